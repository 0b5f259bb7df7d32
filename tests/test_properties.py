"""Properties over arbitrary Unicode: no crash, spans match the text, sentences tile the body,
JSON round-trips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsgraph as ng

newsy = st.lists(
    st.one_of(
        st.from_regex(r"[A-Za-z]{1,9}", fullmatch=True),
        st.sampled_from(
            [
                " ",
                " ",
                ". ",
                ", ",
                "? ",
                "’s",
                "“",
                "”",
                '"',
                "U.S.",
                "Gen.",
                "\n\n",
                "—",
                "😀",
                "é",
            ]
        ),
    ),
    max_size=60,
).map("".join)


def check(doc: ng.Document) -> None:
    text = doc.text
    spans = [*doc.sentences, *doc.boilerplate, *doc.times]
    for a in doc.actors:
        spans += a.mentions
    for s in spans:
        assert text[s.start : s.end] == s.text
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end <= b.start
    covered = set()
    for s in doc.sentences:
        covered.update(range(s.start, s.end))
    boiler = set()
    for b in doc.boilerplate:
        boiler.update(range(b.start, b.end))
    assert not covered & boiler
    for i, c in enumerate(text):
        if not c.isspace() and i not in boiler:
            assert i in covered, (i, c, text)
    assert ng.Document.from_json(doc.to_json()) == doc


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    try:
        doc = ng.extract(text)
    except ng.NewsgraphError as e:
        assert not isinstance(e, ng.InternalError)
        return
    check(doc)


@settings(max_examples=200, deadline=None)
@given(newsy)
def test_newsy_text_tiles_into_sentences(text: str) -> None:
    try:
        doc = ng.extract(text, with_syntax=True)
    except (ng.EmptyTextError, ng.BinaryInputError):
        return
    check(doc)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        check(ng.extract(data))
    except ng.NewsgraphError as e:
        assert not isinstance(e, ng.InternalError)
