"""Lexicon hygiene: every data file is clean Unicode, documented, and free of duplicates."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from factlib.lexicon import load, names
from factlib.number_words import words

LEXICONS = names()


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def test_there_are_lexicons() -> None:
    assert "numbers" in LEXICONS


@pytest.mark.parametrize("name", LEXICONS)
def test_documented(name: str) -> None:
    data = load(name)
    assert data.get("about"), f"{name}.json says nothing about what it holds"
    assert data.get("provenance"), f"{name}.json does not say where its words come from"


@pytest.mark.parametrize("name", LEXICONS)
def test_clean_unicode(name: str) -> None:
    for s in _strings(load(name)):
        assert unicodedata.normalize("NFC", s) == s, f"{s!r} is not NFC"
        bad = [c for c in s if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"]
        assert not bad, f"{s!r} has presentation forms {bad}"
        assert "\u0640" not in s, f"{s!r} has tatweel"
        # fold() does not look for the digits beyond the BMP that normalize() folds
        assert max(s, default=" ") <= "\uffff", f"{s!r} has a character beyond the BMP"


@pytest.mark.parametrize("name", LEXICONS)
def test_no_duplicate_keys_or_list_items(name: str) -> None:
    path = resources.files("factlib") / "data" / f"{name}.json"

    def no_dup_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"duplicate keys in {name}.json: {keys}"
        return dict(pairs)

    data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_dup_keys)

    def walk(node: Any) -> None:
        if isinstance(node, list):
            plain = [x for x in node if isinstance(x, str)]
            assert len(plain) == len(set(plain)), f"duplicates in {name}.json: {plain}"
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)

    walk(data)


def test_generated_number_forms_are_unambiguous() -> None:
    # words() raises when two lemmas generate the same folded form with different meanings
    table = words()
    assert table["ثلاثه"].value == 3
    assert table["الفا"].form == "acc"
    assert table["مئتا"].value == 200
    assert table["ثمانمائه"].value == 800
    assert len(table) > 150
