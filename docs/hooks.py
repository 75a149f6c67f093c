"""mkdocs hooks: pages generated at build time, so the docs never rot.

* ``generated/<dimension>.md``: the tables of supported forms, read from the
  example corpora in ``tests/corpus`` (Duckling-style: the corpus is the test
  suite and the documentation).
* ``notebooks/``: the teaching notebooks and their data, copied from
  ``examples/`` and executed by mkdocs-jupyter.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

LAYOUTS = {
    "numbers": (5, ("text", "kind", "value", "span", "unit")),
    "dates": (9, ("text", "ref", "kind", "span", "start", "end", "grain", "calendar", "extra")),
    "quantities": (8, ("text", "kind", "span", "value", "low", "high", "bound", "unit")),
    "claims": (9, ("text", "ref", "fact", "speaker", "cue", "source", "metric", "time", "trend")),
}


def _rows(name: str, width: int) -> list[tuple[str, list[str]]]:
    section = ""
    out = []
    for raw in (ROOT / "tests" / "corpus" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if raw.startswith("## "):
            section = raw[3:].strip()
        elif raw.strip() and not raw.startswith("#"):
            out.append((section, (raw.split("\t") + [""] * width)[:width]))
    return out


def _cell(x: str) -> str:
    return html.escape(x).replace("|", "&#124;")


def corpus_page(name: str) -> str:
    width, columns = LAYOUTS[name]
    rows = _rows(name, width)
    lines = [
        f"# Supported forms: {name}",
        "",
        f"Generated from `tests/corpus/{name}.tsv` ({len(rows)} examples); every row is also a test.",
        "A `none` row is a negative example: text that must give no such fact.",
        "",
    ]
    section = None
    for sec, cols in rows:
        if sec != section:
            section = sec
            lines += [
                "",
                f"## {sec}",
                "",
                "| " + " | ".join(columns) + " |",
                "|" + "---|" * len(columns),
            ]
        lines.append("| " + " | ".join(_cell(c) for c in cols) + " |")
    return "\n".join(lines) + "\n"


def on_pre_build(config: Any, **_: Any) -> None:
    generated = DOCS / "generated"
    generated.mkdir(exist_ok=True)
    for name in LAYOUTS:
        (generated / f"{name}.md").write_text(corpus_page(name), encoding="utf-8")
    notebooks = DOCS / "notebooks"
    if notebooks.exists():
        shutil.rmtree(notebooks)
    notebooks.mkdir()
    for nb in sorted((ROOT / "examples").glob("*.ipynb")):
        shutil.copy(nb, notebooks / nb.name)
    shutil.copytree(ROOT / "examples" / "data", notebooks / "data")
