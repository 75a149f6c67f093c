"""Benchmark inputs: the bundled article, and a corpus of real news.

The corpus is ``../shared/corpus/arabic_news.jsonl`` when it is there (863
articles); otherwise the benchmark builds one from the repository's own example
corpora, so the suite runs on a user's clone too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTLIB_SHARED", ROOT.parent / "shared"))


def _corpus() -> tuple[str, list[tuple[str, str | None]]]:
    path = SHARED / "corpus" / "arabic_news.jsonl"
    if path.exists():
        docs = []
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            docs.append((record["text"], record.get("published")))
        return "shared corpus", docs
    from tests.corpus_format import CORPUS_DIR, rows

    texts = [row.cols[0] for tsv in sorted(CORPUS_DIR.glob("*.tsv")) for row in rows(tsv.stem, 1)]
    docs = [("\n".join(texts[i : i + 40]), "2025-12-19") for i in range(0, len(texts), 40)]
    return "repository example corpora", docs


@pytest.fixture(scope="session")
def article() -> str:
    return (ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus() -> tuple[str, list[tuple[str, str | None]]]:
    return _corpus()


# The cold start: a fresh interpreter imports factlib and extracts the article (run from
# the repository's root). The benchmark times it; scripts/count_instructions.py counts it.
COLD_START = (
    "import factlib, pathlib; "
    "factlib.extract(pathlib.Path('examples/data/article.txt').read_text(encoding='utf-8'))"
)


def cached_bytecode_env(cache: Path | str) -> dict[str, str]:
    """This environment with the bytecode cached in ``cache``, as after ``pip install``
    (a machine with ``PYTHONDONTWRITEBYTECODE`` set compiles the sources at every start)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6
