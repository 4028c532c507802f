"""Taggers to compare against: dateparser's `search_dates`, scored like ours.

dateparser returns (substring, datetime) pairs without offsets and without a type, so:
each substring is found in the text after the previous one; its span is trimmed of
surrounding whitespace and punctuation ("with trimmed spans", as the corpora README
measured it); every hit is a DATE whose value is the day of the returned datetime.
"""

import datetime
import string
from collections.abc import Callable, Sequence

from factcheck.temporal.evaluation.documents import SystemTimex

# A tagger as the evaluator sees it: text and anchor in, mentions with start, end, type
# and value out (`factcheck.temporal.tag` is one).
Tagger = Callable[[str, datetime.date], Sequence[object]]

_TRIM = frozenset(string.whitespace + string.punctuation + "\u201c\u201d\u2018\u2019\u2014\u2013")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def dateparser_tag(text: str, anchor: datetime.date) -> list[SystemTimex]:
    # Imported here: dateparser takes about a second to import and only the bench needs it.
    from dateparser.search import search_dates

    found = search_dates(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": datetime.datetime.combine(anchor, datetime.time())},
    )
    mentions: list[SystemTimex] = []
    cursor = 0
    for substring, moment in found or ():
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        start, end = trim_span(text, start, cursor)
        if start == end:
            continue
        value = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        mentions.append(SystemTimex(start, end, text[start:end], "DATE", value))
    return mentions


def as_system_timexes(text: str, mentions: Sequence[object]) -> list[SystemTimex]:
    """Reduce any tagger's mentions to what is scored; the text comes from the document."""
    reduced = []
    for mention in mentions:
        start, end = int(mention.start), int(mention.end)  # type: ignore[attr-defined]
        reduced.append(
            SystemTimex(
                start=start,
                end=end,
                text=text[start:end],
                type=str(getattr(mention, "type", "") or ""),
                value=str(getattr(mention, "value", "") or ""),
                mod=getattr(mention, "mod", None),
            )
        )
    return reduced
