"""Speed of the hot path, as throughput (MB/s of UTF-8) and as ratios to peers
run in the same session: dateparser's ``search_dates`` (the design's date
library) and a bare ``regex`` pass over digit runs (the ceiling of any
pure-Python regex pipeline). No assertion on time: figures are reported.

    python -m pytest benchmarks --benchmark-autosave
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

import factlib
from benchmarks.conftest import COLD_START, cached_bytecode_env, mb

RESULTS: dict[str, float] = {}


def _record(benchmark: Any, name: str, megabytes: float) -> None:
    """Throughput of the best round: on a shared machine other work only ever slows a
    round (means of the same code moved by 20-60% between runs), so the best one is
    the steadiest measure of the code, for factlib and its peers alike."""
    best = benchmark.stats.stats.min
    RESULTS[name] = megabytes / best
    benchmark.extra_info["MB"] = round(megabytes, 4)
    benchmark.extra_info["MB_per_s"] = round(megabytes / best, 3)


def test_normalize_article(benchmark: Any, article: str) -> None:
    benchmark(factlib.normalize, article)
    _record(benchmark, "normalize", mb([article]))


def test_parse_number(benchmark: Any) -> None:
    phrases = ["اثنان وعشرون ألفًا وسبعمائة وتسعون", "١٥٫٥ مليار", "مليار ونصف", "ثلاثمائة وأربعون"]
    benchmark(lambda: [factlib.parse_number(p) for p in phrases])
    _record(benchmark, "parse_number", mb(phrases))


def test_parse_date(benchmark: Any) -> None:
    phrases = ["الأول من يناير 2026", "26 شوال 1436 هـ", "الأسبوع الماضي", "الربع الأول من 2025"]
    benchmark(lambda: [factlib.parse_date(p, "2025-12-19") for p in phrases])
    _record(benchmark, "parse_date", mb(phrases))


def test_extract_article(benchmark: Any, article: str) -> None:
    benchmark(factlib.extract, article, "2025-12-19")
    _record(benchmark, "extract article", mb([article]))


@pytest.fixture(scope="module")
def sample(corpus: tuple[str, list[tuple[str, str | None]]]) -> list[tuple[str, str | None]]:
    return corpus[1][:200]


def test_extract_corpus(benchmark: Any, sample: list[tuple[str, str | None]]) -> None:
    def run() -> None:
        for text, ref in sample:
            factlib.extract(text, reference_date=ref)

    benchmark.pedantic(run, rounds=3, iterations=1)
    _record(benchmark, "extract corpus", mb([t for t, _ in sample]))


def test_extract_sentences(benchmark: Any, sample: list[tuple[str, str | None]]) -> None:
    """The same text cut into its sentences, one ``extract`` call each: headlines, posts
    and captions are short, and there the cost of a call counts as much as its text."""
    from factlib.sentences import sentences

    short = [(text[a:b], ref) for text, ref in sample[:100] for a, b in sentences(text)]

    def run() -> None:
        for text, ref in short:
            factlib.extract(text, reference_date=ref)

    benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    benchmark.extra_info["calls"] = len(short)
    _record(benchmark, "extract sentences", mb([t for t, _ in short]))


def test_extract_many_two_workers(benchmark: Any, sample: list[tuple[str, str | None]]) -> None:
    """The batch API on two worker processes (pool start included): what a researcher gets
    from a two-core machine without writing any parallel code."""
    texts = [t for t, _ in sample]
    refs = [r for _, r in sample]

    def run() -> None:
        list(factlib.extract_many(texts, reference_dates=refs, workers=2))

    benchmark.pedantic(run, rounds=3, iterations=1)
    _record(benchmark, "extract_many, 2 workers", mb(texts))


PEER_TEXTS = 40  # dateparser reads about 0.2 MB/s: the first 40 articles, not all 200


def test_extract_dateparser_texts(benchmark: Any, sample: list[tuple[str, str | None]]) -> None:
    """``extract`` on the texts dateparser's ``search_dates`` reads below, so that the ratio
    of the two is taken on the same texts, and what each finds there is counted."""
    texts = sample[:PEER_TEXTS]
    docs = benchmark.pedantic(
        lambda: [factlib.extract(t, reference_date=r) for t, r in texts], rounds=3, iterations=1
    )
    facts = [f for doc in docs for f in doc.facts]
    benchmark.extra_info["facts"] = len(facts)
    benchmark.extra_info["dates"] = sum(f.kind == "date" for f in facts)
    benchmark.extra_info["claims"] = sum(len(doc.claims) for doc in docs)
    _record(benchmark, "extract, dateparser's texts", mb([t for t, _ in texts]))


def test_peer_dateparser_search_dates(benchmark: Any, sample: list[tuple[str, str | None]]) -> None:
    from dateparser.search import search_dates

    texts = [t for t, _ in sample[:PEER_TEXTS]]
    found = benchmark.pedantic(
        lambda: [search_dates(t, languages=["ar"]) or [] for t in texts], rounds=3, iterations=1
    )
    dates = [phrase for pairs in found for phrase, _ in pairs]
    benchmark.extra_info["dates"] = len(dates)
    benchmark.extra_info["dates_of_a_figure"] = sum(map(_figure_no_year, dates))
    _record(benchmark, "dateparser.search_dates", mb(texts))


def _figure_no_year(phrase: str) -> bool:
    """A phrase of figures alone that is no year nor clock time (43, 3.5, 10%, 4517): what
    dateparser makes a date of, as a reader would not."""
    bare = phrase.strip(" \t،,.“”\"'/")
    if any(c.isalpha() for c in bare) or ":" in bare or not any(c.isdigit() for c in bare):
        return False
    return not (bare.isdigit() and len(bare) == 4 and 1900 <= int(bare) <= 2100)


def test_peer_bare_regex_digits(benchmark: Any, sample: list[tuple[str, str | None]]) -> None:
    import regex

    digits = regex.compile(r"\d+(?:[.,٫٬]\d+)*")
    texts = [t for t, _ in sample]
    benchmark(lambda: [digits.findall(t) for t in texts])
    _record(benchmark, "bare regex digits", mb(texts))


def test_cold_start(benchmark: Any, tmp_path: Any) -> None:
    """import factlib plus the first extract of the article, in a fresh interpreter, minus a bare one.

    As the environment runs it (a machine with ``PYTHONDONTWRITEBYTECODE`` set compiles
    factlib's sources at every start), and again with the bytecode cached, as after
    ``pip install``: the cache goes to a temporary ``PYTHONPYCACHEPREFIX``, not the tree.
    """

    def run(env: dict[str, str] | None = None) -> None:
        subprocess.run([sys.executable, "-c", COLD_START], check=True, env=env)

    def bare() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True)

    import os
    import time

    def seconds(job: Any, *args: Any) -> float:
        t = time.perf_counter()
        job(*args)
        return time.perf_counter() - t

    # each the best of five: a start is never sped up by other work on the machine
    baseline = min(seconds(bare) for _ in range(5))
    benchmark.pedantic(run, rounds=5, iterations=1)
    benchmark.extra_info["seconds_beyond_bare_interpreter"] = round(
        benchmark.stats.stats.min - baseline, 3
    )
    cached = cached_bytecode_env(tmp_path)
    run(cached)  # writes the cache
    benchmark.extra_info["seconds_beyond_bare_interpreter_bytecode_cached"] = round(
        min(seconds(run, cached) for _ in range(5)) - baseline, 3
    )
    benchmark.extra_info["environment_writes_bytecode"] = not os.environ.get(
        "PYTHONDONTWRITEBYTECODE"
    )


def test_zz_report() -> None:
    """Print the throughputs and the ratios of the session (runs last by name)."""
    if not RESULTS:
        pytest.skip("no benchmark ran")
    ours = RESULTS.get("extract corpus")
    print()
    for name, rate in RESULTS.items():
        print(f"  {name:26} {rate:10.3f} MB/s")
    same = RESULTS.get("extract, dateparser's texts")
    if same and "dateparser.search_dates" in RESULTS:
        print(f"  extract / dateparser       {same / RESULTS['dateparser.search_dates']:10.1f} x")
    if ours and "bare regex digits" in RESULTS:
        print(f"  bare regex / extract       {RESULTS['bare regex digits'] / ours:10.1f} x")
