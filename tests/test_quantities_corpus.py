"""The quantity example corpus (tests/corpus/quantities.tsv) as a parametrized test.

Columns: ``text kind span value low high bound unit``. A positive line says: the
text has exactly one money/measure/count/percent/number fact, with these
fields. A ``none`` line says: no money, measure, count or percent fact (and, with
a span, no fact at all overlapping it).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import factlib
from tests.corpus_format import Row, rows

ROWS = rows("quantities", 8)
POSITIVE = [r for r in ROWS if r.cols[1] != "none"]
NEGATIVE = [r for r in ROWS if r.cols[1] == "none"]
QUANTITY = ("money", "measure", "count", "percent", "number")


def _num(s: str) -> float | None:
    return None if not s else float(Fraction(s))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def test_corpus_size() -> None:
    assert len(POSITIVE) >= 400
    assert len(NEGATIVE) >= 60


@pytest.mark.parametrize("row", POSITIVE, ids=[r.id for r in POSITIVE])
def test_positive(row: Row) -> None:
    text, kind, span, value, low, high, bound, unit = row.cols
    span = span or text.strip()
    facts = [f for f in factlib.extract(text).facts if f.kind in QUANTITY]
    got = [(f.kind, f.text, f.bound, f.unit or "") for f in facts]
    assert got == [(kind, span, bound, unit)], f"{row.section}: {text}"
    f = facts[0]
    assert (
        _close(f.value, _num(value)) and _close(f.low, _num(low)) and _close(f.high, _num(high))
    ), f"{row.section}: {text}: {(f.value, f.low, f.high)}"


@pytest.mark.parametrize("row", NEGATIVE, ids=[r.id for r in NEGATIVE])
def test_negative(row: Row) -> None:
    text, span = row.cols[0], row.cols[2]
    facts = factlib.extract(text).facts
    if span:
        start = text.index(span)
        end = start + len(span)
        found = [f for f in facts if f.start < end and start < f.end]
    else:
        found = [f for f in facts if f.kind in ("money", "measure", "count", "percent")]
    assert [(f.kind, f.text) for f in found] == [], f"{row.section}: {text}"
