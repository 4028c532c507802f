import datetime
from dataclasses import dataclass

import pytest

from factcheck.temporal.evaluation.baselines import as_system_timexes, dateparser_tag, trim_span


def test_trimming_strips_surrounding_whitespace_and_punctuation():
    text = 'He said: "May 18, 2011." Then'
    start, end = trim_span(text, text.index(":") + 1, text.index(" Then"))
    assert text[start:end] == "May 18, 2011"


def test_trimming_an_all_punctuation_span_leaves_it_empty():
    start, end = trim_span("a , . b", 1, 6)
    assert start == end


def test_dateparser_hits_are_dates_with_trimmed_offsets_and_day_values():
    pytest.importorskip("dateparser")
    text = "Shares fell on May 18, 2011, analysts said."
    mentions = dateparser_tag(text, datetime.date(2011, 5, 22))
    assert mentions, "dateparser found nothing"
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text == mention.text.strip(" ,.")
        assert mention.type == "DATE"
    assert any(m.value == "2011-05-18" for m in mentions)


def test_any_tagger_output_is_reduced_to_spans_types_and_values_from_the_text():
    @dataclass
    class Mention:
        start: int
        end: int
        type: str
        value: str

    [timex] = as_system_timexes("on Saturday", [Mention(3, 11, "DATE", "2011-05-21")])
    assert (timex.text, timex.type, timex.value, timex.mod) == (
        "Saturday",
        "DATE",
        "2011-05-21",
        None,
    )
