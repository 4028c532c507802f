import datetime

import pytest

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, SystemTimex
from factcheck.temporal.evaluation.scoring import Scores, score_document

TEXT = "On Saturday, May 21, shares fell; last September they rose for three years."


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def gold(phrase: str, type: str = "DATE", value: str = "", **extra) -> GoldTimex:
    start, end = _span(phrase)
    return GoldTimex(start, end, phrase, type, value, **extra)


def system(phrase: str, type: str = "DATE", value: str = "") -> SystemTimex:
    start, end = _span(phrase)
    return SystemTimex(start, end, phrase, type, value)


def document(*timexes: GoldTimex, scored_until: int | None = None) -> GoldDocument:
    return GoldDocument(
        name="doc",
        text=TEXT,
        creation_date=datetime.date(2011, 5, 22),
        creation_value="2011-05-22",
        timexes=list(timexes),
        scored_until=scored_until,
    )


GOLD = (
    gold("Saturday, May 21", value="2011-05-21"),
    gold("last September", value="2010-09"),
    gold("three years", "DURATION", "P3Y"),
)


def test_identical_spans_match_strictly_and_relaxedly():
    scores = score_document(document(*GOLD), [system("last September", value="2010-09")]).scores
    assert (scores.strict_system_hits, scores.relaxed_system_hits) == (1, 1)
    assert (scores.strict_gold_hits, scores.relaxed_gold_hits) == (1, 1)
    assert scores.strict_precision == scores.relaxed_precision == 1.0
    assert scores.strict_recall == pytest.approx(1 / 3)


def test_an_overlap_of_one_character_is_a_relaxed_match_only():
    scores = score_document(document(*GOLD), [system("September", value="2010-09")]).scores
    assert scores.strict_precision == 0.0
    assert scores.relaxed_precision == 1.0
    assert scores.relaxed_recall == pytest.approx(1 / 3)
    assert scores.value_accuracy == 1.0


def test_adjacent_spans_do_not_match():
    # "May 21" ends where ", shares" begins: touching is not overlapping.
    scores = score_document(document(gold("May 21")), [system(", shares")]).scores
    assert scores.relaxed_system_hits == scores.relaxed_gold_hits == 0


def test_precision_counts_each_system_timex_once_even_over_two_gold_ones():
    split_gold = (gold("Saturday", value="2011-05-21"), gold("May 21", value="2011-05-21"))
    scores = score_document(document(*split_gold), [system("Saturday, May 21")]).scores
    assert (scores.system, scores.relaxed_system_hits) == (1, 1)
    assert (scores.gold, scores.relaxed_gold_hits) == (2, 2)


def test_recall_counts_each_gold_timex_once_even_under_two_system_ones():
    scores = score_document(
        document(GOLD[0]),
        [system("Saturday", value="2011-05-21"), system("May 21", value="2011-05-21")],
    ).scores
    assert (scores.gold, scores.relaxed_gold_hits, scores.strict_gold_hits) == (1, 1, 0)
    assert (scores.system, scores.relaxed_system_hits) == (2, 2)
    assert scores.relaxed_precision == scores.relaxed_recall == 1.0


def test_value_and_type_are_compared_on_the_best_overlapping_system_timex():
    result = score_document(
        document(gold("last September", value="2010-09")),
        [system("last", value="XXXX"), system("last September", value="2010-09")],
    )
    assert result.matches == [
        (result.document.timexes[0], system("last September", value="2010-09"))
    ]
    assert result.scores.value_correct == 1


def test_value_f1_is_value_accuracy_times_relaxed_f1():
    scores = score_document(
        document(*GOLD),
        [
            system("Saturday", value="2011-05-21"),  # right value, relaxed span
            system("last September", value="2011-09"),  # wrong value
            system("three years", "DATE", "P3Y"),  # wrong type
            system("shares"),  # spurious
        ],
    ).scores
    assert scores.relaxed_precision == pytest.approx(3 / 4)
    assert scores.relaxed_recall == 1.0
    assert scores.value_accuracy == pytest.approx(2 / 3)
    assert scores.value_f1 == pytest.approx(scores.value_accuracy * scores.relaxed_f1)
    assert scores.type_accuracy == pytest.approx(2 / 3)
    assert scores.type_f1 == pytest.approx(scores.type_accuracy * scores.relaxed_f1)


def test_missed_and_spurious_timexes_are_listed():
    result = score_document(
        document(*GOLD), [system("shares"), system("three years", "DURATION", "P3Y")]
    )
    assert [t.text for t in result.missed] == ["Saturday, May 21", "last September"]
    assert [t.text for t in result.spurious] == ["shares"]


def test_no_gold_and_no_system_scores_zero_without_dividing_by_zero():
    scores = score_document(document(), []).scores
    assert scores == Scores()
    assert (scores.strict_f1, scores.relaxed_f1, scores.value_f1, scores.type_f1) == (0, 0, 0, 0)
    assert scores.value_accuracy == scores.type_accuracy == 0.0


def test_no_system_output_gives_zero_precision_and_recall():
    scores = score_document(document(*GOLD), []).scores
    assert (scores.gold, scores.system) == (3, 0)
    assert scores.relaxed_precision == scores.relaxed_recall == scores.relaxed_f1 == 0.0
    assert scores.value_accuracy == 0.0


def test_system_output_without_gold_is_all_spurious():
    scores = score_document(document(), [system("shares")]).scores
    assert (scores.system, scores.relaxed_system_hits) == (1, 0)
    assert scores.relaxed_recall == scores.relaxed_f1 == 0.0


def test_system_timexes_after_the_annotated_region_are_not_scored():
    cut = _span("last September")[0]
    result = score_document(
        document(GOLD[0], scored_until=cut),
        [system("Saturday, May 21", value="2011-05-21"), system("three years", "DURATION", "P3Y")],
    )
    assert result.scores.system == 1
    assert result.scores.relaxed_precision == 1.0


def test_a_creation_time_in_the_text_is_scored_unless_left_out():
    dateline = gold("Saturday, May 21", value="2011-05-21", is_creation_time=True)
    output = [
        system("Saturday, May 21", value="2011-05-21"),
        system("last September", value="2010-09"),
    ]
    scored = score_document(document(dateline, GOLD[1]), output).scores
    assert (scored.gold, scored.system, scored.strict_gold_hits) == (2, 2, 2)
    left_out = score_document(document(dateline, GOLD[1]), output, score_creation_time=False).scores
    assert (left_out.gold, left_out.system, left_out.strict_gold_hits) == (1, 1, 1)
    assert left_out.relaxed_precision == 1.0


def test_scores_add_up_over_documents_before_ratios_are_taken():
    first = score_document(document(*GOLD), [system("last September", value="2010-09")]).scores
    second = score_document(document(), [system("shares")]).scores
    total = first + second
    assert (total.gold, total.system, total.relaxed_system_hits) == (3, 2, 1)
    assert total.relaxed_precision == 0.5
