"""Helpers shared by the notebook, HTML and browser tests (not a test module)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import newsgraph as ng

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed-rich.json"

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "embed", "source"}


def rich() -> ng.Document:
    """The seed article with a complete hand-made extraction (tests/fixtures/seed-rich.json)."""
    return ng.Document.from_json(FIXTURE.read_text(encoding="utf-8"))


def synthetic(text: str, **parts: Any) -> ng.Document:
    """A document over `text` with the given actors, statements, events, times, boilerplate."""
    doc: dict[str, Any] = {
        "schema": "newsgraph/1",
        "meta": {"title": parts.pop("title", None), "id": parts.pop("id", None)},
        "text": text,
        "boilerplate": [],
        "sentences": [],
        "actors": [],
        "places": [],
        "statements": [],
        "events": [],
        "times": [],
        "sourcing": {"by_kind": [], "by_speaker": []},
    }
    doc.update(parts)
    return ng.Document.from_json(json.dumps(doc))


def span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], start: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.start = start
        self.end = start
        self.classes = set(attrs.get("class", "").split())


class Tree(HTMLParser):
    """Parses HTML, checks that it is well formed, and records every element and the plain text
    of the `ng-text` block with the character range each element inside it covers."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.errors: list[str] = []
        self.text_parts: list[str] = []
        self.in_text = 0
        self.pos = 0
        self.all_text: list[str] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[e.tag for e in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs}, self.pos)
        self.elements.append(el)
        if tag in VOID:
            return
        self.stack.append(el)
        if "ng-text" in el.classes:
            self.in_text += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1].tag != tag:
            self.errors.append(f"mismatched </{tag}>")
            return
        el = self.stack.pop()
        el.end = self.pos
        if "ng-text" in el.classes:
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        self.all_text.append(data)
        if self.in_text:
            self.text_parts.append(data)
            self.pos += len(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def tags(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def marks(self, cls: str, item: str | None = None) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == "span"
            and "data-ng" in e.attrs
            and cls in e.classes
            and (item is None or e.attrs.get("data-ng") == item)
        ]

    def covers(self, cls: str, item: str, start: int, end: int) -> bool:
        """True when fragments of class `cls` for `item` start at `start` and cover to `end`."""
        frags = sorted((e.start, e.end) for e in self.marks(cls, item))
        at = start
        started = False
        for s, e in frags:
            if s == start:
                started = True
            if started and s <= at < e:
                at = e
        return started and at >= end
