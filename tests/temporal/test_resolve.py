"""Resolution against the anchor: nearest reading, pulled by tense within reach."""

import datetime

import pytest

from factcheck.temporal.resolve import month_day_near, month_near, weekday_near

ANCHOR = datetime.date(1989, 10, 27)  # a Friday
D = datetime.date


@pytest.mark.parametrize(
    ("month", "day", "tense", "expected"),
    [
        (10, 18, "past", D(1989, 10, 18)),
        (10, 30, "future", D(1989, 10, 30)),
        (10, 30, "past", D(1989, 10, 30)),  # last year's is too far for the tense to pull
        (12, 7, "past", D(1989, 12, 7)),
        (12, 7, None, D(1989, 12, 7)),
        (1, 14, None, D(1990, 1, 14)),
    ],
)
def test_it_reads_a_month_and_day_as_the_nearest_one_unless_tense_pulls_it(
    month, day, tense, expected
):
    assert month_day_near(ANCHOR, month, day, tense) == expected


def test_it_reads_last_september_as_the_previous_year_before_september():
    assert month_near(D(2011, 5, 22), 9, None, "last") == "2010-09"


@pytest.mark.parametrize(
    ("weekday", "tense", "relative", "expected"),
    [
        (6, "past", None, D(2011, 5, 21)),
        (6, "future", None, D(2011, 5, 28)),
        (7, None, None, D(2011, 5, 22)),
        (5, None, "last", D(2011, 5, 20)),
        (1, None, "next", D(2011, 5, 23)),
    ],
)
def test_it_reads_a_weekday_by_tense_or_by_its_modifier(weekday, tense, relative, expected):
    assert weekday_near(D(2011, 5, 22), weekday, tense, relative) == expected


def test_it_reads_a_possessive_weekday_as_past():
    from factcheck.temporal import tag

    (mention,) = tag("Lawyers will appeal Wednesday's ruling.", datetime.date(2000, 1, 7))
    assert mention.value == "2000-01-05"
