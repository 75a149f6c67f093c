"""Turn numbers into quantities: money, measures, counts, with bounds and ranges.

Works on folded text, after the number and date layers. For each number that
is not an identifier (``المادة 77``, ``كوفيد-19``, ``مجموعة العشرين``, a phone
number, a match score), it looks right for what the number measures: a
currency (``15 مليار دولار``, ``$5``, ``ريال قطري``), a unit (``12 مليار متر مكعب``,
``3 ملايين برميل يوميا``), or the noun it counts (``340 مشروعًا`` → ``مشروع``).
Then it looks left and right for a bound (``أكثر من``, ``نحو``, ``على الأقل``,
``تجاوز``), and joins two numbers into one range (``بين 10 و20 مليار دولار``),
sharing the unit and the scale of the second end.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache

from factlib.arabic import matched_key
from factlib.normalization import Normalized, fold
from factlib.number_words import Exact, exact
from factlib.number_words import words as number_words
from factlib.numbers import NumberMention, alt_reading, article_start
from factlib.patterns import REACH, Pattern
from factlib.quantity_words import Currency, QuantityWords, quantity_words
from factlib.spans import Taken
from factlib.text_scan import Found, scan_text

__all__ = ["Quantity", "bound_around", "find_quantities"]

_PUNCT = re.compile(r"[،,.؛:!؟]")
_ONE = frozenset({"واحد", "واحده", "واحدا"})  # folded: the figure after the noun it counts
_TWO = frozenset({"اثنان", "اثنين", "اثنتان", "اثنتين"})  # folded: after the dual it counts
_WORD_BEFORE = re.compile(r"(?<![^ \t\n])(?P<w>[^\W\d_]{2,})[ \t]+$")
# a literal of several dot-grouped thousands (1.742.000). It opens with a class, so the
# engine skips in C from one digit to the next (led by its look-behind, it was tried at every
# character: 13 ms on 300 articles)
_DOT_GROUPED = re.compile(r"[0-9](?<![\d.,][0-9])\d{0,2}(?:\.\d{3}){2,}(?!\d|\.\d)")
# counted things that come in parts (points of an index, times) and an average before a count
_PARTS_COUNTED = frozenset({"نقطة", "مرة", "ضعف"})
_AVERAGE_BEFORE = re.compile(r"(?:معدل|متوسط)[ \t]+\Z")
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?؟\n؛]")  # not a decimal point
_PERSON = "شخص"  # whom others after the dead or the wounded are
# after a figure whose noun is left out (وحوالي 1400 في أسواق خارجية): a place or a mark
_ELIDED_AFTER = re.compile(r"[ \t]*(?:في[ \t]|[،,.؛:)]|$)")
_PART_OF = re.compile(
    r"[ \t]+من[ \t]+(?:ال(?P<n>[^\W\d_]{3,})|(?P<c>[^\W\d_]{3,})(?=[ \t]+ال[^\W\d_]))(?![^\W\d_])"
)  # a definite plural (من الفنيين) or the head of a construct (من رجال الإطفاء)
_ELIDED_REACH = 60  # how far back the count that names the noun may end
_WORD_AT = re.compile(r"[ \t]*([^\W\d_]+)")
# in every phone number (tested); [0-9] (folded text has no other digits) is looked up in
# a bitmap at each character of the text, where \d is a look-up of its Unicode category
# في العام الماضي، في العام 2016، في اليوم نفسه: a period named, by an offset, a figure or
# نفسه, not a rate (في العام); في اليوم الواحد and في اليوم الشهر الماضي are one
_PERIOD_NAMED = re.compile(
    r"[ \t]+(?:\d|(?:ال)?(?:ماضي|مقبل|قادم|جاري|حالي|سابق|تالي|منصرم|فائت|فارط)[هة]?(?![^\W\d_])"
    r"|(?:نفس|ذات)[هة](?:ا)?(?![^\W\d_])|(?:نفس|ذات|هذا|هذه)(?![^\W\d_]))"
)
# a figure that opens a line before a dash, a bracket or a dot and a word is the label of a
# list's item (١-أن النسبة، 2- ألا يقل): it counts nothing
_LINE_OPEN = re.compile(r"(?:\A|\n)[ \t]*\Z")
_LABEL_MARKS = ("-", "–", ")", ".")
_LABEL_AFTER = re.compile(r"[ \t]*[-–)\.][ \t]*[^\W\d_]")
# رقم and an indefinite word before a figure with no scale word name it (ورقم معاملة ٣٧٤٠٣),
# unless the word makes a record of it (رقم قياسي); رقم المعاملات، رقم الأعمال is a turnover
_NUMBER_OF = re.compile(
    r"(?<![^\W\d_])[وفبل]?(?:ال)?رقم[ \t]+(?!ال|قياسي)[^\W\d_]{2,}[ \t]*[:(]?[ \t]*\Z"
    # رقم الطوارئ 911، رقم الحساب 12345678: a construct with a definite noun, three digits
    # or more (رقم الضحايا 45 is a toll)
    r"|(?P<construct>(?<![^\W\d_])[وفبل]?رقم[ \t]+ال[^\W\d_]{2,}[ \t]*[:(]?[ \t]*\Z)"
)
# a code after a figure: نموذج التوظيف 101/أ (a slash and one letter)
_CODE_AFTER = re.compile(r"/[ \t]?[^\W\d_](?![^\W\d_])")
# a Latin word before a figure names a version (WannaCry 2.0، iOS 11), a flight (AI 139), an
# index (مؤشر FTSE 100) or a short code (Stc 635031), not a value (Bitcoin 6000، Facebook 2.2
# مليار)
_LATIN_BEFORE = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,}[ \t]+\Z")
_LATIN_CODE = re.compile(r"(?<![^\W\d_])[A-Z]{2,3}[ \t]+\Z")
_VERSION = re.compile(r"\d{1,2}(?:\.\d)?\Z|\d{5,}\Z")  # iOS 11، WannaCry 2.0، Stc 635031
_LATIN_INDEX = re.compile(r"م[ؤو]شر[ \t]+[A-Za-z&. ]{2,}\Z")  # مؤشر Nikkei 225، مؤشر FTSE 100
# ألا يقل عمر المتقدمة عن، لا يزيد سعر الوحدة على، يقل عدد سكانها عن: a verb of more or less
# (negated or not), the noun it bounds (one to three words), then عن or على right before the
# figure (folded; لم تزد, the jussive)
_SPLIT_BOUND = re.compile(
    r"(?<![^\W\d_])[وف]?(?:(?P<neg>ا?لا|لن|لم|ان[ \t]+لا)[ \t]+)?(?P<v>[يت](?:قل|زيد|زد)|زاد|زادت)"
    r"(?P<n>(?:[ \t]+[^\W\d_]+){1,3})[ \t]+(?P<p>عن|علي)[ \t]*\Z"
)
SPLIT_BOUND_ENDS = ("عن", "علي", "عن ", "علي ")  # the word right before a split bound's figure
_SPLIT_BOUNDS = {(True, True): "ge", (True, False): "le", (False, True): "lt", (False, False): "gt"}


def split_bound(t: str, look: int) -> tuple[str, int, int] | None:
    """A bound whose verb and عن or على stand apart before the figure at ``look`` in folded
    text ``t``: ألا يقل عمر المتقدمة عن 24 سنة (ge), يزيد عدد السكان عن 5 ملايين (gt). The bound,
    and the words between, what is bounded (the claims' metric; the verb is no change).
    None when there is none. (Callers look at the word before the figure first, in C:
    :data:`SPLIT_BOUND_ENDS`.)"""
    m = _SPLIT_BOUND.search(t, max(0, look - 50), look)
    if m is None:
        return None
    negated, less = m.group("neg") is not None, m.group("v").endswith("قل")
    first = m.group("n").split()[0]
    if not negated and not _bounded_noun(first, less, m.group("p")):
        return None  # يقل الطلب على 3 سلع، وزادت الضغوط على 3 بنوك: a verb and its object
    a, b = m.span("n")
    if first in _ADVERBS:
        return _SPLIT_BOUNDS[negated, less], b, b  # زادت قليلا على 4%: nothing named bounded
    return _SPLIT_BOUNDS[negated, less], a + 1, b


_ADVERBS = frozenset({"قليلا", "بقليل", "كثيرا", "بكثير"})  # folded


def _bounded_noun(first: str, less: bool, preposition: str) -> bool:
    """Whether the words after an un-negated يزيد or يقل, opening with ``first``, are what it
    bounds before ``preposition``: a measured noun (bounds.json split_nouns: يزيد عدد
    السكان عن) or one with a possessive pronoun (تزيد أعمارهم على); يقل only before عن."""
    if less and preposition != "عن":
        return False
    nouns = quantity_words().split_nouns
    bare = first[2:] if first.startswith("ال") else first
    return (
        bare in nouns
        or first.endswith(("ها", "هم", "هما", "هن"))
        or (first.endswith("ه") and first[:-1] in nouns)  # دخله، عمره (قيمة folds to قيمه)
    )


_AND_HALF = re.compile(r"[ \t]*و[ \t]*نصف(?![^\W\d_])")  # (a half after a unit: 3 أمتار ونصف)
_LONG_DIGITS = re.compile(r"[0-9][\d \-]{6,}\d")
_DIGIT_BEFORE = re.compile(r"\d[ \t]*$")
# the end of a word in ان or تين, found from its last letter: a pattern that opens with one
# literal is searched for in C from one ن to the next, where (?:ان|تين) stopped at every ا
# and ت (four times as long on the corpus)
_DUAL_END = re.compile(r"ن(?:(?<=ان)|(?<=ين))(?![^\W\d_])")
_ARABIC_LETTERS = "".join(map(chr, range(0x0621, 0x064B)))  # of folded text: ء to ي
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters; on a reversed window, its last ones
_RANGE_SEP = re.compile(r"[ \t]*(-|الي|حتي|و|لـ?)?[ \t]*")
_RANGE_LEAD = re.compile(r"(?<![^\W\d_])(?P<w>[وف]?(?:بين|ما[ \t]+بين|من))[ \t]+$")


def _another_word(key: str) -> bool:
    """Whether a word the lexicon does not know, after a number, reads as something else
    than the noun it counts, by its shape: the conjunction و before it (وفاز، وعدن), an
    imperfect verb (يعكس; ل before one: لتشمل، ليبتعد) or a pronoun after it (داخلها).
    A counted noun is indefinite and stands alone: it takes none of these. Nisbas in ي
    (يمني، ليبي، يزيديين) are nouns, and so is a word in ي or ل that ends as a noun in ة
    or ات (ليزرات); so are many words in ف (فرقة), which is left alone, and in و or ه
    (وفد، ولادة، مشتبها), which the lexicon lists: و before an unknown word is the
    conjunction (5 وإصابة 10 آخرين)."""
    if len(key) < 4 or key.endswith(("ي", "يين", "يون")):
        return False
    if key.endswith("ها") or key[0] == "و":
        return True
    # a noun's ending (يخوت aside: ليزرات; folded ة is ه) is no verb's
    return not key.endswith(("ه", "ات")) and (key[0] == "ي" or key.startswith(("لت", "لي")))


def country_mentions(p: Mapping[str, Pattern], t: str) -> Iterator[tuple[int, str]]:
    """Where ``t`` names a country, capital or central bank (the start of its word, a
    clitic included) and the folded name: the matches of ``(?<!\\p{L})[وفبل]?name``.

    ``p["country"]`` finds each by the character before its word: the engine's search
    skips through words in C, where a look-behind was tried at every character (54
    against 72 ms on the corpus). The text's first word has no character before it, so
    its line is read with a space put first (a name never runs over a line)."""
    country = p["country"]
    line_end = t.find("\n")
    head = country.match(" " + (t if line_end < 0 else t[:line_end]))
    pos = 0
    if head is not None:
        yield head.start("w") - 1, matched_key(head.group("c"))
        pos = head.end() - 1
    for m in country.finditer(t, pos):
        yield m.start("w"), matched_key(m.group("c"))


@dataclass(slots=True)
class _Named:
    """Countries named in a text, in order: where each starts and its currency code.

    The text's own list is found by ``scan`` as far as needed (None once it has run to
    the end; ``reach``, the start of the last one found). A selection of it (``scan``
    None) has ``looked`` at that many of the text's countries."""

    scan: Iterator[tuple[int, str]] | None  # (start, folded name) of each, in order
    positions: list[int] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    reach: int = 0
    looked: int = 0


@dataclass(slots=True)  # not frozen, though never changed: see factlib.results
class Quantity:
    """A quantity in folded offsets; ``value`` is None for a range."""

    start: int
    end: int
    kind: str  # number | percent | money | measure | count | ordinal
    value: Exact | None
    low: Exact | None = None
    high: Exact | None = None
    bound: str = "exact"
    unit: str | None = None
    number_start: int = 0  # where the figure itself begins (after a qualifier)


@lru_cache(maxsize=256)  # one per currency and subunit: the lexicon's factors are few
def _ratio(factor: float, limit: int) -> Exact:
    """A lexicon's float factor (0.01 for a cent) as the exact ratio it stands for; 1 for
    most currencies, so that the value times it stays an int."""
    return exact(Fraction(factor).limit_denominator(limit))


def _plain(word: str) -> str:
    """The word as written, without diacritics and tatweel (a lemma keeps its ة and hamzas)."""
    if word.isalpha() and "\u0640" not in word:
        return word  # most words: no mark (a mark is no letter), no tatweel (one is)
    return "".join(c for c in word if unicodedata.category(c) != "Mn" and c != "\u0640")


class _Finder:
    def __init__(
        self,
        norm: Normalized,
        nums: list[NumberMention],
        taken: list[tuple[int, int]] | None = None,
        scanned: Found | None = None,
    ) -> None:
        self.taken = taken or []
        self._scanned = scanned
        self.norm = norm
        self.t = norm.text
        self.w: QuantityWords = quantity_words()
        self.p = self.w.p
        self.nums = nums
        self._countries: _Named | None = None
        self._number_spans: Taken | None = None
        self._groups: tuple[list[int], list[int]] | None = None
        self._by_currency: dict[str, _Named] = {}
        self._phones = False  # run() reads the text for phone numbers first
        self._score_end = -1  # where the last pair read as a match's score ends
        self._dot_grouped: bool | None = None  # whether thousands are grouped with dots

    def found(self, name: str) -> list[re.Match[str]]:
        """The matches of a whole-text pattern (``group``, ``currency_dual``), from the one
        text scan; scanned here only if the caller did not pass it (``bound_around`` needs
        no scan at all)."""
        if self._scanned is None:
            self._scanned = scan_text(self.t)
        return self._scanned[f"quantity:{name}"]

    # ------------------------------------------------------------ identifiers

    def _scale_word_at(self, pos: int) -> tuple[int, Exact] | None:
        """End and value of a scale word (ألف، مليون، مليارات) at ``pos`` after spaces."""
        m = _WORD_AT.match(self.t, pos)
        if m is None:
            return None
        word = number_words().get(m.group(1))
        if word is None or word.cat != "scale" or word.value < 1000:
            return None
        return m.end(), word.value

    def _numbers(self) -> Taken:
        """The spans of all number mentions and of the dates and durations, to tell a
        noun from a number word (مليون) or from the start of a duration (وأربعة أسابيع)."""
        if self._number_spans is None:
            self._number_spans = Taken([*((n.start, n.end) for n in self.nums), *self.taken])
        return self._number_spans

    def _may_hold_phones(self) -> bool:
        """Whether the text may hold a phone number: every one holds a run of eight digits,
        spaces or hyphens, and most texts have none (nor need one: no number, no phone)."""
        return bool(self.nums) and _LONG_DIGITS.search(self.t) is not None

    def identifier(self, m: NumberMention, i: int) -> bool:
        t, p = self.t, self.p
        if m.kind == "ordinal":
            return self._in_group(m)
        window = m.start - 30  # before the text: the searches read it as 0
        if p["ident_before"].search(t, window, m.start) or p["ident_hyphen"].search(
            t, window, m.start
        ):
            return True
        if self._in_group(m):
            return True
        # (each test below opens with a look at a character or two, in C, before a search:
        # they run for every figure of the corpus)
        after = t[m.end : m.end + 3].lstrip(" \t")[:1]
        if (
            not m.spelled
            and after in _LABEL_MARKS
            and m.end - m.start <= 2
            and _LABEL_AFTER.match(t, m.end)
            and _LINE_OPEN.search(t, max(0, m.start - 16), m.start)
        ):
            return True  # ١-أن النسبة الموزونة: a list's label
        if not m.spelled and after == "/" and _CODE_AFTER.match(t, m.end):
            return True  # نموذج التوظيف 101/أ
        before = t[max(0, m.start - 3) : m.start].rstrip(" \t")[-1:]
        if (
            m.scale == 1
            and (
                (
                    "رقم" in t[max(0, window) : m.start]
                    and (number_of := _NUMBER_OF.search(t, window, m.start)) is not None
                    and (number_of.group("construct") is None or m.end - m.start >= 3)
                )
                or (
                    before.isascii()
                    and before.isalpha()
                    and _LATIN_BEFORE.search(t, window, m.start)
                    and (
                        _VERSION.match(t[m.start : m.end])
                        or (_LATIN_CODE.search(t, window, m.start) and m.end - m.start <= 4)
                        or _LATIN_INDEX.search(t, window, m.start)
                    )
                    and not p["symbol_before"].search(t, window, m.start)  # USD 5 مليارات
                )
            )
            and not self._amount(m)
        ):
            return True  # ورقم معاملة ٣٧٤٠٣، WannaCry 2.0
        if p["maker_before"].search(t, window, m.start) and not self._amount(m):
            return True  # بوينغ 737 ماكس; but سلمت إيرباص 800 طائرة counts
        if m.start and t[m.start - 1].isascii() and t[m.start - 1].isalpha():
            return True  # A320, F16, B52: a figure glued to a Latin letter names a model
        if (
            m.kind == "number"
            and m.value <= 24
            and (
                p["clock_zone"].match(t, m.end, m.end + REACH)
                or (
                    p["clock_period"].match(t, m.end, m.end + REACH)
                    and p["clock_cue"].search(t, m.start - 12, m.start)
                )
            )
        ):
            return True  # (09,00 ت غ)، وحتى 5 مساء: a time of day
        text = t[m.start : m.end]
        if not m.spelled:
            ph = p["phone"].match(t, m.start, m.start + REACH) if self._phones else None
            digits = sum(c.isdigit() for c in (ph.group() if ph else ""))
            if (
                ph is not None
                and digits >= 8
                and (ph.group()[0] in "+0" or not text.isdigit() or " " in ph.group())
            ):
                return True
            if text.isdigit() and len(text) >= 9 and text[0] == "0":
                return True
        pair = p["score_pair"].match(t, m.end, m.end + REACH)
        if pair is not None or self._score_second(m, i):
            # خسارة 5-10 ملايين دولار، الفوز بـ 20-25 مقعدا: an amount after the pair, no score
            second = self.nums[i + 1] if pair is not None and i + 1 < len(self.nums) else m
            if (
                p["score"].search(t, m.start - 40, m.start) or self._after_score(m.start)
            ) and not self._amount(second):
                self._score_end = second.end
                return True
        return False

    def _after_score(self, pos: int) -> bool:
        """Whether a score ends within 40 characters before ``pos`` in its sentence: a list
        of results after one score word (انتصاره على رواندا 2-1 وجمهورية الكونغو الديمقراطية
        3- صفر) is of scores to its end."""
        end = self._score_end
        return end >= 0 and pos - end <= 40 and _SENTENCE_END.search(self.t, end, pos) is None

    def _whole(self, m: NumberMention) -> NumberMention:
        """``m``, or its thousands (one dot and three digits: numbers.alt_reading) where
        its decimal would count a part of a whole thing (5.000 نسمة, 12.500 نسمة are 5000 and
        12500 people; not 2.345 نقطة, 1.125 مرة, nor an average: بمعدل 2.125 طفل), or where
        the text groups thousands with dots elsewhere (9.599 beside 1.742.000), a bare figure
        or a measure; money keeps its decimals (2.500 دينار: millimes)."""
        if m.spelled or m.kind != "number" or "." not in self.t[m.start : m.end]:
            return m
        alt = alt_reading(self.t, m)
        if alt is None or alt == m.value:
            return m
        kind, unit, _, _ = self.attach(m.end, "number", alt, False)
        if kind == "count" and (
            unit in _PARTS_COUNTED or _AVERAGE_BEFORE.search(self.t, max(0, m.start - 12), m.start)
        ):
            return m
        whole = (kind == "count" and unit is not None and self.w.knows_noun(fold(unit))) or (
            kind in ("number", "measure", "count") and self._dot_grouped_text()
        )
        return replace(m, value=alt) if whole else m

    def _dot_grouped_text(self) -> bool:
        """Whether the text groups thousands with dots somewhere (1.742.000), read once."""
        if self._dot_grouped is None:
            self._dot_grouped = _DOT_GROUPED.search(self.t) is not None
        return self._dot_grouped

    def _amount(self, m: NumberMention) -> bool:
        """Whether a figure is a percentage or counts or measures what follows it."""
        if m.kind == "percent":
            return True
        kind, unit, _, _ = self.attach(m.end, m.kind, m.value, m.spelled)
        return kind in ("money", "measure") or (
            kind == "count" and unit is not None and self.w.knows_noun(fold(unit))
        )

    def _rank(self, m: NumberMention) -> bool:
        """The number is a place in an order or the number of an edition (بالمرتبة 30،
        المركز 12، الدورة 37): an ordinal, which counts nothing and names nothing (an
        identifier would give no fact at all)."""
        v = m.value
        return (
            v.denominator == 1
            and 0 < v < 1000  # الدورة 2018 is a year's edition, not the 2018th
            and self.p["rank_before"].search(self.t, m.start - 20, m.start) is not None
            # شهدت الجولة 25 هدفا, يضم المركز 300 سرير: the figure counts what follows
            and self.attach(m.end, m.kind, m.value, m.spelled)[0] == "number"
        )

    def _in_group(self, m: NumberMention) -> bool:
        """The number is part of a group's name (مجموعة العشرين، 5+1): the group named
        last before it, in the one text scan, covers it (names never overlap)."""
        if self._groups is None:
            found = self.found("group")
            self._groups = ([g.start() for g in found], [g.end() for g in found])
        starts, ends = self._groups
        i = bisect.bisect_right(starts, m.start) - 1
        return i >= 0 and m.end <= ends[i]

    def _score_second(self, m: NumberMention, i: int) -> bool:
        if i == 0:
            return False
        prev = self.nums[i - 1]
        between = self.t[prev.end : m.start]
        return between.strip() in ("-", ":", "/") and (
            self._score_end == m.end
            or self.p["score"].search(self.t, prev.start - 40, prev.start) is not None
        )

    # ------------------------------------------------------------ what is measured

    def attach(
        self, end: int, kind: str, value: Exact, spelled: bool
    ) -> tuple[str, str | None, int, Exact]:
        """(kind, unit, new end, value) from what follows the number; ``spelled``, whether
        the number has a word in it (its mention says so: a bracket may close it)."""
        t, p, w = self.t, self.p, self.w
        if kind == "percent":
            return kind, None, end, value
        cm = p["currency_after"].match(t, end, end + REACH)
        if cm is not None:
            word = matched_key(cm.group("c"))
            cur = w.currency_forms.get(word)
            if cur is not None and word in w.units and cm.group("adj") is None:
                if self._currency_from_context(cur.name, end) is None:
                    cur = None  # 8 آلاف أوقية: the ounce, unless Mauritania is named
            if cur is not None and cur.factors and (cur.code is None or len(cur.factors) > 1):
                code, factor = self._subunit_from_context(cur, end)
                return "money", code, cm.end("c"), value * _ratio(factor, 10000)
            if cur is not None:
                code = cur.code
                adj = cm.group("adj")
                if adj is not None and (cur.name, matched_key(adj)) in w.adjectives:
                    code = w.adjectives[(cur.name, matched_key(adj))]
                    new_end = cm.end()
                else:
                    new_end = cm.end("c")
                    code = self._currency_from_context(cur.name, end) or code
                return "money", code, new_end, value * _ratio(cur.factor, 1000)
        md = p["million_dinar"].match(t, end, end + REACH)
        if md is not None:  # 3970 م د: Tunisian press for million dinars
            return (
                "money",
                self._currency_from_context(self._dinar, end),
                md.end(),
                value * 1_000_000,
            )
        sm = p["symbol_after"].match(t, end, end + REACH)
        if sm is not None:
            return "money", self.symbol_code(sm.start("s"), sm.end("s")), sm.end(), value
        dz = p["degrees_below"].match(t, end, end + REACH)
        if dz is not None:  # 5 درجات تحت الصفر
            return "measure", "°C", dz.end(), -value
        um = p["unit_after"].match(t, end, end + REACH)
        if um is not None:
            unit = w.units[matched_key(um.group("u"))]
            new_end = um.end("u")
            per = um.group("per")
            if per is not None and not per.endswith("يا") and _PERIOD_NAMED.match(t, um.end("per")):
                per = None  # 5 ملايين طن في العام الماضي: the year it was, no rate
            if per is not None and unit in (
                "bbl",
                "m3",
                "t",
                "L",
                "kg",
                "g",
                "gal",
                "ft3",
            ):
                unit = unit + w.per_time[matched_key(per)]
                new_end = um.end("per")
            if um.group("neg") is not None:
                value, new_end = -value, um.end("neg")
            elif (
                um.group("per") is None
                and value < 1000  # (3 ملايين برميل ونصف: the half of a scale, unread)
                and (half := _AND_HALF.match(t, new_end)) is not None
            ):
                value, new_end = value + Fraction(1, 2), half.end()  # 3 أمتار ونصف: 3.5 m
                again = _WORD_AT.match(t, new_end)  # 4 أمتار ونصف متر، ونصف الكيلومتر
                if again is not None:
                    word = matched_key(again.group(1))
                    if w.units.get(word[2:] if word.startswith("ال") else word) == unit:
                        new_end = again.end()
            return "measure", unit, new_end, value
        dg = p["degrees"].match(t, end, end + REACH) if "درج" in t[end : end + 8] else None
        if dg is not None and p["temperature_before"].search(t, end - 80, end) is not None:
            return "measure", "°C", dg.end(), value  # الحرارة الصغرى بين 4 و8 درجات
        nm = p["noun_after"].match(t, end, end + REACH)
        spelled_one_or_two = value in (1, 2) and spelled
        if nm is not None and nm.group("art") is None and value >= 1 and not spelled_one_or_two:
            # مباراة واحدة وتعادلت: واحد and اثنان follow the noun they count, never precede it
            lemma = self.lemma(nm.start("n"), nm.end("n"))
            quoted = nm.group("q") is not None
            if (
                lemma is not None
                and not self._numbers().overlaps(nm.start("n"), nm.end("n"))
                and (spelled or not 1900 <= value <= 2100 or self.w.knows_noun(nm.group("n")))
                and (not quoted or self.w.knows_noun(nm.group("n")))
            ):  # not ثلاثة وأربعة: a number word; not رؤية 2030 ترتكز: a year, a verb after it
                # (in quotes only a noun the lexicon knows: 15 "سعوديا")
                return "count", lemma, nm.end() if quoted else nm.end("n"), value
        return kind, None, end, value

    def count_of(self, start: int) -> str | None:
        """``عدد القتلى … 50``: the noun that عدد governs, in the same clause before the number."""
        window = self.t[max(0, start - 60) : start]
        if "عدد" not in window or _PUNCT.search(window.split("عدد")[-1]):
            return None  # the pattern holds عدد: without it, its search of the window is spared
        found = None
        for m in self.p["count_of"].finditer(self.t, start - 60, start):
            found = m
        if found is None:
            return None
        skip = 2 if found.group("n").startswith("ال") else 0
        return self.lemma(found.start("n") + skip, found.end("n"))

    def lemma(self, start: int, end: int) -> str | None:
        """The counted noun's singular lemma as the contract wants it, or None if it is no noun."""
        w = self.w
        key = self.t[start:end]
        if len(key) < 2 or key in w.function_words or key in w.not_counted:
            return None
        if key[0] in "وف" and (key[1:] in w.function_words or key[1:] in w.not_counted):
            return None  # 16 مليار وأخرى: a conjunction and a word that is never counted
        if key.strip(_ARABIC_LETTERS):  # what is left is no letter of folded Arabic
            return None  # 11200 دولارK: a typo glued to a Latin letter is no Arabic noun
        if key.startswith(("لل", "بال", "وال", "فال", "كال")):
            return None  # للسهم, بالمئة: a definite noun with a preposition is not what is counted
        known = (w.broken_plurals, w.sound_exceptions, w.singulars)
        if key[0] in "بل" and not any(key in k for k in known) and any(key[1:] in k for k in known):
            return None  # بأجهزة: a preposition, not the start of the counted noun
        if key in w.currency_forms or key in w.units:
            return None
        for table in known:
            if key in table:
                return table[key]
        if _another_word(key) and not self.w.knows_stem(key):
            return None  # 1 وفاز, 6.6 مليون داخلها, 3 يعكس: no noun the lexicon knows
        a, b = self.norm.span(start, end)
        word = _plain(self.norm.source[a:b])
        if key.endswith("وا") and key[:-1] not in w.singulars and key[:-2] not in w.singulars:
            return None  # 41 ألفا خرجوا: a verb in the past, its subject the figure (عضوا stays)
        if key.endswith("ا") and len(key) > 2:  # مشروعًا, حيًا: accusative tanween
            return w.singulars.get(key[:-1], word[:-1])
        if key[0] == "ي" and key.endswith("ون") and key[-3] != "ي":
            return None  # 24 مليونا يعملون: an imperfect verb, the counted noun left out
        if key.endswith(("ين", "ون")) and len(key) > 4:  # متهمين, لاجئين
            if key[:-2] in w.singulars:
                return w.singulars[key[:-2]]
            if len(key) == 6 and key[2] == "ا" and key[4] == "ي":
                return word  # طواحين: a broken plural (فواعيل) no rule undoes; keep it as written
            return word[:-2]
        if key.endswith("ات") and len(key) > 4:  # سيارات
            stem = key[:-2]
            return w.singulars.get(stem + "ه") or w.singulars.get(stem) or word[:-2] + "ة"
        return word

    def _context(self, pos: int) -> _Named:
        """The countries, capitals and bodies the text names, at least all those before
        ``pos``. The scan goes on from where it stopped as later positions are asked for:
        a text is read only as far as its last currency word needs (two thirds of the
        text, on the corpus), and it is read once."""
        named = self._countries
        if named is None:
            named = self._countries = _Named(country_mentions(self.w.p, self.t))
        while named.reach < pos and named.scan is not None:
            mention = next(named.scan, None)
            if mention is None:
                named.scan = None
            else:
                start, name = mention
                named.reach = start
                named.positions.append(start)
                named.codes.append(self.w.country_codes[name])
        return named

    def _currency_from_context(self, name: str, pos: int) -> str | None:
        """A bare ريال takes its country from the document: the last country named before
        it whose currency has that name; the default (دولار → USD) when its country is named too."""
        named = self._named_with(name, pos)
        cut = bisect.bisect_left(named.positions, pos)  # the countries named before it
        if not cut:
            return None
        default = self.w.currency_forms.get(name)
        if default is not None and default.code in named.codes[:cut]:
            return default.code  # الولايات المتحدة وكندا … تريليون دولار: the dollar stays USD
        return named.codes[cut - 1]

    def _named_with(self, name: str, pos: int) -> _Named:
        """The countries named before ``pos`` (at least) whose currency is called ``name``;
        each country is looked at once per name (a scan per currency word was quadratic
        on a long text)."""
        named = self._context(pos)
        mine = self._by_currency.get(name)
        if mine is None:
            mine = self._by_currency[name] = _Named(None)
        base = self.w.currency_base
        for k in range(mine.looked, len(named.positions)):
            if base.get(named.codes[k]) == name:
                mine.positions.append(named.positions[k])
                mine.codes.append(named.codes[k])
        mine.looked = len(named.positions)
        return mine

    def _subunit_from_context(self, cur: Currency, pos: int) -> tuple[str | None, float]:
        """500 فلس: the fils of the country named before (Kuwait 0.001, UAE 0.01)."""
        named = self._context(pos)
        table = dict(cur.factors)
        before = named.codes[: bisect.bisect_left(named.positions, pos)]
        kept = [code for code in before if code in table]
        if kept:
            return kept[-1], table[kept[-1]]
        return cur.code, table.get(cur.code or "", cur.factor)

    def symbol_before(self, start: int) -> tuple[str | None, int] | None:
        m = self.p["symbol_before"].search(self.t, start - 6, start)
        return None if m is None else (self.symbol_code(m.start("s"), m.end("s")), m.start("s"))

    def symbol_code(self, start: int, end: int) -> str | None:
        code: str | None = self.w.symbols[self.t[start:end]]
        if code == "?":
            a, b = self.norm.span(start, end)
            code = self.w.raw_symbols.get(self.norm.source[a:b])
        return code

    @property
    def _dinar(self) -> str:
        return fold("دينار")

    # ------------------------------------------------------------ bounds

    def bound(self, start: int, end: int) -> tuple[str, int, int]:
        t, p, w = self.t, self.p, self.w
        before, after = w.bounds_before, w.bounds_after
        # تجاوزت الـ40 في المائة: the bound is before ال (a slice tests most figures in C)
        article = article_start(t, start) if "ال" in t[start - 3 : start] else None
        look = start if article is None else article
        bm = p["bound_before"].search(t, look - 24, look)
        if bm is not None:
            return before[matched_key(bm.group("b"))], bm.start("b"), end
        am = p["bound_after"].match(t, end, end + REACH)
        if am is not None:
            return after[matched_key(am.group("b"))], start, am.end("b")
        vm = p["verb_before"].search(t, look - 60, look)
        if vm is not None and not _PUNCT.search(t, vm.end("v"), look):
            b = w.bound_verbs[matched_key(vm.group("v"))]
            if vm.group("neg") is not None:
                b = {"gt": "le", "ge": "lt", "approx": "exact"}.get(b, b)
            return b, start, end
        split = split_bound(t, look) if t.endswith(SPLIT_BOUND_ENDS, 0, look) else None
        if split is not None:  # ألا يقل عمر المتقدمة عن 24 سنة: what is bounded between
            return split[0], start, end
        return "exact", start, end

    # ------------------------------------------------------------ assembly

    def run(self) -> list[Quantity]:
        self._phones = self._may_hold_phones()
        phones = [
            (m.start(), m.end())
            for m in (self.p["phone"].finditer(self.t) if self._phones else ())
            if sum(c.isdigit() for c in m.group()) >= 9
            and (m.group()[0] in "+0" or " " in m.group())
        ]
        phone_spans = Taken(phones)
        dropped: set[int] = set()
        for i, m in enumerate(self.nums):
            prev = self.nums[i - 1] if i else None
            if (
                phone_spans.overlaps(m.start, m.start + 1)
                or m.end == self._score_end  # 3- صفر: the second of a score read
                or self.identifier(m, i)
                or (
                    prev is not None
                    and i - 1 in dropped
                    and self.t[prev.end : m.start] in ("-", "/")
                )
            ):
                dropped.add(i)  # طراز 787-8: the second part of an identifier too
        nums = [self._whole(m) for i, m in enumerate(self.nums) if i not in dropped]
        out: list[Quantity] = []
        i = 0
        while i < len(nums):
            m = nums[i]
            if out and m.start < out[-1].end:
                i += 1  # 5000 م2: the 2 belongs to the unit before it
                continue
            if m.kind == "ordinal":
                q = self._defined_amount(m)
                out.append(q or Quantity(m.start, m.end, "ordinal", m.value, number_start=m.start))
                i += 1
                continue
            if m.kind == "number" and self._rank(m):
                out.append(Quantity(m.start, m.end, "ordinal", m.value, number_start=m.start))
                i += 1
                continue
            pair = self.range_with(m, nums[i + 1]) if i + 1 < len(nums) else None
            if pair is not None:
                out.append(pair)
                i += 2
                continue
            start_of = self.change_from(m, nums[i + 1]) if i + 1 < len(nums) else None
            if start_of is not None:
                out.append(start_of)
                i += 1
                continue
            if self.t[m.start - 1 : m.start] == "-" and i and self._second_of_score(nums[i - 1], m):
                # 3-3 مستقبل القصرين: a result, and the word after it is a team's name
                out.append(
                    Quantity(m.start, m.end, m.kind, m.value, unit=m.unit, number_start=m.start)
                )
                i += 1
                continue
            q = self.single(m)
            if q is not None:
                out.append(q)
            i += 1
        return self._duals(out)

    def _duals(self, out: list[Quantity]) -> list[Quantity]:
        """A dual with no number before it is two: دينارين (money), دولتين, شخصان (counts),
        نقطتين مئويتين (percentage points)."""
        taken = Taken(self.taken)
        for q in out:
            if not taken.overlaps(q.start, q.end):
                taken.add(q.start, q.end)

        def two(kind: str, a: int, b: int, unit: str | None, value: Exact = 2) -> None:
            """The dual at ``[a, b)`` is two of ``unit`` (or ``value``: مترين ونصف), with the
            bound around it."""
            bound, s, e = self.bound(a, b)
            out.append(Quantity(s, e, kind, value, bound=bound, unit=unit, number_start=a))
            taken.add(s, e)

        for m in self.p["pp_dual"].finditer(self.t) if "نقطت" in self.t else ():
            if not taken.overlaps(m.start(), m.end()):
                two("percent", m.start(), m.end(), "pp")
        for a, b, lemma in self._dual_nouns():
            if (
                not taken.overlaps(a, b)
                and not _DIGIT_BEFORE.search(self.t, a - 3, a)
                and not self._agrees(a)
            ):
                two("count", a, b, lemma)
        for m in self.found("currency_dual"):
            if not taken.overlaps(m.start(), m.end()):
                cur = self.w.currency_forms[matched_key(m.group("c"))]
                code = self._currency_from_context(cur.name, m.start()) or cur.code
                two("money", m.start(), m.end(), code)
        for m in self.found("unit_dual"):
            a, b = m.span("u")
            if not taken.overlaps(a, b) and not _DIGIT_BEFORE.search(self.t, a - 3, a):
                unit = self.w.unit_duals[matched_key(m.group("u"))]
                half = _AND_HALF.match(self.t, b)
                if half is None:
                    two("measure", a, b, unit)
                    continue
                # مترين ونصف: 2.5 m, the half no figure of its own
                out[:] = [q for q in out if not (b <= q.start and q.end <= half.end())]
                two("measure", a, half.end(), unit, Fraction(5, 2))
        return self._others(sorted(out, key=lambda q: q.start))

    def _others(self, out: list[Quantity]) -> list[Quantity]:
        """مقتل 12 شخصا وإصابة 11 آخرين: the others are what the count before them in the
        sentence counts (شخص); after the dead or the wounded (86 قتيلا وإصابة 400 آخرين) they
        are people. With no count before them they stay آخر.

        A bare figure after و whose noun is left out counts that count's noun too, when a
        place or a mark follows it: 2400 مقهى في بريطانيا، وحوالي 1400 في أسواق خارجية (1400
        cafés); 96 ألف سيارة في ألمانيا، و75 ألفا في بريطانيا، و23 ألفا في فرنسا (each cars).
        Not before من (و50 من الفنيين counts technicians) nor any other word, which may be
        the figure's own noun or adjective. A figure with a scale word after من, the same
        scale as money or a measure right before it, is in its currency or unit: ارتفعت إلى
        44.139 مليار دولار في نهاية مايو من 44.030 مليار في أبريل. A measure after و in the
        unit a rate right before it is per something of, is that rate: 100 كلم في الساعة
        بتونس و92 كلم بجهة الساحل (km/h both)."""
        w, t = self.w, self.t
        scales = {m.start: m.scale for m in self.nums}  # a figure's scale word (numbers.json)
        last: Quantity | None = None  # the last count of the sentence that is no others
        gap_start = 0
        for i, q in enumerate(out):  # one pass: each gap between quantities is read once
            if last is not None and _SENTENCE_END.search(t, gap_start, q.start):
                last = None
            gap_start = max(gap_start, q.end)
            if (
                q.kind == "number"
                and last is not None
                and out[i - 1] is last  # في الدقيقتين 11 و62: 62 pairs with 11
                and isinstance(q.value, int)  # و2.5 في الهند: 2.5 million, its scale left out
                and (scales.get(q.number_start, 1) != 1 or scales.get(last.number_start, 1) == 1)
                and q.start - last.end <= _ELIDED_REACH
                and t[q.start - 1 : q.start] == "و"
                and _ELIDED_AFTER.match(t, q.end) is not None
            ):
                out[i] = last = replace(q, kind="count", unit=last.unit)
                continue
            prev = out[i - 1] if i else None
            if (
                q.kind == "number"
                and prev is not None
                and prev.kind in ("money", "measure")
                and scales.get(q.number_start, 1) != 1
                and scales.get(q.number_start) == scales.get(prev.number_start)
                and q.start - prev.end <= _ELIDED_REACH
                and (
                    (t[q.start - 3 : q.start] == "من " and _ELIDED_AFTER.match(t, q.end))
                    # بين مليارين و2.5 مليار دولار … انخفاضا من مليارين إلى ثلاثة مليارات: a
                    # range from من to its end, whose own noun would have followed its end
                    or (q.bound == "range" and t.startswith("من ", q.start))
                )
                and not _SENTENCE_END.search(t, prev.end, q.start)
            ):
                # 44.139 مليار دولار في نهاية مايو من 44.030 مليار في أبريل: from the same
                # currency or unit, in the same scale
                out[i] = replace(q, kind=prev.kind, unit=prev.unit)
                continue
            if (
                q.kind == "measure"
                and prev is not None
                and prev.kind == "measure"
                and q.unit is not None
                and prev.unit is not None
                and prev.unit == q.unit + "/h"  # (a speed: 3 ملايين برميل يوميا و5 ملايين برميل)
                and t[q.start - 1 : q.start] == "و"
                and q.start - prev.end <= _ELIDED_REACH
                and not _SENTENCE_END.search(t, prev.end, q.start)
            ):
                # 100 كلم في الساعة بتونس و92 كلم بجهة الساحل: a list of one rate
                out[i] = replace(q, unit=prev.unit)
                continue
            if q.kind != "count" or q.unit is None:
                continue
            key = fold(q.unit)
            if key not in w.others:
                last, last_key = q, key
            elif last is not None:
                person = last_key in w.others_as_person
                out[i] = replace(q, unit=_PERSON if person else last.unit)
        return out

    def _dual_nouns(self) -> Iterator[tuple[int, int, str]]:
        """Each whole word that is the dual of a counted noun: start, end, singular.

        Found from its ending: every such dual ends in ان or ين, a scan for those two
        literals runs in C from one to the next, and only the words it stops at are looked
        up. A scan for the words themselves (two thousand duals, at every word start) took
        four times as long."""
        t, duals, tails = self.t, self.w.dual_counts, self.w.dual_tails
        longest = self.w.longest_dual + 2  # and up to two clitics before it: وبدولتين
        letters = _LETTERS.match
        for e in _DUAL_END.finditer(t):
            end = e.end()
            if t[end - 4 : end] not in tails:
                continue  # الذين, المسلمين: no dual ends so (a slice and a set, not a match)
            # the word's letters read backwards from its end, one anchored match (a search
            # for a word start in the window tried each of its characters: 0.9 µs a call)
            window = end - longest if end > longest else 0
            back = letters(t[window:end][::-1])
            if back is None:
                continue  # never: ان and تين end in a letter
            start = end - back.end()
            if start == window and window and letters(t, window - 1):
                continue  # a word longer than any dual: none
            lemma = duals.get(t[start:end])
            # بسيارتين، لحقلين، وجنديين: a clitic before the dual is no part of it
            for _ in range(2):  # up to two clitics: وبسيارتين
                if lemma is not None or end - start <= 4 or t[start] not in "وفبل":
                    break
                start += 1
                lemma = duals.get(t[start:end])
            if lemma is not None:
                yield start, end, lemma

    def _agrees(self, start: int) -> bool:
        """Whether the word at ``start`` follows an indefinite dual or plural in ان/ين, as an
        adjective that agrees with it (صاروخان إسرائيليان، طائرتين مقاتلتين، بلدان عربيان):
        the noun before is what is counted, once. After a definite one it is another
        phrase (وللزوجين ولدان: the couple has two sons; والبلدان حليفان)."""
        t = self.t
        before = t[max(0, start - 24) : start]
        word = before.rstrip(" \t")
        if len(word) == len(before) or not word.endswith(("ان", "ين")):
            return False
        m = _LETTERS.match(word[::-1])
        if m is None or m.end() < 4:
            return False
        word = word[-m.end() :]
        head = word[:5]  # the article after clitics: الـ, والـ, بالـ, وبالـ; لل, وللـ
        if "ال" in head or "لل" in head[:3]:
            return False
        # a noun's dual or plural, not a name that ends alike (جنين، لبنان، أفغانستان)
        w = self.w
        return (
            word in w.dual_counts
            or word in w.broken_plurals
            or (word.endswith(("تين", "تان", "يين", "يان")) and not word.endswith("ستان"))
        )

    def _unit_and_half(self, m: NumberMention) -> tuple[int, int, str] | None:
        """متر ونصف (المتر), كيلو ونصف: a unit's singular, then و and نصف (``m``), is one
        and a half of it: (start, end, unit); the unit again after نصف is in the span."""
        t = self.t
        if t[m.start - 1 : m.start] != "و":
            return None
        before = _WORD_BEFORE.search(t, max(0, m.start - 24), m.start - 1)
        if before is None or _DIGIT_BEFORE.search(t, max(0, before.start() - 3), before.start()):
            return None  # 3 أمتار ونصف: the half of the figure before (attach)
        key = matched_key(before.group("w"))
        unit = self.w.units.get(key)
        if unit is None or key in self.w.unit_duals:
            return None
        end = m.end
        again = _WORD_AT.match(t, end)
        if again is not None and matched_key(again.group(1)) in ("ال" + key, "ال" + key[:-1]):
            end = again.end()
        return before.start("w"), end, unit

    def single(self, m: NumberMention) -> Quantity | None:
        kind, unit, end, value = self.attach(m.end, m.kind, m.value, m.spelled)
        start = m.start
        t = self.t
        if kind == "count" and m.spelled and m.scale == 1 and t.startswith("ال", m.start):
            # وسيظل الثلاثة قيد الاحتجاز: a definite numeral stands alone (the three); the
            # counted noun would come before it (الأشخاص الثلاثة)
            kind, unit, end = m.kind, None, m.end
        if kind == "number" and m.spelled and m.scale == 1:
            before = self._noun_before(m)  # الأطراف الثلاثة، مباراة واحدة: the noun first
            if before is not None:
                start, unit, kind, end = before[0], before[1], "count", m.end
        if kind == "number" and t[m.start - 1 : m.start] == "(" and t[m.end : m.end + 1] == ")":
            # بعدد (672) مشروعا: the Saudi press brackets the figure, not the noun;
            # (500) مليون ريال: nor its scale word
            scale = self._scale_word_at(m.end + 1)
            if scale is not None:
                k, u, e, v = self.attach(scale[0], m.kind, m.value * scale[1], m.spelled)
                kind, unit, end, value, start = k, u, max(e, scale[0]), v, m.start - 1
            else:
                k, u, e, v = self.attach(m.end + 1, m.kind, m.value, m.spelled)
                if k != "number" and not self._numbers().overlaps(m.end + 1, e):
                    kind, unit, end, value, start = k, u, e, v, m.start - 1
        if kind == "number" and m.spelled and m.value == Fraction(1, 2):
            unit_first = self._unit_and_half(m)
            if unit_first is not None:  # متر ونصف المتر: one and a half of the unit
                start, end, unit = unit_first
                kind, value = "measure", Fraction(3, 2)
        if kind == "number" and self.p["weak_ident_before"].search(self.t, start - 20, start):
            return None  # الغرفة 305, البوابة 7: a room, a gate
        if kind == "number":
            counted = self.count_of(m.start)
            if counted is not None:  # بلغ عدد الضحايا 50: a count of ضحية
                kind, unit = "count", counted
            elif (
                isinstance(m.value, int) and m.value and (part := self._part_of(end)) is not None
            ):  # 140 من رجال الإطفاء (not 1.5 من المتهمين, nor zero: a score)
                kind, unit, end = "count", part[1], part[0]
        if kind in ("number", "count"):
            sym = self.symbol_before(m.start)
            if sym is not None:  # $5, USD 5 مليارات
                kind, unit, start, end, value = "money", sym[0], sym[1], m.end, m.value
        if m.kind == "percent":
            unit = m.unit
        bound, s, e = self.bound(start, end)
        return Quantity(s, e, kind, value, bound=bound, unit=unit, number_start=m.start)

    def _part_of(self, end: int) -> tuple[int, str] | None:
        """A bare figure before من and a definite plural the lexicon knows counts that
        noun: 140 من رجال الإطفاء (140 × رجل), 50 من الفنيين; not a singular (20 من الشهر)
        nor a word it does not know. The end of the noun, and its lemma."""
        m = _PART_OF.match(self.t, end)
        if m is None:
            return None
        group = "n" if m.group("n") else "c"
        w, key = self.w, m.group(group)
        plural = (
            key in w.broken_plurals
            or key.endswith("يين")
            or (
                key.endswith(("ين", "ات"))
                and len(key) > 4
                and (key[:-2] in w.singulars or key[:-2] + "ه" in w.singulars)
            )
        )
        if not plural:
            return None
        lemma = self.lemma(m.start(group), m.end(group))
        return None if lemma is None else (m.end(group), lemma)

    def _noun_before(self, m: NumberMention) -> tuple[int, str] | None:
        """The noun a spelled figure follows as its adjective, and where it starts: a
        definite plural before a definite figure (الأطراف الثلاثة), an indefinite singular
        before واحد (مباراة واحدة، شخص واحد; with a clitic, لهدف واحد, or an adjective
        between, وترخيص مؤقت واحد), an indefinite dual before اثنين (بحارين اثنين). Only a
        noun the lexicon knows."""
        t = self.t
        definite = t.startswith("ال", m.start)
        figure = t[m.start : m.end]
        if not definite and figure not in _ONE and figure not in _TWO:
            return None
        prev = _WORD_BEFORE.search(t, m.start - 30, m.start)
        if prev is None:
            return None
        a, b = prev.start("w"), prev.end("w")
        if definite != t.startswith("ال", a):
            return None  # the two agree: both definite, or both not
        n, key = (a + 2 if definite else a), t[(a + 2 if definite else a) : b]
        if figure in _TWO and not key.endswith(("ين", "ان")):
            return None  # اثنان مصابين: the figure before a plural, not after a dual
        if not definite and not self.w.knows_noun(key):
            if key[:1] in "وفبل" and self.w.knows_noun(key[1:]):
                a, n, key = a + 1, n + 1, key[1:]  # لهدف واحد: the clitic is no part of it
            elif figure in _ONE and (
                (second := _WORD_BEFORE.search(t, a - 30, a)) is not None
                and not t.startswith("ال", second.start("w"))
            ):
                # وترخيص مؤقت واحد: an adjective between (and a clitic before the noun)
                c, d = second.start("w"), second.end("w")
                c += t[c] in "وفبل" and not self.w.knows_noun(t[c:d])
                # (the noun agrees with واحد/واحدة: مقاطع فيديو دفعة واحدة is at once)
                if self.w.knows_noun(t[c:d]) and (t[d - 1] == "ه") == (figure[-1] == "ه"):
                    a, n, b, key = c, c, d, t[c:d]
        if not self.w.knows_noun(key):
            return None
        if definite and key not in self.w.broken_plurals and not key.endswith(("ات", "ين", "ون")):
            return None  # سلطات الدولة الثلاث: a singular between; the figure is the plural's
        lemma = self.lemma(n, b)
        if lemma is None or fold(lemma) in self.w.not_counted:
            return None  # يومين اثنين: a duration (the dates read it), no count
        return a, lemma

    def _defined_amount(self, m: NumberMention) -> Quantity | None:
        """Money or a measure that the article defines (مستوى الـ70 دولارا: the 70 dollars):
        digits after ال are read as an ordinal (الدورة الـ25), unless a currency or a unit
        follows them. The fact is the amount, from its first digit. So are figures in words
        of a hundred and more that the article defines (يتخطى ارتفاعها الألف متر, نادي
        التريليون دولار: the thousand metres, not the thousandth), with their article."""
        t = self.t
        if not t.startswith("ال", m.start) or (m.spelled and m.value < 100):
            return None  # (الخيمة الثالثة خيمة, الدقيقة الرابعة: ordinal words)
        digits = m.start if m.spelled else m.start + 2 + (t[m.start + 2] == " ")
        kind, unit, end, value = self.attach(m.end, "number", m.value, m.spelled)
        if kind not in ("money", "measure") and not (
            m.spelled and kind == "count" and unit is not None and self.w.knows_noun(fold(unit))
        ):
            return None
        bound, s, e = self.bound(digits, end)
        return Quantity(s, e, kind, value, bound=bound, unit=unit, number_start=digits)

    def _second_of_score(self, a: NumberMention, b: NumberMention) -> bool:
        """Whether ``b`` is the second of two small whole figures joined by a hyphen that make
        no range (3-3, 1-0, 0-1: a result): it counts no noun after it."""
        return (
            a.end + 1 == b.start
            and self.t[a.end] == "-"
            and not (a.spelled or b.spelled)
            and a.kind == b.kind == "number"
            and isinstance(a.value, int)
            and isinstance(b.value, int)
            and a.value < 100
            and b.value < 100
            and (a.value == 0 or not a.value < b.value)  # 0-1 قوافل: from nothing, no range
        )

    def range_with(self, a: NumberMention, b: NumberMention) -> Quantity | None:
        t = self.t
        between = t[a.end : b.start]
        sep = _RANGE_SEP.fullmatch(between)
        if (
            sep is None
            or not sep.group(1)
            or a.kind not in ("number", "percent")
            or b.kind not in ("number", "percent")
        ):
            return None
        lead = _RANGE_LEAD.search(t, a.start - 10, a.start)
        if sep.group(1) == "و" and (lead is None or "بين" not in lead.group("w")):
            return None
        if sep.group(1) == "-" and a.spelled:
            return None
        if a.kind != b.kind and not (a.kind == "number" and b.kind == "percent"):
            return None  # 0.3 بالمئة إلى 65.56 دولار: a change, not a range
        if sep.group(1) in ("الي", "حتي") and lead is None and not (a.spelled and b.spelled):
            return None  # ارتفع 2% إلى 5%: a target, not a range
        low = a.value
        # (9400-9167) نقطة: a band typed right to left, its high end first
        high_first = (
            sep.group(1) == "-"
            and lead is None
            and not (a.spelled or b.spelled)
            and 100 <= b.value < a.value < 10 * b.value
        )
        if high_first:
            low = b.value
        elif a.scale == 1 and b.scale != 1 and a.value * b.scale <= b.value:
            low = a.value * b.scale  # بين 10 و20 مليار, بين 25 و50 نقطة أساس: the scale is shared
        # من 3 إلى 2.5 مليار دولار: a fall (change_from), not 3 to 2.5 billion, once a unit
        # is read after it (without one, the figures are left as they were)
        fall = not high_first and lead is not None and _falls_to(a, b)
        if not high_first and not low < b.value:
            return None
        bracketed = t[a.start - 1 : a.start] == "(" and t[b.end : b.end + 1] == ")"
        scale = self._scale_word_at(b.end + 1) if bracketed else None
        figure = b.value  # the second end's figure, before a subunit's factor
        if scale is not None and a.scale == b.scale == 1:
            # (15-20) مليون دولار: the scale word after the bracket is both ends'
            low, figure = low * scale[1], b.value * scale[1]
            kind, unit, end, high = self.attach(scale[0], b.kind, figure, b.spelled)
            end = max(end, scale[0])
            if high_first:
                high, low = a.value * scale[1], figure
        else:
            # (9400-9167) نقطة: the noun after the bracket
            at = b.end + 1 if bracketed else b.end
            kind, unit, end, high = self.attach(at, b.kind, b.value, b.spelled)
            if bracketed and end == at:
                kind, unit, end, high = self.attach(b.end, b.kind, b.value, b.spelled)
            if high_first:
                if high != b.value or kind == "number":
                    return None  # a subunit's factor, or no unit: الغرفة 305-302
                high = a.value
        if sep.group(1) == "-" and a.value == 0 and lead is None and kind == "count":
            return None  # 0-1 قوافل قفصة: a result and a team, not a range (0-5% is one)
        if kind == "money" and high != figure and figure and not high_first:
            low = Fraction(low * high, figure)  # a subunit factor applies to both ends
        if b.kind == "percent":
            kind, unit = "percent", b.unit
        if fall and kind in ("percent", "money", "measure"):
            return None
        if kind == "number":
            counted = self.count_of(a.start)
            if counted is not None:  # بلغ عدد الجرحى بين 20 و100
                kind, unit = "count", counted
        start = (
            a.start if lead is None else lead.start("w") + (1 if lead.group("w")[0] in "وف" else 0)
        )
        if bracketed and end > b.end + 1:
            start = a.start - 1  # the bracket opens the fact, as it closes inside it
        return Quantity(
            start,
            end,
            kind,
            None,
            low=low,
            high=high,
            bound="range",
            unit=unit,
            number_start=a.start,
        )

    def change_from(self, a: NumberMention, b: NumberMention) -> Quantity | None:
        """The bare figure a change runs from, before the figure it runs to and its unit:
        خفض الضرائب من 35 إلى 21 في المائة (35%), من 3 إلى 2.5 مليار دولار (3 billion
        dollars). Only a fall (a rise from X to Y is a range's shape, read as one there),
        and only a percent, money or a measure, which X shares as it shares Y's scale."""
        t = self.t
        if a.kind != "number" or a.spelled or b.kind not in ("number", "percent"):
            return None
        if "الي" not in t[a.end : b.start]:
            return None  # (most pairs: a slice and a test in C)
        sep = _RANGE_SEP.fullmatch(t, a.end, b.start)
        lead = _RANGE_LEAD.search(t, a.start - 10, a.start)
        if (
            sep is None
            or sep.group(1) != "الي"
            or lead is None
            or not lead.group("w").endswith("من")
        ):
            return None
        if self.attach(a.end, a.kind, a.value, a.spelled)[0] != "number":
            return None  # من 35 سنة إلى: the first figure has its own noun
        kind, unit, _, high = self.attach(b.end, b.kind, b.value, b.spelled)
        if b.kind == "percent":
            kind, unit = "percent", b.unit
        if kind not in ("percent", "money", "measure") or high != b.value:
            return None  # (a subunit's factor: not read here)
        if b.scale != 1 and not _falls_to(a, b):
            return None  # من 500 إلى 2 مليون دولار: a range (read there), not a fall
        value = a.value * b.scale if a.scale == 1 else a.value  # من 3 إلى 2.5 مليار دولار
        if not value > b.value:
            return None
        bound, s, e = self.bound(a.start, a.end)
        return Quantity(s, e, kind, value, bound=bound, unit=unit, number_start=a.start)


def _falls_to(a: NumberMention, b: NumberMention) -> bool:
    """Whether a bare figure, then one with a scale word, are a fall in that scale: من 3
    إلى 2.5 مليار (3 billion to 2.5 billion), not 3 to 2.5 billion. The first is above the
    second's figure, but less than ten times it: من 500 إلى 2 مليون is 500 to 2 million."""
    if a.scale != 1 or b.scale == 1:
        return False
    figure = b.value / b.scale
    return figure < a.value < 10 * figure


def bound_around(norm: Normalized, start: int, end: int) -> tuple[str, int, int]:
    """The bound of a figure another layer read (a duration: ``أكثر من 10 سنوات``),
    with the folded span grown over its bound words."""
    return _Finder(norm, []).bound(start, end)


def find_quantities(
    norm: Normalized,
    nums: list[NumberMention],
    taken: list[tuple[int, int]] | None = None,
    scanned: Found | None = None,
) -> list[Quantity]:
    """Quantities for the number mentions left after dates and durations took
    theirs; ``taken`` are the folded spans those layers own; ``scanned``, the matches
    of :func:`factlib.text_scan.scan_text` when the caller has them."""
    return _Finder(norm, nums, taken, scanned).run()
