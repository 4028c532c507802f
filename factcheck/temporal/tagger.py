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
   Nov. 6") or takes the day named before it in its sentence;
4. in a history (narrative.py), dates without a year follow the story's years;
5. expressions that count from the story's own timeline ("a year earlier", "the
   following day", "the year-ago quarter") are rebased on the last date mentioned
   (rebase.py);
6. in a history, "the next morning" and "the evening of 22 October" become TIMEs.
"""

import datetime
import itertools
import re

from factcheck.temporal import (
    amounts,
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
from factcheck.temporal.patterns import RULES, TIMES_OF_DAY_RULES, URL
from factcheck.temporal.rebase import rebase
from factcheck.temporal.resolve import (
    Candidate,
    Context,
    is_possessive,
    is_yardstick,
    names_a_fixture,
)
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
        joins = triggers.RULE_JOINS.get(name, ())
        groups.setdefault(kinds, []).append((pattern, RESOLVERS[name], index, joins))
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
_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
_DAY_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# Between a clock time and its day: a comma, "on", or the time restated in another zone
# ("10:35 a.m. (0735 GMT) Friday").
_RESTATED = r"(?:\s?\([^()]{1,24}\))?"
# A zone named in words after a clock time: "7 a.m. local time", "8 p.m. Eastern time".
_ZONE_WORDS = r"(?:\s(?:(?i:local)|[A-Z][a-z]+)\s(?i:time))?"
_CLOCK_TO_DAY = re.compile(rf"{_RESTATED}\s?,?\s?")
# "07:28 on the morning of 1 July": the day, its part of the day in between.
_CLOCK_ON_DAY = re.compile(
    rf"{_ZONE_WORDS}{_RESTATED}(?:\s(?:on\s)?(?:the\s(?:morning|afternoon|evening|night)\sof\s)?|,\s)"
)
_RESTATING = re.compile(rf"{_ZONE_WORDS}\s?\(")
_CLOSING = re.compile(r"\s?\)")
_CLOCK_VALUE = re.compile(r"T(\d\d:\d\d|\d\d)(Z?)$")
_SPECIFIC = re.compile(r"\d{4}")
# A calendar value of a year or finer, or a decade ("202") or century ("20").
_CALENDAR = re.compile(r"\d\d")
_MONTH_OR_SEASON_VALUE = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_YEAR_JOIN = re.compile(r"\s(?:of\s)?|,\s")


def tag(text: str, anchor: datetime.date) -> list[DateMention]:
    """Every temporal expression in `text`, in text order, resolved against `anchor`."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()  # a timestamp anchors by its day; values stay dates
    sentences = Sentences(text)
    context = Context(text, anchor, sentences=sentences)
    chosen = _drop_restated_clocks(_choose(_propose(context), len(text)), text)
    _fold_neighbours(chosen, text)
    chosen = ranges.add_era_range_ends(ranges.add_following_days(chosen, text), text)
    _date_clock_times(chosen, sentences, anchor)
    mentions = [make_mention(text, c.start, c.end, c.type, c.value, c.mod) for c in chosen]
    history = narrative.is_history(mentions, chosen, anchor, text)
    if history:
        mentions = narrative.follow_story(mentions, chosen, text, anchor)
    else:
        mentions = _days_of_the_month_named(mentions, chosen, sentences)
        mentions = narrative.follow_sentence(mentions, chosen, text, anchor)
    mentions = _weekdays_in_apposition(mentions, text)
    mentions = rebase(mentions, chosen, text, sentences, anchor, chain_days=history)
    mentions = _follow_clock_days(mentions, chosen, text)
    if history:
        mentions = narrative.parts_of_day(mentions, chosen, text, anchor)
        mentions = narrative.months_of_counted_years(mentions, chosen, text)
        mentions = narrative.clocks_on_counted_days(mentions, chosen, text)
        mentions = narrative.count_clock_hours(mentions, chosen, text)
        mentions = narrative.present_of_history(mentions, text)
    else:
        mentions = [
            make_mention(text, m.start, c.length[0], "DURATION", c.length[1], m.mod)
            if c.length
            else m
            for m, c in zip(mentions, chosen, strict=True)
        ]
    return ranges.order_ends(mentions, text)


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
    candidates = []
    for kinds, rules in _PLAN:
        for window_start, window_end in windows.get(kinds, ()):
            for pattern, resolver, index, joins in rules:
                if joins and all(text.find(j, window_start, window_end) < 0 for j in joins):
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
                        if candidate.end <= candidate.start or (
                            urls and any(s < candidate.end and candidate.start < e for s, e in urls)
                        ):
                            continue
                        candidate.rule = index
                        candidates.append(candidate)
    return candidates


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
    absorbed = None
    for index, candidate in enumerate(chosen):
        if candidate is absorbed:
            continue
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is not None and _is_followed_by_its_year(candidate, following, text):
            # "January nineteen ninety-seven", "the winter of nineteen ninety-four":
            # the year spelled out after a month or season is that month's year.
            candidate.value = following.value + candidate.value[4:]
            candidate.end, absorbed = following.end, following
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
        ):
            # "1994 or later", "1990 and beyond": TimeML's open-ended mods.
            candidate.end = match.end()
            candidate.mod = (
                "ON_OR_BEFORE" if (match[1] or "").lower() == "earlier" else "ON_OR_AFTER"
            )
        if following is not None and _joins_clock(candidate, following, text):
            day = following.value[:10]  # "Tuesday", or the day of "last night"
            clock = _CLOCK_VALUE.search(candidate.value)
            hour_and_minute = clock[1]
            if _is_evening_clock(text, candidate, following):
                hour_and_minute = f"{int(clock[1][:2]) + 12:02d}{clock[1][2:]}"
            elif _is_morning_clock(text, candidate, following):
                hour_and_minute = f"{int(clock[1][:2]) - 12:02d}{clock[1][2:]}"
            following.start, following.type = candidate.start, "TIME"
            following.value = f"{day}T{hour_and_minute}{clock[2]}"
            following.mod = candidate.mod
            continue
        merged.append(candidate)
        previous_end = candidate.end
    chosen[:] = merged


def _drop_restated_clocks(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Without "0735 GMT" in "10:35 a.m. (0735 GMT)": one time, said twice (TimeML
    marks the first)."""
    kept: list[Candidate] = []
    for candidate in chosen:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and candidate.type == previous.type == "TIME"
            and _RESTATING.fullmatch(text, previous.end, candidate.start)
            # "4 in the morning (4 a.m. EDT Thursday)": the restatement names the day.
            and _CLOSING.match(text, candidate.end)
        ):
            continue
        kept.append(candidate)
    return kept


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


def _date_clock_times(chosen: list[Candidate], sentences: Sentences, anchor: datetime.date):
    """A clock time alone (or "dawn", "in the morning") takes the day right after it ("3 p.m. on Monday")
    or else the day named earlier in its sentence ("flew Tuesday in Everett at 18:00
    UTC"), or, told in the past, in the sentence before ("attacked late Saturday. The
    attack began at 11 p.m."), not the anchor's."""
    days: list[Candidate] = []  # the days named so far, in text order
    told: list[Candidate] = []  # those and the times told with their days
    clock_day: Candidate | None = None  # a time told with its day ("at 10am yesterday")
    last_clock: Candidate | None = None  # the last clock time given a day, none named since
    anchor_day = anchor.isoformat()
    for index, candidate in enumerate(chosen):
        if _names_a_day(candidate):  # "late Sunday night. The fire was reported at 10:48 p.m."
            days.append(candidate)
            told.append(candidate)
            last_clock = None
            continue
        day = days[-1] if days else None
        if (
            candidate.type == "TIME"
            and _DAY_CLOCK.fullmatch(candidate.value)
            # told with its day, today's too ("at 9 a.m. today"): not a clock alone
            and (
                not candidate.value.startswith(anchor_day + "T")
                or RULES[candidate.rule][0] not in TIMES_OF_DAY_RULES
            )
            and candidate.day_from is None
        ):
            # "began arriving at 10am yesterday, and by 4.30pm": the time's day goes on
            # in its sentence, and to the next ("broke out at 6:20 p.m. Monday. The spire
            # collapsed at 7:50 p.m.").
            clock_day = candidate
            told.append(candidate)
            continue
        if not (
            candidate.type == "TIME"
            and candidate.value.startswith(anchor_day + "T")
            and RULES[candidate.rule][0] in TIMES_OF_DAY_RULES
        ):
            continue
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if (
            following is not None
            and (
                (following.type == "DATE" and values.DAY_VALUE.fullmatch(following.value))
                # "published at 22:00 on Friday night"
                or (following.type == "TIME" and _DAY_PART.fullmatch(following.value))
            )
            and not _opens_the_next_sentence(candidate, following, sentences.text)
            and _CLOCK_ON_DAY.fullmatch(sentences.text[candidate.end : following.start])
        ):
            candidate.value = following.value[:10] + candidate.value[len(anchor_day) :]
            candidate.floating = _floats_by_date(following)
            candidate.day_from = following
        elif (range_end := _range_end_with_day(chosen, index, sentences.text)) is not None:
            # "from 5 p.m. to 9 p.m. Monday", "2 p.m. to 4 p.m. and 7 p.m. to 9 p.m.
            # Monday": the times of a range or list are on the day the last is told with.
            candidate.value = range_end.value[:10] + candidate.value[len(anchor_day) :]
            candidate.floating = range_end.floating
            candidate.day_from = range_end
        elif (
            clock_day is not None
            and (day is None or day.start < clock_day.start)
            and sentences.bounds(candidate.start, candidate.end)[0] <= clock_day.start
            # Not "withdrawn at 9:55 p.m. At 2:16 a.m.": the night has gone on to the next day.
            and not _later_clock(clock_day, candidate)
        ):
            candidate.value = clock_day.value[:10] + candidate.value[len(anchor_day) :]
            candidate.floating = clock_day.floating
            candidate.day_from = clock_day
        elif (
            told
            and not _is_market_session(sentences.text, candidate)
            and (day := _day_told_of(told, candidate, sentences, anchor)) is not None
            # Not "On 14 April it struck an iceberg at 11:40 p.m. The first boat was
            # lowered at 12:45 a.m.": past midnight, the next day (a history's story
            # tells it; news leaves it to the day of publication).
            and not (
                last_clock is not None
                and last_clock.value[:10] == day.value[:10]
                and _is_evening_then_morning(last_clock, candidate)
            )
        ):
            clock = candidate.value[len(anchor_day) :]
            # "hours after a New Year's Eve address ... shortly after midnight": the
            # midnight that ends the day named, not the one it starts with; but "this
            # morning ... since midnight" is the midnight the morning follows.
            if clock == "T00:00" and not day.value.endswith("TMO"):
                clock = "T24:00"
            candidate.value = day.value[:10] + clock
            candidate.floating = _floats_by_date(day)
            candidate.day_from = day
            if (
                (day is clock_day and _is_evening_then_morning(day, candidate))
                or (day.value.endswith(("TEV", "TNI")) and clock[1:3] < "12")
                # "sent the command late Saturday, and the wheels touched the soil at
                # 1:40 a.m."
                or (day.type == "DATE" and day.mod == "END" and clock[1:3] < "06")
                # "completed on the night of 19 December 1915. The final party left at
                # 0410 hours."
                or (
                    _NIGHT_OF_BEFORE.search(sentences.text, max(0, day.start - 14), day.start)
                    and clock[1:3] < "12"
                )
            ):
                # "declared at 11:07 p.m. Thursday, and by 3 a.m.", "fell into single digits
                # last night, and the airport recorded 4 degrees at 5 a.m.": past midnight,
                # the day after the one it was told on.
                following_day = datetime.date.fromisoformat(day.value[:10]) + _ONE_DAY
                candidate.value = following_day.isoformat() + clock
                candidate.day_from = None
            last_clock = candidate
            if (
                _DAY_CLOCK.fullmatch(candidate.value)
                and day.start < sentences.bounds(candidate.start, candidate.end)[0]
            ):
                # "down 100 points at 10:30 a.m. before recovering in the afternoon": the
                # day found for the clock goes on in its sentence.
                clock_day = candidate
        elif candidate.value == anchor_day + "T24:00" and (
            tense_at(sentences.text, candidate.start, candidate.end, sentences) == "past"
        ):
            # "The ceasefire took effect at midnight": the midnight that began the day of
            # publication, not the one still to come at its end.
            candidate.value = anchor_day + "T00:00"
    # "between 2 and 3 p.m. Tuesday": the first time of a range is on the second's day.
    for first, second in itertools.pairwise(chosen):
        if (
            first.type == second.type == "TIME"
            and RULES[first.rule][0] in TIMES_OF_DAY_RULES  # no day of its own
            and first.value.startswith(anchor_day + "T")
            and _CLOCK_VALUE.search(first.value)
            and _CLOCK_VALUE.search(second.value)
            and ranges.ENDS_JOIN.fullmatch(sentences.text, first.end, second.start)
        ):
            first.value = second.value[:10] + first.value[len(anchor_day) :]
        if (
            first.type == second.type == "TIME"
            and RULES[second.rule][0] in TIMES_OF_DAY_RULES
            and (clocks := (_CLOCK_VALUE.search(first.value), _CLOCK_VALUE.search(second.value)))
            and all(clocks)
            and first.value[:10] == second.value[:10]
            and clocks[1][0] < clocks[0][0]
            and ranges.ENDS_JOIN.fullmatch(sentences.text, first.end, second.start)
        ):
            # "a curfew from 9 p.m. to 6 a.m.": the end is on the next day.
            next_day = datetime.date.fromisoformat(second.value[:10]) + datetime.timedelta(days=1)
            second.value = next_day.isoformat() + second.value[10:]
            second.day_from = None  # the day after the one it was told on


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


def _is_market_session(text: str, clock: Candidate) -> bool:
    """Whether a clock time is a market's bell ("at the 4 p.m. close", "within seconds of
    the 9:30 a.m. bell", "in Nasdaq trading at 10 a.m."): a market report's session is
    the day it is published, whatever day its background names."""
    return bool(
        _SESSION_AFTER.match(text, clock.end)
        or (
            (trading := _TRADING_BEFORE.search(text, max(0, clock.start - 12), clock.start))
            and (
                trading[0].startswith("trading")
                or _MARKET_BEFORE.search(text, max(0, trading.start() - 60), trading.start())
            )
        )
    )


_SESSION_AFTER = re.compile(r"\s(?:(?:opening|closing)\s)?(?:bell|close|open|opening)\b")
_TRADING_BEFORE = re.compile(
    r"\b(?:trading|opened|opens|closed|closes|resumed|resumes|halted|suspended)\sat\s$"
)
# A market named before "closed at": not "Polls closed at 7 p.m.".
_MARKET_BEFORE = re.compile(
    r"(?i:\b(?:market|stocks?|shares|index|exchange|Dow|Nasdaq|bonds?|futures|trading)\b)"
)


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


def _follow_clock_days(mentions: list[DateMention], chosen: list[Candidate], text: str):
    """Clock times on the day of another mention ("The following day ... from about 2:30
    p.m.", "On the 14th ... at 3:25 a.m."), on that day once counting and the story have
    placed it."""
    position = {id(candidate): index for index, candidate in enumerate(chosen)}
    result = list(mentions)
    for index, candidate in enumerate(chosen):
        day_index = position.get(id(candidate.day_from))
        if day_index is None:
            continue
        # The day as already followed: a clock time may take its day from another.
        clock, day = mentions[index], result[day_index]
        if values.DAY_VALUE.fullmatch(day.value[:10]) and clock.value[:10] != day.value[:10]:
            value = day.value[:10] + clock.value[10:]
            result[index] = make_mention(text, clock.start, clock.end, clock.type, value, clock.mod)
    return result


def _day_told_of(
    days: list[Candidate], clock: Candidate, sentences: Sentences, anchor: datetime.date
) -> Candidate | None:
    """The day named before a clock time that the time is on. `days` are the days named
    so far and the times told with their days ("at 6:20 p.m. Monday"), in text order:
    - the last one in its sentence;
    - else one in the sentence before that is the news of the last few days, for a clock
      told in the past ("attacked late Saturday. The attack began at 11 p.m."), or of
      the next few, for one told in the future ("is on Dec. 31. Fireworks will start at
      7 p.m."); a day of the other kind is passed over ("voted on Tuesday night on a
      budget that takes effect July 1. The meeting began at 3 p.m."), and so is one in
      an aside on what came before ("was hanged on Saturday, after a court upheld his
      sentence on Tuesday. The execution took place at 6 a.m."), the day the news was
      reported on ("was arrested Thursday night, the FBI said Friday") and a day a clause
      goes on to describe ("the ground lost on Monday, when the Dow plunged"); a time later in the day
      than the clock leaves it alone ("at 9:43 p.m. Sunday. By 1 a.m.");
    - else, for a clock told in the past, the last day gone by, when it is such news and
      the story has not named its own day of publication ("voted last night ... The
      meeting began at 7 p.m."; not "Oct. 24 (Bloomberg) -- ... approved late
      yesterday ... Shares fell at 9:47 a.m.")."""
    text = sentences.text
    left = sentences.bounds(clock.start, clock.end)[0]
    if left <= days[-1].start:
        # Not one in an aside on what came before: "Play began at 10.15 am, after heavy
        # rain on Friday night, and bad light ended it at 4.40 pm".
        for day in reversed(days):
            if day.start < left:
                break
            if not _COMMA_ASIDE_BEFORE.search(text, max(left, day.start - 80), day.start):
                return day
    previous_left = sentences.bounds(max(0, left - 2), max(0, left - 1))[0] if left else 0
    tense = tense_at(text, clock.start, clock.end, sentences)
    reported_on = None
    for day in reversed(days):
        if day.start < previous_left:
            break
        if _later_clock(day, clock) and _is_evening_then_morning(day, clock):
            return None  # "at 9:43 p.m. Sunday. By 1 a.m.": the night went on into Monday
        if _REPORTED_ON.search(text, max(previous_left, day.start - 12), day.start):
            # The day a lead's news was reported on, when the lead has another ("was
            # arrested Thursday night, the FBI said Friday"); when it has none, saying
            # is the news ("Bernanke said yesterday that ... The statement, released at
            # 2 p.m.").
            reported_on = reported_on or day
            continue
        if (
            _is_background_day(text, day)
            or _ASIDE_BEFORE.search(text, max(previous_left, day.start - 80), day.start)
            or _WHEN_AFTER.match(text, day.end)
        ):
            # Nor one a clause describes ("the ground lost on Monday, when the Dow
            # plunged").
            continue
        days_back = (anchor - datetime.date.fromisoformat(day.value[:10])).days
        # A date gone by named by its month and day may be long past ("killed a clerk
        # on Nov. 19. He walked into the store at 10:48 p.m."); a weekday is of the last
        # week, and what is to come of the next two.
        reach = _REACH_BY_RULE.get(RULES[day.rule][0], _RECENT_DAYS)
        if (tense == "past" and reach >= days_back >= 0) or (
            tense == "future" and _RECENT_DAYS * 2 >= -days_back >= 0
        ):
            return day
    if reported_on is not None and tense == "past":
        days_back = (anchor - datetime.date.fromisoformat(reported_on.value[:10])).days
        if _RECENT_DAYS >= days_back >= 0:
            return reported_on
    # The last day gone by: a day still to come named since ("failed again last night
    # ... must adjourn by May 21 ... a meeting that ended at 10:15 p.m.") is passed over.
    gone_by = [
        day
        for day in days
        if (day.shift is not None or day.value[:10] <= anchor.isoformat())
        and not _is_background_day(text, day)
    ]
    if not gone_by or gone_by[-1].shift is not None:
        return None  # a day counted from the story ("the next day"): not known yet
    day = gone_by[-1]
    if (
        tense != "past"
        or day.start >= previous_left
        or _is_background_day(text, day)
        or _later_clock(day, clock)
        or any(named.value.startswith(anchor.isoformat()) for named in days)
    ):
        return None
    said = _CLOCK_VALUE.search(clock.value)
    if day.value.endswith(("TEV", "TNI")) and (said is None or said[1] < "12"):
        return None  # "late last night ... At 6 a.m.", "... this morning": the morning after
    days_back = (anchor - datetime.date.fromisoformat(day.value[:10])).days
    return day if _RECENT_DAYS >= days_back >= 0 else None


def _range_end_with_day(chosen: list[Candidate], index: int, text: str) -> Candidate | None:
    """The time told with its day that ends the range or list of clock times the one at
    `index` opens or belongs to ("5 p.m. to 9 p.m. Monday"), if there is one."""
    for following in chosen[index + 1 : index + 6]:
        if not _CLOCKS_JOINED.fullmatch(text, chosen[index].end, following.start):
            return None
        if following.type != "TIME" or not _DAY_CLOCK.fullmatch(following.value):
            return None
        if RULES[following.rule][0] not in TIMES_OF_DAY_RULES:
            return following  # told with its day
        index += 1
    return None


# What joins the times of a range or a list: "5 p.m. to 9 p.m.", "4 p.m. and 7 p.m.".
_CLOCKS_JOINED = re.compile(r"\s?(?:[-–]|,|,?\s(?:to|until|till|and|or))\s?")


def _later_clock(day: Candidate, clock: Candidate) -> bool:
    """Whether `day` is a time told with its day, later in the day than `clock`."""
    told, said = _CLOCK_VALUE.search(day.value), _CLOCK_VALUE.search(clock.value)
    return told is not None and said is not None and told[1] > said[1]


def _is_evening_then_morning(told: Candidate, clock: Candidate) -> bool:
    """Whether `clock` is a morning's time told after `told`, an evening's (see
    values.passes_midnight)."""
    before, after = _CLOCK_VALUE.search(told.value), _CLOCK_VALUE.search(clock.value)
    return before is not None and after is not None and values.passes_midnight(before[1], after[1])


def _is_background_day(text: str, day: Candidate) -> bool:
    """ "Friday's earthquake", "last Friday", "since March 7": background to the news,
    not its scene ("last night" is the scene, and so is "Sunday's final")."""
    return (
        # (but "Sunday's final ... the winning point was played at 6:48 p.m." is its scene)
        (is_possessive(text, day.end) and not names_a_fixture(text, day.end))
        or _BACKGROUND_DAY.match(text, day.start) is not None
        or is_yardstick(text, day.start)
        or _COMPARED_WITH_BEFORE.search(text, max(0, day.start - 12), day.start) is not None
    )


_RECENT_DAYS = 7
# How far back a clock time's day may lie, by how the day was named: a date by its
# month and day a year ("killed a clerk on Nov. 19"), one with its year any time
# ("vanished on November 8, 1986 ... last seen at a bus stop at 4.30pm").
_REACH_BY_RULE = {
    **dict.fromkeys(("month_day", "day_month", "numeric", "iso"), 366),
    **dict.fromkeys(("month_day_year", "day_month_year"), 366 * 200),
}
_ONE_DAY = datetime.timedelta(days=1)
# A clause that tells what came before the news: "was hanged on Saturday, after an
# appeals court upheld his sentence on Tuesday", "in attacks that came after police on
# Friday captured the suspect", "14 hours after the polls closed Tuesday night".
_ASIDE_BEFORE = re.compile(
    r"(?:,|\b(?:came|comes|come|that|which|hours|days|minutes))\s(?:after|before)\s[^,;.]*$"
)
# In the clock's own sentence, only an aside set off by a comma: "came hours after a New
# Year's Eve address, shortly after midnight" is that night's.
_COMMA_ASIDE_BEFORE = re.compile(r",\s(?:after|before)\s[^,;.]*$")
# The day a lead's news was reported on: "arrested Thursday night, the FBI said Friday".
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|disclosed|added|stated)\s(?:on\s)?$"
)
# A day a clause goes on to describe: "the ground lost on Monday, when the Dow plunged".
_WHEN_AFTER = re.compile(r",\swhen\s")
_NIGHT_OF_BEFORE = re.compile(r"(?i:night|evening)\sof\s$")
_BACKGROUND_DAY = re.compile(r"(?i:last|this\spast|the\sprevious)\s(?!night)")
# A figure of another day to compare with: "up from 140.20 Thursday", "compared with
# 265 million Tuesday", "from 6.82% Tuesday" (not a tally: "voted 5-2 Tuesday night").
_COMPARED_WITH_BEFORE = re.compile(
    r"(?:\d[.,]\d+%?|\d%|\b(?:million|billion|trillion|cents|points|yen|marks|francs|pounds|"
    r"euros|percent))\s$"
)


def _floats_by_date(day: Candidate) -> bool:
    """Whether a clock time given `day` follows it when a history re-reads it ("on 1 July
    ... at 7:28 a.m."); a weekday's or a holiday's re-reading ("Saturday", "Easter") is
    no month and day to copy."""
    return day.floating and RULES[day.rule][0] not in ("relative_weekday", "holiday")


def _is_evening_clock(text: str, clock: Candidate, day: Candidate) -> bool:
    """ "nine o'clock tonight", "10:05 last night": an hour said of a night or an evening
    is p.m., unless it says a.m."""
    said = text[clock.start : clock.end].lower()
    evening = text[day.start : day.end].lower().endswith("tonight") or day.value.endswith(
        ("TNI", "TEV")
    )
    return (
        evening
        and not any(mark in said for mark in ("a.m", "am"))
        and 6 <= int(_CLOCK_VALUE.search(clock.value)[1][:2]) <= 11
    )


def _is_morning_clock(text: str, clock: Candidate, day: Candidate) -> bool:
    """ "4 o'clock this morning", "at 6 yesterday morning": an hour said of a morning
    without a.m. or p.m. is the morning's, not the afternoon's it would be alone."""
    said = text[clock.start : clock.end].lower()
    return (
        day.value.endswith("TMO")
        and not any(mark in said for mark in ("a.m", "am", "p.m", "pm"))
        and 13 <= int(_CLOCK_VALUE.search(clock.value)[1][:2]) <= 18
    )


def _names_a_day(candidate: Candidate) -> bool:
    """A day ("Tuesday", "Oct. 4"), or a part of one with its own day ("last night",
    "Sunday evening"); not a part of the day still to find its day ("in the morning")."""
    if candidate.type == "DATE":
        return values.DAY_VALUE.fullmatch(candidate.value) is not None
    return (
        candidate.type == "TIME"
        and _DAY_PART.fullmatch(candidate.value) is not None
        and RULES[candidate.rule][0] not in TIMES_OF_DAY_RULES
    )


_SENTENCE_OPENER = re.compile(
    r"(?:Last|Next|This|That|The|Early|Late|Earlier|Later|Yesterday|Today|Tomorrow|Tonight)\b"
)


def _opens_the_next_sentence(clock: Candidate, day: Candidate, text: str) -> bool:
    """ "at 9:32 a.m. Four days later", "at 10 a.m. The next morning": a count from the
    story after the period of "a.m." opens a sentence; it is no day of the clock's
    ("at 9 a.m. the following day" is, and so is "at 10 a.m. Monday")."""
    if text[clock.end - 1 : clock.end] != "." or not text[day.start : day.start + 1].isupper():
        return False
    # "by 11 a.m. Last Thursday, the bank said": a word no name starts with opens it too.
    return (
        day.shift is not None
        or day.length is not None
        or _SENTENCE_OPENER.match(text, day.start) is not None
    )


def _joins_clock(clock: Candidate, day: Candidate, text: str) -> bool:
    if clock.type != "TIME" or not _CLOCK_VALUE.search(clock.value):
        return False
    if _opens_the_next_sentence(clock, day, text):
        return False
    if not _names_a_day(day):  # "at 3 p.m. Tuesday", "at 10:05 last night"
        return False
    return _CLOCK_TO_DAY.fullmatch(text[clock.end : day.start]) is not None
