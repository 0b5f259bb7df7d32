"""pandas tables and a timeline of documents.

The columns are built in Rust, column by column (``newsgraph._newsgraph._columns``), and handed
to :class:`pandas.DataFrame` whole. pandas is optional (``pip install 'newsgraph[pandas]'``);
plotting needs matplotlib too (``pip install 'newsgraph[plot]'``). Both are imported only when
used.

Column types: ids, names and codes are text (``None`` where absent); offsets and counts are
nullable integers (``Int64``); dates (``time_start``, ``start`` ...) are ``datetime64`` with
``NaT`` where a time is not a calendar period; id and name lists (``addressees``, ``actors``)
are Python lists. Offsets are character (code point) offsets into ``Document.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from newsgraph._newsgraph import Document, _column_types, _columns
from newsgraph._optional import require


class Tables(NamedTuple):
    """The tables of one or more documents, as pandas DataFrames, one row per item."""

    actors: Any
    """id, name, kind, code, country, sector, titles, affiliation (+ name), description,
    mention count and first mention."""
    mentions: Any
    """Every mention of an actor or a place: entity (``actor``/``place``), entity_id,
    entity_name, kind (name/nominal/pronoun), start, end, text, sentence."""
    places: Any
    """id, name, kind, country, within, latitude, longitude, mention count."""
    statements: Any
    """id, sentence, speaker, speaker_name, speaker_text, addressees, addressee_names, act,
    quote, sourcing, via, via_name, negated, cue (+ offsets), content (+ offsets), time,
    time_text, time_value, time_start, time_end, events."""
    events: Any
    """id, sentence, category, cameo, mode, quad, factuality, confidence, actors, actor_names,
    recipients, recipient_names, trigger (+ offsets), condition, time, time_text, time_value,
    time_start, time_end, place, place_name, place_country, quantities, statement."""
    times: Any
    """id, text, type, value, modifier, start, end (dates), char_start, char_end, reference,
    reference_value, sentence."""


def _pandas(feature: str) -> Any:
    return require("pandas", "pandas", feature)


def _frame(pd: Any, columns: dict[str, list[Any]], types: dict[str, str]) -> Any:
    data: dict[str, Any] = {}
    for name, values in columns.items():
        kind = types.get(name, "str")
        if kind == "int":
            data[name] = pd.array(values, dtype="Int64")
        elif kind == "date":
            data[name] = pd.to_datetime(pd.Series(values, dtype=object))
        elif kind == "bool":
            data[name] = pd.array(values, dtype=bool)
        elif kind == "float":
            data[name] = pd.array(values, dtype="float64")
        else:
            data[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=list(columns))


def _frames(docs: list[Document], doc_id: bool, feature: str) -> dict[str, Any]:
    pd = _pandas(feature)
    types = _column_types()
    cols = _columns(docs, doc_id=doc_id)
    return {name: _frame(pd, c, types[name]) for name, c in cols.items()}


def _as_list(docs: Iterable[Document] | Document) -> list[Document]:
    """The documents as a list, refusing anything else (such as `extract_many` failures)."""
    items = [docs] if isinstance(docs, Document) else list(docs)
    for i, d in enumerate(items):
        if not isinstance(d, Document):
            raise TypeError(
                f"item {i} is a {type(d).__name__}, not a Document (for extract_many, pass "
                "on_error='skip' or filter out Failure items)"
            )
    return items


def _tables(frames: dict[str, Any]) -> Tables:
    return Tables(**{f: frames[f] for f in Tables._fields})


def document_tables(doc: Document) -> Tables:
    """The tables of one document (``Document.to_pandas()``)."""
    return _tables(_frames([doc], False, "Document.to_pandas()"))


def to_pandas(docs: Iterable[Document] | Document) -> Tables:
    """The tables of many documents stacked, each starting with a ``doc_id`` column.

    ``doc_id`` is a document's ``meta.id``, or its position in ``docs`` (as text) when it has
    none.
    """
    return _tables(_frames(_as_list(docs), True, "newsgraph.to_pandas()"))


def timeline(doc: Document) -> Any:
    """The dated events and statements of a document in time order, as a DataFrame.

    Columns: start, end (first and last day of the time they are tied to), value (its TIMEX3
    value), time_text, kind (``event``/``statement``), id, label, factuality (for statements
    ``asserted``, or ``negated`` when the text says it was not said), actors (names),
    char_start. Items whose time is not a calendar period (durations, "recently") are left out.
    """
    return _frames([doc], False, "Document.timeline()")["timeline"]


_COLOURS = {"event": "#c92a2a", "statement": "#dd6b20"}


def plot_timeline(doc: Document, ax: Any = None) -> Any:
    """Draws :func:`timeline` on a time axis with matplotlib and returns the Axes.

    Each item is a bar from the first to the last day of its time (events red, statements
    orange; faded when not asserted) with its label beside it.
    """
    frame = timeline(doc)
    plt = require("matplotlib.pyplot", "plot", "Document.plot_timeline()")
    mdates = require("matplotlib.dates", "plot", "Document.plot_timeline()")
    patches = require("matplotlib.patches", "plot", "Document.plot_timeline()")
    n = len(frame)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, max(2.5, 0.5 * n + 1.2)))
    for i, row in enumerate(frame.itertuples(index=False)):
        start = mdates.date2num(row.start)
        end = mdates.date2num(row.end) + 1.0
        colour = _COLOURS.get(row.kind, "#555555")
        alpha = 1.0 if row.factuality == "asserted" else 0.45
        ax.broken_barh([(start, end - start)], (i - 0.3, 0.6), facecolors=colour, alpha=alpha)
        ax.plot([start], [i], marker="o", color=colour, alpha=alpha)
        ax.annotate(
            f"  {row.label} [{row.value}]",
            (end, i),
            va="center",
            fontsize=8,
            annotation_clip=False,
        )
    ax.set_yticks(list(range(n)))
    ax.set_yticklabels(list(frame["id"]))
    ax.set_ylim(n - 0.5, -0.5) if n else ax.set_ylim(0, 1)
    ax.xaxis_date()
    ax.set_title(doc.meta.title or "timeline", fontsize=10)
    if n == 0:
        ax.text(
            0.5,
            0.5,
            "no dated events or statements",
            transform=ax.transAxes,
            ha="center",
            va="center",
        )
    else:
        # Leave room on the right for the labels of the latest items.
        first = mdates.date2num(frame["start"].min())
        last = mdates.date2num(frame["end"].max()) + 1.0
        ax.set_xlim(first - 0.02 * (last - first) - 1, last + 0.45 * (last - first) + 30)
    ax.legend(
        handles=[patches.Patch(color=c, label=k) for k, c in _COLOURS.items()],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncol=len(_COLOURS),
        fontsize=8,
        frameon=False,
    )
    return ax
