"""Which day a clock time is on.

A clock time said with its day is one TIME with it ("at 3 p.m. Tuesday", "10:05 last
night": joined_clock_value); one said alone ("at 11 p.m.", "at dawn") takes the day the
story is on (date_clock_times): the day right after it, the day named before it in its
sentence, the news of the sentence before, or the last day gone by of a story told in
the past. A time restated in another zone is one time (drop_restated_clocks), and a
clock time follows its day once counting and the story have moved it
(follow_clock_days).
"""

import datetime
import itertools
import re

from factcheck.temporal import ranges, values
from factcheck.temporal.lexicon import is_reported_on
from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.patterns import RULES, TIMES_OF_DAY_RULES, WEEKDAY_OPENS, ZONE_NAMES
from factcheck.temporal.resolve import Candidate, is_possessive, is_yardstick, names_a_fixture
from factcheck.temporal.tense import RELATIVE_ASIDE, Sentences, is_heading, tense_at

_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
_DAY_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# Between a clock time and its day: a comma, "on", or the time restated in another zone
# ("10:35 a.m. (0735 GMT) Friday").
_RESTATED = r"(?:\s?\([^()]{1,24}\))?"
# (Spaces, not a line break: "takes effect at 11:59 p.m.\n2020-04-07: Order extended"
# starts another entry.)
_SPACE = r"[^\S\n]"
_CLOCK_TO_DAY = re.compile(rf"{_RESTATED}{_SPACE}?,?{_SPACE}?")
# "07:28 on the morning of 1 July": the day, its part of the day in between; "at 2 p.m.
# EDT, on Thursday".
_CLOCK_ON_DAY = re.compile(
    rf"{_RESTATED}(?:{_SPACE}(?:on\s)?(?:the\s(?:(?:morning|afternoon|evening|night)\sof\s)?)?"
    rf"|,{_SPACE}(?:on\s)?)"
)
_RESTATING = re.compile(r"\s?\(")
_CLOSING = re.compile(r"\s?\)")
_CLOCK_VALUE = re.compile(r"T(\d\d:\d\d|\d\d)(Z?)$")


def keep_the_afternoon(chosen: list[Candidate], text: str) -> None:
    """A clock time told without a.m. or p.m. after an afternoon's or evening's of the
    same day, not far back, is later that day too: "The doors were opened at 7 p.m., and
    the first act took the stage at 8:15" (20:15), "starts at 8 p.m. and ends at 10:30"."""
    previous: Candidate | None = None
    for candidate in chosen:
        if candidate.type != "TIME" or not (clock := _CLOCK_VALUE.search(candidate.value)):
            continue
        # a bare clock a sentence or so after one that told its half of the day
        told, previous = previous, candidate
        if (
            told is None
            or candidate.start - told.end > _AFTERNOON_REACH
            or _HALF_OF_DAY.search(text[candidate.start : candidate.end].lower())
            or (before := _CLOCK_VALUE.search(told.value)) is None
        ):
            continue
        hour, rest = int(clock[1][:2]), f"{clock[1][2:]}{clock[2]}"
        same_day = told.value[:10] == candidate.value[:10]
        if (
            (same_day or candidate.day_from is None)  # or on no day of its own yet
            and ":" in clock[1]
            and 1 <= hour <= 11
            and 12 <= int(before[1][:2]) < hour + 12
        ):
            candidate.value = f"{told.value[:10]}T{hour + 12:02d}{rest}"
            if candidate.day_from is None:  # on the afternoon's day, as its clock is
                candidate.day_from = told.day_from or told
                candidate.floating = told.floating
        elif same_day and int(before[1][:2]) >= 20 and 13 <= hour <= 17:
            # "The party began at 11 p.m. and the police came at 2:30": the small hours
            # after that night, not the afternoon before it.
            next_day = datetime.date.fromisoformat(candidate.value[:10]) + _ONE_DAY
            candidate.value = f"{next_day.isoformat()}T{hour - 12:02d}{rest}"
            candidate.day_from = None


# How far (in characters) an afternoon's clock time tells the half of the day of the
# bare ones after it: a sentence or two.
_AFTERNOON_REACH = 200
_HALF_OF_DAY = re.compile(r"[ap]\.?m\b|\bnoon\b|\bmidnight\b|\bmorning\b|\bafternoon\b|\bevening\b")


def _is_clock_before_noon(value: str) -> bool:
    """Whether a TIME's value is a clock time between 1 a.m. and noon ("T04:00"); "in the
    morning" (TMO) is a part of the day, no clock."""
    clock = _CLOCK_VALUE.search(value)
    return clock is not None and "01:00" <= clock[1] < "12"


def joined_clock_value(clock: Candidate, day: Candidate, text: str) -> str | None:
    """The value of a clock time and the day right after it read as one ("at 3 p.m.
    Tuesday", "at 10:05 last night", "4 o'clock this morning"), or None when they are
    not one time."""
    if not _joins_clock(clock, day, text):
        return None
    said = _CLOCK_VALUE.search(clock.value)
    hour_and_minute = said[1]
    if _is_evening_clock(text, clock, day):
        hour_and_minute = f"{int(said[1][:2]) + 12:02d}{said[1][2:]}"
    elif _is_morning_clock(text, clock, day):
        hour_and_minute = f"{int(said[1][:2]) - 12:02d}{said[1][2:]}"
    return f"{day.value[:10]}T{hour_and_minute}{said[2]}"


def joined_day_clock_value(day: Candidate, clock: Candidate, text: str) -> str | None:
    """The value of a day and the clock time right after it read as one ("Oct. 31, 2012
    6:34 PM EDT", "Monday, Oct. 29, 8 p.m.", "Friday 9 a.m."), or None when they are not
    one time ("Friday at 9 a.m." stays two, as TimeML's signal "at" parts them)."""
    if (
        day.type != "DATE"
        or day.mod is not None
        or not values.DAY_VALUE.fullmatch(day.value)
        or clock.type != "TIME"
        or text[day.end : clock.start] not in (" ", ", ")
        or (said := _CLOCK_VALUE.search(clock.value)) is None
    ):
        return None
    return f"{day.value[:10]}T{said[1]}{said[2]}"


def drop_restated_clocks(chosen: list[Candidate], text: str) -> list[Candidate]:
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


def date_clock_times(chosen: list[Candidate], sentences: Sentences, anchor: datetime.date):
    """A clock time alone (or "dawn", "in the morning") takes the day right after it ("3 p.m. on Monday")
    or else the day named earlier in its sentence ("flew Tuesday in Everett at 18:00
    UTC"), or, told in the past, in the sentence before ("attacked late Saturday. The
    attack began at 11 p.m."), not the anchor's."""
    days: list[Candidate] = []  # the days named so far, in text order
    told: list[Candidate] = []  # those and the times told with their days
    clock_day: Candidate | None = None  # a time told with its day ("at 10am yesterday")
    last_clock: Candidate | None = None  # the last clock time given a day, none named since
    night_open: Candidate | None = None  # an evening's clock left on the anchor, no day since
    anchor_day = anchor.isoformat()
    for index, candidate in enumerate(chosen):
        if _names_a_day(candidate):  # "late Sunday night. The fire was reported at 10:48 p.m."
            days.append(candidate)
            told.append(candidate)
            last_clock = night_open = None
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
        elif (heading := _heading_day(days, candidate, sentences.text)) is not None:
            # "Sunday 12 February\n00.20 – Car stopped ...\n09.30 – ...": a timeline's
            # stamps are on the day heading their list.
            candidate.value = heading.value[:10] + candidate.value[len(anchor_day) :]
            candidate.floating = _floats_by_date(heading)
            candidate.day_from = heading
        elif (range_end := _range_end_with_day(chosen, index, sentences.text)) is not None:
            # "from 5 p.m. to 9 p.m. Monday", "2 p.m. to 4 p.m. and 7 p.m. to 9 p.m.
            # Monday": the times of a range or list are on the day the last is told with.
            candidate.value = range_end.value[:10] + candidate.value[len(anchor_day) :]
            candidate.floating = range_end.floating
            candidate.day_from = range_end
            if (
                _DAY_CLOCK.fullmatch(range_end.value)
                and candidate.value[10:] > range_end.value[10:]
            ):
                # "from 8 p.m. until 12:30 a.m. Thursday": the range crosses midnight, so
                # its start is on the day before.
                _put_on_the_day_before(candidate, range_end)
        elif (
            later := _day_later_in_its_sentence(chosen, index, told, sentences, anchor)
        ) is not None:
            # "Visitation will be held from noon until the service, where the funeral will
            # begin at 1 p.m. Monday": a time to come takes the day its sentence names
            # after it, when none came before.
            candidate.value = later.value[:10] + candidate.value[len(anchor_day) :]
            candidate.floating = _floats_by_date(later)
            candidate.day_from = later
            if candidate.value.endswith("T24:00"):
                # "would reach 8.5 metres by midnight and 9 metres by Thursday evening":
                # the midnight that opens the day named after it, the end of the day before.
                _put_on_the_day_before(candidate, later)
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
            if (
                clock_day.value[10:13] < "T06"
                and candidate.value[10:13] >= "T18"
                and _UNTIL_BEFORE.search(
                    sentences.text, max(0, clock_day.start - 8), clock_day.start
                )
            ):
                # "free service until 3 a.m. Saturday, and the fireworks begin at 10
                # p.m.": the evening of the night that ends then, the day before.
                _put_on_the_day_before(candidate, clock_day)
        elif (
            told
            and not _is_market_session(sentences.text, candidate)
            and (day := _day_told_of(told, candidate, sentences, anchor)) is not None
        ):
            clock = candidate.value[len(anchor_day) :]
            # "hours after a New Year's Eve address ... shortly after midnight": the
            # midnight that ends the day named, not the one it starts with; but "this
            # morning ... since midnight" is the midnight the morning follows.
            if clock in ("T00:00", "T24:00") and (
                _DAY_CLOCK.fullmatch(day.value) and day.value[10:] < "T12"
            ):
                # "for the 4.30am dawn service ... had arrived before midnight": the
                # midnight the morning's clock follows
                clock = "T00:00"
            elif clock == "T00:00" and not day.value.endswith("TMO"):
                clock = "T24:00"
            candidate.value = day.value[:10] + clock
            candidate.floating = _floats_by_date(day)
            candidate.day_from = day
            evening = clock_day if day is clock_day else last_clock
            if _is_past_midnight(day, clock, candidate, evening, last_clock, sentences):
                # the day after the one it was told on
                following_day = datetime.date.fromisoformat(day.value[:10]) + _ONE_DAY
                candidate.value = following_day.isoformat() + clock
                candidate.day_from = None
            last_clock = candidate
            if candidate.day_from is not None:
                # "plunged Wednesday night. ... went down at 9:52 p.m. ... had left at
                # 8:45 p.m.": a clock placed on a day is that day for the sentence after.
                told.append(candidate)
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
        if candidate.value.startswith(anchor_day + "T") and candidate.day_from is None:
            hour = _CLOCK_VALUE.search(candidate.value)
            if hour is not None and hour[1] >= "18":
                night_open = candidate
            elif (
                hour is not None
                and hour[1] < "06"
                and night_open is not None
                and candidate.start - night_open.end <= _EVENING_REACH
            ):
                # "It is 7 p.m. here ... with you until 2 a.m.": no day named, the night
                # goes on past midnight into the next.
                following_day = anchor + _ONE_DAY
                candidate.value = following_day.isoformat() + candidate.value[len(anchor_day) :]
    for first, second in itertools.pairwise(chosen):
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


# How far (in characters) an evening's clock time reaches the morning's after it, with
# no day named between: a paragraph or two of the same night.
_EVENING_REACH = 400


def _heading_day(days: list[Candidate], clock: Candidate, text: str) -> Candidate | None:
    """The day named on a short line of its own ("Sunday 12 February", "TIMELINE, SUNDAY
    26 DECEMBER (GMT)") above a clock time that opens its line or stands in a list's
    entry ("- Germany: Ifo business climate, 9am"), with no other day named since: the
    heading of a timeline's list or a diary's day."""
    line = text[text.rfind("\n", 0, clock.start) + 1 : clock.start]
    if not days or (line.strip(_LIST_MARKS) and not line.lstrip().startswith(_ENTRY_MARKS)):
        return None
    day = days[-1]
    line_end = text.find("\n", day.end)
    if line_end < 0 or not values.DAY_VALUE.fullmatch(day.value):
        return None
    heading = text[text.rfind("\n", 0, day.start) + 1 : line_end].strip(" :*")
    return day if is_heading(heading) else None


_LIST_MARKS = " \t*#•-–—"
_ENTRY_MARKS = ("- ", "• ", "* ", "– ")


def _put_on_the_day_before(clock: Candidate, day: Candidate) -> None:
    """Date a clock time on the day before `day`'s, as no mention names it."""
    day_before = datetime.date.fromisoformat(day.value[:10]) - _ONE_DAY
    clock.value = day_before.isoformat() + clock.value[10:]
    clock.day_from = None


def _is_market_session(text: str, clock: Candidate) -> bool:
    """Whether a clock time is a market's bell ("at the 4 p.m. close", "within seconds of
    the 9:30 a.m. bell", "in Nasdaq trading at 10 a.m."): a market report's session is
    the day it is published, whatever day its background names."""
    return bool(
        _SESSION_AFTER.match(text, clock.end)
        # "Stocks were down 139 points by 1 p.m.": the market's move so far today
        or (
            _MOVE_BY_BEFORE.search(text, max(0, clock.start - 40), clock.start)
            and _MARKET_BEFORE.search(text, max(0, clock.start - 80), clock.start)
        )
        or (
            (trading := _TRADING_BEFORE.search(text, max(0, clock.start - 12), clock.start))
            and (
                trading[0].startswith("trading")
                or _MARKET_BEFORE.search(text, max(0, trading.start() - 60), trading.start())
            )
        )
    )


_MOVE_BY_BEFORE = re.compile(r"\b(?:points?|percent|cents)\s(?:by|as\sof)\s$|%\s(?:by|as\sof)\s$")
_SESSION_AFTER = re.compile(r"\s(?:(?:opening|closing)\s)?(?:bell|close|open|opening)\b")
_TRADING_BEFORE = re.compile(
    r"\b(?:trading|opened|opens|closed|closes|resumed|resumes|halted|suspended)\sat\s$"
)
# A market named before "closed at": not "Polls closed at 7 p.m.".
_MARKET_BEFORE = re.compile(
    r"(?i:\b(?:market|stocks?|shares|index|exchange|Dow|Nasdaq|bonds?|futures|trading)\b)"
)


def follow_clock_days(mentions: list[DateMention], chosen: list[Candidate], text: str):
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
        # (the clock's own day may be longer than ten characters: "BC1867-06-04T12:00";
        # one with no time left, a day the story gave it, is left as it is)
        date, _, time = clock.value.partition("T")
        if time and values.DAY_VALUE.fullmatch(day.value[:10]) and date != day.value[:10]:
            value = day.value[:10] + "T" + time
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
            if _COMMA_ASIDE_BEFORE.search(text, max(left, day.start - 80), day.start):
                continue
            if _is_quoted(text, day.start) and not _is_quoted(text, clock.start):
                continue  # a speaker's day, not the scene of the narration's clock
            if _is_record_day(text, day):
                continue
            if _CLAUSE_JOIN.search(text, day.end, clock.start) and _told_the_other_way(
                day, clock, sentences, anchor
            ):
                # "The new rates take effect on 1 April, and the index had dropped 300
                # points by noon": another clause, told of another time.
                continue
            return day
    previous_left = sentences.bounds(max(0, left - 2), max(0, left - 1))[0] if left else 0
    tense = tense_at(text, clock.start, clock.end, sentences)
    reported_on = None
    for day in reversed(days):
        if day.start < previous_left:
            break
        if _later_clock(day, clock) and _is_evening_then_morning(day, clock):
            return None  # "at 9:43 p.m. Sunday. By 1 a.m.": the night went on into Monday
        if is_reported_on(text, day.start, previous_left):
            # The day a lead's news was reported on, when the lead has another ("was
            # arrested Thursday night, the FBI said Friday"); when it has none, saying
            # is the news ("Bernanke said yesterday that ... The statement, released at
            # 2 p.m.").
            reported_on = reported_on or day
            continue
        if (
            _is_background_day(text, day)
            # '"Today I finally had the legs for it." ... set off at 8.30am': a speaker's
            # day, not the scene
            or _is_quoted(text, day.start)
            or _ASIDE_BEFORE.search(text, max(previous_left, day.start - 80), day.start)
            # A day to come in a relative clause on something else: "New Hampshire,
            # which holds its primary Jan. 27. The president will speak at 9 p.m." (not
            # "Flight 2041, which crashed Wednesday night ... left at 9:14 p.m.").
            or (
                day.value[:10] > anchor.isoformat()
                and RELATIVE_ASIDE.search(text, max(previous_left, day.start - 80), day.start)
            )
            # What had come before, in a relative clause: "France, who had lost to Tonga
            # on October 1, replied ... Kick-off was at 9pm."
            or _PAST_PERFECT_ASIDE.search(text, max(previous_left, day.start - 80), day.start)
            # The day of a plan, no scene: "The vote had been set for April 22 but was
            # postponed. Turnout had reached 65 percent by 8 p.m."
            or _PLANNED_FOR_BEFORE.search(text, max(previous_left, day.start - 30), day.start)
            # (a day to come that a clause describes is still the scene: "will come at 6
            # a.m. Friday, when New Zealand enters 2000. Officials will watch ... at 10 a.m.")
            or (_WHEN_AFTER.match(text, day.end) and tense != "future")
            # A morning's time is not on the night a lead ends with: "... yesterday,
            # leaving homes without power last night. The snow began shortly after 4 a.m."
            # is yesterday's; with no day but the night, the morning after is ("watched
            # the match last night ... singing until 2 a.m.").
            or (day.value.endswith(("TEV", "TNI")) and _is_clock_before_noon(clock.value))
        ):
            # Nor one a clause describes ("the ground lost on Monday, when the Dow
            # plunged").
            continue
        days_back = (anchor - datetime.date.fromisoformat(day.value[:10])).days
        # A date gone by named by its month and day may be long past ("killed a clerk
        # on Nov. 19. He walked into the store at 10:48 p.m."); a weekday is of the last
        # week, and what is to come of the next two.
        reach = _REACH_BY_RULE.get(RULES[day.rule][0], _RECENT_DAYS)
        # What is to come reaches two weeks, or as far as a date told with its weekday
        # ("plays the Queen's Hall on Friday, May 9. Doors open at 7pm"), an event's day.
        ahead = _RECENT_DAYS * 2
        if WEEKDAY_OPENS.match(text, day.start) and not _UNTIL_BEFORE.search(
            text, max(0, day.start - 8), day.start
        ):
            ahead = max(ahead, reach)
        if (tense == "past" and reach >= days_back >= 0) or (
            tense == "future" and ahead >= -days_back >= 0
        ):
            return day
    if reported_on is not None and tense == "past":
        days_back = (anchor - datetime.date.fromisoformat(reported_on.value[:10])).days
        if _RECENT_DAYS >= days_back >= 0:
            return reported_on
    if (
        tense != "past"
        and (ahead := _day_ahead_told_before(days, clock, anchor, text)) is not None
        and ahead.start < previous_left  # the sentence before was read above
    ):
        # "the visit of Valley Wanderers tomorrow. Last Saturday ... Kick-off at the
        # Harbour Ground is 3pm": a time not told in the past is on the day to come the
        # story just named.
        return ahead
    # The last day gone by: a day still to come named since ("failed again last night
    # ... must adjourn by May 21 ... a meeting that ended at 10:15 p.m.") is passed over.
    # (the last such day, looked for from the clock back: a long text names many)
    day = next(
        (
            day
            for day in reversed(days)
            if (day.shift is not None or day.value[:10] <= anchor.isoformat())
            and not _is_background_day(text, day)
            # "On 19 February that year he was charged": a day of the story's year, long
            # gone, no day of the news; nor is what had come before ("France, who had
            # lost to Tonga on October 1").
            and not (day.shift is not None and day.shift[1] == "part_of_year")
            and not _PAST_PERFECT_ASIDE.search(text, max(0, day.start - 80), day.start)
            and not _is_quoted(text, day.start)
        ),
        None,
    )
    if day is None or day.shift is not None:
        return None  # a day counted from the story ("the next day"): not known yet
    if (
        tense != "past"
        or day.start >= previous_left
        or _is_background_day(text, day)
        or _later_clock(day, clock)
        or any(
            named.value.startswith(anchor.isoformat()) and not _is_quoted(text, named.start)
            for named in days
        )
    ):
        return None
    said = _CLOCK_VALUE.search(clock.value)
    if day.value.endswith(("TEV", "TNI")) and (said is None or said[1] < "12"):
        return None  # "late last night ... At 6 a.m.", "... this morning": the morning after
    days_back = (anchor - datetime.date.fromisoformat(day.value[:10])).days
    return day if _RECENT_DAYS >= days_back >= 0 else None


def _is_quoted(text: str, start: int) -> bool:
    """Whether text[start] stands inside a quotation of its paragraph ('"Today I finally
    had the legs for it."'): a speaker's day, told when they spoke, no day of the news."""
    left = text.rfind("\n", 0, start) + 1
    before = text[left:start]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _day_ahead_told_before(
    days: list[Candidate], clock: Candidate, anchor: datetime.date, text: str
) -> Candidate | None:
    """The last day named before a clock time, background passed over ("Last Saturday"),
    when it is a day still to come, a day itself (no clock time of its own) and named not
    far back."""
    if not _CLOCK_VALUE.search(clock.value):
        return None  # "through the night": a part of the day, no clock
    day = next((day for day in reversed(days) if not _is_background_day(text, day)), None)
    if day is None:
        return None
    if (
        values.DAY_VALUE.fullmatch(day.value)
        and day.value[:10] > anchor.isoformat()
        and (datetime.date.fromisoformat(day.value[:10]) - anchor).days <= _RECENT_DAYS
        and clock.start - day.end <= _AHEAD_REACH
    ):
        return day
    return None


# How far (in characters) a day to come stays the scene of the clocks after it.
_AHEAD_REACH = 400


def _is_past_midnight(
    day: Candidate,
    clock: str,
    candidate: Candidate,
    evening: Candidate | None,
    last_clock: Candidate | None,
    sentences: Sentences,
) -> bool:
    """Whether a clock time (`clock`, "T03:00") told after `day` is on the day after it:
    - the clock before it already went past midnight ("at 11:40 p.m. ... at 12:45 a.m.
      ... at 2:20 a.m.");
    - a morning's time after an evening's of that day ("declared at 11:07 p.m. Thursday,
      and by 3 a.m.", "struck an iceberg at 11:40 p.m. The first boat was lowered at
      12:45 a.m.");
    - a morning's time after a night or "late Saturday" of its own sentence ("fell into
      single digits last night, and the airport recorded 4 degrees at 5 a.m.", "sent the
      command late Saturday, and the wheels touched the soil at 1:40 a.m."); told the
      sentence before, the night is where the story ends ("leaving homes without power
      last night. The snow began shortly after 4 a.m.");
    - a morning's time after "the night of" a day ("completed on the night of 19
      December 1915. The final party left at 0410 hours.")."""
    following_day = (datetime.date.fromisoformat(day.value[:10]) + _ONE_DAY).isoformat()
    if (
        last_clock is not None
        and last_clock.value[:10] == following_day
        and last_clock.value[10:] <= clock
    ):
        return True
    if (
        evening is not None
        and evening.value[:10] == day.value[:10]
        and _is_evening_then_morning(evening, candidate)
    ):
        return True
    morning = clock[1:3] < "12" or clock == "TMO"
    if day.value.endswith(("TEV", "TNI")) and ("00:01" <= clock[1:6] < "06:00" or clock == "TMO"):
        # "passed the House late Monday night ... left the Capitol at about 12:45 a.m.",
        # "crossed the river on the night of 26 June, and by dawn": the small hours and
        # the dawn after a night are the next day's.
        return True
    if _AFTER_ASIDE.search(sentences.text, max(day.end, candidate.start - 80), candidate.start):
        return False  # "buried this evening, after a funeral that began at 11 a.m.": before it
    if day.start >= sentences.bounds(candidate.start, candidate.end)[0] and (
        (day.value.endswith(("TEV", "TNI")) and morning)
        or (day.type == "DATE" and day.mod == "END" and clock[1:3] < "06")
    ):
        return True
    return morning and bool(
        _NIGHT_OF_BEFORE.search(sentences.text, max(0, day.start - 14), day.start)
    )


def _day_later_in_its_sentence(
    chosen: list[Candidate],
    index: int,
    told: list[Candidate],
    sentences: Sentences,
    anchor: datetime.date,
) -> Candidate | None:
    """The first day still to come named after the clock at `index` in its sentence, when
    the clock is told as to come and no day was named before it there."""
    clock = chosen[index]
    if not _CLOCK_VALUE.search(clock.value):
        return None  # "picks up through the night, but the worst comes tomorrow": tonight
    left, right = sentences.bounds(clock.start, clock.end)
    if told and told[-1].start >= left:
        return None
    if tense_at(sentences.text, clock.start, clock.end, sentences) != "future":
        return None
    for later in chosen[index + 1 :]:
        if later.start >= right:
            return None
        told_with_its_day = (
            later.type == "TIME"
            and _DAY_CLOCK.fullmatch(later.value)
            and RULES[later.rule][0] not in TIMES_OF_DAY_RULES
        )
        if _names_a_day(later) or told_with_its_day:
            return later if later.value[:10] > anchor.isoformat() else None
    return None


def _range_end_with_day(chosen: list[Candidate], index: int, text: str) -> Candidate | None:
    """The day that ends the range or list of clock times the one at `index` opens or
    belongs to: the last time's, told with it ("5 p.m. to 9 p.m. Monday") or right after
    it ("9 a.m. to 4 p.m. May 16"), if there is one."""
    first = index
    if _ZONE_AT_END.search(text, chosen[index].start, chosen[index].end):
        # "at 5:30 a.m. local time, 9:30 last night here": the time restated in another
        # zone, on its own day there; no list.
        return None
    for following in chosen[index + 1 : index + 6]:
        if index > first and _CLOCK_ON_DAY.fullmatch(text, chosen[index].end, following.start):
            return following if _names_a_day(following) else None
        if not (
            ranges.ENDS_JOIN.fullmatch(text, chosen[index].end, following.start)
            or _LIST_JOIN.fullmatch(text, chosen[index].end, following.start)
        ):
            return None
        if following.type != "TIME" or not _DAY_CLOCK.fullmatch(following.value):
            return None
        if RULES[following.rule][0] not in TIMES_OF_DAY_RULES:
            return following  # told with its day
        index += 1
    return None


_ZONE_AT_END = re.compile(rf"\s(?:[Tt]ime|{ZONE_NAMES})$")
# What joins the times of a list, besides a range's "to" and "-": "4 p.m., 7 p.m. or 9".
_LIST_JOIN = re.compile(r",\s?|,?\s(?:and|or)\s")


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
        or _is_record_day(text, day)
        # "revenue for the 12 months ended June 30": a period's end, no scene
        or _PERIOD_ENDED_BEFORE.search(text, max(0, day.start - 8), day.start) is not None
        or (
            _COMPARED_WITH_BEFORE.search(text, max(0, day.start - 12), day.start) is not None
            and _COMPARISON_BEFORE.search(text, max(0, day.start - 40), day.start) is not None
        )
    )


_RECENT_DAYS = 7
# How far back a clock time's day may lie, by how the day was named: a date by its
# month and day a year ("killed a clerk on Nov. 19"), one with its year any time
# ("vanished on November 8, 1986 ... last seen at a bus stop at 4.30pm"), or with the
# year before's ("on Sunday 3 November last year").
_REACH_BY_RULE = {
    **dict.fromkeys(("month_day", "day_month", "numeric", "numeric_month_day", "iso"), 366),
    "month_relative_year": 366 * 2,
    **dict.fromkeys(("month_day_year", "day_month_year"), 366 * 200),
}
_ONE_DAY = datetime.timedelta(days=1)
# A clause that tells what came before the news: "was hanged on Saturday, after an
# appeals court upheld his sentence on Tuesday", "in attacks that came after police on
# Friday captured the suspect", "14 hours after the polls closed Tuesday night".
# "a magnitude 9.1 quake" goes on; "following" a day is after it.
_ASIDE = r"\s(?:after|before|following)\s(?:[^,;.]|\.(?=\d))*$"
_ASIDE_BEFORE = re.compile(
    rf"(?:,|\b(?:came|comes|come|that|which|hours?|days?|minutes?|today|yesterday)){_ASIDE}"
)
# In the clock's own sentence, only an aside set off by a comma: "came hours after a New
# Year's Eve address, shortly after midnight" is that night's.
_COMMA_ASIDE_BEFORE = re.compile(rf",{_ASIDE}")
_PAST_PERFECT_ASIDE = re.compile(r",\s(?:which|who)\s(?:[a-z]+\s)?had\s[^,;.]*$")
# Where one clause of a sentence ends and the next begins.
_CLAUSE_JOIN = re.compile(r",\s(?:and|but|while)\s|;\s")


def _told_the_other_way(
    day: Candidate, clock: Candidate, sentences: Sentences, anchor: datetime.date
) -> bool:
    """Whether a day still to come goes with a clock told in the past, or the other way
    (a day counted from the story, "the following day", is not placed yet)."""
    if day.shift is not None:
        return False
    tense = tense_at(sentences.text, clock.start, clock.end, sentences)
    told = day.value[:10]
    return (tense == "past" and told > anchor.isoformat()) or (
        tense == "future" and told < anchor.isoformat()
    )


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s$")
_PLANNED_FOR_BEFORE = re.compile(
    r"\b(?:set|scheduled|planned|slated|due|postponed|delayed|moved|pushed\sback)\s"
    r"(?:for|to|until|on)\s$"
)
# What came before the day's own event: "buried this evening, after a funeral that
# began at 11 a.m.".
# ", after a funeral that began at", ", six hours after counting began at"
_AFTER_ASIDE = re.compile(r",\s(?:[^,;.]*\s)?after\s[^,;.]*$")
# A day a clause goes on to describe: "the ground lost on Monday, when the Dow plunged".
_WHEN_AFTER = re.compile(r",\swhen\s")
_NIGHT_OF_BEFORE = re.compile(r"(?i:night|evening)\sof\s$")
_BACKGROUND_DAY = re.compile(r"(?i:last|this\spast|the\sprevious)\s(?!night)")


# A figure of another day to compare with: "up from 140.20 Thursday", "compared with
# 265 million Tuesday", "from 6.82% Tuesday" (not a tally: "voted 5-2 Tuesday night").
def _is_record_day(text: str, day: Candidate) -> bool:
    """ "which set a record of 2,999.75 on July 16": the day of a record compared with,
    not the scene of the clock times after it."""
    return _RECORD_ON_BEFORE.search(text, max(0, day.start - 80), day.start) is not None


# "a record of 2,999.75 on", "the previous record of 38.7C, set in Cambridge on"
_PERIOD_ENDED_BEFORE = re.compile(r"\b(?:ended|ending)\s$")
_RECORD_ON_BEFORE = re.compile(
    r"\b(?:record|peak|high|low)(?:\s[a-z]+){0,3}\s\$?\d[\d,.]*(?:%|C|F|°[CF]?)?"
    r"(?:,?\s(?:set|reached|recorded|posted|hit)(?:\s(?:in|at)(?:\s[A-Z][\w-]*){1,3})?)?"
    r"\s(?:on\s)?$"
)
_COMPARED_WITH_BEFORE = re.compile(
    r"(?:\d[.,]\d+%?|\d%|\b(?:million|billion|trillion|cents|points|yen|marks|francs|pounds|"
    r"euros|percent))\s(?:on\s)?$"  # "its record close of 5,048.62 on March 10"
)
# ... set against, or a level ("had closed at $347.51 Wednesday"): not the day's own
# move ("plunged 554 points Monday").
_COMPARISON_BEFORE = re.compile(r"\b(?:from|with|than|versus|vs|against|at)\b[^;:]*$")


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
    hour = _CLOCK_VALUE.search(clock.value)
    return (
        evening
        and not any(mark in said for mark in ("a.m", "am"))
        and hour is not None
        and 6 <= int(hour[1][:2]) <= 11
    )


def _is_morning_clock(text: str, clock: Candidate, day: Candidate) -> bool:
    """ "4 o'clock this morning", "at 6 yesterday morning": an hour said of a morning
    without a.m. or p.m. is the morning's, not the afternoon's it would be alone."""
    said = text[clock.start : clock.end].lower()
    hour = _CLOCK_VALUE.search(clock.value)
    return (
        day.value.endswith("TMO")
        and not any(mark in said for mark in ("a.m", "am", "p.m", "pm"))
        and hour is not None
        and 13 <= int(hour[1][:2]) <= 18
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
