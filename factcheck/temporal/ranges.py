"""The ends of a range, read together.

TempEval-3 marks each end of a range as its own timex ("from Monday to Friday" is two
DATEs), and so does the tagger. Read one by one, the ends can contradict each other:
"Monday" in a story of Sunday the 22nd is the 23rd, "Friday" the 20th, a range that
ends before it starts; "January-March 2011" names its year only once. And a second day
after a month ("April 24 and 25", "May 20-22") has no month of its own. This module
fixes what reading the ends together makes plain:

- `add_following_days`: "25" in "April 24 and 25" is April 25 (a candidate of its own),
  and "March" in "from January to March" a month, though alone it may be the verb;
- `order_ends`: an end that falls before its start moves forward by a week (weekdays) or
  a year, unless it names its year, in which case the start moves back instead, as it
  does when the range then holds the anchor (it is under way: "the season runs from
  June 1 to Nov. 30", written in September) or is told in the past (it ends before
  publication: "gains for May and June were revised", written in May); an end without
  its year is the first such day after its start ("In 2015 ... from February 14 to March
  28"); a month joined by "and" to the month before it comes after it ("the April and May
  numbers"), and a list of three or more days goes forward ("Sept. 23, Oct. 21, Jan. 27
  and June 9"), unless told in the past;
- `join_ranges`, for callers that want one reading per range (the claims of an article,
  a date typed into a form): the two ends made one interval, "2001/2005".
"""

import datetime
import re

from factcheck.temporal import values
from factcheck.temporal.lexicon import month_number
from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.resolve import Candidate
from factcheck.temporal.tense import tense_at

# "April 24 and 25", "May 20-22", "March 3 to 5": the second day, its month left out.
# Not a count ("May 18 and 19 people"): nothing word-like may follow the number.
# "May 18, 19 and 20": a comma joins days only in a list that ends with "and" or "or".
_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_FOLLOWING_DAY = re.compile(
    rf"(?:\s?([-–])\s?|\s(?:and|to|through|or|until)\s"
    rf"|,\s(?=(?:{_DAY_NUMBER},\s){{0,5}}{_DAY_NUMBER},?\s(?:and|or)\s\d))"
    r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    # Joined by a dash, the days may go on into a noun or a place ("the March 23-24
    # summit", "March 23-24 in Brussels"): a count is not written "May 18-19 people".
    # A place or a time may follow either: "April 16 and 17 in Montreal".
    r"(?(1)(?![\w%$]|[.,:/]\d|\s?%)|(?![\w%$]|[.,:/]\d|\s(?:(?!(?:and|or|to|in|at|on|"
    r"for|from|during|before|after|when|while)\b)[a-z]|%)))"
)
# "from January to March", "between March and May": the month names that are also
# words are read after a preposition only (patterns.MONTH_ALONE), or as a range's end.
_FOLLOWING_MONTH = re.compile(
    r"(?:\s?[-–]\s?|\s(?:and|to|through|or|until|till)\s)(May|March)(?![\w-]|\s?,?\s?\d)"
)
_STARTS_LIST = re.compile(r"(?:[Bb]etween|[Ii]n|[Dd]uring)\s$")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_YEAR = re.compile(r"\d{4}")
_YEAR_AFTER_DAY = re.compile(r",?\s")
# What joins the two ends of a range: "1999-2001", "1 July and 18 November 1916".
ENDS_JOIN = re.compile(r"\s?[-–]\s?|,?\s(?:to|through|until|till)\s|\s(?:and)\s")
_STARTS_RANGE = re.compile(r"[Bb]etween\s$")
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d")
_WEEKDAY_NAME = re.compile(
    r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s(?:morning|afternoon|evening|night))?$"
)


def add_era_range_ends(chosen: list[Candidate], text: str) -> list[Candidate]:
    """`chosen` with the second year of a range opened by a year of our era ("from AD 85 to
    130", "between AD 122 and 128"): a year of any length, in its era."""
    result: list[Candidate] = []
    for index, candidate in enumerate(chosen):
        result.append(candidate)
        if candidate.type != "DATE" or not _AD_YEAR.fullmatch(text, candidate.start, candidate.end):
            continue
        match = _ERA_RANGE_END.match(text, candidate.end)
        following_start = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
        if match is None or match.end(1) > following_start or int(match[1]) <= int(candidate.value):
            continue
        result.append(Candidate(match.start(1), match.end(1), "DATE", f"{int(match[1]):04d}"))
    return result


# A year of our era with its mark before it ("AD 85", "A.D. 122", "roughly AD 85").
_AD_YEAR = re.compile(r"(?:\w+\s)?(?:AD|A\.D\.)\s?\d{1,4}")
# The second year: a bare number where no noun follows it ("to 130.", "and 128 when").
_ERA_RANGE_END = re.compile(
    r"(?:\s?[-–]\s?|\s(?:to|and|until|till)\s)(\d{1,4})(?![\d,.]\d|\w)"
    r"(?=[,.;:)]|\s(?:and|or|when|as|the|in|at|before|after|under|during)\b|\s[A-Z]|\s*$)"
)


def add_following_days(chosen: list[Candidate], text: str) -> list[Candidate]:
    """`chosen` with a candidate for each day that follows a full date without its
    month ("April 24 and 25": April 25). A year after the last day is every day's
    ("June 3-5, 2010")."""
    result: list[Candidate] = []
    index = 0
    while index < len(chosen):
        candidate = chosen[index]
        index += 1
        result.append(candidate)
        run = [candidate]
        # Only after a day written in figures: not "31 forecast for Christmas Eve and 29".
        while (
            run[-1].type == "DATE"
            and run[-1].mod is None
            and _ENDS_ON_ITS_DAY.search(text, run[-1].start, run[-1].end)
        ):
            day = values.DAY_VALUE.fullmatch(run[-1].value)
            match = day and _FOLLOWING_DAY.match(text, run[-1].end)
            following_start = chosen[index].start if index < len(chosen) else len(text)
            if not match or match.end() > following_start:
                break
            try:
                date = datetime.date(int(day[1]), int(day[2]), int(match[2]))
            except ValueError:
                break
            if date.day <= int(day[3]):
                break
            run.append(Candidate(match.start(2), match.end(), "DATE", values.day_value(date)))
            result.append(run[-1])
        following_start = chosen[index].start if index < len(chosen) else len(text)
        if (
            candidate.type == "DATE"
            and candidate.mod is None
            and _MONTH_VALUE.fullmatch(candidate.value)
            and (match := _FOLLOWING_MONTH.match(text, candidate.end))
            and match.end() <= following_start
            and (
                text[candidate.end : match.start(1)].strip() not in ("and", "or")
                or _STARTS_LIST.search(text, max(0, candidate.start - 8), candidate.start)
            )
        ):
            # The end's year is the start's; order_ends moves it on if it comes first. A
            # history re-reads it from its story as it does the start ("In February and
            # March" after "2 January 1905").
            value = f"{candidate.value[:4]}-{month_number(match[1]):02d}"
            end = Candidate(match.start(1), match.end(1), "DATE", value, rule=candidate.rule)
            end.floating = candidate.floating
            result.append(end)
        if len(run) > 1 and index < len(chosen) and _is_year_of(chosen[index], run[-1], text):
            year = chosen[index].value
            for member in run:
                member.value = year + member.value[4:]
            run[-1].end = chosen[index].end
            index += 1  # the year is now part of the last day
    return result


def _is_year_of(year: Candidate, day: Candidate, text: str) -> bool:
    return (
        year.type == "DATE"
        and _YEAR.fullmatch(year.value) is not None
        and _YEAR_AFTER_DAY.fullmatch(text, day.end, year.start) is not None
    )


def order_ends(mentions: list[DateMention], text: str, anchor: datetime.date) -> list[DateMention]:
    """`mentions` with the ends of each range put in order (see the module's text)."""
    result = list(mentions)
    for index in range(len(result) - 1):
        start, end = result[index], result[index + 1]
        if _shares_its_week(start, end, text):
            # "next Thursday and Friday": the second day is in the week of the first.
            days = (end.earliest.isoweekday() - start.earliest.isoweekday()) % 7
            value = (start.earliest + datetime.timedelta(days=days)).isoformat()
            result[index + 1] = make_mention(text, end.start, end.end, end.type, value, end.mod)
            continue
        if _later_in_a_list(result, index, text, anchor):
            # "PA days: Sept. 23, Oct. 21, Nov. 18, Jan. 27, Feb. 17 and June 9": a list of
            # dates goes forward, into the next year.
            result[index + 1] = _moved(end, 1, "year", text)
            continue
        if not (
            _is_range(start, end, text)
            or _next_month_named(start, end, text)
            or _next_season_named(start, end, text)
        ):
            continue
        if _WRITTEN_YEAR.search(end.text) and not _WRITTEN_YEAR.search(start.text):
            if not _WEEKDAY_NAME.search(start.text):
                # "January to March 2011": the start is the last January up to the end.
                result[index] = _in_year_of(start, end, text)
            continue
        if end.earliest >= start.earliest:
            if (
                not _WRITTEN_YEAR.search(end.text)
                and not _WEEKDAY_NAME.search(end.text)
                and (soonest := _soonest_after(start, end, text)) is not None
                and soonest.earliest < end.earliest
            ):
                # "In 2015, the commission moved the poll from February 14 to March 28":
                # the end is the first such day after the start, in the start's year.
                result[index + 1] = soonest
            continue
        unit = "week" if _WEEKDAY_NAME.search(end.text) else "year"
        if _under_way(start, end, anchor):
            result[index] = _moved(start, -1, unit, text)
        elif not _WRITTEN_YEAR.search(end.text):
            moved = _moved(end, 1, unit, text)
            if (
                unit == "year"
                and moved.earliest > anchor
                and not _WRITTEN_YEAR.search(start.text)
                and tense_at(text, end.start, end.end) == "past"
            ):
                # "Payroll gains for May and June were revised", in May: last year's
                # two, not a June still to come.
                result[index] = _moved(start, -1, unit, text)
            else:
                result[index + 1] = moved
        elif not _WRITTEN_YEAR.search(start.text):
            result[index] = _moved(start, -1, unit, text)
    return result


def _soonest_after(start: DateMention, end: DateMention, text: str) -> DateMention | None:
    """`end` moved to the first year in which it does not come before `start`."""
    for year in (start.earliest.year, start.earliest.year + 1):
        value = f"{year:04d}{end.value[4:]}"
        if values.bounds(value)[0] is None:
            return None
        moved = make_mention(text, end.start, end.end, end.type, value, end.mod)
        if moved.earliest >= start.earliest:
            return moved
    return None


def _under_way(start: DateMention, end: DateMention, anchor: datetime.date) -> bool:
    """Whether a range read as to come, its end before its start, holds the anchor once
    its start moves back a year: "the season runs from June 1 to Nov. 30", written in
    September, is this year's."""
    if _WRITTEN_YEAR.search(start.text) or _WRITTEN_YEAR.search(end.text):
        return False
    if _WEEKDAY_NAME.search(start.text) or start.earliest <= anchor:
        return False
    return values.shift(start.earliest, -1, "year") <= anchor <= end.latest


def join_ranges(mentions: list[DateMention], text: str) -> list[DateMention]:
    """`mentions` (in text order) with each range's two ends made one DATE whose value is
    the ISO 8601 interval of theirs: "from 2001 to 2005" gives "2001 to 2005", valued
    "2001/2005" and covering 2001-01-01 to 2005-12-31. For callers that date a claim by
    one reading; tag() itself keeps the ends apart, as TempEval-3 scores them."""
    result: list[DateMention] = []
    index = 0
    while index < len(mentions):
        start = mentions[index]
        end = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            end is not None
            and start.earliest is not None
            and end.earliest is not None
            and start.earliest <= end.earliest
            and _joined(start, end, text)
        ):
            value = f"{start.value}/{end.value}"
            result.append(make_mention(text, start.start, end.end, "DATE", value))
            index += 2
            continue
        result.append(start)
        index += 1
    return result


_RELATIVE_WEEKDAY = re.compile(r"(?i:next|last|this|this\scoming|this\spast)\s")
_SHARED_JOIN = re.compile(r",?\s(?:and|or|to|through)\s")


def _shares_its_week(start: DateMention, end: DateMention, text: str) -> bool:
    """Whether `end` is a bare weekday after one said with "next", "last" or "this"
    ("next Thursday and Friday", "last Monday or Tuesday")."""
    return (
        start.type == end.type == "DATE"
        and start.precision == end.precision == "day"
        and _RELATIVE_WEEKDAY.match(start.text) is not None
        and _WEEKDAY_NAME.search(start.text) is not None
        and _WEEKDAY_NAME.fullmatch(end.text) is not None
        and _SHARED_JOIN.fullmatch(text, start.end, end.start) is not None
    )


def _is_range(start: DateMention, end: DateMention, text: str) -> bool:
    # Only days and months can come out of order; a year, a week or a quarter names itself.
    return start.precision in ("day", "month") and (
        _joined(start, end, text) or _opens_then_ends(start, end, text)
    )


def _opens_then_ends(start: DateMention, end: DateMention, text: str) -> bool:
    """Whether a thing opens on one date and ends on the next in its sentence ("The tour
    will open Sept. 14 at the Xcel Energy Center and end Dec. 15 in Los Angeles")."""
    return (
        start.type == end.type == "DATE"
        and end.precision == start.precision
        and _OPENS_BEFORE.search(text, max(0, start.start - 14), start.start) is not None
        and _THEN_ENDS.fullmatch(text, start.end, end.start) is not None
    )


_OPENS_BEFORE = re.compile(
    r"\b(?:open|opens|begin|begins|start|starts|kick\soff|kicks\soff|launch|launches)\s(?:on\s)?$"
)
_THEN_ENDS = re.compile(
    r"[^;!?\n]{0,80}?\s(?:and\s)?(?:end|ends|close|closes|finish|finishes|conclude|concludes"
    r"|wrap\sup|wraps\sup)\s(?:on\s)?"
)


_ENDS_ON_ITS_DAY = re.compile(r"\d(?:st|nd|rd|th)?$")
_LIST_JOIN = re.compile(r",\s|,?\s(?:and|or)\s")


def _later_in_a_list(
    mentions: list[DateMention], index: int, text: str, anchor: datetime.date
) -> bool:
    """Whether mentions[index + 1], a day in a list of three or more, is read before the
    day it follows without naming its year, and a year on is not told as past."""
    start, end = mentions[index], mentions[index + 1]
    if not (
        start.type == end.type == "DATE"
        and start.precision == end.precision == "day"
        and start.earliest is not None
        and end.earliest is not None
        and end.earliest < start.earliest
        and not _WRITTEN_YEAR.search(end.text)
        and _LIST_JOIN.fullmatch(text, start.end, end.start)
    ):
        return False
    before = mentions[index - 1] if index else None
    after = mentions[index + 2] if index + 2 < len(mentions) else None
    in_a_list = (before is not None and text[before.end : start.start] == ", ") or (
        after is not None and _LIST_JOIN.fullmatch(text, end.end, after.start) is not None
    )
    return in_a_list and not (
        values.shift(end.earliest, 1, "year") > anchor
        and tense_at(text, end.start, end.end) == "past"
    )


def _next_month_named(start: DateMention, end: DateMention, text: str) -> bool:
    """Whether "and" joins a month to the one after it ("the April and May numbers"): the
    second is after the first, whatever way each alone would be read."""
    return (
        start.type == end.type == "DATE"
        and start.precision == end.precision == "month"
        and start.earliest is not None
        and end.earliest is not None
        and end.earliest.month == start.earliest.month % 12 + 1
        and text[start.end : end.start] == " and "
    )


def _next_season_named(start: DateMention, end: DateMention, text: str) -> bool:
    """Whether "and" joins a season to the one after it ("the late summer and autumn of
    1415"): the first is of the year the second names."""
    return (
        start.type == end.type == "DATE"
        and start.precision == end.precision == "season"
        and _SEASON_AFTER.get(start.value[-2:]) == end.value[-2:]
        and text[start.end : end.start] == " and "
    )


_SEASON_AFTER = {"WI": "SP", "SP": "SU", "SU": "FA", "FA": "WI"}


def _joined(start: DateMention, end: DateMention, text: str) -> bool:
    """Whether the text joins two mentions as the ends of one range."""
    if start.type != "DATE" or end.type != "DATE" or start.mod or end.mod:
        return False
    # "a revision Friday to December's figures" joins a day and a month: no range.
    if start.precision is None or end.precision != start.precision:
        return False
    join = text[start.end : end.start]
    if not ENDS_JOIN.fullmatch(join):
        return False
    # "met Monday and Friday" may name two days in either order; "between ... and" is
    # a range.
    return join.strip() != "and" or bool(
        _STARTS_RANGE.search(text, max(0, start.start - 8), start.start)
    )


def _in_year_of(start: DateMention, end: DateMention, text: str) -> DateMention:
    year = end.earliest.year
    if (start.earliest.month, start.earliest.day) > (end.earliest.month, end.earliest.day):
        year -= 1
    value = f"{year:04d}{start.value[4:]}"
    return make_mention(text, start.start, start.end, start.type, value, start.mod)


def _moved(mention: DateMention, amount: int, unit: str, text: str) -> DateMention:
    date = values.shift(mention.earliest, amount, unit)
    value = values.value_at(date, mention.precision)
    return make_mention(text, mention.start, mention.end, mention.type, value, mention.mod)
