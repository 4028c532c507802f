"""tag() never raises on any str, and every mention's offsets are sound."""

import datetime
import logging
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.temporal import describe, parse_date, tag, tagger

ANCHOR = datetime.date(2011, 5, 22)
DATE_WORDS = ["May", "18", ",", "2011", "last", "September", "the", "1990s", "ago", "two",
              "weeks", "$", "-", "/", "'", "Friday", "'s", "every", "a.m.", "10:30", "\n", " ",
              "Sept.", "the end of", "quarter", "third-quarter", "a year earlier", "fiscal",
              "'90s", "mid-", "Q3", "5/22/2011", "2011-05-22", "Christmas", "nineteen",
              "ninety-six", "UTC", "noon", "twice", "the following", "day", "that year"]  # fmt: skip


def assert_sound(text, mentions, *, whole_words=False):
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end  # sorted and non-overlapping
        previous_end = mention.end
        assert mention.type in ("DATE", "TIME", "DURATION", "SET")
        if whole_words:
            # In words a space apart, no mention ends inside one ("the 1st Mar|ine").
            after = text[mention.end : mention.end + 1]
            assert not (_letter_or_digit(mention.text[-1]) and _letter_or_digit(after))


def _letter_or_digit(char: str) -> bool:
    return char.isascii() and char.isalnum()


def test_a_word_cut_at_a_search_windows_end_is_no_date():
    text = (
        "The army began the longest retreat in its history, abandoning Pyongyang on 5 "
        "December. In the east, the 1st Marine Division and army units fought their way out."
    )
    assert [m.text for m in tag(text, ANCHOR)] == ["5 December"]


def test_noon_is_a_time_as_a_whole_word():
    found = tag("They met at noontime, in the noonday sun.", ANCHOR)
    assert [(m.text, m.value) for m in found] == [("noontime", "2011-05-22T12:00")]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_it_never_raises_on_arbitrary_unicode(text):
    assert_sound(text, tag(text, ANCHOR))
    parse_date(text, ANCHOR)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=40).map(" ".join), st.dates())
def test_it_never_raises_on_date_like_word_salad_at_any_anchor(text, anchor):
    mentions = tag(text, anchor)
    assert_sound(text, mentions, whole_words=True)
    for mention in mentions:
        assert describe(mention)


def test_it_never_raises_on_control_characters_and_a_100_kb_string():
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(32)] + DATE_WORDS + ["\u2028", "\ufeff", "é", "\x00"]
    text = "".join(rng.choice(alphabet) for _ in range(40_000))[:100_000]
    assert_sound(text, tag(text, ANCHOR))


def test_it_handles_anchors_at_the_ends_of_the_calendar():
    for anchor in (datetime.date(1, 1, 1), datetime.date(9999, 12, 31)):
        assert_sound(
            "last year, next week, May 18, Saturday, two years ago",
            tag("last year, next week, May 18, Saturday, two years ago", anchor),
        )


def test_it_stays_linear_on_long_runs_of_one_character():
    """A quadratic pattern shows as a 10x longer input taking ~100x longer."""
    import time

    for unit in ("1", "a", "a.", "1-", "May ", "Monday "):
        small, large = unit * (2_000 // len(unit)), unit * (20_000 // len(unit))
        began = time.process_time()
        tag(small, ANCHOR)
        small_seconds = max(time.process_time() - began, 1e-3)
        began = time.process_time()
        tag(large, ANCHOR)
        assert time.process_time() - began < 40 * small_seconds + 0.5, unit


def test_a_part_of_the_day_after_last_night_two_sentences_back_is_read_without_error():
    # Found by a fresh test set: "in the afternoon" (no clock value) after "last night"
    # once raised a TypeError in the clock-day reader.
    text = (
        "The House voted yesterday. The debate began Friday morning and was delayed by "
        "strikes, which ended last night. Johnson was acquitted in 1868. Appearing with "
        "lawmakers in the afternoon, the president said he would stay."
    )
    found = tag(text, datetime.date(1998, 12, 20))
    assert "the afternoon" in [m.text for m in found]


def test_it_never_raises_on_any_unit_counted_from_any_kind_of_story_date():
    # "On 15 September ... That weekend" once raised: every unit a story counts on from,
    # after every kind of date it may count from, in news and in a history.
    references = ["On 15 September 1940", "In September 1940", "In 1940", "On Friday",
                  "In the summer of 1940", "In the third quarter of 1940", "In the 1940s",
                  "In the week of 9 September 1940", "At 10 a.m. on 15 September 1940"]  # fmt: skip
    relatives = ["That", "That same", "The following", "The next", "The previous", "The prior",
                 "Later that", "Early that", "The same"]  # fmt: skip
    units = ["second", "minute", "hour", "day", "night", "morning", "week", "weekend",
             "fortnight", "month", "quarter", "year", "decade", "century", "summer",
             "Friday", "June"]  # fmt: skip
    history = "The town was founded in 1702, burned in 1755, rebuilt in 1760 and 1801. "
    for reference in references:
        for relative in relatives:
            for unit in units:
                for opening in ("", history):
                    text = f"{opening}{reference} it rained. {relative} {unit} it snowed."
                    assert_sound(text, tag(text, ANCHOR))


def test_a_bug_in_a_story_pass_logs_it_and_keeps_each_dates_own_reading(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(tagger, "RAISE_ERRORS", False)
    monkeypatch.setattr(tagger, "rebase", broken)
    text = "The vote came on May 18, 2011, a decade after the 2001 overthrow."
    with caplog.at_level(logging.ERROR, logger="factcheck.temporal.tagger"):
        found = [(m.text, m.value) for m in tag(text, ANCHOR)]
    assert found == [("May 18, 2011", "2011-05-18"), ("a decade", "P10Y"), ("2001", "2001")]
    assert "tagging failed" in caplog.text


def test_a_bug_raises_in_the_tests(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(tagger, "rebase", broken)
    with pytest.raises(ValueError, match="a bug"):
        tag("On May 18 it rained.", ANCHOR)


def test_it_never_raises_on_a_part_of_the_morning_after_a_night():
    # "in the morning" (TMO) after "Wednesday morning" once raised in clocks.py: no hour.
    text = (
        "Rain will linger into Tuesday night, and snow could fall in the mountains by "
        "Wednesday morning. Dealers placed buy orders in the morning to start the day."
    )
    assert_sound(text, tag(text, datetime.date(1999, 2, 1)))


def test_a_clock_moved_off_a_day_before_christ_keeps_a_well_formed_value():
    # Found by fuzzing: the clock's time was cut from "BC1867-06-04T12:00" as if its day
    # had ten characters, giving "3365-07-2004T12:00".
    text = "4 June 1867 BC later / winter May Saturday's faces faces noon ( Tuesday"
    found = {m.text: m.value for m in tag(text, datetime.date(3365, 7, 20))}
    assert re.fullmatch(r"(?:BC)?\d{4}-\d\d-\d\dT12:00", found["noon"])


def test_a_clock_the_story_left_without_its_time_is_not_cut_again():
    # Found by fuzzing: a clock given a day before Christ and no time ("BC0030-06-19")
    # was then cut as if it had ten characters and a time, giving "2029-06-1919".
    text = "PARIS (AP), 19 June winter 10:30 BC that year 9:55 p.m. ago trial party"
    for mention in tag(text, datetime.date(2029, 12, 20)):
        assert re.fullmatch(r"(?:BC)?\d{4}(?:-\d\d(?:-\d\d(?:T[\d:]+)?)?)?", mention.value)


def test_a_month_read_at_the_end_of_the_calendar_stays_in_it():
    # Found by fuzzing: "June" written in July 9999 was valued "10000-06".
    found = [(m.text, m.value) for m in tag("It rained in June.", datetime.date(9999, 7, 13))]
    assert found == [("June", "9999-06")]


def test_the_end_of_a_time_at_the_start_of_a_text_is_read():
    # Found by fuzzing: "the end of" with no word before it ran off the word list.
    assert [m.text for m in tag("the end of midnight", datetime.date(1956, 10, 20))] == ["midnight"]
