import datetime
from pathlib import Path

import pytest

from factcheck.temporal.evaluation.meantime import is_meantime_file, parse_meantime, read_meantime
from factcheck.temporal.evaluation.timeml import CorpusFormatError

ARTICLE = Path(__file__).parent / "fixtures" / "corpora" / "tiny-meantime" / "corpus_a"
TEXT = (
    "GM cuts jobs\n"
    "December 10, 2013\n"
    'GM said today it lost $48 in the company\'s "worst year" (2009). '
    "It will recover next year. "
    "Unannotated since May 2012."
)


@pytest.fixture
def document():
    return read_meantime(ARTICLE / "1_Tiny_article.xml")


def _cat(tokens: str, markables: str) -> str:
    return f'<Document doc_name="x">{tokens}<Markables>{markables}</Markables></Document>'


def _token(t_id: int, sentence: int, word: str) -> str:
    return f'<token number="{t_id}" sentence="{sentence}" t_id="{t_id}">{word}</token>'


def test_it_rebuilds_the_text_with_english_spacing_title_and_dateline_on_their_own_lines(
    document,
):
    assert document.text == TEXT


def test_every_offset_slices_out_the_annotated_tokens(document):
    assert [(t.text, document.text[t.start : t.end]) for t in document.timexes] == [
        ("December 10, 2013", "December 10, 2013"),
        ("today", "today"),
        ("2009", "2009"),
    ]


def test_the_dateline_is_the_creation_time_and_stays_a_gold_timex(document):
    assert document.creation_date == datetime.date(2013, 12, 10)
    dateline = document.timexes[0]
    assert dateline.is_creation_time
    assert (dateline.type, dateline.value) == ("DATE", "2013-12-10")
    assert not any(t.is_creation_time for t in document.timexes[1:])


def test_scoring_stops_at_the_end_of_the_last_sentence_any_markable_touches(document):
    # Sentence 3 holds only an entity mention; sentence 4 is not annotated at all.
    assert document.text[: document.scored_until].endswith("It will recover next year.")
    assert document.scored_text_length == document.scored_until


def test_a_timex_without_tokens_is_not_gold(document):
    assert "2014" not in [t.value for t in document.timexes]


def test_a_dateline_marked_NONE_stands_in_for_a_missing_creation_time():
    source = _cat(
        _token(1, 0, "Title")
        + _token(2, 1, "April")
        + _token(3, 1, "27")
        + _token(4, 1, ",")
        + _token(5, 1, "2005")
        + _token(6, 2, "Now")
        + _token(7, 2, "."),
        '<TIMEX3 functionInDocument="NONE" m_id="1" type="DATE" value="2005-04-27">'
        '<token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/>'
        '<token_anchor t_id="5"/></TIMEX3>'
        '<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="PRESENT_REF">'
        '<token_anchor t_id="6"/></TIMEX3>',
    )
    document = parse_meantime(source, name="x")
    assert document.creation_date == datetime.date(2005, 4, 27)
    assert [t.is_creation_time for t in document.timexes] == [True, False]


def test_a_day_first_creation_value_is_read_as_an_iso_date():
    source = _cat(
        _token(1, 0, "Title") + _token(2, 1, "February") + _token(3, 1, "03"),
        '<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="03-02-2009">'
        '<token_anchor t_id="2"/><token_anchor t_id="3"/></TIMEX3>',
    )
    document = parse_meantime(source, name="x")
    assert document.creation_date == datetime.date(2009, 2, 3)
    assert document.timexes[0].value == "2009-02-03"


def test_a_document_without_any_creation_time_is_refused():
    source = _cat(_token(1, 0, "Title") + _token(2, 1, "Hello"), "")
    with pytest.raises(CorpusFormatError, match="creation time"):
        parse_meantime(source, name="x")


def test_it_recognises_cat_files_by_their_root_element(tmp_path):
    cat = tmp_path / "a.xml"
    cat.write_text('<?xml version="1.0" ?><Document doc_id="1"></Document>')
    other = tmp_path / "b.xml"
    other.write_text("<TimeML></TimeML>")
    assert is_meantime_file(cat)
    assert not is_meantime_file(other)
    assert not is_meantime_file(tmp_path / "c.tml")
