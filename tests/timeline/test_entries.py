import datetime
from types import SimpleNamespace

import pytest

from factcheck.temporal.values import bounds
from timeline.entries import EventPresentation, date_label, html_datetime


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


class _Told(EventPresentation):
    """An event whose claims give these dates (TIMEX3 values)."""

    __slots__ = ("shown_claims",)

    def __init__(self, *values: str):
        self.shown_claims = [_dated(value, *bounds(value)) for value in values]


@pytest.mark.parametrize(
    "values",
    [
        ("2011-04-02", "2011-04"),
        ("2011-05-18", "2011-W20"),
        ("2011-05-18", "2011-W20", "2011-05", "2011"),
        ("2011-05-18", "2011-05-18"),
    ],
)
def test_tellings_that_differ_only_in_precision_agree(values):
    assert _Told(*values).dates_disagree is False


@pytest.mark.parametrize(
    "values",
    [
        ("2011-05-18", "2011-05-21"),
        ("2011-04-02", "2011-05"),
        # Pairwise the week and the month overlap, but the day lies outside the week.
        ("2011-05-02", "2011-W20", "2011-05"),
    ],
)
def test_tellings_with_no_day_in_common_disagree(values):
    assert _Told(*values).dates_disagree is True


def test_each_claims_date_is_listed_when_the_tellings_differ_at_all():
    assert _Told("2011-04-02", "2011-04").claim_dates_differ
    assert not _Told("2011-04-02", "2011-04-02").claim_dates_differ
