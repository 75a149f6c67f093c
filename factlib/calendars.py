"""Calendar arithmetic for the date resolvers: Gregorian spans and the Umm al-Qura Hijri calendar.

Every function returns inclusive ``(start, end)`` Gregorian dates, the shape of
the contract's ``date`` object, or None when the calendar has no such day.
Hijri conversion uses hijridate (Umm al-Qura, 1343-1500 AH = 1924-2077 CE),
imported only when a Hijri date is actually met.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

__all__ = [
    "Span",
    "add_months",
    "as_reference_date",
    "day_span",
    "hijri_day",
    "hijri_month_of",
    "hijri_month_span",
    "hijri_year_of",
    "hijri_year_span",
    "month_span",
    "nearest",
    "nearest_year",
    "quarter_span",
    "week_span",
    "year_span",
]

Span = tuple[dt.date, dt.date]


def as_reference_date(value: object) -> dt.date | None:
    """Accept a ``date``, a ``datetime``, an ISO string or an RFC 2822 date (RSS feeds); None stays None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _date_of_string(value)
    raise TypeError(
        f"reference_date must be a date, datetime or ISO string, not {type(value).__name__}"
    )


# RSS's usual form, "Wed, 05 Sep 2018 17:12:12 GMT", read here where email.utils reads it the
# same; the weekday and zone say nothing of the date written (the date in its own zone),
# but email.utils refuses a zone of 24 hours or more (its minutes may be 00-99)
_RFC_2822 = re.compile(
    r"(?:[A-Z][a-z]{2},[ ]?)?(\d{1,2}) ([A-Z][a-z]{2}) "
    r"([1-9]\d{3}) (?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: (?:[+-](?:[01]\d|2[0-3])\d\d|GMT|UTC?))?",
    re.ASCII,  # \d: 0-9 only
)
# written out: calendar.month_abbr follows the process's locale (Sep is "sept." in French)
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


@lru_cache(maxsize=1024)  # a batch repeats its publication days, but a feed's times differ
def _date_of_string(value: str) -> dt.date:
    text = value.strip()
    if (rss := _RFC_2822.fullmatch(text)) is not None:
        # 1.5 µs; email.utils costs 7.5 (every article of the shared corpus has its own time)
        day, month, year = rss.groups()
        try:
            return dt.date(int(year), _MONTHS[month], int(day))
        except (KeyError, ValueError):
            pass  # Sept, 31 Feb: email.utils reads them or says why not
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    parts = text.split()[0].replace("-", "/").replace(".", "/").split("/") if text else []
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        try:  # day first, as Arabic sites write it: 30/11/2016
            return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    try:  # RSS and e-mail style: "Wed, 05 Sep 2018 17:12:12"
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"reference_date {value!r} is not an ISO date such as '2025-12-19'")


def day_span(year: int, month: int, day: int) -> Span | None:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d, d


def month_span(year: int, month: int) -> Span | None:
    if not (1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR):
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_or_day(year: int, month: int, day: int | None) -> Span | None:
    """A day of ``month`` in ``year``, or the whole month when no ``day`` is said."""
    return day_span(year, month, day) if day else month_span(year, month)


def year_span(year: int) -> Span | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarter_span(year: int, first_quarter: int, last_quarter: int | None = None) -> Span | None:
    """Quarters ``first..last`` (1-4) of ``year``; a half is two quarters."""
    last_quarter = last_quarter or first_quarter
    a = month_span(year, 3 * first_quarter - 2)
    b = month_span(year, 3 * last_quarter)
    return None if a is None or b is None else (a[0], b[1])


def week_span(day: dt.date) -> Span:
    """The Monday-to-Sunday week that contains ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def nearest_year(month: int, day: int | None, ref: dt.date, tense: int = 0) -> int:
    """The year that puts ``month``/``day`` closest to ``ref`` (news names dates near its own
    day); in the ``tense`` of its clause when that is known (:func:`nearest`)."""
    best = nearest(
        (ref.year - 1, ref.year, ref.year + 1),
        lambda y: month_or_day(y, month, day),
        ref,
        tense=tense,
    )
    return ref.year if best is None else best


def nearest(
    years: Iterable[int],
    span_of: Callable[[int], Span | None],
    ref: dt.date,
    offset: int | None = None,
    tense: int = 0,
) -> int | None:
    """Of ``years``, the one whose span (``span_of(year)``) lies nearest ``ref``: the one that
    holds it, else the closest; with ``offset`` < 0 only spans that begin before ``ref`` count
    (الماضي), with ``offset`` > 0 only those that begin after it (المقبل). A ``tense`` < 0 (a
    clause in the past: بلغها في مارس) keeps the spans that have begun by ``ref``, > 0 (in
    the future: سيبدأ في يناير) those that have not ended: the reference's own month stays
    in both. Gregorian and Hijri months and days share it."""
    best, best_gap = None, None
    for year in years:
        span = span_of(year)
        if span is None:
            continue
        if (tense < 0 and span[0] > ref) or (tense > 0 and span[1] < ref):
            continue
        if offset is not None and offset < 0 and not span[0] < ref:
            continue
        if offset is not None and offset > 0 and not span[0] > ref:
            continue
        gap = (
            0
            if span[0] <= ref <= span[1]
            else min(abs((span[0] - ref).days), abs((span[1] - ref).days))
        )
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


# ------------------------------------------------------------------- Hijri


def _hijri(year: int, month: int, day: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _hijri_month_length(year: int, month: int) -> int | None:
    try:
        from hijridate import Hijri

        return int(Hijri(year, month, 1).month_length())
    except (ValueError, OverflowError):
        return None


def hijri_day(year: int, month: int, day: int) -> Span | None:
    length = _hijri_month_length(year, month)
    if length is None or not 1 <= day <= length:
        return None
    d = _hijri(year, month, day)
    return None if d is None else (d, d)


def hijri_month_span(year: int, month: int) -> Span | None:
    length = _hijri_month_length(year, month)
    if length is None:
        return None
    a, b = _hijri(year, month, 1), _hijri(year, month, length)
    return None if a is None or b is None else (a, b)


def hijri_month_or_day(year: int, month: int, day: int | None) -> Span | None:
    """A day of the Hijri ``month`` in ``year``, or the whole month when no ``day`` is said."""
    return hijri_day(year, month, day) if day else hijri_month_span(year, month)


def hijri_year_span(year: int) -> Span | None:
    a = hijri_month_span(year, 1)
    b = hijri_month_span(year, 12)
    return None if a is None or b is None else (a[0], b[1])


def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year in which the Gregorian ``day`` falls."""
    month = hijri_month_of(day)
    return None if month is None else month[0]


def hijri_month_of(day: dt.date) -> tuple[int, int] | None:
    """The Hijri (year, month) in which the Gregorian ``day`` falls."""
    try:
        from hijridate import Gregorian

        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
        return int(hijri.year), int(hijri.month)
    except (ValueError, OverflowError):
        return None
