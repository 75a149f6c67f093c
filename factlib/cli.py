"""Command line: ``factlib extract FILE... [options]``.

Plain text files are one document each; JSON lines files (``.jsonl``, or any
file with ``--text-field``) are one document per line. Output is written whole
or not at all: to standard output after everything succeeded, or to
``--output FILE`` through a temporary file renamed at the end, so an
interrupted run never leaves half a file. Errors go to standard error with exit
status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from factlib.calendars import as_reference_date
from factlib.display import value_text
from factlib.results import Extraction

__all__ = ["main"]

FORMATS = ("table", "json", "jsonl", "csv", "parquet")
CSV_FIELDS = (
    "source", "id", "kind", "start", "end", "text", "value", "low", "high", "bound", "unit",
    "date_start", "date_end", "date_grain", "date_calendar", "date_relative",
)  # fmt: skip


class UsageError(Exception):
    """A problem with the user's input: reported in one line, exit status 2."""


@dataclass
class Stats:
    documents: int = 0
    facts: int = 0
    claims: int = 0
    bytes: int = 0
    bad: int = 0
    started: float = field(default_factory=time.perf_counter)

    def line(self) -> str:
        seconds = time.perf_counter() - self.started
        rate = self.bytes / 1e6 / seconds if seconds > 0 else 0.0
        bad = f", {self.bad} bad records skipped" if self.bad else ""
        return (
            f"factlib: {self.documents} documents, {self.facts} facts, {self.claims} claims, "
            f"{seconds:.1f} s, {rate:.2f} MB/s{bad}"
        )


# ------------------------------------------------------------------ input


def _read_bytes(path: str) -> tuple[str, bytes]:
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read()
    try:
        with open(path, "rb") as fh:
            return path, fh.read()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a text file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror})") from None


def _decode(name: str, data: bytes, offset: int = 0) -> str:
    try:
        return data.decode("utf-8-sig" if offset == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: not valid UTF-8 at byte {offset + exc.start}") from None


def _record(where: str, raw: bytes, offset: int, text_field: str) -> dict[str, Any]:
    """One JSON lines record with its text field, or a UsageError that says what is wrong."""
    try:
        record = json.loads(_decode(where, raw, offset))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{where}: not a JSON object ({exc.msg})") from None
    if not isinstance(record, dict):
        raise UsageError(f"{where}: not a JSON object")
    if not isinstance(record.get(text_field), str):
        raise UsageError(f"{where}: no text field {text_field!r}")
    return record


def _documents(args: argparse.Namespace, stats: Stats) -> Iterator[tuple[str, str, Any]]:
    """(name, text, reference date) of every document of every input."""
    default_ref = as_reference_date(args.reference_date)
    for path in args.files:
        name, data = _read_bytes(path)
        if not (args.text_field or args.date_field or args.id_field or path.endswith(".jsonl")):
            yield name, _decode(name, data), default_ref
            continue
        text_field = args.text_field or "text"
        offset = 0
        for number, raw in enumerate(data.split(b"\n"), start=1):
            line_offset, offset = offset, offset + len(raw) + 1
            if not raw.strip():
                continue
            try:
                record = _record(f"{name}:{number}", raw, line_offset, text_field)
            except UsageError:
                if not args.skip_bad:
                    raise
                stats.bad += 1
                continue
            ref = default_ref
            if args.date_field and record.get(args.date_field):
                try:
                    ref = as_reference_date(record[args.date_field])
                except (TypeError, ValueError):
                    ref = default_ref  # an unreadable date in the data is no reason to stop
            doc_name = (
                str(record[args.id_field])
                if args.id_field and args.id_field in record
                else f"{name}:{number}"
            )
            yield doc_name, record[text_field], ref


# ------------------------------------------------------------------ output


def _table(source: str, doc: Extraction) -> str:
    lines = [f"# {source}: {len(doc.facts)} facts, {len(doc.claims)} claims"]
    header = ("id", "kind", "value", "unit", "bound", "span", "text")
    rows = [header]
    for f in doc.facts:
        text = f.text.replace("\n", " ")
        value = value_text(f, to="..")
        rows.append((str(f.id), f.kind, value, f.unit or "", f.bound, f"{f.start}-{f.end}", text))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1])
    return "\n".join(lines) + "\n"


def _csv_rows(source: str, doc: Extraction) -> list[dict[str, object]]:
    """The rows of :func:`factlib.batch.facts_rows`, named by source; the writer keeps
    the columns of :data:`CSV_FIELDS`."""
    from factlib.batch import facts_rows

    return [{"source": row.pop("doc_id"), **row} for row in facts_rows(doc, source)]


class _Writer:
    """Renders documents one by one into a text stream, in one of the formats."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt, self.out, self.count = fmt, out, 0
        self.csv = (
            csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n", extrasaction="ignore")
            if fmt == "csv"
            else None
        )
        if self.csv is not None:
            self.csv.writeheader()
        self.rows: list[dict[str, Any]] = []

    def add(self, source: str, doc: Extraction) -> None:
        self.count += 1
        if self.fmt == "json":
            if self.count > 1:
                raise UsageError(
                    "--format json prints one document; use --format jsonl for several"
                )
            self.out.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif self.fmt == "jsonl":
            self.out.write(
                json.dumps({"source": source, **doc.to_dict()}, ensure_ascii=False) + "\n"
            )
        elif self.csv is not None:
            self.csv.writerows(_csv_rows(source, doc))
        elif self.fmt == "parquet":
            from factlib.batch import facts_rows

            self.rows.extend(facts_rows(doc, source))
        else:
            self.out.write(("\n" if self.count > 1 else "") + _table(source, doc))


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        ext = os.path.splitext(args.output)[1].lstrip(".").lower()
        return {"jsonl": "jsonl", "json": "json", "csv": "csv", "parquet": "parquet"}.get(
            ext, "jsonl"
        )
    return "table"


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit="doc", file=sys.stderr)


def _run(args: argparse.Namespace, stats: Stats) -> None:
    from factlib.batch import extract_pairs

    fmt = _format_for(args)
    if fmt == "parquet" and not args.output:
        raise UsageError("--format parquet needs --output FILE.parquet")
    names: deque[str] = deque()  # read ahead of the results by the pool's window only

    def texts() -> Iterator[tuple[str, Any]]:
        for name, text, ref in _documents(args, stats):
            names.append(name)
            stats.bytes += len(text.encode("utf-8", "surrogatepass"))
            yield text, ref

    docs = extract_pairs(texts(), workers=args.workers, start_method=args.start_method)
    bar = _progress()
    target = args.output
    directory = os.path.dirname(os.path.abspath(target)) if target else None
    tmp = (
        tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8",
            newline="",
            delete=False,
            dir=directory,
            prefix=".factlib-",
            suffix=".part",
        )
        if target
        else None
    )
    buffer = io.StringIO()
    stream: Any = tmp if tmp is not None else buffer
    try:
        writer = _Writer(fmt, stream)
        for doc in docs:
            writer.add(names.popleft(), doc)
            stats.documents += 1
            stats.facts += len(doc.facts)
            stats.claims += len(doc.claims)
            if bar is not None:
                bar.update(1)
        if fmt == "parquet":
            _write_parquet(writer.rows, tmp)
        if tmp is not None:
            tmp.close()
            os.replace(tmp.name, target)
        else:
            sys.stdout.write(buffer.getvalue())
            sys.stdout.flush()
    except BaseException:
        if tmp is not None:
            tmp.close()
            os.unlink(tmp.name)  # whole results or nothing
        raise
    finally:
        if bar is not None:
            bar.close()


def _write_parquet(rows: list[dict[str, Any]], tmp: Any) -> None:
    try:
        import pandas as pd

        from factlib.batch import FACT_COLUMNS

        pd.DataFrame(rows, columns=FACT_COLUMNS).rename(columns={"doc_id": "source"}).to_parquet(
            tmp.name
        )
    except ImportError as exc:
        raise UsageError(
            f"--format parquet needs pandas and pyarrow ({exc.name} is missing)"
        ) from None


# ------------------------------------------------------------------ entry point


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factlib", description="Facts out of Arabic text.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract", help="extract the facts of UTF-8 text files or JSON lines corpora"
    )
    ex.add_argument(
        "files", nargs="+", metavar="FILE", help="text or .jsonl files; - reads standard input"
    )
    ex.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="publication day; relative dates resolve against it",
    )
    ex.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: table, or from --output's extension)",
    )
    ex.add_argument(
        "--output",
        metavar="FILE",
        help="write here (.jsonl, .json, .csv, .parquet), whole or not at all",
    )
    ex.add_argument(
        "--text-field",
        metavar="NAME",
        help="read FILEs as JSON lines, the text in this field (.jsonl: text)",
    )
    ex.add_argument("--date-field", metavar="NAME", help="JSON lines: the publication date field")
    ex.add_argument("--id-field", metavar="NAME", help="JSON lines: the field naming each document")
    ex.add_argument(
        "--workers", type=int, default=1, metavar="N", help="extract in N processes (default 1)"
    )
    ex.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        help="how --workers processes start (default: the platform's)",
    )
    ex.add_argument(
        "--skip-bad", action="store_true", help="skip malformed JSON lines and count them"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    stats = Stats()
    try:
        _run(args, stats)
    except (UsageError, ValueError) as exc:
        print(f"factlib: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factlib: interrupted; nothing was written", file=sys.stderr)
        return 130
    corpus = args.output or args.text_field or any(p.endswith(".jsonl") for p in args.files)
    if corpus:
        print(stats.line(), file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
