"""Expressions counted from the anchor (relative.py)."""

import datetime

import pytest

from factcheck.temporal import tag

ANCHOR = datetime.date(1998, 3, 6)  # a Friday
D = datetime.date


def _found(text):
    return [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


def test_the_small_hours_are_read_before_each_clock_where_it_stands():
    # The same words twice in one sentence: each is read from where it stands.
    text = "At dawn they waited until five o'clock, and at five o'clock they charged."
    clocks = [
        m.value for m in tag(text, D(2011, 5, 22)) if m.type == "TIME" and "o'clock" in m.text
    ]
    assert clocks == ["2011-05-22T17:00", "2011-05-22T05:00"]


def test_overnight_told_ahead_is_the_night_after_the_day_its_sentence_names():
    text = "Snow should develop Wednesday afternoon, turning heavy overnight."
    assert [m.value for m in tag(text, D(2018, 1, 30)) if m.text == "overnight"] == [
        "2018-01-31TNI"
    ]


def test_overnight_after_a_day_since_which_is_last_night():
    # "since Thursday" is a yardstick, not the day the rescues were told of.
    text = "Crews have worked every day since Thursday. Two rescues overnight were close calls."
    assert [m.value for m in tag(text, D(2021, 3, 22)) if m.text == "overnight"] == [
        "2021-03-21TNI"
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It's the second day of an offensive by the police.", "the second day", "1998-03-06"),
        ("Trading was suspended for a second consecutive day.", "a second consecutive day",
         "1998-03-06"),
        ("US stocks log gains for fourth week in a row.", "fourth week", "1998-W10"),
    ],
)  # fmt: skip
def test_it_reads_a_counted_day_in_the_news_as_the_anchors(text, span, value):
    assert (span, "DATE", value) in _found(text)


def test_it_leaves_a_counted_day_still_to_come_unknown():
    found = _found("He vowed he would do so on his first day in office.")
    assert ("first day", "DATE", "XXXX-XX-XX") in found


@pytest.mark.parametrize(
    "text",
    [
        "Its 10th year of operation.",
        "It happened on the final day of the trial.",
        "They met in the first week of May.",
    ],
)
def test_it_reads_no_counted_day_in_years_ends_or_weeks_of_a_month(text):
    assert not [f for f in _found(text) if f[0].endswith(("day", "week", "year"))]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The past fortnight was wet.", "The past fortnight"),
        ("Talks resume in the next fortnight.", "the next fortnight"),
    ],
)
def test_the_past_or_next_fortnight_is_two_weeks_long(text, span):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DURATION", "P2W")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sirens sounded within the past hour.", "the past hour", "PT1H"),
        ("Prices jumped in the last minute of trading.", "the last minute", "PT1M"),
        ("More rain is due in the next hour.", "the next hour", "PT1H"),
    ],
)
def test_the_past_or_next_hour_is_a_length_not_the_past(text, span, value):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DURATION", value)]


def test_the_next_month_told_in_the_past_is_the_month_after_the_storys_date():
    text = "The fleet anchored in May 1497. The next month the captain met the ruler."
    assert _found(text)[-1] == ("The next month", "DATE", "1497-06")


def test_the_next_month_ahead_still_counts_from_the_anchor():
    text = "The fleet anchored in May 1997. Prices will rise over the next month."
    assert _found(text)[-1] == ("the next month", "DATE", "1998-04")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The pound fell overnight.", D(2016, 6, 24), "2016-06-23TNI"),
        ("Storms will move in overnight.", D(2022, 8, 29), "2022-08-29TNI"),
        # The night before the day the story tells of, not before the anchor.
        (
            "London shares closed lower Friday. They were hit by overnight losses in New York.",
            D(1989, 10, 30),
            "1989-10-26TNI",
        ),
    ],
)
def test_overnight_is_the_night_before_the_story_or_tonight(text, anchor, value):
    assert [m.value for m in tag(text, anchor) if m.text == "overnight"] == [value]


@pytest.mark.parametrize(
    "text", ["They booked an overnight stay.", "The overnight rate rose.", "An overnight success."]
)
def test_overnight_that_names_a_kind_of_thing_is_no_time(text):
    assert [m.text for m in tag(text, D(2016, 6, 24))] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Written on a Monday: the sentence says which way the week goes.
        ("The hard days come later this week: the climb on Thursday, a time trial on Friday.", "2016-07-15"),
        ("Prices rose earlier this week, and on Friday they fell.", "2016-07-08"),
    ],
)  # fmt: skip
def test_a_weekday_beside_later_or_earlier_this_week_goes_that_way(text, value):
    assert [m.value for m in tag(text, D(2016, 7, 11)) if m.text == "Friday"] == [value]


def test_years_ago_today_is_the_anniversary_day():
    found = [
        (m.text, m.value) for m in tag("Twelve years ago today, the bombs went off.", D(2017, 7, 7))
    ]
    assert found == [("Twelve years ago today", "2005-07-07")]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The shop opened 50 years ago this spring.", D(2024, 2, 7), "1974-SP"),
        # This winter, told in February, began the year before.
        ("The river froze 20 years ago this winter.", D(2024, 2, 7), "2003-WI"),
        ("The hall opened a century ago this summer.", D(2024, 6, 7), "1924-SU"),
    ],
)
def test_years_ago_this_season_is_that_season(text, anchor, value):
    found = [(m.text, m.value) for m in tag(text, anchor)]
    assert len(found) == 1 and found[0][0].endswith(" this " + found[0][0].split()[-1])
    assert found[0][1] == value


def test_overnight_after_yesterdays_event_is_last_night():
    text = "Britain voted in Thursday's referendum. The pound fell overnight."
    assert [m.value for m in tag(text, D(2016, 6, 24)) if m.text == "overnight"] == [
        "2016-06-23TNI"
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("We vote two weeks from today.", "two weeks from today", "2009-06-15"),
        ("It ends three years from now.", "three years from now", "2012"),
        # Counted from the anchor even after another date: not from 1999.
        ("In 1999 it began. It ends three years from now.", "three years from now", "2012"),
    ],
)
def test_from_now_and_from_today_count_from_the_anchor(text, span, value):
    assert {m.text: m.value for m in tag(text, D(2009, 6, 1))}[span] == value


@pytest.mark.parametrize(
    "text", ["He spent the last year of his life writing.", "The last day of school is in June."]
)
def test_the_last_year_of_a_life_is_no_last_year(text):
    assert [m.text for m in tag(text, D(2009, 6, 1)) if m.text.lower().startswith("the")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wreaths are laid every year on 22 June.", "XXXX-06-22"),
        ("The noughties were hard.", "200"),
    ],
)
def test_a_yearly_day_is_any_years_and_the_noughties_are_the_2000s(text, value):
    assert [m.value for m in tag(text, D(2009, 6, 1)) if m.type == "DATE"] == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Shares closed lower Friday. Dealers bought in the morning.", D(1989, 10, 30), "the morning", "1989-10-27TMO"),
        ("Yields will fall in the afternoon.", D(2022, 11, 10), "the afternoon", "2022-11-10TAF"),
        ("He will leave at 4 in the morning.", D(2000, 4, 5), "4 in the morning", "2000-04-05T04:00"),
        ("They met at 9 o'clock in the evening.", D(2000, 4, 5), "9 o'clock in the evening", "2000-04-05T21:00"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_is_the_story_days_and_an_hour_in_it_a_clock_time(
    text, anchor, span, value
):
    assert {m.text: m.value for m in tag(text, anchor)}[span] == value


@pytest.mark.parametrize("text", ["The morning session opened.", "Read it in the morning paper."])
def test_a_part_of_the_day_naming_a_thing_is_no_time(text):
    assert tag(text, D(2022, 11, 10)) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He will address the nation at 9 o'clock.", "9 o'clock", "2001-09-11T09:00"),
        ("At eight forty-six a.m., a plane struck.", "eight forty-six a.m.", "2001-09-11T08:46"),
        ("The guns opened at six in the morning.", "six in the morning", "2001-09-11T06:00"),
        # Said without a.m. or p.m., an hour from one to six is the afternoon's.
        ("The charge came at about 4 o'clock.", "about 4 o'clock", "2001-09-11T16:00"),
        ("The gates fell at half past five.", "half past five", "2001-09-11T17:30"),
        # ... unless the morning is said after it, or the small hours before it.
        (
            "At first light the guns opened, and at five o'clock they charged.",
            "five o'clock",
            "2001-09-11T05:00",
        ),
        (
            "In the early hours, at about half past three, the walls fell.",
            "about half past three",
            "2001-09-11T03:30",
        ),
        ("They worked from dawn until five o'clock.", "five o'clock", "2001-09-11T17:00"),
        (
            "They attacked at about four o'clock the next morning.",
            "about four o'clock the next morning",
            "2001-09-12T04:00",
        ),
        (
            "They rose at half past six in the morning.",
            "half past six in the morning",
            "2001-09-11T06:30",
        ),
        ("At six in the evening the guns fell silent.", "six in the evening", "2001-09-11T18:00"),
        ("The curfew began at six p.m.", "six p.m.", "2001-09-11T18:00"),
        ("It resumed at six oh five p.m.", "six oh five p.m.", "2001-09-11T18:05"),
        ("Twelve forty-six a.m. Eastern", "Twelve forty-six a.m. Eastern", "2001-09-11T00:46"),
        # A time of the clock said without a.m. or p.m.: up to six, the afternoon's.
        ("Our correspondent joins us at 7:45.", "7:45", "2001-09-11T07:45"),
        ("Trades made at 2:40 were canceled.", "2:40", "2001-09-11T14:40"),
        # ... in a sentence about tonight, the evening's.
        ("He calls tonight's game against Akron at 7:05.", "7:05", "2001-09-11T19:05"),
        # An hour said of tonight is an evening one, unless it says a.m.
        ("He speaks at nine o'clock tonight.", "nine o'clock tonight", "2001-09-11T21:00"),
        ("It opens at 1 a.m. tonight.", "1 a.m. tonight", "2001-09-11T01:00"),
        # An hour said of a morning is a morning one; the part of the day that follows
        # makes a bare "7:30" a time.
        ("It struck at 4 o'clock this morning.", "4 o'clock this morning", "2001-09-11T04:00"),
        ("Crews left at 6 yesterday morning.", "6 yesterday morning", "2001-09-10T06:00"),
        ("Crews arrived at 7:30 this morning.", "7:30 this morning", "2001-09-11T07:30"),
        ("They return at 3:30 this afternoon.", "3:30 this afternoon", "2001-09-11T15:30"),
        ("The show airs at 8 tonight.", "8 tonight", "2001-09-11T20:00"),
    ],
)
def test_clock_times_as_scripts_say_them(text, span, value):
    assert {m.text: m.value for m in tag(text, D(2001, 9, 11))}[span] == value


@pytest.mark.parametrize(
    "text", ["He had two sons.", "She is one of six anchors.", "At nine, he left."]
)
def test_a_spoken_number_without_its_hour_word_is_no_time(text):
    assert [m for m in tag(text, D(2001, 9, 11)) if m.type == "TIME"] == []


def test_a_count_before_a_part_of_the_day_is_no_clock_time():
    found = tag("Police arrested 12 this morning.", D(2001, 9, 11))
    assert [(m.text, m.value) for m in found] == [("this morning", "2001-09-11TMO")]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Sunday's election will go ahead as planned.", D(2022, 7, 8), "2022-07-10"),
        ("Saturday's match is set to be played.", D(2023, 6, 5), "2023-06-10"),
        # A ruling already made, whatever the sentence plans.
        ("They will look for ways around Wednesday's ruling.", D(2000, 1, 7), "2000-01-05"),
        # An event still to come: what precedes it, or the sentence's future, says so.
        ("Polls ahead of Sunday's runoff show Hollande leading.", D(2012, 4, 23), "2012-04-29"),
        ("The opposition will boycott Sunday's vote.", D(2012, 4, 23), "2012-04-29"),
        ("Sunday's vote was close.", D(2012, 4, 23), "2012-04-22"),
        # What the story turns or looks to is still to come.
        ("Attention is turning to Thursday's debate.", D(2010, 4, 13), "2010-04-15"),
        ("Fans are looking ahead to Saturday's match.", D(2010, 4, 13), "2010-04-17"),
        ("He turned to Friday's ruling.", D(2010, 4, 13), "2010-04-09"),
        ("Traders were waiting for Thursday's report.", D(2012, 4, 23), "2012-04-26"),
        ("Investors awaited Thursday's jobs report.", D(2012, 4, 23), "2012-04-26"),
        (
            "Investors will weigh Thursday's reading on consumer spending.",
            D(2012, 4, 23),
            "2012-04-26",
        ),
        ("Thursday's report showed a rise.", D(2012, 4, 23), "2012-04-19"),
        # A report told at length before its verb; a ruling, not held on a set day, has been.
        (
            "Friday's report on the state of housing will offer a test.",
            D(1995, 2, 14),
            "1995-02-17",
        ),
        ("Friday's ruling by the full court will make it harder.", D(1995, 2, 14), "1995-02-10"),
        ("Traders left early ahead of Thursday's holiday.", D(1991, 7, 2), "1991-07-04"),
        ("Traders will watch for Tuesday's release of the report.", D(1991, 4, 19), "1991-04-23"),
        ("Tuesday's release of the report lifted prices.", D(1991, 4, 19), "1991-04-16"),
        # A fixture of sport is to come; what an announcement means, it has already made.
        ("He will lead the side for Saturday's trip to Leeds.", D(2006, 2, 9), "2006-02-11"),
        (
            "The coach said he would test the ankle in Thursday's practice.",
            D(2019, 11, 6),
            "2019-11-07",
        ),
        ("Riders will recover on Wednesday's rest day.", D(2010, 7, 19), "2010-07-21"),
        ("Thursday's practice was cut short by rain.", D(2019, 11, 6), "2019-10-31"),
        (
            "Sunday's game is the first of three on national television.",
            D(2019, 11, 6),
            "2019-11-10",
        ),
        ("Sunday's game is over, and the title is theirs.", D(2019, 11, 6), "2019-11-03"),
        ("The players prepared for Friday's Group G decider.", D(1998, 6, 24), "1998-06-26"),
        ("Tuesday's CBI survey of retailers will give a fresh read.", D(2022, 7, 24), "2022-07-26"),
        (
            "Saturday's 52-kilometre time trial from Bordeaux should suit him.",
            D(2010, 7, 19),
            "2010-07-24",
        ),
        ("Sunday's game could have gone either way.", D(2010, 7, 19), "2010-07-18"),
        # A celebration told in the present of its schedule is still to come.
        ("Saturday's open house runs in the old hall.", D(1998, 10, 14), "1998-10-17"),
        ("Friday's block party starts after the parade.", D(2011, 9, 28), "2011-09-30"),
        ("Friday's block party drew a crowd of 2,000.", D(2011, 9, 28), "2011-09-23"),
        ("Thursday's announcement means jets will be late.", D(2009, 6, 19), "2009-06-18"),
        ("Early returns from Sunday's vote suggest it will pass.", D(2012, 4, 23), "2012-04-22"),
        (
            "Volunteers reached the voters who will decide Tuesday's contest.",
            D(2016, 2, 28),
            "2016-03-01",
        ),
        # An event's name in capitals is the event still.
        ("The field for Monday's Boston Marathon is the fastest.", D(2011, 4, 15), "2011-04-18"),
        # "votes" after a gerund is its object, no vote still to come.
        ("Officials began counting votes from Sunday's election.", D(2012, 4, 23), "2012-04-22"),
    ],
)
def test_a_possessive_day_is_past_unless_what_it_names_is_still_to_come(text, anchor, value):
    assert [m.value for m in tag(text, anchor)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Air raid sirens sounded shortly after dawn.", "2023-02-24TMO"),
        # Nightfall ends the evening, as dusk does.
        ("Fighting will go on until nightfall.", "2023-02-24TEV"),
        ("Rebels attacked late Wednesday. The town fell at dusk.", "2023-02-22TEV"),
        # "through the evening", "during the night": parts of the day too; "by night" is a
        # manner, no time.
        ("Temperatures stay in the low 50s through the evening.", "2023-02-24TEV"),
        ("Rebels attacked late Wednesday and fought through the night.", "2023-02-22TNI"),
    ],
)
def test_dawn_dusk_and_nightfall_are_parts_of_the_story_day(text, value):
    assert [m.value for m in tag(text, D(2023, 2, 24)) if m.type == "TIME"] == [value]


def test_dawn_in_a_history_is_on_the_storys_day():
    text = (
        "In 1912 the alliance formed. In 1913 it grew. In 1914 war came. In 1915 it spread. "
        "The offensive opened on 1 July 1916. The guns fell silent at dawn."
    )
    assert {m.text: m.value for m in tag(text, D(2009, 6, 1))}["dawn"] == "1916-07-01TMO"


def test_overnight_lows_are_a_forecast_not_a_night():
    assert [m.text for m in tag("Overnight lows will dip to 40.", D(2023, 11, 26))] == []


def test_a_weekday_in_a_name_is_not_the_day_the_story_tells_of():
    text = "The Sunday Times reported the raid. Shares fell in the afternoon."
    assert [m.value for m in tag(text, D(2023, 6, 7)) if m.type == "TIME"] == ["2023-06-07TAF"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schools will reopen later this week.", "2014-W02"),
        ("Talks will resume this week.", "2014-W02"),
        ("Schools closed earlier this week.", "2014-W01"),
    ],
)
def test_on_a_sunday_this_week_ahead_is_the_week_starting_tomorrow(text, value):
    assert [m.value for m in tag(text, D(2014, 1, 5))] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He speaks a week from Tuesday.", "a week from Tuesday", "2007-06-26"),
        ("Liverpool play Brighton a week on Saturday.", "a week on Saturday", "2007-06-23"),
        ("It opens two weeks from tomorrow.", "two weeks from tomorrow", "2007-06-30"),
        # British: "Friday week" a week after the coming Friday, "Monday next" the coming
        # Monday.
        ("He returns on Friday week.", "Friday week", "2007-06-22"),
        ("The hearing is on Monday next.", "Monday next", "2007-06-18"),
    ],
)
def test_weeks_from_a_coming_day_are_one_date(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2007, 6, 15))] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("They meet Monday next week.", "Monday next week", "2007-06-18"),
        # Not the anchor's own Tuesday: the Tuesday of the week before.
        ("The bill passed on Tuesday last week.", "Tuesday last week", "2007-06-05"),
        ("It closes Friday this week.", "Friday this week", "2007-06-15"),
    ],
)
def test_a_weekday_of_last_this_or_next_week_is_that_weeks_day(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2007, 6, 12))] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It exploded at 10:05 last night.", "10:05 last night", "2011-05-21T22:05"),
        ("The deadline expired at midnight last night.", "midnight last night", "2011-05-21T24:00"),
        ("At 5 a.m. this morning it fell.", "5 a.m. this morning", "2011-05-22T05:00"),
    ],
)
def test_a_clock_time_before_a_part_of_a_day_is_on_that_day(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2011, 5, 22))] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("They met around half past six this evening.", "around half past six this evening", "2011-05-22T18:30"),
        ("It began at a quarter to nine.", "a quarter to nine", "2011-05-22T08:45"),
        ("It ended at quarter past 10 p.m.", "quarter past 10 p.m.", "2011-05-22T22:15"),
    ],
)  # fmt: skip
def test_half_past_and_a_quarter_to_are_clock_times(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2011, 5, 22))] == [(span, value)]


def test_a_quarter_to_a_count_is_no_clock_time():
    found = [
        (m.text, m.type) for m in tag("Sales in the quarter to 12 months ago fell.", D(2011, 5, 22))
    ]
    assert ("the quarter", "DATE") in found
    assert "TIME" not in [type_ for _, type_ in found]


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("It has seen unrest over the past decade.", "DURATION", "P10Y"),
        ("Rates stayed near zero for much of the past decade.", "DURATION", "P10Y"),
        ("It will cut deficits over the next decade.", "DURATION", "P10Y"),
        # Without a word of stretch, the decade of the calendar (annotators split here).
        ("It was the best in the past decade.", "DATE", "200"),
    ],
)
def test_over_the_past_decade_is_ten_years(text, type_, value):
    assert [(m.type, m.value) for m in tag(text, D(2010, 4, 7))] == [(type_, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A ceasefire took effect at midnight.", "2013-08-16T00:00"),
        ("A ceasefire will take effect at midnight.", "2013-08-16T24:00"),
    ],
)
def test_midnight_past_began_the_day_and_midnight_to_come_ends_it(text, value):
    assert [m.value for m in tag(text, D(2013, 8, 16))] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("Crowds will gather by mid-afternoon.", "mid-afternoon", "2015-07-04TAF", "MID"),
        ("Attendance peaks in the late afternoon.", "the late afternoon", "2015-07-04TAF", "END"),
        (
            "Police raided homes in the early morning.",
            "the early morning",
            "2015-07-04TMO",
            "START",
        ),
    ],
)
def test_an_edge_of_a_part_of_the_day_is_that_part(text, span, value, mod):
    assert [(m.text, m.value, m.mod) for m in tag(text, D(2015, 7, 4))] == [(span, value, mod)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("By evening the town had fallen.", "evening", "2010-06-01TEV"),
        ("By the evening it was over.", "the evening", "2010-06-01TEV"),
        ("By late morning, troops had landed.", "late morning", "2010-06-01TMO"),
    ],
)
def test_by_evening_is_that_part_of_the_storys_day(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2010, 6, 1))] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # British: seven days on from today, and a week after next Monday.
        ("He will host the president a week today.", "a week today", "2022-06-27"),
        ("The executive will meet again next Monday week.", "next Monday week", "2022-07-04"),
        ("The executive will meet again next Monday.", "next Monday", "2022-06-27"),
    ],
)
def test_a_week_today_and_next_monday_week(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2022, 6, 20))] == [(span, value)]


def test_by_night_is_a_manner_not_a_time():
    assert [m.text for m in tag("The army moved by night.", D(2023, 2, 24))] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He will vote mid-morning and watch the count.", [("mid-morning", "2023-02-24TMO")]),
        ("Mid-morning, the rain stopped.", [("Mid-morning", "2023-02-24TMO")]),
        # An adjective before its noun is no time.
        ("They ate a mid-morning snack.", []),
    ],
)
def test_mid_morning_alone_is_a_time_unless_a_noun_follows(text, found):
    assert [(m.text, m.value) for m in tag(text, D(2023, 2, 24))] == found


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # From the story's day: "the previous Sunday" before it, "the following Monday" after.
        ("Lincoln was shot on Good Friday, 14 April 1865. Lee had surrendered the previous Sunday.", D(2014, 9, 10), ("the previous Sunday", "1865-04-09")),
        ("The index fell 47 points on Friday, down 4.5% from the previous Friday.", D(1989, 10, 30), ("the previous Friday", "1989-10-20")),
        # With no day of the story's, from publication.
        ("They met the previous Sunday.", D(2014, 9, 10), ("the previous Sunday", "2014-09-07")),
    ],
)  # fmt: skip
def test_the_previous_or_following_weekday_counts_from_the_storys_day(text, anchor, expected):
    assert expected in [(m.text, m.value) for m in tag(text, anchor)]


def test_that_weekday_is_the_storys_and_counts_in_weekdays_leave_the_story_on_its_day():
    text = (
        "Lincoln was shot on Good Friday, 14 April 1865. Lee had surrendered the previous "
        "Sunday night, and at 1 a.m. the previous Sunday it rained. He had dined early that "
        "Friday, and on that Monday the city mourned."
    )
    found = [(m.text, m.value) for m in tag(text, D(2014, 9, 10))]
    assert found[1:] == [
        ("the previous Sunday night", "1865-04-09TNI"),
        ("1 a.m. the previous Sunday", "1865-04-09T01:00"),
        ("early that Friday", "1865-04-14"),
        ("that Monday", "1865-04-17"),
    ]


def test_a_weekday_after_said_that_is_read_on_its_own():
    found = tag("Officials said that Friday was the deadline.", D(2014, 9, 10))
    assert [(m.text, m.value) for m in found] == [("Friday", "2014-09-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Aug. 22 the storm hit the coast. A quake had rattled it the day before.",
            [("Aug. 22", "2011-08-22"), ("the day before", "2011-08-21")],
        ),
        # Before what follows it, "the day before" is no date of its own.
        ("He was last seen Aug. 3, the day before police issued a warrant.", [("Aug. 3", "2011-08-03")]),
    ],
)  # fmt: skip
def test_the_day_before_ending_its_clause_is_the_day_before_the_last_day_named(text, expected):
    assert [(m.text, m.value) for m in tag(text, D(2011, 8, 24))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sheffield Wednesday manager Trevor Francis was calm.",
        "Wednesday, who last lifted the Cup long ago, played well.",
    ],
)
def test_a_weekday_naming_a_team_is_no_day(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # A fixture is called off before it is played, or on its day: the nearest one.
        ("Saturday's match at Cardiff has been called off.", "2014-02-14", "2014-02-15"),
        ("Saturday's match at Cardiff was called off.", "2014-02-16", "2014-02-15"),
        ("Most of Saturday's fixtures were called off this morning.", "2018-03-02", "2018-03-03"),
        ("The home opener on Thursday was postponed.", "2012-10-30", "2012-11-01"),
        (
            "Its finale on Thursday night against Oakland had been moved.",
            "2005-08-31",
            "2005-09-01",
        ),
    ],
)
def test_a_day_called_off_is_the_nearest_such_day(text, anchor, value):
    day = tag(text, datetime.date.fromisoformat(anchor))[0]
    assert day.value.startswith(value)


def test_a_sport_told_after_a_verb_in_the_past_is_no_fixture():
    # "play" after "halted" is the game, not "England play Tunisia on Monday".
    text = "The league halted play on Wednesday night after a player fell ill."
    (mention,) = tag(text, datetime.date(2020, 3, 13))
    assert mention.value == "2020-03-11TNI"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Earnings copy compares a figure with the quarter a year back ...
        ("Third-quarter profit rose 8%, up from a year ago.", "a year ago", "2011-Q3"),
        # ... while an event a year ago is a year back from publication.
        (
            "Third-quarter profit rose. Mercer, who was appointed a year ago, spoke.",
            "a year ago",
            "2011",
        ),
        (
            "Mercer, who was appointed a year ago this week, spoke.",
            "a year ago this week",
            "2011-W52",
        ),
        ("Two years ago this month the plant closed.", "Two years ago this month", "2010-12"),
    ],
)
def test_a_year_ago_is_a_quarter_only_beside_a_figure(text, span, value):
    assert {m.text: m.value for m in tag(text, D(2012, 12, 27))}[span] == value


def test_a_holidays_weekday_is_no_weekday_of_this_week():
    found = [
        (m.text, m.value)
        for m in tag("Shoppers will spend more on Black Friday this week.", D(2023, 11, 20))
    ]
    assert found == [("Black Friday", "2023-11-24"), ("this week", "2023-W47")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House voted tonight.", ("tonight", "TIME", "2011-05-22TNI")),
        ("We speak to her tonight at 9.", ("tonight", "TIME", "2011-05-22TNI")),
        # A part of the day named with its day, as "last night" and "this morning" are.
        ("It rained last night.", ("last night", "TIME", "2011-05-21TNI")),
        ("It rained this morning.", ("this morning", "TIME", "2011-05-22TMO")),
    ],
)
def test_tonight_is_the_night_of_the_anchor_day(text, expected):
    assert expected in [(m.text, m.type, m.value) for m in tag(text, datetime.date(2011, 5, 22))]


def test_years_ago_tomorrow_or_yesterday_is_that_days_anniversary():
    found = [
        (m.text, m.value)
        for m in tag("Fifty years ago tomorrow, two men walked on the moon.", D(2019, 7, 19))
    ]
    assert found == [("Fifty years ago tomorrow", "1969-07-20")]
    found = [
        (m.text, m.value) for m in tag("A year ago yesterday, the plant closed.", D(2019, 7, 19))
    ]
    assert found == [("A year ago yesterday", "2018-07-18")]
