"""newsgraph.dask: distributed extraction equals serial extraction, record for record."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import newsgraph as ng
import newsgraph.dask as ngd

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews-2019-2020.jsonl"


def records(n: int = 50) -> list[dict[str, Any]]:
    """`n` records: real articles when the shared corpus is there, with two bad ones inside."""
    out: list[dict[str, Any]] = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out.append({"id": r["id"], "text": r["text"][:3000], "published": r["date"]})
                if len(out) >= n:
                    break
    while len(out) < n:
        i = len(out)
        out.append({"id": f"r{i}", "text": f"Report {i}. Police arrested two men on Monday."})
    out[7] = {"id": "empty", "text": ""}
    out[n - 3] = {"id": "bad-date", "text": "Rain fell.", "published": "2020-02-30"}
    return out


def serial(recs: list[dict[str, Any]]) -> list[str]:
    out = []
    for r in recs:
        try:
            doc = ng.extract(r["text"], published=r.get("published"), id=r["id"])
            out.append(doc.to_json())
        except ng.NewsgraphError as e:
            out.append(json.dumps({"id": r["id"], "error": {"code": e.code}}))
    return out


def _newsgraph_loaded() -> bool:
    return "newsgraph._newsgraph" in sys.modules


def comparable(line: str) -> str:
    """Error records compare by id and code (their index is the position in a partition)."""
    v = json.loads(line)
    if "error" in v:
        return json.dumps({"id": v["id"], "error": {"code": v["error"]["code"]}})
    return line


def test_partition_function_without_dask() -> None:
    recs = records(12)
    out = ngd.extract_partition(recs, threads=2)
    assert [comparable(x) for x in out] == serial(recs)
    err = json.loads(out[7])
    assert err == {
        "id": "empty",
        "index": 7,
        "error": {"code": "empty_text", "message": err["error"]["message"]},
    }
    dicts = ngd.extract_partition(recs[:3], output="dict")
    assert dicts[0]["meta"]["id"] == recs[0]["id"]
    docs = ngd.extract_partition(recs[:3], output="document")
    assert isinstance(docs[0], ng.Document)
    assert len(ngd.extract_partition(recs, on_error="skip")) == len(recs) - 2
    with pytest.raises(ValueError):
        ngd.extract_partition(recs, output="csv")  # type: ignore[arg-type]


def test_rows_flatten_tables_with_document_ids() -> None:
    doc = ng.seed()
    rows = ngd.document_rows(doc, "times")
    assert len(rows) == len(doc.times) > 0
    assert all(r["doc_id"] == doc.meta.id for r in rows)
    assert all(not isinstance(v, (dict, list)) for r in rows for v in r.values())
    assert rows[0]["text"] == doc.times[0].text
    assert ngd.document_rows(doc.to_json(), "times") == rows
    assert ngd.document_rows('{"id": "x", "error": {}}', "actors") == []
    with pytest.raises(ValueError):
        ngd.document_rows(doc, "words")  # type: ignore[arg-type]


def test_local_cluster_with_two_worker_processes_equals_serial() -> None:
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    recs = records(50)
    expected = serial(recs)
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = db.from_sequence(recs, npartitions=6)
        got = ngd.extract_bag(bag).compute()
        assert [comparable(x) for x in got] == expected
        # Two worker processes, and the extraction ran in them (not in this process).
        loaded = client.run(_newsgraph_loaded)
        assert len(loaded) == 2 and any(loaded.values()), loaded
        assert all(pid != os.getpid() for pid in client.run(os.getpid).values())
        docs = ngd.extract_bag(bag, output="document").compute()
        assert [d.to_json() for d in docs if isinstance(d, ng.Document)] == [
            e for e in expected if "error" not in json.loads(e)
        ]
        events = ngd.rows(ngd.extract_bag(bag), "events").compute()
        assert sum(1 for e in events) == sum(len(json.loads(e).get("events", [])) for e in expected)


def test_dataframe_text_column() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    recs = records(10)
    recs[2].pop("published", None)  # a missing date: NaN in the frame, no date in the record
    recs[3]["published"] = None
    frame = dd.from_pandas(pd.DataFrame(recs), npartitions=3)
    docs = ngd.extract_column(frame, "text", id_column="id", date_column="published")
    got = docs.compute(scheduler="sync")
    assert list(got.index) == list(range(10))
    assert [comparable(x) for x in got] == serial(recs)
