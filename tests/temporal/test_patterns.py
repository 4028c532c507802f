import re

import pytest

from factcheck.temporal.patterns import (
    RULE_SOURCES,
    RULES,
    first_characters,
    with_first_characters,
    without_optional_groups,
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:(a|b)\s)?x", r"(?:(a|b)\s|)x"),
        (r"(a)?b", r"(?:(a)|)b"),
        (r"(?P<n>a)?b", r"(?:(?P<n>a)|)b"),
        (r"(?i:the\s)?year", r"(?i:the\s|)year"),
        # Lazy and possessive optionals, lookarounds and repeats are left as written.
        (r"(?:a)??b", r"(?:a)??b"),
        (r"(?:a)?+b", r"(?:a)?+b"),
        (r"x(?=y)?", r"x(?=y)?"),
        (r"(?:ab){1,3}", r"(?:ab){1,3}"),
        # Brackets and question marks inside classes, or escaped, are text.
        (r"[(]?x\(?[)?]", r"[(]?x\(?[)?]"),
        (r"[]?]x(?:y)?", r"[]?]x(?:y|)"),
    ],
)
def test_without_optional_groups_rewrites_only_greedy_optional_groups(pattern, expected):
    assert without_optional_groups(pattern) == expected


_SAMPLES = [
    "about two years ago, the past three weeks and more than 90 days later",
    "On Friday, May 22, 2011, the 2001 overthrow; last September and mid-1990s.",
    "a couple of months earlier, twenty-five years old, one hundred days-long wait",
    "Q3 2010, the first half of fiscal 2009, 12:30 p.m. EST on Christmas Day",
    "every other Monday, twice a week, the weekend before, the spring of that year",
    "2011-05-22 and 5/22/2011; 22 May 2011, May 18 and 1-3 March, 4 June, the fifth of May",
    "June 2011, March of this year, since '09, the 2019 financial year, 44 BC, in 410.",
    "1999-2001, the 19th century, the fourth quarter, the month of June, New Year's Day",
    "the first half, Sept. 11, the third day of the trial, today and tonight at dawn",
    "on Tuesday night, the next morning, overnight, two and a half years, for some time",
    "for years, daily and weekly, on Mondays, now and currently, at year-end, a year before",
    "the end of the week, that day, the same day, the second week of May, the first Monday",
    "this week, the same month, the same quarter, the year-earlier quarter, a year ago",
    # Characters that match others when case is ignored (long s, Kelvin sign) and digits
    # of other scripts: the first-character guard must let them through as the rule does.
    "ſome ٣ days ago, ſix \u212ailometres, ١٩٩٩ and 2\u0663 March",
]


@pytest.mark.parametrize(("name", "source"), RULE_SOURCES, ids=[name for name, _ in RULE_SOURCES])
def test_each_rule_matches_what_its_source_matches(name, source):
    written, compiled = re.compile(source), dict(RULES)[name]
    for text in _SAMPLES + [text.upper() for text in _SAMPLES]:
        expected = [(m.span(), m.groups()) for m in written.finditer(text)]
        assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == expected


def test_the_samples_above_reach_most_rules():
    # The comparison above means little for a rule the samples never match.
    matched = {name for name, rule in RULES if any(rule.search(text) for text in _SAMPLES)}
    assert len(matched) >= 55, sorted(set(dict(RULES)) - matched)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?i:the|this)\s", "(?i:[t])"),
        (r"(?:(a|b)\s|)c", "[abc]"),  # an optional group lets the next piece start it
        (r"(?<!\w)(?=\d)\d{4}", r"[\d]"),  # lookarounds take no character
        (r"[0-3]?x", "[0-3x]"),
        (r"(?:May|June)(?i:\sabout)?", "[JM]"),
        (r"(?i:ago)|May", "(?i:[Ma])"),  # case ignored for all when it is for any
    ],
)
def test_first_characters_of_a_pattern(pattern, expected):
    assert first_characters(pattern) == expected


@pytest.mark.parametrize("pattern", [r"a?", r"(?:x|)", r".x", r"[^a]x", r"\bx?"])
def test_first_characters_not_told(pattern):
    # A pattern that may match nothing, or start with any character, gets no guard.
    assert first_characters(pattern) is None
    assert with_first_characters(pattern) == pattern


def test_rules_are_guarded_by_their_first_characters():
    guarded = [name for name, pattern in RULES if pattern.pattern.startswith("(?=")]
    assert len(guarded) == len(RULES)
