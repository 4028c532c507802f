"""Trigger windows: every rule only searches around the words it needs."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# Each gate must hold wherever its rule matches: a gate that missed a match would lose a
# date. Phrases of every gated rule, in the spellings the rule allows.
_GATED = [
    ("ago", "It ended two years ago."),
    ("ago", "It ended 18 MONTHS EARLIER."),
    ("ago", "It ended a month or so later."),
    ("ago", "It ends two weeks from now."),
    ("plural_ago", "It ended years ago."),
    ("year_ago", "Profit rose from the year-ago quarter."),
    ("year_ago", "Profit rose from a year earlier."),
    ("relative_unit", "It ended that same week."),
    ("relative_unit", "It ends next month."),
    ("month_relative_year", "It ended in May last year."),
    ("decade", "It ended in the 1990s."),
    ("decade", "It ended in the ’60s."),
    ("decade", "It ended in the 1990's."),
    ("decade", "It ended in the Sixties."),
    ("year_range", "It ran 1999–2000."),
    ("year_range", "It ran 2001/02."),
    ("holiday", "It ended on Christmas Eve."),
    ("holiday", "It ended on New Year’s Day."),
    ("set_weekday", "It opens on Mondays."),
    ("set_weekday", "It opens Friday nights."),
    ("month_year", "It ended in May 2011."),
    ("month_year", "It ended in May ’98."),
    ("reference", "It is over for the time being."),
    ("reference", "It ends in the days ahead."),
    ("current", "The current slump goes on."),
    ("ordinal_day", "It was the third straight week."),
    ("month_day", "It ended on May 18."),
    ("month_day", "It ended on Sept.\u00a018."),
    ("month_day_year", "It ended on May 18, 2011."),
    ("month_day_year", "It ended on May the 18th, 2011."),
    ("month_day_year", "It ended on Sept. 5 , 1999."),
    ("month_early_year", "It fell on 14 July 756; the king fled."),
    ("day_month", "It ended on 18th of May."),
    ("days_month", "It ran 1-3 March."),
    ("day_month_year", "It ended on 18-May-2011."),
    ("month_early_year", "It fell in December 755."),
    ("spelled_day", "It fell on the fifth of May."),
    ("spelled_day", "It fell on May the 5th."),
    ("month", "It ended in May."),
    ("month", "It ended in September. 18 people died."),
    ("early_year", "It fell in 1066."),
    ("early_year", "In 755 the rebellion began."),
    ("end_day_of_month", "It ended on the last day of July."),
    ("iso", "It fell on 2011-05-22."),
    ("numeric", "It fell on 5/22/2011."),
]


def _shut_windows_with_matches(name, text):
    """The windows of the rule `name` in `text` that its gate shuts though the rule
    matches there: as the tagger searches, window by window."""
    pattern, gate = dict(RULES)[name], triggers.rule_gate(name)
    folded = triggers.folded_text(text)
    windows = triggers.windows(text).get(triggers.RULE_TRIGGERS[name], [])
    return [
        (start, end)
        for start, end in windows
        if gate.search(folded, start, end) is None and pattern.search(text, start, end)
    ]


@pytest.mark.parametrize(("name", "text"), _GATED)
def test_a_rules_gate_holds_wherever_the_rule_matches(name, text):
    assert dict(RULES)[name].search(text) is not None, f"{name} no longer reads {text!r}"
    assert triggers.rule_gate(name) is not None
    assert _shut_windows_with_matches(name, text) == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ago", "That was long ago."),
        ("month_day", "In May, officials met."),
        ("day_month", "In May 18 officials met."),
        ("current", "It is over for now."),
        ("spelled_day", "In May officials met."),
        ("month", "On May 18 it ended."),
        ("early_year", "In 1999 it ended."),
        ("ago", "Later that day, years of work ended."),
        ("month_day_year", "On May 18 it ended, 2011 was over."),
    ],
)
def test_a_rules_gate_shuts_windows_it_cannot_match_in(name, text):
    assert triggers.rule_gate(name).search(triggers.folded_text(text)) is None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "May",
                "Sept.",
                "18",
                "18th",
                "2011",
                "755",
                "the",
                "of",
                "fifth",
                "’",
                "'",
                "98",
                "1990s",
                "1990",
                "'s",
                "’s",
                "s",
                "sixties",
                "-",
                "–",
                "/",
                ",",
                " ",
                "\u00a0",
                "two",
                "years",
                "ago",
                "last",
                "that",
                "same",
                "week",
                "Mondays",
                "nights",
                "now",
                "being",
                "current",
                "third",
                "day",
                "Christmas",
                "Eve",
                "New Year's Day",
                "05",
                "22",
                ".",
                "٣",
            ]
        ),
        max_size=12,
    )
)
def test_no_gate_shuts_a_window_its_rule_matches_in(pieces):
    text = "".join(pieces)
    for name, _ in RULES:
        if triggers.rule_gate(name) is not None:
            assert _shut_windows_with_matches(name, text) == [], (name, text)
