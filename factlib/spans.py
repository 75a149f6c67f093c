"""Disjoint spans with O(log n) overlap checks: the layers keep time linear in the text.

Every layer asks "does this span overlap one already taken?" once per
candidate; a list scan would make that quadratic on long texts (a megabyte of
digits, a book on one line), a sorted list and a bisect keep it n log n.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Taken"]


class Taken:
    """A set of disjoint half-open spans ``[start, end)``."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    @classmethod
    def union(cls, spans: Iterable[tuple[int, int]]) -> Taken:
        """The spans taken together, where they may overlap (an e-mail inside a URL)."""
        merged: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return cls(merged)

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a taken span? (An empty span overlaps one that covers it.)"""
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._ends[i] > start:
            return True
        j = bisect.bisect_left(self._starts, start)
        return j < len(self._starts) and self._starts[j] < max(end, start + 1)

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``, which must not overlap a span already taken."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
