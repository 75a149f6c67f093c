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
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
if str(ROOT) not in sys.path:  # mkdocs does not put the repository on the path
    sys.path.insert(0, str(ROOT))

from tests.corpus_format import rows as corpus_rows  # noqa: E402  (the tests' own reader)

LAYOUTS = {
    "numbers": (5, ("text", "kind", "value", "span", "unit")),
    "dates": (9, ("text", "ref", "kind", "span", "start", "end", "grain", "calendar", "extra")),
    "quantities": (8, ("text", "kind", "span", "value", "low", "high", "bound", "unit")),
    "claims": (9, ("text", "ref", "fact", "speaker", "cue", "source", "metric", "time", "trend")),
}


def _cell(x: str) -> str:
    return html.escape(x).replace("|", "&#124;")


def corpus_page(name: str) -> str:
    width, columns = LAYOUTS[name]
    rows = corpus_rows(name, width)
    lines = [
        f"# Supported forms: {name}",
        "",
        f"Generated from `tests/corpus/{name}.tsv` ({len(rows)} examples); every row is also a test.",
        "A `none` row is a negative example: text that must give no such fact.",
        "",
    ]
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines += [
                "",
                f"## {section}",
                "",
                "| " + " | ".join(columns) + " |",
                "|" + "---|" * len(columns),
            ]
        lines.append("| " + " | ".join(_cell(c) for c in row.cols) + " |")
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
