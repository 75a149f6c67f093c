"""The command line over corpora: JSON lines in, whole files out, bad records counted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

RECORDS = [
    {"id": f"n{i}", "published": "2018-09-05", "text": t}
    for i, t in enumerate(["قتل 3 أشخاص أمس", "بلغت الصادرات 5 مليارات ريال", "لا أرقام"] * 10)
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factlib", *args], capture_output=True, text=True, cwd=cwd or ROOT
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    "workers",
    [["--workers", "1"], ["--workers", "2"], ["--workers", "2", "--start-method", "spawn"]],
)
def test_jsonl_output_file_and_summary(corpus: Path, tmp_path: Path, workers: list[str]) -> None:
    """With spawn, each worker imports the parent's main module again, unless it is a
    package's ``__main__`` (``python -m factlib``'s is); the command works with all three."""
    out = tmp_path / "facts.jsonl"
    res = run("extract", str(corpus), "--date-field", "published", "--id-field", "id",
              "--output", str(out), *workers)  # fmt: skip
    assert res.returncode == 0, res.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"] for x in lines] == [r["id"] for r in RECORDS]
    assert res.stdout == ""
    assert "30 documents" in res.stderr and "MB/s" in res.stderr
    assert not list(tmp_path.glob(".factlib-*")), "no temporary file left"


def test_csv_and_parquet(corpus: Path, tmp_path: Path) -> None:
    res = run("extract", str(corpus), "--output", str(tmp_path / "facts.csv"))
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8").startswith("source,id,kind")
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    res = run(
        "extract", str(corpus), "--output", str(tmp_path / "facts.parquet"), "--id-field", "id"
    )
    assert res.returncode == 0, res.stderr
    frame = pd.read_parquet(tmp_path / "facts.parquet")
    assert set(frame["kind"]) >= {"count", "money"} and frame["source"].iloc[0] == "n0"


def test_bad_record_fails_whole_and_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(corpus.read_bytes() + b'{"id": "x", "text": 5}\n{broken\n')
    out = tmp_path / "facts.jsonl"
    res = run("extract", str(bad), "--output", str(out))
    assert res.returncode == 2
    assert "bad.jsonl:31" in res.stderr and "Traceback" not in res.stderr
    assert not out.exists() and not list(tmp_path.glob(".factlib-*"))


def test_skip_bad_counts_them(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(
        corpus.read_bytes() + b'{"id": "x", "text": 5}\n{broken\n' + b'{"text": "\xff"}\n'
    )
    out = tmp_path / "facts.jsonl"
    res = run("extract", str(bad), "--output", str(out), "--skip-bad")
    assert res.returncode == 0, res.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 30
    assert "3 bad records skipped" in res.stderr


def test_undecodable_line_names_file_line_and_byte(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    head = corpus.read_bytes()
    bad.write_bytes(head + b'{"text": "\xff"}\n')
    res = run("extract", str(bad))
    assert res.returncode == 2
    assert f"bad.jsonl:31: not valid UTF-8 at byte {len(head) + 10}" in res.stderr


def test_parquet_needs_an_output(corpus: Path) -> None:
    res = run("extract", str(corpus), "--format", "parquet")
    assert res.returncode == 2 and "--output" in res.stderr
