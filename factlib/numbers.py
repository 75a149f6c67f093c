"""Find numbers, ordinals and percents in folded text.

The finder tokenizes once (digit literals and number words in one regex),
cuts the tokens into runs of neighbours, lets :mod:`factlib.number_grammar`
read each run, then looks around every number for what changes its kind:
a percent marker after it (``%``, ``في المئة``, ``نقطة مئوية``), ``نسبة`` or ``%``
before it, ``الـ`` before digits (an ordinal), a minus sign, or its own
spelling in parentheses (``22790 (اثنان وعشرون ألفًا وسبعمائة وتسعون)``).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from factlib import patterns as regex
from factlib.arabic import alternation, is_letter, phrase_alternation
from factlib.lexicon import load
from factlib.normalization import Normalized, fold, normalize
from factlib.number_grammar import Parse, Tok, parse_at
from factlib.number_words import Exact, exact, word_pattern, words
from factlib.patterns import REACH, leading_strings
from factlib.spans import Taken
from factlib.text_scan import Found

__all__ = ["NumberMention", "find_numbers", "parse_number", "to_python"]

_DIGIT_RUN = re.compile(r"\d+")
_RANGE_AFTER = re.compile(r"[ \t]*-[ \t]*\d")
_PLAIN_LITERAL = re.compile(r"\d+(?:[.,]\d+)*")

# A digit literal: a wire-service decimal (5ر1 = 1.5), space-grouped thousands (1 234 567), a slash fraction (3/4),
# or digits with any mix of . , ، separators (classified in Python), with an
# optional exponent. Folded text has ASCII digits only. The look-ahead first: most
# positions are letters, and it fails there before five alternatives are tried (7× faster).
_DIGITS = (
    # it opens with a class, so the engine's search loop skips in C to the next digit or
    # point; the look-behind after it says the literal starts there (not after a digit,
    # a point or a comma), and each branch goes on after that first character. [0-9], not
    # \d: folded text has ASCII digits only (tested), and the engine checks [0-9] in a
    # bitmap where \d is a look-up of the Unicode category of every character it passes
    r"(?P<d>[0-9.](?<![\d.,،].)(?:(?<=\d)(?:"
    r"\d*ر\d+"
    # the wire service's visual order: 733 7 مليون is 7 733 million (groups right to left)
    r"|\d{2}[ ]\d{1,3}(?=[ \t]+(?:م[ \t]*\.?[ \t]*د(?![\p{L}])|مليون|مليار|الف|الاف|دينار|طن|اطنان|هكتار))"
    r"|\d{0,2}(?:[ ]\d{3})+(?![\d/])(?:[.,]\d+)?"
    r"|(?<!/\d)\d*/\d+(?![\d/])"
    r"|\d*(?:[.,،]\d+)*(?:[eE][+-]?\d+|\^[+-]?\d+)?"
    r")|(?<![\p{L}]\.)\d+))"
)


@dataclass(slots=True)  # not frozen, though never changed: see factlib.results
class NumberMention:
    """A number found in folded text; ``start``/``end`` are folded offsets."""

    start: int
    end: int
    kind: str  # number | ordinal | percent
    value: Exact
    unit: str | None = None  # "%" or "pp" for percents
    spelled: bool = False  # written (at least partly) in words
    scale: Exact = 1  # the largest scale word in it (مليار in "15 مليار"); 1/100 in basis points


@lru_cache(maxsize=1)
def _words_not_numbers() -> dict[str, frozenset[str]]:
    """Words that keep a number word from being read as one, or from being an ordinal."""
    data = load("numbers")
    return {
        key: frozenset(fold(w) for w in data[key])
        for key in (
            "not_numbers",
            "ordinal_not_after",
            "feminine_ordinal_not_after",
            "cardinal_after",
            "one_of_after",
        )
    }


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    data = load("numbers")

    def alts(key: str) -> str:
        return phrase_alternation(data[key])

    return {
        # a token is a digit literal or a number word, scanned apart: the digit pattern opens
        # with a look-ahead the engine passes over letters quickly, and the word pattern runs
        # in the one text scan (text_scan). No digit literal overlaps a number word, so the
        # two lists merged by position are the tokens one scan of "digits|word" finds (tested).
        "digits": regex.compile(_DIGITS),
        "word": regex.compile(word_pattern()),
        "after": regex.compile(
            rf"[ \t]*(?P<pct>%)|[ \t]*(?P<pct2>{alts('percent_after')})(?!\p{{L}})"
            rf"|[ \t]+(?P<pp>{alts('percent_points')})(?!\p{{L}})"
            rf"|[ \t]+(?P<bp>{alts('basis_points')})(?!\p{{L}})"
        ),
        "before_marker": regex.end_gated(
            rf"(?:^|[^\d \t])[ \t]*(?P<m>{alts('percent_after')})[ \t]+$"
        ),
        "url": regex.compile(r"(?:https?://|www\.)\S+"),
        "email": regex.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
        "before_ratio": regex.end_gated(
            rf"(?<!\p{{L}})[وف]?ب?(?P<r>{alts('percent_before')})[ \t]+$"
        ),
        "multiplier_after": regex.compile(
            rf"[ \t]+(?:{alts('percent_before_not_with')})(?!\p{{L}})"
        ),
        "before_article": regex.end_gated(r"(?<!\p{L})ال[ ]?$"),
        # و- 0.4%: a minus after the conjunction, in lists of monthly rates
        "before_minus": regex.end_gated(
            r"(?:(?<![\p{L}\p{N}\-.,])|(?<=(?<![\p{L}\p{M}])و))(?<!\p{N}[ ])-[ ]?$"
        ),
        "open_paren": regex.compile(r"\([ \t]*$"),
        "between_open": regex.compile(r"[ \t]*\([ \t]*"),
        "close_paren": regex.compile(r"[ \t]*\)"),
        "between_close": regex.compile(r"[ \t]*\)[ \t]*"),
        "not_number_phrase": regex.compile(
            f"(?:{phrase_alternation(data['not_number_phrases'])})(?![\\p{{L}}\\p{{M}}])"
        ),
        "ordinal_not_before": regex.compile(
            f"[ \t]+(?:{alternation(fold(w) for w in data['ordinal_not_before'])})(?:[ \t]|\\p{{L}})"
        ),
        # the word before a figure, read backwards from it (``(\p{L}+)[ \t]*$`` searched in
        # the window tried every start of every word: 6.6 µs a call on the corpus); $ also
        # stands before a last newline, hence \n?
        "prev_word_back": regex.compile(r"\n?[ \t]*(\p{L}+)"),
    }


# ---------------------------------------------------------------- digit literals

_THOUSANDS = {
    ",": regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    ".": regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"),
    "،": regex.compile(r"\d{1,3}(?:،\d{3})+(?:,\d+)?"),
}


_MAX_EXPONENT = 30
POWER_MARKS = "eE^"  # 1e-3, 1E3, 10^-3: a literal raised to a power
_ONE: Exact = 1


Literal = tuple[tuple[int, int, Exact, Exact | None], ...]


@lru_cache(maxsize=4096)  # the same literals recur (years, small counts): 82% of the reads on news
def _literal(s: str) -> Literal:
    """Read a digit literal: ``((start, end, value, other_reading), ...)``.

    A literal that no number format explains (``192.168.1.2``) is split into
    its digit groups, which is all one can honestly say about it.
    """
    if " " in s and len(s.split(" ")[1]) < 3:
        low, high = s.split(" ")  # 733 7: written right to left, 7733
        return ((0, len(s), int(high) * 1000 + int(low), None),)
    if "ر" in s:
        # Maghreb and wire-service style: the decimals come first, 5ر1 is 1.5
        decimals, whole = s.split("ر")
        return ((0, len(s), exact(Fraction(f"{whole}.{decimals}")), None),)
    if "/" in s:
        a, b = s.split("/")
        if 0 < int(a) < int(b) <= 100:
            return ((0, len(s), Fraction(int(a), int(b)), None),)
        i = s.index("/")
        return (
            (0, i, int(a), None),
            (i + 1, len(s), int(b), None),
        )
    if " " in s:
        head, _, dec = s.replace(" ", "").replace(",", ".").partition(".")
        return ((0, len(s), exact(Fraction(head + ("." + dec if dec else ""))), None),)
    for mark in POWER_MARKS:
        if mark in s:
            base, _, exp = s.partition(mark)
            parts = _literal(base)
            if len(parts) != 1 or abs(int(exp)) > _MAX_EXPONENT:
                return parts  # 1e999999 is no figure worth a million digits
            if mark == "^" and parts[0][2] == 0 and int(exp) < 0:
                return parts  # 0^-1 has no value: the base alone, as for a power too large
            power = Fraction(10 if mark != "^" else parts[0][2])  # 10^-3: exact, no float
            value = exact(power ** int(exp) * (parts[0][2] if mark != "^" else 1))
            return ((0, len(s), value, None),)
    if s.isdigit():
        return ((0, len(s), int(s), None),)
    if s.startswith("."):
        return ((0, len(s), exact(Fraction("0" + s)), None),)
    seps = {c for c in s if not c.isdigit()}
    for sep, pat in _THOUSANDS.items():
        if pat.fullmatch(s) and (sep != "." or "," in s or s.count(".") > 1):
            whole, _, dec = s.partition("," if sep == "." else ".")
            if sep == "،" and "," in s:
                whole, _, dec = s.partition(",")
            digits = "".join(ch for ch in whole if ch.isdigit())
            return ((0, len(s), exact(Fraction(digits + ("." + dec if dec else ""))), None),)
    if len(seps) == 1 and s.count(next(iter(seps))) == 1 and seps <= {".", ","}:
        whole, dec = s.replace(",", ".").split(".")
        value = exact(Fraction(f"{whole}.{dec}"))
        alt = Fraction(whole + dec) if len(dec) == 3 and len(whole) <= 3 else None
        return ((0, len(s), value, alt),)
    return tuple((m.start(), m.end(), int(m.group()), None) for m in _DIGIT_RUN.finditer(s))


# ---------------------------------------------------------------- tokens and runs


_WORD_GROUPS = ("conj", "prep", "art", "lil", "prep2", "art2", "w")  # of word_pattern()


@lru_cache(maxsize=1)
def _not_number_openers() -> tuple[str, ...]:
    """The words that open a phrase that is no number before its number (دور in دور الستة
    عشر and دور الـ16, the round of sixteen), folded, longest first: where a number follows
    one, the phrase is matched from it (:func:`_phrase_before`). Other phrases open with
    the number word itself and are matched there."""
    table = words()
    openers = set()

    def is_number(word: str) -> bool:
        bare = word[2:] if word.startswith("ال") else word
        return word in table or bare in table or bare.isdigit()

    for phrase in load("numbers")["not_number_phrases"]:
        first, *rest = fold(phrase).split()
        if not is_number(first) and any(map(is_number, rest)):  # ثمن النهائي holds none
            openers.add(first)
    return tuple(sorted(openers, key=lambda o: (-len(o), o)))  # the longest that ends there


@lru_cache(maxsize=1)
def _not_number_heads() -> tuple[str, ...] | None:
    """The strings a phrase that is no number (ربع النهائي) begins with, or None when one
    may begin with anything: a ``startswith`` per number word turns away nearly all, where
    the phrase pattern's ``match`` was a call into the engine for each."""
    phrases = _patterns()["not_number_phrase"]
    assert isinstance(phrases, re.Pattern)  # compiled as it is, neither gated nor word-led
    heads = leading_strings(phrases.pattern, 4)
    return None if "" in heads else tuple(sorted(heads))


_START = operator.methodcaller("start")  # a sort key in C: a lambda is a Python call per match


def _tokens(t: str, scanned: Found | None = None) -> list[Tok]:
    pats = _patterns()
    not_numbers = _words_not_numbers()["not_numbers"]
    table = words()
    number_words = scanned["number:word"] if scanned is not None else pats["word"].finditer(t)
    matches = sorted([*pats["digits"].finditer(t), *number_words], key=_START)
    toks: list[Tok] = []
    masked = []  # each scan only where its marker is: the e-mail one tries every word
    if "://" in t or "www." in t:
        masked += [(u.start(), u.end()) for u in pats["url"].finditer(t)]
    if "@" in t:
        masked += [(u.start(), u.end()) for u in pats["email"].finditer(t)]
    skipped = Taken(masked)  # a look-up per match: a scan of the list was quadratic
    phrase_heads, openers = _not_number_heads(), _not_number_openers()
    after_openers = _after_openers(t, openers)  # a set look-up per token, not a call
    phrase_end = 0  # the end of a phrase that is no number: no token starts inside it
    for m in matches:
        if masked and skipped.overlaps(m.start(), m.start() + 1):
            continue  # URLs and e-mail addresses: %20 is no percent
        if m.start() < phrase_end:
            continue  # عشر in دور الستة عشر
        if m.start() in after_openers and (phrase := _phrase_before(t, m.span(), openers)):
            if not (masked and skipped.overlaps(phrase[0], phrase[0] + 1)):
                phrase_end = phrase[1]
                continue
        if m.re is pats["digits"]:
            base = m.start()
            for a, b, value, alt in _literal(m.group("d")):
                toks.append(Tok(base + a, base + b, value, alt=alt, slash="/" in m.group("d")))
            continue
        # the groups in one call: a call each cost more than the rest of the test
        conj, prep1, art1, lil, prep2, art2, w = m.group(*_WORD_GROUPS)
        ws, end = m.start("w"), m.end()
        # t is folded text, and folding it again changes nothing (tested): no fold() here
        if m.group() in not_numbers or (
            (phrase_heads is None or t.startswith(phrase_heads, ws))
            and pats["not_number_phrase"].match(t, ws, ws + 40)
        ):
            continue  # لست, ربع النهائي, نصف سنوية
        art = bool(art1 or art2)
        start = m.start("art") if art1 else m.start("art2") if art else ws
        word = table[w]
        prep = bool(prep1 or prep2 or lil)
        if word.cat == "ones" and word.value == 0 and art:
            continue  # تحت الصفر, من الصفر: "zero" as a point or "scratch", not a figure
        if w == "اثنين" and art and not prep and not _tens_follow(t, end):
            continue  # الاثنين: Monday (but الاثنين والعشرين is 22nd)
        if word.cat == "ones" and word.value == 1 and not art and _one_of(t, ws, end):
            continue  # وهو واحد من أحسن اللاعبين: "one of", no figure
        if word.cat == "ones" and word.value == 1 and t.endswith("اي ", 0, m.start()):
            continue  # أي واحد: "which one"
        if word.cat == "hundreds" and art and (prep or t[max(0, start - 3) : start] == "في "):
            continue  # بالمئة / في المئة: a percent marker, read with the number before it
        toks.append(
            Tok(
                start,
                end,
                word.value,
                word=word,
                conj=conj == "و",
                prep=prep or conj == "ف",
                art=art or bool(lil),
                definite_next=t.startswith(" ال", end) and not _next_is_number(t, end),
                pstart=m.start(),
            )
        )
    return toks


def _after_openers(t: str, openers: tuple[str, ...]) -> set[int]:
    """Where a number may begin right after one of ``openers`` (دور), found by ``str.find``:
    after its blanks, and after an article that follows them (دور ال16, دور ال 16)."""
    out: set[int] = set()
    for opener in openers:
        i = t.find(opener)
        while i >= 0:
            i += len(opener)
            k = _past_blanks(t, i)
            if k > i:
                out.add(k)
                if t.startswith("ال", k):
                    out.add(_past_blanks(t, k + 2))
            i = t.find(opener, i)
    return out


def _phrase_before(
    t: str, token: tuple[int, int], openers: tuple[str, ...]
) -> tuple[int, int] | None:
    """Where a phrase that is no number begins and ends, when it opens with one of
    ``openers`` before the number ``token`` (its span) and covers it (دور الستة عشر,
    دور الـ16: the round of sixteen), else None.

    Not when it would cut a number in two: a token longer than the phrase (بدور ال800 ألف
    ناخب, the role of 800 thousand voters), or a number word after it (بدور الستة عشر
    مليون ناخب); a day after it is no such word (دور الثمانية الأحد المقبل)."""
    pats = _patterns()
    start, stop = token
    k = start
    if t[start : start + 1].isdigit():  # ال16, ال 16: the article before the digits
        k = _before_blanks(t, k)
        if not t.endswith("ال", 0, k):
            return None
        k -= 2
    j = _before_blanks(t, k)
    if j == k or not t.endswith(openers, 0, j):
        return None
    lead = j - len(next(o for o in openers if t.endswith(o, 0, j)))
    # the opening word, after at most a conjunction and a preposition (ولدور)
    before = lead - 1 if lead > 0 and t[lead - 1] in "بلك" else lead
    before -= 1 if before > 0 and t[before - 1] in "وف" else 0
    if before > 0 and is_letter(t[before - 1]):
        return None  # the end of another word: يدور, المدور
    phrase = pats["not_number_phrase"].match(t, lead, lead + 60)
    if phrase is None or phrase.end() < stop:
        return None
    after = _past_blanks(t, phrase.end())
    nxt = pats["word"].match(t, after, after + REACH)
    if nxt is not None and (nxt.group("conj") or not (nxt.group("art") or nxt.group("art2"))):
        return None  # مليون, وعشرون: the number goes on (الأحد, الاثنين: a day)
    return lead, phrase.end()


_BLANKS = re.compile(r"[ \t]*")


def _past_blanks(t: str, i: int) -> int:
    """Where the spaces and tabs that begin at ``i`` end."""
    m = _BLANKS.match(t, i)
    return i if m is None else m.end()


def _before_blanks(t: str, i: int) -> int:
    """Where the spaces and tabs that end at ``i`` begin."""
    while i > 0 and t[i - 1] in " \t":
        i -= 1
    return i


def _tens_follow(t: str, end: int) -> bool:
    """الاثنين والعشرين is the 22nd; الاثنين وجود … is Monday."""
    if not t.startswith(" و", end):
        return False
    word = t[end + 2 : end + 14].split(" ")[0]
    word = word[2:] if word.startswith("ال") else word
    entry = words().get(word)
    return entry is not None and entry.cat == "tens"


def _next_is_number(t: str, end: int) -> bool:
    pats, pos = _patterns(), end + 1
    return bool(
        pats["digits"].match(t, pos, pos + REACH) or pats["word"].match(t, pos, pos + REACH)
    )


def _runs(t: str, toks: list[Tok]) -> list[list[Tok]]:
    """Cut tokens into runs of neighbours: only spaces, or a lone و, between them."""
    runs: list[list[Tok]] = []
    prev: Tok | None = None
    for tok in toks:
        if prev is not None:
            # blanks and at most one و between them: two string operations, where a
            # pattern's fullmatch was a call into the engine per pair of tokens (tested)
            end = tok.pstart if tok.pstart >= 0 else tok.start
            gap = t[prev.end : end].strip(" \t")
            if end >= prev.end and tok.start >= prev.end and (gap == "" or gap == "و"):
                if gap:
                    tok.conj = True
                runs[-1].append(tok)
                prev = tok
                continue
        runs.append([tok])
        prev = tok
    return runs


# ---------------------------------------------------------------- mentions


def find_numbers(norm: Normalized, scanned: Found | None = None) -> list[NumberMention]:
    """All number, ordinal and percent mentions in ``norm.text`` (folded offsets); ``scanned``,
    the matches of :func:`factlib.text_scan.scan_text` when the caller has them."""
    t = norm.text
    pats = _patterns()
    toks = _tokens(t, scanned)
    found: list[tuple[Parse, list[Tok]]] = []
    for run in _runs(t, toks):
        i = 0
        while i < len(run):
            p = parse_at(run, i)
            if p is None:
                i += 1
                continue
            found.append((p, run))
            i = p.j
    out: list[NumberMention] = []
    for p, run in found:
        first, last = run[p.i], run[p.j - 1]
        start, end = first.start, last.end
        value, kind, unit = p.value, "ordinal" if p.ordinal else "number", None
        if p.ordinal and first.cat == "tens" and _after_definite_plural(t, start):
            kind = "number"  # السنوات العشرين المقبلة: the twenty years, not the twentieth
        elif p.ordinal and not _ordinal_fits(t, first, p, start, end):
            continue
        elif p.ordinal and t.endswith("اولي", start, end) and _preliminary(norm, start, end):
            continue
        if not p.ordinal and first.word is None:
            before = t[max(0, start - 4) : start]
            article = None if p.words else article_start(t, start)
            if article is not None and not pats["after"].match(t, end, end + REACH):
                kind, start = "ordinal", article  # الـ25, but نسبة الـ10 في المئة is ten percent
            elif (mm := pats["before_minus"].search(before)) is not None:
                value, start = -value, start - len(mm.group())
        hundredths = False  # basis points: the figure is hundredths of a percentage point
        if kind == "number":
            after = pats["after"].match(t, end, end + REACH)
            if after is not None:
                kind, end = "percent", after.end()
                unit = "pp" if after.group("pp") or after.group("bp") else "%"
                if after.group("bp"):  # 25 نقطة أساس: 0.25 percentage points
                    value, hundredths = exact(Fraction(value, 100)), True
            elif start > 0 and t[start - 1] == "%":
                kind, unit, start = "percent", "%", start - 1
            elif (mk := pats["before_marker"].search(t, start - 16, start)) is not None:
                kind, unit, start = "percent", "%", mk.start("m")  # بالمائة 10
            elif not _RANGE_AFTER.match(t, end, end + REACH):  # نسبة 4-5 في المئة: a range
                ratio = pats["before_ratio"].search(t, start - 12, start)
                if ratio is not None and not pats["multiplier_after"].match(t, end):
                    kind, unit, start = "percent", "%", ratio.start("r")
        scale = _ONE  # a figure of digits alone has no scale word (most of them)
        if p.words:
            scale = max(
                (x.value for x in run[p.i : p.j] if x.word is not None and x.word.cat == "scale"),
                default=_ONE,
            )
        if hundredths:  # بين 25 و50 نقطة أساس: the first end shares it, as a scale word
            scale = Fraction(scale, 100)
        out.append(NumberMention(start, end, kind, value, unit, spelled=p.words, scale=scale))
    return _merge_spelled(t, out)


def article_start(t: str, start: int) -> int | None:
    """Where the article that defines the digits at ``start`` begins (الـ25, الـ 25: folded
    ال25, ال 25), or None: the numbers read it as an ordinal, the quantities look for a
    bound before it."""
    before = t[max(0, start - 4) : start]
    if _patterns()["before_article"].search(before) is None:
        return None
    return start - len(before) + before.rfind("ال")


# after من الأولى: أن or و and an elative (من الأولى والأجدر أن): "more fitting" (folded)
_MORE_FITTING = re.compile(r"[ \t]+(?:ب?ان|والا[^\W\d_]{3})(?![^\W\d_])")


def _ordinal_fits(t: str, first: Tok, p: Parse, start: int, end: int) -> bool:
    """Context checks that tell an ordinal from a homograph."""
    pats = _patterns()
    prev_word = _prev_word(t, start)
    not_after = _words_not_numbers()["ordinal_not_after"]
    if prev_word in not_after or (prev_word[:1] in "وفبل" and prev_word[1:] in not_after):
        return False  # كانون الأول, وتشرين الثاني: month names
    if first.art and prev_word == "من" and _MORE_FITTING.match(t, end):
        return False  # أليس من الأولى والأجدر أن: "more fitting", not "first"
    if first.art or p.j - p.i > 1 or first.word is None:
        return True
    if first.word.bare == "after_feminine":
        # ولاية ثالثة, مرة ثانية; but لمدة ثانية and 30 ثانية are seconds
        feminine_not_after = _words_not_numbers()["feminine_ordinal_not_after"]
        return prev_word.endswith("ه") and prev_word not in feminine_not_after
    # أولى بالدعم, أولى من غيرهم: "more deserving", not "first"
    return pats["ordinal_not_before"].match(t, end, end + REACH) is None


def _preliminary(norm: Normalized, start: int, end: int) -> bool:
    """الاتفاق الأولي, تقييم أولي: "preliminary" (أوّلي), which folding writes as the feminine
    "first" (الأولى: ى and ي fold alike). The text wrote ي, and the word before is neither
    feminine nor a feminine past verb (المرة الأولى, حلت الأولى), nor هي: the masculine
    "first" would be الأول (التقرير الفني الأولي is preliminary)."""
    _, e = norm.span(start, end)
    if norm.source[e - 1 : e] != "ي":
        return False
    before = _prev_word(norm.text, start)
    return bool(before) and not before.endswith(("ه", "ت")) and before not in ("هي", "وهي", "فهي")


def _one_of(t: str, start: int, end: int) -> bool:
    """Whether واحد or واحدة at ``start`` is the pronoun "one of" (واحد من), not the
    adjective "one" after a noun (جولة واحدة من نهاية الموسم, كيلو واحد من اللحم): at a
    clause's start or after a word of ``one_of_after`` (وهي، تعد، في); واحدة also after
    any word that is not feminine (a feminine noun would take it as its adjective)."""
    if not t.startswith(" من ", end):
        return False
    before = _prev_word(t, start)
    if not before or before in _words_not_numbers()["one_of_after"]:
        return True
    return t.startswith("واحده", start) and not before.endswith("ه")


def _after_definite_plural(t: str, start: int) -> bool:
    """Whether a definite plural stands before ``start`` (السنوات, الأيام), which a number
    with the article follows as its adjective: a cardinal."""
    prev = _prev_word(t, start)
    return (prev.startswith("ال") and prev.endswith("ات") and len(prev) > 5) or (
        prev in _words_not_numbers()["cardinal_after"]
    )


def _prev_word(t: str, start: int) -> str:
    """The letters that end the 40 characters before ``start``, but for blanks (and a
    newline after them): what ``(\\p{L}+)[ \\t]*$`` finds in that window, or ""."""
    back = _patterns()["prev_word_back"].match(t[max(0, start - 40) : start][::-1])
    return "" if back is None else back.group(1)[::-1]


def _merge_spelled(t: str, ms: list[NumberMention]) -> list[NumberMention]:
    """``22790 (اثنان وعشرون ألفًا وسبعمائة وتسعون)`` is one mention, either order."""
    pats = _patterns()
    out: list[NumberMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        b = ms[i + 1] if i + 1 < len(ms) else None
        if b is not None and a.kind == b.kind == "number" and not a.spelled and b.spelled:
            alts = {a.value} | ({alt_reading(t, a)} - {None})
            if b.value in alts:
                if pats["between_open"].fullmatch(t, a.end, b.start):
                    close = pats["close_paren"].match(t, b.end, b.end + REACH)
                    if close is not None:
                        out.append(
                            NumberMention(a.start, close.end(), "number", b.value, spelled=True)
                        )
                        i += 2
                        continue
                if pats["between_close"].fullmatch(t, a.end, b.start):
                    opened = pats["open_paren"].search(t, a.start - 4, a.start)
                    if opened is not None:
                        out.append(
                            NumberMention(opened.start(), b.end, "number", b.value, spelled=True)
                        )
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


def alt_reading(t: str, m: NumberMention) -> Exact | None:
    """The other reading of a bare literal of one dot or comma and three digits: 9.599 as
    9599 (thousands), where its value says 9.599 (a decimal); else None."""
    text = t[m.start : m.end]
    if not _PLAIN_LITERAL.fullmatch(text):
        return None  # -20, %5: only a bare literal has another reading
    parts = _literal(text)
    return parts[0][3] if len(parts) == 1 else None


# ---------------------------------------------------------------- public helpers


def to_python(value: Exact) -> int | float:
    """An exact value as the JSON-friendly number users expect."""
    return int(value) if value.denominator == 1 else float(value)


def parse_number(text: str) -> int | float | None:
    """The value of a phrase that is one number, else None.

    >>> parse_number("ثلاثمائة وأربعون")
    340
    >>> parse_number("مليار ونصف")
    1500000000
    >>> parse_number("٣٫٥٪")
    3.5
    >>> parse_number("أحد المسؤولين") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() takes a str, not {type(text).__name__}")
    norm = normalize(text)
    stripped = norm.text.strip(" \t\r\n.,،؛:!؟?()\"'«»")
    if not stripped:
        return None
    lead = norm.text.index(stripped)
    found = find_numbers(norm)
    if len(found) != 1:
        return None
    m = found[0]
    head = norm.text[lead : m.start]
    if head not in ("", "و", "ب", "ل", "ف", "ك", "لل") or m.end != lead + len(stripped):
        return None
    return to_python(m.value)
