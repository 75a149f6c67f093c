"""The quantity lexicons stay in step with their sources and with each other."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factlib
from factlib.lexicon import load

babel_numbers = pytest.importorskip("babel.numbers")

CURRENCIES = load("currencies")
CODES = [c["code"] for c in CURRENCIES["currencies"] if c["code"] != "BTC"]


@pytest.mark.parametrize("code", CODES)
def test_cldr_currency_name_reads_as_its_code(code: str) -> None:
    """CLDR's Arabic display name (via babel), after a number, is money in that currency."""
    name = babel_numbers.get_currency_name(code, locale="ar")
    facts = factlib.extract(f"بلغت القيمة 5 ملايين {name} في المجموع").facts
    money = [f for f in facts if f.kind == "money"]
    assert [(f.unit, f.value) for f in money] == [(code, 5_000_000)], name


@pytest.mark.parametrize("code", ["USD", "EUR", "GBP", "SAR", "AED", "EGP", "KWD", "QAR"])
def test_iso_code_before_the_number(code: str) -> None:
    facts = factlib.extract(f"بقيمة {code} 20 مليون").facts
    assert [(f.kind, f.unit, f.value) for f in facts] == [("money", code, 20_000_000)]


def test_bare_names_follow_the_contract() -> None:
    def unit(text: str) -> str | None:
        return next(f.unit for f in factlib.extract(text).facts if f.kind == "money")

    assert unit("دفع 5 دولارات") == "USD"
    assert unit("دفع 5 يورو") == "EUR"
    assert unit("دفع 5 ريالات") == "SAR"
    assert unit("دفع 5 جنيهات") == "EGP"
    assert unit("دفع 5 دراهم") == "AED"
    assert unit("دفع 5 دنانير") is None
    assert unit("دفع 5 ليرات") is None
    assert unit("أعلنت الحكومة القطرية ميزانية بقيمة 200 مليار ريال") == "QAR"
    assert unit("قال البنك المركزي التونسي إن العجز بلغ 5 مليارات دينار") == "TND"
    assert unit("سعر الصرف في بيروت 90 ألف ليرة") == "LBP"


@pytest.mark.parametrize("symbol", sorted({u["symbol"] for u in load("units")["units"]}))
def test_every_unit_converts_to_itself(symbol: str) -> None:
    from factlib.conversion import convert

    assert convert(7.0, symbol, symbol) == pytest.approx(7.0)


def test_dual_nouns_found_from_their_ending_are_the_whole_words() -> None:
    """The dual finder looks from ان/تين back to the word start; it must find exactly
    the words a scan for every generated dual finds."""
    import re

    from factlib.arabic import LEFT, RIGHT, alternation
    from factlib.normalization import normalize
    from factlib.patterns import translate
    from factlib.quantities import _Finder
    from factlib.quantity_words import quantity_words
    from tests.conftest import ROOT

    duals = quantity_words().dual_counts
    assert max(map(len, duals)) == quantity_words().longest_dual
    lines = (ROOT / "tests" / "corpus" / "quantities.tsv").read_text(encoding="utf-8")
    article = (ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
    # a word longer than any dual that ends like one: read back no further than the longest
    extra = " وشقتين الدولتين دولتين، (مدرستان) مرتين5 قوتينن ABCان ابابابابابدولتين بدبلوماسيان "
    norm = normalize(lines + article + extra)
    # a whole word, or one after clitics (بسيارتين، لحقلين): the dual without them
    whole_words = re.compile(translate(f"{LEFT}[وفبل]{{0,2}}?(?P<d>{alternation(duals)}){RIGHT}"))
    expected = [(m.start("d"), m.end()) for m in whole_words.finditer(norm.text)]
    found = [(a, b) for a, b, _ in _Finder(norm, [], [])._dual_nouns()]
    assert len(expected) > 10 and found == expected


# دبلوماسيان is one of the longest duals: after a letter, the word is longer than any
_AROUND_DUALS = ["دولتين", "دبلوماسيان", "مدرستان", "ابا", "ال", "و", " ", "5", "²", "_", "،", "ـ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AROUND_DUALS), max_size=25))
def test_dual_nouns_read_backwards_as_the_forward_search_reads_them(pieces: list[str]) -> None:
    """The dual finder reads a word's letters backwards from ان/ين; a search for the word
    start in the window before the ending (what it did before) finds the same words, and
    both drop the clitics before a dual (وبدولتين)."""
    import re

    from factlib.normalization import Normalized
    from factlib.quantities import _DUAL_END, _Finder
    from factlib.quantity_words import quantity_words

    text = "".join(pieces)
    words = quantity_words()
    word_before = re.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")
    expected = []
    for e in _DUAL_END.finditer(text):
        w = word_before.search(text, max(0, e.end() - words.longest_dual - 2), e.end())
        if w is None:
            continue
        word, start = w.group(), w.start()
        for _ in range(2):  # up to two clitics before the dual: وبدولتين
            if word in words.dual_counts or len(word) <= 4 or word[0] not in "وفبل":
                break
            word, start = word[1:], start + 1
        if word in words.dual_counts:
            expected.append((start, e.end(), words.dual_counts[word]))
    assert list(_Finder(Normalized(text, text), [], [])._dual_nouns()) == expected
