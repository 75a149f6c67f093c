"""Regular expressions on the standard ``re`` engine, written with Unicode classes.

factlib's patterns say ``\\p{L}`` (a letter) and ``\\p{M}`` (a mark), which only the
``regex`` package understands; measured on Arab news, the standard engine runs
the same alternations about twice as fast (13 against 6.6 MB/s for the
number words), and its ``match`` does not scan to the end of the string for a
required literal. So patterns are written once, readably, and translated here
into their ``re`` equivalents: on folded text a letter is ``[^\\W\\d_]`` (marks are
folded away), a digit is ``\\d``.

This module's :func:`compile` has the name and signature of ``regex.compile``, so a
module imports it as ``regex``. It also reads, from the engine's own
parser, the strings a pattern can begin or end with (:func:`leading_strings`,
:func:`trailing_strings`): the gates that keep the engine away from text where a
pattern cannot match (:class:`WordScan`, :class:`EndGated`).

A pattern searched over a whole text should open with a literal or a character class
(``####``, ``##*``, ``[..][..]*``, ``[0-9](?<!..)``, not ``#{4}``, ``#+``, ``[..]+`` or a
look-behind): only from that first element does the engine's compiler write what lets
its search loop skip in C to where a match may start; otherwise it tries the whole
pattern at every character (``#{4}``: 20.8 against 2.8 µs a text). One that opens at a
word start is a :class:`WordLed` or is found by the text scan.

A window before a figure is searched as ``search(text, start - 24, start)``: the engine
reads a negative position as 0, and so do :class:`EndGated` and :class:`WordLed`
(tested). ``max(0, start - 24)`` cost a call of the builtin, 0.1 µs, about 60 times an
article; slices, which read a negative start from the end, keep it.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator, Mapping
from functools import cached_property, lru_cache
from typing import Any

from factlib.arabic import trie

__all__ = [
    "BEFORE_WORD",
    "REACH",
    "EndGated",
    "Pattern",
    "WordLed",
    "WordScan",
    "compile",
    "end_gated",
    "found_in",
    "translate",
    "word_led",
]

# How far a pattern read at a figure's end (a unit, a currency, a bound, a year after a
# month ...) may reach: ``pattern.match(text, end, end + REACH)``. A bound, so that a
# match never runs on through a long text (200 blanks and a unit leave a bare number).
REACH = 160

# a letter (the same set with the ASCII non-letters spelled out, as _NOT_LETTER below, took
# 0.24% fewer instructions per article but 1.24% more at the start: it is in hundreds of
# classes, each then compiled with a bitmap)
_LETTER = r"[^\W\d_]"
_MARKS = "\u0300-\u036f\u064b-\u065f\u0670"


# what translate reads: a property, another escape, or a character class read whole (in a
# class, [ is a character, and a ] first is one too); the rest is passed over in C (a
# run of it read as a part too cost more calls: +0.2% of the start)
_PART = re.compile(r"\\p\{[LMN]\}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")
_PROPERTIES = {r"\p{L}": _LETTER, r"\p{N}": r"\d", r"\p{M}": f"[{_MARKS}]"}
_WHOLE_CLASSES = {r"[\p{L}]": _LETTER, r"[\p{L}\p{M}]": _LETTER}
_LETTERS_DIGITS = r"[\p{L}\p{N}"  # a class of letters, digits and more: \w and more


def _in_re(part: re.Match[str]) -> str:
    text = part.group()
    if text[0] != "[":
        return _PROPERTIES.get(text, text)
    if r"\p{" not in text:
        return text
    if text in _WHOLE_CLASSES:
        return _WHOLE_CLASSES[text]
    if text.startswith(_LETTERS_DIGITS) and text.count(r"\p{") == 2:
        return r"[\w" + text[len(_LETTERS_DIGITS) :]
    raise ValueError(f"{text!r}: write \\p{{…}} apart from the other characters of a class")


def translate(pattern: str) -> str:
    """The ``re`` spelling of a pattern that uses ``\\p{L}``, ``\\p{M}`` and ``\\p{N}``.

    Read part by part (escapes and classes whole), so an escaped bracket is no class.
    A class may be ``[\\p{L}]``, ``[\\p{L}\\p{M}]`` or open with ``\\p{L}\\p{N}``; any
    other ``\\p`` in a class raises ``ValueError``: its spelling would be a class inside
    a class, which ``re`` reads as other characters without a word (``[\\d\\p{L}]``
    became a class of ``[``, ``^``, digits and more). About 1 ms in all at the start."""
    if r"\p{" not in pattern:
        return pattern
    return _PART.sub(_in_re, pattern)


@lru_cache(maxsize=512)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(translate(pattern), flags)


_WORD_START = translate(r"(?<![\p{L}\p{M}])")
# the complement of a letter: what may stand before a word start. [\W\d_] with the ASCII
# non-letters spelled out, so the engine finds the common ones (spaces, digits, points)
# in its bitmap before it looks up \W's Unicode categories: 0.39% fewer instructions per
# article, as the text scan's gate reads it at every character that is no Arabic letter
_NOT_LETTER = r"[\x00-@\[-`{-\x7f\W\d_]"
_ARABIC_NOT = r"[^\u0621-\u064a]"  # all but the letters of folded Arabic: a superset of it
# The character before a word start, in the form the engine searches fastest: a pattern
# that opens with a class is skipped through in C by the search loop, inside words too,
# where a look-behind would be tried at every character. The class is a range (all but
# the letters of folded Arabic), which the loop tests faster than "not a letter"; the
# look-behind then says that exactly. A match so found starts one character early, and
# a word at the text's very start has no character before it.
BEFORE_WORD = f"{_ARABIC_NOT}(?<={_NOT_LETTER})"


def _engine_parser() -> tuple[Any, Any]:
    """The standard engine's own parser and its opcodes (already loaded by ``re``)."""
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse"), importlib.import_module("sre_constants")


_sre_parse, _sre = _engine_parser()

_WIDEST_CLASS = 12  # a class of more characters is not spelled out: the strings stop there
_MOST_STRINGS = 20_000


def leading_strings(pattern: str, length: int) -> frozenset[str]:
    """Strings one of which begins every match of ``pattern`` (standard ``re`` syntax).

    Each is the start of a possible match, ``length`` characters long or cut
    short where the pattern may end or reads a class too wide to spell out
    (``\\w``, ``[^،]``); look-arounds are passed over, which only admits more.
    So ``text.startswith(s, pos)`` for none of them proves that nothing matches
    at ``pos``: a cheap gate before an expensive alternation. An empty string
    among them means the pattern can begin with anything.

    >>> sorted(leading_strings(r"[وف]?عشر(?:ون|ين)", 3))
    ['عشر', 'فعش', 'وعش']
    """
    return _strings(pattern, length, backward=False)


def trailing_strings(pattern: str, length: int) -> frozenset[str]:
    """Strings one of which ends every match of ``pattern`` once the spaces and tabs that
    end it are stripped: :func:`leading_strings` read from the end. If the text before
    ``end``, so stripped, ends with none of them, no match ends at ``end``.

    >>> sorted(trailing_strings(r"(?:اكثر|اقل) من[ \t]*$", 2))
    ['من']
    >>> sorted(trailing_strings(r"رقم[ \t]*[:(]?[ \t]*$", 2))
    [' (', ' :', 'قم', 'م(', 'م:']
    """
    return _strings(pattern, length, backward=True)


def _strings(pattern: str | Any, length: int, backward: bool) -> frozenset[str]:
    """The strings of a pattern, given as source or as the engine's parse of it (a parse
    costs more than the walk: 12,000 characters of patterns took 16 ms)."""
    parsed = _sre_parse.parse(pattern) if isinstance(pattern, str) else pattern
    if parsed.state.flags & re.IGNORECASE:
        return frozenset({""})
    opened, closed = _walk(list(parsed), {""}, length, backward)
    return frozenset(opened | closed)


def _walk(
    items: list[Any], opened: set[str], length: int, backward: bool = False
) -> tuple[set[str], set[str]]:
    """Walk a parsed sequence (from its end when ``backward``): the strings still open to
    more characters, and those cut."""
    closed: set[str] = set()
    for op, av in reversed(items) if backward else items:
        if not opened:
            break
        if op is _sre.LITERAL:
            opened = {_join(s, c, backward) for s in opened for c in (chr(av),)}
        elif op is _sre.IN and (chars := _spelled(av)) is not None:
            opened = {_join(s, c, backward) for s in opened for c in chars}
        elif op is _sre.BRANCH:
            after: set[str] = set()
            for alternative in av[1]:
                more, cut = _walk(list(alternative), opened, length, backward)
                after |= more
                closed |= cut
            opened = after
        elif op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            opened, cut = _walk(list(av[3]), opened, length, backward)
            closed |= cut
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            least, most, body = av
            current, after = opened, set()
            for count in range(length + 2):
                if count >= least:
                    after |= current
                if count == most or not current:
                    break
                again, cut = _walk(list(body), current, length, backward)
                closed |= cut
                if again == current:  # more repetitions read nothing new (blanks at the end)
                    after |= again
                    break
                current = again
            else:
                closed |= current  # still more repetitions to come: cut here
            opened = after
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: nothing to read
        elif op is _sre.FAILURE:  # (?!) since Python 3.13 (the trees' guard branch)
            return set(), closed  # never matches: no string goes on from here
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            opened, cut = _walk(list(av), opened, length, backward)
            closed |= cut
        else:  # a wide class, any character, a back-reference ...: cut here
            closed |= opened
            opened = set()
        done = {s for s in opened if len(s) >= length}
        closed |= done
        opened -= done
        if len(opened) > _MOST_STRINGS:  # too many to spell out: cut them all here
            closed |= opened
            opened = set()
    return opened, closed


def _join(string: str, char: str, backward: bool) -> str:
    """``string`` read one character further: forward, or backward, where blanks that
    end a match are not read (a match ends with its string once they are stripped)."""
    if not backward:
        return string + char
    return "" if not string and char in " \t" else char + string


def _spelled(av: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a parsed class, or None when it is wide (a category, a negation)."""
    chars: set[str] = set()
    for op, arg in av:
        if op is _sre.LITERAL:
            chars.add(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < _WIDEST_CLASS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars if len(chars) <= _WIDEST_CLASS else None


class _Faster:
    """A compiled pattern (``compiled``) whose ``search`` a subclass makes faster; the
    other methods are the pattern's own."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


class EndGated(_Faster):
    """A pattern that ends at the end of the text it is given (``…[ \\t]*$``), searched in
    the window before a figure: ``search(text, figure_start - 24, figure_start)``.

    Most windows hold no match, and the engine costs a microsecond or two to say so. A
    string comparison says it first: the window's text, its trailing blanks stripped,
    must end with one of the three-character endings of the pattern
    (:func:`trailing_strings`). ``search`` returns what the pattern's own ``search``
    returns; the pattern itself is ``compiled``.
    """

    __slots__ = ("_endings",)
    # three characters: on 300 articles, the identifier words' gate let 409 windows of
    # 1,917 through with two, 111 with three (-0.28% per article, +0.45% at the start;
    # four: -0.43% and +1.38%, which a process makes up only after 600 articles)
    LENGTH = 3

    def __init__(self, compiled: re.Pattern[str]) -> None:
        parsed = _sre_parse.parse(compiled.pattern)
        end = parsed[-1] if len(parsed) else None
        if (
            compiled.flags & re.MULTILINE
            or end is None
            or end[0] is not _sre.AT
            or end[1] not in (_sre.AT_END, _sre.AT_END_STRING)
        ):
            raise ValueError(f"{compiled.pattern[-40:]!r}: a gated pattern ends with $")
        endings = _strings(parsed, self.LENGTH, backward=True)
        by_last: dict[str, tuple[str, ...]] = {}
        for ending in sorted(endings):
            by_last[ending[-1:]] = (*by_last.get(ending[-1:], ()), ending)
        super().__init__(compiled)
        self._endings = None if "" in endings else by_last

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        by_last = self._endings
        if by_last is not None:
            window = text[pos if pos > 0 else 0 : endpos].rstrip(" \t")
            endings = by_last.get(window[-1:])
            if endings is None or not window.endswith(endings):
                # $ also matches before a newline that ends the text
                if not window.endswith("\n"):
                    return None
                window = window[:-1].rstrip(" \t")
                endings = by_last.get(window[-1:])
                if endings is None or not window.endswith(endings):
                    return None
        return self.compiled.search(text, pos, endpos)


class WordLed(_Faster):
    """A pattern that opens at a word start (``(?<![\\p{L}\\p{M}])…``), searched in long
    windows: ``search(text, clause_start, figure_start)``.

    The engine tries the look-behind at every character of the window. The same pattern
    opened by the character before the word (:data:`BEFORE_WORD`) lets its search loop
    skip through words in C; its match starts a character early, so the word start it
    finds is matched again with the pattern itself, which gives the match ``search``
    would have given (the leftmost start, read the same way). A window at the text's
    start has no character before its first word: there the pattern itself searches.
    """

    __slots__ = ("_fast",)

    def __init__(self, compiled: re.Pattern[str]) -> None:
        super().__init__(compiled)
        self._fast = re.compile(BEFORE_WORD + _body("a word-led pattern", compiled), compiled.flags)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos <= 0:
            return self.compiled.search(text, pos, endpos)
        found = self._fast.search(text, pos - 1, endpos)
        return None if found is None else self.compiled.match(text, found.start() + 1, endpos)


Pattern = re.Pattern[str] | EndGated | WordLed  # what a lexicon's table of patterns holds


def found_in(pattern: re.Pattern[str], text: str, openers: str, tries: int = 64) -> bool:
    """``pattern.search(text) is not None``, for a pattern that opens with one of the
    characters ``openers``, which are rare in the text: ``str.find`` jumps from one to the
    next at memory speed, and the pattern is matched there, where the engine's search
    checks its opening class at every character. After ``tries`` openers that do not match
    (a table, a line of dots), the text gets the engine's search after all."""
    match = pattern.match
    for opener in openers:
        at = text.find(opener)
        while at >= 0:
            if match(text, at) is not None:
                return True
            tries -= 1
            if tries <= 0:
                return pattern.search(text) is not None
            at = text.find(opener, at + 1)
    return False


def end_gated(pattern: str) -> EndGated:
    """:func:`compile`, for a pattern that ends with ``$`` and is searched in many windows."""
    return EndGated(compile(pattern))


def word_led(pattern: str) -> WordLed:
    """:func:`compile`, for a pattern that opens at a word start and is searched in long
    windows."""
    return WordLed(compile(pattern))


_GATE = 5  # characters of the gate before word-led patterns (6: 4% faster, 60% longer to build)


def _body(name: str, pattern: re.Pattern[str]) -> str:
    """The pattern after its opening word-start look-behind."""
    source = pattern.pattern
    if not source.startswith(_WORD_START):
        raise ValueError(f"{name}: the pattern must open at a word start")
    return source[len(_WORD_START) :]


def _word_starts(leads: list[frozenset[str]]) -> re.Pattern[str]:
    """A pattern whose matches end at the word starts where the text goes on with one of
    ``leads``, the strings the patterns can begin with (:func:`leading_strings`): where
    one of them may match (the text's first character aside: nothing stands before it).

    It matches the character *before* such a word start (:data:`BEFORE_WORD`). Then the
    word must begin with one of the strings, a tree that turns away most word starts.
    The patterns themselves are not in it: each is matched at the starts found, which
    costs less than an alternation of them all at every start that passes.
    """
    starts = set().union(*leads)
    gate = ""
    if "" not in starts:
        firsts = "".join(sorted({re.escape(s[0]) for s in starts}))
        gate = f"(?=[{firsts}])(?={trie(starts)})"  # a class turns most away more cheaply
    return re.compile(f"{BEFORE_WORD}{gate}")


class WordScan:
    """The matches of several patterns that open at a word boundary, in one pass.

    Why: the standard engine tries a pattern at every character of the text, and that
    alone costs about 27 ms per pattern on the 2.2 MB corpus, whatever the pattern
    seeks; the date finder ran nine such scans over the same text. Here one scan
    finds every word start where *any* of the patterns may match (a gate of the
    strings they can begin with: zero width, so no position hides another), then
    the patterns that can begin with the first four characters there are matched at
    it. For each pattern the result is exactly what ``pattern.finditer(text)`` gives:
    its matches can only start at word starts where its strings begin, all of which
    the scan visits, and a start inside its previous match is skipped as ``finditer``
    skips it. Measured on the corpus: 360 ms as separate scans, 216 ms as one
    look-ahead alternation at every word start, 70 ms so (see :func:`_word_starts`).
    """

    # characters that choose the patterns tried at a word start (2: 86 ms, 4: 73); no more
    # than the gate reads, as the choices are cut from the gate's strings
    DISPATCH = min(4, _GATE)
    REMEMBERED = 4096  # choices kept; the corpus needs about 500

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self.patterns = list(patterns.items())
        leads = [leading_strings(_body(name, pattern), _GATE) for name, pattern in self.patterns]
        self._leads = leads
        # which patterns may begin with each string of up to DISPATCH characters: the
        # strings a pattern can begin with, cut to DISPATCH (the cut ones are cut at the
        # same place). A look-up of each beginning of a lead: a startswith over every
        # pattern's strings cost 3,300 instructions a lead the scan had not seen yet.
        by_start: dict[str, list[int]] = {}
        for i, starts in enumerate(leads):
            for start in {s[: self.DISPATCH] for s in starts}:
                by_start.setdefault(start, []).append(i)
        self._by_start = by_start
        self._tried: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    @cached_property
    def word_starts(self) -> re.Pattern[str]:
        """The gate (:func:`_word_starts`), compiled when a scan first needs it: a scan
        run only at starts found elsewhere (:meth:`run_at`) never does."""
        return _word_starts(self._leads)

    def starts_where(self, masks: str) -> re.Pattern[str]:
        """A pattern that matches at the word starts where one of these patterns may match
        once spans of the text are written over with ``masks`` characters (non-letters,
        of the same length): their beginnings, cut before the first mask (the text holds
        something else there) and after the first character that is not a letter.

        Why: the date finder reads some patterns on its masked text (number mentions
        written over with ``#``), known only after the numbers are read. Found by the one
        text scan, as one more of its patterns, their starts cost no gate of their own;
        :meth:`run_at` then matches them on the masked text. A match there starts at a
        letter, where the two texts agree up to the first mask, and at a word start of the
        text too, but after a mention that ends inside a word (the caller adds those). A
        match of this pattern ends within its word or just after it, so it hides no other
        word start from ``finditer``, which goes on after each match."""

        def cut(lead: str) -> str:
            for i, ch in enumerate(lead):
                if ch in masks:
                    return lead[:i]
                if not ch.isalpha():
                    return lead[: i + 1]
            return lead

        starts = {cut(s) for leads in self._leads for s in leads}
        if "" in starts:
            raise ValueError("a pattern read on masked text must open with a letter")
        return compile(f"{_WORD_START}(?:{trie(starts)})")

    def _patterns_for(self, lead: str) -> list[tuple[str, re.Pattern[str]]]:
        """The patterns that may match where the text goes on with ``lead``, in order."""
        tried = self._tried.get(lead)
        if tried is None:
            by_start = self._by_start
            chosen = {i for k in range(len(lead) + 1) for i in by_start.get(lead[:k], ())}
            tried = [self.patterns[i] for i in sorted(chosen)]
            if len(self._tried) < self.REMEMBERED:  # a bounded cache: memory stays flat
                self._tried[lead] = tried
        return tried

    def run(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Each pattern's matches in ``text``, as ``finditer`` would give them."""
        # the text's first word has no character before it: its patterns are tried there
        starts = [m.end() for m in self.word_starts.finditer(text)]
        starts.insert(0, 0)
        return self.run_at(text, starts)

    def run_at(self, text: str, starts: list[int]) -> dict[str, list[re.Match[str]]]:
        """Each pattern's matches in ``text``, as ``finditer`` would give them, given
        ``starts`` in order: every word start where one of the patterns may match (more
        do no harm)."""
        found: dict[str, list[re.Match[str]]] = {name: [] for name, _ in self.patterns}
        last = dict.fromkeys(found, 0)
        step, tried, patterns_for = self.DISPATCH, self._tried, self._patterns_for
        for pos in starts:
            lead = text[pos : pos + step]
            # the remembered choice read here (a method call per start costs more than it),
            # an empty one too: most starts after a number mention have none (scan_masked)
            chosen = tried.get(lead)
            if chosen is None:
                chosen = patterns_for(lead)
            for name, pattern in chosen:
                if pos >= last[name] and (m := pattern.match(text, pos)) is not None:
                    found[name].append(m)
                    last[name] = m.end()
        return found
