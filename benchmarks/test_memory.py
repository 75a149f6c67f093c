"""Memory must stay flat in the number of documents: a stream of 2000 documents
through :func:`factlib.extract_many` peaks no higher than a stream of 200, and
keeps nothing once the results are consumed (no cache that grows with input)."""

from __future__ import annotations

import gc
import itertools
import tracemalloc
from typing import Any

import factlib
from factlib.batch import extract_pairs


def _stream(docs: list[tuple[str, str | None]], n: int) -> tuple[float, float]:
    """Peak and retained traced memory (MB) while ``n`` documents stream through."""
    pairs = itertools.islice(itertools.cycle(docs), n)
    gc.collect()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    facts = 0
    for doc in extract_pairs(pairs):
        facts += len(doc.facts)  # consume, keep nothing
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    return (peak - before) / 1e6, (current - before) / 1e6


def test_memory_flat_in_documents(
    benchmark: Any, corpus: tuple[str, list[tuple[str, str | None]]]
) -> None:
    docs = corpus[1][:200]
    factlib.extract(docs[0][0], reference_date=docs[0][1])  # lexicons and patterns, once
    tracemalloc.start()
    try:
        _stream(docs, 200)  # warm the bounded caches
        small = _stream(docs, 200)
        large = _stream(docs, 2000)
    finally:
        tracemalloc.stop()
    benchmark.extra_info["peak_MB_200_docs"] = round(small[0], 2)
    benchmark.extra_info["peak_MB_2000_docs"] = round(large[0], 2)
    benchmark.extra_info["retained_MB_2000_docs"] = round(large[1], 2)
    print(
        f"\n  peak over 200 docs {small[0]:.2f} MB, over 2000 docs {large[0]:.2f} MB;"
        f" retained after 2000 docs {large[1]:.2f} MB"
    )
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
