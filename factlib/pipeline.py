"""The one obvious entry point: :func:`extract`.

Find, then resolve: finders work on folded text and return folded spans;
this module maps every span back to the input and builds the contract's facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factlib.calendars import as_reference_date
from factlib.dates import find_dates
from factlib.normalization import normalize
from factlib.numbers import find_numbers, to_python
from factlib.results import Extraction, Fact

__all__ = ["extract"]


def extract(text: str, reference_date: dt.date | dt.datetime | str | None = None) -> Extraction:
    """All facts in ``text``; relative dates resolve against ``reference_date``.

    >>> doc = extract("أعلن بوتين أكثر من 340 مشروعًا")
    >>> [(f.kind, f.text, f.value) for f in doc.facts]
    [('number', '340', 340)]
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
    spans: list[tuple[int, int, Fact]] = []
    taken = [(d.start, d.end) for d in dates]
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
        spans.append((start, end, fact))
    for m in nums:
        if any(m.start < b and a < m.end for a, b in taken):
            continue  # a day, a year or a count of days belongs to its date or duration
        start, end = norm.span(m.start, m.end)
        fact = Fact(0, m.kind, start, end, text[start:end], value=to_python(m.value), unit=m.unit)
        spans.append((start, end, fact))
    spans.sort(key=lambda x: (x[0], x[1]))
    facts = tuple(replace(f, id=i) for i, (_, _, f) in enumerate(spans))
    return Extraction(text=text, reference_date=ref, facts=facts)
