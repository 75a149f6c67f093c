"""A short run of the atheris fuzzing harness (the long runs are by hand)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_short_fuzz_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("atheris")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "article").write_bytes(
        (ROOT / "examples" / "data" / "article.txt").read_bytes()[:2000]
    )
    (seeds / "numbers").write_bytes(
        "بلغ 15 مليار دولار و٣٫٥٪ بين 10 و20 ألف شخص 26 شوال 1436 هـ".encode()
    )
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_extract.py"),
            "-atheris_runs=3000",
            "-seed=20251219",  # deterministic in CI; long random runs are by hand
            "-max_len=600",
            str(seeds),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr[-3000:]
