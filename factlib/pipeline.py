"""The one obvious entry point: :func:`extract`.

Find, then resolve: finders work on folded text and return folded spans;
this module maps every span back to the input and builds the contract's facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factlib.calendars import as_reference_date
from factlib.claims import ClaimInput, find_claims
from factlib.dates import find_dates
from factlib.normalization import normalize
from factlib.numbers import find_numbers, to_python
from factlib.quantities import find_quantities
from factlib.results import Extraction, Fact
from factlib.spans import Taken

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
    nums = find_numbers(norm)
    dates = find_dates(norm.text, nums, ref)
    taken = [(d.start, d.end) for d in dates]
    owned = Taken(taken)
    free = [m for m in nums if not owned.overlaps(m.start, m.end)]
    items: list[tuple[int, int, int, Fact]] = []  # folded start, end, number start, fact
    for d in dates:
        if d.kind == "clock":
            continue  # read so that its numbers are not taken for quantities; no fact
        start, end = norm.span(d.start, d.end)
        if d.kind == "duration":
            assert d.amount is not None
            fact = Fact(
                0, "duration", start, end, text[start:end], value=to_python(d.amount), unit=d.unit
            )
        else:
            bound = "range" if d.is_range else "exact"
            fact = Fact(0, "date", start, end, text[start:end], bound=bound, date=d.date)
        items.append((d.start, d.end, d.start, fact))
    for q in find_quantities(norm, free, taken):
        start, end = norm.span(q.start, q.end)
        fact = Fact(
            0,
            q.kind,
            start,
            end,
            text[start:end],
            value=None if q.value is None else to_python(q.value),
            low=None if q.low is None else to_python(q.low),
            high=None if q.high is None else to_python(q.high),
            bound=q.bound,
            unit=q.unit,
        )
        items.append((q.start, q.end, q.number_start, fact))
    items.sort(key=lambda x: (x[0], -x[1]))
    kept, last_end = [], -1
    for item in items:  # facts never overlap: a span belongs to one fact
        if item[0] >= last_end:
            kept.append(item)
            last_end = item[1]
    items = kept
    facts = tuple(replace(f, id=i) for i, (_, _, _, f) in enumerate(items))
    inputs = [
        ClaimInput(
            f.id,
            f.kind,
            a,
            b,
            n,
            None if f.date is None else f.date.grain,
            False if f.date is None else f.date.relative,
        )
        for f, (a, b, n, _) in zip(facts, items, strict=True)
    ]
    claims = tuple(find_claims(norm, inputs))
    return Extraction(text=text, reference_date=ref, facts=facts, claims=claims)
