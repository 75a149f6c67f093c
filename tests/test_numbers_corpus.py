"""The number example corpus (tests/corpus/numbers.tsv) as a parametrized test.

A positive line says: the number layer finds exactly one mention in the text,
covering ``span``, of that kind and value. A ``none`` line says: no mention at
all (or none overlapping ``span`` when a span is given).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=300, deadline=None)
@given(
    value=st.fractions(min_value=0, max_value=10**9),
    before=st.lists(st.sampled_from(["ثلاث", "مليار", "و", "15", "نصف"]), max_size=3),
)
def test_a_lone_digit_literal_reads_as_the_rules_read_it(
    value: Fraction, before: list[str]
) -> None:
    """parse_at's shortcut for a digit literal that ends its run gives what the rules give."""
    from factlib.number_grammar import Parse, Tok, _Parser, parse_at
    from factlib.number_words import words

    table = words()
    toks = [
        Tok(k, k + 1, table[w].value, word=table[w]) for k, w in enumerate(before) if w in table
    ]
    toks += [
        Tok(k, k + 1, Fraction(w)) for k, w in enumerate(before) if w not in table and w != "و"
    ]
    toks.append(Tok(len(toks), len(toks) + 1, value))
    i = len(toks) - 1
    card = _Parser(toks).cardinal(i)
    assert card is not None
    assert parse_at(toks, i) == Parse(card[0], i, card[1], words=False)
