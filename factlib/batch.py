"""Many texts at once: an order-preserving parallel iterator, and one DataFrame of facts.

``extract`` is a pure function of its text and reference date, so a corpus
parallelises over processes with no shared state. Texts are read and sent in
chunks, and only a bounded number of chunks is in flight, so memory stays flat
however long the corpus is.

How the worker processes start is the caller's choice (``start_method``), because the
platform's default is not one thing: ``fork`` on Linux up to Python 3.13, ``forkserver``
there from 3.14, ``spawn`` on macOS and Windows. ``fork`` copies a process that may hold
threads (a Jupyter kernel, a Dask client), which can deadlock and is deprecated for that
case from Python 3.12; the other two start clean but run the caller's main module again,
so a script that uses them must keep its work under ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import multiprocessing
from collections.abc import Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any

from factlib.pipeline import extract
from factlib.results import Extraction

__all__ = [
    "FACT_COLUMNS",
    "extract_many",
    "extract_pairs",
    "facts_frame",
    "facts_rows",
    "rows_frame",
]

RefDate = dt.date | dt.datetime | str | None

CHUNK_SIZE = 64
"""The most texts sent to a worker at once: about 0.16 MB of news articles, 0.08 s of
work, large enough that sending and pickling stay a few percent of it, and the chunk
size of a stream, whose length is not known."""

CHUNKS_PER_WORKER = 8
"""How many chunks each worker gets, at least, when the number of texts is known. The
last chunk to finish holds the others up; at one eighth of a worker's share the wait is
short. On 200 news articles and two workers, chunks of 64 ran 1.34x one process and
chunks of 13 ran 1.57x; on 50 articles a single chunk of 64 ran 0.71x (docs/scaling.md)."""

FACT_COLUMNS = [
    "doc_id", "id", "kind", "start", "end", "text", "value", "low", "high", "bound", "unit",
    "date_start", "date_end", "date_grain", "date_calendar", "date_relative",
    "claim_metric", "claim_time", "claim_speaker", "claim_cue", "claim_source", "claim_trend",
    "claim_sentence_start", "claim_sentence_end",
]  # fmt: skip


def _extract_chunk(chunk: list[tuple[str, RefDate]]) -> list[Extraction]:
    return [extract(text, reference_date=ref) for text, ref in chunk]


def _pairs(
    texts: Iterable[str], reference_dates: RefDate | Iterable[RefDate]
) -> Iterator[tuple[str, RefDate]]:
    if reference_dates is None or isinstance(reference_dates, (str, dt.date)):
        return ((t, reference_dates) for t in texts)
    return zip(texts, reference_dates, strict=True)


def extract_many(
    texts: Iterable[str],
    reference_dates: RefDate | Iterable[RefDate] = None,
    workers: int | None = None,
    chunk_size: int | None = None,
    start_method: str | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``texts``, in order; ``workers`` > 1 runs them in that many processes.

    ``reference_dates`` is one date for every text, or an iterable with one per
    text (None for none). Bad input raises as :func:`factlib.extract` does.
    ``chunk_size`` is how many texts a worker gets at once; None chooses: for texts
    whose number is known (a list) enough chunks that every worker gets
    :data:`CHUNKS_PER_WORKER`, at most :data:`CHUNK_SIZE` texts each, and for a stream
    :data:`CHUNK_SIZE`. ``start_method`` (``"fork"``, ``"forkserver"`` or ``"spawn"``;
    None: the platform's default) says how the worker processes start; see the
    module's notes.

    >>> [len(doc.facts) for doc in extract_many(["قتل 3 أشخاص", "لا أرقام هنا"])]
    [1, 0]
    """
    if chunk_size is None and isinstance(texts, Sized):
        chunk_size = _chunk_size(len(texts), workers)
    return extract_pairs(_pairs(texts, reference_dates), workers, chunk_size, start_method)


def _chunk_size(count: int, workers: int | None) -> int:
    """The chunk size that gives each of ``workers`` :data:`CHUNKS_PER_WORKER` chunks of
    ``count`` texts, between 1 and :data:`CHUNK_SIZE`."""
    per_chunk = math.ceil(count / (max(workers or 1, 1) * CHUNKS_PER_WORKER))
    return max(1, min(CHUNK_SIZE, per_chunk))


def extract_pairs(
    pairs: Iterable[tuple[str, RefDate]],
    workers: int | None = None,
    chunk_size: int | None = None,
    start_method: str | None = None,
) -> Iterator[Extraction]:
    """:func:`extract_many` over ``(text, reference_date)`` pairs.

    A start method this platform lacks, or with workers a ``chunk_size`` below 1, raises
    ``ValueError`` here, at the call, not at the first result (the results are computed
    as they are read). Without workers nothing of ``multiprocessing`` is touched: asking
    for its default context would fix the process's start method for good."""
    if start_method is not None:
        methods = multiprocessing.get_all_start_methods()
        if start_method not in methods:
            raise ValueError(f"start_method must be one of {methods} here, not {start_method!r}")
    if not workers or workers <= 1:
        return (extract(text, reference_date=ref) for text, ref in pairs)
    if chunk_size is None:
        chunk_size = _chunk_size(len(pairs), workers) if isinstance(pairs, Sized) else CHUNK_SIZE
    if chunk_size < 1:  # islice(pairs, 0) is empty: no results at all, and no error
        raise ValueError(f"chunk_size must be at least 1 with workers, not {chunk_size}")
    context = None if start_method is None else multiprocessing.get_context(start_method)
    return _in_processes(iter(pairs), workers, chunk_size, context)


def _in_processes(
    pairs: Iterator[tuple[str, RefDate]],
    workers: int,
    chunk_size: int,
    context: BaseContext | None,
) -> Iterator[Extraction]:
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: list[Future[list[Extraction]]] = []
        chunks = iter(lambda: list(itertools.islice(pairs, chunk_size)), [])
        for chunk in chunks:
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= 2 * workers:  # a bounded window keeps memory flat
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def facts_rows(doc: Extraction, doc_id: Any = None) -> list[dict[str, Any]]:
    """One dict per fact: the contract's fields, the date flattened, its claim joined."""
    claims = {c.fact: c for c in doc.claims}
    rows = []
    for f in doc.facts:
        d = f.date
        c = claims.get(f.id)
        rows.append(
            {
                "doc_id": doc_id,
                "id": f.id,
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "bound": f.bound,
                "unit": f.unit,
                "date_start": None if d is None or d.start is None else d.start.isoformat(),
                "date_end": None if d is None or d.end is None else d.end.isoformat(),
                "date_grain": None if d is None else d.grain,
                "date_calendar": None if d is None else d.calendar,
                "date_relative": None if d is None else d.relative,
                "claim_metric": None if c is None else c.metric,
                "claim_time": None if c is None else c.time,
                "claim_speaker": None if c is None else c.speaker,
                "claim_cue": None if c is None else c.cue,
                "claim_source": None if c is None else c.source,
                "claim_trend": None if c is None else c.trend,
                "claim_sentence_start": None if c is None else c.sentence[0],
                "claim_sentence_end": None if c is None else c.sentence[1],
            }
        )
    return rows


def facts_frame(
    df: Any,
    text_column: str = "text",
    id_column: str | None = None,
    date_column: str | None = None,
    workers: int | None = None,
    start_method: str | None = None,
) -> Any:
    """A pandas DataFrame with one row per fact of every text in ``df`` (needs pandas).

    Columns: ``doc_id`` (the ``id_column`` value, else the row's index), the
    contract's fact fields, the date flattened (``date_start`` …) and the claim
    joined (``claim_speaker`` …). The natural unit for analysis: group by
    ``kind``, ``unit`` or ``claim_speaker``. ``workers`` and ``start_method`` are
    :func:`extract_many`'s.
    """
    import pandas as pd

    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} in the DataFrame (columns: {list(df.columns)})")
    ids = df[id_column].tolist() if id_column else df.index.tolist()
    refs = [None if pd.isna(x) else x for x in df[date_column]] if date_column else None
    rows: list[dict[str, Any]] = []
    for doc_id, doc in zip(
        ids,
        extract_many(df[text_column].tolist(), refs, workers, start_method=start_method),
        strict=True,
    ):
        rows.extend(facts_rows(doc, doc_id))
    return rows_frame(rows)


def rows_frame(rows: list[dict[str, Any]]) -> Any:
    """:func:`facts_rows` as a pandas DataFrame in :data:`FACT_COLUMNS`, with one "missing"
    everywhere: None (pandas would put NaN in number columns and None in the others)."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=FACT_COLUMNS)
    return frame.astype(object).where(frame.notna(), None)
