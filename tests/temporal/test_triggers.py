"""Trigger windows: every rule only searches around the words it needs."""

import re

from factcheck.temporal import triggers
from factcheck.temporal.patterns import RULES


def test_every_rule_names_the_trigger_kinds_it_needs():
    assert {name for name, _ in RULES} <= triggers.RULE_TRIGGERS.keys()
    assert {kind for kinds in triggers.RULE_TRIGGERS.values() for kind in kinds} <= set(
        triggers.KINDS
    )


def test_it_finds_no_window_in_text_without_trigger_words():
    assert triggers.windows("The cat sat on the mat and may march home.") == {}


def test_it_opens_a_window_around_a_capitalised_month_only():
    windows = triggers.windows("Officials may vote in May.")
    ((start, end),) = windows[("month",)]
    assert start <= "Officials may vote in May.".index("May") < end


def test_it_clips_and_merges_windows_within_the_text():
    text = "In 2001 and 2002."
    (span,) = triggers.windows(text)[("digits",)]
    assert span == (0, len(text))


def test_every_holiday_name_holds_a_trigger_word_of_its_own():
    # The holiday rule searches only around holiday words ("May" for "May Day").
    from factcheck.temporal.holidays import NAMES

    words = set(triggers.KIND_WORDS["holiday"])
    missing = [name for name in NAMES if not set(re.findall(r"[a-z]{2,}", name.lower())) & words]
    assert missing == []


def test_it_finds_trigger_words_beside_any_character():
    # Quotes, dashes and letters outside ASCII end a word like a space does.
    text = "“May” —Tuesday…2001 «today» naïveMay"
    windows = triggers.windows(text)
    assert ("month",) in windows and ("weekday",) in windows and ("deictic",) in windows
    ((start, end),) = [span for span in windows[("month",)] if span[0] < 10]
    assert start == 0 and end > text.index("May")


def test_a_trigger_word_inside_a_longer_word_opens_no_window():
    assert ("month",) not in triggers.windows("The Mayor of Decatur spoke. naïveMay")


def test_folded_text_keeps_one_character_per_offset():
    text = "Last YEAR – on 9/11 — ’twas"
    folded = triggers.folded_text(text)
    assert len(folded) == len(text)
    assert folded.find(b"year") == text.index("YEAR")
    assert folded.find(b"9/11") == text.index("9/11")


def test_every_join_word_is_lower_case_ascii():
    # The words are looked for in folded_text(), which holds nothing else.
    for words in triggers.RULE_JOINS.values():
        assert all(word.isascii() and word == word.lower() for word in words)


def test_a_rules_join_words_are_looked_for_in_its_windows():
    windows = triggers.windows("It happened on 9/11 and in 2001.")
    pattern = triggers.joins_pattern(triggers.RULE_JOINS["september_eleventh"])
    folded = triggers.folded_text("It happened on 9/11 and in 2001.")
    assert [pattern.search(folded, *span) is not None for span in windows[("digits",)]] == [True]
    assert pattern.search(triggers.folded_text("In 2001 and 1911."), 0, 17) is None


def test_a_single_trigger_opens_one_window_clipped_to_the_text():
    assert triggers.windows("2001")[("digits",)] == [(0, 4)]
    text = "It was a long and quiet year; in the end nothing happened until 2001"
    ((start, end),) = triggers.windows(text)[("digits",)]
    assert start < text.index("2001") and end == len(text)
