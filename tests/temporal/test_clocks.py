"""The day a clock time is on (clocks.py)."""

import datetime

import pytest

from factcheck.temporal import tag

D = datetime.date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen attacked late Saturday. The attack began at about 11 p.m.", "2023-06-03T23:00"),
        # Told ahead, a time is the anchor's day's.
        ("Gunmen attacked late Saturday. Talks will begin at 11 p.m.", "2023-06-05T23:00"),
        # A day that is background to the news, not its scene, gives no day.
        ("Saturday's quake shook the city. The blast came at 11:01 a.m.", "2023-06-05T11:01"),
        ("Prices fell last Friday. The Dow was up 60 points at 11 a.m.", "2023-06-05T11:00"),
        ("Oil is at its lowest since June 1. It fell 2% at 11 a.m.", "2023-06-05T11:00"),
        # A day still to come in the sentence before is passed over for the day gone by.
        (
            "The council voted on Saturday night for a budget that takes effect July 1. "
            "The meeting, which began at 3 p.m., lasted nine hours.",
            "2023-06-03T15:00",
        ),
        # A time told with its day passes the day on to the next sentence's clock time,
        # unless that one is earlier in the day: the night went on into the next.
        (
            "The fire broke out at 6:20 p.m. Saturday. The spire collapsed at 7:50 p.m.",
            "2023-06-03T19:50",
        ),
        (
            "The fire was reported at 9:43 p.m. Saturday. By 1 a.m., it had spread.",
            "2023-06-05T01:00",
        ),
        # A morning's time after a night named in its sentence is the next day's.
        (
            "Temperatures fell into single digits Saturday night, and the airport recorded 4 "
            "degrees at 5 a.m.",
            "2023-06-04T05:00",
        ),
        # So is one in the small hours after the end of a day.
        (
            "Engineers sent the command late Saturday, and the wheels touched the soil at "
            "1:40 a.m.",
            "2023-06-04T01:40",
        ),
        # A morning's time after an evening's told with its day is the next day's.
        (
            "The first seat was declared at 11:07 p.m. Friday, and by 3 a.m. the result was clear.",
            "2023-06-03T03:00",
        ),
        # Nor does a time found for a clock in its sentence reach back across midnight.
        (
            "The networks called it at 7:50 p.m. yesterday. The call was withdrawn at 9:55 "
            "p.m. At 2:16 a.m. the call was made again.",
            "2023-06-05T02:16",
        ),
        # A market's session resumed on the day of the report, whatever day came before.
        ("Stocks fell on Saturday. Trading resumed at 10.55 am.", "2023-06-05T10:55"),
        # "Polls closed at 7 p.m." is no market's bell.
        (
            "Voters ousted the mayor yesterday. Turnout was high, officials said. Polls "
            "closed at 7 p.m.",
            "2023-06-04T19:00",
        ),
        # A day still to come named since is passed over for the last day gone by.
        (
            "Leaders failed again last night to agree a budget. They must adjourn by June "
            "21. The meeting ended at 10:15 p.m.",
            "2023-06-04T22:15",
        ),
        # An aside on what came before the news is passed over too.
        (
            "He was hanged on Monday, after a court upheld his sentence on Thursday. The "
            "execution took place at 6 a.m.",
            "2023-06-05T06:00",
        ),
        (
            "Bombers struck the airport on Monday, in attacks that came after police on "
            "Friday caught a suspect. The first blast came at 7:58 a.m.",
            "2023-06-05T07:58",
        ),
        # The lead's news comes first, its reporting and background after.
        (
            "A suspect was arrested Saturday night at a motel, the FBI said Sunday. Agents "
            "took him into custody at 10:30 p.m.",
            "2023-06-03T22:30",
        ),
        (
            "The mayor conceded Sunday morning, hours after the polls closed Saturday "
            "night. He spoke to supporters at 9:15 a.m.",
            "2023-06-04T09:15",
        ),
        # The last day the lead names stands when it is news of its own ("worked Monday
        # night to restore power to customers still without it this morning").
        (
            "Crews worked Saturday night for customers still without power this morning. "
            "A spokesman spoke at a 10 a.m. briefing.",
            "2023-06-05T10:00",
        ),
        # So is a day in an aside of the clock's own sentence.
        (
            "Play began at 10.15 am, after heavy rain on Saturday night, and bad light ended "
            "the session at 4.40 pm.",
            "2023-06-05T16:40",
        ),
        # A date named by its month and day may be long past.
        (
            "He is accused of killing a clerk during a robbery on March 19. Police said he "
            "walked into the store at 10:48 p.m.",
            "2023-03-19T22:48",
        ),
        # One told with its year may be any time back, and a clause "as" describes its
        # scene, no background.
        (
            "A girl vanished on November 8, 1986, as she walked home. She was last seen at "
            "a bus stop at 4.30pm.",
            "1986-11-08T16:30",
        ),
        # A possessive day's fixture is the scene ("Saturday's quake" is background).
        (
            "He won Saturday's final in five sets. The winning point was played at 6:48 p.m.",
            "2023-06-03T18:48",
        ),
        # ... and so is a result told by its day.
        (
            "Fans were angry after Saturday's 2-0 defeat. The chairman left his box at 4.55pm.",
            "2023-06-03T16:55",
        ),
        # A day a clause goes on to describe is background.
        (
            "Stocks rallied yesterday, recovering the ground lost on Friday, when the Dow "
            "plunged. The Fed's statement came at 2:15 p.m.",
            "2023-06-04T14:15",
        ),
        # A vote's tally is no figure to compare with.
        (
            "The board voted 5-2 Saturday night to raise rates. The rates take effect July 1. "
            "The vote came shortly before 11 p.m.",
            "2023-06-03T23:00",
        ),
        # A lead whose only day is the saying's: the saying is the news.
        (
            "The Fed chairman said Sunday that bond purchases could slow. The statement, "
            "released at 2 p.m., sent prices lower.",
            "2023-06-04T14:00",
        ),
        # A figure of another day to compare with names no day of the story's.
        (
            "Stocks rallied on Friday. The dollar was quoted at 141.85 yen, up from 140.20 "
            "Thursday. The department said at 8:30 a.m. that output grew.",
            "2023-06-02T08:30",
        ),
        # "Last night" is the news itself; the story's day holds for its clock times
        # further on, but not for the morning after a night.
        (
            "The board voted last night to close two schools. Parents were angry. The "
            "meeting began at 7 p.m.",
            "2023-06-04T19:00",
        ),
        (
            "The handover ended late last night. The crowds cheered. At 6 a.m. troops "
            "crossed the border.",
            "2023-06-05T06:00",
        ),
        # Further on, a story that names its own day ("Oct. 24 (Bloomberg)") is on it.
        (
            "June 5 (Bloomberg) -- The boards approved the deal late Saturday. Analysts "
            "welcomed it. Shares fell at 9:47 a.m. in New York.",
            "2023-06-05T09:47",
        ),
    ],
)
def test_a_clock_time_without_its_day_in_a_past_story_is_on_the_story_day(text, value):
    found = tag(text, D(2023, 6, 5))
    clocks = [m.value for m in found if m.type == "TIME" and any(c.isdigit() for c in m.text)]
    assert clocks[-1:] == [value]  # the last clock told


def test_an_earlier_time_after_one_told_with_its_day_is_on_that_day():
    text = (
        "A memorial service will be held at 3 p.m. Friday. Members of a flying club plan "
        "a flyover at 2:45 p.m., shortly before the service begins."
    )
    assert [m.value for m in tag(text, D(2023, 6, 5))] == ["2023-06-09T15:00", "2023-06-09T14:45"]


def test_the_times_of_a_range_or_list_are_on_the_day_the_last_is_told_with():
    text = "Calling hours will be 2 p.m. to 4 p.m. and 7 p.m. to 9 p.m. Wednesday."
    assert [m.value for m in tag(text, D(2023, 6, 5))] == [
        "2023-06-07T14:00",
        "2023-06-07T16:00",
        "2023-06-07T19:00",
        "2023-06-07T21:00",
    ]


def test_a_clock_time_told_in_the_future_is_on_the_day_of_the_fixture_the_lead_names():
    text = (
        "The field for Wednesday's Boston Marathon is the fastest. Elite women start at 9:32 a.m."
    )
    assert [m.value for m in tag(text, D(2023, 6, 5)) if m.type == "TIME"] == ["2023-06-07T09:32"]


def test_a_clock_time_told_in_the_future_is_on_the_day_to_come_the_lead_names():
    text = (
        "The minister will address the council on Wednesday, in a speech that officials "
        "said Monday would be short. The session is scheduled to begin at 10:30 a.m."
    )
    assert [m.value for m in tag(text, D(2023, 6, 5)) if m.type == "TIME"] == ["2023-06-07T10:30"]


def test_a_clock_time_takes_the_day_of_a_night_named_just_before():
    text = "A fire broke out late Sunday night. The fire was reported at 10:48 p.m."
    assert [(m.text, m.value) for m in tag(text, D(2021, 8, 2))] == [
        ("late Sunday night", "2021-08-01TNI"),
        ("10:48 p.m.", "2021-08-01T22:48"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apollo 11 lifted off on July 16, 1969, at 9:32 a.m. Four days later, it landed.",
            # Told of a day long past, it reads as a history: the count is a date.
            [("July 16, 1969", "1969-07-16"), ("9:32 a.m.", "1969-07-16T09:32"), ("Four days later", "1969-07-20")],
        ),
        (
            "She will hand them off on Dec. 24 at 10 a.m. The next morning, she will fly home.",
            [("Dec. 24", "2019-12-24"), ("10 a.m.", "2019-12-24T10:00"), ("The next morning", "2019-12-25")],
        ),
        (
            # "Last" opens a sentence; no name starts with it.
            "Shares rose 5% by 11 a.m. Last Thursday, the bank cut jobs.",
            [("11 a.m.", "2019-07-16T11:00"), ("Last Thursday", "2019-07-11")],
        ),
    ],
)  # fmt: skip
def test_a_clock_time_ending_a_sentence_keeps_apart_from_a_count_opening_the_next(text, expected):
    assert [(m.text, m.value) for m in tag(text, D(2019, 7, 16))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Video showed the area between 1:30 and 2:30 a.m.",
            [("1:30", "2005-08-29T01:30"), ("2:30 a.m.", "2005-08-29T02:30")],
        ),
        (
            "The office is open between 2 and 3 p.m. Tuesday.",
            [("2", "2005-08-30T14:00"), ("3 p.m. Tuesday", "2005-08-30T15:00")],
        ),
        (
            "Rockets were fired between about 12:45 and 1:45 a.m.",
            [("about 12:45", "2005-08-29T00:45"), ("1:45 a.m.", "2005-08-29T01:45")],
        ),
        (
            # The day right after the last time, not told with it, holds for the first.
            "The road will close from 9 a.m. to 4 p.m. on Sept. 3 for a fair.",
            [
                ("9 a.m.", "2005-09-03T09:00"),
                ("4 p.m.", "2005-09-03T16:00"),
                ("Sept. 3", "2005-09-03"),
            ],
        ),
    ],
)
def test_the_first_time_of_a_range_takes_the_seconds_half_of_the_day_and_day(text, expected):
    assert [(m.text, m.value) for m in tag(text, D(2005, 8, 29))] == expected


def test_a_range_of_counts_is_no_clock():
    assert tag("Support rose from 5 to 7 percent.", D(2005, 8, 29)) == []


def test_a_clock_time_to_come_takes_the_day_to_come_named_just_before():
    text = "The celebration will be held on Dec. 31. Fireworks will start at 7 p.m."
    assert [(m.text, m.value) for m in tag(text, D(1999, 12, 20))] == [
        ("Dec. 31", "1999-12-31"),
        ("7 p.m.", "1999-12-31T19:00"),
    ]


def test_a_range_of_times_each_with_its_day_keeps_its_days():
    text = "The road is closed from 6 p.m. Thursday until noon Friday."
    assert [m.value for m in tag(text, D(2011, 11, 17))] == ["2011-11-17T18:00", "2011-11-18T12:00"]


def test_the_day_found_for_a_clock_time_goes_on_in_its_sentence():
    text = (
        "Stocks tumbled on Saturday. The average had been down more than 100 points at "
        "10:30 a.m. before recovering somewhat in the afternoon."
    )
    found = {m.text: m.value for m in tag(text, D(2023, 6, 5))}
    assert (found["10:30 a.m."], found["the afternoon"]) == ("2023-06-03T10:30", "2023-06-03TAF")


def test_a_morning_time_after_an_evening_time_of_a_day_named_is_the_next_days():
    text = (
        "The airline will run a reduced schedule on New Year's Eve, with no departures "
        "between 11.30 pm and 1 am."
    )
    assert [m.value for m in tag(text, D(1999, 12, 20)) if m.type == "TIME"] == [
        "1999-12-31T23:30",
        "2000-01-01T01:00",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A morning's time is not on the night a lead ends with ...
        (
            "Snow fell across the region yesterday, leaving homes without power last "
            "night. The snow began shortly after 4 a.m.",
            "2023-06-04T04:00",
        ),
        # ... nor, with no other day named, on the night itself: the morning after.
        (
            "Leicester won the title last night. Fans gathered outside singing until 2 a.m.",
            "2023-06-05T02:00",
        ),
    ],
)
def test_a_morning_time_after_a_lead_that_ends_on_a_night(text, value):
    assert [m.value for m in tag(text, D(2023, 6, 5)) if m.type == "TIME" and "a.m." in m.text] == [
        value
    ]


def test_a_days_own_move_is_the_scene_of_the_clocks_after_it():
    # "plunged 554 points Monday" is the day's news, not a figure set against another.
    text = (
        "The Dow plunged 554 points Monday, its largest point drop. "
        "The first halt came at 2:36 p.m., and the market closed early at 3:30 p.m."
    )
    clocks = [m.value for m in tag(text, D(1997, 10, 28)) if m.type == "TIME"]
    assert clocks == ["1997-10-27T14:36", "1997-10-27T15:30"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A range that crosses midnight starts on the day before its end's.
        (
            "The host will broadcast from 8 p.m. until 12:30 a.m. Thursday.",
            ["2014-12-31T20:00", "2015-01-01T00:30"],
        ),
        ("Polls are open 7 a.m. to 8 p.m. Friday.", ["2015-01-02T07:00", "2015-01-02T20:00"]),
    ],
)
def test_the_start_of_a_range_across_midnight_is_on_the_day_before(text, values):
    assert [m.value for m in tag(text, D(2014, 12, 31)) if m.type == "TIME"] == values


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # A day to come in a relative clause on something else gives the next sentence
        # no day.
        (
            "They turn to New Hampshire, which holds its primary Jan. 27. "
            "The president will speak at 9 p.m.",
            D(2004, 1, 20),
            "2004-01-20T21:00",
        ),
        # Nor does a day in an aside on what came before ("a magnitude 9.1 quake" goes on).
        (
            "Survivors gathered today to mark the tsunami, which struck less than half an "
            "hour after a magnitude 9.1 earthquake on Dec. 26, 2004. Sirens wailed at 8:16 a.m.",
            D(2005, 12, 26),
            "2005-12-26T08:16",
        ),
        # Another clause told of another time: a day to come and a clock gone by.
        (
            "The new rates take effect on 1 April, and the index had dropped 300 points by noon.",
            D(2012, 3, 19),
            "2012-03-19T12:00",
        ),
        (
            "Policymakers opened a two-day meeting yesterday, and their statement is due at "
            "2:15 p.m.",
            D(2006, 6, 29),
            "2006-06-29T14:15",
        ),
        # A morning's time in an aside on what came before the evening is that day's.
        (
            "The queen was buried this evening at Windsor, after a funeral that began at 11 a.m.",
            D(2022, 9, 19),
            "2022-09-19T11:00",
        ),
        # A day in an aside "following" or "after" the day's news is no scene for a clock.
        (
            "The bank pumped 61 billion euros into markets today, following a record injection "
            "Thursday. The Fed added $19 billion, the first at 8:25 a.m. in New York.",
            D(2007, 8, 10),
            "2007-08-10T08:25",
        ),
        (
            "Treasury prices fell today after officials signaled Wednesday that rates could rise. "
            "The yield rose to 4.18 percent at 3 p.m.",
            D(2004, 1, 29),
            "2004-01-29T15:00",
        ),
        # Nor is the day of a record level named "on" it.
        (
            "The index has fallen 34 percent from its record close of 5,048.62 on March 10. "
            "The report, released at 8:30 a.m., showed inflation rising.",
            D(2000, 4, 14),
            "2000-04-14T08:30",
        ),
        # ... in the clock's own sentence too.
        (
            "The Dow, which set a record of 2,999.75 on July 16, was up 14 points at 2 p.m.",
            D(1990, 8, 7),
            "1990-08-07T14:00",
        ),
        # The day of a plan in the sentence before is no scene.
        (
            "The vote had been set for April 22 but was postponed because of the pandemic. "
            "Officials said turnout had reached 65 percent by 8 p.m.",
            D(2020, 7, 1),
            "2020-07-01T20:00",
        ),
        # Nor is the level a day closed at.
        (
            "The stock had closed at $347.51 Wednesday, up from $18.84 in December. "
            "Trading in the shares was halted nine times before noon.",
            D(2021, 1, 28),
            "2021-01-28T12:00",
        ),
    ],
)
def test_a_clock_takes_no_day_from_an_aside_a_plan_or_another_clause(text, anchor, value):
    clock = next(m for m in tag(text, anchor) if m.type == "TIME" and ":" in m.value)
    assert clock.value == value


def test_an_evening_time_after_a_night_that_ends_at_a_morning_time_is_the_day_befores():
    text = "Buses will run free until 3 a.m. Saturday, and the fireworks begin at 10 p.m."
    clocks = [m.value for m in tag(text, D(2011, 7, 1)) if m.type == "TIME"]
    assert clocks == ["2011-07-02T03:00", "2011-07-01T22:00"]


def test_a_markets_move_by_a_clock_time_is_todays_session():
    text = (
        "The New York Stock Exchange, shut for two days this week, reopened Wednesday. "
        "Stocks were down 139 points by 1 p.m."
    )
    clock = next(m for m in tag(text, D(2012, 11, 2)) if m.type == "TIME")
    assert clock.value == "2012-11-02T13:00"


def test_a_day_gone_by_in_a_relative_clause_on_the_news_is_its_scene():
    text = (
        "Investigators recovered the recorder from Flight 2041, which crashed Wednesday night "
        "shortly after takeoff. The plane left at 9:14 p.m. and vanished from radar."
    )
    clock = next(m for m in tag(text, D(1998, 3, 27)) if m.type == "TIME" and ":" in m.value)
    assert clock.value == "1998-03-25T21:14"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "It is 7 p.m. here in the East, and the polls have just closed. Good evening. We "
            "expect to be with you until 2 a.m.",
            "1996-11-06T02:00",
        ),
        ("The show starts at 9 p.m. and runs until 1 a.m.", "1996-11-06T01:00"),
    ],
)
def test_a_morning_clock_after_an_evening_one_with_no_day_named_is_the_next_day(text, value):
    assert [m.value for m in tag(text, D(1996, 11, 5))][-1] == value


def test_a_clock_time_ending_a_line_takes_no_day_from_the_next():
    text = (
        "2020-03-23: The order takes effect at 11:59 p.m.\n"
        "2020-04-07: The order is extended through April 30."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2020, 4, 9))]
    assert found[:3] == [
        ("2020-03-23", "2020-03-23"),
        ("11:59 p.m.", "2020-03-23T23:59"),
        ("2020-04-07", "2020-04-07"),
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Markets opened at 7 a.m. New York time.", "7 a.m. New York time"),
        ("Trading began at 9 a.m. Hong Kong time.", "9 a.m. Hong Kong time"),
        ("The concert began at 8 p.m. Central Park time.", "8 p.m."),
    ],
)
def test_a_zone_of_two_words_before_time_is_in_the_span(text, span):
    assert [m.text for m in tag(text, datetime.date(2008, 10, 9))] == [span]


def test_a_clock_time_a_schedule_gives_is_on_the_day_to_come_named_before():
    text = "The Marlins will resume their season Tuesday. First pitch is at 7:35 p.m."
    found = [(m.text, m.value) for m in tag(text, datetime.date(2020, 8, 3))]
    assert found == [("Tuesday", "2020-08-04"), ("7:35 p.m.", "2020-08-04T19:35")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Published Oct. 31, 2012 6:34 PM EDT.", "Oct. 31, 2012 6:34 PM EDT", "2012-10-31T18:34"),
        ("The storm hit Monday, Oct. 29, 8 p.m., near Atlantic City.", "Monday, Oct. 29, 8 p.m.", "2012-10-29T20:00"),
        ("Posted April 14, 2020, 5:02 a.m.", "April 14, 2020, 5:02 a.m.", "2020-04-14T05:02"),
    ],
)  # fmt: skip
def test_a_day_and_the_clock_time_right_after_it_are_one_time(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2012, 10, 31))] == [(span, value)]


def test_a_day_and_its_clock_time_joined_by_at_stay_two():
    found = tag("The vote is Friday at 9 a.m.", datetime.date(2012, 10, 31))
    assert [m.text for m in found] == ["Friday", "9 a.m."]


def test_a_timelines_stamps_are_clock_times_on_the_day_heading_their_list():
    text = (
        "Police released their log:\n\n"
        "Saturday 11 February\n"
        "22.41 – First call reports a fight.\n"
        "23.02 - Ambulance arrives.\n\n"
        "TIMELINE, SUNDAY 12 FEBRUARY (GMT)\n"
        "00.20 – Car stopped on the bypass.\n"
        "09:30 — Forensic examination begins.\n"
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2012, 2, 14)) if m.type == "TIME"]
    assert found == [
        ("22.41", "2012-02-11T22:41"),
        ("23.02", "2012-02-11T23:02"),
        ("00.20", "2012-02-12T00:20"),
        ("09:30", "2012-02-12T09:30"),
    ]


@pytest.mark.parametrize(
    "text",
    ["The shares closed at 22.41 on Friday.", "Charges:\n1.25 – booking fee\n£12.50 – delivery"],
)
def test_a_price_with_a_point_is_no_clock_time(text):
    assert [m.text for m in tag(text, datetime.date(2012, 2, 14)) if m.type == "TIME"] == []


def test_clock_times_go_on_from_a_day_of_last_year_told_with_its_weekday():
    text = (
        "He left home at about 9am on Sunday 3 November last year. When he had not returned "
        "by mid-afternoon his wife rang friends, and at 6.40pm she reported him missing."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2014, 5, 22))]
    assert found == [
        ("about 9am", "2013-11-03T09:00"),
        ("Sunday 3 November last year", "2013-11-03"),
        ("mid-afternoon", "2013-11-03TAF"),
        ("6.40pm", "2013-11-03T18:40"),
    ]


def test_the_following_day_goes_on_from_the_storys_night_not_publications():
    text = (
        "He left home on Sunday 3 November last year. Police searched the roads that "
        "evening. He was found at 11.20pm and died at 2.15am the following day."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2014, 5, 22))]
    assert found[1:] == [
        ("that evening", "2013-11-03TEV"),
        ("11.20pm", "2013-11-03T23:20"),
        ("2.15am the following day", "2013-11-04T02:15"),
    ]


def test_the_day_a_record_was_set_is_not_the_scene_of_a_time_after_it():
    text = (
        "A station reached 40.3C on Tuesday. That beat the previous record of 38.7C, set in "
        "Cambridge on 25 July 2019. At least 34 stations exceeded it during the afternoon."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2022, 7, 20))}
    assert found["the afternoon"] == "2022-07-19TAF"


def test_a_morning_clock_told_as_what_came_before_the_evening_stays_on_its_day():
    text = (
        "The alliance conceded defeat this evening, a little over six hours after counting "
        "began at 8 a.m. By 7 p.m., the Congress had won."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2004, 5, 13))}
    assert (found["8 a.m."], found["7 p.m."]) == ("2004-05-13T08:00", "2004-05-13T19:00")


def test_a_day_in_a_clause_of_what_had_come_before_is_not_the_scene_of_a_clock():
    text = (
        "New Zealand won the final last night. France, who had lost to Tonga on October 1, "
        "replied through Dusautoir. Kick-off was at 9pm, and McCaw lifted the cup at 10.55pm."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2011, 10, 24))}
    assert (found["9pm"], found["10.55pm"]) == ("2011-10-23T21:00", "2011-10-23T22:55")


def test_a_diarys_entries_are_on_the_day_heading_them_unless_they_name_their_own():
    text = (
        "Diary\nMonday 25 July\n- Germany: business climate, 9am\n- UK: airline results\n"
        "Tuesday 26 July\n- UK: retail survey, 11am\n- US: confidence, 3pm\n"
        "- The ship ran aground at about 07:40 on Tuesday 19 July.\n"
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2022, 7, 24)) if m.type == "TIME"]
    assert found == [
        ("9am", "2022-07-25T09:00"),
        ("11am", "2022-07-26T11:00"),
        ("3pm", "2022-07-26T15:00"),
        ("about 07:40", "2022-07-19T07:40"),
    ]


def test_a_day_a_loss_is_the_biggest_since_is_not_the_scene_of_a_clock():
    text = (
        "The index had its biggest loss since the Black Monday crash of Oct. 19, 1987. Selling "
        "was so heavy that trading was halted for 15 minutes at 9:30 a.m. Eastern time."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2020, 3, 16))}
    assert found["9:30 a.m. Eastern time"] == "2020-03-16T09:30"


def test_the_end_of_a_period_reported_on_is_not_the_scene_of_a_clock():
    text = (
        "Its revenue for the 12 months ended June 30 was $412 million. The chief executive "
        "spoke on a conference call at 8:30 a.m."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2006, 9, 5))}
    assert found["8:30 a.m."] == "2006-09-05T08:30"


def test_the_small_hours_after_a_night_told_the_sentence_before_are_the_next_day():
    text = (
        "Bush signed the bill early Tuesday. The measure passed the House late Monday night "
        'and cleared the Senate shortly afterward. "We have been at this for three days," '
        "said the Speaker, who left the Capitol at about 12:45 a.m."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1990, 10, 9))}
    assert found["about 12:45 a.m."] == "1990-10-09T00:45"


def test_a_clock_to_come_is_on_the_day_to_come_a_when_clause_described():
    text = (
        "The first test will come at 6 a.m. Friday, when New Zealand enters 2000. Officials "
        "will then watch the date change in Japan at 10 a.m. and in Europe at 6 p.m."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1999, 12, 30))}
    assert (found["10 a.m."], found["6 p.m."]) == ("1999-12-31T10:00", "1999-12-31T18:00")


def test_a_clock_the_sentence_after_an_events_day_to_come_is_on_that_day():
    text = "She plays the Queen's Hall on Friday, May 9. Doors open at 7pm."
    found = {m.text: m.value for m in tag(text, datetime.date(2008, 4, 15))}
    assert found["7pm"] == "2008-05-09T19:00"
    # The end of a run is no event's day.
    text = "The show runs until Saturday, March 25. Performances begin at 7.30pm."
    found = {m.text: m.value for m in tag(text, datetime.date(2023, 2, 17))}
    assert found["7.30pm"] == "2023-02-17T19:30"


def test_a_clock_not_told_in_the_past_is_on_the_day_to_come_the_story_named():
    text = (
        "The coach has kept the same side for the visit of Valley tomorrow. Last Saturday his "
        "side needed a late penalty to win. Kick-off at the Harbour Ground is 3pm."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2021, 9, 24))}
    assert found["3pm"] == "2021-09-25T15:00"


def test_a_speakers_today_in_a_quotation_is_no_scene_for_the_clocks_after_it():
    text = (
        "Kimani broke the course record at the marathon yesterday. \"I've dreamt of this for "
        'three years," said Kimani. "Today I finally had the legs for it." All the runners '
        "had been treated by the evening. Roads reopened at 6pm, ahead of schedule."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 4, 26))}
    assert (found["the evening"], found["6pm"]) == ("2010-04-25TEV", "2010-04-25T18:00")


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        (
            "The doors opened at 7 p.m., and the first act took the stage at 8:15.",
            "8:15",
            "2024-01-22T20:15",
        ),
        ("The show starts at 8 p.m. Friday and ends at 10:30.", "10:30", "2024-01-26T22:30"),
        # Past midnight, a bare hour earlier than the evening's stays in the small hours.
        ("The party began at 11 p.m. and the police came at 2:30.", "2:30", "2024-01-23T02:30"),
    ],
)
def test_a_bare_clock_after_an_afternoons_is_later_that_day(text, said, value):
    assert value in [m.value for m in tag(text, datetime.date(2024, 1, 22)) if m.text == said]


def test_a_clock_to_come_takes_the_day_its_sentence_names_after_it():
    text = (
        "Visitation will be held from noon until the service at the church, where the "
        "funeral will begin at 1 p.m. Monday."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1997, 6, 19))}
    assert found["noon"] == "1997-06-23T12:00"
    # A part of the day is tonight's, whatever day comes later in the sentence.
    text = "The wind picks up through the night, but the worst of it comes tomorrow afternoon."
    found = {m.text: m.value for m in tag(text, datetime.date(2012, 10, 28))}
    assert found["the night"] == "2012-10-28TNI"


def test_a_midnight_to_come_before_a_day_named_later_is_the_one_that_opens_that_day():
    text = "The river would reach 8.5 metres by midnight and 9 metres by Thursday evening."
    found = {m.text: m.value for m in tag(text, datetime.date(2002, 8, 14))}
    assert found["midnight"] == "2002-08-14T24:00"


def test_a_clock_placed_on_a_day_is_that_day_for_the_sentence_after():
    text = (
        "Investigators said Friday they are studying whether ice brought down a commuter plane "
        "that crashed Wednesday night.\n\nThe plane went down at 9:52 p.m., four minutes after "
        "its last call. It had left Chicago at 8:45 p.m."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1997, 11, 14))}
    assert (found["9:52 p.m."], found["8:45 p.m."]) == ("1997-11-12T21:52", "1997-11-12T20:45")


def test_midnight_before_a_mornings_clock_is_the_midnight_it_follows():
    text = (
        "SYDNEY, 25 April - Crowds braved the rain in the early hours of Saturday.\n\nAbout "
        "30,000 people packed the square for the 4.30am service. Many had arrived before "
        "midnight to find a place."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2015, 4, 25))}
    assert found["midnight"] == "2015-04-25T00:00"
