"""Documents as a networkx ``MultiDiGraph`` of who says what to whom and who does what to whom.

networkx is optional (``pip install 'newsgraph[graph]'``) and imported only when used.

**Nodes** are actors, with the attributes ``name``, ``kind``, ``code``, ``country``,
``sector``, ``titles``, ``description``, ``mentions`` (count), ``docs`` (the doc ids it
appears in) and ``actor_ids`` (``"<doc_id>/<actor id>"`` for each document actor merged into
it). A coded actor's node key is ``"<code>:<name>"`` (``"USAGOV:Michael Pompeo"``), so the
same coded actor in several documents is one node; an uncoded actor stays per document, keyed
``"<doc_id>/<actor id>"``. ``doc_id`` is a document's ``meta.id``, else its position in the
input list (``"0"`` for a single document without one).

**Edges** are keyed ``"<doc_id>/<item id>"`` and carry ``type`` (``statement`` or ``event``),
``id``, ``doc_id``, ``label`` (the act or category), ``factuality``, ``time`` (TIMEX3 value),
``time_text``, ``evidence`` (the text that supports the edge) with its character offsets
``start``/``end``, and ``sentence``.

- A statement runs from its speaker to each addressee; a statement addressed to no one in
  particular runs to the special node ``"(public)"``. Unattributed statements (no speaker) are
  not in the graph (they are in the tables). Extra attributes: ``act``, ``quote``,
  ``sourcing``, ``via`` (name), ``negated``, ``cue``, ``content``; the evidence spans the cue
  and the content. ``factuality`` is ``negated`` for negated statements, else ``asserted``.
- An event runs from each actor to each recipient; a missing side is the special node
  ``"(unknown)"``; events with neither actors nor recipients are left out. Extra attributes:
  ``category``, ``cameo``, ``mode``, ``quad``, ``confidence``, ``place`` (name), ``trigger``;
  the evidence is the trigger.

The special nodes have ``kind`` ``"public"`` / ``"unknown"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsgraph._newsgraph import Actor, Document
from newsgraph._optional import require
from newsgraph.tables import _as_list

PUBLIC = "(public)"
UNKNOWN = "(unknown)"


def node_key(actor: Actor, doc_id: str) -> str:
    """The node of an actor: ``"<code>:<name>"`` when coded, else ``"<doc_id>/<id>"``."""
    if actor.code:
        return f"{actor.code}:{actor.name}"
    return f"{doc_id}/{actor.id}"


def _special(g: Any, key: str, kind: str) -> str:
    if key not in g:
        g.add_node(
            key,
            name=key,
            kind=kind,
            code=None,
            country=None,
            sector=None,
            titles=[],
            description=None,
            mentions=0,
            docs=[],
            actor_ids=[],
        )
    return key


def _add_document(g: Any, doc: Document, doc_id: str) -> None:
    keys: dict[str, str] = {}
    for a in doc.actors:
        key = node_key(a, doc_id)
        keys[a.id] = key
        if key in g:
            n = g.nodes[key]
            n["mentions"] += len(a.mentions)
            if doc_id not in n["docs"]:
                n["docs"].append(doc_id)
            n["actor_ids"].append(f"{doc_id}/{a.id}")
            n["titles"].extend(t for t in a.titles if t not in n["titles"])
        else:
            g.add_node(
                key,
                name=a.name,
                kind=a.kind,
                code=a.code,
                country=a.country,
                sector=a.sector,
                titles=list(a.titles),
                description=a.description,
                mentions=len(a.mentions),
                docs=[doc_id],
                actor_ids=[f"{doc_id}/{a.id}"],
            )
    text = doc.text
    for s in doc.statements:
        if s.speaker is None or s.speaker not in keys:
            continue
        targets = [keys[x] for x in s.addressees if x in keys] or [_special(g, PUBLIC, "public")]
        spans = [s.cue] + ([s.content] if s.content is not None else [])
        start = min(p.start for p in spans)
        end = max(p.end for p in spans)
        t = doc.time(s.time) if s.time else None
        via = doc.actor(s.sourcing.via) if s.sourcing.via else None
        for v in targets:
            g.add_edge(
                keys[s.speaker],
                v,
                key=f"{doc_id}/{s.id}",
                type="statement",
                id=s.id,
                doc_id=doc_id,
                label=s.act,
                act=s.act,
                quote=s.quote,
                sourcing=s.sourcing.kind,
                via=via.name if via else None,
                negated=s.negated,
                factuality="negated" if s.negated else "asserted",
                time=t.value if t else None,
                time_text=t.text if t else None,
                cue=s.cue.text,
                content=s.content.text if s.content else None,
                evidence=text[start:end],
                start=start,
                end=end,
                sentence=s.sentence,
            )
    for e in doc.events:
        sources = [keys[x] for x in e.actors if x in keys]
        targets = [keys[x] for x in e.recipients if x in keys]
        if not sources and not targets:
            continue
        sources = sources or [_special(g, UNKNOWN, "unknown")]
        targets = targets or [_special(g, UNKNOWN, "unknown")]
        t = doc.time(e.time) if e.time else None
        place = doc.place(e.location) if e.location else None
        for u in sources:
            for v in targets:
                g.add_edge(
                    u,
                    v,
                    key=f"{doc_id}/{e.id}",
                    type="event",
                    id=e.id,
                    doc_id=doc_id,
                    label=e.category,
                    category=e.category,
                    cameo=e.cameo,
                    mode=e.plover_mode,
                    quad=e.quad,
                    factuality=e.factuality,
                    confidence=e.confidence,
                    time=t.value if t else None,
                    time_text=t.text if t else None,
                    place=place.name if place else None,
                    trigger=e.trigger.text,
                    evidence=e.trigger.text,
                    start=e.trigger.start,
                    end=e.trigger.end,
                    sentence=e.sentence,
                )


def to_networkx(docs: Iterable[Document] | Document) -> Any:
    """One MultiDiGraph of many documents (see the module documentation for the rules)."""
    nx = require("networkx", "graph", "newsgraph.to_networkx()")
    g = nx.MultiDiGraph()
    for i, doc in enumerate(_as_list(docs)):
        _add_document(g, doc, doc.meta.id or str(i))
    return g


def document_graph(doc: Document) -> Any:
    """The graph of one document (``Document.to_networkx()``)."""
    nx = require("networkx", "graph", "Document.to_networkx()")
    g = nx.MultiDiGraph()
    _add_document(g, doc, doc.meta.id or "0")
    return g
