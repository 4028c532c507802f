"""ranges: the ends of a range read together (through tag(), as callers see them)."""

import datetime

import pytest

from factcheck.temporal import tag
from factcheck.temporal.ranges import join_ranges

ANCHOR = datetime.date(2012, 5, 22)  # a Tuesday


def found(text, anchor=ANCHOR):
    return [(m.text, m.value) for m in tag(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit is on April 24 and 25.", [("April 24", "2012-04-24"), ("25", "2012-04-25")]),
        ("Talks ran May 20-22.", [("May 20", "2012-05-20"), ("22", "2012-05-22")]),
        (
            "Floods hit on June 3-5, 2010.",
            [("June 3", "2010-06-03"), ("5, 2010", "2010-06-05")],
        ),
    ],
)
def test_a_day_after_a_date_takes_its_month_and_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On May 18 and 19 people died.",  # a count, not a day
        "On May 18 and 12% more voted.",
        "On May 18 and 4 a.m. it rained.",
    ],
)
def test_a_count_after_a_date_is_no_day(text):
    assert found(text)[0] == ("May 18", "2012-05-18")
    assert all(mention[0] != "19" for mention in found(text))


def test_a_date_before_a_count_is_still_read():
    assert found("On May 18, 10 people died.") == [("May 18", "2012-05-18")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Read alone, Friday (the 18th) would come before Monday (the 21st).
        ("The fair opened from Monday to Friday.", [("Monday", "2012-05-21"), ("Friday", "2012-05-25")]),
        ("Sales in January-March 2011 rose.", [("January", "2011-01"), ("March 2011", "2011-03")]),
        ("Snow fell between December and February.", [("December", "2011-12"), ("February", "2012-02")]),
        # A comma may set off the start: "from Sunday, 8 October, to Tuesday, 10 October 1871".
        ("It burned from 8 October, to 10 October 1871.", [("8 October", "1871-10-08"), ("10 October 1871", "1871-10-10")]),
        # A season before the next one named with its year is of that year.
        ("It rained in the spring and summer of 1816.", [("the spring", "1816-SP"), ("summer of 1816", "1816-SU")]),
        ("It froze in the winter and spring of 1816.", [("the winter", "1815-WI"), ("spring of 1816", "1816-SP")]),
        # A thing that opens on one date and ends on the next.
        ("The tour will open Sept. 14 at the Harbor Arena in St. Paul, Minn., and end Dec. 15 in Los Angeles.", [("Sept. 14", "2012-09-14"), ("Dec. 15", "2012-12-15")]),
    ],
)  # fmt: skip
def test_the_end_of_a_range_never_comes_before_its_start(text, expected):
    assert found(text) == expected


def test_two_days_joined_by_and_are_not_a_range():
    # "met Monday and Friday": two days, in whatever order the story tells them.
    assert found("They met Monday and Friday.") == [
        ("Monday", "2012-05-21"),
        ("Friday", "2012-05-18"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders meet next Thursday and Friday.", [("next Thursday", "2012-05-24"), ("Friday", "2012-05-25")]),
        ("They met last Monday or Tuesday.", [("last Monday", "2012-05-21"), ("Tuesday", "2012-05-22")]),
    ],
)  # fmt: skip
def test_a_bare_weekday_after_one_said_with_next_or_last_is_in_its_week(text, expected):
    assert found(text) == expected


def test_a_day_and_a_month_joined_by_to_are_not_a_range():
    # A possessive month names what has happened: last December's figures.
    text = "After a revision Friday to December's figures, jobs grew."
    assert found(text, datetime.date(1998, 2, 6)) == [
        ("Friday", "1998-02-06"),
        ("December", "1997-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair ran May 18, 19 and 20.",
            [("May 18", "2012-05-18"), ("19", "2012-05-19"), ("20", "2012-05-20")],
        ),
        (
            "Talks are on May 18 and 19 and 20.",
            [("May 18", "2012-05-18"), ("19", "2012-05-19"), ("20", "2012-05-20")],
        ),
        ("On May 18, 19 people died.", [("May 18", "2012-05-18")]),
    ],
)
def test_a_list_of_days_after_a_date_takes_its_month(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "March" and "May" alone may be verbs or names; as a range's end they are months.
        ("Sales rose from January to March.", [("January", "2012-01"), ("March", "2012-03")]),
        ("Between March and May, it rained.", [("March", "2012-03"), ("May", "2012-05")]),
        ("It snowed from November to March.", [("November", "2011-11"), ("March", "2012-03")]),
        ("Polls opened in January and May.", [("January", "2012-01"), ("May", "2012-05")]),
        ("He stayed after January and May took over.", [("January", "2012-01")]),
    ],
)  # fmt: skip
def test_may_and_march_end_a_range_of_months(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices fell from January to March 2010.", [("January", "2010-01"), ("March 2010", "2010-03")]),
        ("Work runs from November to March 2015.", [("November", "2014-11"), ("March 2015", "2015-03")]),
    ],
)  # fmt: skip
def test_an_end_that_names_its_year_gives_it_to_the_start(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served from 1998 to 2004.", [("1998 to 2004", "1998/2004")]),
        ("Prices fell in 1999-2001 and rose in 2003.", [("1999-2001", "1999/2001"), ("2003", "2003")]),
        ("Talks ran May 20-22.", [("May 20-22", "2012-05-20/2012-05-22")]),
        ("Sales rose between March and May.", [("March and May", "2012-03/2012-05")]),
        # Two dates that are no range stay two.
        ("He visited in 2001 and 2005.", [("2001", "2001"), ("2005", "2005")]),
        ("A revision Friday to December's figures.", [("Friday", "2012-05-25"), ("December", "2011-12")]),
    ],
)  # fmt: skip
def test_join_ranges_makes_each_range_one_interval_for_callers_that_want_one_reading(
    text, expected
):
    joined = join_ranges(tag(text, ANCHOR), text)
    assert [(m.text, m.value) for m in joined] == expected
    assert all(text[m.start : m.end] == m.text for m in joined)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair ran 1-3 March.", [("1", "2012-03-01"), ("3 March", "2012-03-03")]),
        (
            "Talks ran from 10 to 12 May 2010.",
            [("10", "2010-05-10"), ("12 May 2010", "2010-05-12")],
        ),
        ("They won 3-1 March games.", []),
    ],
)
def test_two_days_before_their_month_are_the_two_ends_of_a_range(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair runs May 2-June 4.", [("May 2", "2012-05-02"), ("June 4", "2012-06-04")]),
        ("It runs Jan. 30-Feb. 2, 2013.", [("Jan. 30", "2013-01-30"), ("Feb. 2, 2013", "2013-02-02")]),
        ("It ran Dec. 28, 2011-Jan. 3, 2012.", [("Dec. 28, 2011", "2011-12-28"), ("Jan. 3, 2012", "2012-01-03")]),
    ],
)  # fmt: skip
def test_a_plain_hyphen_between_two_days_of_two_months_gives_both_ends(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["Leaders meet at the May 23-24 summit.", "Leaders meet May 23-24 in Brussels."]
)
def test_days_joined_by_a_dash_go_on_into_a_noun_or_a_place(text):
    assert found(text) == [("May 23", "2012-05-23"), ("24", "2012-05-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tablets date from roughly AD 85 to 130.", [("roughly AD 85", "0085"), ("130", "0130")]),
        ("From AD 14 to 37 Tiberius ruled.", [("AD 14", "0014"), ("37", "0037")]),
        # A count after the range's words is no year.
        ("AD 85 to 130 people died.", [("AD 85", "0085")]),
    ],
)  # fmt: skip
def test_the_second_year_of_a_range_in_our_era_keeps_the_era(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2024, 2, 14))] == expected


@pytest.mark.parametrize(
    ("text", "values_"),
    [
        # Under way: the range that holds the anchor, not next year's.
        ("The hurricane season runs from June 1 to Nov. 30.", ["2008-06-01", "2008-11-30"]),
        ("The exhibition runs from July to October.", ["2008-07", "2008-10"]),
        # Still to come, and one that ended: as before.
        ("The festival will run from October to December.", ["2008-10", "2008-12"]),
        ("The show ran from March to May.", ["2008-03", "2008-05"]),
    ],
)
def test_a_range_to_come_that_holds_the_anchor_is_under_way(text, values_):
    assert [m.value for m in tag(text, datetime.date(2008, 9, 3))] == values_


def test_a_month_joined_by_and_to_the_one_before_it_comes_after_it():
    text = "The full effect will show up in the April and May numbers, due in June and July."
    found = [(m.text, m.value) for m in tag(text, datetime.date(2020, 4, 30))]
    assert found[:2] == [("April", "2020-04"), ("May", "2020-05")]


def test_a_range_told_in_the_past_never_ends_after_publication():
    found = [
        m.value for m in tag("The show ran from November to February.", datetime.date(2011, 1, 15))
    ]
    assert found == ["2009-11", "2010-02"]


def test_a_list_of_days_goes_forward_into_the_next_year():
    text = "Teacher training days: Sept. 23, Oct. 21, Nov. 18, Jan. 27, Feb. 17 and June 9."
    found = [m.value for m in tag(text, datetime.date(2016, 8, 25))]
    assert found == [
        "2016-09-23",
        "2016-10-21",
        "2016-11-18",
        "2017-01-27",
        "2017-02-17",
        "2017-06-09",
    ]


def test_a_list_of_days_told_in_the_past_stays_in_the_past():
    found = [
        m.value
        for m in tag("Attacks came on Aug. 20, Jan. 27 and Nov. 18.", datetime.date(2016, 8, 25))
    ]
    assert found == ["2016-08-20", "2016-01-27", "2015-11-18"]


def test_a_number_after_a_named_day_is_no_day_of_its_month():
    text = "Expect a top of 31 for Christmas Eve and 29 on Christmas Day."
    assert [m.text for m in tag(text, datetime.date(2019, 12, 20))] == [
        "Christmas Eve",
        "Christmas Day",
    ]


def test_a_ranges_end_without_its_year_is_the_first_such_day_after_its_start():
    text = (
        "In 2015, the commission moved the poll from February 14 to March 28, citing "
        "insecurity.\n\nLast week, the chairman said the commission was ready."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2019, 2, 16))}
    assert (found["February 14"], found["March 28"]) == ("2015-02-14", "2015-03-28")
