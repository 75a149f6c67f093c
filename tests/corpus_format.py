"""Reader for the example corpora in tests/corpus (one TSV file per dimension).

Columns: ``text  kind  value  span  unit``; ``## Title`` lines open a section;
``#`` lines are comments. The same reader feeds the tests and the docs tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


@dataclass(frozen=True)
class Example:
    section: str
    line: int
    text: str
    kind: str
    value: Fraction | None
    span: str
    unit: str

    @property
    def id(self) -> str:
        return f"L{self.line}"


@dataclass(frozen=True)
class Row:
    section: str
    line: int
    cols: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"L{self.line}"


def rows(name: str, width: int) -> list[Row]:
    """Data lines of ``tests/corpus/<name>.tsv``, padded to ``width`` columns."""
    path = CORPUS_DIR / f"{name}.tsv"
    section = ""
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if raw.startswith("## "):
            section = raw[3:].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = (raw.split("\t") + [""] * width)[:width]
        out.append(Row(section, n, tuple(cols)))
    return out


def read(name: str) -> list[Example]:
    """The number-style corpus: ``text kind value span unit``."""
    out = []
    for row in rows(name, 5):
        text, kind, value, span, unit = row.cols
        section, n = row.section, row.line
        out.append(
            Example(
                section=section,
                line=n,
                text=text,
                kind=kind,
                value=Fraction(value) if value else None,
                span=span or text.strip(),
                unit=unit,
            )
        )
    return out
