"""Many texts at once: order, processes, reference dates, one frame of facts."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import subprocess
import sys
import warnings
from typing import Any

import pytest

import factlib
from factlib import batch

TEXTS = [
    "قتل 3 أشخاص أمس",
    "بلغت الصادرات 5 مليارات ريال قطري عام 2024",
    "لا أرقام هنا",
    "ارتفع التضخم بنسبة ٣٫٥٪ الشهر الماضي",
] * 20


def test_extract_many_keeps_order_and_equals_extract() -> None:
    expected = [factlib.extract(t, reference_date="2025-12-19").to_dict() for t in TEXTS]
    got = [d.to_dict() for d in factlib.extract_many(TEXTS, "2025-12-19")]
    assert got == expected


@pytest.mark.parametrize("start_method", [None, *multiprocessing.get_all_start_methods()])
def test_extract_many_in_processes(start_method: str | None) -> None:
    """Each way a worker can start (fork, forkserver, spawn where the platform has them,
    and the platform's default) gives what one process gives, in the same order."""
    refs = ["2025-12-19", None, dt.date(2018, 5, 1), "2015-08-11"] * 20
    expected = [
        factlib.extract(t, reference_date=r).to_dict() for t, r in zip(TEXTS, refs, strict=True)
    ]
    with warnings.catch_warnings():
        method = multiprocessing.get_context(start_method).get_start_method()
        if method == "fork":  # the test process may hold threads (an earlier test's pool):
            # Python 3.12+ warns that forking it may deadlock, which is why the choice exists
            warnings.filterwarnings(
                "ignore", "This process .* is multi-threaded", DeprecationWarning
            )
        else:  # the others start clean processes: no warning at all
            warnings.simplefilter("error", DeprecationWarning)
        docs = factlib.extract_many(TEXTS, refs, workers=2, chunk_size=7, start_method=start_method)
        got = [d.to_dict() for d in docs]
    assert got == expected


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_rejects_a_start_method_at_the_call(workers: int | None) -> None:
    with pytest.raises(ValueError, match="start_method must be one of"):
        factlib.extract_many(TEXTS, workers=workers, start_method="thread")


def test_extract_many_in_processes_rejects_an_empty_chunk_at_the_call() -> None:
    """A chunk size of 0 with workers gave no results and no error before (without
    workers it is not used)."""
    with pytest.raises(ValueError, match="chunk_size must be at least 1 with workers, not 0"):
        factlib.extract_many(TEXTS, workers=2, chunk_size=0)
    assert len(list(factlib.extract_many(TEXTS[:3], chunk_size=0))) == 3


def test_extract_many_in_one_process_leaves_the_start_method_alone() -> None:
    """Asking multiprocessing for its default context fixes the start method for the
    process; a caller who sets it later (as scripts do at their start) must still be able to."""
    script = (
        "import multiprocessing, factlib\n"
        "list(factlib.extract_many(['قتل 3 أشخاص']))\n"
        "multiprocessing.set_start_method('spawn')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_extract_many_is_lazy_over_a_generator() -> None:
    stream = (t for t in TEXTS)
    first = next(factlib.extract_many(stream))
    assert first.facts[0].unit == "شخص"


def test_extract_many_mismatched_dates() -> None:
    with pytest.raises(ValueError):
        list(factlib.extract_many(TEXTS, ["2025-12-19"]))


def test_facts_frame() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"id": ["a", "b", "c"], "text": TEXTS[:3], "published": ["2025-12-19", None, "2015-08-11"]}
    )
    frame = factlib.facts_frame(df, id_column="id", date_column="published")
    assert list(frame["doc_id"].unique()) == ["a", "b"]
    assert {"kind", "value", "unit", "claim_speaker", "date_start"} <= set(frame.columns)
    money = frame[frame["kind"] == "money"].iloc[0]
    assert money["unit"] == "QAR" and money["value"] == 5_000_000_000
    with pytest.raises(KeyError, match="body"):
        factlib.facts_frame(df, text_column="body")


@pytest.mark.parametrize(
    ("count", "workers", "size"),
    [(50, 2, 4), (200, 2, 13), (863, 2, 54), (10_000, 2, 64), (3, 4, 1), (0, 2, 1)],
)
def test_the_chunk_size_follows_the_number_of_texts(count: int, workers: int, size: int) -> None:
    """Every worker gets eight chunks where it can, at most 64 texts each: a single chunk of
    64 on 50 texts kept one worker busy and the other idle (0.71x one process)."""
    assert batch._chunk_size(count, workers) == size


def test_extract_many_in_processes_with_the_chosen_chunk_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Eighty texts on two workers: chunks of 5, the results in order."""
    sizes: list[int] = []
    in_processes = batch._in_processes

    def record(pairs: Any, workers: int, chunk_size: int, context: Any) -> Any:
        sizes.append(chunk_size)
        return in_processes(pairs, workers, chunk_size, context)

    monkeypatch.setattr(batch, "_in_processes", record)
    expected = [factlib.extract(t, reference_date="2025-12-19").to_dict() for t in TEXTS]
    with warnings.catch_warnings():  # fork from a process an earlier test made threaded
        warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
        got = [d.to_dict() for d in factlib.extract_many(TEXTS, "2025-12-19", workers=2)]
    assert got == expected
    assert sizes == [5]


def test_extract_many_chooses_the_chunk_size_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sizes: list[int] = []

    def record(pairs: object, workers: int, chunk_size: int, context: object) -> list[object]:
        sizes.append(chunk_size)
        return []

    monkeypatch.setattr(batch, "_in_processes", record)
    factlib.extract_many(TEXTS[:50], workers=2)  # a list: its length is known
    factlib.extract_many(iter(TEXTS[:50]), workers=2)  # a stream: the most
    factlib.extract_many(TEXTS[:50], workers=2, chunk_size=5)
    batch.extract_pairs([(t, None) for t in TEXTS[:50]], workers=2)
    assert sizes == [4, 64, 5, 4]
