"""The public API and the output contract (../shared/CONTRACT.md, schema factlib/1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factlib
from tests.conftest import ROOT

ARTICLE = (ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")

FACT_KEYS = {"id", "kind", "start", "end", "text", "value", "low", "high", "bound", "unit", "date"}
CLAIM_KEYS = {
    "fact",
    "metric",
    "metric_span",
    "time",
    "speaker",
    "cue",
    "source",
    "trend",
    "sentence",
}
KINDS = {"number", "ordinal", "percent", "money", "measure", "count", "date", "duration"}
BOUNDS = {"exact", "approx", "gt", "ge", "lt", "le", "range"}


def test_to_dict_follows_the_contract() -> None:
    doc = factlib.extract(ARTICLE, reference_date="2025-12-19")
    d = doc.to_dict()
    assert set(d) == {"schema", "reference_date", "facts", "claims"}
    assert d["schema"] == "factlib/1"
    assert d["reference_date"] == "2025-12-19"
    json.dumps(d, ensure_ascii=False)  # serialisable as is
    assert d["facts"], "the article has figures"
    for i, f in enumerate(d["facts"]):
        assert set(f) == FACT_KEYS
        assert f["id"] == i
        assert f["kind"] in KINDS
        assert f["bound"] in BOUNDS
        assert ARTICLE[f["start"] : f["end"]] == f["text"]
    for c in d["claims"]:
        assert set(c) == CLAIM_KEYS


def test_article_figures() -> None:
    doc = factlib.extract(ARTICLE)
    found = {(f.kind, f.text, f.value) for f in doc.facts}
    assert ("count", "أكثر من 340 مشروعًا", 340) in found
    assert ("count", "14 دولة", 14) in found
    assert ("money", "15 مليار دولار", 15_000_000_000) in found
    assert ("count", "أكثر من 30 دولة", 30) in found


def test_results_are_frozen_and_slotted() -> None:
    doc = factlib.extract("ارتفع التضخم إلى ٣٫٥٪")
    fact = doc.facts[0]
    assert fact.kind == "percent" and fact.value == 3.5 and fact.unit == "%"
    for obj in (doc, fact):
        assert not hasattr(obj, "__dict__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            obj.text = "x"  # type: ignore[misc]


def test_results_pickle_and_copy_whole() -> None:
    """extract_many sends results between processes: every field of every result type
    comes back, and the copy is frozen and slotted as the original."""
    import copy
    import pickle

    doc = factlib.extract(ARTICLE, "2025-12-19")
    assert doc.claims and any(f.date is not None for f in doc.facts)
    for back in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc), copy.copy(doc)):
        assert back == doc and back.to_dict() == doc.to_dict()
        for obj in (
            back,
            back.facts[0],
            back.claims[0],
            next(f.date for f in back.facts if f.date),
        ):
            assert type(obj).__reduce__ is not object.__reduce__
            assert not hasattr(obj, "__dict__")
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(obj, dataclasses.fields(obj)[0].name, None)


@pytest.mark.parametrize(
    "ref",
    [
        dt.date(2025, 12, 19),
        dt.datetime(2025, 12, 19, 10, 30),
        "2025-12-19",
        "2025-12-19T08:00:00",
        "19/12/2025",
        "Fri, 19 Dec 2025 23:59:59 -0500",  # RSS: the date written, in its own zone
        "19 Dec 2025 08:00",
        "Fri,19 December 2025 08:00:00 GMT",  # what the fast reading leaves to email.utils
    ],
)
def test_reference_date_forms(ref: object) -> None:
    assert factlib.extract("", reference_date=ref).reference_date == dt.date(2025, 12, 19)  # type: ignore[arg-type]


_DAYS = st.sampled_from(["Mon, ", "Fri,", "", "Xyz, "])
_ZONES = st.sampled_from(
    ["", " GMT", " UT", " UTC", " +0000", " -0500", " +0330", " +2359", " +0099", " EST", " Z"]
)
_DAY_OR_MORE = st.sampled_from([" +2400", " -2400", " +9999"])  # zones email.utils refuses


@settings(max_examples=400, deadline=None)
@given(
    _DAYS,
    st.integers(0, 32),
    st.sampled_from(["Jan", "Feb", "Sep", "Dec", "sep", "Sept", "September"]),
    st.sampled_from(["1899", "1999", "2000", "2024", "9999", "0099", "0999", "99"]),
    st.sampled_from(["00:00", "23:59:59", "24:00", "07:42:53", "7:42", "12:60"]),
    st.one_of(_ZONES, _DAY_OR_MORE),
)
def test_rss_dates_read_as_email_utils_reads_them(
    weekday: str, day: int, month: str, year: str, time: str, zone: str
) -> None:
    """RSS's "Wed, 05 Sep 2018 17:12:12 GMT" is read without email.utils where its form is
    the usual one; the date must be the one email.utils gives (or fail where it fails)."""
    from email.utils import parsedate_to_datetime

    from factlib.calendars import _date_of_string

    text = f"{weekday}{day:02d} {month} {year} {time}{zone}"
    try:
        expected: dt.date | None = parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        expected = None
    try:
        got: dt.date | None = _date_of_string.__wrapped__(text)
    except ValueError:
        got = None
    assert got == expected


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        factlib.extract(b"\xd8\xa7")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        factlib.extract(None)  # type: ignore[arg-type]
    for bad in ("أمس", "2025-13-45", "31/02/2025"):
        with pytest.raises(ValueError, match="ISO"):
            factlib.extract("نص", reference_date=bad)
    with pytest.raises(TypeError):
        factlib.extract("نص", reference_date=20251219)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        factlib.parse_number(340)  # type: ignore[arg-type]


def test_empty_text_gives_an_empty_extraction() -> None:
    doc = factlib.extract("")
    assert doc.facts == () and doc.claims == ()
    assert doc.to_dict()["facts"] == []


def test_parse_number_whole_phrase_only() -> None:
    assert factlib.parse_number("ثلاثمائة وأربعون") == 340
    assert factlib.parse_number(" ١٥ مليار ") == 15_000_000_000
    assert factlib.parse_number("مليار ونصف") == 1_500_000_000
    assert factlib.parse_number("ذهب الرجل") is None
    assert factlib.parse_number("3 و 4 و 5") is None
    assert factlib.parse_number("") is None


def test_to_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    frame = factlib.extract(ARTICLE).to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == len(factlib.extract(ARTICLE).facts)


def test_import_is_cheap() -> None:
    """Nothing heavy at import: no regex compilation, no dateparser, no data loading."""
    code = (
        "import sys, factlib; "
        "heavy = [m for m in ('dateparser', 'regex', 'factlib.numbers', 'pandas') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_dir_lists_the_api() -> None:
    for name in ("extract", "parse_number", "normalize", "Extraction", "Fact", "Claim"):
        assert name in dir(factlib)
    with pytest.raises(AttributeError):
        factlib.nope  # noqa: B018


def test_article_has_exactly_its_five_dates() -> None:
    doc = factlib.extract(ARTICLE, reference_date="2025-12-19")
    dates = [(f.text, f.date.to_dict()) for f in doc.facts if f.kind == "date" and f.date]
    assert dates == [
        (
            "اليوم الجمعة",
            {
                "start": "2025-12-19",
                "end": "2025-12-19",
                "grain": "day",
                "calendar": "gregorian",
                "relative": True,
            },
        ),
        (
            "لعام 2026",
            {
                "start": "2026-01-01",
                "end": "2026-12-31",
                "grain": "year",
                "calendar": "gregorian",
                "relative": False,
            },
        ),
        (
            "من 2026 إلى 2028",
            {
                "start": "2026-01-01",
                "end": "2028-12-31",
                "grain": "year",
                "calendar": "gregorian",
                "relative": False,
            },
        ),
        (
            "عام 2025",
            {
                "start": "2025-01-01",
                "end": "2025-12-31",
                "grain": "year",
                "calendar": "gregorian",
                "relative": False,
            },
        ),
        (
            "الأول من يناير 2026",
            {
                "start": "2026-01-01",
                "end": "2026-01-01",
                "grain": "day",
                "calendar": "gregorian",
                "relative": False,
            },
        ),
    ]
    years = {"2025", "2026", "2028"}
    assert not [f for f in doc.facts if f.kind == "number" and f.text in years]


def test_relative_dates_without_reference_are_found_unresolved() -> None:
    doc = factlib.extract(ARTICLE)
    today = doc.facts[0]
    assert today.text == "اليوم الجمعة" and today.date is not None
    assert today.date.start is None and today.date.end is None and today.date.relative


def test_parse_date() -> None:
    v = factlib.parse_date("الأول من يناير 2026")
    assert v is not None and v.start == v.end == dt.date(2026, 1, 1) and v.grain == "day"
    v = factlib.parse_date("رمضان 1446")
    assert v is not None and v.calendar == "hijri" and v.start == dt.date(2025, 3, 1)
    assert factlib.parse_date("ذهب الرجل إلى السوق") is None


@pytest.mark.parametrize("text", ["٣٫٥٪", "%25", "10^-3", "1e-3", "2.5E3", "3000", "0900"])
def test_parse_date_leaves_figures_that_no_date_is_written_as(text: str) -> None:
    """A percent, a power or four digits outside the years read is one number: dateparser
    would make a day of it (3 May, 19 December 3000)."""
    assert factlib.parse_date(text, "2025-12-19") is None


@pytest.mark.parametrize(
    ("text", "year"),
    [("2026", 2026), ("٢٠٢٦.", 2026), ("(۱۹۹۰)", 1990), ("في 1500", 1500), ("منذ 2019", 2019)],
)
def test_parse_date_reads_four_digits_alone_as_their_year(text: str, year: int) -> None:
    """dateparser put the reference's day in the year: 2026 was 19 December 2026."""
    assert factlib.parse_date(text, "2025-12-19") == factlib.DateValue(
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    )


def test_article_has_exactly_its_four_claims() -> None:
    doc = factlib.extract(ARTICLE, reference_date="2025-12-19")
    quantities = [f for f in doc.facts if f.kind in ("money", "measure", "count", "percent")]
    assert [(f.kind, f.text, f.value, f.unit, f.bound) for f in quantities] == [
        ("count", "أكثر من 340 مشروعًا", 340, "مشروع", "gt"),
        ("count", "14 دولة", 14, "دولة", "exact"),
        ("money", "15 مليار دولار", 15_000_000_000, "USD", "gt"),
        ("count", "أكثر من 30 دولة", 30, "دولة", "gt"),
    ]
    assert [c.fact for c in doc.claims] == [f.id for f in quantities]
    assert {c.speaker for c in doc.claims} == {"فلاديمير بوتين"}
    money = doc.claims[2]
    assert money.metric == "إجمالي العائدات بالعملة الصعبة من التعاون العسكري-التقني"
    assert money.metric_span is not None
    assert ARTICLE[money.metric_span[0] : money.metric_span[1]] == money.metric
    assert money.cue == "كشف"
    for c in doc.claims:
        a, b = c.sentence
        fact = doc.facts[c.fact]
        assert a <= fact.start and fact.end <= b


def test_measure_converts_with_the_arabic_units() -> None:
    barrels = factlib.extract("تنتج المملكة نحو 10 ملايين برميل يوميا").facts[0]
    assert (barrels.unit, barrels.bound) == ("bbl/d", "approx")
    assert barrels.convert("m3/d").value == pytest.approx(1_589_873, rel=1e-4)  # the oil barrel
    tonnes = factlib.extract("أنتجت 3 ملايين طن").facts[0]
    assert tonnes.convert("kg").value == pytest.approx(3e9)  # طن is the metric tonne
    feddans = factlib.extract("مساحة 12 ألف فدان").facts[0]
    assert feddans.convert("ha").value == pytest.approx(5040.996)
    with pytest.raises(ValueError, match="measure"):
        factlib.extract("14 دولة").facts[0].convert("kg")


def test_facts_are_numbered_in_order_and_frozen() -> None:
    from dataclasses import FrozenInstanceError

    doc = factlib.extract("أعلن الوزير 5 ملايين دولار و3 مشاريع في 12 يناير 2020")
    assert [f.id for f in doc.facts] == list(range(len(doc.facts))) and len(doc.facts) >= 3
    with pytest.raises(FrozenInstanceError):
        doc.facts[0].id = 9  # type: ignore[misc]


def test_results_take_the_arguments_dataclasses_wrote_for_them() -> None:
    """Results are built through their slots (``results._built_through_slots``): each
    takes the parameters and defaults of the ``__init__`` dataclasses wrote, by position
    or by name, and gives the same frozen instance."""
    import inspect

    doc = factlib.extract(ARTICLE, "2025-12-19")
    date = next(f.date for f in doc.facts if f.date)
    for obj in (doc, doc.facts[0], doc.claims[0], date):
        cls = type(obj)
        own = dataclasses.fields(cls)
        reference = dataclasses.make_dataclass(
            cls.__name__,
            [
                (f.name, f.type)
                if f.default is dataclasses.MISSING
                else (f.name, f.type, dataclasses.field(default=f.default))
                for f in own
            ],
            frozen=True,
            slots=True,
        )

        def shape(c: type) -> list[tuple[str, object, object]]:
            return [(p.name, p.default, p.kind) for p in inspect.signature(c).parameters.values()]

        assert shape(cls) == shape(reference)
        values = [getattr(obj, f.name) for f in own]
        for built in (cls(*values), cls(**{f.name: getattr(obj, f.name) for f in own})):
            assert built == obj and not hasattr(built, "__dict__")
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(built, own[0].name, None)
        required = [f.name for f in own if f.default is dataclasses.MISSING]
        bare = cls(*(getattr(obj, name) for name in required))
        assert [getattr(bare, f.name) for f in own] == [
            getattr(reference(*(getattr(obj, name) for name in required)), f.name) for f in own
        ]
