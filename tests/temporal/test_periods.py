"""Periods named by the calendar or the story (periods.py)."""

import datetime

import pytest

from factcheck.temporal import tag

ANCHOR = datetime.date(2000, 2, 24)


def test_it_reads_the_week_of_a_day_as_the_calendar_week_holding_it():
    text = "It may be resolved in a court hearing the week of March 6, a relative said."
    found = [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]
    assert found == [("the week of March 6", "DATE", "2000-W10")]


def test_it_reads_the_weekend_of_a_day_as_that_weeks_weekend():
    text = "The league opens the weekend of March 11."
    found = [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]
    assert found == [("the weekend of March 11", "DATE", "2000-W10-WE")]


def test_it_reads_the_quarter_ended_on_a_day_as_the_quarter_holding_most_of_it():
    text = "In the quarter ended July 31, Jayark had 5.6 million shares out."
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 10, 30))}
    assert found["the quarter"] == "1989-Q2"


def test_it_reads_the_quarter_ended_sept_30_as_the_third():
    text = "For the quarter ended Sept. 30, Delta posted net income of $133.1 million."
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 10, 26))}
    assert found["the quarter"] == "1989-Q3"


def test_the_latest_quarter_is_the_last_one_reported_whatever_quarter_came_before():
    text = (
        "The sale will result in a fourth-quarter charge of less than $10 million. "
        "Earnings fell 59% in the latest quarter, against $6.1 million a year ago."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 11, 2))}
    assert found["fourth-quarter"] == "1989-Q4"
    assert found["the latest quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


def test_a_year_ago_after_a_month_long_past_counts_from_publication():
    text = (
        "They married in July 1981 before a vast television audience. "
        "Their divorce became final a year ago, in August 1996."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1997, 8, 31))}
    assert found["a year ago"] == "1996"
    assert "final a year" not in found


def test_it_reads_late_in_the_day_even_before_after():
    text = "The Dow rebounded late in the day after falling more than 250 points."
    found = [(m.text, m.value, m.mod) for m in tag(text, datetime.date(2007, 8, 10))]
    assert found == [("late in the day", "2007-08-10", "END")]


def test_it_reads_no_date_in_the_day_after_an_event():
    assert tag("They came back the day after the vote.", ANCHOR) == []


def test_it_reads_a_season_after_early_with_its_mod():
    text = "Orders rose from the low levels of the early summer."
    found = [(m.text, m.value, m.mod) for m in tag(text, datetime.date(1989, 10, 26))]
    assert found == [("the early summer", "1989-SU", "START")]


def test_it_reads_year_end_after_a_preposition_as_the_year_with_mod_end():
    anchor = datetime.date(1989, 10, 26)
    found = [(m.text, m.value, m.mod) for m in tag("It should close by year-end.", anchor)]
    assert found == [("year-end", "1989", "END")]
    found = [(m.text, m.value) for m in tag("The change is since year-end.", anchor)]
    assert found == [("year-end", "1988")]


def test_it_reads_no_date_in_year_end_as_a_modifier():
    assert tag("In 1988, when year-end net was lower.", ANCHOR)[1:] == []


def test_it_reads_a_week_of_a_month_as_the_calendar_week():
    text = "Car sales rebounded in the last week of March."
    found = [(m.text, m.value) for m in tag(text, datetime.date(2009, 4, 1))]
    assert found == [("the last week of March", "2009-W13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # July 2, 2011 is the first Saturday of July; a future tense keeps July ahead.
        ("Talks end the first weekend of July.", ("the first weekend of July", "2011-W26-WE")),
        ("The fair ended the last weekend in April.", ("the last weekend in April", "2011-W17-WE")),
        (
            "The race is the second weekend in June 2012.",
            ("the second weekend in June 2012", "2012-W23-WE"),
        ),
    ],
)
def test_it_reads_a_weekend_of_a_month_as_the_weekend_of_that_saturday(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2011, 5, 22))] == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # In March the second half is ahead: a past tense means last year's.
        ("In the second half, growth slowed.", "2012-H2"),
        ("Sales will rise in the second half.", "2013-H2"),
        ("In the first half, sales fell.", "2013-H1"),
        ("The second half of 2011 was bad.", "2011-H2"),
        ("The first half of next year looks weak.", "2014-H1"),
    ],
)
def test_it_reads_a_half_without_its_year_by_the_sentence_tense(text, value):
    (mention,) = tag(text, datetime.date(2013, 3, 15))
    assert mention.value == value


def test_a_half_of_a_decade_is_not_a_half_of_this_year():
    found = [(m.text, m.value) for m in tag("The last half of the '80s was good.", ANCHOR)]
    assert found == [("the '80s", "198")]


@pytest.mark.parametrize(
    "text",
    [
        "The period 1999-2001 was calm.",
        "In the period of martial law, many fled.",
        "The period between the wars was short.",
    ],
)
def test_a_period_named_by_what_follows_is_no_quarter(text):
    assert [m.text for m in tag(text, ANCHOR) if m.text.lower() == "the period"] == []


def test_the_period_alone_in_earnings_copy_is_the_quarter():
    found = {
        m.text: m.value for m in tag("Net rose 5% in the period.", datetime.date(1989, 10, 26))
    }
    assert found["the period"] == "1989-Q3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit doubled in H1 2022.", [("H1 2022", "2022-H1")]),
        ("Sales fell in 2H 2021.", [("2H 2021", "2021-H2")]),
        ("Read the H1 results.", []),
        ("The H1N1 flu spread.", []),
    ],
)
def test_it_reads_a_half_by_its_code_only_with_its_year(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2023, 3, 8))] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The fleet left on 8 July 1997. That autumn it rounded the cape.", "That autumn", "1997-FA"),
        ("The fleet left in July 1997 and returned the following spring.", "the following spring", "1998-SP"),
        ("The fleet left in January 1998; the previous winter was hard.", "the previous winter", "1996-WI"),
        ("The war began in 1939. That winter was cold.", "That winter", "1939-WI"),
        ("The deal closed in March 1998. The next summer, it fell apart.", "The next summer", "1998-SU"),
        ("He enrolled in May 1990. Later that fall he left.", "Later that fall", "1990-FA"),
        # After a verb: "that spring" ends its clause, "that autumn" is never a verb.
        ("The strike of 1912 began that spring, and it ended that autumn.", "that spring", "1912-SP"),
        ("The strike of 1912 began that spring, and it ended that autumn.", "that autumn", "1912-FA"),
        ("The strike began in May 1912 and ended that fall.", "that fall", "1912-FA"),
    ],
)  # fmt: skip
def test_that_autumn_and_the_following_spring_count_from_the_storys_last_date(text, span, value):
    assert {m.text: m.value for m in tag(text, ANCHOR)}[span] == value


def test_the_following_spring_without_a_date_before_it_counts_from_the_anchor():
    found = {m.text: m.value for m in tag("Work resumes the following spring.", ANCHOR)}
    assert found["the following spring"] == "2001-SP"


@pytest.mark.parametrize(
    "text", ["Shares that fall sharply are sold.", "Ideas that spring from fear spread."]
)
def test_that_before_fall_or_spring_as_a_verb_is_no_season(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    "text",
    [
        "It was the year Augustus died.",
        "It happened in the year the war ended.",
        "It was the year he was born.",
        "The year that followed was hard.",
    ],
)
def test_the_year_before_a_clause_naming_it_is_no_date_of_the_anchor(text):
    assert tag(text, ANCHOR) == []


def test_the_year_alone_is_still_the_anchors():
    # In June; early in a year it would be the year just ended (results season).
    found = [
        (m.text, m.value) for m in tag("Profit rose for the year.", datetime.date(2000, 6, 24))
    ]
    assert found == [("the year", "2000")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The front froze in the winter of 1941-42.", [("the winter of 1941-42", "1941-WI")]),
        # No summer spans two years: the summer of the first (and "1941-42" is one year
        # named by both its calendar years, so "-42" is no date of its own).
        ("It rained in the summer of 1941-42.", [("the summer of 1941", "1941-SU")]),
    ],
)
def test_a_winter_named_by_both_its_years_is_one_winter(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("GDP grew 6% in the July-September quarter.", "the July-September quarter", "2022-Q3"),
        ("Profit for the April-to-June quarter fell.", "the April-to-June quarter", "2022-Q2"),
        ("Sales fell in the April to June period.", "the April to June period", "2022-Q2"),
        ("Profit rose in the December quarter of 2021.", "the December quarter of 2021", "2021-Q4"),
        ("Profit rose in the June half.", "the June half", "2022-H1"),
    ],
)  # fmt: skip
def test_it_reads_a_quarter_or_half_named_by_its_months(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2022, 11, 30))
            if m.precision in ("quarter", "half")] == [(span, value)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Earnings for the October quarter rose.", ["October"]),
        ("The June-August period was dry.", ["June", "August"]),
    ],
)
def test_months_that_make_no_calendar_quarter_stay_months(text, months):
    found = tag(text, datetime.date(2022, 11, 30))
    assert [(m.text, m.precision) for m in found] == [(month, "month") for month in months]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Revelers rang in the new year.", datetime.date(2024, 1, 1), [("the new year", "2024")]),
        ("Talks resume in the New Year.", datetime.date(2023, 12, 10), [("the New Year", "2024")]),
        # In June the phrase names some other year (a school's, a fiscal one).
        ("Plans for the new year were set.", datetime.date(2023, 6, 10), []),
        ("Crowds marked the Lunar New Year.", datetime.date(2024, 2, 10), []),
    ],
)
def test_the_new_year_is_the_year_about_to_start_or_just_started(text, anchor, expected):
    assert [(m.text, m.value) for m in tag(text, anchor)] == expected


def test_the_period_in_a_story_without_results_or_quarters_is_no_quarter():
    text = "The exiles returned during the period of the regency."
    assert tag(text, datetime.date(2011, 5, 22)) == []
    text = "Crowds cheered in what became the period known as the thaw."
    assert tag(text, datetime.date(2011, 5, 22)) == []


def test_the_period_in_a_story_about_results_is_still_the_quarter():
    text = "Revenue climbed to $4 billion. Costs fell in the period."
    assert [m.value for m in tag(text, datetime.date(2011, 5, 22))] == ["2011-Q1"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The gala is on the last Saturday of June.", "the last Saturday of June", "2023-06-24"),
        ("It was held on the third Monday in April.", "the third Monday in April", "2022-04-18"),
        ("Polls open on the first Monday of March 2024.", "the first Monday of March 2024", "2024-03-04"),
    ],
)  # fmt: skip
def test_a_weekday_of_a_month_is_one_day(text, span, value):
    found = [(m.text, m.value) for m in tag(text, datetime.date(2023, 4, 3))]
    assert found == [(span, value)]


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The backlog stood at $4 billion at year-end.", datetime.date(2023, 2, 17), "year-end", "2022"),
        ("It drew $540 billion for the full year.", datetime.date(2022, 1, 14), "the full year", "2021"),
        # Later in the year, or looking ahead, the year is the anchor's.
        ("Sales will rise by year-end.", datetime.date(2024, 1, 3), "year-end", "2024"),
        ("The backlog stood at $4 billion at year-end.", datetime.date(2023, 6, 17), "year-end", "2023"),
        # Not results: the year under way.
        ("Cases rose since the start of the year.", datetime.date(2018, 2, 12), "the start of the year", "2018"),
    ],
)  # fmt: skip
def test_the_year_told_in_the_past_early_in_a_year_is_the_one_just_ended(text, anchor, span, value):
    assert {m.text: m.value for m in tag(text, anchor)}[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "Brady threw three touchdown passes in the first half.",
        "Gerrard scored twice early in the second half.",
        "The team trailed 14-10 in the fourth quarter before a late field goal.",
    ],
)
def test_a_games_halves_and_quarters_are_no_calendar_periods(text):
    assert [m for m in tag(text, datetime.date(2021, 2, 8)) if m.type == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose in the first half.", "2021-H1"),
        ("Sales fell 5% in the third quarter, when the team scored its first goal.", "2020-Q3"),
    ],
)
def test_business_halves_and_quarters_stay_dates_beside_game_words(text, value):
    assert [m.value for m in tag(text, datetime.date(2021, 2, 8))] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "July was the hottest month on record. The average for the month was 16.95C.",
            [("July", "2023-07"), ("the month", "2023-07")],
        ),
        ("Rainfall for the month was below normal.", [("the month", "2023-08")]),
    ],
)
def test_the_month_is_the_month_just_named_or_else_the_anchors(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2023, 8, 8))] == expected


@pytest.mark.parametrize(
    "text",
    ["The spring equinox fell on Tuesday.", "Scientists warned that summer ice could vanish."],
)
def test_a_season_naming_a_kind_of_thing_is_no_date(text):
    assert [
        m.value for m in tag(text, datetime.date(2018, 3, 21)) if m.value.endswith(("SP", "SU"))
    ] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The bank holiday weekend looks brighter.", "The bank holiday weekend", "2019-W34-WE"),
        ("Officials will watch the systems throughout the holiday weekend.", "the holiday weekend", "2019-W34-WE"),
        ("Polls open over the Easter long weekend.", "the Easter long weekend", "2020-W15-WE"),
    ],
)  # fmt: skip
def test_a_holiday_weekend_is_a_weekend(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2019, 8, 21))] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The economy was weak during the spring and summer.", [("the spring", "2019-SP"), ("summer", "2019-SU")]),
        ("There will be no relief before spring.", [("spring", "2020-SP")]),
        ("Prices fall and spring back.", []),
    ],
)  # fmt: skip
def test_a_season_alone_after_a_season_or_a_preposition_of_time(text, found):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2019, 8, 21))] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Asia should stabilise in the first half of 1999, and recover in the second half.", "1999-H2"),
        ("Sales rose in the first quarter of 1999 and fell in the second quarter.", "1999-Q2"),
        # "last year's fourth quarter" says its own year.
        ("Profit in the fourth quarter fell from last year's fourth quarter.", "1997-Q4"),
        # Only the sentence's own period: the next sentence keeps the news reading.
        ("Sales rose in the first quarter of 1999. In the second quarter they fell.", "1998-Q2"),
    ],
)  # fmt: skip
def test_a_quarter_or_half_after_one_named_with_its_year_in_its_sentence_is_that_years(text, value):
    assert [m.value for m in tag(text, datetime.date(1998, 12, 31))][-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # An earlier quarter told as still to come is the next year's...
        ("It lost money in the fourth quarter and said sales for the first quarter would fall.", "2008-Q1"),
        # ... and one compared with in the past the same year's.
        ("Profit in the fourth quarter rose from the first quarter.", "2007-Q1"),
    ],
)  # fmt: skip
def test_an_earlier_quarter_after_a_bare_one_takes_its_year_by_its_tense(text, value):
    assert [m.value for m in tag(text, datetime.date(2008, 3, 4))][-1] == value


@pytest.mark.parametrize(
    "text",
    [
        "Growth in the first quarter will be 2.5%, down from 4% in the fourth quarter.",
        "Growth in the first quarter will be 2.5%, compared with 4% in the fourth quarter.",
    ],
)
def test_a_later_quarter_compared_with_is_the_year_befores(text):
    assert [m.value for m in tag(text, datetime.date(1995, 2, 14))] == ["1995-Q1", "1994-Q4"]


def test_a_bare_half_after_another_in_its_sentence_is_in_the_year_that_one_was_read_in():
    text = (
        "It expects results to stay weak through the first half but to improve in the second half."
    )
    assert [m.value for m in tag(text, datetime.date(1990, 1, 23))] == ["1990-H1", "1990-H2"]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # An earlier part after one named with its year is the next year's.
        (
            "The economy shrank in the fourth quarter of 2010 and will shrink again in the second quarter.",
            datetime.date(2011, 3, 14),
            "2011-Q2",
        ),
        # After a part named without its year, the same year's: a comparison.
        (
            "Growth slowed to 1.8% in the second quarter from 5.5% in the first quarter.",
            datetime.date(1998, 9, 30),
            "1998-Q1",
        ),
    ],
)
def test_an_earlier_quarter_after_another_in_its_sentence(text, anchor, value):
    assert [m.value for m in tag(text, anchor)][-1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elections are expected in the spring of next year.",
            ("the spring of next year", "2008-SP"),
        ),
        ("The fall of last year was wet.", ("The fall of last year", "2006-FA")),
    ],
)
def test_a_season_of_next_or_last_year_is_counted_from_the_anchor(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2007, 3, 8))] == [expected]


def test_a_season_told_with_no_tense_is_the_nearest_one():
    text = "The channel will also air a two-hour documentary about the making of the season in the spring."
    (_, spring) = tag(text, datetime.date(2018, 11, 20))
    assert spring.value == "2019-SP"


@pytest.mark.parametrize(
    ("anchor", "value"),
    [
        # With no tense, the nearer weekend: on a Monday or a Tuesday the one just past,
        # later in the week the one to come.
        (datetime.date(2024, 2, 5), "2024-W05-WE"),
        (datetime.date(2024, 2, 6), "2024-W05-WE"),
        (datetime.date(2024, 2, 8), "2024-W06-WE"),
    ],
)
def test_the_weekend_told_with_no_tense_is_the_nearer_one(anchor, value):
    # (a verb as far back as "Rain fell ... over the weekend" would tell: a weekend, like a
    # weekday, looks 20 words back for its verb)
    text = "Rain on parts of the county, for many long and dreary hours over the weekend."
    assert [m.value for m in tag(text, anchor) if m.text == "the weekend"] == [value]


def test_the_weekend_whose_verb_stands_far_back_takes_its_tense():
    text = "Rain fell on parts of the county for many long and dreary hours over the weekend."
    found = [m.value for m in tag(text, datetime.date(2024, 2, 8)) if m.text == "the weekend"]
    assert found == ["2024-W05-WE"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Inquiries held in Britain that spring led to new rules.", ["that spring"]),
        # "spring" the verb: no season.
        ("These are ideas that spring from fear.", []),
        ("An audit that spring had found gaps.", ["that spring"]),
        ("Shares that fall sharply are sold first.", []),
    ],
)
def test_that_spring_before_a_verb_in_the_past_is_a_season(text, found):
    assert [m.text for m in tag(text, datetime.date(2012, 4, 14))] == found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "A brokerage raised its fourth-quarter price forecast.",
            datetime.date(2005, 8, 29),
            "2005-Q4",
        ),
        # "forecast" after "and" is a verb, not the quarter's forecast.
        (
            "He said the economy had turned a corner in the third quarter and forecast growth.",
            datetime.date(2010, 12, 8),
            "2010-Q3",
        ),
        # An estimate of output measures a quarter gone by.
        (
            "The government will publish a revised third-quarter estimate of growth on Nov. 30.",
            datetime.date(2001, 10, 31),
            "2001-Q3",
        ),
    ],
)
def test_a_quarter_forecast_is_still_to_come_whatever_the_tense_of_the_forecasting(
    text, anchor, value
):
    assert [m.value for m in tag(text, anchor) if m.precision == "quarter"] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It prompted a push for vaccination ahead of summer.", [("summer", "2014-SU")]),
        ("Prices fall at the end of summer.", [("the end of summer", "2014-SU")]),
        # Kinds of things, no season.
        ("He hurt his knee at the end of spring training.", []),
        ("Hotels fill up during spring break.", []),
    ],
)
def test_a_bare_season_after_ahead_of_or_the_end_of_is_a_date(text, found):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2014, 5, 7))] == found


def test_a_tables_weeks_are_weeks_and_its_counts_no_lengths():
    text = "New cases by week:\nWeek of Jan. 14: 10\nWeek of Jan. 21: 21\nWeek of March 4: 3\n"
    found = [(m.text, m.value) for m in tag(text, datetime.date(2019, 3, 8))]
    assert found == [
        ("Week of Jan. 14", "2019-W03"),
        ("Week of Jan. 21", "2019-W04"),
        ("Week of March 4", "2019-W10"),
    ]


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        (
            "Crowds grew from a few thousand in early October to half a million by the end of "
            "the month.",
            "the end of the month",
            "1989-10",
        ),
        (
            "Profit rose in the third quarter, and by the end of the quarter debt fell.",
            "the end of the quarter",
            "1989-Q3",
        ),
        # With none named in its sentence, or for a plan, the anchor's.
        ("Sales will rise by the end of the month.", "the end of the month", "1989-11"),
        (
            "It sold 900,000 phones through the end of October and expected to pass a million "
            "by the end of the month.",
            "the end of the month",
            "1989-11",
        ),
        (
            "Inflation rose in October, adding to the pressure ahead of a budget at the end of "
            "the month.",
            "the end of the month",
            "1989-11",
        ),
    ],
)
def test_the_end_of_the_month_is_the_month_its_sentence_named(text, said, value):
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 11, 10))}
    assert found[said] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Temperatures will stay above average until the end of the week.", "2011-W21"),
        ("Sales rose at the end of the week.", "2011-W20"),
    ],
)
def test_the_end_of_the_week_still_to_come_written_on_a_sunday_is_the_next_weeks(text, value):
    (mention,) = tag(text, datetime.date(2011, 5, 22))  # a Sunday
    assert mention.value == value


def test_for_the_week_is_the_week_of_the_market_report():
    text = (
        "Crude settled at $145.08 on Friday, short of the previous peak of $145.85 set on "
        "July 3. It was up $3.43 for the day and 2 percent higher for the week."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2008, 7, 11))}
    # The day a record was set is a yardstick, not the day the report counts from.
    assert (found["the day"], found["the week"]) == ("2008-07-11", "2008-W28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fall in investment will give them pause.", []),
        ("He had a spring in his step.", []),
        ("They met in the fall in Paris.", [("the fall", "2006-FA")]),
    ],
)
def test_the_fall_in_a_thing_is_a_decline_not_autumn(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2006, 9, 6))] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Crowds packed the churches on the last day of July.", "the last day of July", "2011-07-31"),
        ("The law took effect on the first day of March 1917.", "the first day of March 1917", "1917-03-01"),
        ("The final day of February was cold.", "The final day of February", "2012-02-29"),
    ],
)  # fmt: skip
def test_the_first_or_last_day_of_a_month_is_that_day(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2012, 6, 21))] == [(span, value)]
