import datetime
import io

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, SystemTimex
from factcheck.temporal.evaluation.errors import context, write_errors
from factcheck.temporal.evaluation.scoring import score_document

TEXT = "Filler " * 10 + "Prices rose last September and fell on Saturday." + " filler" * 10


def _at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


DOCUMENT = GoldDocument(
    name="doc",
    text=TEXT,
    creation_date=datetime.date(2011, 5, 22),
    creation_value="2011-05-22",
    timexes=[
        GoldTimex(*_at("last September"), "last September", "DATE", "2010-09"),
        GoldTimex(*_at("Saturday"), "Saturday", "DATE", "2011-05-21"),
    ],
)


def test_context_marks_the_timex_with_sixty_characters_either_side_on_one_line():
    line = context(DOCUMENT, DOCUMENT.timexes[0])
    before, rest = line.split("[[")
    assert rest.startswith("last September]]")
    assert len(before) <= 60 and "\n" not in line


def test_each_kind_of_error_is_written_under_its_document_and_counted():
    result = score_document(
        DOCUMENT,
        [
            SystemTimex(*_at("September"), "September", "DURATION", "2011-09"),
            SystemTimex(*_at("Prices"), "Prices", "DATE", "XXXX"),
        ],
    )
    out = io.StringIO()
    kinds = write_errors(out, "Tiny", [result])
    dump = out.getvalue()
    assert dump.startswith("== Tiny/doc  DCT 2011-05-22\n")
    assert "MISSED    gold 'Saturday'" in dump
    assert "SPURIOUS  sys  'Prices'" in dump
    assert "VALUE+TYPE+SPAN gold 'last September'" in dump
    assert kinds == {"MISSED": 1, "SPURIOUS": 1, "VALUE": 1, "TYPE": 1, "SPAN": 1}
    assert dump.rstrip().endswith("-- Tiny: 1 missed, 1 span, 1 spurious, 1 type, 1 value")


def test_a_perfect_document_writes_only_the_summary():
    perfect = [SystemTimex(t.start, t.end, t.text, t.type, t.value) for t in DOCUMENT.timexes]
    out = io.StringIO()
    write_errors(out, "Tiny", [score_document(DOCUMENT, perfect)])
    assert out.getvalue() == "-- Tiny: 0 missed, 0 spurious\n\n"
