"""The documentation site builds with ``mkdocs build --strict``: no broken link, no
missing page, the corpus tables generated, the notebooks executed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    out = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    site = tmp_path / "site"
    assert (site / "index.html").exists()
    numbers = (site / "generated" / "numbers" / "index.html").read_text(encoding="utf-8")
    assert "ثلاثمائة وأربعون" in numbers or "ثلاثمائة" in numbers
    assert (site / "notebooks" / "01_quickstart" / "index.html").exists()
