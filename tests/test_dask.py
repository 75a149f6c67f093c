"""factlib on a Dask cluster: two worker processes give what one process gives."""

from __future__ import annotations

import pytest

import factlib
from tests.test_batch import TEXTS


def test_dask_facts_frame_on_a_local_cluster() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    from factlib.dask import facts_frame

    texts = (TEXTS * 3)[:240]
    df = pd.DataFrame(
        {"id": [f"d{i}" for i in range(len(texts))], "text": texts, "published": "2025-12-19"}
    )
    expected = factlib.facts_frame(df, id_column="id", date_column="published")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster):
            ddf = dd.from_pandas(df, npartitions=6)
            got = facts_frame(ddf, id_column="id", date_column="published").compute()
    got = got.reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected.reset_index(drop=True), check_dtype=False)
