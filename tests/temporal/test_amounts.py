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
        ("He is 47 years old.", "47 years old", "DURATION", "P47Y"),
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
        ("They meet each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("Sales rose in recent years.", "recent years", "DATE", "PAST_REF"),
        ("Prices are currently low.", "currently", "DATE", "PRESENT_REF"),
        ("Profit rose in the year ended March 31.", "the year", "DURATION", "P1Y"),
    ],
)
def test_it_values_amounts_of_time_the_timeml_way(text, span, type_, value):
    assert (span, type_, value) in [(m.text, m.type, m.value) for m in tag(text, ANCHOR)]


@pytest.mark.parametrize(
    "text",
    [
        "About three-quarters of the staff left.",
        "About a quarter of the dealers closed.",
        "It rose for a second consecutive day.",
        "The now-cancelled deal.",
        "A six-year-old boy was found.",
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
