"""parse_date(): read one date typed into a form ("Sept 2010", "2010-09", "c. 2001")."""

import datetime
import re

from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.ranges import join_ranges
from factcheck.temporal.tagger import tag

_ONE_VALUE = r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))?|\d{3}X?|\d\dXX"
# A value, or an interval of two ("2001/2005"), as the app stores a range.
_TIMEX_VALUE = re.compile(rf"(?:{_ONE_VALUE})(?:/(?:{_ONE_VALUE}))?")
# "c.2001", "ca 1850": circa glued to, or loosely spaced from, its year.
_CIRCA_YEAR = re.compile(r"(?i:c|ca|circa)\.?\s*(\d{4})")
# "9/2010", "2010-9": a month and a year in figures.
_NUMERIC_MONTH = re.compile(r"(\d{1,2})[/.-](\d{4})|(\d{4})[/.-](\d{1,2})")


def parse_date(text: str, anchor: datetime.date) -> DateMention | None:
    """The single DATE that best covers `text` (a range's interval, "2001/2005", when it
    names one), or None when it holds no date or several.

    Editors type dates in any case ("sept 2010") and in ISO forms that running text
    rarely uses ("2010-09"), so both are read here before the tagger's grammar.
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    if _TIMEX_VALUE.fullmatch(stripped):
        # A stored TIMEX3 value pasted back ("2010-09", "2011-Q3", "199X", "2011-SU").
        mention = make_mention(text, offset, offset + len(stripped), "DATE", stripped)
        if mention.precision:
            return mention
    if match := _CIRCA_YEAR.fullmatch(stripped):
        return make_mention(text, offset, offset + len(stripped), "DATE", match[1], "APPROX")
    if match := _NUMERIC_MONTH.fullmatch(stripped):
        month, year = (match[1], match[2]) if match[1] else (match[4], match[3])
        value = f"{int(year):04d}-{int(month):02d}"
        mention = make_mention(text, offset, offset + len(stripped), "DATE", value)
        return mention if mention.precision else None

    # The text as typed, and in Title Case ("sept 2010"): the reading with the longest
    # mention wins, the text as typed on a tie.
    readings = [
        [
            mention
            for mention in join_ranges(tag(candidate, anchor), candidate)
            if mention.type in ("DATE", "TIME") and mention.precision
        ]
        for candidate in (text, _title_case(text))
    ]
    mentions = max(readings, key=lambda reading: max((m.end - m.start for m in reading), default=0))
    if not mentions or _unread_digits(text, mentions):
        return None
    best = max(mentions, key=lambda m: m.end - m.start)
    if any(not _within(mention, best) for mention in mentions):
        # "May 2011 and June 2012": two dates, and no telling which was meant. A range
        # ("2001-2005", "May 18-20, 2011") is one reading, its interval; a time on the
        # day named ("May 20, 2011 at 5 p.m.") says no more than the day.
        return None
    return make_mention(text, best.start, best.end, "DATE", best.value.split("T")[0], best.mod)


def _within(mention: DateMention, outer: DateMention) -> bool:
    return (
        mention.earliest is not None
        and outer.earliest is not None
        and outer.earliest <= mention.earliest
        and (mention.latest or mention.earliest) <= (outer.latest or outer.earliest)
    )


def _unread_digits(text: str, mentions: list[DateMention]) -> bool:
    """Whether a figure outside every mention was typed: "February 30, 2011" and
    "2011-13-45" hold a year, but the day and month cannot be read, so the date is
    refused rather than cut to its year."""
    covered = bytearray(len(text))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return any(char.isdigit() and not covered[i] for i, char in enumerate(text))


def _title_case(text: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: m[0].capitalize() if len(m[0]) > 2 else m[0], text)
