import datetime
from pathlib import Path

import pytest

from factcheck.temporal.evaluation.timeml import CorpusFormatError, parse_timeml, read_timeml

CORPORA = Path(__file__).parent / "fixtures" / "corpora"


@pytest.fixture
def document():
    return read_timeml(CORPORA / "tiny-tbaq" / "TimeBank" / "wsj_0001.tml")


def test_it_recovers_the_text_inside_TEXT_without_tags_and_with_entities_decoded(document):
    assert document.text == (
        "\nShares fell on Saturday & rose last September.\nThe fund has run for three years.\n"
    )


def test_every_offset_slices_out_the_annotated_string(document):
    assert [(t.text, document.text[t.start : t.end]) for t in document.timexes] == [
        ("Saturday", "Saturday"),
        ("last September", "last September"),
        ("three years", "three years"),
    ]


def test_it_keeps_type_value_and_id(document):
    assert [(t.tid, t.type, t.value) for t in document.timexes] == [
        ("t1", "DATE", "2011-05-21"),
        ("t2", "DATE", "2010-09"),
        ("t3", "DURATION", "P3Y"),
    ]


def test_the_creation_time_comes_from_the_DCT_and_is_not_a_gold_timex(document):
    assert document.creation_date == datetime.date(2011, 5, 22)
    assert document.creation_value == "2011-05-22"
    assert not any(t.is_creation_time for t in document.timexes)
    assert "05/22/2011" not in document.text


def test_an_empty_timex_is_not_gold(document):
    assert "2012" not in [t.value for t in document.timexes]


def test_a_creation_time_with_a_clock_time_gives_its_day():
    document = read_timeml(CORPORA / "tiny-tbaq" / "AQUAINT" / "APW19980101.0001.tml")
    assert document.creation_date == datetime.date(1998, 1, 1)
    assert document.creation_value == "1998-01-01T10:30:00"
    assert [document.text[t.start : t.end] for t in document.timexes] == ["Now", "last year"]


def test_the_whole_text_is_scored():
    document = read_timeml(CORPORA / "tiny-tbaq" / "AQUAINT" / "APW19980101.0001.tml")
    assert document.scored_until is None
    assert document.scored_text_length == len(document.text)


def test_a_file_without_creation_time_is_refused():
    with pytest.raises(CorpusFormatError, match="CREATION_TIME"):
        parse_timeml("<TimeML><TEXT>On Monday.</TEXT></TimeML>", name="x")


def test_a_file_without_text_is_refused():
    with pytest.raises(CorpusFormatError, match="TEXT"):
        parse_timeml("<TimeML><DCT></DCT></TimeML>", name="x")
