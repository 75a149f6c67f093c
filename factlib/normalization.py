"""Normalization for matching, with a map back to the input.

Finders work on a *folded* copy of the text (one digit script, one alef, no
diacritics, no tatweel, no invisible controls), because Arabic news writes the
same word in many ways. Users, however, need offsets into what they passed in,
to highlight a figure in the original article. :func:`normalize` therefore
returns the folded text together with the few anchor points where the two
texts stop being aligned, and :meth:`Normalized.span` maps any folded span back.

Most characters fold one to one (``str.translate``, C speed); only deletions
(diacritics, tatweel, controls) and presentation forms (which may expand into
several letters) change the length, and only they cost Python work.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "fold", "normalize"]


# The zero of every run of decimal digits (Unicode category Nd, each run 0 to 9 in order)
# but ASCII's, from the Unicode Character Database 15.1 (Python 3.13's unicodedata); a test
# holds it to the unicodedata of the Python it runs on. All fold to ASCII, so that a
# pattern on folded text may open with [0-9]: the engine checks \d's Unicode category at
# every character it passes, [0-9] in a bitmap (1.4% of extract's instructions).
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
    0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
    0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0,
)  # fmt: skip


def _one_to_one() -> dict[int, str]:
    table: dict[int, str] = {}
    for zero in _DIGIT_ZEROS:  # Arabic-Indic (0660), Persian/Urdu (06F0) and the rest
        for i in range(10):
            table[zero + i] = str(i)
    table.update(
        {
            0x066B: ".",  # ARABIC DECIMAL SEPARATOR
            0x066C: ",",  # ARABIC THOUSANDS SEPARATOR
            0x066A: "%",  # ARABIC PERCENT SIGN
            0x2212: "-",  # MINUS SIGN
            0x2010: "-",  # HYPHEN
            0x2011: "-",  # NON-BREAKING HYPHEN
            0x2013: "-",  # EN DASH (ranges such as 2026–2028)
            0x0623: "ا",  # alef with hamza above
            0x0625: "ا",  # alef with hamza below
            0x0622: "ا",  # alef with madda
            0x0671: "ا",  # alef wasla
            0x0649: "ي",  # alef maksura -> yeh
            0x06CC: "ي",  # Farsi yeh
            0x06A9: "ك",  # keheh
            0x0629: "ه",  # teh marbuta -> heh
        }
    )
    for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[cp] = " "  # no-break and typographic spaces
    return table


_ONE_TO_ONE = _one_to_one()
_REPLACED = {chr(k): v for k, v in _ONE_TO_ONE.items()}
# the folded characters of the BMP (the engine looks each character up in one table); the
# astral ones (digits) are looked for only in a text that has a character beyond the BMP:
# in the class, as characters they were hundreds of checks at every character of every
# text, and even as one range 0.35% of extract's instructions
_FOLDED_CHARS = re.compile(f"[{re.escape(''.join(ch for ch in _REPLACED if ch <= chr(0xFFFF)))}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# no replacement holds a character that is replaced itself, so the order of the replaces
# below does not matter and they give what one translate() gives
assert not any(ch in _REPLACED for v in _REPLACED.values() for ch in v)


def _fold_chars(text: str) -> str:
    """``text.translate(_ONE_TO_ONE)`` for the characters of the BMP, four times faster on
    Arabic: translate looks every character up in a dict, while a character-class search
    (in C) finds the first folded character and ``str.replace`` swaps all of its kind in
    one pass. The search goes on from there (nothing before it changed), so the text is
    read once and only the few distinct characters are handled in Python (``findall``
    made a string of each match). :func:`_fold_astral` folds the rest."""
    search, pos = _FOLDED_CHARS.search, 0
    while (m := search(text, pos)) is not None:
        ch = m.group()
        text = text.replace(ch, _REPLACED[ch])
        pos = m.start()
    return text


def _fold_astral(text: str) -> str:
    """The digits beyond the BMP (mathematical, Adlam, Brahmi …) folded to ASCII, in a
    text :func:`_fold_chars` has folded. Most texts have no character beyond the BMP,
    which takes two UTF-16 units: one copy in C says so (a search at every character
    cost 0.35% of extract's instructions, and lexicon entries, which have none, skip
    even the copy)."""
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return text
    # _fold_chars' loop, passing over what has no fold; one helper for both cost 0.19% of
    # the start, in the call it adds to each of the 5,800 lexicon folds
    search, pos = _ASTRAL.search, 0
    while (m := search(text, pos)) is not None:
        ch = m.group()
        folded = _REPLACED.get(ch)
        if folded is None:  # no digit (an emoji): kept
            pos = m.end()
        else:
            text = text.replace(ch, folded)
            pos = m.start()
    return text


# Characters folded away. Combining marks (harakat, tanween, shadda, sukun,
# combining hamza/madda, dagger alef, Quranic annotation marks) belong to the
# letter before them, so a span that ends on that letter grows over them.
_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed"
# the marks and tatweel a span's end grows over (all in the Arabic block), looked up one
# character at a time: most spans end before a space, where a pattern's match was a call
_ATTACHED = frozenset(
    filter(re.compile(f"[{_MARKS}\u0640]").fullmatch, map(chr, range(0x0600, 0x0700)))
)
_DELETED = f"{_MARKS}\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
# [..][..]* rather than [..]+: a search finds where a pattern may match in C only when
# it opens with a class or a literal, and a repeat is neither (17.1 -> 7.4 us an article)
_SPECIAL = re.compile(f"[{_DELETED}{_PRESENTATION}][{_DELETED}{_PRESENTATION}]*")
_DELETED_CHARS = re.compile(f"[{_DELETED}]")


@lru_cache(maxsize=2048)
def _expand(ch: str) -> str:
    """Fold one presentation-form code point into plain letters (maybe several)."""
    if "\ufe70" <= ch <= "\ufe7f":  # isolated/medial harakat forms: pure marks
        return ""
    plain = unicodedata.normalize("NFKC", ch).translate(_ONE_TO_ONE)
    return _DELETED_CHARS.sub("", plain).strip()


@dataclass(frozen=True, slots=True)
class Normalized:
    """Folded text plus the map back to ``source``.

    ``text`` is for matching only; report ``source[a:b]`` for ``a, b = span(i, j)``.
    The map is stored as anchors ``(norm_pos, source_pos)``: between two anchors
    the texts run in step, so a position maps by a bisect and an addition.
    """

    text: str
    source: str
    _norm_anchors: tuple[int, ...] = ()
    _src_anchors: tuple[int, ...] = ()

    def to_source(self, i: int) -> int:
        """Source index of the folded character at ``i`` (``len(text)`` maps to the end)."""
        if i >= len(self.text):
            return len(self.source)
        k = bisect.bisect_right(self._norm_anchors, i) - 1
        if k < 0:
            return i
        return self._src_anchors[k] + (i - self._norm_anchors[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the folded span ``[start, end)`` to the source.

        The end grows over diacritics and tatweel that follow the last letter,
        so ``ثلاثةٌ`` is reported whole, never cut before its tanween.
        """
        if not self._norm_anchors and start < end <= len(self.text):
            return start, end  # nothing was folded away: the texts run in step
        if end <= start:
            s = self.to_source(start)
            return s, s
        s = self.to_source(start)
        e = self.to_source(end - 1) + 1
        if self._norm_anchors:
            source = self.source
            if not 0 <= e <= len(source):  # outside the text: where a match at e would read
                e = 0 if e < 0 else len(source)
            while source[e : e + 1] in _ATTACHED:
                e += 1
        return s, e

    @property
    def offsets(self) -> tuple[int, ...]:
        """``offsets[i]`` is the source index of ``text[i]``; one extra entry for the end."""
        if not self._norm_anchors:
            return (*range(len(self.text)), len(self.source))
        return (*(self.to_source(i) for i in range(len(self.text))), len(self.source))


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the way back to it.

    Folds the digits of every script (Arabic-Indic, Persian and the other decimal digits
    of Unicode) to ASCII, ``٫``/``٬``/``٪`` to ``.``/``,``/``%``,
    alef forms to ``ا``, ``ى`` to ``ي``, ``ة`` to ``ه``, exotic spaces to a space,
    and removes diacritics, tatweel and zero-width/bidi controls. Presentation
    forms (U+FB50-FDFF, U+FE70-FEFF) become their plain letters.

    >>> n = normalize("١٥٫٥ مليار")
    >>> n.text
    '15.5 مليار'
    >>> n.span(0, 4)
    (0, 4)
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    folded = _fold_astral(_fold_chars(text))
    if _SPECIAL.search(folded) is None:
        return Normalized(folded, text)
    return _deleted_and_expanded(folded, text)


def _deleted_and_expanded(folded: str, text: str) -> Normalized:
    """``text``, its characters folded one to one (``folded``), with the marks and
    controls deleted and the presentation forms expanded, and the map back to it."""
    pieces: list[str] = []
    norm_anchors: list[int] = []
    src_anchors: list[int] = []
    pos = 0  # folded length so far
    last = 0  # source index consumed so far

    def anchor(n: int, s: int) -> None:
        if norm_anchors and norm_anchors[-1] == n:
            src_anchors[-1] = s
        else:
            norm_anchors.append(n)
            src_anchors.append(s)

    for m in _SPECIAL.finditer(folded):
        if m.start() > last:
            pieces.append(folded[last : m.start()])
            pos += m.start() - last
        for src in range(m.start(), m.end()):
            ch = folded[src]
            rep = _expand(ch) if ch >= "\ufb50" else ""
            if rep:
                # every letter of an expansion maps back to its one source character
                for k in range(len(rep)):
                    anchor(pos + k, src)
                pieces.append(rep)
                pos += len(rep)
            anchor(pos, src + 1)
        last = m.end()
    pieces.append(folded[last:])
    return Normalized("".join(pieces), text, tuple(norm_anchors), tuple(src_anchors))


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """The folded form of a lexicon entry: the key every lexicon is matched with. Entries
    hold no character beyond the BMP (tested), so the astral digits :func:`normalize`
    folds are not looked for here."""
    folded = _fold_chars(word)
    if _SPECIAL.search(folded) is None:  # no map back to build (a start folds 5,800 entries)
        return folded
    return _deleted_and_expanded(folded, word).text
