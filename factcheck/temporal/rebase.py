"""Counting from the story: "a year earlier", "the following day", "that autumn", "the
previous August" are read from the last date the text named, not from the anchor.

A resolver gives such a candidate a shift (amount, unit, scopes) and an anchor-based
value; rebase() replaces the value once the dates before it are known (see its
docstring for the scopes and which date serves as the reference).
"""

import datetime
import re

from factcheck.temporal import values
from factcheck.temporal.lexicon import is_reported_on
from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.patterns import MONTH, NIGHT_JOINT, RULES, TIMES_OF_DAY_RULES
from factcheck.temporal.resolve import AGO_SCOPES, Candidate, is_yardstick
from factcheck.temporal.tense import (
    RELATIVE_ASIDE,
    Sentences,
    follows_a_figure_compared,
    tense_at,
    told_ahead_in_the_past,
)

_DECADE = re.compile(r"\d{3}")
# A day of the month named in a mention's text ("24 October", "Oct. 24").
_DAY_OF_THE_MONTH = re.compile(rf"\d\s{MONTH}|{MONTH}\s\d")
# "that summer" can be read from a day, a month or a year (not from a decade).
_SEASON_REFERENCES = ("day", "week", "month", "quarter", "year")
# How long before publication a period may end and still be the one a story reports on.
_REPORTED_PERIOD_REACH = 400
_PRECISION_UNITS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter",
                    "year": "year"}  # fmt: skip


def rebase(
    mentions: list[DateMention],
    chosen: list[Candidate],
    text: str,
    sentences: Sentences,
    anchor: datetime.date,
    *,
    chain_days: bool = False,
):
    """Count "a year earlier" and friends from the last date the story mentioned.

    With `chain_days` (a history's), a date counted from the story is itself the date
    the next count goes on from: "12 September ... the next morning ... the following
    day" is the 14th.

    A candidate's shift is (amount, unit, scopes); the first scope that finds a usable
    reference wins, else the anchor-based value stands. Scopes:
    - "sentence": a quarter or month earlier in the same sentence, its precision kept
      ("third-quarter profit rose from a year ago" is last year's third quarter);
    - "period": the last quarter or month anywhere before, its precision kept;
    - "quarter": the last quarter (or month, read as its quarter) anywhere before;
    - "document": the last date of any precision; a quarter's or month's precision is
      kept, a day's or a year's gives way to the counted unit;
    - "unit": the same, the value at the counted unit ("the following year").
    Some units carry their own way of counting: "season" ("the following spring"),
    "part_of_year" ("the spring of the following year") and "month_name" ("the
    following June") move to the season or month beside the reference.
    A count in days ("the day", "the next day") counts from the last day named, even if
    a coarser date came since ("fell on Monday, its lowest since 1997, to end the day"),
    unless that date lies later than the day: the story has moved on to it ("in June
    1791 ... the next day" is June 1791, read no finer).
    A season named since the last reference ("in the winter of 1069-70 ... The next
    year") is what counts in seasons and years go on from.
    A past-tense comparison with a year before ("in the year-ago period, it earned")
    skips periods named after the one reported (forecasts: "losses through the third
    quarter of 1990") for the last one already over.
    A date after "since" is a yardstick ("the lowest since October 2010"), never a
    reference. Only dates read straight from the text serve as references, so shifts
    never chain in news; a history's counts do (`chain_days`): "1915 ... The following
    year ... the following year ... Two years later" is 1916, 1917, 1919.
    """
    result = []
    reference: DateMention | None = None
    reported: DateMention | None = None
    day: DateMention | None = None
    news_day: DateMention | None = None  # the last day named that is no day of telling
    season: DateMention | None = None  # a season named since the last reference
    last: DateMention | None = None
    before_christ: DateMention | None = None  # a year BC named since the last reference
    # A date "X later" moved a news story on to, while no date has been named since.
    moved_on: DateMention | None = None
    counted: DateMention | None = None  # a date counted since the last reference
    quarter: DateMention | None = None  # the last quarter over that was a reference
    decade: DateMention | None = None  # a decade named since the last reference
    for mention, candidate in zip(mentions, chosen, strict=True):
        if (
            candidate.shift is not None
            and before_christ is not None
            and _counts_from_the_story(candidate.shift)
        ):
            value = _from_before_christ(candidate.shift, before_christ, mention)
        elif (
            candidate.shift is not None
            and candidate.shift[1] == "decade"
            and decade is not None
            and _counts_from_the_story(candidate.shift)
        ):
            # "in the 1920s ... Throughout that decade", "the following decade": counted
            # from the decade named, not from the year before it.
            value = f"{int(decade.value) + candidate.shift[0]:03d}"
        elif _after_months(candidate, last):
            # "For the nine months, net rose ... from a year earlier": the months before
            # a year, so the year before theirs (TimeBank), not a quarter.
            year = (reference.earliest if reference and reference.earliest else anchor).year
            value = f"{year - 1:04d}"
        elif (
            candidate.shift is not None
            and season is not None
            and candidate.shift[1] in _SEASON_COUNTS
            and _counts_from_the_story(candidate.shift)
        ):
            # Counted from a season named since the last reference ("in the spring of
            # 1967, and in the autumn of that year", "the winter of 1069-70 ... The next
            # year").
            value = _from_season(candidate.shift, season, mention)
        elif (
            candidate.shift is not None
            and last is not None
            and last.type == "DATE"
            and last.precision == "day"
            and candidate.shift[0] != 0
            and candidate.shift[1] in ("day", "week", "month", "year")
            and _APPOSITION.fullmatch(text, last.end, mention.start)
            and _COUNTED_ON.search(mention.text)
        ):
            # "Stalin did not speak until 3 July, eleven days later": the count names the
            # day just told, counted from an earlier one.
            value = last.value[:10]
        elif (
            chain_days
            and candidate.shift is not None
            and candidate.shift[0] != 0
            and candidate.shift[1] in ("day", "week", "month")
            and _counts_from_the_story(candidate.shift)
            and season is not None
            and season.earliest is not None
            and season.latest is not None
            and (reference is None or _later_than(season, reference))
        ):
            # "in 1618. The following spring ... Three weeks later": a count in days or
            # weeks from a season holds no day or month to tell, but it is in the
            # season's year, not the year before it.
            value = f"{values.middle(season.earliest, season.latest).year:04d}"
        elif candidate.shift is not None and reference is not None:
            base = reference
            if (
                chain_days
                and candidate.shift[0] != 0
                and candidate.shift[1] in ("day", "week", "month")
                and counted is not None
                and not _as_fine_as(counted, candidate.shift[1])
                and _later_than(counted, reference)
                and (day is None or _later_than(counted, day))
            ):
                # "in 1618. The following year ... Three weeks later", "Two years later
                # ... Three days later": in the year counted to, read no finer than it.
                base = counted
            elif (
                candidate.shift[:2] == (0, "day")
                and counted is not None
                and counted.precision == "day"
                and sentences.bounds(mention.start, mention.end)[0] <= counted.start
            ):
                # "The next day, four people were shot dead, and a fifth was killed that
                # evening": the day its sentence counted to.
                base = counted
            elif (
                candidate.shift[1] in ("day", "weekday")
                and day is not None
                and not _moved_on(reference, day, anchor)
            ):
                base = day
            elif (
                candidate.shift[1] == "quarter"
                and reference.precision != "quarter"
                and quarter is not None
                and mention.start - quarter.end <= _QUARTER_REACH
            ):
                # "grew in the April-June quarter ... a planned increase next April. GDP
                # rose 0.6 percent from the previous quarter": quarters count from the
                # quarter the story reports, not from a month named since.
                base = quarter
            elif (
                candidate.shift[1] == "week"
                and news_day is not None
                and not _moved_on(reference, news_day, anchor)
            ):
                # "will reopen Sept. 14, the producers said Wednesday ... through October.
                # Three shows resume that week": the week of the last day of the news,
                # not of the day it was told on, nor of a coarser date since.
                base = news_day
            elif (
                (chain_days or (moved_on is counted and candidate.shift[0] == 0))
                and candidate.shift[1] != "day"
                and counted is not None
                and (
                    _as_fine_as(counted, candidate.shift[1])
                    # "changed sides the following year, and ... that summer": a year
                    # holds no month to count from, but it holds its summer.
                    or (candidate.shift[1] == "season" and counted.precision == "year")
                )
            ):
                # News counts only from dates it names, but "Two years later he married.
                # That same year he opened a shop" has moved its story on, as a history.
                # A history goes on from the date it just counted: "named county seat the
                # following year ... in February of that year ... the following year";
                # not "on 6 October ... a show trial seven years earlier. Later that
                # month": a year holds no month to count from.
                base = counted
            if (
                candidate.shift[:2] == (0, "year")
                and last is not None
                and last.precision == "year"
                and is_yardstick(text, last.start)
                and sentences.bounds(mention.start, mention.end)[0] <= last.start
            ):
                # "the first time since 1979 that the agency has grounded a type; that
                # year, it ordered the DC-10 out of the sky": the year just compared with.
                base = last
            if _looks_back_on_results(candidate, base, mention, sentences, anchor):
                base = reported
            if (
                not chain_days
                and base is not None
                and candidate.shift[0] == 0
                and base.earliest is not None
                and base.earliest > anchor
                and tense_at(text, mention.start, mention.end, sentences) == "past"
            ):
                # "would stop shrinking its portfolio on Aug. 1 ... still rose 1.3% for
                # the month": what has happened lies in no month still to come.
                base = None
            if (
                candidate.shift[2] == AGO_SCOPES
                and base is not None
                and base.latest is not None
                and (anchor - base.latest).days > _REPORTED_PERIOD_REACH
            ):
                # "married in July 1981 ... became final a year ago": a year before the
                # publication date; only a period just reported ("third-quarter profit,
                # up from a year ago") is what "a year ago" is counted from.
                base = None
            value = _shifted_value(candidate.shift, base, mention, sentences) if base else None
            if (
                chain_days
                and value is not None
                and candidate.shift[0] > 0
                and candidate.shift[1] == "year"
                and value.isdigit()
                and int(value) > anchor.year
                and tense_at(text, mention.start, mention.end, sentences) is None
            ):
                # "completed in 1967. Eighty years later, the battle remains central": a
                # count that would pass the present, told in the present, has reached it.
                value = f"{anchor.year:04d}"
        else:
            value = None
        last = mention
        if candidate.shift is not None:
            clock = mention.value.partition("T")[2] if mention.type == "TIME" else ""
            if value is not None and clock and values.bounds(value)[2] == "day":
                value += "T" + clock  # "at 9 a.m. the following day": the day moves, not the hour
            if value is not None:
                # A time counted from a month or a year has no day to be on: "that night",
                # after "in March", is dated as finely as March (a DATE).
                kind = mention.type if "T" in value or mention.type != "TIME" else "DATE"
                mention = make_mention(text, mention.start, mention.end, kind, value, mention.mod)
                # "On Friday ... the previous Sunday night ... at 1 a.m. the previous
                # Sunday": a weekday counts from the story's day, and leaves it there.
                # "the following Monday ... Nine days later": a weekday ahead moves it on.
                if (
                    chain_days
                    and mention.precision == "day"
                    and (candidate.shift[1] != "weekday" or candidate.shift[0] > 0)
                ):
                    day = mention
                if chain_days and values.is_day_before_christ(value):
                    before_christ = mention  # "the next morning ... Two days later", BC
                if (
                    candidate.shift[0] != 0
                    and mention.precision in _PRECISION_UNITS
                    # not an aside on someone's later life: "Díaz sailed into exile in
                    # France, where he died four years later. ... that autumn"
                    and not RELATIVE_ASIDE.search(text, max(0, mention.start - 60), mention.start)
                ):
                    counted = mention
                    moved_on = mention if candidate.length is not None else None
                    if moved_on is not None:
                        season = None  # "in the spring of 1938. Two years later": behind it
                elif chain_days and candidate.shift[0] != 0 and mention.precision == "season":
                    # "The following spring ... two years later": the story goes on from
                    # the season it counted to, as from one it named.
                    season = mention
        elif mention.before_christ:
            before_christ = mention
        elif (
            chain_days
            and mention.type == "TIME"
            and day is not None
            and mention.precision == "day"
            and mention.earliest is not None
            and day.earliest is not None
            and (
                (mention.earliest - day.earliest).days == 1
                or _DAY_OF_THE_MONTH.search(mention.text) is not None
            )
        ):
            # "late on 24 April: at 10:55 p.m. ... At 12:20 a.m. ... the next day": a
            # history's clock past midnight has moved the story on a day; "at 10 a.m.
            # Wednesday, 24 October. The same day": so has a clock told with its day.
            day = mention
        elif (
            not chain_days
            and mention.type == "TIME"
            and mention.precision == "day"
            and reference is not None
            # Not a clock alone still waiting for its day ("searched the roads that
            # evening. He was found at 11.20pm and died at 2.15am the following day"):
            # the story's day, not publication's, is what it goes on from.
            and not _waits_for_its_day(candidate, anchor)
        ):
            # "contained by 6 p.m. Wednesday, up from 10 percent a day earlier": a time
            # told with its day is the day a count in days goes on from.
            day = mention
        elif mention.type == "DATE" and mention.precision == "season" and mention.latest:
            season = mention
        elif (
            mention.type == "DATE"
            and mention.precision == "decade"
            and _DECADE.fullmatch(mention.value)
            and not is_yardstick(text, mention.start)
        ):
            decade = mention
        elif (
            mention.type == "DATE"
            and mention.precision in _PRECISION_UNITS
            and not is_yardstick(text, mention.start)
            # "said the troops might be home by Christmas. The following evening": a
            # history's look ahead leaves its story where it was.
            and not (chain_days and told_ahead_in_the_past(text, mention.start))
            # "On the night of 12-13 September ... the following night": the night is the
            # 12th's, so the story stays on its first day.
            and not (result and _ends_a_night(text, result[-1], mention))
            # "$1.42 billion, compared with $1.04 billion in the third quarter of 2020 and
            # $1.31 billion in the prior quarter": news compares its period with the same
            # one a year before, and goes on counting from its own.
            and not (not chain_days and _same_period_a_year_before(mention, reference))
            # "up 3.5% in the 12 months through March, compared with 3.2% in the year
            # through February": the figure compared with is no period of the story's.
            and not _is_compared_with(text, mention.start)
            # "First contested in 1897, it today draws runners from 60 countries. ... had
            # read about the marathon at the Olympics the previous year": a history's
            # "today" is its present, no date its story counts from.
            and not (chain_days and mention.text.lower() == "today")
        ):
            # Not "the lowest since October 2010": a yardstick, not the story's period.
            reference, season, before_christ, counted, decade = mention, None, None, None, None
            moved_on = None
            if mention.precision == "day":
                day = mention
                if not is_reported_on(text, mention.start):
                    news_day = mention
            if mention.precision in _PERIODS and mention.latest and mention.latest < anchor:
                reported = mention
            if mention.precision == "quarter" and mention.latest and mention.latest < anchor:
                quarter = mention  # one reported on, not one forecast
        result.append(mention)
    return result


# "added to stocks far more slowly than in the first quarter"
_THAN_IN_BEFORE = re.compile(r"\bthan\s(?:in|at|during)\s$")


def _is_compared_with(text: str, start: int) -> bool:
    return (
        follows_a_figure_compared(text, start)
        or _THAN_IN_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _same_period_a_year_before(mention: DateMention, reference: DateMention | None) -> bool:
    return (
        reference is not None
        and mention.precision in _PERIODS
        and mention.precision == reference.precision
        and mention.value[4:] == reference.value[4:]
        and mention.value[:4].isdigit()
        and reference.value[:4].isdigit()
        and int(mention.value[:4]) == int(reference.value[:4]) - 1
    )


def _waits_for_its_day(candidate: Candidate, anchor: datetime.date) -> bool:
    """Whether a clock time's day is still to be found: it was told alone, or on a day
    counted from the story ("that evening ... at 11.20pm")."""
    if candidate.day_from is not None:
        return candidate.day_from.shift is not None
    return RULES[candidate.rule][0] in TIMES_OF_DAY_RULES and candidate.value.startswith(
        anchor.isoformat() + "T"
    )


def _ends_a_night(text: str, first: DateMention, second: DateMention) -> bool:
    """Whether `second` is the day after `first` in "the night of 12-13 September"."""
    return (
        first.precision == second.precision == "day"
        and first.earliest is not None
        and second.earliest == first.earliest + datetime.timedelta(days=1)
        and NIGHT_JOINT.fullmatch(text, first.end, second.start) is not None
        and _NIGHT_OF.search(text, max(0, first.start - 14), first.start) is not None
    )


_NIGHT_OF = re.compile(r"(?i:night)\sof\s$")


def _later_than(mention: DateMention, reference: DateMention) -> bool:
    return (
        mention.earliest is not None
        and reference.latest is not None
        and reference.latest < mention.earliest
    )


def _as_fine_as(mention: DateMention, unit: str) -> bool:
    """Whether `mention` is dated at least as finely as `unit` (a year is not as fine as a
    month); units that are no precision ("season", "weekday") ask nothing."""
    if unit not in values.PRECISIONS or mention.precision not in values.PRECISIONS:
        return True
    return values.PRECISIONS.index(mention.precision) <= values.PRECISIONS.index(unit)


_PERIODS = ("quarter", "month")
# How far (in characters) a quarter reported stays what "the previous quarter" counts
# from, with other dates named since: a paragraph or two.
_QUARTER_REACH = 600
_APPOSITION = re.compile(r",\s")
_COUNTED_ON = re.compile(r"(?i:\b(?:later|earlier)$)")
# What a season can be counted in: "in the winter of 1069-70 ... The next year", "the
# following spring". A day or a month after a season cannot be told, so those counts
# go on from the last date named before it.
_SEASON_COUNTS = ("season", "part_of_year", "month_name", "year", "decade")


# The month in the middle of each season, to tell a month before it from one after.


def _from_before_christ(shift, reference: DateMention, mention: DateMention) -> str | None:
    """ "January 49 BC ... The following year": BC0048; "in 480 BC ... the following
    summer": BC0479-SU. BC years count down; BC0001 is followed by 0001."""
    amount, unit, _ = shift
    match = values.BC_VALUE.match(reference.value)
    if unit in ("day", "week"):
        # "On 13 August 341 BC ... early the next morning", "Two days later".
        return values.before_christ_days(reference.value, amount * (7 if unit == "week" else 1))
    if match is not None and match[2] and unit == "month":
        # "9 August 48 BC ... the following month": September 48 BC; after December
        # 1 BC, January AD 1.
        year, month = divmod(
            values.astronomical_year(match[1]) * 12 + int(match[2]) - 1 + amount, 12
        )
        return f"{values.era_year_value(year)}-{month + 1:02d}"
    if match is not None and unit == "month_name":
        # "in the autumn of 218 BC ... the following June": June 217 BC; a month before
        # or after the story's own, in its year or the next (or the one before).
        month = int(mention.value[5:7])
        year = values.before_christ_year_beside(match, month, amount)
        return f"{values.era_year_value(year)}-{month:02d}"
    if match is None or unit not in ("year", "season", "part_of_year"):
        return None
    written = values.era_year_value(values.astronomical_year(match[1]) + amount)
    if unit == "year":
        return written
    season = mention.value[-2:]
    if season in ("SP", "SU", "FA", "WI"):
        return f"{written}-{season}"
    if unit == "part_of_year" and _MONTH_OF_YEAR.fullmatch(mention.value):
        # "June of the following year" after "in 218 BC": June 217 BC.
        return f"{written}-{mention.value[5:7]}"
    return None


_MONTH_OF_YEAR = re.compile(r"\d{4}-\d\d")


def _counts_from_the_story(shift) -> bool:
    """Whether a count goes on from the story's dates ("the following year", "three
    weeks later", "that spring") rather than from the anchor ("a decade ago", "two years
    from now", whose scopes are empty)."""
    _, unit, scopes = shift
    return unit in ("season", "part_of_year", "month_name") or bool(
        {"unit", "document"} & set(scopes)
    )


def _from_season(shift, season: DateMention, mention: DateMention) -> str | None:
    amount, unit, _ = shift
    if unit == "season":
        return values.season_near(season.earliest, season.latest, mention.value[-2:], amount)
    if unit == "part_of_year":
        # "in the spring of 1967, and in the autumn of that year": the spring's year.
        year = values.middle(season.earliest, season.latest).year + amount
        return f"{year:04d}{mention.value[4:]}"
    if unit == "month_name":
        # "By the autumn of 1934 ... the previous September", "the next June".
        month = int(mention.value[5:7])
        return values.month_beside(season.earliest, season.latest, month, amount)
    # From the season's middle: the year after "the winter of 1069-70" is 1071.
    middle = values.middle(season.earliest, season.latest)
    return values.value_at(values.shift(middle, amount, unit), unit)


def _moved_on(reference: DateMention, day: DateMention, anchor: datetime.date) -> bool:
    """Whether a coarser date named after the last day lies later in time, and is over:
    "fled in June 1791 but was arrested the next day" goes on from June 1791, while
    "fell on Monday, its lowest since 1997, to end the day" looks back and stays on
    Monday, and "a summit in April ... the day belonged to" a plan, not the story."""
    return (
        reference is not day
        and reference.earliest is not None
        and reference.latest is not None
        and day.latest is not None
        and day.latest < reference.earliest
        and reference.latest < anchor
    )


def _looks_back_on_results(
    candidate: Candidate,
    reference: DateMention,
    mention: DateMention,
    sentences: Sentences,
    anchor: datetime.date,
) -> bool:
    """Whether "in the year-ago period, it earned ..." skips a forecast named before.

    Earnings copy names the periods analysts expect ("losses through the third quarter
    of 1990") between the period reported and the comparison with a year before; a
    past-tense comparison is with the period reported, the last one already over.
    A forecast in the comparison's own sentence stays its reference ("fourth-quarter
    profit will rise from a year earlier").
    """
    amount, unit, scopes = candidate.shift
    return (
        amount < 0
        and unit == "year"
        and ("period" in scopes or "quarter" in scopes)
        and reference.precision in _PERIODS
        and reference.latest is not None
        and reference.latest >= anchor
        and sentences.bounds(mention.start, mention.end)[0] > reference.start
        and tense_at(sentences.text, mention.start, mention.end, sentences) == "past"
    )


_INTERIM_MONTHS = ("P6M", "P9M")


def _after_months(candidate: Candidate, last: DateMention | None) -> bool:
    """Whether a year-back count ("a year earlier") follows "the nine months" directly."""
    if candidate.shift is None or last is None or last.type != "DURATION":
        return False
    amount, unit, scopes = candidate.shift
    return (
        amount == -1 and unit == "year" and "unit" not in scopes and (last.value in _INTERIM_MONTHS)
    )


def _weeks_from_a_day(reference_unit: str, unit: str, amount: int, said: str) -> bool:
    """Whether a count is in weeks from a day ("on 24 June ... Two weeks later"): its
    date is a day (8 July), as nobody tells a story in calendar weeks; "that week" is
    still the week, and so is a week named with "the" ("the following week", "the week
    before")."""
    return (reference_unit, unit) == ("day", "week") and amount != 0 and not _THE_WEEK.match(said)


_THE_WEEK = re.compile(r"(?i:the\s(?:(?:following|next|previous|prior)\s)?week\b)")


def _shifted_value(shift, reference: DateMention, mention: DateMention, sentences: Sentences):
    amount, unit, scopes = shift
    if unit == "weekday":
        # "On Friday, 14 April ... the previous Sunday": the weekday before or after the
        # story's day, not the publication date's.
        if reference.precision != "day" or reference.earliest is None:
            return None
        day, weekday = (
            reference.earliest,
            datetime.date.fromisoformat(mention.value[:10]).isoweekday(),
        )
        if amount < 0:
            day -= datetime.timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
        elif amount > 0:
            day += datetime.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
        else:
            # "on Friday, Feb. 22 ... at about 11 p.m. that Friday": the story's day, or
            # the weekday nearest it.
            back = (day.isoweekday() - weekday) % 7
            day += datetime.timedelta(days=-back if back <= 3 else 7 - back)
        return day.isoformat()  # a time's clock or part of the day is put back after
    if unit == "month_name":
        if reference.earliest is None or reference.latest is None:
            return None
        month = int(mention.value[5:7])
        return values.month_beside(reference.earliest, reference.latest, month, amount)
    if unit == "part_of_year":
        # "the spring of the following year", "February of that year": that season or
        # month of the story's year, or of the year after it.
        if reference.earliest is None or reference.latest is None:
            return None
        year = values.middle(reference.earliest, reference.latest).year + amount
        return f"{year:04d}{mention.value[4:]}"
    if unit == "season":
        if reference.precision not in _SEASON_REFERENCES or reference.latest is None:
            return None
        code = mention.value[-2:]
        return values.season_near(reference.earliest, reference.latest, code, amount)
    if unit == "weekend":
        # "on 15 September ... That weekend": the weekend of the story's day or week.
        if reference.precision not in ("day", "week") or reference.earliest is None:
            return None
        return values.value_at(values.shift(reference.earliest, amount, "week"), "weekend")
    reference_unit = _PRECISION_UNITS.get(reference.precision or "")
    rank = values.PRECISIONS.index  # finest first
    if reference_unit is None or unit not in values.PRECISIONS:
        return None
    if rank(reference_unit) > rank(unit):
        if ("document" in scopes or "unit" in scopes) and reference.latest is not None:
            # "In 1953 ... Three weeks later", "... The next day": from the middle of that
            # year, read only as finely as the year itself (1953), not from the anchor.
            middle = values.middle(reference.earliest, reference.latest)
            return values.value_at(values.shift(middle, amount, unit), reference_unit)
        return None
    shifted = values.shift(reference.earliest, amount, unit)
    # A quarter counted from a month is a quarter ("came into April cautious, and by the
    # end of the quarter" is the second quarter), not that month.
    kept = unit if (unit, reference_unit) == ("quarter", "month") else reference_unit
    for scope in scopes:
        if scope in ("sentence", "period", "quarter") and reference_unit not in (
            "quarter",
            "month",
        ):
            continue
        if scope == "sentence":
            if sentences.bounds(mention.start, mention.end)[0] > reference.start:
                continue
            return values.value_at(shifted, kept)
        if scope == "period":
            return values.value_at(shifted, kept)
        if scope == "document":
            # "a year earlier" than a quarter is that quarter a year back (earnings
            # copy); "two years later" than a day is a year (narrative copy).
            keep = reference_unit in ("quarter", "month") or _weeks_from_a_day(
                reference_unit, unit, amount, mention.text
            )
            return values.value_at(shifted, reference_unit if keep else unit)
        if scope == "quarter":
            return values.value_at(shifted, "quarter")
        if scope == "unit":
            keep = _weeks_from_a_day(reference_unit, unit, amount, mention.text)
            return values.value_at(shifted, reference_unit if keep else unit)
    return None
