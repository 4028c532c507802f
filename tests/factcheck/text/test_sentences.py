"""The sentence splitter for news text (clauses: test_clauses.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.sentences import (
    DATELINE,
    HEADING,
    META,
    SENTENCE,
    sentences,
    split_sentences,
)


def texts(text):
    return [segment.text for segment in sentences(text)]


def test_every_segment_is_a_slice_of_the_text():
    text = "# Title\n\nMay 22, 2011\n\nKABUL, Afghanistan — First one. Second one?\n\nThird “quoted.” Fourth!"
    for segment in split_sentences(text):
        assert text[segment.start : segment.end] == segment.text


def test_it_splits_plain_sentences():
    assert texts("The vote was close. The council met again. Was it fair? Yes!") == [
        "The vote was close.",
        "The council met again.",
        "Was it fair?",
        "Yes!",
    ]


def test_titles_and_honorifics_do_not_end_a_sentence():
    text = "Mr. Smith met Dr. Jones and Gen. Petraeus on St. Mark's Square. They talked."
    assert texts(text) == [
        "Mr. Smith met Dr. Jones and Gen. Petraeus on St. Mark's Square.",
        "They talked.",
    ]


def test_initials_do_not_end_a_sentence():
    assert texts("George W. Bush visited. J. R. R. Tolkien wrote it.") == [
        "George W. Bush visited.",
        "J. R. R. Tolkien wrote it.",
    ]


def test_a_dotted_acronym_ends_a_sentence_only_before_a_sentence_opener():
    assert texts("Troops from the U.S. Army arrived. They left.") == [
        "Troops from the U.S. Army arrived.",
        "They left.",
    ]
    assert texts("He lives in the U.S. The president said so.") == [
        "He lives in the U.S.",
        "The president said so.",
    ]


def test_abbreviated_months_and_numbers_stay_inside_the_sentence():
    assert texts("On Jan. 5 it rose 16.4 percent to $2.5 million. Then it fell.") == [
        "On Jan. 5 it rose 16.4 percent to $2.5 million.",
        "Then it fell.",
    ]


def test_a_quotation_of_several_sentences_stays_with_its_attribution():
    text = '"We will not go. We will stay," the minister said. Others left.'
    assert texts(text) == ['"We will not go. We will stay," the minister said.', "Others left."]
    curly = "“Stop. Now.” he said. Then silence."
    assert texts(curly) == ["“Stop. Now.” he said.", "Then silence."]


def test_a_sentence_ending_inside_quotes_ends_there():
    assert texts('He said: "It is over." The crowd left.') == [
        'He said: "It is over."',
        "The crowd left.",
    ]


def test_an_ellipsis_inside_a_quotation_does_not_split_it():
    text = '"Stand against their rulers. ... This step will hurt," the statement said.'
    assert texts(text) == [text]


def test_a_dateline_is_a_segment_of_its_own():
    text = "KABUL, Afghanistan — The Taliban has warned Kazakhstan. It said more."
    segments = split_sentences(text)
    assert [(s.kind, s.text) for s in segments] == [
        (DATELINE, "KABUL, Afghanistan —"),
        (SENTENCE, "The Taliban has warned Kazakhstan."),
        (SENTENCE, "It said more."),
    ]


def test_wire_service_datelines_are_recognised():
    for dateline in ("WASHINGTON (AP) —", "NEW YORK, May 3 (Reuters) -", "LONDON --"):
        segments = split_sentences(f"{dateline} The bank raised rates.")
        assert segments[0].kind == DATELINE, dateline
        assert segments[1].text == "The bank raised rates."


def test_an_all_capitals_sentence_is_not_taken_for_a_dateline():
    assert split_sentences("NATO said so.")[0].kind == SENTENCE


def test_headings_date_lines_outlets_and_links_are_marked_not_sentences():
    text = (
        "# Taliban Warns Kazakhstan\n\nMay 22, 2011\n\n**The Moscow Times**\n\n"
        "The statement came on Saturday.\n\nOriginal url:\n\n<https://example.org/a>"
    )
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert kinds == [
        (HEADING, "# Taliban Warns Kazakhstan"),
        (META, "May 22, 2011"),
        (META, "**The Moscow Times**"),
        (SENTENCE, "The statement came on Saturday."),
        (META, "Original url:"),
        (META, "<https://example.org/a>"),
    ]


def test_header_lines_without_blank_lines_are_still_peeled_off():
    text = "# Title\nMay 22, 2011\nThe council met. It voted."
    assert [(s.kind, s.text) for s in split_sentences(text)] == [
        (HEADING, "# Title"),
        (META, "May 22, 2011"),
        (SENTENCE, "The council met."),
        (SENTENCE, "It voted."),
    ]


def test_a_hard_wrapped_paragraph_is_read_as_one():
    text = "The council voted on\nMay 18 to close the bridge.\nRepairs begin soon."
    assert texts(text) == [
        "The council voted on\nMay 18 to close the bridge.",
        "Repairs begin soon.",
    ]


def test_a_blank_line_always_ends_a_sentence():
    assert texts("A heading without a stop\n\nThe text.") == [
        "A heading without a stop",
        "The text.",
    ]


def test_list_items_are_sentences_without_their_markers():
    assert texts("- First item here.\n- Second item here.") == [
        "First item here.",
        "Second item here.",
    ]


def test_empty_and_blank_text_have_no_segments():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_a_long_line_starting_like_a_heading_is_still_prose():
    text = "# " + "The council met. " * 30
    segments = split_sentences(text)
    assert len(segments) == 30
    assert {segment.kind for segment in segments} == {SENTENCE}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"abAB .!?\n\"“”'—-,;:0123456789#*<>", "Mr.", "U.S.", "May 3", "KABUL, Kabul — "]
        ),
        max_size=120,
    ).map("".join)
)
def test_any_text_splits_into_ordered_disjoint_slices(text):
    previous_end = 0
    for segment in split_sentences(text):
        assert text[segment.start : segment.end] == segment.text
        assert segment.text == segment.text.strip() and segment.text
        assert segment.start >= previous_end
        previous_end = segment.end


def test_a_title_case_line_of_its_own_is_a_heading_not_a_sentence():
    text = "The Siege of Belfort and Its Aftermath.\n\nThe siege began in 1870."
    assert [(s.kind, s.text) for s in split_sentences(text)] == [
        (HEADING, "The Siege of Belfort and Its Aftermath."),
        (SENTENCE, "The siege began in 1870."),
    ]


def test_a_hard_wrapped_line_of_names_is_still_prose():
    text = "President Barack Obama\nsaid on Tuesday that he would go."
    assert [s.kind for s in split_sentences(text)] == [SENTENCE]


def test_a_sentence_case_headline_stays_a_sentence():
    assert split_sentences("Kazakhstan votes to send troops")[0].kind == SENTENCE
