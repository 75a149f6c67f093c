"""Spans taken by a layer: marks that must say what a set of the positions covered says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factlib.spans import Taken

_SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(spans=_SPANS, pos=st.integers(-2, 60))
def test_the_union_of_overlapping_spans_covers_what_any_of_them_covers(
    spans: list[tuple[int, int]], pos: int
) -> None:
    assert Taken(spans).overlaps(pos, pos + 1) == any(a <= pos < b for a, b in spans)


_OPS = st.lists(st.tuples(st.integers(-3, 50), st.integers(-3, 50)), max_size=20)


@settings(max_examples=300, deadline=None)
@given(taken=_OPS, asked=_OPS)
def test_taken_spans_in_any_order_answer_as_the_positions_they_cover(
    taken: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    """Spans come out of order (the longest first), empty ones take their position,
    and nothing is taken before 0: a bytearray of marks says what a set of positions says."""

    def positions(a: int, b: int) -> set[int]:
        return {p for p in range(a, max(b, a + 1)) if p >= 0}

    spans = Taken()
    covered: set[int] = set()
    for a, b in taken:
        spans.add(a, b)
        covered |= positions(a, b)
    for a, b in asked:
        assert spans.overlaps(a, b) == bool(positions(a, b) & covered)
