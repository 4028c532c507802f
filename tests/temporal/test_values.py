"""TIMEX3 values and the dates they cover."""

import datetime

import pytest

from factcheck.temporal.values import (
    before_christ_days,
    bounds,
    duration_value,
    narrow,
    part_mod,
    season_near,
    shift,
)

D = datetime.date


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "precision"),
    [
        ("2011-05-18", D(2011, 5, 18), D(2011, 5, 18), "day"),
        ("2011-05-22T14:00", D(2011, 5, 22), D(2011, 5, 22), "day"),
        ("2010-09", D(2010, 9, 1), D(2010, 9, 30), "month"),
        ("2011-W20", D(2011, 5, 16), D(2011, 5, 22), "week"),
        ("2011-Q2", D(2011, 4, 1), D(2011, 6, 30), "quarter"),
        ("2010-WI", D(2010, 12, 1), D(2011, 2, 28), "season"),
        ("2001", D(2001, 1, 1), D(2001, 12, 31), "year"),
        ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("19XX", D(1900, 1, 1), D(1999, 12, 31), "century"),
        ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
        ("PRESENT_REF", None, None, None),
        ("2011-02-30", None, None, None),
        # Intervals (a range read as one date): from the first's start to the last's end.
        ("2001/2005", D(2001, 1, 1), D(2005, 12, 31), "year"),
        ("2011-05-18/2011-05-20", D(2011, 5, 18), D(2011, 5, 20), "day"),
        ("2010-11/2011", D(2010, 11, 1), D(2011, 12, 31), "year"),
        ("2005/2001", None, None, None),
        ("2001/PRESENT_REF", None, None, None),
    ],
)
def test_it_bounds_a_value_by_exactly_what_it_names(value, earliest, latest, precision):
    assert bounds(value) == (earliest, latest, precision)


def test_it_narrows_early_and_late_to_a_third_of_the_span():
    earliest, latest = narrow(D(2010, 1, 1), D(2010, 12, 31), "START")
    assert earliest == D(2010, 1, 1) and latest < D(2010, 6, 1)


def test_it_shifts_months_without_overflowing_short_months():
    assert shift(D(2011, 3, 31), -1, "month") == D(2011, 2, 28)


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (3, "year", "P3Y"),
        (6, "month", "P6M"),
        (2, "hour", "PT2H"),
        (1, "decade", "P10Y"),
        (None, "year", "PXY"),
    ],
)
def test_it_writes_durations_the_iso_way(amount, unit, value):
    assert duration_value(amount, unit) == value


@pytest.mark.parametrize(
    ("earliest", "latest", "code", "offset", "expected"),
    [
        (datetime.date(1497, 7, 8), datetime.date(1497, 7, 8), "FA", 0, "1497-FA"),
        # "in January 1368, and that autumn": the autumn of 1368, not the nearer one of 1367.
        (datetime.date(1368, 1, 1), datetime.date(1368, 1, 31), "FA", 0, "1368-FA"),
        (datetime.date(1497, 7, 8), datetime.date(1497, 7, 8), "SP", 1, "1498-SP"),
        (datetime.date(1998, 1, 1), datetime.date(1998, 1, 31), "WI", -1, "1996-WI"),
        (datetime.date(1939, 1, 1), datetime.date(1939, 12, 31), "WI", 0, "1939-WI"),
        (datetime.date(1, 1, 1), datetime.date(1, 12, 31), "WI", -1, None),
        (datetime.date(9999, 1, 1), datetime.date(9999, 12, 31), "SP", 1, None),
    ],
)
def test_season_near_counts_a_season_from_a_date_and_stays_in_the_calendar(
    earliest, latest, code, offset, expected
):
    assert season_near(earliest, latest, code, offset) == expected


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "mod"),
    [
        ("2010", datetime.date(2010, 1, 1), datetime.date(2010, 5, 2), "START"),
        ("2010", datetime.date(2010, 5, 2), datetime.date(2010, 9, 1), "MID"),
        ("2010", datetime.date(2010, 9, 1), datetime.date(2010, 12, 31), "END"),
        ("2010", datetime.date(2010, 1, 1), datetime.date(2010, 12, 31), None),
        ("2010", datetime.date(2010, 3, 1), datetime.date(2010, 3, 31), None),
        ("PRESENT_REF", None, None, None),
    ],
)
def test_part_mod_reads_early_mid_or_late_back_from_narrowed_bounds(value, earliest, latest, mod):
    assert part_mod(value, earliest, latest) == mod


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("BC0341-08-13", 3, "BC0341-08-16"),
        ("BC0001-12-31", 1, "0001-01-01"),  # 1 BC is followed by AD 1
        ("BC0005-02-28", 1, "BC0005-02-29"),  # 5 BC, year -4, is a leap year
        ("BC0341-08", 1, None),  # no day to count from
    ],
)
def test_days_before_christ_count_across_months_years_and_the_era(value, days, expected):
    assert before_christ_days(value, days) == expected
