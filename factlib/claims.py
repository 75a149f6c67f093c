"""Quantified claims: which quantity, what it measures, who asserts it, for when.

For every money, measure, count or percent fact (and a plain number that a
measuring verb introduces: ``بلغ عدد القتلى 50``), a claim gathers from its
sentence:

* ``speaker`` and ``cue``: the reporting verb before it (``أكد``, ``أعلن``,
  ``كشف``, ``مشيرًا``) and that verb's subject. Subjects are resolved through
  the document: a title (``الرئيس الروسي``) or a surname (``بوتين``) becomes the
  fullest name given earlier (``فلاديمير بوتين``); a verb with no subject
  (``وأضاف أن``) continues the last speaker.
* ``source``: an outlet or document it is credited to (``حسب وكالة الأنباء الروسية``).
* ``metric``: the words naming what is measured, around the measuring verb
  (``إجمالي العائدات … تجاوز``, ``بلغ عدد اللاجئين``).
* ``time``: the date fact that scopes it in its sentence (not the day of the statement).
* ``trend``: ``up`` or ``down`` when the clause states a change (ارتفع، تراجع، نما).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from factlib import patterns as regex
from factlib.arabic import LEFT, RIGHT, SPACES, is_letter, last_whole_word, phrase_key
from factlib.arabic import phrase_alternation as _alt
from factlib.date_words import date_words
from factlib.entities import People
from factlib.entities import bare as _bare
from factlib.lexicon import load
from factlib.normalization import Normalized, fold
from factlib.number_words import words as number_words
from factlib.quantities import SPLIT_BOUND_ENDS, split_bound
from factlib.quantity_words import quantity_words
from factlib.results import Claim
from factlib.sentences import sentences
from factlib.text_scan import Found, scan_text

__all__ = ["ClaimInput", "find_claims"]

L, R, SP = LEFT, RIGHT, SPACES
# ما نقلته, ما أوردت: a verb that relays between a source marker and the outlet (what
# ذكر, أفاد or أعلن say is a speech, whose subject may be a person: حسبما أفاد ضابط)
_RELAYED = re.compile(r"[ \t]*(?:ما[ \t]+)?(?:نقل|اورد|نشر|بث)(?:ت|ته|تها|ه|ها)?[ \t]+")
# after فقد, a word of letters without ال, not a figure nor a bound word: a verb, so فقد is
# "so ... has" (فقد احتل الصدارة), not the verb "lost" (فقد الجنيه، فقد 5 آلاف، فقد نحو 5%)
# (a preposition after it is the verb's: فقد فيها السوق 3.5%)
_PARTICLE_QAD = re.compile(
    r"[ \t]+(?!ال|نحو|حوالي|اكثر|ما[ \t]|في|من|عن|علي|خلال|بعد|منذ)[^\W\d_]{3,}(?![^\W\d_])"
)
# حسبما, وفق ما before a reporting verb: its outlet relays another's speech
_RELAYING = re.compile(r"(?:حسبما|(?:حسب|بحسب|وفق|كما)[ \t]+ما)[ \t]*$")
# after a reporting verb, its subject and the day of the statement (خفر السواحل الليبي
# الاثنين), then أن, إنه, بأنها: what stands before it dates the statement, not the claim.
# Searched from the blank before it, a class the search skips through in C (seven words
# tried one by one cost 2-5 µs a claim)
_THAT_WORD = re.compile(r"[ \t،,](?P<that>ب?ان(?:ه|ها|هم|هما)?)(?![^\W\d_])")
_SUBJECT_GAP = re.compile(r"(?:[ \t،,]+[^\W\d_]+){0,7}[ \t،,]*")  # up to seven words
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
# a relative clause after a figure: the dates in it are of what it tells (لويس الذي ينتهي
# عقده في 2017، والذي ظل خاليا منذ عام 2005), not the figure's
# (it opens with the literal ال, which the engine finds in C; the character before it is
# read in Python: led by a look-behind, the search was tried at every character)
_RELATIVE_AFTER = re.compile(rf"ال(?:{'|'.join(sorted(w[2:] for w in _RELATIVE))})(?![^\W\d_])")
_BEFORE_RELATIVE = (" ", "\t", "،", ",")
_HAPPENED = re.compile(r"[ \t]+(?:وقع|وقعت|جري|جرت|اقيم|اقيمت|دارت|اندلعت)(?![^\W\d_])")
_PERIOD_BEFORE = re.compile(
    r"(?<![^ \t])(?:ال|لل|بال|في[ \t]+ال)(?:عام|سنه|شهر|فتره|اسبوع|موسم|يوم)[ \t]+[وف]?\Z"
)
# … but not one of the whole a share is of: 82 في المئة من الثروات التي تحققت في العام الماضي
_SHARE_RELATIVE = re.compile(
    r"[ \t]+من[ \t]+(?:[^\W\d_]+[ \t]+){1,3}(?:الذي|التي|الذين)(?![^\W\d_])"
)
_PUNCTUATION = "،,.:؛!؟\"'«»()“”„‘’-–—"  # around a metric's words: never part of it
QUANTITY_KINDS = ("money", "measure", "count", "percent")
_WORD = re.compile(r"\S+")
# what joins a clause's second figure to its first (folded): إلى، أو، مقابل، لتبلغ عند التسوية
# (a bare comma or blank joins figures of different things: خفض الفائدة 1%، مرتين)
_SECOND = re.compile(
    r"[ \t]*[،,]?[ \t]*(?:(?P<or>او|و)[ \t]*)?"
    # 6.89 نقطة توازي 0.04 بالمئة، ستة سنتات أو ما يعادل 0.07 في المئة: the same change
    # (بما يعادل 71 سنتا للسهم too);
    # عقدا قيمته 620 مليون ريال (165 مليون دولار): the same amount in brackets
    r"(?:(?P<eq>(?:ب?ما[ \t]+)?(?:يعادل|تعادل|يوازي|توازي)|اي|\()[ \t]*)?"
    # ليغلق عند، لينهي اليوم عند: a verb of the level reached, a definite word between
    r"(?P<verb>ل[يت][^\W\d_]+(?:[ \t]+(?:عند|في)[ \t]+[^\W\d_]+|[ \t]+ال[^\W\d_]+(?=[ \t]+عند))?[ \t]*)?"
    r"(?P<to>الي|حتي|عند|(?P<vs>مقابل))?[ \t]*"
    # 52 مليار ريال، مسجلة ارتفاعا بنسبة 63%: the change of the amount before
    r"(?P<rec>[وف]?(?:مسجل|محقق)(?:ا|ه|ين|تين)?[ \t]+[^\W\d_]+[ \t]+(?:بنسبه|قدره|قدرها|بلغ|بلغت)[ \t]*)?"
)
# مقابل 4% للفحم، و44 بالمائة في قطاع الصناعة، و56 في المئة على التوالي: its own item
# (after مقابل, في opens the time or the frame compared: مقابل 55 دولارا في موازنة العام الماضي)
_OWN_ITEM = re.compile(r"[ \t]*(?:لل|ل(?=[^\W\d_]{3})|(?P<in>في[ \t]+[^\W\d_]|علي[ \t]+التوالي))")
_CHANGED = re.compile(r"(?<![^ \t])[وف]?(?:ال)?(?:مرتفع|منخفض|متراجع|متزايد)")  # المرتفع بنسبة
_LAST_WORD = re.compile(r"(\S+)[ \t]+$")
_OF = re.compile(r"[ \t]+من[ \t]+(?![\d#])")  # a share's whole after its percentage
# a verb after a noun: حذفوا، يعيشون، تمثل (the phrase ends before it)
# (and a predicate in ون: راضون)
_VERB_SHAPE = re.compile(
    r"[وف]?(?:[^\W\d_]+وا|[يت][^\W\d_]{2,}(?:ون|ان)?|[يت][^\W\d_]{2,4})|[^\W\d_]{3,}ون"
)
_NISBA = ("يه", "ي", "يا", "يين", "يون")  # folded endings of a nisba adjective
# right after a measure verb, the value named with its pronoun, then the figure
_RATE_NAMED = re.compile(r"\S+[ \t]+نسبت(?:ه|ها)")  # (a verb, then its rate named: بلغت نسبتها)
_VALUE_NAMED = re.compile(r"[ \t]+(?:قيمته|قيمتها|نسبته|نسبتها)[ \t]*(?:ب[ \t]*)?$")
_POSSESSED = frozenset({"قيمته", "قيمتها"})  # folded; stop words, unless an adjective follows
_TO_QUOTED = re.compile(r"ل\u0640?[\"«“]")
_QUOTED = re.compile(r"[ \t]*[\"«“](?P<q>[^\"»”\n]{2,40})[\"»”]")
_COMMA = re.compile(r"[،,؛:]")
# a relative clause between commas that ends right before a figure: ، الذي يقيس …،
_ASIDE = re.compile(r"[،,][ \t]*[وف]?(?:الذي|التي|الذين)[ \t][^،,؛:.!؟\n]{0,80}[،,][ \t]*$")
# what a date is compared with (folded text): مقارنة بعام 2016, مقابل 2015, بالفترة نفسها من
# اعلي مستوي منذ 25 ابريل: a record is compared with that day, not dated by it (and
# للمرة الأولى منذ)
# للمرة الأولى، لأول مرة، للشهر السادس على التوالي: an ordinal of times, an adverb of the
# clause, which goes on past it (unlike المرتبة الثانية بناتج محلي, where a new item opens)
_TIMES_BEFORE = re.compile(r"(?:للمره|للشهر|للعام|للسنه|للاسبوع|لليوم|للربع)[ \t]+$")
_TIMES_AFTER = re.compile(r"[ \t]+مره(?![^\W\d_])")


def _times_at(t: str, f: ClaimInput) -> int | None:
    """Where the phrase of times of the ordinal ``f`` starts (للمرة الأولى، لأول مرة،
    للشهر السادس), or None when ``f`` is no ordinal of times."""
    before = _TIMES_BEFORE.search(t, max(0, f.start - 10), f.start)
    if before is not None:
        return before.start()
    if t[f.start - 1 : f.start] == "ل" and _TIMES_AFTER.match(t, f.end):
        return f.start - 1
    return None


_DELIVERY = re.compile(r"(?<![^\W\d_])[ول]?تسليم[ \t]+$")
_PROFIT_NOUN = re.compile(
    r"(?:صافي|هامش|اجمالي|معدل|نسبه|ال)[ \t]*$|(?:^|[ \t])[وف]?[يت]?بلغ[تا]?[ \t]+$"
)
_LEVEL_NOUNS = frozenset({"ربح"})  # trend words that are also nouns of a level: صافي ربح


def _bare_word(t: str, hit: re.Match[str], b: int) -> str:
    """The word a match of a change or measure word opens, without its و or ف."""
    start = hit.start() + (t[hit.start()] in " \t")
    word = t[start:b].split(maxsplit=1)[0] if t[start:b].strip() else ""
    return word[1:] if word[:1] in ("و", "ف") else word


_RECORD_SINCE = (
    r"(?:(?:اعلي|ادني|اكبر|اقل|اسوا|افضل)[ \t]+(?:مستوي\w*|سعر|معدل|نسبه|قيمه)(?:[ \t]+لها?)?"
    # خفض الفائدة للمرة الأولى منذ يناير 2015: the first time since, not when
    r"|للمره[ \t]+الاولي|لاول[ \t]+مره)[ \t]+منذ"
)
_COMPARED_ONLY = re.compile(rf"(?:(?:مقارن\w*|مقابل)(?:[ \t]+(?:مع|ب|عن))*|{_RECORD_SINCE})[ \t]*$")
_COMPARISON_WORDS = ("مقارن", "مقابل", "الفتره", "منذ")  # one of them is in every comparison
_COMPARED_FIGURE = re.compile(r"(?:مقابل|مقارنه[ \t]+(?:ب|مع)|بالمقارنه[ \t]+مع)[ \t]*$")
_COMPARED = re.compile(
    rf"(?:مقارن\w*|مقابل|الفتره[ \t]+(?:ذاتها|نفسها)|(?:نفس|ذات)[ \t]+الفتره|{_RECORD_SINCE})"
    r"(?:[ \t]+(?:مع|ب|عن|من|في|خلال|بنفس|بذات|نفس|ذات|الفتره|بالفتره|نفسها|ذاتها))*[ \t]*$"
)


@dataclass(slots=True)  # not frozen, though never changed: see factlib.results
class ClaimInput:
    """A fact as the claim finder sees it: its id, kind and folded offsets."""

    id: int
    kind: str
    start: int
    end: int
    number_start: int
    date_grain: str | None = None
    relative: bool = False
    unit: str | None = None


def _forms(verb: dict[str, str]) -> list[str]:
    """Past, present and participle forms of a reporting verb (masculine and feminine)."""
    past, present, part = verb["past"], verb["present"], verb["participle"]
    return [past, past + "ت", present, "ت" + present[1:], part + "ا", part + "ة", part + "ين"]


def _common_nouns(d: dict[str, Any]) -> frozenset[str]:
    """Words that head a body or a common noun phrase, never a person's name."""
    nouns = load("nouns")
    words = [*d["body_heads"], *nouns.get("singulars", []), *nouns.get("broken_plurals", {})]
    return frozenset(_bare(phrase_key(w)) for w in words)


def _bound_words() -> frozenset[str]:
    """Single-word bounds (تقريبا، نحو، زهاء) never name a metric: one home, bounds.json."""
    w = quantity_words()
    return frozenset(k for k in (*w.bounds_before, *w.bounds_after) if " " not in k)


def _letter_words(words: list[str]) -> tuple[str, ...]:
    """Lexicon words, folded, for :func:`factlib.arabic.last_whole_word` (letters only)."""
    keys = tuple(sorted({phrase_key(w) for w in words}))
    if not all(is_letter(ch) for key in keys for ch in key):
        raise ValueError(f"only words of letters are looked for from the right: {keys}")
    return keys


@dataclass(frozen=True)
class ClaimWords:
    """The claim finder's lexicons (``data/claims.json``), folded, and its patterns."""

    participles: frozenset[str]  # مشيرا, مضيفة: a reporting participle has no subject after it
    feminine: frozenset[str]  # أشارت, تشير, مشيرة: the forms that agree with a feminine subject
    outlets: frozenset[str]  # وكالة, صحيفة: a subject that is a source, not a speaker
    titles: frozenset[str]  # الرئيس, وزير: a subject's title, before the name
    end: frozenset[str]  # words that end a speaker's phrase
    bounds: frozenset[str]  # أكثر، نحو: the first word of a figure's bound (folded)
    events: frozenset[str]  # مقتل، عزل: count_events of one word (folded)
    object_openers: frozenset[str]  # the bounds and events, bare and with ب (a gate)
    openers: tuple[str, ...]  # أن, إن: where a clause begins
    stop: frozenset[str]  # words trimmed off a metric (bounds among them)
    change_markers: frozenset[str]  # بنسبة، بواقع: how much, not the worth of a noun
    present: frozenset[str]  # the measure verbs in the present, which ل may precede
    not_shares: tuple[str, ...]  # الناتج: what a percentage after من is a ratio to
    not_sources: frozenset[str]
    name_parts: frozenset[str]
    links: frozenset[str]  # بن, عبد: the links inside a name
    body_heads: frozenset[str]  # وزارة, شركة: a subject that is a body
    heads: frozenset[str]  # عدد, حجم: the head of a metric
    count_heads: frozenset[str]  # عدد, مجموع: the heads a count's metric may have
    doers: frozenset[str]  # سجل, ضم: before a count, the words after them are its subject
    common: frozenset[str]  # nouns that never begin a person's name
    not_names: frozenset[str]  # what opens an aside between commas (بعد، عبر، متحدثا)
    not_subjects: frozenset[str]  # never in a subject before its verb (كان، هذا، من)
    changes: frozenset[str]  # the words of change of 'trend_up' and 'trend_down' (folded)
    p: dict[str, regex.Pattern]  # cue, source (in the text scan); up, down, measure, measured


@lru_cache(maxsize=1)
def _words() -> ClaimWords:
    d = load("claims")
    cues = [f for v in d["reporting_verbs"] for f in _forms(v)]
    # رفع العقوبات: رفع before what it lifts or files states no rise
    lifted = rf"(?!{SP}[وفبل]?(?:{_alt(d['not_raised'])}){R})"
    up = rf"{L}[وفبل]?(?:(?:{_alt(d['trend_up'])}){R}|(?:{_alt(d['raise_verbs'])}){R}{lifted})"
    down = rf"{L}[وفبل]?(?:{_alt(d['trend_down'])}){R}"
    measure = rf"{L}[وف]?[سل]?(?P<v>{_alt(d['measure_verbs'])})ت?{R}"
    bounds = frozenset(
        k.split()[0] for k in quantity_words().bounds_before if k.split()[0] in _BOUND_HEADS
    )
    events = frozenset(fold(w) for w in d["count_events"] if " " not in w)
    return ClaimWords(
        participles=frozenset(
            fold(v["participle"] + e) for v in d["reporting_verbs"] for e in ("ا", "ة", "ين")
        ),
        feminine=frozenset(
            fold(form)
            for v in d["reporting_verbs"]
            for form in (v["past"] + "ت", "ت" + v["present"][1:], v["participle"] + "ة")
        ),
        outlets=frozenset(fold(w) for w in d["outlet_words"]),
        titles=frozenset(
            fold(w) for t in d["titles"] for w in (t, t if t.endswith("ة") or " " in t else t + "ة")
        ),
        end=frozenset(fold(w) for w in d["speech_end"]),
        # a subject also ends before a figure's bound (أكثر من، نحو) or the event a count is
        # of right before its figure (أعلنت تركيا عزل أكثر من 18 ألف موظف: تركيا)
        bounds=bounds,
        events=events,
        object_openers=frozenset(w for k in (*bounds, *events) for w in (k, "ب" + k)),
        openers=_letter_words(d["clause_openers"]),
        stop=frozenset(fold(w) for w in d["metric_stop"]) | _bound_words(),
        change_markers=frozenset(fold(w) for w in d["metric_change_markers"]),
        present=frozenset(
            fold(p + v[1:]) for v in d["measure_verbs"] if v.startswith("ي") for p in "يت"
        ),
        not_shares=tuple(fold(w) for w in d["not_shares"]),
        not_sources=frozenset(fold(w) for w in d["not_sources"]),
        name_parts=frozenset(fold(w) for w in d["name_parts"]),
        links=frozenset(fold(w) for w in d["name_links"]),
        body_heads=frozenset(phrase_key(w) for w in d["body_heads"]),
        heads=frozenset(fold(w) for w in d["metric_heads"]),
        count_heads=frozenset(fold(w) for w in d["count_heads"]),
        doers=frozenset(fold(w) for w in d["count_doers"]),
        common=_common_nouns(d),
        not_names=frozenset(fold(w) for w in d["not_names"]),
        not_subjects=frozenset(fold(w) for w in d["not_subjects"]),
        changes=frozenset(fold(w) for w in [*d["trend_up"], *d["trend_down"]]),
        p={
            # (ه, the object's pronoun, read only after a marker's ما: حسب ما أعلنته الوزيرة)
            "cue": regex.compile(rf"{L}(?P<c>[وف]?)(?P<v>{_alt(cues)})(?P<o>ه)?{R}"),
            "source": regex.compile(rf"{L}[وف]?(?P<m>{_alt(d['source_markers'])})(?:{SP}|(?<=ل))"),
            "up": regex.compile(up),
            "down": regex.compile(down),
            "measure": regex.compile(measure),
            # مقتل 12 شخصا، وإصابة نحو 53 آخرين: the event a count is of
            "event": regex.end_gated(
                rf"{L}[وفبل]?(?P<e>{_alt(d['count_events'])})(?:[ \t]+مبلغ)?[ \t]*$"
            ),
            # صفقة بقيمة، رسوما جمركية بنسبة: up to three words before a marker before the figure
            "marked": regex.end_gated(
                rf"(?<![^ \t])(?P<np>(?:[^\W\d_]+[ \t]+){{0,2}}[^\W\d_]+)[ \t]+[وف]?(?P<mk>{_alt(d['metric_markers'])})[ \t]*$"
            ),
            # the noun phrase before a verb whose value follows it: صفقة تقدر قيمتها بـ
            # بداية التداولات، في منتصف التعاملات: a part of a period (dates.json parts), a
            # time inside a metric's words
            "period_part": regex.compile(
                rf"(?<![^ \t])[وفب]?(?:{_alt(date_words().parts)})(?![^\W\d_])"
            ),
            "np_before": regex.end_gated(
                r"(?<![^ \t])(?P<np>(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)[ \t]+(?:[وف]?(?:التي|الذي|الذين)[ \t]+)?$"
            ),
            # a head of a metric, with و or ف (the gate of _Finder.headed: most windows
            # before a figure hold none)
            "head": regex.word_led(rf"{L}[وف]?(?:{_alt(d['metric_heads'])}){R}"),
            # a gate for the three: one tree of all their words, with every prefix any of
            # them allows (a superset). Most clauses hold none, and one search says so
            "measured": regex.word_led(
                rf"{L}[وفبل]?س?(?:{_alt([*d['measure_verbs'], *d['trend_up'], *d['raise_verbs'], *d['trend_down']])})ت?{R}"
            ),
        },
    )


@dataclass(slots=True)
class _Credit:
    """A source marker in the text: where, what it credits, as written, and its cue;
    ``speaker`` when what it credits is a person or a body, not an outlet or a document."""

    start: int
    text: str
    cue: str
    speaker: str | None
    same: bool = False  # المصدر ذاته: the speaker or source before it


@dataclass
class _Speech:
    start: int
    end: int
    cue: str
    speaker: str | None
    source: str | None
    relay: bool = False  # حسبما أوردت وكالة الأنباء: an outlet relaying another's speech


Words = list[tuple[int, int]]  # word spans in the folded text


_BOUND_HEADS = frozenset({"اكثر", "اقل", "نحو", "حوالي", "قرابه", "زهاء", "ازيد", "ما"})
_WORD_AT = re.compile(r"[ \t]+(\S+)")  # the next word
# folded: the one the writer spoke to (قال محدثنا), who spoke before in the text
_INTERLOCUTOR = frozenset({"محدثنا", "محدثتنا", "محدثي", "محدثتي"})
# folded: the same source as before (وفقا للمصدر ذاته، حسب نفس المصدر، بحسب المصدر نفسه)
_SAME_SOURCE = re.compile(
    r"(?:لل|ال|ل)مصدر[ \t]+(?:ذاته|نفسه)(?![^\W\d_])|(?:نفس|ذات)[ \t]+المصدر(?![^\W\d_])"
)
# folded: a verb of variation before a source marker, which then says "depending on"
_DEPENDING = re.compile(
    r"(?<![^\W\d_])[وف]?(?:يختلف|تختلف|يتفاوت|تتفاوت|يتراوح|تتراوح|مرتبه|مرتب|مصنفه|تتغير|يتغير)"
    r"(?:[ \t]+[^\W\d_]+)?[ \t]+$"
)
_OBJECT_PRONOUNS = frozenset({"به", "بها", "عنه", "عنها"})  # folded; the subject follows
_THAT = (["ان"], ["بان"], ["انه"], ["انها"])  # folded أنّ, بأنّ, أنه, أنها: a clause follows


@dataclass(slots=True)
class _Subject:
    """The subject of a reporting verb, read: an outlet or a body (its ``words`` and
    ``tokens``), or a person (a ``title`` and a ``name``, each with its word spans)."""

    kind: str  # none | outlet | body | person
    words: Words = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    title: str = ""
    title_words: Words = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    name_words: Words = field(default_factory=list)


class _Finder:
    def __init__(self, norm: Normalized, found: Found) -> None:
        self.norm = norm
        self.t = norm.text
        self.w = _words()
        self._found = found
        self.people = People()
        self.sentences = sentences(self.t)
        self._writes_ala: bool | None = None
        self._delivered: frozenset[int] = frozenset()  # (delivered)
        self._sentence_starts = [a for a, _ in self.sentences]
        self._outlets: dict[str, str] = {}  # تقرير: the last outlet or document so headed

    def found(self, name: str) -> list[re.Match[str]]:
        """The matches of a whole-text pattern (``cue``, ``source``), from the one scan."""
        return self._found[f"claim:{name}"]

    def source_text(self, start: int, end: int) -> str:
        a, b = self.norm.span(start, end)
        return self.norm.source[a:b]

    # ------------------------------------------------------------ speech

    def _phrase(
        self, pos: int, limit: int = 6, spoken_to: bool = True, titled_more: int = 0
    ) -> Words:
        """Word spans after ``pos`` up to a delimiter: a speaker or a source.
        A quoted name (صرحت "طيران الإمارات" في بيان) is taken whole, without its quotes.
        ``spoken_to``: an outlet after ل ends a speaker (قال لوكالة), not a source whose
        marker took the ل (وفقا للدراسة: لدراسة after وفقا ل). ``titled_more``: the words
        a phrase that opens with a title may run past ``limit`` (المتحدث الإعلامي للإدارة
        العامة للدفاع المدني بمحافظة الطائف العقيد ناصر بن سلطان الشريف)."""
        quoted = _QUOTED.match(self.t, pos, pos + 80)
        if quoted is not None:
            return [m.span() for m in _WORD.finditer(self.t, *quoted.span("q"))]
        out: Words = []
        definite = False
        # (to its sentence's end: بحسب تقديرات وسائل الإعلام.ويعتمد, a full stop with no blank)
        for m in _WORD.finditer(self.t, pos, min(pos + 120, self.sentence_of(pos)[1])):
            word = m.group()
            a, b = m.span()
            bare = word.strip("،,.:؛!؟\"'«»()")
            if not out and bare in _OBJECT_PRONOUNS:
                continue  # أفاد به المدير الجهوي: what he reported, then who
            last = self.t[out[-1][0] : out[-1][1]] if out else ""
            if word[0] in '"«“' and (last in self.w.outlets or _bare(last) in self.w.body_heads):
                # صحيفة "ديلي تلغراف", منظمة "هيومن رايتس جوينت بلاتفورم": its name
                quoted = _QUOTED.match(self.t, a)
                if quoted is not None:
                    out.append((a, quoted.end()))
                break
            if (
                not bare
                or (bare in self.w.end and not (bare == "علي" and self._written_ali(a, b)))
                or (bare in self.w.object_openers and self._before_figure(bare, b))
                or (not out and bare in ("من", "منذ", "قبل", "مؤخرا", "سابقا"))  # أشارت من قبل
                or word[0] in "\"'«(:،,-"
                or (word[0] == "ل" and _TO_QUOTED.match(word) is not None)  # لـ"الرياض"
                or any(map(str.isdigit, word))  # in C, where a generator ran per character
            ):
                break
            is_definite = (
                bare.startswith(("ال", "لل", "بال"))
                or (definite and bare.startswith(("ل", "وال")))  # هيئة الحقيقة والكرامة
            ) and bare not in self.w.name_parts
            titled = bool(out) and self.t[out[0][0] : out[0][1]] in self.w.titles
            if definite and not is_definite and bare not in self.w.name_parts and not titled:
                break  # وزارة الصحة الفلسطينية | إصابة …: after a definite chain, an object begins
            definite = definite or is_definite
            if (
                spoken_to
                and bare.startswith("ل")
                and bare[1:] in self.w.outlets
                and not (out and self.t[out[0][0] : out[0][1]] in self.w.outlets)
            ):
                break  # قال لوكالة: the outlet he spoke to, not his name (but مسح لوكالة …)
            cut = len(word) - len(word.rstrip("،,.:؛!؟\"'»)"))
            out.append((a, b - cut))
            if cut or len(out) >= (limit + titled_more if titled else limit):
                break
        return out

    def _before_figure(self, bare: str, end: int) -> bool:
        """Whether a word of a subject's phrase opens its object, never a name: a figure's
        bound (أكثر، أقل، نحو: قال نحو 30 شخصا، يعتبر أقل كلفة), also with ب (بأكثر من),
        or an event that a count follows, or with ب (أعلنت تركيا عزل أكثر من 18 ألف
        موظف, أعلن مقتل تسعة عناصر, أفادت بمقتل أفراد الطاقم). Not a body's name: منظمة
        إنقاذ الطفولة, منظمة أطباء بلا حدود."""
        key = bare[1:] if bare[:1] == "ب" and len(bare) > 3 else bare
        if key in self.w.bounds:
            return True
        if key not in self.w.events:
            return False
        if key != bare:
            return True  # بمقتل
        nxt = _WORD_AT.match(self.t, end)
        return nxt is not None and (
            nxt.group(1)[0].isdigit()
            or nxt.group(1) in self.w.bounds
            or number_words().get(nxt.group(1)) is not None
        )

    def _source_phrase(self, pos: int, spoken_to: bool = True) -> Words:
        """Like a speaker phrase, but ``تقرير صادر عن البنك الدولي`` runs through عن."""
        words = self._phrase(pos, limit=7, spoken_to=spoken_to)
        # التقرير الذي يصدره البنك الدولي: the outlet ends before what a relative clause says
        words = list(itertools.takewhile(lambda w: self.t[w[0] : w[1]] not in _RELATIVE, words))
        if words and self.t[words[-1][0] : words[-1][1]] in ("صادر", "الصادر", "صادره", "الصادره"):
            rest = self.t[words[-1][1] :].lstrip()
            if rest.startswith("عن "):
                start = words[-1][1] + (len(self.t[words[-1][1] :]) - len(rest)) + 3
                words += self._phrase(start, limit=4)
        return words

    def speeches(self) -> list[_Speech]:
        """Every reporting verb with its resolved speaker, in two passes over the document:
        first every subject is read and remembered, then each is resolved, so a title
        used before the full name still resolves to it."""
        events = []
        interlocutors: dict[int, tuple[int, int]] = {}  # قال محدثنا: its word, as written
        for m in self.found("cue"):
            verb = m.group("v")
            if not m.group("c") and self._after_bare_ma(m.start()):
                continue  # ما أعلن عنه: "what was announced", no speech act
            if m.group("o") and (
                m.group("c")
                or not self._after_marker_ma(m.start())
                or verb.startswith(("نقل", "اورد", "نشر", "بث"))
            ):
                # أعلنه: he announced it, a speech act only after حسب ما; وفقا لما أوردته
                # بوابة الأهرام relays a source, which the marker reads (_RELAYED)
                continue
            if verb == "يذكر" and self.t[m.end() : m.end() + 6].split()[:1] in _THAT:
                continue  # يُذكر أن: "it is worth noting", the writer's aside, no one's speech
            words = (
                []
                if verb in self.w.participles
                else self._phrase(
                    # (most verbs have no لل after them: a look in C before the call)
                    self._past_addressee(m.end())
                    if "لل" in self.t[m.end() : m.end() + 4]
                    else m.end(),
                    10,
                    titled_more=6,
                )
            )
            if words and self.t[words[0][0] : words[0][1]] in _INTERLOCUTOR:
                interlocutors[m.start()] = words[0]
                words = []  # وقال محدثنا: the one who spoke before
            subject = self.split(words)
            if (
                verb in _EXPECTED
                and subject.kind == "person"
                and not subject.title
                and subject.name
                and _expected_event(subject.name[0])
            ):
                continue  # ويتوقع هبوط السهم: يُتوقع, it is expected; the event is no speaker
            before = subject.kind == "none" and verb not in self.w.participles
            if before:  # وزارة الصحة أعلنت أن …: the subject before the verb, opening the sentence
                words = self._subject_before(m.start())
                subject = self.split(words)
            if subject.kind == "outlet" and not before:  # التقرير الصادر عن مؤسسة النقد
                subject.words = self._source_phrase(m.end())
                subject.tokens = [self.t[a:b] for a, b in subject.words]
            if subject.kind == "person" and subject.name and not subject.title and words:
                # قال سلمان الدوسري، وزير الصناعة، إن …: a title after the name, between commas
                rest = self.t[words[-1][1] : words[-1][1] + 2]
                if rest.startswith(("،", ",")):
                    after = self._phrase(words[-1][1] + 1, limit=6)
                    if after and self.t[after[0][0] : after[0][1]] in self.w.titles:
                        subject.title = " ".join(self.t[a:b] for a, b in after)
            elif subject.kind == "person" and subject.title and not subject.name and words:
                # قالت وزيرة الدفاع الفرنسية، فلورنس بارلي، إن …: the name after the title,
                # between commas
                self._apposed_name(subject, words[-1][1])
            events.append((m, subject))
        for _, subject in events:
            self.remember(subject)
        out: list[_Speech] = []
        last: str | None = None  # the last person or body that spoke
        # the last document that spoke: where, which, and whether its head is feminine
        document: tuple[int, str, bool] | None = None
        for m, subject in events:
            speaker, source = self.resolve(subject)
            if speaker is None and source is None:
                # وأضاف أن: the last speaker; after a document that spoke last, the document
                # in the same sentence (أكد التقرير …، مشيرا إلى أن) or where the verb opens
                # the next one and agrees with it (أشارت الدراسة … . وأشارت إلى أن), not with
                # a person or body before (أفادت وكالة الأناضول … . وتعهد البنك …، متوقعا أن)
                if document is not None and (
                    self.sentence_of(document[0]) == self.sentence_of(m.start())
                    or (
                        self._opens_sentence(m.start())
                        and (m.group("v") in self.w.feminine) == document[2]
                    )
                ):
                    source = document[1]
                else:
                    speaker = last
                if speaker is None and source is None and m.start() in interlocutors:
                    speaker = self.source_text(*interlocutors[m.start()])  # no one before
            # حسبما أوردت وكالة الأنباء: the agency relays another's speech, and speaks no more
            relay = subject.kind == "outlet" and bool(
                _RELAYING.search(self.t, max(0, m.start() - 12), m.start())
            )
            if speaker is not None:
                last, document = speaker, None
            elif subject.kind == "outlet" and source is not None and not relay:
                document = (m.end(), source, _feminine_head(subject.tokens[0]))
            self.remember_outlet(subject)
            cue = self.source_text(m.start("v"), m.end("v"))
            out.append(_Speech(m.start("v"), m.end(), cue, speaker, source, relay))
        return out

    def _subject_before(self, pos: int) -> Words:
        """The words that open the sentence before a reporting verb at ``pos`` with no
        subject after it (الهيئة السعودية العامة للاستثمار أعلنت أن): its subject, when they
        are few, with no figure and no word that ends a subject (وفي هذا السياق قال: none)."""
        start = self.sentence_of(pos)[0]
        if pos - start > 80:
            return []
        found = list(_WORD.finditer(self.t, start, pos))
        # لكن مساعد الطيار قال، غير أن الوزير قال: a particle that opens the sentence first
        if found and found[0].group() in _OPENING_PARTICLES:
            found = found[1:]
        elif len(found) > 1 and (found[0].group(), found[1].group()) in _OPENING_PAIRS:
            found = found[2:]
        if not 1 <= len(found) <= 7:
            return []
        words: Words = []
        for m in found:
            word = m.group().strip(_PUNCTUATION)
            if (
                not word
                or word != m.group()
                or any(
                    w in self.w.end or w in self.w.not_subjects
                    for w in (word, word[1:] if word[:1] in "وف" else word)
                )
            ):
                return []  # a comma, a quote or a particle (وكان، وفي): no bare subject
            if any(map(str.isdigit, word)):
                return []
            words.append(m.span())
        a, b = words[0]
        rest = self.t[a + 1 : b]
        if self.t[a] in "وف" and (
            rest.startswith(("ال", "و"))
            or _bare(rest) in self.w.body_heads
            or rest in self.w.titles
            or rest in self.w.outlets
            or rest in quantity_words().country_codes
        ):
            words[0] = (a + 1, b)  # والرئيس، وحركة حماس، ومصر: the conjunction is no part
        return words

    def in_relative(self, pos: int) -> bool:
        """Whether the reporting verb at ``pos`` opens a relative clause (موسم 2017-2018 الذي
        أعلن في ختامه رحيله): it tells about a noun, and asserts no figure before it."""
        before = self.t[max(0, pos - 10) : pos].rstrip(" \t").rsplit(None, 1)
        return bool(before) and before[-1].lstrip("وف") in _RELATIVE

    def _opens_sentence(self, pos: int) -> bool:
        """Whether only blanks stand between ``pos`` and the end of the sentence before."""
        before = self.t[max(0, pos - 40) : pos].rstrip(" \t")
        return not before or before[-1] in ".!?؟\n"

    def _apposed_name(self, subject: _Subject, end: int) -> None:
        """Give ``subject`` (a title alone, ending at ``end``) the name that a comma opens
        and a comma, a full stop or أن/إن closes after it: two words at least, read as a person (a
        weekday or a body between the commas is not a name: وزير النفط، الأربعاء، أن)."""
        t = self.t
        if not t.startswith(("،", ","), end):
            return
        after = self._phrase(end + 1, limit=6)
        # (or the full stop: وفق ما أكده للجوهرة، المهندس بالمعهد الوطني، عبد الرزاق الرحال.)
        closed = t.startswith(("،", ",", "."), after[-1][1]) if after else False
        if (
            len(after) < 2
            or not (
                closed
                # قال مدير عام العقارات، نور الدين بن نصر إنه: إن closes a name, not an aside
                # (وسط تصفيق الحضور، مخاطبا الحضور، بكل وضوح إن)
                or (
                    _THAT_WORD.match(t, after[-1][1])
                    and all(
                        t[x : x + 1] not in "وفبل" and t[y - 1] != "ا"
                        for x, y in after
                        if t[x:y] not in self.w.links and t[x:y] not in self.w.name_parts
                    )
                )
            )
        ):
            return
        apposed = self.split(after)
        if (
            apposed.kind == "person"
            and len(apposed.name) >= 2
            and all(self._name_word(key) for key in apposed.name)
        ):
            subject.name, subject.name_words = apposed.name, apposed.name_words

    def _written_ali(self, a: int, b: int) -> bool:
        """Whether the folded word علي at ``[a, b)`` is written so, the name Ali, and not
        على (on), which folds alike and ends a speaker's phrase (قال علي الطاهر …)."""
        # and the text writes على with its ى elsewhere: Egyptian spelling writes it علي
        if self._writes_ala is None:  # looked for once a text: a long one has many علي
            self._writes_ala = "على" in self.norm.source
        written = self.source_text(a, b).rstrip("،,.:؛!؟\"'»)")
        return self._writes_ala and written.endswith("علي")

    def _name_word(self, key: str) -> bool:
        """A word of a name between commas, not of an aside (بعد اجتماع الحكومة، عبر حسابه
        الرسمي، متحدثا للصحفيين): no particle or adverb, no pronoun ها/هم after it, no
        لل before it."""
        w = self.w
        if key in w.not_names or key in w.participles or key in w.common:
            return False
        # (a pronoun ه is not told from a folded ة here: أسامة، طه are names)
        return not key.startswith("لل") and not key.endswith(("ها", "هم", "هما"))

    def _past_addressee(self, pos: int) -> int:
        """Where the subject after a reporting verb at ``pos`` starts, past whom it was said
        to, in لل (أكد للجوهرة أف أم، المهندس …: after the comma; وأكد للإذاعة المهندس …: at
        the title); ``pos`` when no such word follows, or no comma or title within four
        words after it (قال للصحفيين إن: the words end at إن)."""
        first = _WORD_AT.match(self.t, pos)
        if first is None or not first.group(1).startswith("لل"):
            return pos
        end = first.end()
        if first.group(1).endswith(("،", ",")):
            return end
        for _ in range(4):
            word = _WORD_AT.match(self.t, end)
            if word is None:
                break
            if word.group(1).rstrip("،,") in self.w.titles:
                return word.start(1)
            end = word.end()
            if word.group(1).endswith(("،", ",")):
                return end
        return pos

    def _after_bare_ma(self, pos: int) -> bool:
        """Whether ما stands right before ``pos`` with no marker before it (ما أعلن عنه)."""
        before = self.t[max(0, pos - 20) : pos].split()
        if not before or before[-1] != "ما":
            return False
        return len(before) < 2 or before[-2] not in _MA_MARKERS

    def _after_marker_ma(self, pos: int) -> bool:
        """Whether a marker and ما stand right before ``pos`` (حسب ما، وفق ما، وفقا لما،
        حسبما، كما)."""
        before = self.t[max(0, pos - 20) : pos].split()
        if before and before[-1] in _MARKER_MA:
            return True
        if len(before) > 1 and before[-1] == "لما":
            return before[-2] in ("وفقا", "طبقا", "تبعا", "استنادا")
        return len(before) > 1 and before[-1] == "ما" and before[-2] in _MA_MARKERS

    def split(self, words: Words) -> _Subject:
        """A subject as title words, name words, or a body; an outlet is a source."""
        if not words:
            return _Subject("none")
        keys = [self.t[a:b] for a, b in words]
        titles = self.w.titles
        if keys[0] in self.w.outlets or _bare(keys[0]) in self.w.outlets:
            # كشف التقرير, أشارت الدراسة: a document, credited as the source, is no speaker
            return _Subject("outlet", words=words, tokens=keys)
        if keys[0] in titles:
            # الأستاذ محمد العقيل مدير عام الجمرك: a name between two titles (of up to five
            # words: العقيد منصور بن أحمد الغامدي مدير جوازات المنطقة)
            later = next((j for j in range(2, min(len(keys), 7)) if keys[j] in titles), None)
            # after a definite title only: وزير داخلية البحرين الشيخ راشد: داخلية البحرين
            # completes the title, it names no one
            if later is not None and keys[0].startswith("ال") and self._name_like(keys[1]):
                return _Subject(
                    "person",
                    title=keys[0],
                    title_words=words[:1],
                    name=keys[1:later],
                    name_words=words[1:later],
                )
            name_at = self._name_start(keys)
            return _Subject(
                "person",
                title=" ".join(keys[:name_at]),
                title_words=words[:name_at],
                name=keys[name_at:],
                name_words=words[name_at:],
            )
        body = (
            keys[0].startswith("ال")
            or _bare(keys[0]) in self.w.body_heads
            or " ".join(keys[:2]) in self.w.body_heads
        )
        if body:
            return _Subject("body", words=words, tokens=keys)
        cut = next((k for k in range(1, len(keys)) if keys[k] in titles), len(keys))
        return _Subject("person", name=keys[:cut], name_words=words[:cut])

    def _name_start(self, keys: list[str]) -> int:
        """Where the name begins after a title chain (len(keys) when there is none):
        الرئيس الروسي | فلاديمير بوتين, وزير الطاقة الجزائري | كريم بن داود,
        الرئيس التنفيذي لمجموعة الخليج للطيران | يوسف الكندري, الرئيس الروسي | بوتين."""
        n = len(keys)
        links, common = self.w.links, self.w.common
        if n < 2:
            return n
        last, prev = keys[-1], keys[-2]

        name_like = self._name_like
        # المتحدث الرسمي للدفاع المدني النقيب | نايف محمد الجهني: after a rank or title
        # in the chain, the words that may all be a name's
        ranked = next((k for k in range(n - 3, 0, -1) if keys[k] in self.w.titles), None)
        if ranked is not None and keys[ranked + 1] == "اول":
            ranked += 1  # الملازم أول خالد
        if (
            (
                ranked is not None
                and ranked + 1 < n
                # (جمعية الرائد الخيرية محمد العلي: a name after الرائد starts bare)
                and not keys[ranked + 1].startswith("ال")
            )
            and all(
                # (a surname may have its article: الجهني)
                k not in self.w.titles and not k.startswith("ل") and _bare(k) not in common
                for k in keys[ranked + 1 :]
            )
        ):
            return ranked + 1
        if n >= 3 and name_like(prev) and _bare(last) not in common and not last.startswith("لل"):
            start = n - 2
            while start > 1 and (keys[start] in links or keys[start - 1] in links):
                start -= 1  # كريم بن داود, حسام عبد الرازق
            return start
        if name_like(last) and not last.startswith("ال") and self._genitive(prev):
            return n - 1  # الرئيس الروسي | بوتين
        return n

    def _name_like(self, key: str) -> bool:
        """A word that may be part of a name: no title, no genitive, no common noun."""
        w = self.w
        return (
            not self._genitive(key)
            and key not in w.titles
            and key not in ("باسم", "عام")  # (مدير عام: the title goes on)
            and key not in w.common
        )

    def _genitive(self, key: str) -> bool:
        """الطاقة, للطيران, لشركة: part of a title chain; لينا, ليلى: a first name."""
        if key.startswith("ال") or (key.startswith("وال") and len(key) > 5):
            return True  # (والشؤون العقارية: the title's second genitive; not والتر، والاس)
        if key.startswith("ل"):
            rest = key[1:]
            return rest.startswith("ل") or rest in self.w.common or _bare(rest) in self.w.common
        return False

    def remember_outlet(self, subject: _Subject) -> None:
        """An outlet or document named in full (تقرير البنك الدولي), for the bare ones after
        it (التقرير): remembered as the speeches are resolved, in order, so a report named
        later in the text is not one named before."""
        if subject.kind == "outlet" and len(subject.words) >= 2:
            full = self.source_text(subject.words[0][0], subject.words[-1][1])
            self._outlets[_bare(subject.tokens[0])] = full

    def remember(self, subject: _Subject) -> None:
        if subject.kind == "person" and len(subject.name) >= 2:
            full = self.source_text(subject.name_words[0][0], subject.name_words[-1][1])
            self.people.remember_person(full, subject.name, subject.title)
        elif subject.kind == "body" and len(subject.tokens) >= 2:
            full = self.source_text(subject.words[0][0], subject.words[-1][1])
            self.people.remember_body(full, subject.tokens)

    def resolve(self, subject: _Subject) -> tuple[str | None, str | None]:
        kind = subject.kind
        if kind == "none":
            return None, None
        if kind == "outlet":
            words = subject.words
            if len(words) == 1 and subject.tokens[0].startswith("ال"):
                # وأشار التقرير: the report named before (ورصد تقرير مؤسسة النقد …); not with
                # adjectives, which may name another (الوكالة الفرنسية after وكالة رويترز)
                named = self._outlets.get(_bare(subject.tokens[0]))
                if named is not None:
                    return None, named
            return None, self.source_text(words[0][0], words[-1][1])
        if kind == "body":
            tokens, words = subject.tokens, subject.words
            if len(tokens) == 1:  # الوزارة: the ministry named before; العمراني: a surname
                person = self.people.with_token(tokens[0])
                if person is not None:
                    return person.full, None
                body = self.people.body_by_head(tokens[0])
                if body is not None:
                    return body.full, None
                person = self.people.by_title(tokens[0])
                if person is not None:  # الوزيرة, المدرب
                    return person.full, None
            else:
                body = self.people.body_ending(tokens)
                if body is not None:  # المركزي المصري: البنك المركزي المصري, named in full
                    return body.full, None
            return self.source_text(words[0][0], words[-1][1]), None
        name, title = subject.name, subject.title
        if len(name) >= 2:
            person = self.people.by_last(name[-1])
            return (
                person.full
                if person
                else self.source_text(subject.name_words[0][0], subject.name_words[-1][1])
            ), None
        if len(name) == 1:
            person = self.people.with_token(name[0])
            if person is not None:
                return person.full, None
            if not title:
                return self.source_text(*subject.name_words[0]), None
        person = self.people.by_title(title)
        if person is not None:
            return person.full, None
        words = subject.title_words or subject.name_words
        if not words:
            return None, None  # (no word was read: nothing to name)
        return self.source_text(words[0][0], words[-1][1]), None

    def sources(self) -> list[_Credit]:
        """Every source marker (حسب، وفقا ل، نقلا عن) with what it credits: an outlet or a
        document is the claim's source; a person or a body (وفقا لوزير المالية الفرنسي برونو
        لومير، بحسب وزارة الصحة) is its speaker, resolved as a reporting verb's subject is,
        with the marker as its cue (CONTRACT: `cue` may be `حسب`, `وفقا لـ`). After a verb
        of variation the marker says "depending on" (يختلف السعر حسب الشركة): no credit."""
        out: list[_Credit] = []
        t = self.t
        for m in self.found("source"):
            if _DEPENDING.search(t, max(0, m.start() - 16), m.start()):
                continue  # يختلف السعر حسب الشركة، مرتبة حسب تسلسل ذكرها
            pos = m.end()
            relayed = _RELAYED.match(t, pos)  # وفقا لما نقلته وكالة …: the agency
            at = relayed.end() if relayed else pos
            words = self._source_phrase(at, spoken_to=False)
            if len(words) == 1 and self.source_text(*words[0]).endswith(("ه", "ها", "هم")):
                continue  # حسب تصريحه: his own statement, not a named outlet
            if not words or t[words[0][0] : words[0][1]] in self.w.not_sources:
                continue
            text = self.source_text(words[0][0], words[-1][1])
            head = t[words[0][0] : words[0][1]]
            lil = m.group("m").endswith("ل") and text.startswith("ل")
            if lil:
                text = "ال" + text[1:]  # وفقا للجهاز: the outlet is الجهاز …
                head = "ال" + head[1:]
            if len(words) == 1 and head.startswith("ال"):  # وفقا للدراسة: the one before
                text = self._outlets.get(_bare(head), text)
            # (وفقا لما نقلته: the marker with the verb that relays)
            cue = self.source_text(m.start("m"), relayed.end() if relayed else m.end("m"))
            cue = cue.strip(" \t")
            same = _SAME_SOURCE.match(t, words[0][0]) is not None  # وفقا للمصدر ذاته
            # (not بحسب شركة أبل بلغت الأرباح: a clause, no name, follows)
            clause = any(_past_verb(t[a:b]) for a, b in words) or bool(
                self.w.p["measured"].search(t, words[0][0], words[-1][1])
            )
            speaker = None
            if same or clause:
                pass
            elif _bare(head) in self.w.body_heads:
                # بحسب وزارة الصحة، بحسب المفوضية (the body named before, in full)
                body = self.people.body_by_head(head) if len(words) == 1 else None
                speaker = body.full if body is not None else text
            elif lil and head in self.w.titles:
                # وفقا للرئيس الأمريكي دونالد ترامب: a definite title the ل took (للـ)
                keys = [head, *(t[a:b] for a, b in words[1:])]
                at_name = self._name_start(keys)
                subject = _Subject(
                    "person",
                    title=" ".join(keys[:at_name]),
                    title_words=words[:at_name],
                    name=keys[at_name:],
                    name_words=words[at_name:],
                )
                named = bool(subject.name) and all(self._name_like(k) for k in subject.name)
                speaker = self.resolve(subject)[0] if named else None
                if not subject.name:  # وفقا للرئيس الأمريكي: the one of that title before
                    titled = self.people.by_title(subject.title)
                    speaker = None if titled is None else titled.full
                if speaker is None or (named and not speaker.startswith(subject.name[0])):
                    speaker = text  # the title (with its name) as written, its article back
            elif not lil:
                subject = self.split(words)
                if subject.kind == "person" and subject.title:
                    # وفقا لوزير المالية برونو لومير; حسب كاهية مدير الانتاج الزراعي: a
                    # title with no name is the speaker as written (CONTRACT.md)
                    named = all(self._name_like(k) for k in subject.name)
                    speaker = self.resolve(subject)[0] if named else text
            out.append(_Credit(m.start(), text, cue, speaker, same))
        return out

    # ------------------------------------------------------------ per claim

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.t)

    def clause_start(self, sent: tuple[int, int], pos: int, after: list[int]) -> int:
        """Where the clause of a figure at ``pos`` begins: after أن/إن, after the reporting
        verb and its subject, after the figure before it, and after a comma."""
        start = max(sent[0], pos - 300)  # a clause is never longer; a huge sentence stays linear
        opened = last_whole_word(self.t, self.w.openers, start, pos)  # after أن, إن
        if opened is not None:
            start = opened
        comma = _COMMA.search(self.t[start:pos][::-1])
        if comma is not None:
            last = pos - comma.start()  # after the last comma before the figure
            aside = _ASIDE.search(self.t, start, last)
            # وقفز مؤشر الدولار، الذي يقيس أداءه مقابل ست عملات، 0.46 بالمئة: a relative
            # clause between commas right before the figure is an aside, the clause goes on
            # before it (once: the comma before the aside is taken as the clause's start)
            if aside is not None and not self.t[last:pos].strip():
                before = _COMMA.search(self.t[start : aside.start()][::-1])
                last = start if before is None else aside.start() - before.start()
                after = [a for a in after if not aside.start() <= a <= pos]  # ست عملات in it
            start = last
        return max([start, *(a for a in after if sent[0] <= a <= pos)])

    def past_dated(
        self, sent: tuple[int, int], clause: int, after: list[int], date_starts: dict[int, int]
    ) -> int:
        """Where the clause begins if the date between the two commas before it is an aside
        (هبطت أسعار النفط بداية التداولات، الجمعة، بنسبة 2%: what fell, and when, are before
        it): after the comma before those, or where the sentence (at most 300 characters
        back) begins, but never before the figure or speech before it (``after``, as for
        :meth:`clause_start`). ``clause`` itself when no date stands there. ``date_starts``
        maps each date's end to its start: the test is a few look-ups, no search, as most
        clauses open after no date."""
        t, comma = self.t, clause - 1
        if t[comma : comma + 1] not in ("،", ",", "؛"):
            return clause
        b = comma
        while b > sent[0] and t[b - 1] in " \t":
            b -= 1
        a = date_starts.get(b)  # a date right before the comma
        if a is None:
            return clause
        left = a
        while left > sent[0] and t[left - 1] in " \t":
            left -= 1
        if t[left - 1 : left] not in ("،", ","):
            return clause  # the date is not all between the two commas
        start = max(sent[0], comma - 300)
        further = _COMMA.search(t[start : left - 1][::-1])
        wide = start if further is None else left - 1 - further.start()
        return max([wide, *(a for a in after if sent[0] <= a <= clause)])

    def measured(self, clause: int, qstart: int) -> int | None:
        """Where the clause before a figure first holds a measure verb or a trend word, if
        it does. Four clauses in five hold none (on the corpus), and then neither
        :meth:`metric` nor :meth:`trend` need to look: one search in place of three. The
        search's tree holds all their words with every prefix any of them allows, so none
        of theirs starts before its match: they look from there (``first``), not from the
        clause's start."""
        found = self.w.p["measured"].search(self.t, clause, qstart)
        return None if found is None else found.start()

    def measures(self, first: int, qstart: int) -> list[re.Match[str]]:
        """The measure verbs of a clause from ``first`` to the figure: read once, for both
        :meth:`metric` and :meth:`trend`. After ل only a verb in the present (ليصل، لتبلغ):
        لتجاوز الأزمة is a verbal noun, to overcome."""
        t, present = self.t, self.w.present
        return [
            m
            for m in self.w.p["measure"].finditer(t, first, qstart)
            if t[m.start("v") - 1] != "ل" or m.start("v") == m.start() or m.group("v") in present
        ]

    def metric(
        self, clause: int, qstart: int, verbs: list[re.Match[str]], measure: bool = False
    ) -> tuple[int, int] | None:
        if not verbs:
            return None
        v = verbs[-1]
        aside = _ASIDE.search(self.t, v.end(), qstart)
        if aside is not None:
            qstart = aside.start()  # مؤشر الدولار، الذي يقيس …، 0.46: the words before the aside
        if _VALUE_NAMED.match(self.t, v.end(), qstart):
            # صفقة تقدر قيمتها بـ، التي تبلغ قيمتها: the value of the noun before the verb
            return self.marked(clause, qstart, v.start())
        after = self._trim(v.end(), qstart)
        if after is not None and self._part_of_period(after[0]):
            # ارتفع في منتصف التعاملات مؤشر البورصة: the words after the time's two
            when = list(itertools.islice(_WORD.finditer(self.t, after[0], qstart), 2))
            after = self._trim(when[-1].end(), qstart) if len(when) == 2 else None
        if after is not None:
            # هبطت أسعار النفط بداية التداولات: the words before the time
            part = self.w.p["period_part"].search(self.t, after[0] + 1, after[1])
            if part is not None:
                after = self._trim(after[0], part.start())
        if after is not None and not measure:
            return self._without_change(*after)  # سجلت الشركة ارتفاعا بنسبة 5%
        if after is not None:
            return after  # يتجاوز ارتفاع برج جدة الألف متر: a height, no change
        if self.t[v.start("v") - 1] == "ل":
            # ارتفع عدد مستخدميه ليصل إلى: what the verb before measures; with none, the
            # second figure of the clause before (see find_claims)
            return self._trim(verbs[-2].end(), v.start()) if len(verbs) > 1 else None
        before = verbs[-2].end() if len(verbs) > 1 else clause  # سجلت الشبكة … ذروة استهلاك بلغت
        # رسوم تتراوح بين، الزيادة البالغة، الصفقة المقدرة بـ: the noun right before a range's
        # verb or the participle, not its whole clause
        participle = v.group("v").startswith(("البالغ", "المقدر"))
        if participle:
            # نصيبهما من الصفقة المقدرة بـ: the participle agrees with the noun after من
            of = self.t.rfind(" من ", max(before, v.start() - 40), v.start())
            before = before if of < 0 else of + 4
        near = participle or "تراوح" in v.group("v")
        return self._trim(before, v.start(), most=4 if near else 12)

    def _without_change(self, a: int, b: int, before: bool = True) -> tuple[int, int] | None:
        """The words ``a``-``b`` without a word of change or a measure verb in them, which
        say how the figure moved, not what moved:
        - the definite phrase after a verbal noun of change, what it changes (قرر البنك خفض
          معدل الفائدة بنسبة → معدل الفائدة; وقررت الحكومة تقليص الإنفاق → الإنفاق), and
          after one in the accusative, the phrase after في (سجلت الشركة ارتفاعا في
          المبيعات → المبيعات);
        - else the words before it (سجلت الشركة ارتفاعا بنسبة 5% → الشركة; only with
          ``before``: the words before a marker's noun phrase are not a verb's subject);
        - None when nothing is left but the change and its adjectives (ارتفاعا طفيفا).
        After a metric head the change is what is measured (نسبة ارتفاع الأسعار, معدل نمو,
        قيمة مشروع توسعة وزيادة طاقة الميناء): the words stay whole. ربح is profit, a level
        (صافي ربح الشركة، ربح السهم), not a change, though ربح المؤشر is."""
        t = self.t
        while True:
            hit = self._first_change(a, b)
            while hit is not None and (changed := _bare_word(t, hit, b)) in _LEVEL_NOUNS:
                hit = self._first_change(hit.end(), b)
            if hit is None:
                return a, b
            start = hit.start() + (t[hit.start()] in " \t")  # measured opens at the blank
            word_end = start + len(t[start:b].split(maxsplit=1)[0])  # (متراجعة: the whole word)
            words = list(_WORD.finditer(t, a, start))
            changed = changed[1:] if changed[:1] in ("ل", "س") else changed
            if words and (_past_verb(changed) or changed[:1] == "ي" or changed in self.w.present):
                # الليرة التي فقدت، الواردات تراوحت نسبتها: a verb, whose subject is before it
                # (its object after it when it opens the words: وسيرفع طاقتها التكريرية)
                return self._trim(a, start) if before else None
            heads = [_bare(w.group().strip(_PUNCTUATION)) in self.w.heads for w in words]
            if heads and heads[-1]:
                # نسبة ارتفاع سعر البنزين، معدل نمو اقتصادي
                return (a, b) if before else (words[-1].start(), b)
            accusative = t[start:word_end].endswith("ا")  # سجلت الأسعار ارتفاعا
            if not accusative and any(heads) and t[word_end:b].strip():
                return a, b  # قيمة مشروع توسعة وزيادة طاقة الميناء: a noun of the chain
            # (after a change in the accusative, the phrase after في only with no words
            # before it: سجل الدولار ارتفاعا في التعاملات المبكرة is the dollar's)
            after = None if accusative and words else self._changed_phrase(word_end, b, accusative)
            if after is not None:
                a = after
                continue
            if words:
                return self._trim(a, start) if before else None
            return None  # ارتفاعا طفيفا، نمو اقتصادي إجمالي: only the change is named

    def _first_change(self, a: int, b: int) -> re.Match[str] | None:
        """A participle of change in ``a``-``b`` (المرتفع، متراجعة), else the first word of
        change or measure verb there (claims.json trend words, measure_verbs)."""
        return _CHANGED.search(self.t, a, b) or self.w.p["measured"].search(self.t, a, b)

    def _changed_phrase(self, pos: int, b: int, accusative: bool) -> int | None:
        """Where the phrase of what a change changes starts after ``pos``: a definite one
        (خفض معدل الفائدة، تقليص الإنفاق), after في for a change in the accusative
        (ارتفاعا في المبيعات); None when none follows."""
        rest = list(_WORD.finditer(self.t, pos, b))
        if not rest:
            return None
        first = rest[0].group()
        if first == "في" and len(rest) > 1 and rest[1].group().startswith("ال"):
            return rest[1].start()
        if accusative:
            return None
        if first.startswith(("ال", "وال")) or (len(rest) > 1 and rest[1].group().startswith("ال")):
            return rest[0].start()
        return None

    def _part_of_period(self, pos: int) -> bool:
        """Whether the word at ``pos`` names a part of a period (dates.json ``parts``:
        بداية، منتصف، ختام): هبطت أسعار النفط بداية التداولات، الجمعة، بنسبة 2%, the words
        after the verb say when, and what fell is the subject before it (or the words after
        the time: ارتفع في منتصف التعاملات مؤشر البورصة 3%)."""
        return self.w.p["period_part"].match(self.t, pos) is not None

    def share_of(self, qend: int, sent_end: int) -> tuple[int, int] | None:
        """What a percentage is a share of, after من: 32% من السعوديين العاملين في سوق العمل
        → السعوديين العاملين; up to five words, to a stop word, a verb or punctuation (not a
        figure: 13.50 في المئة من 12.75 في المئة is a change)."""
        m = _OF.match(self.t, qend, sent_end)
        if m is None:
            return None
        words = list(_WORD.finditer(self.t, m.end(), min(sent_end, m.end() + 120)))[:5]
        if words and " ".join(w.group() for w in words[:2]).startswith(self.w.not_shares):
            return None  # 5.6 % من الناتج: a ratio to the economy; its numerator is elsewhere
        stop, kept = self.w.stop, []
        for i, w in enumerate(words):
            word = w.group()
            bare = word.strip(_PUNCTUATION)
            if i == 0 and bare in _POSSESSED:  # فقدت 43% من قيمتها (or «قيمتها»)
                start = w.start() + len(word) - len(word.lstrip(_PUNCTUATION))
                return start, start + len(bare)
            if (
                not bare
                or word[0] in _PUNCTUATION
                or bare in stop
                or _VERB_SHAPE.fullmatch(bare)
                or any(c.isdigit() for c in bare)
            ):
                break
            kept.append(w)
            if word != bare:
                break  # أسهم الشركة،: punctuation after a word ends the phrase with it
        if not kept:
            return None
        return self._trim(kept[0].start(), kept[-1].end())

    def marked(self, clause: int, qstart: int, verb: int | None = None) -> tuple[int, int] | None:
        """The noun phrase before a word that leads to the figure, when no verb says what
        it measures: صفقة بقيمة 3 مليارات دولار → صفقة (after a stop word in it, only what
        follows: على واردات بقيمة → واردات). With ``verb``, the start of a measure verb whose
        value follows it, the noun phrase before that verb: في صفقة تقدر قيمتها بـ3 مليارات
        → صفقة, على سلع صينية تبلغ قيمتها → سلع صينية (past a relative pronoun: المنتجات التي
        تبلغ قيمتها)."""
        if verb is None:
            m = self.w.p["marked"].search(self.t, max(clause, qstart - 80), qstart)
        else:
            m = self.w.p["np_before"].search(self.t, max(clause, verb - 80), verb)
        if m is None:
            return None
        unchanged = self._without_change(m.start("np"), m.end("np"), before=False)
        if unchanged is None:
            return None  # بارتفاع بنسبة، المرتفع بنسبة: a change or a verb, read elsewhere
        a, b = unchanged
        if _bare(self.t[a:b].split()[0]) in self.w.heads and self._first_change(a, b):
            return self._trim(a, b)  # معدل نمو اقتصادي بنسبة: the head and its change
        if any(c.isascii() for c in self.t[a:b] if c.isalpha()):
            return None  # RIMSTOCK LIMITED بقيمة: a name in Latin letters, no Arabic noun
        words = list(_WORD.finditer(self.t, a, b))
        i = len(words) - 1
        while i > 0:
            word, before = words[i].group(), words[i - 1].group()
            # a definite word (a genitive or an adjective: أسعار النفط) or a nisba
            # (رسوما جمركية) belongs to the word before it, across من (قرض من الدولة); an
            # indefinite noun heads the phrase
            bare = word[1:] if word[:3] in ("وال", "فال") else word  # والتجديد: and the …
            tied = bare.startswith("ال") or (len(bare) > 3 and bare.endswith(_NISBA))
            if not tied or (before in self.w.stop and not (before == "من" and i > 1)):
                break
            i -= 2 if before == "من" else 1
        if i < len(words) - 1 and _past_verb(words[i].group()):
            i += 1  # بيعت اللوحة بمبلغ: the verb opens no noun phrase
        head = _LAST_WORD.search(self.t, max(0, words[i].start() - 20), words[i].start())
        before = "" if head is None else head.group(1)
        marker = m.groupdict().get("mk")
        if (
            before in ("في", "مع")
            or (marker in self.w.change_markers and before in self.w.stop)
            # على الواردات من الصلب والألمنيوم بلغت نسبتها: before a verb, the noun of من or
            # على is what the rate is levied on, not what it is of
            or (verb is not None and before in ("من", "علي") and _RATE_NAMED.match(self.t, verb))
        ):
            # منزلا في لندن بقيمة، عقدا مع الحكومة بقيمة: a place or a party, not what is worth
            # it; على المؤشر بواقع 23%: بنسبة، بواقع and بمقدار say how much something changed
            # or weighs, not the worth of the noun of any preposition before them
            return None
        first, last = words[i].group(), words[-1].group()
        if (
            first.startswith(("لل", "بال", "كال"))
            or (first[:1] in "لب" and first[1:] in self.w.stop)
            or (verb is not None and first[:1] in "لب" and before not in self.w.stop)
        ):
            # للصيانة بقيمة، لما قيمته: what the amount is for, not what it measures; before
            # a verb, a noun after ل or ب (منتجات صينية لبلاده تبلغ قيمتها) is no head
            return None
        if _past_verb(last) or (i == len(words) - 1 and last.endswith("ها")):
            return None  # بيعت بمبلغ، اشتراها بمبلغ: a verb, whose subject is not read here
        if i == len(words) - 1 and len(last) > 3 and last.endswith(_NISBA):
            return None  # تجارية بنسبة: an adjective alone, its noun further back
        return self._trim(words[i].start(), b)

    def subject_of(self, verb: re.Match[str], metric: tuple[int, int]) -> bool:
        """Whether ``metric``, read after ``verb`` before a count, is the verb's subject: after
        a verb of 'count_doers' (سجل صلاح 29 هدفا، وسيمثل أمام القضاء 33 تونسيا) the words are
        who scored or won the things counted, unless a metric head opens them (سجل عدد الزوار،
        وسجل الرقم القياسي ارتفاعا إلى 107.3 نقطة)."""
        if verb.group("v") not in self.w.doers or metric[0] < verb.end():
            return False
        first = self.t[metric[0] : metric[1]].split()[0]
        first = first[1:] if first[:1] in ("و", "ف") and first[1:3] == "ال" else first
        return _bare(first) not in self.w.heads

    def headed(self, clause: int, end: int, count: bool = False) -> tuple[int, int] | None:
        """The noun phrase a word of 'metric_heads' opens right before ``end`` (the figure,
        or a measure verb with nothing between it and the figure), when nothing else said
        what the figure measures: وكان إجمالي الإيرادات 3.6 مليار درهم → إجمالي الإيرادات
        (a copula or a nominal sentence), أسعار الفائدة 1%, سعر برميل النفط ليتجاوز 70 دولارا
        → سعر برميل النفط. Read back over at most five words, to a stop word, a figure, a
        mark, a verb or the clause's start; the earliest head among them opens the phrase,
        which holds more than the head (عدد alone names nothing). Before a ``count``, only
        a head that counts (عدد، مجموع، إجمالي) is its metric."""
        if self.t[end - 1 : end] == "و":
            return None  # على واردات الصلب و10%: a second figure, read with the first
        if self.t[end - 2 : end] in (" ب", "\tب"):
            end -= 1  # خفض المنتجون إنتاج النفط بنحو 40 بالمئة: ب glued to the figure
        lo = max(clause, end - 80)
        if self.w.p["head"].search(self.t, lo, end) is None:
            return None  # no head in the window (nine windows in ten): no words to read
        words = list(_WORD.finditer(self.t, lo, end))[-5:]
        stop, heads = self.w.stop, self.w.heads
        head, key = None, ""
        for k in range(len(words) - 1, -1, -1):
            word = words[k].group()
            bare = word.strip(_PUNCTUATION)
            if not bare and k == len(words) - 1:
                continue  # the bracket or quote that opens the figure: “35,109”
            if (
                not bare.isalpha()
                or bare != word.lstrip(_PUNCTUATION)
                or bare in stop
                or bare[0] == "ي"  # a verb in the present: سعر صرف العملة يساوي
                or bare in self.w.present  # نسبة تفوق 10 بالمئة
                or (bare.endswith(("ته", "تها")) and bare[: bare.rindex("ت")] + "ه" in heads)
            ):
                # a mark after the word, a figure, a stop word, a verb or the value named
                # with its pronoun (نمو شهري نسبته): the phrase starts after it
                break
            if bare in heads or (bare[0] in "وف" and bare[1:] in heads):
                # (not after ب or ل: بمعدل، بعدد، لعدد lead to the figure)
                head, key = k, bare if bare in heads else bare[1:]
        if head is None or (count and key not in self.w.count_heads):
            return None  # (خفض أسعار الخبز 3 مرات: a count of other things than prices)
        phrase = self._trim(words[head].start(), words[-1].end())
        if phrase is None or phrase[1] <= words[head].end():
            return None  # a head alone (حجز كمية 177 طنا، شراء نسبة الـ61): it names nothing
        return phrase

    def event_of(self, qstart: int) -> tuple[int, int] | None:
        """The event a count, money or measure right after it is of, from
        ``count_events``: مقتل 12 شخصا وإصابة 11 آخرين → مقتل, إصابة (الإفراج عن 200
        معتقل → الإفراج; بتحويل 81 مليون دولار → تحويل)."""
        event = self.w.p["event"].search(self.t, qstart - 24, qstart)
        return None if event is None else self._trim(*event.span("e"))

    def _trim(self, a: int, b: int, most: int = 12) -> tuple[int, int] | None:
        if len(self.t[a:b].split()) > most + 8:
            return None  # far too many words, whatever the stop words trimmed off its ends
        words = [m.span() for m in _WORD.finditer(self.t, a, b)]
        stop = self.w.stop

        def bare(x: tuple[int, int]) -> str:
            word = self.t[x[0] : x[1]].strip(_PUNCTUATION)
            return word[1:] if word[:1] in ("و", "ف") and word[1:] in stop else word

        while words and (bare(words[0]) in stop or bare(words[0]) in ("", "و", "ف")):
            if len(words) > 1 and bare(words[0]) in _POSSESSED and "ال" in bare(words[1])[:3]:
                break  # قيمتها السوقية: the value named, not the word that leads to a figure
            words.pop(0)
        while words and (
            bare(words[-1]) in stop or bare(words[-1]) in ("", "ال", "لل", "بال", "ل", "ب")
        ):
            words.pop()  # ال, للـ, لـ: the article or clitic of a figure at its digits (الـ40)
        if not words or len(words) > most:
            return None
        s, e = words[0][0], words[-1][1]
        first = self.t[s : words[0][1]]
        if first[:1] in ("و", "ف") and first[1:] in self.w.heads:
            s += 1  # وعدد العاطلين: the conjunction is not part of the metric
        e -= len(self.t[s:e]) - len(self.t[s:e].rstrip(_PUNCTUATION))
        s += len(self.t[s:e]) - len(self.t[s:e].lstrip(_PUNCTUATION))  # بلغ “676,962” سيارة
        return (s, e) if e > s else None

    def delivered(self, dates: list[ClaimInput]) -> frozenset[int]:
        """The starts of the dates a contract delivers in (تسليم يونيو), read once a text:
        they name a metric and date no claim."""
        t = self.t
        if "تسليم" not in t:
            self._delivered = frozenset()
        else:
            self._delivered = frozenset(
                d.start for d in dates if _DELIVERY.search(t, max(0, d.start - 8), d.start)
            )
        return self._delivered

    def before_dates(
        self, metric: tuple[int, int], dates: list[ClaimInput], date_starts: list[int]
    ) -> tuple[int, int] | None:
        """The metric without the dates in it: what is measured, not when (the claim's
        time says when). The words before the first date (الإيرادات الموحدة للربع الثاني من
        العام بموجب ... is الإيرادات الموحدة), or those after the last one when one word or
        none comes before it (وحصل العام الماضي على راتب إجمالي is راتب إجمالي; أرباح الربع
        الأول من 2018 is أرباح). The date's word and the words that lead to it (في، خلال،
        بـ) go."""
        a, b = metric
        # العقود الأميركية للذهب تسليم يونيو: the contract's month names it
        inside = [d for d in _within(dates, date_starts, a, b) if d.start not in self._delivered]
        if not inside:
            return metric
        cut = self.t.rfind(" ", a, inside[0].start) + 1  # the start of the date's word
        before = self._trim(a, cut) if cut > a else None
        if before is not None and " " in self.t[before[0] : before[1]]:
            return before  # two words or more before the date: no need to read after it
        return self._trim(max(d.end for d in inside), b) or before

    def trend(
        self, first: int, qstart: int, verbs: list[re.Match[str]], measure: bool = False
    ) -> str | None:
        t = self.t
        # تراجعت الأسعار عام 2019 وبلغت الصادرات …: a measure verb after و opens another
        # clause; a change before it is another figure's (لتبلغ, after ل, is the same one's)
        for m in verbs:
            if t[m.start()] in "وف" and m.start() < m.start("v"):
                first = m.start()
        up = [
            m.start()
            for m in self.w.p["up"].finditer(t, first, qstart)
            # على ارتفاع 644 مترا، يقفز من ارتفاع 7620 مترا: a height right before the
            # figure, not a rise (after من, of a measure only: استفادت من ارتفاع 3%)
            if not (
                m.group() == "ارتفاع"
                and (
                    t.endswith("علي ", 0, m.start())
                    or (measure and t.endswith(" من ", 0, m.start()))
                )
                and not t[m.end() : qstart].strip()
            )
            # بلغ صافي ربح الشركة، ربح السهم: profit, a level (ربح المؤشر 5 نقاط is a gain)
            and not (
                m.group() == "ربح" and _PROFIT_NOUN.search(t, max(0, m.start() - 12), m.start())
            )
            and not t.startswith(" بن ", m.end())  # الأمير يزيد بن محمد: a name
        ]
        down = [
            m.start()
            for m in self.w.p["down"].finditer(t, first, qstart)
            # فقد احتل, فقد اعتمدت: the particle before a verb, not "lost" (فقد الجنيه 5%)
            if not (m.group().endswith("فقد") and _PARTICLE_QAD.match(t, m.end()))
        ]
        if not up and not down:
            return None
        return "up" if max(up, default=-1) > max(down, default=-1) else "down"


_MARKER_MA = frozenset({"كما", "حسبما", "بحسبما", "وفقما"})  # a marker and ما in one word
_OPENING_PARTICLES = frozenset({"لكن", "ولكن", "بينما", "فيما"})  # (folded)
_OPENING_PAIRS = frozenset(
    (a, "ان") for a in ("غير", "الا", "بيد", "كما", "ثم", "علما", "يذكر", "ويذكر")
)
_MA_MARKERS = ("علي", "وفق", "حسب", "بحسب", "كما")  # before ما and a reporting verb (folded)
_EXPECTED = frozenset({"يتوقع", "تتوقع"})  # folded; read as the passive يُتوقع as often
# a verbal noun in استفعال (folded, without the article: استقرار، استمرار), the one shape of
# an event after يتوقع that no name takes (داود، سعود، تحالف take the others)
_VERBAL_NOUN = re.compile(r"است..ا.")


_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_OPENS_QUOTE = re.compile(r"[:،,]?[ \t]*(?:إن|ان)?[ \t]*[\"«“]$")  # قال: " or قال إن "
_QUOTE_REACH = 600  # a quotation longer than this is read no further: no pair is found


def _quotations(t: str) -> list[tuple[int, int]]:
    """The quotations of a text, as (opening, closing) offsets, in order: « », “ ”, and
    straight quotes, one that opens (before a word, after none) with the next. An opening
    with no closing within ``_QUOTE_REACH`` characters is left out (a stray mark)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(t)
    while i < n:
        m = _QUOTE_OPEN.search(t, i)
        if m is None:
            break
        a = m.start()
        if t[a] == '"' and (is_letter(t[a - 1 : a]) or not is_letter(t[a + 1 : a + 2])):
            i = a + 1  # a straight quote that closes (after a word) opens nothing
            continue
        b = t.find(_QUOTE_PAIRS[t[a]], a + 1, min(n, a + _QUOTE_REACH))
        if b < 0:
            i = a + 1
            continue
        out.append((a, b))
        i = b + 1
    return out


_QUOTE_OPEN = re.compile(r"[«“\"]")


def _expected_event(word: str) -> bool:
    """Whether the word after يتوقع names an event, no person: a noun of change of the
    lexicon (هبوط، ارتفاع، نمو) or a verbal noun in استفعال (استقرار). Other shapes are
    names as often (داود، سعود، تحالف)."""
    key = word[2:] if word.startswith("ال") else word
    return key in _words().changes or _VERBAL_NOUN.fullmatch(key) is not None


def _past_verb(word: str) -> bool:
    """A word in the shape of a verb in the past (بيعت، تطورت): ت, not the plural ات."""
    return word.endswith("ت") and not word.endswith("ات")


def _feminine_head(word: str) -> bool:
    """Whether a verb agrees with the outlet or document word as a feminine: الدراسة,
    الوكالة (ة, folded ه) and the plurals of things (البيانات، الأرقام); not التقرير."""
    word = _bare(word)
    return word.endswith(("ه", "ات")) or word == "ارقام"


def _within(items: list[Any], starts: list[int], lo: int, hi: int) -> list[Any]:
    """The items whose start is in ``[lo, hi)``, by bisect on their sorted starts."""
    return items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def find_claims(
    norm: Normalized, facts: list[ClaimInput], found: Found | None = None
) -> list[Claim]:
    """One claim per quantity a sentence asserts, in the order of the facts.

    Every look-up (the sentence, the speeches and dates of a sentence, the end
    of the figure before) is a bisect, so a long text costs n log n, not n².
    """
    candidates = [f for f in facts if f.kind in QUANTITY_KINDS or f.kind == "number"]
    if not candidates:
        return []
    finder = _Finder(norm, scan_text(norm.text) if found is None else found)
    speeches = finder.speeches()
    speech_starts = [x.start for x in speeches]
    speech_ends = sorted(x.end for x in speeches)
    quotes: list[tuple[int, int]] | None = None  # read once, when a claim has no speech
    quote_starts: list[int] = []
    sources = finder.sources()
    source_starts = [c.start for c in sources]
    dates = sorted((f for f in facts if f.kind == "date"), key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    date_starts_by_end = {d.end: d.start for d in dates}
    delivered = finder.delivered(dates)
    # a figure's clause begins after the quantity before it, not after a date: ارتفعت
    # الصادرات في شهر يونيو الماضي بنسبة 11.9%, the change is the figure's
    # للمرة الأولى، للشهر السادس: ordinals of times, where their phrase starts and ends
    times = [
        (a, x.end)
        for x in facts
        if x.kind == "ordinal" and (a := _times_at(norm.text, x)) is not None
    ]
    times_ends = {b for _, b in times}
    times_spans = sorted(times)
    fact_ends = sorted(x.end for x in facts if x.kind != "date" and x.end not in times_ends)
    claims: list[Claim] = []
    last: _Last | None = None  # the claim before: its end, metric, trend, kind and unit
    for f in candidates:
        sent = finder.sentence_of(f.number_start)
        ends = [
            e
            for e in (_last_at_most(speech_ends, f.start), _last_at_most(fact_ends, f.start))
            if e is not None
        ]
        clause = finder.clause_start(sent, f.start, ends)
        first = finder.measured(clause, f.start)
        wide = (  # the dates of the claim's time (most clauses open after no comma)
            finder.past_dated(sent, clause, ends, date_starts_by_end)
            if norm.text[clause - 1 : clause] in ("،", ",", "؛") and date_starts_by_end
            else clause
        )
        if first is None and wide < clause:
            # ارتفعت الأسهم، الجمعة، بنسبة 2%: no verb after the date, the clause is wider
            first = finder.measured(wide, f.start)
            clause = wide if first is not None else clause
        verbs = finder.measures(first, f.start) if first is not None else []
        metric = (
            finder.metric(clause, f.start, verbs, f.kind == "measure")
            if first is not None
            else None
        )
        if metric is not None and f.kind == "count" and finder.subject_of(verbs[-1], metric):
            metric = None  # سجل صلاح 29 هدفا: who scored, not what is measured
        if metric is None and f.kind != "number":
            metric = finder.marked(clause, f.start)
        if metric is None and f.kind == "percent":
            metric = finder.share_of(f.end, sent[1])
        if metric is None and f.kind != "percent":
            # (of money and measures too: سرقة 851 مليون دولار، استرجاع 68 ألف هكتار)
            metric = finder.event_of(f.start)
        if metric is not None:
            metric = finder.before_dates(metric, dates, date_starts)
        if metric is not None and times_spans:
            # ارتفع المؤشر للمرة الأولى منذ 2010: the times say when, not what (words that
            # open with them name nothing: تراجعت للعام الثالث على التوالي حيث حصلت على)
            k = bisect.bisect_left(times_spans, (metric[0], -1))
            for a, b in times_spans[max(0, k - 1) : k + 1]:
                if a <= metric[0] < b:
                    metric = None
                    break
                if metric[0] < a < metric[1]:
                    metric = finder._trim(metric[0], a)
                    break
        trend = (
            finder.trend(first, f.start, verbs, f.kind == "measure") if first is not None else None
        )
        split = (
            split_bound(norm.text, f.start)
            if f.kind != "number" and norm.text.endswith(SPLIT_BOUND_ENDS, 0, f.start)
            else None
        )
        if split is not None:
            # لا يزيد عدد السكان عن 5 ملايين: the verb bounds the figure (no change), and its
            # words before عن are what is bounded
            metric, trend = finder._trim(split[1], split[2]), None
        if metric is None and last is not None and sent[0] <= last[0]:
            second = _second_figure(norm.text, last, f)
            if second is not None:
                metric = last[1]
                if trend is None and second.group("vs") is None:
                    trend = last[2]
        if metric is None and not norm.text.startswith("ال", f.start):
            # (not أسعار الفائدة الأربعة: a definite figure after its noun counts it)
            metric = finder.headed(
                # (points say how much the head's value moved: سعر الفائدة 50 نقطة)
                clause,
                verbs[-1].start() if verbs else f.start,
                f.kind == "count" and f.unit != "نقطة",
            )
            if metric is not None:
                metric = finder.before_dates(metric, dates, date_starts)
        if f.kind == "number" and metric is None:
            continue  # a bare number is a claim only when a verb says what it measures
        # the last speech of the sentence before the figure, else its first one after
        # (indexes, not slices: a sentence may hold thousands of them)
        i = bisect.bisect_left(speech_starts, f.start) - 1
        j = bisect.bisect_left(speech_starts, f.end)
        speech = (
            speeches[i]
            if i >= 0 and speech_starts[i] >= sent[0]
            else speeches[j]
            if j < len(speeches)
            and speech_starts[j] < sent[1]
            and not finder.in_relative(speech_starts[j])
            else None
        )
        if speech is None and speeches and quotes is None:
            quotes = _quotations(norm.text)
            quote_starts = [a for a, _ in quotes]
        if speech is None and quotes:
            # وقال بنيامين غريفو: "… نموذجا. يجب تطبيق غرامة الـ50 ألف يورو": a quotation
            # that runs on past its first sentence is still its speaker's
            q = bisect.bisect_right(quote_starts, f.start) - 1
            if q >= 0 and quotes[q][1] > f.start and quotes[q][0] < sent[0]:
                opened = quotes[q][0]
                p = bisect.bisect_left(speech_starts, opened) - 1
                if (
                    p >= 0
                    and opened - speeches[p].end <= 40
                    and _OPENS_QUOTE.search(norm.text, speeches[p].end, opened + 1)
                ):
                    speech = speeches[p]
        relayed = None  # وذكرت الوزارة، حسبما أوردت الوكالة، أن: the ministry, via the agency
        if i > 0 and speech is speeches[i] and speech.relay and speech_starts[i - 1] >= sent[0]:
            relayed, speech = speech, speeches[i - 1]
        speaker = speech.speaker if speech else None
        cue = speech.cue if speech else None
        k = bisect.bisect_left(source_starts, sent[0])
        credit = sources[k] if k < len(sources) and source_starts[k] < sent[1] else None
        source = None if credit is None or credit.speaker is not None else credit.text
        if credit is not None and speech is None:
            # بحسب تقرير البنك الدولي: the marker is the cue; وفقا لوزير المالية: and the
            # person it credits is the speaker
            speaker, cue = credit.speaker, credit.cue
        if credit is not None and credit.same:
            # وفقا للمصدر ذاته: the last speaker or source before it in the text
            p = bisect.bisect_left(speech_starts, credit.start) - 1
            while p >= 0 and speeches[p].speaker is None and speeches[p].source is None:
                p -= 1
            if p >= 0:
                speaker, source = speeches[p].speaker, speeches[p].source
        if source is None and speech is not None:
            source = speech.source if relayed is None else relayed.source
        statement = speech.end if speech is not None and speech.start < f.start else sent[0]
        if speech is not None and speech.start < f.start:
            # ذكر خفر السواحل الاثنين أنه انتشل: the day of the statement runs to أن/إن
            that = _THAT_WORD.search(norm.text, statement, min(f.start, statement + 90))
            if that is not None and _SUBJECT_GAP.fullmatch(norm.text, statement, that.start()):
                statement = that.start("that")
        scoped = [
            d
            # the dates of the sentence near the figure: a scope is never far from what it scopes
            for d in _within(
                dates, date_starts, max(sent[0], f.start - 400), min(sent[1], f.end + 400)
            )
            if not (d.relative and d.date_grain == "day" and d.start < wide)
            and not (statement > d.start >= (speech.start if speech else sent[1]))
            # العقود الآجلة للذهب تسليم يونيو: the month a contract delivers, not when
            and d.start not in delivered
            and not (d.start > f.end and _in_relative_clause(norm.text, f.end, d.start))
        ]
        if scoped:
            # مقارنة بعام 2016, عن الفترة ذاتها من 2017: the date compared with is not the
            # claim's, unless the figure is the amount compared with (مقابل 102.6 مليون دينار
            # خلال نفس الفترة من 2016)
            t = norm.text
            compared = _compared(t, f.start, 16, _COMPARED_FIGURE)
            kept = [d for d in scoped if _compared(t, d.start, 40, _COMPARED) == compared]
            if kept or len(scoped) > 1 or compared:
                scoped = kept or scoped
            elif _compared(t, scoped[0].start, 40, _COMPARED_ONLY):
                scoped = []  # مقارنة مع 2016, the one date: the claim's time is not said
        time = min(scoped, key=lambda d: abs(d.start - f.start)).id if scoped else None
        metric_span = None
        metric_text = None
        if metric is not None:
            a, b = norm.span(*metric)
            metric_span, metric_text = (a, b), norm.source[a:b]
        s_a, s_b = norm.span(*sent)
        claims.append(
            Claim(
                fact=f.id,
                sentence=(s_a, s_b),
                metric=metric_text,
                metric_span=metric_span,
                time=time,
                speaker=speaker,
                cue=cue,
                source=source,
                trend=trend,
            )
        )
        last = (f.end, metric, trend, f.kind, f.unit)
    return claims


_Last = tuple[int, tuple[int, int] | None, str | None, str, str | None]


def _in_relative_clause(t: str, end: int, start: int) -> bool:
    """Whether a date at ``start``, after a figure that ends at ``end``, is in a relative
    clause that opens between them (لويس الذي ينتهي عقده في 2017: when his contract ends,
    not when the figure holds), unless the clause tells of the whole a share is of (82 في
    المئة من الثروات التي تحققت في العام الماضي)."""
    relative = next(
        (
            m
            for m in _RELATIVE_AFTER.finditer(t, end, start)
            if t[m.start() - 1 : m.start()] in _BEFORE_RELATIVE
            or (t[m.start() - 1 : m.start()] in "وف" and t[m.start() - 2 : m.start() - 1] in " \t")
        ),
        None,
    )
    if relative is None:
        return False
    if _HAPPENED.match(t, relative.end()) or _PERIOD_BEFORE.search(t, end, relative.start()):
        # محاولة الانقلاب التي وقعت قبل عامين، الانتخابات التي جرت في 23 أفريل: when the
        # event the figure is of happened; العام الذي يبدأ في 1 يونيو: the period itself
        return False
    share = _SHARE_RELATIVE.match(t, end)
    return share is None or share.end() != relative.end()


def _second_figure(t: str, last: _Last, f: ClaimInput) -> re.Match[str] | None:
    """The joint that makes ``f`` the second figure of the clause of the claim before
    (``last``: its end, metric, trend, kind and unit), or None. زاد الذهب 0.13 في المئة إلى
    1225.70 دولار، لتبلغ عند التسوية، 6.89 نقطة توازي 0.04 بالمئة: the second measures what
    the first does (after مقابل, the amount compared with); not across a bare comma or blank,
    not when it names its own item (مقابل 4% للفحم), and a count only after a count of the
    same noun."""
    if last[0] <= f.start - 60:
        return None  # a joint is a few words: a longer gap is never read, no blanks tried
    second = _SECOND.fullmatch(t, last[0], f.start)
    if second is None or not (
        second.group("or")
        or second.group("eq")
        or second.group("verb")
        or second.group("to")
        or second.group("rec")
    ):
        return None
    if (
        "count" in (f.kind, last[3])
        and (f.kind, f.unit) != last[3:]
        and not (last[3:] == ("count", "نقطة") and f.kind == "percent")
        and not (last[3] == "percent" and (f.kind, f.unit) == ("count", "نقطة"))
    ):
        # بلغ عدد القتلى 10 و20 جريحا: the wounded are no dead, 2 مليار دولار no tourists
        # (a change in points, 6.89 نقطة أو 0.54 بالمئة, is one change; an index up 0.9
        # بالمئة ليغلق عند 20841.97 نقطة closes at that level)
        return None
    if second.group("eq") == "(" and (
        f.kind != last[3] or not t[f.end : f.end + 3].lstrip(" \t").startswith(")")
    ):
        # 100 (30 منهم في حالة خطرة), (3 مليارات منها نفط): a part, or another quantity;
        # only the same kind of amount, closed right after it, is the same in other terms
        return None
    own = _OWN_ITEM.match(t, f.end)
    if own is not None and (
        second.group("or") == "و" or (second.group("vs") and not own.group("in"))
    ):
        return None
    return second


def _compared(t: str, start: int, reach: int, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (a comparison before a date or a figure) ends at ``start``,
    searched within ``reach`` characters: only where one of its words is there, which
    ``in`` finds in C (a search of the window at each of its characters cost 0.8% of
    extract's instructions)."""
    window = t[max(0, start - reach) : start]
    return any(word in window for word in _COMPARISON_WORDS) and bool(pattern.search(window))


def _last_at_most(sorted_values: list[int], limit: int) -> int | None:
    i = bisect.bisect_right(sorted_values, limit)
    return sorted_values[i - 1] if i else None
