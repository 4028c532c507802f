"""Sentences in news text, as character spans into the original string.

Pure Python, no Django: every span keeps its offsets, so a claim's quote is always
`text[start:end]`. The splitter knows the habits of wire copy:

- abbreviations and titles (Mr., Gen., St., Jan.) and initials (George W. Bush) never
  end a sentence; dotted acronyms (U.S., U.N.) end one only before a word that usually
  starts a sentence ("... in the U.S. The president said");
- numbers such as 16.4 and $2.5 million are never split (no space after the point);
- a quotation of several sentences stays with its attribution ("“A. B.” he said.");
- a blank line always ends a sentence; a single line break only after final punctuation,
  so hard-wrapped paragraphs are read as one;
- a dateline ("KABUL, Afghanistan —", "WASHINGTON (AP) -") is its own segment, and so
  are headings ("# Title"), date lines ("May 22, 2011") and bare links.

Cutting a sentence into clauses, and tidying a quote into a statement, live in
factcheck.text.clauses; they stay importable from here, where callers found them first.
"""

import bisect
import re
from dataclasses import dataclass

SENTENCE, HEADING, DATELINE, META = "sentence", "heading", "dateline", "meta"


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int  # exclusive: text[start:end] == segment.text
    text: str
    kind: str = SENTENCE


# Packed by hand: one word a line would make these lists most of the module.
# fmt: off
# Titles and other words that are followed by a name or a number, never by a full stop.
NEVER_FINAL = frozenset([
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt",
    "cpt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det",
    "insp", "st", "mt", "ft", "fr", "sr", "jr", "no", "nos", "vol", "art", "fig", "op",
    "pp", "ed", "eds", "approx", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "dept", "est"
])
# Abbreviations that may end a sentence: they do when a typical sentence opener follows.
MAYBE_FINAL = frozenset(["inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "al"])
SENTENCE_OPENERS = frozenset([
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
    "their", "our", "this", "that", "these", "those", "there", "but", "and", "so",
    "yet", "in", "on", "at", "for", "after", "before", "when", "while", "since", "if",
    "as", "by", "with", "from", "to", "of", "officials", "police", "analysts",
    "experts", "critics", "some", "many", "most", "no", "one", "two", "three", "mr",
    "mrs", "ms", "dr"
])
# fmt: on

TERMINAL = ".!?…"
CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"

# "KABUL, Afghanistan —", "WASHINGTON (AP) —", "NEW YORK, May 3 (Reuters) -": capitals,
# optionally a comma and a region or date, an optional agency, then a dash.
DATELINE_RE = re.compile(
    r"""\A[ \t]*
    (?:[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+)*)          # PLACE in capitals
    (?:,[ ][A-Z][\w.'’\-]*(?:,?[ ][A-Z0-9][\w.'’\-]*){0,3})?  # , Region or , May 3, 2011
    (?:[ ]\([A-Za-z][\w ./&-]{0,30}\))?                    # (AP)
    [ \t]*(?:—|–|--|-)[ \t]*""",
    re.VERBOSE,
)
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A line that is only a date: "May 22, 2011", "Sunday, May 22, 2011", "2011-05-22", "22 May 2011".
DATE_LINE_RE = re.compile(
    rf"""\A\s*(?:{WEEKDAYS},?\s+)?(?:
        {MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}\s+{MONTHS}\s+\d{{4}}
      | \d{{4}}-\d{{2}}-\d{{2}}
    )(?:\s*[|·,]\s*[\d:]+\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# Lines that are links or link labels, not prose: "Original url:", "<https://...>", "Source: https://...".
META_LINE_RE = re.compile(
    r"""\A\s*(?:
        <?https?://\S+>?
      | (?:original\s+)?(?:url|link|source|read\s+more|published|updated)\s*:.*
      | \*{0,2}by\s+[A-Z][\w.'’\- ]{1,80}\*{0,2}
    )\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
HEADING_RE = re.compile(r"\A\s*#{1,6}\s+\S")
# Used with .match(text, pos): no \A, which would only match at the string's real start.
LIST_MARKER_RE = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def split_sentences(text: str) -> list[Segment]:
    """Every segment of the text in order: sentences, plus headings, date lines, links
    and datelines marked with their own `kind` so callers can skip them."""
    segments: list[Segment] = []
    for para_start, para_end in _paragraphs(text):
        segments.extend(_split_paragraph(text, para_start, para_end))
    return segments


def sentences(text: str) -> list[Segment]:
    return [segment for segment in split_sentences(text) if segment.kind == SENTENCE]


def _paragraphs(text: str):
    position = 0
    for match in BLANK_LINE_RE.finditer(text):
        yield position, match.start()
        position = match.end()
    yield position, len(text)


def _split_paragraph(text: str, start: int, end: int) -> list[Segment]:
    start, end = trim_span(text, start, end)
    if start >= end:
        return []
    # Headings, date lines, bylines and links sit on lines of their own at either end
    # of a paragraph (often with no blank line before the prose): peel them off.
    head, tail = [], []
    while start < end:
        line_end = text.find("\n", start, end)
        line_end = end if line_end == -1 else line_end
        kind = _line_kind(text[start:line_end])
        if kind == SENTENCE and _is_title_line(text, start, line_end, end):
            kind = HEADING
        if kind == SENTENCE:
            break
        head.append(_segment(text, start, line_end, kind))
        start, end = trim_span(text, line_end, end)
    while start < end:
        line_start = text.rfind("\n", start, end) + 1 or start
        line_start = max(line_start, start)
        kind = _line_kind(text[line_start:end])
        if kind == SENTENCE:
            break
        tail.insert(0, _segment(text, line_start, end, kind))
        start, end = trim_span(text, start, line_start)
    if start >= end:
        return head + tail
    paragraph = text[start:end]

    segments = []
    dateline = DATELINE_RE.match(paragraph)
    # Only a real dateline: the place must be followed by prose, not be the whole line.
    if dateline and dateline.end() < len(paragraph) and len(dateline.group().strip()) > 3:
        dateline_end = start + dateline.end()
        trimmed_start, trimmed_end = trim_span(text, start, dateline_end)
        segments.append(
            Segment(trimmed_start, trimmed_end, text[trimmed_start:trimmed_end], DATELINE)
        )
        start = dateline_end
    marker = LIST_MARKER_RE.match(text, start, end)
    if marker:
        start = marker.end()

    cut_points = _boundaries(text, start, end)
    previous = start
    for cut in [*cut_points, end]:
        seg_start, seg_end = trim_span(text, previous, cut)
        if marker := LIST_MARKER_RE.match(text, seg_start, seg_end):
            seg_start = marker.end()
        if seg_start < seg_end:
            segments.append(Segment(seg_start, seg_end, text[seg_start:seg_end], SENTENCE))
        previous = cut
    return head + segments + tail


MAX_LABEL_LINE = 300  # a heading, date or link line is short; a longer line is prose


def _line_kind(line: str) -> str:
    if len(line) > MAX_LABEL_LINE:
        return SENTENCE
    if HEADING_RE.match(line):
        return HEADING
    if DATE_LINE_RE.match(line):
        return META
    if META_LINE_RE.match(line):
        return META
    stripped = line.strip()
    # A bold line on its own ("**The Moscow Times**") is an outlet or section label.
    if re.fullmatch(r"\*\*[^*]{1,120}\*\*|__[^_]{1,120}__", stripped):
        return META
    return SENTENCE


# Short words a title leaves in lower case: "The Siege of Belfort and Its Aftermath".
_TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by",
    "as", "from", "with", "into", "over", "per", "via", "vs",
})  # fmt: skip
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MAX_TITLE_LINE = 120


def _is_title_line(text: str, start: int, line_end: int, end: int) -> bool:
    """Whether the line is a title in Title Case ("The Siege of Belfort and Its
    Aftermath."), not prose: every word but the small ones capitalised, and the line a
    paragraph of its own or followed by a line that starts anew (a hard-wrapped
    "President Barack Obama\nsaid on Tuesday" goes on in lower case)."""
    line = text[start:line_end].strip()
    if len(line) > MAX_TITLE_LINE:
        return False
    words = _TITLE_WORD.findall(line)
    if len(words) < 3:
        return False
    if any(word[0].islower() and word.lower() not in _TITLE_SMALL_WORDS for word in words):
        return False
    # By position: a copy of the rest of the paragraph for each line made a text of
    # many Title Case lines quadratic.
    following, _ = trim_span(text, line_end, end)
    if following == end:
        return True
    return text[following].isupper() or not text[following].isalpha()


def _segment(text: str, start: int, end: int, kind: str) -> Segment:
    start, end = trim_span(text, start, end)
    return Segment(start, end, text[start:end], kind)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside balanced double quotes; an unclosed quote (common when a quotation
    runs on into the next paragraph) protects nothing."""
    regions, open_at = [], None
    for index in range(start, end):
        char = text[index]
        if char == "“" or (char == '"' and open_at is None):
            open_at = index
        elif (char == "”" or char == '"') and open_at is not None:
            # Very long "quotes" are more likely a stray mark than one quotation.
            if index - open_at < 800:
                regions.append((open_at, index))
            open_at = None
    return regions


WORD_RE = re.compile(r"[\w’'.-]+")


def _inside(regions: list[tuple[int, int]], position: int) -> bool:
    """Whether left < position <= right for one of the sorted, disjoint regions.
    A binary search: a long paragraph can hold thousands of quotations."""
    index = bisect.bisect_left(regions, (position,)) - 1
    return index >= 0 and regions[index][0] < position <= regions[index][1]


def _boundaries(text: str, start: int, end: int) -> list[int]:
    quoted = _quoted_regions(text, start, end)
    cuts = []
    index = start
    while index < end:
        char = text[index]
        if char == "\n":
            # A single line break inside a paragraph ends a sentence only after final
            # punctuation (handled below) or before a list item.
            if LIST_MARKER_RE.match(text, index + 1, end):
                cuts.append(index + 1)
            index += 1
            continue
        if char not in TERMINAL:
            index += 1
            continue
        # Run of terminal marks and closing quotes: "?!", '."', '...”'.
        after = index
        while after < end and (text[after] in TERMINAL or text[after] in CLOSERS):
            after += 1
        if after >= end:
            break
        if not text[after].isspace():
            index = after
            continue
        next_word_at = after
        while next_word_at < end and text[next_word_at].isspace():
            next_word_at += 1
        if next_word_at >= end:
            break
        # Inside a quotation no cut, unless the quotation closes in this very run ('."').
        if _is_boundary(text, start, index, after, next_word_at, end) and not _inside(
            quoted, after
        ):
            cuts.append(after)
        index = after
    return cuts


def _is_boundary(text: str, start: int, mark: int, after: int, next_at: int, end: int) -> bool:
    next_char = text[next_at]
    word_match = WORD_RE.match(text, next_at, end)
    next_word = word_match.group().lower().strip(".") if word_match else ""
    if text[mark] in "!?…":
        return next_char.isupper() or next_char.isdigit() or next_char in OPENERS
    # A full stop: look at the token it ends.
    token_start = mark
    while (
        token_start > start
        and not text[token_start - 1].isspace()
        and (text[token_start - 1] not in OPENERS)
    ):
        token_start -= 1
    token = text[token_start:mark]
    if text[mark + 1 : after].startswith(".."):
        # An ellipsis mid-quotation ("rulers. ... This") keeps going unless a capital follows.
        return next_char.isupper() and after - mark > 3 and text[after - 1] not in TERMINAL
    if not (next_char.isupper() or next_char.isdigit() or next_char in OPENERS):
        return False
    bare = token.lower().rstrip(".")
    if bare in NEVER_FINAL:
        return False
    if re.fullmatch(r"[A-Z]", token):  # an initial: "George W. Bush"
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):  # "U.S", "U.N", "a.m"
        return next_word in SENTENCE_OPENERS
    if bare in MAYBE_FINAL:
        return next_word in SENTENCE_OPENERS
    return True
