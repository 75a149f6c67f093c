"""Notebooks are stored without outputs (CI runs them; stale outputs would lie)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "examples").rglob("*.ipynb"))


def test_there_are_seven_lessons_and_their_solutions() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert sum(1 for n in names if not n.endswith("_solutions.ipynb")) >= 7
    assert sum(1 for n in names if n.endswith("_solutions.ipynb")) >= 7


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_stored_without_outputs(path) -> None:  # type: ignore[no-untyped-def]
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_each_lesson_ends_with_exercises(path) -> None:  # type: ignore[no-untyped-def]
    nb = json.loads(path.read_text(encoding="utf-8"))
    text = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "Exercise" in text or "exercise" in text, path.name
