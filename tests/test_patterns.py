"""The regex builders: a prefix tree must match exactly what a flat alternation matches."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlib.arabic import SPACES, alternation, phrase_alternation, trie
from factlib.patterns import WordScan


def _flat(forms: set[str]) -> str:
    """The plain alternation the tree replaces: longest first."""
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


# letters in one run (ا ب) and scattered (ت ج ع): the tree writes last letters as a class
# or as branches
_FORMS = st.sets(st.text(alphabet="ابتجع .", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(forms=_FORMS, text=st.text(alphabet="ابتجع .ه", max_size=30))
def test_tree_finds_what_the_flat_alternation_finds(forms: set[str], text: str) -> None:
    # a boundary after the word forces backtracking into shorter forms
    tree = re.compile(f"(?:{trie(forms)})(?!ب)")
    flat = re.compile(f"(?:{_flat(forms)})(?!ب)")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_spaces_in_phrases_match_any_run_of_blanks() -> None:
    pattern = re.compile(phrase_alternation(["في المئة", "في المائة", "بالمئة"]))
    # phrases are folded (ة is written ه), like the text they run on
    assert pattern.fullmatch("في \t المئه")
    assert pattern.fullmatch("بالمئه")
    assert not pattern.fullmatch("فيالمئه")


def test_special_characters_are_literal() -> None:
    pattern = re.compile(alternation(["a.b", "a", "c+"]))
    assert pattern.fullmatch("a.b") and pattern.fullmatch("c+")
    assert not pattern.fullmatch("axb")


def test_an_empty_lexicon_matches_nothing() -> None:
    assert re.search(alternation([]), "anything") is None
    assert re.search(phrase_alternation([]), "anything") is None


def test_a_tree_shares_prefixes() -> None:
    assert trie(["ثلاث", "ثلاثة", "ثلاثين"]) == "ثلاث(?:ين|ة)?"
    assert SPACES in trie(["في المئة"], space=SPACES)


def test_last_letters_are_a_class_only_when_it_is_cheap_to_compile() -> None:
    """The standard compiler maps a class of three or more runs of code points over the
    whole BMP (160 µs each): such last letters stay branches, kept from being made a
    class by a branch that never matches."""
    assert trie(["با", "بت", "بث"]) == "ب[اتث]"  # two runs: ا, and ت-ث
    assert trie(["با", "بج", "بع"]) == "ب(?:ا|ج|ع|(?!))"
    assert trie(["با", "بج", "بع", "ب"]) == "ب(?:ا|ج|ع|(?!))?"
    assert trie(["با", "بج", "بع", "بهد"]) == "ب(?:هد|ا|ج|ع)"  # not a class alone: no guard
    assert trie(["با", "بج", "بع", "بعد"]) == "ب(?:عد?|[اج])"
    tree = re.compile(f"(?:{trie(['با', 'بج', 'بع', 'بهد'])})$")
    words = ["با", "بج", "بع", "بهد", "به", "ب"]
    assert [bool(tree.match(w)) for w in words] == [True, True, True, True, False, False]


_WORDS = ["يناير", "واليوم", "العام الماضي", "السبت", "يومين", "ل", "ال", " ", "\n", "5", "،"]
_WORDS += ["قال", "وأعلن", "اعلنت", "حسب", "وفقا", "لل", "الوزير", "ما"]


def _finds_what_finditer_finds(scan: WordScan, text: str, every: bool = False) -> None:
    """Each pattern's matches from ``scan`` are its own ``finditer``'s (and, with ``every``,
    each pattern has some)."""
    found = scan.run(text)
    for name, pattern in scan.patterns:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in found[name]] == expected, name
        assert expected or not every, name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_a_word_scan_finds_what_each_pattern_finds_alone(words: list[str]) -> None:
    from factlib.text_scan import _scan

    _finds_what_finditer_finds(_scan(), "".join(words))


_ATOMS = st.sampled_from(["a", "b", "ب", "[ab]", "[ا-ج]", r"\w", ".", "[^a]", r"\d", " "])


def _regexes() -> st.SearchStrategy[str]:
    """Small patterns of every construct the word-led patterns use."""
    return st.recursive(
        _ATOMS,
        lambda inner: st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda p: f"(?:{p[0]}|{p[1]})"),
            st.tuples(inner, st.sampled_from(["?", "??", "*", "+?", "{2}", "{0,3}", "{1,2}?"])).map(
                lambda p: f"(?:{p[0]}){p[1]}"
            ),
            inner.map(lambda p: f"(?={p})"),
            inner.map(lambda p: f"(?!{p})"),
            inner.map(lambda p: f"(?P<g>{p})"),
            inner.map(lambda p: f"(?<![ab]){p}"),
        ),
        max_leaves=8,
    )


def _every_match(pattern: str, text: str) -> list[re.Match[str]] | None:
    """The match of ``pattern`` at each position of ``text`` where it matches; None when
    the generated pattern does not compile (a group name twice)."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    return [m for pos in range(len(text) + 1) if (m := compiled.match(text, pos)) is not None]


@settings(max_examples=500, deadline=None)
@given(pattern=_regexes(), text=st.text(alphabet="abب ج1", max_size=12), length=st.integers(1, 4))
def test_every_match_begins_with_a_leading_string(pattern: str, text: str, length: int) -> None:
    from factlib.patterns import leading_strings

    matches = _every_match(pattern, text)
    if matches is None:
        return
    leads = leading_strings(pattern, length)
    assert all(len(s) <= length for s in leads)
    for m in matches:
        assert any(m.group().startswith(s) for s in leads), (pattern, text, m.start(), leads)


def test_leading_strings_spell_out_narrow_classes_and_stop_at_wide_ones() -> None:
    from factlib.patterns import leading_strings

    assert leading_strings("ab|c", 3) == {"ab", "c"}
    assert leading_strings("a[bc]d", 2) == {"ab", "ac"}
    assert leading_strings(r"a\wb", 3) == {"a"}  # \w is too wide to spell out
    assert leading_strings("(?:x)?y", 2) == {"xy", "y"}
    assert leading_strings("(?<=q)(?!z)ab", 2) == {"ab"}  # look-arounds read nothing
    assert leading_strings("a?", 2) == {"", "a"}  # may match nothing: no gate
    assert leading_strings("(?i)ab", 2) == {""}  # case folding is not spelled out


@settings(max_examples=300, deadline=None)
@given(pattern=_regexes(), cut=st.integers(1, 4), extra=st.integers(0, 3))
def test_leading_strings_cut_shorter_are_the_shorter_strings(
    pattern: str, cut: int, extra: int
) -> None:
    """The word scan cuts its gate's strings to choose the patterns tried at a start:
    the strings of a length, cut shorter, are the strings of the shorter length."""
    from factlib.patterns import leading_strings

    try:
        re.compile(pattern)
    except re.error:
        return
    longer = leading_strings(pattern, cut + extra)
    assert {s[:cut] for s in longer} == leading_strings(pattern, cut)


def test_the_scan_gate_admits_every_match_on_real_text() -> None:
    from factlib.patterns import _GATE, leading_strings
    from factlib.text_scan import _scan

    text = _real_text()
    for name, pattern in _scan().patterns:
        leads = tuple(leading_strings(pattern.pattern, _GATE))
        matches = list(pattern.finditer(text))
        assert matches and all(m.group().startswith(leads) for m in matches), name


def test_a_word_scan_without_its_cache_finds_the_same() -> None:
    from factlib.patterns import WordScan
    from factlib.text_scan import _scan

    scan, text = _scan(), _real_text()
    fresh = WordScan(dict(scan.patterns))
    fresh.REMEMBERED = 0  # every choice of patterns computed anew
    spans = {name: [m.span() for m in ms] for name, ms in scan.run(text).items()}
    assert {name: [m.span() for m in ms] for name, ms in fresh.run(text).items()} == spans
    assert not fresh._tried


def test_a_word_scan_refuses_a_pattern_that_does_not_open_at_a_word_start() -> None:
    import pytest

    from factlib.patterns import WordScan, compile

    with pytest.raises(ValueError):
        WordScan({"digits": compile(r"\d+")})


def _real_text() -> str:
    """The article and every example corpus line, folded."""
    from factlib.normalization import normalize
    from tests.conftest import ROOT
    from tests.corpus_format import rows

    article = (ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
    corpora = ("dates", "claims", "quantities", "numbers")
    texts = [article, *(row.cols[0] for corpus in corpora for row in rows(corpus, 1))]
    return normalize("\n".join(texts)).text


def test_a_word_scan_on_real_text() -> None:
    from factlib.text_scan import _scan

    _finds_what_finditer_finds(_scan(), _real_text(), every=True)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='.!?؟؛\n x"»)3', max_size=30))
def test_sentence_ends_match_the_plain_alternation(text: str) -> None:
    from factlib.sentences import _END

    plain = re.compile(r"[.!?؟؛]+(?=[\s\"'»”)\]]|$)|\n+")
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_word_character_is_alphanumeric_or_an_underscore_over_all_of_unicode() -> None:
    """What sentences' one-letter test reads \\w as, for every character there is."""
    word = re.compile(r"\w")
    assert all(
        (word.match(ch) is not None) == (ch.isalnum() or ch == "_")
        for ch in map(chr, range(0x110000))
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=4), st.text(alphabet="د.ـ_5٣ ²x", max_size=4))
def test_a_one_letter_word_before_a_dot_as_the_pattern_reads_it(any_text: str, text: str) -> None:
    """sentences tells an abbreviation (د. محمد) by two string tests, which must read \\w
    as the engine does, over all of Unicode."""
    from factlib.sentences import _after_one_letter

    one_letter = re.compile(r"(?<!\w)\w$")
    for t in (any_text, text, text + any_text):
        for dot in range(len(t) + 1):
            expected = one_letter.search(t, max(0, dot - 1), dot) is not None
            assert _after_one_letter(t, dot) == expected, (t, dot)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \tوا\n،5", max_size=10), st.data())
def test_number_tokens_join_as_the_gap_pattern_reads_them(text: str, data: Any) -> None:
    """_runs joins two tokens when blanks and at most one و stand between them: what the
    pattern [ \\t]*(و)?[ \\t]* read before, and reads here."""
    from fractions import Fraction

    from factlib.number_grammar import Tok
    from factlib.numbers import _runs

    def toks() -> list[Tok]:
        spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 3))))
        pstarts = data.draw(st.lists(st.integers(-1, len(text)), min_size=len(spans)))
        return [
            Tok(a, min(a + n, len(text)), Fraction(1), pstart=p)
            for (a, n), p in zip(sorted(spans), pstarts, strict=False)
        ]

    gap = re.compile(r"[ \t]*(و)?[ \t]*")
    tokens = toks()
    expected, conj, prev = [], [], None
    for tok in tokens:
        m = (
            None
            if prev is None
            else gap.fullmatch(text, prev.end, tok.pstart if tok.pstart >= 0 else tok.start)
        )
        if m is not None and prev is not None and tok.start >= prev.end:
            expected[-1].append(tok.start)
            conj.append(bool(m.group(1)))
        else:
            expected.append([tok.start])
            conj.append(False)
        prev = tok
    runs = _runs(text, tokens)
    assert [[t.start for t in run] for run in runs] == expected
    assert [t.conj for t in tokens] == conj


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12/.-\t x", max_size=60), st.integers(0, 150))
def test_the_numeric_date_gate_gives_what_its_search_gave(text: str, dots: int) -> None:
    """dates' gate for numeric dates tries its pattern at each separator, and hands a text
    of many separators to the engine's search: both give what the search gave."""
    from factlib.date_words import date_words
    from factlib.dates import _NUMERIC_DATE, _may_hold_numeric_date

    dmy = date_words().p["numeric_dmy"]
    for t in (text, "." * dots + text, text + "-" * dots + "1/2.3"):
        assert _may_hold_numeric_date(t) == (_NUMERIC_DATE.search(t) is not None)
        if dmy.search(t) is not None:  # and the gate never turns away a date the pattern reads
            assert _may_hold_numeric_date(t)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12/.-\t x", max_size=40), st.integers(1, 5))
def test_found_in_gives_what_the_search_gives(text: str, tries: int) -> None:
    """found_in matches at each opener str.find finds, then hands the text to the engine's
    search once ``tries`` have failed; either way, what the search gives."""
    from factlib.dates import _DIGIT_SLASH_DIGIT, _NUMERIC_DATE_OPEN
    from factlib.patterns import found_in

    for pattern, openers in ((_DIGIT_SLASH_DIGIT, "/-"), (_NUMERIC_DATE_OPEN, "/.-")):
        expected = pattern.search(text) is not None
        assert found_in(pattern, text, openers) == expected
        assert found_in(pattern, text, openers, tries) == expected


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789/-., x", max_size=14))
def test_a_month_and_year_read_as_the_two_forms_were(text: str) -> None:
    """numeric_my opens with its first digit (its look-behind after it), and its month
    and year are read from that digit and the rest: what the two forms gave before."""
    from factlib.date_words import date_words

    old = re.compile(
        r"(?<![\d/.\-])(?:(?P<m1>\d{1,2})[/\-](?P<y1>\d{4})|(?P<y2>\d{4})/(?P<m2>\d{1,2}))"
        r"(?![\d/\-]|[.,]\d)"
    )
    expected = [
        (m.span(), int(m.group("m1") or m.group("m2")), int(m.group("y1") or m.group("y2")))
        for m in old.finditer(text)
    ]
    got = []
    for m in date_words().p["numeric_my"].finditer(text):
        if m.group("y1") is not None:
            month, year = int(m.group("f") + m.group("m1")), int(m.group("y1"))
        else:
            month, year = int(m.group("m2")), int(m.group("f") + m.group("y2"))
        got.append((m.span(), month, year))
    assert got == expected


def test_the_text_scan_follows_a_rebuilt_lexicon_table() -> None:
    """A notebook that patches a lexicon clears the table's cache; the shared scan must
    not keep the old patterns."""
    from factlib import claims
    from factlib.text_scan import _scan

    before = _scan()
    assert _scan() is before
    claims._words.cache_clear()
    assert _scan() is not before


def test_the_masked_scan_follows_a_rebuilt_date_table() -> None:
    from factlib.date_words import date_words
    from factlib.text_scan import _masked_scan

    before = _masked_scan()
    assert _masked_scan() is before
    date_words.cache_clear()
    assert _masked_scan() is not before


def _masked_scan_finds_what_finditer_finds(
    text: str, masked: str, mention_ends: list[int], every: bool = False
) -> None:
    """The masked-text patterns, matched where the text scan of ``text`` says they may
    start (and at ``mention_ends``), find in ``masked`` what each one's ``finditer``
    finds (and, with ``every``, each finds some)."""
    from factlib.text_scan import _masked_scan, scan_masked, scan_text

    found = scan_masked(masked, scan_text(text), mention_ends)
    for name, pattern in _masked_scan().patterns:
        expected = [m.span() for m in pattern.finditer(masked)]
        assert [m.span() for m in found[name]] == expected, name
        assert expected or not every, name


def _masked_finds_what_finditer_finds(text: str, every: bool = False) -> None:
    """The same on the date finder's masked text of folded ``text``."""
    from factlib.dates import _masked
    from factlib.normalization import normalize
    from factlib.numbers import find_numbers

    norm = normalize(text)
    nums = find_numbers(norm)
    masked = _masked(norm.text, nums)
    _masked_scan_finds_what_finditer_finds(norm.text, masked, [m.end for m in nums], every)


def test_the_masked_scan_finds_what_each_pattern_finds_alone() -> None:
    _masked_finds_what_finditer_finds(_real_text(), every=True)


_MASKED = ["5", "2015", "ثلاث", "عشرين", "ثلاثة", " ", "-", "و", "بين", "من", "قبل", "منذ"]
_MASKED += ["سنوات", "الساعه", "القرن", "الربع", "الصيف", ":", "\n", "عامي", "الماضي", "%"]
_MASKED += ["\t", "ال", "ب", "ساعه", "#", "~", "في المئة"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MASKED), max_size=20))
def test_the_masked_scan_on_generated_text(pieces: list[str]) -> None:
    _masked_finds_what_finditer_finds("".join(pieces))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_MASKED), max_size=16),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=4),
)
def test_the_masked_scan_after_any_mask(pieces: list[str], spans: list[tuple[int, int]]) -> None:
    """Any spans written over, even ending inside a word (a word start only in the masked
    text: ثلاثالقرن with ثلاث masked is #### then القرن)."""
    text = "".join(pieces)
    masked, ends = list(text), []
    for at, length in spans:
        start, end = min(at, len(text)), min(at + length, len(text))
        masked[start:end] = "#" * (end - start)
        ends.append(end)
    _masked_scan_finds_what_finditer_finds(text, "".join(masked), ends)


def test_the_masked_scan_at_a_word_start_the_mask_makes() -> None:
    from factlib.text_scan import scan_masked, scan_text

    text = "ثلاثالقرن 12 و5"
    masked = "####القرن ## و#"
    found = scan_masked(masked, scan_text(text), [4, 12, 15])
    assert [m.span() for m in found["date:century"]] == [(4, 12)]
    assert not scan_masked(masked, scan_text(text))["date:century"]  # without the ends


def test_masked_starts_need_patterns_that_open_with_a_letter() -> None:
    from factlib.patterns import WordScan, compile, translate

    scan = WordScan({"n": compile(translate(r"(?<![\p{L}\p{M}])#+ عام"))})
    with pytest.raises(ValueError):
        scan.starts_where("#")


def _one_token_pattern() -> re.Pattern[str]:
    """Digit literals and number words as one alternation: what the split scans replace."""
    from factlib.number_words import word_pattern
    from factlib.numbers import _DIGITS
    from factlib.patterns import compile

    return compile(f"{_DIGITS}|{word_pattern()}")


_NUMBERISH = ["5", "٣", "1,5", "5ر1", "3/4", "1 234", "733 7", " مليون", "ثلاثة", "وعشرون", "ر"]
_NUMBERISH += ["بالمئة", " ", "\n", ".", "e5", "واحد", "الاثنين", "-", "%", "،", "لل", "ثلاث"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=30))
def test_number_tokens_scanned_apart_are_the_tokens_of_one_scan(pieces: list[str]) -> None:
    from factlib.normalization import normalize

    text = normalize("".join(pieces)).text
    assert _tokens_apart(text) == [m.span() for m in _one_token_pattern().finditer(text)]


def _tokens_apart(text: str) -> list[tuple[int, int]]:
    """The spans of digit literals and of number words, each scanned alone, in order."""
    from factlib.numbers import _patterns

    pats = _patterns()
    return sorted(
        [m.span() for m in pats["digits"].finditer(text)]
        + [m.span() for m in pats["word"].finditer(text)]
    )


# the digit-literal pattern as first written: a look-ahead and a look-behind before the
# branches (the engine tries it at every character); numbers._DIGITS opens with a class
_PLAIN_DIGITS = (
    r"(?P<d>(?=[\d.])(?<![\d.,،])(?:"
    r"\d+ر\d+"
    r"|\d{3}[ ]\d{1,3}(?=[ \t]+(?:م[ \t]*\.?[ \t]*د(?![\p{L}])|مليون|مليار|الف|الاف|دينار|طن|اطنان|هكتار))"
    r"|\d{1,3}(?:[ ]\d{3})+(?![\d/])(?:[.,]\d+)?"
    r"|(?<![\d/])\d+/\d+(?![\d/])"
    r"|\d+(?:[.,،]\d+)*(?:[eE][+-]?\d+|\^[+-]?\d+)?"
    r"|(?<!\p{L})\.\d+))"
)
_DIGITISH = [
    "5",
    "12",
    "٣",
    "733",
    ".",
    ",",
    "،",
    "/",
    "ر",
    " ",
    "\t",
    "e",
    "E",
    "^",
    "+",
    "-",
    "ا",
]
_DIGITISH += [" مليون", " طن", "م.د", "1 234", "\n"]


def _same_digit_literals(raw: str) -> None:
    """On folded text, which is what the pattern reads: its ASCII opening ([0-9.], not
    [\\d.]) is no \\d on other digits, which folding leaves none of."""
    from factlib.normalization import normalize
    from factlib.numbers import _patterns
    from factlib.patterns import compile

    text = normalize(raw).text
    plain, fast = compile(_PLAIN_DIGITS), _patterns()["digits"]
    assert [(m.span(), m.group("d")) for m in fast.finditer(text)] == [
        (m.span(), m.group("d")) for m in plain.finditer(text)
    ]
    for pos in range(0, len(text), 7):
        a, b = fast.match(text, pos, pos + 160), plain.match(text, pos, pos + 160)
        assert (a and a.span()) == (b and b.span())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DIGITISH), max_size=30))
def test_the_digit_literal_pattern_finds_what_its_plain_form_finds(pieces: list[str]) -> None:
    _same_digit_literals("".join(pieces))


def test_the_digit_literal_pattern_on_real_text() -> None:
    _same_digit_literals(_real_text())


def test_number_tokens_scanned_apart_on_real_text() -> None:
    text = _real_text()
    apart = _tokens_apart(text)
    assert len(apart) > 500 and apart == [m.span() for m in _one_token_pattern().finditer(text)]


_DATEISH = ["1", "12", "2018", "1436", "/", ".", "-", " / ", " ", "ه", "\t", "،", "a"]


def _numeric_dates_pass_their_gate(text: str) -> None:
    from factlib.date_words import date_words
    from factlib.dates import _may_hold_numeric_date

    p = date_words().p
    if any(p[name].search(text) for name in ("numeric_dmy", "numeric_ymd")):
        assert _may_hold_numeric_date(text), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATEISH), max_size=12))
def test_no_numeric_date_without_its_gate(pieces: list[str]) -> None:
    _numeric_dates_pass_their_gate("".join(pieces))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATEISH), max_size=12))
def test_the_numeric_date_gate_answers_as_its_whole_pattern(pieces: list[str]) -> None:
    """Opened at the separator (the digit and blanks before it looked behind), the gate
    says what the pattern that opens with a digit says."""
    from factlib.dates import _NUMERIC_DATE, _may_hold_numeric_date

    text = "".join(pieces)
    assert _may_hold_numeric_date(text) == (_NUMERIC_DATE.search(text) is not None), text


def test_no_numeric_date_without_its_gate_on_real_text() -> None:
    text = _real_text()
    for line in text.splitlines():
        _numeric_dates_pass_their_gate(line)
    from factlib.dates import _may_hold_numeric_date

    assert _may_hold_numeric_date(text)


@settings(max_examples=500, deadline=None)
@given(pattern=_regexes(), text=st.text(alphabet="abب ج1\t", max_size=12), length=st.integers(1, 4))
def test_every_match_ends_with_a_trailing_string(pattern: str, text: str, length: int) -> None:
    from factlib.patterns import trailing_strings

    matches = _every_match(pattern, text)
    if matches is None:
        return
    ends = tuple(trailing_strings(pattern, length))
    for m in matches:
        assert m.group().rstrip(" \t").endswith(ends), (pattern, text, m.start(), ends)


def _end_gated() -> list[tuple[str, object]]:
    """Every gated pattern of the lexicon tables."""
    from factlib.date_words import date_words
    from factlib.numbers import _patterns
    from factlib.patterns import EndGated
    from factlib.quantity_words import quantity_words

    tables = {"date": date_words().p, "quantity": quantity_words().p, "number": _patterns()}
    return [
        (f"{table}:{name}", p)
        for table, patterns in tables.items()
        for name, p in patterns.items()
        if isinstance(p, EndGated)
    ]


def test_gated_windows_find_what_the_patterns_find_on_real_text() -> None:
    gated = _end_gated()
    assert len(gated) >= 15
    text = _real_text()
    ends = [i for i, ch in enumerate(text) if ch == " " or ch.isdigit()][::3]
    for name, p in gated:
        assert p._endings is not None, name  # type: ignore[attr-defined]
        for end in ends:
            for size in (12, 24, 60):
                got = p.search(text, end - size, end)  # type: ignore[attr-defined]
                want = p.compiled.search(text, end - size, end)  # type: ignore[attr-defined]
                assert (got and got.span()) == (want and want.span()), (name, end, size)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_WORDS, "اكثر من", "نحو", "رقم", ":", "-", "\t", "بالمئه", "5"]),
        max_size=8,
    )
)
def test_gated_windows_find_what_the_patterns_find(words: list[str]) -> None:
    text = "".join(words)
    for _, p in _end_gated():
        for start in (0, len(text) // 2):
            got = p.search(text, start)  # type: ignore[attr-defined]
            want = p.compiled.search(text, start)  # type: ignore[attr-defined]
            assert (got and got.span()) == (want and want.span())


def test_a_gate_reads_the_end_before_a_last_newline() -> None:
    from factlib.patterns import end_gated

    p = end_gated(r"(?:اكثر|اقل) من[ \t]*$")
    assert p.search("قال اكثر من \n") is not None  # $ matches before a newline that ends the text
    assert p.search("قال اكثر منه") is None
    assert p.search("اكثر من 5", 0, 7) is not None  # the window ends where the figure starts


def test_only_a_pattern_that_ends_at_the_window_end_is_gated() -> None:
    import pytest

    from factlib.patterns import end_gated

    for source in ("اكثر من", "اكثر|من$", "(?m)من$"):
        with pytest.raises(ValueError):
            end_gated(source)


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.text(alphabet="انبل", min_size=1, max_size=3), min_size=1, max_size=4),
    text=st.text(alphabet="انبل 5_\u064e،x", max_size=25),
    start=st.integers(0, 25),
    end=st.integers(0, 30),
)
def test_the_last_whole_word_is_the_last_match_of_its_pattern(
    words: list[str], text: str, start: int, end: int
) -> None:
    from factlib.arabic import LEFT, RIGHT, last_whole_word, trie
    from factlib.patterns import compile

    pattern = compile(f"{LEFT}(?:{trie(set(words))}){RIGHT}")
    matches = list(pattern.finditer(text, start, end))
    assert last_whole_word(text, words, start, end) == (matches[-1].end() if matches else None)


def test_clause_openers_are_words_of_letters() -> None:
    from factlib.claims import _words

    assert "ان" in _words().openers


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["#", "##", "####", " ", "سنوات", "عام", "و", "من", "\t", "ا"]), max_size=14
    )
)
def test_durations_read_a_run_of_hashes_from_its_start(pieces: list[str]) -> None:
    """The duration pattern starts only at the first # of a run; the plain form finds the same."""
    from factlib.date_words import date_words
    from factlib.patterns import compile

    fast = date_words().p["duration"]
    plain = compile(fast.pattern.replace("(?P<n>#(?<!##)#*)", "(?P<n>#+)", 1))
    assert plain.pattern != fast.pattern
    text = "".join(pieces)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12/-. ا", max_size=12))
def test_a_slash_between_digits_is_found_from_the_slash(text: str) -> None:
    from factlib.dates import _DIGIT_SLASH_DIGIT

    assert bool(_DIGIT_SLASH_DIGIT.search(text)) == bool(re.search(r"\d[/\-]\d", text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -+٠", max_size=24))
def test_every_phone_number_holds_the_run_that_gates_it(raw: str) -> None:
    """The quantity finder tries the phone pattern only in texts with a long run of digits
    (both read folded text, where every digit is ASCII: the gate opens with [0-9])."""
    from factlib.normalization import normalize
    from factlib.quantities import _LONG_DIGITS
    from factlib.quantity_words import quantity_words

    text = normalize(raw).text
    phone = quantity_words().p["phone"]
    for m in phone.finditer(text):
        assert _LONG_DIGITS.search(m.group()) is not None
    if phone.search(text) is not None:
        assert _LONG_DIGITS.search(text) is not None


def test_a_gated_pattern_matches_as_its_pattern_does() -> None:
    """EndGated stands in a table of patterns (typed ``patterns.Pattern``): besides its gated
    search, it matches, fully matches and iterates as the compiled pattern."""
    from factlib.patterns import end_gated

    gated = end_gated(r"(?:نحو|قرابة)[ \t]*$")
    text = "بلغ نحو "
    for method in ("match", "fullmatch", "search"):
        got = getattr(gated, method)(text, 4)
        want = getattr(gated.compiled, method)(text, 4)
        assert (got and got.span()) == (want and want.span())
    assert [m.span() for m in gated.finditer(text)] == [
        m.span() for m in gated.compiled.finditer(text)
    ]


def _measured_passes_its_gate(text: str) -> None:
    from factlib.claims import _words

    p = _words().p
    if any(p[name].search(text) for name in ("measure", "up", "down")):
        assert p["measured"].search(text), text


def _claim_words() -> list[str]:
    from factlib.lexicon import load
    from factlib.normalization import fold

    d = load("claims")
    return sorted(
        {
            fold(w)
            for key in ("measure_verbs", "trend_up", "raise_verbs", "trend_down")
            for w in d[key]
        }
    )


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_no_measure_verb_or_trend_word_without_their_gate(data: st.DataObject) -> None:
    """The clause gate of claims is a superset of the measure, up and down patterns."""
    pieces = st.sampled_from([*_claim_words(), "و", "ف", "ب", "س", "ت", "ال", " ", "،", "5"])
    _measured_passes_its_gate("".join(data.draw(st.lists(pieces, max_size=8))))


def test_no_measure_verb_or_trend_word_without_their_gate_on_real_text() -> None:
    text = _real_text()
    for line in text.splitlines():
        _measured_passes_its_gate(line)
    from factlib.claims import _words

    assert _words().p["measured"].search(text)


_COUNTRY_TEXT = st.lists(
    st.sampled_from(
        ["مصر", "ومصر", "لمصر", "السعوديه", "الرياض", "قطر", "مصري", " ", "،", "5", "\n", "ا"]
    ),
    max_size=14,
).map("".join)


def _country_left() -> re.Pattern[str]:
    """The country pattern as a look-behind at the word start would write it."""
    from factlib.arabic import LEFT
    from factlib.patterns import BEFORE_WORD, compile
    from factlib.quantity_words import quantity_words

    source = quantity_words().p["country"].pattern
    assert source.startswith(BEFORE_WORD)
    return compile(LEFT + source[len(BEFORE_WORD) :])


@settings(max_examples=300, deadline=None)
@given(text=_COUNTRY_TEXT)
def test_the_country_scan_finds_what_a_look_behind_finds(text: str) -> None:
    """Countries are found by the character before their word, the text's first word
    on its line with a space put first: the matches of a look-behind at word starts."""
    from factlib.arabic import matched_key
    from factlib.quantities import country_mentions
    from factlib.quantity_words import quantity_words

    expected = [(m.start(), matched_key(m.group("c"))) for m in _country_left().finditer(text)]
    assert list(country_mentions(quantity_words().p, text)) == expected


def test_the_country_scan_on_real_text() -> None:
    from factlib.quantities import country_mentions
    from factlib.quantity_words import quantity_words

    text = _real_text()
    expected = [m.start() for m in _country_left().finditer(text)]
    assert expected and [s for s, _ in country_mentions(quantity_words().p, text)] == expected
    # a name ends with a letter, so no word start hides in its last character
    assert all(key[-1].isalpha() for key in quantity_words().country_codes)


_WORD_LED_TEXT = st.lists(
    st.sampled_from(
        ["بلغ", "وبلغت", "يبلغ", "ارتفع", "تراجعت", "نحو", "لم", " ", "\t", "،", "5", "\n", "ا"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_WORD_LED_TEXT, pos=st.integers(0, 40), length=st.integers(0, 40))
def test_a_word_led_search_gives_what_the_pattern_gives(text: str, pos: int, length: int) -> None:
    from factlib.claims import _words
    from factlib.patterns import WordLed
    from factlib.quantity_words import quantity_words

    for pattern in (quantity_words().p["verb_before"], _words().p["measured"]):
        assert isinstance(pattern, WordLed)
        got = pattern.search(text, pos, pos + length)
        expected = pattern.compiled.search(text, pos, pos + length)
        assert (got and (got.span(), got.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )


def test_a_word_led_search_on_real_text() -> None:
    from factlib.claims import _words
    from factlib.patterns import WordLed
    from factlib.quantity_words import quantity_words

    text = _real_text()
    for pattern in (quantity_words().p["verb_before"], _words().p["measured"]):
        assert isinstance(pattern, WordLed)
        spans = []
        for pos in range(0, len(text), 7):
            got = pattern.search(text, pos, pos + 60)
            expected = pattern.compiled.search(text, pos, pos + 60)
            assert (got and got.span()) == (expected and expected.span())
            spans.append(got and got.span())
        assert any(spans)


@settings(max_examples=300, deadline=None)
@given(text=_WORD_LED_TEXT, pos=st.integers(0, 40), length=st.integers(0, 40))
def test_the_clause_gate_finds_the_first_measure_or_trend_word(
    text: str, pos: int, length: int
) -> None:
    """claims reads its measure verbs and trend words from where the gate ``measured``
    first matched: none of them starts before (the gate's tree allows every prefix of
    each), and none is found in a clause the gate turns away."""
    from factlib.claims import _words

    p = _words().p
    gate = p["measured"].search(text, pos, pos + length)
    for name in ("measure", "up", "down"):
        found = [m.span() for m in p[name].finditer(text, pos, pos + length)]
        if gate is None:
            assert found == []
        else:
            assert found == [m.span() for m in p[name].finditer(text, gate.start(), pos + length)]


def test_the_clause_gate_on_real_text() -> None:
    from factlib.claims import _words

    p, text, seen = _words().p, _real_text(), set()
    for pos in range(0, len(text), 7):
        gate = p["measured"].search(text, pos, pos + 200)
        for name in ("measure", "up", "down"):
            found = [m.span() for m in p[name].finditer(text, pos, pos + 200)]
            start = pos if gate is None else gate.start()
            assert found == [m.span() for m in p[name].finditer(text, start, pos + 200)]
            assert gate is not None or found == []
            seen.update(name for _ in found[:1])
    assert seen == {"measure", "up", "down"}


@settings(max_examples=300, deadline=None)
@given(text=_WORD_LED_TEXT, back=st.integers(1, 60), length=st.integers(0, 40))
def test_a_window_that_starts_before_the_text_reads_as_one_at_its_start(
    text: str, back: int, length: int
) -> None:
    """The finders search the window before a figure from ``start - 24`` without clamping
    it: the engine, EndGated and WordLed read a negative position as 0."""
    from factlib.patterns import EndGated, WordLed
    from factlib.quantity_words import quantity_words

    p = quantity_words().p
    assert isinstance(p["bound_before"], EndGated) and isinstance(p["verb_before"], WordLed)
    for pattern in (p["bound_before"], p["verb_before"], p["count_of"], p["score"]):
        got, expected = pattern.search(text, -back, length), pattern.search(text, 0, length)
        assert (got and got.span()) == (expected and expected.span())
    found = p["count_of"].finditer(text, -back, length)
    assert [m.span() for m in found] == [m.span() for m in p["count_of"].finditer(text, 0, length)]


def test_windows_that_start_before_the_text_on_matches() -> None:
    """The same for texts where each of the patterns matches near the start."""
    from factlib.normalization import normalize
    from factlib.quantity_words import quantity_words

    p = quantity_words().p
    texts = {
        "bound_before": "بأكثر من ",
        "verb_before": "وبلغ عدد القتلى ",
        "count_of": "وبلغ عدد القتلى ",
        "score": "فاز الفريق بنتيجة ",
    }
    for name, raw in texts.items():
        text = normalize(raw).text
        for back in (1, 5, 30):
            got = p[name].search(text, -back, len(text))
            expected = p[name].search(text, 0, len(text))
            assert expected is not None and (got and got.span()) == expected.span(), name


_BEFORE_FIGURE = ["الاول", "ه", "a", " ", "\t", "\n", "5", "،", "-", "كانون", "ـ", "_", "²"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_FIGURE), max_size=30), st.integers(0, 120))
def test_the_word_before_a_figure_read_backwards(pieces: list[str], start: int) -> None:
    from factlib.numbers import _prev_word
    from factlib.patterns import compile

    text = "".join(pieces)
    start = min(start, len(text))
    forward = compile(r"(\p{L}+)[ \t]*$").search(text, max(0, start - 40), start)
    assert _prev_word(text, start) == (forward.group(1) if forward else "")


def test_a_branch_that_never_matches_adds_no_string() -> None:
    """The trees end some branches with ``(?!)``: Python 3.13 parses it as FAILURE, which
    must give no string (an empty one would open the gate to every text)."""
    from factlib.patterns import _sre, _walk, trailing_strings

    failing = [
        (_sre.LITERAL, ord("ب")),
        (_sre.BRANCH, (None, [[(_sre.LITERAL, ord("ا"))], [(_sre.FAILURE, ())]])),
    ]
    assert _walk(failing, {""}, 3) == ({"با"}, set())
    assert "" not in trailing_strings("ب(?:ا|ج|(?!))[ \t]*$", 2)


def test_a_letter_property_inside_a_larger_class_is_an_error() -> None:
    """``[\\d\\p{L}]`` has no ``re`` spelling by replacement: it became a class inside a
    class, which ``re`` reads as other characters without a word (a digit pattern tried
    on 2026-12-07 matched ``.50`` after digits so). The forms translated stay as they were."""
    from factlib.patterns import _LETTER, translate

    bad = [r"(?<![\d.,،\p{L}]\.)", r"[\p{N}x]", r"[\p{L}\p{N}\p{M}]", r"[^\p{L}]"]
    bad += [r"[.[\p{L}]", r"[]\p{L}]"]  # in a class, [ and a ] first are characters
    for pattern in bad:
        with pytest.raises(ValueError, match="apart"):
            translate(pattern)
    assert translate(r"(?<![\p{L}]\.)\[\p{L}") == rf"(?<!{_LETTER}\.)\[{_LETTER}"
    # an escaped bracket opens no class: the property after it is read alone
    assert translate(r"\[\p{L}]") == rf"\[{_LETTER}]"
    assert translate(r"[\p{L}\p{N}_-]") == r"[\w_-]"
    assert translate(r"[\p{L}\p{M}]") == _LETTER


def test_the_spelled_out_complement_of_a_letter_is_the_same_set() -> None:
    """_NOT_LETTER spells the ASCII non-letters out for speed; it must hold exactly the
    characters [\\W\\d_] holds, in all of Unicode."""
    import sys

    from factlib.patterns import _NOT_LETTER

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    spelled, plain = re.compile(_NOT_LETTER), re.compile(r"[\W\d_]")
    assert [m.start() for m in spelled.finditer(every)] == [
        m.start() for m in plain.finditer(every)
    ]
