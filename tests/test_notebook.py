"""Notebook helpers: pandas tables, timeline, plot, networkx graph, and clear errors when an
optional dependency is missing."""

from __future__ import annotations

import json
import sys

import pytest
from notebook_support import FIXTURE, rich

import newsgraph as ng

pd = pytest.importorskip("pandas")

COLUMNS = {
    "actors": ["id", "name", "kind", "code", "country", "sector", "titles", "affiliation_name"],
    "mentions": ["entity", "entity_id", "entity_name", "kind", "start", "end", "text"],
    "statements": [
        "id",
        "speaker",
        "speaker_name",
        "addressees",
        "addressee_names",
        "act",
        "quote",
        "sourcing",
        "via_name",
        "cue",
        "cue_start",
        "content",
        "time_value",
        "time_start",
        "time_end",
    ],
    "events": [
        "id",
        "category",
        "cameo",
        "mode",
        "factuality",
        "actor_names",
        "recipient_names",
        "trigger",
        "trigger_start",
        "trigger_end",
        "time_value",
        "time_start",
        "place_name",
    ],
    "times": ["id", "text", "type", "value", "start", "end", "char_start", "char_end"],
}


def test_tables_one_row_per_item_with_readable_columns() -> None:
    doc = rich()
    t = doc.to_pandas()
    assert isinstance(t, ng.Tables)
    for name, cols in COLUMNS.items():
        frame = getattr(t, name)
        assert isinstance(frame, pd.DataFrame)
        assert set(cols) <= set(frame.columns), (name, set(cols) - set(frame.columns))
        assert "doc_id" not in frame.columns
    assert len(t.actors) == len(doc.actors) == 14
    assert len(t.statements) == len(doc.statements)
    assert len(t.events) == len(doc.events)
    assert len(t.times) == len(doc.times)
    assert len(t.places) == len(doc.places)
    assert len(t.mentions) == sum(len(a.mentions) for a in doc.actors) + sum(
        len(p.mentions) for p in doc.places
    )

    a = t.actors.set_index("id")
    assert a.loc["a1", "name"] == "Michael Pompeo"
    assert a.loc["a1", "code"] == "USAGOV"
    assert a.loc["a1", "titles"] == ["Secretary of State"]
    assert a.loc["a1", "affiliation_name"] == "United States"
    assert a.loc["a1", "mentions"] == 3
    assert pd.isna(a.loc["a7", "code"])

    s = t.statements.set_index("id")
    assert s.loc["s2", "speaker"] == "a1"
    assert s.loc["s2", "speaker_name"] == "Michael Pompeo"
    assert s.loc["s2", "addressee_names"] == ["Mustafa al-Kadhimi"]
    assert s.loc["s2", "sourcing"] == "anonymous"
    assert s.loc["s2", "via_name"] == "a person familiar with the matter"
    assert s.loc["s2", "time_value"] == "2020-09-26"
    assert s.loc["s2", "time_start"] == pd.Timestamp("2020-09-26")
    assert s.loc["s3", "act"] == "decline_comment"
    assert pd.isna(s.loc["s3", "content"]) and pd.isna(s.loc["s3", "content_start"])
    assert pd.isna(s.loc["s1", "time_start"])

    e = t.events.set_index("id")
    assert e.loc["e5", "category"] == "ASSAULT"
    assert e.loc["e5", "mode"] == "aerial"
    assert e.loc["e5", "recipient_names"] == ["Qassem Soleimani", "Abu Mahdi al-Muhandis"]
    assert e.loc["e5", "place_name"] == "Baghdad"
    assert e.loc["e5", "time_start"] == pd.Timestamp("2020-01-01")
    assert e.loc["e5", "time_end"] == pd.Timestamp("2020-01-31")
    assert e.loc["e9", "quantities"] == ["3,000", "about 5,200"]
    assert e.loc["e1", "factuality"] == "conditional"

    # Character offsets slice the text (multibyte quotes included).
    for row in t.mentions.itertuples():
        assert doc.text[row.start : row.end] == row.text
    for row in t.events.itertuples():
        assert doc.text[row.trigger_start : row.trigger_end] == row.trigger
    assert list(t.mentions["start"]) == sorted(t.mentions["start"])


def test_column_types() -> None:
    t = rich().to_pandas()
    assert str(t.statements["cue_start"].dtype) == "Int64"
    assert str(t.statements["content_start"].dtype) == "Int64"
    assert str(t.statements["time_start"].dtype).startswith("datetime64")
    assert str(t.times["start"].dtype).startswith("datetime64")
    assert t.statements["negated"].dtype == bool
    assert t.events["confidence"].dtype == float
    # The columns come from Rust, whole; their types are declared there.
    types = ng._newsgraph._column_types()
    assert types["statements"]["time_start"] == "date"
    assert types["events"]["actors"] == "list"


def test_empty_document_keeps_every_column() -> None:
    doc = ng.extract("Nothing happened.")
    t = doc.to_pandas()
    for name, cols in COLUMNS.items():
        frame = getattr(t, name)
        assert len(frame) == 0 or name == "times"
        assert set(cols) <= set(frame.columns)


def test_to_pandas_stacks_documents_with_doc_id() -> None:
    a = rich()
    plain = ng.extract("It rained heavily on Monday.", published="2020-09-27")
    t = ng.to_pandas([a, plain])
    assert list(t.actors.columns[:2]) == ["doc_id", "id"]
    assert set(t.actors["doc_id"]) == {a.meta.id}
    assert list(t.times["doc_id"]).count("1") == len(plain.times) == 1
    assert len(t.times) == len(a.times) + len(plain.times)
    assert len(ng.to_pandas(a).events) == len(a.events)
    assert len(ng.to_pandas([]).events) == 0


def test_fixture_is_a_valid_document() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(ng.json_schema()))
    doc = rich()
    assert doc.text == ng.seed().text
    assert json.loads(doc.to_json()) == data


def test_non_documents_are_refused_clearly() -> None:
    stream = list(ng.extract_many(["Fine.", ""], on_error="yield"))
    assert isinstance(stream[1], ng.Failure)
    with pytest.raises(TypeError, match="item 1 is a Failure"):
        ng.to_pandas(stream)  # type: ignore[arg-type]
    pytest.importorskip("networkx")
    with pytest.raises(TypeError, match="item 1 is a Failure"):
        ng.to_networkx(stream)  # type: ignore[arg-type]


def test_timeline_is_dated_and_in_time_order() -> None:
    doc = rich()
    tl = doc.timeline()
    assert list(tl.columns[:8]) == [
        "start",
        "end",
        "value",
        "time_text",
        "kind",
        "id",
        "label",
        "factuality",
    ]
    dated_events = [e for e in doc.events if e.time and doc.time(e.time).start]  # type: ignore[union-attr]
    dated_statements = [s for s in doc.statements if s.time and doc.time(s.time).start]  # type: ignore[union-attr]
    assert len(tl) == len(dated_events) + len(dated_statements) == 9
    assert list(tl["start"]) == sorted(tl["start"])
    assert tl.iloc[0]["id"] == "e11" and tl.iloc[0]["value"] == "2018"
    assert set(tl["kind"]) == {"event", "statement"}
    row = tl.set_index("id").loc["e9"]
    assert row["factuality"] == "reported"
    assert row["label"] == "United States: RETREAT (cutting)"
    assert (tl["end"] >= tl["start"]).all()


def test_plot_timeline_draws_every_item() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    doc = rich()
    ax = doc.plot_timeline()
    labels = [t.get_text() for t in ax.texts]
    assert len(labels) == len(doc.timeline())
    assert any("air strike" in x for x in labels)
    assert len(ax.collections) == len(doc.timeline())
    fig, ax2 = plt.subplots()
    assert ng.extract("Nothing.").plot_timeline(ax=ax2) is ax2
    assert "no dated events or statements" in [t.get_text() for t in ax2.texts]
    plt.close("all")


def test_graph_nodes_and_edges() -> None:
    nx = pytest.importorskip("networkx")
    doc = rich()
    g = doc.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    pompeo = g.nodes["USAGOV:Michael Pompeo"]
    assert pompeo["kind"] == "person" and pompeo["country"] == "USA" and pompeo["sector"] == "GOV"
    anon = f"{doc.meta.id}/a7"
    assert g.nodes[anon]["kind"] == "anonymous_source"
    # s1: Pompeo warns Kadhimi.
    key = f"{doc.meta.id}/s1"
    data = g.get_edge_data("USAGOV:Michael Pompeo", "IRQGOV:Mustafa al-Kadhimi", key)
    assert data["type"] == "statement" and data["act"] == "warn"
    assert doc.text[data["start"] : data["end"]] == data["evidence"]
    assert data["evidence"].startswith("warned") and data["evidence"].endswith("outpost")
    # Statements to no one in particular go to "(public)".
    assert g.has_edge("IRN:Iran", ng.graph.PUBLIC, f"{doc.meta.id}/s6")
    assert g.nodes[ng.graph.PUBLIC]["kind"] == "public"
    # Events: each actor to each recipient; a missing recipient is "(unknown)".
    e5 = [(u, v) for u, v, k in g.edges(keys=True) if k == f"{doc.meta.id}/e5"]
    assert sorted(e5) == [
        ("USA:United States", "IRNMIL:Qassem Soleimani"),
        ("USA:United States", "IRQREB:Abu Mahdi al-Muhandis"),
    ]
    e5d = g.get_edge_data("USA:United States", "IRNMIL:Qassem Soleimani", f"{doc.meta.id}/e5")
    assert e5d["category"] == "ASSAULT" and e5d["factuality"] == "asserted"
    assert e5d["time"] == "2020-01" and e5d["evidence"] == "air strike"
    assert g.has_edge("USA:United States", ng.graph.UNKNOWN, f"{doc.meta.id}/e10")
    n_statement_edges = sum(max(1, len(s.addressees)) for s in doc.statements if s.speaker)
    n_event_edges = sum(max(1, len(e.actors)) * max(1, len(e.recipients)) for e in doc.events)
    assert g.number_of_edges() == n_statement_edges + n_event_edges


def test_graph_merges_coded_actors_across_documents() -> None:
    pytest.importorskip("networkx")
    js = json.loads(FIXTURE.read_text(encoding="utf-8"))
    js["meta"]["id"] = "copy"
    other = ng.Document.from_json(json.dumps(js))
    doc = rich()
    g = ng.to_networkx([doc, other])
    node = g.nodes["USAGOV:Michael Pompeo"]
    assert node["docs"] == [doc.meta.id, "copy"]
    assert node["mentions"] == 6
    assert node["actor_ids"] == [f"{doc.meta.id}/a1", "copy/a1"]
    # Uncoded actors stay one node per document.
    assert f"{doc.meta.id}/a7" in g and "copy/a7" in g
    assert g.number_of_edges() == 2 * doc.to_networkx().number_of_edges()


@pytest.mark.parametrize(
    ("module", "extra", "call"),
    [
        ("pandas", "pandas", lambda d: d.to_pandas()),
        ("pandas", "pandas", lambda d: ng.to_pandas([d])),
        ("pandas", "pandas", lambda d: d.timeline()),
        ("networkx", "graph", lambda d: d.to_networkx()),
        ("networkx", "graph", lambda d: ng.to_networkx([d])),
        ("matplotlib.pyplot", "plot", lambda d: d.plot_timeline()),
    ],
)
def test_missing_optional_dependency_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, module: str, extra: str, call: object
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ng.MissingExtraError) as info:
        call(rich())  # type: ignore[operator]
    assert isinstance(info.value, ImportError)
    assert f"pip install 'newsgraph[{extra}]'" in str(info.value)
    assert module.split(".")[0] in str(info.value)
