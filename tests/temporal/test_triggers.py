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
