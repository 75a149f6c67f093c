"""Lexicons are data files shipped in ``factlib/data``, read once, on first use.

Keeping words in data (not in code) lets a test check them all for spelling
hygiene (NFC, no presentation forms, no duplicates) and lets a user see where
each list comes from: every file carries ``about`` and ``provenance`` keys.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["load", "names"]


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon ``factlib/data/<name>.json``."""
    path = resources.files("factlib") / "data" / f"{name}.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def names() -> list[str]:
    """Names of all shipped lexicons."""
    folder = resources.files("factlib") / "data"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))
