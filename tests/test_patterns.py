"""The regex builders: a prefix tree must match exactly what a flat alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factlib.arabic import SPACES, alternation, phrase_alternation, trie


def _flat(forms: set[str]) -> str:
    """The plain alternation the tree replaces: longest first."""
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


_FORMS = st.sets(st.text(alphabet="اب ت.", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(forms=_FORMS, text=st.text(alphabet="اب ت.ج", max_size=30))
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
    assert trie(["ثلاث", "ثلاثة", "ثلاثين"]) == "ثلاث(?:(?:ين|ة))?"
    assert SPACES in trie(["في المئة"], space=SPACES)


_WORDS = ["يناير", "واليوم", "العام الماضي", "السبت", "يومين", "ل", "ال", " ", "\n", "5", "،"]
_WORDS += ["قال", "وأعلن", "اعلنت", "حسب", "وفقا", "لل", "الوزير", "ما"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_a_word_scan_finds_what_each_pattern_finds_alone(words: list[str]) -> None:
    from factlib.text_scan import _scan, scan_text

    text = "".join(words)
    found = scan_text(text)
    for name, pattern in _scan().patterns:
        assert [m.span() for m in found[name]] == [m.span() for m in pattern.finditer(text)]


def test_a_word_scan_refuses_a_pattern_that_does_not_open_at_a_word_start() -> None:
    import pytest

    from factlib.patterns import WordScan, compile

    with pytest.raises(ValueError):
        WordScan({"digits": compile(r"\d+")})


def test_a_word_scan_on_real_text() -> None:
    from factlib.normalization import normalize
    from factlib.text_scan import _scan, scan_text
    from tests.conftest import ROOT

    article = (ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
    texts = [article]
    for corpus in ("dates", "claims", "quantities", "numbers"):
        lines = (ROOT / "tests" / "corpus" / f"{corpus}.tsv").read_text(encoding="utf-8")
        texts += [line.split("\t")[0] for line in lines.splitlines()]
    text = normalize("\n".join(texts)).text
    found = scan_text(text)
    for name, pattern in _scan().patterns:
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected and [m.span() for m in found[name]] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='.!?؟؛\n x"»)3', max_size=30))
def test_sentence_ends_match_the_plain_alternation(text: str) -> None:
    from factlib.sentences import _END

    plain = re.compile(r"[.!?؟؛]+(?=[\s\"'»”)\]]|$)|\n+")
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_text_scan_follows_a_rebuilt_lexicon_table() -> None:
    """A notebook that patches a lexicon clears the table's cache; the shared scan must
    not keep the old patterns."""
    from factlib import claims
    from factlib.text_scan import _scan

    before = _scan()
    assert _scan() is before
    claims._words.cache_clear()
    assert _scan() is not before


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
    from factlib.numbers import _patterns

    text = normalize("".join(pieces)).text
    pats = _patterns()
    apart = sorted(
        [m.span() for m in pats["digits"].finditer(text)]
        + [m.span() for m in pats["word"].finditer(text)]
    )
    assert apart == [m.span() for m in _one_token_pattern().finditer(text)]


def test_number_tokens_scanned_apart_on_real_text() -> None:
    from factlib.normalization import normalize
    from factlib.numbers import _patterns
    from tests.conftest import ROOT

    lines = (ROOT / "tests" / "corpus" / "numbers.tsv").read_text(encoding="utf-8")
    article = (ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
    text = normalize(lines + article).text
    pats = _patterns()
    apart = sorted(
        [m.span() for m in pats["digits"].finditer(text)]
        + [m.span() for m in pats["word"].finditer(text)]
    )
    assert len(apart) > 500 and apart == [m.span() for m in _one_token_pattern().finditer(text)]
