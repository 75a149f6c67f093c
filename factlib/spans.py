"""Taken spans with overlap checks that cost the span's length: the layers keep time
linear in the text.

Every layer asks "does this span overlap one already taken?" once per candidate; a
scan of a list made that quadratic on long texts (a megabyte of digits, a book on one
line). Sorted lists and a bisect came next, but spans are taken out of order (the
longest first), so each one was a ``list.insert`` that moved the rest: on one
document of 1,000 articles the inserts took 55 times what they took on 100. Here
the taken positions are marks in a ``bytearray``, one byte per character up to the
last span's end: a check is a ``find`` in C over the span, a take writes its bytes,
and neither depends on how many spans are taken.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Taken"]

_MARK = 1
_FIRST = 4096  # bytes of marks to begin with
_ONES = tuple(b"\x01" * n for n in range(128))  # a span's marks, made once per length


class Taken:
    """A set of taken half-open spans ``[start, end)`` of a text (positions from 0).

    An empty span ``[a, a)`` takes position ``a``: it overlaps what covers ``a``.
    Spans taken may overlap (an e-mail inside a URL): they merge.
    """

    __slots__ = ("_marks",)

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(_FIRST)  # zeroed: most texts fit, and never grow it
        for a, b in spans:
            self.add(a, b)

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a taken span? (An empty span overlaps one that covers it.)"""
        # the same clamping as in add, written out in both: one helper for it, called per
        # check and take, cost 1.1% of the instructions of extract
        if end <= start:
            end = start + 1
        if start < 0:  # find() would count a negative index from the end
            if end <= 0:
                return False  # nothing is taken before 0
            start = 0
        return self._marks.find(_MARK, start, end) >= 0

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``; spans may overlap what is taken (they merge)."""
        if end <= start:
            end = start + 1
        if start < 0:
            if end <= 0:
                return  # wholly before 0, where no position is
            start = 0
        marks = self._marks
        if end > len(marks):
            # grown by an eighth: spans mostly come in the text's order, so each growth is
            # paid for by many adds, and the marks stay within about a byte per character
            marks.extend(bytes(max(end - len(marks), len(marks) // 8 + _FIRST)))
        n = end - start
        marks[start:end] = _ONES[n] if n < len(_ONES) else b"\x01" * n
