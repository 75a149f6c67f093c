"""The number example corpus (tests/corpus/numbers.tsv) as a parametrized test.

A positive line says: the number layer finds exactly one mention in the text,
covering ``span``, of that kind and value. A ``none`` line says: no mention at
all (or none overlapping ``span`` when a span is given).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factlib.normalization import normalize
from factlib.numbers import find_numbers
from tests.corpus_format import Example, read

EXAMPLES = read("numbers")
POSITIVE = [e for e in EXAMPLES if e.kind != "none"]
NEGATIVE = [e for e in EXAMPLES if e.kind == "none"]


def mentions(text: str) -> list[tuple[int, int, str, Fraction, str | None]]:
    norm = normalize(text)
    out = []
    for m in find_numbers(norm):
        start, end = norm.span(m.start, m.end)
        out.append((start, end, m.kind, m.value, m.unit))
    return out


def test_corpus_size() -> None:
    assert len(POSITIVE) >= 300
    assert len(NEGATIVE) >= 50


@pytest.mark.parametrize("ex", POSITIVE, ids=[e.id for e in POSITIVE])
def test_positive(ex: Example) -> None:
    found = mentions(ex.text)
    got = [(ex.text[s:e], kind, value, unit) for s, e, kind, value, unit in found]
    want = (ex.span, ex.kind, ex.value, ex.unit or ("%" if ex.kind == "percent" else None))
    assert got == [want], f"{ex.section}: {ex.text}"


@pytest.mark.parametrize("ex", NEGATIVE, ids=[e.id for e in NEGATIVE])
def test_negative(ex: Example) -> None:
    found = mentions(ex.text)
    if ex.span != ex.text.strip():
        start = ex.text.index(ex.span)
        end = start + len(ex.span)
        found = [m for m in found if m[0] < end and start < m[1]]
    assert found == [], f"{ex.section}: {ex.text}"
