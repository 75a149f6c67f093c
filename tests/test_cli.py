"""The command line, end to end, on real files in temporary folders."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factlib.cli import main
from tests.conftest import ROOT

ARTICLE = ROOT / "examples" / "data" / "article.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factlib", *args], input=stdin, capture_output=True, cwd=ROOT
    )


def test_table_of_the_article() -> None:
    out = run("extract", str(ARTICLE))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "15 مليار دولار" in text and "15000000000" in text and "USD" in text
    assert text.splitlines()[1].split() == ["id", "kind", "value", "unit", "bound", "span", "text"]


def test_json_is_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["extract", str(ARTICLE), "--format", "json", "--reference-date", "2025-12-19"]) == 0
    )
    d = json.loads(capsys.readouterr().out)
    assert d["schema"] == "factlib/1" and d["reference_date"] == "2025-12-19"
    article = ARTICLE.read_text(encoding="utf-8")
    assert all(article[f["start"] : f["end"]] == f["text"] for f in d["facts"])


def test_jsonl_names_each_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("بلغ العدد ثلاثمائة وأربعون", encoding="utf-8")
    b.write_text("ارتفع بنسبة ٣٫٥٪", encoding="utf-8")
    assert main(["extract", str(a), str(b), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["source"] for x in lines] == [str(a), str(b)]
    assert lines[0]["facts"][0]["value"] == 340
    assert lines[1]["facts"][0]["kind"] == "percent"


def test_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ARTICLE), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and rows[0]["source"] == str(ARTICLE)
    assert any(
        r["text"] == "15 مليار دولار" and r["value"] == "15000000000" and r["unit"] == "USD"
        for r in rows
    )


def test_stdin() -> None:
    out = run("extract", "-", "--format", "json", stdin="خمسة وعشرون ألفًا".encode())
    assert out.returncode == 0
    assert json.loads(out.stdout)["facts"][0]["value"] == 25000


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "is a directory"),
    ],
)
def test_bad_paths(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    out = run("extract", setup(tmp_path))
    assert out.returncode == 2
    assert message in out.stderr.decode()
    assert b"Traceback" not in out.stderr and out.stdout == b""


def test_undecodable_file_names_the_byte(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("عدد ".encode() + b"\xff\xfe 5")
    out = run("extract", str(ARTICLE), str(bad))
    assert out.returncode == 2
    err = out.stderr.decode()
    assert "bad.txt" in err and "byte 7" in err
    assert out.stdout == b"", "whole results or nothing"


def test_bad_reference_date() -> None:
    out = run("extract", str(ARTICLE), "--reference-date", "yesterday")
    assert out.returncode == 2 and b"ISO" in out.stderr


def test_json_with_several_files_points_to_jsonl() -> None:
    out = run("extract", str(ARTICLE), str(ARTICLE), "--format", "json")
    assert out.returncode == 2 and b"jsonl" in out.stderr


def test_jsonl_input_with_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "news.jsonl"
    records = [
        {"id": "a1", "published": "Wed, 05 Sep 2018 17:12:12", "body": "قتل 3 أشخاص أمس"},
        {"id": "a2", "published": "2015-08-11", "body": "بلغت الصادرات 5 مليارات ريال"},
    ]
    corpus.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8"
    )
    argv = [
        "extract",
        str(corpus),
        "--text-field",
        "body",
        "--date-field",
        "published",
        "--id-field",
        "id",
    ]
    assert main([*argv, "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["source"] for x in lines] == ["a1", "a2"]
    assert lines[0]["reference_date"] == "2018-09-05"
    assert lines[0]["facts"][0]["unit"] == "شخص"
    assert (
        next(f for f in lines[0]["facts"] if f["kind"] == "date")["date"]["start"] == "2018-09-04"
    )
    assert lines[1]["facts"][0]["unit"] == "SAR"


def test_malformed_jsonl_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "5 دول"}\n{broken\n', encoding="utf-8")
    out = run("extract", str(bad))
    assert out.returncode == 2 and b"bad.jsonl:2" in out.stderr and out.stdout == b""
    missing = tmp_path / "missing_field.jsonl"
    missing.write_text('{"body": "5 دول"}\n', encoding="utf-8")
    out = run("extract", str(missing))
    assert out.returncode == 2 and b"text" in out.stderr


def test_csv_columns_are_the_fact_columns_without_the_claim() -> None:
    """The CLI spells its CSV columns out (importing factlib.batch for them would slow every
    run's start-up); they must stay the batch columns, named by source, claims left out."""
    from factlib.batch import FACT_COLUMNS
    from factlib.cli import CSV_FIELDS

    assert CSV_FIELDS == ("source", *(c for c in FACT_COLUMNS[1:] if not c.startswith("claim_")))
