"""Lexicons of quantities as folded lookup tables and compiled patterns.

Currencies (``data/currencies.json``, derived from CLDR), units of measure
(``data/units.json``), counted nouns (``data/nouns.json``), bounds
(``data/bounds.json``) and identifier cues (``data/identifiers.json``). Built once,
on first use; every pattern applies to folded text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factlib import patterns as regex
from factlib.arabic import LEFT, RIGHT, SPACES, alternation, dual
from factlib.arabic import phrase_alternation as _alt
from factlib.arabic import phrase_key as _key
from factlib.lexicon import load
from factlib.normalization import fold

__all__ = ["Currency", "QuantityWords", "quantity_words"]

L, R, SP = LEFT, RIGHT, SPACES


@dataclass(frozen=True)
class Currency:
    """What a currency word says: its base name, and a code when the word alone decides it."""

    name: str  # folded base name (دولار) or "" for a symbol
    code: str | None
    factor: float = 1.0  # subunits: سنت = 0.01 USD
    factors: tuple[tuple[str, float], ...] = ()  # a subunit shared by several: فلس
    dual: bool = False


@dataclass(frozen=True)
class QuantityWords:
    currency_forms: dict[str, Currency]  # folded word -> base currency
    adjectives: dict[tuple[str, str], str]  # (base name, folded adjective) -> code
    currency_base: dict[str, str]  # code -> folded base name (QAR -> ريال)
    country_codes: dict[str, str]  # folded country phrase -> code of its currency
    symbols: dict[str, str]  # folded -> code ("?" when two symbols fold alike)
    raw_symbols: dict[str, str]  # as written -> code
    units: dict[str, str]  # folded form -> canonical symbol
    unit_duals: dict[str, str]  # folded dual that is two alone (مترين) -> canonical symbol
    per_time: dict[str, str]  # folded form -> "/d", "/y", "/h"
    broken_plurals: dict[str, str]  # folded plural -> singular as written
    sound_exceptions: dict[str, str]
    singulars: dict[str, str]  # folded singular -> as written
    dual_counts: dict[str, str]  # folded dual of a counted noun (دولتين) -> its singular
    longest_dual: int  # letters in the longest of them: how far back a dual's word is read
    dual_tails: frozenset[str]  # their last four letters (every dual has five or more)
    not_counted: frozenset[str]
    function_words: frozenset[str]  # never a counted noun (في، منها، يوميا)
    others: frozenset[str]  # آخر، أخرى: what the count before counts (11 آخرين)
    others_as_person: frozenset[str]  # قتيل، جريح: after these the others are people
    bounds_before: dict[str, str]  # folded phrase -> bound
    bounds_after: dict[str, str]
    bound_verbs: dict[str, str]
    split_nouns: frozenset[str]  # what an un-negated يزيد/يقل apart from عن bounds (folded)
    p: dict[str, regex.Pattern]

    def knows_singular(self, key: str) -> bool:
        """Whether folded ``key`` is a listed singular, bare or with the accusative ا
        (جندي, مشتبها): what follows a figure of 11 and more."""
        return key in self.singulars or (key.endswith("ا") and key[:-1] in self.singulars)

    def knows_stem(self, key: str) -> bool:
        """Whether folded ``key`` is a listed singular with a suffix the rules strip: the
        accusative ا (مشتبها), ين/ون (مهندسين), ات (ولادات: ولادة)."""
        singulars = self.singulars
        if key.endswith("ا"):
            return key[:-1] in singulars
        if key.endswith(("ين", "ون")):
            return key[:-2] in singulars
        if key.endswith("ات"):
            return key[:-2] + "ه" in singulars or key[:-2] in singulars
        return False

    def knows_noun(self, key: str) -> bool:
        """Whether folded ``key`` is a counted noun the lexicon lists, in any of its forms."""
        return (
            key in self.singulars
            or key in self.broken_plurals
            or key in self.sound_exceptions
            or self.knows_stem(key)
        )


def _currencies(
    d: dict[str, Any],
) -> tuple[dict[str, Currency], dict[tuple[str, str], str], dict[str, str]]:
    forms: dict[str, Currency] = {}
    for name, e in d["names"].items():
        base = _key(name)
        cur = Currency(base, e.get("default"))
        plain = not name.endswith(("ا", "ة", "ى", "و")) and " " not in name
        accusative = [name + "ا"] if plain else []
        for w in [name, *accusative, *e.get("plurals", [])]:
            forms.setdefault(_key(w), cur)  # دولارًا: the accusative after 11-99
        for w in e.get("duals", []):
            forms.setdefault(_key(w), Currency(base, e.get("default"), dual=True))
    adjectives: dict[tuple[str, str], str] = {}
    for c in d["currencies"]:
        base = _key(c["name"])
        for adj in c.get("adjectives", []):
            adjectives[(base, _key(adj))] = c["code"]
            adjectives[(base, _key("ال" + adj))] = c["code"]
    for sub in d.get("subunits", []):
        of = sub.get("of")
        factors = sub.get("factors") or ({of: sub.get("factor", 0.01)} if of else {})
        factor = float(sub.get("factor") or (next(iter(factors.values())) if factors else 0.01))
        shared = tuple((c, float(f)) for c, f in factors.items())
        cur = Currency(_key(sub["names"][0]), of or None, factor, shared)
        accusative = [n + "ا" for n in sub.get("names", []) if not n.endswith(("ا", "ة"))]
        for w in [
            *sub.get("names", []),
            *accusative,
            *sub.get("plurals", []),
            *sub.get("duals", []),
        ]:
            forms.setdefault(_key(w), cur)
    symbols: dict[str, str] = {}
    for k, v in d.get("symbols", {}).items():
        key = fold(k).strip()
        # د.إ (AED) and د.أ (JOD) fold alike: such a symbol is read on the original text
        symbols[key] = v if symbols.get(key, v) == v else "?"
    return forms, adjectives, symbols


def _units(d: dict[str, Any]) -> dict[str, str]:
    table: dict[str, str] = {}
    for u in d["units"]:
        names = list(u.get("names", []))
        for w in names + u.get("duals", []) + u.get("plurals", []) + u.get("abbreviations", []):
            table.setdefault(_key(w), u["symbol"])
        for w in names:
            if not w.endswith("ا"):
                for form in dual(w):
                    table.setdefault(_key(form), u["symbol"])
    for phrase, symbol in d.get("compound", {}).items():
        table[_key(phrase)] = symbol
    for phrase, symbol in d.get("temperature_words", {}).items():
        table[_key(phrase)] = symbol
    return table


def _participle(stem: str) -> bool:
    """A noun that may be read as a participle or a noun of profession, whose sound plural
    in ين is as common as its broken one: its ين form is no dual. The form فاعل (عامل،
    ناشط، زائر), فعّال (قناص، بحار) and the forms in م (معبر, منفذ: معبرين is mostly
    مُعبّرين, expressing); a noun that names no person is spared (see _dual_counts)."""
    four = len(stem) == 4 and "ا" in (stem[1], stem[2])
    return four or (stem.startswith("م") and len(stem) >= 4)


def _dual_counts(
    singulars: dict[str, str],
    broken: dict[str, str],
    exceptions: dict[str, str],
    not_counted: frozenset[str],
    units: dict[str, str],
    currencies: dict[str, Currency],
    not_duals: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Every dual that counts two of a known noun: folded form -> the singular as written.

    Generated, so that the text is scanned for these words only (a scan for any word
    ending in ان met thousands of names and verbs, each looked up in Python). A
    singular in ه takes تان/تين (دولة: دولتان، دولتين); any other, except one in ت
    (whose ان form reads as the تان of another noun), takes ان, and ين too when its plural
    is broken (جندي: جنود, so جنديين is two soldiers; لاعبين may be the plural, and is
    left out, as are the participles that take both plurals: عامل، عمال and عاملين; and
    the adjectives of ``not_duals``: أمريكيين، عسكريين). Plurals that end like a dual (بلدان، شبان), units, currencies, words never
    counted and ``not_duals`` (names and other words spelled as a dual: طالبان، شعبان)
    are left out.
    """
    out: dict[str, str] = {}
    broken_lemmas = frozenset(_key(v) for v in broken.values())
    # a masculine noun with a plural in ات (هجمات، انفجارات، مشروعات), or with فواعل as its one
    # plural (حوادث; عامل has عمال too), names no person, so it has no plural in ين: its ين
    # form is a dual even in a participle's shape
    plurals: dict[str, list[str]] = {}
    for k, v in broken.items():
        plurals.setdefault(_key(v), []).append(k)
    things = frozenset(
        _key(v)
        for k, v in [*broken.items(), *exceptions.items()]
        # (a form in م is spared only as مفعول, مشروع: منتخب، مدرج، مقرر are also the
        # participles منتخَبين، مدرَجين، مقرِّرين)
        if k.endswith("ات") and (not _key(v).startswith("م") or _key(v)[-2:-1] == "و")
    )
    things |= {
        lemma
        for lemma, ks in plurals.items()
        if len(ks) == 1 and len(ks[0]) == 5 and ks[0][1] == "و" and ks[0][2] == "ا"
    }
    for stem, lemma in singulars.items():
        if len(stem) < 3 or not stem.isalpha():
            continue
        if stem in not_counted or stem in units or stem in currencies:
            continue
        forms = [stem[:-1] + "تان", stem[:-1] + "تين"] if stem.endswith("ه") else []
        if not stem.endswith("ت"):
            forms.append(stem + "ان")
            if not stem.endswith("ه") and (
                stem in things or (stem in broken_lemmas and not _participle(stem))
            ):
                forms.append(stem + "ين")
        if stem.endswith("ء"):  # جزء: جزءين and جزأين (folded جزاين), the hamza on an alef
            forms += [stem[:-1] + "ا" + form[len(stem) :] for form in forms]
        for form in forms:
            if (
                form not in broken
                and form not in exceptions
                and form not in not_duals
                and form not in singulars
            ):
                out[form] = lemma
    return out


@lru_cache(maxsize=1)
def quantity_words() -> QuantityWords:
    cur = load("currencies")
    units_data = load("units")
    nouns = load("nouns")
    bounds = load("bounds")
    idents = load("identifiers")
    forms, adjectives, symbols = _currencies(cur)
    countries: dict[str, str] = {}  # a country, capital or central bank -> its currency
    for c in cur.get("countries", []):
        code = c.get("currency")
        if not code:
            continue
        for w in [
            *c.get("names", []),
            *c.get("adjectives", []),
            *c.get("capitals", []),
            *c.get("bodies", []),
        ]:
            countries[_key(w)] = code
    units = _units(units_data)
    not_alone = {fold(w) for w in units_data.get("duals_not_alone", [])}
    unit_duals = {
        fold(f): u["symbol"]
        for u in units_data["units"]
        for f in u.get("duals", [])
        if fold(f) not in not_alone and " " not in f
    }
    per_time = {_key(w): per for per, ws in units_data.get("per_time", {}).items() for w in ws}
    broken = {_key(k): v for k, v in nouns.get("broken_plurals", {}).items()}
    exceptions = {_key(k): v for k, v in nouns.get("sound_plural_exceptions", {}).items()}
    singulars = {_key(w): w for w in nouns.get("singulars", [])}
    singulars.update({_key(v): v for v in [*broken.values(), *exceptions.values()]})
    # 8 صباحا وحتى 5 مساء: the times of day of a clock (dates.json) are never counted things
    day_periods = load("dates")["day_periods"]
    not_counted = frozenset(_key(w) for w in [*nouns.get("not_counted", []), *day_periods])
    not_duals = frozenset(_key(w) for w in nouns.get("not_duals", []))
    dual_counts = _dual_counts(singulars, broken, exceptions, not_counted, units, forms, not_duals)
    before = {_key(w): b for b, ws in bounds["before"].items() for w in ws}
    after = {_key(w): b for b, ws in bounds["after"].items() for w in ws}
    verbs = {_key(w): b for b, ws in bounds["verbs"].items() for w in ws}
    symbol_alt = alternation(symbols)
    country = rf"(?P<w>[وفبل]?(?P<c>{_alt(countries)})){R}"  # w: from its clitic on
    p: dict[str, regex.Pattern] = {
        "currency_after": regex.compile(
            # (a currency glued to the next word's لل is a missed space: دولارللأوقية)
            rf"[ \t]*(?:(?:من{SP})?ال)?(?P<c>{_alt(forms)})(?:{R}|(?=لل\p{{L}}))(?:{SP}(?P<adj>{_alt(a for _, a in adjectives)}){R})?"
        ),
        "million_dinar": regex.compile(r"[ \t]*(?:م[ \t]*\.?[ \t]*د|مليون[ \t]+د)(?![\p{L}\p{M}])"),
        "symbol_after": regex.compile(rf"[ \t]*(?P<s>{symbol_alt})(?![\p{{L}}])"),
        "symbol_before": regex.end_gated(rf"(?<![\p{{L}}])(?P<s>{symbol_alt})[ \t]*$"),
        "unit_after": regex.compile(
            # نحو 600 ألف برميل من المكثفات والنفط الخام يوميا: what of, then how often
            rf"[ \t]*(?P<u>{_alt(units)})(?![\p{{L}}\p{{M}}])"
            rf"(?:(?:{SP}من(?:{SP}\p{{L}}+){{1,4}})?{SP}(?P<per>{_alt(per_time)}){R})?"
            rf"(?:{SP}(?P<neg>{_alt(units_data.get('below_zero', []))}){R})?"
        ),
        # a bare درجة after a figure: a temperature where the sentence speaks of one
        "degrees": regex.compile(rf"[ \t]*(?:{_alt(units_data.get('degree_words', []))}){R}"),
        "temperature_before": regex.compile(
            rf"{L}[وفبل]?(?:{_alt(units_data.get('temperature_context', []))}){R}[^.!?؟\n]*$"
        ),
        "degrees_below": regex.compile(
            rf"[ \t]*(?:{_alt(units_data.get('degree_words', []))}){R}(?:{SP}(?:مئويه|مئويتين|مئويتان))?{SP}(?P<neg>{_alt(units_data.get('below_zero', []))}){R}"
        ),
        "pp_dual": regex.compile(rf"{L}(?:نقطتين|نقطتان){SP}(?:مئويتين|مئويتان){R}"),
        "count_of": regex.compile(rf"{L}[وفب]?عدد{SP}(?P<n>\p{{L}}+)"),
        # بطول مترين، بمترين: a unit's dual alone is two of it (not with its article: the
        # one scan would try الجرا، الغال، الاوق at every word so opening)
        "unit_dual": regex.compile(rf"{L}[وفبل]??(?P<u>{_alt(unit_duals)}){R}"),
        "currency_dual": regex.compile(
            rf"{L}(?P<c>{_alt(k for k, v in forms.items() if v.dual)}){R}"
        ),
        # (a quoted noun too: 15 "سعوديا", whose closing quote is in the match)
        "noun_after": regex.compile(
            r"(?:[ \t]+|(?<=\d))(?:(?P<q>[\"«“])(?=[^\"»”\s]+[\"»”]))?(?P<art>ال)?(?P<n>\p{L}[\p{L}\p{M}]+)(?(q)[\"»”])"
        ),
        # بأكثر من، وبنحو، لأكثر من: the bound takes the clitics of the phrase it opens (بدون is without;
        # لتصل إلى after a trend is where it arrived, not an upper bound)
        "bound_before": regex.end_gated(
            rf"{L}[وف]?(?:ب(?!دون)|ل(?![يت]))?(?P<b>{_alt(before)})[ \t]*$"
        ),
        # (a comparative not before من and what it compares: 14 ضحية وأكثر من مليون دولار,
        # the next figure's qualifier; 14 شخصا أو أكثر من ذلك stays ge)
        "bound_after": regex.compile(
            rf"{SP}(?P<b>{_alt(after)}){R}(?!(?:(?<=[ \tوف]اكثر)|(?<=[ \tوف]اقل)){SP}من{SP}(?!(?:ذلك|هذا|هذه){R}))"
        ),
        "verb_before": regex.word_led(
            rf"{L}(?:(?P<neg>{_alt(bounds['negation'])}){SP})?[وف]?(?P<v>{_alt(verbs)}){R}[ \t]*"
            rf"(?:\p{{L}}+[ \t]+){{0,4}}$"
        ),
        # للمادة 77، للفصل 26: ل before ال is written لل
        "ident_before": regex.end_gated(
            rf"{L}(?:[وفبل]?(?:{_alt(idents['before'])})|[وف]?ل(?:{_alt(w[1:] for w in idents['legal'])}))"
            rf"[ \t]*(?:رقم[ \t]*)?[:(]?[ \t]*$"
        ),
        "maker_before": regex.end_gated(rf"{L}[وفبل]?(?:{_alt(idents['makers'])})[ \t]*$"),
        "ident_hyphen": regex.end_gated(
            rf"{L}[وفبل]?(?:{_alt(idents['before_hyphen'])})[ \t]*-[ \t]*$"
        ),
        # a country, found by the character before its word (see quantities.country_mentions)
        "country": regex.compile(rf"{regex.BEFORE_WORD}{country}"),
        "rank_before": regex.end_gated(
            rf"{L}[وفبل]?(?:{_alt(idents['ranks'])})[ \t]*(?::[ \t]*)?$"
        ),
        "weak_ident_before": regex.end_gated(
            rf"{L}[وفبل]?(?:{_alt(idents['weak_before'])})[ \t]*(?:رقم[ \t]*)?$"
        ),
        # (a name in ال after ل loses its alef: للدول السبع الكبار)
        "group": regex.compile(
            rf"{L}[وفبل]?(?:ال)?(?:{_alt([*idents['groups'], *(f'لل{g[2:]}' for g in idents['groups'] if g.startswith('ال'))])}){R}"
        ),
        "score": regex.compile(
            rf"{L}[وف]?(?:[بل]|بال|لل|ال)?(?:{_alt(idents['score_verbs'])})[^.؟!\n]{{0,40}}?$"
        ),
        "score_pair": regex.compile(r"[ \t]*[-:/][ \t]*(?:\d{1,2}(?!\d)|صفر)"),
        # (09,00 ت غ)، 16.50 غرينتش: a time of day by its zone; وحتى 5 مساء: by its part of
        # the day after a word that leads to a clock (أصيب 5 مساء أمس: five wounded)
        "clock_zone": regex.compile(
            rf"[ \t]*(?:{_alt(idents['clock_after'])})(?![\p{{L}}\p{{M}}])"
        ),
        "clock_period": regex.compile(rf"[ \t]*(?:{_alt(day_periods)})(?![\p{{L}}\p{{M}}])"),
        "clock_cue": regex.end_gated(rf"{L}[وف]?(?:الساعه|حتي|الي|من)[ \t]*(?:\d+[،,:.][ \t]*)?$"),
        "phone": regex.compile(r"(?<![\d])(?:\+|00)?\d[\d \-]{7,}\d(?![\d])"),
    }
    return QuantityWords(
        currency_forms=forms,
        unit_duals=unit_duals,
        adjectives=adjectives,
        currency_base={c["code"]: _key(c["name"]) for c in cur["currencies"]},
        country_codes=countries,
        symbols=symbols,
        raw_symbols=dict(cur.get("symbols", {})),
        units=units,
        per_time=per_time,
        broken_plurals=broken,
        sound_exceptions=exceptions,
        singulars=singulars,
        dual_counts=dual_counts,
        longest_dual=max(map(len, dual_counts), default=0),
        dual_tails=frozenset(k[-4:] for k in dual_counts),
        not_counted=not_counted,
        function_words=frozenset(_key(w) for w in nouns["function_words"]),
        others=frozenset(_key(w) for w in nouns["others"]),
        others_as_person=frozenset(_key(w) for w in nouns["others_as_person"]),
        bounds_before=before,
        bounds_after=after,
        bound_verbs=verbs,
        split_nouns=frozenset(_key(w) for w in bounds["split_nouns"]),
        p=p,
    )
