"""Cutting a sentence into clauses, and tidying a quote into a statement."""

from factcheck.text.clauses import split_clauses, tidy
from factcheck.text.sentences import Segment


def test_a_sentence_with_two_dates_is_cut_into_a_clause_for_each():
    text = (
        "The army attacked the convoy in the east last September, "
        "and the rebels answered with a bombing of the police station in May."
    )
    sentence = Segment(0, len(text), text)
    first = text.index("last September")
    second = text.index("May")
    clauses = split_clauses(text, sentence, [(first, first + 14), (second, second + 3)])
    assert [c.text for c in clauses] == [
        "The army attacked the convoy in the east last September",
        "and the rebels answered with a bombing of the police station in May.",
    ]
    for clause in clauses:
        assert text[clause.start : clause.end] == clause.text


def test_a_sentence_with_one_date_or_no_clean_cut_stays_whole():
    text = "The vote on May 18 and the one on May 20 were close."
    sentence = Segment(0, len(text), text)
    spans = [(12, 18), (34, 40)]
    assert split_clauses(text, sentence, spans[:1]) == [sentence]
    assert split_clauses(text, sentence, spans) == [sentence]


def test_tidy_makes_a_readable_statement():
    assert tidy("and the rebels\n  answered in **May**") == "And the rebels answered in May."
    assert tidy('"It is over," he said.') == '"It is over," he said.'


def test_clauses_with_too_few_words_leave_the_sentence_whole():
    text = "In May, and in June, it rained on the town."
    sentence = Segment(0, len(text), text)
    assert split_clauses(text, sentence, [(3, 6), (15, 19)]) == [sentence]


def test_tidy_drops_a_list_marker_and_a_trailing_separator():
    assert tidy("- the council voted;") == "The council voted."
