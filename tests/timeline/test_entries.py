import datetime
from types import SimpleNamespace

import pytest

from timeline.entries import date_label, html_datetime


def _dated(value="", earliest=None, latest=None, precision="", approximate=False):
    return SimpleNamespace(
        date_value=value,
        earliest=earliest,
        latest=latest,
        precision=precision,
        approximate=approximate,
    )


@pytest.mark.parametrize(
    ("dated", "words", "attribute"),
    [
        (
            _dated("2001", datetime.date(2001, 1, 1), datetime.date(2001, 12, 31), "year"),
            "2001",
            "2001",
        ),
        (
            _dated("2010-09", datetime.date(2010, 9, 1), datetime.date(2010, 9, 30), "month"),
            "September 2010",
            "2010-09",
        ),
        (
            _dated("2011-05-18", datetime.date(2011, 5, 18), datetime.date(2011, 5, 18), "day"),
            "May 18, 2011",
            "2011-05-18",
        ),
        (
            _dated("2001", datetime.date(2001, 1, 1), datetime.date(2001, 12, 31), "year", True),
            "c. 2001",
            "2001",
        ),
        (
            _dated("2011-SU", datetime.date(2011, 6, 1), datetime.date(2011, 8, 31), "season"),
            "summer 2011",
            "",
        ),
        (
            _dated("2011-W20", datetime.date(2011, 5, 16), datetime.date(2011, 5, 22), "week"),
            "week 20 of 2011",
            "2011-W20",
        ),
        (
            # "early 2010": stored as 2010 with its first third for bounds.
            _dated("2010", datetime.date(2010, 1, 1), datetime.date(2010, 5, 2), "year"),
            "early 2010",
            "2010",
        ),
        (
            _dated("12", datetime.date(1266, 9, 1), datetime.date(1299, 12, 31), "century"),
            "the late 13th century",
            "",
        ),
        (
            # A range: HTML's datetime has no form for it, so the words say it alone.
            _dated("1998/2004", datetime.date(1998, 1, 1), datetime.date(2004, 12, 31), "year"),
            "1998–2004",
            "",
        ),
    ],
)
def test_dates_read_in_words_and_carry_only_their_known_parts(dated, words, attribute):
    assert date_label(dated) == words
    assert html_datetime(dated) == attribute


def test_a_range_without_a_value_shows_both_ends():
    dated = _dated("", datetime.date(2011, 5, 18), datetime.date(2011, 5, 21))

    assert date_label(dated) == "May 18, 2011 – May 21, 2011"
    assert html_datetime(dated) == ""


def test_an_undated_row_has_no_words():
    assert date_label(_dated()) == ""
    assert html_datetime(_dated()) == ""
