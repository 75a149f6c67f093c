"""Many texts at once: order, processes, reference dates, one frame of facts."""

from __future__ import annotations

import datetime as dt

import pytest

import factlib

TEXTS = [
    "قتل 3 أشخاص أمس",
    "بلغت الصادرات 5 مليارات ريال قطري عام 2024",
    "لا أرقام هنا",
    "ارتفع التضخم بنسبة ٣٫٥٪ الشهر الماضي",
] * 20


def test_extract_many_keeps_order_and_equals_extract() -> None:
    expected = [factlib.extract(t, reference_date="2025-12-19").to_dict() for t in TEXTS]
    got = [d.to_dict() for d in factlib.extract_many(TEXTS, "2025-12-19")]
    assert got == expected


def test_extract_many_in_processes() -> None:
    refs = ["2025-12-19", None, dt.date(2018, 5, 1), "2015-08-11"] * 20
    expected = [
        factlib.extract(t, reference_date=r).to_dict() for t, r in zip(TEXTS, refs, strict=True)
    ]
    got = [d.to_dict() for d in factlib.extract_many(TEXTS, refs, workers=2, chunk_size=7)]
    assert got == expected


def test_extract_many_is_lazy_over_a_generator() -> None:
    stream = (t for t in TEXTS)
    first = next(factlib.extract_many(stream))
    assert first.facts[0].unit == "شخص"


def test_extract_many_mismatched_dates() -> None:
    with pytest.raises(ValueError):
        list(factlib.extract_many(TEXTS, ["2025-12-19"]))


def test_facts_frame() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"id": ["a", "b", "c"], "text": TEXTS[:3], "published": ["2025-12-19", None, "2015-08-11"]}
    )
    frame = factlib.facts_frame(df, id_column="id", date_column="published")
    assert list(frame["doc_id"].unique()) == ["a", "b"]
    assert {"kind", "value", "unit", "claim_speaker", "date_start"} <= set(frame.columns)
    money = frame[frame["kind"] == "money"].iloc[0]
    assert money["unit"] == "QAR" and money["value"] == 5_000_000_000
    with pytest.raises(KeyError, match="body"):
        factlib.facts_frame(df, text_column="body")
