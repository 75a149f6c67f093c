"""Spans taken by a layer: bisect look-ups that must say what a scan of the list says."""

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
    assert Taken.union(spans).overlaps(pos, pos + 1) == any(a <= pos < b for a, b in spans)
