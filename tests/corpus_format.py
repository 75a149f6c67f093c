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


def read(name: str) -> list[Example]:
    path = CORPUS_DIR / f"{name}.tsv"
    section = ""
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if raw.startswith("## "):
            section = raw[3:].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t") + [""] * 4
        text, kind, value, span, unit = cols[:5]
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
