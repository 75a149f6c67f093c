"""Find dates, durations and clock times in folded text, and resolve them.

Dates are built from what the number layer already found: every number
mention is *masked* (replaced by ``#`` of the same length) so that one pattern
sees ``# يناير ####`` whether the text wrote ``1 يناير 2026``, ``١ يناير ٢٠٢٦`` or
``الأول من يناير 2026``; the mention under each ``#`` run gives its value.

Stage 1 proposes atomic candidates (a month with its day, year and weekday, a
marked year, a relative day or period, a weekday, a decade, a century, a
holiday, ``منذ ثلاثة أيام``, a duration, a clock time). The longest
non-overlapping ones win. Stage 2 wraps them: quarters and halves of a year,
parts of a year or month (``مطلع``, ``منتصف``, ``أواخر``), and ranges
(``من 2026 إلى 2028``, ``بين مارس ويونيو``) become one fact.

Resolution needs the publication day (``ref``) only for relative
expressions; without it they are still found, with ``start``/``end`` None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import partial
from typing import Any

from factlib import calendars as cal
from factlib.date_words import DateWords, date_words
from factlib.normalization import normalize
from factlib.number_words import Exact
from factlib.numbers import POWER_MARKS, NumberMention, find_numbers
from factlib.patterns import REACH, found_in
from factlib.quantity_words import quantity_words
from factlib.results import DateValue
from factlib.spans import Taken
from factlib.text_scan import DATE_PATTERNS, MASKED_PATTERNS, Found, scan_masked, scan_text

__all__ = ["DateMention", "find_dates", "parse_date"]

# a digit, a slash or dash, a digit; it opens with the separator, rarer than a digit,
# which patterns.found_in jumps to with str.find (8.3 -> 3.0 ms on the corpus as a
# search that opens with the class; less again by str.find)
_DIGIT_SLASH_DIGIT = re.compile(r"[/\-](?<=\d[/\-])\d")
# what a numeric date (18/10/1436, 2018-05-12, 10 / 10 / 1436, 24 /10/ 1436) cannot be
# written without: one search instead of two pattern scans on most texts, which have none.
# Up to two blanks beside a separator, as the patterns allow (date_words: numeric_dmy)
_NUMERIC_DATE = re.compile(r"\d[ \t]{0,2}[/.\-][ \t]{0,2}\d\d?[ \t]{0,2}[/.\-][ \t]{0,2}\d")
# the same, opened at its first separator: a dot, slash or dash is rarer than a digit, and
# found_in jumps to each with str.find (the digit before is looked behind, blanks and all)
_NUMERIC_DATE_OPEN = re.compile(
    r"[/.\-](?:(?<=\d.)|(?<=\d[ \t].)|(?<=\d[ \t][ \t].))"
    r"[ \t]{0,2}\d\d?[ \t]{0,2}[/.\-][ \t]{0,2}\d"
)

_FROM_BEFORE = re.compile(r"(?<![^\W\d_])من[ \t]$")  # من غد, not تضمن غد
_SAFE_FIRST, _SAFE_LAST = dt.date(1, 3, 1), dt.date(9999, 10, 31)
_SAME_LOOK = 8  # how many dates back الشهر نفسه looks for its month (passing over ranges)
_FIGURE_NEXT = re.compile(r"[ \t،,]*\d")
_TODAY_BEFORE = re.compile(r"اليوم[ \t،,]+(?:[^\W\d_]+[ \t،,]+)?$")  # اليوم (الاثنين) 14 جانفي
_EVERY_YEAR = re.compile(r"[ \t]*(?:من[ \t]+)?(?:كل[ \t]+(?:عام|سنه)|سنويا)")
# 12 إلى: a range's first end before (not a year: عام 2018 إلى 5 سنوات القادمة)
_RANGE_END = re.compile(r"(?<!\d)\d{1,3}[ \t]*(?:الي|-)[ \t]*$")
# after a unit alone: a definite word (a construct's head: يوم القبض عليه), a figure, or an
# adjective of a new or better one (نحو عام جديد): no duration
_UNIT_QUALIFIED = re.compile(
    r"[ \t]+(?:[وف]?ال|\d|(?:جديد|جديده|افضل|اخر|اخري|متاخره)(?![^\W\d_]))"
)
FUTURE_REACH = 100  # how far back a bare weekday's clause is read for the future
_LAST_CLAUSE_MARK = re.compile(r"[.!?؟؛:\n][^.!?؟؛:\n]*$")  # the last sentence or clause mark
MAX_LOOK = 48  # how far back a pattern looks for a day, weekday or marker
_FIRST_YEAR, _LAST_YEAR = 1000, 2200  # the years four digits are read as
# the word after figures, glued or past a closing bracket or quote: 2000متر، «1982» حبة
_AMOUNT_WORD = re.compile(r"[)»\"”']?[ \t]*([^\W\d_]+)")
# أغلق المؤشر عند 2010، في نطاق (1280-1320): a level or a band, no year
_LEVEL_BEFORE = re.compile(r"(?:عند|مستوي|حاجز|نقطه|نطاق|حدود|بين|سعر)[ \t]*\(?[ \t]*$")
_CITY_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?مدينه[ \t]+$")
_CLOSED = re.compile(r"[،,]")
_NEGATED = re.compile(r"(?:لم|لما|ما)[ \t]+[وف]?.$")  # لم يتم: an imperfect in the past
# العام السابق لـ: counted from an event (اليوم السابق لوصولها), not a date of the story;
# not a clause's لم، لن، لا، لكن، لقد
_FROM_EVENT = re.compile(r"[ \t]+ل(?!(?:م|ن|ا|كن|قد)(?![^\W\d_]))[^\W\d_]")
# a date after مقارنة or مقابل is a comparison's base, not what the story is telling about
_COMPARED = re.compile(
    r"(?<![^\W\d_])[وب]?(?:مقارنه|مقابل)(?![^\W\d_])(?:[^،,.؛:!?؟\n]|(?<=\d)\.(?=\d))*$"
)
# a verb of sale before مقابل, in its clause (باع، اشترى، تنازل، استحوذ)
_TRADED = re.compile(r"(?<![^\W\d_])[وف]?(?:باع|[يت]بيع|اشتر|[يت]شتري|تنازل|استحوذ)[^،,.؛:!?؟\n]*$")
_STORY_GRAINS = {
    "اليوم": "day",
    "الاسبوع": "week",
    "الشهر": "month",
    "الربع": "quarter",
    "العام": "year",
    "السنه": "year",
}
_PLURAL_COUNTS = frozenset(range(3, 11))  # the figures a plural noun follows (3 to 10)
_GRAIN_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 3.5, "year": 4}
# العشرة أيام الأخيرة من رمضان: the last of a period the text names
_OF_AFTER = re.compile(r"[ \t]+من[ \t]")
# of a year: من 2014، من العام الماضي، من العام (folded)
_YEAR_OF = re.compile(
    r"[ \t]+من[ \t]+(?:(?:(?:لل|ال)?(?:عام|سنه)[ \t]+)?(?P<y>\d{4})(?!\d)"
    r"|(?P<per>(?:لل|ال)(?:عام|سنه))(?:[ \t]+(?P<o>[^\W\d_]+))?)"
)
# العام after these is "general" (الأمين العام، النائب العام، المدير العام السابق)
_GENERAL_BEFORE = re.compile(
    r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:امين|مدير|نائب|مراقب|مدعي|مفتش|منسق|مستشار|محامي|قائد|مرشد)[ \t]+$"
)
# after a unit alone, the word its construct goes on with: a definite one (قبل يوم الانتخابات،
# قبل عقد الجمعية); after عقد, also the holding of a meeting or a deal before a definite word
# (قبل عقد اجتماع المجلس; not a verb and its subject: قبل عقد أعلنت الحكومة)
_DEFINITE_AFTER = re.compile(r"[ \t]+ال")
_HOLDING_AFTER = re.compile(
    r"[ \t]+(?:ال|(?:اجتماع|اجتماعات|جلسه|جلسات|مؤتمر|قمه|لقاء|ندوه|دوره|صفقه|اتفاق|انتخابات)"
    r"[ \t]+ال)"
)
_DAY_MOVED = re.compile(r"(?:اليوم|صباح|مساء)[ \t]+(?:التالي|السابق|الموالي)")
# what a definite word after اليوم is when اليوم is "the day", not today (folded): a nisba
# (الدراسي، الوطني), a superlative (الاكثر، الاخير), an ordinal in فاعل (السابع), an adjective
# in فعيل (الطويل، الجديد; also a few nouns: الرئيس), a participle in م (المفتوح) or a
# relative pronoun; a noun after it is the subject of a verb before
# (تبدأ اليوم البروفات، تم اليوم التوقيع: today)
_ADJECTIVE = re.compile(
    r"ال(?:[^\W\d_]+(?:ي|يه|يين|يون)|ا[^\W\d_]{3}|[^\W\d_]ا[^\W\d_]{2}|[^\W\d_]{2}ي[^\W\d_]"
    r"|م[^\W\d_]{3,}|ذي|تي)"
)
_DEFINITE_DIGITS = re.compile(r"ال[ \t]*\d")  # الـ24 folded: an article before digits
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")  # the word after a figure, its blanks before
_YEARS_IN = {"year": 1, "decade": 10, "century": 100}  # the units counted in years
_LAST_CENTURY = ("الماضي", "المنصرم")  # القرن الماضي: the century before the reference's


def _may_hold_numeric_date(t: str) -> bool:
    """Whether ``t`` holds what a numeric date cannot be written without."""
    return found_in(_NUMERIC_DATE_OPEN, t, "/.-")


@dataclass(slots=True)  # not frozen, though never changed: see factlib.results
class DateMention:
    """A date, duration or clock time; ``start``/``end`` are folded offsets."""

    start: int
    end: int
    kind: str  # date | duration | clock | name (a clock or a name gives no fact)
    date: DateValue | None = None
    amount: Exact | None = None
    unit: str | None = None
    is_range: bool = False

    @property
    def grain(self) -> str | None:
        return None if self.date is None else self.date.grain


# each date pattern of the scans, by its name here and its name in the scans' results
_SCANNED = tuple((name, f"date:{name}") for name in DATE_PATTERNS)
_SCANNED_MASKED = tuple((name, f"date:{name}") for name in MASKED_PATTERNS)


def _masked(t: str, nums: list[NumberMention]) -> str:
    """``t`` with each number mention written over: ``#`` for a number or an ordinal,
    ``~`` for a percent. Mentions come in order and apart, so the text is joined from
    pieces once; should two overlap, each is written over the text in turn, the later
    one last."""
    if not nums:
        return t
    fills = ["#" if m.kind in ("number", "ordinal") else "~" for m in nums]
    if all(a.end <= b.start for a, b in itertools.pairwise(nums)):
        pieces, pos = [], 0
        for m, fill in zip(nums, fills, strict=True):
            pieces += [t[pos : m.start], fill * (m.end - m.start)]
            pos = m.end
        pieces.append(t[pos:])
        return "".join(pieces)
    chars = list(t)
    for m, fill in zip(nums, fills, strict=True):
        chars[m.start : m.end] = fill * (m.end - m.start)
    return "".join(chars)


class _Mentions:
    """Date mentions that the quarter step removes, adds and queries by position.

    A list did the same with ``any`` over every mention and ``list.remove`` (which
    compares dataclasses field by field) for each quarter: quadratic on a long text.
    Here the mentions are indexed by start, and the longest one bounds how far back
    an overlapping one can start. Order of insertion is kept: the first of equals wins,
    as it did in the list.
    """

    def __init__(self, ds: list[DateMention]) -> None:
        self._items: list[DateMention] = []
        self._dead: set[int] = set()
        self._starts: list[int] = []  # sorted
        self._seqs: list[int] = []  # the item at each sorted start
        self._longest = 0
        for d in ds:
            self.append(d)

    def append(self, d: DateMention) -> None:
        seq = len(self._items)
        self._items.append(d)
        k = bisect.bisect_right(self._starts, d.start)
        self._starts.insert(k, d.start)
        self._seqs.insert(k, seq)
        self._longest = max(self._longest, d.end - d.start)

    def starting_in(self, lo: int, hi: int) -> list[DateMention]:
        """The mentions that start in ``[lo, hi)``, in insertion order."""
        a, b = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [self._items[q] for q in sorted(self._seqs[a:b]) if q not in self._dead]

    def overlapping(self, start: int, end: int) -> list[DateMention]:
        return [
            d
            for d in self.starting_in(start - self._longest + 1, end)
            if d.start < end and start < d.end
        ]

    def before(self, pos: int) -> Iterator[DateMention]:
        """The mentions that start before ``pos``, the latest start first."""
        for k in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            if self._seqs[k] not in self._dead:
                yield self._items[self._seqs[k]]

    def remove(self, d: DateMention) -> None:
        k = bisect.bisect_left(self._starts, d.start)
        while self._items[self._seqs[k]] is not d or self._seqs[k] in self._dead:
            k += 1
        self._dead.add(self._seqs[k])

    def alive(self) -> list[DateMention]:
        return [d for q, d in enumerate(self._items) if q not in self._dead]


class _Finder:
    def __init__(
        self, t: str, nums: list[NumberMention], ref: dt.date | None, found: Found
    ) -> None:
        self.t = t
        # a reference day within two months of the calendar's ends counts no day relative to
        # it: the day after 9999-12-31 or before 0001-01-01 is none (the weeks and offsets
        # near them overflowed)
        self.ref = ref if ref is None or _SAFE_FIRST <= ref <= _SAFE_LAST else None
        self.w: DateWords = date_words()
        self.p = self.w.p
        self.at: dict[int, NumberMention] = {m.start: m for m in nums}
        self.m = _masked(t, nums)
        self.nums = nums
        # the word-led patterns, found in one pass with the other finders' (text_scan)
        self.found = {name: found[key] for name, key in _SCANNED}
        # and those read on the masked text, where the one scan found they may start
        masked = scan_masked(self.m, found, [m.end for m in nums])
        self.found.update({name: masked[key] for name, key in _SCANNED_MASKED})
        self.cands: list[DateMention] = []
        # the first or last months of a year that a date after them names, read once the
        # dates are chosen (months_of_year): (start, end, the end of الأولى, first or last)
        self.months_of: list[tuple[int, int, int, bool]] = []

    # ------------------------------------------------------------ helpers

    def mention(self, start: int, end: int) -> NumberMention | None:
        m = self.at.get(start)
        return m if m is not None and m.end == end else None

    def integer(self, start: int, end: int, lo: int, hi: int) -> int | None:
        m = self.mention(start, end)
        if m is None or m.value.denominator != 1 or not lo <= m.value <= hi:
            return None
        return int(m.value)

    def year_literal(
        self,
        m: NumberMention | None,
        lo: int = _FIRST_YEAR,
        hi: int = _LAST_YEAR,
        *,
        spelled: bool = False,
        short: bool = False,
    ) -> int | None:
        """A year written as four digits (three with ``short``; words with ``spelled``)."""
        if m is None or m.kind != "number":
            return None
        if m.spelled:
            ok = spelled and m.value.denominator == 1 and lo <= m.value <= hi
            return int(m.value) if ok else None
        digits = self.t[m.start : m.end]
        if not (digits.isdigit() and (len(digits) == 4 or (short and len(digits) == 3))):
            return None
        return int(digits) if lo <= int(digits) <= hi or (short and len(digits) == 3) else None

    def clean(self, start: int, end: int) -> bool:
        """No number mention inside: the words are date words, not part of a number."""
        return "#" not in self.m[start:end]

    def add(self, start: int, end: int, date: DateValue | None = None, **kw: Any) -> None:
        kind = kw.pop("kind", "date")
        if kw.get("unit") == "century":  # نصف قرن: 50 years (the contract has no century unit)
            kw["unit"], kw["amount"] = "year", kw["amount"] * _YEARS_IN["century"]
        self.cands.append(DateMention(start, end, kind, date, **kw))

    def value(
        self, span: cal.Span | None, grain: str, calendar: str = "gregorian", relative: bool = False
    ) -> DateValue | None:
        if span is None and not relative:
            return None
        start, end = (None, None) if span is None else span
        return DateValue(start, end, grain, calendar, relative)

    # ------------------------------------------------------------ stage 1

    def months(self) -> None:
        p, w, t, M = self.p, self.w, self.t, self.m
        for mm in self.found["month"]:
            name = w.key(mm.group("name"))
            calendar, month = w.months[name]
            start, end = mm.start("name"), mm.end("name")
            if not self.clean(start, end) and not any(c.isdigit() for c in mm.group("name")):
                if (calendar, month) != ("hijri", 2):
                    continue  # صفر is also zero: a month only with its day or year (below)
            alt = p["month_after"].match(t, end, end + REACH)
            if alt is not None:
                other = w.months.get(w.key(alt.group("name")))
                if other == (calendar, month) and w.key(alt.group("name")) != name:
                    end = alt.end()  # أغسطس/آب, أيلول (سبتمبر), يوليو تموز
            year = era = None
            day = first_day = None
            da = p["day_after"].match(M, end, end + REACH)
            if da is not None:  # يناير الثاني والعشرين، 2018 (the English order)
                dm = self.mention(da.start("d"), da.end("d"))
                if dm is not None and (dm.kind == "ordinal" or da.group("comma")):
                    day = self.integer(da.start("d"), da.end("d"), 1, 31)
                    if day is not None:
                        end = da.end("d")
            ya = p["year_after"].match(M, end, end + REACH)
            if ya is not None:
                m = self.mention(ya.start("y"), ya.end("y"))
                year = self.year_literal(m, spelled=True)
                if year is not None:
                    era = ya.group("era") or ya.group("era0")
                    end = ya.end()
            relative_year = None
            if year is None:
                yo = p["year_of_period"].match(t, end, end + REACH)
                if yo is not None:  # يونيو العام المقبل
                    relative_year = w.offsets[w.key(yo.group("o"))]
                    if yo.group("before"):  # نوفمبر من العام قبل الماضي: two years back
                        relative_year = -2 if relative_year < 0 else None
                    if relative_year is not None:
                        end = yo.end()
            s = start
            db = p["day_before"].search(M, start - MAX_LOOK, start) if day is None else None
            if (
                db is not None
                and year is None
                and (calendar, month) == ("hijri", 2)
                and "-" in M[db.end("d") : start]
            ):
                db = None  # (2-صفر): a score, two to zero, not 2 Safar
            month_word = None
            if db is not None:
                day = self.integer(db.start("d"), db.end("d"), 1, 31)
                if day is not None:
                    s = db.start()
                    dr = p["day_range_before"].search(M, s - MAX_LOOK, s)
                    if dr is not None:
                        first_day = self.integer(dr.start("d"), dr.end("d"), 1, 31)
                        if first_day is not None and first_day < day:
                            s = dr.start("from") if dr.group("from") else dr.start("d")
                        else:
                            first_day = None
            if day is None:
                month_word = p["month_word_before"].search(M, start - 16, start)
                if month_word is not None:
                    s = month_word.start()
            wb = p["weekday_before"].search(M, s - MAX_LOOK, s)
            if wb is not None and (day is not None or first_day is not None):
                s = wb.start()
            offset = None
            if year is None:
                oa = p["offset_after"].match(t, end, end + REACH)
                if oa is not None:
                    offset = w.offsets[w.key(oa.group("o"))]
            if relative_year is not None:
                offset = None
                if self.ref is not None and calendar == "hijri":
                    # ٢٠ من شهر صفر من العام الحالي: the Hijri year the reference is in
                    this_year = cal.hijri_year_of(self.ref)
                    year = None if this_year is None else this_year + relative_year
                    if year is None:
                        continue
                elif self.ref is not None:
                    year = self.ref.year + relative_year
            if name in w.needs_context and day is None and year is None and month_word is None:
                ctx = p["context_before"].search(t, start - 20, start)
                if offset is None and (name not in w.prep_ok or ctx is None):
                    continue  # رجب طيب أردوغان; but رجب الماضي is a month
            if offset is not None and oa is not None:
                end = oa.end()
            hijri = calendar == "hijri" or (
                era is not None and self.w.key(era) in self.w.hijri_eras
            )
            if calendar == "gregorian" and hijri:
                continue  # a Gregorian month with a Hijri era: no such date
            if day is not None and year is None and _CITY_BEFORE.search(t, s - 8, s):
                # مدينة 6 أكتوبر، مدينة العاشر من رمضان: a city named after a day; it is read
                # so that its figures are no quantities, and gives no fact
                self.add(s, end, kind="name")
                continue
            value = self.resolve_month(
                calendar, month, day, first_day, year, offset, partial(self._month_tense, s, end)
            )
            if relative_year is not None and value is not None:
                value = replace(value, relative=True)
            if relative_year is not None and self.ref is None:
                value = self.value(None, "day" if day else "month", calendar, relative=True)
            self.add(s, end, value, is_range=first_day is not None)

    def resolve_month(
        self,
        calendar: str,
        month: int,
        day: int | None,
        first_day: int | None,
        year: int | None,
        offset: int | None,
        tense: Callable[[bool], int] | None = None,
    ) -> DateValue | None:
        """A month (or a day of it) as a date value; with no year, the occurrence nearest the
        reference day, after or before it as ``offset`` (المقبل، الماضي) or the clause's
        tense says (``tense``: :meth:`_month_tense` at the month, asked only when the
        nearest occurrence does not hold the reference day)."""
        grain = "day" if day is not None else "month"
        relative = year is None
        if year is None:
            if self.ref is None:
                return self.value(None, grain, calendar, relative=True)
            if calendar == "hijri":
                year = self._nearest_hijri_year(month, day, offset)
                if year is None:
                    return self.value(None, grain, calendar, relative=True)
                if offset is None and tense is not None:
                    year = self._in_tense(
                        year,
                        lambda y: cal.hijri_month_or_day(y, month, day),
                        tense,
                        lambda t: self._nearest_hijri_year(month, day, None, t),
                    )
            elif offset is None:
                ref = self.ref
                year = cal.nearest_year(month, day, ref)
                if tense is not None:
                    year = self._in_tense(
                        year,
                        lambda y: cal.month_or_day(y, month, day),
                        tense,
                        lambda t: cal.nearest_year(month, day, ref, t),
                    )
            else:
                year = self.ref.year
                # الماضي: the last such month strictly before the reference month (or day)
                here = (month, day) if day else (month, 0)
                now = (self.ref.month, self.ref.day) if day else (self.ref.month, 0)
                if offset < 0 and here >= now:
                    year -= 1
                elif offset > 0 and here <= now:
                    year += 1
        span_of = cal.hijri_month_or_day if calendar == "hijri" else cal.month_or_day
        a = span_of(year, month, first_day or day)  # (no first day without a day)
        b = span_of(year, month, day) if day else a
        span = None if a is None or b is None else (a[0], b[1])
        if span is None and not relative:
            return None
        return self.value(span, grain, calendar, relative)

    def _in_tense(
        self,
        year: int,
        span_of: Callable[[int], cal.Span | None],
        tense: Callable[[bool], int],
        nearest_in: Callable[[int], int | None],
    ) -> int:
        """``year``, the nearest occurrence's, or the one ``nearest_in`` gives in the tense
        of the clause, when that tense says the other side of the reference day."""
        assert self.ref is not None
        span = span_of(year)
        if span is None or span[0] <= self.ref <= span[1]:
            return year  # the reference's own month or day: no tense moves it
        ahead = span[0] > self.ref
        said = tense(ahead)
        if (said < 0 and ahead) or (said > 0 and not ahead):
            return nearest_in(said) or year
        return year

    def _nearest_hijri_year(
        self, month: int, day: int | None, offset: int | None = None, tense: int = 0
    ) -> int | None:
        """The Hijri year that puts the month nearest the reference day; with الماضي the
        last one that began before it, with المقبل the next one that begins after it."""
        assert self.ref is not None
        hy = cal.hijri_year_of(self.ref)
        if hy is None:
            return None
        return cal.nearest(
            (hy - 1, hy, hy + 1),
            lambda y: cal.hijri_month_or_day(y, month, day),
            self.ref,
            offset,
            tense,
        )

    def numeric(self) -> None:
        hijri_eras = self.w.hijri_eras
        for name in ("numeric_dmy", "numeric_ymd") if _may_hold_numeric_date(self.t) else ():
            for m in self.p[name].finditer(self.t):
                a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
                written = self.t[m.start() : m.end("y")]
                if len(y) == 2 and (" " in written or "\t" in written):
                    continue  # الساعة 10 - 12 - 14: blanks and two digits are no date
                year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
                day, month = a, b
                if month > 12 and day <= 12:
                    day, month = month, day  # 5/17/2018 is written month first
                era = m.group("era")
                # 18/10/1436هـ: Saudi numeric dates in the 14th Hijri century, era or not
                hijri = (era is not None and self.w.key(era) in hijri_eras) or (
                    era is None and 1300 <= year <= 1500
                )
                span = cal.hijri_day(year, month, day) if hijri else cal.day_span(year, month, day)
                if span is None:
                    continue
                s = m.start()
                wb = self.p["weekday_before"].search(self.m, s - MAX_LOOK, s)
                if wb is not None:
                    s = wb.start()  # يوم الاثنين الموافق 18/10/1436هـ
                self.add(s, m.end(), self.value(span, "day", "hijri" if hijri else "gregorian"))
        # both need a digit, a slash or dash, a digit: found_in says whether any is there
        slash_or_dash = found_in(_DIGIT_SLASH_DIGIT, self.t, "/-")
        for m in self.p["numeric_dm"].finditer(self.t) if slash_or_dash else ():  # في 22/4
            a, b = int(m.group("a")), int(m.group("b"))
            day, month = (b, a) if b > 12 and a <= 12 else (a, b)
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            value = self.value(None, "day", relative=True)
            if self.ref is not None:
                ref = self.ref
                nearest = self._in_tense(
                    cal.nearest_year(month, day, ref),
                    lambda y: cal.day_span(y, month, day),  # noqa: B023 (called at once)
                    partial(self._month_tense, m.start("date"), m.end("date")),
                    lambda t: cal.nearest_year(month, day, ref, t),  # noqa: B023
                )
                span = cal.day_span(nearest, month, day)
                value = None if span is None else self.value(span, "day", relative=True)
            self.add(m.start("date"), m.end("date"), value)
        for m in self.p["numeric_my"].finditer(self.t) if slash_or_dash else ():  # 3/2015
            if m.group("y1") is not None:
                month, year = int(m.group("f") + m.group("m1")), int(m.group("y1"))
            else:
                month, year = int(m.group("m2")), int(m.group("f") + m.group("y2"))
            if 1 <= month <= 12 and 1900 <= year <= 2100:
                self.add(m.start(), m.end(), self.value(cal.month_span(year, month), "month"))

    def years(self) -> None:
        p, M = self.p, self.m
        hijri_eras = self.w.hijri_eras
        pair_end = -1  # the end of the last year read, and whether عامي/سنتي stood before it
        pair_marked = False
        for m in self.nums:
            s, e = m.start, m.end
            year = self.year_literal(m, short=True)  # three digits too: kept after a marker
            if year is None:
                continue  # no year in any reading: spare the look-behind searches
            marker = p["year_marker_before"].search(M, s - 16, s)
            paired = marker is None and pair_end >= 0 and M[pair_end:s].strip() == "و"
            pair_end = -1
            if marker is None:
                year = self.year_literal(m)
            if year is None:
                continue
            paired = paired and (1900 <= year <= 2100 or pair_marked)
            era = p["hijri_era"].match(M, e, e + REACH) or p["gregorian_era"].match(M, e, e + REACH)
            prep = p["year_prep_before"].search(M, s - 12, s)
            event = None
            # the weaker signs of a year (a comparison, a year before و, an event noun in
            # construct) give way to a noun the figure counts: مقارنة مع 2000 إصابة
            # a year before 1900 after a preposition alone is weak too (في 1850 منزلا)
            weak = paired or (prep is not None and ("مقارن" in prep.group() or year < 1900))
            if era is None and marker is None and prep is None and 1900 <= year <= 2100:
                # الفترة ذاتها من 2017: a period of the year
                prep = p["year_period_before"].search(M, s - 40, s)
                if prep is None:  # كأس العالم 2018, رؤية 2030, حرب 1967: an event or plan
                    event = p["year_event_before"].search(M, s - 40, s)
                    weak = weak or (event is not None and event.group("cn") is not None)
            signless = era is None and marker is None and event is None and not paired
            # غلفود 2018، رؤية المملكة العربية السعودية 2030، (2017): four digits of 1900-2100
            # that nothing counts or measures, and no identifier holds, are a year
            alone = signless and prep is None and 1900 <= year <= 2100 and self._year_alone(s, e)
            if signless and not alone and (prep is None or not 1800 <= year <= 2100):
                continue
            # عامي 2013 و2014, في 2016 و2017, اتفاقيتي 1929 و1959: the year after و is one too
            # (after عامي/سنتي any four digits; else one of 1900-2100, as after في)
            pair_end = e
            dual = marker is not None and marker.group("m").endswith(("عامي", "سنتي"))
            pair_marked = dual or (paired and pair_marked)
            if era is None and marker is None and self._unit_after(e):
                continue  # قبل 2000 عام: a duration, not a year
            if era is None and marker is None and weak and self._counted_after(e):
                continue  # مقارنة مع 2000 إصابة: a count, not a year
            hijri = era is not None and self.w.key(era.group("era")) in hijri_eras
            if era is not None:
                e = era.end()
            if marker is not None:
                s = marker.start("m")
            span = cal.hijri_year_span(year) if hijri else cal.year_span(year)
            self.add(s, e, self.value(span, "year", "hijri" if hijri else "gregorian"))
        for r in p["year_range"].finditer(M) if self.has("-", "/") else ():
            hijri = r.group("era") is not None and self.w.key(r.group("era")) in hijri_eras
            # دافينشي (1452-1519): a life or a reign in brackets, earlier and longer
            life = (
                M[r.start() - 1 : r.start()] == "("
                and M[r.end() : r.end() + 1] == ")"
                and not _LEVEL_BEFORE.search(self.t, r.start() - 14, r.start() - 1)
            )  # not a band of prices: في نطاق (1280-1320)، مستوى (1450-1500)
            lo, hi = (1300, 1500) if hijri else (1000 if life else 1800, 2100)
            a = self.year_literal(self.mention(r.start("a"), r.end("a")), lo, hi)
            raw_b = self.mention(r.start("b"), r.end("b"))
            if a is None or raw_b is None or raw_b.spelled:
                continue
            b = int(raw_b.value)
            if r.end("b") - r.start("b") == 2:
                b += a // 100 * 100  # موسم 2024/25
            if not a < b <= a + (120 if life else 50):
                continue
            if life and a < 1800 and self._amount_after(r.end() + 1):
                continue  # كلفت (1500-1600) دولار: an amount in brackets
            if hijri:  # العام الجامعي 1436/1437 هـ
                first, last = cal.hijri_year_span(a), cal.hijri_year_span(b)
                if first is None or last is None:
                    continue
                value = DateValue(first[0], last[1], "year", "hijri")
            else:
                value = DateValue(dt.date(a, 1, 1), dt.date(b, 12, 31), "year")
            self.add(r.start(), r.end(), value, is_range=True)
        for pair in self.found["year_pair"]:
            ya = self.year_literal(self.mention(pair.start("a"), pair.end("a")), 1900, 2100)
            yb = self.year_literal(self.mention(pair.start("b"), pair.end("b")), 1900, 2100)
            if ya is None or yb is None or not ya < yb <= ya + 50 or self._unit_after(pair.end()):
                continue
            start = pair.start("w") + (1 if pair.group("w")[0] in "وف" else 0)
            self.add(
                start,
                pair.end(),
                DateValue(dt.date(ya, 1, 1), dt.date(yb, 12, 31), "year"),
                is_range=True,
            )

    def _counted_after(self, end: int) -> bool:
        """Whether a noun the quantity lexicon counts follows the figure ending at ``end``
        (2000 إصابة, 1900 سائح): the figure counts it, it names no year."""
        word = _WORD_AFTER.match(self.t, end)
        # after a figure of 11 and more the counted noun is singular (2006 مدنيون is no count)
        return word is not None and quantity_words().knows_singular(word.group(1))

    def _year_alone(self, start: int, end: int) -> bool:
        """Whether four digits with no sign of a year are one all the same: no amount after
        them (2018 إصابة), no level before them (أغلق عند 2010), no identifier (المادة 2011)
        and no range or figure joined to them (2018-2019 is read as a range)."""
        t = self.t
        if t[end : end + 1] in ("-", "/", "%") or t[start - 1 : start] in ("-", "/"):
            return False
        if _LEVEL_BEFORE.search(t, start - 12, start) or self._amount_after(end):
            return False
        qp = quantity_words().p
        return not (
            qp["ident_before"].search(t, start - 30, start)
            or qp["weak_ident_before"].search(t, start - 30, start)
        )

    def _amount_after(self, end: int) -> bool:
        """Whether a currency, a unit or a counted noun follows ``end``: the figures before
        it are an amount (كلفت (1500-1600) دولار), not years."""
        word = _AMOUNT_WORD.match(self.t, end)
        if word is None:
            return False
        qw, key = quantity_words(), word.group(1)
        # للأوقية، بالدولار: the article and a clitic before the unit too
        bare = (
            key[2:] if key.startswith(("لل", "ال")) else key[3:] if key.startswith("بال") else key
        )
        return any(k in qw.currency_forms or k in qw.units or qw.knows_noun(k) for k in {key, bare})

    def _unit_after(self, end: int) -> bool:
        um = (
            self.p["unit_alone"].match(self.t, end + 1, end + 1 + REACH)
            if end < len(self.t)
            else None
        )
        return um is not None and self.t[end : um.start()].strip() == ""

    def _named_today(self) -> dt.date | None:
        """The day the text names as its own today (اليوم الأحد), when that is not the
        reference day: a story written on Sunday and stamped on Tuesday. Its أمس and غدا
        count from it (the text's مساء يوم أمس is Saturday)."""
        ref, w, t = self.ref, self.w, self.t
        if ref is None:
            return None
        for m in self.found["relative_day"]:
            if m.group("pc") or w.key(m.group("rd")) != "اليوم":
                continue
            wa = self.p["weekday_after"].match(t, m.end("rd"), m.end("rd") + REACH)
            if wa is None or _FIGURE_NEXT.match(t, wa.end()):
                continue  # (اليوم الاثنين 11 ماي 2016: the date written is the day)
            back = (ref.weekday() - w.weekdays[w.key(wa.group("wd"))]) % 7
            return ref - dt.timedelta(days=back) if 0 < back < 4 else None
        return None

    def relative(self) -> None:
        p, w, t, ref = self.p, self.w, self.t, self.ref
        not_before, not_after = w.today_not_before, w.today_not_after
        today = self._named_today() if self.found["relative_day"] else None
        for m in self.found["relative_day"]:
            key = w.key(m.group("rd"))
            offset = w.relative_days[key]
            s, e = m.start("rd"), m.end("rd")
            if m.group("yawm"):
                s = m.start("yawm") + (1 if m.group("yawm")[0] in "وف" else 0)  # يوم أمس
            if key == "اليوم":
                before = t[max(0, s - 12) : s].split()
                after = t[e : e + 16].split()
                nxt = after[0].strip("،,.:؛!؟\"'()") if after else ""
                adjective = (
                    nxt.startswith("ال") and nxt not in w.weekdays and _ADJECTIVE.fullmatch(nxt)
                )
                if (
                    (before and before[-1] in not_before)
                    or (after and after[0] in not_after)
                    or adjective  # اليوم الأكثر دموية: "the day", not today
                    or m.group("pc")
                ):
                    continue
            wa = p["weekday_after"].match(t, e, e + REACH)
            if (
                key in ("غد", "الغد")
                and not (m.group("yawm") or wa or _FROM_BEFORE.search(t, s - 4, s))
                and p["tomorrow_after"].search(t, s - 16, s) is None
            ):
                # يوم غد، من غد الأحد، مباراة الغد، صباح غد: tomorrow; لغد أفضل، حزب الغد: no day
                continue
            # (اليوم alone stays the reference: a page of several stories names several)
            base = today if today is not None and offset else ref
            day = None if base is None else base + dt.timedelta(days=offset)
            if wa is not None:
                e = wa.end()  # اليوم الجمعة, أمس الأحد
                if day is not None and ref is not None:  # the weekday named wins: the
                    # nearest such day; for today and yesterday none after the day after the
                    # reference (a text stamped late, or across a time zone)
                    named = w.weekdays[w.key(wa.group("wd"))]
                    day += dt.timedelta(days=(named - day.weekday() + 3) % 7 - 3)
                    if offset <= 0 and day > ref + dt.timedelta(days=1 + offset):
                        day -= dt.timedelta(days=7)
            self.add(s, e, self.value(None if day is None else (day, day), "day", relative=True))
        for m in self.found["relative_period"]:
            if m.group("this") is None and m.group("o") is None:
                continue  # العام alone is "general", الشهر alone is no date
            if not self.clean(m.start(), m.end()):
                continue
            if m.group("per") == "عام" and self._general(m.start()):
                continue  # الأمين العام السابق: the former secretary-general, no year
            key = "ال" + w.key(m.group("per"))
            if key in w.period_duals:
                # العامين الماضيين، الشهرين الأخيرين، الأسبوعين المقبلين: the last or next two
                o = m.group("o")
                if o is not None and w.key(o) in w.dual_following:
                    # خلال الشهرين اللاحقين: after a date of the story, how long
                    unit = w.period_duals[key]
                    self.add(m.start("art"), m.end(), kind="duration", amount=2, unit=unit)
                elif o is not None and m.group("this") is None and o.endswith(("ين", "ان")):
                    # (an offset in the dual: العامين السابق والحالي are two years named)
                    offset = w.offsets.get(w.key(o), -1)  # الأخيرين: the last ones
                    self._units_around(
                        m.start("art"), m.end("per"), m.end(), w.period_duals[key], 2, offset
                    )
                continue
            grain = w.periods[key]
            o = m.group("o")
            if o is not None and not o.startswith("قبل") and w.key(o) not in w.offsets:
                continue  # العام الأخيرين: a dual's word after a singular, no date
            offset = 0 if o is None else (-2 if o.startswith("قبل") else w.offsets[w.key(o)])
            s = m.start("this") if m.group("this") else m.start("art")
            span = self._period(grain, offset)
            wk = p["week_weekday"].match(t, m.end(), m.end() + REACH) if grain == "week" else None
            if wk is not None:  # الأسبوع المقبل يوم الجمعة
                day = (
                    None
                    if span is None
                    else span[0] + dt.timedelta(days=w.weekdays[w.key(wk.group("wd"))])
                )
                self.add(
                    s,
                    wk.end(),
                    self.value(None if day is None else (day, day), "day", relative=True),
                )
                continue
            ya = p["apposed_year"].match(self.m, m.end()) if grain == "year" else None
            literal = None if ya is None else self.year_literal(self.mention(*ya.span("y")))
            if ya is not None and literal is not None and (span is None or span[0].year == literal):
                year = (dt.date(literal, 1, 1), dt.date(literal, 12, 31))
                self.add(s, ya.end(), self.value(year, "year"))  # العام الماضي 2017
                continue
            self.add(s, m.end(), self.value(span, grain, relative=True))
        for m in (
            p["month_of_period"].finditer(self.m) if self.has("الشهر") else ()
        ):  # الحادي والثلاثين من هذا الشهر
            if m.group("this") is None and m.group("o") is None:
                continue
            day_of = self.integer(m.start("d"), m.end("d"), 1, 31)
            if day_of is None:
                continue
            offset = 0 if m.group("o") is None else w.offsets[w.key(m.group("o"))]
            span = None
            if ref is not None:
                span = cal.day_span(*cal.add_months(ref, offset), day_of)
                if span is None:
                    continue
            self.add(m.start(), m.end(), self.value(span, "day", relative=True))
        weekdays = self.found["weekday"]
        for i, m in enumerate(weekdays):
            if not self.clean(m.start("wd"), m.end("wd")):
                continue
            if m.group("wd") == "الجمعه" and p["not_friday"].search(t, m.start() - 12, m.start()):
                continue
            weekday = w.weekdays[w.key(m.group("wd"))]
            said = m.group("o")
            if said is None and i + 1 < len(weekdays):
                # يومي الجمعة والسبت المقبلين: a dual or plural offset after the second
                # weekday says when the first is too
                second = weekdays[i + 1]
                later = second.group("o")
                if later is not None and later.endswith(("ين", "ان")):
                    if " ".join(t[m.end() : second.start("wd")].split()) in ("و", "ويوم", "و يوم"):
                        said = later
            wd_offset: int | None = None if said is None else w.offsets[w.key(said)]
            day = None
            if ref is not None:
                back = (ref.weekday() - weekday) % 7
                tense, at = self._clause_tense(m.start()) if wd_offset is None else (0, 0)
                if (
                    wd_offset is None
                    and tense == 0
                    and p["start_before"].search(t, m.start() - 24, m.start()) is not None
                    # (not after a verb in the past: وتوقفت الرحلات بداية من الأحد)
                    and ((past := self._last_past_sign(m.start(), at)) is None or past["opener"])
                ):
                    # بدءا من يوم الجمعة, said of no tense: a start is as often just past as
                    # to come, the nearer one (في استجابة … اعتبارا من الأحد, a day ago)
                    tense = 1 if back > 3 else -1
                if wd_offset is None and tense > 0:
                    day = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
                elif wd_offset is None:
                    day = ref - dt.timedelta(days=back)
                elif wd_offset < 0:
                    day = ref - dt.timedelta(days=back or 7)
                elif wd_offset > 0:
                    day = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
                else:
                    day = ref - dt.timedelta(days=back)
            start = m.start()
            if t[start] in "وف" and not t.startswith(("في ", "في\t"), start):
                start += 1  # والسبت: the conjunction is no part of the date
            self.add(
                start,
                m.end(),
                self.value(None if day is None else (day, day), "day", relative=True),
            )
        for m in self.found["ago"]:
            unit, number = w.units[w.key(m.group("u"))]
            n: Exact | None
            if m.group("n"):
                mn = self.mention(m.start("n"), m.end("n"))
                n = None if mn is None or mn.kind != "number" else mn.value
            else:
                n = {"sg": 1, "dual": 2}.get(number)
            if n is None or n.denominator != 1 or n <= 0:
                continue
            if unit in ("second", "minute", "hour"):
                continue  # بعد خمس ساعات: a duration; a day grain would say nothing
            construct = _HOLDING_AFTER if unit == "decade" else _DEFINITE_AFTER
            if not m.group("n") and number == "sg" and construct.match(t, m.end()):
                continue  # قبل يوم الانتخابات، قبل عقد الجمعية: before the day of, the holding of
            sign = 1 if w.key(m.group("dir")) in w.later else -1
            s = m.start("dir")
            span = self._ago(unit, sign * int(n))
            if span is None and ref is not None:
                continue  # قبل 14500 عام: before year 1; the duration is what the text says
            self.add(
                s,
                m.end(),
                self.value(span, self._ago_grain(unit), relative=True),
            )

    def _clause_start(self, s: int) -> int:
        """Where the clause before ``s`` opens: at most FUTURE_REACH characters back, after
        the last sentence or clause mark."""
        a = max(0, s - FUTURE_REACH)
        mark = _LAST_CLAUSE_MARK.search(self.t, a, s)  # one search in C, not a find per mark
        return a if mark is None else mark.start() + 1

    def _tense_before(self, s: int) -> int:
        """1 if the clause before a bare weekday or month at ``s`` says the future: سيعقد
        الاجتماع الأحد, من المقرر أن تصل الثلاثاء (the next such day; news otherwise reports
        the last one: أعلن الأحد); -1 if its last marker is in the past; else 0
        (:meth:`_clause_tense`)."""
        return self._clause_tense(s)[0]

    def _clause_tense(self, s: int) -> tuple[int, int]:
        """The tense :meth:`_tense_before` gives, and where the last marker or near imperfect
        read ends (the clause's start when none was): signs of the past are read after it.
        The last marker in the clause decides, and one after كان is past (كان من المقرر أن
        يبدأ الأحد)."""
        t = self.t
        a = self._clause_start(s)
        markers, pos = [], max(a - 1, 0)
        if a == 0 and (first := self.p["future_at_start"].match(t, 0, s)) is not None:
            markers.append(first.group("aux"))  # سيعقد البرلمان … الثلاثاء: the text's start
            pos = first.end()
        at = pos
        imperfect = False  # يعقد المجلس جلسته الأحد: said of what is to come, when no marker says
        for m in self.p["future"].finditer(t, pos, s):
            if m.group("past") is not None and _CLOSED.search(t, m.end(), s):
                continue  # سيعقد المجلس، الذي كان قد أجل اجتماعه، جلسته الأحد: an aside, closed
            if m.group("imp") is None:
                markers.append(m.group("aux") or m.group("past"))
                at = m.end()
            elif len(t[m.end() : s].split()) <= 6 and not _NEGATED.search(
                t,
                m.start() - 6,
                m.start() + 2,  # the match opens on the blank before the verb
            ):
                imperfect = True  # near the day (a verb of the past may come between further
                # back: يعرض أمن البلاد للخطر كما هاجم قرارا صدر … يوم الاثنين), not لم يتم
                at = m.end()
        if markers:
            return (1 if markers[-1] is None else -1), at
        return (1 if imperfect else 0), at

    def _last_past_sign(self, s: int, at: int) -> re.Match[str] | None:
        """The last sign of 'past' (a verb in the past, كان with و, an opener) between
        ``at``, where the clause's last marker ends (:meth:`_clause_tense`), and ``s``;
        at the text's start, إذا تم is one sign, not إذا and then تم."""
        t = self.t
        last = self.p["past_at_start"].match(t, 0, s) if at == 0 else None
        for m in self.p["past"].finditer(t, at if last is None else last.end(), s):
            last = m  # the last sign decides
        return last

    def _month_tense(self, s: int, end: int, ahead: bool = True) -> int:
        """The tense of the clause of a bare month at ``s`` (1, -1 or 0): that of
        :meth:`_clause_tense`, unless a sign of the past comes after its marker: a word of
        'past_markers' (منذ مارس، إثر إعادة انتخابه في يونيو), a past auxiliary with its
        clitic (وكان التضخم بلغ … في يوليو) or a verb in the past (بلغها في مارس، بيعت في
        منتصف نوفمبر), not before the clause's last opener (قال إن الإنتاج بدأ … is the
        statement's tense; إذا تم is a condition, المقرر إجراؤها a plan), or a verb in the past right
        after the month and a comma (وفي فبراير، توقفت الشركة). A month after a word of
        'tense_open_before' (حتى، اعتبارا من، تسليم) is a deadline, a start or a contract's
        month, which the clause's past does not move."""
        t = self.t
        tense, at = self._clause_tense(s)
        if not ahead and tense <= 0:
            return tense  # the nearest is past already: only the future would move it
        if self.p["tense_open"].search(t, s - 24, s) is not None:
            return max(tense, 0)
        last = self._last_past_sign(s, at)
        if last is not None:
            return 0 if last.group("opener") is not None else -1
        if tense:
            return tense
        return -1 if self.p["past_after"].match(t, end, end + REACH) is not None else 0

    def _period(self, grain: str, offset: int) -> cal.Span | None:
        ref = self.ref
        if ref is None:
            return None
        try:
            if grain == "week":
                return cal.week_span(ref + dt.timedelta(days=7 * offset))
            if grain == "month":
                return cal.month_span(*cal.add_months(ref, offset))
            if grain == "decade":
                first = ref.year // 10 * 10 + 10 * offset
                return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        except (OverflowError, ValueError):  # the week after 9999-12-30: no calendar days
            return None
        return cal.year_span(ref.year + offset)

    @staticmethod
    def _ago_grain(unit: str) -> str:
        return "year" if unit in _YEARS_IN else unit if unit in ("week", "month") else "day"

    def _ago(self, unit: str, n: int) -> cal.Span | None:
        try:
            return self._ago_span(unit, n)
        except OverflowError:  # قبل 99999999 يوم: no calendar day
            return None

    def _ago_span(self, unit: str, n: int) -> cal.Span | None:
        ref = self.ref
        if ref is None:
            return None
        if unit == "day":
            d = ref + dt.timedelta(days=n)
            return d, d
        if unit in ("week", "month"):
            return self._period(unit, n)  # منذ ثلاثة أشهر: the month three before this one
        if unit in _YEARS_IN:  # منذ عقدين: the year twenty before this one
            return self._period("year", n * _YEARS_IN[unit])
        return ref, ref  # hours, minutes: today

    def _last_or_next(self, unit: str, n: int, offset: int) -> cal.Span | None:
        """The ``n`` units before the reference day (offset -1) or after it (+1)."""
        try:
            return self._last_or_next_span(unit, n, offset)
        except OverflowError:
            return None

    def _last_or_next_span(self, unit: str, n: int, offset: int) -> cal.Span | None:
        ref = self.ref
        if ref is None or offset == 0:
            return None
        if unit in ("day", "week"):
            days = n * (7 if unit == "week" else 1)
            if offset < 0:
                return ref - dt.timedelta(days=days), ref - dt.timedelta(days=1)
            return ref + dt.timedelta(days=1), ref + dt.timedelta(days=days)
        if unit == "month" or unit in _YEARS_IN:
            months = n * (1 if unit == "month" else 12 * _YEARS_IN[unit])
            if offset < 0:
                y, mo = cal.add_months(ref, -months)
                first = cal.month_span(y, mo)
                last = cal.month_span(*cal.add_months(ref, -1))
            else:
                first = cal.month_span(*cal.add_months(ref, 1))
                last = cal.month_span(*cal.add_months(ref, months))
            return None if first is None or last is None else (first[0], last[1])
        return None

    def seasons(self) -> None:
        w, t, ref = self.w, self.t, self.ref
        for m in self.found["season"]:
            if t.startswith(" العربي", m.end()):
                continue  # الربيع العربي
            months = w.seasons[w.key(m.group("s"))]
            year: int | None = None
            relative = True
            if m.group("y"):
                year = self.year_literal(self.mention(m.start("y"), m.end("y")))
                relative = False
            elif m.group("o") or m.group("this"):
                if ref is not None:
                    offset = 0 if m.group("o") is None else w.offsets[w.key(m.group("o"))]
                    year = self._season_year(months, offset)
            else:
                continue  # حرارة الصيف: a season in general, not a date
            span = None
            if year is not None:
                first = cal.month_span(year - 1 if months[0] == 12 else year, months[0])
                last = cal.month_span(year, months[-1])
                span = None if first is None or last is None else (first[0], last[1])
            s = m.start("this") if m.group("this") else m.start("s")
            self.add(s, m.end(), self.value(span, "quarter", relative=relative))

    def _season_year(self, months: tuple[int, ...], offset: int) -> int:
        """The year naming this season (winter: the year of its January) relative to ref."""
        assert self.ref is not None
        ref = self.ref

        def bounds(y: int) -> tuple[dt.date, dt.date]:
            a = cal.month_span(y - 1 if months[0] == 12 else y, months[0])
            b = cal.month_span(y, months[-1])
            assert a is not None and b is not None
            return a[0], b[1]

        years = [ref.year - 1, ref.year, ref.year + 1, ref.year + 2]
        if offset == 0:
            return next((y for y in years if bounds(y)[0] <= ref <= bounds(y)[1]), ref.year)
        if offset > 0:
            return next(y for y in years if bounds(y)[0] > ref)
        return next(y for y in reversed(years) if bounds(y)[1] < ref)

    def durations(self) -> None:
        p, w, M, t = self.p, self.w, self.m, self.t
        for m in p["duration"].finditer(M) if "#" in M else ():
            mn = self.mention(m.start("n"), m.end("n"))
            if mn is None or mn.value <= 0:
                continue
            if mn.kind != "number" and not (
                mn.kind == "ordinal" and _DEFINITE_DIGITS.match(t, mn.start)
            ):
                continue  # ذي الـ24 عاما, تحت سن الـ 20 عاما: the article before digits, an age
            unit, _ = w.units[w.key(m.group("u"))]
            end = m.end()
            count = mn.value
            half = p["and_half"].match(t, end, end + REACH)
            if half is not None:
                count += Fraction(1, 2)
                end = half.end()
            uo = p["offset_after"].match(t, end, end + REACH)
            if uo is not None and _RANGE_END.search(t, max(0, m.start() - 16), m.start()):
                uo = None  # 12 إلى 18 شهرا القادمة: a range of how long (the pipeline joins it)
            if uo is not None and count.denominator == 1:  # الأيام الثلاثة الماضية, 3 أيام القادمة
                offset = w.offsets[w.key(uo.group("o"))]
                self._units_around(m.start(), end, uo.end(), unit, count, offset)
                continue
            self.add(m.start(), end, kind="duration", amount=count, unit=unit)
        self._unit_numerals()
        for m in self.found["unit_alone"]:
            if not self.clean(m.start("u"), m.end("u")):
                continue
            unit, number = w.units[w.key(m.group("u"))]
            if M[max(0, m.start() - 2) : m.start()].strip().endswith("#"):
                continue  # the number before it is the count (handled above)
            amount: Exact | None = None
            if number == "dual":
                amount = 2
            elif number == "sg":
                lead = p["duration_lead"].search(t, m.start() - 16, m.start())
                if lead is not None or p["and_half"].match(t, m.end(), m.end() + REACH):
                    amount = 1
                elif p["and_units"].match(self.m, m.end()):
                    amount = 1  # سنة وستة أشهر: a year and (a duration the pipeline joins)
                elif (
                    m.group("pc") is None
                    and not m.group("u").startswith("ال")
                    and (
                        bb := quantity_words()
                        .p["bound_before"]
                        .search(t, m.start() - 24, m.start())
                    )
                    # (not حتى, until: حتى ساعة متأخرة، حتى يوم 15 مارس; nor نحو, towards,
                    # before an adjective: نحو عام جديد)
                    and w.key(bb.group("b")) != "حتي"
                    and not _UNIT_QUALIFIED.match(t, m.end())
                ):
                    amount = 1  # أكثر من ساعة, نحو شهر: one, bounded (as أكثر من 3 ساعات)
                elif p["event_after"].match(t, m.end(), m.end() + REACH) and p["from_event"].search(
                    t, m.start() - 8, m.start()
                ):
                    amount = 1  # بعد أسبوع من أعنف قتال: a week after it, not after today
            one = p["one_after"].match(t, m.end(), m.end() + REACH) if number == "sg" else None
            if one is not None:
                amount = 1  # يوم واحد, ساعة واحدة
            if amount is None:
                continue
            end = m.end() if one is None else one.end()
            half = p["and_half"].match(t, end, end + REACH)
            if half is not None:
                amount += Fraction(1, 2)
                end = half.end()
            self.add(m.start("u"), end, kind="duration", amount=amount, unit=unit)

    def _unit_numerals(self) -> None:
        """A definite plural unit, then its definite spelled figure: الدقائق الخمس (a
        duration), الأشهر التسعة الأخيرة، السنوات العشر المقبلة (the last or next units), الأشهر
        الستة الأولى من 2016 (the first months of a year: the year said, or the reference's
        moved by its offset: من العام الماضي); the press order too, the figure first (الثلاث
        السنوات الماضية). The last of a period named after من (العشرة أيام الأخيرة من
        رمضان) is how long, not the last before the reference day."""
        p, w, t = self.p, self.w, self.t
        for mn in self.nums:
            if mn.kind != "number" or not mn.spelled:
                continue
            if not t.startswith("ال", mn.start):
                # لشهور ستة: an indefinite plural unit before its figure, both indefinite
                # (the figure agrees with its noun: a definite one is read below)
                if mn.value in _PLURAL_COUNTS and (
                    pl := p["plural_before"].search(t, mn.start - 16, mn.start)
                ):
                    unit = w.units[w.key(pl.group("u"))][0]
                    self.add(pl.start("u"), mn.end, kind="duration", amount=mn.value, unit=unit)
                continue
            if mn.value.denominator != 1 or not 1 < mn.value < 100:
                continue
            m = p["unit_numeral"].search(t, mn.start - 24, mn.start)
            n, end = int(mn.value), mn.end
            if m is not None:
                unit = w.units[w.key(m.group("u"))][0]
                start = (
                    m.start("art") if m.group("art") else m.start("art2") + len(m.group("art2")) - 2
                )
            elif (ua := p["numeral_unit"].match(t, end)) is not None:
                # الثلاث السنوات الماضية: the figure first (الخمس سنوات الماضية, with no
                # article on the unit, is read as a duration with its offset too)
                unit, start, end = w.units[w.key(ua.group("u"))][0], mn.start, ua.end()
            else:
                continue
            after = p["numeral_offset"].match(t, end)
            if after is None:
                if m is not None:
                    self.add(start, end, kind="duration", amount=mn.value, unit=unit)
            elif after.group("first") is not None:
                if (
                    unit != "month"
                    or n > 12
                    or (after.group("this") is None and after.group("y") is None)
                ):
                    # الدقائق الخمس الأولى: of what, unsaid; how long is said (or of a year
                    # read later: الأولى من العام نفسه، من العام قبل الماضي, months_of_year)
                    self.add(start, end, kind="duration", amount=mn.value, unit=unit)
                    if unit == "month" and n <= 12 and _OF_AFTER.match(t, after.end()):
                        self.months_of.append((start, end, after.end(), True))
                    continue
                year = self.ref.year if after.group("y") is None and self.ref else None
                if year is not None and after.group("yo"):  # الأولى من العام الماضي
                    year += w.offsets[w.key(after.group("yo"))]
                if after.group("y") is not None:
                    year = int(after.group("y"))
                    year = year if _FIRST_YEAR <= year <= _LAST_YEAR else None
                value: DateValue | None
                if year is None:
                    value = self.value(None, "month", relative=True)
                else:
                    value = _months_of_year(year, n, True, after.group("y") is None)
                self.add(
                    start, after.end(), value, is_range=value is not None and value.grain == "month"
                )
            elif after.group("o").startswith("الاخير") and _OF_AFTER.match(t, after.end()):
                # العشرة أيام الأخيرة من رمضان: the last of a period the text names, not the
                # last before the reference day; how long is said, or, of a year said, its
                # last months (الأشهر الثلاثة الأخيرة من العام الماضي: October to December)
                year_end = self._year_said(after.end()) if unit == "month" and n <= 12 else None
                if year_end is None:
                    self.add(start, end, kind="duration", amount=mn.value, unit=unit)
                    if unit == "month" and n <= 12:  # (من العام نفسه: months_of_year)
                        self.months_of.append((start, end, after.end(), False))
                elif self.ref is not None and year_end[0] == self.ref.year:
                    # السبعة أشهر الأخيرة من 2014 in August 2014: the year is not over, its
                    # last months are those up to the reference day
                    self._units_around(start, end, year_end[2], unit, mn.value, -1)
                else:
                    year, relative, stop = year_end
                    value = _months_of_year(year, n, False, relative)
                    if value is None:
                        self.add(start, end, kind="duration", amount=mn.value, unit=unit)
                        continue
                    self.add(start, stop, value, is_range=value.grain == "month")
            else:
                offset = w.offsets.get(w.key(after.group("o")), -1)  # الأخيرة: the last ones
                self._units_around(start, end, after.end(), unit, mn.value, offset)

    def _year_said(self, pos: int) -> tuple[int, bool, int] | None:
        """The year من names at ``pos`` (من 2014، من العام الماضي، من العام, the reference's):
        (year, relative, end), or None."""
        m = _YEAR_OF.match(self.t, pos)
        if m is None:
            return None
        if m.group("y"):
            year = int(m.group("y"))
            return (year, False, m.end()) if _FIRST_YEAR <= year <= _LAST_YEAR else None
        if self.ref is None:
            return None
        said = m.group("o")
        if said is not None and self.w.key(said) not in self.w.offsets:
            return None  # من العام نفسه: not read here
        offset = 0 if said is None else self.w.offsets[self.w.key(said)]
        return self.ref.year + offset, True, m.end()

    def _units_around(
        self, start: int, end: int, offset_end: int, unit: str, count: Exact, offset: int
    ) -> None:
        """``count`` units from ``start`` to ``end``, then their offset up to ``offset_end``:
        the last or next ones, up to the reference day (a relative date); where a reference
        day gives none (الدقائق الخمس الأخيرة), how long they are, the offset left out."""
        span = self._last_or_next(unit, int(count), offset)
        if span is None and self.ref is not None:
            self.add(start, end, kind="duration", amount=count, unit=unit)
        else:
            self.add(start, offset_end, self.value(span, self._ago_grain(unit), relative=True))

    def ref_century(self, last: bool) -> int | None:
        """The number of the reference date's century (21 in 2025), or of the one before it."""
        return None if self.ref is None else (self.ref.year - 1) // 100 + 1 - last

    def decades_centuries(self) -> None:
        p, w, t, ref = self.p, self.w, self.t, self.ref
        for m in self.found["decade"]:
            decade = w.decades[w.key(m.group("dec"))]
            c = m.group("c") or ""
            if not c and (
                p["age_after"].match(t, m.end())
                or p["age_before"].search(t, m.start() - MAX_LOOK, m.start())
            ):
                continue  # شاب في العشرينات من عمره: an age, not the 1920s
            era = None if c else p["hijri_era"].match(t, m.end())
            if era is not None:
                self._hijri_decade(m, decade, era.end())  # التسعينات الهجرية: the 1390s AH
                continue
            century = 2000 if any(x in c for x in ("الحالي", "الجاري", "الحادي")) else 1900
            relative = any(x in c for x in ("الحالي", "الجاري", "الماضي", "المنصرم"))
            n = self.ref_century(last=any(x in c for x in _LAST_CENTURY))
            if relative and n is not None:  # عشرينيات القرن الماضي: the 1920s, in 2025
                century = (n - 1) * 100
            s = _decade_start(m)
            y = century + decade
            span = (
                (dt.date(y, 1, 1), dt.date(y + 9, 12, 31))
                if not relative or ref is not None
                else None
            )
            self.add(s, m.end(), self.value(span, "decade", relative=relative))
        for m in self.found["century"]:
            if m.group("n"):
                n = self.integer(m.start("n"), m.end("n"), 1, 30)
                relative = False
            else:
                n = self.ref_century(last=w.key(m.group("o")) in _LAST_CENTURY)
                relative = True
            s = m.start() + (1 if m.group("pc") else 0)
            if n is None:
                if relative:
                    self.add(s, m.end(), self.value(None, "century", relative=True))
                continue
            span = (dt.date((n - 1) * 100 + 1, 1, 1), dt.date(n * 100, 12, 31))
            self.add(s, m.end(), self.value(span, "century", relative=relative))

    def _hijri_decade(self, m: re.Match[str], decade: int, end: int) -> None:
        """A decade of the Hijri calendar (في التسعينات الهجرية): of the Hijri century
        that puts it before the reference's Hijri year (relative to it), else of the 1300s
        AH."""
        now = cal.hijri_year_of(self.ref) if self.ref is not None else None
        if now is None:  # (the calendar's table starts in 1343 AH: العشرينات are the 1420s)
            century = 1300 if 1300 + decade >= 1343 else 1400
        else:
            century = now // 100 * 100
            if century + decade > now:
                century -= 100
        first = cal.hijri_year_span(century + decade)
        last = cal.hijri_year_span(century + decade + 9)
        span = None if first is None or last is None else (first[0], last[1])
        self.add(
            _decade_start(m), end, self.value(span, "decade", "hijri", relative=now is not None)
        )

    def holidays(self) -> None:
        p, w = self.p, self.w
        for m in self.found["holiday"]:
            month, day = w.holidays[w.key(m.group("h"))]
            end = m.end()
            year = None
            ya = p["year_after"].match(self.m, end, end + REACH)
            if ya is not None and ya.group("era") and w.key(ya.group("era")) in w.hijri_eras:
                year = self.year_literal(self.mention(ya.start("y"), ya.end("y")))
                if year is not None:
                    end = ya.end()
            if year is None and self.ref is not None:
                year = self._nearest_hijri_year(month, day)
            span = None if year is None else cal.hijri_day(year, month, day)
            self.add(m.start("h"), end, self.value(span, "day", "hijri", relative=ya is None))

    def clocks(self) -> None:
        for m in self.found["clock"]:
            self.add(m.start(), m.end(), kind="clock")
        for m in self.p["clock_digits"].finditer(self.t) if ":" in self.t else ():
            self.add(m.start(), m.end(), kind="clock")

    # ------------------------------------------------------------ stage 2

    def select(self, cands: list[DateMention]) -> list[DateMention]:
        """Longest first, then leftmost; no two chosen spans overlap."""
        if not cands:
            return []
        chosen: list[DateMention] = []
        taken = Taken()
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
            if c.date is None and c.kind == "date":
                continue
            if taken.overlaps(c.start, c.end):
                continue
            chosen.append(c)
            taken.add(c.start, c.end)
        return sorted(chosen, key=lambda c: c.start)

    def wrap(self, ds: list[DateMention]) -> list[DateMention]:
        ds = self.year_after(ds)
        ds = self.same_period(ds)
        ds = self.told_before(ds)
        ds = self.quarters(ds)
        ds = self.story_periods(ds)
        ds = self.months_of_year(ds)
        ds = self.parts(ds)
        return self.ranges(ds)

    def year_after(self, ds: list[DateMention]) -> list[DateMention]:
        """A month or day said relative to the reference, then its year in figures right
        after it, when they agree: one date, no longer relative (شهر ديسمبر من العام الماضي
        2014م، ديسمبر الماضي 2014 in 2015), as العام الماضي 2017 is read. Why here: both are
        chosen dates by now."""
        out: list[DateMention] = []
        t = self.t
        for d in ds:
            last = out[-1] if out else None
            if last is None or d.start - last.end > 3 or not t[d.start : d.start + 4].isdigit():
                out.append(d)  # (most dates: nothing right after them, or no year in figures)
                continue
            v, y = last.date, d.date
            if (
                v is not None
                and y is not None
                and v.relative
                and v.start is not None
                and v.grain in ("day", "month")
                and v.calendar == "gregorian"
                and not last.is_range
                and d.kind == last.kind == "date"
                and y.grain == "year"
                and not y.relative
                and y.calendar == "gregorian"
                and y.start is not None
                and not t[last.end : d.start].strip(" \t")
                # (only when they agree: ديسمبر الماضي 2016 in July 2015 says two things)
                and y.start.year == v.start.year
            ):
                out[-1] = DateMention(last.start, d.end, "date", replace(v, relative=False))
                continue
            out.append(d)
        return out

    def told_before(self, ds: list[DateMention]) -> list[DateMention]:
        """A day of a month without its year that the text wrote earlier with one is that
        day: ثورة 14 جانفي 2011 … لثورة 14 جانفي (2011, not the reference's year), 11
        سبتمبر 2001 … الحادي عشر من سبتمبر. Why here: the earlier date is known only once
        the dates are chosen; one pass, a dict of the days read so far."""
        told: dict[tuple[int, int], int] = {}
        out: list[DateMention] = []
        for d in ds:
            v = d.date
            if d.kind != "date" or v is None or v.grain != "day" or v.start is None or d.is_range:
                out.append(d)
                continue
            key = (v.start.month, v.start.day)
            if v.calendar == "gregorian" and not v.relative:
                told[key] = v.start.year
            elif (
                v.relative
                and v.calendar == "gregorian"
                and key in told
                and told[key] != v.start.year
                and self.p["month"].search(self.t, d.start, d.end) is not None
                # (not 5 مارس المقبل: an offset says which one; not اليوم الاثنين 14 جانفي,
                # nor a clause in the future, nor من كل عام: a day of every year)
                and not any(
                    w in self.w.offsets or w in self.w.weekdays or w == "اليوم"
                    for w in self.t[d.start : d.end].split()
                )
                and not _TODAY_BEFORE.search(self.t, max(0, d.start - 24), d.start)
                and not _EVERY_YEAR.match(self.t, d.end)
                and self._tense_before(d.start) <= 0
            ):
                day = dt.date(told[key], *key)
                d = replace(d, date=replace(v, start=day, end=day, relative=False))
            out.append(d)
        return out

    def same_period(self, ds: list[DateMention]) -> list[DateMention]:
        """The month or year of the date before: في الرابع من الشهر نفسه (a day of its
        month), في العام ذاته (its year), بنفس الشهر من العام 2017 (its month, in the year
        that follows), 11 أغسطس من نفس العام (a month without a year takes its year).

        Why here: the date before is known only once the dates are chosen. A Hijri date
        before gives nothing (its month is not the Gregorian one its value holds)."""
        found = self.found["same_period"]
        if not found:
            return ds
        p, M = self.p, self.m
        out = _Mentions(ds)
        for m in found:
            if m.group("so") is not None or m.group("by") is not None:
                continue  # العام السابق: read once the quarters are known (story_periods)
            s = _period_start(m)
            if out.overlapping(s, m.end()):
                continue
            per = _with_article(m.group("per") or m.group("per2"))
            month, day_of = per == "الشهر", per == "اليوم"
            year = not month and not day_of
            before: Iterator[DateMention] = (  # the nearest few mentions: linear in the text
                d
                for d in itertools.islice(out.before(s), 2 * _SAME_LOOK)
                if d.kind == "date"
                and d.end <= s
                and not self._day_word(d)
                # نفس العام is not the year of a comparison's base; نفس الشهر is often
                # its month (مقارنة بشهر سبتمبر من السنة المنقضية … بنفس الشهر), and a
                # month right before takes its year (مقارنة بأغسطس من نفس العام)
                and not (
                    year and self._compared(d) and p["link_of"].fullmatch(self.t, d.end, s) is None
                )
            )
            last = next(before, None)
            if last is None:
                continue
            if (
                not month
                and not day_of
                and last.grain in ("day", "month")
                and p["link_of"].fullmatch(self.t, last.end, s) is not None
            ):
                # 11 أغسطس من نفس العام: the month takes the year of the date before it
                whole = self._same(before, last.date, "year")
                if whole is not None:
                    out.remove(last)
                    out.append(replace(last, end=m.end(), date=whole))
                continue
            if day_of and _DAY_MOVED.search(self.t, last.end, s):
                continue  # 29 أغسطس، في اليوم التالي … في اليوم ذاته: the day after, unread
            before = itertools.chain((last,), before)
            day = None
            if month and (db := p["day_before"].search(M, s - MAX_LOOK, s)) is not None:
                day = self.integer(db.start("d"), db.end("d"), 1, 31)
                if day is not None:
                    s = db.start()
            end, year_of = m.end(), None
            if (month or day_of) and (after := self._following(out, m.end())) is not None:
                if after.grain == "year" and after.date is not None:
                    year_of, end = after, after.end  # الشهر نفسه من العام الماضي
            grain = "month" if month else "day" if day_of else "year"
            value = self._same(before, year_of.date if year_of else None, grain, day)
            if value is None:
                continue
            if year_of is not None:
                out.remove(year_of)
            out.append(DateMention(s, end, "date", value))
        return sorted(out.alive(), key=lambda d: d.start)

    def story_periods(self, ds: list[DateMention]) -> list[DateMention]:
        """العام السابق, اليوم التالي (same_period's group ``so``): the period before or
        after the last date the story told, of the period's grain or finer (في عام 2016 …
        في العام الذي سبقه is 2015). Before ل it counts from an event (اليوم السابق
        لوصولها): no date.

        Why from the story: news says الماضي of the reference's year and السابق of the year
        it is telling about (خلال الربع الأول … عن الربع المماثل من العام السابق). With no
        date before, السابق stays what the relative finder read (the one before the
        reference's), and التالي is none. Why here: the quarters before are known."""
        found = [m for m in self.found["same_period"] if m.group("so") or m.group("by")]
        if not found:
            return ds
        out = _Mentions(ds)
        for m in found:
            self._story_period(out, m)
        return sorted(out.alive(), key=lambda d: d.start)

    def _story_period(self, out: _Mentions, m: re.Match[str]) -> None:
        """One mention of :meth:`story_periods`, in ``out``."""
        s = _period_start(m)
        inside = out.overlapping(m.start(), m.end())
        if any(d.start < m.start() or d.end > m.end() for d in inside):
            return  # العام السابق 2016: its year is said
        if _FROM_EVENT.match(self.t, m.end()):
            for d in inside:
                out.remove(d)
            return
        per = _with_article(m.group("per3") or "ال" + m.group("per4"))
        if m.group("per3") and per == "العام" and self._general(m.start()):
            return  # النائب العام السابق: the former attorney general, no year
        grain = _STORY_GRAINS[per]
        anchor = next(
            (
                d.date
                for d in itertools.islice(out.before(s), _SAME_LOOK)
                if d.kind == "date" and d.end <= s and not d.is_range and not self._compared(d)
            ),
            None,
        )
        if anchor is None or anchor.start is None:
            return
        if m.group("by"):  # قبلها بعام: one before; بعدها بعامين: two after
            offset = (2 if m.group("two") else 1) * (-1 if m.group("by") == "قبل" else 1)
        else:
            offset = self.w.story_offsets[self.w.key(m.group("so"))]
        by_finer = m.group("by") and _GRAIN_ORDER.get(anchor.grain, 9) < _GRAIN_ORDER[grain]
        if by_finer and anchor.calendar == "hijri" and grain not in ("day", "week"):
            return  # 5 رمضان 1440 هـ … قبلها بعام: a Hijri day a Hijri year before, not read
        if m.group("by") and anchor.grain in ("day", "month", "quarter", "half"):
            value = _moved(anchor, grain, offset)  # 20 جانفي 2017 … قبل ذلك بسنة: 20 Jan 2016
        elif anchor.calendar == "hijri" and grain in ("month", "year"):
            value = _shifted_hijri(anchor, grain, offset)
        elif anchor.calendar == "hijri" and grain == "quarter":
            return  # (a Hijri year has no quarters the news counts)
        else:
            value = _shifted(anchor, grain, offset)
        if value is None:
            return
        for d in inside:
            out.remove(d)
        out.append(DateMention(min([s, *(d.start for d in inside)]), m.end(), "date", value))

    def months_of_year(self, ds: list[DateMention]) -> list[DateMention]:
        """The first or last months of a year that the date after them names, where the
        unit numerals could not read it: الأشهر الستة الأولى من العام نفسه (its year is the
        story's), الأشهر الثلاثة الأخيرة من العام قبل الماضي. Why here: that year is known
        only once the story's periods are read. The months of the reference's own year
        that are not over yet stay how long they are (a duration)."""
        if not self.months_of:
            return ds
        out = _Mentions(ds)
        for start, end, said, first in self.months_of:
            counted = next(
                (d for d in out.overlapping(start, end) if (d.start, d.end) == (start, end)), None
            )
            year = self._following(out, said)
            if (
                counted is None
                or counted.kind != "duration"
                or year is None
                or year.grain != "year"
                or year.date is None
                or year.date.start is None
                or year.date.calendar != "gregorian"
                or (not first and self.ref is not None and year.date.start.year == self.ref.year)
            ):
                continue
            n = int(counted.amount or 0)
            value = _months_of_year(year.date.start.year, n, first, year.date.relative)
            if value is None:
                continue
            out.remove(counted)
            out.remove(year)
            out.append(DateMention(start, year.end, "date", value, is_range=value.grain == "month"))
        return sorted(out.alive(), key=lambda d: d.start)

    def _general(self, pos: int) -> bool:
        """Whether العام at ``pos`` follows a title (الأمين، النائب، المدير): "general",
        no year, for the relative finder and the story's periods alike."""
        return _GENERAL_BEFORE.search(self.t, max(0, pos - 12), pos) is not None

    def _compared(self, d: DateMention) -> bool:
        """Whether ``d`` is the base of a comparison (مقارنة مع 217 مليار درهم في العام
        الذي سبقه، مقابل الشهر نفسه): not the date the story is telling about, which a
        later نفس العام or العام السابق refers to."""
        said = _COMPARED.search(self.t, max(0, d.start - MAX_LOOK), d.start)
        if said is None:
            return False
        # مقابل after a verb of trade is "in exchange for" (باعها مؤسسها مقابل 5 ملايين دولار
        # في عام 2016): the date is the sale's, of the story, no comparison's base
        return not said.group().lstrip("وب").startswith("مقابل") or not _TRADED.search(
            self.t, max(0, said.start() - 30), said.start()
        )

    def _day_word(self, d: DateMention) -> bool:
        """A day named by a word alone, relative to the reference (يوم الأربعاء, أمس): no
        month for الشهر نفسه to refer to (يوم الأربعاء 22 من الشهر ذاته is the month said
        before it). A day of a month has its figure (11 أغسطس), written over in the mask."""
        return (
            d.date is not None
            and d.date.relative
            and d.date.grain == "day"
            and "#" not in self.m[d.start : d.end]
        )

    def _same(
        self,
        before: Iterator[DateMention],
        year_of: DateValue | None,
        grain: str,
        day: int | None = None,
    ) -> DateValue | None:
        """The ``grain`` (month or year) of the first date ``before`` yields (the dates
        before, latest first), as a date: in the year of ``year_of`` when given, on ``day``
        when given; for a year, ``year_of`` is a month or day date that takes the year."""
        # the nearest date that is not a range; one with no value (a relative date with no
        # reference) gives nothing, rather than an older one. A few are read, no more: a text
        # of many passed-over dates stays linear
        last = next((d.date for d in itertools.islice(before, _SAME_LOOK) if not d.is_range), None)
        if last is None or last.start is None or last.calendar != "gregorian":
            return None
        if last.grain in ("decade", "century"):
            return None  # في الثمانينيات … في العام نفسه: no one year to refer to
        if grain == "year" and year_of is not None:  # a month, or a day, without its year
            if year_of.start is None:
                return None  # (a relative month with no reference day: no day to move)
            return _in_year(year_of, last.start.year, last.relative)
        if grain == "year":
            span = cal.year_span(last.start.year)
            return (
                None
                if span is None
                else DateValue(span[0], span[1], "year", "gregorian", last.relative)
            )
        if last.grain not in ("day", "month", "week"):
            return None
        year = last.start.year
        relative = last.relative
        if year_of is not None and year_of.start is not None:
            year, relative = year_of.start.year, year_of.relative
        if grain == "day":  # وفي نفس اليوم من عام 1932: the day of the date before
            if last.grain != "day":
                return None
            day = last.start.day
        if day is not None:
            span = cal.day_span(year, last.start.month, day)
            return (
                None if span is None else DateValue(span[0], span[1], "day", "gregorian", relative)
            )
        span = cal.month_span(year, last.start.month)
        return None if span is None else DateValue(span[0], span[1], "month", "gregorian", relative)

    def _following(self, out: _Mentions, pos: int) -> DateMention | None:
        """The year or month date that starts right after ``pos`` (an optional من between)."""
        link = self.p["link_of"].match(self.t, pos)
        if link is None:
            return None
        for d in out.starting_in(pos, link.end() + 1):  # a full link ends by link.end()
            if d.kind == "date" and self.p["link_of"].fullmatch(self.t, pos, d.start):
                return d if d.grain in ("year", "month") and not d.is_range else None
        return None

    def _adjective(self, start: int, word: str) -> bool:
        """الاجتماع الثلاثي الأخير: after a definite noun الثلاثي and السداسي are adjectives
        (tripartite, six-sided), not the Maghreb's quarter and half."""
        if self.w.key(word) not in ("الثلاثي", "السداسي"):
            return False
        before = self.t[max(0, start - 30) : start].split()
        return bool(before) and before[-1].startswith(("ال", "وال")) and before[-1] != "الي"

    def quarters(self, ds: list[DateMention]) -> list[DateMention]:
        p, t, M = self.p, self.t, self.m
        matches = [(m, None) for m in self.found["quarter"]] + [
            (m, "last") for m in self.found["quarter_last"]
        ]
        if not matches:
            return ds
        out = _Mentions(ds)
        halves = self.w.half_words
        for m, last in matches:
            q = "ال" + self.w.key(m.group("q"))  # للربع الأول: ل + الربع
            half = q in halves
            limit = 2 if half else 4
            n = limit if last else self.integer(m.start("n"), m.end("n"), 1, limit)
            if n is None:
                continue
            counted = None if last else self.mention(m.start("n"), m.end("n"))
            if counted is not None and counted.spelled and counted.kind == "number":
                continue  # وأدى الثلاثي ثلاث أغنيات: a cardinal counts what follows, no quarter
            s = m.start("art")
            if out.overlapping(s, m.end()):
                continue
            if self._adjective(m.start(), q):
                continue
            year_date = self._following(out, m.end())
            end = m.end()
            relative = True
            year: int | None = None
            bare_year = p["of_year"].match(M, end, end + REACH)
            literal = (
                None
                if bare_year is None
                else self.year_literal(self.mention(bare_year.start("y"), bare_year.end("y")))
            )
            if (
                literal is not None
                and bare_year is not None  # (it is, when there is a literal)
                and (year_date is None or year_date.start >= bare_year.end())
            ):
                year, relative, end = literal, False, bare_year.end()
                for d in out.overlapping(m.start(), end):
                    out.remove(d)
            elif year_date is not None and year_date.grain == "year" and year_date.date is not None:
                relative = year_date.date.relative
                year = None if year_date.date.start is None else year_date.date.start.year
                end = year_date.end
                out.remove(year_date)
            else:
                bare = p["of_period"].match(t, end, end + REACH)
                if bare is not None and self.w.key(bare.group("per")) != "الشهر":
                    end = bare.end()
                year = None if self.ref is None else self.ref.year
            first = 2 * n - 1 if half else n
            span = (
                None
                if year is None
                else cal.quarter_span(year, first, first + 1 if half else first)
            )
            out.append(
                DateMention(
                    s,
                    end,
                    "date",
                    self.value(span, "half" if half else "quarter", relative=relative),
                )
            )
        return sorted(out.alive(), key=lambda d: d.start)

    def parts(self, ds: list[DateMention]) -> list[DateMention]:
        p, w, t = self.p, self.w, self.t
        kept, added = [], []  # (list.remove of a dataclass compares field by field: n² on a book)
        for d in ds:
            if (
                d.kind != "date"
                or d.grain not in ("year", "month", "week", "decade")
                or (d.grain == "decade" and d.date is not None and d.date.calendar == "hijri")
                or d.is_range
                or d.date is None
                or (pm := p["part"].search(t, d.start - 16, d.start)) is None
            ):
                kept.append(d)
                continue
            part = w.parts[w.key(pm.group("part"))]
            added.append(DateMention(pm.start("part"), d.end, "date", self._part(d.date, part)))
        if not added and not self.found["part_bare"]:
            return kept  # ds, in its order: nothing to add or to drop
        out = _Mentions(kept + added)
        for m in self.found["part_bare"]:
            if out.overlapping(m.start(), m.end()):
                continue
            part = w.parts[w.key(m.group("part"))]
            grain = {"الشهر": "month", "الاسبوع": "week"}.get(w.key(m.group("per")), "year")
            if grain == "week" and part == "end":
                continue  # يومي إجازة نهاية الأسبوع: any weekend, or one before or after
            whole = self.value(self._period(grain, 0), grain, relative=True)
            if whole is not None:
                out.append(DateMention(m.start("part"), m.end(), "date", self._part(whole, part)))
        return sorted(out.alive(), key=lambda d: d.start)

    def _part(self, whole: DateValue, part: str) -> DateValue:
        if whole.start is None or whole.end is None:
            return replace(whole, grain="quarter" if whole.grain == "year" else "day")
        a, b = whole.start, whole.end
        if whole.grain == "year" and whole.calendar == "hijri":
            return self._hijri_year_part(whole, part)
        if whole.grain == "year":
            q = {"start": (1, 1), "middle": (2, 3), "end": (4, 4)}[part]
            span = cal.quarter_span(a.year, *q)
            assert span is not None
            return replace(
                whole, start=span[0], end=span[1], grain="half" if part == "middle" else "quarter"
            )
        if whole.grain == "decade":  # مطلع التسعينيات: its first three years
            first, last = {"start": (0, 2), "middle": (3, 6), "end": (7, 9)}[part]
            return replace(
                whole,
                start=dt.date(a.year + first, 1, 1),
                end=dt.date(a.year + last, 12, 31),
                grain="year",
            )
        if whole.grain == "week":  # Monday to Sunday: مطلع الأسبوع, its first two days
            first, last = {"start": (0, 1), "middle": (2, 3), "end": (4, 6)}[part]
            return replace(
                whole,
                start=a + dt.timedelta(days=first),
                end=a + dt.timedelta(days=last),
                grain="day",
            )
        # a month's first, middle and last ten days, counted from its first day: a Hijri
        # month (مطلع رجب ١٤٣٤هـ) starts on a Gregorian day other than the 1st
        first_day, last_day = {"start": (0, 9), "middle": (10, 19), "end": (20, None)}[part]
        return replace(
            whole,
            start=a + dt.timedelta(days=first_day),
            end=b if last_day is None else a + dt.timedelta(days=last_day),
            grain="day",
        )

    @staticmethod
    def _hijri_year_part(whole: DateValue, part: str) -> DateValue:
        """مطلع عام 1439هـ: the first three Hijri months, the middle six or the last three,
        as a Gregorian year's quarters are."""
        assert whole.start is not None
        year = cal.hijri_year_of(whole.start)
        first, last = {"start": (1, 3), "middle": (4, 9), "end": (10, 12)}[part]
        a = None if year is None else cal.hijri_month_span(year, first)
        b = None if year is None else cal.hijri_month_span(year, last)
        if a is None or b is None:
            return replace(whole, start=None, end=None, grain="quarter")
        return replace(whole, start=a[0], end=b[1], grain="half" if part == "middle" else "quarter")

    def ranges(self, ds: list[DateMention]) -> list[DateMention]:
        p, t = self.p, self.t
        self._share_years(ds)
        out: list[DateMention] = []
        i = 0
        while i < len(ds):
            a = ds[i]
            b = ds[i + 1] if i + 1 < len(ds) else None
            if (
                b is not None
                and a.kind == b.kind == "date"
                and a.date is not None
                and b.date is not None
                and not a.is_range
                and not b.is_range
            ):
                sep = p["range_between"].fullmatch(t, a.end, b.start)
                fm = p["range_from_before"].search(t, a.start - 12, a.start)
                if sep is None and fm is not None and fm.group("w").endswith("من"):
                    sep = p["range_comma"].fullmatch(t, a.end, b.start)
                ok = sep is not None and (
                    sep.group("sep") != "و" or (fm is not None and "بين" in fm.group("w"))
                )
                if ok and a.date.relative and not b.date.relative:
                    a = self._with_year_of(a, b)
                assert a.date is not None
                if ok and self._ordered(a.date, b.date):
                    s = (
                        a.start
                        if fm is None
                        else fm.start("w") + (1 if fm.group("w")[0] in "وف" else 0)
                    )
                    grain = a.date.grain if a.date.grain == b.date.grain else b.date.grain
                    merged = DateValue(
                        a.date.start,
                        b.date.end,
                        grain,
                        a.date.calendar,
                        a.date.relative or b.date.relative,
                    )
                    out.append(DateMention(s, b.end, "date", merged, is_range=True))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _share_years(self, ds: list[DateMention]) -> None:
        """تشرين الثاني/نوفمبر وكانون الأول/ديسمبر 2017, 3 مايو و5 يونيو 2016: a month or a
        day without its year, joined by و to one with a year, takes that year (read from
        the right, so that a list of months takes the year at its end)."""
        t, w, between = self.t, self.w, self.p["range_between"]
        for i in range(len(ds) - 2, -1, -1):
            a, b = ds[i], ds[i + 1]
            da, db = a.date, b.date
            if (
                a.kind != "date"
                or b.kind != "date"
                or da is None
                or db is None
                or not da.relative
                or db.relative
                or a.is_range
                or da.grain != db.grain
                or (da.grain != "month" and not any(c.isdigit() for c in t[a.start : a.end]))
            ):
                continue
            if any(x in w.offsets or x in w.periods for x in t[a.start : a.end].split()):
                continue  # الشهر الماضي، 12 مارس الجاري: its year is said, relative to the day
            sep = between.fullmatch(t, a.end, b.start)
            if sep is not None and sep.group("sep") == "و":
                ds[i] = self._with_year_of(a, b)

    def _with_year_of(self, a: DateMention, b: DateMention) -> DateMention:
        """من يناير إلى أبريل 2017: the first end takes the year the second one states."""
        da, db = a.date, b.date
        if (
            da is None
            or db is None
            or da.start is None
            or db.start is None
            or da.calendar != db.calendar
        ):
            return a
        if da.grain not in ("day", "month") or da.calendar != "gregorian":
            return a
        year = db.start.year - (
            1 if (da.start.month, da.start.day) > (db.start.month, db.start.day) else 0
        )
        moved = _in_year(da, year, relative=False)
        return a if moved is None else replace(a, date=moved)

    @staticmethod
    def _ordered(a: DateValue, b: DateValue) -> bool:
        if a.start is None or b.end is None:
            return a.relative and b.relative
        return a.start <= b.end

    def has(self, *words: str) -> bool:
        """A cheap gate: str.find runs at gigabytes a second, a regex scan at megabytes."""
        return any(w in self.t for w in words)

    def run(self) -> list[DateMention]:
        self.numeric()  # behind gates of its own
        self.months()
        self.years()
        self.relative()
        self.durations()
        self.decades_centuries()
        self.seasons()
        self.holidays()
        self.clocks()
        return self.wrap(self.select(self.cands))


def find_dates(
    t: str, nums: list[NumberMention], ref: dt.date | None, found: Found | None = None
) -> list[DateMention]:
    """Dates, durations and clock times in folded text ``t``, given its number mentions
    (and the matches of :func:`factlib.text_scan.scan_text` when the caller has them)."""
    if not t:
        return []
    return _Finder(t, nums, ref, scan_text(t) if found is None else found).run()


def parse_date(
    text: str, reference_date: dt.date | dt.datetime | str | None = None
) -> DateValue | None:
    """The date that a whole phrase names, or None.

    >>> parse_date("الأول من يناير 2026")
    DateValue(start=datetime.date(2026, 1, 1), end=datetime.date(2026, 1, 1), grain='day', calendar='gregorian', relative=False)
    >>> parse_date("الأسبوع الماضي", "2025-12-19").start
    datetime.date(2025, 12, 8)

    factlib's own grammar reads the phrase first; what it leaves over goes to
    dateparser (imported here only, never on the extraction path), which
    knows many more relative turns of phrase and returns a single day.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a str, not {type(text).__name__}")
    ref = cal.as_reference_date(reference_date)
    norm = normalize(text)
    body = norm.text.strip(" \t\r\n.,،؛:!؟?()\"'«»")
    if not body:
        return None
    lead = norm.text.index(body)
    found = scan_text(norm.text)  # once, for the number words and the date words
    nums = find_numbers(norm, found)
    dates = [d for d in find_dates(norm.text, nums, ref, found) if d.kind == "date"]
    if len(dates) == 1 and dates[0].date is not None:
        d = dates[0]
        head = norm.text[lead : d.start].strip()
        if d.end >= lead + len(body) - 1 and head in _HEADS:
            return d.date
    if not dates and (figure := _one_figure(norm.text, nums, lead, lead + len(body))):
        written = norm.text[figure.start : figure.end]
        return _year_named(int(written)) if written.isdigit() else None
    return _dateparser(text, ref)


# what may stand before the date of a whole phrase: في 2026, منذ يناير, حتى 2030
_HEADS = frozenset({"", "في", "منذ", "خلال", "حتي", "و", "ب", "ل"})


def _one_figure(t: str, nums: list[NumberMention], start: int, end: int) -> NumberMention | None:
    """The one number mention that ``t[start:end]`` is, after a head word (في 1990), when
    dateparser would make a day of its own of it: a percent (٣٫٥٪ is no 3 May), a literal
    with a power (10^-3 no 10 March), or four digits, which :func:`_year_named` reads."""
    if len(nums) != 1 or nums[0].end != end or t[start : nums[0].start].strip() not in _HEADS:
        return None
    m = nums[0]
    written = t[m.start : m.end]
    if m.kind == "percent" or any(c in written for c in POWER_MARKS):
        return m
    return m if m.kind == "number" and len(written) == 4 and written.isdigit() else None


def _shifted(anchor: DateValue, grain: str, offset: int) -> DateValue | None:
    """The ``grain`` period ``offset`` before or after the one that holds ``anchor``, which
    is of that grain or finer (a year has no next day); relative as the anchor is."""
    day = anchor.start
    if day is None or _GRAIN_ORDER.get(anchor.grain, 9) > _GRAIN_ORDER[grain]:
        return None
    span: cal.Span | None
    try:
        if grain == "day":
            moved = day + dt.timedelta(days=offset)
            span = (moved, moved)
        elif grain == "week":
            monday, sunday = cal.week_span(day)
            step = dt.timedelta(days=7 * offset)
            span = (monday + step, sunday + step)
        elif grain == "month":
            span = cal.month_span(*cal.add_months(day, offset))
        elif grain == "quarter":
            index = day.year * 4 + (day.month - 1) // 3 + offset
            span = cal.quarter_span(index // 4, index % 4 + 1)
        else:
            span = cal.year_span(day.year + offset)
    except OverflowError:  # a day next to date.min or date.max
        return None
    return (
        None if span is None else DateValue(span[0], span[1], grain, "gregorian", anchor.relative)
    )


def _moved(anchor: DateValue, unit: str, offset: int) -> DateValue | None:
    """A day, month, quarter or half ``anchor`` moved by ``offset`` units (قبلها بعام، بعد
    ذلك بشهرين), its grain kept: 20 January 2017 a year before is 20 January 2016 (the 29th
    of February on the 28th, a 31st on the month's last day), the first quarter of 2017 is
    that of 2016; moved by days or weeks, a month or longer is the period of ``unit`` next to
    it (:func:`_shifted`)."""
    day = anchor.start
    if day is None:
        return None
    if anchor.grain in ("month", "quarter", "half") and unit not in ("month", "year"):
        return _shifted(anchor, unit, offset)
    if anchor.grain in ("quarter", "half") and anchor.end is not None:
        # الربع الأول من 2017 … قبلها بعام: the first quarter of 2016
        months = offset * (12 if unit == "year" else 1)
        first = cal.month_span(*cal.add_months(day, months))
        last = cal.month_span(*cal.add_months(anchor.end, months))
        if first is None or last is None:
            return None
        return DateValue(first[0], last[1], anchor.grain, "gregorian", anchor.relative)
    try:
        if unit in ("day", "week"):
            moved = day + dt.timedelta(days=offset * (7 if unit == "week" else 1))
            span: cal.Span | None = (moved, moved)
        else:
            year, month = cal.add_months(day, offset * (12 if unit == "year" else 1))
            whole = cal.month_span(year, month)
            if whole is None or anchor.grain == "month":
                span = whole
            else:
                moved = whole[0].replace(day=min(day.day, whole[1].day))
                span = (moved, moved)
    except OverflowError:
        return None
    if span is None:
        return None
    return DateValue(span[0], span[1], anchor.grain, "gregorian", anchor.relative)


def _decade_start(m: re.Match[str]) -> int:
    """Where a decade mention starts: at عقد when it opens with it (عقد التسعينات), else
    at the decade's word; after its clitic either way."""
    if m.group(0).lstrip("وفبل").startswith(("عقد", "العقد")):
        return m.start() + (1 if m.group("pc") else 0)
    return m.start("pc2") + 1 if m.group("pc2") else m.start("dec")


def _period_start(m: re.Match[str]) -> int:
    """Where a same_period mention starts: after its clitics (وبالشهر نفسه → الشهر نفسه),
    but with the ل that took the article's alef (وللشهر نفسه → للشهر نفسه, as للعام الماضي
    is read)."""
    if not m.group("pc"):
        return m.start()
    lost_alef = m.group()[len(m.group("pc")) : len(m.group("pc")) + 1] == "ل"
    return m.end("pc") - 1 if lost_alef else m.end("pc")


def _with_article(word: str) -> str:
    """A period's word with its article whole: لشهر (of للشهر نفسه) is الشهر."""
    return "ا" + word if word[:1] == "ل" else word


def _months_of_year(year: int, n: int, first: bool, relative: bool) -> DateValue | None:
    """The first (or last) ``n`` months of ``year``: a quarter for three, a half for six,
    else a range of months."""
    a = cal.month_span(year, 1 if first else 13 - n)
    b = cal.month_span(year, n if first else 12)
    if a is None or b is None:
        return None
    return DateValue(a[0], b[1], {3: "quarter", 6: "half"}.get(n, "month"), "gregorian", relative)


def _shifted_hijri(anchor: DateValue, grain: str, offset: int) -> DateValue | None:
    """The Hijri month or year ``offset`` before or after the one that holds ``anchor``
    (عام 1440 هـ … العام السابق is 1439 هـ; رمضان 1440 هـ … الشهر السابق is Shaban), not the
    Gregorian period next to the anchor's."""
    held = None if anchor.start is None else cal.hijri_month_of(anchor.start)
    if held is None or _GRAIN_ORDER.get(anchor.grain, 9) > _GRAIN_ORDER[grain]:
        return None
    year, month = held
    if grain == "year":
        span = cal.hijri_year_span(year + offset)
    else:
        index = year * 12 + month - 1 + offset
        span = cal.hijri_month_span(index // 12, index % 12 + 1)
    return None if span is None else DateValue(span[0], span[1], grain, "hijri", anchor.relative)


def _in_year(value: DateValue, year: int, relative: bool) -> DateValue | None:
    """A day or month date moved into ``year`` (None when it has no such day there): the
    first end of من يناير إلى أبريل 2017, and 11 أغسطس من نفس العام."""
    assert value.start is not None
    a = value.start
    span = cal.month_or_day(year, a.month, a.day if value.grain == "day" else None)
    return None if span is None else replace(value, start=span[0], end=span[1], relative=relative)


def _year_named(year: int) -> DateValue | None:
    """The year that four digits alone name, as a marker makes them one (عام 1500): in the
    finder's range of years, the Gregorian one (a Hijri year has هـ after it); else None.
    dateparser put the reference's day and month in it (2026 was 19 December 2026)."""
    span = cal.year_span(year) if _FIRST_YEAR <= year <= _LAST_YEAR else None
    return None if span is None else DateValue(*span, "year")


def _dateparser(text: str, ref: dt.date | None) -> DateValue | None:
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref, dt.time())
    found = dateparser.parse(text, languages=["ar"], settings=settings)
    if found is None:
        return None
    day = found.date()
    relative = not any(ch.isdigit() and len(tok) == 4 for tok in text.split() for ch in tok[:1])
    return DateValue(day, day, "day", "gregorian", relative)
