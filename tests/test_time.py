"""Time expressions from Python: TIMEX3 values and calendar bounds as datetime.date."""

from __future__ import annotations

import datetime

import newsgraph as ng


def test_seed_times_resolve_against_publication() -> None:
    values = {t.text: t.value for t in ng.seed().times}
    assert values["Saturday"] == "2020-09-26"
    assert values["January"] == "2020-01"
    assert values["recent months"] == "PAST_REF"
    assert values["July"] == "2020-07"
    assert values["earlier in the summer"] == "2020-SU"
    assert values["Earlier this month"] == "2020-09"
    assert values["2018"] == "2018"


def test_start_and_end_are_dates() -> None:
    times = {t.text: t for t in ng.seed().times}
    summer = times["earlier in the summer"]
    assert (summer.start, summer.end) == (datetime.date(2020, 6, 1), datetime.date(2020, 8, 31))
    assert times["2018"].start == datetime.date(2018, 1, 1)
    assert times["recent months"].start is None
    t = times["Saturday"]
    assert t.span.text == "Saturday" and t.span.start == t.char_start
    assert t.reference is not None and t.reference.value == "2020-09-27"


def test_no_publication_date_leaves_relative_times_unresolved() -> None:
    doc = ng.extract("The talks ended on Saturday. They resumed in July.")
    values = {t.text: t.value for t in doc.times}
    assert values["Saturday"].startswith("XXXX")
    assert values["July"] == "XXXX-07"
    assert all(t.start is None for t in doc.times)
