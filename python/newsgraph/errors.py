"""Exceptions raised by newsgraph. Every one is a :class:`NewsgraphError`."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on bad input or settings."""

    code: str = "error"


class EmptyTextError(NewsgraphError, ValueError):
    """The text is empty or only whitespace."""

    code = "empty_text"


class InvalidUtf8Error(NewsgraphError, ValueError):
    """The bytes given as text are not valid UTF-8."""

    code = "invalid_utf8"


class BinaryInputError(NewsgraphError, ValueError):
    """The input is binary data (NUL or control characters), not text."""

    code = "binary"


class MarkupError(NewsgraphError, ValueError):
    """The input is an HTML/XML page rather than article text."""

    code = "markup"


class TooLargeError(NewsgraphError, ValueError):
    """The text is longer than the extractor accepts."""

    code = "too_large"


class InvalidDateError(NewsgraphError, ValueError):
    """A date (e.g. ``published``) could not be read."""

    code = "invalid_date"


class InvalidJsonError(NewsgraphError, ValueError):
    """A JSON document or record could not be read."""

    code = "invalid_json"


class InvalidRecordError(NewsgraphError, ValueError):
    """A corpus record lacks what extraction needs (e.g. its ``text``)."""

    code = "invalid_record"


class DictionaryError(NewsgraphError, ValueError):
    """A dictionary file has a malformed line (the message names file and line)."""

    code = "dictionary"


class InvalidSettingError(NewsgraphError, ValueError):
    """A setting (threads, limits) is out of range."""

    code = "invalid_setting"


class NewsgraphIOError(NewsgraphError, OSError):
    """A file could not be read or written."""

    code = "io"


class InternalError(NewsgraphError, RuntimeError):
    """A bug in newsgraph; please report it with the input."""

    code = "internal"


__all__ = [
    "BinaryInputError",
    "DictionaryError",
    "EmptyTextError",
    "InternalError",
    "InvalidDateError",
    "InvalidJsonError",
    "InvalidRecordError",
    "InvalidSettingError",
    "InvalidUtf8Error",
    "MarkupError",
    "NewsgraphError",
    "NewsgraphIOError",
    "TooLargeError",
]
