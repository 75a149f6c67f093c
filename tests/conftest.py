"""Shared test helpers: where the read-only shared data lives, and how to skip without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTLIB_SHARED", ROOT.parent / "shared"))
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is missing: the shared data sits beside the repository only on "
            "the developers' machines (set FACTLIB_SHARED to point elsewhere)"
        )
    return path
