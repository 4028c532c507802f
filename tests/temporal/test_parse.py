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


def test_it_reads_the_start_of_a_typed_range_of_days():
    mention = parse_date("May 18-20", ANCHOR)
    assert (mention.text, mention.value) == ("May 18", "2011-05-18")
