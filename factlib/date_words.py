"""The date lexicon (``data/dates.json``) as folded lookup tables and compiled patterns.

Built once, on first use. Patterns match *masked* folded text, in which every
number mention is replaced by ``#`` of the same length (see :mod:`factlib.dates`),
so a pattern sees ``# يناير ####`` whether the text said ``1 يناير 2026`` or
``الأول من يناير ٢٠٢٦``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from factlib import patterns as regex
from factlib.arabic import LEFT, RIGHT, SPACES, matched_key
from factlib.arabic import phrase_alternation as _alt
from factlib.arabic import phrase_key as _key
from factlib.lexicon import load

__all__ = ["DateWords", "date_words"]


@dataclass(frozen=True)
class DateWords:
    months: dict[str, tuple[str, int]]  # folded name -> (calendar, month)
    needs_context: frozenset[str]
    prep_ok: frozenset[str]
    weekdays: dict[str, int]
    offsets: dict[str, int]
    story_offsets: dict[str, int]  # السابق، التالي: from the story's last date (same_period)
    relative_days: dict[str, int]
    periods: dict[str, str]
    period_duals: dict[str, str]  # folded العامين -> year: two of the period
    dual_following: frozenset[str]  # اللاحقين: two periods after a date of the story
    parts: dict[str, str]
    units: dict[str, tuple[str, str]]  # folded form -> (unit, number: sg|dual|pl)
    decades: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    seasons: dict[str, tuple[int, ...]]
    hijri_eras: frozenset[str]
    later: frozenset[str]  # بعد، خلال: an offset into the future (the rest of "ago" is past)
    today_not_before: frozenset[str]
    today_not_after: frozenset[str]
    half_words: frozenset[str]
    p: dict[str, regex.Pattern]  # compiled patterns

    key = staticmethod(matched_key)


_PRONOUNS = frozenset({"هو", "هي", "هم", "هن", "هما"})


def _future_forms(verbs: Iterable[str], future: str = "س", persons: str = "يتن") -> str:
    """س and an imperfect verb, from its third person masculine singular (يعقد): ي ت ن
    before the stem, and the plural ون and the dual ان after it; a stem
    that ends in ي drops it before ون (يلتقي: سيلتقون). With ``future=""``, the
    imperfect alone (يعقد، يلتقي), which before a day also says what is to come.

    Written as the person's letter, then a tree of the stems and their endings, not as a
    tree of every form: the same words, in a sixth of the pattern (its compiling was the
    start's largest new cost)."""
    stems, plurals = set(), set()
    for verb in verbs:
        if not verb.startswith("ي"):
            raise ValueError(f"dates lexicon: future verb {verb!r} should open with ي")
        stem = verb[1:]
        stems.add(stem)
        plurals.add(stem[:-1] if stem.endswith(("ي", "ى")) else stem)
    return rf"{future}[{persons}](?:(?:{_alt(stems)})(?:ان)?|(?:{_alt(plurals)})ون)"


# س before an imperfect of a derived verb, whatever its root, in the exact shape of its
# form: ستتقلص (V: ت and three letters, no ا second), سيتراجع، ستتعافى (VI: ت, a letter,
# ا, two letters), سينخفض، ستنطلق (VII: ن and three, no ا or ي first). Nouns and names
# in س rarely take those shapes (not سينمائي، سيتروين، سيتراك، سيناريو، سنتيمتر).
_L1 = r"[^\W\d_]"
_FUTURE_DERIVED = (
    rf"س[يتن](?:ت(?!ي){_L1}(?!ا){_L1}{_L1}|ت{_L1}ا{_L1}{_L1}|ن(?![اي]){_L1}{_L1}{_L1})"
    r"(?:ون|ان)?(?![^\W\d_])"
)


def _measured_in_past(verbs: Iterable[str]) -> list[str]:
    """The verbs in the past of claims.json's 'measure_verbs' (بلغ، تجاوز، ارتفعت), which
    lists them with their imperfects (يبلغ، تبلغ، يتجاوز): a form in ت is an imperfect when
    the list has it in ي too (تبلغ), else a past (تجاوز، تراجع)."""
    words = set(verbs)
    return [
        v
        for v in words
        if " " not in v
        and not v.startswith(("ي", "ال"))
        and not (v.startswith("ت") and "ي" + v[1:] in words)
    ]


def _past_forms(
    verbs: Iterable[str], also_nouns: Iterable[str], nouns_in_a: Iterable[str] = ()
) -> str:
    """Verbs in the past (third person masculine singular: بلغ), with the third person
    feminine, the plural and an object pronoun (بلغت، بلغوا، بلغها، نفذته). A verb whose
    bare form is also a noun (سجل، ولد) is no sign bare or with ه/ها (سجله is his record,
    ولده his son), nor in ته/تها when its root in ة is a noun too (قدرتها: its capacity).

    Written as a tree of stems and a group of endings, not a tree of every form: the
    same words in a seventh of the pattern, which the start compiles (21 ms as forms)."""
    nouns, nouns_in_a = set(also_nouns), set(nouns_in_a)
    whole, feminine, bare_nouns, a_nouns = set(), set(), set(), set()
    for v in verbs:
        if v.endswith("ت") and v[:-1] in nouns:
            feminine.add(v)  # قدرت (claims.json lists the feminine too): not قدرتها
        elif v in nouns_in_a:
            a_nouns.add(v)
        elif v in nouns:
            bare_nouns.add(v)
        else:
            whole.add(v)
    parts = [rf"(?:{_alt(whole)})(?:ت|وا|ه|ها|ته|تها)?"]
    if bare_nouns:
        parts.append(rf"(?:{_alt(bare_nouns)})(?:ت|وا|ته|تها)")
    if a_nouns:
        parts.append(rf"(?:{_alt(a_nouns)})(?:ت|وا)")
    if feminine:
        parts.append(_alt(feminine))
    return f"(?:{'|'.join(parts)})"


def _definite(words: Iterable[str], group: str, lil: bool = True) -> str:
    """A definite word after at most one clitic (و ف ب ل): group ``art`` holds its article,
    where the phrase starts, and ``group`` the word without it. ل + ال is written لل
    (للعام الماضي، للربع الأول), which ``lil=False`` leaves out (الربع الأخير)."""
    stems = []
    for w in words:
        if not w.startswith("ال"):
            raise ValueError(f"dates lexicon: {w!r} should be written with its article")
        stems.append(w[2:])
    if lil:
        return rf"(?:[وفبل](?=ال)|[وف](?=لل))?(?P<art>ال|لل)(?P<{group}>{_alt(stems)})"
    return rf"(?:[وفبل](?=ال))?(?P<art>ال)(?P<{group}>{_alt(stems)})"


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    d = load("dates")
    months: dict[str, tuple[str, int]] = {}
    for e in d["gregorian_months"]:
        for name in e["names"] + e["variants"]:
            months[_key(name)] = ("gregorian", e["month"])
    for e in d["hijri_months"]:
        for name in e["names"]:
            months[_key(name)] = ("hijri", e["month"])
    weekdays = {_key(n): e["weekday"] for e in d["weekdays"] for n in e["names"]}
    offsets = {_key(w): int(k) for k, ws in d["relative_offsets"].items() for w in ws}
    story_offsets = {_key(w): int(k) for k, ws in d["story_offsets"].items() for w in ws}
    relative_days = {_key(w): int(k) for k, ws in d["relative_days"].items() for w in ws}
    periods = {_key(w): grain for grain, ws in d["periods"].items() for w in ws}
    period_duals = {_key(w): grain for grain, ws in d["period_duals"].items() for w in ws}
    parts = {_key(w): part for part, ws in d["parts"].items() for w in ws}
    units: dict[str, tuple[str, str]] = {}
    for e in d["time_units"]:
        for number in ("singular", "dual", "plural"):
            for w in e[number]:
                units[_key(w)] = (
                    e["unit"],
                    {"singular": "sg", "dual": "dual", "plural": "pl"}[number],
                )
    decades = {
        _key(("ال" if art else "") + e["stem"] + suffix): e["decade"]
        for e in d["decades"]
        for suffix in d["decade_suffixes"]
        for art in (False, True)
    }
    seasons = {_key(n): tuple(e["months"]) for e in d["seasons"] for n in e["names"]}
    holidays = {
        _key(n): (e["hijri_month"], e["hijri_day"]) for e in d["holidays"] for n in e["names"]
    }

    claims = load("claims")
    past_verbs = _past_forms(
        [*d["past_verbs"], *_measured_in_past(claims["measure_verbs"])],
        d["verbs_also_nouns"]["bare"],
        d["verbs_also_nouns"]["in_a"],
    )
    past = (
        rf"(?:[وف]?(?P<opener>{_alt(claims['clause_openers'])}|{_alt(d['not_past'])}(?:{SPACES}{past_verbs})?)"
        rf"|[وف]?(?:{_alt(d['past_markers'])}|{past_verbs})|[وف](?:{_alt(d['past_auxiliaries'])})"
        rf"|{_alt(d['past_after_future'])}){RIGHT}"
    )
    # من or على after a time unit: counted from an event (بعد يومين من الحادثة), not من أجل
    # (a purpose) nor من الزمان (قبل قرن من الزمان: a century ago)
    event_after = rf"{SPACES}(?:من{RIGHT}(?!{SPACES}(?:اجل|الزمان|الزمن){RIGHT})|علي{RIGHT})"
    quarters = [*d["quarter_words"], *d["half_words"]]
    L, R = LEFT, RIGHT
    sp = SPACES
    osp = r"[ \t]*"
    month_alt = _alt(months)
    weekday_alt = _alt(weekdays)
    offset_alt = _alt(offsets)
    unit_alt = _alt(units)
    future = (
        rf"(?:(?:[وف]?(?P<aux>{_alt(d['past_auxiliaries'])}){sp})?[وف]?"
        # not أ after س: سأحل folds to ساحل, a coast; and alone not ت: تقدم، تلقى، تواصل are
        # also verbs in the past
        rf"(?:{_future_forms(d['future_verbs'])}|{_alt(d['future_markers'])}|{_FUTURE_DERIVED}"
        rf"|(?P<imp>{_future_forms(set(d['future_verbs']) - set(d['not_alone']), '', 'ين')}))"
        rf"|(?P<past>{_alt(d['past_after_future'])}|التي{sp}(?:(?![يت]|س[يتن])[^\W\d_]{{2,5}}|ت(?!ت)[^\W\d_]{{3,4}})ت)){R}"
    )
    p: dict[str, regex.Pattern] = {
        "month": regex.compile(rf"{L}(?P<pc>[وفبل])??(?P<name>{month_alt}){R}"),
        "month_after": regex.compile(rf"{osp}(?:[/\-(]{osp})?(?P<name>{month_alt})(?:{osp}\))?"),
        "year_after": regex.compile(
            rf"{osp}[،,./]?{osp}(?:(?:من{sp})?(?:لل|[لب]?(?:ال)?)(?:عام|سنه)(?:{sp}(?P<era0>الهجري|الميلادي))?{sp})?(?P<y>#+)"
            rf"(?:{osp}(?P<era>{_alt(d['gregorian_era'])}|{_alt(d['hijri_era'])}){R})?"
        ),
        # ##* rather than #+: the engine finds where a search may match in C only when the
        # pattern opens with a literal or a class, and a repeat is neither (also year_range
        # and month_of_period)
        "day_before": regex.compile(rf"(?P<d>##*)[.\-/]?{osp}(?:من{sp})?(?:شهر{sp})?$"),
        "day_after": regex.compile(rf"{osp}(?P<d>#+)(?=(?P<comma>{osp}[،,.]?{osp}#)?)"),
        "month_word_before": regex.end_gated(rf"(?<![\p{{L}}\p{{M}}])[لب]?شهر{sp}$"),
        "weekday_before": regex.end_gated(
            rf"(?:{L}(?:{_alt(x for xs in d['relative_days'].values() for x in xs)}){sp})?(?:{L}[وف]?(?:ب|في{sp})?يوم{sp})?{L}[وف]?(?P<wd>{weekday_alt})"
            rf"{osp}(?:{_alt(d['corresponding'])}{osp})?[،,]?{osp}$"
        ),
        "context_before": regex.end_gated(
            rf"{L}[وف]?(?:{_alt(d['context_prepositions'])}|من|بين){sp}(?:شهر{sp})?$"
        ),
        "offset_after": regex.compile(rf"{sp}(?P<o>{offset_alt}){R}"),
        "day_range_before": regex.end_gated(
            rf"(?:{L}(?P<from>من|بين|ما{sp}بين){sp})?(?P<d>#+){osp}(?:الي|حتي|لغايه|و|-){osp}$"
        ),
        "gregorian_era": regex.compile(rf"{osp}(?P<era>{_alt(d['gregorian_era'])}){R}"),
        "hijri_era": regex.compile(rf"{osp}(?P<era>{_alt(d['hijri_era'])}){R}"),
        "year_marker_before": regex.end_gated(
            rf"{L}(?P<m>[وف]?[لب]?(?:ال)?(?:عام|سنه)|[وف]?[لب]?(?:عامي|سنتي)|[لب]?لعام|للسنه){sp}$"
        ),
        "year_event_before": regex.compile(
            rf"{L}[وفبل]?(?:ال)?(?:{_alt(d['event_words'])})(?:{sp}\p{{L}}+){{0,2}}{sp}$"
            rf"|{L}[وفبل]?(?P<cn>{_alt(d['event_nouns'])}){sp}$"  # حرب 1967: construct, no ال
        ),
        "year_prep_before": regex.end_gated(
            rf"{L}[وف]?[بل]?(?:في|منذ|حتي|قبل|بعد|خلال|مطلع|منتصف|اواخر|نهايه|بدايه|اوائل|موسم|لموسم|حلول|مقارنه{sp}(?:مع|ب))[ \t]*$"
        ),
        # الفترة ذاتها من 2017, الأشهر الخمسة الأولى من 2016 (on the masked text: # words)
        "year_period_before": regex.end_gated(
            rf"{L}[وف]?[بل]?(?:{_alt(d['year_periods'])})(?:{sp}(?:\p{{L}}|#)+){{0,2}}{sp}من{sp}$"
        ),
        # Patterns that start with a digit say so first and look behind it after: the engine
        # then skips to the next digit in C instead of trying the pattern at every letter.
        # [0-9], as the text is folded to ASCII digits: a bitmap, where \d looks up each
        # character's Unicode category (clock_digits: 19.4 -> 13.9 us a text with a colon)
        "numeric_dmy": regex.compile(
            # up to two blanks beside a slash or a dash, unevenly (24 /10/ 1436, ٢٢ – ١٠ – ١٤٣٦)
            r"(?P<a>[0-9](?<![\d/.\-]\d)\d?)(?:[ \t]{1,2}(?=[/\-]))?(?P<s>[/.\-])(?:(?<=[/\-])[ \t]{1,2})?"
            r"(?P<b>\d{1,2})(?:[ \t]{1,2}(?=[/\-]))?(?P=s)(?:(?<=[/\-])[ \t]{1,2})?(?P<y>\d{4}|\d{2})(?![\d/\-]|\.\d)"
            rf"(?:{osp}(?P<era>{_alt(d['hijri_era'])}|{_alt(d['gregorian_era'])}){R})?"
        ),
        "numeric_ymd": regex.compile(
            r"(?P<y>[0-9](?<![\d/.\-]\d)\d{3})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<a>\d{1,2})(?![\d/\-]|\.\d)"
            rf"(?:{osp}(?P<era>{_alt(d['hijri_era'])}|{_alt(d['gregorian_era'])}){R})?"
        ),
        # #### rather than #{4}, as day_before: 20.8 -> 2.8 us a call on the corpus
        "year_range": regex.compile(
            rf"(?P<a>####)[ \t]*(?P<s>[-/])[ \t]*(?P<b>####|##)(?!#)(?:{osp}(?P<era>{_alt(d['hijri_era'])}|{_alt(d['gregorian_era'])}){R})?"
        ),
        "relative_period": regex.compile(
            rf"{L}(?:[لبو]?(?P<this>{_alt(d['this'])}){sp})?{_definite([*periods, *period_duals], 'per')}"
            rf"(?:{sp}(?P<o>{offset_alt}|قبل{sp}الماضي|{_alt([*d['dual_last'], *d['dual_following']])}))?{R}"
        ),
        "relative_day": regex.compile(
            rf"{L}(?:(?P<yawm>[وف]?(?:ب|في{sp})?يوم){sp})?(?P<pc>[وفب])??(?P<rd>{_alt(relative_days)}){R}"
        ),
        "weekday": regex.compile(
            rf"{L}(?:[وف]?(?:ب|في{sp})?يوم{sp})?[وف]?(?P<wd>{weekday_alt})(?:{sp}(?P<o>{offset_alt}))?{R}"
        ),
        # اليوم الجمعة; between commas too, an apposition: اليوم، الثلاثاء، على
        "weekday_after": regex.compile(
            rf"(?:{sp}|{osp}[،,]{osp}(?=(?:{weekday_alt}){osp}[،,]))(?P<wd>{weekday_alt}){R}"
        ),
        # بعد أسبوع من أعنف قتال: a unit counted from an event, how long after it
        "from_event": regex.end_gated(rf"{L}[وف]?(?:{_alt(d['ago'])}|{_alt(d['later'])}){sp}$"),
        "event_after": regex.compile(event_after),
        "tomorrow_after": regex.end_gated(rf"{L}[وفبل]?(?:{_alt(d['tomorrow_after'])}){sp}$"),
        "ago": regex.compile(
            rf"{L}[وف]?(?P<dir>{_alt(d['ago'])}|{_alt(d['later'])}){sp}(?:(?P<n>#+){sp})?(?P<u>{unit_alt}){R}(?!{sp}#)"
            # بعد يومين من الحادثة, بعد أربع سنوات على ضمها: counted from an event, not from today
            rf"(?!{event_after})"
            # منذ يوم أمس، قبل يوم الجمعة: يوم names the day after it, it counts none
            rf"(?!{sp}(?:{_alt(relative_days)}|{weekday_alt}){R})"
        ),
        # a run of # is tried at its first #: the engine jumps to a # in C, and a start
        # inside the run cannot match where the run's start did not (13.6 -> 2.4 ms)
        "duration": regex.compile(
            rf"(?P<n>#(?<!##)#*){sp}(?P<pc>[وفبل])??(?P<u>{unit_alt}){R}(?!{sp}#{{4}}(?!#))"
        ),
        # الأشهر التسعة الأخيرة، السنوات العشر المقبلة، الأشهر الستة الأولى من 2016: a definite
        # plural unit before a definite spelled figure (its mask), its offset read after it
        # (searched before each definite spelled figure, in its window: a pattern that opens
        # with a look-behind, run over the whole text, was tried at every character: +9.6%)
        # لشهور ستة، لأيام ثلاثة: an indefinite plural unit before its indefinite spelled figure
        "plural_before": regex.end_gated(
            rf"{L}[وفبل]?(?P<u>{_alt(k for k, v in units.items() if v[1] == 'pl')}){sp}$"
        ),
        "unit_numeral": regex.end_gated(
            rf"{L}(?:[وفب]?(?P<art>ال)|(?P<art2>[وف]?لل))(?P<u>{_alt(k for k, v in units.items() if v[1] == 'pl')}){sp}$"
        ),
        # الثلاث السنوات الماضية، الثلاثة أشهر الأولى من 2017: the press order, the definite
        # figure before its plural unit (with its article or without)
        "numeral_unit": regex.compile(
            rf"{sp}(?P<art>ال)?(?P<u>{_alt(k for k, v in units.items() if v[1] == 'pl')}){R}"
        ),
        # (read on the text: الأولى is an ordinal, written over in the mask)
        "numeral_offset": regex.compile(
            rf"{sp}(?:(?P<first>الاولي)(?:{sp}من{sp}(?:(?:(?:لل|ال)?(?:عام|سنه){sp})?(?P<y>\d{{4}})(?!\d)|(?P<this>(?:لل|ال)(?:عام|سنه)(?:{sp}(?P<yo>{offset_alt}))?)(?!{sp}(?:{offset_alt}|{_alt(story_offsets)}|نفس|ذات|قبل))))?|(?P<o>{offset_alt}|الاخيره|الاخير)){R}"
        ),
        # (masked) و, a figure and its unit after a unit alone: سنة وستة أشهر
        "and_units": regex.compile(rf"{osp}و{osp}#+{sp}(?:{unit_alt}){R}"),
        "unit_alone": regex.compile(rf"{L}(?P<pc>[وفبل])??(?P<u>{unit_alt}){R}(?!{sp}#)"),
        "duration_lead": regex.end_gated(rf"{L}[وف]?(?:{_alt(d['duration_lead'])}){sp}$"),
        "and_half": regex.compile(rf"{sp}ونصف{R}"),
        "one_after": regex.compile(rf"{sp}(?:{_alt(d['whole'])}){R}"),
        "numeric_dm": regex.compile(
            rf"{L}(?:{_alt(d['date_prepositions'])}){sp}(?P<date>(?P<a>\d{{1,2}})(?P<s>[/\-])(?P<b>\d{{1,2}}))(?![\d/\-]|[.,]\d)"
        ),
        "numeric_my": regex.compile(
            # its first digit before the two forms, the look-behind after it: a pattern
            # that opens with a class is searched for in C, one that opened with a
            # look-behind and a choice was tried at every character
            r"(?P<f>[0-9])(?<![\d/.\-]\d)(?:(?P<m1>\d?)[/\-](?P<y1>\d{4})|(?P<y2>\d{3})/(?P<m2>\d{1,2}))(?![\d/\-]|[.,]\d)"
        ),
        "year_of_period": regex.compile(
            rf"{sp}(?:من{sp})?(?P<per>العام|السنه)(?:{sp}الهجري)?{sp}(?P<before>قبل{sp})?(?P<o>{offset_alt}){R}"
        ),
        "month_of_period": regex.compile(
            rf"(?P<d>##*){osp}(?:(?:من|في){sp})?(?:(?P<this>هذا){sp})?(?P<per>الشهر)(?:{sp}(?P<o>{offset_alt}))?{R}"
        ),
        "season": regex.compile(
            rf"{L}(?:(?P<this>هذا){sp})?(?P<pc>[وفبل])??(?P<s>{_alt(x for e in d['seasons'] for x in e['names'])})"
            rf"(?:{sp}(?P<o>{offset_alt})|{osp}(?:(?:من{sp})?(?:عام{sp})?)(?P<y>#{{4}}))?{R}"
        ),
        "week_weekday": regex.compile(rf"{sp}(?:يوم{sp})?(?P<wd>{weekday_alt}){R}"),
        "decade": regex.compile(
            rf"{L}(?:(?P<pc>[وفبل])??(?:ال)?عقد{sp})?(?P<pc2>[وفبل])??(?P<dec>{_alt(decades)}){R}"
            rf"(?:{sp}(?:من{sp})?(?P<c>القرن{sp}(?:الماضي|المنصرم|الحالي|الجاري|العشرين|الحادي{sp}والعشرين)){R})?"
        ),
        "age_before": regex.end_gated(
            # لشاب في الثلاثينيات: ب or ل before a noun, not before a pronoun (لهم في الثمانينيات)
            rf"{L}[وف]?(?:[بل]?(?:{_alt(m for m in d['age_markers']['before'] if m.split()[0] not in _PRONOUNS)})"
            rf"|(?:{_alt(m for m in d['age_markers']['before'] if m.split()[0] in _PRONOUNS)})){sp}(?:(?:اواخر|اوائل|منتصف){sp})?$"
        ),
        "age_after": regex.compile(rf"{osp}[،,]?{osp}(?:{_alt(d['age_markers']['after'])}){R}"),
        "century": regex.compile(
            rf"{L}(?P<pc>[وفبل])??القرن{sp}(?:(?P<n>#+)|(?P<o>الماضي|المنصرم|الحالي|الجاري)){R}"
        ),
        # الربع المالي الثاني: a fiscal quarter is read as the calendar's (a company's
        # fiscal year is not said)
        "quarter": regex.compile(rf"{L}{_definite(quarters, 'q')}(?:{sp}المالي)?{sp}(?P<n>#+)"),
        "part": regex.end_gated(rf"{L}(?P<pc>[وفبل])??(?P<part>{_alt(parts)}){sp}$"),
        "apposed_year": regex.compile(rf"{sp}(?P<y>#{{4}})(?!#)"),
        "of_period": regex.compile(rf"{sp}(?:من{sp})?(?P<per>العام|السنه|الشهر){R}"),
        "link_of": regex.compile(rf"{sp}(?:من{sp})?"),
        "of_year": regex.compile(rf"{sp}(?:من{sp})?(?:(?:عام|العام|سنه){sp})?(?P<y>#{{4}})(?!#)"),
        "holiday": regex.compile(rf"{L}(?P<pc>[وفبل])??(?P<h>{_alt(holidays)}){R}"),
        "clock": regex.compile(
            rf"{L}(?:ال)?ساعه{sp}(?P<n>#+)(?:[:.]#+)?(?:{sp}(?:و{osp})?(?:النصف|الربع|الا{sp}ربعا|#+{sp}دقيقه))?"
            rf"(?:{sp}(?:{_alt(d['day_periods'])}))?"
        ),
        "clock_digits": regex.compile(r"[0-9](?<![\d:]\d)\d?:\d{2}(?::\d{2})?(?![\d:])"),
        "range_between": regex.compile(
            rf"{osp}(?P<sep>الي|حتي|لغايه|وحتي|-|/|و){osp}(?:(?:عام|العام|سنه){sp})?"
        ),
        # من 20 أغسطس الماضي، وحتى 31 من نفس الشهر: a comma before a word that ends a range
        # opened by من (read only after من: 3 مايو، حتى لو is no range)
        "range_comma": regex.compile(
            rf"{osp}[،,]{osp}(?P<sep>الي|حتي|لغايه|وحتي|والي){osp}(?:(?:عام|العام|سنه){sp})?"
        ),
        "range_from_before": regex.end_gated(rf"{L}(?P<w>[وف]?(?:من|بين|ما{sp}بين)){sp}$"),
        "year_pair": regex.compile(
            rf"{L}(?P<w>[وف]?(?:من|بين|ما{sp}بين)){sp}(?:(?:عامي|سنتي|العامين|الاعوام|السنوات){sp})?"
            rf"(?P<a>#{{4}}){osp}(?:الي|حتي|و|-){osp}(?P<b>#{{4}})(?!#)"
        ),
        "quarter_last": regex.compile(rf"{L}{_definite(quarters, 'q', lil=False)}{sp}الاخير{R}"),
        "part_bare": regex.compile(
            rf"{L}(?P<pc>[وفبل])??(?P<part>{_alt(parts)}){sp}(?P<per>العام|السنه|الشهر|الاسبوع)(?!{sp}(?:{offset_alt}|#))(?![\p{{L}}\p{{M}}])"
        ),
        "not_friday": regex.compile(r"(?:صلاه|خطبه|صلوات|خطب)[ \t]+$"),
        # الشهر نفسه, نفس العام, بالسنة ذاتها: the month or year of the date before (group per)
        "same_period": regex.compile(
            rf"{L}(?P<pc>[وف]?[بل]|[وف])??(?:(?P<per>(?:ا|(?<=ل))ل(?:شهر|عام|سنه|يوم)){sp}(?:{_alt(d['same']['after'])})"
            rf"|(?:{_alt(d['same']['before'])}){sp}(?P<per2>الشهر|العام|السنه|اليوم)"
            # العام السابق, اليوم التالي: the period before or after the story's last date
            # (after ل, the article without its alef: للشهر نفسه، للعام السابق)
            rf"|(?P<per3>(?:ا|(?<=ل))ل(?:يوم|اسبوع|شهر|ربع|عام|سنه)){sp}(?P<so>{_alt(story_offsets)})"
            # قبلها بعام، قبل ذلك بعام، بعدها بعامين: one or two periods before or after it
            rf"|(?P<by>قبل|بعد)(?:ها|ه|هما|{sp}ذلك|{sp}ذاك)?{sp}ب(?P<per4>عام|سنه|شهر|يوم|اسبوع)(?P<two>ين)?){R}"
        ),
        # the future said before a bare weekday: سيعقد، من المقرر أن (group aux: كان before it);
        # found from the character before its word, a class the search skips through in C
        # (led by a look-behind it was tried at every character: 4.2 µs a clause), and at the
        # text's start, where no character stands before it
        "future": regex.compile(rf"{regex.BEFORE_WORD}{future}"),
        "future_at_start": regex.compile(future),
        # the past said around a bare month (dates._Finder._month_tense): a marker or a verb in the
        # past before it, after the clause's last opener (group opener), or a verb after it
        "past": regex.compile(rf"{regex.BEFORE_WORD}{past}"),
        "past_at_start": regex.compile(past),
        "tense_open": regex.end_gated(
            rf"{L}[وف]?(?:{_alt([*d['tense_open_before'], *d['start_words']])})(?:{sp}(?:تاريخ|شهر|يوم))?{osp}[\"“«(]?{osp}$"
        ),
        # بدءا من يوم الجمعة: a start, which is to come (dates._Finder.weekdays)
        "start_before": regex.end_gated(
            rf"{L}[وف]?(?:{_alt(d['start_words'])})(?:{sp}(?:يوم|غد))?{osp}$"
        ),
        "past_after": regex.compile(rf"{osp}\)?{osp}[،,]{osp}[وف]?{past_verbs}{R}"),
    }
    return DateWords(
        months=months,
        needs_context=frozenset(_key(n) for n in d["months_needing_context"]["names"]),
        prep_ok=frozenset(_key(n) for n in d["months_needing_context"]["or_after_preposition"]),
        weekdays=weekdays,
        offsets=offsets,
        story_offsets=story_offsets,
        relative_days=relative_days,
        periods=periods,
        period_duals=period_duals,
        dual_following=frozenset(_key(x) for x in d["dual_following"]),
        parts=parts,
        units=units,
        decades=decades,
        holidays=holidays,
        seasons=seasons,
        hijri_eras=frozenset(_key(e) for e in d["hijri_era"]),
        later=frozenset(_key(x) for x in d["later"]),
        today_not_before=frozenset(_key(x) for x in d["today_not_before"]),
        today_not_after=frozenset(_key(x) for x in d["today_not_after"]),
        half_words=frozenset(_key(x) for x in d["half_words"]),
        p=p,
    )
