"""The date example corpus (tests/corpus/dates.tsv) as a parametrized test.

Columns: ``text ref kind span start end grain calendar extra``. A positive line
says: ``extract(text, ref)`` has exactly one date-or-duration fact, covering
``span``, with these fields (for durations ``start`` holds the amount, or
the low end of a range whose high end is ``end``, ``grain`` the unit and
``extra`` the bound when it is not ``exact``). A ``none`` line says: no date and no duration (or none
overlapping ``span``).
"""

from __future__ import annotations

import pytest

import factlib
from tests.corpus_format import Row, rows

ROWS = rows("dates", 9)
POSITIVE = [r for r in ROWS if r.cols[2] != "none"]
NEGATIVE = [r for r in ROWS if r.cols[2] == "none"]


def _facts(row: Row) -> list[factlib.Fact]:
    text, ref = row.cols[0], row.cols[1] or None
    return [
        f for f in factlib.extract(text, reference_date=ref).facts if f.kind in ("date", "duration")
    ]


def test_corpus_size() -> None:
    assert len(POSITIVE) >= 250
    assert len(NEGATIVE) >= 60


@pytest.mark.parametrize("row", POSITIVE, ids=[r.id for r in POSITIVE])
def test_positive(row: Row) -> None:
    text, _, kind, span, start, end, grain, calendar, extra = row.cols
    span = span or text.strip()
    got = []
    for f in _facts(row):
        if f.kind == "duration":
            amount = str(f.value) if f.value is not None else f"{f.low}..{f.high}"
            got.append((f.kind, f.text, amount, f.unit, f.bound))
        else:
            d = f.date
            assert d is not None
            got.append(
                (
                    f.kind,
                    f.text,
                    str(d.start or ""),
                    str(d.end or ""),
                    d.grain,
                    d.calendar,
                    d.relative,
                )
            )
    if kind == "duration":
        amount = _number(start) if not end else f"{_number(start)}..{_number(end)}"
        bound = "range" if end else extra or "exact"
        want = [(kind, span, amount, grain, bound)]
    else:
        want = [(kind, span, start, end, grain, calendar or "gregorian", extra == "relative")]
    assert got == want, f"{row.section}: {text}"


def _number(cell: str) -> str:
    amount = float(cell)
    return str(int(amount) if amount.is_integer() else amount)


@pytest.mark.parametrize("row", NEGATIVE, ids=[r.id for r in NEGATIVE])
def test_negative(row: Row) -> None:
    text, span = row.cols[0], row.cols[3]
    found = _facts(row)
    if span:
        start = text.index(span)
        end = start + len(span)
        found = [f for f in found if f.start < end and start < f.end]
    assert [(f.kind, f.text) for f in found] == [], f"{row.section}: {text}"
