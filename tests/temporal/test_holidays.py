"""Named days: fixed and movable holidays."""

import datetime

import pytest

from factcheck.temporal import tag
from factcheck.temporal.holidays import holiday_date

D = datetime.date


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Christmas", 2011, D(2011, 12, 25)),
        ("New Year's Day", 2012, D(2012, 1, 1)),
        ("Thanksgiving Day", 1999, D(1999, 11, 25)),
        ("Election Day", 1998, D(1998, 11, 3)),
        ("Memorial Day", 2011, D(2011, 5, 30)),
        ("Labor Day", 2011, D(2011, 9, 5)),
        ("Easter", 2011, D(2011, 4, 24)),
        ("Good Friday", 2000, D(2000, 4, 21)),
    ],
)
def test_it_dates_holidays_by_the_calendar(name, year, day):
    assert holiday_date(name, year) == day


def test_it_reads_last_thanksgiving_as_the_one_before_the_anchor():
    (mention,) = tag("Sales fell after last Thanksgiving.", D(2000, 2, 10))
    assert (mention.text, mention.value) == ("last Thanksgiving", "1999-11-25")


def test_a_holiday_week_is_the_calendar_week_that_holds_the_holiday():
    found = [(m.text, m.value) for m in tag("Crowds prayed as Easter week began.", D(2000, 4, 17))]
    assert found == [("Easter week", "2000-W16")]


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The review is scheduled for Thanksgiving weekend.", D(2023, 2, 8), "Thanksgiving weekend", "2023-W47-WE"),
        ("The game was played on Easter weekend.", D(2023, 2, 8), "Easter weekend", "2022-W15-WE"),
        ("Crowds came over the Easter weekend.", D(2023, 2, 8), "the Easter weekend", "2022-W15-WE"),
        ("Sales in the Christmas period rose.", D(2023, 2, 8), "Christmas", "2022-12-25"),
        # A Monday holiday's weekend is the one just before it.
        ("Crowds packed the beaches over Memorial Day weekend.", D(2023, 6, 10), "Memorial Day weekend", "2023-W21-WE"),
    ],
)  # fmt: skip
def test_a_holiday_weekend_is_the_weekend_that_holds_or_leads_into_the_holiday(
    text, anchor, span, value
):
    assert [(m.text, m.value) for m in tag(text, anchor)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Nearest is last December's; the tense asks for the next one, ten months away.
        ("The family will be home for Christmas.", "2023-12-25"),
        # Nearest is this April's; the tense asks for last year's.
        ("The church was full at Easter.", "2022-04-17"),
        ("Shops expect a busy Christmas.", "2023-12-25"),
    ],
)
def test_a_clear_tense_takes_the_last_or_next_holiday_however_far(text, value):
    (mention,) = tag(text, D(2023, 2, 8))
    assert mention.value == value
