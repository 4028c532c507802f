"""Resolvers for periods: seasons, quarters, halves, weekends, "the year", "the day".

News copy names these relative to the anchor ("this summer", "the third quarter") or to
the period the story is about ("the year-earlier quarter", "that year"); the second
kind carries a shift that the tagger rebases on the story's last date (rebase.rebase).
Earnings copy sets the defaults: "the quarter" and "the latest quarter" are the one
just reported.
"""

import datetime
import re

from factcheck.temporal import values
from factcheck.temporal.holidays import nth_weekday
from factcheck.temporal.lexicon import PARTS_OF_DAY, SEASONS, month_number, weekday_number
from factcheck.temporal.patterns import MONTH, SEASON, YEAR_DIGITS
from factcheck.temporal.resolve import (
    _BACKWARD,
    _FORWARD,
    _PART_MODS,
    _REFERENCE_BASED,
    DATE_WORD_BEFORE,
    NAME_GOES_ON,
    STORY_OFFSETS,
    Candidate,
    _floating,
    _span,
    latest_completed_quarter,
    latest_half,
    latest_quarter,
    month_day_near,
    month_near,
    relative_year,
    tells_of_results,
    two_digit_year,
)

RESOLVERS = {}


def resolver(function):
    RESOLVERS[function.__name__] = function
    return function


# "began that spring, and": the season ends its clause; "held that spring led to the
# first rules": a verb in the past follows it, whose subject it cannot be.
_CLAUSE_ENDS = re.compile(
    r"\s?[,.;:!?)]|\s(?:and|but|when|while|as)\b|$"
    r"|\s(?:[a-z]{2,}ed|led|began|came|went|brought|made|took|saw|met|left|sent|built)\b"
    # "An audit that spring had found gaps", "that fall he left": the season is the
    # subject's time, no verb of "that".
    r"|\s(?:had|was|were|would|he|she|they|we)\b"
)


_YEAR_OFFSETS = {"that": 0, "the same": 0, **STORY_OFFSETS}


_SEASON_AS_KIND = re.compile(
    r"\s(?i:equinox|solstice|ice|wheat|crops?|storms?|olympics|games|fashions?|collections?|"
    r"transfer|menu|weather|tires|tyres|clothes|clothing|coats?|squash|flu|training|camps?|break)\b"
)


@resolver
def month_of_year(m, ctx):
    """ "February of that year": counted from the story's year (rebase); the anchor's
    year until one is named."""
    offset = _YEAR_OFFSETS[" ".join(m["relative"].lower().split())]
    month = month_number(m["month"])
    value = values.month_value(ctx.anchor.year + offset, month)
    if day := m["day"] or m["day_after"]:
        number = int(day.rstrip("stndrh"))
        if (month, number) == (2, 29):
            return None  # a leap day's year is the story's, not known here
        value = datetime.date(ctx.anchor.year + offset, month, number).isoformat()
    return _span(m, "DATE", value, shift=(offset, "part_of_year", ()))


# "during the spring and summer": the second season of a pair.
_SEASON_AND_BEFORE = re.compile(
    rf"(?i:\b(?:the|this|last|next|in|during|through))\s{SEASON}\s(?i:and|or)\s$"
)
# A season alone is one after these: "in spring", "before spring", "by late summer".
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|by|before|through|this|over|early|late"
    # "a push for vaccination ahead of summer", "by the end of summer"
    r"|(?:ahead|end|start|middle|height)\sof)\s$"
)


_IN_A_THING = re.compile(r"\s+in\s+(?!the\b|that\b|this\b|late\b|early\b)[a-z]")


@resolver
def season(m, ctx):
    relative, name, year_digits = (m[1] or "").lower(), m[2], m[3]
    code = SEASONS[name.lower()]
    if m["era_number"] or m["era_after"] or m["early"]:
        # (an early year without its era: a history before Christ reads it as its own)
        number = int(m["era_number"] or m["era_after"] or m["early"])
        before_christ = (m["era"] or "").startswith("B")
        return _span(m, "DATE", f"{'BC' if before_christ else ''}{number:04d}-{code}")
    if m["anchor_relative"]:
        return _span(m, "DATE", f"{relative_year(m['anchor_relative'], ctx.anchor):04d}-{code}")
    if m["short"]:
        return _span(m, "DATE", f"{two_digit_year(m['short'], ctx.anchor):04d}-{code}")
    if year_digits:
        if m[4] and not (code == "WI" and int(m[4]) == (int(year_digits) + 1) % 100):
            # "the summer of 1941-42" is no one season: the year alone, "-42" left out.
            return Candidate(m.start(), m.start(3) + 4, "DATE", f"{year_digits}-{code}")
        return _span(m, "DATE", f"{year_digits}-{code}")
    if m["story_year"]:
        # Counted from the story's year (rebase); the anchor's year until one is named.
        offset = _YEAR_OFFSETS[" ".join(m["story_year"].lower().split())]
        value = f"{ctx.anchor.year + offset:04d}-{code}"
        return _span(m, "DATE", value, shift=(offset, "part_of_year", ()))
    if name[0].isupper() and NAME_GOES_ON.match(ctx.text, m.end(2)):
        return None  # "the Winter Olympics", "the Spring Street venue": a name
    if not year_digits and _SEASON_AS_KIND.match(ctx.text, m.end(2)):
        return None  # "the spring equinox", "summer ice", "the winter storm": kinds of things
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if (
        not relative
        and not _TIME_WORD_BEFORE.search(before)
        and not _SEASON_AND_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None  # "prices fall", "spring into action"
    if (
        relative.startswith("that")
        and name.lower() in ("fall", "spring")
        and not m[1][0].isupper()
        and not DATE_WORD_BEFORE.search(ctx.text, max(0, m.start(1) - 9), m.start(1))
        and not _CLAUSE_ENDS.match(ctx.text, m.end())
    ):
        # "shares that fall sharply", "ideas that spring from fear"; but "began that
        # spring, and" ends its clause there, as a verb's subject clause would not.
        return None
    if relative in _REFERENCE_BASED or (relative == "the next" and ctx.tense(*m.span()) == "past"):
        # "that autumn", "the following spring": the story's season, counted from the
        # last date it named (rebase.rebase); this anchor-based reading stands without one.
        offset = STORY_OFFSETS.get(relative, 0)
        year_value = ctx.anchor.year + offset
        return _span(m, "DATE", f"{year_value:04d}-{code}", shift=(offset, "season", ()))
    after = ctx.text[m.end() : m.end() + 20]
    if relative == "the" and re.match(r"\s+of\b(?!\s+(?i:nineteen|twenty|two thousand)\b)", after):
        return None  # "the fall of Rome"; "the winter of nineteen ninety-four" is a date
    if relative == "the" and name.lower() in ("fall", "spring") and _IN_A_THING.match(after):
        return None  # "the fall in investment", "a spring in his step": nouns
    # Winter runs December to February: in January "this winter" began last year.
    year_now = ctx.anchor.year - 1 if code == "WI" and ctx.anchor.month <= 2 else ctx.anchor.year
    began_on, ended_on, _ = values.bounds(f"{year_now:04d}-{code}")
    began, ended = ctx.anchor >= began_on, ctx.anchor > ended_on
    if relative in _BACKWARD:
        year_value = year_now if ended else year_now - 1
    elif relative in _FORWARD:
        year_value = year_now + 1 if began else year_now
    elif relative in ("this", "the current", "current"):
        year_value = year_now
    else:
        tense = ctx.tense(*m.span())
        if tense == "past":
            year_value = year_now if began else year_now - 1
        elif tense == "future":
            year_value = year_now + 1 if ended else year_now
        else:
            year_value = _nearest_season_year(ctx.anchor, code, year_now)
        return _floating(_span(m, "DATE", f"{year_value:04d}-{code}"))
    return _span(m, "DATE", f"{year_value:04d}-{code}")


def _nearest_season_year(anchor: datetime.date, code: str, year_now: int) -> int:
    """The year of the season `code` nearest the anchor, either way."""

    def gap(year: int) -> int:
        start, end, _ = values.bounds(f"{year:04d}-{code}")
        return max((start - anchor).days, (anchor - end).days, 0)

    return min((year_now, year_now - 1, year_now + 1), key=gap)


_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


# A game's halves and quarters are no calendar's: "scored twice in the second half",
# "a touchdown in the third quarter". Words that only sport uses, and words that only
# business uses (which keep the calendar reading: "first-half profit").
_GAME_WORDS = re.compile(
    r"(?i:\b(?:goals?|scored|scoring|touchdowns?|half-?time|innings|quarterback|kick-?off|"
    r"penalt(?:y|ies)|overtime|rebounds?|free\sthrows?|wickets?|striker|midfielder|"
    r"referee|equali[sz]er|header|yards?|trailed|buzzer|free\skick|corner\skick|"
    r"tries|points\sin\sthe|led\s\d+-\d+|\d+-\d+\s(?:lead|win|victory|defeat))\b)"
)
_BUSINESS_WORDS = re.compile(
    r"(?i:\b(?:profits?|sales|revenues?|earnings|economy|economic|gdp|growth|fiscal|"
    r"results|shares|stocks?|percent|losses|income|dividends?|billion|million|analysts|"
    r"forecasts?|quarterly|output|inflation)\b|%|\$)"
)


def _in_a_game(ctx, m) -> bool:
    sentence = ctx.sentence(m.start(), m.end())
    return bool(_GAME_WORDS.search(sentence)) and not _BUSINESS_WORDS.search(sentence)


# Not "estimate": "a revised third-quarter estimate" of output measures a quarter gone by.
# "its fourth-quarter price forecast", "third-quarter earnings guidance"; not "turned a
# corner in the third quarter and forecast growth", a verb.
_FORECAST_AFTER = re.compile(
    r"\s(?!(?:and|but|or)\s)(?:[a-z]+\s)?(?:forecasts?|outlook|guidance|targets?|projections?)\b"
)


@resolver
def quarter(m, ctx):
    relative = (m[1] or "").lower()
    word = m[2].lower()
    if not (m[3] or m[4]) and _in_a_game(ctx, m):
        return None
    number = _QUARTER_NUMBERS.get(word) or int(word[0])
    if m[3]:
        value = f"{m[3]}-Q{number}"
    elif m[4]:
        value = f"{relative_year(m[4], ctx.anchor):04d}-Q{number}"
    elif relative in _BACKWARD | _FORWARD:
        year_value = relative_year("last" if relative in _BACKWARD else "next", ctx.anchor)
        value = f"{year_value:04d}-Q{number}"
    elif ended := _ENDED.match(ctx.text, m.end()):
        # "the fiscal second quarter, ending Dec. 31": the year it ends in, as TimeBank
        # names a fiscal quarter (the calendar year, the company's number).
        end = (
            datetime.date(int(ended[3]), month_number(ended[1]), int(ended[2]))
            if ended[3]
            else month_day_near(ctx.anchor, month_number(ended[1]), int(ended[2]), None)
        )
        value = f"{end.year:04d}-Q{number}"
    else:
        # "raised its fourth-quarter price forecast": what is forecast is still to come,
        # whatever the tense of the raising.
        forecast = _FORECAST_AFTER.match(ctx.text, m.end())
        value = latest_quarter(
            ctx.anchor,
            number,
            "future" if forecast else ctx.tense(*m.span()),
            of_results=not forecast and tells_of_results(ctx.text, m.start(), m.end()),
        )
    candidate = _span(m, "DATE", value)
    if relative == "the" and m[0][m.end(2) - m.start() : m.end(2) - m.start() + 1] == "-":
        # "the third-quarter loss": the article belongs to the noun, not to the date.
        candidate.start = m.start(2)
    return candidate


@resolver
def month_period(m, ctx):
    """A calendar quarter or half named by its months; a period that is neither (a fiscal
    "October quarter", "the May-July period") is left to the month rules."""
    last = month_number(m[2])
    first = month_number(m[1]) if m[1] else None
    noun = m[3].lower()
    if noun == "half":
        if last % 6 or (first is not None and first != last - 5):
            return None
        number, count, latest = last // 6, 2, latest_half
    else:
        if last % 3 or (first is not None and first != last - 2):
            return None
        if noun == "period" and first is None:
            return None  # "the December period": a month's, not a quarter's
        number, count, latest = last // 3, 4, latest_quarter
    code = "H" if count == 2 else "Q"
    if m[4]:
        return _span(m, "DATE", f"{m[4]}-{code}{number}")
    return _span(m, "DATE", latest(ctx.anchor, number, ctx.tense(*m.span())))


@resolver
def new_year(m, ctx):
    """The year about to start or just started; far from January the phrase means some
    other year (a fiscal one, a school one), so it is no date then."""
    if ctx.anchor.month >= 10:
        return _span(m, "DATE", f"{ctx.anchor.year + 1:04d}")
    if ctx.anchor.month <= 2:
        return _span(m, "DATE", f"{ctx.anchor.year:04d}")
    return None


@resolver
def quarter_code(m, ctx):
    number = int(m[1] or m[2])
    if m[3]:
        return _span(m, "DATE", f"{m[3]}-Q{number}")
    return _span(m, "DATE", latest_quarter(ctx.anchor, number, ctx.tense(*m.span())))


@resolver
def half_code(m, ctx):
    return _span(m, "DATE", f"{m[3]}-H{m[1] or m[2]}")


@resolver
def half(m, ctx):
    number = 1 if m[1].lower() == "first" else 2
    if not (m[2] or m[3]) and _in_a_game(ctx, m):
        return None
    if m[2] or m[3]:
        year_value = int(m[2]) if m[2] else relative_year(m[3], ctx.anchor)
        return _span(m, "DATE", f"{year_value:04d}-H{number}")
    return _span(m, "DATE", latest_half(ctx.anchor, number, ctx.tense(*m.span())))


@resolver
def anaphoric_quarter(m, ctx):
    """ "the quarter", "the latest period": the quarter the story is about."""
    if m[1]:  # "the same period last year"
        value = latest_completed_quarter(ctx.anchor, 1)
        return _span(m, "DATE", value, shift=(-1, "year", ("period",)))
    ended = _ENDED.match(ctx.text, m.end())
    if ended and m[0].lower().endswith("quarter"):
        # "the quarter ended Sept. 30": the calendar quarter holding most of its three
        # months (one ended July 31 is mostly May-June, the second quarter).
        year = int(ended[3]) if ended[3] else None
        end = (
            datetime.date(year, month_number(ended[1]), int(ended[2]))
            if year
            else month_day_near(ctx.anchor, month_number(ended[1]), int(ended[2]), "past")
        )
        middle = end - datetime.timedelta(days=45)
        return _span(m, "DATE", f"{middle.year:04d}-Q{values.quarter_of(middle)}")
    if m[0].lower().endswith("period") and not ctx.anywhere(_RESULTS):
        return None  # "the period known as the Hundred Days": a stretch of history
    value = latest_completed_quarter(ctx.anchor)
    return _span(m, "DATE", value, shift=(0, "quarter", ("quarter",)))


# "The period" is a quarter only in a story about a company's results or one that has
# named a quarter; elsewhere it is any stretch of time, which TimeML does not mark.
_RESULTS = re.compile(
    r"\b(?i:quarters?|quarterly|earnings|profits?|revenues?|sales|"
    r"per\sshare|fiscal|results|loss|income|net|earned)\b"
)


# "the quarter ended Sept. 30", "the fiscal second quarter, ending Dec. 31", "the quarter
# to June 30"
_ENDED = re.compile(
    rf",?\s(?:ended|ending|which\sends|which\sended|that\sended|to)\s({MONTH})\s"
    rf"(3[01]|[12]\d|0?[1-9])(?!\d)(?:,\s({YEAR_DIGITS}))?"
)


@resolver
def year_quarter(m, ctx):
    """ "the 1988 third quarter", "this year's third quarter", "last year's quarter"."""
    year_value = int(m[1]) if m[1] else relative_year(m[2], ctx.anchor)
    if m[3]:
        number = _QUARTER_NUMBERS.get(m[3].lower()) or int(m[3][0])
        return _span(m, "DATE", f"{year_value:04d}-Q{number}")
    latest = latest_completed_quarter(ctx.anchor)
    return _span(m, "DATE", f"{year_value:04d}-{latest[-2:]}")


@resolver
def the_day(m, ctx):
    """ "the day": the day the story last named ("stocks fell on Monday ... to end the
    day"), else the anchor's."""
    mod = _PART_MODS.get((m[1] or "").lower())
    return _span(m, "DATE", ctx.anchor.isoformat(), mod, shift=(0, "day", ("unit",)))


@resolver
def anaphoric_day(m, ctx):
    """ "that day", "that same night", "the next morning": a day counted from the day the
    story last named (the anchor's without one), as TimeBank dates them; "that evening"
    and "that same night" are TIMEs of it ("the next morning" stays TimeBank's DATE)."""
    relative = (m[3] or "").lower()
    offset = {"next": 1, "following": 1, "previous": -1}.get(relative, 0)
    day = ctx.anchor + datetime.timedelta(days=offset)
    part = (m[2] or "").lower()
    if part in PARTS_OF_DAY:
        # "that evening", "that same night": a part of the day, a TIME as "this morning" is
        value = f"{day.isoformat()}T{PARTS_OF_DAY[part]}"
        return _span(m, "TIME", value, shift=(offset, "day", ("unit",)))
    return _span(m, "DATE", day.isoformat(), shift=(offset, "day", ("unit",)))


@resolver
def the_weekend(m, ctx):
    relative = m[1].lower()
    # A weekend is Saturday and Sunday; before Saturday, "the weekend" just past is
    # last week's in a past-tense sentence and this week's otherwise.
    saturday = ctx.anchor + datetime.timedelta(days=6 - ctx.anchor.isoweekday())
    tense = ctx.tense(*m.span()) if relative == "the" and ctx.anchor.isoweekday() < 6 else None
    if (
        relative in ("last", "this past")
        or tense == "past"
        # With no tense, the nearer one: on a Monday or a Tuesday, the weekend just past.
        or (relative == "the" and tense is None and ctx.anchor.isoweekday() <= 2)
    ):
        saturday -= datetime.timedelta(days=7)
    elif relative == "next" or (relative == "this coming" and ctx.anchor.isoweekday() >= 6):
        saturday += datetime.timedelta(days=7)
    return _span(m, "DATE", values.week_value(saturday) + "-WE")


# A relative clause after "the year": "the year that", "the year he was born", "the year
# Augustus died", "the year the war ended".
_CLAUSE_AFTER = re.compile(
    r"\s(?:(?:that|when|he|she|they|we|I|it|you)\b"
    r"|(?:[A-Z][a-z]+|the\s[a-z]+)\s(?:[a-z]+ed|was|were|died|became|began|came|fell|took|won"
    r"|lost|left|broke|rose)\b)"
)


_AWARD_BEFORE = re.compile(
    r"\b(?i:player|manager|coach|person|man|woman|athlete|rookie|driver|team|album|song|"
    r"record|book|car|word|teacher|employee|company|volunteer|citizen)\sof\s$"
)


_FISCAL_END_AFTER = re.compile(r"\s(?:ended|ending|(?:through|to)\s(?:[A-Z]|\d))")


@resolver
def the_year(m, ctx):
    """ "the year": the anchor's; "that year", "the entire year": the one just named."""
    if _FISCAL_END_AFTER.match(ctx.text, m.end()):
        # "the year ended March 31", "the year to June": a fiscal year (not "through
        # the end of the year to catch holiday shoppers")
        return _span(m, "DURATION", "P1Y")
    if _CLAUSE_AFTER.match(ctx.text, m.end()):
        return None  # "the year Augustus died": which year, only the clause can tell
    if m[0].lower() == "the year" and _AWARD_BEFORE.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        return None  # "named manager of the year": a title, whichever year it was
    value = f"{ctx.anchor.year - _year_just_ended(m, ctx):04d}"
    words = m[0].lower()
    if words.startswith("that") or (m[1] or "").lower() in ("entire", "whole", "same"):
        return _span(m, "DATE", value, shift=(0, "year", ("unit",)))
    return _span(m, "DATE", value)


@resolver
def the_month(m, ctx):
    """ "for the month", "that month", "for the week" (a market's): the month or week just
    named, or else the anchor's."""
    unit = "week" if m[0].lower().endswith("week") else "month"
    value = values.value_at(ctx.anchor, unit)
    return _span(m, "DATE", value, shift=(0, unit, ("unit",)))


@resolver
def unit_before(m, ctx):
    """ "the year before", "the month previous", "the day before,": one unit before the
    last date named."""
    unit = (m[1] or m[2]).lower()
    value = values.value_at(values.shift(ctx.anchor, -1, unit), unit)
    return _span(m, "DATE", value, shift=(-1, unit, ("unit",)))


@resolver
def same_month(m, ctx):
    """ "the same month a year ago": the month just named, a year back when so told."""
    unit = m[1].lower()
    years_back = 1 if m[2] else 0
    value = values.value_at(values.shift(ctx.anchor, -years_back, "year"), unit)
    if years_back:
        return _span(m, "DATE", value, shift=(-1, "year", ("period",)))
    return _span(m, "DATE", value, shift=(0, unit, ("unit",)))


_PLAN_IN_SENTENCE = re.compile(
    r"\b(?:will|would|shall|expects?|expected|plans?|planned|aims?|hopes?|intends?|ahead\sof)\b"
)


@resolver
def the_unit(m, ctx):
    """ "the end of the month": the anchor's, or the month or quarter its sentence just
    named ("from a few thousand in early October to many more by the end of the month"),
    unless a plan for it is told."""
    unit = m[1].lower()
    value = values.value_at(ctx.anchor, unit)
    if unit == "week" and ctx.anchor.isoweekday() == 7 and ctx.tense(*m.span()) == "future":
        # "will stay warm until the end of the week", "talks resume later in the week",
        # written on a Sunday: the week ahead, the one ending today being over.
        value = values.value_at(ctx.anchor + datetime.timedelta(days=1), unit)
    if unit in ("month", "quarter") and not (
        # (not "sold 900,000 through the end of August and expected to pass a million by
        # the end of the month": the month of a plan is the anchor's)
        _PLAN_IN_SENTENCE.search(ctx.sentence(*m.span())) and ctx.tense(*m.span()) == "future"
    ):
        return _span(m, "DATE", value, shift=(0, unit, ("sentence",)))
    return _span(m, "DATE", value)


@resolver
def the_week(m, ctx):
    """ "the week of March 6": the week holding that day, read as "March 6" would be;
    "the weekend of Aug. 16", that week's weekend."""
    number = int(re.match(r"\d+", m[3])[0])
    day = month_day_near(ctx.anchor, month_number(m[2]), number, ctx.tense(*m.span()))
    if day is None:
        return None
    return _span(m, "DATE", values.week_value(day) + ("-WE" if m[1] else ""))


@resolver
def year_end(m, ctx):
    """ "by year-end" is this year's end; "since year-end" the last one."""
    since = ctx.text[max(0, m.start() - 6) : m.start()].lower() == "since "
    back = since or _year_just_ended(m, ctx)
    return _span(m, "DATE", f"{ctx.anchor.year - back:04d}", "END")


def _year_just_ended(m, ctx) -> bool:
    """Whether "for the year" or "at year-end", told in the past early in a year, is the
    one just ended: results for a year come out in its first weeks ("earned $2 billion
    for the full year", "the backlog stood at $4 billion at year-end", written in
    February); "since the start of the year" is still the new one."""
    return (
        ctx.anchor.month <= 2
        and _RESULTS_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start()) is not None
        and ctx.tense(*m.span()) == "past"
    )


_RESULTS_BEFORE = re.compile(r"(?i:\b(?:for|at|as\sof)\s)$")


_WEEK_DAYS = {"first": 4, "second": 11, "third": 18, "fourth": 25}


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@resolver
def weekday_of_month(m, ctx):
    """ "the last Saturday of June": that day of the month the sentence's tense points to."""
    number, weekday, nth = month_number(m[3]), weekday_number(m[2]), _ORDINALS[m[1].lower()]
    if m[4]:
        return _span(m, "DATE", nth_weekday(int(m[4]), number, weekday, nth).isoformat())
    tense = ctx.tense(*m.span())
    year = int(month_near(ctx.anchor, number, tense, None)[:4])
    day = nth_weekday(year, number, weekday, nth)
    # In the anchor's own month the day itself may lie on the wrong side of it: "was
    # held on the third Monday in April", written on April 3.
    if tense == "past" and day > ctx.anchor:
        day = nth_weekday(year - 1, number, weekday, nth)
    elif tense == "future" and day < ctx.anchor:
        day = nth_weekday(year + 1, number, weekday, nth)
    return _span(m, "DATE", day.isoformat())


@resolver
def week_of_month(m, ctx):
    """ "the last week of March": the calendar week holding most of that week of days;
    "the first weekend of July": the weekend of that Saturday of the month."""
    number = month_number(m[3])
    if m[4]:
        return _span(m, "DATE", week_of_month_value(int(m[4]), number, m[1], m[2]))
    year = int(month_near(ctx.anchor, number, ctx.tense(*m.span()), None)[:4])
    # (without its year, a history gives it the story's: narrative.py)
    return _floating(_span(m, "DATE", week_of_month_value(year, number, m[1], m[2])))


@resolver
def end_day_of_month(m, ctx):
    """ "the last day of July": the month read as "July" would be, its first or last day
    (without its year, a history gives it the story's)."""
    number = month_number(m[2])
    if m[3]:
        year = int(m[3])
    else:
        year = int(month_near(ctx.anchor, number, ctx.tense(*m.span()), None)[:4])
    first = datetime.date(year, number, 1)
    day = first if m[1].lower() == "first" else values.add_months(first, 1) - datetime.timedelta(1)
    candidate = _span(m, "DATE", day.isoformat())
    return candidate if m[3] else _floating(candidate)


def week_of_month_value(year: int, month: int, ordinal: str, unit: str) -> str:
    """The value of "the first week of February" (`ordinal` "first", `unit` "week") in
    `year`: the calendar week holding most of that week of days, or for "weekend" the
    weekend of that Saturday of the month."""
    ordinal = ordinal.lower()
    if unit.lower() == "weekend":
        day = nth_weekday(year, month, 6, _ORDINALS[ordinal])
        return f"{values.week_value(day)}-WE"
    if ordinal in _WEEK_DAYS:
        day = datetime.date(year, month, _WEEK_DAYS[ordinal])
    else:
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        day = following - datetime.timedelta(days=4)
    return values.week_value(day)
