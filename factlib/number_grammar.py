"""The grammar of Arabic numerals, over tokens (number words and digit literals).

A run of tokens (``ثلاثمائة``, ``وأربعون``, ``ألفًا``, ``15``, ``مليار``) is read
left to right, the way Arabic composes numbers::

    number   := group ("و" group)* ["و" fraction]     groups in falling scale
    group    := (sub1000 | digits | fraction) [scale] | scale
    sub1000  := hundreds ["و" below100] | below100
    below100 := unit "عشر" | unit "و" tens | unit | tens

Every rule checks what Arabic allows, so that neighbours are not glued into
one wrong number: ``بين 10 و20`` stays two numbers (a later group must be
smaller than the scale before it), ``ثلاثة أربعة`` stays two, ``آلاف`` alone is
a vague plural, not 3000, and ``ألفا`` is 2000 alone but ×1000 after a multiplier.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from factlib.number_words import Exact, Word, exact

__all__ = ["Parse", "Tok", "parse_at"]

_ONE: Exact = 1


@dataclass(slots=True)
class Tok:
    """One token of a run. ``start``/``end`` are folded offsets of the word itself."""

    start: int
    end: int
    value: Exact
    word: Word | None = None  # None: a digit literal
    conj: bool = False  # joined to the previous token by و
    prep: bool = False  # carries ب ل ك: a preposition opens a new number
    art: bool = False  # carries ال
    definite_next: bool = False  # the next word has ال (خمس الميزانية = 1/5)
    alt: Exact | None = None  # other reading of a digit literal (22.790 -> 22790)
    slash: bool = False  # a digit fraction such as 3/4
    pstart: int = -1  # where the proclitics begin (-1: none)

    @property
    def cat(self) -> str:
        return "digits" if self.word is None else self.word.cat

    @property
    def form(self) -> str:
        return "" if self.word is None else self.word.form


@dataclass(slots=True)  # not frozen, though never changed: see factlib.results
class Parse:
    """A parsed number: tokens ``[i, j)`` of the run."""

    value: Exact
    i: int
    j: int
    ordinal: bool = False
    words: bool = True  # at least one token is a word


class _Parser:
    def __init__(self, toks: list[Tok]) -> None:
        self.t = toks
        self.n = len(toks)

    def tok(self, i: int) -> Tok | None:
        return self.t[i] if i < self.n else None

    def joined(self, i: int) -> Tok | None:
        """Token ``i`` if it follows without و and without a preposition."""
        t = self.tok(i)
        return t if t is not None and not t.conj and not t.prep else None

    def conjoined(self, i: int) -> Tok | None:
        t = self.tok(i)
        return t if t is not None and t.conj and not t.prep else None

    # below100 := unit "عشر" | unit "و" tens | unit | tens
    def below100(self, i: int) -> tuple[Exact, int] | None:
        t = self.t[i]
        if t.cat in ("ones", "teen_head") and 1 <= t.value <= 9:
            nxt = self.joined(i + 1)
            if nxt is not None and nxt.word is not None and nxt.word.tail:
                return t.value + 10, i + 2
            nxt = self.conjoined(i + 1)
            if nxt is not None and nxt.cat == "tens" and (t.cat == "ones" or t.value == 1):
                return t.value + nxt.value, i + 2  # خمسة وعشرون, إحدى وعشرون
        if t.cat == "ones":
            # خمس الميزانية: a fifth of it; but السنوات الخمس الأخيرة: the five (a fraction in
            # construct never has the article itself)
            if t.word is not None and t.word.frac_if_definite and t.definite_next and not t.art:
                return Fraction(1, t.word.frac_if_definite), i + 1
            return t.value, i + 1
        if t.cat == "tens":
            return t.value, i + 1
        return None

    # sub1000 := hundreds ["و" below100] | below100
    def sub1000(self, i: int) -> tuple[Exact, int] | None:
        t = self.t[i]
        hundreds: Exact | None = None
        nxt = self.joined(i + 1)
        if t.cat == "hundreds":
            hundreds, j = t.value, i + 1
        elif (
            t.cat in ("ones", "digits")
            and nxt is not None
            and nxt.form == "mult"
            and 1 <= t.value
            and t.value.denominator == 1
            and (t.cat == "digits" or t.value <= 9)
        ):
            hundreds, j = t.value * 100, i + 2  # ثلاث مئة, ٣ مئة
        if hundreds is None:
            return self.below100(i) if t.cat != "digits" else (t.value, i + 1)
        rest_tok = self.conjoined(j)
        rest = None
        if rest_tok is not None and rest_tok.cat in ("ones", "tens", "teen_head"):
            rest = self.below100(j)
        elif rest_tok is not None and rest_tok.cat == "digits" and 1 <= rest_tok.value < 100:
            rest = (rest_tok.value, j + 1)  # ٣ مئة و ٢١
        if rest is None or rest[0] < 1:
            return hundreds, j
        den = self.denominator(rest[1])
        if den and rest[0] < den:
            return hundreds + Fraction(rest[0], den), rest[1] + 1  # مئة وثلاثة أرباع
        return hundreds + rest[0], rest[1]

    def denominator(self, i: int) -> int:
        """The denominator of a fraction word that may follow a count (أرباع, خمس), else 0."""
        t = self.joined(i)
        if t is None or t.word is None:
            return 0
        if t.cat == "frac_pl":
            return t.value.denominator
        return t.word.frac_if_definite

    def fraction(self, i: int) -> tuple[Exact, int] | None:
        """``نصف``, ``ثلثا``, ``ثلاثة أرباع``, ``واحد وعشرون أخماس``."""
        t = self.t[i]
        if t.cat == "frac" and not t.art:
            return t.value, i + 1
        if t.cat in ("ones", "tens", "digits", "hundreds", "teen_head") and t.value >= 1:
            count = self.sub1000(i) if t.cat != "digits" else (t.value, i + 1)
            if count is not None and count[0] >= 1 and count[0].denominator == 1:
                den = self.denominator(count[1])
                if den and (count[0] > 1 or self.t[count[1]].cat == "frac_pl"):
                    return Fraction(count[0], den), count[1] + 1
        return None

    # group := (sub1000 | digits | fraction) [scale] | scale
    def group(self, i: int) -> tuple[Exact, Exact, int] | None:
        t = self.t[i]
        head = self.fraction(i) or self.sub1000(i)
        if head is None:
            if t.cat != "scale" or t.art:
                return None
            if t.form == "pl":
                return None  # آلاف alone: a vague plural
            # مليارًا ونصف, مليونا و400 ألف: an accusative one before و and a figure (a dual
            # construct, ألفا دولار, is followed by its noun), not two
            joined = self.conjoined(i + 1) is not None
            times = 2 if t.form == "dual" or (t.form == "acc" and not joined) else 1
            return self._times_larger(t.value * times, t.value, i + 1)
        value, j = head
        nxt = self.joined(j)
        if nxt is not None and nxt.cat == "scale" and nxt.form != "dual":
            if nxt.form == "pl" and value < 3 and value.denominator == 1:
                return value, _ONE, j  # ملايين needs 3 or more
            return self._times_larger(value * nxt.value, nxt.value, j + 1)
        return value, _ONE, j

    def _times_larger(self, value: Exact, scale: Exact, j: int) -> tuple[Exact, Exact, int]:
        """``value`` (of ``scale``, up to token ``j``) times a larger scale word in the
        singular right after it: ألف مليون is a thousand million, ثلاثة آلاف مليون three
        thousand million (the Maghreb's and the Levant's way of a billion)."""
        larger = self.joined(j)
        if (
            larger is not None
            and larger.cat == "scale"
            and larger.form == "sg"
            and not larger.art
            and larger.value > scale
        ):
            return value * larger.value, larger.value, j + 1
        return value, scale, j

    def cardinal(self, i: int) -> tuple[Exact, int] | None:
        t = self.t[i]
        if t.cat == "ones" and t.value == 1 and t.art and self.conjoined(i + 1) is None:
            return None  # الواحد alone: "the single", not a count
        first = self.group(i)
        if first is None:
            return None
        total, last_scale, j = first
        while (nxt := self.conjoined(j)) is not None:
            frac = self.fraction(j) if nxt.cat in ("frac", "ones", "digits") else None
            if frac is not None and frac[0] < 1 and nxt.cat == "frac":
                total += frac[0] * last_scale  # مليار ونصف
                j = frac[1]
                same = self.joined(j)
                if same is not None and same.cat == "scale" and same.value == last_scale:
                    j += 1  # مليون ونصف المليون
                break
            if frac is not None and frac[0] < 1:
                total += frac[0]  # عشرون وثلاثة أخماس
                j = frac[1]
                break
            g = self.group(j)
            if g is None or g[1] >= last_scale or g[0] >= last_scale:
                break
            total += g[0]
            last_scale = g[1]
            j = g[2]
        nxt = self.joined(j)
        if nxt is not None and nxt.slash and self.t[i].cat == "digits" and total.denominator == 1:
            total += nxt.value  # 2 1/4
            j += 1
        # واحد فاصلة خمسة
        point = self.joined(j)
        if point is not None and point.cat == "point" and self.joined(j + 1) is not None:
            decimals = self.sub1000(j + 1) if self.t[j + 1].cat != "point" else None
            if decimals is not None and decimals[0].denominator == 1:
                digits = len(str(decimals[0].numerator))
                total += Fraction(decimals[0], 10**digits)
                j = decimals[1]
        return total, j

    def ordinal(self, i: int) -> tuple[Exact, int] | None:
        t = self.t[i]
        if t.cat in ("ord", "ord_head"):
            nxt = self.joined(i + 1)
            if nxt is not None and nxt.word is not None and nxt.word.tail and t.value <= 9:
                return t.value + 10, i + 2  # الحادي عشر
            nxt = self.conjoined(i + 1)
            if nxt is not None and nxt.cat == "tens":
                return t.value + nxt.value, i + 2  # الحادي والعشرون
            return (t.value, i + 1) if t.cat == "ord" else None
        if not t.art:
            return None
        if t.cat == "tens":
            return t.value, i + 1  # العشرون
        if t.cat == "scale" and t.form == "sg":
            return t.value, i + 1  # التريليون
        if t.cat == "ones" and t.value <= 9:  # الواحد والعشرون, الخامسة والعشرون
            nxt = self.conjoined(i + 1)
            if nxt is not None and nxt.cat == "tens":
                return t.value + nxt.value, i + 2
            return None
        if t.cat == "hundreds":  # المئة والخامسة والعشرون
            total, j = t.value, i + 1
            nxt = self.conjoined(j)
            if nxt is not None:
                rest = self.ordinal_rest(j)
                if rest is not None:
                    total, j = total + rest[0], rest[1]
            return total, j
        return None

    def ordinal_rest(self, i: int) -> tuple[Exact, int] | None:
        t = self.t[i]
        if t.cat in ("ord", "ones") and t.value <= 9:
            nxt = self.conjoined(i + 1)
            if nxt is not None and nxt.cat == "tens":
                return t.value + nxt.value, i + 2
            return t.value, i + 1
        if t.cat == "tens":
            return t.value, i + 1
        return None


def parse_at(toks: list[Tok], i: int) -> Parse | None:
    """The longest number that starts at token ``i`` of a run, or None."""
    t = toks[i]
    if t.word is None and i + 1 == len(toks):
        # a digit literal alone at the end of its run, as most are (58% of the calls on
        # the corpus): what the rules below return for it, without walking them
        return Parse(t.value, i, i + 1, words=False)
    p = _Parser(toks)
    if t.cat == "neg":
        nxt = p.joined(i + 1)
        if nxt is None:
            return None
        inner = parse_at(toks, i + 1)
        if inner is None or inner.ordinal:
            return None
        return Parse(-inner.value, i, inner.j, words=True)
    best: Parse | None = None
    ordv = p.ordinal(i)
    if ordv is not None:
        best = Parse(exact(ordv[0]), i, ordv[1], ordinal=True)
    if not (t.art and t.cat in ("tens", "scale", "hundreds")):
        card = p.cardinal(i)
        if card is not None and (best is None or card[1] > best.j):
            used = toks[i : card[1]]
            # exact(): مليار ونصف is whole, though summed from a Fraction
            best = Parse(exact(card[0]), i, card[1], words=any(x.word is not None for x in used))
    return best
