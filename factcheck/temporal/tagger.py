"""tag(): find every temporal expression in a text and resolve it against an anchor.

The steps, in order:
1. triggers.py marks where expressions can be (month names, years, unit words ...);
   each rule of the grammar (patterns.RULES) runs in the windows of its own triggers
   and proposes candidates, resolved by the function of the same name (resolve.py,
   periods.py, relative.py, amounts.py);
2. overlapping candidates compete: the longest wins ("May 22, 2011" beats "2011"),
   then the leftmost, then the earlier rule; candidates inside URLs are dropped;
3. neighbouring words are folded in: "early", "the end of" (TimeML mod START/END),
   "about", "c." (APPROX); a clock time joins the day next to it ("5 p.m. EST,
   Nov. 6") or takes the day the story is on (clocks.py);
4. in a history (narrative.py), dates without a year follow the story's years;
5. expressions that count from the story's own timeline ("a year earlier", "the
   following day", "the year-ago quarter") are rebased on the last date mentioned
   (rebase.py);
6. in a history, "the next morning" and "the evening of 22 October" become TIMEs.
"""

import datetime
import logging
import re

from factcheck.temporal import (
    amounts,
    clocks,
    lexicon,
    narrative,
    periods,
    ranges,
    relative,
    resolve,
    triggers,
    values,
)
from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.patterns import MONTH, RULES, URL, WEEKDAY, WEEKDAY_OPENS
from factcheck.temporal.rebase import rebase
from factcheck.temporal.resolve import Candidate, Context
from factcheck.temporal.tense import Sentences, tense_at

RESOLVERS = {
    **resolve.RESOLVERS,
    **periods.RESOLVERS,
    **relative.RESOLVERS,
    **amounts.RESOLVERS,
}
_missing = {name for name, _ in RULES} - RESOLVERS.keys()
assert not _missing, f"rules without a resolver: {_missing}"


def _plan() -> list[tuple[tuple[str, ...], list]]:
    """The rules grouped by the trigger kinds they need, each with its resolver."""
    groups: dict[tuple[str, ...], list] = {}
    for index, (name, pattern) in enumerate(RULES):
        kinds = triggers.RULE_TRIGGERS.get(name, triggers.KINDS)
        gate = triggers.rule_gate(name)
        groups.setdefault(kinds, []).append((pattern, RESOLVERS[name], index, gate))
    return list(groups.items())


_PLAN = _plan()

# "early 2010", "mid-1990s", "the end of 1990", "end-2022" ("end" needs its "of" or its
# hyphen: "year end this year"), "late in the month", "early in 1950".
_MODIFIER_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:the\s)?(?:very\s)?(?:(early|late)\sin|(early|late|mid|end(?=-)|start(?=-))"
    r"|(middle|end|beginning|start)\sof(?:\sthe)?))(?:\s|-)$"
)
_PART_MODS = {"early": "START", "beginning": "START", "start": "START", "late": "END",
              "end": "END", "mid": "MID", "middle": "MID"}  # fmt: skip
_DAY_PART_BEFORE = re.compile(r"(?<![\w-])((?i:early|late))\s$")
_APPROX_BEFORE = re.compile(r"(?<![\w.])(?i:about|around|approximately|roughly|circa|c\.|ca\.)\s$")
_OR_SO = re.compile(r"\s(?i:or\sso)(?![\w-])")
_OPEN_END = re.compile(r"\s(?i:or\s(later|earlier)|and\s(beyond))(?![\w-])")
_URL_MARKS = ("://", "www.", "@", ".com/", ".org/", ".net/", ".gov/")
_PART_OF_DAY_VALUE = re.compile(r"T(?:MO|AF|EV|NI)$")
_SPECIFIC = re.compile(r"\d{4}")
# A calendar value of a year or finer, or a decade ("202") or century ("20").
_CALENDAR = re.compile(r"\d\d")
_MONTH_OR_SEASON_VALUE = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_YEAR_JOIN = re.compile(r"\s(?:of\s)?|,\s")


_log = logging.getLogger(__name__)
# Tests set this, so that a bug in any pass fails them instead of being worked around.
RAISE_ERRORS = False


def tag(text: str, anchor: datetime.date) -> list[DateMention]:
    """Every temporal expression in `text`, in text order, resolved against `anchor`."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()  # a timestamp anchors by its day; values stay dates
    try:
        return _tag(text, _dateline_day(text, anchor))
    except Exception:
        if RAISE_ERRORS:
            raise
        # A bug in one of the story passes must not cost an editor the article (or the
        # page a 500): the error is logged, and each expression keeps the reading the
        # grammar gave it on its own.
        _log.exception("tagging failed (anchor %s); first readings returned", anchor)
        return _first_readings(text, anchor)


def _dateline_day(text: str, anchor: datetime.date) -> datetime.date:
    """The day a story was written on, when its dateline names a day up to three days
    before publication ("WASHINGTON, June 25 - ... the House voted tonight", published
    on the 26th): its "today" and "tonight" are that day's. Else the anchor."""
    dateline = _DATELINE.match(text, 0, 160)
    if dateline is None and (title := _TITLE_LINE.match(text)) is not None:
        # "Clinton Signs Deficit Plan\n\nWASHINGTON, Aug. 10 - ...": under a headline.
        dateline = _DATELINE.match(text, title.end(), title.end() + 160)
    if dateline is None:
        return anchor
    month = lexicon.month_number(dateline[1])
    for year in (anchor.year, anchor.year - 1):
        try:
            day = datetime.date(year, month, int(dateline[2]))
        except (ValueError, TypeError):
            return anchor
        if 1 <= (anchor - day).days <= _DATELINE_REACH_DAYS:
            return day
    return anchor


# "WASHINGTON, June 25 -", "BEIJING, Oct. 3 (Xinhua) --": a place in capitals, a day.
_DATELINE = re.compile(
    rf"\s*[A-Z][A-Z .'-]{{2,30}}(?:,\s[A-Z][A-Za-z. ]{{1,20}})?,\s({MONTH})\s(\d{{1,2}})\b"
)
_DATELINE_REACH_DAYS = 3
# A headline: one short line that ends no sentence, then a line break or two.
_TITLE_LINE = re.compile(r"[^\n]{1,120}(?<![.!?:])\n\n?")


def _first_readings(text: str, anchor: datetime.date) -> list[DateMention]:
    try:
        chosen = _grammar_readings(text, anchor, Sentences(text))
        return [make_mention(text, c.start, c.end, c.type, c.value, c.mod) for c in chosen]
    except Exception:
        _log.exception("tagging failed (anchor %s) in the grammar itself", anchor)
        return []


def _grammar_readings(text: str, anchor: datetime.date, sentences: Sentences) -> list[Candidate]:
    """Steps 1 and 2: each expression as the grammar reads it on its own, overlaps settled."""
    return _choose(_propose(Context(text, anchor, sentences=sentences)), len(text))


def _tag(text: str, anchor: datetime.date) -> list[DateMention]:
    sentences = Sentences(text)
    chosen = clocks.drop_restated_clocks(_grammar_readings(text, anchor, sentences), text)
    _fold_neighbours(chosen, text)
    chosen = ranges.add_era_range_ends(ranges.add_following_days(chosen, text), text)
    clocks.date_clock_times(chosen, sentences, anchor)
    clocks.keep_the_afternoon(chosen, text)
    mentions = [make_mention(text, c.start, c.end, c.type, c.value, c.mod) for c in chosen]
    history = narrative.is_history(mentions, chosen, anchor, text, sentences)
    if history:
        mentions = narrative.follow_story(mentions, chosen, text, anchor, sentences)
    else:
        mentions = _days_of_the_month_named(mentions, chosen, sentences)
        mentions = _months_in_the_year_after(mentions, chosen, text)
        mentions = _months_after_a_date_to_come(mentions, chosen, sentences, anchor)
        mentions = narrative.follow_sentence(mentions, chosen, text, anchor, sentences)
        mentions = narrative.follow_paragraph(mentions, chosen, text, anchor, sentences)
        mentions = narrative.follow_year_headings(mentions, chosen, text)
    mentions = _weekdays_in_apposition(mentions, text)
    mentions = _weekdays_of_a_day_long_past(mentions, chosen, sentences, anchor)
    if not history:
        mentions = _weekdays_of_days_to_come(mentions, chosen, sentences, anchor)
        mentions = _weekdays_to_come_in_order(mentions, chosen, sentences, anchor)
        mentions = _last_or_next_beside_the_bare_weekday(mentions, chosen, text, anchor)
    mentions = rebase(mentions, chosen, text, sentences, anchor, chain_days=history)
    mentions = _counts_named_by_the_day_after(mentions, chosen, text)
    mentions = clocks.follow_clock_days(mentions, chosen, text)
    if history:
        mentions = narrative.parts_of_day(mentions, chosen, text, anchor)
        mentions = narrative.months_of_counted_years(mentions, chosen, text)
        mentions = narrative.days_counted_in_the_story(mentions, chosen, text, sentences)
        mentions = narrative.clocks_on_counted_days(mentions, chosen, text)
        mentions = narrative.count_clock_hours(mentions, chosen, text)
        mentions = narrative.present_of_history(mentions, text, sentences)
        mentions = narrative.days_kept_every_year(mentions, text, sentences)
        mentions = narrative.join_nights(mentions, text)
    else:
        mentions = [
            make_mention(text, m.start, c.length[0], "DURATION", c.length[1], m.mod)
            if c.length
            else m
            for m, c in zip(mentions, chosen, strict=True)
        ]
    return ranges.order_ends(_clocks_of_sets(mentions, text), text, anchor)


def _propose(context: Context) -> list[Candidate]:
    text = context.text
    windows = triggers.windows(text)
    if not windows:
        return []
    # Most texts hold no URL at all; the substring checks spare them the regex scan.
    has_url = any(mark in text for mark in _URL_MARKS)
    # Numbers in URLs and in quoted titles ("1984", "Blade Runner 2049") are no dates.
    urls = [match.span() for match in URL.finditer(text)] if has_url else []
    urls += _quoted_titles(text)
    folded = triggers.folded_text(text)
    candidates = []
    for kinds, rules in _PLAN:
        for window_start, window_end in windows.get(kinds, ()):
            for pattern, resolver, index, gate in rules:
                if gate and gate.search(folded, window_start, window_end) is None:
                    continue
                for match in pattern.finditer(text, window_start, window_end):
                    try:
                        found = resolver(match, context)
                    except (ValueError, KeyError, OverflowError, IndexError, TypeError):
                        # A match the resolver cannot read ("Feb. 30") is not a date.
                        continue
                    if found is None:
                        continue
                    for candidate in (found,) if isinstance(found, Candidate) else found:
                        if (
                            candidate.end <= candidate.start
                            or (
                                urls
                                and any(s < candidate.end and candidate.start < e for s, e in urls)
                            )
                            or _crosses_a_cell(text, candidate)
                        ):
                            continue
                        candidate.rule = index
                        candidates.append(candidate)
    return candidates


def _crosses_a_cell(text: str, candidate: Candidate) -> bool:
    """Whether a candidate runs from one paragraph into the next, or out of a table's row
    ("March 28 | 118 | 3\nApril 4": no "3 April") or a list's ("Week of Jan. 14: 10\nWeek
    of Jan. 21": no "10 Week")."""
    if "\n" not in text[candidate.start : candidate.end]:
        return False
    row_start = text.rfind("\n", 0, candidate.start) + 1
    return (
        "\n\n" in text[candidate.start : candidate.end]
        or any(mark in text[row_start : candidate.start] for mark in "|\t")
        or text[row_start : candidate.start].rstrip(" ").endswith(":")
    )


# A short quotation in Title Case: the name of a book, a film, a song.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,60})[\"”]")
_TITLE_WORD = re.compile(r"[A-Z\d]|(?:a|an|the|of|and|in|on|to|for|at|by|or)$")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    if '"' not in text and "“" not in text:
        return []
    titles = []
    for match in _QUOTED.finditer(text):
        words = match[1].split()
        if (
            len(words) <= 8
            and any(ch.isdigit() for ch in match[1])
            and (words[0][0].isupper() or words[0][0].isdigit())
            and all(_TITLE_WORD.match(word.strip(",:;!?.'’")) for word in words)
        ):
            titles.append(match.span(1))
    return titles


def _choose(candidates: list[Candidate], length: int) -> list[Candidate]:
    taken = bytearray(length)
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start, c.rule)):
        if any(taken[candidate.start : candidate.end]):
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _fold_neighbours(chosen: list[Candidate], text: str) -> None:
    previous_end = 0
    merged = []
    absorbed: list[Candidate] = []  # those folded into the one before them
    for index, candidate in enumerate(chosen):
        if any(candidate is folded for folded in absorbed):
            continue
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is not None and _is_followed_by_its_year(candidate, following, text):
            # "January nineteen ninety-seven", "the winter of nineteen ninety-four":
            # the year spelled out after a month or season is that month's year.
            candidate.value = following.value + candidate.value[4:]
            candidate.end = following.end
            absorbed.append(following)
            candidate.floating = False
            following = chosen[index + 2] if index + 2 < len(chosen) else None
        floor = previous_end
        before = text[max(floor, candidate.start - 30) : candidate.start]
        if candidate.type == "DATE" and candidate.mod is None and _CALENDAR.match(candidate.value):
            is_day = values.DAY_VALUE.fullmatch(candidate.value)
            if not is_day and (match := _MODIFIER_BEFORE.search(before)):
                candidate.start -= len(match[0])
                candidate.mod = _PART_MODS[(match[1] or match[2] or match[3]).lower()]
            elif is_day and (match := _DAY_PART_BEFORE.search(before)):
                candidate.start -= len(match[0])  # "late Tuesday", "early Monday"
                candidate.mod = _PART_MODS[match[1].lower()]
            # "around 2001" is approximate; "around Wednesday" is a preposition.
            if not is_day and candidate.mod is None and (match := _APPROX_BEFORE.search(before)):
                candidate.start -= len(match[0])
                candidate.mod = "APPROX"
        elif (
            candidate.type == "TIME"
            and candidate.mod is None
            and _PART_OF_DAY_VALUE.search(candidate.value)
            and (match := _DAY_PART_BEFORE.search(before))
        ):
            candidate.start -= len(match[0])  # "late Sunday afternoon", "early Monday morning"
            candidate.mod = _PART_MODS[match[1].lower()]
        if candidate.type in ("DATE", "DURATION") and (match := _OR_SO.match(text, candidate.end)):
            candidate.end = match.end()  # "the next year or so": TimeML's APPROX
            candidate.mod = candidate.mod or "APPROX"
        elif (
            candidate.type == "DATE"
            and candidate.mod is None
            and _SPECIFIC.match(candidate.value)
            and (match := _OPEN_END.match(text, candidate.end))
            # not into the next date ("January or earlier tomorrow")
            and (following is None or following.start >= match.end())
        ):
            # "1994 or later", "1990 and beyond": TimeML's open-ended mods.
            candidate.end = match.end()
            candidate.mod = (
                "ON_OR_BEFORE" if (match[1] or "").lower() == "earlier" else "ON_OR_AFTER"
            )
        if following is not None and (
            joined := clocks.joined_clock_value(candidate, following, text)
        ):
            # "at 3 p.m. Tuesday", "at 10:05 last night": one TIME, in the day's place
            following.start, following.type = candidate.start, "TIME"
            following.value, following.mod = joined, candidate.mod
            continue
        if following is not None and (
            joined := clocks.joined_day_clock_value(candidate, following, text)
        ):
            # "Oct. 31, 2012 6:34 PM EDT", "Monday, Oct. 29, 8 p.m.": one TIME too
            candidate.end, candidate.type, candidate.value = following.end, "TIME", joined
            candidate.mod = candidate.mod or following.mod
            absorbed.append(following)
        merged.append(candidate)
        previous_end = candidate.end
    chosen[:] = merged


def _is_followed_by_its_year(candidate: Candidate, following: Candidate, text: str) -> bool:
    if candidate.type != "DATE" or following.type != "DATE" or candidate.mod is not None:
        return False
    if _SPECIFIC.fullmatch(following.value) is None:  # a year
        return False
    if following.shift is not None or RULES[candidate.rule][0] in narrative.DEICTIC_RULES:
        return False  # "Today, 20 years later": a count, and a day that needs no year
    if RULES[following.rule][0] == "era_year":
        # "19 August AD 14", "March AD 6": a day or month has no era of its own.
        return (
            candidate.floating
            and _MONTH_OR_DAY_VALUE.fullmatch(candidate.value) is not None
            and text[candidate.end : following.start] in (" ", ", ")
        )
    return (
        (
            _MONTH_OR_SEASON_VALUE.fullmatch(candidate.value) is not None
            or _MONTH_OR_DAY_VALUE.fullmatch(candidate.value) is not None
        )
        and not any(c.isdigit() for c in text[candidate.start : candidate.end])
        and _YEAR_JOIN.fullmatch(text, candidate.end, following.start) is not None
    )


def _weekdays_in_apposition(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A weekday set beside a day ("on 29 May, a Tuesday") is that day, when it falls on
    that weekday: one date said twice, whatever either was read as alone."""
    result = list(mentions)
    for index in range(1, len(result)):
        day, weekday = result[index - 1], result[index]
        between = _APPOSITION.fullmatch(text, day.end, weekday.start)
        if (
            between is None
            or weekday.type != "DATE"
            or not values.DAY_VALUE.fullmatch(day.value)
            or day.earliest is None
            or lexicon.WEEKDAYS.get(weekday.text.lower()) not in values.weekdays_of(day.earliest)
        ):
            continue
        result[index] = make_mention(
            text, weekday.start - len(between[1] or ""), weekday.end, "DATE", day.value
        )
    return result


_APPOSITION = re.compile(r",\s(an?\s)?")


def _clocks_of_sets(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A clock time right after a recurring day is that day's time, every time: "every
    Monday at 7 p.m." (XXXX-WXX-1T19:00), "Every 10 November at 9.05 a.m.", not one
    7 p.m. on the day of publication."""
    result: list[DateMention] = []
    for mention in mentions:
        recurring = result[-1] if result else None
        if (
            recurring is not None
            and recurring.type == "SET"
            and _RECURRING_DAY.fullmatch(recurring.value)
            and mention.type == "TIME"
            and (clock := _CLOCK_OF_DAY.search(mention.value)) is not None
            and text[recurring.end : mention.start] == " at "
        ):
            result[-1] = make_mention(
                text, recurring.start, mention.end, "SET", recurring.value + clock[0]
            )
            continue
        result.append(mention)
    return result


_RECURRING_DAY = re.compile(r"XXXX-(?:WXX-[1-7]|\d\d-\d\d)")
_CLOCK_OF_DAY = re.compile(r"T\d\d:\d\d$")


def _weekdays_of_a_day_long_past(
    mentions: list[DateMention],
    chosen: list[Candidate],
    sentences: Sentences,
    anchor: datetime.date,
) -> list[DateMention]:
    """A weekday alone after a day long past in its sentence, when that day falls on it,
    is that day ("opened its doors on Sept. 30, 1911, the Saturday crowd was so large"),
    not the one of the week the text was published in."""
    result = list(mentions)
    for index in range(1, len(result)):
        day, weekday = result[index - 1], result[index]
        if (
            chosen[index].floating
            and weekday.type == "DATE"
            and (number := lexicon.WEEKDAYS.get(weekday.text.lower())) is not None
            and values.DAY_VALUE.fullmatch(day.value)
            and day.earliest is not None
            and (anchor - day.earliest).days > _LONG_PAST_DAYS
            and number in values.weekdays_of(day.earliest)
            and sentences.bounds(weekday.start, weekday.end)[0] <= day.start
        ):
            result[index] = make_mention(
                sentences.text, weekday.start, weekday.end, "DATE", day.value[:10]
            )
    return result


# A day this long before publication is no day of the week the news was told in.
_LONG_PAST_DAYS = 366


def _weekdays_of_days_to_come(
    mentions: list[DateMention],
    chosen: list[Candidate],
    sentences: Sentences,
    anchor: datetime.date,
) -> list[DateMention]:
    """A weekday after the days of an event still to come, told not in the past, is the
    event's day of that name ("will run from Friday, July 10, to Sunday, July 12. On the
    Friday, gates open at 4pm. On Saturday and Sunday ..."), not the one of the week of
    publication: the days were named so that their weekdays could be used."""
    result = list(mentions)
    days: tuple[datetime.date, datetime.date] | None = None  # the event's first and last
    told_at = -1  # where they were named
    with_weekdays = False  # whether they were named with their weekdays
    # The weekdays told alone before the event's days were named, by number: "Game 3 on
    # Wednesday ... Game 7 on Wednesday, June 5 ... can play Wednesday" keeps the first.
    alone_before: set[int] = set()
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        if days is None and _is_weekday_alone(candidate) and mention.earliest is not None:
            alone_before.add(mention.earliest.isoweekday())
        if (
            mention.type == "DATE"
            and mention.precision == "day"
            and mention.earliest is not None
            and mention.earliest > anchor
            and RULES[candidate.rule][0] != "relative_weekday"
        ):
            with_weekdays = WEEKDAY_OPENS.match(mention.text) is not None
            first = mention.earliest
            if (
                index
                and days is not None
                and ranges.ENDS_JOIN.fullmatch(sentences.text, result[index - 1].end, mention.start)
                and days[1] < first
            ):
                first = days[0]  # "from Friday, July 10, to Sunday, July 12"
            days, told_at = (first, mention.earliest), mention.end
            continue
        if (
            days is None
            or not candidate.floating
            or mention.start - told_at > _EVENT_REACH
            or (days[1] - days[0]).days > 6
            or (number := _weekday_named(mention)) is None
            or number in alone_before
            # Days named without their weekdays ("will be held May 3-4") lend them only
            # to a weekday told as theirs: "starting at 3:30 p.m. on the Friday".
            or not (
                with_weekdays
                or sentences.text[max(0, mention.start - 4) : mention.start].lower() == "the "
            )
            or tense_at(sentences.text, mention.start, mention.end, sentences) == "past"
        ):
            continue
        for offset in range((days[1] - days[0]).days + 1):
            day = days[0] + datetime.timedelta(days=offset)
            if day.isoweekday() == number:
                value = day.isoformat() + mention.value[10:]  # "Saturday night" keeps TNI
                result[index] = make_mention(
                    sentences.text, mention.start, mention.end, mention.type, value, mention.mod
                )
                break
    return result


def _weekdays_to_come_in_order(
    mentions: list[DateMention],
    chosen: list[Candidate],
    sentences: Sentences,
    anchor: datetime.date,
) -> list[DateMention]:
    """A weekday after one still to come in its sentence, itself not told in the past, is
    the first of its name after that one ("The talks resume on Thursday and end on
    Monday", "a conversation on Saturday afternoon and a storytelling session on Tuesday
    morning"): a sentence tells the days to come in their order; so is "the weekend"
    after a weekday to come ("in New York on Friday and spend the weekend there")."""
    result = list(mentions)
    for index in range(1, len(result)):
        first, second = result[index - 1], result[index]
        weekend = RULES[chosen[index].rule][0] == "the_weekend" and second.text.lower() == (
            "the weekend"
        )
        number = _weekday_named(second) if chosen[index].floating else None
        if not (
            (weekend or number is not None)
            and chosen[index - 1].floating
            and _weekday_named(first) is not None
            and first.earliest is not None
            and second.earliest is not None
            and first.earliest > anchor
            and second.earliest < first.earliest
            and sentences.bounds(second.start, second.end)[0] <= first.start
            # one clause's list, not another subject's clause ("Honda's plants stay shut
            # through Sunday, and Nissan's will not restart before Thursday")
            and "," not in sentences.text[first.end : second.start]
            and tense_at(sentences.text, second.start, second.end, sentences) != "past"
        ):
            continue
        if weekend:
            # "will go on to New York on Friday and spend the weekend there": the weekend
            # after that Friday.
            saturday = first.earliest + datetime.timedelta(days=6 - first.earliest.isoweekday())
            value = values.week_value(saturday) + "-WE"
        else:
            day = first.earliest + datetime.timedelta(
                days=(number - first.earliest.isoweekday()) % 7 or 7
            )
            value = day.isoformat() + second.value[10:]  # "Tuesday morning" keeps TMO
        result[index] = make_mention(
            sentences.text, second.start, second.end, second.type, value, second.mod
        )
    return result


def _weekday_named(mention: DateMention) -> int | None:
    """The weekday a mention is ("Friday", "Saturday night"): its ISO number, or None."""
    return lexicon.WEEKDAYS.get(mention.text.split()[0].lower())


# How far after an event's days its weekdays are still its own (a few paragraphs).
_EVENT_REACH = 1200


def _last_or_next_beside_the_bare_weekday(
    mentions: list[DateMention], chosen: list[Candidate], text: str, anchor: datetime.date
) -> list[DateMention]:
    """ "last Thursday" or "next Saturday" in a text that calls a day of the week of
    publication "Thursday" or "Saturday" alone is the one a week further ("convicted him
    Thursday ... had rested their case last Thursday", written on a Friday; "plays on
    Saturday and again at home next Saturday", on a Thursday): the writer marked it so as
    not to be that day. Written on a Monday, "last Friday" and "Friday" are one day."""
    said_so = [
        index
        for index, mention in enumerate(mentions)
        if mention.text[:5].lower() in ("last ", "next ")
        and _LAST_OR_NEXT_WEEKDAY.fullmatch(mention.text)
    ]
    if not said_so:
        return mentions  # most texts: no "last Thursday" to weigh
    week = anchor.isocalendar()[:2]
    bare = {
        mention.value[:10]
        for mention, candidate in zip(mentions, chosen, strict=True)
        if _is_weekday_alone(candidate)
        and _BARE_WEEKDAY.fullmatch(mention.text)
        and mention.earliest is not None
        and mention.earliest.isocalendar()[:2] == week
    }
    result = list(mentions)
    for index in said_so:
        mention = mentions[index]
        if not _is_weekday_alone(chosen[index]) or mention.value[:10] not in bare:
            continue
        day = datetime.date.fromisoformat(mention.value[:10]) + datetime.timedelta(
            weeks=-1 if mention.text[:4].lower() == "last" else 1
        )
        value = day.isoformat() + mention.value[10:]
        result[index] = make_mention(
            text, mention.start, mention.end, mention.type, value, mention.mod
        )
    return result


def _is_weekday_alone(candidate: Candidate) -> bool:
    return RULES[candidate.rule][0] == "relative_weekday" and candidate.shift is None


_BARE_WEEKDAY = re.compile(rf"{WEEKDAY}")
_LAST_OR_NEXT_WEEKDAY = re.compile(rf"(?i:last|next)\s{WEEKDAY}")


def _counts_named_by_the_day_after(
    mentions: list[DateMention], chosen: list[Candidate], text: str
) -> list[DateMention]:
    """A day counted from the story and named right after it is the day named ("A day
    earlier, on Friday, leaders attended", "Three weeks later, on 15 September"), when the
    two are at most a few days apart: the text's own word on which day it was."""
    result = list(mentions)
    for index in range(len(mentions) - 1):
        count, day = result[index], result[index + 1]
        if (
            chosen[index].shift is not None
            and chosen[index].shift[1] in ("day", "week")
            and count.type == "DATE"
            and count.precision == "day"
            and day.type == "DATE"
            and day.precision == "day"
            and _DAY_IN_APPOSITION.fullmatch(text, count.end, day.start)
            and count.earliest is not None
            and day.earliest is not None
            and 0 < abs((day.earliest - count.earliest).days) <= _APPOSED_DAYS_APART
        ):
            result[index] = make_mention(text, count.start, count.end, "DATE", day.value, count.mod)
    return result


# "A day earlier, on Friday,"; "Two days later, Aug. 16,"
_DAY_IN_APPOSITION = re.compile(r",\s(?:on\s)?")
_APPOSED_DAYS_APART = 3


def _months_in_the_year_after(
    mentions: list[DateMention], chosen: list[Candidate], text: str
) -> list[DateMention]:
    """A month or day without its year right before "in" and a year is in that year ("will
    begin in late July next year and in early July in 2013")."""
    result = list(mentions)
    for index in range(len(mentions) - 1):
        mention, following = mentions[index], mentions[index + 1]
        if (
            chosen[index].floating
            and mention.type == "DATE"
            and mention.precision in ("day", "month")
            and following.precision == "year"
            and following.text.isdigit()  # "in 2013", its year in figures
            and text[mention.end : following.start] == " in "
        ):
            value = following.value + mention.value[4:]
            result[index] = make_mention(
                text, mention.start, mention.end, mention.type, value, mention.mod
            )
    return result


def _months_after_a_date_to_come(
    mentions: list[DateMention],
    chosen: list[Candidate],
    sentences: Sentences,
    anchor: datetime.date,
) -> list[DateMention]:
    """A month or day without its year that no tense places, after one of its sentence
    still to come, goes on from it ("The last round is on May 14, giving managers a month
    to prepare for the championship in June": that June, not the June gone by)."""
    result = list(mentions)
    to_come: datetime.date | None = None  # the last such date of the sentence so far
    sentence_start = -1
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        if not (
            candidate.floating
            and not _is_weekday_alone(candidate)
            and mention.type == "DATE"
            and mention.precision in ("day", "month")
            and mention.earliest is not None
            and mention.latest is not None
        ):
            continue
        left = sentences.bounds(mention.start, mention.end)[0]
        if left != sentence_start:
            to_come, sentence_start = None, left
        if mention.earliest > anchor:
            to_come = mention.earliest
        elif (
            to_come is not None
            and mention.latest < anchor
            and not tense_at(sentences.text, mention.start, mention.end, sentences)
        ):
            year = to_come.year + (mention.earliest.month < to_come.month)
            result[index] = make_mention(
                sentences.text,
                mention.start,
                mention.end,
                "DATE",
                f"{year:04d}{mention.value[4:]}",
                mention.mod,
            )
    return result


def _days_of_the_month_named(
    mentions: list[DateMention], chosen: list[Candidate], sentences: Sentences
) -> list[DateMention]:
    """A day of the month alone after a day of its sentence is in that day's month ("open
    on September 15 and could run until the 19th"), from the day on."""
    result = list(mentions)
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        if RULES[candidate.rule][0] != "day_of_month" or index == 0:
            continue
        previous = result[index - 1]
        if not (
            previous.type == "DATE"
            and values.DAY_VALUE.fullmatch(previous.value)
            and sentences.bounds(mention.start, mention.end)[0] <= previous.start
        ):
            continue
        number = int(mention.value[8:10])
        try:
            day = datetime.date.fromisoformat(previous.value).replace(day=number)
        except ValueError:
            continue  # "February 27 ... the 30th": no such day in that month
        if day.isoformat() > previous.value:
            result[index] = make_mention(
                sentences.text, mention.start, mention.end, "DATE", day.isoformat(), mention.mod
            )
    return result
