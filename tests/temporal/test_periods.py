"""Periods named by the calendar or the story (periods.py)."""

import datetime

from factcheck.temporal import tag

ANCHOR = datetime.date(2000, 2, 24)


def test_it_reads_the_week_of_a_day_as_the_calendar_week_holding_it():
    text = "It may be resolved in a court hearing the week of March 6, a relative said."
    found = [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]
    assert found == [("the week of March 6", "DATE", "2000-W10")]
