"""tag(): the issue's list of what the tagger must get right, and the running example."""

import datetime
import itertools
from pathlib import Path

import pytest

from factcheck.temporal import tag

ANCHOR = datetime.date(2011, 5, 22)  # a Sunday
EXAMPLE = (
    Path(__file__).resolve().parents[3] / "shared" / "examples" / "moscow-times-2011-05-22.txt"
)


def found(text, anchor=ANCHOR):
    return [(m.text, m.type, m.value) for m in tag(text, anchor)]


@pytest.fixture
def example_mentions():
    if not EXAMPLE.exists():
        pytest.skip(f"the running example is not at {EXAMPLE}")
    return tag(EXAMPLE.read_text(encoding="utf-8"), ANCHOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("May 22, 2011", "2011-05-22"),
        ("Saturday", "2011-05-21"),
        ("May 18", "2011-05-18"),
        ("last September", "2010-09"),
        ("2001", "2001"),
        ("Last year", "2010"),
    ],
)
def test_it_reads_every_date_of_the_running_example(example_mentions, text, value):
    assert (text, "DATE", value) in [(m.text, m.type, m.value) for m in example_mentions]


def test_it_finds_no_date_in_the_running_examples_tenth_year_or_missions(example_mentions):
    dates = [m for m in example_mentions if m.type == "DATE"]
    assert not [m for m in dates if "10th" in m.text or m.text == "year"]
    assert all(m.type == "DURATION" for m in example_mentions if "six-month" in m.text)


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The vote was on May 22, 2011.", "May 22, 2011", "2011-05-22", "day"),
        ("The vote was on 22 May 2011.", "22 May 2011", "2011-05-22", "day"),
        ("Filed 2011-05-22 in Kabul.", "2011-05-22", "2011-05-22", "day"),
        ("Filed 2011/05/22 in Kabul.", "2011/05/22", "2011-05-22", "day"),
        ("Filed 2011.05.22 in Kabul.", "2011.05.22", "2011-05-22", "day"),
        ("The permit expires 22-May-2011.", "22-May-2011", "2011-05-22", "day"),
        ("Debt peaked at end-2010.", "end-2010", "2010", "year"),
        ("Filed 5/22/2011 in Kabul.", "5/22/2011", "2011-05-22", "day"),
        ("It opened in May 2011.", "May 2011", "2011-05", "month"),
        ("It opened in 2001.", "2001", "2001", "year"),
        ("It boomed in the 1990s.", "the 1990s", "199", "decade"),
        ("It was built in the 19th century.", "the 19th century", "18", "century"),
        (
            "Profit rose in the third quarter of 2010.",
            "the third quarter of 2010",
            "2010-Q3",
            "quarter",
        ),
        ("It opened in summer 2010.", "summer 2010", "2010-SU", "season"),
        ("It opened in early 2010.", "early 2010", "2010", "year"),
    ],
)
def test_it_reads_absolute_dates_in_news_styles(text, span, value, precision):
    mention = next(m for m in tag(text, ANCHOR) if m.text == span)
    assert (mention.value, mention.precision) == (value, precision)


def test_it_reads_a_dateline():
    mentions = tag("NEW YORK, Jan. 5, 2011 (Reuters) - Stocks rose.", ANCHOR)
    assert [(m.text, m.value) for m in mentions] == [("Jan. 5, 2011", "2011-01-05")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The parliament decided May 18 to send troops.", "May 18", "2011-05-18"),
        ("The parliament will vote May 25 on the plan.", "May 25", "2011-05-25"),
        ("The statement was distributed on Saturday.", "Saturday", "2011-05-21"),
        ("The minister will arrive on Saturday.", "Saturday", "2011-05-28"),
        ("Troops were killed last September.", "last September", "2010-09"),
        ("Elections are due next year.", "next year", "2012"),
        ("Last year was the worst.", "Last year", "2010"),
        ("Talks resumed this week.", "this week", "2011-W20"),
        ("Talks resumed yesterday.", "yesterday", "2011-05-21"),
        ("Talks ended two weeks ago.", "two weeks ago", "2011-W18"),
        ("Talks began earlier this month.", "earlier this month", "2011-05"),
        ("Prices are now falling.", "now", "PRESENT_REF"),
        ("Prices will fall in the coming months.", "the coming months", "FUTURE_REF"),
        ("Prices have recently fallen.", "recently", "PAST_REF"),
    ],
)
def test_it_resolves_relative_dates_against_the_anchor_and_the_tense(text, span, value):
    assert (span, "DATE", value) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as the war drags into its 10th year", []),
        ("soldiers on six-month missions", [("six-month", "DURATION", "P6M")]),
        ("a decade of war", [("a decade", "DURATION", "P10Y")]),
        ("within 90 days", [("90 days", "DURATION", "P90D")]),
        ("They meet every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
        # A clock time of a recurring day is its time every time, not one on publication day.
        ("They meet every Monday at 7 p.m.", [("every Monday at 7 p.m.", "SET", "XXXX-WXX-1T19:00")]),
        ("Every 10 November at 9.05 a.m., sirens sound.", [("Every 10 November at 9.05 a.m.", "SET", "XXXX-11-10T09:05")]),
    ],
)  # fmt: skip
def test_it_keeps_durations_and_sets_apart_from_dates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 2001 to 2005", [("2001", "DATE", "2001"), ("2005", "DATE", "2005")]),
        ("between May and July", [("May", "DATE", "2011-05"), ("July", "DATE", "2011-07")]),
        ("in 1999-2001", [("1999", "DATE", "1999"), ("2001", "DATE", "2001")]),
    ],
)
def test_it_marks_each_end_of_a_range_as_its_own_mention(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide soon enough.",
        "Protesters march to the square.",
        "The March on Washington drew crowds.",
        "It cost $48 and sold 16.4 million copies.",
        "It killed 28 troops; 150,000 remain.",
        "See https://example.com/2011/05/22/story-2001 for more.",
        "The Boeing 737 and the Airbus A380 flew; flight AF447 did not.",
        "About 2000 people came, and in 1500 cases the police were called.",
        "It is a 2000-year-old city.",
        "April Ryan asked; the reporter, June Carter, answered.",
        "The Sunday Times reported it first.",
        # A weekday's kind of timetable, a title of the year, an overnight market.
        "Trains will run to a Sunday timetable.",
        "He was named manager of the year.",
        "The bank put 61 billion euros into overnight money markets.",
        # A designation, a statute's title.
        "The probe flew on to the asteroid 2011 UW158.",
        "He was charged under the Theft Act 1968.",
        # A century's name in a company's.
        "Twentieth Century Fox distributes the film.",
        # A score, a race time.
        "The score stood at 2:1 at the break.",
        "She won the marathon in 2:06:48.",
        # Model numbers.
        "It introduced the HI-2000 electronic balance.",
        "The bottling line, model BL-1972, is still in use.",
    ],
)
def test_it_finds_no_date_in_verbs_money_counts_or_urls(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 3% in the 12 months to March.", ("March", "DATE", "2011-03")),
        ("Output grew in the year to May.", ("May", "DATE", "2011-05")),
        ("Rates will not fall as soon as March.", ("March", "DATE", "2012-03")),
        ("The agency will release March figures on Tuesday.", ("March", "DATE", "2011-03")),
        ("The May jobs report was weak.", ("May", "DATE", "2011-05")),
        ("The agency will release May payrolls on Friday.", ("May", "DATE", "2011-05")),
        ("Traders awaited a report on May retail sales.", ("May", "DATE", "2011-05")),
        ("Prices rose 0.7% in both March and April.", ("March", "DATE", "2011-03")),
        ("As recently as March, the roof was unfinished.", ("March", "DATE", "2011-03")),
        # In a list with another month, and after "its" before a noun.
        ("The bank cut rates in January, March, April and May.", ("March", "DATE", "2011-03")),
        ("The bank cut rates in January, March, April and May.", ("May", "DATE", "2011-05")),
        ("It will decide at its March meeting.", ("March", "DATE", "2012-03")),
        ("A visit can be expected in late April or May.", ("May", "DATE", "2011-05")),
    ],
)
def test_it_reads_may_and_march_at_the_end_of_a_period(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "They plan to March on the capital.",
        "He spoke to May.",
        "Both May and Corbyn spoke.",
        "Theresa May and March organizers met.",
    ],
)
def test_it_reads_no_month_in_to_may_or_to_march_otherwise(text):
    assert found(text) == []


def test_it_leaves_prepositions_out_and_keeps_modifiers_in():
    assert found("It happened on Saturday.") == [("Saturday", "DATE", "2011-05-21")]
    assert [(m.text, m.mod) for m in tag("He left at about 3:30 p.m.", ANCHOR)] == [
        ("about 3:30 p.m.", "APPROX")
    ]
    assert found("Exports fell in the past three years.") == [
        ("the past three years", "DURATION", "P3Y")
    ]


def test_it_returns_mentions_in_text_order_with_exact_offsets():
    text = "On May 18, 2011 and again on Saturday, the council met; next year it will not."
    mentions = tag(text, ANCHOR)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_it_rebases_a_year_earlier_on_the_quarter_just_named():
    text = "Third-quarter profit rose 5% from a year earlier."
    assert ("a year earlier", "DATE", "2010-Q3") in found(text, datetime.date(2011, 10, 26))


def test_a_past_comparison_with_a_year_before_skips_the_forecasts_named_since():
    text = (
        "The steelmaker posted a 54% drop in third-quarter profit. Analysts expect losses "
        "through the third quarter of 1990. In the year-ago period, it earned $101 million."
    )
    values = {m.text: m.value for m in tag(text, datetime.date(1989, 10, 26))}
    assert values["the year-ago period"] == "1988-Q3"
    forecast = "Fourth-quarter profit will rise 5% from a year earlier."
    assert ("a year earlier", "DATE", "1988-Q4") in found(forecast, datetime.date(1989, 10, 26))


def test_a_months_data_are_of_a_month_gone_by_whatever_the_tense_of_their_release():
    text = "The agency will release December retail sales figures at 8:30 a.m. Tuesday."
    assert ("December", "DATE", "2013-12") in found(text, datetime.date(2014, 1, 12))


def test_that_evening_is_a_time_of_the_day_the_story_named():
    text = (
        "The quake struck on Tuesday. That evening, fires broke out. That night, crews worked on."
    )
    values = [(m.text, m.type, m.value) for m in tag(text, datetime.date(1989, 10, 18))]
    assert values[1:] == [
        ("That evening", "TIME", "1989-10-17TEV"),
        ("That night", "TIME", "1989-10-17TNI"),
    ]


def test_a_months_retail_sales_are_its_figures_whatever_the_tense_of_their_release():
    text = "The department will report November retail sales on Wednesday."
    assert ("November", "DATE", "2006-11") in found(text, datetime.date(2006, 12, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The February consumer price index is due tomorrow.", ("February", "DATE", "2024-02")),
        ("Traders await Friday's report on February employment.", ("February", "DATE", "2024-02")),
        ("Prices should have risen over the 12 months through February.", ("February", "DATE", "2024-02")),
    ],
)  # fmt: skip
def test_a_month_reported_on_is_a_month_gone_by(text, expected):
    assert expected in found(text, datetime.date(2024, 3, 11))


def test_this_week_written_on_a_sunday_reads_its_verb_as_far_back_as_a_weekday_does():
    # Eleven words back, "closed" says the week is the one ending that Sunday.
    text = (
        "Retailers closed out a disappointing holiday season with a wave of profit warnings "
        "this week, and some analysts now say the industry could post weak growth."
    )
    assert ("this week", "DATE", "2014-W02") in found(text, datetime.date(2014, 1, 12))


def test_a_count_in_days_goes_on_from_a_time_told_with_its_day():
    text = (
        "LOS ANGELES, Oct. 7 -- The fire was 35 percent contained by 6 p.m. Wednesday, up "
        "from 10 percent a day earlier."
    )
    values = {m.text: m.value for m in tag(text, datetime.date(2004, 10, 7))}
    assert values["a day earlier"] == "2004-10-05"


def test_a_date_after_since_is_a_yardstick_not_the_period_a_year_earlier_counts_from():
    text = (
        "Sales fell in September, the lowest since October 2010. Prices rose from a year earlier."
    )
    values = {m.text: m.value for m in tag(text, datetime.date(2023, 10, 20))}
    assert values["a year earlier"] == "2022-09"


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Revenue rose in the third quarter from the prior-year quarter.", datetime.date(2019, 10, 15), "the prior-year quarter", "2018-Q3"),
        ("Deliveries for 2022 rose 40% from the prior year.", datetime.date(2023, 1, 3), "the prior year", "2021"),
    ],
)  # fmt: skip
def test_prior_counts_back_like_previous(text, anchor, span, value):
    assert {m.text: m.value for m in tag(text, anchor)}[span] == value


def test_the_year_ago_quarter_is_a_quarter_after_a_month():
    text = "It moved to a calendar year in December. In the year-ago quarter, it lost money."
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 10, 27))}
    assert found["the year-ago quarter"] == "1987-Q4"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Flight 1549 landed safely.", "1549"),
        ("UN Resolution 1973 passed.", "1973"),
        ("He lives at 1600 Pennsylvania Avenue.", "1600"),
        ("Room 2001 was booked.", "2001"),
        ("England's Euro 2000 qualifiers begin.", "2000"),
        ("Shanghai hosted Expo 2010.", "2010"),
    ],
)
def test_it_reads_no_year_in_numbers_that_name_things(text, number):
    assert number not in [m.text for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The deal closes at the end of the month.", "the end of the month", "2011-05"),
        ("Trading opens at 3:30 p.m. ET on Monday.", "3:30 p.m. ET", "2011-05-23T15:30"),
        ("The jet flew Tuesday at 18:00 UTC.", "18:00 UTC", "2011-05-17T18:00Z"),
        ("Stocks closed at 5 p.m. EST, May 20.", "5 p.m. EST, May 20", "2011-05-20T17:00"),
        # A zone in words is in the span, as its letters are ("3:30 p.m. ET").
        (
            "The truce began at 7 a.m. local time on Friday.",
            "7 a.m. local time",
            "2011-05-20T07:00",
        ),
        ("Polls shut at 8 p.m. Eastern time on Friday.", "8 p.m. Eastern time", "2011-05-20T20:00"),
        ("Polls close at 8 p.m. Eastern.", "8 p.m. Eastern", "2011-05-22T20:00"),
        ("A concert starts at 8 p.m. Central Park time.", "8 p.m.", "2011-05-22T20:00"),
    ],
)
def test_it_gives_times_and_period_ends_their_day(text, span, value):
    assert (span, value) in [(m.text, m.value) for m in tag(text, ANCHOR)]


def test_it_counts_narrative_dates_from_the_last_date_named():
    text = (
        "On June 6, 1944, Allied troops landed. Paris fell two months later. "
        "The next day, crowds gathered. The following year the war ended."
    )
    found = [(m.text, m.value) for m in tag(text, ANCHOR)]
    assert found == [
        ("June 6, 1944", "1944-06-06"),
        # Led by a day long past, told without a word of the present: a history, whose
        # counts are dates.
        ("two months later", "1944-08"),
        # The day after Paris fell: in the month counted to, its day not told.
        ("The next day", "1944-08"),
        ("The following year", "1945"),
    ]


def test_it_anchors_a_timestamp_by_its_day():
    (mention,) = tag("Talks resumed yesterday.", datetime.datetime(2011, 5, 22, 14, 30))
    assert mention.value == "2011-05-21"


def test_it_reads_no_date_in_the_name_usa_today():
    assert found("USA Today reported it today.") == [("today", "DATE", "2011-05-22")]


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("The vote ended late Tuesday.", "late Tuesday", "2011-05-17", "END"),
        ("It was built decades ago.", "decades ago", "PAST_REF", None),
        # News reads "later" as TimeML does: the length of time is the mention.
        ("Years later, he left.", "Years", "PXY", None),
    ],
)
def test_it_reads_vague_and_modified_days(text, span, value, mod):
    assert [(m.text, m.value, m.mod) for m in tag(text, ANCHOR)] == [(span, value, mod)]


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        (
            "The fire started late Friday afternoon.",
            "late Friday afternoon",
            "2011-05-20TAF",
            "END",
        ),
        ("Talks resume early Monday morning.", "early Monday morning", "2011-05-23TMO", "START"),
    ],
)
def test_early_or_late_keeps_its_part_of_a_day(text, span, value, mod):
    assert [(m.text, m.value, m.mod) for m in tag(text, ANCHOR)] == [(span, value, mod)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Baker said on ABC\'s "This Week," that', []),
        ("Baker said on ABC-TV's This Week With David Brinkley that", []),
        ("Stocks Fall This Week", [("This Week", "DATE", "2011-W20")]),
        ("You're listening to the World Tonight.", []),
        # Lower case, "today show" is a day and a verb.
        ("Figures published today show a fall.", [("today", "DATE", "2011-05-22")]),
        ("Tonight the skies clear.", [("Tonight", "TIME", "2011-05-22TNI")]),
    ],
)
def test_it_reads_no_date_in_a_quoted_or_owned_title(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("by the year two thousand", "the year two thousand", "2000", None),
        ("earnings in the 1988 period", "the 1988 period", "1988-Q1", None),
        ("at year end this year", "this year", "2011", None),
        ("by the end of 1990", "the end of 1990", "1990", "END"),
        ("carbon neutral by the end of the decade", "the end of the decade", "201", "END"),
        ("at the start of the 1990s", "the start of the 1990s", "199", "START"),
        ("by the middle of the century", "the middle of the century", "20", "MID"),
    ],
)
def test_it_spans_spelled_years_periods_and_ends(text, span, value, mod):
    assert [(m.text, m.value, m.mod) for m in tag(text, ANCHOR)] == [(span, value, mod)]


def test_it_reads_the_day_as_the_day_last_named():
    text = (
        "Stock indexes posted gains on Friday. The index is at its highest since 1983. "
        "The Dow gained 39 points, ending the day at 8,017."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2009, 4, 4))}
    assert found["the day"] == "2009-04-03"


def test_it_reads_the_day_as_the_anchor_without_a_day_named_before():
    found = {m.text: m.value for m in tag("Shares fell to end the day lower.", ANCHOR)}
    assert found["the day"] == "2011-05-22"


def test_it_reads_a_year_earlier_after_the_nine_months_as_the_year_before():
    text = (
        "Third-quarter net rose 5%. For the nine months, net was $306 million, "
        "up from $250 million a year earlier."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1989, 10, 26))}
    assert found["a year earlier"] == "1988"


def test_it_folds_or_so_into_the_expression_as_approximate():
    text = "The plants will be closed over the next year or so."
    found = [(m.text, m.value, m.mod) for m in tag(text, datetime.date(1989, 11, 2))]
    assert found == [("the next year or so", "1990", "APPROX")]


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("It won't be profitable until 1994 or later.", "1994 or later", "ON_OR_AFTER"),
        ("It is confident about cash flow for 1990 and beyond.", "1990 and beyond", "ON_OR_AFTER"),
        ("The house was built in 1950 or earlier.", "1950 or earlier", "ON_OR_BEFORE"),
    ],
)
def test_it_folds_open_ends_into_a_date_as_timeml_mods(text, span, mod):
    assert [(m.text, m.mod) for m in tag(text, ANCHOR)] == [(span, mod)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The deal was signed on 22.05.2011 in Berlin.", "22.05.2011", "2011-05-22"),
        ("The deal was signed on 3-5-2011 in Berlin.", "3-5-2011", "2011-05-03"),
        ("Filed 22/05/2011, it was late.", "22/05/2011", "2011-05-22"),
        ("Filed 5/22/2011, it was late.", "5/22/2011", "2011-05-22"),
    ],
)
def test_it_reads_numeric_dates_day_first_with_dots_and_month_first_with_slashes(text, span, value):
    assert found(text) == [(span, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Remember the fifth of November.", "the fifth of November", "2011-11-05"),
        ("It happened on March the 5th.", "March the 5th", "2011-03-05"),
        ("It rained on May the first.", "May the first", "2011-05-01"),
        ("He died on the twenty-first of June, 1998.", "the twenty-first of June, 1998", "1998-06-21"),
        ("He died on the twenty-seventh of June.", "the twenty-seventh of June", "2011-06-27"),
        ("It was September the twenty-first, 2021.", "September the twenty-first, 2021", "2021-09-21"),
        # The ordinal capitalised, as "July Fourth" often is.
        ("Fireworks are banned for July Fourth.", "July Fourth", "2011-07-04"),
        # A month that has its day is no month before "the 2nd Battalion".
        ("On 28 May the 2nd Battalion attacked.", "28 May", "2011-05-28"),
    ],
)  # fmt: skip
def test_it_reads_days_spelled_out_or_after_the(text, span, value):
    assert found(text) == [(span, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # One writer, one order: a date that can only be day first sets it for the rest.
        ("Adjourned to 14/04/2011. First arrested on 03/02/2010.", "2010-02-03"),
        ("Due 04/14/2011; filed 03/02/2010.", "2010-03-02"),
        ("It was 13/05/2011 and 03/02/2010.", "2010-02-03"),
        # A version number is no date, and shows no order.
        ("Version 13.4.22 shipped. Filed 03/02/2010.", "2010-03-02"),
        ("Filed 03/02/2010.", "2010-03-02"),
    ],
)
def test_an_ambiguous_numeric_date_follows_the_order_the_text_shows(text, value):
    assert [m.value for m in tag(text, ANCHOR)][-1] == value


@pytest.mark.parametrize("text", ["Install version 1.2.2011.4 first.", "Ratio 1.5.20 holds."])
def test_it_reads_no_date_in_version_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In January nineteen ninety-seven a bomb exploded.", "January nineteen ninety-seven",
         "1997-01"),
        ("Oil fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
         "1994-WI"),
        ("The vote is due at the end of May.", "the end of May", "2011-05"),
        ("A fortnight ago the talks collapsed.", "A fortnight ago", "2011-W18"),
        ("It was built in the 19th century.", "the 19th century", "18"),
    ],
)  # fmt: skip
def test_it_reads_spelled_years_month_ends_fortnights_and_centuries(text, span, value):
    assert (span, value) in [(m.text, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    "text", ["It sold two thousand eight hundred copies.", "It sold twenty-five hundred copies."]
)
def test_a_spelled_number_before_hundred_is_no_year(text):
    assert found(text) == []


def test_it_reads_a_local_time_restated_in_another_zone_as_one_time_on_its_day():
    text = "The truce began at 7 a.m. local time (0500 GMT) on Friday."
    assert found(text) == [
        ("7 a.m. local time", "TIME", "2011-05-20T07:00"),
        ("Friday", "DATE", "2011-05-20"),
    ]


def test_a_clock_time_takes_the_day_told_after_a_comma_and_on():
    text = "Trading will end early, at 2 p.m. EDT, on Thursday, to clear a backlog."
    assert found(text) == [
        ("2 p.m. EDT", "TIME", "2011-05-26T14:00"),
        ("Thursday", "DATE", "2011-05-26"),
    ]


def test_it_reads_a_clock_time_restated_in_another_zone_as_one_time():
    text = "The blast occurred at 10:35 a.m. (0735 GMT) Friday, officials said."
    assert found(text) == [("10:35 a.m. (0735 GMT) Friday", "TIME", "2011-05-20T10:35")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("At 0800 UTC, central banks cut rates.", "0800 UTC", "2011-05-22T08:00Z"),
        ("The jet landed at 6:40 p.m. (GMT +8).", "6:40 p.m. (GMT +8)", "2011-05-22T18:40"),
        ("Talks open at 14:00 BST.", "14:00 BST", "2011-05-22T14:00"),
        ("Polls close at 19:00.", "19:00", "2011-05-22T19:00"),
        ("Results come at 10am AEST.", "10am AEST", "2011-05-22T10:00"),
        ("At 03:15 the guns opened up.", "03:15", "2011-05-22T03:15"),
        ("The troops landed at 0725 hours.", "0725 hours", "2011-05-22T07:25"),
        ("Fire opened at 04:45 hours.", "04:45 hours", "2011-05-22T04:45"),
        ("The match kicks off at 15h00.", "15h00", "2011-05-22T15:00"),
        ("Parking is free up to 17:30.", "17:30", "2011-05-22T17:30"),
        ("The meeting ran past 23:00.", "23:00", "2011-05-22T23:00"),
        ("He was held shortly after midnight.", "midnight", "2011-05-22T00:00"),
    ],
)
def test_it_reads_military_clock_times_and_keeps_offsets_out_of_utc(text, span, value):
    assert found(text) == [(span, "TIME", value)]


def test_a_year_before_capitals_is_still_a_year_not_a_clock_time():
    assert found("In 2010 NATO bombed the port.") == [("2010", "DATE", "2010")]


@pytest.mark.parametrize("text", ["The home side won 21:15.", "Read John 3:16 aloud."])
def test_it_reads_no_clock_time_in_a_score_or_a_verse(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The primary is next Tuesday, May 24.", "next Tuesday, May 24", "2011-05-24"),
        ("The final is on bank holiday Monday.", "bank holiday Monday", "2011-05-23"),
    ],
)
def test_a_weekday_keeps_the_words_that_belong_to_it(text, span, value):
    assert found(text) == [(span, "DATE", value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Debt fell in the 2019 financial year.", "the 2019 financial year", "2019"),
        ("Profit will fall this financial year.", "this financial year", "2011"),
        ("She starts in the 2012 school year.", "the 2012 school year", "2012"),
    ],
)
def test_a_year_keeps_the_kind_of_year_it_names(text, span, value):
    assert found(text) == [(span, "DATE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "The Winter Olympics open in Beijing.",
        "Fans at the Summer Games cheered.",
        "The Spring Street venue was packed.",
        "A revival of August Wilson's play opened.",
        # A person's name before what a person does.
        "The vote came hours after May traveled to Strasbourg.",
    ],
)
def test_it_reads_no_date_in_a_name_that_starts_with_a_season_or_month(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales fell in Winter 2010.", "Winter 2010"),
        ("In June Smith's team won.", "June"),
        ("Prices fell after May ended.", "May"),
        ("In mid-July Iraq began to move troops.", "mid-July"),
        ("From late 1904 prisoners of war were held in camps.", "late 1904"),
    ],
)
def test_a_season_or_month_with_its_date_words_stays_a_date(text, span):
    assert [m.text for m in tag(text, ANCHOR)] == [span]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Call 1800 022 222 for help.", []),
        ("Ring 02 1990 0000 after six.", []),
        ("In 2019 500 jobs went.", ["2019"]),
    ],
)
def test_it_reads_no_year_in_a_phone_number(text, years):
    assert [m.text for m in tag(text, ANCHOR)] == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Payroll gains for May and June were revised.", [("May", "2010-05"), ("June", "2010-06")]),
        # A month's forecast or budget; "may survey" stays a verb.
        ("Growth beat the government's May forecast.", [("May", "2011-05")]),
        ("Officials may survey the damage.", []),
        # "come March": when March comes; "The ones who come May be late" is no month.
        ("We will be in the top five come March.", [("March", "2012-03")]),
        ("The ones who come May be late.", []),
        ("First-half profit rose.", [("First-half", "2011-H1")]),
        ("The Russell 2000 gained 8%.", []),
    ],
)
def test_it_reads_may_after_for_and_a_half_before_its_noun_but_no_index_as_a_year(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


def test_it_reads_no_year_in_an_index_name():
    assert found("The Russell 2000 Index fell 4%.") == []


def test_it_reads_no_past_reference_in_the_start_of_a_length():
    assert found("Violence flared for the past three summers.") == []
    assert found("In the past, it was calm.") == [("the past", "DATE", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # (written on a Sunday: the week to come)
        ("Talks resume later in the week.", "the week", "2011-W21"),
        ("Talks resumed earlier in the week.", "the week", "2011-W20"),
        ("Early in the month, sales fell.", "Early in the month", "2011-05"),
    ],
)
def test_it_reads_the_week_or_month_early_or_late_in_it(text, span, value):
    assert found(text) == [(span, "DATE", value)]


def test_a_clear_past_tense_takes_a_month_named_alone_back_a_whole_year():
    november = datetime.date(2011, 11, 15)
    assert found("The law came into force in January.", november) == [
        ("January", "DATE", "2011-01")
    ]
    assert found("The law will come into force in January.", november) == [
        ("January", "DATE", "2012-01")
    ]


def test_a_period_ended_on_a_day_ended_before_the_story_however_long_ago():
    text = "In the fiscal year ended Jan. 31, the company earned $5 million."
    assert ("Jan. 31", "DATE", "1989-01-31") in found(text, datetime.date(1989, 10, 31))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A decade ago the town was poor.", "A decade ago", "2001"),
        ("A century ago it was a village.", "A century ago", "1911"),
        # Years counted back from the anchor, not from a month the sentence names.
        ("The rallies of early December were the biggest since the revolution 41 years ago.",
         "41 years ago", "1970"),
    ],
)  # fmt: skip
def test_it_counts_decades_and_years_ago_from_the_anchor_in_years(text, span, value):
    assert (span, value) in [(m.text, m.value) for m in tag(text, ANCHOR)]


def test_or_so_before_ago_makes_the_date_approximate():
    (mention,) = tag("Then, a week or so ago, the general picked a date.", ANCHOR)
    assert (mention.text, mention.value, mention.mod) == ("a week or so ago", "2011-W19", "APPROX")


def test_then_current_is_the_past():
    text = "Holders may buy shares at half the then current market price."
    assert found(text) == [("then current", "DATE", "PAST_REF")]


def test_it_dates_that_day_and_the_next_morning_from_the_day_last_named():
    text = (
        "He was arrested on Oct. 23, 1998. Earlier that day, his family sent a fax. "
        "He appeared in court the next morning."
    )
    # News of the year before (as the AQUAINT story it comes from); told of a day long
    # past it would read as a history, whose next morning is a TIME.
    assert [(m.text, m.value) for m in tag(text, datetime.date(1999, 5, 7))] == [
        ("Oct. 23, 1998", "1998-10-23"),
        ("Earlier that day", "1998-10-23"),
        ("the next morning", "1998-10-24"),
    ]


def test_it_dates_that_week_month_and_year_from_the_last_date_named():
    text = (
        "The treaty was signed on 6 August 1945. Later that month, troops withdrew. "
        "That week, talks began. Earlier that year, the war had turned. "
        "In 2005 the plant opened; that same year it closed."
    )
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == [
        ("6 August 1945", "1945-08-06"),
        ("Later that month", "1945-08"),
        ("That week", "1945-W32"),
        ("Earlier that year", "1945"),
        ("2005", "2005"),
        ("that same year", "2005"),
    ]


def test_that_before_a_repeated_unit_is_no_date():
    assert found("He said that week after week the rain fell.") == []


@pytest.mark.parametrize(
    "text",
    ["The poster showed a still from the film High Noon.", "For them, high noon comes today."],
)
def test_high_noon_is_no_time(text):
    assert [m.text for m in tag(text, ANCHOR) if m.type == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the \u201990s, growth was fast.", [("the \u201990s", "199")]),
        ("Fiscal \u201910 was weak.", [("Fiscal \u201910", "2010")]),
        # "won’t" is not the past tense "won": the vote is ahead.
        ("Officials won\u2019t meet Thursday.", [("Thursday", "2011-05-26")]),
    ],
)
def test_it_reads_typographic_apostrophes_as_plain_ones(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riots broke out in June '68.", [("June '68", "DATE", "1968-06")]),
        ("By Sept. \u201991 the firm was gone.", [("Sept. \u201991", "DATE", "1991-09")]),
        ("They met in the summer of '69.", [("the summer of '69", "DATE", "1969-SU")]),
        ("May '98's vote was close.", [("May '98", "DATE", "1998-05")]),
    ],
)
def test_a_month_or_season_takes_a_year_of_two_digits(text, expected):
    assert found(text) == expected


def test_it_reads_no_date_in_a_calendar_version_number():
    assert found("Install release 2011.05.22.1 today.") == [("today", "DATE", "2011-05-22")]


def test_end_with_a_hyphen_marks_the_end_of_a_year():
    (mention,) = tag("Debt peaked at end-2010.", ANCHOR)
    assert mention.mod == "END"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emissions fell below 1990 levels.", [("1990", "DATE", "1990")]),
        ("In June Congress voted.", [("June", "DATE", "2010-06")]),
        ("By August Smith had left.", [("August", "DATE", "2010-08")]),
        ("Throughout August British ships raided.", [("August", "DATE", "2010-08")]),
        ("Into September Allied troops pressed on.", [("September", "DATE", "2010-09")]),
        ("June Retail Sales Rise", [("June", "DATE", "2011-06")]),
        ("On Sunday Obama spoke.", [("Sunday", "DATE", "2011-05-22")]),
    ],
)
def test_a_year_before_a_noun_or_a_month_before_a_name_is_still_a_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In 1953 a truce came. Three weeks earlier it broke.", "Three weeks earlier", "1953"),
        ("In 1953 a truce came. Two years earlier it broke.", "Two years earlier", "1951"),
        ("The plant opened in 2001. The next day it closed.", "The next day", "2001"),
    ],
)
def test_a_count_from_a_coarser_date_is_read_as_finely_as_that_date(text, span, value):
    assert {m.text: m.value for m in tag(text, ANCHOR)}[span] == value


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("Talks stalled late in the month.", "late in the month", "END"),
        ("The war began early in 1950.", "early in 1950", "START"),
    ],
)
def test_early_in_and_late_in_fold_into_the_date_as_its_start_or_end(text, span, mod):
    (mention,) = tag(text, ANCHOR)
    assert (mention.text, mention.mod) == (span, mod)


@pytest.mark.parametrize(
    "text",
    [
        "Readings will fall into the 30s after dark.",
        "Overnight lows in the teens, daytime highs in the 20s.",
        "Temperatures in the 90s kept people indoors.",
        "The stock traded in the 60s for most of the session.",
        "The thermometer sat in the upper 50s, then rose into the 70s.",
        "It will be in the 40s tonight.",
        "By Friday we should be back up in the 30s.",
    ],
)
def test_a_decade_without_its_century_among_weather_or_prices_is_a_number(text):
    assert [m.text for m in tag(text, ANCHOR) if m.value.startswith("19")] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("She came of age in the 1960s.", "the 1960s", "196"),
        ("Disco ruled the '70s.", "the '70s", "197"),
        ("They revived the 60s folk sound.", "the 60s", "196"),
        ("Rents climbed in the 1970s and 80s.", "80s", "198"),
        ("Temperatures were measured by hand in the 1920s.", "the 1920s", "192"),
    ],
)
def test_a_decade_stays_a_decade_outside_weather_and_prices(text, span, value):
    assert (span, value) in [(m.text, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    "text",
    ["Most die in their 20s or 30s.", "Men in his 40s and early 50s were hired."],
)
def test_the_second_of_a_persons_two_ages_is_no_decade(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        # A day named in the sentence before is the clock time's only for recent news.
        ("The final is in Sydney on 20 August. Fans have queued since 5am.", datetime.date(2023, 7, 31), "5am", "2023-07-31T05:00"),
        # The midnight after the day named earlier ends that day.
        ("The strikes came hours after a New Year's Eve address, shortly after midnight.", datetime.date(2023, 1, 1), "midnight", "2022-12-31T24:00"),
        # The midnight a morning follows is the one that starts its day.
        ("Travelers were stranded this morning, and flights were canceled after midnight.", datetime.date(2023, 1, 1), "midnight", "2023-01-01T00:00"),
        ("Travelers were stranded this morning; flights are grounded since midnight.", datetime.date(2023, 1, 1), "midnight", "2023-01-01T00:00"),
        ("The guns fired at 07:28 on the morning of 1 July 1916.", datetime.date(2009, 6, 1), "07:28", "1916-07-01T07:28"),
        # A time told with its day passes it on in its sentence; a part of a day gives
        # its day; a range's end before its start is on the next day.
        ("Polls will open at 6 a.m. Tuesday and close at 7 p.m.", datetime.date(2000, 11, 6), "7 p.m.", "2000-11-07T19:00"),
        ("Results began arriving at 10am yesterday, and by 4.30pm it was clear.", datetime.date(2001, 6, 9), "4.30pm", "2001-06-08T16:30"),
        ("The exit poll was published at 22:00 on Friday night.", datetime.date(2018, 5, 27), "22:00", "2018-05-25T22:00"),
        ("The curfew is in effect tonight from 9 p.m. to 6 a.m.", datetime.date(2009, 10, 31), "6 a.m.", "2009-11-01T06:00"),
        # A market's bell is on the day of the report, whatever day its background names.
        ("The Dow, which fell 11 points Thursday, rose 9.84 at the 4 p.m. bell.", datetime.date(1989, 6, 16), "4 p.m.", "1989-06-16T16:00"),
        ("The shares were priced Thursday evening. By the 4 p.m. close, they had slipped.", datetime.date(2012, 5, 18), "4 p.m.", "2012-05-18T16:00"),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_right_day(text, anchor, span, value):
    assert {m.text: m.value for m in tag(text, anchor)}[span] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second quake struck two days later.", [("two days", "DURATION", "P2D")]),
        ("The first wave hit about 30 minutes later.", [("about 30 minutes", "DURATION", "PT30M")]),
        ("A few days later, the talks collapsed.", [("A few days", "DURATION", "PXD")]),
        (
            "He was arrested on March 3 and freed a week later.",
            [("March 3", "DATE", "2011-03-03"), ("a week", "DURATION", "P1W")],
        ),
    ],
)
def test_news_reads_a_count_before_later_as_a_length_of_time(text, expected):
    # Never a date after publication for what a past-tense story says happened.
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Crowds crossed on November ninth, nineteen eighty-nine.",
            datetime.date(2009, 11, 9),
            [("November ninth, nineteen eighty-nine", "DATE", "1989-11-09")],
        ),
        (
            "The eclipse will come on June eighth.",
            ANCHOR,
            [("June eighth", "DATE", "2011-06-08")],
        ),
        # A past tense reaches back most of a year: last September, not this one.
        (
            "He resigned on Sept. 11.",
            datetime.date(2019, 5, 15),
            [("Sept. 11", "DATE", "2018-09-11")],
        ),
    ],
)
def test_spoken_days_and_past_days_most_of_a_year_back(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seas could rise a metre by 2100.", [("2100", "DATE", "2100")]),
        (
            "between 2100 and 2150, the ice melts",
            [("2100", "DATE", "2100"), ("2150", "DATE", "2150")],
        ),
        ("The plant has 2100 employees.", []),
        ("In two thousand, the firm collapsed.", [("two thousand", "DATE", "2000")]),
        ("He sent two thousand National Guard troops.", []),
    ],
)
def test_years_past_2099_need_a_dating_word_and_a_spoken_count_is_no_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Orwell\'s "1984" topped the list.', []),
        ('"Blade Runner 2049" opened to $31.5 million.', []),
        ('He won for "4 Months, 3 Weeks and 2 Days," the jury said.', []),
        # Quoted speech is no title: its dates stay.
        ('"It happened in 1984," she said.', [("1984", "DATE", "1984")]),
        ('He said: "We will vote on May 18."', [("May 18", "DATE", "2011-05-18")]),
    ],
)
def test_numbers_in_a_quoted_title_are_no_dates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polling stations close at 1900 local time on Sunday.",
            [("1900 local time", "TIME", "2011-05-22T19:00"), ("Sunday", "DATE", "2011-05-22")],
        ),
        ("He was shot in the 1900 block of Main Street.", []),
        ("The suspect, case number 2010-CR-4471, fled.", []),
    ],
)
def test_four_digits_before_local_time_are_a_clock_and_house_and_case_numbers_no_years(
    text, expected
):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It included the May attack on the pipeline.", [("May", "DATE", "2011-05")]),
        # "that May" ending its clause is a month; before a verb, a name.
        ("The rebels won in the hills that May.", [("May", "DATE", "2011-05")]),
        ("He said that May would resign.", []),
        ("It will save 1.2 million pounds a year.", [("a year", "SET", "P1Y")]),
        (
            "Jobs were unfilled as recently as two weeks ago.",
            [("two weeks ago", "DATE", "2011-W18")],
        ),
        ("Prices fell by the year 2000.", [("the year 2000", "DATE", "2000")]),
        ("The company has recently cut jobs.", [("recently", "DATE", "PAST_REF")]),
    ],
)
def test_may_before_a_noun_rates_in_millions_and_as_recently_as(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The guard was repulsed shortly after 8 p.m.", "8 p.m.", "2011-05-22T20:00"),
        ("The shelling stopped shortly before 9 a.m.", "9 a.m.", "2011-05-22T09:00"),
    ],
)
def test_shortly_after_and_before_are_signals_outside_a_clock_times_span(text, span, value):
    # TimeML: "after" and "before" are signals relating a time to an event, not part of it.
    assert found(text) == [(span, "TIME", value)]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The strike began on the 14th, and talks stalled.", "the 14th", "2011-05-14"),
        ("The vote is set for the 30th.", "the 30th", "2011-05-30"),
        ("On the 3rd Davis resigned.", "the 3rd", "2011-05-03"),
        ("Prices had risen by the 20th when the bank acted.", "the 20th", "2011-05-20"),
        # After a day of its sentence, in that day's month.
        ("Talks open on September 15 and could run until the 19th.", "the 19th", "2011-09-19"),
    ],
)
def test_a_day_of_the_month_alone_is_that_day_of_the_month_nearest(text, span, value):
    assert (span, "DATE", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 14th floor.",
        "The passage of the 14th Amendment changed the law.",
        "It marked the 5th anniversary of the crash.",
        "Troops of the 101st Airborne landed.",
        "He is the 14th Dalai Lama.",
    ],
)
def test_an_ordinal_before_a_noun_or_a_name_is_no_day(text):
    assert found(text) == []


def test_a_clock_time_on_a_day_counted_from_the_story_is_on_that_day():
    text = "The protest began on May 3. The following day, at 3 p.m., police moved in."
    assert ("3 p.m.", "TIME", "2011-05-04T15:00") in found(text)


def test_a_clock_time_and_day_after_a_negated_past_until_is_past():
    text = "Runways did not reopen until 11 a.m. Sunday."
    monday = datetime.date(2011, 5, 23)
    assert found(text, monday) == [("11 a.m. Sunday", "TIME", "2011-05-22T11:00")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("It happened on May 3, a Friday, police said.", datetime.date(2013, 5, 29), ("a Friday", "2013-05-03")),
        # Before 1753 a history's weekday may be the Julian calendar's.
        ("The final assault began before dawn on 29 May 1453, a Tuesday.", datetime.date(2013, 5, 29), ("a Tuesday", "1453-05-29")),
        # Later in the sentence of a day long past, on that day's weekday.
        ("The branch will hold a party on Friday, the city said on Monday. When it opened on Sept. 30, 1911, the Saturday crowd was so large that the doors shut.", datetime.date(2011, 9, 28), ("Saturday", "1911-09-30")),
    ],
)  # fmt: skip
def test_a_weekday_beside_a_day_is_that_day(text, anchor, expected):
    assert expected in [(m.text, m.value) for m in tag(text, anchor)]


def test_a_weekday_beside_a_day_of_another_weekday_is_read_alone():
    found = [
        (m.text, m.value) for m in tag("It happened on May 3, Tuesday.", datetime.date(2013, 5, 29))
    ]
    assert found[-1] == ("Tuesday", "2013-05-28")


def test_a_weekday_after_a_day_long_past_of_another_weekday_is_not_that_day():
    # Not the Saturday named: the Tuesday after it, as the story goes on.
    text = "The library opened on Sept. 30, 1911, and on Tuesday it held a party."
    found = [(m.text, m.value) for m in tag(text, datetime.date(2011, 9, 28))]
    assert found[-1] == ("Tuesday", "1911-10-03")


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # A quarter that is no quarter's results may lie up to three quarters ahead.
        ("The merger, expected to close in the third quarter, was approved.", datetime.date(1997, 3, 27), ("the third quarter", "1997-Q3")),
        ("The company expects to report third-quarter results soon.", datetime.date(1997, 3, 27), ("third-quarter", "1996-Q3")),
        # "next" or "last" before a month and day: the next or last one, however far.
        ("Lawmakers have until next Oct. 1 to pass the bills.", datetime.date(1988, 11, 10), ("next Oct. 1", "1989-10-01")),
        # The second day of a pair may be followed by its place.
        ("Debates are scheduled for April 16 and 17 in Montreal.", datetime.date(2025, 3, 24), ("17", "2025-04-17")),
        # A possessive event a countdown is for is still to come.
        ("NASA began the countdown today for Friday's launch.", datetime.date(1994, 9, 8), ("Friday", "1994-09-09")),
        # A market's opening is on the day of the report.
        ("The boards met on Wednesday. Both announced it before the market opened at 9:30 a.m. EST.", datetime.date(1997, 3, 27), ("9:30 a.m. EST", "1997-03-27T09:30")),
    ],
)  # fmt: skip
def test_it_reads_news_dates_by_what_the_sentence_says_of_them(text, anchor, expected):
    assert expected in [(m.text, m.value) for m in tag(text, anchor)]


@pytest.mark.parametrize(
    "text", ["The walkout, now in its ninth week, goes on.", "The strike went into its 11th day."]
)
def test_a_count_of_days_or_weeks_after_its_is_no_date(text):
    assert [m.text for m in tag(text, ANCHOR) if "ninth" in m.text or "11th" in m.text] == []


def test_later_this_season_keeps_its_modifier():
    assert ("later this spring", "2011-SP") in [
        (m.text, m.value) for m in tag("More trains come later this spring.", ANCHOR)
    ]


def test_a_count_after_today_is_no_year_of_today():
    found = [
        (m.text, m.value)
        for m in tag("Today, 20 years later, the wall is gone.", datetime.date(2009, 11, 9))
    ]
    assert found == [("Today", "2009-11-09"), ("20 years", "P20Y")]


def test_a_date_does_not_run_out_of_a_tables_row_or_a_paragraph():
    text = "Week ending | New cases\nMarch 28 | 118 | 3\nApril 4 | 196 | 6\n\nIt rose 3\n\nApril saw more."
    assert [m.text for m in tag(text, datetime.date(2020, 4, 14))] == [
        "March 28",
        "April 4",
        "April",
    ]


def test_a_weekday_cut_short_before_its_day_is_part_of_the_date():
    text = "Sat 14 Sep: Leeds 2-1 Hull. Tue 17 Sep: Hull v Derby."
    found = [(m.text, m.value) for m in tag(text, datetime.date(2013, 9, 16))]
    assert found == [("Sat 14 Sep", "2013-09-14"), ("Tue 17 Sep", "2013-09-17")]


def test_a_day_and_month_in_figures_is_a_date_after_a_weekday_or_a_dating_word():
    text = (
        "The opener was played Sunday, 11/27. Tickets for the rematch on Sat 12/3 go on sale "
        "on 11/29, and the offer runs through 12/31."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2022, 11, 28))]
    assert found == [
        ("Sunday, 11/27", "2022-11-27"),
        ("Sat 12/3", "2022-12-03"),
        ("11/29", "2022-11-29"),
        ("12/31", "2022-12-31"),
    ]


def test_a_weekday_before_a_day_in_figures_picks_its_year():
    # Written in January 2023, "Sun 11/27" is 2022's: 27 November 2023 is a Monday.
    found = [
        (m.text, m.value) for m in tag("Sun 11/27: Jets 31, Bears 10.", datetime.date(2023, 1, 10))
    ]
    assert found == [("Sun 11/27", "2022-11-27")]


@pytest.mark.parametrize(
    "text",
    [
        "He went 9/11 from the field.",
        "Staff numbers were cut by 1/3 last year.",
        "Spread 1/2 cup of the mix on 1/3 of the dough.",
        "The hotline is open 24/7.",
    ],
)
def test_a_fraction_or_a_count_in_figures_is_no_day(text):
    assert [m.text for m in tag(text, datetime.date(2022, 11, 28)) if "/" in m.text] == []


def test_a_diarys_clock_after_a_month_and_a_comma_is_no_early_year():
    found = [
        (m.text, m.value)
        for m in tag("Employment report for May, 1230.", datetime.date(2004, 5, 28))
    ]
    assert found == [("May", "2004-05")]


def test_a_day_that_takes_its_year_and_its_clock_leaves_neither_behind():
    # Found by the property test: the year folded into the day was also left alone.
    assert [m.text for m in tag("Friday 2011 noon", datetime.date(2000, 1, 1))] == [
        "Friday 2011 noon"
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # Written the day before publication: its "tonight" is the dateline's.
        (
            "WASHINGTON, June 25 - The House voted tonight to overhaul the program.",
            datetime.date(1997, 6, 26),
            ("tonight", "1997-06-25TNI"),
        ),
        # Under a headline too.
        (
            "House Passes Budget\n\nWASHINGTON, June 25 - The House voted tonight to overhaul it.",
            datetime.date(1997, 6, 26),
            ("tonight", "1997-06-25TNI"),
        ),
        # A dateline of the day of publication, or none, changes nothing.
        (
            "WASHINGTON, June 26 - The House voted tonight to overhaul the program.",
            datetime.date(1997, 6, 26),
            ("tonight", "1997-06-26TNI"),
        ),
        ("The House voted tonight to overhaul the program.", datetime.date(1997, 6, 26), ("tonight", "1997-06-26TNI")),
        # A word that only looks like a month's is no dateline (it raised a KeyError).
        ("HOUSTON, Junk 25 - The House voted tonight.", datetime.date(1997, 6, 26), ("tonight", "1997-06-26TNI")),
    ],
)  # fmt: skip
def test_today_and_tonight_are_the_datelines_day(text, anchor, expected):
    assert expected in [(m.text, m.value) for m in tag(text, anchor)]


@pytest.mark.parametrize(
    ("said", "value"),
    [("Friday", "2015-07-10"), ("4pm", "2015-07-10T16:00"), ("Saturday night", "2015-07-11TNI")],
)
def test_a_weekday_after_the_days_of_an_event_to_come_is_the_events(said, value):
    text = (
        "The festival will run from Friday, July 10, to Sunday, July 12. On the Friday, gates "
        "open at 4pm. The band will close the main stage on Saturday night."
    )
    assert value in [m.value for m in tag(text, datetime.date(2015, 6, 3)) if m.text == said]


@pytest.mark.parametrize(
    ("said", "value"),
    [("Friday", "2024-05-03"), ("3:30 p.m.", "2024-05-03T15:30"), ("Saturday", "2024-04-20")],
)
def test_the_weekday_after_days_to_come_named_without_theirs_is_the_events(said, value):
    # "the Friday" is one of the days just named; a weekday without "the" is this week's.
    text = (
        "The county meet will be held May 3-4 at Lincoln High, with field events starting at "
        "3:30 p.m. on the Friday. Tickets go on sale Saturday."
    )
    assert {m.text: m.value for m in tag(text, datetime.date(2024, 4, 18))}[said] == value


def test_the_weekend_after_a_weekday_to_come_in_its_sentence_follows_it():
    text = "He will go on to New York on Friday and spend the weekend there."
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 5, 8))}  # a Saturday
    assert (found["Friday"], found["the weekend"]) == ("2010-05-14", "2010-W19-WE")


def test_a_weekday_told_alone_before_an_event_to_come_keeps_its_week_after_it():
    text = (
        "Game 3 is on Wednesday. If needed, Game 7 would be played on Wednesday, June 5. "
        "He will decide whether Yablonski can play Wednesday."
    )
    found = [m.value for m in tag(text, datetime.date(1996, 5, 27)) if m.text == "Wednesday"]
    assert found == ["1996-05-29", "1996-05-29"]


def test_a_weekday_told_in_the_past_after_an_event_to_come_is_not_the_events():
    text = "The festival will run from Friday, July 10, to Sunday, July 12. On Saturday, tickets sold out."
    found = {m.text: m.value for m in tag(text, datetime.date(2015, 6, 3))}
    assert found["Saturday"] == "2015-05-30"


def test_a_year_to_come_holds_the_day_its_sentence_tells_of():
    text = (
        "Entries for the 2011 race open on Monday, May 3, and will sell out in a week. The "
        "2011 marathon is scheduled for April 17."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 4, 26))}
    assert (found["Monday, May 3"], found["April 17"]) == ("2010-05-03", "2011-04-17")


@pytest.mark.parametrize(
    ("text", "anchor", "said", "value"),
    [
        (
            "The Pentagon asked for $28 billion in fiscal 2022, which begins on Oct. 1.",
            datetime.date(2021, 7, 14),
            "Oct. 1",
            "2021-10-01",
        ),
        (
            "The board approved a budget for fiscal 2005, which begins July 1.",
            datetime.date(2004, 6, 10),
            "July 1",
            "2004-07-01",
        ),
    ],
)
def test_a_fiscal_year_to_come_does_not_hold_the_day_it_begins_on(text, anchor, said, value):
    found = {m.text: m.value for m in tag(text, anchor)}
    assert found[said] == value


def test_a_month_after_a_semicolon_is_not_read_in_the_year_of_the_clause_before():
    text = (
        "Its record with the iPod, introduced in October 2001, is far stronger; Apple has sold "
        "90 million of the players, including a record number in December."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2007, 1, 9))}
    assert found["December"] == "2006-12"


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        ("The talks resume on Thursday and end on Monday.", "Monday", "2001-08-20"),
        (
            "Highlights include a talk on Saturday afternoon and a storytelling session on "
            "Tuesday morning.",
            "Tuesday morning",
            "2001-08-14TMO",
        ),
        # Another subject's clause keeps its own day.
        (
            "Honda said its plants would stay shut through Sunday, and Nissan said it would not "
            "restart before Thursday.",
            "Thursday",
            "2001-08-16",
        ),
    ],
)
def test_a_weekday_after_one_to_come_in_its_clause_comes_after_it(text, said, value):
    assert value in [m.value for m in tag(text, datetime.date(2001, 8, 10)) if m.text == said]


def test_an_open_end_does_not_run_into_the_next_date():
    text = "It was due in January or earlier tomorrow, they said."
    found = tag(text, datetime.date(2011, 5, 22))
    assert all(first.end <= second.start for first, second in itertools.pairwise(found))
    assert [m.text for m in found] == ["January", "earlier tomorrow"]


def test_a_month_right_before_in_and_a_year_is_in_that_year():
    text = "Ramadan will begin in late July next year and in early July in 2013."
    found = {m.text: m.value for m in tag(text, datetime.date(2011, 7, 31))}
    assert (found["late July next year"], found["early July"]) == ("2012-07", "2013-07")


def test_a_count_named_by_the_day_after_it_is_that_day():
    text = (
        "SYDNEY, 25 April - Crowds gathered before dawn on Saturday.\n\nAt Gallipoli, pilgrims "
        "sat through the night before the service began at 5.30am. A day earlier, on Friday, "
        "leaders attended a ceremony at Cape Helles."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2015, 4, 25))}
    assert found["A day earlier"] == "2015-04-24"
    text = (
        "Germany invaded Poland on 1 September 1939. The offensive lasted from 12 July to 23 "
        "August 1943. Three weeks later, on 15 September, the surrender was announced."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 5, 1))}
    assert found["Three weeks later"] == "1943-09-15"


@pytest.mark.parametrize(
    ("text", "anchor", "said", "value"),
    [
        (
            "The jury convicted him Thursday. Prosecutors had rested their case last Thursday.",
            datetime.date(1994, 4, 22),  # a Friday
            "last Thursday",
            "1994-04-14",
        ),
        (
            "Roosevelt plays Lincoln on Saturday and meets them again at home next Saturday.",
            datetime.date(2024, 4, 18),  # a Thursday
            "next Saturday",
            "2024-04-27",
        ),
        # Written on a Monday, last week's Friday is both.
        (
            "Stocks plunged Friday. Since last Friday, the index has recovered half.",
            datetime.date(1989, 10, 30),
            "last Friday",
            "1989-10-27",
        ),
    ],
)
def test_last_or_next_beside_a_bare_weekday_of_this_week_is_a_week_further(
    text, anchor, said, value
):
    assert {m.text: m.value for m in tag(text, anchor)}[said] == value


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        (
            "The last round of matches is on May 14, giving managers a clear month to "
            "prepare for the championship in June.",
            "June",
            "2000-06",
        ),
        # A tense places it: back to the one gone by.
        ("The final is on May 14; in June the club was sold.", "June", "1999-06"),
    ],
)
def test_a_month_no_tense_places_goes_on_from_a_date_to_come_in_its_sentence(text, said, value):
    found = {m.text: m.value for m in tag(text, datetime.date(1999, 8, 6))}
    assert found[said] == value
