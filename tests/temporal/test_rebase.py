"""Counting from the story (rebase.py): "that week", "the following day" read from the
dates the text named."""

import datetime

import pytest

from factcheck.temporal import tag


@pytest.mark.parametrize(
    ("text", "anchor", "said", "value"),
    [
        # The week of the last day of the news: not of a coarser date named since, nor
        # of the day the news was told on.
        (
            "Theaters will begin reopening Sept. 14, producers said Wednesday, and will ask "
            "for proof of vaccination through October. Three shows will resume that week.",
            datetime.date(2021, 6, 24),
            "that week",
            "2021-W37",
        ),
        (
            "The memoir will be published Sept. 27, her estate said Friday. An audiobook "
            "will follow in November, and an album arrives the same week as the book.",
            datetime.date(2016, 8, 22),
            "the same week",
            "2016-W39",
        ),
    ],
)
def test_a_week_counted_from_the_story_is_the_week_of_its_last_day(text, anchor, said, value):
    found = {m.text: m.value for m in tag(text, anchor)}
    assert found[said] == value


def test_that_weekend_is_the_weekend_of_the_storys_day():
    text = (
        "The climax came on 15 September 1940, when two raids were broken up. That "
        "weekend's losses convinced Hitler, and on 17 September he postponed the invasion."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 9, 15))}
    assert found["That weekend"] == "1940-W37-WE"


def test_a_count_in_apposition_to_a_day_names_that_day():
    text = (
        "The invasion began at dawn on 22 June 1941, and by noon the air force had lost "
        "1,200 aircraft. Stalin did not address the nation until 3 July, eleven days later. "
        "The campaign was to last ten weeks; by 16 July Smolensk had fallen."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2011, 6, 22))}
    assert found["eleven days later"] == "1941-07-03"


def test_what_has_happened_for_the_month_lies_in_no_month_still_to_come():
    text = (
        "The Fed said it would stop shrinking its portfolio on Aug. 1. The index lost 1.1% "
        "but still rose 1.3% for the month."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2019, 7, 31))}
    assert found["the month"] == "2019-07"


def test_news_goes_on_from_its_own_quarter_after_comparing_with_the_same_one_a_year_before():
    text = (
        "Sales were $2.1 billion in the third quarter, against $1.8 billion in the third "
        "quarter of 2020 and $2.0 billion in the prior quarter. Margins widened from the "
        "year-ago period. Demand held up throughout the quarter."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2021, 10, 26))]
    assert found == [
        ("the third quarter", "2021-Q3"),
        ("the third quarter of 2020", "2020-Q3"),
        ("the prior quarter", "2021-Q2"),
        ("the year-ago period", "2020-Q3"),
        ("the quarter", "2021-Q3"),
    ]


def test_a_period_compared_with_is_not_what_a_year_earlier_counts_from():
    text = (
        "Prices were up 3.5% in the 12 months through March, compared with 3.2% in the year "
        "through February. Core prices rose 3.8% from a year earlier."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2024, 4, 10))}
    assert found["a year earlier"] == "2023-03"


def test_quarters_compared_with_are_not_what_the_previous_quarter_counts_from():
    text = (
        "Output grew at a 3.4 percent rate in the second quarter, compared with a 3.8 percent "
        "pace in the first quarter. Stocks grew far more slowly than in the first quarter. "
        "Prices rose 2.0 percent, down from 3.3 percent in the previous quarter."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2005, 7, 29))]
    assert found[-1] == ("the previous quarter", "2005-Q1")


@pytest.mark.parametrize(
    ("text", "anchor", "counted_to", "next_count"),
    [
        # A season counted to ("The following spring"), as one named.
        (
            "The siege of the port ended on 12 September 1683; its walls had been rebuilt in "
            "1680, plague had come in 1679 and a treaty was signed in 1675. The commander was "
            "recalled on 25 December 1683. The following spring the allies formed a league, "
            "and the fortress upriver fell two years later.",
            datetime.date(2017, 9, 12),
            ("The following spring", "1684-SP"),
            ("two years later", "1686"),
        ),
        # A weekday counted ahead to ("The following Monday"); one looked back to leaves
        # the story where it was.
        (
            "The protests of 1989 began in the autumn; in 1987 and 1988 there had been "
            "smaller ones, and the movement traced its roots to 1985. On 7 October 1989 the "
            "regime held a parade. The following Monday some 70,000 people marched through "
            "the city. Nine days later the party leader resigned.",
            datetime.date(2019, 11, 4),
            ("The following Monday", "1989-10-09"),
            ("Nine days later", "1989-10-18"),
        ),
    ],
)
def test_a_history_goes_on_from_the_date_it_counted_to(text, anchor, counted_to, next_count):
    found = {m.text: m.value for m in tag(text, anchor)}
    assert (counted_to[0], found[counted_to[0]]) == counted_to
    assert (next_count[0], found[next_count[0]]) == next_count


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # News: an obituary's life moves on with "Two years later".
        (
            "Kessler, who died on Sunday, was born in Vienna in 1912. He opened his first "
            "workshop in 1938. Two years later he fled to London. That same year he married.",
            datetime.date(1993, 3, 10),
        ),
        # From a season named before the count: the count, not the season, goes on.
        (
            "Kessler, who died on Sunday, was born in Vienna in 1912. He emigrated in the "
            "spring of 1938. Two years later he fled to London. That same year he married.",
            datetime.date(1993, 3, 10),
        ),
    ],
)
def test_that_same_year_after_years_later_is_the_year_counted_to(text, anchor):
    found = {m.text: m.value for m in tag(text, anchor)}
    assert found["That same year"] == "1940"


def test_that_year_right_after_a_year_compared_with_is_that_year():
    text = (
        "The FAA issued an order late Wednesday. It is the first time since 1979 that the "
        "agency has grounded a whole type of airliner; that year, it ordered the DC-10 out "
        "of the sky."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2013, 1, 17))}
    assert found["that year"] == "1979"


def test_the_previous_quarter_counts_from_the_quarter_reported_not_a_month_named_since():
    text = (
        "TOKYO, Aug 12 - Japan's economy grew more slowly than expected in the April-June "
        "quarter, complicating a decision on a sales tax increase next April. Output rose "
        "0.6 percent from the previous quarter."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2013, 8, 12))}
    assert found["the previous quarter"] == "2013-Q1"
    # A quarter forecast is no quarter reported: "the quarter" after it is the story's.
    text = (
        "Profit fell in the third quarter. The chief executive said the fourth quarter would "
        "be difficult. A strike began July 24 and cost 14 cents a share in the quarter."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 10, 19))}
    assert found["the quarter"] == "1989-Q3"


def test_that_evening_after_a_day_counted_in_its_sentence_is_that_days():
    text = (
        "The shootings began on Oct. 2, when a man was killed in Wheaton. The next day, four "
        "people were shot dead, and a fifth was killed that evening in Washington."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2002, 10, 24))}
    assert found["that evening"] == "2002-10-03TEV"


def test_the_same_day_after_a_clock_told_with_its_day_in_a_history_is_that_day():
    text = (
        "Kennedy addressed the nation at 7 p.m. on Monday, 22 October 1962. The quarantine "
        "came into force at 10 a.m. Wednesday, 24 October. The same day the bombers were "
        "put on alert."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2011, 2, 21))}
    assert found["The same day"] == "1962-10-24"


@pytest.mark.parametrize(
    ("said", "value"),
    [("that decade", "192"), ("Later that decade", "192"), ("the following decade", "193")],
)
def test_that_decade_is_the_decade_named_since_the_last_date(said, value):
    text = (
        "War broke out in 1879. Oil was found in the 1920s. Throughout that decade both "
        "armies built forts. Later that decade, the war began. In the following decade, "
        "peace came."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 6, 14))}
    assert found[said] == value


def test_that_decade_after_a_year_named_since_the_decade_is_the_years():
    text = "Oil was found in the 1920s. War broke out in 1932, and that decade was lost."
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 6, 14))}
    assert found["that decade"] == "193"


def test_the_quarter_counted_from_a_month_of_its_sentence_is_that_months_quarter():
    text = '"We came into April cautious, and by the end of the quarter we were shipping," he said.'
    found = {m.text: (m.value, m.mod) for m in tag(text, datetime.date(2003, 7, 22))}
    assert found["the end of the quarter"] == ("2003-Q2", "END")
