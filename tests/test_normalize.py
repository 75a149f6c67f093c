"""Normalization folds spellings for matching and never loses the way back."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factlib
from factlib.normalization import (
    _ATTACHED,
    _DIGIT_ZEROS,
    _MARKS,
    _ONE_TO_ONE,
    _fold_astral,
    _fold_chars,
    fold,
    normalize,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("١٢٣٤٥٦٧٨٩٠", "1234567890"),
        ("۱۲۳۴۵۶۷۸۹۰", "1234567890"),
        ("١٬٢٣٤٫٥", "1,234.5"),
        ("٣٫٥٪", "3.5%"),
        ("أإآٱا", "ااااا"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("ثلاثـــة", "ثلاثه"),
        ("ثَلَاثَةٌ", "ثلاثه"),
        ("مشروعًا", "مشروعا"),
        ("هٰذا", "هذا"),
        ("a\u200fb\u200bc\u2067d\u2069\u061ce", "abcde"),
        ("1\u00a0000\u202f000", "1 000 000"),
        ("\ufe70abc", "abc"),
        ("\ufef7", "لا"),
        ("\ufe8d\ufedf\ufed4", "الف"),
        ("\ufdf2", "الله"),
    ],
)
def test_folding(raw: str, folded: str) -> None:
    assert normalize(raw).text == folded


def test_spans_map_back_over_deleted_marks() -> None:
    raw = "بلغ ثلاثةٌ وعشرونَ"
    n = normalize(raw)
    i = n.text.index("ثلاثه")
    start, end = n.span(i, i + len("ثلاثه"))
    assert raw[start:end] == "ثلاثةٌ"


def test_a_span_grows_over_every_mark_and_tatweel_of_unicode_that_the_class_holds() -> None:
    """The set a span's end grows over is read from the Arabic block; no character of the
    class lies outside it."""
    attached = re.compile(f"[{_MARKS}\u0640]")
    assert {chr(c) for c in range(0x110000) if attached.fullmatch(chr(c))} == _ATTACHED
    n = normalize("بلغ ثلاثةٌـ وعشرونَ")
    assert n.span(4, 9) == (4, 11)
    assert n.span(0, 17) == n.span(0, 16) == (0, 19)  # an end past the text: the source's
    assert normalize("ـًبلغ").span(-3, -1) == (-3, 2)  # before it: the marks at the start


def test_span_inside_a_ligature_covers_the_whole_ligature() -> None:
    raw = "x\ufef7y"  # LAM WITH ALEF WITH HAMZA ABOVE, isolated
    n = normalize(raw)
    assert n.text == "xلاy"
    assert n.span(2, 3) == (1, 2)
    assert n.offsets == (0, 1, 1, 2, 3)


def test_identity_when_nothing_changes_length() -> None:
    n = normalize("عام ٢٠٢٥")
    assert n.offsets == tuple(range(len("عام ٢٠٢٥") + 1))


def test_public_api_exposes_normalize() -> None:
    n = factlib.normalize("١٥٫٥ مليار")
    assert isinstance(n, factlib.Normalized)
    assert n.text == "15.5 مليار"


def test_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str"):
        normalize(b"abc")  # type: ignore[arg-type]


def test_fold_is_idempotent() -> None:
    for word in ("إحدى عشرة", "مئتا", "ثَمانٍ", "ﻻ"):
        assert fold(fold(word)) == fold(word)


MARKS_AND_CONTROLS = "\u064b\u064c\u0650\u0651\u0652\u0670\u0640\u200f\u200b\u2067\u00a0"
PRESENTATION_FORMS = "\ufef7\ufe8d\ufdf2\ufe70"
ARABICISH = st.text(
    alphabet=st.sampled_from(
        "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةؤئ ٠١٢٣٤٥٦٧٨٩۰۱۲٫٬٪%.,،0123456789-\n"
        + MARKS_AND_CONTROLS
        + PRESENTATION_FORMS
    ),
    max_size=80,
)


# what a lexicon entry may hold: anything in the BMP (test_lexicons holds them to it)
BMP_TEXT = st.text(alphabet=st.characters(max_codepoint=0xFFFF), max_size=60)


def test_fold_changes_nothing_in_normalized_text() -> None:
    """numbers looks words of the folded text up without folding them again: fold maps
    each character on its own, so every character there is checks it for every text."""
    for start in range(0, 0x110000, 0x1000):
        chars = "".join(map(chr, range(start, start + 0x1000)))
        folded = normalize(chars).text
        assert fold(folded) == folded


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABICISH, BMP_TEXT))
def test_fold_is_the_text_of_normalize(raw: str) -> None:
    # fold skips the map back when nothing is deleted or expanded, and the look for
    # digits beyond the BMP, which no lexicon entry holds
    fold.cache_clear()
    assert fold(raw) == normalize(raw).text


def test_every_decimal_digit_folds_to_ascii() -> None:
    """Every character of Unicode's decimal digits (category Nd, as this Python's
    unicodedata knows them) folds to its ASCII digit, and the table of their zeros
    holds each run: patterns on folded text may open with [0-9] instead of \\d."""
    import sys
    import unicodedata

    digits = [chr(cp) for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Nd"]
    assert len(digits) >= 650
    zeros = {ord(d) - unicodedata.decimal(d) for d in digits} - {0x30}
    assert zeros <= set(_DIGIT_ZEROS)
    text = " ".join(digits)
    assert normalize(text).text == " ".join(str(unicodedata.decimal(d)) for d in digits)
    assert factlib.extract("بلغ العدد 𝟏𝟐 شخصا").facts[0].value == 12  # mathematical digits


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_folded_text_has_ascii_digits_only(raw: str) -> None:
    assert not [c for c in normalize(raw).text if c.isdecimal() and not "0" <= c <= "9"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABICISH, st.text(max_size=60)))
def test_offsets_are_monotonic_and_complete(raw: str) -> None:
    n = normalize(raw)
    offs = n.offsets
    assert len(offs) == len(n.text) + 1
    assert offs[-1] == len(raw)
    assert all(a <= b for a, b in itertools.pairwise(offs))
    assert all(0 <= o <= len(raw) for o in offs)
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(raw)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABICISH, st.text(max_size=60)))
def test_every_fact_text_is_the_input_slice(raw: str) -> None:
    doc = factlib.extract(raw)
    for f in doc.facts:
        assert 0 <= f.start <= f.end <= len(raw)
        assert f.text == raw[f.start : f.end]
        assert f.text.strip() == f.text or f.text


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([chr(k) for k in _ONE_TO_ONE] + list("اب ت5\n")),
        max_size=40,
    )
)
def test_folding_characters_equals_one_translate(text: str) -> None:
    assert _fold_astral(_fold_chars(text)) == text.translate(_ONE_TO_ONE)
