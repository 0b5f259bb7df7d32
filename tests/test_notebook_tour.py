"""Executes python/examples/tour.ipynb headless (nbclient + ipykernel) and checks its outputs,
so the example notebook never rots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsgraph as ng

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
for extra in ("pandas", "networkx", "matplotlib"):
    pytest.importorskip(extra)

NOTEBOOK = Path(__file__).resolve().parent.parent / "python" / "examples" / "tour.ipynb"


@pytest.fixture(scope="module")
def outputs() -> dict[str, list[dict[str, Any]]]:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError if any cell fails
    out: dict[str, list[dict[str, Any]]] = {}
    for cell in nb.cells:
        for tag in cell.get("metadata", {}).get("tags", []):
            out[tag] = cell.get("outputs", [])
    return out


def data(outputs: list[dict[str, Any]], mime: str) -> str:
    found = [o["data"][mime] for o in outputs if mime in o.get("data", {})]
    assert found, f"no {mime} output"
    return "\n".join(found)


def text(outputs: list[dict[str, Any]]) -> str:
    parts = [o.get("text", "") for o in outputs if o.get("output_type") == "stream"]
    parts += [o["data"]["text/plain"] for o in outputs if "text/plain" in o.get("data", {})]
    return "\n".join(parts)


def test_notebook_runs_without_errors(outputs: dict[str, list[dict[str, Any]]]) -> None:
    for tag, outs in outputs.items():
        assert not [o for o in outs if o.get("output_type") == "error"], tag
    assert ng.__version__ in text(outputs["setup"])


def test_document_views(outputs: dict[str, list[dict[str, Any]]]) -> None:
    seed_html = data(outputs["seed-view"], "text/html")
    assert 'class="ng-legend"' in seed_html and 'class="ng-time"' in seed_html
    rich_html = data(outputs["rich-view"], "text/html")
    assert "Statements (9)" in rich_html and "Events (11)" in rich_html
    assert 'data-ng="a1"' in rich_html


def test_tables(outputs: dict[str, list[dict[str, Any]]]) -> None:
    seed_times = data(outputs["seed-times"], "text/html")
    assert "2020-09-26" in seed_times and "<table" in seed_times
    actors = data(outputs["actors-table"], "text/html")
    assert "Michael Pompeo" in actors and "USAGOV" in actors
    statements = data(outputs["statements-table"], "text/html")
    for col in ("speaker_name", "addressee_names", "via_name"):
        assert col in statements
    assert "a person familiar with the matter" in statements
    events = data(outputs["events-table"], "text/html")
    assert "ASSAULT" in events and "Qassem Soleimani" in events
    assert "Michael Pompeo" in text(outputs["sourcing-counts"])


def test_timeline_and_graph(outputs: dict[str, list[dict[str, Any]]]) -> None:
    timeline = data(outputs["timeline-table"], "text/html")
    assert "2018-01-01" in timeline and "RETREAT (cutting)" in timeline
    assert data(outputs["timeline-plot"], "image/png")
    assert "MultiDiGraph with 16 nodes and 21 edges" in text(outputs["graph-edges"])
    assert "warn" in text(outputs["graph-edges"])
    assert data(outputs["graph-plot"], "image/png")


def test_many_documents(outputs: dict[str, list[dict[str, Any]]]) -> None:
    assert "documents" in text(outputs["corpus-tables"])
    assert "MultiDiGraph" in text(outputs["corpus-graph"])
