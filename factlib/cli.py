"""Command line: ``factlib extract FILE... [--reference-date D] [--format F]``.

Output is built whole and written once, so a failure never leaves half a
result; errors go to stderr with exit status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence

from factlib.calendars import as_reference_date
from factlib.pipeline import extract
from factlib.results import Extraction

__all__ = ["main"]

FORMATS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = (
    "source",
    "id",
    "kind",
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "date_start",
    "date_end",
    "date_grain",
    "date_calendar",
    "date_relative",
)


class UsageError(Exception):
    """A problem with the user's input: reported in one line, exit status 2."""


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = path
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise UsageError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise UsageError(f"{path}: is a directory, not a text file") from None
        except OSError as exc:
            raise UsageError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: not valid UTF-8 at byte {exc.start}") from None


def _records(
    path: str, text: str, args: argparse.Namespace, default_ref: object
) -> list[tuple[str, Extraction]]:
    """One document per JSON line: ``--text-field``, ``--date-field``, ``--id-field``."""
    docs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{number}: not a JSON object ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get(args.text_field), str):
            raise UsageError(f"{path}:{number}: no text field {args.text_field!r}")
        ref = default_ref
        if args.date_field and record.get(args.date_field):
            try:
                ref = as_reference_date(record[args.date_field])
            except (TypeError, ValueError):
                ref = default_ref  # an unreadable date in the data is no reason to stop
        name = (
            str(record[args.id_field])
            if args.id_field and args.id_field in record
            else f"{path}:{number}"
        )
        docs.append((name, extract(record[args.text_field], reference_date=ref)))  # type: ignore[arg-type]
    return docs


def _table(source: str, doc: Extraction) -> str:
    lines = [f"# {source}: {len(doc.facts)} facts, {len(doc.claims)} claims"]
    header = ("id", "kind", "value", "unit", "bound", "span", "text")
    rows = [header]
    for f in doc.facts:
        value: object = "" if f.value is None else f.value
        if f.date is not None:
            value = (
                f"{f.date.start}..{f.date.end}" if f.date.start else "relative, no reference date"
            )
        if f.low is not None or f.high is not None:
            value = f"{f.low}..{f.high}"
        rows.append(
            (
                str(f.id),
                f.kind,
                str(value),
                f.unit or "",
                f.bound,
                f"{f.start}-{f.end}",
                f.text.replace("\n", " "),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1])
    return "\n".join(lines) + "\n"


def _csv_rows(source: str, doc: Extraction) -> list[dict[str, object]]:
    rows = []
    for f in doc.facts:
        d = f.to_dict()
        date = d.pop("date") or {}
        rows.append({"source": source, **d, **{f"date_{k}": v for k, v in date.items()}})
    return rows


def _render(docs: list[tuple[str, Extraction]], fmt: str) -> str:
    if fmt == "json":
        if len(docs) != 1:
            raise UsageError("--format json prints one document; use --format jsonl for several")
        return json.dumps(docs[0][1].to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(
            json.dumps({"source": s, **d.to_dict()}, ensure_ascii=False) + "\n" for s, d in docs
        )
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for s, d in docs:
            writer.writerows(_csv_rows(s, d))
        return buf.getvalue()
    return "\n".join(_table(s, d) for s, d in docs)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factlib", description="Facts out of Arabic text.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract the facts of one or more UTF-8 text files")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    ex.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="publication day; relative dates resolve against it",
    )
    ex.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    ex.add_argument(
        "--text-field",
        metavar="NAME",
        help="read the FILEs as JSON lines, the text in this field (.jsonl files: text)",
    )
    ex.add_argument("--date-field", metavar="NAME", help="JSON lines: the publication date field")
    ex.add_argument("--id-field", metavar="NAME", help="JSON lines: the field naming each document")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        ref = as_reference_date(args.reference_date)
        docs: list[tuple[str, Extraction]] = []
        for path in args.files:
            text = _read(path)
            if args.text_field or args.date_field or args.id_field or path.endswith(".jsonl"):
                args.text_field = args.text_field or "text"
                docs.extend(_records(path, text, args, ref))
            else:
                docs.append((path, extract(text, reference_date=ref)))
        out = _render(docs, args.format)
    except (UsageError, ValueError) as exc:
        print(f"factlib: error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(out)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
