"""Regression set: mistakes once seen on real news (paraphrased here), never to return.

The development set is the example corpus (tests/corpus/*.tsv); this file keeps
the cases that real articles taught us, each with the lesson in its id.
"""

from __future__ import annotations

import pytest

import factlib
from tests.test_numbers_corpus import mentions


def _last_date(text: str, ref: str) -> tuple[str, str, str, str]:
    """The last date fact of ``text``: its text, first and last day, and grain."""
    doc = factlib.extract(text, reference_date=ref)
    last = [f for f in doc.facts if f.kind == "date"][-1]
    assert last.date is not None and last.date.start is not None and last.date.end is not None
    return (last.text, last.date.start.isoformat(), last.date.end.isoformat(), last.date.grain)


CASES = [
    # (id, text, expected [(kind, text, value, unit)])
    ("wire-decimal-first", "توقع نمو في حدود 5ر1 بالمائة", [("percent", "5ر1 بالمائة", 1.5, "%")]),
    ("wire-decimal-price", "أغلق الخام عند 14ر48 دولار", [("number", "14ر48", 48.14, None)]),
    (
        "half-the-same-scale",
        "عرض يصل إلى مليون ونصف المليون ريال",
        [("number", "مليون ونصف المليون", 1500000, None)],
    ),
    (
        "digits-glued-to-scale-and-preposition",
        "هوت الصادرات إلى 500مليون في2013",
        [("number", "500مليون", 500000000, None), ("number", "2013", 2013, None)],
    ),
    ("digits-glued-to-scale", "مبلغ 188مليون دولار", [("number", "188مليون", 188000000, None)]),
    ("url-percent-escapes", "المصدر https://example.com/a?q=30%25%20b", []),
    ("wa-is-not-a-clitic-of-ahad", "حصل على صوت واحد فقط", [("number", "واحد", 1, None)]),
    ("monday", "يوم الاثنين المقبل", []),
    (
        "list-of-percents",
        "ليصبح 17.75%، و18.75%",
        [("percent", "17.75%", 17.75, "%"), ("percent", "18.75%", 18.75, "%")],
    ),
    (
        "range-is-not-negative",
        "بين 60-70 ألف",
        [("number", "60", 60, None), ("number", "70 ألف", 70000, None)],
    ),
]


@pytest.mark.regression
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_regression(text: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    # lessons of the number layer, read before quantities wrap the numbers
    got = [(kind, text[s:e], float(v), unit) for s, e, kind, v, unit in mentions(text)]
    assert got == [(k, t, float(v), u) for k, t, v, u in expected]


@pytest.mark.regression
@pytest.mark.parametrize("text", ["فيروس كوفيد-19", "طائرات إف-16", "بين 2026-2028"])
def test_hyphen_after_a_word_or_number_is_no_minus(text: str) -> None:
    assert all(f.value is None or f.value >= 0 for f in factlib.extract(text).facts)


@pytest.mark.regression
def test_fuzzer_crash_negative_before_a_spelled_twin() -> None:
    """Found by the atheris harness: a minus-signed literal before a spelled number."""
    text = "بين 05 ‎-20 أبلغ 15 مليار دولار بين 10 و20لف شخص 26 شوال 1436 هل 143436 هل"
    doc = factlib.extract(text, reference_date="2025-12-19")
    assert all(text[f.start : f.end] == f.text for f in doc.facts)
    assert factlib.extract("ميزانية -20 (عشرون)").facts is not None


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كان اليوم الأكثر دموية في فرنسا", []),  # "the day", not today
        ("وشهد اليوم الأخير شرح الكتاب", []),  # a superlative after it: "the day"
        ("يحتفل الطلاب اليوم الدراسي بالنجاح", []),  # a nisba
        ("تبدأ اليوم البروفات الميدانية", [("date", "اليوم")]),  # a noun: the verb's subject
        ("تم اليوم التوقيع على اتفاقية", [("date", "اليوم")]),
        ("وبعد يومين من الحادثة تمكنت الشرطة", [("duration", "يومين")]),  # counted from the event
        ("في حماية المستخدمين في بلدان أخرى", []),  # a plural that ends like a dual
        ("هاجم مسلحان ملثمان المقر", [("count", "مسلحان")]),  # a dual is two
    ],
)
def test_real_text_dates_and_duals(text: str, expected: list[tuple[str, str]]) -> None:
    doc = factlib.extract(text, reference_date="2018-03-23")
    assert [(f.kind, f.text) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "ليستقر الحجم في حدود 733 7 مليون دينار",
            7_733_000_000,
        ),  # TAP writes groups right to left
        ("مستوى 028 9 م د", 9_028_000_000),
        ("داخل 14 حيا في المدينة", 14),
    ],
)
def test_tunisian_wire_groups(text: str, value: int) -> None:
    facts = [f for f in factlib.extract(text).facts if f.kind in ("money", "count")]
    assert [f.value for f in facts] == [value]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted noun is left out and a verb follows: عدد الناخبين names it
        ("بلغ عدد الناخبين 24 مليونا يحق لهم التصويت", [("count", "24 مليونا", "ناخب")]),
        ("أكثر من 500 يعملون هناك", [("number", "أكثر من 500", None)]),
        ("وصل 30 يمنيون إلى الميناء", [("count", "30 يمنيون", "يمني")]),  # a nisba, not a verb
        # بنسبة before a multiplier is no percent
        ("ارتفع الإنتاج بنسبة ثلاثة أضعاف", [("number", "ثلاثة", None)]),
        ("ارتفع الإنتاج بنسبة 5", [("percent", "نسبة 5", "%")]),
    ],
)
def test_verbs_and_multipliers_after_numbers(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    doc = factlib.extract(text, reference_date="2024-01-01")
    assert [(f.kind, f.text, f.unit) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages of two victims in parentheses: both are durations
        ("واثنين من أبنائها (17 و18 عاماً)", [(17, "year"), (18, "year")]),
        ("(١٧ و١٨ عاماً)", [(17, "year"), (18, "year")]),
        ("دفعت 5 و6 ملايين دولار", [(5_000_000, "USD"), (6_000_000, "USD")]),
        ("نمو 2.5 و3 في المئة", [(2.5, "%"), (3, "%")]),
        ("على أجلي 182 و364 يوماً على الترتيب", [(182, "day"), (364, "day")]),
        ("بين 5 و6 في المئة", [(None, "%")]),  # بين: one range, not two figures
    ],
)
def test_figures_joined_by_wa_share_the_unit(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    doc = factlib.extract(text, reference_date="2018-03-04")
    assert [(f.value, f.unit) for f in doc.facts if f.kind != "number"] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Saudi press brackets the figure: the noun after the bracket is counted
        (
            "بلغت نسبة المتعثر منها 44 في المائة بعدد (672) مشروعا",
            [("percent", "44 في المائة", "%"), ("count", "(672) مشروعا", "مشروع")],
        ),
        ("أكثر من (30) شخصا", [("count", "أكثر من (30) شخصا", "شخص")]),
        # a bracketed 1 or 2 is a figure, not واحد/اثنان (which follow the noun they count)
        ("بعدد (2) مشروعا", [("count", "(2) مشروعا", "مشروع")]),
        ("تنفيذ (1) مشروع", [("count", "(1) مشروع", "مشروع")]),
        ("بتكلفة (500) مليون ريال", [("money", "(500) مليون ريال", "SAR")]),
        ("نحو (3) مليارات دولار", [("money", "نحو (3) مليارات دولار", "USD")]),
        # the minute of a match is no quantity, and منحت is no counted noun
        ("رأسية زوبر في الدقيقة 50 منحت التعادل", []),
        # durations carry their bounds
        ("ارتفع التضخم لأعلى مستوياته في قرابة 15 عاما", [("duration", "قرابة 15 عاما", "year")]),
    ],
)
def test_brackets_match_minutes_and_bounded_durations(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = factlib.extract(text, reference_date="2018-09-03")
    assert [(f.kind, f.text, f.unit) for f in doc.facts] == expected


@pytest.mark.regression
def test_a_latin_letter_glued_to_a_noun_is_no_counted_noun() -> None:
    doc = factlib.extract("بلغ سعر صرفها اليوم 11200 دولارK وفقا لموقع Coindesk")
    assert [(f.kind, f.text) for f in doc.facts if f.kind != "date"] == [("number", "11200")]


@pytest.mark.regression
def test_a_bound_word_is_no_metric() -> None:
    doc = factlib.extract("وعلى مساحة تقدر تقريبا بـ 100 هكتار")
    assert [c.metric for c in doc.claims] == ["مساحة"]  # not تقريبا, the word after the verb


@pytest.mark.regression
def test_quarter_of_last_year_with_its_year_apposed() -> None:
    doc = factlib.extract("يبلغ 2122 ريال خلال الربع الرابع للعام الماضي 2017.", "2018-06-24")
    dates = [(f.text, str(f.date.start), f.date.relative) for f in doc.facts if f.date]
    assert dates == [("الربع الرابع للعام الماضي 2017", "2017-10-01", False)]
    assert [f.kind for f in doc.facts] == ["money", "date"]  # 2017 is no separate number


@pytest.mark.regression
def test_a_conjunction_and_a_never_counted_word_is_no_noun() -> None:
    doc = factlib.extract("ستطال بضائع صينية بقيمة 16 مليار وأخرى أمريكية")
    assert [(f.kind, f.text, f.unit) for f in doc.facts] == [("number", "16 مليار", None)]


@pytest.mark.regression
def test_the_second_clock_of_a_span_is_no_count() -> None:
    doc = factlib.extract("يبدأ البرنامج من الساعة 8 صباحًا وحتى 5 مساء .", "2015-08-10")
    assert [f.kind for f in doc.facts] == []  # 5 مساء is a clock: no count, no number


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minus after the conjunction, in a list of monthly rates
        ("سجل التضخم - 0.4% في يناير، و- 0.1% في فبراير", [-0.4, -0.1]),
        # a definite numeral stands alone: the three (men), not three × قيد
        ("وسيظل الثلاثة قيد الاحتجاز", [3]),
        # a helicopter model is an identifier
        ("مروحية روسية من طراز كا-52 تحطمت خلال رحلة", []),
    ],
)
def test_minus_after_wa_definite_numerals_and_models(text: str, expected: list[float]) -> None:
    doc = factlib.extract(text, reference_date="2018-06-01")
    assert [f.value for f in doc.facts if f.kind != "date"] == expected
    assert all(f.unit is None or f.kind == "percent" for f in doc.facts)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يمكن أن تعقد القمة في غضون ثلاثة إلى أربعة أسابيع", [("duration", 3, 4, "week")]),
        ("ثلاثة وأربعة أسابيع", [("duration", 3, None, "week"), ("duration", 4, None, "week")]),
    ],
)
def test_spelled_figures_before_a_duration(
    text: str, expected: list[tuple[str, int, int | None, str]]
) -> None:
    doc = factlib.extract(text, reference_date="2018-05-01")
    got = [(f.kind, f.low or f.value, f.high, f.unit) for f in doc.facts]
    assert got == expected


def test_masking_numbers_writes_each_over_the_text_in_turn() -> None:
    """The date finder masks number mentions; should two overlap (one inside another),
    the later one is written last and the rest of the earlier one stays masked."""
    from fractions import Fraction

    from factlib.dates import _masked
    from factlib.numbers import NumberMention

    def mention(a: int, b: int, kind: str = "number") -> NumberMention:
        return NumberMention(a, b, kind, Fraction(1))

    text = "abcdefghij"
    assert _masked(text, []) == text
    assert _masked(text, [mention(1, 3), mention(3, 5, "percent")]) == "a##~~fghij"
    assert _masked(text, [mention(0, 6), mention(2, 4, "percent")]) == "##~~##ghij"
    assert _masked(text, [mention(5, 7), mention(1, 3)]) == "a##de##hij"


@pytest.mark.regression
@pytest.mark.parametrize(("blanks", "kind"), [(1, "money"), (150, "money"), (200, "number")])
def test_what_follows_a_figure_is_read_within_reach(blanks: int, kind: str) -> None:
    """A unit is read at most ``patterns.REACH`` characters after its figure, so a match
    never runs on through a long text."""
    doc = factlib.extract("بلغ 5" + " " * blanks + "دولارات", reference_date="2025-01-01")
    assert [f.kind for f in doc.facts] == [kind]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تضاعفت الإصابات في عامي 2013 و2014", ["عامي 2013", "2014"]),
        ("شهدت المنطقة احتجاجات في 2016 و2017، ودعا", ["2016", "2017"]),
        ("تقاسم المياه بموجب اتفاقيتي 1929 و1959", ["1929", "1959"]),
        ("فاز بها عامي 2016 و2015 على التوالي", ["عامي 2016", "2015"]),
    ],
)
def test_the_year_after_wa_is_a_year_too(text: str, expected: list[str]) -> None:
    """A year read, then و and four digits: the second is a year as the first (it was a
    number, a count of the verb after it or a sum of the two)."""
    doc = factlib.extract(text, reference_date="2018-03-23")
    assert [f.text for f in doc.facts if f.kind == "date"] == expected
    assert [f.kind for f in doc.facts] == ["date"] * len(expected)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ارتفع الرقم 0.1% و0.4% خلال تشرين الثاني/نوفمبر وكانون الأول/ديسمبر 2017",
            [("تشرين الثاني/نوفمبر", "2017-11-01"), ("كانون الأول/ديسمبر 2017", "2017-12-01")],
        ),
        (
            "تراجعت الأسعار في أكتوبر ونوفمبر وديسمبر 2017",
            [("أكتوبر", "2017-10-01"), ("نوفمبر", "2017-11-01"), ("ديسمبر 2017", "2017-12-01")],
        ),
        (
            "تراجعت الأسعار في ديسمبر ويناير 2018",
            [("ديسمبر", "2017-12-01"), ("يناير 2018", "2018-01-01")],
        ),
        (
            "زار البلاد في 3 مايو و5 يونيو 2016",
            [("3 مايو", "2016-05-03"), ("5 يونيو 2016", "2016-06-05")],
        ),
        # a weekday is no month: it keeps its own reading
        (
            "التقى الوفد الأحد و3 مارس 2017",
            [("الأحد", "2018-06-24"), ("3 مارس 2017", "2017-03-03")],
        ),
    ],
)
def test_a_month_joined_by_wa_takes_the_year_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """In a list of monthly figures the year is written once, at the end: a month read
    alone took the year nearest the reference (November 2018 in a story of late 2017)."""
    doc = factlib.extract(text, reference_date="2018-06-28")
    dates = [f for f in doc.facts if f.kind == "date"]
    assert [
        (f.text, f.date.start.isoformat()) for f in dates if f.date and f.date.start
    ] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on a Tuesday: the race is on the coming Friday and Saturday
        ("يقام السباق يومي الجمعة والسبت المقبلين", ["2015-08-14", "2015-08-15"]),
        ("التقى الوفدان يومي الأحد والاثنين الماضيين", ["2015-08-09", "2015-08-10"]),
        # the conjunction is no part of the date
        ("زار الوزير المدينة الأربعاء والخميس", ["2015-08-05", "2015-08-06"]),
    ],
)
def test_weekdays_paired_share_a_plural_offset(text: str, expected: list[str]) -> None:
    doc = factlib.extract(text, reference_date="2015-08-11")
    dates = [f for f in doc.facts if f.kind == "date"]
    assert [f.date.start.isoformat() for f in dates if f.date and f.date.start] == expected
    assert all(not f.text.startswith("و") for f in dates)


SPEAKERS = [
    # the name a comma opens and closes after a title (the speaker was the title alone)
    ("أعلنت وزيرة الصحة، ليلى الحسيني، الثلاثاء، أن الوزارة وزعت 2 مليون جرعة.", "ليلى الحسيني"),
    ("قال رئيس الوزراء، شينزو آبي، إنه سيرسل 25 ألف جندي.", "شينزو آبي"),
    # a weekday between the commas is no name
    ("قال وزير النقل، الأربعاء، إن الشبكة ستضم 40 محطة.", "وزير النقل"),
    # a name between two titles
    ("قال الأستاذ محمد العقيل مدير عام الجمرك إن 22 ألف حبة ضبطت.", "محمد العقيل"),
    ("قال الوزير سعود القحطاني المستشار بالديوان إن 12 ألف جهاز صودرت.", "سعود القحطاني"),
    # an adverb after the verb is no subject
    ("وأشارت من قبل إلى أن 30 شخصا قتلوا.", None),
    # no speaker is read from a pronoun, an adverb or a bound
    ("وأفاد به المدير الجهوي أن 300 طن وزعت.", "المدير الجهوي"),  # it was به
    ("وتابع قائلا إن 40 محطة ستفتح.", None),  # it was قائلا
    ("الذي أضاف نحو 0.43% إلى المؤشر.", None),  # it was نحو
    # an office title in construct is followed by its complement, not a name
    ("قال وزير داخلية البحرين الشيخ راشد بن عبدالله إن 5 أشخاص قتلوا.", "راشد بن عبدالله"),
    # an aside between commas is no name
    ("وقال وزير الدفاع، بعد اجتماع الحكومة، إن 300 جندي وصلوا.", "وزير الدفاع"),
    ("قال الوزير، عبر حسابه الرسمي، إن 40 محطة ستفتح.", "الوزير"),
    # علي is the name Ali, though على folds alike (in a text that writes على with its ى)
    ("قال علي الطاهر إن 36 ألف طن صدرت على متن السفن.", "علي الطاهر"),
    (
        "قال المدير الجهوي، علي الطاهر البوعزيزي، إنه تم تصدير 36 ألف طن على متن السفن.",
        "علي الطاهر البوعزيزي",
    ),
]


@pytest.mark.regression
@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_the_speaker_of_real_phrasings(text: str, speaker: str | None) -> None:
    """Each phrasing once gave a wrong speaker (a title, a word after the verb, an aside)."""
    doc = factlib.extract(text, reference_date="2018-09-04")
    assert [c.speaker for c in doc.claims] == [speaker]


@pytest.mark.regression
def test_yudhkar_anna_is_the_writers_aside_not_a_speech() -> None:
    """يُذكر أن …: "it is worth noting", no one's statement; it borrowed the last speaker."""
    text = (
        "وقال الوزير إن الصادرات بلغت 5 مليارات دولار. يذكر أن أكثر من 600 ألف مهاجر عبروا البحر."
    )
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [(c.speaker, c.cue) for c in doc.claims] == [("الوزير", "قال"), (None, None)]
    report = factlib.extract("يذكر التقرير أن 50 شخصا قتلوا.", reference_date="2018-01-01")
    # a speech all the same, with a subject: the report, its source (a document is no speaker)
    assert [(c.speaker, c.cue, c.source) for c in report.claims] == [(None, "يذكر", "التقرير")]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("وخفض البنك المركزي أسعار الفائدة 1%.", "down"),
        ("رفعت الحكومة أسعار الوقود بنسبة 10%.", "up"),
        ("ونزلت عقود الخام 18 سنتا.", "down"),
        ("قررت واشنطن رفع العقوبات عن 5 شركات.", None),  # lifting, not raising
        ("وقرر برفع الحظر عن 3 دول.", None),
        ("وقرر المستثمرون رفع دعوى بقيمة 20 مليون دولار.", None),  # filing a suit
        ("زيادة الدعم بقيمة 4 مليارات جنيه.", "up"),
        ("فقد احتل الإقليم الصدارة بديون وصلت إلى 205 ملايين دينار.", None),  # the particle
        ("فقد الجنيه 5% من قيمته.", "down"),  # the verb "lost"
        ("وفقد فيها السوق 3.5% من قيمته.", "down"),
    ],
)
def test_raise_and_cut_are_trends(text: str, trend: str | None) -> None:
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [c.trend for c in doc.claims] == [trend]


@pytest.mark.regression
def test_the_date_compared_with_is_not_the_claims_time() -> None:
    """مقارنة بعام 2016: the nearest date was taken, the one the figure is compared with;
    the amount compared with keeps it (مقابل 102.6 مليون دينار خلال نفس الفترة من 2016)."""
    text = (
        "تراجعت الاستثمارات خلال عام 2017 مقارنة بعام 2016 بمقدار 438 مليار دولار. "
        "بلغ العجز في 2017 نحو 295.2 مليون دينار مقابل 102.6 مليون دينار خلال نفس الفترة من سنة 2016."
    )
    doc = factlib.extract(text, reference_date="2018-06-01")
    facts = {f.id: f.text for f in doc.facts}
    assert [(facts[c.fact], facts.get(c.time)) for c in doc.claims] == [
        ("438 مليار دولار", "عام 2017"),
        ("نحو 295.2 مليون دينار", "2017"),
        ("102.6 مليون دينار", "سنة 2016"),
    ]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('وقالت صحيفة "ديلي تلغراف" البريطانية إن 300 جندي وصلوا.', 'صحيفة "ديلي تلغراف"'),
        ("وبحسب وكالة «رويترز» فإن 40 شخصا قتلوا.", "وكالة «رويترز»"),
    ],
)
def test_an_outlets_quoted_name_is_part_of_the_source(text: str, source: str) -> None:
    """It was cut to its first word (صحيفة) at the quote."""
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [c.source for c in doc.claims] == [source]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استشهد في جنين شابان فلسطينيان", [("count", "شابان")]),  # a place is no plural noun
        (
            "سجلت 2500 إصابة مقارنة مع 2000 إصابة",
            [("count", "2500 إصابة"), ("count", "2000 إصابة")],
        ),
        ("سجلت 20 ولادة", [("count", "20 ولادة")]),
        ("شارك في مؤتمر 2000 مندوب", [("count", "2000 مندوب")]),  # an event's year gives way
        (
            "سجلت 1500 حالة في 2016 و2000 حالة",
            [("count", "1500 حالة"), ("date", "2016"), ("count", "2000 حالة")],
        ),
        ("قتل 3 يزيديين", [("count", "3 يزيديين")]),
        ("الساعة 10 - 12 - 14", [("number", "12 - 14")]),  # blanks and two digits: no date
        ("تراوحت درجات الحرارة 0-5 درجات", [("measure", "0-5 درجات")]),  # a range from 0, in °C
        ("نتائج: 0-1 قوافل قفصة", [("number", "0"), ("number", "1")]),  # a result
        ("أسفر الهجوم عن مقتل 5 وإصابة 10 آخرين", [("number", "5"), ("count", "10 آخرين")]),
        ("قتل في حرب 2006 مدنيون لبنانيون", [("date", "2006")]),  # a plural after a year
    ],
)
def test_facts_found_by_the_review(text: str, expected: list[tuple[str, str]]) -> None:
    doc = factlib.extract(text, reference_date="2018-09-04")
    assert [(f.kind, f.text) for f in doc.facts] == expected


@pytest.mark.regression
def test_times_and_days_found_by_the_review() -> None:
    ref = "2018-09-04"  # a Tuesday
    doc = factlib.extract("أمس الخميس", reference_date=ref)
    assert [f.date.start.isoformat() for f in doc.facts if f.date and f.date.start] == [
        "2018-08-30"
    ]
    text = "ارتفعت المبيعات في النصف الأول من 2018 بنسبة 10% عن الفترة ذاتها من 2017."
    doc = factlib.extract(text, reference_date=ref)
    facts = {f.id: f.text for f in doc.facts}
    assert [facts.get(c.time) for c in doc.claims] == ["النصف الأول من 2018"]
    doc = factlib.extract("ارتفع الإنتاج بنسبة 5% مقارنة مع 2016.", reference_date=ref)
    assert [c.time for c in doc.claims] == [None]
    doc = factlib.extract("تجاوزت نسبة المشاركة الـ40 في المائة.", reference_date=ref)
    assert all(c.metric is None or not c.metric.endswith(("ال", "الـ")) for c in doc.claims)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "speaker", "time"),
    [
        ("قال وزير الخارجية، أسامة حمزة، إن 300 جندي وصلوا.", "أسامة حمزة", None),
        ("تراجع الجنيه 2% مقابل الدولار أمس الثلاثاء.", None, "أمس الثلاثاء"),
        ("بلغت الأرباح 5 ملايين دينار في الفترة ذاتها من العام الماضي.", None, "العام الماضي"),
        ("وشدد الوزير علي ضرورة توفير 500 وحدة.", "الوزير", None),  # علي for على
    ],
)
def test_claims_found_by_the_second_review(
    text: str, speaker: str | None, time: str | None
) -> None:
    doc = factlib.extract(text, reference_date="2018-09-04")
    facts = {f.id: f.text for f in doc.facts}
    assert [(c.speaker, facts.get(c.time)) for c in doc.claims] == [(speaker, time)]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حلت الإمارات بالمرتبة 30 عالميا", [("ordinal", "30", 30)]),
        ("تزامنا مع الذكرى 45 لحرب التحرير", [("ordinal", "45", 45)]),
        ("تقام الدورة في نسختها 13", [("ordinal", "13", 13)]),
        (
            "واحتلت مصر المركز 117 من بين 180 دولة",
            [("ordinal", "117", 117), ("count", "180 دولة", 180)],
        ),
        ("وتحتل تركيا المرتبة ١٥٥ في الترتيب", [("ordinal", "١٥٥", 155)]),
        ("الترتيب : 1- النجم الساحلي", [("ordinal", "1", 1)]),  # a table of places
        ("المركز 2.5", [("number", "2.5", 2.5)]),  # no place is a fraction
        ("في المرتبة الـ30", [("ordinal", "الـ30", 30)]),
    ],
)
def test_a_figure_after_a_rank_word_is_a_place(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    doc = factlib.extract(text, reference_date="2018-09-04")
    assert [(f.kind, f.text, f.value) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("وبموجب الاتفاق الأولي الذي أعلن", []),  # preliminary: the masculine first is الأول
        ("وإجراء تقييم أولي لما تم إنجازه", []),
        ("تحقيق فائض أولي قدره 2%", []),
        ("يا أُولِي الألباب", []),
        ("فاز للمرة الأولى", ["الأولى"]),
        ("الجولة الأولي من المفاوضات", ["الأولي"]),  # ى typed as ي after a feminine noun
        ("وهي الأولي من نوعها", ["الأولي"]),
        ("حلت الأولي في السباق", ["الأولي"]),
    ],
)
def test_preliminary_is_no_first(text: str, ordinals: list[str]) -> None:
    doc = factlib.extract(text)
    assert [f.text for f in doc.facts if f.kind == "ordinal"] == ordinals


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "المباراة الأولى في 3 سبتمبر 2018، والأخرى في الـ8 من الشهر نفسه",
            "2018-09-01",
            ("الـ8 من الشهر نفسه", "2018-09-08", "2018-09-08", "day"),
        ),
        (
            "يغلق في الثاني من آب (أغسطس) والمزاد في الرابع من الشهر نفسه",
            "2018-07-20",
            ("الرابع من الشهر نفسه", "2018-08-04", "2018-08-04", "day"),
        ),
        (
            "سجل هدفا في 1987. ونال في العام نفسه جائزة",
            "2018-10-01",
            ("العام نفسه", "1987-01-01", "1987-12-31", "year"),
        ),
        (
            "في 3 أكتوبر من عام 1924 تنازل الملك عن العرش، وفي نفس اليوم من عام 1932 نال العراق استقلاله",
            "2018-10-03",
            ("نفس اليوم من عام 1932", "1932-10-03", "1932-10-03", "day"),
        ),
        (
            "وصل الوفد في 5 مارس 2017، وفي اليوم نفسه وقع الاتفاق",
            "2018-10-03",
            ("اليوم نفسه", "2017-03-05", "2017-03-05", "day"),
        ),
        (
            "ارتفع في أبريل 2018 بنسبة 9% مقابل الشهر نفسه من العام الماضي",
            "2018-06-01",
            ("الشهر نفسه من العام الماضي", "2017-04-01", "2017-04-30", "month"),
        ),
        (
            "ارتفع في ديسمبر 2016 بنسبة 18% مقارنة بالشهر ذاته من عام 2014",
            "2017-01-21",
            ("الشهر ذاته من عام 2014", "2014-12-01", "2014-12-31", "month"),
        ),
        (
            "اخترق في مارس 2016. وفي يوليو/تموز من العام نفسه نشر الموقع الرسائل",
            "2018-04-20",
            ("يوليو/تموز من العام نفسه", "2016-07-01", "2016-07-31", "month"),
        ),
        (
            "انطلقت في 20 فيفري الجاري، وتخللها إضراب يوم الأربعاء 22 من الشهر ذاته",
            "2017-03-01",
            ("22 من الشهر ذاته", "2017-02-22", "2017-02-22", "day"),  # not the weekday's month
        ),
    ],
)
def test_the_same_month_or_year_is_that_of_the_date_before(
    text: str, ref: str, expected: tuple[str, str, str, str]
) -> None:
    assert _last_date(text, ref) == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (  # the year the story told, not the reference's
            "نما حجم التجارة بنسبة 13% خلال عام 2016 مقارنة مع 217 مليار درهم في العام الذي سبقه",
            "2018-05-01",
            ("العام الذي سبقه", "2015-01-01", "2015-12-31", "year"),
        ),
        (  # a comparison's base is passed over (مقارنة مع 2016)
            "بلغت المبيعات 11 مليونا في 2017 مقارنة مع 2016. وبعد صعوبات في العام السابق",
            "2018-02-12",
            ("العام السابق", "2016-01-01", "2016-12-31", "year"),
        ),
        (
            "استقرت أسعار الأغذية خلال شهر أغسطس، مقارنة مع الشهر السابق",
            "2018-09-06",
            ("الشهر السابق", "2018-07-01", "2018-07-31", "month"),
        ),
        (
            "بلغت النسبة 4.29 بالمائة في فيفري 2017 مقابل 4.26 بالمائة في الشهر السابق",
            "2017-04-04",
            ("الشهر السابق", "2017-01-01", "2017-01-31", "month"),
        ),
        (  # a quarter the quarters step read is a date of the story too
            "بلغت المصروفات خلال الربع الأول 200 مليار ريال، بارتفاع 18% عن الربع المماثل من العام السابق",
            "2018-05-07",
            ("العام السابق", "2017-01-01", "2017-12-31", "year"),
        ),
        (
            "تأسست المجموعة في العام 1975 وتحولت لمجموعة السبع في العام التالي",
            "2018-06-08",
            ("العام التالي", "1976-01-01", "1976-12-31", "year"),
        ),
        (
            "ينطلق الدوري في 29 أغسطس الجاري، على أن يلتحقوا بالمعسكر في اليوم التالي",
            "2015-08-06",
            ("اليوم التالي", "2015-08-30", "2015-08-30", "day"),
        ),
        (
            "حصل الطاقم يوم السبت على إذن بالرسو. وفي اليوم التالي أمر المدعي العام",
            "2018-03-19",
            ("اليوم التالي", "2018-03-18", "2018-03-18", "day"),
        ),
        (
            "سجلت الشركة خسائر في 3 مارس 2016، وعادت إلى الربح في الأسبوع الموالي",
            "2018-03-19",
            ("الأسبوع الموالي", "2016-03-07", "2016-03-13", "week"),
        ),
        (
            "تراجعت الأرباح في الربع الرابع من 2017 ثم ارتفعت في الربع التالي",
            "2018-09-01",
            ("الربع التالي", "2018-01-01", "2018-03-31", "quarter"),
        ),
        (  # with no date before, السابق is the one before the reference's, as الماضي
            "ارتفعت المبيعات 5% مقارنة بالعام السابق",
            "2018-09-01",
            ("العام السابق", "2017-01-01", "2017-12-31", "year"),
        ),
    ],
)
def test_a_period_before_or_after_counts_from_the_story(
    text: str, ref: str, expected: tuple[str, str, str, str]
) -> None:
    assert _last_date(text, ref) == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وتحولت لمجموعة السبع في العام التالي", "العام التالي"),  # no date before
        ("كانت السلطات قد عززت تدابيرها عام 2012 في اليوم السابق لوصولها", "اليوم السابق"),
        ("أجريت الانتخابات في مايو 2018 وفي العام السابق للانتخابات", "العام السابق"),
        ("وصل في عام 2012 وفي اليوم التالي غادر", "اليوم التالي"),  # a year has no next day
    ],
)
def test_a_period_after_with_no_date_of_its_grain_before_is_no_date(text: str, absent: str) -> None:
    doc = factlib.extract(text, reference_date="2018-06-01")
    assert absent not in [f.text for f in doc.facts]


@pytest.mark.regression
def test_the_same_year_is_not_that_of_a_comparisons_base() -> None:
    doc = factlib.extract(
        "نما بنسبة 13% خلال عام 2016 مقارنة مع 217 مليار درهم في العام الذي سبقه. "
        "وبلغت الواردات 142 مليار درهم بنفس العام",
        reference_date="2018-05-01",
    )
    same = [f for f in doc.facts if f.text == "نفس العام"]
    assert [(f.date.start.isoformat() if f.date and f.date.start else None) for f in same] == [
        "2016-01-01"
    ]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "unit", "date"),
    [
        ("بلغت الصادرات 5 ملايين طن في العام الماضي", "t", "العام الماضي"),
        ("بلغت الصادرات 5 ملايين طن في العام 2016", "t", "العام 2016"),
        ("بلغ الإنتاج 5 ملايين طن في العام", "t/y", None),
        ("ينتج الحقل 500 ألف برميل يوميا العام الماضي", "bbl/d", "العام الماضي"),
        ("ينتج الحقل 500 ألف برميل في اليوم الواحد", "bbl/d", None),
    ],
)
def test_a_period_named_after_a_measure_is_no_rate(text: str, unit: str, date: str | None) -> None:
    doc = factlib.extract(text, reference_date="2018-06-01")
    assert [f.unit for f in doc.facts if f.kind == "measure"] == [unit]
    assert [f.text for f in doc.facts if f.kind == "date"] == ([date] if date else [])


@pytest.mark.regression
def test_the_same_month_with_no_date_before_is_no_date() -> None:
    doc = factlib.extract("وفي الشهر نفسه عاد اللاعب", reference_date="2018-01-01")
    assert [f.kind for f in doc.facts] == []


@pytest.mark.regression
def test_the_same_day_after_the_next_day_is_not_the_date_before() -> None:
    text = "المعسكر في 29 أغسطس الجاري، ويلتحقون في اليوم التالي لارتباطهم بمباراة في اليوم ذاته"
    doc = factlib.extract(text, reference_date="2015-08-06")
    assert [f.text for f in doc.facts if f.kind == "date"] == ["29 أغسطس الجاري"]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (metric, cue, trend) of the one claim
        ("ونبه التقرير إلى أن الصادرات ارتفعت 17.7%.", ("الصادرات", "نبه", "up")),
        (
            "وأعلنت الشركة أن إجمالي عدد السيارات بلغ “676,962” سيارة.",
            ("إجمالي عدد السيارات", "أعلنت", None),
        ),
        ("سيقام البرج على ارتفاع 644 مترا.", (None, None, None)),  # a height
        ("وأغلق السهم على ارتفاع بنحو 1%.", (None, None, "up")),
        (
            "ارتفعت صادرات النفط في شهر يونيو الماضي بنسبة 11.9 في المائة.",
            ("صادرات النفط", None, "up"),
        ),
        ("وارتفعت أرباح الربع الأول من 2018 بنسبة 63 بالمئة.", ("أرباح", None, "up")),
        ("وحصل العام الماضي على راتب إجمالي بلغ 150 مليون دولار.", ("راتب إجمالي", None, None)),
    ],
)
def test_metric_cue_and_trend_found_by_the_third_review(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    doc = factlib.extract(text, reference_date="2018-09-04")
    assert [(c.metric, c.cue, c.trend) for c in doc.claims] == [expected]


@pytest.mark.regression
def test_the_day_a_record_is_compared_with_is_not_the_claims_time() -> None:
    text = "وهبط البلاتين إلى 921.90 دولار، بعدما سجل أعلى مستوى منذ 25 أبريل عند 927.20 دولار، الخميس."
    doc = factlib.extract(text, reference_date="2018-04-28")
    facts = {f.id: f.text for f in doc.facts}
    assert [facts.get(c.time) for c in doc.claims] == ["الخميس", "الخميس"]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهو واحد من أحسن اللاعبين في العالم", []),  # "one of"
        ("تعد واحدة من عدة مخاطر محتملة", []),
        ("في واحدة من أكبر الهجمات", []),
        # the adjective "one" after the noun it counts: one round
        ("قبل جولة واحدة من نهاية الموسم", [("count", "جولة واحدة")]),
        ("لا يكفي لشراء كيلو واحد من اللحم", [("number", "واحد")]),
        ("دخل المباراة لن يقل عن 15 مليون ريال", [("money", "لن يقل عن 15 مليون ريال")]),
        ("داخل مجموعة الدول الصناعية السبع", []),
        ("بالندوة المنعقدة ضمن الدورة 37 لمجلس حقوق الإنسان", [("ordinal", "37")]),
        ("في قمة الجولة 24 من الدوري", [("ordinal", "24")]),
        ("نموا قدره 3.9 في المئة لهذا العام", [("percent", "3.9 في المئة"), ("date", "هذا العام")]),
        (
            "بلغت المبيعات 3 مليارات في 2017. وفي ذلك العام",
            [("number", "3 مليارات"), ("date", "2017"), ("date", "ذلك العام")],
        ),
    ],
)
def test_facts_found_by_the_third_review(text: str, expected: list[tuple[str, str]]) -> None:
    doc = factlib.extract(text, reference_date="2018-09-04")
    assert [(f.kind, f.text) for f in doc.facts] == expected
    bounds = [f.bound for f in doc.facts if f.kind == "money"]
    assert bounds in ([], ["ge"])


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (speaker, cue, source) of each claim: a document that speaks is its source
        ("وأشارت الدراسة إلى أن الاستثمار ارتفع 3 في المئة.", [(None, "أشارت", "الدراسة")]),
        (
            "وكشف التقرير الصادر عن مؤسسة النقد ارتفاع المبيعات بنسبة 15.4%.",
            [(None, "كشف", "التقرير الصادر عن مؤسسة النقد")],
        ),
        (
            "وقالت وكالة الأنباء السورية إن 7 أشخاص قتلوا. وقالت الوكالة إن 5 آخرين أصيبوا.",
            [(None, "قالت", "وكالة الأنباء السورية"), (None, "قالت", "وكالة الأنباء السورية")],
        ),
        (
            "وأوضح التقرير الذي يصدره البنك الدولي أن 30 مليون شخص يعيشون بأقل من 5.5 دولار.",
            [(None, "أوضح", "التقرير"), (None, "أوضح", "التقرير")],
        ),
        (
            # (the marker is the cue when no reporting verb is there: CONTRACT.md)
            "وبلغت الاستثمارات 193 مليار ريال، وفقا لما نقلته وكالة الأنباء السعودية الرسمية.",
            [(None, "وفقا لما نقلته", "وكالة الأنباء السعودية الرسمية")],
        ),
        ("وقتل 5 أشخاص حسبما نقلت وكالة فرانس برس.", [(None, "حسبما نقلت", "وكالة فرانس برس")]),
        (
            "وأشارت دراسة أجراها معهد ماساتشوستس إلى أن الاستثمار ارتفع 5%. وارتفعت الاستثمارات"
            " بنسبة 24 في المئة، وفقا للدراسة.",
            [
                (None, "أشارت", "دراسة أجراها معهد ماساتشوستس"),
                (None, "وفقا ل", "دراسة أجراها معهد ماساتشوستس"),
            ],
        ),
        (
            "ارتفعت المخزونات بنحو 1.1 مليون برميل، وفق الاستطلاع الذي أجرته رويترز.",
            [(None, "وفق", "الاستطلاع")],
        ),
        (
            "وأكد التقرير أن الصادرات ارتفعت 12%، مشيرا إلى أن الواردات بلغت 3 مليارات دولار.",
            [(None, "أكد", "التقرير"), (None, "مشيرا", "التقرير")],
        ),
    ],
)
def test_a_document_that_speaks_is_the_source(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [(c.speaker, c.cue, c.source) for c in doc.claims] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (speaker, cue): a relative clause ends the subject, and its verb reports nothing
        (
            "وقال زوكربيرغ الذي خسرت شركته أكثر من 50 مليار دولار إن الشركة بخير.",
            ("زوكربيرغ", "قال"),
        ),
        (
            "وأضاف دانش والذي تمتلك شركته أسطولا مكونا من 25 ألف سيارة أن السوق تحسن.",
            ("دانش", "أضاف"),
        ),
        ("وخاض اللاعب 674 مباراة في صفوف النادي الذي أعلن في ختام الموسم رحيله.", (None, None)),
    ],
)
def test_a_relative_clause_is_no_speech(text: str, expected: tuple[str | None, str | None]) -> None:
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [(c.speaker, c.cue) for c in doc.claims][:1] == [expected]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject before its verb, opening the sentence
        (
            "الهيئة السعودية العامة للاستثمار أعلنت أن الاستثمارات بلغت 207 مليار ريال.",
            "الهيئة السعودية العامة للاستثمار",
        ),
        ("وزارة الصحة أعلنت أن 30 شخصا أصيبوا.", "وزارة الصحة"),
        ("النمر أكد أن المعرض يضم ثلاثة أدوار.", "النمر"),
        ("وفي هذا السياق قال إن 5 أشخاص قتلوا.", None),  # no subject, and none before
    ],
)
def test_the_subject_before_its_verb(text: str, speaker: str | None) -> None:
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [c.speaker for c in doc.claims] == [speaker]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (kind, text) of the facts: near-misses of this round's rules, from its review
        ("شهدت الجولة 25 هدفا", [("count", "25 هدفا")]),  # a rank word before a count
        ("يضم المركز 300 سرير", [("count", "300 سرير")]),
        ("خرجوا معبرين عن غضبهم", []),  # a participle's plural, no dual
        ("قتل برصاص قناصين", []),
        ("أظهر التقرير الفني الأولي", []),  # preliminary after an adjective in ي
        ("أولت الحكومة الأهمية القصوى للتعليم وتقدمت البلاد 5 درجات", [("number", "5")]),
        ("تضمن غد أفضل", []),
    ],
)
def test_near_misses_found_by_the_third_review(text: str, expected: list[tuple[str, str]]) -> None:
    doc = factlib.extract(text, reference_date="2025-12-17")
    assert [(f.kind, f.text) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("غرق قارب قبالة ساحل ليبيا يوم الأحد", "2025-12-14"),  # سأحل folds to ساحل: no verb
        ("قال المقرر الخاص للأمم المتحدة الأحد إن الوضع خطير", "2025-12-14"),  # rapporteur
        ("وفي المرتقب أن يصل الوفد الأحد", "2025-12-21"),
        ("وكانت تعتزم طرح أسهمها الاثنين", "2025-12-15"),  # كانت right before the marker
    ],
)
def test_future_markers_near_misses(text: str, day: str) -> None:
    doc = factlib.extract(text, reference_date="2025-12-17")
    dates = [f.date for f in doc.facts if f.date is not None]
    assert [d.start.isoformat() for d in dates if d.start is not None] == [day]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (speaker, source, time text, trend) of the last claim
        (
            "ذكر خفر السواحل الليبي الاثنين أنه انتشل 191 مهاجرا.",
            ("خفر السواحل الليبي", None, None, None),
        ),
        (
            "تراجعت الأسعار عام 2019 وبلغت الصادرات عام 2020 نحو 5 مليارات دولار.",
            (None, None, "عام 2020", None),
        ),
        ("وصل سعر الذهب إلى أعلى مستوى منذ 25 أبريل عند 1300 دولار.", (None, None, None, None)),
        (
            "قال تقرير البنك الدولي إن النمو بلغ 3%. وأشار التقرير إلى أن التضخم بلغ 5%."
            " وقال تقرير صندوق النقد الدولي إن الدين بلغ 60%.",
            (None, "تقرير صندوق النقد الدولي", None, None),
        ),
        (
            "وذكرت الوزارة، حسبما أوردت وكالة الأنباء الرسمية، أن 40 شخصا قتلوا.",
            ("الوزارة", "وكالة الأنباء الرسمية", None, None),
        ),
        ("ومن جانب آخر قال إن 5 أشخاص قتلوا.", (None, None, None, None)),
        ("وحركة حماس أعلنت أن 5 أشخاص قتلوا.", ("حركة حماس", None, None, None)),
    ],
)
def test_claims_near_misses_found_by_the_third_review(
    text: str, expected: tuple[str | None, str | None, str | None, str | None]
) -> None:
    doc = factlib.extract(text, reference_date="2025-12-17")
    facts = {f.id: f.text for f in doc.facts}
    c = doc.claims[-1]
    assert (
        c.speaker,
        c.source,
        facts.get(c.time) if c.time is not None else None,
        c.trend,
    ) == expected


@pytest.mark.regression
def test_the_document_named_before_not_after() -> None:
    text = (
        "قال تقرير البنك الدولي إن النمو بلغ 3%. وأشار التقرير إلى أن التضخم بلغ 5%."
        " وقال تقرير صندوق النقد الدولي إن الدين بلغ 60%."
    )
    doc = factlib.extract(text, reference_date="2025-12-17")
    assert [c.source for c in doc.claims] == [
        "تقرير البنك الدولي",
        "تقرير البنك الدولي",
        "تقرير صندوق النقد الدولي",
    ]


@pytest.mark.regression
def test_the_same_year_after_a_decade_or_an_unresolved_date_is_none() -> None:
    doc = factlib.extract("في الثمانينيات، وفي العام نفسه", reference_date="2025-12-17")
    assert [f.text for f in doc.facts if f.kind == "date"] == ["الثمانينيات"]
    doc = factlib.extract("في مارس 2020، وأعلن الشهر الماضي، وفي الشهر نفسه")
    assert "الشهر نفسه" not in [f.text for f in doc.facts]


@pytest.mark.regression
@pytest.mark.xfail(
    reason="a subject after كان before its verb (وكانت فرنسا أعلنت) is not read: كان also opens "
    "clauses whose subject is no speaker, and is one of claims.json not_subjects",
    strict=True,
)
def test_the_subject_between_kana_and_its_verb() -> None:
    doc = factlib.extract("وكانت فرنسا أعلنت أن المساعدات بلغت 14 مليون يورو.")
    assert [c.speaker for c in doc.claims] == ["فرنسا"]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("وأدى الهجوم إلى مقتل 12 شخصا وإصابة 11 آخرين. وبعد ذلك", ["شخص", "شخص"]),
        ("أسفرت عن مقتل 16 فلسطينياً وإصابة أكثر من 1400 آخرين", ["فلسطيني", "فلسطيني"]),
        ("وأقيل حوالي ألف موظف في وزارة العدل و650 آخرين في وزارة التعليم", ["موظف", "موظف"]),
        # after the dead, the others are people, not more dead
        ("مما أدى إلى مقتل 86 قتيلا وإصابة 400 آخرين", ["قتيل", "شخص"]),
        ("توفي 9 أشخاص وأصيب 41 آخرون إثر الحادث", ["شخص", "شخص"]),
        # no count before them in the sentence: they stay others
        ("سقط قتلى في الهجوم. وقرر القضاء تبرئة ثلاثة آخرين", ["آخر"]),
    ],
)
def test_others_count_what_the_count_before_them_counts(text: str, units: list[str]) -> None:
    """آخرين was read as the counted noun itself: 11 × آخر, where the casualty figures
    of news give 11 more of the people just counted."""
    doc = factlib.extract(text)
    assert [f.unit for f in doc.facts if f.kind == "count"] == units


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "لديها 2400 مقهى في بريطانيا، وحوالي 1400 في أسواق خارجية.",
            [("count", "2400 مقهى", "مقهى"), ("count", "حوالي 1400", "مقهى")],
        ),
        (
            "سحب نحو 96 ألف سيارة في ألمانيا، و75 ألفا في بريطانيا، و23 ألفا في فرنسا",
            [
                ("count", "نحو 96 ألف سيارة", "سيارة"),
                ("count", "75 ألفا", "سيارة"),
                ("count", "23 ألفا", "سيارة"),
            ],
        ),
        # من after the figure: a part of another noun (its own count); another figure
        # between: a pair of its own
        (
            "شارك نحو 200 ممثل، و50 من الفنيين",
            [("count", "نحو 200 ممثل", "ممثل"), ("count", "50 من الفنيين", "فني")],
        ),
        (
            "سجل إيركسن (هدفين) في الدقيقتين 11 و62 ، ولاميلا",
            [("count", "هدفين", "هدف"), ("number", "11", None), ("number", "62", None)],
        ),
        # another sentence: the noun is not carried over
        (
            "باعت الشركة 2400 سيارة. و1400 في المخازن",
            [("count", "2400 سيارة", "سيارة"), ("number", "1400", None)],
        ),
    ],
)
def test_a_left_out_noun_is_the_count_before(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A figure after و whose noun the text leaves out (وحوالي 1400 في أسواق خارجية) was a
    bare number; it counts what the count just before it counts."""
    doc = factlib.extract(text)
    assert [(f.kind, f.text, f.unit) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score word before an amount: a range of it, no score
        ("تكبدت الشركة خسارة 5-10 ملايين دولار", [("money", "5-10 ملايين دولار")]),
        ("توقع المحللون خسارة 2-3% في الأسهم", [("percent", "2-3%")]),
        ("يتوقع الحزب الفوز بـ 20-25 مقعدا", [("count", "20-25 مقعدا")]),
        # a maker before an amount it counts or earns: no model
        ("سلمت إيرباص 800 طائرة", [("count", "800 طائرة")]),
        ("ربحت بوينج 8 مليارات دولار", [("money", "8 مليارات دولار")]),
        ("طائرة بوينغ 737 ماكس", []),
        # لل before a cue that is not a legal one: a price per unit
        ("تكلفة المكالمة للدقيقة 2 ريال", [("money", "2 ريال")]),
        ("سعر التذكرة للرحلة 500 دولار", [("money", "500 دولار")]),
        # a part of the day with no word that leads to a clock: a count of what is said before
        ("أصيب 5 مساء أمس", [("number", "5"), ("date", "أمس")]),
        # ل before a pronoun is no age: the decade is a date
        ("كانت لهم في الثمانينيات علاقات وثيقة مع موسكو", [("date", "الثمانينيات")]),
        # a band of prices in brackets: no life, no years
        ("تحرك الذهب في نطاق (1280-1320) للأوقية", [("number", "1280-1320")]),
        # a participle in ين: no dual
        ("انتخب البرلمان نوابا منتخبين", []),
    ],
)
def test_what_the_review_of_the_thirteenth_round_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    doc = factlib.extract(text, reference_date="2018-05-02")
    assert [(f.kind, f.text) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month with its own offset keeps it: it takes no year from the month after و
        ("الشهر الماضي ويناير 2016", ["2018-04-01", "2016-01-01"]),
        ("في 12 مارس الجاري و5 يونيو 2016", ["2018-03-12", "2016-06-05"]),
        ("في مايو الماضي ويونيو 2016", ["2017-05-01", "2016-06-01"]),
        # a past relative clause closed by a comma is an aside: the future resumes
        ("سيعقد المجلس، الذي كان قد أجل اجتماعه، جلسته يوم الأحد", ["2018-05-06"]),
    ],
)
def test_dates_the_review_of_the_thirteenth_round_found(text: str, expected: list[str]) -> None:
    doc = factlib.extract(text, reference_date="2018-05-02")
    dates = [f.date for f in doc.facts if f.kind == "date"]
    assert [d.start.isoformat() for d in dates if d and d.start] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("اشترى منزلا في لندن بقيمة 5 ملايين دولار", "5 ملايين دولار", None),
        ("وقعت عقدا مع الحكومة بقيمة 5 ملايين دولار", "5 ملايين دولار", None),
        ("فقدت الليرة 43% من «قيمتها» أمام الدولار", "43%", "قيمتها"),
        ("تحتاج مصر لتجاوز الأزمة 12 مليار دولار", "12 مليار دولار", None),
        ("بلغ عدد القتلى 10 و20 جريحا", "20 جريحا", None),
    ],
)
def test_metrics_the_review_of_the_thirteenth_round_found(
    text: str, figure: str, metric: str | None
) -> None:
    doc = factlib.extract(text)
    claim = next(c for c in doc.claims if doc.facts[c.fact].text == figure)
    assert claim.metric == metric
    if claim.metric_span is not None:
        assert text[claim.metric_span[0] : claim.metric_span[1]] == claim.metric


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dual's "last" word after a singular period: no date (it raised KeyError)
        ("خلال العام الأخيرين", []),
        ("في الشهر الأخيرين من العام", []),
        # an adjective in فعيل after اليوم: "the day"
        ("كان اليوم الحزين في تاريخ البلاد", []),
    ],
)
def test_round_fourteen_review_dates(text: str, expected: list[tuple[str, str]]) -> None:
    """Found by the review of the fourteenth round: each a wrong output or a crash."""
    doc = factlib.extract(text, reference_date="2024-06-15")
    assert [(f.kind, f.text) for f in doc.facts] == expected


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "facts", "metrics"),
    [
        # money after a count of tourists: no metric of the count (only points and a percent)
        (
            "وبلغ عدد السياح 3 ملايين سائح و2 مليار دولار.",
            [("count", "3 ملايين سائح"), ("money", "2 مليار دولار")],
            ["عدد السياح", None],
        ),
        # a count of other things than the head names: no metric
        ("على خفض أسعار الخبز 3 مرات في السنة.", [("count", "3 مرات")], [None]),
        # a figure after و whose scale word is left out too: no count of the noun
        (
            "بيع 3 ملايين هاتف في الصين و2.5 في الهند",
            [("count", "3 ملايين هاتف"), ("number", "2.5")],
            [None],
        ),
        # a part that is no whole number counts nothing
        ("أفرج عن 1.5 من المتهمين", [("number", "1.5")], []),
    ],
)
def test_round_fourteen_review_quantities(
    text: str, facts: list[tuple[str, str]], metrics: list[str | None]
) -> None:
    """Found by the review of the fourteenth round."""
    doc = factlib.extract(text)
    assert [(f.kind, f.text) for f in doc.facts] == facts
    assert [c.metric for c in doc.claims] == metrics


def test_a_duration_range_runs_up() -> None:
    """نحو 1000 إلى 2 مليون سنة gave low 1,000 million, high 2 million: the first figure took
    the second's scale though it was already above it. Its ends are now far apart (no
    range), and a range whose first end has its own scale keeps it."""
    doc = factlib.extract("يعود تاريخها إلى نحو 1000 إلى 2 مليون سنة")
    assert all(f.low is None or f.low < f.high for f in doc.facts)
    assert not any(f.bound == "range" for f in doc.facts)
    [f] = factlib.extract("تتراوح أعمارها بين 300 ألف و350 ألف سنة").facts
    assert (f.kind, f.low, f.high, f.unit) == ("duration", 300000, 350000, "year")


def test_a_duration_range_has_ends_of_one_size() -> None:
    """نحو ثلاثة إلى أربعة آلاف سنة was one range from 3 to 4,000 years: a spelled first
    figure does not say the second's scale, and ends so far apart make no range."""
    doc = factlib.extract("يعود تاريخها إلى نحو ثلاثة إلى أربعة آلاف سنة")
    assert not any(f.bound == "range" for f in doc.facts)


def test_a_date_aside_does_not_widen_past_the_figure_before() -> None:
    """A date between commas widens the clause of the figure after it, but never past the
    figure before: on بلغت 24%، قبل أسبوعين، بدلا من 16.75% the widened clause had read
    بدلا as the second figure's metric."""
    doc = factlib.extract(
        "ورفع البنك أسعار الفائدة إلى مستويات قياسية بلغت 24%، قبل أسبوعين، بدلا من 16.75%.",
        reference_date="2018-09-01",
    )
    metrics = {doc.facts[c.fact].text: c.metric for c in doc.claims}
    assert metrics.get("16.75%") != "بدلا"


def test_a_bare_weekend_is_no_date() -> None:
    """مطلع الأسبوع is this week's Monday and Tuesday, but a bare نهاية الأسبوع is any
    weekend (يومي إجازة نهاية الأسبوع) and gives no date."""
    doc = factlib.extract("قتل 14 شخصا مطلع الأسبوع", reference_date="2018-07-17")
    [f] = [f for f in doc.facts if f.kind == "date"]
    assert f.text == "مطلع الأسبوع"
    assert f.date is not None and (str(f.date.start), str(f.date.end)) == (
        "2018-07-16",
        "2018-07-17",
    )
    doc = factlib.extract("يوما إجازة نهاية الأسبوع", reference_date="2018-07-11")
    assert not [f for f in doc.facts if f.kind == "date"]


def test_a_comparative_before_min_opens_the_next_figure() -> None:
    """وأكثر after a count is "or more" (ge), but before من it opens the next figure: on
    مخلفة 14 ضحية وأكثر من مليون دولار the count took وأكثر and the money was lost."""
    doc = factlib.extract("مخلفة 14 ضحية وأكثر من مليون دولار كخسائر مادية")
    assert [(f.kind, f.text, f.bound) for f in doc.facts] == [
        ("count", "14 ضحية", "exact"),
        ("money", "أكثر من مليون دولار", "gt"),
    ]
    [f] = factlib.extract("قتل 20 شخصا أو أكثر").facts
    assert (f.text, f.bound) == ("20 شخصا أو أكثر", "ge")
    [f] = factlib.extract("قتل 10 أشخاص على الأقل من المدنيين").facts
    assert (f.text, f.bound) == ("10 أشخاص على الأقل", "ge")


def test_an_expected_event_is_no_speaker() -> None:
    """ويتوقع هبوط السهم is يُتوقع, it is expected: the event after it is no speaker, and
    a later وقال does not carry it on."""
    doc = factlib.extract(
        "وقال المهندس حمزة سعد إن الرياح قوية. فيما يتوقع استقرار الوضع الجوي بدءا من يوم"
        " الجمعة. وقال إن سرعة الرياح بلغت 100 كلم في الساعة.",
        reference_date="2017-03-08",
    )
    [c] = doc.claims
    assert c.speaker == "حمزة سعد"
    [c] = factlib.extract("ويتوقع المحللون نمو الاقتصاد بنسبة 3%.").claims
    assert c.speaker == "المحللون"


def test_a_height_is_no_rise_but_a_fall_on_a_basis_is_one() -> None:
    """ارتفاع after على, or after من before a measure, right before the figure is a height,
    no rise; هبط على أساس سنوي is a fall (a rule that read هبط على as a landing was
    dropped: it lost these), and استفادت من ارتفاع 3% is a rise (a percent is no height)."""
    [c] = factlib.extract("حلقت الطائرة على ارتفاع 644 مترا.").claims
    assert c.trend is None
    [c] = factlib.extract("وهبط المؤشر على أساس سنوي بنسبة 3%.").claims
    assert c.trend == "down"
    [c] = factlib.extract("واستفادت الأسهم من ارتفاع 3 في المئة في أسعار النفط.").claims
    assert c.trend == "up"
    [c] = factlib.extract("وجاء ذلك ضمن ارتفاع 3 في المئة.").claims
    assert c.trend == "up"


def test_a_subject_ends_before_a_bound_or_an_event() -> None:
    """The words after a reporting verb stop before a figure's bound or the event a count is
    of: أعلنت تركيا عزل أكثر من gave the speaker تركيا عزل أكثر من."""
    [c] = factlib.extract("أعلنت تركيا عزل أكثر من 18 ألف موظف.").claims
    assert (c.speaker, c.metric) == ("تركيا", "عزل")
    [c] = factlib.extract("ونقلت الوكالة عن مصادر إخبارية بمقتل 139 مسلحا على الأقل.").claims
    assert c.speaker is None or "مقتل" not in c.speaker


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a fall from a bare figure to one with its unit: both in that unit
        (
            "أدت التغييرات إلى خفض الضرائب على الشركات من 35 إلى 21 في المائة",
            [("percent", "35", 35, "%"), ("percent", "21 في المائة", 21, "%")],
        ),
        (
            "خفضت منطقة الصيد من 6 إلى 3 أميال بحرية",
            [("measure", "6", 6, "nmi"), ("measure", "3 أميال بحرية", 3, "nmi")],
        ),
        (
            "خفض المبلغ من 250 الى 200 مليون دولار",
            [
                ("money", "250", 250_000_000, "USD"),
                ("money", "200 مليون دولار", 200_000_000, "USD"),
            ],
        ),
        # a rise stays a range; far apart ends keep theirs
        ("ارتفع من 2 إلى 5%", [("percent", "من 2 إلى 5%", None, "%")]),
        ("غرامة من 500 إلى 2 مليون دولار", [("money", "من 500 إلى 2 مليون دولار", None, "USD")]),
        # من and a figure in the scale of the money before it: its currency
        (
            "ارتفعت الاحتياطيات إلى 44.139 مليار دولار من 44.030 مليار في أبريل",
            [
                ("money", "44.139 مليار دولار", 44_139_000_000, "USD"),
                ("money", "44.030 مليار", 44_030_000_000, "USD"),
            ],
        ),
        # a list after a rate: the rate's unit
        (
            "بلغت سرعة الرياح 100 كلم في الساعة بتونس و92 كلم بجهة الساحل",
            [("measure", "100 كلم في الساعة", 100, "km/h"), ("measure", "92 كلم", 92, "km/h")],
        ),
        (
            "سار بسرعة 100 كلم في الساعة وقطع 92 كلم",
            [("measure", "100 كلم في الساعة", 100, "km/h"), ("measure", "92 كلم", 92, "km")],
        ),
    ],
)
def test_a_unit_carried_to_a_bare_figure(
    text: str, facts: list[tuple[str, str, int | None, str]]
) -> None:
    """Found by the audit of i % 23 == 11: a figure with no unit of its own in a change or a
    list takes the unit of the figure it is paired with."""
    doc = factlib.extract(text, reference_date="2018-06-04")
    got = [(f.kind, f.text, f.value, f.unit) for f in doc.facts if f.kind != "date"]
    assert got == facts


def test_the_interlocutor_is_the_last_speaker() -> None:
    """قال محدّثنا (the one the writer spoke to) is the speaker named before, not a name;
    كاهية (a Tunisian deputy's title) is a title, not part of the name before it."""
    doc = factlib.extract(
        "وقال المهندس حمزة سعد إن الطقس مستقر. وقال محدّثنا إن سرعة الرياح بلغت 60 كلم في الساعة."
    )
    assert [c.speaker for c in doc.claims] == ["حمزة سعد"]
    doc = factlib.extract(
        "من جهته أكد سامي بن رمضان كاهية مدير الزراعات أن تونس تنتج 12 مليون قنطار."
    )
    assert [c.speaker for c in doc.claims] == ["سامي بن رمضان"]


def test_a_day_told_before_with_its_year_keeps_it() -> None:
    """A day of a month the text wrote earlier with its year is that day again (ثورة 14
    جانفي 2011 … لثورة 14 جانفي: 2011, not the publication's year), unless an offset
    says which one (5 مارس المقبل)."""
    doc = factlib.extract(
        "شارك في ثورة 14 جانفي 2011. والذين أعدوا لثورة 14 جانفي شاركوا فيها.",
        reference_date="2017-01-14",
    )
    assert [str(f.date.start) for f in doc.facts if f.date] == ["2011-01-14", "2011-01-14"]
    doc = factlib.extract(
        "وقع الحادث في 5 مارس 2017. وفي 5 مارس المقبل", reference_date="2018-01-01"
    )
    assert [str(f.date.start) for f in doc.facts if f.date] == ["2017-03-05", "2018-03-05"]


def test_yesterday_counts_from_the_texts_own_today() -> None:
    """A story that names its own today (اليوم الأحد) two days before its stamp counts its
    أمس from that day; a date written after the weekday is the day (no shift), and اليوم
    alone stays the reference (a page of several stories)."""
    doc = factlib.extract(
        "وقع الحادث مساء اليوم الأحد. يشار إلى أنه مساء يوم أمس لقيت امرأتان مصرعهما.",
        reference_date="2015-07-21",
    )
    assert [str(f.date.start) for f in doc.facts if f.date] == ["2015-07-19", "2015-07-18"]
    doc = factlib.extract(
        "أكد المدير اليوم الاثنين 11 ماي 2016 فقدان سائق سقط ليلة أمس.", reference_date="2016-05-11"
    )
    [yesterday] = [f.date for f in doc.facts if f.text == "أمس"]
    assert yesterday is not None and str(yesterday.start) == "2016-05-10"


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ref", "claims"),
    [
        # a crash: يتوقع before a title with no name
        (
            "ويتوقع المدير ارتفاع الأرباح 5%.",
            "2018-01-01",
            [("المدير ارتفاع الأرباح", "يتوقع", None)],
        ),
        ("قال شيء، المدير 5 ملايين دولار", "2018-01-01", [("شيء", "قال", None)]),
        # a name that only looks like a verbal noun speaks
        (
            "ويتوقع داود أوغلو ارتفاع الصادرات 5%.",
            "2018-01-01",
            [("داود أوغلو ارتفاع الصادرات", "يتوقع", None)],
        ),
        # a body's name holds an event or بلا
        (
            "وقالت منظمة أطباء بلا حدود إن 30 شخصا قتلوا.",
            "2018-01-01",
            [("منظمة أطباء بلا حدود", "قالت", None)],
        ),
        (
            "وقالت منظمة إنقاذ الطفولة إن 30 طفلا قتلوا.",
            "2018-01-01",
            [("منظمة إنقاذ الطفولة", "قالت", None)],
        ),
        # حسب after a verb of variation is "depending on"
        ("ويختلف السعر حسب الشركة، ويبلغ 50 دولارا.", "2018-01-01", [(None, None, None)]),
        # a body before a clause after the marker is no speaker
        (
            "بحسب شركة أبل بلغت الأرباح 5 ملايين دولار.",
            "2018-01-01",
            [(None, "بحسب", "شركة أبل بلغت الأرباح")],
        ),
        # المصدر ذاته after any marker, and المصدر نفسه
        (
            "قال الوزير سامي الهادي إن العجز بلغ 5 مليارات دولار. وبلغ النمو 3%، حسب المصدر نفسه.",
            "2018-01-01",
            [("سامي الهادي", "قال", None), ("سامي الهادي", "حسب", None)],
        ),
        # محدثنا with no one before is the speaker as written
        ("وقال محدثنا إن 20 شخصا قتلوا.", "2018-01-01", [("محدثنا", "قال", None)]),
        # a definite title the ل of وفقا ل took: the one of that title named before, else as written
        (
            "قال الرئيس الأمريكي دونالد ترامب إن النمو جيد. وفقا للرئيس الأمريكي، بلغ العجز 5%.",
            "2018-01-01",
            [("دونالد ترامب", "وفقا ل", None)],
        ),
        (
            "وفقا للدكتور بوتس، تتراوح المسافة بين 25 و95 كيلومترا.",
            "2018-01-01",
            [("الدكتور بوتس", "وفقا ل", None)],
        ),
    ],
)
def test_round_fifteen_review_claims(
    text: str, ref: str, claims: list[tuple[str | None, str | None, str | None]]
) -> None:
    """Found by the review of the fifteenth round: (speaker, cue, source) of each claim."""
    doc = factlib.extract(text, reference_date=ref)
    assert [(c.speaker, c.cue, c.source) for c in doc.claims] == claims


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ref", "facts"),
    [
        # the year told before does not win over اليوم, a weekday, the future or every year
        (
            "سقط النظام في 14 جانفي 2011. وتحيي تونس اليوم الاثنين 14 جانفي الذكرى.",
            "2019-01-14",
            [("14 جانفي 2011", "2011-01-14"), ("اليوم الاثنين 14 جانفي", "2019-01-14")],
        ),
        (
            "قامت الثورة في 14 جانفي 2011. وستعقد الجلسة في 14 جانفي.",
            "2018-12-20",
            [("14 جانفي 2011", "2011-01-14"), ("14 جانفي", "2019-01-14")],
        ),
        # a start word after a past verb: the last such day
        ("وكانت الشركة قد رفعت الأسعار اعتبارا من الأحد.", "2018-07-12", [("الأحد", "2018-07-08")]),
        # no future in nouns and names in س, nor in توقعات or المحتمل
        ("وأعلنت شركة سيتروين الأحد", "2018-07-12", [("الأحد", "2018-07-08")]),
        ("وقتل المشتبه به المحتمل الاثنين.", "2018-07-12", [("الاثنين", "2018-07-09")]),
        ("سيتراجع المؤشر الأحد", "2018-07-12", [("الأحد", "2018-07-15")]),
        # no duration after حتى or before an adjective
        ("وتمتد الاحتفالات حتى يوم 15 مارس.", "2018-01-01", [("15 مارس", "2018-03-15")]),
        # a year is no range's first end
        (
            "في عام 2018 إلى 5 سنوات القادمة",
            "2018-01-01",
            [("عام 2018 إلى 5 سنوات القادمة", "2018-01-01")],
        ),
    ],
)
def test_round_fifteen_review_dates(text: str, ref: str, facts: list[tuple[str, str]]) -> None:
    """Found by the review of the fifteenth round: each fact's text and start."""
    doc = factlib.extract(text, reference_date=ref)
    assert [(f.text, str(f.date.start) if f.date else None) for f in doc.facts] == facts


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "facts", "trends"),
    [
        ("قتل 14 شخصا أو أكثر من ذلك", [("count", "14 شخصا أو أكثر", "ge", "شخص")], [None]),
        (
            "ينتج 3 ملايين برميل يوميا و5 ملايين برميل",
            [
                ("measure", "3 ملايين برميل يوميا", "exact", "bbl/d"),
                ("measure", "5 ملايين برميل", "exact", "bbl"),
            ],
            [None, None],
        ),
        ("وهبط المؤشر على أساس سنوي بنسبة 3%.", [("percent", "3%", "exact", "%")], ["down"]),
    ],
)
def test_round_fifteen_review_quantities(
    text: str, facts: list[tuple[str, str, str, str | None]], trends: list[str | None]
) -> None:
    """Found by the review of the fifteenth round: facts (kind, text, bound, unit) and the
    trend of each claim."""
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [(f.kind, f.text, f.bound, f.unit) for f in doc.facts] == facts
    assert [c.trend for c in doc.claims] == trends


def test_a_part_and_its_bracket_are_no_equivalent() -> None:
    """A figure in brackets after another is the same amount only when it is of its kind
    and the bracket closes right after it: 100 (30 منهم …) is a part."""
    doc = factlib.extract("بلغ عدد المصابين 100 (30 منهم في حالة خطرة).")
    assert [c.metric for c in doc.claims] == ["عدد المصابين", None]


@pytest.mark.regression
def test_the_labels_of_a_list_are_no_numbers() -> None:
    text = (
        "تضمن التقرير النقاط التالية:\n١-أن النسبة الموزونة للطالبة 91.54.\n"
        " 2- ألا يقل عمر المتقدمة عن 24 سنة.\n3) أن تكون لائقة.\n10- 5 مصابين"
    )
    doc = factlib.extract(text)
    assert [f.text for f in doc.facts if f.kind in ("number", "count")] == [
        "91.54",
        "10",
        "5 مصابين",
    ]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("بتاريخ اليوم ورقم معاملة ٣٧٤٠٣ .", []),
        ("وهجوم WannaCry 2.0 على الشركات", []),
        ("نموذج التوظيف 101/أ، نموذج التوظيف 101/ب", []),
        ("وهي الرحلة رقم AI 139 التابعة للشركة", []),
        ("حقق رقما قياسيا بلغ 5 ملايين زائر", ["5 ملايين زائر"]),
        ("بلغ سعر سهم Apple 150 دولارا", ["150 دولارا"]),
        ("أصدرت سندات بقيمة USD 5 مليارات", ["USD 5 مليارات"]),
    ],
)
def test_numbers_codes_and_versions_are_identifiers(text: str, kept: list[str]) -> None:
    doc = factlib.extract(text, reference_date="2018-01-01")
    assert [f.text for f in doc.facts if f.kind != "date"] == kept
    assert all(doc.facts[c.fact].text in kept for c in doc.claims)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("ارتفعت العقود 0.42بالمئة لتبلغ", "0.42بالمئة", "percent", "%"),
        ("وكان المعدن قفز حوالي 10بالمئة منذ", "حوالي 10بالمئة", "percent", "%"),
        ("صعد الذهب إلى 1323.84 دولارللأوقية (الأونصة)", "1323.84 دولار", "money", "USD"),
        ("وسجل الخام 65.63 دولارللبرميل", "65.63 دولار", "money", "USD"),
    ],
)
def test_a_marker_or_currency_glued_by_a_missed_space(
    text: str, span: str, kind: str, unit: str
) -> None:
    doc = factlib.extract(text)
    assert [(f.text, f.kind, f.unit) for f in doc.facts] == [(span, kind, unit)]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("في مطلع رجب ١٤٣٤هـ", "2013-05-11", "2013-05-20"),
        ("نهاية شوال 1436هـ", "2015-08-06", "2015-08-15"),  # its end was before its start
        ("منتصف رمضان 1439", "2018-05-26", "2018-06-04"),
        ("مطلع العام 1439هـ", "2017-09-21", "2017-12-18"),  # Muharram to Rabi al-Awwal
        ("نهاية فبراير 2016", "2016-02-21", "2016-02-29"),
    ],
)
def test_parts_of_a_hijri_month_or_year_are_its_own(text: str, start: str, end: str) -> None:
    doc = factlib.extract(text, reference_date="2018-01-01")
    (d,) = [f.date for f in doc.facts if f.date is not None]
    assert d.start is not None and d.end is not None
    assert (d.start.isoformat(), d.end.isoformat()) == (start, end)


@pytest.mark.regression
def test_a_range_from_min_takes_the_currency_of_the_money_before() -> None:
    doc = factlib.extract(
        "ستعيد شراء أسهم بما قيمته بين مليارين و2.5 مليار دولار هذا العام انخفاضا من مليارين"
        " إلى ثلاثة مليارات كانت رصدتها"
    )
    money = [(f.text, f.unit, f.low, f.high) for f in doc.facts if f.kind == "money"]
    assert money[-1] == ("من مليارين إلى ثلاثة مليارات", "USD", 2_000_000_000, 3_000_000_000)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وقف على قدمين ثابتتين", []),  # feet of a body
        ("سمع طنين الأذن", []),  # a buzz
        ("اشترى المزارع حصانين", []),
        ("بلغت مساحته هكتارين", [("هكتارين", 2, "ha")]),
        pytest.param(
            "بلغت مساحته الهكتارين",
            [("الهكتارين", 2, "ha")],
            marks=pytest.mark.xfail(
                reason="a unit's dual with its article is not read: the one text scan would try"
                " الجرا، الغال، الاوق at every word so opening (leaving it out, with one smaller"
                " saving, took 0.5% off extract's instructions)",
                strict=True,
            ),
        ),
        ("اشترى كيلو ونصف من اللحم", [("كيلو ونصف", 1.5, "kg")]),
    ],
)
def test_a_units_dual_alone_is_two_of_it(text: str, kept: list[tuple[str, float, str]]) -> None:
    doc = factlib.extract(text)
    assert [(f.text, f.value, f.unit) for f in doc.facts if f.kind == "measure"] == kept


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ref", "start"),
    [
        ("ففي ٢٠ من شهر صفر من العام الحالي قضى شاب", "2015-08-10", "2014-12-12"),
        ("في العشرين من صفر من العام الهجري الحالي", "2015-08-10", "2014-12-12"),
        ("في رمضان من العام الماضي", "2015-08-10", "2014-06-28"),  # Ramadan 1435
    ],
)
def test_a_hijri_month_of_this_year_is_in_the_hijri_year(text: str, ref: str, start: str) -> None:
    doc = factlib.extract(text, reference_date=ref)
    (d,) = [f.date for f in doc.facts]
    assert d is not None and d.start is not None and d.calendar == "hijri"
    assert d.start.isoformat() == start


# The sixteenth round's review (tests/test_regressions.py: one test per finding, its cases)


@pytest.mark.regression
@pytest.mark.parametrize(
    "text",
    ["فاز ميلان على إنتر 3 مرات.", "انتقل اللاعب إلى نادي الميلان الإيطالي", "غنت ميلين فارمر"],
)
def test_round_sixteen_review_milan_is_no_two_miles(text: str) -> None:
    assert [f.unit for f in factlib.extract(text).facts if f.kind == "measure"] == []


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "metric", "trend"),
    [
        ("بلغ صافي ربح الشركة 5 ملايين دولار.", "صافي ربح الشركة", None),
        ("بلغ ربح السهم 2.5 ريال.", "ربح السهم", None),
        ("وبلغ هامش ربح الشركة 12%.", "هامش ربح الشركة", None),
        # (the phrase after في when nothing is before the change; a subject before it wins:
        # سجل الدولار ارتفاعا في التعاملات المبكرة is the dollar's, the second review found)
        ("سجل ارتفاعا في المبيعات بنسبة 5%.", "المبيعات", "up"),
        ("وسجل الدولار ارتفاعا في التعاملات المبكرة بنسبة 0.5%.", "الدولار", "up"),
        ("وقررت الحكومة تقليص الإنفاق بنسبة 15%.", "الإنفاق", "down"),
        ("وقررت الحكومة خفض الضرائب بنسبة 10%.", "الضرائب", "down"),
        ("وسجل معدل دخل الأسر الأميركية زيادة بنسبة 1.8 بالمئة.", "معدل دخل الأسر الأميركية", "up"),
    ],
)
def test_round_sixteen_review_a_change_word_and_the_metric(
    text: str, metric: str, trend: str | None
) -> None:
    (claim,) = factlib.extract(text).claims
    assert (claim.metric, claim.trend) == (metric, trend)


@pytest.mark.regression
def test_round_sixteen_review_no_crash_on_a_press_order_period_with_no_reference() -> None:
    doc = factlib.extract("في 2016 الثلاثة أشهر الأولى من العام الحالي نفس العام")
    assert all(doc.text[f.start : f.end] == f.text for f in doc.facts)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وبلغ رقم المعاملات 120 مليون خلال السنة الماضية.", "120 مليون"),
        ("وبلغ الرقم الإجمالي 5000.", "5000"),
        ("ويبلغ عدد مستخدمي Facebook 2.2 مليار.", "2.2 مليار"),
        ("وبلغت قيمة Bitcoin 6000 أمس.", "6000"),
    ],
)
def test_round_sixteen_review_figures_after_raqm_or_a_latin_name_stay(text: str, kept: str) -> None:
    assert kept in [f.text for f in factlib.extract(text, reference_date="2018-07-12").facts]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        (
            "ارتفعت المبيعات خلال الستة أشهر الأولى من العام الماضي.",
            "الستة أشهر الأولى من العام الماضي",
            "2017-01-01",
        ),
        (
            "الأشهر الثلاثة الأولى من العام المقبل",
            "الأشهر الثلاثة الأولى من العام المقبل",
            "2019-01-01",
        ),
    ],
)
def test_round_sixteen_review_first_months_of_a_year_said_relative(
    text: str, span: str, start: str
) -> None:
    doc = factlib.extract(text, reference_date="2018-07-12")
    got = [(f.text, f.date.start.isoformat()) for f in doc.facts if f.date and f.date.start]
    assert (span, start) in got


@pytest.mark.regression
@pytest.mark.parametrize(
    "text",
    ["وفي العشرة أيام الأخيرة من رمضان يعتكف المسلمون.", "خلال الثلاث السنوات الأخيرة من حكمه"],
)
def test_round_sixteen_review_the_last_of_a_named_period_is_no_date_from_today(text: str) -> None:
    doc = factlib.extract(text, reference_date="2018-07-12")
    assert [f.kind for f in doc.facts if "الأخير" in f.text] == []
    assert "duration" in [f.kind for f in doc.facts]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ضخت السعودية 10.4 مليون برميل في اليوم الشهر الماضي.", "bbl/d"),
        ("صدرت روسيا 5 ملايين برميل في اليوم نفسه", "bbl"),
        ("بلغ الإنتاج 5 ملايين طن في العام ذاته", "t"),
    ],
)
def test_round_sixteen_review_a_rate_before_another_period(text: str, unit: str) -> None:
    doc = factlib.extract(text, reference_date="2018-07-12")
    assert [f.unit for f in doc.facts if f.kind == "measure"] == [unit]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال رئيس الوزراء، وسط تصفيق الحضور إن النمو بلغ 3%.", "رئيس الوزراء"),
        ("وقال الوزير، مخاطبا الحضور إن 5 مشاريع أنجزت.", "الوزير"),
        ("وقال المحلل الاقتصادي والتر بيهوفيت إن الذهب ارتفع 2%.", "والتر بيهوفيت"),
        ("وقال رئيس جمعية الرائد الخيرية محمد العلي إن الجمعية وزعت 500 سلة.", "محمد العلي"),
        ("وقال الملازم أول خالد الحربي إن 3 أشخاص أصيبوا.", "خالد الحربي"),
        ("قال مدير عام العقارات، سمير بن نصر إنه تم استرجاع 68 ألف هكتار.", "سمير بن نصر"),
    ],
)
def test_round_sixteen_review_speakers(text: str, speaker: str) -> None:
    (claim,) = factlib.extract(text).claims
    assert claim.speaker == speaker


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "في عام 2015 بلغت الأرباح 5 ملايين دولار. وقال النائب العام السابق إن التحقيق مستمر.",
            ["عام 2015"],
        ),
        ("قال الأمين العام السابق بان كي مون", []),
        ("قبل عقد أعلنت الحكومة خطة للإصلاح.", ["قبل عقد"]),
    ],
)
def test_round_sixteen_review_general_and_a_decade(text: str, dates: list[str]) -> None:
    doc = factlib.extract(text, reference_date="2018-07-12")
    assert [f.text for f in doc.facts if f.kind == "date"] == dates


@pytest.mark.regression
def test_round_sixteen_review_a_half_year_anchors_the_year_before() -> None:
    text = "في النصف الأول من 2017 زادت المبيعات 10% عن العام السابق."
    assert _last_date(text, "2018-07-12") == ("العام السابق", "2016-01-01", "2016-12-31", "year")


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "value"),
    [("بلغ طول الجدار 3 أمتار ونصف.", 3.5), ("يبلغ عمق البئر مترين ونصف.", 2.5)],
)
def test_round_sixteen_review_a_half_after_a_unit(text: str, value: float) -> None:
    doc = factlib.extract(text)
    assert [(f.kind, f.value) for f in doc.facts] == [("measure", value)]


@pytest.mark.regression
def test_round_sixteen_review_the_object_of_a_verb_that_opens_the_words() -> None:
    (claim,) = factlib.extract("وسيرفع طاقتها التكريرية بمقدار 400 ألف برميل في اليوم.").claims
    assert claim.metric == "طاقتها التكريرية"


@pytest.mark.regression
def test_muqabil_after_a_sale_is_no_comparison() -> None:
    text = "تأسست الشركة في 2010 وباعها مؤسسها مقابل 5 ملايين دولار في عام 2016، وفي العام التالي أفلست."
    assert _last_date(text, "2018-05-18") == ("العام التالي", "2017-01-01", "2017-12-31", "year")


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("شارك 300 ألف تظاهروا في الشوارع", [None]),  # a verb in the past plural
        ("وعددهم 513 عضوا", ["عضو"]),  # the accusative of عضو
    ],
)
def test_a_verb_in_wa_is_no_counted_noun(text: str, units: list[str | None]) -> None:
    assert [f.unit for f in factlib.extract(text).facts] == units


@pytest.mark.regression
def test_an_outlet_with_its_adjective_is_not_the_one_of_that_head_before() -> None:
    doc = factlib.extract(
        "وذكرت وكالة رويترز أن الأسعار ارتفعت 2%. وقالت الوكالة الفرنسية إن الإنتاج بلغ 5 ملايين طن."
    )
    assert [c.source for c in doc.claims] == ["وكالة رويترز", "الوكالة الفرنسية"]


# The sixteenth round's second review


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وارتفع مؤشر Nikkei 225 بنسبة 2%", ["2%"]),
        ("صدر تحديث iOS 11 الجديد", []),
        ("رقم الطوارئ 911", []),
        ("رقم الحساب 12345678", []),
        ("رقم الضحايا 45", ["45"]),
    ],
)
def test_round_sixteen_second_review_identifiers(text: str, kept: list[str]) -> None:
    assert [f.text for f in factlib.extract(text).facts] == kept


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "ref", "span", "start", "end"),
    [
        (
            "ارتفعت الأسعار خلال الأشهر الثلاثة الأخيرة من العام الماضي",
            "2018-07-12",
            "الأشهر الثلاثة الأخيرة من العام الماضي",
            "2017-10-01",
            "2017-12-31",
        ),
        (  # the year is not over: its last months are those up to the reference day
            "خلال السبعة أشهر الأخيرة من 2014",
            "2014-08-27",
            "السبعة أشهر الأخيرة من 2014",
            "2014-01-01",
            "2014-07-31",
        ),
    ],
)
def test_round_sixteen_second_review_the_last_months_of_a_year_said(
    text: str, ref: str, span: str, start: str, end: str
) -> None:
    (d,) = [f for f in factlib.extract(text, reference_date=ref).facts if f.date]
    assert d.date is not None and d.date.start is not None and d.date.end is not None
    assert (d.text, d.date.start.isoformat(), d.date.end.isoformat()) == (span, start, end)


@pytest.mark.regression
def test_round_sixteen_second_review_times_before_the_metric_are_left_out() -> None:
    text = "ويعني هذا أن مصر قد تراجعت للعام الثالث على التوالي حيث حصلت على 36 درجة في عام 2017"
    for claim in factlib.extract(text, reference_date="2018-06-03").claims:
        assert claim.metric is None or "للعام الثالث" not in claim.metric


@pytest.mark.regression
def test_round_sixteen_second_review_a_sale_verb_not_a_grant() -> None:
    # (حصل is no sale: 2014 is the comparison's base, and no other date is told)
    doc = factlib.extract("حصلت الشركة على 30% مقابل 25% في 2014، وفي العام التالي تراجعت")
    assert "العام التالي" not in [f.text for f in doc.facts]


@pytest.mark.regression
def test_round_sixteen_second_review_a_half_and_its_unit() -> None:
    (fact,) = factlib.extract("بلغ طول الجدار 4 أمتار ونصف متر.").facts
    assert (fact.text, fact.value, fact.unit) == ("4 أمتار ونصف متر", 4.5, "m")


@pytest.mark.regression
@pytest.mark.parametrize("ref", ["9999-12-31", "9999-12-30", "0001-01-01", "0001-01-05"])
@pytest.mark.parametrize(
    "text",
    [
        "الأحد المقبل",
        "غدا",
        "أمس",
        "يوم الجمعة",
        "مطلع الأسبوع المقبل",
        "بدءا من الأحد",
        "العقد المقبل",
    ],
)
def test_a_reference_day_at_the_calendars_ends_raises_nothing(text: str, ref: str) -> None:
    # (the days after 9999-12-31 and before 0001-01-01 overflowed: no relative day there)
    doc = factlib.extract(text, reference_date=ref)
    assert all(f.date is None or f.date.start is None for f in doc.facts)


@pytest.mark.regression
def test_a_rate_named_later_in_the_text_leaves_the_value_its_metric() -> None:
    # (بلغت نسبتها was searched for from the verb to the end of the text: a rate named in a
    # later sentence took the metric of the value before it, and a document of many articles
    # paid for a search to its end at every such verb)
    text = (
        "وفرضت الولايات المتحدة رسوما على السلع الصينية التي تبلغ قيمتها 200 مليار دولار. "
        "وقال إن الزيادة بلغت نسبتها 10%."
    )
    doc = factlib.extract(text)
    assert [c.metric for c in doc.claims] == ["السلع الصينية", "الزيادة"]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "في 2019 ارتفعت المبيعات، وفي الأشهر الستة الأولى من العام نفسه بلغت 5%",
            "الأشهر الستة الأولى من العام نفسه",
            "2019-01-01",
            "2019-06-30",
        ),
        (
            "في 2016 ارتفعت المبيعات، وفي الأشهر الثلاثة الأخيرة من العام نفسه بلغت 5%",
            "الأشهر الثلاثة الأخيرة من العام نفسه",
            "2016-10-01",
            "2016-12-31",
        ),
        (
            "في 2016 ارتفعت المبيعات، وفي الأشهر التسعة الأولى من العام التالي بلغت 5%",
            "الأشهر التسعة الأولى من العام التالي",
            "2017-01-01",
            "2017-09-30",
        ),
    ],
)
def test_the_first_or_last_months_of_the_storys_year(
    text: str, span: str, start: str, end: str
) -> None:
    # (they fell apart: a duration, an ordinal الأولى, and the year alone; التالي was read
    # as the reference's year)
    assert _last_date(text, "2020-05-10")[:3] == (span, start, end)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "start", "end", "grain"),
    [
        (
            "وفي عام 1440 هـ ارتفع العدد، وفي العام السابق بلغ 300",
            "2017-09-21",
            "2018-09-10",
            "year",
        ),
        (
            "في 15 رمضان 1440 هـ بلغ العدد 300، وفي العام التالي 400",
            "2019-08-31",
            "2020-08-19",
            "year",
        ),
        (
            "في شهر رمضان 1440 هـ بلغ العدد 300، وفي الشهر السابق 400",
            "2019-04-06",
            "2019-05-05",
            "month",
        ),
    ],
)
def test_the_storys_period_after_a_hijri_date_is_hijri(
    text: str, start: str, end: str, grain: str
) -> None:
    # (the period before a Hijri date was the Gregorian one before the reference's)
    (date,) = [f.date for f in factlib.extract(text, "2020-05-10").facts if f.kind == "date"][1:]
    assert date is not None
    assert (str(date.start), str(date.end), date.grain, date.calendar) == (
        start,
        end,
        grain,
        "hijri",
    )


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("لا يزيد عدد السكان عن 5 ملايين نسمة", "عدد السكان"),
        ("ممن يزيد دخلهم على 10 آلاف درهم في الشهر", "دخلهم"),
        ("شريطة ألا تقل قيمة الوديعة عن 7 ملايين جنيه", "قيمة الوديعة"),
    ],
)
def test_a_verb_that_bounds_the_figure_is_no_change(text: str, metric: str) -> None:
    # (يزيد was read as a rise, and the words it bounds as nothing)
    (claim,) = factlib.extract(text).claims
    assert (claim.metric, claim.trend) == (metric, None)


@pytest.mark.regression
def test_a_text_that_groups_thousands_with_dots_groups_them_all() -> None:
    # (9.599 was a decimal beside 1.742.000 in the same sentence)
    doc = factlib.extract("بلغ طول الشبكة 2.500 كيلومتر، وتخدم 1.742.000 مستخدم")
    assert [(f.text, f.value) for f in doc.facts] == [
        ("2.500 كيلومتر", 2500),
        ("1.742.000 مستخدم", 1742000),
    ]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "تعيد واشنطن فرض عقوباتها على مرحلتين.وتدخل المرحلة الأولى حيز التنفيذ الثلاثاء",
            ["تعيد واشنطن فرض عقوباتها على مرحلتين.", "وتدخل المرحلة الأولى حيز التنفيذ الثلاثاء"],
        ),
        ("قال د.محمد إن النمو بلغ 3.5%", ["قال د.محمد إن النمو بلغ 3.5%"]),
        ("تلتها مجموعة بي.إس.إيه بنسبة 16%", ["تلتها مجموعة بي.إس.إيه بنسبة 16%"]),
        ("نشر موقع العربية.نت الخبر", ["نشر موقع العربية.نت الخبر"]),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_ends_its_sentence(
    text: str, pieces: list[str]
) -> None:
    # (the figure before took the next sentence's day as its time)
    from factlib.sentences import sentences

    assert [text[a:b] for a, b in sentences(text)] == pieces


@pytest.mark.regression
def test_a_source_ends_at_a_full_stop_glued_to_the_next_word() -> None:
    text = "وانتقل مقابل 17 مليون جنيه استرليني بحسب تقديرات وسائل الإعلام.ويعتمد المدرب عليه"
    (claim,) = factlib.extract(text).claims
    assert claim.source == "تقديرات وسائل الإعلام"


@pytest.mark.regression
def test_a_reporting_verb_with_its_objects_pronoun_is_a_cue_only_after_a_markers_ma() -> None:
    # (أعلنه: he announced it; حسب ما أعلنته الوزيرة: as the minister announced it)
    doc = factlib.extract("وأعلنه الوزير أمس، وزار البلاد 5 ملايين سائح.")
    assert [c.cue for c in doc.claims] == [None]


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "ارتفعت الطلبات في 11 أغسطس، بزيادة 1% عن الطلبات للشهر نفسه من العام الماضي",
            "للشهر نفسه من العام الماضي",
            "2017-08-01",
            "2017-08-31",
        ),
        (
            "في 2016 بلغ العدد 300، مقارنة بـ200 للعام السابق",
            "للعام السابق",
            "2015-01-01",
            "2015-12-31",
        ),
        (
            "في 11 أغسطس، وبالشهر نفسه من العام الماضي",
            "الشهر نفسه من العام الماضي",
            "2017-08-01",
            "2017-08-31",
        ),
        ("في 11 أغسطس، ولليوم التالي", "لليوم التالي", "2018-08-12", "2018-08-12"),
    ],
)
def test_the_same_or_next_period_after_two_clitics_or_a_lost_alef(
    text: str, span: str, start: str, end: str
) -> None:
    # (للشهر نفسه, with ل over the article's alef, and وبالشهر, two clitics, were not read)
    assert _last_date(text, "2018-08-12")[:3] == (span, start, end)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "فاز بلقب الدوري عام 2014 والكأس المحلية قبلها بعام",
            "قبلها بعام",
            "2013-01-01",
            "2013-12-31",
        ),
        (
            "وقع الاتفاق في مارس 2016، ودخل حيز التنفيذ بعد ذلك بشهرين",
            "بعد ذلك بشهرين",
            "2016-05-01",
            "2016-05-31",
        ),
        (
            "ارتفعت في 20 جانفي 2017 الى 180 مقابل 147 قبل ذلك بسنة",
            "قبل ذلك بسنة",
            "2016-01-20",
            "2016-01-20",
        ),
        ("وصل في 31 يناير 2016 ثم عاد بعدها بشهر", "بعدها بشهر", "2016-02-29", "2016-02-29"),
    ],
)
def test_a_period_before_or_after_the_storys_date_by_so_much(
    text: str, span: str, start: str, end: str
) -> None:
    # (قبلها بعام gave nothing, بعدها بعامين a duration)
    assert _last_date(text, "2018-08-12")[:3] == (span, start, end)


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("وزادت الضغوط الأمريكية على 3 بنوك إيرانية", "exact"),
        ("يقل الطلب على 3 سلع", "exact"),
        ("وكشف الأمير يزيد بن محمد عن 5 مشاريع جديدة", "exact"),
        ("يزيد عدد السكان عن 5 ملايين نسمة", "gt"),
        ("ممن يزيد دخلهم على 10 آلاف درهم", "gt"),
        ("بخسارة زادت قليلا على 4%", "gt"),
    ],
)
def test_an_un_negated_verb_of_more_bounds_only_a_measured_noun(text: str, bound: str) -> None:
    # (the round's review: a verb and the preposition of its object, and a name, are no bound)
    (fact,) = factlib.extract(text).facts
    assert fact.bound == bound


@pytest.mark.regression
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وبلغ حجم التداول 2.345.678 دينار، وارتفع سعر لتر البنزين إلى 1.985 دينار", 1.985),
        ("تضاعفت المبيعات 1.125 مرة", 1.125),
        ("بلغ عدد الأطفال بمعدل 2.125 طفل", 2.125),
        ("ارتفع المؤشر 2.345 نقطة وبلغ عدد السكان 1.742.000 نسمة", 2.345),
    ],
)
def test_dots_stay_decimals_in_money_points_times_and_averages(text: str, value: float) -> None:
    # (the round's review: a text that groups thousands with dots made them all thousands)
    doc = factlib.extract(text)
    assert value in [f.value for f in doc.facts]


@pytest.mark.regression
def test_a_year_after_a_relative_month_that_disagrees_is_its_own_date() -> None:
    doc = factlib.extract("في شهر ديسمبر من العام الماضي 2016 وصل", reference_date="2015-07-31")
    assert [f.text for f in doc.facts] == ["شهر ديسمبر من العام الماضي", "2016"]


@pytest.mark.regression
def test_a_year_before_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "في الربع الأول من 2017 ارتفع، وقبلها بعام"
    assert _last_date(text, "2020-01-01") == ("قبلها بعام", "2016-01-01", "2016-03-31", "quarter")


@pytest.mark.regression
def test_a_year_before_a_hijri_day_is_not_read() -> None:
    doc = factlib.extract("في 5 رمضان 1440 هـ وقع، وقبلها بعام", reference_date="2020-01-01")
    assert [f.text for f in doc.facts] == ["5 رمضان 1440 هـ"]


@pytest.mark.regression
def test_a_relayed_source_after_a_markers_ma_stays_the_source() -> None:
    text = "أصدرت المحكمة حكمها بإعدام 75 متهما وفقا لما أوردته بوابة الأهرام."
    (claim,) = factlib.extract(text).claims
    assert claim.speaker is None
