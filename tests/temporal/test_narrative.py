"""narrative.py: a history's undated months and days follow its story, news keeps its own."""

import datetime

import pytest

from factcheck.temporal import tag

ANCHOR = datetime.date(2009, 6, 1)

# A short history in our own words: many years long before the anchor (narrative.py
# asks for at least MIN_PAST_DATES), nothing counted from it.
HISTORY = (
    "The siege began on 3 March 1871, when the northern army reached the river. "
    "In the spring of 1872 the walls were repaired, and by late June the garrison had "
    "doubled. The following year the city signed a treaty with its neighbours. "
    "On 14 August 1874 a fire destroyed the harbour; on Saturday the council met. "
    "In December the new harbour opened. The railway arrived in 1880, and in May the "
    "first train ran. A second line followed in 1885, a third in 1891, and the old "
    "walls came down in 1902."
)


def values(text, anchor=ANCHOR):
    return {m.text: m.value for m in tag(text, anchor)}


def test_a_month_alone_takes_the_year_the_story_is_in():
    found = values(HISTORY)
    assert found["late June"] == "1872-06"
    assert found["May"] == "1880-05"


def test_what_counts_from_the_story_counts_from_the_date_it_now_follows():
    assert values(HISTORY)["The following year"] == "1873"


def test_a_month_after_a_day_takes_the_nearest_year_and_a_tie_goes_forward():
    # December is four months after 14 August 1874 and eight before: 1874.
    assert values(HISTORY)["December"] == "1874-12"
    text = HISTORY.replace("In December the new harbour", "In February the new harbour")
    # February 1875 is six months after mid-August 1874, February 1874 six before.
    assert values(text)["February"] == "1875-02"


def test_a_weekday_is_the_nearest_one_to_the_day_just_named():
    # 14 August 1874 was a Friday; the nearest Saturday is the next day.
    assert values(HISTORY)["Saturday"] == "1874-08-15"


def test_a_weekday_after_a_bare_year_keeps_the_news_reading():
    text = HISTORY.replace("On 14 August 1874 a fire", "In 1874 a fire")
    assert values(text)["Saturday"] == values("On Saturday the council met.")["Saturday"]


@pytest.mark.parametrize(
    "news",
    [
        # Background years, but the story is told from its own week.
        "The firm, founded in 1971, grew in 1980, 1985, 1990, 1995 and 1999. "
        "Its chief said on Saturday that in June it would cut jobs, as it did last year.",
        # Only a few old years: not enough to call it a history.
        "The bridge opened in 1971 and closed in 1980 and 1985. In June it reopens.",
    ],
)
def test_news_with_background_years_keeps_reading_months_from_its_date(news):
    assert values(news)["June"].startswith(("2008", "2009", "2010"))


def test_the_running_example_is_news_not_a_history():
    text = (
        "The Taliban said on Saturday that the 2001 overthrow was long ago. On May 18 "
        "parliament voted; last September a convoy was attacked."
    )
    found = values(text, datetime.date(2011, 5, 22))
    assert found["May 18"] == "2011-05-18"
    assert found["Saturday"] == "2011-05-21"


def test_an_open_ended_date_gives_no_year_to_follow():
    text = HISTORY.replace("The railway arrived in 1880", "The railway arrived in 1880 or later")
    # May follows December 1874, the last closed date: May 1875, not May 1880.
    assert values(text)["May"] == "1875-05"


def test_a_date_left_with_its_news_reading_sets_no_year_for_the_next():
    # "Saturday" after a bare year keeps its news reading (2009); December must not
    # follow it there, but the year 1874 before it.
    text = HISTORY.replace("On 14 August 1874 a fire", "In 1874 a fire")
    assert values(text)["December"] == "1874-12"


def test_the_decade_and_the_year_are_the_storys():
    text = HISTORY + " By the end of the decade the harbour was full."
    assert values(text)["the end of the decade"] == "190"


def test_a_date_told_in_the_past_perfect_leaves_the_story_where_it_was():
    text = HISTORY.replace(
        "In the spring of 1872 the walls were repaired, and by late June",
        "A blockade that had begun on 3 November 1870 was lifted, and by late June",
    )
    # The story is in March 1871; the look back to November 1870 does not take June back.
    assert values(text)["late June"] == "1871-06"


def test_a_when_clause_after_a_past_perfect_tells_its_date_in_the_story():
    text = (
        "The volcano had been quiet for two centuries when it stirred in the spring of "
        "1883. On 20 May a captain reported ash, and activity rose through June and July. "
        "The catastrophe came at the end of August."
    )
    found = values(text, datetime.date(2013, 2, 19))
    assert (found["20 May"], found["July"]) == ("1883-05-20", "1883-07")


def test_had_to_is_no_past_perfect():
    text = HISTORY.replace(
        "In the spring of 1872 the walls were repaired, and by late June",
        "The council had to act on 1 December 1871, and by late June",
    )
    # December 1871 moves the story on: June 1872 (as near as June 1871, and later).
    assert values(text)["late June"] == "1872-06"


def test_a_short_history_of_five_dated_events_is_read_as_one():
    text = (
        "The border had held since 1945. On 25 June 1950 the north attacked, and on "
        "27 June the council met. By early August the south held only the port; in "
        "October 1950 the front moved north. In "
        "March 1951 the capital changed hands again, and in July talks began. An "
        "armistice was signed on 27 July 1953. Today the border is quiet."
    )
    found = values(text, datetime.date(2008, 5, 1))
    assert (found["27 June"], found["early August"], found["July"]) == (
        "1950-06-27",
        "1950-08",
        "1951-07",
    )


def test_days_told_without_their_year_after_an_old_date_weigh_for_a_history():
    # Five dates with years, then four days without one, one "today" and one weekday.
    text = (
        "The blockade of the port began on 9 March 1847. It followed the failed treaty "
        "of May 1846 and the storms of the winter of 1846; in the autumn of 1846 the "
        "governor had asked for help. On 2 April the first ships arrived, and on 19 April "
        "the harbour was mined. The fleet sailed on 4 May, and on 30 May the blockade was "
        "lifted. A hospital stood by June 1848. Historians today still argue about the "
        "war, as they did on Saturday at a meeting."
    )
    found = values(text)
    assert (found["19 April"], found["30 May"]) == ("1847-04-19", "1847-05-30")


def test_days_without_a_year_after_a_date_near_publication_do_not_weigh():
    text = (
        "The company, founded in 1971, grew in 1980, 1985, 1990 and 1995. Its chief said "
        "on Saturday that it would hire in June and open plants on 3 July and 10 July, "
        "as it did last year."
    )
    assert values(text)["June"] == "2009-06"


def test_years_before_christ_and_years_with_their_era_make_a_history():
    text = (
        "Caesar crossed the river in 49 BC, won at Pharsalus in 48 BC and was killed in "
        "44 BC. His heir ruled from 27 BC. A poet was exiled in AD 8, and in AD 9 three "
        "legions were lost in the forest; in September the news reached the city. The "
        "emperor died in AD 14. Today the forest is a park."
    )
    assert values(text)["September"] == "0009-09"


def test_the_first_day_of_a_history_is_the_day_just_named_and_counts_go_on_from_it():
    text = HISTORY + (
        " On 1 July 1903 the army attacked the new walls; it lost 900 men on the first "
        "day, and the same day its general fell. Two days later it withdrew."
    )
    found = values(text)
    assert (found["the first day"], found["the same day"]) == ("1903-07-01", "1903-07-01")
    assert found["Two days later"] == "1903-07-03"


def test_the_next_day_after_a_later_month_counts_from_that_month():
    # The last day named (14 August 1874) lies before March 1881: the story moved on.
    text = (
        HISTORY
        + " The mayor left the city in March 1881 and was caught at the border the next day."
    )
    assert values(text)["the next day"] == "1881-03"


def test_the_day_after_an_earlier_year_is_still_the_day_named():
    text = "Shares fell on Monday, May 25, 2009, their lowest since 1997, to end the day down."
    assert values(text)["the day"] == "2009-05-25"


def test_a_season_with_its_year_is_what_the_next_year_counts_from():
    text = HISTORY + (
        " In the winter of 1905-06 the river froze over. The next year a bridge was "
        "built, and the following spring it opened."
    )
    found = values(text)
    assert (found["The next year"], found["the following spring"]) == ("1907", "1906-SP")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The dam burst on 3 May 1916. The following June it was rebuilt.",
            "The following June",
            "1916-06",
        ),
        (
            "The dam burst on 3 May 1916. The previous March it had cracked.",
            "The previous March",
            "1916-03",
        ),
        (
            "The fort fell in February 1945; it had been shelled the previous August.",
            "the previous August",
            "1944-08",
        ),
        (
            "The dam burst in June 1916. The following June it was rebuilt.",
            "The following June",
            "1917-06",
        ),
    ],
)
def test_the_following_or_previous_month_counts_from_the_last_date_named(text, phrase, expected):
    assert values(text)[phrase] == expected


def test_a_clock_time_on_a_day_without_its_year_follows_the_story_with_its_day():
    text = HISTORY + (
        " On 1 July 1903 the walls came down. At noon on 4 July, after a blast at "
        "6:15 a.m., the army marched in; by midnight on 9 July it had left."
    )
    found = values(text)
    assert (found["6:15 a.m."], found["midnight"]) == ("1903-07-04T06:15", "1903-07-09T24:00")
    # The first day is still a day, not the clock time told on it.
    text = text.replace("the army marched in", "the army lost 900 men on the first day")
    assert values(text)["the first day"] == "1903-07-04"


def test_a_holiday_without_its_year_is_the_next_one_the_story_reaches():
    text = HISTORY + (
        " The new walls were begun on 3 May 1903. On Christmas Day the masons rested, "
        "and at Easter the work went on."
    )
    found = values(text)
    # Easter fell on 3 April in 1904.
    assert (found["Christmas Day"], found["Easter"]) == ("1903-12-25", "1904-04-03")


def test_a_month_still_to_come_does_not_move_the_day_on():
    text = (
        "Talks opened on Monday. A summit will follow in July. But the day belonged to the guests."
    )
    # Published on a Thursday: the day is Monday's, counted from it, not the anchor's.
    assert values(text, datetime.date(2009, 6, 4))["the day"] == "2009-06-01"


def types_and_values(text, anchor=ANCHOR):
    return {m.text: (m.type, m.value) for m in tag(text, anchor)}


def test_parts_of_days_in_a_history_are_times_of_the_days_they_count_from():
    text = HISTORY + (
        " On the evening of 2 July 1903 the gates were shut, and that night the town "
        "rang its bells. The next morning the army left. On 9 July the council met; the "
        "following morning it resigned, and on the afternoon of 12 July a new one sat."
    )
    found = types_and_values(text)
    assert found["the evening of 2 July 1903"] == ("TIME", "1903-07-02TEV")
    assert found["The next morning"] == ("TIME", "1903-07-03TMO")
    assert found["that night"] == ("TIME", "1903-07-02TNI")
    assert found["the following morning"] == ("TIME", "1903-07-10TMO")
    assert found["the afternoon of 12 July"] == ("TIME", "1903-07-12TAF")


def test_news_keeps_a_part_of_a_day_near_publication_as_its_day():
    # As the TimeBank annotators wrote it: the day alone, "the night of" outside.
    text = "The suspect was shot on the night of May 20, and appeared in court the next morning."
    found = types_and_values(text)
    assert found["May 20"] == ("DATE", "2009-05-20")
    assert found["the next morning"] == ("DATE", "2009-05-21")


def test_a_clock_time_on_a_counted_day_keeps_its_hour():
    text = "The ferry sank on 3 March 1987. At 9 a.m. the following day, divers reached it."
    assert values(text)["9 a.m. the following day"] == "1987-03-04T09:00"


def test_a_day_with_a_year_of_our_era_is_one_date():
    text = "The general was born in 10 BC and died on 19 August AD 14 in the south."
    found = values(text)
    assert found["19 August AD 14"] == "0014-08-19"


def test_days_without_a_year_after_bare_background_years_do_not_make_a_history():
    text = (
        "The firm was founded in 1995 and listed in 1999. It bought rivals in 2001, 2003 "
        "and 2005. On March 3 it reported a profit, in April it cut jobs and on May 12 it "
        "named a new chief. On Tuesday its shares fell. Today it employs 500 people."
    )
    assert values(text)["March 3"] == "2009-03-03"


def test_a_holiday_missing_from_the_storys_year_leaves_its_news_reading():
    text = (
        "The war began on 3 May 1915. In 1916 came a great battle. In 1917 a treaty was signed. "
        "In 1918 the fleet sailed. In 1919 peace returned. On 4 June 1915 the troops marched, "
        "and on Inauguration Day the crowds cheered."
    )
    mentions = tag(text, datetime.date(2009, 6, 1))
    assert "Inauguration Day" in [m.text for m in mentions]


def test_a_battle_told_within_one_year_is_a_history():
    # Two dated days, then the story goes on in its own year without naming it again.
    text = (
        "The landings began on 1 April 1945. Resistance stiffened by 12 April 1945. "
        "On 6 April the first air attacks came, and the following day the battleship sank. "
        "The last line broke on 21 June, and the island fell on 2 July."
    )
    values = {m.text: m.value for m in tag(text, datetime.date(2009, 6, 1))}
    assert values["6 April"] == "1945-04-06"
    assert values["the following day"] == "1945-04-07"
    assert values["2 July"] == "1945-07-02"


def test_news_that_tells_a_few_old_days_stays_news():
    text = (
        "The firm was founded on 3 March 2001 and listed on 5 May 2003. On June 6 it cut "
        "jobs, on July 7 it sold a unit and on Aug. 8 it named a chief, it said Tuesday. "
        "Last week its shares fell."
    )
    assert values(text)["June 6"] == "2009-06-06"


def test_a_clock_time_without_a_day_in_a_history_is_on_the_storys_day():
    text = (
        "The armies met on 7 September 1812. The battle began at 06:00 with a barrage. "
        "By 1813 the army had gone. In 1814 peace came. In 1815 war returned. In 1816 calm."
    )
    assert values(text)["06:00"] == "1812-09-07T06:00"


def test_a_clock_time_without_a_day_in_news_is_on_the_publication_day():
    text = "The firm was founded on 7 September 1812. It said trading resumes at 06:00."
    assert values(text)["06:00"] == "2009-06-01T06:00"


def test_a_season_of_that_year_or_the_following_year_is_the_storys():
    text = (
        "The revolt began in March 1957. By the autumn of that year it had spread. "
        "In the spring of the following year the troops left."
    )
    found = values(text)
    assert found["the autumn of that year"] == "1957-FA"
    assert found["the spring of the following year"] == "1958-SP"


def test_a_range_of_years_holding_the_storys_date_leaves_the_story_there():
    text = (
        "The siege lasted from July to October 1828, during the war of 1828-1829. The army "
        "had crossed the river in early May. By 17 July it stood before the walls." + HISTORY
    )
    found = values(text)
    assert (found["early May"], found["17 July"]) == ("1828-05", "1828-07-17")


def test_a_season_of_that_year_after_a_counted_year_is_in_the_year_counted_to():
    text = (
        "The retreat ended in mid-December 1812. Prussia changed sides early the following "
        "year, and Austria joined the coalition that summer." + HISTORY
    )
    assert values(text)["that summer"] == "1813-SU"


def test_a_year_named_after_a_historys_today_moves_the_story_there():
    text = (
        "A Physicist\n\nAnna Weber (7 November 1878 – 27 October 1968) was a physicist. She "
        "is widely regarded today as one of the great experimenters.\n\nEarly life\nThe "
        "university began admitting women only in 1897, and she passed its examination in "
        "1901. She enrolled that October."
    )
    assert values(text, datetime.date(2024, 3, 12))["that October"] == "1901-10"


def test_a_month_told_in_the_past_after_a_plan_still_to_come_is_not_in_the_plans_year():
    text = (
        HISTORY + " Last October it announced a campus expected to open in 2027. Every "
        "spring the seniors ring the bell, and in May it was struck 150 times."
    )
    assert values(text, datetime.date(2024, 9, 2))["May"] == "2024-05"


def test_a_count_that_would_pass_the_present_told_in_the_present_is_the_present():
    text = (
        HISTORY
        + " A memorial was completed in 1967. Eighty years later, the siege remains central."
    )
    assert values(text, datetime.date(2023, 2, 2))["Eighty years later"] == "2023"
    # Told as still to come, the count stands.
    text = HISTORY + " A memorial was completed in 1967. Eighty years later, it will be rebuilt."
    assert values(text, datetime.date(2023, 2, 2))["Eighty years later"] == "2047"


def test_a_day_told_with_its_weekday_is_in_a_year_that_has_it():
    text = (
        HISTORY + " The theatre reopened in autumn 2021. The play runs until March 25, and "
        "there is a captioned performance on Tuesday, March 7."
    )
    # March 7 is a Tuesday in 2023, not in 2022, the year after the story's autumn.
    assert values(text, datetime.date(2023, 2, 17))["Tuesday, March 7"] == "2023-03-07"


def test_the_body_starts_over_from_the_leads_date_after_a_title_line():
    text = (
        "Chernobyl disaster\n\nThe Chernobyl disaster was a nuclear accident that occurred "
        "on Saturday 26 April 1986 at the No. 4 reactor of the plant; the only other accident "
        "rated so high was the meltdown at Fukushima in 2011.\n\nThe accident\n\nThe "
        "test was scheduled for 25 April, but it was put off for ten hours. On 27 April the "
        "town was evacuated. By 1990 it was empty, in 1996 a museum opened, and in 2000 the "
        "plant closed."
    )
    found = values(text, datetime.date(2024, 3, 5))
    assert (found["25 April"], found["27 April"]) == ("1986-04-25", "1986-04-27")


def test_a_count_telling_how_long_a_thing_lasted_does_not_move_the_story():
    text = (
        "The earthquake struck on 1 November 1755. By the end of the month the streets were "
        "clear. Aftershocks continued into the following year. On 4 December the engineer "
        "submitted a plan. The city was rebuilt by 1775; a statue went up in 1775 and a "
        "square was finished in 1780 and another in 1790."
    )
    assert values(text, datetime.date(2024, 5, 20))["4 December"] == "1755-12-04"


def test_that_year_after_of_still_takes_the_story_back_to_its_year():
    text = (
        "The revolt broke out on 13 March 1848. The war lasted until August 1849. Serfdom "
        "was abolished in September 1848, and many liberals of that year emigrated. The "
        "fallen of 18 March are buried in Berlin." + HISTORY
    )
    assert values(text, datetime.date(2024, 3, 18))["18 March"] == "1848-03-18"


def test_a_count_naming_a_things_date_does_not_move_the_story():
    text = (
        "The fire swept the city from Sunday 2 September to Thursday 6 September 1666.\n\n"
        "The summer had been dry, and the city was still recovering from the plague of the "
        "previous year.\n\nThe fire broke out at about 1 a.m. On Monday it spread north. "
        "The rebuilding began in 1667 and ended in 1711; the monument went up in 1677, and "
        "a new bridge in 1830."
    )
    found = values(text, datetime.date(2024, 4, 3))
    assert (found["about 1 a.m."], found["Monday"]) == ("1666-09-02T01:00", "1666-09-03")


def test_a_count_before_christ_moves_the_story_on_for_the_months_after_it():
    text = (
        "Carthage lost the first war in 241 BC. In 219 BC Hannibal besieged Saguntum, and "
        "Rome declared war the following spring. He crossed the Pyrenees in the summer and "
        "reached the river in September. In December he won a battle, and in June of the "
        "following year another. He won again on 2 August 216 BC."
    )
    found = values(text, datetime.date(2024, 11, 5))
    assert (found["the summer"], found["September"], found["December"]) == (
        "BC0218-SU",
        "BC0218-09",
        "BC0218-12",
    )
    assert found["June of the following year"] == "BC0217-06"


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        # The past perfect is the subject's; the main verb after it dates the month.
        (
            "News that France had agreed to sell Louisiana reached Washington in early July",
            "1803-07",
        ),
        # Told in the past perfect itself, the month looks back before the story's spring.
        ("France had already agreed to sell Louisiana in early July", "1802-07"),
    ],
)
def test_a_past_perfect_in_the_subject_is_no_look_back(clause, value):
    text = (
        HISTORY
        + f" In January 1803 he asked Congress for money. Lewis spent the spring in Philadelphia. {clause}."
    )
    assert values(text, datetime.date(2024, 7, 9))["early July"] == value


def test_a_lead_saying_what_a_place_is_today_does_not_make_a_history_news():
    text = (
        "Ferrisport is a city on a lake. It grew into a manufacturing centre during the 19th "
        "century and is today known chiefly for its harbour.\n\nThe first settlers arrived "
        "in the spring of 1816. A fire started on the night of 17 July 1862, and the council "
        "met two days later. The railway came in 1868, a depot in 1871 and a bridge in 1880."
    )
    found = values(text, datetime.date(2024, 2, 12))
    assert (found["today"], found["two days later"]) == ("PRESENT_REF", "1862-07-19")


def test_a_historys_today_is_no_date_its_counts_go_on_from():
    text = (
        "The Lakeshore Marathon is a road race. First contested in 1897, it is one of the "
        "oldest marathons in North America and today draws runners from 60 countries.\n\n"
        "The race was conceived by members of a club who had read about the marathon at the "
        "Olympics the previous year. The course was lengthened in 1908, the race was "
        "cancelled in 1918, women were admitted in 1972 and a new course opened in 1990."
    )
    assert values(text, datetime.date(2024, 4, 16))["the previous year"] == "1896"


def test_a_count_in_an_aside_on_a_later_life_does_not_move_the_story():
    text = (
        "Madero ran against Diaz in 1910. After rebels captured Ciudad Juarez in May 1911, "
        "Diaz resigned and sailed into exile in France, where he died four years later. "
        "Madero was elected president that autumn." + HISTORY
    )
    assert values(text)["that autumn"] == "1911-FA"


# Enough years long past to make a short text a history (MIN_PAST_DATES).
THE_WAR_ENDS = (
    " Peace came in 1648. The city was rebuilt by 1660, a bridge opened in 1672, a school in "
    "1690 and a library in 1701."
)


def test_a_season_of_the_following_year_right_after_a_bare_year_is_the_next_year():
    # The grammar's own reading, before any story year: the anchor's next year, not its own.
    assert values("In the spring of the following year, the army crossed.") == {
        "the spring of the following year": "2010-SP"
    }
    text = (
        "The war began in 1618. In the spring of the following year the army crossed the "
        "river. On 8 November the battle was fought. The next day the king fled." + THE_WAR_ENDS
    )
    found = values(text)
    assert found["the spring of the following year"] == "1619-SP"
    assert (found["8 November"], found["The next day"]) == ("1619-11-08", "1619-11-09")


def test_a_month_after_a_counted_season_is_in_the_seasons_year():
    text = (
        "The war began in 1618. The following spring the army crossed the river. On 8 "
        "November the battle was fought. The next day the king fled." + THE_WAR_ENDS
    )
    assert values(text)["8 November"] == "1619-11-08"


@pytest.mark.parametrize(
    "moved_on",
    ["The following year", "The following spring", "In the spring of 1619", "A year later"],
)
def test_a_count_in_weeks_after_the_story_moved_on_a_year_is_in_that_year(moved_on):
    text = f"The war began in 1618. {moved_on} the army crossed. Three weeks later it took Prague."
    text += THE_WAR_ENDS
    assert values(text)["Three weeks later"] == "1619"


def test_a_count_in_days_after_a_count_in_years_is_in_the_year_counted_to():
    text = (
        "On 4 March 1950 he left the city. Two years later he came back. Three days later "
        "he died. His sons sold the farm in 1961, the house in 1968 and the mill in 1975."
    )
    found = values(text)
    assert (found["Two years later"], found["Three days later"]) == ("1952", "1952")


def test_news_that_opens_on_its_own_day_stays_news_however_much_background_it_tells():
    text = (
        "A former mayor has died at 88, his family said Tuesday. Born on 3 March 1934, he "
        "ran a shop from 1960, won a council seat in 1968, became mayor on 5 May 1972 and "
        "retired in 1990. In 1995 he wrote a memoir, and on 2 June 1999 he moved north. "
        "A funeral will be held on Feb. 18."
    )
    assert values(text, datetime.date(2023, 2, 8))["Feb. 18"] == "2023-02-18"


def test_a_history_set_in_one_year_and_told_without_the_present_is_a_history():
    text = (
        "In 1862 the army marched south. On 5 May it met the enemy outside the city, "
        "in June it fell back, and on 10 June it crossed the river."
    )
    found = values(text, datetime.date(2023, 2, 8))
    assert (found["5 May"], found["June"], found["10 June"]) == (
        "1862-05-05",
        "1862-06",
        "1862-06-10",
    )


def test_a_date_a_history_says_is_still_to_come_keeps_its_news_reading():
    text = (
        "The battle was fought on 1 July 1916. In 1914 the war began, in 1915 it spread, "
        "in 1917 it went on and in 1918 it ended. A memorial service will be held in June."
    )
    assert values(text, datetime.date(2023, 2, 8))["June"] == "2023-06"


def test_a_date_a_history_says_a_stretch_till_now_began_on_is_the_news_reading():
    text = (
        "She was born on Dec. 31, 1899. She married in 1921 and was widowed in 1964. She "
        "has lived at the care center since March. A party is planned for 2 p.m. Dec. 31."
    )
    found = values(text, datetime.date(1999, 12, 9))
    assert (found["March"], found["2 p.m. Dec. 31"]) == ("1999-03", "1999-12-31T14:00")


def test_a_holiday_a_history_says_is_still_to_come_keeps_its_news_reading():
    text = (
        "She was born on Dec. 31, 1899. She married in 1921 and was widowed in 1964. On "
        "New Year's Eve she will turn 100."
    )
    assert values(text, datetime.date(1999, 12, 9))["New Year's Eve"] == "1999-12-31"


def test_the_season_of_that_year_after_a_season_with_its_year_is_that_year():
    text = "Planning had begun in the spring of 1967, and in the autumn of that year it was set."
    assert values(text)["the autumn of that year"] == "1967-FA"


def test_counts_from_the_anchor_are_not_counted_from_a_season_named_before():
    text = "In the winter of 2019 it snowed. A decade ago it did not. It ends two years from now."
    found = {m.text: m.value for m in tag(text, datetime.date(2025, 6, 1))}
    assert (found["A decade ago"], found["two years from now"]) == ("2015", "2027")


def test_a_holiday_year_without_the_holiday_gives_no_date_and_no_error():
    assert [m.text for m in tag("They met at the Inauguration Day 2024 parade.", ANCHOR)] == [
        "2024"
    ]


def test_a_will_elsewhere_in_the_sentence_does_not_make_a_history_date_news():
    text = (
        "The battle was fought on 1 July 1916. In 1914 the war began, in 1915 it spread, "
        "in 1917 it went on and in 1918 it ended. The army, whose dead will never be "
        "forgotten, took the village in September."
    )
    assert values(text, datetime.date(2023, 2, 8))["September"] == "1918-09"


def test_a_history_that_opens_on_what_a_place_has_is_no_news():
    text = (
        "The museum has ten rooms. It opened on 3 May 1911. In 1912 it grew, in 1913 it "
        "shut, in 1914 it reopened and in 1915 it burned. On 15 September the roof fell."
    )
    assert values(text, datetime.date(2025, 6, 1))["15 September"] == "1915-09-15"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "King John met the rebel barons at Runnymede on 15 June 1215. "
            "By late August the peace had collapsed.",
            "late August",
            "1215-08",
        ),
        (
            "The earthquake struck Lisbon on 1 November 1755. Aftershocks went on through "
            "the winter, and in March the rebuilding began.",
            "March",
            "1756-03",
        ),
    ],
)
def test_a_short_history_led_by_a_date_long_past_follows_its_story(text, span, value):
    assert values(text)[span] == value


def test_a_year_after_since_is_a_yardstick_the_story_does_not_move_to():
    text = (
        "The Estates-General convened at Versailles on 5 May 1789, for the first time "
        "since 1614. On 20 June the deputies swore an oath. That summer, riots spread."
    )
    found = values(text)
    assert (found["20 June"], found["That summer"]) == ("1789-06-20", "1789-SU")


def test_a_lead_counted_from_the_story_gives_no_time_to_read_the_text_by():
    text = (
        "McClellan had spent the previous winter drilling his army. In the spring of "
        "1862 he moved it to the Peninsula. The Confederates abandoned Yorktown on 3 May."
    )
    assert values(text)["3 May"] == "1862-05-03"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Caesar crossed the Rubicon in January 49 BC. The following year he beat Pompey.",
            "The following year",
            "BC0048",
        ),
        (
            "He was killed on the Ides of March, 44 BC, and thirteen years later Octavian "
            "ruled alone.",
            "thirteen years later",
            "BC0031",
        ),
        ("In 480 BC Xerxes invaded Greece. The following summer he lost.", "The following summer", "BC0479-SU"),
        ("In 2 BC a census was held. Two years later another followed.", "Two years later", "0001"),
    ],
)  # fmt: skip
def test_counts_from_a_year_before_christ_count_down_the_years(text, span, value):
    assert values(text)[span] == value


def test_a_history_goes_forward_unless_going_back_is_much_nearer():
    text = (
        "In February 1917 riots in Petrograd turned into a revolution. Lenin returned in "
        "April. The Bolsheviks seized the Winter Palace on the night of 7 November."
    )
    assert values(text)["the night of 7 November"] == "1917-11-07TNI"


def test_weekdays_right_after_a_day_long_past_are_the_storys():
    text = (
        "Japan attacked Pearl Harbor on Sunday, 7 December 1941. On Monday Congress "
        "declared war, and on Thursday evening Germany declared war in turn."
    )
    found = values(text)
    assert (found["Monday"], found["Thursday evening"]) == ("1941-12-08", "1941-12-11TEV")


def test_a_weekday_news_attributes_something_to_stays_the_news_storys():
    text = (
        "The company was founded on 3 May 1985 in Ohio. It grew fast. "
        "On Tuesday it said sales rose."
    )
    assert values(text)["Tuesday"] != "1985-04-30"
    assert values(text)["Tuesday"].startswith(str(ANCHOR.year))


def test_that_month_in_a_history_is_in_the_year_the_story_is_in():
    text = "William was crowned on 6 January 1066. That September, the Norwegians landed."
    assert [(m.text, m.value) for m in tag(text, ANCHOR)][-1] == ("That September", "1066-09")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He died in November 1632. Three years later, the war widened.", "Three years later", "1635"),
        ("Franz Ferdinand was killed on 28 June 1914. A month later, war came.", "A month later", "1914-07"),
    ],
)  # fmt: skip
def test_a_count_later_in_a_history_is_dated_as_finely_as_its_unit(text, span, value):
    assert values(text)[span] == value


def test_a_historys_counted_days_go_on_from_each_other():
    text = (
        "Wolfe landed on 12 September 1759. The next morning his army formed on the "
        "plains. Montcalm died the following day."
    )
    assert values(text)["the following day"] == "1759-09-14"


def test_a_battle_told_from_one_dated_day_is_a_history_though_it_ends_on_today():
    # One day with its year, then the story's own days and counts; a closing word on
    # the battlefield today does not make the battle news.
    text = (
        "The campaign opened on 12 June 1809, when the vanguard crossed the river. "
        "That evening the outposts fell back, and the following day the main armies met. "
        "On 16 June the left wing gave way, and the town surrendered on 21 June. "
        "The field is today a park."
    )
    found = values(text, datetime.date(2010, 6, 2))
    assert (found["16 June"], found["21 June"]) == ("1809-06-16", "1809-06-21")


def test_an_anniversary_hook_long_past_does_not_make_a_history_news():
    text = (
        "The carriers sailed on 24 June 1812. Two hundred years ago today the first "
        "columns crossed. On 17 August the city burned, on 7 September the armies "
        "met, and by 19 October the retreat had begun."
    )
    found = values(text, datetime.date(2012, 6, 24))
    assert (found["17 August"], found["19 October"]) == ("1812-08-17", "1812-10-19")


def test_a_bare_year_looked_back_on_leaves_a_finely_told_story_where_it_was():
    text = (
        "The offensive began at dawn on 21 March 1918, two years after the costly "
        "fighting of 1916. By early April it had stalled; a second blow fell on 27 May, "
        "a third in mid-July, and on 8 August the tide turned."
    )
    found = values(text, datetime.date(2008, 11, 11))
    assert (found["27 May"], found["8 August"]) == ("1918-05-27", "1918-08-08")


def test_a_day_of_the_month_alone_is_in_the_month_the_story_is_in():
    text = (
        "The advance began on 2 July 1864 and it was mid-July before the river was crossed. "
        "On the 17th the general was replaced; his successor attacked on 20 July, again on "
        "the 22nd and once more on the 28th. The city fell on 1 September, and by the 3rd "
        "the last columns had gone."
    )
    found = values(text, datetime.date(2014, 9, 2))
    assert (found["the 17th"], found["the 22nd"], found["the 28th"], found["the 3rd"]) == (
        "1864-07-17",
        "1864-07-22",
        "1864-07-28",
        "1864-09-03",
    )


def test_the_early_morning_of_a_day_in_a_history_is_one_time():
    text = (
        "The army landed on 14 September 1854. On 17 October the guns opened fire, and "
        "in the early morning of the 25th the redoubts were overrun."
    )
    assert values(text, datetime.date(2014, 10, 25))["the early morning of the 25th"] == (
        "1854-10-25TMO"
    )


def test_a_clock_time_on_a_counted_day_moves_with_that_day():
    text = (
        "The campaign opened on 15 June 1815. The following day the armies met, and the "
        "attack lasted from about 2:30 p.m. until after 9 p.m. On 18 June the main battle "
        "began, and on 22 June the emperor abdicated."
    )
    found = values(text, datetime.date(2010, 6, 2))
    assert (found["about 2:30 p.m."], found["9 p.m."]) == ("1815-06-16T14:30", "1815-06-16T21:00")


def test_the_edge_of_a_part_of_a_counted_day_in_a_history_is_a_time_with_its_mod():
    text = HISTORY + (
        " On 2 July 1903 the gates were shut; late that afternoon the bells rang, and "
        "early the next morning the army left."
    )
    found = {m.text: (m.type, m.value, m.mod) for m in tag(text, ANCHOR)}
    assert found["late that afternoon"] == ("TIME", "1903-07-02TAF", "END")
    assert found["early the next morning"] == ("TIME", "1903-07-03TMO", "START")


def test_weeks_counted_from_a_day_in_a_history_give_a_day_the_story_goes_on_from():
    text = (
        "The army crossed the river on 24 June 1812. On 28 June it took the town. "
        "Two weeks later it reached the hills. On 7 September the armies met; a week "
        "later the city fell, and that night fires broke out."
    )
    found = types_and_values(text, datetime.date(2011, 3, 14))
    assert found["Two weeks later"] == ("DATE", "1812-07-12")
    assert found["a week later"] == ("DATE", "1812-09-14")
    assert found["that night"] == ("TIME", "1812-09-14TNI")


def test_after_a_range_within_one_year_the_story_is_in_that_year():
    # February is nearer July 1917 than July 1916 as stories count (forward); but the
    # range names its year, and the story goes back to tell how the battle came about.
    text = (
        "The battle was fought between 1 July and 18 November 1916. When the enemy "
        "attacked in February, the plan changed. A bombardment began on 24 June and the "
        "assault followed. An attack on 14 July broke through, and in October the rain "
        "came. In 1917 the war went on. In 1918 it ended."
    )
    found = values(text, datetime.date(2011, 6, 30))
    assert [found[key] for key in ("February", "24 June", "14 July", "October")] == [
        "1916-02",
        "1916-06-24",
        "1916-07-14",
        "1916-10",
    ]


def test_an_anniversary_piece_tells_its_story_first_and_the_present_after_it():
    # One date with its year, long ago; the story's days follow it; the present (the
    # week of publication) comes only at the end.
    text = (
        "On 31 January 1968 rebel forces attacked more than 100 towns at once. In the "
        "old capital the fighting lasted almost a month, and the citadel was not retaken "
        "until 24 February. On 27 February a famous broadcaster called the war a "
        "stalemate, and on 31 March the president said he would not run again.\n"
        "This week veterans from both sides returned to the city. Its festival begins "
        "next week."
    )
    found = values(text, datetime.date(2008, 1, 30))
    assert [found[key] for key in ("24 February", "27 February", "31 March")] == [
        "1968-02-24",
        "1968-02-27",
        "1968-03-31",
    ]
    assert (found["This week"], found["next week"]) == ("2008-W05", "2008-W06")


def test_a_weekday_inside_an_anniversary_pieces_story_is_the_storys():
    text = (
        "The accident happened at the plant on Saturday, 26 April 1986. The town was not "
        "evacuated until the next afternoon. The authorities said nothing publicly until "
        "Monday morning. The fire was out by 10 May 1986. In December the reactor was "
        "sealed.\n"
        "Last week engineers completed a new shelter."
    )
    assert values(text, datetime.date(2011, 4, 26))["December"] == "1986-12"


def test_news_that_opens_on_a_day_long_past_and_speaks_of_the_present_stays_news():
    text = (
        "On 31 January 1968 the company was founded in a garage. This week it said sales "
        "rose, and on 24 February it will open a new plant; on 27 February it reports."
    )
    found = values(text, datetime.date(2008, 1, 30))
    assert (found["24 February"], found["27 February"]) == ("2008-02-24", "2008-02-27")


def test_an_articles_body_starts_the_story_over_from_its_lead():
    # The lead paragraph sums up the battle; the body tells the year from its start.
    text = (
        "The Battle of the Hill took place on 12 September 1683 and ended a siege of two "
        "months.\n"
        "The army left the capital in the spring and reached the city on 14 July. By "
        "early September the defenders were close to surrender. On 11 September the "
        "relief army arrived. In 1684 the war went on, and in 1685 the army marched "
        "again; in 1686 the last fortress fell."
    )
    found = values(text, datetime.date(2010, 2, 8))
    assert [found[key] for key in ("the spring", "14 July", "early September")] == [
        "1683-SP",
        "1683-07-14",
        "1683-09",
    ]


def test_a_year_that_opens_an_articles_body_is_where_the_story_starts():
    text = (
        "The Battle of the Ford, fought on 8 July 1709, ended the war.\n"
        "The king invaded in 1708. Short of supplies, he turned south in September. In "
        "the spring of 1709 he laid siege to the town, and in 1710 he fled. In 1711 he "
        "came back, and in 1712 he left."
    )
    assert values(text, datetime.date(2012, 11, 20))["September"] == "1708-09"


def test_a_day_named_again_after_the_story_has_passed_it_is_the_next_years():
    text = (
        "The siege ended on 13 August 1521. The army had fled the city on the night of "
        "30 June 1520. It rebuilt its forces, and its boats were launched on 28 April "
        "1521. On 30 June an assault failed, and by the end of July the city lay in "
        "ruins. In 1522 the city was rebuilt, and in 1523 a cathedral was begun."
    )
    assert values(text, datetime.date(2010, 8, 13))["30 June"] == "1521-06-30"


def test_a_day_named_again_without_its_year_is_the_same_day():
    text = (
        "The Battle of the Strait, fought on 27 May 1905, ended the war. The war began on "
        "8 February 1904, and the port fell on 2 January 1905. The fleet left home in "
        "October 1904. It entered the strait on 27 May, and on 28 May its admiral "
        "surrendered. Peace came in 1906, and in 1907 the navy was rebuilt."
    )
    found = values(text, datetime.date(2010, 7, 14))
    assert (found["27 May"], found["28 May"]) == ("1905-05-27", "1905-05-28")


def test_a_lead_with_a_perfect_infinitive_is_no_news_lead():
    # "is considered to have ended" is no present perfect: the article is a history.
    text = (
        "The revolution began in 1910 and is usually considered to have ended around "
        "1920.\nThe dictator had ruled since 1876. Rebels took the border city in May "
        "1911, and on 25 May the dictator resigned. The new president was shot on "
        "22 February 1913, and in 1914 the capital fell."
    )
    assert values(text, datetime.date(2010, 11, 20))["25 May"] == "1911-05-25"


def test_that_month_after_a_counted_year_in_a_history_is_in_the_year_counted():
    text = (
        "The war began in 1910. In 1911 the rebels won. In 1913 the president was shot. "
        "In April 1919 the general was killed. The following year a rival was elected "
        "president that September. In 1921 peace returned."
    )
    assert values(text, datetime.date(2010, 11, 20))["that September"] == "1920-09"


def test_a_week_named_with_the_after_a_day_is_that_calendar_week():
    # "Two weeks later" is a day (see the test of weeks counted from a day above); "the
    # following week" and "the week before" name weeks.
    text = (
        "The leaders resigned on 24 November 1989. The following week crowds marched. "
        "On 10 December the new government met; the week before, a neighbour had "
        "opened its border. In 1990 elections were held."
    )
    found = types_and_values(text, datetime.date(2009, 11, 24))
    assert found["The following week"] == ("DATE", "1989-W48")
    assert found["the week before"] == ("DATE", "1989-W48")


def test_a_morning_clock_time_after_the_night_of_a_day_is_on_the_morning_after():
    text = (
        "The landings began on 25 April 1915. On 6 August a new offensive opened, and "
        "on 10 August it failed. The evacuation was completed on the night of 19 "
        "December 1915. The final party left the beach at 0410 hours. In 1916 the army "
        "fought in France, and in 1917 in Palestine."
    )
    assert values(text, datetime.date(2015, 12, 20))["0410 hours"] == "1915-12-20T04:10"


def test_a_length_counted_on_from_the_story_is_no_word_of_the_present():
    # "Over the next fortnight" goes on from 11 September 1943, not from publication.
    text = (
        "The campaign followed the armistice of September 1943 and ended with the "
        "surrender of the garrison on 16 November 1943.\n"
        "When the armistice was announced on 8 September, the islands were held by "
        "Italian troops. Over the next fortnight, small British forces landed. On "
        "3 October the enemy landed on the main island, and on 12 November the last "
        "invasion began. The islands passed to Greece in March 1948.\n"
        "Veterans will hold a service on Saturday."
    )
    assert values(text, datetime.date(2013, 11, 14))["3 October"] == "1943-10-03"


def test_a_year_told_in_the_body_without_the_story_going_on_in_it_leaves_the_lead():
    # "From 1961" is background; the story comes back to the lead's April in the next
    # paragraph ("late on 24 April").
    text = (
        "The revolution was a coup in the capital on 25 April 1974 that ended the "
        "regime.\n"
        "The regime had ruled since the 1930s. Its leader fell ill in 1968, and from 1961 "
        "the country fought wars in its colonies.\n"
        "The plan relied on two songs. The first came late on 24 April, and the troops "
        "moved. In 1975 elections were held, and in 1976 a constitution was adopted."
    )
    assert values(text, datetime.date(2014, 4, 25))["24 April"] == "1974-04-24"


def test_a_historys_clock_time_past_midnight_moves_the_story_on_a_day():
    text = (
        "The liner sailed on 10 April 1912. On 14 April it struck an iceberg at 11:40 "
        "p.m. The first boat was lowered at 12:45 a.m. The ship sank at 2:20 a.m. "
        "Rescuers landed the survivors the next day. In 1913 an inquiry reported, and in "
        "1914 new rules came in."
    )
    found = values(text, datetime.date(2012, 4, 14))
    assert (found["12:45 a.m."], found["2:20 a.m."]) == ("1912-04-15T00:45", "1912-04-15T02:20")
    assert found["the next day"] == "1912-04-16"


def test_a_bare_year_holding_the_storys_day_leaves_the_story_on_that_day():
    text = (
        "The earthquake struck the city on Wednesday, 18 April 1906.\n"
        "The city had grown fast since the 1840s, and by 1906 it was the largest on the "
        "coast. The main shock began at 5:12 a.m. The fires burned through Thursday and "
        "into Friday. The city was rebuilt by 1915."
    )
    found = values(text, datetime.date(2016, 4, 18))
    assert (found["5:12 a.m."], found["Thursday"]) == ("1906-04-18T05:12", "1906-04-19")


def test_a_historys_today_brings_the_story_to_its_present():
    text = (
        "The armistice was signed on 27 July 1953, and the fighting stopped that night. "
        "In August 1953 prisoners were exchanged, and in 1954 talks failed.\n"
        "Today the border is still closed. In March a patrol boat sank."
    )
    assert values(text, datetime.date(2010, 6, 24))["March"] == "2010-03"


def test_a_historys_clock_times_and_weekdays_go_on_from_its_last_day_after_a_month():
    # "since early July" moves the story to a month of its year; the clock time and the
    # weekday after it go on from the last day it was on, 8 October.
    text = (
        "The fire burned through the city from Sunday, 8 October, to Tuesday, 10 October "
        "1871. The summer had been dry, and little rain had fallen since early July. The "
        "first alarm sounded at 9:40 p.m. Throughout Monday the fire spread north. In 1872 "
        "the city began to rebuild, and in 1873 it hosted a fair."
    )
    found = values(text, datetime.date(2011, 10, 8))
    assert found["Sunday, 8 October"] == "1871-10-08"
    assert (found["9:40 p.m."], found["Monday"]) == ("1871-10-08T21:40", "1871-10-09")


def test_a_clock_time_after_a_counted_day_in_a_history_is_on_that_day():
    text = (
        "The siege began on 3 March 1916. The next morning the guns opened fire. By "
        "6 p.m. the fort had fallen. Three days later the relief arrived. At 0600 hours "
        "the gates opened. On 20 March the siege ended, and in 1917 the town was rebuilt."
    )
    found = types_and_values(text, datetime.date(2012, 1, 1))
    assert found["6 p.m."] == ("TIME", "1916-03-04T18:00")
    assert found["0600 hours"] == ("TIME", "1916-03-07T06:00")


def test_a_clock_time_after_a_day_and_its_count_in_the_sentence_before_is_on_the_count():
    text = (
        "The war began in 1919, and in 1920 it spread. By the early summer of 1921 both "
        "sides were tired. A truce was agreed on 9 July and came into force two days "
        "later. At noon, fighting stopped. In 1922 a treaty was signed, and in 1923 the "
        "last prisoners went home."
    )
    assert types_and_values(text, datetime.date(2011, 7, 11))["noon"] == (
        "TIME",
        "1921-07-11T12:00",
    )


def test_a_clock_time_after_a_day_named_again_is_on_the_named_day():
    # The counted day is left behind once the story names a day of its own.
    text = (
        "The siege began on 3 March 1916. The next morning the guns opened fire. On "
        "10 March the fort fell at 6 p.m., and in 1917 the town was rebuilt. In 1918 "
        "peace came, and in 1919 the army left."
    )
    assert types_and_values(text, datetime.date(2012, 1, 1))["6 p.m."] == (
        "TIME",
        "1916-03-10T18:00",
    )


def test_hours_later_in_a_history_count_on_from_the_last_clock_time():
    text = (
        "The siege began on 6 April 1453. On 29 May, at about 1:30 a.m., the assault "
        "began; three hours later the walls fell. On 2 June the sultan entered the city."
    )
    assert types_and_values(text, datetime.date(2010, 5, 29))["three hours later"] == (
        "TIME",
        "1453-05-29T04:30",
    )


def test_hours_later_in_a_history_without_a_clock_time_are_a_length():
    text = (
        "The siege began on 6 April 1453. On 29 May the assault began; three hours later "
        "the walls fell. On 2 June the sultan entered the city."
    )
    assert types_and_values(text, datetime.date(2010, 5, 29))["three hours"] == ("DURATION", "PT3H")


def test_an_obituary_led_by_a_landmark_year_naming_a_thing_stays_news():
    # "a landmark 1972 ruling" names a thing; the lead's own day is "Friday".
    text = (
        "Judge Harold T. Beaumont, who served on the federal bench in Atlanta for nearly three decades and wrote a landmark 1972 ruling on school busing, died on Friday at his home in Decatur, Ga. He was 84.\n"
        "His death was announced Saturday by the United States District Court for the Northern District of Georgia, where he had been chief judge from 1979 to 1986.\n"
        "Judge Beaumont was born in Macon on Sept. 9, 1927, and served in the Navy during World War II. He graduated from Emory University School of Law in 1951 and spent the 1950s in private practice in Savannah.\n"
        "He was appointed a federal district judge in the summer of 1961 and served from that year until his retirement in 1989. His busing order, issued on Aug. 11, 1972, drew death threats, and for several months afterward he was driven to the courthouse by federal marshals. The following spring, an appeals court upheld the decision in a unanimous opinion.\n"
        "After leaving the bench he taught at Emory for a decade and mediated civil disputes until he was 80.\n"
        '"He listened more than he talked," said Margaret Ide, a former clerk who is now a state judge, on Sunday.\n'
        "He is survived by his wife of 59 years, Eleanor; three children; and seven grandchildren. A memorial service is scheduled for July 14 at Druid Hills Presbyterian Church."
    )
    found = values(text, datetime.date(2012, 7, 2))
    assert (found["Friday"], found["Sunday"]) == ("2012-06-29", "2012-07-01")


def test_a_past_perfect_in_a_closed_relative_clause_leaves_the_main_verbs_date_the_storys():
    text = (
        "The assembly, which had not met since 1614, gathered at the palace on 5 May 1789. "
        "Six weeks later its members were defiant, and on 20 June they swore an oath. "
        "Tension rose through early July, and in October the crowds marched."
    )
    found = values(text, datetime.date(2008, 7, 14))
    assert (found["20 June"], found["October"]) == ("1789-06-20", "1789-10")


def test_months_and_seasons_after_a_date_before_christ_follow_it():
    text = (
        "On 10 January 49 BC the general led a legion across the river. His rival sailed "
        "from the port in March. The general spent the summer in Spain, then crossed the "
        "sea in the winter. The decisive battle came on 9 August 48 BC, and his rival was "
        "killed the following month. In 47 BC he won again."
    )
    found = values(text, datetime.date(2009, 8, 2))
    assert (found["March"], found["the summer"], found["the winter"]) == (
        "BC0049-03",
        "BC0049-SU",
        "BC0049-WI",
    )
    assert found["the following month"] == "BC0048-09"


def test_the_following_month_by_name_after_a_date_before_christ_is_counted_in_its_era():
    text = (
        "Hannibal crossed the Alps in the autumn of 218 BC and won at the Trebia the "
        "following December. The following June he destroyed an army at the lake."
    )
    found = values(text, datetime.date(2018, 8, 2))
    assert (found["the following December"], found["The following June"]) == (
        "BC0218-12",
        "BC0217-06",
    )


def test_a_month_counted_from_december_1_bc_is_january_ad_1():
    text = (
        "On 10 December 1 BC the army marched. The following month it arrived. "
        "In AD 3 it left, in AD 5 it came back, and in AD 7 peace came."
    )
    assert values(text, datetime.date(2009, 8, 2))["The following month"] == "0001-01"


def test_a_clock_time_on_a_day_of_the_month_alone_is_on_the_day_the_story_gives_it():
    text = (
        "The infantry attacked at 7:30 a.m. on 1 July 1916. Fighting went on along the "
        "whole front. On the 14th, a night assault launched at 3:25 a.m. took the second "
        "line, and by 15 September tanks had arrived."
    )
    assert values(text, datetime.date(2012, 7, 1))["3:25 a.m."] == "1916-07-14T03:25"


def test_news_of_an_anniversary_that_looks_ahead_stays_news():
    text = (
        "When the bridge opened on Oct. 14, 1902, a crowd of thousands watched the mayor "
        "cross it. On Monday, about 300 people gathered at its end for a centennial "
        "ceremony, and repairs will begin next summer. Floods reached its deck in the "
        "spring of 1936, and a barge struck it in the winter of 1978. A plaque will be "
        "unveiled Saturday."
    )
    found = values(text, datetime.date(2002, 10, 16))
    assert (found["Monday"], found["Saturday"]) == ("2002-10-14", "2002-10-19")


def test_a_month_of_that_year_is_in_the_year_the_story_last_counted_to():
    text = (
        "The settlement was founded in the autumn of 1871. It was incorporated in 1879 and "
        "named county seat the following year, after records were carried off in February "
        "of that year. In March of the following year a railway arrived; in 1885 a bank "
        "opened, in 1890 a school and in 1895 a hospital."
    )
    found = values(text, datetime.date(2014, 2, 5))
    assert (found["February of that year"], found["March of the following year"]) == (
        "1880-02",
        "1881-03",
    )


def test_a_month_counted_after_a_year_counted_goes_on_from_the_last_month():
    text = (
        "The revolt began in 1956. In July Moscow removed its man, and on 6 October a "
        "crowd attended the reburial of a minister hanged after a show trial seven years "
        "earlier. Later that month, news from Poland electrified students."
    )
    found = values(text, datetime.date(2024, 10, 23))
    assert (found["seven years earlier"], found["Later that month"]) == ("1949", "1956-10")


def test_a_year_describing_a_thing_in_apposition_leaves_the_story_where_it_was():
    text = (
        "The expedition raised its money in early 1872 and bought the whaler Perseverance, "
        "a 410-ton barque built at Dundee in 1864. She sailed from Liverpool on 11 June and "
        "entered the sound on 19 August."
    )
    found = values(text, datetime.date(2018, 9, 12))
    assert (found["11 June"], found["19 August"]) == ("1872-06-11", "1872-08-19")


def test_a_day_of_that_year_is_in_the_year_the_story_is_in():
    text = (
        "He was executed in 1958. On 16 June 1989 he was reburied, and on 23 October of "
        "that year the republic was proclaimed; on May 1 of the following year it voted."
    )
    found = values(text, datetime.date(2024, 10, 23))
    assert (found["23 October of that year"], found["May 1 of the following year"]) == (
        "1989-10-23",
        "1990-05-01",
    )


def test_a_historys_counts_in_years_go_on_from_each_other():
    text = (
        "The war began on 3 May 1915. The following year the army advanced, and the "
        "following year it retreated. Two years later peace came. In 1920 a treaty was "
        "signed, in 1921 another, and in 1922 a third."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2014, 2, 5))]
    assert found[1:4] == [
        ("The following year", "1916"),
        ("the following year", "1917"),
        ("Two years later", "1919"),
    ]


def test_the_next_month_by_name_told_in_the_past_is_the_storys():
    text = "The siege began in September 1346, and the town surrendered the next August."
    assert values(text, datetime.date(2009, 11, 3))["the next August"] == "1347-08"


@pytest.mark.parametrize(
    ("closing", "value"),
    [
        ("The armistice remains in force today.", "PRESENT_REF"),
        ("The city marks the anniversary today.", "2013-07-03"),
        # What is done every year, or in another clause, marks no day of its own.
        ("Veterans today celebrate the victory every 3 July.", "PRESENT_REF"),
        ("The field is today a park, and a parade once marked the centenary.", "PRESENT_REF"),
        ("A bronze plaque today marks the spot where the general fell.", "PRESENT_REF"),
        # What is being done or was done that day is the day's.
        ("Veterans are laying wreaths at the memorial today, as every 3 July.", "2013-07-03"),
        ("A wreath was laid at the memorial today.", "2013-07-03"),
        ("Chairs were set out along the main street today.", "2013-07-03"),
        ("Veterans and their families gathered at the ridge today.", "2013-07-03"),
        # Not a deed in a clause of its own.
        ("The rooms where the generals met are still shown today.", "PRESENT_REF"),
    ],
)
def test_a_historys_today_is_its_present_unless_the_day_is_marked(closing, value):
    text = (
        "The battle began on 1 July 1863. On 2 July the armies clashed again, and on "
        "3 July the last charge failed. By 4 July the army was in retreat. " + closing
    )
    assert values(text, datetime.date(2013, 7, 3))["today"] == value


def test_a_weekday_that_marks_an_anniversary_in_a_history_is_the_news_reading():
    text = (
        "The battle began on 1 July 1863. On 2 July the armies clashed again, and on "
        "3 July the last charge failed. By 4 July the army was in retreat. Thursday marks "
        "the 150th anniversary of the battle."
    )
    assert values(text, datetime.date(2013, 7, 3))["Thursday"] == "2013-07-04"


def test_early_years_without_their_era_in_a_story_before_christ_are_before_christ():
    text = (
        "The war was fought from 431 to 404 BC. In 430 BC plague broke out; the general "
        "died in the autumn of 429, and the disease returned two years later. The fleet "
        "sailed in the summer of 415. The last fleet was destroyed in 405, and the city "
        "surrendered in April 404 BC."
    )
    found = values(text, datetime.date(2012, 2, 10))
    assert (found["the autumn of 429"], found["two years later"], found["405"]) == (
        "BC0429-FA",
        "BC0427",
        "BC0405",
    )


def test_an_early_year_without_its_era_in_our_era_stays_ours():
    text = "Rome was sacked in 410. In the summer of 455 the Vandals came, and in 476 it fell."
    found = values(text, datetime.date(2012, 2, 10))
    assert (found["the summer of 455"], found["476"]) == ("0455-SU", "0476")


def test_a_day_before_christ_is_the_day_the_story_counts_its_days_and_hours_from():
    text = (
        "The battle was fought on 14 August 341 BC. On 13 August the commander moved his "
        "cavalry upstream, and early the next morning he struck. By midafternoon the line "
        "had broken. Two days later the camp fell, and by the end of the month envoys were "
        "talking. The treaty was signed the following spring."
    )
    found = types_and_values(text, datetime.date(2010, 6, 14))
    assert found["early the next morning"] == ("TIME", "BC0341-08-14TMO")
    assert found["midafternoon"] == ("TIME", "BC0341-08-13TAF")
    assert found["Two days later"] == ("DATE", "BC0341-08-16")
    assert found["the end of the month"] == ("DATE", "BC0341-08")
    assert found["the following spring"] == ("DATE", "BC0340-SP")


def test_a_range_that_opens_a_history_is_told_from_its_start_and_an_aside_is_not_followed():
    text = (
        "The battle was fought between 1 July and 18 November 1916, the bloodiest of the "
        "Great War (1914–1918). The attack at Verdun in March had changed the plan. "
        "On 1 July the assault opened, and by mid-November it had ended."
    )
    found = [(m.text, m.value) for m in tag(text, datetime.date(2009, 11, 11))]
    assert [pair for pair in found if not pair[0][0].isdigit() or pair[0] == "1 July"] == [
        ("1 July", "1916-07-01"),
        ("March", "1916-03"),
        ("1 July", "1916-07-01"),
        ("mid-November", "1916-11"),
    ]


def test_news_led_by_a_comparison_with_a_year_long_past_stays_news():
    text = (
        "Britain woke up today to its first hung parliament since February 1974. The "
        "prime minister, in office since June 2007, spoke at about 2:30 p.m. Polling "
        "stations closed at 10 p.m. Thursday, and the last seat will vote on May 27. "
        "The new parliament is due to meet on May 18."
    )
    found = values(text, datetime.date(2010, 5, 7))
    assert (found["today"], found["May 18"]) == ("2010-05-07", "2010-05-18")


def test_news_background_month_after_a_date_long_past_in_its_sentence_is_that_dates():
    text = (
        "Stocks rose on Thursday. The index peaked on Aug. 25, 1987, less than two months "
        "before the October crash."
    )
    assert values(text, datetime.date(1989, 6, 16))["October"] == "1987-10"


def test_news_month_after_a_bare_year_keeps_its_news_reading():
    text = "Shares rose on Thursday. The firm, founded in 1985, moved to Boston in August."
    assert values(text, datetime.date(1989, 6, 16))["August"] == "1988-08"


def test_a_lead_that_says_today_is_news_whatever_years_it_looks_back_on():
    text = (
        "Winter deaths rose sharply between 2010 and 2012, according to figures published "
        "today. Deaths peaked in the winter of 2012-13 and in the winter of 2011-12, and in "
        "the winter of 2009-10. The next release will be published in November."
    )
    found = values(text, datetime.date(2014, 2, 18))
    assert (found["today"], found["November"]) == ("2014-02-18", "2014-11")


def test_a_history_dated_finely_long_ago_may_close_on_the_present_year():
    text = (
        "On Thursday 7 November 1918 the steamer docked at Apia, and within a week the "
        "disease was spreading. By late November schools had become hospitals, and deaths "
        "peaked in early December. A commission in 1919 criticised the administrator. "
        "This year, as another virus spread, Samoa closed its borders in March."
    )
    found = values(text, datetime.date(2020, 8, 13))
    assert (found["late November"], found["early December"], found["March"]) == (
        "1918-11",
        "1918-12",
        "2020-03",
    )


def test_a_history_closing_on_this_summer_puts_a_bare_season_after_it_in_the_present():
    text = (
        "The brewery opened in 1857 and grew in the 1880s. It survived the war from 1940 "
        "to 1945, and a flood in the winter of 1953 stopped it for weeks. A new line came "
        "in the early 1970s, and its pale ale was launched on 1 April 1978. In 2004 it "
        "turned down a buyer. It plans to open a shop this summer, and a new beer may go "
        "on sale in the autumn."
    )
    found = values(text, datetime.date(2009, 3, 2))
    assert (found["this summer"], found["the autumn"]) == ("2009-SU", "2009-FA")


def test_the_second_month_of_a_pair_follows_the_story_as_the_first_does():
    text = (
        "On 8 February 1904 torpedo boats struck the squadron, and war was declared two "
        "days later. The garrison surrendered on 2 January 1905 after a siege of 154 days. "
        "In February and March the armies fought at Mukden. The fleet had left its ports "
        "the previous October."
    )
    found = values(text, datetime.date(2009, 5, 27))
    assert (found["February"], found["March"], found["the previous October"]) == (
        "1905-02",
        "1905-03",
        "1904-10",
    )


def test_that_summer_moves_the_story_on_for_the_seasons_and_days_after_it():
    text = (
        "On 8 February 1904 torpedo boats struck the squadron. Over the following months "
        "armies landed in Korea. The siege that began that summer was bloody: the infantry "
        "assaulted the ridges through the autumn, and the hill fell on 5 December."
    )
    found = values(text, datetime.date(2009, 5, 27))
    assert (found["that summer"], found["the autumn"], found["5 December"]) == (
        "1904-SU",
        "1904-FA",
        "1904-12-05",
    )


def test_a_morning_clock_after_a_named_night_is_on_the_day_after():
    text = (
        "By December 1776 the army was close to collapse. In the four months since the "
        "landing it had lost New York. On Christmas night it crossed the river. The "
        "crossing took nine hours, and the march did not begin until 4 a.m. At about "
        "8 o'clock the Americans attacked. The following year went badly: Philadelphia "
        "fell in September 1777, and the army wintered at Valley Forge. By June 1778 it "
        "was a disciplined force."
    )
    found = values(text, datetime.date(2011, 12, 25))
    assert (found["4 a.m."], found["about 8 o'clock"]) == (
        "1776-12-26T04:00",
        "1776-12-26T08:00",
    )


def test_a_month_after_a_date_that_closed_a_relative_clause_is_the_news_month():
    text = (
        "The former leader was killed on Thursday, officials said. The 69-year-old, who "
        "seized power in a coup in September 1969, had been on the run since rebels "
        "overran his compound in late August."
    )
    found = values(text, datetime.date(2011, 10, 21))
    assert (found["September 1969"], found["late August"]) == ("1969-09", "2011-08")


def test_a_night_told_by_its_two_days_is_one_time():
    text = (
        "The invasion was planned for 5 June 1944, but a storm forced a delay of a day. "
        "On the night of 5-6 June paratroopers landed behind the beaches, and at 0630 "
        "hours the first boats touched down. By dusk the beachheads held."
    )
    found = [(m.text, m.type, m.value) for m in tag(text, datetime.date(2014, 6, 6))]
    assert ("the night of 5-6 June", "TIME", "1944-06-05TNI") in found
    assert not any(text == "6 June" for text, _, _ in found)


def test_the_night_after_a_night_told_by_its_two_days_is_the_second_days():
    text = (
        "The brigade landed in early September 1942. On the night of 12-13 September it "
        "attacked the ridge, and the heaviest assaults came the following night."
    )
    found = values(text, datetime.date(2007, 8, 7))
    assert found["the following night"] == "1942-09-13TNI"


def test_years_counted_on_move_the_story_for_the_days_after_them():
    text = (
        "In 1526 the army crushed the nobility at Mohacs on 29 August. Three years later "
        "the sultan was outside Vienna. Heavy rain that summer had cost him his guns, and "
        "after a final assault on 14 October failed, he withdrew the next day."
    )
    found = values(text, datetime.date(2011, 10, 7))
    assert (found["Three years later"], found["14 October"], found["the next day"]) == (
        "1529",
        "1529-10-14",
        "1529-10-15",
    )


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        (
            "He formed the band in 1946. Its break came in the summer of 1952, when a "
            "station hired it. The show went on the air that September and ran for years.",
            "that September",
            "1952-09",
        ),
        # "that" the conjunction: the news reading.
        (
            "The airline returned to profit in 1993. It reported yesterday that December "
            "traffic rose 6.4%.",
            "December",
            "1995-12",
        ),
    ],
)
def test_that_month_in_news_is_in_the_year_last_named(text, said, value):
    assert values(text, datetime.date(1996, 1, 10))[said] == value


def test_a_lead_in_the_present_perfect_of_an_irregular_verb_is_news():
    text = (
        "Arctic sea ice has shrunk to its smallest extent since records began in 1979, "
        "scientists said on Wednesday, beating the low set in September 2007. The ice "
        "reached its minimum on September 16. Models of the 1990s were too cautious. A "
        "satellite launched in 2010 measures the ice every month, and the volume has fallen "
        "since the 1980s. A storm in early August broke up thin ice. The melt season runs "
        "from May to September, and crossings have risen every year since 2009."
    )
    found = values(text, datetime.date(2012, 9, 20))
    assert (found["September 16"], found["early August"]) == ("2012-09-16", "2012-08")


def test_weekdays_count_from_the_weekday_a_history_gives_its_day():
    # 2 September 1666 was a Sunday by the Julian calendar London then used.
    text = (
        "The fire broke out in a bakery on Sunday, 2 September 1666, and the wind drove it "
        "west. By Monday it had reached the wharves. On Tuesday it swept over the "
        "cathedral, and on Wednesday soldiers with gunpowder brought it under control. The "
        "Monument was finished in 1677, and the new cathedral in the early 18th century."
    )
    found = values(text, datetime.date(2014, 9, 2))
    assert (found["Monday"], found["Tuesday"], found["Wednesday"]) == (
        "1666-09-03",
        "1666-09-04",
        "1666-09-05",
    )


def test_years_of_three_digits_and_a_closing_today_tell_a_history():
    text = (
        "She entered the palace as a concubine in 637. When the emperor died in 649, she "
        "was sent to a convent. In 655 she became empress, and in the autumn of 690 she "
        "took the throne herself. She was forced to abdicate in February 705; she died "
        "that December. Today her tomb is a place of pilgrimage."
    )
    found = values(text, datetime.date(2024, 1, 16))
    assert (found["that December"], found["Today"]) == ("0705-12", "PRESENT_REF")


def test_a_range_split_by_an_aside_is_told_from_its_start():
    text = (
        "The siege lasted 872 days, from 8 September 1941, when troops cut the last road, "
        "until 27 January 1944. On 20 November the ration fell, and two days later lorries "
        "crossed the ice. That winter was among the coldest on record."
    )
    found = values(text, datetime.date(2014, 1, 27))
    assert (found["20 November"], found["That winter"]) == ("1941-11-20", "1941-WI")


def test_a_lead_saying_what_a_history_has_come_to_mean_is_no_news():
    text = (
        "The storming of the fortress has come to symbolise the revolution. The assembly "
        "opened on 5 May 1789, and on 20 June the deputies swore an oath. The minister "
        "was dismissed on 11 July, and news reached the city the following day."
    )
    found = values(text, datetime.date(2009, 7, 14))
    assert (found["20 June"], found["11 July"]) == ("1789-06-20", "1789-07-11")


def test_a_look_back_that_opens_the_story_gives_it_its_year():
    text = (
        "The fortress fell in a single afternoon. The assembly had opened on 5 May 1789, "
        "and on 20 June the deputies swore an oath. The minister was dismissed on 11 July, "
        "and on 14 July 1789 the crowd marched."
    )
    assert values(text, datetime.date(2009, 7, 14))["20 June"] == "1789-06-20"


def test_news_background_month_after_a_date_near_publication_keeps_its_news_reading():
    text = (
        "Town lost on Tuesday. The manager, appointed in October 1991, said he would meet "
        "the board on Friday; he was offered an extension in January."
    )
    assert values(text, datetime.date(1993, 5, 12))["January"] == "1993-01"


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Last year the index touched 642 on 8 November.", "8 November", "2018-11-08"),
        ("Last year, works left thousands stranded on December 27.", "December 27", "2018-12-27"),
        # Only a year the sentence opens on: not "hit .301 last year and was promoted in April".
        ("He hit .301 last year and was promoted in April.", "April", "2019-04"),
        # So does a year long past, not what is still to come.
        (
            '"In 1987, a run-up like this came right before the October crash," he said.',
            "October",
            "1987-10",
        ),
        ("In 2015, he joined the board, and he will retire in April.", "April", "2020-04"),
    ],
)
def test_a_sentence_opening_on_last_year_holds_its_months_and_days(text, key, value):
    assert values(text, datetime.date(2019, 10, 25))[key] == value


def test_a_count_after_a_look_ahead_goes_on_from_the_storys_day():
    text = (
        "The war began on 25 June 1950. On 24 November the general launched a final "
        "offensive, telling reporters that the troops might be home by Christmas. The "
        "following evening 300,000 soldiers fell on his columns."
    )
    found = values(text, datetime.date(2011, 6, 25))
    assert (found["Christmas"], found["The following evening"]) == ("1950-12-25", "1950-11-25TEV")


def test_a_date_told_as_the_future_in_the_past_leaves_the_story_where_it_was():
    text = (
        "By December 1776 the army was close to collapse, and most of its enlistments "
        "would expire on 31 December. On Christmas night the men crossed the river, and "
        "on 26 December they took the town. On 3 January 1777 they won again."
    )
    found = values(text, datetime.date(2008, 11, 3))
    assert (found["Christmas night"], found["26 December"]) == ("1776-12-25TNI", "1776-12-26")


def test_the_previous_or_next_month_by_name_counts_from_a_season():
    text = (
        "By the autumn of 1934 the base was being strangled. The blockade had begun the "
        "previous September. The next June the army crossed the river."
    )
    found = values(text, datetime.date(2014, 10, 16))
    assert (found["the previous September"], found["The next June"]) == ("1933-09", "1935-06")


def test_minutes_earlier_in_a_battle_count_from_the_story_not_from_publication():
    text = (
        "The bombardment began on 24 June 1916 and lasted a week. The attack was fixed "
        "for 7:30 a.m. on Saturday 1 July. Ten minutes earlier a mine was detonated. The "
        "battle went on, and tanks went into action on 15 September. This morning, on the "
        "90th anniversary, a silence was observed."
    )
    assert values(text, datetime.date(2006, 7, 1))["15 September"] == "1916-09-15"


def test_an_anniversarys_today_and_this_week_do_not_make_a_history_news():
    text = (
        "On Saturday, 1 November 1755, the ground began to heave. The first shock struck at "
        "about 9:40 a.m., and roughly forty minutes later a wave surged up the estuary. The "
        "king had left the city early that morning. Voltaire's poem on it appeared the "
        "following year. Today, on the 250th anniversary, the city is holding a memorial "
        "Mass, and seismologists are gathering this week."
    )
    assert values(text, datetime.date(2005, 11, 1))["about 9:40 a.m."] == "1755-11-01T09:40"


def test_a_day_told_as_a_look_back_lies_before_the_storys_date():
    text = (
        "The Battle of Hastings, fought on Saturday, 14 October 1066, settled a succession "
        "crisis that had begun with the death of the childless Edward the Confessor on 5 "
        "January. Harold was crowned the next day. That summer he waited on the south coast."
    )
    found = values(text, datetime.date(2008, 5, 27))
    assert (found["5 January"], found["the next day"], found["That summer"]) == (
        "1066-01-05",
        "1066-01-06",
        "1066-SU",
    )


def test_a_deadline_in_the_past_perfect_is_no_look_back():
    text = (
        "On Thursday 7 November 1918 the steamer docked, and by late November schools were "
        "hospitals. A commission in 1919 criticised the handling. This year, Samoa closed its "
        "borders in March and had still not recorded a case by mid-August."
    )
    assert values(text, datetime.date(2020, 8, 13))["mid-August"] == "2020-08"


def test_an_earlier_quarter_told_as_what_came_before_is_in_the_same_year():
    text = (
        "The economy stalled in the final quarter of 2024, the agency said Thursday, after "
        "growing 0.4 percent in the third quarter."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2025, 1, 31))}
    assert found["the third quarter"] == "2024-Q3"


def test_a_timelines_lines_under_a_year_heading_take_that_year():
    text = (
        "Timeline: how the crisis unfolded\n\n"
        "The turmoil reached a new pitch in September.\n\n"
        "2007\n\n"
        "Aug. 9: The central bank pumps money into markets.\n"
        "Sept. 18: The Fed cuts its rate.\n\n"
        "2008\n\n"
        "July 11: Regulators seize a bank.\n\n"
        "What happens next\n\n"
        "Oct. 14: Finance ministers meet."
    )
    found = values(text, datetime.date(2008, 10, 6))
    assert [found[said] for said in ("Aug. 9", "Sept. 18", "July 11", "Oct. 14")] == [
        "2007-08-09",
        "2007-09-18",
        "2008-07-11",
        "2008-10-14",
    ]


def test_an_entry_of_a_dated_list_comes_no_earlier_than_the_one_before():
    text = (
        "Key dates\n\n"
        "- Oct. 14, 2003: The company files for bankruptcy.\n"
        "- Dec. 9: Creditors meet.\n"
        "- 9:30 p.m.: The vote closes.\n"
        "- April: A judge approves the plan."
    )
    found = values(text, datetime.date(2004, 11, 10))
    assert (found["Dec. 9"], found["April"]) == ("2003-12-09", "2004-04")


def test_a_day_of_that_year_needs_no_of_and_no_clock_of_the_news_takes_it():
    text = (
        "The conviction dates from 1996. On 19 February that year he was charged. The court "
        "freed him yesterday, and he left the building at about 3pm."
    )
    found = values(text, datetime.date(2018, 1, 31))
    assert (found["19 February that year"], found["about 3pm"]) == (
        "1996-02-19",
        "2018-01-30T15:00",
    )


def test_a_show_running_until_a_day_is_the_news_reading_in_a_history():
    text = (
        "At noon on July 4, 1948, a salesman set up a camera on the corner of Main Street and "
        "made a single exposure. He came back to the same corner every Fourth of July until "
        "1974. The photographs hang in a show which opened Saturday at the museum and runs "
        "through May 5.\n\nIn the first frames, from the late 1940s, the sidewalks are packed. "
        "By 1961 the store has a new facade; by the end of the decade a parking lot has "
        "replaced the bank."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2024, 1, 18))}
    assert (found["May 5"], found["the end of the decade"]) == ("2024-05-05", "196")


def test_a_day_in_a_when_clause_after_a_year_is_that_years():
    text = "Automation came in 1987, when the last keeper locked the door for the final time on 12 November."
    found = {m.text: m.value for m in tag(text, datetime.date(2012, 6, 23))}
    assert found["12 November"] == "1987-11-12"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "has owned since the 1880s" is a present perfect, but of a state, not of news.
        (
            "The Harbour Strike was a six-week stoppage at the port of Eastbay in 1957, a port "
            "that the city has owned since the 1880s. It began on Monday 3 June, when the crane "
            "drivers walked out, and the dockers joined them the following day. By 20 June no "
            "ship had been unloaded for a fortnight, and on 12 July the two sides signed a deal.",
            datetime.date(2017, 5, 30),
            {"Monday 3 June": "1957-06-03", "the following day": "1957-06-04", "12 July": "1957-07-12"},
        ),
        # A life in parentheses is an aside the story does not move to.
        (
            "The rising began in 1921. On the evening of 12 March 1921 the rebels seized the "
            "arsenal, and early the next morning troops under General Harald Lind (9 May 1870 "
            "– 2 February 1948) marched on the capital. They reached it in late April and took "
            "the citadel on 6 May.",
            datetime.date(2021, 3, 1),
            {"late April": "1921-04", "6 May": "1921-05-06"},
        ),
        # A look back from early in a year to a later month of it is to the year before.
        (
            "The outbreak began on the night of Thursday, 31 August 1854; in 1849 and 1848 "
            "there had been others. In early 1855 the curate found the first case: a girl who "
            "had fallen ill on 28 August, days before the others.",
            datetime.date(2019, 9, 8),
            {"28 August": "1854-08-28"},
        ),
        # A midnight after the story's evening clock is on the story's next day.
        (
            "The mine collapsed in August 1927; in 1912 and 1922 there had been others. The "
            "rescue began on the night of Tuesday, 11 October 1927. At 12:11 a.m. on 12 October "
            "the first capsule surfaced. Over the following hours it went down again and again. "
            "The leader insisted on being last; he stepped out at 9:55 p.m., and the last "
            "rescuer came up shortly after midnight.",
            datetime.date(2020, 8, 5),
            {"midnight": "1927-10-13T00:00"},
        ),
        # A part "of the year" is of the story's year.
        (
            HISTORY + " In 1907 the council had planned a new bridge for the second half of the year.",
            ANCHOR,
            {"the second half of the year": "1907-H2"},
        ),
        # The news reading put the clock on the evening's day; the story has moved on to
        # the Monday, and the small hours named before make half past three the morning's.
        (
            "The siege of the city had begun in March 1884; risings had come in 1881 and 1883, "
            "and the river fell in 1882. On the evening of 25 January 1885 the leader crossed "
            "the river, and in the early hours of Monday, 26 January, his army crossed it in the "
            "dark. The attack began at about half past three, and by dawn the city had fallen.",
            datetime.date(2016, 11, 14),
            {"Monday, 26 January": "1885-01-26", "about half past three": "1885-01-26T03:30", "dawn": "1885-01-26TMO"},
        ),
    ],
)  # fmt: skip
def test_a_history_keeps_to_its_own_days(text, anchor, expected):
    found = values(text, anchor)
    assert {phrase: found.get(phrase) for phrase in expected} == expected


# A news lead, then a paragraph of background told as a story.
_LEAD = "Officials will meet on Tuesday to review the rules, a spokesman said yesterday.\n\n"


@pytest.mark.parametrize(
    ("text", "anchor", "said", "value"),
    [
        (
            "The blackout began on the evening of Aug. 14, 2003, when a sagging line touched "
            "a tree in Ohio. Crews worked through the night, and on Aug. 15 power came back to "
            "most of Manhattan. On Saturday, Aug. 16, the last homes were reconnected.",
            datetime.date(2013, 8, 10),
            "Saturday, Aug. 16",
            "2003-08-16",
        ),
        (
            "The blackout began on the evening of Aug. 14, 2003, when a sagging line touched "
            "a tree in Ohio. Two days later, on Aug. 16, the last homes were reconnected.",
            datetime.date(2013, 8, 10),
            "Aug. 16",
            "2003-08-16",
        ),
        (
            "Riots swept the capital in mid-May 1998. On May 21, the president resigned.",
            datetime.date(1999, 6, 26),
            "May 21",
            "1998-05-21",
        ),
        # A date naming an event ("the August 1988 cease-fire") tells no story.
        (
            "He accepted a border he had rejected after the August 1988 cease-fire. The move "
            "came two weeks after the invasion of Kuwait on Aug. 2.",
            datetime.date(1990, 8, 15),
            "Aug. 2",
            "1990-08-02",
        ),
        # Nor does an aside on something's past.
        (
            "The plant, which opened on June 1, 2005, employs 300 people. On June 6, workers "
            "walked out.",
            datetime.date(2011, 6, 8),
            "June 6",
            "2011-06-06",
        ),
        (
            "Founded on May 2, 1999, the firm employs 300 people. On May 10, it announced layoffs.",
            datetime.date(2011, 6, 8),
            "May 10",
            "2011-05-10",
        ),
        # What is said is the news, told from today.
        (
            "Cutting waiting lists was one of five pledges made in January 2023. The minister "
            "said the figures showed progress, despite a walkout from 3 January.",
            datetime.date(2024, 2, 8),
            "3 January",
            "2024-01-03",
        ),
        # A record to compare with tells no story either.
        (
            "Sea ice shrank to a new low, beating the record low set in September 2007. The "
            "ice reached its minimum on Sept. 16.",
            datetime.date(2012, 9, 20),
            "Sept. 16",
            "2012-09-16",
        ),
        # Nor a date told after the news's own day in its sentence: background.
        (
            "Iraq halted all cooperation on Oct. 31, saying sanctions were imposed after its "
            "invasion of Kuwait in August 1990. That decision followed an earlier step on "
            "Aug. 5, when it barred surprise inspections.",
            datetime.date(1998, 11, 12),
            "Aug. 5",
            "1998-08-05",
        ),
        # A day still to come.
        (
            "The treaty was signed on March 3, 2001. It will be reviewed on June 1.",
            datetime.date(2005, 2, 1),
            "June 1",
            "2005-06-01",
        ),
    ],
)
def test_a_day_without_its_year_after_an_old_date_of_its_paragraph_is_in_its_year(
    text, anchor, said, value
):
    found = {m.text: m.value for m in tag(_LEAD + text, anchor)}
    assert found[said] == value


def test_a_half_of_the_year_in_a_sentence_opening_on_a_year_is_that_years():
    text = "In 2020, by contrast, a cooling pattern took hold in the second half of the year."
    found = {m.text: m.value for m in tag(text, datetime.date(2021, 1, 14))}
    assert found["the second half of the year"] == "2020-H2"


def test_a_new_paragraph_goes_on_with_the_story_when_its_weekday_says_so():
    text = (
        "The crew will visit the White House on Wednesday, a spokesman said.\n\n"
        "The flight began on Wednesday, July 16, 1969, from Florida.\n\n"
        "On Sunday, July 20, the crew began the descent. Alarms flashed on the way down. When "
        "the lander touched down at 4:17 p.m., it had little fuel left."
        "\n\n"
        "On Friday, July 22, the museum will open a new hall."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1994, 7, 20))}
    # 20 July 1969 was a Sunday; 22 July 1994 is a Friday, told as still to come. The
    # clock told in the story's paragraph is the story day's.
    assert found["4:17 p.m."] == "1969-07-20T16:17"
    assert (found["Sunday, July 20"], found["Friday, July 22"]) == ("1969-07-20", "1994-07-22")


def test_the_story_goes_on_when_the_weekday_fits_its_year_and_another_but_not_this_one():
    # 14 April was a Sunday in 1912 and in 1991, not in 1992.
    text = (
        "Mourners gathered on Tuesday to mark 80 years since the liner sank.\n\n"
        "The ship left Southampton on April 10, 1912.\n\n"
        "On Sunday, April 14, it received six ice warnings."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(1992, 4, 14))}
    assert found["Sunday, April 14"] == "1912-04-14"


def test_a_day_whose_weekday_no_year_near_publication_has_takes_the_last_year_named():
    text = (
        "A few hundred people laid flowers on Friday where three men died two decades ago.\n\n"
        "The August 1991 putsch began far from the capital. On Sunday, Aug. 18, hard-liners "
        "flew to the Crimea. At 6 a.m. the next day, state radio announced the news."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2011, 8, 19))}
    # 18 August 1991 was a Sunday; in 2010, 2011 and 2012 it was not.
    assert found["Sunday, Aug. 18"] == "1991-08-18"
    assert found["6 a.m. the next day"] == "1991-08-19T06:00"


_REVOLUTION = (
    "The uprising began at Wuchang on 10 October 1911. Within weeks most provinces had "
    "declared independence, and on 1 January 1912 Sun Yat-sen was sworn in as provisional "
    "president. On 12 February the last emperor abdicated. "
)


@pytest.mark.parametrize(
    ("ending", "said", "value"),
    [
        (
            "In Taiwan, 10 October is celebrated each year as National Day.",
            "10 October",
            "XXXX-10-10",
        ),
        ("The republic observes 1 January as its founding day.", "1 January", "XXXX-01-01"),
        ("The victors celebrated 12 February as a holiday.", "12 February", "XXXX-02-12"),
        ("Veterans mark Wuchang Day on 10 October.", "10 October", "XXXX-10-10"),
        ("Its dead are honoured on 1 January, the day of the oath.", "1 January", "XXXX-01-01"),
        ("Exiles commemorate 12 February as the Fall.", "12 February", "XXXX-02-12"),
        ("And 1 January is the Day of the Republic.", "1 January", "XXXX-01-01"),
        # A story's day, though a celebration is told in its sentence.
        ("On 14 February the crowds gathered to celebrate.", "14 February", "1912-02-14"),
        # A day of the story's, though a celebration is told in its sentence.
        ("On 15 February crowds celebrated in the streets.", "15 February", "1912-02-15"),
        ("On 15 February crowds marched; the day is now a holiday.", "15 February", "1912-02-15"),
    ],
)
def test_a_historys_day_kept_every_year_is_that_day_in_any_year(ending, said, value):
    found = {m.text: m.value for m in tag(_REVOLUTION + ending, ANCHOR)}
    assert found[said] == value


_CIVIL_WAR = (
    "In November 1867 the shogun returned his powers to the emperor. On 3 January 1868 "
    "the court abolished the shogunate. On 10 January the new government met, and on 17 "
    "January it called for troops. "
)


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        (
            _CIVIL_WAR + "On 27 January 1868 an army of 15,000 men advanced on Kyoto and "
            "clashed with the allies at Toba. The battle lasted four days. On the second day "
            "several domains changed sides.",
            "the second day",
            "1868-01-28",
        ),
        (
            _CIVIL_WAR + "The siege of Aizu began on 8 October 1868 and ended on 6 November. "
            "On the first day, the defenders lost 300 men.",
            "the first day",
            "1868-10-08",
        ),
        # No day named close before: not the day the history was written.
        (
            _CIVIL_WAR + "The northern campaign went on through the spring of 1868 and "
            "lasted for months. On the third day of the final assault, the castle fell.",
            "the third day",
            "XXXX-XX-XX",
        ),
    ],
)
def test_a_historys_counted_day_counts_from_the_day_its_story_named(text, said, value):
    found = {m.text: m.value for m in tag(text, ANCHOR)}
    assert found[said] == value


@pytest.mark.parametrize(
    ("years", "value"),
    [
        # Two years told one after the other: the story goes on from the later.
        ("in 1414 and early 1415", "1415-07"),
        # A range's ends: the story is told from its start.
        ("between 1414 and 1415", "1414-07"),
    ],
)
def test_a_history_goes_on_from_the_later_of_two_years_told_in_turn(years, value):
    text = (
        f"Henry succeeded his father in March 1413. He demanded the lands {years}. When "
        "the French refused, he prepared for war. A plot was uncovered in July. The fleet "
        "sailed on 11 August 1415."
    )
    found = {m.text: m.value for m in tag(text, ANCHOR)}
    assert found["July"] == value


def test_a_historys_week_of_a_month_is_in_the_storys_year():
    text = (
        "The Americans landed on 7 August 1942. On 9 August the transports withdrew. In "
        "November the navy won a decisive battle. In January 1943 the Japanese decided to "
        "abandon the island. During the first week of February, destroyers evacuated 10,600 "
        "men."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2012, 1, 19))}
    assert found["the first week of February"] == "1943-W05"


def test_a_historys_small_hours_after_that_night_are_the_next_days():
    text = (
        "The Marines landed on the morning of 7 August 1942, and by the afternoon of 8 August "
        "they had taken the airfield. That night a cruiser force surprised the Allied screen. "
        "In forty minutes of fighting, beginning at about 1:40 a.m., four cruisers were sunk. "
        "The transports withdrew later that day."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2012, 1, 19))}
    assert (found["about 1:40 a.m."], found["later that day"]) == (
        "1942-08-09T01:40",
        "1942-08-09",
    )


def test_the_dawn_after_the_night_of_a_day_is_the_next_days():
    text = (
        "Russia declared war on 24 April 1877. High water delayed the crossing until the "
        "summer. On the night of 26 June, a division crossed the river in boats, and by dawn "
        "it held the heights above Svishtov."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2010, 3, 14))}
    assert found["dawn"] == "1877-06-27TMO"
