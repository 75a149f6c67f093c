"""The number-word lexicon: every form generated from the lemmas in ``data/numbers.json``.

Each folded form maps to one :class:`Word`: its grammatical category and value.
The categories are what the grammar in :mod:`factlib.number_grammar` combines:

``ones``        0-10 (``ثلاث``, ``ثلاثة``, ``عشرة``)
``teen_head``   only before عشر/عشرة (``أحد``, ``إحدى``, ``اثنا``)
``tens``        20-90 (``عشرون``, ``عشرين``)
``hundreds``    100-900 (``مئة``, ``مئتان``, ``ثلاثمائة``); ``mult`` marks مئة/مائة,
                which a unit before it may multiply (``ثلاث مئة``)
``scale``       1e3 … 1e12 and the dozen; ``form`` is ``sg``, ``acc`` (``ألفا``: accusative
                after a multiplier, dual construct without one), ``dual`` or ``pl``
``frac``        ``نصف``, ``ثلث``, ``ربع``, ``سدس``; ``frac_pl`` (``أرباع``) needs a multiplier
``ord``         ordinals 1-10; ``ord_head`` (``حادي``) only before عشر
``point``, ``neg``   ``فاصلة``, ``سالب``/``ناقص``
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any, TypeAlias

from factlib.arabic import DUAL_SUFFIXES, LEFT, PROCLITICS, RIGHT, alternation, dual, feminine
from factlib.lexicon import load
from factlib.normalization import fold

__all__ = ["Exact", "Word", "exact", "word_pattern", "words"]

# An exact value: an int or a Fraction (½, 2.5, 1/4). Digits and number words are read
# as ints when whole, and so is a number the grammar sums (مليار ونصف); arithmetic on a
# Fraction may still leave a whole one (a price in cents), which compares and hashes as
# the int does (Fraction(3) == 3). Why not a Fraction always: whole numbers are nearly all
# the values in news, and a Fraction's arithmetic and comparisons run in Python (a `>=`
# took 1.5 µs, an int's 30 ns); with ints the number finder's grammar ran 1.8% fewer
# instructions per article. A division must be written Fraction(a, b), as int / int
# would give a float (tested: no value is a float).
Exact: TypeAlias = int | Fraction


def exact(value: Exact) -> Exact:
    """``value`` with a whole Fraction made an int (1,500 read as a decimal string, 1.5
    billion summed from a half), so that what follows it runs on ints."""
    return value.numerator if value.denominator == 1 else value


@dataclass(frozen=True, slots=True)
class Word:
    """What a number word contributes to the grammar."""

    cat: str
    value: Exact
    form: str = "sg"
    tail: bool = False  # عشر/عشرة: may close a teen (ثلاثة عشر)
    frac_if_definite: int = 0  # خمس: 1/5 before a definite noun, else 5
    bare: str = "any"  # ordinals without the article: "any", or "after_feminine" (ولاية ثالثة)


def _add(table: dict[str, Word], forms: Any, word: Word) -> None:
    for form in [forms] if isinstance(forms, str) else forms:
        key = fold(form)
        if key in table and table[key] != word:
            raise ValueError(f"number lexicon: {form!r} is both {table[key]} and {word}")
        table[key] = word


def _stem_forms(entry: dict[str, Any]) -> list[str]:
    forms = list(entry.get("forms", []))
    if "stem" in entry:
        forms += [entry["stem"], feminine(entry["stem"])]
    return forms


@lru_cache(maxsize=1)
def words() -> dict[str, Word]:
    """Folded form -> :class:`Word`, for every form the lemmas generate."""
    data = load("numbers")
    table: dict[str, Word] = {}
    amb = {
        fold(f): d["denominator"]
        for d in data["fractions"]
        for f in d.get("singular_if_definite", [])
    }
    tails = {fold(t) for t in data["teen_tails"]}
    for e in data["ones"]:
        for form in _stem_forms(e):
            key = fold(form)
            _add(
                table,
                form,
                Word(
                    "ones",
                    e["value"],
                    tail=key in tails,
                    frac_if_definite=amb.get(key, 0),
                ),
            )
    for e in data["teen_heads"]:
        _add(table, e["forms"], Word("teen_head", e["value"]))
    for e in data["tens"]:
        _add(
            table,
            [e["stem"] + s for s in data["tens_suffixes"]],
            Word("tens", e["value"]),
        )
    hundred = data["hundred"]
    _add(table, hundred["singular"], Word("hundreds", 100, form="mult"))
    for stem in hundred["dual_stems"]:
        _add(table, [stem + s for s in DUAL_SUFFIXES], Word("hundreds", 200))
    _add(table, hundred["plural"], Word("scale", 100, form="pl"))
    for e in data["hundreds_prefixes"]:
        joined = [p + h for p in e["forms"] for h in hundred["singular"]]
        _add(table, joined, Word("hundreds", e["value"] * 100))
    for e in [*data["scales"], data["dozens"]]:
        value = e["value"]
        for sg in e["singular"]:
            _add(table, sg, Word("scale", value, form="sg"))
            forms = dual(sg)
            acc = forms.pop(2)  # the bare-alef form: accusative singular or dual construct
            _add(table, acc, Word("scale", value, form="acc"))
            _add(table, forms, Word("scale", value, form="dual"))
        _add(table, e["plural"], Word("scale", value, form="pl"))
    for e in data["fractions"]:
        one = Fraction(1, e["denominator"])
        _add(table, e.get("singular", []), Word("frac", one))
        if e.get("dual"):
            _add(table, [d for s in e["singular"] for d in dual(s)], Word("frac", 2 * one))
        _add(table, e["plural"], Word("frac_pl", one))
    for e in data["ordinals"]:
        # masculine ordinals head a construct (ثالث أكبر); an indefinite feminine one is an
        # adjective and must agree with a feminine noun before it (ولاية ثالثة)
        feminine_forms = {fold(feminine(e["stem"]))} if "stem" in e else set()
        for form in _stem_forms(e):
            key = fold(form)
            bare = "after_feminine" if key in feminine_forms else "any"
            _add(table, form, Word("ord", e["value"], bare=bare))
    for e in data["ordinal_teen_heads"]:
        _add(table, e["forms"], Word("ord_head", e["value"]))
    _add(table, data["decimal_point"], Word("point", 0))
    _add(table, data["negative"], Word("neg", -1))
    return table


@lru_cache(maxsize=1)
def word_pattern() -> str:
    """Regex source: one number word with its proclitics and explicit boundaries."""
    return f"{LEFT}{PROCLITICS}(?P<w>{alternation(words())}){RIGHT}"
