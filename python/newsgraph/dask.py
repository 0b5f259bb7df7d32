"""Extraction over Dask collections (``pip install newsgraph[dask]``).

Dask is imported only when these functions run. Each partition is extracted by
:func:`newsgraph.extract_many` inside the worker process, so Dask's processes (or a
``distributed`` cluster) give the parallelism across cores and machines; ``threads`` adds
threads inside each partition (default 1, so a worker per core does not oversubscribe).

Results are plain, picklable values: JSON strings (``output="json"``, the default, one
``newsgraph/1`` document a line, ready for ``bag.to_textfiles``), dicts (``"dict"``) or
:class:`newsgraph.Document` objects (``"document"``). A record that fails becomes an error
record in its place, ``{"id", "index", "error": {"code", "message"}}`` (``on_error="yield"``), or
is left out (``"skip"``), or raises (``"raise"``). ``index`` is the position in the partition.

:func:`rows` flattens the documents into one table (actors, statements, events, times or
places), one dict per row with the document id, for ``bag.to_dataframe().to_parquet(...)``.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Iterable
from typing import Any, Literal

import newsgraph

TABLES = ("actors", "statements", "events", "times", "places")


def error_record(failure: newsgraph.Failure) -> dict[str, Any]:
    """A failure as a plain dict: ``{"id", "index", "error": {"code", "message"}}``."""
    code = getattr(failure.error, "code", type(failure.error).__name__)
    return {
        "id": failure.id,
        "index": failure.index,
        "error": {"code": code, "message": str(failure.error)},
    }


def extract_partition(
    items: Iterable[Any],
    *,
    threads: int = 1,
    output: Literal["json", "dict", "document"] = "json",
    on_error: Literal["yield", "raise", "skip"] = "yield",
    with_syntax: bool = False,
) -> list[Any]:
    """Extracts one partition (texts or records): the function :func:`extract_bag` maps.

    Also the body of a Spark ``mapPartitions`` or any other partitioned engine."""
    if output not in ("json", "dict", "document"):
        raise ValueError(f"output must be 'json', 'dict' or 'document', not {output!r}")
    out: list[Any] = []
    for item in newsgraph.extract_many(
        items, threads=threads, with_syntax=with_syntax, on_error=on_error
    ):
        if isinstance(item, newsgraph.Failure):
            err = error_record(item)
            out.append(json.dumps(err) if output == "json" else err)
        elif output == "json":
            out.append(item.to_json())
        elif output == "dict":
            out.append(item.to_dict())
        else:
            out.append(item)
    return out


def extract_bag(
    bag: Any,
    *,
    threads: int = 1,
    output: Literal["json", "dict", "document"] = "json",
    on_error: Literal["yield", "raise", "skip"] = "yield",
    with_syntax: bool = False,
) -> Any:
    """Maps extraction over a ``dask.bag.Bag`` of texts or records (``{"id", "text", ...}``).

    Returns a bag of the same length and order (see the module docs for ``output`` and
    ``on_error``)."""
    # A partial, not keyword arguments: `output` is also a keyword of Dask's own machinery.
    fn = functools.partial(
        extract_partition,
        threads=threads,
        output=output,
        on_error=on_error,
        with_syntax=with_syntax,
    )
    return bag.map_partitions(fn)


def _flatten(value: Any, key: str, row: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(v, f"{key}_{k}" if key else k, row)
    elif isinstance(value, list):
        # Lists of scalars (ids, titles) are joined; lists of objects (mentions) stay JSON.
        if all(isinstance(v, (str, int, float, bool)) or v is None for v in value):
            row[key] = "|".join("" if v is None else str(v) for v in value)
        else:
            row[key] = json.dumps(value)
    else:
        row[key] = value


def document_rows(
    document: Any, table: Literal["actors", "statements", "events", "times", "places"]
) -> list[dict[str, Any]]:
    """One flat dict per actor/statement/event/time/place of a document (a Document, its dict or
    its JSON), each with ``doc_id``. Nested objects become ``parent_child`` columns; lists of
    scalars are joined with ``|``; lists of objects are kept as JSON strings."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}, not {table!r}")
    if isinstance(document, str):
        document = json.loads(document)
    elif isinstance(document, newsgraph.Document):
        document = document.to_dict()
    if "error" in document:
        return []
    doc_id = document.get("meta", {}).get("id")
    rows = []
    for obj in document.get(table, []):
        row: dict[str, Any] = {"doc_id": doc_id}
        _flatten(obj, "", row)
        rows.append(row)
    return rows


def rows(bag: Any, table: Literal["actors", "statements", "events", "times", "places"]) -> Any:
    """A bag of the flat rows of one table across the documents of ``bag`` (the result of
    :func:`extract_bag`); ``rows(docs, "events").to_dataframe()`` gives a Dask DataFrame."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}, not {table!r}")
    return bag.map(functools.partial(document_rows, table=table)).flatten()


def extract_column(
    frame: Any,
    column: str = "text",
    *,
    id_column: str | None = None,
    date_column: str | None = None,
    threads: int = 1,
) -> Any:
    """Extracts from a text column of a ``dask.dataframe.DataFrame``: a Series of JSON documents
    (or error records) aligned with ``frame``'s index. Needs ``dask[dataframe]`` (pandas)."""

    def partition(df: Any) -> Any:
        pandas = importlib.import_module("pandas")
        records: list[dict[str, Any]] = []
        for i in range(len(df)):
            rec: dict[str, Any] = {"text": df[column].iloc[i]}
            if id_column is not None:
                rec["id"] = str(df[id_column].iloc[i])
            if date_column is not None:
                value = df[date_column].iloc[i]
                if value is not None and not pandas.isna(value):  # a missing date is NaN/NaT
                    rec["published"] = value
            records.append(rec)
        docs = extract_partition(records, threads=threads, output="json")
        return pandas.Series(docs, index=df.index, name="document", dtype=object)

    return frame.map_partitions(partition, meta=("document", "object"))
