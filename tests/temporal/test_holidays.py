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
