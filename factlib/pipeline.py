"""The one obvious entry point: :func:`extract`.

Find, then resolve: finders work on folded text and return folded spans;
this module maps every span back to the input and builds the contract's facts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from factlib.calendars import as_reference_date
from factlib.claims import ClaimInput, find_claims
from factlib.dates import find_dates
from factlib.normalization import Normalized, normalize
from factlib.number_words import Exact
from factlib.numbers import find_numbers, to_python
from factlib.quantities import _RANGE_LEAD, bound_around, find_quantities
from factlib.results import DateValue, Extraction, Fact, Number
from factlib.spans import Taken
from factlib.text_scan import scan_text

__all__ = ["extract"]


def extract(text: str, reference_date: dt.date | dt.datetime | str | None = None) -> Extraction:
    """All facts in ``text``; relative dates resolve against ``reference_date``.

    >>> doc = extract("أعلن بوتين أكثر من 340 مشروعًا")
    >>> fact = doc.facts[0]
    >>> fact.kind, fact.text, fact.value, fact.unit, fact.bound
    ('count', 'أكثر من 340 مشروعًا', 340, 'مشروع', 'gt')
    """
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    ref = as_reference_date(reference_date)
    norm = normalize(text)
    found = scan_text(norm.text)  # the word-led patterns of every finder, in one pass
    nums = find_numbers(norm, found)
    dates = find_dates(norm.text, nums, ref, found)
    taken = [(d.start, d.end) for d in dates]
    owned = Taken(taken)
    free = [m for m in nums if not owned.overlaps(m.start, m.end)]
    items: list[Item] = []  # folded start, end, number start, the fact's fields
    for d in dates:
        if d.kind in ("clock", "name"):
            continue  # read so that its numbers are not taken for quantities; no fact
        a, b = d.start, d.end
        if d.kind == "duration":
            assert d.amount is not None
            bound, a, b = bound_around(norm, a, b)
            start, end = norm.span(a, b)
            draft = _Draft(
                "duration",
                start,
                end,
                text[start:end],
                to_python(d.amount),
                bound=bound,
                unit=d.unit,
            )
        else:
            start, end = norm.span(a, b)
            bound = "range" if d.is_range else "exact"
            draft = _Draft("date", start, end, text[start:end], bound=bound, date=d.date)
        items.append((a, b, d.start, draft))
    for q in find_quantities(norm, free, taken, found):
        start, end = norm.span(q.start, q.end)
        draft = _Draft(
            q.kind,
            start,
            end,
            text[start:end],
            None if q.value is None else to_python(q.value),
            None if q.low is None else to_python(q.low),
            None if q.high is None else to_python(q.high),
            q.bound,
            q.unit,
        )
        items.append((q.start, q.end, q.number_start, draft))
    if not items:  # a text without facts: nothing to order, join or claim
        return Extraction(text=text, reference_date=ref, facts=(), claims=())
    items.sort(key=lambda x: (x[0], -x[1]))
    kept, last_end = [], -1
    for item in items:  # facts never overlap: a span belongs to one fact
        if item[0] >= last_end:
            kept.append(item)
            last_end = item[1]
    items = _join_pairs(norm, kept)
    # each fact is built once, numbered in the order of the text, from the drafts kept
    facts = tuple(x.fact(i) for i, (_, _, _, x) in enumerate(items))
    inputs = [
        ClaimInput(
            f.id,
            f.kind,
            a,
            b,
            n,
            None if f.date is None else f.date.grain,
            False if f.date is None else f.date.relative,
            f.unit,
        )
        for f, (a, b, n, _) in zip(facts, items, strict=True)
    ]
    claims = tuple(find_claims(norm, inputs, found))
    return Extraction(text=text, reference_date=ref, facts=facts, claims=claims)


_FIGURE = re.compile(r"\d+(?:[.,٫]\d+)?")
_LEAD = re.compile(r"\d+(?![\d.,٫])")
_TO = re.compile(r"[ \t]*(?P<to>و|-|الي|حتي)[ \t]*")  # folded text: – is already -
_SHARED = frozenset({"count", "duration", "measure", "money", "percent"})


@dataclass(slots=True)
class _Draft:
    """A fact's fields before it has its id. Drafts are ordered, filtered for overlaps and
    joined in pairs; only those kept become :class:`Fact` s, each built once with its id
    (a frozen result is not changed after it is made)."""

    kind: str
    start: int
    end: int
    text: str
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    bound: str = "exact"
    unit: str | None = None
    date: DateValue | None = None

    def fact(self, id: int) -> Fact:
        return Fact(
            id,
            self.kind,
            self.start,
            self.end,
            self.text,
            self.value,
            self.low,
            self.high,
            self.bound,
            self.unit,
            self.date,
        )


Item = tuple[int, int, int, _Draft]  # folded start, end, number start, fields


def _join_pairs(norm: Normalized, items: list[Item]) -> list[Item]:
    """Two figures whose unit is written once, after the second.

    ``(17 و18 عاما)``, ``5 و6 ملايين دولار``: a bare number joined by و to a
    quantity shares its unit and scale (ages 17 and 18; five and six million
    dollars). ``بين 32 و47 سنة``, ``من 5 إلى 7 سنوات``, ``3-5 سنوات``: two
    durations become one range, as the quantity finder already does for money,
    measures and counts (the date finder reads a duration one figure at a time).
    """
    t = norm.text
    out: list[Item] = []
    i = 0
    while i < len(items):
        a, b, n, f = items[i]
        if (
            f.kind == "duration"
            and i + 1 < len(items)
            and (both := _durations(norm, items[i], items[i + 1]))
        ):
            out.append(both)  # إنتاج 4 سنوات الى 5 سنوات: one range
            i += 2
            continue
        scale = None if i + 1 == len(items) else _pair_scale(f, items[i + 1][3])
        if scale is None:
            out.append(items[i])
            i += 1
            continue
        a2, b2, _, g = items[i + 1]
        value = to_python(Fraction(str(f.value)) * scale)
        opens = _RANGE_LEAD.search(t, a - 12, a)
        to = _TO.fullmatch(t, b, a2)
        # ثلاثة إلى أربعة أسابيع: إلى and حتى make a range of durations without من
        if g.kind == "duration" and to is not None and (opens or to.group("to") != "و"):
            # نحو 300 ألف إلى 350 ألف سنة: the range from the figure, as for money (a range
            # has no other bound)
            start = n if f.bound != "exact" else opens.start() if opens is not None else a
            s, e = norm.span(start, b2)
            joined = _Draft(
                "duration",
                s,
                e,
                norm.source[s:e],
                low=value,
                high=g.value,
                bound="range",
                unit=g.unit,
            )
            out.append((start, b2, a, joined))
            i += 2
            continue
        if to is not None and to.group("to") == "و":
            out.append((a, b, n, replace(f, kind=g.kind, unit=g.unit, value=value)))
        else:
            out.append(items[i])
        i += 1
    return out


# a duration in a unit and و and one in the next smaller: سنة وستة أشهر is 18 months
_SMALLER = {
    ("year", "month"): 12,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
    ("week", "day"): 7,
}
_AND = re.compile(r"[ \t]*و[ \t]*")


def _durations(norm: Normalized, first: Item, second: Item) -> Item | None:
    """Two durations of one unit, each with its unit, joined by إلى, حتى or a hyphen (or
    by و after بين): ``4 سنوات إلى 5 سنوات`` is one range, as ``من 4 إلى 5 سنوات`` is. A
    duration and و and one in the next smaller unit are one, in the smaller: ``سنة وستة
    أشهر`` is 18 months, ``ساعتين و30 دقيقة`` 150 minutes."""
    a, b, n, f = first
    a2, b2, _, g = second
    per = _SMALLER.get((f.unit or "", g.unit or ""))
    if (
        per is not None
        and f.kind == g.kind == "duration"
        and f.bound == "exact"
        and isinstance(f.value, int)
        and g.value is not None
        and _AND.fullmatch(norm.text, b, a2)
    ):
        s, e = norm.span(a, b2)
        total = to_python(Fraction(f.value * per) + Fraction(str(g.value)))
        joined = _Draft("duration", s, e, norm.source[s:e], value=total, bound=g.bound, unit=g.unit)
        return a, b2, n, joined
    if (
        f.kind != "duration"
        or g.kind != "duration"
        or f.unit != g.unit
        or f.bound != "exact"
        or g.bound != "exact"
        or f.value is None
        or g.value is None
        or not f.value < g.value
    ):
        return None
    t = norm.text
    to = _TO.fullmatch(t, b, a2)
    opens = _RANGE_LEAD.search(t, a - 12, a)
    if to is None or (to.group("to") == "و" and (opens is None or "بين" not in opens.group())):
        return None
    start = opens.start() if opens is not None else a
    s, e = norm.span(start, b2)
    joined = _Draft(
        "duration", s, e, norm.source[s:e], low=f.value, high=g.value, bound="range", unit=g.unit
    )
    return start, b2, n, joined


def _pair_scale(f: _Draft, g: _Draft) -> Exact | None:
    """What the second figure's unit multiplies the first by (its scale: 5 و6 ملايين),
    or None when the pair does not join: the first must be a bare figure (digits, exact)
    before a quantity whose figure is a whole number; before a duration, a spelled
    figure too (ثلاثة إلى أربعة أسابيع), and a figure with its bound (نحو 300 ألف إلى 350 ألف
    سنة; the range is read from the figure, its bound left out)."""
    if (
        f.kind != "number"
        or (f.bound != "exact" and not (f.bound == "approx" and g.kind == "duration"))
        or g.kind not in _SHARED
        or g.bound != "exact"
        or g.value is None
        or not isinstance(f.value, (int, float))
    ):
        return None
    lead = _LEAD.match(g.text)
    whole = None if lead is None else int(lead.group())
    scale = Fraction(g.value) / whole if whole else None
    if _FIGURE.fullmatch(f.text):
        return scale
    if g.kind == "duration" and isinstance(f.value, int):
        own = _LEAD.search(f.text)  # the first figure's own digits, past a bound (نحو 300)
        if lead is None or (own is not None and int(own.group()) != f.value):
            scale = Fraction(1)  # ثلاثة، 300 ألف: a spelled figure, or one with its own scale
        # a range runs up: نحو 1000 إلى 2 مليون سنة shares no scale (1000 million is more
        # than 2 million), and one whose ends do not rise is no range
        if scale is not None and f.value * scale >= g.value:
            scale = Fraction(1) if f.value < g.value else None
        if scale is not None and g.value > 100 * f.value * scale:
            return None  # نحو ثلاثة إلى أربعة آلاف سنة: its ends too far apart to be one range
        return scale
    return None
