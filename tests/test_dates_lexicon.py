"""The date lexicon stays in step with its sources (CLDR via babel, Umm al-Qura via hijridate)."""

from __future__ import annotations

import datetime as dt

import pytest

from factlib import calendars as cal
from factlib.arabic import phrase_key
from factlib.date_words import date_words
from factlib.lexicon import load

babel_dates = pytest.importorskip("babel.dates")
hijridate = pytest.importorskip("hijridate")

DATA = load("dates")


@pytest.mark.parametrize("locale", DATA["cldr_locales"])
def test_every_cldr_month_name_is_known(locale: str) -> None:
    """dateparser-style: the lexicon is derived from CLDR and a test keeps it so."""
    names = babel_dates.get_month_names("wide", locale=locale)
    months = date_words().months
    for number in range(1, 13):
        key = phrase_key(names[number])
        assert months.get(key) == ("gregorian", number), (
            f"{locale}: {names[number]} is month {number}"
        )


def test_every_cldr_weekday_is_known() -> None:
    names = babel_dates.get_day_names("wide", locale="ar")
    weekdays = date_words().weekdays
    for number in range(7):
        assert weekdays[phrase_key(names[number])] == number


@pytest.mark.parametrize("year", [1380, 1436, 1446, 1447, 1460])
def test_hijri_months_match_hijridate(year: int) -> None:
    for month in range(1, 13):
        length = hijridate.Hijri(year, month, 1).month_length()
        first = dt.date(*hijridate.Hijri(year, month, 1).to_gregorian().datetuple())
        last = dt.date(*hijridate.Hijri(year, month, length).to_gregorian().datetuple())
        assert cal.hijri_month_span(year, month) == (first, last)
        assert cal.hijri_day(year, month, 1) == (first, first)
    assert cal.hijri_year_span(year) == (
        cal.hijri_month_span(year, 1)[0],
        cal.hijri_month_span(year, 12)[1],
    )  # type: ignore[index]


def test_outside_umm_al_qura_gives_none() -> None:
    assert cal.hijri_month_span(1600, 1) is None
    assert cal.hijri_day(1436, 2, 30) is None or cal.hijri_day(1436, 2, 30)[0].year == 2014  # type: ignore[index]


def test_known_conversion() -> None:
    assert cal.hijri_day(1436, 10, 26) == (dt.date(2015, 8, 11), dt.date(2015, 8, 11))
    assert cal.hijri_month_span(1446, 9) == (dt.date(2025, 3, 1), dt.date(2025, 3, 29))
