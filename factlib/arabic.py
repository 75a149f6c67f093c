"""Arabic morphology that lexicons rely on: generated, not listed.

Lexicons store lemmas; the forms a text may show are made here (feminine,
dual, sound plurals, accusative alef) and the clitics a word may carry are
matched by :data:`PROCLITICS`. Word boundaries are explicit because ``\\b``
fails on Arabic clitics: ``وثلاثة`` has no boundary before ``ثلاثة``.
All patterns apply to *folded* text (see :mod:`factlib.normalization`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

# imported here, not in phrase_key: an import statement run per call cost 1.1 µs of its
# 1.3, and a start looks up 10,000 phrases
from factlib.normalization import fold

__all__ = [
    "DUAL_SUFFIXES",
    "LEFT",
    "PROCLITICS",
    "RIGHT",
    "SPACES",
    "alternation",
    "dual",
    "feminine",
    "is_letter",
    "last_whole_word",
    "matched_key",
    "phrase_alternation",
    "phrase_key",
    "trie",
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


def is_letter(ch: str) -> bool:
    """What a letter is to the patterns: ``[^\\W\\d_]`` on the standard engine (a word
    character that is no decimal digit and no underscore)."""
    return ch.isalnum() and not ch.isdecimal()


def last_whole_word(text: str, words: Iterable[str], start: int, end: int) -> int | None:
    """The end of the last of ``words`` that stands whole in ``text[start:end]``, or None.

    Whole: no letter just before it (looked for before ``start`` too) and none just
    after it, unless it ends at ``end``. This is the end of the last match of
    ``LEFT(?:words)RIGHT`` searched with ``finditer(text, start, end)``, found from the
    right by ``str.rfind`` instead of a pattern tried at every character (words of
    letters only: two such matches cannot overlap).
    """
    best: tuple[int, int] | None = None
    end = min(end, len(text))
    for word in words:
        j = text.rfind(word, start, end)
        while j >= 0 and (best is None or j > best[0]):
            e = j + len(word)
            if (j == 0 or not is_letter(text[j - 1])) and (e == end or not is_letter(text[e])):
                best = (j, e)
                break
            j = text.rfind(word, start, e - 1)
    return None if best is None else best[1]


def feminine(stem: str) -> str:
    """Add teh marbuta (number words take it in the masculine: ثلاث -> ثلاثة)."""
    return stem + "ة"


def dual(word: str) -> list[str]:
    """All four dual endings; a final ة turns into ت before them (دزينة -> دزينتان)."""
    base = word[:-1] + "ت" if word.endswith("ة") else word
    return [base + s for s in DUAL_SUFFIXES]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words that prefers the longest (see :func:`trie`)."""
    return trie(set(words)) or "(?!)"


def phrase_key(phrase: str) -> str:
    """The look-up key of a lexicon phrase or of matched text: folded, single spaces."""
    return matched_key(fold(phrase))


def matched_key(matched: str) -> str:
    """The look-up key of text a pattern matched in folded text: it is folded already, so
    only its blanks are made single spaces (folding again cost a tenth of the date finder)."""
    return " ".join(matched.split())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """An alternation of lexicon phrases on folded text: folded, any run of spaces or
    tabs between words, longest first; a pattern that matches nothing when there are none."""
    return trie({phrase_key(p) for p in phrases if p}, space=SPACES) or "(?!)"


# re.escape of the characters it escapes (all ASCII), looked up once each
_ESCAPED = {c: re.escape(c) for c in map(chr, range(128)) if re.escape(c) != c}


def _runs(chars: list[str]) -> int:
    """How many runs of consecutive code points the sorted ``chars`` make."""
    return 1 + sum(ord(b) - ord(a) > 1 for a, b in pairwise(chars))


def trie(forms: Iterable[str], space: str | None = None) -> str:
    """Regex source matching any of ``forms``, written as a prefix tree.

    Why not ``a|b|c``: the standard engine tries every branch of a flat
    alternation at every position of the text (a thousand number words: a
    thousand tries per character); a tree tries one branch per distinct next
    letter, which made the lexicon scans three times faster. The tree tries
    longer forms first at every node (its end is optional and greedy), and every
    form that matches at one position lies on one path of the tree, so it prefers
    the same form as a flat alternation sorted longest first, backtracking
    included. With ``space``, a space in a form matches that pattern instead.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = root
        for ch in form:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[""] = {}
    escaped = _ESCAPED

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        parts: list[str] = []  # a branch for each next letter that more letters follow
        leaves: list[str] = []  # the next letters that end a form and nothing follows
        optional = False  # a form ends here
        for k in sorted(node):
            child = node[k]
            if not k:
                optional = True
            elif k == " " and space is not None:
                parts.append(space + emit(child))
            elif len(child) == 1 and "" in child:
                leaves.append(k)
            else:
                parts.append(escaped.get(k, k) + emit(child))
        last = ""  # the leaves as one atom, a letter or a class
        if len(leaves) == 1:
            last = escaped.get(leaves[0], leaves[0])
        elif leaves and _runs(leaves) <= 2:
            last = "[" + "".join([escaped.get(k, k) for k in leaves]) + "]"
        elif leaves:
            # Not a class of three or more runs: the standard compiler maps one over the
            # whole BMP (160 µs each; a sixth of factlib's start-up went there). A branch
            # that never matches keeps the parser from making a class of the letters.
            guard = [] if parts else ["(?!)"]
            parts += [*(escaped.get(k, k) for k in leaves), *guard]
        if last:
            parts.append(last)
        if len(parts) > 1:
            return "(?:" + "|".join(parts) + (")?" if optional else ")")
        if not parts:
            return ""
        if not optional:
            return parts[0]
        # an atom takes the ? itself: a group costs the parser a call of its own
        return last + "?" if parts[0] == last else f"(?:{parts[0]})?"

    return emit(root)
