"""Arabic morphology that lexicons rely on: generated, not listed.

Lexicons store lemmas; the forms a text may show are made here (feminine,
dual, sound plurals, accusative alef) and the clitics a word may carry are
matched by :data:`PROCLITICS`. Word boundaries are explicit because ``\\b``
fails on Arabic clitics: ``وثلاثة`` has no boundary before ``ثلاثة``.
All patterns apply to *folded* text (see :mod:`factlib.normalization`).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DUAL_SUFFIXES",
    "LEFT",
    "PROCLITICS",
    "RIGHT",
    "SPACES",
    "alternation",
    "dual",
    "feminine",
    "phrase_alternation",
    "phrase_key",
]

# Folded text has no teh marbuta: ة is written ه after fold().
DUAL_SUFFIXES = ("ان", "ين", "ا", "ي")  # nominative, oblique, construct nom., construct obl.

LEFT = r"(?<![\p{L}\p{M}])"
RIGHT = r"(?![\p{L}\p{M}])"
SPACES = r"[ \t]+"

# Conjunction (و ف), then preposition (ب ل ك), then article; ل + ال is written لل.
# Lazy: a word that is whole without a clitic reading wins (واحد is not و + احد).
PROCLITICS = (
    r"(?:(?P<conj>[وف])??(?:(?P<prep>[بك])(?P<art>ال)??|(?P<lil>لل)|(?P<prep2>ل)|(?P<art2>ال))??)"
)


def feminine(stem: str) -> str:
    """Add teh marbuta (number words take it in the masculine: ثلاث -> ثلاثة)."""
    return stem + "ة"


def dual(word: str) -> list[str]:
    """All four dual endings; a final ة turns into ت before them (دزينة -> دزينتان)."""
    base = word[:-1] + "ت" if word.endswith("ة") else word
    return [base + s for s in DUAL_SUFFIXES]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest wins."""
    from factlib import patterns as regex

    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in uniq)


def phrase_key(phrase: str) -> str:
    """The look-up key of a lexicon phrase or of matched text: folded, single spaces."""
    from factlib.normalization import fold

    return " ".join(fold(phrase).split())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """An alternation of lexicon phrases on folded text: folded, longest first, any run of
    spaces or tabs between words; a pattern that matches nothing when there are none."""
    from factlib import patterns as regex

    forms = sorted({phrase_key(p) for p in phrases if p}, key=len, reverse=True)
    return "|".join(regex.escape(f).replace(r"\ ", SPACES) for f in forms) or "(?!)"
