"""Reader for MEANTIME's NewsReader CAT XML: tokens plus stand-off TIMEX3 markables.

CAT files carry tokens, not the article's text, so the text is rebuilt from them with
plain English spacing ("Dec. 10 , 2013" becomes "Dec. 10, 2013", "$ 48" becomes "$48") and
every token's offsets are recorded on the way; a timex spans its first to last token.
The title and the dateline (the first two sentences in Wikinews) each get a line.

Only the title, the dateline and the first few sentences are annotated, so the document is
scored up to the end of the last sentence any markable touches (`scored_until`).

The creation time is the TIMEX3 with functionInDocument="CREATION_TIME". Its tokens are
the dateline, which is in the text a tagger reads, so it stays a gold timex (flagged
`is_creation_time`). Two files mark their dateline "NONE" instead; for those the first
day-precise DATE in the dateline sentence stands in. One file writes its creation time
day first ("03-02-2009" for the dateline "February 03, 2009"); such values are rewritten
as ISO dates, in the timex too, since no tagger should be asked to reproduce the slip.

Only for trusted corpus files: xml.etree does not defend against every entity trick.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, parse_creation_date
from factcheck.temporal.evaluation.timeml import CorpusFormatError

# Tokens glued to the previous one: punctuation, closing quotes, English clitics.
_NO_SPACE_BEFORE = frozenset(
    (",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "''", "\u201d", "\u2019", "'")
) | frozenset(("'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T"))
# Tokens glued to the next one: opening brackets and quotes, currency signs.
_NO_SPACE_AFTER = frozenset(["(", "[", "{", "``", "\u201c", "\u2018", "$", "#", "\u00a3", "\u20ac"])
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_FIRST_VALUE = re.compile(r"(\d{2})-(\d{2})-(\d{4})")
_HEADER_SENTENCES = 2  # Wikinews: the title, then the dateline.


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    sentence: int


def read_meantime(path: str | Path) -> GoldDocument:
    path = Path(path)
    return parse_meantime(path.read_bytes(), name=path.stem, path=str(path))


def parse_meantime(source: str | bytes, *, name: str, path: str = "") -> GoldDocument:
    root = ET.fromstring(source)
    if root.tag != "Document":
        raise CorpusFormatError(f"{name}: not a CAT document (root is <{root.tag}>)")
    text, tokens = _rebuild_text(root)
    markables = root.find("Markables")
    if markables is None:
        markables = ET.Element("Markables")

    annotated_sentences = [
        tokens[anchor.get("t_id", "")].sentence
        for anchor in markables.iter("token_anchor")
        if anchor.get("t_id") in tokens
    ]
    scored_until = None
    if annotated_sentences:
        last_sentence = max(annotated_sentences)
        scored_until = max(t.end for t in tokens.values() if t.sentence == last_sentence)

    timexes: list[GoldTimex] = []
    creation_value = ""
    for element in markables.iter("TIMEX3"):
        anchored = [
            tokens[anchor.get("t_id", "")]
            for anchor in element.iter("token_anchor")
            if anchor.get("t_id") in tokens
        ]
        is_creation_time = element.get("functionInDocument") == "CREATION_TIME"
        value = element.get("value", "")
        if is_creation_time:
            value = _iso_creation_value(value)
            creation_value = value
        # A TIMEX3 without tokens (an implicit interval bound) has nothing to find.
        if not anchored:
            continue
        start = min(token.start for token in anchored)
        end = max(token.end for token in anchored)
        timexes.append(
            GoldTimex(
                start=start,
                end=end,
                text=text[start:end],
                type=element.get("type", ""),
                value=value,
                mod=element.get("mod") or None,
                tid=element.get("m_id", ""),
                is_creation_time=is_creation_time,
            )
        )
    timexes.sort(key=lambda timex: (timex.start, timex.end))

    if not creation_value:
        timexes, creation_value = _dateline_as_creation_time(timexes, tokens, name)
    return GoldDocument(
        name=name,
        text=text,
        creation_date=parse_creation_date(creation_value),
        creation_value=creation_value,
        timexes=timexes,
        scored_until=scored_until,
        path=path,
    )


def _iso_creation_value(value: str) -> str:
    day_first = _DAY_FIRST_VALUE.fullmatch(value)
    if day_first:
        day, month, year = day_first.groups()
        return f"{year}-{month}-{day}"
    return value


def _rebuild_text(root: ET.Element) -> tuple[str, dict[str, _Token]]:
    pieces: list[str] = []
    tokens: dict[str, _Token] = {}
    length = 0
    previous_sentence: int | None = None
    glue_next = True  # nothing before the first token
    double_quote_open = False
    for element in root.iter("token"):
        word = element.text or ""
        if not word:
            continue
        sentence = int(element.get("sentence", "0"))
        if previous_sentence is None:
            separator = ""
        elif sentence != previous_sentence:
            separator = "\n" if previous_sentence < _HEADER_SENTENCES else " "
        elif glue_next or word in _NO_SPACE_BEFORE:
            separator = ""
        elif word == '"':
            # A straight quote closes when one is open, else opens: only the closer is glued.
            separator = "" if double_quote_open else " "
        else:
            separator = " "
        pieces.append(separator)
        length += len(separator)
        tokens[element.get("t_id", "")] = _Token(length, length + len(word), sentence)
        pieces.append(word)
        length += len(word)
        if word == '"':
            double_quote_open = not double_quote_open
            glue_next = double_quote_open
        else:
            # "US$", "A$" glue like "$".
            glue_next = word in _NO_SPACE_AFTER or (len(word) <= 3 and word.endswith("$"))
        previous_sentence = sentence
    return "".join(pieces), tokens


def _dateline_as_creation_time(
    timexes: list[GoldTimex], tokens: dict[str, _Token], name: str
) -> tuple[list[GoldTimex], str]:
    dateline_ends = [t.end for t in tokens.values() if t.sentence < _HEADER_SENTENCES]
    header_end = max(dateline_ends, default=0)
    for index, timex in enumerate(timexes):
        if timex.end <= header_end and timex.type == "DATE" and _DAY_VALUE.match(timex.value):
            flagged = GoldTimex(
                start=timex.start,
                end=timex.end,
                text=timex.text,
                type=timex.type,
                value=timex.value,
                mod=timex.mod,
                tid=timex.tid,
                is_creation_time=True,
            )
            return [*timexes[:index], flagged, *timexes[index + 1 :]], timex.value
    raise CorpusFormatError(f"{name}: no creation time and no dated dateline")


def is_meantime_file(path: Path) -> bool:
    """A CAT document: an .xml file whose root element is <Document>."""
    if path.suffix != ".xml":
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    return b"<Document" in head
