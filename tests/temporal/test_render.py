"""describe() and describe_value(): dates in words, only as precise as the value."""

import datetime

import pytest

from factcheck.temporal import describe, describe_range, describe_value, tag


@pytest.mark.parametrize(
    ("value", "mod", "words"),
    [
        ("2011-05-18", None, "May 18, 2011"),
        ("2010-09", None, "September 2010"),
        ("2001", None, "2001"),
        ("199", None, "the 1990s"),
        ("199X", None, "the 1990s"),
        ("2010", "START", "early 2010"),
        ("2010", "END", "late 2010"),
        ("2001", "APPROX", "c. 2001"),
        ("0014", None, "AD 14"),
        ("0800", None, "800"),
        ("BC0044", None, "44 BC"),
        ("BC0049-01", None, "January 49 BC"),
        ("BC0044-03-15", None, "March 15, 44 BC"),
        ("0014-08-19", None, "August 19, AD 14"),
        ("BC04", None, "the 5th century BC"),
        ("BC04", "END", "the late 5th century BC"),
        ("2011-SU", None, "summer 2011"),
        ("2011-W20", None, "week 20 of 2011"),
        ("2011-Q2", None, "Q2 2011"),
        ("18XX", None, "the 19th century"),
        ("19XX", None, "the 20th century"),
        ("19", None, "the 20th century"),
        ("199", "START", "the early 1990s"),
        ("PRESENT_REF", None, "now"),
        ("P3Y", None, "3 years"),
        ("XXXX-WXX-1", None, "every Monday"),
    ],
)
def test_it_describes_a_value_in_words(value, mod, words):
    assert describe_value(value, mod) == words


def test_it_describes_a_mention_by_its_value_and_mod():
    (mention,) = tag("Sales fell in early 2010.", datetime.date(2011, 5, 22))
    assert describe(mention) == "early 2010"


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        ("2001", "2005", "2001–2005"),
        ("2011-05", "2011-07", "May–July 2011"),
        ("2011-05-18", "2011-05-20", "May 18–20, 2011"),
        ("2011-05-30", "2011-06-02", "May 30 – June 2, 2011"),
        ("2010-12-30", "2011-01-02", "December 30, 2010 – January 2, 2011"),
    ],
)
def test_it_describes_a_range_with_an_en_dash(first, last, words):
    assert describe_range(first, last) == words
    assert describe_value(f"{first}/{last}") == words  # the interval a claim stores


def test_it_returns_an_unknown_value_unchanged_rather_than_failing():
    assert describe_value("not-a-value") == "not-a-value"
