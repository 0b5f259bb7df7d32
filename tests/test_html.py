"""The HTML view: highlights nest properly, every item is shown, everything is escaped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from notebook_support import Tree, rich, span, synthetic

import newsgraph as ng

XSS = "<script>alert(1)</script> and \"><img src=x onerror=alert(1)> & 'quotes'"


def test_fragment_and_page_shape() -> None:
    doc = rich()
    frag = doc._repr_html_()
    page = doc.to_html()
    assert frag.startswith('<div class="newsgraph"><style>')
    assert page.startswith("<!DOCTYPE html>")
    assert frag in page
    for html in (frag, page):
        tree = Tree(html)
        assert tree.errors == []
        # Self-contained: no scripts, no external resources.
        assert tree.tags("script") == [] and tree.tags("img") == [] and tree.tags("link") == []
        assert "src=" not in html and "href=" not in html and "url(" not in html
    legend = [e for e in Tree(frag).elements if "ng-legend" in e.classes]
    assert len(legend) == 1
    assert "statement cue" in frag and "event (not asserted)" in frag


def test_text_is_rendered_exactly_once() -> None:
    doc = rich()
    assert Tree(doc.to_html()).text == doc.text


def test_every_item_is_highlighted_with_hover_details() -> None:
    doc = rich()
    tree = Tree(doc._repr_html_())
    for a in doc.actors:
        for m in a.mentions:
            assert tree.covers("ng-actor", a.id, m.start, m.end), (a.id, m)
        title = tree.marks("ng-actor", a.id)[0].attrs["title"]
        assert a.name in title
        if a.code:
            assert f"code: {a.code}" in title
    for p in doc.places:
        for m in p.mentions:
            assert tree.covers("ng-place", p.id, m.start, m.end)
    for s in doc.statements:
        assert tree.covers("ng-cue", s.id, s.cue.start, s.cue.end)
        if s.content is not None:
            assert tree.covers("ng-content", s.id, s.content.start, s.content.end)
    for e in doc.events:
        assert tree.covers("ng-event", e.id, e.trigger.start, e.trigger.end)
        el = tree.marks("ng-event", e.id)[0]
        assert e.category in el.attrs["title"]
        assert f"factuality: {e.factuality}" in el.attrs["title"]
        assert ("ng-unreal" in el.classes) == (e.factuality != "asserted")
    for t in doc.times:
        assert tree.covers("ng-time", t.id, t.char_start, t.char_end)
        assert t.value in tree.marks("ng-time", t.id)[0].attrs["title"]
    for b in doc.boilerplate:
        (el,) = [e for e in tree.marks("ng-bp") if e.start == b.start]
        assert el.end == b.end
    # The nominal "Iraq’s prime minister" (a3) contains the name "Iraq" (a2): nested, not split.
    (outer,) = [
        e for e in tree.marks("ng-actor", "a3") if doc.text[e.start : e.end].startswith("Iraq")
    ]
    inner = [e for e in tree.marks("ng-actor", "a2") if e.start == outer.start]
    assert inner and inner[0].end < outer.end


def test_tables_under_the_text() -> None:
    doc = rich()
    html = doc._repr_html_()
    assert f"Statements ({len(doc.statements)})" in html
    assert f"Events ({len(doc.events)})" in html
    tree = Tree(html)
    rows = [e for e in tree.elements if e.tag == "tr"]
    assert len(rows) == 2 + len(doc.statements) + len(doc.events)
    assert "anonymous via a person familiar with the matter" in "".join(tree.all_text)


def test_overlapping_adjacent_and_edge_spans_nest() -> None:
    text = "Ñandú’s “café” closed. Señor Pérez said it reopened on 2020-05-01"
    n = len(text)
    i = text.index
    doc = synthetic(
        text,
        actors=[
            {
                "id": "a1",
                "name": "Ñandú",
                "kind": "organization",
                "mentions": [{**span(text, 0, 5), "kind": "name"}],  # at the very start
            },
            {
                "id": "a2",
                "name": "Señor Pérez",
                "kind": "person",
                "mentions": [{**span(text, i("Señor"), i(" said")), "kind": "name"}],
            },
        ],
        statements=[
            {
                "id": "s1",
                "speaker": "a2",
                "act": "say",
                # cue and content are adjacent; the content crosses into the time below
                "cue": span(text, i("said"), i("said") + 4),
                "content": span(text, i("said") + 4, i("on 2020") + 5),
                "quote": "indirect",
                "sourcing": {"kind": "on_record"},
                "sentence": 1,
            }
        ],
        events=[
            {
                "id": "e1",
                "category": "RETREAT",
                "cameo": "08",
                "quad": "material_cooperation",
                "factuality": "reported",
                "trigger": span(text, i("reopened"), i("reopened") + 8),
                "sentence": 1,
                "confidence": 0.5,
            },
            {
                "id": "e2",
                "category": "RETREAT",
                "cameo": "08",
                "quad": "material_cooperation",
                "factuality": "asserted",
                # crosses the boundary of the first actor mention
                "trigger": span(text, 3, i("closed") + 6),
                "sentence": 0,
                "confidence": 0.5,
            },
        ],
        times=[
            {
                "id": "t1",
                **span(text, i("2020"), n),  # at the very end
                "type": "DATE",
                "value": "2020-05-01",
            }
        ],
        boilerplate=[{**span(text, 0, 1), "kind": "headline"}],
    )
    tree = Tree(doc.to_html())
    assert tree.errors == []
    assert tree.text == text
    assert tree.covers("ng-actor", "a1", 0, 5)
    assert tree.covers("ng-actor", "a2", i("Señor"), i(" said"))
    assert tree.covers("ng-cue", "s1", i("said"), i("said") + 4)
    assert tree.covers("ng-content", "s1", i("said") + 4, i("on 2020") + 5)
    assert tree.covers("ng-event", "e1", i("reopened"), i("reopened") + 8)
    assert tree.covers("ng-event", "e2", 3, i("closed") + 6)
    assert tree.covers("ng-time", "t1", i("2020"), n)
    # The crossing event is split into fragments, each well nested.
    assert len(tree.marks("ng-event", "e2")) >= 2
    # The time that crosses the end of the content is split where the content ends.
    frags = sorted((e.start, e.end) for e in tree.marks("ng-time", "t1"))
    assert frags[0] == (i("2020"), i("on 2020") + 5) and frags[-1][1] == n


def test_document_text_and_names_are_escaped() -> None:
    text = f"Headline {XSS}\nThe minister {XSS} said."
    start = text.index("The minister")
    doc = synthetic(
        text,
        title=XSS,
        id=XSS,
        actors=[
            {
                "id": "a1",
                "name": XSS,
                "kind": "person",
                "titles": [XSS],
                "code": XSS,
                "description": XSS,
                "mentions": [{**span(text, start, text.index(" said")), "kind": "name"}],
            }
        ],
        statements=[
            {
                "id": "s1",
                "speaker": "a1",
                "act": "say",
                "cue": span(text, text.index("said"), text.index("said") + 4),
                "sourcing": {"kind": "on_record"},
                "sentence": 0,
            }
        ],
        boilerplate=[{**span(text, 0, text.index("\n")), "kind": "headline"}],
    )
    for html in (doc.to_html(), doc._repr_html_()):
        tree = Tree(html)
        assert tree.errors == []
        assert tree.tags("script") == []
        assert tree.tags("img") == []
        assert all("onerror" not in e.attrs for e in tree.elements)
        assert tree.text == text
        assert XSS in tree.marks("ng-actor", "a1")[0].attrs["title"]
    assert "<script>" not in doc.to_html()


def test_seed_view_has_its_times_and_boilerplate() -> None:
    doc = ng.seed()
    tree = Tree(doc.to_html())
    assert tree.errors == []
    assert tree.text == doc.text
    assert len({e.attrs["data-ng"] for e in tree.marks("ng-time")}) == len(doc.times)
    assert len(tree.marks("ng-bp")) >= len(doc.boilerplate)


@st.composite
def documents_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    text = draw(st.text(alphabet="ab é’“<>&\"'\n🙂", min_size=1, max_size=40))
    n = len(text)
    kinds = ["actor", "time", "event", "cue", "content", "bp"]
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, n - 1))
        end = draw(st.integers(start + 1, n))
        spans.append((draw(st.sampled_from(kinds)), start, end))
    return text, spans


@settings(max_examples=150, deadline=None)
@given(documents_with_spans())
def test_any_overlap_renders_well_formed_and_complete(
    case: tuple[str, list[tuple[str, int, int]]],
) -> None:
    text, spans = case
    parts: dict[str, list[dict[str, object]]] = {
        "actors": [],
        "times": [],
        "events": [],
        "statements": [],
        "boilerplate": [],
    }
    for i, (kind, s, e) in enumerate(spans):
        sp = span(text, s, e)
        if kind == "actor":
            parts["actors"].append(
                {"id": f"a{i}", "name": "x", "kind": "group", "mentions": [{**sp, "kind": "name"}]}
            )
        elif kind == "time":
            parts["times"].append({"id": f"t{i}", **sp, "type": "DATE", "value": "2020"})
        elif kind == "event":
            parts["events"].append(
                {
                    "id": f"e{i}",
                    "category": "AID",
                    "cameo": "07",
                    "quad": "material_cooperation",
                    "factuality": "asserted",
                    "trigger": sp,
                    "sentence": 0,
                    "confidence": 1.0,
                }
            )
        elif kind in ("cue", "content"):
            parts["statements"].append(
                {
                    "id": f"s{i}",
                    "act": "say",
                    "cue": sp,
                    "content": sp if kind == "content" else None,
                    "sourcing": {"kind": "unattributed"},
                    "sentence": 0,
                }
            )
        else:
            parts["boilerplate"].append({**sp, "kind": "footer"})
    doc = synthetic(text, **parts)
    tree = Tree(doc._repr_html_())
    assert tree.errors == []
    assert tree.text == text
    cls = {"actor": "ng-actor", "time": "ng-time", "event": "ng-event", "cue": "ng-cue"}
    for i, (kind, s, e) in enumerate(spans):
        if kind in cls:
            prefix = "s" if kind == "cue" else kind[0]
            assert tree.covers(cls[kind], f"{prefix}{i}", s, e), (kind, s, e)
        elif kind == "content":
            assert tree.covers("ng-content", f"s{i}", s, e)
