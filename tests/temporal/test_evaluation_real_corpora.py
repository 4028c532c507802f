"""The readers against the development corpora in ../shared, when they are there.

Counts are the corpora README's; the slices are checked against the XML independently of
the readers (TimeML: the TIMEX3 element's own text; MEANTIME: its anchored tokens).
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck.temporal.bench import DEFAULT_PATH
from factcheck.temporal.evaluation.meantime import read_meantime
from factcheck.temporal.evaluation.timeml import read_timeml

pytestmark = pytest.mark.skipif(not DEFAULT_PATH.is_dir(), reason=f"no corpora at {DEFAULT_PATH}")


@pytest.mark.parametrize(
    ("folder", "documents", "timexes"),
    [("tbaq-cleaned/TimeBank", 183, 1243), ("tbaq-cleaned/AQUAINT", 73, 579)],
)
def test_timeml_slices_equal_the_annotated_strings(folder, documents, timexes):
    paths = sorted((DEFAULT_PATH / folder).glob("*.tml"))
    found = 0
    for path in paths:
        document = read_timeml(path)
        annotated = [
            element.text
            for element in ET.parse(path).getroot().find(".//TEXT").iter("TIMEX3")
            if element.text
        ]
        assert [document.text[t.start : t.end] for t in document.timexes] == annotated
        found += len(document.timexes)
    assert (len(paths), found) == (documents, timexes)


def test_meantime_slices_hold_the_annotated_tokens_within_the_scored_region():
    paths = sorted(Path(DEFAULT_PATH / "meantime_en").glob("*/*.xml"))
    found = datelines = 0
    for path in paths:
        document = read_meantime(path)
        root = ET.parse(path).getroot()
        words = {token.get("t_id"): token.text for token in root.iter("token")}
        annotated = {
            element.get("m_id"): "".join(words[a.get("t_id")] for a in element.iter("token_anchor"))
            for element in root.find("Markables").iter("TIMEX3")
        }
        for timex in document.timexes:
            assert "".join(document.text[timex.start : timex.end].split()) == annotated[timex.tid]
            assert timex.end <= document.scored_until
        found += len(document.timexes)
        datelines += sum(t.is_creation_time for t in document.timexes)
    assert (len(paths), found, datelines) == (120, 488, 120)
