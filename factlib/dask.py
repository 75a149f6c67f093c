"""factlib on a Dask cluster: the pandas function mapped over partitions.

Where one machine is not enough, factlib runs on Dask rather than on anything
home-made: :func:`facts_frame` maps :func:`factlib.batch.facts_frame` over the
partitions of a Dask DataFrame with the right ``meta``, so Dask plans, schedules
and retries it. Needs the ``dask`` extra (``pip install 'factlib[dask]'``).
"""

from __future__ import annotations

from typing import Any

from factlib.batch import facts_frame as _facts_frame
from factlib.batch import rows_frame

__all__ = ["facts_frame", "meta"]


def meta() -> Any:
    """The empty pandas frame that describes :func:`facts_frame`'s partitions: the
    frame a partition makes when it holds no fact."""
    return rows_frame([])


def facts_frame(
    ddf: Any,
    text_column: str = "text",
    id_column: str | None = None,
    date_column: str | None = None,
) -> Any:
    """A Dask DataFrame with one row per fact of every text in ``ddf``.

    Lazy, like every Dask result: ``.compute()`` runs it (on a
    ``distributed`` cluster when a client is active).
    """
    return ddf.map_partitions(
        _facts_frame,
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        meta=meta(),
    )
