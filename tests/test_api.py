"""The Python API: extraction, immutable typed objects, JSON, pickling, streaming."""

from __future__ import annotations

import datetime
import json
import pickle

import pytest

import newsgraph as ng


def test_seed_document_shape() -> None:
    doc = ng.seed()
    assert isinstance(doc, ng.Document)
    assert len(doc.sentences) == 14
    assert doc.meta.outlet == "Bloomberg"
    assert doc.meta.published == "2020-09-27"
    assert doc.meta.title == "U.S. Warns Iraq It May Shutter Embassy Over Militia Attacks"
    assert [b.kind for b in doc.boilerplate] == ["headline", "footer"]
    assert doc.schema == ng.SCHEMA == "newsgraph/1"
    # Offsets are code points: Python slicing recovers every span.
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_seed_article_is_the_raw_input() -> None:
    a = ng.seed_article()
    assert a["published"] == "2020-09-27"
    assert a["text"].startswith(a["title"])
    assert ng.extract(a["text"], published=a["published"], title=a["title"]).sentences == (
        ng.seed().sentences
    )


def test_published_accepts_date_datetime_and_string() -> None:
    text = "The minister resigned."
    a = ng.extract(text, published=datetime.date(2020, 9, 27))
    b = ng.extract(text, published=datetime.datetime(2020, 9, 27, 15, 30))
    c = ng.extract(text, published="2020-09-27")
    assert a == b == c
    assert a.meta.published == "2020-09-27"
    with pytest.raises(TypeError):
        ng.extract(text, published=20200927)  # type: ignore[arg-type]


def test_objects_are_immutable() -> None:
    doc = ng.seed()
    s = doc.sentences[0]
    with pytest.raises(AttributeError):
        s.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        doc.text = "changed"  # type: ignore[misc]
    assert isinstance(doc.sentences, tuple)


def test_json_round_trip_and_dict() -> None:
    doc = ng.seed()
    js = doc.to_json()
    assert js == ng.seed().to_json()  # byte-identical across runs
    back = ng.Document.from_json(js)
    assert back == doc
    d = doc.to_dict()
    assert d == json.loads(js)
    assert json.loads(doc.to_json(indent=2)) == d
    assert doc.sentences[0].to_dict() == d["sentences"][0]


def test_from_json_rejects_tampered_documents() -> None:
    d = ng.seed().to_dict()
    d["sentences"][0]["text"] = "tampered"
    with pytest.raises(ng.InvalidJsonError, match="sentence"):
        ng.Document.from_json(json.dumps(d))
    with pytest.raises(ng.InvalidJsonError):
        ng.Document.from_json("{not json")


def test_pickle_round_trips_compare_equal() -> None:
    doc = ng.seed(with_syntax=True)
    assert pickle.loads(pickle.dumps(doc)) == doc
    for obj in [doc.sentences[0], doc.sentences[0].tokens[0], doc.boilerplate[0], doc.meta]:
        back = pickle.loads(pickle.dumps(obj))
        assert back == obj and type(back) is type(obj)
        assert hash(back) == hash(obj)
    for group in (doc.actors, doc.statements, doc.events, doc.times, doc.places):
        for obj in group:
            assert pickle.loads(pickle.dumps(obj)) == obj


def test_syntax_is_opt_in() -> None:
    assert all(not s.tokens for s in ng.seed().sentences)
    toks = ng.seed(with_syntax=True).sentences[0].tokens
    assert toks[0].text == "Secretary"
    assert sum(1 for t in toks if t.head == 0) == 1


def test_extract_many_keeps_order_and_reports_failures() -> None:
    items: list[object] = [
        "First one.",
        "",
        {"text": "Third.", "id": "c", "published": "2020-01-02"},
        {"id": "d"},
        b"Fifth.",
        {"text": "Sixth.", "date": "not a date"},
    ]
    out = list(ng.extract_many(items, threads=2))  # type: ignore[arg-type]
    assert [type(x).__name__ for x in out] == [
        "Document",
        "Failure",
        "Document",
        "Failure",
        "Document",
        "Failure",
    ]
    assert isinstance(out[1], ng.Failure) and isinstance(out[1].error, ng.EmptyTextError)
    assert isinstance(out[2], ng.Document) and out[2].meta.id == "c"
    assert isinstance(out[3], ng.Failure) and out[3].id == "d" and out[3].index == 3
    assert isinstance(out[3].error, ng.InvalidRecordError)
    assert isinstance(out[5], ng.Failure) and isinstance(out[5].error, ng.InvalidDateError)
    skipped = list(ng.extract_many(items, on_error="skip"))  # type: ignore[arg-type]
    assert len(skipped) == 3
    with pytest.raises(ng.EmptyTextError):
        list(ng.extract_many(items, on_error="raise"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ng.extract_many([], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(ng.InvalidSettingError):
        ng.extract_many([], threads=0)


def test_extract_many_matches_serial_extraction() -> None:
    texts = [f"Report {i}. The minister met the envoy on Monday." for i in range(100)]
    parallel = list(ng.extract_many(texts, threads=2))
    assert parallel == [ng.extract(t) for t in texts]


def test_extract_many_is_lazy_and_propagates_iterator_errors() -> None:
    def gen():  # type: ignore[no-untyped-def]
        yield "One."
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError, match="source broke"):
        list(ng.extract_many(gen()))
    # An item of the wrong type is that item's failure, not the stream's.
    (only,) = list(ng.extract_many([42]))  # type: ignore[list-item]
    assert isinstance(only, ng.Failure) and isinstance(only.error, ng.InvalidRecordError)


def test_python_m_newsgraph_prints_the_seed_report() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "newsgraph"], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("U.S. Warns Iraq It May Shutter Embassy Over Militia Attacks\n")
    assert "14 sentences" in out
    assert out == ng.seed().report()


def test_extract_many_goes_on_after_records_of_the_wrong_shape() -> None:
    items: list[object] = [
        {"text": 42, "id": "a"},
        {"text": "Second.", "published": float("nan")},
        17,
        "Fourth.",
    ]
    out = list(ng.extract_many(items))  # type: ignore[arg-type]
    assert [type(x).__name__ for x in out] == ["Failure", "Failure", "Failure", "Document"]
    for f in out[:3]:
        assert isinstance(f, ng.Failure) and isinstance(f.error, ng.InvalidRecordError)
    assert isinstance(out[0], ng.Failure) and "int" in str(out[0].error)
