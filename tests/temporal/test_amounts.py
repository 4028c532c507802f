"""Durations, sets and vague references: not dates, and valued the TimeML way."""

import datetime

import pytest

from factcheck.temporal import tag

ANCHOR = datetime.date(1989, 10, 26)


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("Profit fell in the past three years.", "the past three years", "DURATION", "P3Y"),
        ("It took several years.", "several years", "DURATION", "PXY"),
        (
            "It lasted more than two thousand years.",
            "more than two thousand years",
            "DURATION",
            "P2000Y",
        ),
        ("A 16-hour day.", "16-hour", "DURATION", "PT16H"),
        ("It posted an annual profit.", "annual", "DURATION", "P1Y"),
        ("Prices are published daily.", "daily", "SET", "P1D"),
        ("It flies 15 a year.", "a year", "SET", "P1Y"),
        ("He clocked 9.81 seconds.", "9.81 seconds", "DURATION", "PT9.81S"),
        ("The talks took 1.5 hours.", "1.5 hours", "DURATION", "PT1.5H"),
        ("HBO showed an hourlong film.", "hourlong", "DURATION", "PT1H"),
        (
            "It lasted a hundred and twelve years.",
            "a hundred and twelve years",
            "DURATION",
            "P112Y",
        ),
        ("He takes the pills twice daily.", "twice daily", "SET", "P1D"),
        ("A weeklong festival opened.", "weeklong", "DURATION", "P1W"),
        ("They were destroyed in a single day of fighting.", "a single day", "DURATION", "P1D"),
        ("It rained an entire week.", "an entire week", "DURATION", "P1W"),
        ("She spoke a few moments ago.", "a few moments ago", "DATE", "PAST_REF"),
        ("Smoke rose a short time ago.", "a short time ago", "DATE", "PAST_REF"),
        ("He earns $40,000 a year.", "a year", "SET", "P1Y"),
        # A number a comma closes is no rate: "a week" after it is a length of time.
        ("They meet on June 12, a week after the vote.", "a week", "DURATION", "P1W"),
        ("It was held in 2017, a year after the election.", "a year", "DURATION", "P1Y"),
        # The day of a date is no amount either.
        ("The vote on May 18 came a decade after the coup.", "a decade", "DURATION", "P10Y"),
        ("It sold 15 a year.", "a year", "SET", "P1Y"),
        ("He eats three meals a day.", "a day", "SET", "P1D"),
        ("The lead lasted a quarter of an hour.", "a quarter of an hour", "DURATION", "PT15M"),
        (
            "It took about three quarters of an hour.",
            "about three quarters of an hour",
            "DURATION",
            "PT45M",
        ),
        ("We ran two coaches a week to London.", "a week", "SET", "P1W"),
        ("We do hundreds of interviews a day.", "a day", "SET", "P1D"),
        ("The museum draws half a million visitors a year.", "a year", "SET", "P1Y"),
        ("It lasted three weekends.", "three weekends", "DURATION", "P6D"),
        ("The district should have waited another year.", "another year", "DURATION", "P1Y"),
        # "for" a length, then the time it fell in: two mentions.
        (
            "Schools switched to remote learning for two days earlier this month.",
            "two days",
            "DURATION",
            "P2D",
        ),
        ('"We saw this coming two years ago," she said.', "two years ago", "DATE", "1987"),
        # A year and a preposition before "a decade" make no rate.
        (
            "The mission was approved in late 2001 after a decade of lobbying.",
            "a decade",
            "DURATION",
            "P10Y",
        ),
        ("The Dow rose in the first half-hour.", "half-hour", "DURATION", "PT30M"),
        ("Walking for half an hour a day helps.", "a day", "SET", "P1D"),
        ("Those who walked less than an hour a week gained less.", "a week", "SET", "P1W"),
        ("They meet each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("Sales rose in recent years.", "recent years", "DATE", "PAST_REF"),
        ("Prices fell in recent months.", "recent months", "DURATION", "PXM"),
        ("Margins were raised in recent weeks.", "recent weeks", "DURATION", "PXW"),
        ("Prices are currently low.", "currently", "DATE", "PRESENT_REF"),
        ("Profit rose in the year ended March 31.", "the year", "DURATION", "P1Y"),
        ("Profit rose in the year to June.", "the year", "DURATION", "P1Y"),
        # "to" before a verb is no fiscal year's end.
        (
            "It opens Fridays through the end of the year to catch shoppers.",
            "the end of the year",
            "DATE",
            "1989",
        ),
    ],
)
def test_it_values_amounts_of_time_the_timeml_way(text, span, type_, value):
    assert (span, type_, value) in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    "text",
    [
        "About three-quarters of the staff left.",
        "About a quarter of the dealers closed.",
        "It rose for a second consecutive time.",
        "The now-cancelled deal.",
        "A six-year-old boy was found.",
        "Another quarter of the staff left.",
        "Another second passed.",
    ],
)
def test_it_does_not_read_fractions_ordinals_or_ages_as_adjectives(text):
    kept = [m.text for m in tag(text, ANCHOR) if m.type in ("DURATION", "DATE") and m.text != "day"]
    assert not [t for t in kept if "quarter" in t or "second" in t or t == "now" or "year-old" in t]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("its decades-long dispute", "decades-long", "PXY"),
        ("a day-long strike", "day-long", "P1D"),
        ("the worst single-day drop", "single-day", "P1D"),
    ],
)
def test_it_reads_lengths_used_as_adjectives_as_durations(text, span, value):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DURATION", value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("But a minute and a half later, a pilot called.", "a minute and a half", "PT1M30S"),
        ("The talks lasted one and a half days.", "one and a half days", "P1DT12H"),
        ("The hearing took half an hour.", "half an hour", "PT30M"),
        ("It ran for three and a half decades.", "three and a half decades", "P35Y"),
    ],
)
def test_it_writes_half_units_in_the_next_smaller_unit(text, span, value):
    assert (span, "DURATION", value) in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


def test_it_reads_no_duration_in_a_stock_price_fraction():
    assert tag("McCaw dropped 2 1/2 to 37 3/4.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Forces could be in the gulf region for some time.", "some time"),
        ("They will have to live without it for a while.", "a while"),
        ("We're there to stay for a fairly lengthy period.", "a fairly lengthy period"),
    ],
)
def test_it_reads_vague_lengths_after_for_as_durations_of_unknown_length(text, span):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DURATION", "PXX")]


def test_it_reads_no_duration_in_while_or_some_time_without_for():
    assert tag("While she waited, some time passed.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Bush commented on the two-week gulf crisis.", "two-week", "P2W"),
        ("It pays 72% of the 30-day bankers' acceptance rate.", "30-day", "P30D"),
        ("People gathered for the two day rally.", "two day", "P2D"),
        ("It was the first two-day weather closure since the war.", "two-day", "P2D"),
    ],
)
def test_it_leaves_the_article_of_a_length_used_as_an_adjective_to_its_noun(text, span, value):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == [(span, value)]


def test_it_keeps_the_article_of_a_length_used_as_a_noun():
    assert [m.text for m in tag("For the nine months, net rose.", ANCHOR)] == ["the nine months"]


@pytest.mark.parametrize(
    "text",
    [
        "Holders adopted a rights plan at the annual meeting.",
        "Protesters gathered at the annual March for Life.",
        "Jobs gave his annual opening keynote.",
    ],
)
def test_it_reads_no_duration_in_an_annual_event(text):
    assert tag(text, ANCHOR) == []


def test_it_still_reads_an_annual_result_as_a_year_long_duration():
    found = [(m.text, m.type, m.value) for m in tag("GM posts first annual loss.", ANCHOR)]
    assert found == [("annual", "DURATION", "P1Y")]


def test_it_reads_over_the_years_as_a_stretch_of_unknown_length():
    found = [(m.text, m.type, m.value) for m in tag("It grew over the years.", ANCHOR)]
    assert found == [("the years", "DURATION", "PXY")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Over the next couple of years sales will grow.", "the next couple of years", "P2Y"),
        ("The strike could last a couple of years.", "a couple of years", "P2Y"),
        ("The strike could last a year.", "a year", "P1Y"),
    ],
)
def test_it_counts_a_couple_and_leaves_the_verb_last_out(text, span, value):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islam will one day be its second religion.", ("one day", "DATE", "FUTURE_REF")),
        ("The strike lasted one day.", ("one day", "DURATION", "P1D")),
    ],
)
def test_it_reads_one_day_after_a_modal_as_some_day_to_come(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Business has been tough in recent quarters.", ("recent quarters", "DATE", "PAST_REF")),
        ("Taxes will fall in future quarters.", ("future quarters", "DATE", "FUTURE_REF")),
        ("Rates may fall in coming quarters.", ("coming quarters", "DATE", "FUTURE_REF")),
    ],
)
def test_it_reads_recent_and_future_quarters_as_vague_references(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gonzalez said on CBS's ''60 Minutes.''", []),
        ('He watched "48 Hours" on TV.', []),
        ("He spent 60 minutes there.", [("60 minutes", "DURATION", "PT60M")]),
    ],
)
def test_a_quoted_or_owned_title_is_no_duration(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elections are held every two years.", [("every two years", "SET", "P2Y")]),
        ("The panel meets every other week.", [("every other week", "SET", "P2W")]),
        ("It floods every few years.", [("every few years", "SET", "PXY")]),
        ("Tourists come every summer.", [("every summer", "SET", "XXXX-SU")]),
        ("Not every years.", []),
    ],
)
def test_it_reads_one_in_so_many_as_a_set(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    "text",
    ["He is 47 years old.", "Mr. Reupke, 52 years old, left.", "Staff 55 years old or older."],
)
def test_an_age_is_no_temporal_expression(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The trial is expected to last six weeks.", "six weeks"),
        ("The talks should last two days.", "two days"),
        ("It will last a couple of years.", "a couple of years"),
        ("Sales rose over the last two years.", "the last two years"),
    ],
)
def test_the_verb_last_is_no_part_of_the_duration_after_it(text, span):
    assert [m.text for m in tag(text, ANCHOR) if m.type == "DURATION"] == [span]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended the Thirty Years' War.", []),
        ("It ended the Seven Years’ War.", []),
        ("Israel won the Six-Day War.", []),
        ("The war lasted thirty years.", [("thirty years", "DURATION", "P30Y")]),
        ("A Six-Day Strike Ends", [("Six-Day", "DURATION", "P6D")]),
    ],
)
def test_a_length_that_names_a_war_is_no_duration(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Napoleon's return began the Hundred Days.", []),
        ("Historians call it the Thousand Days of the reform.", []),
        ("The ceasefire held for the two weeks.", [("the two weeks", "DURATION", "P2W")]),
    ],
)
def test_a_capitalised_length_after_the_names_a_stretch_of_history(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("She was freed after three years, five months and twelve days.", "three years, five months and twelve days", "P3Y5M12D"),
        ("The lease ran one year and six months.", "one year and six months", "P1Y6M"),
        ("The climb took 4 hours and 15 minutes.", "4 hours and 15 minutes", "PT4H15M"),
        ("The strike lasted about two weeks and two days.", "about two weeks and two days", "P16D"),
        # A race's time needs no "and" before its minutes or seconds.
        ("She won in 33 minutes 58 seconds.", "33 minutes 58 seconds", "PT33M58S"),
        ("She hopes to break two hours 40 minutes.", "two hours 40 minutes", "PT2H40M"),
    ],
)  # fmt: skip
def test_a_length_in_several_units_is_one_duration(text, span, value):
    assert [(m.text, m.value) for m in tag(text, ANCHOR) if m.type == "DURATION"] == [(span, value)]


def test_a_second_before_a_noun_is_an_ordinal_no_unit_of_a_length():
    text = "Patients are examined every three months, and a second trial begins in July."
    found = [(m.text, m.value) for m in tag(text, ANCHOR) if m.type != "DATE"]
    assert found == [("every three months", "P3M")]


def test_lengths_joined_by_a_comma_alone_are_separate_lengths():
    text = "Screening is to be federal within six months, three weeks after the attacks."
    found = [(m.text, m.value) for m in tag(text, ANCHOR)]
    assert found[:2] == [("six months", "P6M"), ("three weeks", "P3W")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The bakery opened half a century ago.", "half a century ago", "1939"),
        ("The firm was founded two and a half years ago.", "two and a half years ago", "1987"),
        ("The club closed a quarter-century ago.", "a quarter-century ago", "1964"),
        ("They met a month and a half ago.", "a month and a half ago", "1989-09"),
        ("He left half an hour ago.", "half an hour ago", "PAST_REF"),
    ],
)
def test_a_length_with_a_half_ago_is_a_date(text, span, value):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DATE", value)]


def test_half_an_hour_later_is_half_an_hour():
    found = [(m.text, m.value) for m in tag("He spoke to reporters half an hour later.", ANCHOR)]
    assert found == [("half an hour", "PT30M")]


def test_a_count_after_a_half_of_something_else_still_counts_back():
    text = "It made a third of sales, down from about half three years ago."
    found = [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]
    assert found == [("three years ago", "DATE", str(ANCHOR.year - 3))]


def test_units_out_of_order_are_separate_lengths():
    found = [m.text for m in tag("It took three days, two weeks and a month.", ANCHOR)]
    assert found == ["three days", "two weeks", "a month"]


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("The rain fell over three days.", "three days", None),
        ("The money can be used over three years.", "three years", None),
        ("Shares closed at their lowest level in over six years.", "over six years", "MORE_THAN"),
        ("The tour will last over a week.", "over a week", "MORE_THAN"),
    ],
)
def test_over_before_a_length_is_during_unless_it_bounds_it(text, span, mod):
    assert [(m.text, m.mod) for m in tag(text, ANCHOR) if m.type == "DURATION"] == [(span, mod)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Missiles struck early Thursday, hours after the deadline.", "hours", "PTXH"),
        ("It came after weeks of riots.", "weeks", "PXW"),
        ("The war would end within days.", "days", "PXD"),
        ("Hours later, he died.", "Hours", "PTXH"),
        ("Days after the vote, he quit.", "Days", "PXD"),
        ("It could take months to rebuild.", "months", "PXM"),
        ("The grounding could last weeks or months.", "weeks", "PXW"),
        ("The drought is expected to last years.", "years", "PXY"),
        ("He died just days before the trial.", "days", "PXD"),
        ("Over the following months, prices rose.", "the following months", "PXM"),
        ("In the ensuing weeks the army rested.", "the ensuing weeks", "PXW"),
    ],
)
def test_a_bare_plural_unit_after_a_word_of_length_is_a_vague_duration(text, span, value):
    assert (span, "DURATION", value) in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize("text", ["Prices rose in days.", "The blasts were just minutes apart."])
def test_in_days_and_minutes_apart_are_no_durations(text):
    assert [m for m in tag(text, ANCHOR) if m.type == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("They meet every other Thursday.", "every other Thursday", "XXXX-WXX-4"),
        ("She visits every other weekend.", "every other weekend", "XXXX-WXX-WE"),
        ("He drives to work five days a week.", "five days a week", "P1W"),
        ("The kitchen stays open late on weekends.", "weekends", "XXXX-WXX-WE"),
        ("Parking is banned on weekdays.", "weekdays", "XXXX-WXX-WD"),
        ("They ate together most nights.", "nights", "XXXX-XX-XXTNI"),
        ("The show runs nightly.", "nightly", "XXXX-XX-XXTNI"),
        ("The battle is re-enacted annually.", "annually", "P1Y"),
        ("The club met every Thursday morning.", "every Thursday morning", "XXXX-WXX-4TMO"),
        ("She sang in the choir on Sunday evenings.", "Sunday evenings", "XXXX-WXX-7TEV"),
        ("Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        # "a Saturday-morning class": a class every Saturday morning.
        ("She ran a Saturday-morning class for years.", "Saturday-morning", "XXXX-WXX-6TMO"),
        # The first days of "Monday and Tuesday nights" share the nights.
        ("Flights leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
        ("Classes meet Monday, Wednesday and Friday evenings.", "Wednesday", "XXXX-WXX-3TEV"),
        ("The town marks it every 21 October.", "every 21 October", "XXXX-10-21"),
        ("Crowds gather every Fourth of July.", "every Fourth of July", "XXXX-07-04"),
        ("Each Christmas Eve the bells ring.", "Each Christmas Eve", "XXXX-12-24"),
        ("It is held every Feb. 2 in the town.", "every Feb. 2", "XXXX-02-02"),
        ("Every Monday 5 people come.", "Every Monday", "XXXX-WXX-1"),
        ("The monks prayed seven times a day.", "seven times a day", "P1D"),
        ("The council meets several times a year.", "several times a year", "P1Y"),
    ],
)
def test_what_recurs_is_a_set(text, span, value):
    assert (span, "SET", value) in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


def test_a_generation_ago_is_the_past():
    assert [(m.text, m.value) for m in tag("A generation ago, families ate together.", ANCHOR)] == [
        ("A generation ago", "PAST_REF")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It endured a quarter-century of rule.",
        "It endured a quarter of a century of rule.",
        "It endured a quarter century of rule.",
    ],
)
def test_a_quarter_century_is_25_years(text):
    assert [(m.type, m.value) for m in tag(text, ANCHOR)] == [("DURATION", "P25Y")]


@pytest.mark.parametrize(
    "text",
    ["The defeat shaped its politics for the next half century.", "over the past half-century"],
)
def test_a_half_century_is_50_years(text):
    assert [(m.type, m.value) for m in tag(text, ANCHOR)] == [("DURATION", "P50Y")]


def test_the_past_quarter_century_is_a_length_not_last_quarter():
    # "over" is the preposition, not a modifier ("over the past three years").
    text = "The country rebuilt itself over the past quarter century."
    assert [(m.text, m.type, m.value, m.mod) for m in tag(text, ANCHOR)] == [
        ("the past quarter century", "DURATION", "P25Y", None)
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Repairs finished 74 days ahead of schedule.", [("74 days", "P74D")]),
        ("Two weeks ahead of the vote, he quit.", [("Two weeks", "P2W")]),
        ("Several weeks ahead, the plan was clear.", [("Several weeks", "PXW")]),
        ("In the days ahead, officials will decide.", [("the days ahead", "FUTURE_REF")]),
    ],
)
def test_days_ahead_after_a_count_is_a_length(text, said):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == said


@pytest.mark.parametrize(
    "text", ["Profits should rise 8.5% annually.", "Sales grow 20 percent annually."]
)
def test_annually_after_a_growth_rate_is_left_alone(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flu season started about three weeks earlier than usual.", ("about three weeks", "DURATION", "P3W")),
        ("She advises going to bed 15 minutes earlier each night.", ("15 minutes", "DURATION", "PT15M")),
    ],
)  # fmt: skip
def test_a_length_compared_is_a_length_not_a_date(text, expected):
    assert expected in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new fortnightly rounds begin soon.", ("fortnightly", "SET", "P2W")),
        ("It dropped its twice-weekly service.", ("twice-weekly", "SET", "P1W")),
    ],
)  # fmt: skip
def test_fortnightly_and_twice_weekly_are_sets(text, expected):
    assert expected in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The roof was weeks behind schedule.", "weeks", "PXW"),
        ("The merger follows months of twists and turns.", "months", "PXM"),
        ("A mosque dominated the skyline for centuries.", "centuries", "PXCE"),
        ("A deal is months away.", "months", "PXM"),
    ],
)
def test_bare_units_telling_how_long_or_how_far_off_are_lengths(text, span, value):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DURATION", value)]


def test_weekly_news_conferences_recur_but_a_weekly_news_magazine_is_a_paper():
    assert [(m.text, m.value) for m in tag("He will hold weekly news conferences.", ANCHOR)] == [
        ("weekly", "P1W")
    ]
    assert tag("She edits a weekly news magazine.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is now clear that the plan failed.", [("now", "PRESENT_REF")]),
        ("Now the company faces a choice.", [("Now", "PRESENT_REF")]),
        # A sentence's opening turn, set off by its comma, is no date.
        ("The plan failed. Now, he says, the West wants war.", []),
    ],
)
def test_now_is_the_present_but_not_a_sentences_opening_turn(text, expected):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Winds gusted to 60 miles an hour.",
        "Cars went 30 miles per hour.",
        "It made 12 knots per hour.",
    ],
)
def test_a_speed_is_no_set(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Revived in 1988 after a decade-long hiatus.",
            [("1988", "1988"), ("decade-long", "P10Y")],
        ),
        ("It opened two months later than planned.", [("two months", "P2M")]),
        (
            "It opened 15 minutes earlier each night.",
            [("15 minutes", "PT15M"), ("each night", "XXXX-XX-XXTNI")],
        ),
    ],
)
def test_a_counted_length_compared_or_made_an_adjective_stays_a_length(text, said):
    assert [(m.text, m.value) for m in tag(text, ANCHOR)] == said


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A half-hour program follows.", "half-hour", "PT30M"),
        ("It was a half-day session.", "half-day", "PT12H"),
        ("It ended a half-century of rule.", "half-century", "P50Y"),
    ],
)
def test_a_half_unit_before_a_noun_is_a_length(text, span, value):
    assert [(m.text, m.type, m.value) for m in tag(text, ANCHOR)] == [(span, "DURATION", value)]


@pytest.mark.parametrize(
    "text",
    [
        "The vaccine goes to children between six months and four years old.",
        "Children aged six months to 5 years old were tested.",
        "Guidelines call for everyone older than 6 months to be vaccinated.",
        "Children aged 6 months to 2 years were tested.",
    ],
)
def test_the_first_end_of_a_range_of_ages_is_an_age_too(text):
    assert [m.text for m in tag(text, ANCHOR)] == []


@pytest.mark.parametrize(
    "text",
    ["It is the second of three weekend shutdowns.", "Two weekend closures are planned."],
)
def test_a_count_before_weekend_as_an_adjective_counts_the_noun_after_it(text):
    assert tag(text, ANCHOR) == []


@pytest.mark.parametrize(
    "text",
    [
        "A poll in today's Daily Telegraph put Labour ahead.",
        "He will address the 1922 Committee of backbenchers.",
    ],
)
def test_a_paper_or_a_committee_named_by_a_frequency_or_a_year_is_no_date(text):
    assert [m.text for m in tag(text, ANCHOR) if m.text != "today"] == []
