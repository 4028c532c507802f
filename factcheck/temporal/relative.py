"""Resolvers for expressions counted from the anchor: "last week", "Saturday",
"two years ago", "yesterday morning", "10:35 a.m.".

A weekday takes the reading the sentence's tense points to (resolve.weekday_near); a
clock time takes the anchor's day until the tagger finds it a day of its own.
"""

import datetime
import re

from factcheck.temporal import values
from factcheck.temporal.lexicon import (
    PARTS_OF_DAY,
    REPORTING_VERBS,
    SEASONS,
    count_value,
    counted_before,
    number_value,
    unit_word,
    weekday_number,
)
from factcheck.temporal.resolve import (
    _BACKWARD,
    _FORWARD,
    _PART_MODS,
    _REFERENCE_BASED,
    AGO_SCOPES,
    STORY_OFFSETS,
    Candidate,
    _floating,
    _span,
    approx_mod,
    is_named,
    is_paper_name,
    is_yardstick,
    latest_completed_quarter,
    possessive_tense,
    weekday_near,
)

RESOLVERS = {}


def resolver(function):
    RESOLVERS[function.__name__] = function
    return function


_ITS_BEFORE = re.compile(r"\b(?i:its|their)\s$")


@resolver
def ordinal_day(m, ctx):
    """ "the second day of an offensive": news counts such days up to the one it reports,
    so the count means the anchor's day or week ("a second consecutive day", "fourth
    week in a row"); one still to come ("on his first day in office if elected") is
    unknown (XXXX-XX-XX)."""
    if m[2].lower() in ("last", "final"):
        return None  # "the last day": a reference to some end, not a count
    if not m[1] and _ITS_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "the strike, now in its ninth week": a count, as "its 10th year" is
    unit = m[4].lower()
    if m[3] or m[5] or ctx.tense(*m.span()) != "future":
        value = values.value_at(ctx.anchor, unit)
    else:
        value = "XXXX-XX-XX" if unit == "day" else "XXXX-WXX"
    return _span(m, "DATE", value)


@resolver
def relative_unit(m, ctx):
    part, relative, unit = (m[1] or "").lower(), m[2].lower(), m[3].lower()
    if unit == "fortnight" and (relative in _BACKWARD or relative in _FORWARD):
        # "the past fortnight" is two weeks' length, as "the past two weeks" is.
        return _span(m, "DURATION", "P2W")
    if (
        unit in ("decade", "century")
        and relative in ("the past", "the last", "the next", "the coming")
        and _STRETCH_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        # "unrest over the past decade", "cuts over the next decade": ten years up to now
        # or from now, not the calendar's 2000s or 2030s.
        return _span(m, "DURATION", values.duration_value(1, unit))
    if unit in ("minute", "hour") and relative in ("the past", "the last", "the next"):
        # "In the past hour, shells fell": the hour up to now, a length (not "the past").
        return _span(m, "DURATION", values.duration_value(1, unit))
    if unit in ("second", "minute", "hour", "fortnight"):
        return None
    if m[3][0].isupper() and m[2][0].isupper() and is_named(ctx.text, m.start(2)):
        return None  # ABC's "This Week": a title, not a date
    if relative == "the last" and _OF_SOMEONES.match(ctx.text, m.end()):
        return None  # "the last year of his life": the end of a span, not last year
    mod = _PART_MODS.get(part)
    if (
        relative in _REFERENCE_BASED
        or (unit == "day" and relative in ("the next", "the last"))
        # "The next month, the captain met the ruler": told in the past, the month after
        # the story's date; "over the next month" still counts from the anchor.
        or (relative == "the next" and ctx.tense(*m.span()) == "past")
    ):
        # "the following year", "the next day": one unit on from the story's last date.
        offset = STORY_OFFSETS.get(relative, 0)
        value = values.value_at(values.shift(ctx.anchor, offset, unit), unit)
        return _span(m, "DATE", value, mod, shift=(offset, unit, ("unit",)))
    if unit == "day":
        return None  # "next day", "last day": too rarely a date of their own
    if relative in ("this", "the current", "current", "the latest"):
        offset = 0
        if unit == "week" and ctx.anchor.isoweekday() == 7 and _looks_ahead(part, ctx, m):
            # Written on a Sunday, "later this week" is the week that starts tomorrow.
            offset = 1
    elif relative in _BACKWARD:
        offset = -1
    else:
        offset = 1
    if unit == "quarter" and relative == "the latest":
        # Earnings copy: "the latest quarter" is the one just reported.
        value = latest_completed_quarter(ctx.anchor)
        return _span(m, "DATE", value, mod)
    value = values.value_at(values.shift(ctx.anchor, offset, unit), unit)
    return _span(m, "DATE", value, mod)


def _looks_ahead(part: str, ctx, m) -> bool:
    if part in ("early", "earlier"):
        return False
    return part in ("late", "later") or ctx.tense(*m.span()) == "future"


# A weekday in the name of one day of history or of a campaign: "Black Monday", "Bloody
# Sunday" (the calendar cannot date it), "Super Tuesday" (a holiday of its own): not
# this week's.
_NAMED_WEEKDAY_BEFORE = re.compile(r"(?:Black|Bloody|Super|Mini-|Blue|Sheffield)\s?$")
# "Wednesday, who last lifted the Cup in 1935": a team or a person, no day.
_WHO_AFTER = re.compile(r",\swho\b")


# "a Sunday schedule", "Saturday opening hours": a weekday's kind of timetable.
_STORY_WEEKDAYS = {"the previous": -1, "the prior": -1, "the following": 1}
_WEEK_AFTER = re.compile(r"\sweek\b(?!['’])")
_KIND_OF_DAY = re.compile(r"\s(?:schedules?|timetables?|opening\shours|rates|fares)\b")


@resolver
def relative_weekday(m, ctx):
    if ctx.text.startswith((" Agreement", " Accord"), m.end()):
        return None  # the Good Friday Agreement
    if m[1] and m[1].lower() == "that":
        return _that_weekday(m, ctx)
    if not m[1] and (
        _NAMED_WEEKDAY_BEFORE.search(ctx.text, max(0, m.start(2) - 10), m.start(2))
        or _WHO_AFTER.match(ctx.text, m.end())
    ):
        return None
    if not m[1] and is_paper_name(ctx.text, m.start(2), m.end(2)):
        return None  # the Sunday Times
    if not m[1] and not m[3] and _KIND_OF_DAY.match(ctx.text, m.end(2)):
        return None  # "will run a Sunday timetable": a kind of service, not a day
    # "Friday's ruling", "Thursday's close": a possessive day names what has happened.
    tense = possessive_tense(ctx, m)
    if tense is None and not m[1]:
        # "The decisive days come later this week: ... a time trial on Friday": the
        # sentence says which way the week goes.
        tense = _WEEK_GOES.get(
            (found := _LATER_OR_EARLIER_THIS_WEEK.search(ctx.sentence(m.start(), m.end())))
            and found[1].lower()
        )
    day = weekday_near(ctx.anchor, weekday_number(m[2]), tense, m[1])
    if (
        m[1]
        and m[1].lower() == "next"
        and not m[3]
        and (week := _WEEK_AFTER.match(ctx.text, m.end()))
    ):
        # British "next Monday week": a week after next Monday.
        candidate = _span(m, "DATE", (day + datetime.timedelta(weeks=1)).isoformat())
        candidate.end = week.end()
        return candidate
    candidate = _day_or_its_part(m.start(), m.end(), day, m[3])
    if m[1] and (offset := _STORY_WEEKDAYS.get(m[1].lower())):
        # "the previous Sunday", "the following Monday": from the story's day, when it
        # names one (rebase); from publication otherwise.
        candidate.shift = (offset, "weekday", ("document",))
    return candidate if m[1] else _floating(candidate)


_LATER_OR_EARLIER_THIS_WEEK = re.compile(r"\b((?i:later|earlier))\sthis\sweek\b")
_WEEK_GOES = {"later": "future", "earlier": "past"}


def _that_weekday(m, ctx) -> Candidate | None:
    """ "at about 11 p.m. that Friday": the Friday the story is on (rebase), or, with no
    story day, the weekday's own reading; "said that Friday was the deadline" is the
    conjunction's, and the weekday alone."""
    conjunction = _SAID_THAT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    start = m.start(2) if conjunction else m.start()
    end = m.end(3) if m[3] else m.end(2)
    day = weekday_near(ctx.anchor, weekday_number(m[2]), possessive_tense(ctx, m), None)
    candidate = _day_or_its_part(start, end, day, m[3])
    if conjunction:
        return _floating(candidate)
    candidate.shift = (0, "weekday", ("document",))
    return candidate


def _day_or_its_part(start: int, end: int, day: datetime.date, part: str | None) -> Candidate:
    """A weekday's reading: the day, or with a part of the day ("Friday night") a TIME."""
    if part:
        return Candidate(start, end, "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}")
    return Candidate(start, end, "DATE", day.isoformat())


_SAID_THAT_BEFORE = re.compile(
    rf"\b(?:{REPORTING_VERBS}|says|believe[sd]?|thought|thinks?|knew|knows?|hoped?|hopes|"
    r"expects?|expected|argued|insisted|warned|noted|showed|shows)\s$"
)
_TIME_UNITS = {"second", "minute", "hour"}


_COMPARED_AFTER = re.compile(r"\s(?:than|each|every)\b")


@resolver
def ago(m, ctx):
    if m.end() > m.end(5) and ctx.text.endswith(("for ", "For "), 0, m.start()):
        # "switched to remote learning for two days earlier this month": a length, then
        # the time it fell in (two mentions), not a day counted back
        return None
    if m[5].lower() in ("earlier", "later") and _COMPARED_AFTER.match(ctx.text, m.end()):
        # "three weeks earlier than usual", "15 minutes earlier each night": a length
        # compared, no date.
        unit = unit_word(m[3])
        is_count, amount = count_value(m[2])
        if not is_count or amount is None:
            return None
        return Candidate(
            m.start(), m.end(3), "DURATION", values.duration_value(amount, unit), approx_mod(m[1])
        )
    candidate = _ago(m, ctx)
    if candidate is not None and m[5].lower() == "later":
        unit = unit_word(m[3])
        candidate.length = (m.end(3), values.duration_value(count_value(m[2])[1], unit))
    return candidate


def _ago(m, ctx):
    # "a week or so ago" is about a week ago.
    mod = approx_mod(m[1]) or ("APPROX" if m[4] else None)
    unit = unit_word(m[3])
    direction = m[5].lower()
    is_count, amount = count_value(m[2])
    if not is_count:
        return None
    backward = direction in ("ago", "earlier", "before", "previously")
    if amount is None:
        return _span(m, "DATE", "PAST_REF" if backward else "FUTURE_REF", mod)
    if unit in _TIME_UNITS:
        return _span(m, "DATE", "PAST_REF" if backward else "FUTURE_REF", mod)
    if unit == "fortnight":
        unit, amount = "week", amount * 2
    elif unit in ("decade", "century"):
        # "a decade ago", written in 2011, is about 2001, not the 2000s as a whole.
        unit, amount = "year", amount * (10 if unit == "decade" else 100)
    offset = -amount if backward else amount
    if m[6] and direction == "ago" and (season := SEASONS.get(m[6].split()[-1].lower())):
        # "50 years ago this spring": this spring's season, that many years back (this
        # winter, told in January or February, began the year before).
        year = ctx.anchor.year - (season == "WI" and ctx.anchor.month <= 2)
        if unit == "year":
            return _span(m, "DATE", f"{year - amount:04d}-{season}")
        return None  # "a week ago this spring": no one date
    if (m[6] and direction == "ago") or direction == "from today":
        # "ten years ago today" is the day ten years back, "two weeks from today" the day
        # two weeks on; "a year ago this week" the week a year back.
        precision = m[6].split()[-1].lower() if m[6] and direction == "ago" else "day"
        day = ctx.anchor
        if precision in _DAY_OFFSETS:
            # "Fifty years ago tomorrow": the day after today, that many years back.
            day += datetime.timedelta(days=_DAY_OFFSETS[precision])
            precision = "day"
        return _span(m, "DATE", values.value_at(values.shift(day, offset, unit), precision))
    value = values.value_at(values.shift(ctx.anchor, offset, unit), unit)
    if direction in ("from now", "hence"):
        return _span(m, "DATE", value, mod)  # from the anchor, whatever the story named
    if direction == "later":
        # "three years later" in a history: the year, as the count says; news reads it
        # as a length (tagger.tag).
        return _span(m, "DATE", value, mod, shift=(offset, unit, ("unit",)))
    if direction != "ago":
        return _span(m, "DATE", value, mod, shift=(offset, unit, ("document",)))
    if unit in ("year", "quarter") and amount == 1 and _compares_a_figure(ctx.text, m.start()):
        # Earnings copy: "third-quarter profit, up from a year ago" is that quarter a year
        # back; "brought Castro to power 41 years ago" and "who was appointed a year ago"
        # count years from the anchor.
        return _span(m, "DATE", value, mod, shift=(offset, unit, AGO_SCOPES))
    return _span(m, "DATE", value, mod)


def _compares_a_figure(text: str, start: int) -> bool:
    """Whether the clause before text[start] holds a figure or a comparison ("up 5% from
    a year ago", "fell from a year earlier")."""
    left = max(0, start - _FIGURE_REACH)
    left = max(left, text.rfind(". ", left, start) + 1, text.rfind("\n", left, start) + 1)
    return _FIGURE.search(text, left, start) is not None or (
        _COMPARISON_BEFORE.search(text, left, start) is not None
    )


_FIGURE_REACH = 80
_FIGURE = re.compile(r"\d")
_COMPARISON_BEFORE = re.compile(r"\b(?:from|than|with|versus|vs\.?|over|since)\s$")


@resolver
def deictic_day(m, ctx):
    if m[1][0].isupper() and _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "the World Tonight", "the Six O'Clock Today": a programme's name
    word = m[1].lower()
    offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}.get(word, 0)  # fmt: skip
    day = ctx.anchor + datetime.timedelta(days=offset)
    if m[2]:
        return _span(m, "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[m[2].lower()]}")
    if word == "tonight":
        # The night of the day, as "last night" and "this morning" are parts of theirs.
        return _span(m, "TIME", f"{day.isoformat()}TNI")
    return _span(m, "DATE", day.isoformat())


_DAY_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}
# "the" and words in Title Case before a capitalised "Tonight" make a title.
_TITLE_BEFORE = re.compile(r"\b[Tt]he\s(?:[A-Z][\w'’]*\s){1,3}$")
_STRETCH_BEFORE = re.compile(
    r"(?i:\b(?:over|for|during|throughout|within))\s(?:(?i:much|most|part|all)\sof\s)?$"
)
# "the last year of his life", "the last day of school": the end of a span, not last year.
_OF_SOMEONES = re.compile(r"\sof\s[a-z]")
# "after midnight", "since midnight": the midnight a day starts with.
_AFTER_WORD_BEFORE = re.compile(r"(?i:after|since)\s$")
# A weekday the story tells of; not one in a name ("The Sunday Times", "Black Friday").
_WEEKDAY_WORD = re.compile(
    r"(?<!Black\s)(?<!Bloody\s)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s[A-Z])"
)


@resolver
def overnight(m, ctx):
    """The night before the day the story tells of ("London shares closed lower Friday
    ... depressed by overnight losses in New York", published Monday: Thursday night), or
    before the anchor when no such day is named or the day named is yesterday ("voted in
    Thursday's referendum. The pound fell overnight", published Friday: Thursday night);
    tonight when the sentence looks ahead ("storms move in overnight")."""
    if ctx.tense(*m.span()) != "past":
        # "Light snow should develop Wednesday afternoon, turning heavy overnight": the
        # night after the day its sentence names; tonight when it names none.
        named = _weekdays_named_before(m, ctx, same_sentence=True)
        day = (
            weekday_near(ctx.anchor, weekday_number(named[-1][1]), "future", None)
            if named
            else ctx.anchor
        )
        return _span(m, "TIME", f"{day.isoformat()}TNI")
    day = _story_day(m, ctx)
    if day >= ctx.anchor - datetime.timedelta(days=1):
        day = ctx.anchor
    return _span(m, "TIME", f"{(day - datetime.timedelta(days=1)).isoformat()}TNI")


def _story_day(m, ctx) -> datetime.date:
    """The day a past-tense sentence tells of: the last weekday named in it or in the
    sentence before it, else the anchor."""
    named = _weekdays_named_before(m, ctx)
    if not named:
        return ctx.anchor
    return weekday_near(ctx.anchor, weekday_number(named[-1][1]), "past", None)


def _weekdays_named_before(m, ctx, *, same_sentence: bool = False) -> list[re.Match]:
    """The weekdays named before the match, in its sentence and (unless `same_sentence`)
    the one before it."""
    left = ctx.sentence_bounds(m.start(), m.end())[0]
    if not same_sentence and left:
        left = ctx.sentence_bounds(max(0, left - 2), max(0, left - 1))[0]
    return [
        day
        for day in _WEEKDAY_WORD.finditer(ctx.text, left, m.start())
        # Not "every day since Thursday": a yardstick, not the day told of.
        if not is_yardstick(ctx.text, day.start())
    ]


@resolver
def dawn(m, ctx):
    # The anchor's day until clocks.date_clock_times finds the day it is on.
    return _span(m, "TIME", f"{ctx.anchor.isoformat()}T{PARTS_OF_DAY[m[1].lower()]}")


@resolver
def part_of_story_day(m, ctx):
    """ "placed heavy buy orders in the morning": that part of the day the story tells of;
    the anchor's day until clocks.date_clock_times finds that day."""
    edge = (m["edge"] or m["mid"] or m["by_edge"] or "").lower().rstrip("-")
    mod = _PART_MODS.get(edge)
    return _span(m, "TIME", f"{ctx.anchor.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}", mod)


@resolver
def part_of_day(m, ctx):
    relative, part = m[1].lower(), m[2].lower()
    day = ctx.anchor
    if relative in ("last", "late last"):
        if part != "night":
            return None  # "last morning" is not English; leave it
        day = day - datetime.timedelta(days=1)
    return _span(m, "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part]}")


def _after_noon(suffix: str, hour: int) -> bool:
    """Whether an hour said with `suffix` (lower case) is after noon: "3 p.m.", "3 in the
    afternoon"; "nine o'clock" as said, but "about 4 o'clock" and "half past five", said
    without a.m. or "in the morning", are the afternoon's."""
    if suffix.startswith("p") or suffix.endswith(("afternoon", "evening")):
        return True
    said_bare = suffix == "" or suffix.endswith("clock")
    return said_bare and hour <= _DAYTIME_PM


def _in_the_small_hours(m, ctx) -> bool:
    """Whether an hour said without a.m. or p.m. is told of the morning after it ("about
    four o'clock the next morning") or among the small hours ("At first light ... around
    five o'clock", "in the early hours ... about half past three")."""
    if _MORNING_AFTER.match(ctx.text, m.end()):
        return True
    opens = ctx.sentence_bounds(m.start(), m.end())[0]
    before = ctx.text[opens : m.start()]
    # Not "worked from dawn until five o'clock": the end of a stretch that began then.
    if _UNTIL_BEFORE.search(before):
        return False
    if _SMALL_HOURS.search(before):
        return True
    # "... in the early hours of Monday, 26 January, they crossed. The attack began at
    # about half past three": the small hours of the sentence before.
    return _SMALL_HOURS_NAMED.search(ctx.text, max(0, opens - 240), opens) is not None


_MORNING_AFTER = re.compile(
    r"\s(?:on\s)?(?:(?:the\s)?(?:next|following)|that|this|tomorrow|yesterday"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\smorning\b"
)
_SMALL_HOURS = re.compile(
    r"(?i:\b(?:dawn|first\slight|daybreak|sunrise|(?:early|small|wee)\shours|pre-dawn))"
)
_SMALL_HOURS_NAMED = re.compile(r"(?i:\b(?:(?:early|small|wee)\shours|before\sdawn|pre-dawn))")
_UNTIL_BEFORE = re.compile(r"\b(?i:until|till|to)\s(?:about\s|around\s)?$")


# A sentence about the evening: a clock time in it said without a.m. or p.m. is the
# evening's.
_EVENING_WORDS = re.compile(r"\b(?i:tonight|this\sevening)")
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?i:at|about|around|by|until|till|before|after|from)\s$")
# An hour from one to this one said without a.m. or p.m. ("4 o'clock", "half past five")
# is the afternoon's: nobody means four in the morning without saying so.
_DAYTIME_PM = 6
_SPOKEN_ZERO = re.compile(r"^(?i:oh|o)[\s-]")


@resolver
def clock(m, ctx):
    mod = approx_mod(m["approx"])
    if m["word"]:
        word = m["word"].lower()
        clock_value = "24:00" if word == "midnight" else "12:00"
        if word == "midnight" and _AFTER_WORD_BEFORE.search(
            ctx.text, max(0, m.start("word") - 6), m.start("word")
        ):
            # "shortly after midnight on 1 November" is the start of that day, not its end,
            # and "canceled since midnight" the start of today.
            clock_value = "00:00"
    elif m["hour24"]:
        hour, minute = int(m["hour24"]), int(m["minute24"])
        if hour > 24 or minute > 59:
            return None
        if len(m["hour24"]) == 1 and (
            _after_noon("", hour)
            # "Gus calls tonight's game against Akron at 7:05"
            or (hour < 12 and _EVENING_WORDS.search(ctx.sentence(m.start(), m.end())))
        ):
            hour += 12  # "at 2:40", said without a.m. or p.m., as "about 4 o'clock" is
        clock_value = f"{hour:02d}:{minute:02d}"
    elif m["fraction"]:
        written = m["fraction_hour"]
        hour = int(written) if written.isdigit() else number_value(written)
        minute = 30 if m["fraction"].lower() == "half" else 15
        if m["relation"].lower() == "to":
            hour, minute = hour - 1 or 12, 60 - minute
        if not 1 <= hour <= 12 or (m["relation"].lower() == "to" and minute == 30):
            return None  # "half to six" is no English
        if (
            _after_noon((m["fraction_suffix"] or "").lower(), hour)
            and hour != 12
            and not _in_the_small_hours(m, ctx)
        ):
            hour += 12
        clock_value = f"{hour:02d}:{minute:02d}"
    else:
        if m["hour"]:
            if not (
                m["suffix"]
                or m["minute"]
                or _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
            ):
                return None  # "arrested 12 this morning" is a count
            hour, minute, suffix = int(m["hour"]), int(m["minute"] or 0), m["suffix"] or ""
        elif m["range_hour"]:
            hour, minute = int(m["range_hour"]), int(m["range_minute"] or 0)
            suffix = m["range_suffix"]
        else:
            hour, suffix = number_value(m["spoken_hour"]), m["spoken_suffix"]
            # "six oh five": the "oh" is the zero of "05".
            spoken = _SPOKEN_ZERO.sub("", m["spoken_minute"] or "")
            minute = number_value(spoken) if spoken else 0
        if not 1 <= hour <= 12 or minute is None or minute > 59:
            return None
        suffix = suffix.lower()
        said_bare = suffix == "" or suffix.endswith("clock")
        if (
            _after_noon(suffix, hour)
            and hour != 12
            and not (said_bare and _in_the_small_hours(m, ctx))
        ):
            hour += 12
        elif hour == 12 and (suffix.startswith("a") or suffix.endswith("morning")):
            hour = 0  # "12:30 a.m." is half past midnight; "12 o'clock" is noon
        clock_value = f"{hour:02d}:{minute:02d}"
    zone = "Z" if m["zone"] in ("UTC", "GMT") else ""  # "GMT +8" is not UTC
    # The anchor's day until clocks.date_clock_times finds the day the time is on.
    return _span(m, "TIME", f"{ctx.anchor.isoformat()}T{clock_value}{zone}", mod)


@resolver
def weekday_week(m, ctx):
    """ "Friday week": a week after the coming Friday; "Monday next": the coming Monday;
    "Tuesday last week": the Tuesday of the week before the anchor's."""
    if m[4]:
        weeks = {"last": -1, "this": 0, "next": 1}[m[4].lower()]
        monday = ctx.anchor - datetime.timedelta(days=ctx.anchor.weekday())
        day = monday + datetime.timedelta(weeks=weeks, days=weekday_number(m[1]) - 1)
        return _span(m, "DATE", day.isoformat())
    day = weekday_near(ctx.anchor, weekday_number(m[1]), "future", None)
    if m[3]:
        day += datetime.timedelta(weeks=1)
    return _span(m, "DATE", day.isoformat())


@resolver
def from_day(m, ctx):
    """ "a week from Tuesday": the coming Tuesday, then that many weeks on."""
    weeks = number_value(m[1])
    if m[4]:
        day = ctx.anchor + datetime.timedelta(days=m[4].lower() == "tomorrow")
    elif m[3].lower() == "tomorrow":
        day = ctx.anchor + datetime.timedelta(days=1)
    else:
        day = weekday_near(ctx.anchor, weekday_number(m[3]), "future", None)
    return _span(m, "DATE", (day + datetime.timedelta(weeks=weeks)).isoformat())


@resolver
def plural_ago(m, ctx):
    """ "decades ago", "years later": somewhere before or after, no telling how far."""
    if _COMPARED_AFTER.match(ctx.text, m.end()) and counted_before(ctx.text, m.start()):
        # "15 minutes earlier each night", "two months later than planned": the unit of
        # a count, compared
        return None
    later = m[2].lower() in ("later", "from now")
    candidate = _span(m, "DATE", "FUTURE_REF" if later else "PAST_REF")
    if m[2].lower() == "later":
        unit = unit_word(m[1])
        candidate.length = (m.end(1), values.duration_value(None, unit))
    return candidate
