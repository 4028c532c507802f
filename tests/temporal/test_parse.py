"""parse_date(): one date typed into a form."""

import datetime

import pytest

from factcheck.temporal import parse_date

ANCHOR = datetime.date(2011, 5, 22)


@pytest.mark.parametrize(
    ("typed", "value", "mod", "precision"),
    [
        ("Sept 2010", "2010-09", None, "month"),
        ("sept 2010", "2010-09", None, "month"),
        ("2010-09", "2010-09", None, "month"),
        ("May 18", "2011-05-18", None, "day"),
        ("the 1990s", "199", None, "decade"),
        ("c. 2001", "2001", "APPROX", "year"),
        ("  2001 ", "2001", None, "year"),
        ("May 22, 2011", "2011-05-22", None, "day"),
        ("9/2010", "2010-09", None, "month"),
        ("2010-9", "2010-09", None, "month"),
        ("c.2001", "2001", "APPROX", "year"),
        ("circa 2001", "2001", "APPROX", "year"),
        ("2011-Q3", "2011-Q3", None, "quarter"),
        ("199X", "199X", None, "decade"),
        ("the 1800s", "18", None, "century"),
        ("early 2010", "2010", "START", "year"),
    ],
)
def test_it_reads_a_typed_date_with_its_true_precision(typed, value, mod, precision):
    mention = parse_date(typed, ANCHOR)
    assert (mention.type, mention.value, mention.mod, mention.precision) == (
        "DATE",
        value,
        mod,
        precision,
    )
    assert typed[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "hello", "$48", "2011-02-30", "six months", "2011-13-45", "February 30, 2011"],
)
def test_it_returns_none_when_the_input_holds_no_date(typed):
    assert parse_date(typed, ANCHOR) is None


@pytest.mark.parametrize(
    ("typed", "text", "value", "earliest", "latest", "precision"),
    [
        ("May 18-20", "May 18-20", "2011-05-18/2011-05-20", "2011-05-18", "2011-05-20", "day"),
        ("from 2001 to 2005", "2001 to 2005", "2001/2005", "2001-01-01", "2005-12-31", "year"),
        ("1999-2001", "1999-2001", "1999/2001", "1999-01-01", "2001-12-31", "year"),
        ("between May and July 2010", "May and July 2010", "2010-05/2010-07", "2010-05-01",
         "2010-07-31", "month"),
        ("2001/2005", "2001/2005", "2001/2005", "2001-01-01", "2005-12-31", "year"),
    ],
)  # fmt: skip
def test_it_reads_a_typed_range_as_one_interval(typed, text, value, earliest, latest, precision):
    mention = parse_date(typed, ANCHOR)
    assert (mention.text, mention.value, mention.precision) == (text, value, precision)
    assert (mention.earliest.isoformat(), mention.latest.isoformat()) == (earliest, latest)


@pytest.mark.parametrize(
    "typed", ["May 2011 and June 2012", "2001 and 2005", "3 March 2001, a Monday"]
)
def test_it_refuses_two_dates_rather_than_pick_one(typed):
    assert parse_date(typed, ANCHOR) is None


def test_a_weekday_that_agrees_with_its_date_is_one_date():
    # 3 March 2001 was a Saturday: the weekday restates the day, read in its story.
    assert parse_date("3 March 2001, a Saturday", ANCHOR).value == "2001-03-03"


def test_a_time_on_the_day_named_reads_as_the_day():
    mention = parse_date("May 20, 2011 at 5 p.m.", ANCHOR)
    assert (mention.text, mention.value) == ("May 20, 2011", "2011-05-20")
