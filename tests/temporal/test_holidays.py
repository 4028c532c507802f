"""Named days: fixed and movable holidays."""

import datetime

import pytest

from factcheck.temporal import tag
from factcheck.temporal.holidays import holiday_date

D = datetime.date


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Christmas", 2011, D(2011, 12, 25)),
        ("New Year's Day", 2012, D(2012, 1, 1)),
        ("Thanksgiving Day", 1999, D(1999, 11, 25)),
        ("Election Day", 1998, D(1998, 11, 3)),
        ("Memorial Day", 2011, D(2011, 5, 30)),
        ("Labor Day", 2011, D(2011, 9, 5)),
        ("Easter", 2011, D(2011, 4, 24)),
        ("Good Friday", 2000, D(2000, 4, 21)),
        ("St Crispin's Day", 1415, D(1415, 10, 25)),
        # By the rule of their time: fixed dates before the Monday holidays of 1971, the
        # last Thursday of November before 1939 (five Thursdays in November 1933).
        ("Memorial Day", 1883, D(1883, 5, 30)),
        ("Columbus Day", 1962, D(1962, 10, 12)),
        ("Columbus Day", 2011, D(2011, 10, 10)),
        ("Thanksgiving", 1933, D(1933, 11, 30)),
        # Easter before 1583 by the Julian computus, in the Julian calendar's own dates.
        ("Ascension Day", 1429, D(1429, 5, 5)),
        ("Easter", 1066, D(1066, 4, 16)),
        ("Easter", 1583, D(1583, 4, 10)),
    ],
)
def test_it_dates_holidays_by_the_calendar(name, year, day):
    assert holiday_date(name, year) == day


def test_it_reads_last_thanksgiving_as_the_one_before_the_anchor():
    (mention,) = tag("Sales fell after last Thanksgiving.", D(2000, 2, 10))
    assert (mention.text, mention.value) == ("last Thanksgiving", "1999-11-25")


def test_a_holiday_week_is_the_calendar_week_that_holds_the_holiday():
    found = [(m.text, m.value) for m in tag("Crowds prayed as Easter week began.", D(2000, 4, 17))]
    assert found == [("Easter week", "2000-W16")]


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The review is scheduled for Thanksgiving weekend.", D(2023, 2, 8), "Thanksgiving weekend", "2023-W47-WE"),
        ("The game was played on Easter weekend.", D(2023, 2, 8), "Easter weekend", "2022-W15-WE"),
        ("Crowds came over the Easter weekend.", D(2023, 2, 8), "the Easter weekend", "2022-W15-WE"),
        ("Sales in the Christmas period rose.", D(2023, 2, 8), "Christmas", "2022-12-25"),
        # A Monday holiday's weekend is the one just before it.
        ("Crowds packed the beaches over Memorial Day weekend.", D(2023, 6, 10), "Memorial Day weekend", "2023-W21-WE"),
    ],
)  # fmt: skip
def test_a_holiday_weekend_is_the_weekend_that_holds_or_leads_into_the_holiday(
    text, anchor, span, value
):
    assert [(m.text, m.value) for m in tag(text, anchor)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Nearest is last December's; the tense asks for the next one, ten months away.
        ("The family will be home for Christmas.", "2023-12-25"),
        # Nearest is this April's; the tense asks for last year's.
        ("The church was full at Easter.", "2022-04-17"),
        ("Shops expect a busy Christmas.", "2023-12-25"),
    ],
)
def test_a_clear_tense_takes_the_last_or_next_holiday_however_far(text, value):
    (mention,) = tag(text, D(2023, 2, 8))
    assert mention.value == value


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Black Friday", 2020, D(2020, 11, 27)),
        ("Cyber Monday", 2020, D(2020, 11, 30)),
        ("Fourth of July", 2015, D(2015, 7, 4)),
        ("Juneteenth", 2022, D(2022, 6, 19)),
        ("Martin Luther King Jr. Day", 2024, D(2024, 1, 15)),
        ("Tax Day", 2018, D(2018, 4, 15)),
        ("Shrove Tuesday", 2011, D(2011, 3, 8)),
        ("Ash Wednesday", 2011, D(2011, 3, 9)),
        ("Palm Sunday", 2011, D(2011, 4, 17)),
        ("Maundy Thursday", 2011, D(2011, 4, 21)),
        ("Inauguration Day", 2025, D(2025, 1, 20)),
        ("Inauguration Day", 2024, None),
    ],
)
def test_it_dates_named_days_of_shops_churches_and_government(name, year, day):
    assert holiday_date(name, year) == day


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Stores opened early on Black Friday.", D(2020, 12, 3), "Black Friday", "2020-11-27"),
        ("Online orders peaked on Cyber Monday.", D(2020, 12, 3), "Cyber Monday", "2020-11-30"),
        ("Crowds lined the Fourth of July parade route.", D(2015, 7, 9), "Fourth of July", "2015-07-04"),
        ("The town celebrated Juneteenth with a picnic.", D(2022, 6, 25), "Juneteenth", "2022-06-19"),
        ("Lent began on Ash Wednesday.", D(2011, 3, 20), "Ash Wednesday", "2011-03-09"),
        # The last one before the anchor, four years back.
        ("The oath was taken on Inauguration Day.", D(2023, 6, 1), "Inauguration Day", "2021-01-20"),
    ],
)  # fmt: skip
def test_a_named_day_is_its_holiday_not_the_nearest_weekday_or_month(text, anchor, span, value):
    assert [(m.text, m.value) for m in tag(text, anchor)] == [(span, value)]


def test_there_is_no_inauguration_day_in_a_year_after_none_is_held():
    assert [m.text for m in tag("Inauguration Day 2023 never came.", D(2023, 6, 1))] == ["2023"]


@pytest.mark.parametrize(
    "text",
    [
        "The fires of Black Saturday razed whole towns.",
        "Troops fired on marchers on Bloody Sunday.",
        "The index lost a fifth of its value on Black Monday.",
    ],
)
def test_a_weekday_in_the_name_of_a_day_of_history_is_not_this_weeks(text):
    assert tag(text, D(2009, 6, 1)) == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Both won seven states on Super Tuesday.", D(2016, 3, 2), "2016-03-01"),
        ("Candidates will campaign hard before Super Tuesday.", D(2008, 1, 20), "2008-02-05"),
    ],
)
def test_super_tuesday_is_the_first_tuesday_of_march(text, anchor, value):
    assert [(m.text, m.value) for m in tag(text, anchor)] == [("Super Tuesday", value)]


def test_super_tuesday_with_its_date_takes_the_date():
    (mention,) = tag("Voting starts on Super Tuesday, March 5.", D(2024, 2, 1))
    assert mention.value == "2024-03-05"


def test_martin_luther_king_day_may_carry_a_comma_before_jr():
    (mention,) = tag("Offices closed on Martin Luther King, Jr. Day.", D(2024, 1, 20))
    assert mention.value == "2024-01-15"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Nigeria will mark its 63rd Independence Day on Sunday.", D(2023, 9, 28), "2023-10-01"),
        ("India celebrated its 78th Independence Day today.", D(2024, 8, 15), "2024-08-15"),
        ("Canadians will gather for Thanksgiving on Monday.", D(2022, 10, 5), "2022-10-10"),
        # Without a country named, the United States' day.
        ("Fireworks lit up the sky on Independence Day.", D(2022, 7, 6), "2022-07-04"),
    ],
)
def test_a_country_named_in_the_sentence_keeps_its_own_holiday(text, anchor, value):
    assert [m.value for m in tag(text, anchor) if "Day" in m.text or "giving" in m.text] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Crowds marched on ANZAC Day.", "2019-04-25"),
        ("Pubs were full on St Patrick's Day.", "2019-03-17"),
        ("Fireworks marked Canada Day.", "2018-07-01"),
        ("Veterans will gather on VE Day.", "2019-05-08"),
        ("Families visited graves on All Saints' Day.", "2018-11-01"),
        ("CHRISTMAS EVE SALES SOARED.", "2018-12-24"),
        ("The hunt met on St Stephen's Day.", "2018-12-26"),
        ("Cardiff marked St David's Day with a parade.", "2019-03-01"),
        ("Students marched on Earth Day.", "2019-04-22"),
        ("The prank ran on April Fools' Day.", "2019-04-01"),
        ("The rodent saw its shadow on Groundhog Day.", "2019-02-02"),
        ("Dubliners dressed as Joyce's characters on Bloomsday.", "2018-06-16"),
    ],
)
def test_it_knows_holidays_of_the_english_speaking_press(text, value):
    (mention,) = tag(text, D(2019, 4, 26))
    assert mention.value == value


def test_a_holiday_days_away_is_the_one_meant_whatever_the_tense():
    (mention,) = tag("Passengers were rebooked on a service on Boxing Day.", D(2016, 12, 23))
    assert mention.value == "2016-12-26"


@pytest.mark.parametrize(
    "text", ["It was a good friday for the shop.", "They sang christmas eve songs."]
)
def test_a_holiday_name_not_written_as_a_name_is_no_holiday(text):
    assert tag(text, D(2023, 2, 8)) == []


def test_every_movable_feast_is_no_fixed_day_of_the_year_and_keeps_its_date_reading():
    (mention,) = tag("They fast every Easter.", datetime.date(2011, 5, 22))
    assert (mention.text, mention.type) == ("Easter", "DATE")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Shoppers packed malls on the day after Thanksgiving.", "the day after Thanksgiving", "2012-11-23"),
        ("Travel peaks the day before Thanksgiving.", "the day before Thanksgiving", "2012-11-21"),
    ],
)  # fmt: skip
def test_the_day_before_or_after_a_holiday_is_one_date(text, span, value):
    assert [(m.text, m.value) for m in tag(text, D(2012, 11, 23))] == [(span, value)]


def test_a_saints_day_in_a_history_is_found_in_the_storys_year():
    text = "The English landed in August 1415, and the king spoke on St Crispin's Day."
    assert [(m.text, m.value) for m in tag(text, D(2013, 10, 25))][-1] == (
        "St Crispin's Day",
        "1415-10-25",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shoppers packed the centre on Christmas Eve morning.", ("Christmas Eve morning", "TIME", "2005-12-24TMO")),
        ("Christmas night was quiet.", ("Christmas night", "TIME", "2005-12-25TNI")),
        # "the Fourth of July" is a day of the month, and keeps its article.
        ("The heat will last through the Fourth of July.", ("the Fourth of July", "DATE", "2006-07-04")),
    ],
)  # fmt: skip
def test_a_holidays_part_of_the_day_is_a_time_of_that_day(text, found):
    assert [(m.text, m.type, m.value) for m in tag(text, D(2005, 12, 24))] == [found]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The rising began on Easter Monday, 24 April 1916.", "Easter Monday, 24 April 1916", "1916-04-24"),
        ("On Good Friday, 25 March, the shops shut.", "Good Friday, 25 March", "2016-03-25"),
        ("Stores opened early on Black Friday, Nov. 27, 2015.", "Black Friday, Nov. 27, 2015", "2015-11-27"),
        ("On bank holiday Monday, 2 May, the road shuts.", "bank holiday Monday, 2 May", "2016-05-02"),
    ],
)  # fmt: skip
def test_a_holidays_weekday_before_the_date_it_restates_is_part_of_it(text, span, value):
    assert [(m.text, m.value) for m in tag(text, datetime.date(2016, 3, 26))] == [(span, value)]
