"""Property tests: for any input, extract never raises, is deterministic, and its
output is well formed (offsets, no overlap, claims that point at facts)."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factlib
from factlib.lexicon import load, names


def _words_of(name: str) -> list[str]:
    """Every word of a lexicon's data (its provenance aside)."""
    words: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            words.extend(node.split())
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk({k: v for k, v in load(name).items() if k not in ("about", "provenance")})
    return words


@lru_cache(maxsize=1)
def _vocabulary() -> list[str]:
    return sorted({w for name in names() for w in _words_of(name)})


NOISE = [*"0123456789٠١٢٣٤٥٦٧٨٩۰۱۲.,،٫٬%٪-/:()$€£ \n\t؟!؛«»",
    "\u064b", "\u0640", "\u200f", "\u202b", "\u061c", "\ufef7", "\ufdf2", "😀", "\ud800", "\x00", "\x1b",
]  # fmt: skip
TOKEN = st.one_of(
    st.sampled_from(_vocabulary()),
    st.integers(min_value=0, max_value=10**13).map(str),
    st.sampled_from(NOISE),
)
ARABIC_HEAVY = st.lists(TOKEN, max_size=40).map(" ".join) | st.lists(TOKEN, max_size=40).map(
    "".join
)
ANY_TEXT = st.text(max_size=200)
REF = st.sampled_from([None, "2025-12-19", "2015-08-11", "1990-02-28"])


def _check(text: str, ref: str | None) -> None:
    doc = factlib.extract(text, reference_date=ref)
    end = -1
    for i, f in enumerate(doc.facts):
        assert f.id == i
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= end, "facts overlap"
        end = f.end
    for c in doc.claims:
        assert 0 <= c.fact < len(doc.facts)
        assert doc.facts[c.fact].kind in ("money", "measure", "count", "percent", "number")
        assert c.time is None or doc.facts[c.time].kind == "date"
        assert 0 <= c.sentence[0] <= c.sentence[1] <= len(text)
        if c.metric_span is not None:
            assert text[c.metric_span[0] : c.metric_span[1]] == c.metric
    assert factlib.extract(text, reference_date=ref).to_dict() == doc.to_dict(), "not deterministic"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABIC_HEAVY, REF)
def test_arabic_heavy_text(text: str, ref: str | None) -> None:
    _check(text, ref)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, REF)
def test_any_unicode(text: str, ref: str | None) -> None:
    _check(text, ref)


@lru_cache(maxsize=1)
def _number_words() -> list[str]:
    """The number lexicon's words, and words that count, measure and price."""
    words = _words_of("numbers")
    return sorted({*words, "دولار", "سنت", "يوم", "ساعة", "عام", "بالمئة", "و", "من", "إلى"})


# number words, and digit literals that read as fractions, exponents and decimals
EXACT_TOKEN = (
    st.sampled_from(_number_words())
    | st.sampled_from(_number_words()).map("و".__add__)  # وثلاثة: joined to the one before
    | st.sampled_from(["^", "^-", "e-", "E", "ر", "/", "-", "٫", ".", "3", "10", "4", "1500"])
)
EXACT_TEXT = st.lists(EXACT_TOKEN, max_size=30).map(" ".join) | st.lists(
    EXACT_TOKEN, max_size=30
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EXACT_TEXT)
@example("مئة وثلاثة أرباع")  # each division in the grammar, and a negative power
@example("ثلاثة أرباع المبلغ")
@example("واحد فاصلة خمسة")
@example("10^-3 و 2^-1")
@example("خمسة أيام ونصف و 30 سنتا")
@example("بلغ 0^-1 دولار و 0.0^-2")  # a zero base: no value, and no ZeroDivisionError
def test_values_are_exact(text: str) -> None:
    """Every value the finders give is an int or a Fraction (number_words.Exact), never a
    float: whole values are ints, and int / int gives a float, so each division is
    written Fraction(a, b). 10^-3 is 1/1000, not 0.001."""
    from factlib.dates import find_dates
    from factlib.normalization import normalize
    from factlib.numbers import find_numbers
    from factlib.quantities import find_quantities

    norm = normalize(text)
    nums = find_numbers(norm)
    values = [v for m in nums for v in (m.value, m.scale)]
    values += [d.amount for d in find_dates(norm.text, nums, None) if d.amount is not None]
    for q in find_quantities(norm, nums):
        values += [v for v in (q.value, q.low, q.high) if v is not None]
    assert all(type(v) in (int, Fraction) for v in values), values


def test_negative_powers_stay_exact() -> None:
    """A base of digits raised to a negative power: the int base alone would give a float."""
    from factlib.normalization import normalize
    from factlib.numbers import find_numbers

    for text, value in (("10^-3", Fraction(1, 1000)), ("1e-3", Fraction(1, 1000))):
        (mention,) = find_numbers(normalize(text))
        assert type(mention.value) is Fraction and mention.value == value
    assert factlib.parse_number("10^-3") == 0.001
    assert type(factlib.parse_number("10^3")) is int


def _python_steps(text: str) -> int:
    """How many steps one extract takes: function calls (C ones too) and lines run. A
    measure of work that, unlike a clock, is the same on every machine; the lines count
    the turns of a loop that runs inside one call (``next`` over a generator that scans
    a list), which calls alone miss."""
    import sys
    from types import FrameType
    from typing import Any

    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    factlib.extract(text, "2025-12-19")  # compile the patterns first
    sys.setprofile(profile)
    sys.settrace(trace)
    try:
        factlib.extract(text, "2025-12-19")
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


def test_work_grows_linearly_with_the_text() -> None:
    """Four times the text, four times the work (within 10%): no step of the pipeline
    compares every fact with every other (a list.remove of a dataclass did, for parts of
    years, and ran 100x longer on a tenfold document)."""
    from tests.corpus_format import rows

    lines = [r.cols[0] for c in ("dates", "quantities", "claims", "numbers") for r in rows(c, 1)]
    one = "\n".join(lines)
    ratio = _python_steps("\n".join([one] * 4)) / _python_steps(one)
    assert ratio < 4.4, ratio


@pytest.mark.parametrize(
    "unit",
    [
        "قال الوزير إن الصادرات بلغت 5 مليارات دولار في عام 2024 و",  # one endless sentence
        "ثلاثة وعشرون ألفا ومائتان ",  # number words without end
        "في الربع الأول من 2024 ومطلع العام ",  # quarters and parts, each next to a year
        "زار 5 أشخاص الموقع https://example.com/a/1 يوم 3 ",  # figures among links
    ],
)
def test_work_grows_linearly_on_adversarial_text(unit: str) -> None:
    ratio = _python_steps(unit * 800) / _python_steps(unit * 200)
    assert ratio < 4.4, ratio


def test_work_grows_linearly_with_distinct_speakers() -> None:
    """A transcript of many voices: each speaker is looked up among those named before
    (factlib.entities), by dictionary, not by a scan of them all."""
    import itertools

    names = ["".join(p) for p in itertools.product("بتثجحخدذرزسشصضطظعغفقكلمنهي", repeat=3)]

    def voices(n: int) -> str:
        return "\n".join(
            f"وقال الوزير أحمد {names[i]}ي إن الصادرات بلغت {i + 1} مليار دولار." for i in range(n)
        )

    ratio = _python_steps(voices(800)) / _python_steps(voices(200))
    assert ratio < 4.4, ratio
