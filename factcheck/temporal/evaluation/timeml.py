"""Reader for TimeML `.tml` files (TimeBank, AQUAINT): TIMEX3 inline in <TEXT>.

The text is everything inside <TEXT> with the tags removed, entities decoded, so offsets
are into exactly the string a tagger sees. The creation time is the TIMEX3 with
functionInDocument="CREATION_TIME" (in <DCT>, outside the text, so never scored).

Only for trusted corpus files: xml.etree does not defend against every entity trick.
"""

import xml.etree.ElementTree as ET
from pathlib import Path

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, parse_creation_date


class CorpusFormatError(ValueError):
    """A corpus file lacks what the evaluator needs (a <TEXT>, a creation time)."""


def read_timeml(path: str | Path) -> GoldDocument:
    path = Path(path)
    return parse_timeml(path.read_bytes(), name=path.stem, path=str(path))


def parse_timeml(source: str | bytes, *, name: str, path: str = "") -> GoldDocument:
    root = ET.fromstring(source)
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise CorpusFormatError(f"{name}: no <TEXT> element")
    creation = next(
        (
            timex
            for timex in root.iter("TIMEX3")
            if timex.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    if creation is None:
        raise CorpusFormatError(f"{name}: no TIMEX3 with functionInDocument=CREATION_TIME")
    creation_value = creation.get("value", "")

    pieces: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    length = 0

    def append(chunk: str | None) -> None:
        nonlocal length
        if chunk:
            pieces.append(chunk)
            length += len(chunk)

    def walk(element: ET.Element) -> None:
        append(element.text)
        for child in element:
            start = length
            walk(child)
            end = length
            # A TIMEX3 without text (an implicit interval bound) has nothing to find.
            if child.tag == "TIMEX3" and end > start:
                spans.append((child, start, end))
            append(child.tail)

    walk(text_element)
    text = "".join(pieces)
    timexes = [_gold_timex(element, start, end, text[start:end]) for element, start, end in spans]
    return GoldDocument(
        name=name,
        text=text,
        creation_date=parse_creation_date(creation_value),
        creation_value=creation_value,
        timexes=sorted(timexes, key=lambda timex: (timex.start, timex.end)),
        path=path,
    )


def _gold_timex(element: ET.Element, start: int, end: int, text: str) -> GoldTimex:
    return GoldTimex(
        start=start,
        end=end,
        text=text,
        type=element.get("type", ""),
        value=element.get("value", ""),
        mod=element.get("mod") or None,
        tid=element.get("tid", ""),
        is_creation_time=element.get("functionInDocument") == "CREATION_TIME",
    )


def is_timeml_file(path: Path) -> bool:
    return path.suffix == ".tml"
