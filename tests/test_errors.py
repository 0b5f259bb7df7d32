"""Bad input gets a typed error (a NewsgraphError subclass) naming what was wrong."""

from __future__ import annotations

import pytest

import newsgraph as ng


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("", ng.EmptyTextError, "empty"),
        ("   \n\t  ", ng.EmptyTextError, "whitespace"),
        (b"caf\xe9 au lait", ng.InvalidUtf8Error, "byte 3"),
        (b"\x00\x01\x02binary\x00", ng.BinaryInputError, "NUL"),
        ("MZ\x00\x00\x90\x00", ng.BinaryInputError, "NUL"),
        ("<!DOCTYPE html><html><body><p>Hello</p></body></html>", ng.MarkupError, "HTML"),
    ],
)
def test_bad_text(text: str | bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message) as info:
        ng.extract(text)
    assert isinstance(info.value, ng.NewsgraphError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("date", ["2020-02-30", "yesterday", "27/09/2020", ""])
def test_bad_published_date_names_the_input(date: str) -> None:
    with pytest.raises(ng.InvalidDateError) as info:
        ng.extract("The minister resigned.", published=date)
    assert repr(date).replace("'", '"') in str(info.value)


def test_fifty_megabyte_document_is_refused_with_the_limit() -> None:
    big = "The talks resumed on Monday. " * (50 * 1024 * 1024 // 29 + 1)
    with pytest.raises(ng.TooLargeError, match="max_bytes"):
        ng.extract(big)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        ng.extract(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ng.extract(12)  # type: ignore[arg-type]


def test_error_classes_form_one_hierarchy() -> None:
    for name in ng.errors.__all__:
        cls = getattr(ng, name)
        assert issubclass(cls, ng.NewsgraphError)
        assert isinstance(cls.code, str)


def test_malformed_dictionary_raises_dictionary_error_naming_the_line(tmp_path) -> None:
    bad = tmp_path / "actors.txt"
    bad.write_text("IRAQ [IRQ]\n+IRAQI\nGOLLUM\n\t[950601-990815]\n", encoding="utf-8")
    with pytest.raises(ng.DictionaryError, match=r"actors\.txt:4: .*no code") as info:
        ng.extract("Iraq said the talks would resume.", dictionaries=[bad])
    assert isinstance(info.value, ng.NewsgraphError)
    with pytest.raises(ng.DictionaryError, match=r":4: "):
        ng.extract_many(["Iraq said so."], dictionaries=[str(bad)])


def test_dictionaries_are_loaded_and_missing_files_are_io_errors(tmp_path) -> None:
    good = tmp_path / "people.tsv"
    good.write_text("Zorblat Quux\tFRAGOV\t2019\t2021\n", encoding="utf-8")
    doc = ng.extract("Iraq said the talks would resume.", dictionaries=[good])
    assert any(a.code == "IRQ" for a in doc.actors)
    docs = list(ng.extract_many(["Iraq said so."], dictionaries=[good]))
    assert len(docs) == 1
    with pytest.raises(ng.NewsgraphIOError):
        ng.extract("Iraq said so.", dictionaries=[tmp_path / "missing.tsv"])
