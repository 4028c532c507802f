"""Resolution against the anchor: nearest reading, pulled by tense within reach."""

import datetime

import pytest

from factcheck.temporal import tag
from factcheck.temporal.resolve import month_day_near, month_near, weekday_near

ANCHOR = datetime.date(1989, 10, 27)  # a Friday
D = datetime.date


@pytest.mark.parametrize(
    ("month", "day", "tense", "expected"),
    [
        (10, 18, "past", D(1989, 10, 18)),
        (10, 30, "future", D(1989, 10, 30)),
        (10, 30, "past", D(1989, 10, 30)),  # last year's is too far for the tense to pull
        (12, 7, "past", D(1989, 12, 7)),
        (12, 7, None, D(1989, 12, 7)),
        (1, 14, None, D(1990, 1, 14)),
    ],
)
def test_it_reads_a_month_and_day_as_the_nearest_one_unless_tense_pulls_it(
    month, day, tense, expected
):
    assert month_day_near(ANCHOR, month, day, tense) == expected


def test_it_reads_last_september_as_the_previous_year_before_september():
    assert month_near(D(2011, 5, 22), 9, None, "last") == "2010-09"


@pytest.mark.parametrize(
    ("weekday", "tense", "relative", "expected"),
    [
        (6, "past", None, D(2011, 5, 21)),
        (6, "future", None, D(2011, 5, 28)),
        (7, None, None, D(2011, 5, 22)),
        (5, None, "last", D(2011, 5, 20)),
        (1, None, "next", D(2011, 5, 23)),
    ],
)
def test_it_reads_a_weekday_by_tense_or_by_its_modifier(weekday, tense, relative, expected):
    assert weekday_near(D(2011, 5, 22), weekday, tense, relative) == expected


def test_it_reads_a_possessive_weekday_as_past():
    from factcheck.temporal import tag

    (mention,) = tag("Lawyers will appeal Wednesday's ruling.", datetime.date(2000, 1, 7))
    assert mention.value == "2000-01-05"


def tagged(text):
    return [(m.text, m.value, m.precision) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caesar was killed in 44 BC.", [("44 BC", "BC0044", None)]),
        ("The city was founded about 300 B.C. by settlers.", [("300 B.C.", "BC0300", None)]),
        ("Augustus died in AD 14.", [("AD 14", "0014", "year")]),
        ("He was crowned in 800 A.D. in Rome.", [("800 A.D.", "0800", "year")]),
        ("Athens rose in the 5th century BC.", [("the 5th century BC", "BC04", None)]),
        ("It spread in the 1st century AD.", [("the 1st century AD", "00", "century")]),
        ("The Normans invaded in 1066, and the city fell in 1453.", [
            ("1066", "1066", "year"),
            ("1453", "1453", "year"),
        ]),
        ("The war lasted from 431 to 404 BC.", [("431", "BC0431", None), ("404 BC", "BC0404", None)]),
        ("Caesar crossed in 55 and 54 BC.", [("55", "BC0055", None), ("54 BC", "BC0054", None)]),
        ("The dynasty ruled from 1368 to 1644.", [("1368", "1368", "year"), ("1644", "1644", "year")]),
        # A year of three digits after its month; not a count with its noun.
        ("The revolt began in December 755 and ended in 763.", [
            ("December 755", "0755-12", "month"),
            ("763", "0763", "year"),
        ]),
        ("In May 150 people died.", []),
        ("He fled on 14 July 756; his escort mutinied.", [("14 July 756", "0756-07-14", "day")]),
        ("The revolt lasted until early 763.", [("early 763", "0763", "year")]),
        # A preposition or a verb after the number leaves no noun for it to count.
        ("It was fought on 9 August 378 near the city.", [("9 August 378", "0378-08-09", "day")]),
        ("He crossed in the spring of 732 with his army.", [("the spring of 732", "0732-SP", "season")]),
        ("The appeal for help in 1095 led to a crusade.", [("1095", "1095", "year")]),
        ("The army fell in 378 at Adrianople.", [("378", "0378", "year")]),
        ("He rebuilt it, and in 1459 began work on a palace.", [("1459", "1459", "year")]),
        # A year the text has named as one is a year wherever it comes again.
        ("The city fell on 29 May 1453. Many treat 1453 as the end of an age.", [
            ("29 May 1453", "1453-05-29", "day"),
            ("1453", "1453", "year"),
        ]),
        ("A force of 1200 men landed in 1201. Another 1200 followed.", [("1201", "1201", "year")]),
    ],
)  # fmt: skip
def test_it_reads_years_with_their_era_and_years_before_1500_after_a_preposition(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1200 villages the harvest failed.",
        "On 9 August 378 people were killed.",
        "Prices rose 5% in 1200 stores.",
        "The ad ran in 300 newspapers.",
        "Fans of the BC Lions cheered.",
        "Flight 1400 left at dawn.",
        "The ferry leaves by 1400 GMT.",
    ],
)
def test_numbers_near_era_letters_or_prepositions_stay_counts(text):
    assert not [m for m in tagged(text) if m[1][:2] in ("BC", "00", "01", "12", "13", "14")]


@pytest.mark.parametrize(
    "text",
    [
        "The recall covers heaters, models 1500 and 1550, and version 2000 of the software.",
        "He stayed in room 2010.",
    ],
)
def test_numbers_that_name_things_are_no_years(text):
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FY22 sales rose.", [("FY22", "2022")]),
        ("In FY2022 sales rose.", [("FY2022", "2022")]),
        ("Security has tightened since 9/11.", [("9/11", "2001-09-11")]),
        ("The post-9/11 wars.", [("9/11", "2001-09-11")]),
        ("He went 9/11 from the field.", []),
        ("It was signed on 9/11/2001.", [("9/11/2001", "2001-09-11")]),
    ],
)
def test_it_reads_two_digit_fiscal_years_and_the_september_11_attacks(text, expected):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2023, 3, 8))] == expected


def test_nine_eleven_before_the_attacks_is_no_date_of_2001():
    # Written in 1999, "since 9/11" is the last 11 September before it.
    assert [m.value for m in tag("Since 9/11, rain.", datetime.date(1999, 3, 8))] == ["1998-09-11"]


@pytest.mark.parametrize(
    ("text", "before_christ"),
    [("in 44 BC", True), ("in the 5th century BC", True), ("in AD 14", False), ("in 2001", False)],
)
def test_a_mention_says_whether_it_lies_before_christ(text, before_christ):
    (mention,) = tag(text, ANCHOR)
    assert mention.before_christ is before_christ
    assert (mention.earliest is None) is before_christ


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mint first issued the coin in 165.", [("165", "0165", "year")]),
        ("Goths took the city in 410, and Vandals in 455.", [
            ("410", "0410", "year"),
            ("455", "0455", "year"),
        ]),
        ("She reigned from 1154 until her death in 1189.", [
            ("1154", "1154", "year"),
            ("1189", "1189", "year"),
        ]),
        ("The abbey was rebuilt between 1120 and 1140.", [
            ("1120", "1120", "year"),
            ("1140", "1140", "year"),
        ]),
        ("In late 1190 the king sailed east.", [("late 1190", "1190", "year")]),
    ],
)  # fmt: skip
def test_it_reads_three_digit_years_and_both_ends_of_an_early_span(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smoke alarms failed in 300 homes.",
        "The drug helped in 150 cases.",
        "They sent from 500 to 700 troops.",
        "The bill passed by 200 votes.",
        "The odds are one in 300.",
        "The virus spread in 300,000 households.",
        "Crews numbered between 1200 and 1400 men.",
    ],
)
def test_counts_of_three_digits_or_in_pairs_stay_counts(text):
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pompey fled Italy in March 49 BC.", [("March 49 BC", "BC0049-03")]),
        ("The senators struck on the Ides of March, 44 BC.", [
            ("the Ides of March, 44 BC", "BC0044-03-15"),
        ]),
        ("The treaty was sealed on the Ides of June, 30 BC.", [
            ("the Ides of June, 30 BC", "BC0030-06-13"),
        ]),
        ("Tiberius took power after 19 August AD 14.", [("19 August AD 14", "0014-08-19")]),
        ("The legions mutinied on September 2, AD 69.", [("September 2, AD 69", "0069-09-02")]),
        ("On 10 January 49 BC Caesar crossed the river.", [("10 January 49 BC", "BC0049-01-10")]),
        ("In the spring of 218 BC the army left.", [("the spring of 218 BC", "BC0218-SP")]),
        ("In the summer of AD 9 the legions died.", [("the summer of AD 9", "0009-SU")]),
    ],
)  # fmt: skip
def test_a_day_or_month_with_its_era_is_one_date(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


def test_a_month_before_christ_has_no_calendar_bounds():
    (mention,) = tag("Pompey fled Italy in March 49 BC.", ANCHOR)
    assert mention.before_christ
    assert (mention.earliest, mention.latest) == (None, None)


def test_the_ides_of_march_alone_is_the_nearest_fifteenth_of_march():
    (mention,) = tag("The senator warned of the Ides of March.", datetime.date(2011, 3, 20))
    assert (mention.text, mention.value) == ("the Ides of March", "2011-03-15")


def test_a_day_before_bc_and_a_name_is_a_day_in_british_columbia():
    found = [(m.text, m.value) for m in tag("On March 3 BC Hydro raised rates.", ANCHOR)]
    assert found == [("March 3", "1989-03-03")]


def test_c_and_ca_before_an_early_year_make_it_approximate():
    found = [
        (m.text, m.value, m.mod)
        for m in tag("The abbot was born c. 1040 and died ca. 1101.", ANCHOR)
    ]
    assert found == [("c. 1040", "1040", "APPROX"), ("ca. 1101", "1101", "APPROX")]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The department will release November data on Thursday.", D(2021, 12, 27), "2021-11"),
        ("Officials will publish July inflation figures Thursday.", D(2023, 8, 10), "2023-07"),
        ("Consumer price figures for July are due Wednesday.", D(1995, 8, 15), "1995-07"),
        ("The report on personal income for January is due Monday.", D(1993, 2, 26), "1993-01"),
        ("The report on consumer prices for May is set for Friday.", D(1996, 6, 7), "1996-05"),
        # Not what a report calls for.
        ("The report called for May elections.", D(1996, 3, 7), "1996-05"),
        ("Retailers will report September sales Thursday.", D(2008, 10, 7), "2008-09"),
        ("Retail sales for February come out Tuesday.", D(2000, 3, 10), "2000-02"),
        ("Minutes of the Fed's January meeting are due Wednesday.", D(2025, 2, 14), "2025-01"),
        ("The report on January housing starts will offer a test.", D(1995, 2, 14), "1995-01"),
        ("Officials will publish April durable goods orders.", D(1995, 5, 14), "1995-04"),
        # A forecast for a month is still ahead.
        ("Retailers expect December sales to jump.", D(2023, 2, 8), "2023-12"),
    ],
)
def test_a_months_data_describe_a_month_gone_by(text, anchor, value):
    assert [m.value for m in tag(text, anchor) if m.precision == "month"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Growth will slow because of the October stock market crash.", "1987-10"),
        ("The May attack will be investigated.", "1987-05"),
        # An election is planned: the tense decides.
        ("The March election will be close.", "1988-03"),
    ],
)
def test_a_month_before_what_no_one_schedules_is_gone_by(text, value):
    assert [m.value for m in tag(text, D(1988, 1, 28))] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In eighteen fourteen the war ended.", "eighteen fourteen", "1814"),
        ("Rents rose in the eighteen-nineties.", "the eighteen-nineties", "189"),
        ("The surge should arrive in the coming hours.", "the coming hours", "FUTURE_REF"),
    ],
)
def test_spoken_years_of_the_1800s_and_the_coming_hours(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2012, 10, 29))] == [(span, value)]


def test_eighteen_alone_counts():
    assert tag("He paid eighteen dollars; eighteen people came.", datetime.date(2012, 10, 29)) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The crash happened on 12 November last year.", "12 November last year", "2009-11-12"),
        ("Prices rose in November last year.", "November last year", "2009-11"),
    ],
)
def test_a_day_and_month_of_last_year(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2010, 6, 14))] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It passed six weeks after the Sept. 11 attacks.", "2001-09-11"),
        ("Security tightened since the September 11 terrorist attacks.", "2001-09-11"),
        ("The vote is on Sept. 11.", "2011-09-11"),
    ],
)
def test_the_sept_11_attacks_are_that_day_of_2001(text, value):
    assert [m.value for m in tag(text, datetime.date(2011, 5, 20)) if m.type == "DATE"][-1] == value


def test_a_month_before_a_comma_and_a_count_is_the_month_alone():
    found = [(m.text, m.value) for m in tag("In March, 11 grain cars overturned.", ANCHOR)]
    assert found == [("March", f"{ANCHOR.year}-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spending in the 1997-98 financial year rose.", [("the 1997-98 financial year", "1997")]),
        ("The 2011-12 budget was cut.", [("2011-12", "2011")]),
        ("Results for 2007/08 were poor.", [("2007/08", "2007")]),
        # Years further apart are a range: one mention per end.
        ("Prices fell in 1999-2001.", [("1999", "1999"), ("2001", "2001")]),
    ],
)  # fmt: skip
def test_a_year_named_by_both_its_calendar_years_is_one_date(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


def test_a_month_and_day_before_last_year_is_one_date():
    assert [(m.text, m.value) for m in tag("It opened May 31 last year.", ANCHOR)] == [
        ("May 31 last year", "1988-05-31")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ship sank on 29 February.", "2004-02-29"),
        ("The vote will be held on 29 February.", "2008-02-29"),
    ],
)
def test_a_leap_day_is_in_the_leap_year_the_tense_points_to(text, value):
    assert [m.value for m in tag(text, datetime.date(2006, 11, 20))] == [value]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Clients delayed projects since the 11 September attacks.", "11 September"),
        ("The 22 May 1989 vote was close.", "22 May 1989"),
        # "the" of a date standing alone stays in its span.
        ("He arrived on the 11 September and left.", "the 11 September"),
    ],
)
def test_the_before_a_date_naming_a_thing_belongs_to_the_thing(text, span):
    assert [m.text for m in tag(text, ANCHOR)] == [span]


def test_a_possessive_election_won_is_past_though_the_winner_will_take_office():
    text = "The nominee won the presidency in Tuesday's election and will take office Jan. 20."
    assert tag(text, D(2016, 11, 9))[0].value == "2016-11-08"


def test_a_possessive_days_heats_are_a_fixture():
    text = "The runner declared himself fit today and will run in Friday's heats."
    assert tag(text, D(1992, 7, 29))[-1].value == "1992-07-31"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # Read by the tense alone, 13 March would be 2021's, a Saturday.
        ("Friday, March 13: schools close statewide.", D(2020, 6, 12), "2020-03-13"),
        ("The meeting is on Friday, Dec. 31.", D(1998, 12, 30), "1999-12-31"),
        ("Monday, 30 August: the trial opens.", D(2004, 11, 10), "2004-08-30"),
        # A weekday no year near fits leaves the reading as it was.
        ("Monday, 31 August: the trial opens.", D(2004, 11, 10), "2005-08-31"),
    ],
)
def test_a_day_with_its_weekday_is_in_the_year_that_weekday_fits(text, anchor, value):
    assert [m.value for m in tag(text, anchor)] == [value]


def test_a_shift_named_by_its_day_after_a_verb_to_come_is_still_to_come():
    text = "The company said it would cancel Saturday's overtime shift at its truck plant."
    (mention,) = tag(text, datetime.date(1998, 6, 23))  # a Tuesday
    assert mention.value == "1998-06-27"


def test_a_fiscal_quarter_ending_on_a_day_is_named_by_that_days_year():
    # TimeBank names a fiscal quarter by the calendar year it ends in and its own number.
    text = "Profit for the fiscal first quarter, ended Dec. 31, rose 12%."
    found = {m.text: m.value for m in tag(text, datetime.date(1990, 2, 10))}
    assert found["the fiscal first quarter"] == "1989-Q1"


def test_the_future_of_a_thing_is_no_time_but_the_future_is():
    found = tag(
        "The treaty placed the future of Albania in the hands of the powers. In the future, "
        "talks will resume.",
        datetime.date(2010, 10, 22),
    )
    assert [(m.text, m.start > 60, m.value) for m in found] == [("the future", True, "FUTURE_REF")]
