"""Resolution: from a grammar match to a TIMEX3 type, value and mod.

Each rule in patterns.RULES has a resolver of the same name: here for dates named by
the calendar ("May 18", "2001", "the 1990s"), in periods.py for quarters, seasons and
"the year", in relative.py for what counts from the anchor ("last week", "Saturday"),
in amounts.py for durations and sets. A resolver gets the match and a Context (the
text, the anchor date and the sentence tense) and returns zero, one or several
Candidates; None when the match turns out not to be a date. This module also holds the
shared pieces: Candidate, Context and the calendar arithmetic.

Conventions (TimeML / TempEval-3, as the TimeBank and MEANTIME annotators applied them):
- a value is only as precise as the words: "September" is 2010-09, never a day;
- words without a year or week ("May 18", "Saturday") take the nearest reading, pulled
  to the closest one before the anchor in a past-tense sentence and after it in a
  future-tense one (a day within _TENSE_REACH_DAYS: "Dec. 7" in an October story is
  this December whatever the tense);
- "the past three years" is a DURATION (P3Y); "last year" a DATE (2010);
- "a year earlier" and "the following day" count from the last date mentioned (the
  tagger rebases them, see Candidate.shift), "two years ago" from the anchor.
"""

import dataclasses
import datetime
import re
from collections.abc import Callable

from factcheck.temporal import values
from factcheck.temporal.holidays import country_near, holiday_date, holiday_every
from factcheck.temporal.lexicon import (
    DECADE_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    month_number,
    number_value,
    ordinal_number,
    weekday_number,
)
from factcheck.temporal.patterns import CLAUSE_GOES_ON, MONTH, MONTH_DATA, NUMERIC_DATE, PART_OF_DAY
from factcheck.temporal.tense import (
    PLAIN_FUTURE,
    Sentences,
    is_called_off,
    noun_follows,
    tense_at,
)


@dataclasses.dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    # (amount, unit, scopes): count `amount` units from a date the story mentioned
    # before, instead of from the anchor; see rebase.rebase for the scopes.
    shift: tuple[int, str, tuple[str, ...]] | None = None
    # Position of the proposing rule in patterns.RULES: among equally long candidates
    # for the same span, the earlier rule wins.
    rule: int = 0
    # Read as the nearest one to the anchor, having no year of its own ("June", "May 18",
    # "the spring", "Saturday"): a history re-reads it from its story (narrative.py).
    floating: bool = False
    # News reads "two days later" as TimeML does, a length of time ("two days", P2D) after
    # some event: (where that length ends, its value). A history dates it from its story.
    length: tuple[int, str] | None = None
    # A clock time's day, when it took it from another mention ("The following day ...
    # at 2:30 p.m."): the clock follows that day wherever counting moves it.
    day_from: "Candidate | None" = None


# How "a year ago" counts (rebase.py): from a quarter in its sentence, or the last one
# named ("third-quarter profit, up from a year ago").
AGO_SCOPES = ("sentence", "quarter")


@dataclasses.dataclass(slots=True)
class Context:
    text: str
    anchor: datetime.date
    sentences: Sentences | None = None
    # What the whole text shows, looked up once: pattern -> whether it occurs anywhere.
    _found: dict = dataclasses.field(default_factory=dict)
    # "day" or "month": which number comes first in the text's numeric dates, when one of
    # them shows it ("14/04/2022"); "" when none does, None until looked up.
    _numeric_order: str | None = None

    def tense(self, start: int, end: int) -> str | None:
        return tense_at(self.text, start, end, self._sentences())

    def sentence(self, start: int, end: int) -> str:
        """The sentence holding text[start:end]."""
        left, right = self.sentence_bounds(start, end)
        return self.text[left:right]

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence holding text[start:end] starts and ends."""
        return self._sentences().bounds(start, end)

    def _sentences(self) -> Sentences:
        if self.sentences is None:
            self.sentences = Sentences(self.text)
        return self.sentences

    def anywhere(self, pattern: re.Pattern) -> bool:
        """Whether `pattern` occurs anywhere in the text, searched once per text, not
        once per mention that asks."""
        if pattern not in self._found:
            self._found[pattern] = pattern.search(self.text) is not None
        return self._found[pattern]

    def first_in_numeric_dates(self) -> str | None:
        """ "day" when a numeric date of the text can only be day first ("14/04/2022"),
        "month" when one can only be month first ("04/14/2022"), else None."""
        if self._numeric_order is None:
            orders = set()
            for match in NUMERIC_DATE.finditer(self.text):
                first, second = int(match[1]), int(match[3] or match[6])
                if (first > 12) != (second > 12):
                    orders.add("day" if first > 12 else "month")
            self._numeric_order = orders.pop() if len(orders) == 1 else ""
        return self._numeric_order or None


_APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "circa": "APPROX",
    "c.": "APPROX", "ca.": "APPROX", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS", "no later than": "ON_OR_BEFORE",
    "no earlier than": "ON_OR_AFTER", "shortly after": "AFTER", "shortly before": "BEFORE",
}  # fmt: skip
_PART_MODS = {"early": "START", "late": "END", "mid": "MID", "middle": "MID"}
_BACKWARD = {"last", "past", "previous", "this past", "the past", "the last", "the previous",
             "the prior"}  # fmt: skip
_FORWARD = {"next", "coming", "this coming", "the next", "the coming", "the following"}
# "the following year", "later that month": counted from the story's last date.
# "the following year", "the next day", "the prior quarter", "the last day": units on
# from, or back from, the story's last date.
STORY_OFFSETS = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1,
                 "the last": -1}  # fmt: skip
_REFERENCE_BASED = {"the following", "the previous", "the prior", "the same", "that", "that same"}


def approx_mod(word: str | None) -> str | None:
    return _APPROX_MODS.get(word.lower()) if word else None


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word)[0])


# How far the tense may pull a day away from the nearest reading: "Dec. 7" in a
# past-tense sentence of late October is still this December, not last year's (a
# reported plan, a deadline), but "he resigned on Sept. 11", written in May, is last
# September. A month named alone goes wherever a clear tense points:
# "the law came into force in January", written in November, is last January.
_TENSE_REACH_DAYS = 300
_TENSE_REACH_MONTHS = 11
_ENDED_BEFORE = re.compile(r"\b(?i:ended|ended\son)\s$")


def _by_tense(
    options: list,
    distance,
    tense: str | None,
    reach: int = _TENSE_REACH_DAYS,
    future_reach: int | None = None,
):
    """From candidate points (sorted), the nearest, unless the tense points within reach
    (`future_reach`, when given, bounds the pull forward)."""
    nearest = min(options, key=lambda option: abs(distance(option)))
    if tense == "past":
        earlier = [o for o in options if distance(o) <= 0]
        if earlier and -distance(earlier[-1]) <= reach:
            return earlier[-1]
    elif tense == "future":
        later = [o for o in options if distance(o) >= 0]
        if later and distance(later[0]) <= (reach if future_reach is None else future_reach):
            return later[0]
    return nearest


def month_day_near(
    anchor: datetime.date, month: int, day: int, tense: str | None, reach=_TENSE_REACH_DAYS
):
    years = range(anchor.year - 1, anchor.year + 2)
    if (month, day) == (2, 29):
        # A leap day: the leap years either side, as far as the tense points.
        years, reach = range(anchor.year - 4, anchor.year + 5), 4 * 366
    options = [d for y in years if (d := _date(y, month, day))]
    if not options:
        return None
    return _by_tense(options, lambda d: (d - anchor).days, tense, reach=reach)


def is_named(text: str, start: int) -> bool:
    """Whether a Title Case phrase at text[start] reads as a name: quoted ("This Week",
    ''60 Minutes'') or owned ("ABC's This Week"). Headlines in Title Case stay dates."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return before.endswith(("'s", "’s", '"', "“", "``", "''"))


def possessive_tense(ctx: "Context", m: re.Match) -> str | None:
    """The tense a day or month is read in: a possessive names what has happened
    ("Friday's ruling", "December's figures") unless what it names is still to come
    ("Sunday's election will go ahead")."""
    if not is_possessive(ctx.text, m.end()):
        return ctx.tense(*m.span())
    if _DONE_AFTER_POSSESSIVE.match(ctx.text, m.end()) or _RESULTS_OF_BEFORE.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        # "Thursday's announcement means the jets will be late", "early returns from
        # Saturday's referendum": it has happened.
        return "past"
    if _COMING_AFTER_POSSESSIVE.match(ctx.text, m.end()) or (
        # "Friday's report on January housing starts will offer another test": what is
        # held or released on a set day may be told at more length; "Sunday's game is
        # the first of three": a fixture told in the present is still to be played.
        (event := _SCHEDULED_EVENT.match(ctx.text, m.end()))
        and (
            _EVENT_COMING_AFTER.match(ctx.text, m.end())
            or _PRESENT_COPULA.match(ctx.text, event.end())
            # "Saturday's 52-kilometre time trial from Bordeaux should suit him"
            or _EVENT_MODAL_AFTER.match(ctx.text, m.end())
        )
    ):
        return "future"
    if _SCHEDULED_EVENT.match(ctx.text, m.end()) and is_called_off(ctx.text, m.end()):
        # "Saturday's match has been called off": a fixture is called off before it is
        # played, or on its day; the nearest such day, whichever way (None: no tense).
        return None
    # "ahead of Sunday's election", "will boycott Sunday's vote", "would test the ankle
    # in Thursday's practice": an event still to come, which a ruling or an attack never is.
    if _SCHEDULED_EVENT.match(ctx.text, m.end()) and (
        _AHEAD_OF.search(ctx.text, max(0, m.start() - 24), m.start())
        or ctx.tense(*m.span()) == "future"
    ):
        return "future"
    return "past"


_SCHEDULED_EVENT = re.compile(
    r"['’]s(?:\s[\w-]+){0,2}?\s(?i:elections?|votes?|runoff|referendum|polls?|primary|caucus(?:es)?|"
    r"marathon|grand\sprix|cup\sfinal|derby|"
    r"match|game|final|semifinal|race|contest|summit|meeting|talks|debate|deadline|ceremony|parade|"
    r"hearing|trial|launch|opening|inauguration|visit|rally|march|strike|session|sitting|"
    # What is released or handed down on a set day: "awaiting Thursday's report"; a day
    # off ("ahead of Thursday's holiday").
    r"report|release|data|figures|statistics|index|reading|auction|announcement|holiday|survey|"
    # Sport's and culture's fixtures: "will take charge for Saturday's trip to Carlisle".
    r"trip|fixture|clash|showdown|kickoff|concert|premiere|festival|funeral|service|fight|bout|"
    r"heat|practice|training|qualifying|stage|rest\sday|time\strial|opener|friendly|decider|shift|"
    r"play-?off|qualifier|showpiece|meet|defeat|victory|win|draw|"
    # Celebrations: "Saturday's open house runs from 10 a.m.", "Friday's block party".
    r"open\shouse|party|celebration|reception|gala|dinner|fair|exhibition|vigil)"
    r"(?:e?s)?\b"  # "Saturday's fixtures", "Sunday's matches"
)
# "Sunday's game is the first of three", "Saturday's open house runs from 10 a.m.": a
# fixture told in the present is still to come.
_PRESENT_COPULA = re.compile(
    r"\s(?:is|are|runs|begins|starts|opens|takes\splace)\s(?!(?:over|done|finished)\b)"
)
_RESULTS_OF_BEFORE = re.compile(
    r"\b(?i:returns|results|aftermath|wake|outcome|count|tally)\s(?:from|of|in)\s$"
)
# What an event named by its day has since brought about: it has happened.
_DONE_AFTER_POSSESSIVE = re.compile(
    r"['’]s(?:\s[\w-]+){1,2}?\s(?:means|meant|shows|showed|suggests|suggested|marks|marked|"
    r"follows|followed|comes|came|leaves|left|puts|put|raises|raised)\b"
)
_AHEAD_OF = re.compile(
    r"(?i:ahead\sof|before|until|await(?:ing|ed|s)?|for"
    # "Attention is now turning to Thursday's debate", "eyes shift to Sunday's vote",
    # "looking ahead to Saturday's match": what the story turns to is still to come.
    r"|\b(?:turn|shift|look)(?:s|ing)?(?:\sahead|\sforward)?\sto)\s$"
)


def _coming_after_possessive(
    fewest: int, most: int, looking_ahead: str = PLAIN_FUTURE
) -> re.Pattern:
    """A possessive, then `fewest` to `most` words, then a word that looks ahead (a plain
    future by default): "Sunday's election will go ahead"; not "won Tuesday's election
    and will take office", where a verb after "and" is the subject's."""
    return re.compile(
        rf"['’]s(?:\s(?!(?:and|but|or)\b)[\w-]+){{{fewest},{most}}}\s(?:that\s)?(?:{looking_ahead})"
    )


_COMING_AFTER_POSSESSIVE = _coming_after_possessive(1, 3)
# "Saturday's 52-kilometre time trial from Bordeaux should suit him" (not "could have").
_EVENT_MODAL_AFTER = _coming_after_possessive(
    1, 7, r"\b(?:should|could|may|might|must)\s(?!have\b)"
)
_EVENT_COMING_AFTER = _coming_after_possessive(4, 5)  # an event may be told at more length


def names_a_fixture(text: str, end: int) -> bool:
    """Whether the possessive after a day ending at text[end] names an event held on
    it: "Sunday's final", "Monday's Boston Marathon" (not "Friday's earthquake")."""
    return _SCHEDULED_EVENT.match(text, end) is not None


def is_yardstick(text: str, start: int) -> bool:
    """Whether the date at text[start] follows "since" or dates a record: a yardstick ("the
    lowest since October 2010", "for the first time since 1614", "beating the previous
    peak of $145.85 set on July 3"), not the period a story is in."""
    return _YARDSTICK_BEFORE.search(text, max(0, start - 40), start) is not None


# "since October 2010", "since the Black Monday crash of Oct. 19, 1987"; "the record low
# set in September 2007", "the previous peak of $145.85 set on July 3"
_YARDSTICK_BEFORE = re.compile(
    r"(?i:\bsince)\s(?:the\s(?:[\w-]+\s){0,3}(?:of|on|in)\s)?$"
    r"|\b(?:record|low|high|peak|best|worst|lowest|highest)\s(?:[\w$.,-]+\s){0,3}"
    r"(?:set|reached|hit|touched|recorded)\s(?:in|on)\s$"
)


def is_possessive(text: str, end: int) -> bool:
    """Whether the name ending at text[end] is followed by "'s" ("Friday's ruling")."""
    return text.startswith(("'s", "’s"), end)


def month_near(anchor: datetime.date, month: int, tense: str | None, relative: str | None):
    here = anchor.year * 12 + anchor.month - 1
    # (within the calendar's years: an anchor in 9999 has no next year to read a month in)
    options = [
        (anchor.year + dy) * 12 + month - 1
        for dy in (-1, 0, 1)
        if datetime.MINYEAR <= anchor.year + dy <= datetime.MAXYEAR
    ]
    relative = (relative or "").lower()
    if relative in _BACKWARD:
        index = max(o for o in options if o < here)
    elif relative in _FORWARD:
        index = min(o for o in options if o > here)
    elif relative in ("this", "the same"):
        index = anchor.year * 12 + month - 1
    else:
        index = _by_tense(options, lambda o: o - here, tense, reach=_TENSE_REACH_MONTHS)
    return values.month_value(index // 12, index % 12 + 1)


def weekday_near(anchor: datetime.date, weekday: int, tense: str | None, relative: str | None):
    relative = (relative or "").lower()
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if relative in ("last", "this past", "the previous", "the prior"):
        return anchor - datetime.timedelta(days=back or 7)
    if relative in ("next", "this coming", "the following"):
        return anchor + datetime.timedelta(days=ahead or 7)
    if relative == "this":
        return anchor + datetime.timedelta(days=weekday - anchor.isoweekday())
    if tense == "future":
        return anchor + datetime.timedelta(days=ahead)
    if tense == "past" or back <= ahead:
        return anchor - datetime.timedelta(days=back)
    return anchor + datetime.timedelta(days=ahead)


def two_digit_year(digits: str, anchor: datetime.date) -> int:
    year = int(digits)
    if year >= 100:
        return year
    century = anchor.year // 100 * 100
    return century + year if century + year <= anchor.year + 10 else century - 100 + year


def latest_quarter(
    anchor: datetime.date, number: int, tense: str | None, *, of_results: bool = True
) -> str:
    """Quarter `number` of the year it most likely means: the nearest one (a quarter
    under way is nearest of all), pulled back by a past tense up to three quarters."""
    here = anchor.year * 4 + values.quarter_of(anchor) - 1
    options = [(anchor.year + dy) * 4 + number - 1 for dy in (-1, 0, 1)]
    # Results come after a quarter ends: "expects to report third-quarter results" in
    # October is the quarter just ended, so the future pulls one quarter ahead at most;
    # what is not a quarter's results ("the merger is expected to close in the third
    # quarter") goes up to three ahead.
    ahead = 1 if of_results else 3
    index = _by_tense(options, lambda o: o - here, tense, reach=3, future_reach=ahead)
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def tells_of_results(text: str, start: int, end: int) -> bool:
    """Whether a quarter's sentence speaks of its results (earnings, sales, a report)."""
    return _RESULTS.search(text, max(0, start - 80), end + 80) is not None


_RESULTS = re.compile(
    r"\b(?i:results?|earnings|profits?|loss(?:es)?|revenues?|sales|report(?:s|ed|ing)?|"
    r"net|income|growth|GDP|output|figures|data|shipments)\b"
)


def latest_half(anchor: datetime.date, number: int, tense: str | None) -> str:
    """Half `number` of the year it most likely means, as latest_quarter does: "in the
    second half, growth slowed", written in March, is last year's second half."""
    here = anchor.year * 2 + (anchor.month > 6)
    options = [(anchor.year + dy) * 2 + number - 1 for dy in (-1, 0, 1)]
    index = _by_tense(options, lambda o: o - here, tense, reach=1)
    return f"{index // 2:04d}-H{index % 2 + 1}"


def latest_completed_quarter(anchor: datetime.date, years_back: int = 0) -> str:
    quarter = values.quarter_of(anchor) - 1
    year = anchor.year - years_back
    return f"{year - 1:04d}-Q4" if quarter == 0 else f"{year:04d}-Q{quarter}"


def relative_year(word: str | None, anchor: datetime.date) -> int:
    word = (word or "this").lower()
    return anchor.year + {"last": -1, "next": 1}.get(word, 0)


Resolver = Callable[[re.Match, Context], "Candidate | list[Candidate] | None"]
RESOLVERS: dict[str, Resolver] = {}


def resolver(function: Resolver) -> Resolver:
    RESOLVERS[function.__name__] = function
    return function


def _span(match: re.Match, type_: str, value: str, mod=None, shift=None) -> Candidate:
    return Candidate(match.start(), match.end(), type_, value, mod, shift)


def _floating(candidate: Candidate) -> Candidate:
    candidate.floating = True
    return candidate


@resolver
def iso(m, ctx):
    day = _date(int(m[1]), int(m[3]), int(m[4]))
    if day is None:
        return None
    if m[5]:
        return _span(m, "TIME", f"{day.isoformat()}T{m[5]}:{m[6]}")
    return _span(m, "DATE", day.isoformat())


@resolver
def numeric(m, ctx):
    first = int(m[1])
    if m[2]:  # slashes: month first unless the first number cannot be a month
        second, year = int(m[3]), two_digit_year(m[4], ctx.anchor)
        day_first = first > 12
    else:  # dots or dashes: day first unless the second number cannot be a month
        second, year = int(m[6]), int(m[7])
        day_first = second <= 12
    if first <= 12 and second <= 12 and (order := ctx.first_in_numeric_dates()):
        # "adjourned to 14/04/2022 ... arrested on 03/02/2021": one writer, one order.
        day_first = order == "day"
    month, day_of_month = (second, first) if day_first else (first, second)
    day = _date(year, month, day_of_month)
    return _span(m, "DATE", day.isoformat()) if day else None


@resolver
def numeric_month_day(m, ctx):
    first, second = int(m[2]), int(m[3])
    day_first = first > 12 or (second <= 12 and ctx.first_in_numeric_dates() == "day")
    month, number = (second, first) if day_first else (first, second)
    if not m[1] and (month, number) == (9, 11) and ctx.anchor > datetime.date(2001, 9, 11):
        return None  # "on 9/11" is the day of the attacks (september_eleventh)
    day = month_day_near(ctx.anchor, month, number, ctx.tense(*m.span())) if month <= 12 else None
    if day and m[1]:
        day = _on_its_weekday(day, weekday_number(m[1]))
    return _floating(_span(m, "DATE", day.isoformat())) if day else None


@resolver
def month_day_year(m, ctx):
    day = _date(int(m[4]), month_number(m[2]), _day_number(m[3]))
    return _span(m, "DATE", day.isoformat()) if day else None


@resolver
def day_month_year(m, ctx):
    day = _date(int(m[5]), month_number(m[3] or m[4]), _day_number(m[2]))
    return _without_attributive_the(m, ctx, _span(m, "DATE", day.isoformat())) if day else None


def _without_attributive_the(m: re.Match, ctx: "Context", candidate: Candidate) -> Candidate:
    """ "since the 11 September attacks": "the" belongs to the attacks, not to the date
    that names them, as in "the Sept. 11 attacks" (not "on the 11 September, ...")."""
    if m[0][:4].lower() == "the " and noun_follows(ctx.text, m.end()):
        candidate.start += 4
    return candidate


@resolver
def days_month(m, ctx):
    first, last, month = _day_number(m[1]), _day_number(m[2]), month_number(m[3])
    if first >= last:
        return None  # "3-1 March" is a score before a date, not a range
    if m[4]:
        end = _date(int(m[4]), month, last)
    else:
        end = month_day_near(ctx.anchor, month, last, ctx.tense(*m.span()))
    start = end and _date(end.year, month, first)
    if start is None:
        return None
    ends = [
        Candidate(m.start(1), m.end(1), "DATE", start.isoformat()),
        Candidate(m.start(2), m.end(), "DATE", end.isoformat()),
    ]
    return ends if m[4] else [_floating(candidate) for candidate in ends]


_NINE_ELEVEN_AFTER = re.compile(
    r",?\s(?:terrorist\s|terror\s)?(?:attacks?|hijack(?:ers|ings?)|commission|victims|"
    r"anniversary|memorial|strikes)\b"
)


@resolver
def month_day(m, ctx):
    month, number = month_number(m[2]), _day_number(m[3])
    if (yearly := _yearly(m, ctx, month, number)) is not None:
        return yearly
    if (
        (month, number) == (9, 11)
        and ctx.anchor > datetime.date(2001, 9, 11)
        and _NINE_ELEVEN_AFTER.match(ctx.text, m.end())
    ):
        return _span(m, "DATE", "2001-09-11")  # "the Sept. 11 attacks": that day
    if _ENDED_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start()):
        # "the fiscal year ended Jan. 31": a period's end already past, however far.
        day = month_day_near(ctx.anchor, month, number, "past", reach=366)
    elif relative := _NEXT_OR_LAST_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        # "until next Oct. 1", "since last May 3": the next or last one, however far.
        later = relative[1].lower() == "next"
        day = month_day_near(ctx.anchor, month, number, "future" if later else "past", reach=366)
        if day is None or day == ctx.anchor:
            return None
        candidate = _span(m, "DATE", day.isoformat())
        candidate.start = relative.start()
        return candidate
    else:
        day = month_day_near(ctx.anchor, month, number, ctx.tense(*m.span()))
    if day and m[1]:
        day = _on_its_weekday(day, weekday_number(m[1]))
    return _floating(_span(m, "DATE", day.isoformat())) if day else None


def _on_its_weekday(day: datetime.date, weekday: int) -> datetime.date:
    """ "Friday, March 13", read as a Saturday: the same day of the nearest year, a year
    either side, that falls on the weekday named (2020's, not 2021's); the reading as it
    was when neither does."""
    if day.isoweekday() == weekday:
        return day
    for years in (-1, 1):
        other = _date(day.year + years, day.month, day.day)
        if other is not None and other.isoweekday() == weekday:
            return other
    return day


_NEXT_OR_LAST_BEFORE = re.compile(r"(?<![\w-])((?i:next|last))\s$")


@resolver
def day_month(m, ctx):
    if (yearly := _yearly(m, ctx, month_number(m[3]), _day_number(m[2]))) is not None:
        return yearly
    day = month_day_near(ctx.anchor, month_number(m[3]), _day_number(m[2]), ctx.tense(*m.span()))
    if day is None:
        return None
    if m[1]:
        day = _on_its_weekday(day, weekday_number(m[1]))
    return _without_attributive_the(m, ctx, _floating(_span(m, "DATE", day.isoformat())))


@resolver
def spelled_day(m, ctx):
    month = month_number(m[2] or m[3])
    number = ORDINALS[(m[1] or m[4]).lower()] if (m[1] or m[4]) else _day_number(m[5])
    if m[6]:
        day = _date(int(m[6]), month, number)
        return _span(m, "DATE", day.isoformat()) if day else None
    day = month_day_near(ctx.anchor, month, number, ctx.tense(*m.span()))
    return _floating(_span(m, "DATE", day.isoformat())) if day else None


@resolver
def day_of_month(m, ctx):
    """ "on the 14th": that day of the month nearest the anchor, pulled by the tense
    within a month, and on its weekday when one is named ("Sunday the 4th"). A history
    reads it in the month its story is in (narrative.follow_story)."""
    if _CAPITAL_NEXT.match(ctx.text, m.end()) and not _NAME_MAY_FOLLOW.search(
        ctx.text, max(0, m.start() - 14), m.start()
    ):
        return None  # "of the 14th Amendment", "since the 14th Dalai Lama"
    days = days_of_month_near(ctx.anchor, _day_number(m[2]), m[1])
    if not days:
        return None
    day = _by_tense(days, lambda d: (d - ctx.anchor).days, ctx.tense(*m.span()), reach=31)
    return _floating(_span(m, "DATE", day.isoformat()))


_CAPITAL_NEXT = re.compile(r"\s[A-Z]")
# After these a day may be followed by the subject of its clause ("On the 17th Davis
# replaced Johnston", "the morning of the 17th Wellington withdrew").
_NAME_MAY_FOLLOW = re.compile(
    r"(?:\b[Oo]n|\b[Uu]ntil|\b[Bb]y|(?i:morning|afternoon|evening|night)\sof)\s(?:\w+\s)?$"
)


def days_of_month_near(
    around: datetime.date, number: int, weekday: str | None = None
) -> list[datetime.date]:
    """Day `number` of the month of `around` and of the months either side (those
    that have it, on `weekday` if named), in order."""
    here = around.year * 12 + around.month - 1
    days = [
        day
        for index in (here - 1, here, here + 1)
        if (day := _date(index // 12, index % 12 + 1, number))
    ]
    if weekday:
        days = [day for day in days if day.isoweekday() == weekday_number(weekday)] or days
    return days


_EVERY_YEAR_BEFORE = re.compile(r"(?i:\b(?:every|each)\syear,?\s(?:on\s)?|\bannually\son\s)$")


def _yearly(m, ctx, month: int, day: int) -> Candidate | None:
    """ "remembered every year on 22 June": the day in any year (XXXX-06-22), not one."""
    if not _EVERY_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    if _date(2000, month, day) is None:  # 2000 holds February 29
        return None
    return _span(m, "DATE", f"XXXX-{month:02d}-{day:02d}")


@resolver
def month_year(m, ctx):
    year = int(m[2]) if m[2] else two_digit_year(m["short"], ctx.anchor)
    return _span(m, "DATE", values.month_value(year, month_number(m[1])))


@resolver
def month_early_year(m, ctx):
    year, month = int(m[3]), month_number(m[2])
    if year <= 31:
        return None
    if m[1]:
        day = _date(year, month, int(m[1]))
        return _span(m, "DATE", day.isoformat()) if day else None
    return _span(m, "DATE", values.month_value(year, month))


# A month that is someone's first name: "April Ryan asked", "correspondent June Carter
# said": a capitalised word follows, then a lower-case one (a headline in Title Case,
# "June Retail Sales Rise", goes on in capitals), and nothing before it introduces a date.
_POSSESSIVE_SURNAME = re.compile(r"\s[A-Z][a-z]+['’]s\b")
_TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:in|on|since|until|during|by|early|late|last|next)\s)$")
_SURNAME_AFTER = re.compile(r"\s[A-Z][a-z]+(?:\s[a-z]|[,.;:])")
# Words that introduce a date: a month or season after one of them is a date, not a
# name ("In June Congress voted", not "April Ryan asked") nor a verb ("later that fall",
# not "shares that fall sharply").
DATE_WORD_BEFORE = re.compile(
    r"(?i:\b(?:in|on|by|since|until|till|during|from|through|throughout|into|to|of|for|before|"
    r"after|between|"
    r"and|or|early|late|mid|earlier|later|this|last|next|that|each|every)\s|\bmid-)$"
)
_CALENDAR_NAMES = re.compile(
    r"\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)


def is_paper_name(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] names a paper or a show: "the Sunday
    Times", "the Sunday Telegraph" ("the Sunday before" goes on in lower case)."""
    return text[max(0, start - 4) : start].lower() == "the " and (
        _SURNAME_AFTER.match(text, end) is not None or _TITLE_AFTER.match(text, end) is not None
    )


_TITLE_AFTER = re.compile(r"\s[A-Z][a-z]+\s[A-Z]")


def is_first_name(text: str, start: int, end: int) -> bool:
    """Whether the month or weekday at text[start:end] is a person's first name."""
    if _CALENDAR_NAMES.match(text, end) is not None:
        return False
    if _POSSESSIVE_SURNAME.match(text, end) and not _TIME_WORD_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True  # "a revival of August Wilson's play"; not "In June Smith's team won"
    if _VERB_AFTER_NAME.match(text, end) and _PERSON_WORD_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True  # "24 hours after May traveled to Strasbourg"; not "after May ended"
    return (
        _SURNAME_AFTER.match(text, end) is not None
        and DATE_WORD_BEFORE.search(text, max(0, start - 12), start) is None
    )


# What a person does right after the name: its subject ("after May traveled").
_VERB_AFTER_NAME = re.compile(
    r"\s(?:said|says|told|tells|traveled|travelled|flew|met|visited|spoke|warned|insisted|"
    r"argued|resigned|vowed|urged|wrote|added|promised|admitted|conceded)\b"
)
# Words before a name as often as before a month.
_PERSON_WORD_BEFORE = re.compile(r"\b(?:after|before|for|from|with|and|than)\s$")
# "rose 3.1% over the 12 months through February": the end of a period reported on.
_PERIOD_ENDS_BEFORE = re.compile(r"\b(?:months|weeks|quarters)\s(?:through|to|ended|ending)\s$")
# ("March sales are expected to rise" is a forecast; "will report November retail sales"
# the figures of a month gone by.)
_MONTH_DATA = re.compile(
    rf"\s(?:{MONTH_DATA}|(?i:retail|auto|car|vehicle|home)\ssales\b"
    r"|(?i:housing\sstarts|building\spermits|industrial\sproduction|"
    r"(?:durable[\s-]goods|factory)\sorders)\b)"
)
# "Consumer price figures for July", "the report on personal income for January": the
# figures of a month gone by, told before it.
_DATA_FOR_BEFORE = re.compile(
    r"\b(?:(?:data|figures|numbers|statistics|report|reading|index|(?i:retail)\ssales)"
    r"|(?:data|figures|numbers|statistics|report)\son\s(?:[\w-]+\s){1,3}?"
    r"(?:income|prices|payrolls|employment|unemployment|inflation|output|production|"
    r"spending|sales|orders|starts))\sfor\s$"
)
_MINUTES_OF_BEFORE = re.compile(r"\b(?i:minutes)\sof\s(?:the\s)?(?:[\w.'’-]+\s){0,2}$")
_REPORTING_BEFORE = re.compile(
    r"\b(?:report|reports|reported|release|releases|released|post|posts|posted|publish|"
    r"publishes|published)\s(?:(?:its|their|the)\s)?$"
)
_SALES_AFTER = re.compile(r"\s(?i:sales|results|earnings|traffic|deliveries)\b")
_UNPLANNED_AFTER = re.compile(
    r"\s(?:(?:stock[\s-])?market\s)?(?i:crash|attacks?|bombings?|earthquake|quake|massacre|"
    r"coup|invasion|uprising|riots?|explosion|blast|shooting|floods?|hurricane|plunge|"
    r"collapse|killings?)\b"
)
# "the following June", "the previous August": the month after or before the story's date.
_STORY_MONTHS = {
    word: STORY_OFFSETS[word] for word in ("the following", "the previous", "the prior")
}


@resolver
def month(m, ctx):
    relative = m[1]
    if relative and relative.lower() in ("the latest", "the current", "current", "past"):
        return None
    if not relative and is_first_name(ctx.text, m.start(2), m.end(2)):
        return None
    number = month_number(m[2])
    if not relative and (
        _MONTH_DATA.match(ctx.text, m.end())
        # "rose 3.1% over the 12 months through February": a period reported on
        or _PERIOD_ENDS_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        or _DATA_FOR_BEFORE.search(ctx.text, max(0, m.start() - 64), m.start())
        # "Minutes of the Fed's January meeting are due Wednesday": a meeting held
        or _MINUTES_OF_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        # "Retailers will report September sales Thursday": sales reported are past.
        or (
            _REPORTING_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
            and _SALES_AFTER.match(ctx.text, m.end())
        )
    ):
        # "will release November data on Thursday": figures describe a month gone by,
        # whatever the tense of their release ("March sales are expected to rise" is a
        # forecast, so sales alone do not count).
        year = ctx.anchor.year - (number > ctx.anchor.month)
        return _span(m, "DATE", values.month_value(year, number))
    # "December's figures", like "Friday's ruling": a possessive names what has happened;
    # so does a month before what no one schedules ("the October stock market crash").
    tense = "past" if _UNPLANNED_AFTER.match(ctx.text, m.end()) else possessive_tense(ctx, m)
    value = month_near(ctx.anchor, number, tense, relative)
    story_month = relative and (
        relative.lower() in _STORY_MONTHS
        or (relative.lower() == "the next" and ctx.tense(*m.span()) == "past")
    )
    if story_month:
        # "the following June", "surrendered the next August": the June or August after
        # the story's last date (rebase.rebase); this anchor-based reading stands without one.
        offset = STORY_OFFSETS[relative.lower()]
        return _span(m, "DATE", value, shift=(offset, "month_name", ()))
    candidate = _span(m, "DATE", value)
    return _floating(candidate) if not relative else candidate


@resolver
def year_kind(m, ctx):
    return _span(m, "DATE", m[1])


@resolver
def fiscal_year(m, ctx):
    digits = m[1].lstrip("'’") if m[1] else m[2]
    return _span(m, "DATE", f"{two_digit_year(digits, ctx.anchor):04d}")


@resolver
def september_eleventh(m, ctx):
    if ctx.anchor.year < 2001 or (ctx.anchor.year == 2001 and ctx.anchor.month < 9):
        return None  # before the attacks it is only a day, without a year
    return _span(m, "DATE", "2001-09-11")


# What a number counts, not what a year qualifies: "2000 people", "1500 troops" are
# counts; "2008 levels", "1990 prices", "2012 elections" are years.
_COUNTED = frozenset({
    "people", "persons", "troops", "soldiers", "workers", "employees", "jobs", "residents",
    "students", "children", "men", "women", "cases", "deaths", "victims", "homes", "houses",
    "cars", "vehicles", "containers", "units", "tons", "tonnes", "miles", "kilometres",
    "kilometers", "feet", "metres", "meters", "acres", "hectares", "barrels", "dollars",
    "euros", "pounds", "votes", "seats", "pages", "words", "members", "protesters", "refugees",
    "prisoners", "patients", "beds", "flights", "passengers", "copies", "visitors", "fans",
    "delegates", "families", "households", "customers", "users", "troopers", "officers",
    "police", "policemen", "firefighters", "volunteers", "civilians",
})  # fmt: skip
_NEXT_WORD = re.compile(r"\s([a-z]+)\b")
_PART_OF_A_YEAR_BEFORE = re.compile(r"(?:\b(?i:early|late)\s|\b(?i:mid)-)$")
_SECOND_NAMED_NUMBER = re.compile(
    r"\b(?i:models?|versions?|rooms?|flights?|routes?)\s\d{4}\s(?:and|or|to)\s$"
)


@resolver
def year(m, ctx):
    following = _NEXT_WORD.match(ctx.text, m.end())
    if (
        following
        and following[1] in _COUNTED
        # "From late 1904 prisoners of war were held": a part of a year is no count
        and not _PART_OF_A_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    ):
        return None
    if _SECOND_NAMED_NUMBER.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "models 1500 and 1550": the second number names a thing too
    return _span(m, "DATE", m[0][-4:])  # "the year 2000" is 2000


@resolver
def era_year(m, ctx):
    number, era = (int(m[2]), m[1]) if m[1] else (int(m[3]), m[4])
    if era.startswith("B"):
        # TIMEX2 and HeidelTime write a year before Christ as "BC" and four digits.
        return _span(m, "DATE", f"BC{number:04d}")
    return _span(m, "DATE", f"{number:04d}")


_PROVINCE_AFTER = re.compile(r"\s[A-Z][a-z]")
# The Ides fall on the 15th in March, May, July and October, on the 13th elsewhere.
_IDES_ON_THE_15TH = (3, 5, 7, 10)


@resolver
def era_pair_first(m, ctx):
    return _span(m, "DATE", f"BC{int(m[1]):04d}")


@resolver
def era_date(m, ctx):
    month = month_number(m[2] or m[5])
    if m[1]:
        day = 15 if month in _IDES_ON_THE_15TH else 13
    elif m[4] and m[6]:
        return None  # "19 August 20, 14 BC": not one date
    else:
        day = _day_number(m[4] or m[6]) if (m[4] or m[6]) else None
    era = m[7] or m[10]
    if era is None:
        if not m[1]:
            return None  # a month before a number without an era is month_day's
        if m[3]:
            return _span(m, "DATE", datetime.date(int(m[3]), month, day).isoformat())
        found = month_day_near(ctx.anchor, month, day, ctx.tense(*m.span()))
        return _floating(_span(m, "DATE", found.isoformat())) if found else None
    if m[3]:
        return None  # a year and an era: not one date
    if (
        m[10]
        and not (m[1] or m[4] or m[6])
        and int(m[9]) <= 31
        and _PROVINCE_AFTER.match(ctx.text, m.end())
    ):
        # "On March 3 BC Hydro said": British Columbia, after March 3; not "On 10
        # January 49 BC Caesar crossed".
        return None
    number = int(m[8] or m[9])
    # A leap year checks the day: BC years keep no calendar of their own here.
    if day is not None and _date(2000 if era.startswith("B") else number, month, day) is None:
        return None
    value = values.month_value(number, month) + (f"-{day:02d}" if day else "")
    # Before Christ as era_year writes it ("BC0044"), and as the app reads it: no bounds.
    return _span(m, "DATE", f"BC{value}" if era.startswith("B") else value)


@resolver
def early_year(m, ctx):
    if m[4] and not _named_as_a_year(ctx.text, m[4], m.start()):
        return None
    year = m[1] or m[2] or m[3] or m[4]
    return _span(m, "DATE", f"{int(year):04d}")


def _named_as_a_year(text: str, number: str, before: int) -> bool:
    """Whether `number` is named as a year before text[before]: after a month ("on 29 May
    1453") or a preposition of time ("in 1453")."""
    index = text.rfind(number, 0, before)
    while index >= 0:
        if _YEAR_NAMED_BEFORE.search(text, max(0, index - 12), index):
            return True
        index = text.rfind(number, 0, index)
    return False


_YEAR_NAMED_BEFORE = re.compile(rf"(?:{MONTH}|\b(?i:in|since|until|by|from|before|after))\s$")


@resolver
def year_range(m, ctx):
    """ "1999-2001": TempEval-3 marks each end of a range as its own timex."""
    first = int(m[1])
    last = int(m[3]) if len(m[3]) == 4 else first // 100 * 100 + int(m[3])
    if len(m[3]) == 2 and int(m[3]) == (first + 1) % 100:
        # "the 2011-12 financial year", "the 1997-98 season": one year named by both of
        # its calendar years, dated by the first, as its books are.
        return _span(m, "DATE", f"{first:04d}")
    if not first < last <= first + 100:
        return None
    return [
        Candidate(m.start(1), m.end(1), "DATE", f"{first:04d}"),
        Candidate(m.start(3), m.end(3), "DATE", f"{last:04d}"),
    ]


# "Lows in the 20s", "shares traded in the 50s", "will drop into the 40s tonight": a
# decade without its century is as often a reading of a thermometer or a price. Words
# of weather or trading earlier in the sentence, or a unit after, make it a number.
_MEASURED_BEFORE = re.compile(
    r"\b(?i:temperatures?|highs|lows|(?:a|the|overnight|daytime)\s(?:high|low)|degrees|"
    r"mercury|thermometers?|fahrenheit|celsius|wind\schills?|heat\sindex|dew\spoints?|"
    r"traded|trading|trades|(?:share|stock)\sprices?|shares\s(?:were|are|closed|ended|rose|fell))\b"
    r"|\b(?i:drop|drops|dropped|fall|falls|fell|dip|dips|dipped|sink|sinks|sank|plunge|"
    r"plunges|plunged|climb|climbs|climbed|rise|rises|rose|soar|soars|soared)\s(?i:into|to)\s"
    r"(?:(?i:the)\s)?$"
    # "we should be back up in the 30s by Thursday": a level returned to.
    r"|\b(?i:back\s(?:up|down)\s(?:in|into|to))\s(?:(?i:the)\s)?$"
)
_MEASURED_AFTER = re.compile(r"\s?(?:°|(?i:degrees|tonight|overnight|a\sshare|per\sshare|cents)\b)")
# "the 1980s and 90s": the century of the decade just named carries over.
_CENTURY_BEFORE = re.compile(r"\d\d0['’]?s\s(?:and|or|to)\s$")


def _is_measure(m, ctx) -> bool:
    start, end = m.start(), m.end()
    if _CENTURY_BEFORE.search(ctx.text, max(0, start - 12), start):
        return False
    if _MEASURED_AFTER.match(ctx.text, end):
        return True
    before = ctx.text[max(0, start - 80) : start]
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    return _MEASURED_BEFORE.search(before[sentence_start + 1 :]) is not None


# An age of a person's, then "and" or "or" before a second: "in their 20s or 30s".
_AGE_AND_BEFORE = re.compile(
    r"\b(?i:their|his|her|my|your|our)\s(?:(?i:early|mid|late)[\s-])?[1-9]0['’]?s\s(?:and|or)\s$"
)


@resolver
def decade(m, ctx):
    mod = _PART_MODS.get((m[1] or "").lower())
    if (m[3] or (m[5] and not m[4])) and _is_measure(m, ctx):
        return None
    if m[2]:
        if m[2].endswith("0") and int(m[2]) < 190:
            # "the 1800s" is the nineteenth century in common use, not 1800-1809.
            return _span(m, "DATE", m[2][:2], mod)
        return _span(m, "DATE", m[2], mod)
    if m[3] and _AGE_AND_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start()):
        return None  # "die in their 20s or 30s": the second age of a pair
    if m[3]:
        century = 19 if int(m[3]) * 10 > ctx.anchor.year % 100 else ctx.anchor.year // 100
        return _span(m, "DATE", f"{century}{m[3]}", mod)
    if not m[0].lower().startswith("the"):
        return None  # "in his sixties" is an age
    number = DECADE_WORDS[m[5].lower()]
    if m[4] and m[4].lower() == "eighteen":
        return _span(m, "DATE", f"18{number}", mod)  # "the eighteen-nineties": 189
    return _span(m, "DATE", f"{20 if number == 0 else 19}{number}", mod)  # "the noughties": 200


@resolver
def century(m, ctx):
    word = m[2].lower()
    number = ordinal_number(word)
    if not number or word in ("final", "last"):
        return None
    if m[2][0].isupper() and m[0][0].isupper() and NAME_GOES_ON.match(ctx.text, m.end()):
        return None  # "Twentieth Century Fox", "Twentieth Century Limited": a name
    mod = _PART_MODS.get((m[1] or "").lower())
    if m[3] and m[3].startswith("B"):
        # "the 5th century BC": 500-401 BC, written as BC years are ("BC0044").
        return _span(m, "DATE", f"BC{number - 1:02d}", mod)
    # TimeML writes a century by its first two digits: the 20th century is "19".
    return _span(m, "DATE", f"{number - 1:02d}", mod)


# A capitalised word after a phrase in Title Case: a name goes on ("Twentieth Century
# Fox", "the Winter Olympics").
NAME_GOES_ON = re.compile(r"\s[A-Z][a-z]")
# What may follow a year spoken alone: the clause ends or goes on, no noun it counts.
_YEAR_ALONE_AFTER = re.compile(rf"[.,;:)!?]|\s*$|\s(?:{CLAUSE_GOES_ON})\b")


_LARGER_NUMBER_AFTER = re.compile(r"[\s-](?i:hundred|thousand|million|billion)\b")


@resolver
def spelled_year(m, ctx):
    century, rest = m[1].lower(), m[2]
    if _LARGER_NUMBER_AFTER.match(ctx.text, m.end()):
        return None  # "Two thousand eight hundred copies", "twenty-five hundred": a number
    # "two thousand troops" counts; "in two thousand, the ..." is the year.
    alone = century == "two thousand" and not rest and m.start() == m.start(1)
    if alone and not _YEAR_ALONE_AFTER.match(ctx.text, m.end()):
        return None
    if century == "two thousand":
        return _span(m, "DATE", f"{2000 + (number_value(rest) or 0) if rest else 2000:04d}")
    if not rest:
        return None
    tens = number_value(rest.replace(" ", "-"))
    if tens is None or not 10 <= tens <= 99:
        return None
    centuries = {"eighteen": 18, "nineteen": 19}
    return _span(m, "DATE", f"{centuries.get(century, 20) * 100 + tens:04d}")


@resolver
def month_relative_year(m, ctx):
    year = relative_year(m["relative"], ctx.anchor)
    month = month_number(m["month"] or m["month_first"])
    if number := m["day"] or m["day_after"]:
        day = _date(year, month, _day_number(number))
        return _span(m, "DATE", day.isoformat()) if day else None
    return _span(m, "DATE", values.month_value(year, month))


@resolver
def apostrophe_year(m, ctx):
    return _span(m, "DATE", f"{two_digit_year(m[1], ctx.anchor):04d}")


_DAY_AROUND = re.compile(r"(?i:the\sday\s(before|after))\s")


def _named_in_capitals(name: str) -> bool:
    """Whether each word of a holiday's name starts with a capital ("Christmas Eve",
    "Fourth of July", "ANZAC Day"), as names are written: not "christmas eve"."""
    return all(word == "of" or word[0].isupper() for word in name.split())


@resolver
def holiday(m, ctx):
    # "Easter week", "Christmas week": the calendar week that holds the day; "Thanksgiving
    # weekend" the weekend that holds it, or for a Monday holiday the one just before.
    if not _named_in_capitals(m[2]):
        return None
    unit = m[4].lower() if m[4] else "day"

    def named(day: datetime.date) -> str:
        if unit == "weekend" and day.weekday() == 0:
            day -= datetime.timedelta(days=1)
        return values.value_at(day, unit)

    relative = (m[1] or "").lower()
    if around := _DAY_AROUND.match(ctx.text, m.start(), m.start(2)):
        # "the day after Thanksgiving": one day on from the holiday's date.
        if m[1] or m[4]:
            return None
        candidate = _holiday(m, ctx, named, "")
        if candidate is None or not values.DAY_VALUE.fullmatch(candidate.value):
            return None
        day = datetime.date.fromisoformat(candidate.value)
        day += datetime.timedelta(days=1 if around[1].lower() == "after" else -1)
        return _span(m, "DATE", day.isoformat())
    if relative in ("every", "each") and not (m[3] or m[4]):
        # "every Fourth of July": that day of any year, when it keeps its date.
        days = [holiday_date(m[2], ctx.anchor.year + offset) for offset in (0, 1)]
        if None not in days and len({(day.month, day.day) for day in days}) == 1:
            return _span(m, "SET", f"XXXX-{days[0].month:02d}-{days[0].day:02d}")
    if relative in ("every", "each", "the"):
        relative = ""
    candidate = _holiday(m, ctx, named, relative)
    if (
        candidate is not None
        and (m[1] or "").lower() in ("the", "every", "each")
        and not m[4]
        and not (
            m[1].lower() == "the"
            and _DAY_OF_MONTH_NAME.match(m[2])
            and not _NOUN_AFTER_HOLIDAY.match(ctx.text, m.end())
        )
    ):
        # "the Easter weekend" keeps "the", "the Christmas rush" not; "the Fourth of July"
        # is a day of the month, and keeps it as "the fifth of November" does (but not in
        # "the Fourth of July parade").
        candidate.start = m.start(2)
    if (
        candidate is not None
        and not m[4]
        and values.DAY_VALUE.fullmatch(candidate.value)
        and (part := _PART_AFTER.match(ctx.text, m.end()))
    ):
        # "on Christmas Eve morning", "practice Thanksgiving morning": a time of that day.
        candidate.end = part.end()
        candidate.type = "TIME"
        candidate.value += "T" + PARTS_OF_DAY[part[1].lower()]
    return candidate


_PART_AFTER = re.compile(rf"\s({PART_OF_DAY})\b")


_DAY_OF_MONTH_NAME = re.compile(r"\w+\sof\s", re.IGNORECASE)
_NOUN_AFTER_HOLIDAY = re.compile(
    r"\s(?!(?:and|or|to|in|on|at|when|with|for|is|was|will|this|that|the|a)\b)[a-z]"
)
# A holiday this close is the one meant, whatever the tense: "passengers were rebooked
# on a service on Boxing Day", written on December 23.
_HOLIDAY_AT_HAND = 14


def _holiday(m, ctx, named, relative: str) -> Candidate | None:
    sentence = ctx.sentence_bounds(m.start(), m.end())
    country = country_near(m[2], ctx.text, m.start(), sentence)
    if m[3]:
        day = holiday_date(m[2], int(m[3]), country)
        return _span(m, "DATE", named(day)) if day else None
    # Four years each way: Inauguration Day comes once in four.
    options = [
        day
        for offset in range(-4, 5)
        if (day := holiday_date(m[2], ctx.anchor.year + offset, country)) is not None
    ]
    if relative == "last":
        day = max(d for d in options if d < ctx.anchor)
    elif relative == "next":
        day = min(d for d in options if d > ctx.anchor)
    elif relative == "this":
        day = holiday_date(m[2], ctx.anchor.year, country)
        if day is None:
            return None
    else:
        # A holiday comes once a year (Inauguration Day once in four), so a clear tense
        # takes the last or the next one however far: "will be home for Christmas",
        # written in February.
        distance = lambda d: (d - ctx.anchor).days  # noqa: E731
        reach = 366 * holiday_every(m[2])
        day = min(options, key=lambda d: abs(distance(d)))
        if abs(distance(day)) > _HOLIDAY_AT_HAND:
            day = _by_tense(options, distance, ctx.tense(*m.span()), reach=reach)
        if not relative:
            return _floating(_span(m, "DATE", named(day)))
    return _span(m, "DATE", named(day))
