"""timeline/verbs.py: English verb forms, word by word, for event headlines."""

import re

import pytest

from timeline.verbs import is_participle, is_plural, plural_form, present_form


@pytest.mark.parametrize(
    ("past", "present"),
    [
        ("decided", "decides"),
        ("voted", "votes"),
        ("stopped", "stops"),
        ("agreed", "agrees"),
        ("carried", "carries"),
        ("began", "begins"),
        ("rebuilt", "rebuilds"),
        ("were", "are"),
        ("red", None),  # too short to be a past form
        ("table", None),
    ],
)
def test_present_form_turns_a_plain_past_form_into_the_third_person(past, present):
    assert present_form(past) == present


@pytest.mark.parametrize(
    ("third_person", "plural"),
    [("decides", "decide"), ("passes", "pass"), ("carries", "carry"), ("has", "have")],
)
def test_plural_form_agrees_with_a_plural_subject(third_person, plural):
    assert plural_form(third_person) == plural


@pytest.mark.parametrize(
    ("word", "plural"),
    [("repairs", True), ("police", True), ("Repairs", False), ("business", False)],
)
def test_is_plural_reads_the_subjects_head_word(word, plural):
    assert is_plural(word) is plural


@pytest.mark.parametrize(
    ("word", "participle"), [("voted", True), ("rebuilt", True), ("been", True), ("ran", False)]
)
def test_is_participle_knows_regular_and_irregular_participles(word, participle):
    assert is_participle(re.match(r"\w+", word)) is participle
