"""Histories: texts told in the past, whose undated months and days follow the story.

A news story dates "in June" and "on Saturday" from its publication date: they are the
nearest ones, pulled by the sentence's tense. A history ("The war began on 1 September
1939 ... by late June France had fallen") names its own years and moves through them;
there "late June" is June 1940, the June nearest the last date the story named, and
the publication date says nothing about it. HeidelTime asks its caller which kind of
text it gets (news or narrative); here the text says it itself.

News opens on its own time (_leads_as_news): the sentence of its first date names no
year long past and opens on a day without its year, on a deictic date ("Tuesday",
"two years ago") or on a date within a year of publication, or the text's first
sentence is in the present perfect or the future ("has died", "will close"). A history
opens on a year long past ("The battle was fought from 1 July to 18 November 1916").
Past that lead:

- a history names many dates with years (MIN_PAST_DATES) two or more years before the
  publication date (a year before Christ, "AD 9" and "in 1066" among them), or, told
  within one year (a battle's article: "1 April 1945 ... On 6 April ... the following
  day ... on 6 August"), one day or month long past followed by several days without
  their year or counted from the story (MIN_FOLLOWING_DAYS);
- and several times fewer (PAST_DATES_RATIO) dates near publication or counted from it
  ("today", "last week", "two years ago", "now", "said Saturday"), which every news
  story has. An anniversary's hook into the story ("seventy years ago today") is no
  date near publication, and a bare year looked back on ("two years after the fighting
  of 1916") leaves a finely told story where it was. Days without a year told right
  after an old day, month or season ("October 16, 1962 ... On 14 October ... 22
  October") weigh on the history's side of the ratio; after a bare year ("bought rivals
  in 2005. On March 3") they do not, as news gives its background so;
- or a story set in one year long past, told without a word of the present ("In 1862
  the army marched south. On 5 May ... in June"), is a history too.

A news story with a paragraph of background (the Moscow Times example: "the 2001
overthrow", "last September", "Saturday") fails both tests and keeps its reading.

In a history, a date without its year (a month, a month and day, a season, a weekday,
a day of the month alone: "on the 14th") takes the reading nearest the last date with a
year before it, a year before Christ among them ("10 January 49 BC ... in March" is
BC0049-03), and "the year" or "the end of the decade" are the story's. A date told in
the past perfect ("a blockade that had begun on 3 November 1870") is a look back and
leaves the story where it was, unless the relative clause that told it has closed
("which had not met since 1614, assembled on 5 May 1789"); one the text says is still
to come ("a memorial will be held in June") keeps its news reading. Dates counted from
the story ("the following year", "two days later", "two weeks later" from a day, a
day) then count from the dates so read (rebase.rebase), and "three hours later" from
the last clock time (count_clock_hours).
"""

import datetime
import itertools
import re

from factcheck.temporal import periods, values
from factcheck.temporal.holidays import country_near, holiday_date
from factcheck.temporal.lexicon import (
    PARTICIPLES,
    PARTS_OF_DAY,
    REPORTING_VERBS,
    WEEKDAYS,
    month_number,
    ordinal_number,
)
from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.patterns import (
    CLAUSE_GOES_ON,
    MONTH,
    NIGHT_JOINT,
    RULES,
    TIMES_OF_DAY_RULES,
    WEEKDAY,
    WEEKDAY_OPENS,
)
from factcheck.temporal.ranges import ENDS_JOIN
from factcheck.temporal.resolve import (
    Candidate,
    days_of_month_near,
    is_yardstick,
    weekday_near,
)
from factcheck.temporal.tense import (
    PLAIN_FUTURE,
    Sentences,
    clause_before,
    is_heading,
    noun_follows,
    tense_at,
    told_ahead_in_the_past,
)

# Rules whose readings count from the publication date: "today", "last week", "two
# years ago", "now", "a year ago" (not "the following year", counted from the story).
DEICTIC_RULES = frozenset(
    {"relative_unit", "deictic_day", "ago", "plural_ago", "current", "year_ago"}
)
# A history names at least this many dates with years long before publication ...
MIN_PAST_DATES = 5
# ... or at least this many days or months, followed by days without a year or counted
# from the story, this many in all; no development text comes near both.
MIN_SHORT_PAST_DATES = 1
MIN_FOLLOWING_DAYS = 3
# ... or, told without a word of the present, one year long past followed by this many
# dates without their year ("In 1862 ... On 5 May ... in June").
MIN_DAYS_IN_ONE_YEAR = 2
# ... and this many times as many as it names dates near publication or counted from it.
PAST_DATES_RATIO = 4
_YEAR_IN_TEXT = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
_YEAR_VALUE = re.compile(r"\d{4}(?:-(\d\d)(?:-(\d\d))?|-(SP|SU|FA|WI))?(T.*)?$")
# "the year", "the decade", "the month": the anchor's in news, the story's in a history.
_THE_UNIT_RULES = ("the_unit", "the_year")
# "the second half of the year", "the last quarter of the year": a part of the story's year.
_PART_OF_THE_YEAR = re.compile(r"(?i:\sof\sthe\syear)$")
_PART_VALUE = re.compile(r"\d{4}-(?:H[12]|Q[1-4])")
# "had been quiet for two centuries when it stirred in the spring of 1883": "when" opens
# the clause the date is told in, with or without its comma.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\s$")
_PAST_PERFECT = re.compile(r"(?i)\bhad\s(?!to\b)(?:\w+ly\s)?(?:been\s)?\w+")
_PART_AT_END = re.compile(r"(?i:(morning|afternoon|evening|night))$")
_PART_OF = re.compile(
    r"(?<![\w-])(?i:the\s(?:(?:early|late)\s)?(morning|afternoon|evening|night)\sof\s)$"
)
_FIRST_DAY = re.compile(r"(?i:the\sfirst\sday)")
_FINE_PRECISIONS = ("day", "week", "month", "season", "quarter")
_REFERENCE_PRECISIONS = ("day", "month", "season", "quarter", "year")
_SEASON_MIDDLE = {"SP": 4, "SU": 7, "FA": 10, "WI": 13}  # winter's middle is January


def is_history(
    mentions: list[DateMention],
    chosen: list[Candidate],
    anchor: datetime.date,
    text: str,
    sentences: Sentences | None = None,
) -> bool:
    """Whether the text reads as a history (see the module docstring), not as news."""
    if _leads_as_news(mentions, chosen, anchor, text):
        return False
    past = current = following = following_a_year = counted = nowadays = weekdays = 0
    # Where the story's last date and the present's first are named: an anniversary
    # piece tells its story first and the present after it.
    story_end, present_start = -1, len(text)
    told, last_start = 0, -1
    weekday_at = -1  # where the last weekday of a news story's week was told
    sentences = sentences or Sentences(text)
    in_the_past = False  # whether the last date named is long past and finer than a year
    after_a_year = False  # whether the last date named is any date long past
    for mention, candidate in zip(mentions, chosen, strict=True):
        if past + following + counted > told:  # the mention before told of the story
            told, story_end = past + following + counted, last_start
        last_start = mention.start
        if candidate.length is not None:
            counted += after_a_year  # "three hours later": counted from the story
        elif candidate.shift is None and (
            RULES[candidate.rule][0] in DEICTIC_RULES
            or _FROM_PUBLICATION.match(text, mention.start)  # "next summer", "last May"
        ):
            if _long_past(mention, anchor):
                continue  # "seventy years ago today": a hook into the story, not news
            if _COUNTED_FROM_THE_STORY.search(mention.text) or (
                mention.type == "DURATION" and _NEXT_LENGTH.match(mention.text)
            ):
                # "Ten minutes earlier a mine was detonated", "Over the next fortnight,
                # small forces landed": counted from the story.
                counted += after_a_year
                continue
            if _ANNIVERSARY.search(text, *sentences.bounds(mention.start, mention.end)):
                continue  # "Today, on the 250th anniversary, Lisbon holds a Mass": a hook
            if _is_nowadays(text, mention, sentences):
                # "Today the site is a museum": the present of any history, and news
                # only beside the days of a news story's week.
                nowadays += 1
                continue
            current += 1
            present_start = min(present_start, mention.start)
            in_the_past = after_a_year = False
        elif candidate.floating and _is_weekday(candidate):
            if (
                in_the_past
                and not _SAID_NEAR.search(text, max(0, candidate.start - 60), candidate.end + 60)
                and not _told_as_to_come(text, mention, sentences)
            ):
                # "Sunday, 2 September 1666 ... by Monday": the story's own days.
                following += 1
                following_a_year += 1
                continue
            current += 1  # "said Saturday": the news story's own week
            weekdays += 1
            weekday_at = mention.start
            in_the_past = after_a_year = False
        elif mention.before_christ or (
            mention.type == "DATE" and (_names_its_year(mention) or _is_era_year(candidate))
        ):
            if is_yardstick(text, mention.start):
                continue  # "its first hung parliament since February 1974": a comparison
            long_past = mention.before_christ or _long_past(mention, anchor)
            past += long_past
            current += not long_past
            # A history dates its events finely ("October 16, 1962", "the summer of
            # 1962"); news gives bare years for background ("bought rivals in 2005").
            # A bare year long past inside a story told finely leaves it where it was.
            if not long_past or _is_fine(mention):
                in_the_past = long_past
            after_a_year = long_past
        elif candidate.floating and mention.type == "DATE":
            # "On 14 October" right after "October 16, 1962": the story goes on in its
            # own years, and only a history tells most of its days so.
            following += in_the_past
            following_a_year += after_a_year
        elif candidate.shift is not None:
            counted += after_a_year  # "The following year", counted from a year long past
    if past + following + counted > told:
        story_end = last_start
    if weekdays:
        current += nowadays  # "On Tuesday its shares fell. Today it employs 500": news
    many = past >= MIN_PAST_DATES
    # A lead dated finely long ago ("On Thursday 7 November 1918 the steamer docked")
    # needs fewer days told after it.
    least = MIN_FOLLOWING_DAYS - _leads_long_ago(mentions, chosen, anchor, text)
    followed = past >= MIN_SHORT_PAST_DATES and following + counted >= least
    if (many or followed) and past + following + counted >= PAST_DATES_RATIO * current:
        return True
    if (
        followed
        # "on Aug. 8 it named a chief, it said Tuesday": news, its week told after the
        # story; "said nothing until Monday morning" inside the story is the story's.
        and weekday_at < story_end
        and story_end < sentences.bounds(present_start, present_start)[0]
        and _leads_long_ago(mentions, chosen, anchor, text)
    ):
        # An anniversary piece: a story dated long ago, told first, and the present only
        # in the sentences after it ("On 31 January 1968 ... until 24 February ... This
        # week veterans returned").
        return True
    # A story set in one year long past ("In 1862 ... On 5 May ... in June"), opened on
    # that year (not _leads_as_news) and told without a word of the present.
    if current == 0 and past >= 1 and following_a_year >= MIN_DAYS_IN_ONE_YEAR:
        return True
    # A short history whose very lead is dated long ago ("King John met the barons on
    # 15 June 1215 ... in late August"; "in January 49 BC ... The following year"), and
    # which goes on in its own time, without a word of the present.
    return (
        current == 0
        and _leads_long_ago(mentions, chosen, anchor, text)
        and following_a_year + counted >= 1
    )


def _is_fine(mention: DateMention) -> bool:
    """Whether a date names a day, month, season or the like ("10 January 49 BC" too,
    which has no calendar bounds to tell its precision by)."""
    if mention.before_christ:
        named = values.BC_VALUE.fullmatch(mention.value)
        return named is not None and bool(named[2] or named[4])
    return mention.precision in _FINE_PRECISIONS


def _is_nowadays(text: str, mention: DateMention, sentences: Sentences) -> bool:
    """Whether a "today" tells of the present state of things ("Today the site is a
    museum"), as histories close, not of a day's news ("said today", "will meet today")."""
    if mention.text.lower() != "today":
        return False
    left, right = sentences.bounds(mention.start, mention.end)
    return not (_SAID_NEAR.search(text, left, right) or _marks_the_day(text, mention, sentences))


def _leads_long_ago(
    mentions: list[DateMention], chosen: list[Candidate], anchor: datetime.date, text: str
) -> bool:
    """Whether the lead names a day, month or season long past ("on 15 June 1215", "in
    the spring of 1862") or a year before Christ; a bare year is news's background as
    often ("The bridge, opened in 1971, reopens in June")."""
    return any(
        mention.before_christ
        or (_long_past(mention, anchor) and mention.precision in _FINE_PRECISIONS)
        for mention, _ in _lead_dates(mentions, chosen, text)
    )


def _lead_dates(
    mentions: list[DateMention], chosen: list[Candidate], text: str
) -> list[tuple[DateMention, Candidate]]:
    """The dates of the sentence of the first date with a time of its own: not a thing's
    name, nor a date counted from the story ("had spent the previous winter drilling
    ... In the spring of 1862"). Its sentence, not the text's first: "fought from 1 July
    to 18 November 1916" opens on a day without its year, and the year comes at the end."""
    lead: list[tuple[DateMention, Candidate]] = []
    limit = len(text)
    for mention, candidate in zip(mentions, chosen, strict=True):
        # Only the dates before the lead's sentence ends are looked at closely.
        if (
            mention.start < limit
            and mention.type == "DATE"
            and candidate.shift is None
            and not _names_a_thing(mention, text)
            and not is_yardstick(text, mention.start)
        ):
            if not lead:
                end = _SENTENCE_END.search(text, mention.end)
                limit = end.end() if end else len(text)
            lead.append((mention, candidate))
    return lead


# Words that name a date's return: a history's hook, a day marked.
_ANNIVERSARY_WORDS = "anniversary|centenary|centennial|bicentenary|bicentennial|jubilee"
_ANNIVERSARY = re.compile(rf"(?i:{_ANNIVERSARY_WORDS})")
_COUNTED_FROM_THE_STORY = re.compile(r"(?i:\b(?:earlier|later|previously)$)")
_NEXT_LENGTH = re.compile(r"(?i:the\s(?:next|following)\s)")
# "next summer", "last May", "this week": counted from the publication date, as only
# news counts.
_FROM_PUBLICATION = re.compile(r"(?i:next|last|this(?:\scoming|\spast)?)\s")
# A weekday right after a day long past is the story's ("Sunday, 2 September 1666 ...
# by Monday"), unless news attributes something on it ("On Tuesday it said").
_SAID_NEAR = re.compile(rf"\b(?:{REPORTING_VERBS})\b")


def _told_as_to_come(text: str, mention: DateMention, sentences: Sentences) -> bool:
    """Whether the sentence says plainly that the date is still to come ("will", "is
    scheduled for"), as news does and a history, telling of the past, does not ("would"
    and "was planned" are a history's future in the past)."""
    left, right = sentences.bounds(mention.start, mention.end)
    if _RUNS_UNTIL.search(text, max(left, mention.start - 40), mention.start):
        return True  # "The show opened Saturday and runs through May 5"
    # The date's own clause must look ahead too: "The army, whose dead will never be
    # forgotten, took the village in September" tells of the past.
    return (
        _PLAIN_FUTURE.search(text, left, right) is not None
        and tense_at(text, mention.start, mention.end, sentences) == "future"
    )


_PLAIN_FUTURE = re.compile(PLAIN_FUTURE)
# What goes on now until a day, told in the present.
_RUNS_UNTIL = re.compile(
    r"\b(?:runs|continues|lasts|remains\s(?:open|on\sview)|is\s(?:open|on(?:\sview)?))"
    r"(?:\s[a-z]+){0,3}?\s(?:through|until|till|to)\s$"
)


def _since_till_now(text: str, mention: DateMention, sentences: Sentences) -> bool:
    """Whether the date opens a stretch that lasts till now: "She has lived at the care
    center since March" is the news's March, whatever year the life was told in."""
    left = sentences.bounds(mention.start, mention.end)[0]
    return (
        is_yardstick(text, mention.start)
        and _NEWS_LEAD_VERB.search(text, left, mention.start) is not None
    )


def _leads_as_news(
    mentions: list[DateMention], chosen: list[Candidate], anchor: datetime.date, text: str
) -> bool:
    """Whether the text opens as news does: on its own date ("died Jan. 29", "early
    Thursday", "on Tuesday", "two years ago", a date within a year of publication), or
    in the present perfect or the future ("has died", "will close"). A history opens on
    a year long past ("The battle was fought on 1 July 1916")."""
    first_sentence_end = _SENTENCE_END.search(text)
    lead = text[: first_sentence_end.end() if first_sentence_end else len(text)]
    # Not a state held since a date long past ("territories that Argentina has claimed
    # since the nineteenth century"): a history's lead, its date tells.
    long_past_starts = {mention.start for mention in mentions if _long_past(mention, anchor)}
    for verb in _NEWS_LEAD_VERB.finditer(lead):
        since = _SINCE_AFTER.match(lead, verb.end())
        if since is None or since.end() not in long_past_starts:
            return True
    first = _lead_dates(mentions, chosen, text)
    if any(
        RULES[candidate.rule][0] in DEICTIC_RULES
        and not _long_past(mention, anchor)
        # not "is today known chiefly for its harbour": the present state of things
        and not _TODAY_AS_NOWADAYS.search(text, max(0, mention.start - 8), mention.end + 12)
        for mention, candidate in first
    ):
        return True  # "rose between 2010 and 2012, according to figures published today"
    if any(mention.before_christ or _long_past(mention, anchor) for mention, _ in first):
        return False
    for mention, candidate in first:
        if candidate.floating or RULES[candidate.rule][0] in DEICTIC_RULES:
            return True  # the news story's own day, week or year
        if mention.earliest is not None:
            return abs((mention.earliest - anchor).days) <= _NEWS_LEAD_DAYS
    return False  # "the past", "recently": no date to go by


def _long_past(mention: DateMention, anchor: datetime.date) -> bool:
    """Whether a dated mention begins two or more years before the anchor's year."""
    return mention.earliest is not None and mention.earliest.year <= anchor.year - 2


# "is today known for", "and today draws runners": today as the present state of things,
# a verb in the present beside it.
_TODAY_AS_NOWADAYS = re.compile(
    r"\b(?:is|are|remains?|still)\s(?i:today)\b"
    r"|\b(?i:today)\s(?:is|are|remains|draws|attracts|houses|holds|serves|stands|employs|hosts)\b"
)
# A lead's date this close to publication makes the text news.
_NEWS_LEAD_DAYS = 366
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# The present perfect ("has died", "have been jailed", "has won") or the future ("will
# close"): a participle ends in -ed or is one of the common irregular ones; "will" in
# lower case ("Will Fowler led ..." is a name).
_PARTICIPLES = "|".join(sorted(PARTICIPLES))
# Not "has come to symbolise", "has long been seen as": what a history's subject means
# now, not news.
_NEWS_LEAD_VERB = re.compile(
    # Not a perfect infinitive or a modal's ("is considered to have ended around 1920",
    # "may have begun"): no news of the present.
    r"(?<!\bto\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bmay\s)"
    rf"\b(?:[Hh]as|[Hh]ave)\s(?!come\sto\b|long\s)(?:\w+ly\s)?(?:been\s)?(?:\w+ed|{_PARTICIPLES})\b"
    rf"|{PLAIN_FUTURE}"
)
_SINCE_AFTER = re.compile(r"(?:\s[\w'-]+){0,4}\ssince\s")


def _tells_a_story(text: str, mention: DateMention, sentences: Sentences) -> bool:
    """Whether a date with its year is the time of what its sentence tells, one a story
    may go on from: not a yardstick ("since 2005", "the low set in September 2007"), an
    aside on something's past ("The plant, which opened on June 1, 2005, employs 300";
    "Founded on May 2, 1999, the firm employs 300") nor the name of an event ("following
    the August 1988 cease-fire")."""
    left = sentences.bounds(mention.start, mention.end)[0]
    return not (
        is_yardstick(text, mention.start)
        or _in_relative_clause(text, left, mention.start)
        or _PARTICIPLE_OPENS.match(text, left, mention.start)
        or (
            _DETERMINER_BEFORE.search(text, max(0, mention.start - 24), mention.start)
            and noun_follows(text, mention.end)
        )
    )


_STORY_DAYS = 14
_SAID = re.compile(rf"\b(?:{REPORTING_VERBS})\b")
_PARTICIPLE_OPENS = re.compile(r"[\"“']?(?:Born|[A-Z][a-z]+ed)\s[^,;]*$")
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:his|her|its|their|whose|the|a|an)\s)(?:[a-z]+\s)?$")
_NOUN_AFTER = re.compile(r"\s[a-z]")


def _names_a_thing(mention: DateMention, text: str) -> bool:
    """ "his 1849 essay", "whose 1967 hit", "the 1987 killing", "a landmark 1972
    ruling": a year naming a thing, not a date the text is told from."""
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        and _NOUN_AFTER.match(text, mention.end)
    )


def follow_story(
    mentions: list[DateMention],
    chosen: list[Candidate],
    text: str,
    anchor: datetime.date,
    sentences: Sentences | None = None,
):
    """Re-read each floating date of a history from the last date with a year before it."""
    result = []
    reference: DateMention | None = None
    before_christ: DateMention | None = None  # a date BC named since the last reference
    anchor_day = anchor.isoformat()
    day_after_anchor = (anchor + datetime.timedelta(days=1)).isoformat()
    sentences = sentences or Sentences(text)
    previous: Candidate | None = None  # the candidate of the mention told last
    days_named: dict[str, str] = {}  # "05-27": "1905-05-27", each day named with its year
    # An article's lead paragraph sums up; its body starts the story over.
    lead_end = _lead_end(text)
    lead: DateMention | None = None  # the lead's date, while the story is still at it
    leads_checked = False
    last_clock = ""  # the last clock time told, as its value ("1974-04-24T22:55")
    last_day: DateMention | None = None  # the last day the story was on
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        told_before, previous = previous, candidate
        if (
            lead is not None
            and reference is not None
            and reference is not lead
            and reference.end <= lead_end < mention.start
        ):
            # "occurred on Saturday 26 April 1986 ...; the other was at Fukushima in 2011.
            # \n The accident\n ... on 25 April": the body starts the story over from
            # the lead's date, not from the last date the summary named.
            reference = lead
        if mention.type == "DATE" and mention.precision == "day" and _names_its_year(mention):
            days_named[mention.value[5:10]] = mention.value[:10]
        if before_christ is not None and _early_year_without_era(mention, candidate):
            # "from 431 to 404 BC ... the autumn of 429 ... in 405": the story's era.
            mention = make_mention(
                text, mention.start, mention.end, "DATE", "BC" + mention.value, mention.mod
            )
        story_day = _story_day(_with_its_day(reference, last_day), before_christ)
        if (
            story_day is not None
            and RULES[candidate.rule][0] in TIMES_OF_DAY_RULES
            # (or past the anchor's midnight: "at 9:55 p.m. ... shortly after midnight";
            # or on a day the news reading gave a day without its year: the story's day)
            and (
                mention.value.startswith((anchor_day + "T", day_after_anchor + "T"))
                or (
                    # a day named before it that the story has since moved on from
                    candidate.day_from is not None
                    and candidate.day_from.floating
                    and reference is not None
                    and candidate.day_from.start < reference.start < mention.start
                )
            )
            and "T" in mention.value
        ):
            # "The battle began at 06:00", no day of its own: the story's day, not the
            # publication date a news story's "at 06:00" means; the morning after "the
            # night of 19 December" is on the 20th.
            clock = mention.value[mention.value.index("T") :]
            candidate.day_from = None  # on the story's day now, whatever the news read
            if before_christ is None and (
                _after_the_night_of(text, reference, clock, mention.start)
                or _past_midnight(last_clock, story_day + clock)
            ):
                # "late on 24 April: at 10:55 p.m. ... At 12:20 a.m." is the 25th, and the
                # story goes on from it ("By the morning", "That afternoon").
                next_day = datetime.date.fromisoformat(story_day) + datetime.timedelta(days=1)
                story_day = next_day.isoformat()
                reference = make_mention(text, mention.start, mention.end, "DATE", story_day)
            value = story_day + clock
            mention = make_mention(text, mention.start, mention.end, "TIME", value, mention.mod)
            last_clock = value if _CLOCK_TIME.fullmatch(value) else last_clock
            result.append(mention)
            continue
        # The last clock time told, while no other date has been told since ("By 6 p.m.
        # ... Three days later ... At 0600 hours" has not passed a midnight).
        if mention.type == "TIME" and _CLOCK_TIME.fullmatch(mention.value):
            last_clock = mention.value
        elif mention.type in ("DATE", "TIME"):
            last_clock = ""
        if (
            (reference is not None or before_christ is not None)
            # ("the end of the month" keeps its count from a month its sentence named)
            and (candidate.shift is None or RULES[candidate.rule][0] == "the_unit")
            and RULES[candidate.rule][0] in _THE_UNIT_RULES
            and mention.type == "DATE"
            and (value := _unit_of(mention, reference or before_christ))
        ):
            # "by the end of the decade", "the year": the story's, not the anchor's.
            mention = make_mention(text, mention.start, mention.end, "DATE", value, mention.mod)
            result.append(mention)
            continue
        if (
            reference is not None
            and reference.earliest is not None
            and not reference.before_christ
            and _PART_OF_THE_YEAR.search(mention.text)
            and _PART_VALUE.fullmatch(mention.value)
        ):
            # "had planned to seize the islands in the second half of the year": the
            # story's year, not the anchor's.
            value = f"{reference.earliest.year:04d}{mention.value[4:]}"
            mention = make_mention(text, mention.start, mention.end, "DATE", value, mention.mod)
            result.append(mention)
            continue
        if (
            reference is not None
            and reference.precision == "day"
            and RULES[candidate.rule][0] == "ordinal_day"
            and _FIRST_DAY.fullmatch(mention.text)
        ):
            # "On 1 July 1916 the offensive began ... on the first day": the day just
            # named, not the publication date a news story counts its days up to.
            value = values.value_at(reference.earliest, "day")  # not its clock time
            mention = make_mention(text, mention.start, mention.end, "DATE", value)
            result.append(mention)
            continue
        if candidate.floating and RULES[candidate.rule][0] == "holiday":
            if _told_as_to_come(text, mention, sentences):
                result.append(mention)  # "On New Year's Eve she will turn 100"
                continue
            value = _holiday_after(text, mention, candidate, reference)
            if value is None:
                result.append(mention)
                continue
            # "On Christmas night": the part of the day goes with the day.
            value += mention.value[10:] if mention.type == "TIME" else ""
            mention = make_mention(
                text, mention.start, mention.end, mention.type, value, mention.mod
            )
        elif candidate.floating:
            if (
                _told_as_to_come(text, mention, sentences)
                or _since_till_now(text, mention, sentences)
                or (
                    _is_weekday(candidate)
                    and _ANNIVERSARY.search(text, *sentences.bounds(mention.start, mention.end))
                )
            ):
                # "a memorial will be held in June", "Thursday marks the 40th anniversary":
                # the news reading
                result.append(mention)
                continue
            start = mention.start
            if before_christ is not None:
                # "On 10 January 49 BC ... in March": March 49 BC.
                value = (
                    None
                    if _is_weekday(candidate)
                    else _nearest_before_christ(mention, before_christ)
                )
            elif (
                mention.precision == "day"
                and not _is_weekday(candidate)
                and (day := days_named.get(mention.value[5:10]))
                # Not back before the story's day or month: "the night of 30 June 1520
                # ... on 28 April 1521 ... On 30 June" is the next year's.
                and (
                    reference is None
                    or reference.precision not in ("day", "month")
                    or datetime.date.fromisoformat(day) >= reference.earliest
                )
            ):
                # "fought on 27 May 1905 ... entered the strait on 27 May": the day named
                # again, whatever the story has told since.
                value = day + mention.value[10:]
            elif (
                reference is lead is not None
                and mention.start > lead_end
                and not _is_weekday(candidate)
                and RULES[candidate.rule][0] != "day_of_month"
            ):
                # "The Battle of Vienna took place on 12 September 1683.\n The army left
                # Edirne in the spring": the body tells the year from its start.
                value = _in_year_of(mention, reference)
            elif reference is not None and not (
                reference.earliest is not None
                and reference.earliest > anchor
                and tense_at(text, mention.start, mention.end, sentences) == "past"
            ):
                start, value = _story_reading(
                    text,
                    mention,
                    candidate,
                    _with_its_day(reference, last_day) if _is_weekday(candidate) else reference,
                )
            else:
                # (or the story's date is a plan still to come, and this has happened: "a
                # campus expected to open in 2027 ... in May it was struck 150 times")
                value = None
            if value is None:
                result.append(mention)  # still the news reading: no year to pass on
                continue
            mention = make_mention(text, start, mention.end, mention.type, value, mention.mod)
        elif not (
            mention.before_christ
            or (mention.type == "DATE" and (_names_its_year(mention) or _is_era_year(candidate)))
            # "This year, Samoa closed its borders in March", "Today ... In March a corvette
            # sank", "plans to open this summer and ... in the autumn": the story is at
            # its present.
            or (
                (
                    RULES[candidate.rule][0] in DEICTIC_RULES
                    or _FROM_PUBLICATION.match(text, mention.start)
                )
                and candidate.shift is None
                and (
                    mention.precision in ("year", "season", "month")
                    or mention.text.lower() == "today"
                )
            )
        ):
            if (
                reference is not None
                and candidate.shift is not None
                and not _is_flashback(text, mention.start)
                # "recovering from the plague of the previous year": a thing's date;
                # "aftershocks continued into the following year": how long a thing
                # lasted. The story stays where it was.
                # ("the liberals of that year" goes back to the story's year, as told)
                and not (
                    candidate.shift[0] != 0
                    and _OF_OR_INTO_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                )
                and (value := _moved_on_to(mention, candidate.shift, reference))
            ):
                # "On 8 February 1904 ... that summer ... through the autumn", "In 1526
                # ... Three years later ... on 14 October": the story has moved on to that
                # summer, that year (rebase.py reads the mention itself).
                reference = make_mention(text, mention.start, mention.end, "DATE", value)
            elif (
                before_christ is not None
                and candidate.shift is not None
                and not _is_flashback(text, mention.start)
                and (value := _moved_on_before_christ(mention, candidate.shift, before_christ))
            ):
                # "In 219 BC ... Rome declared war the following spring. ... in the summer":
                # the story is in 218 BC now.
                before_christ = make_mention(text, mention.start, mention.end, "DATE", value)
            result.append(mention)
            continue
        if (
            mention.precision in _REFERENCE_PRECISIONS
            and mention.earliest
            and mention.latest  # not "before 1940": an open end gives no year to follow
            # A look back leaves the story where it was, if it is anywhere yet ("The
            # assembly had opened on 5 May 1789, and on 20 June ...").
            and (
                (reference is None and before_christ is None)
                or not _is_flashback(text, mention.start)
            )
            and not (
                _looks_back(mention, reference)
                # "fought on 8 July 1709.\n Charles invaded Russia in 1708 ... in
                # September": the body starts the story, no look back from the lead, when
                # the story goes on in that year ("From 1961 the country fought ...\n
                # late on 24 April" goes back to the lead's April).
                and not (
                    reference is lead
                    and mention.start > lead_end
                    and _goes_on_in_its_paragraph(text, mentions, chosen, index)
                )
            )
            and not _is_aside(text, mention)
            # "on Wednesday, 18 April 1906 ... by 1906 it was the largest city ... at 5:12
            # a.m.": a bare year holding the story's day tells no new date.
            and not _holds(mention, reference)
        ):
            if result and _two_years_in_turn(text, result[-1], mention):
                # "demanded in 1414 and early 1415 ... at the end of July": two times one
                # after the other, the story goes on from the later.
                reference, before_christ = mention, None
            elif result and _joins_a_range(text, result[-1], mention):
                # "fought between 1 July and 18 November 1916 ... in February": the story
                # is told from the range's start, which takes the end's year.
                start = _start_in_year_of(text, result[-1], told_before, mention)
                if start is not None:
                    result[-1] = start
                    reference, before_christ = _range_reference(text, start, mention), None
                elif _holds(result[-1], reference):
                    # "between July and October 1828, during the war of 1828-1829": a
                    # range of years from the story's own holds it; the story stays.
                    pass
                elif reference is not result[-1]:
                    reference, before_christ = mention, None
            else:
                reference, before_christ = mention, None
        elif mention.before_christ and not _is_flashback(text, mention.start):
            reference, before_christ = None, mention
        if reference is not None and reference.precision == "day":
            last_day = reference
        if reference is not None and not leads_checked:
            leads_checked = True
            lead = reference if lead_end > 0 and reference.end <= lead_end else None
        result.append(mention)
    return result


_OF_OR_INTO_BEFORE = re.compile(r"\b(?:of|into|until|till)\s$")


def _moved_on_before_christ(
    mention: DateMention, shift: tuple[int, str, tuple[str, ...]], before_christ: DateMention
) -> str | None:
    """The year or season BC a count moves the story on to ("the following spring" after
    219 BC is the spring of 218 BC); None for other counts."""
    amount, unit, scopes = shift
    named = values.BC_VALUE.fullmatch(before_christ.value)
    if named is None or amount == 0:
        return None
    if unit == "season" and (code := mention.value[-2:]) in values.SEASON_MIDDLE_MONTHS:
        year = values.before_christ_year_beside(named, values.SEASON_MIDDLE_MONTHS[code], amount)
        return f"{values.era_year_value(year)}-{code}"
    if unit == "part_of_year" or (unit == "year" and "unit" in scopes):
        return values.era_year_value(values.astronomical_year(named[1]) + amount)
    return None


def _lead_end(text: str) -> int:
    """Where the lead paragraph ends: the first line long enough to be a paragraph, past
    a title or a heading ("Chernobyl disaster\n\nThe Chernobyl disaster was ..."); -1
    when the text is one paragraph."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        line = text[start:end].strip()
        if len(line) >= _LEAD_LENGTH or line.endswith(_SENTENCE_ENDS):
            return end
        start = end + 1
    return -1


# A title or a heading is shorter than this and ends on no stop; a lead paragraph is
# longer, or a sentence.
_LEAD_LENGTH = 80
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ")")


def _moved_on_to(
    mention: DateMention, shift: tuple[int, str, tuple[str, ...]], reference: DateMention
) -> str | None:
    """The date a count from the story moves it on to, where a month or day without its
    year may follow: "that summer" is the summer of the story's year, "the following
    spring" the first spring after the story's date, "the spring of the following year"
    and "March of the following year" in the year after the story's, "Three years later"
    (a count in years, "unit" scope) that many years on. Other counts: None."""
    amount, unit, scopes = shift
    if (amount, unit) == (0, "season"):
        return _in_year_of(mention, reference)
    if unit == "season" and reference.earliest is not None and reference.latest is not None:
        return values.season_near(reference.earliest, reference.latest, mention.value[-2:], amount)
    if unit == "part_of_year" and reference.earliest is not None and reference.latest is not None:
        year = values.middle(reference.earliest, reference.latest).year + amount
        return _in_year(mention, year) if 0 < year <= 9999 else None
    if unit == "year" and "unit" in scopes and reference.earliest is not None:
        year = reference.earliest.year + amount
        return f"{year:04d}" if 0 < year <= 9999 else None
    return None


def parts_of_day(
    mentions: list[DateMention], chosen: list[Candidate], text: str, anchor: datetime.date
):
    """A history's parts of days as TimeML's TIMEs: "the next morning", "that night" are
    the day counted (rebase.rebase) at that part (1962-10-23TMO), and "the evening of
    22 October" one span (1962-10-22TEV).

    Only once the counting is done: the day itself, a DATE, is what "The next morning"
    after "the evening of 22 October" counts from. News keeps the day alone, as the
    TimeBank annotators wrote it ("the next morning" 2000-02-23, "the night of" outside
    the span), and so does a history's news: a day near publication."""
    result = []
    for mention, candidate in zip(mentions, chosen, strict=True):
        if mention.type == "DATE" and (
            (mention.precision == "day" and _long_past(mention, anchor))
            or values.is_day_before_christ(mention.value)
        ):
            day = mention.value
            if RULES[candidate.rule][0] == "anaphoric_day" and (
                part := _PART_AT_END.search(mention.text)
            ):
                # "late that afternoon", "early the next morning": the edge of the part.
                value = f"{day}T{PARTS_OF_DAY[part[1].lower()]}"
                mention = make_mention(text, mention.start, mention.end, "TIME", value, mention.mod)
            elif mention.mod is None and (
                part := _PART_OF.search(text, max(0, mention.start - 26), mention.start)
            ):
                value = f"{day}T{PARTS_OF_DAY[part[1].lower()]}"
                mention = make_mention(text, part.start(), mention.end, "TIME", value)
        result.append(mention)
    return result


def follow_sentence(
    mentions: list[DateMention],
    chosen: list[Candidate],
    text: str,
    anchor: datetime.date,
    sentences: Sentences | None = None,
) -> list[DateMention]:
    """News's background: a month or season without its year after a date of its
    sentence long past is that date's ("on Aug. 25, 1987, less than two months before
    the October crash" is October 1987), as in a history; a month or a day after "last
    year", "this year" or "next year" in its sentence is that year's ("Last year the
    index touched 642 on 8 November")."""
    sentences = sentences or Sentences(text)
    result = list(mentions)
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        if (part := _PART_OF_A_YEAR.match(mention.value)) and not _names_its_year(mention):
            # "stabilise in the first half of 1999, with a recovery in the second half":
            # the year of the quarter or half just named in its sentence.
            left = sentences.bounds(mention.start, mention.end)[0]
            named = [
                other
                for other in result[:index]
                if other.start >= left and _PART_OF_A_YEAR.match(other.value)
            ]
            if (
                named
                and RULES[candidate.rule][0] in ("quarter", "half")
                and _BARE_PART.fullmatch(mention.text)
                and (offset := _part_year_offset(part[2], named[-1], text, mention.start))
                is not None
                # "a loss in the fourth quarter ... said the first quarter would be weak":
                # an earlier part told as still to come is the next year's, as read.
                and not (
                    part[2] < named[-1].value[4:]
                    and part[1] > named[-1].value[:4]
                    and tense_at(text, mention.start, mention.end, sentences) == "future"
                )
            ):
                # In that year ("the first half of 1999 ... the second half", "slowed in
                # the second quarter from the first quarter"), or, before a part named
                # with its year, in the next ("contracted in the fourth quarter of 2010
                # ... down again in the second quarter").
                value = f"{int(named[-1].value[:4]) + offset:04d}{part[2]}"
                result[index] = make_mention(
                    text, mention.start, mention.end, mention.type, value, mention.mod
                )
            elif _PART_OF_THE_YEAR.search(mention.text) and (
                opening := [
                    other
                    for other in result[:index]
                    if other.start >= left
                    and other.precision == "year"
                    and _names_its_year(other)
                    and _OPENS_ON_A_YEAR.fullmatch(text, left, other.start)
                ]
            ):
                # "In 2020, by contrast, La Niña took hold in the second half of the year":
                # the year its sentence opens on.
                value = f"{opening[0].value[:4]}{part[2]}"
                result[index] = make_mention(
                    text, mention.start, mention.end, mention.type, value, mention.mod
                )
            continue
        if not (candidate.floating and mention.type == "DATE") or _is_weekday(candidate):
            continue
        if mention.precision not in ("day", "month", "season"):
            continue
        if (
            mention.precision != "day"
            and (that := _THAT_BEFORE.search(text, max(0, mention.start - 5), mention.start))
            # Not the conjunction: "reported yesterday that December traffic rose".
            and _STORY_MONTH_ENDS.match(text, mention.end)
            and not _SAID_NEAR.search(text, max(0, that.start() - 24), that.start())
        ):
            # "hired in the summer of 1952. The show went on the air that September": the
            # year of the last date told with its year, in any sentence before.
            named = [other for other in result[:index] if _names_its_year(other)]
            if named and (value := _in_year_of(mention, named[-1])):
                result[index] = make_mention(
                    text, that.start(), mention.end, mention.type, value, mention.mod
                )
            continue
        left = sentences.bounds(mention.start, mention.end)[0]
        # The date just before, in its clause: not "appointed in October 1991, said he
        # would meet the board on Friday; he was offered an extension in January".
        back = next(
            (
                earlier
                for earlier in range(index - 1, -1, -1)
                if result[earlier].start < left or result[earlier].type in ("DATE", "TIME")
            ),
            -1,
        )
        if back < 0 or result[back].start < left:
            continue
        other, told = result[back], chosen[back]
        if other.type != "DATE" or is_yardstick(text, other.start):
            continue
        if ";" in text[other.end : mention.start]:
            # "the iPod, introduced in October 2001, is far stronger; Apple has sold 90
            # million, including a record number in December": another clause's time.
            continue
        if text.startswith(",", other.end) and _in_relative_clause(text, left, other.start):
            # "The 69-year-old, who seized power in September 1969, had been on the run
            # since ... late August": the date closed a relative clause; the main clause
            # after it tells of its own time.
            continue
        if RULES[told.rule][0] in DEICTIC_RULES and other.precision == "year":
            if not (other.start == left and _YEAR_SAID.fullmatch(other.text)):
                continue
            # "Last year, the index touched 642 on 8 November": the year a sentence opens
            # on holds its months and days.
            start, value = mention.start, _in_year_of(mention, other)
        elif (
            other.precision == "year"
            and _names_its_year(other)
            and _long_past(other, anchor)
            and _OPENS_ON_A_YEAR.fullmatch(text, left, other.start)
            and tense_at(text, mention.start, mention.end, sentences) != "future"
        ):
            # '"In 1987, a run-up like this came right before the October crash"': so
            # does a year long past.
            start, value = mention.start, _in_year_of(mention, other)
        elif (
            other.precision == "year"
            and _names_its_year(other)
            and _long_past(other, anchor)
            and _WHEN_AFTER_YEAR.match(text, other.end)
        ):
            # "automation in 1987, when the last keeper locked the door on 12 November":
            # the clause tells of that year.
            start, value = mention.start, _in_year_of(mention, other)
        elif (
            mention.precision != "day"
            and _names_its_year(other)
            and other.precision in _FINE_PRECISIONS
            and _long_past(other, anchor)
        ):
            # "forced her to abdicate in February 705; she died that December"
            start, value = _story_reading(text, mention, candidate, other)
        elif (
            other.precision == "year"
            and _names_its_year(other)
            and other.earliest is not None
            and other.earliest > anchor
            and mention.earliest is not None
            and mention.earliest.year < other.earliest.year
            # (not "Entries for the 2011 race open on Monday, May 3": its weekday says
            # which May 3)
            and not WEEKDAY_OPENS.match(text, mention.start)
            # (nor "fiscal 2022, which begins on Oct. 1": a fiscal year's months run
            # across two calendar years)
            and not _FISCAL_YEAR.match(other.text)
        ):
            # "The 2011 marathon is scheduled for April 17": a year still to come holds
            # the month or day its sentence tells of.
            start, value = mention.start, _in_year_of(mention, other)
        else:
            continue
        if value:
            result[index] = make_mention(text, start, mention.end, mention.type, value, mention.mod)
    return result


_YEAR_SAID = re.compile(r"(?i:last|this|next)\syear")
_FISCAL_YEAR = re.compile(r"(?i:(?:the\s)?(?:fiscal|fy))")
_WHEN_AFTER_YEAR = re.compile(r",\swhen\s")
_OPENS_ON_A_YEAR = re.compile(r"[\"“']?(?i:in|by|during|until|through)\s")
# What follows "that September" told as a date of the story: a clause goes on, no noun.
_STORY_MONTH_ENDS = re.compile(
    rf"[,.;:)]|\s(?:{CLAUSE_GOES_ON}|but|when|as|in|on|at|for|with|by|to|after|before)\b"
)
_RELATIVE_OPENER = re.compile(r",\s(?:who|which|whose)\s")


def follow_paragraph(
    mentions: list[DateMention],
    chosen: list[Candidate],
    text: str,
    anchor: datetime.date,
    sentences: Sentences,
) -> list[DateMention]:
    """News's background told as a story: a day or month without its year, told after a
    day or month long past named with its year in its paragraph, is in that year when it
    falls after it there ("The crisis began on the morning of Oct. 16, 1962 ... On the
    evening of Oct. 22, he went on television ... on Saturday, Oct. 27"; "rioting in
    mid-May 1998 left 1,000 dead. On May 21, Suharto resigned"). Any other date named in
    between (a year, "last week") and the paragraph's end let go of the story; a day
    told with its weekday keeps it only if the weekday agrees, a day told as still to
    come never takes it."""
    if not any(
        mention.precision in ("day", "month")
        and mention.earliest is not None
        and mention.earliest.year < anchor.year
        for mention in mentions
    ):
        return mentions  # most news: no day or month of a year gone by to tell a story from
    result = list(mentions)
    reference: DateMention | None = None
    carried: DateMention | None = None  # the story of the paragraph before, for the next
    paragraph_end = -1
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        if mention.start > paragraph_end:
            reference, carried = None, reference
            found = text.find("\n", mention.end)
            paragraph_end = len(text) if found < 0 else found
        if mention.type == "TIME" and _clock_of_the_story(mention, candidate, reference, anchor):
            # "On Sunday, July 20, ... When the Eagle touched down at 4:17 p.m.": a clock
            # left on the day of publication is the story's day's.
            value = reference.value[:10] + mention.value[10:]
            result[index] = make_mention(
                text, mention.start, mention.end, mention.type, value, mention.mod
            )
        if mention.type != "DATE":
            continue  # a length or a clock time leaves the story where it was
        if candidate.floating and (year := _year_its_weekday_fits(text, mention, result, index)):
            # "The August 1991 putsch began far from the capital. On Sunday, Aug. 18, ...":
            # no year near publication has that weekday; the last year named that has it.
            result[index] = reference = make_mention(
                text, mention.start, mention.end, mention.type, _in_year(mention, year), mention.mod
            )
            continue
        if carried is not None and _weekday_says_the_story_goes_on(text, mention, carried, anchor):
            # "... lifted off on Wednesday, July 16, 1969.\n\nOn Sunday, July 20, Armstrong
            # ...": a new paragraph goes on with the story when its first day's weekday is
            # the story year's, not this year's.
            reference = carried
        carried = None
        if mention.precision in ("day", "month") and _names_its_year(mention):
            told = (
                mention.earliest.year < anchor.year
                and _tells_a_story(text, mention, sentences)
                and not _after_news_in_its_sentence(mention, result, index, sentences, anchor)
            )
            reference = mention if told else None
            continue
        if reference is not None and candidate.shift is not None:
            # Counted from the story in days ("two days earlier"), it stays in its year;
            # "the following year" moves it on.
            if candidate.shift[1] not in ("day", "week"):
                reference = None
            continue
        if (
            reference is None
            or not candidate.floating
            or _is_weekday(candidate)
            or mention.precision not in ("day", "month")
        ):
            reference = None
            continue
        value = _in_year_of(mention, reference)
        weekday = _weekday_opening(text, mention)
        if (
            value is None
            # "Atkins said the figures showed progress, despite a walkout from 3 January":
            # what is said is the news, told from today, not the story
            or _SAID.search(sentences.text, *sentences.bounds(mention.start, mention.end))
            or value < reference.value
            # A story goes on day by day; a month on ("listed on 5 May 2003. On June 6 it
            # cut jobs, it said Tuesday") may well be this year's news.
            or values.bounds(value)[0] - reference.latest > datetime.timedelta(days=_STORY_DAYS)
            or tense_at(text, mention.start, mention.end, sentences) == "future"
            or (weekday is not None and weekday != datetime.date.fromisoformat(value).isoweekday())
        ):
            reference = None
            continue
        result[index] = reference = make_mention(
            text, mention.start, mention.end, mention.type, value, mention.mod
        )
    return result


def _after_news_in_its_sentence(
    mention: DateMention,
    mentions: list[DateMention],
    index: int,
    sentences: Sentences,
    anchor: datetime.date,
) -> bool:
    """Whether the sentence of a date long past told a day of the news's own time first
    ("Iraq halted all cooperation on Oct. 31, saying ... sanctions imposed after the
    invasion of Kuwait in August 1990. That decision followed a step on Aug. 5"): the old
    date is background to the news, no story the next days go on in."""
    left = sentences.bounds(mention.start, mention.end)[0]
    for other in map(mentions.__getitem__, range(index - 1, -1, -1)):  # those before it
        if other.start < left:
            return False
        if (
            other.type == "DATE"
            and other.precision == "day"
            and other.earliest is not None
            and abs((other.earliest - anchor).days) <= _NEWS_DAYS
            and not _names_its_year(other)
        ):
            return True
    return False


# How far from publication a day without its year is the news's own.
_NEWS_DAYS = 31


def _year_its_weekday_fits(
    text: str, mention: DateMention, mentions: list[DateMention], index: int
) -> int | None:
    """For a day told with a weekday its reading does not fall on ("Sunday, Aug. 18" read
    in 2011), the last year the text named before it (before `index` in `mentions`) in
    which it does (1991)."""
    weekday = _weekday_opening(text, mention)
    if (
        weekday is None
        or not values.DAY_VALUE.fullmatch(mention.value)
        or mention.earliest.isoweekday() == weekday
    ):
        return None
    for other in map(mentions.__getitem__, range(index - 1, -1, -1)):
        if other.type != "DATE" or other.earliest is None or not _names_its_year(other):
            continue
        year = other.earliest.year
        value = _in_year(mention, year)
        if value is not None and datetime.date.fromisoformat(value).isoweekday() == weekday:
            return year
    return None


def _clock_of_the_story(
    mention: DateMention,
    candidate: Candidate,
    reference: DateMention | None,
    anchor: datetime.date,
) -> bool:
    """Whether a clock time is told in a paragraph's story of a day (one moved there from
    its year-less reading) while it was left on the day of publication."""
    return (
        reference is not None
        and reference.precision == "day"
        and not _names_its_year(reference)
        and candidate.day_from is None
        and RULES[candidate.rule][0] in TIMES_OF_DAY_RULES
        and mention.value.startswith(anchor.isoformat() + "T")
    )


def _weekday_says_the_story_goes_on(
    text: str, mention: DateMention, story: DateMention, anchor: datetime.date
) -> bool:
    """Whether a day told with its weekday ("Sunday, July 20") falls on that weekday in the
    year of the story, but not in the year of publication (as read now, or only in
    another year the weekday sent it to)."""
    weekday = _weekday_opening(text, mention)
    value = _in_year_of(mention, story)
    if weekday is None or value is None or not values.DAY_VALUE.fullmatch(mention.value):
        return False
    return datetime.date.fromisoformat(value).isoweekday() == weekday and (
        datetime.date.fromisoformat(mention.value).isoweekday() != weekday
        or mention.earliest.year != anchor.year
    )


def follow_year_headings(
    mentions: list[DateMention], chosen: list[Candidate], text: str
) -> list[DateMention]:
    """A timeline's dates without their year: the lines under a year standing alone on
    its line take that year ("2007\n\nAug. 9: ..." is August 2007, until the next heading
    line, "2008" or "What happens next"), and each entry of a list of dated lines comes
    no earlier than the entry before it ("Oct. 14, 2003: ...\nApril: ..." is April 2004)."""
    if "\n" not in text:
        return mentions
    opens_an_entry = [_may_open_an_entry(text, mention) for mention in mentions]
    if not (any(opens_an_entry) or _YEAR_LINE.search(text)):
        return mentions  # most texts: no year heading, no dated list
    result = list(mentions)
    heading_year: int | None = None  # the year of the heading over the line read last
    entry: DateMention | None = None  # the date of the list's last entry, if any
    entry_lines: set[int] = set()  # where the lines that are entries start
    line_start = 0
    for index, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        # Read the lines before the mention's, once each, for headings and paragraphs.
        while (line_end := text.find("\n", line_start, mention.start)) >= 0:
            line = text[line_start:line_end].strip()
            if year := _YEAR_HEADING.fullmatch(line):
                heading_year, entry = int(year[1]), None
            elif line and is_heading(line):
                heading_year = entry = None
            elif line and line_start not in entry_lines:
                entry = None  # a paragraph ends the list
            line_start = line_end + 1
        is_entry = opens_an_entry[index]
        value = None
        if candidate.floating and mention.type == "DATE" and not _is_weekday(candidate):
            if heading_year is not None:
                value = _in_year(mention, heading_year)
            elif is_entry and entry is not None and entry.earliest is not None:
                value = _no_earlier_than(mention, entry)
        if value is not None:
            mention = make_mention(
                text, mention.start, mention.end, mention.type, value, mention.mod
            )
            result[index] = mention
        if is_entry:
            entry_lines.add(line_start)
            # ("- 9:30 p.m.: ..." tells no day of its own)
            if mention.earliest is not None and RULES[candidate.rule][0] not in TIMES_OF_DAY_RULES:
                entry = mention
    return result


def _no_earlier_than(mention: DateMention, entry: DateMention) -> str | None:
    """A date without its year in the year of `entry`, or the next, whichever first does
    not end before it."""
    for year in (entry.earliest.year, entry.earliest.year + 1):
        value = _in_year(mention, year)
        if value is not None and values.bounds(value)[1] >= entry.earliest:
            return value  # ("Late November" after "Nov. 5" holds it)
    return None


def _may_open_an_entry(text: str, mention: DateMention) -> bool:
    """Whether a date opens a line and a colon or a dash follows it: a list's entry."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        _ENTRY_OPENS.fullmatch(text, line_start, mention.start) is not None
        and _ENTRY_GOES_ON.match(text, mention.end) is not None
    )


_HEADING_YEAR = r"(1[5-9]\d\d|20\d\d):?"  # "2007", "2008:"
_YEAR_LINE = re.compile(rf"^[^\S\n]*{_HEADING_YEAR}[^\S\n]*$", re.MULTILINE)
# What opens a list's line before its date ("- ", "3. "), and what follows the date of
# an entry ("Aug. 9: ...", "Aug. 9 — ...").
_ENTRY_OPENS = re.compile(r"(?:[-•*–]\s|\d{1,2}\.\s)?")
_ENTRY_GOES_ON = re.compile(r"\s?[:—–]|\s-\s")
_YEAR_HEADING = re.compile(_HEADING_YEAR)


def _in_relative_clause(text: str, left: int, start: int) -> bool:
    """Whether text[start] lies in a relative clause opened after a comma since `left`
    and not closed before it ("The 69-year-old, who seized power in September 1969")."""
    openers = list(_RELATIVE_OPENER.finditer(text, left, start))
    return bool(openers) and "," not in text[openers[-1].end() : start]


_EARLIER_LINK = re.compile(r"\b(?:after|following|from|than|compared\swith)\b")
_PART_OF_A_YEAR = re.compile(r"(\d{4})(-[QH][1-4])$")


def _part_year_offset(part: str, named: DateMention, text: str, start: int) -> int | None:
    """How many years after the quarter or half `named` ("2010-Q4") another part ("-Q2")
    told after it in its sentence, at text[start], lies:
    - 1 for an earlier part after one named with its year ("contracted in the fourth
      quarter of 2010 ... down again in the second quarter");
    - 0 for such a part told as what came before ("stalled in the final quarter of
      2024, after growing in the third quarter"), and for a later part;
    - -1 for a later part told as what came before ("2.5% in the first quarter, down
      from 4% in the fourth quarter");
    - None for another kind of part or the same one (a year's comparison)."""
    told = named.value[4:]
    if told[:2] != part[:2] or told == part:
        return None
    if part > told and _EARLIER_LINK.search(text, named.end, start):
        # "2.5% in the first quarter, down from 4% in the fourth quarter": a later part
        # told as what came before is the year before's.
        return -1
    return int(
        part < told
        and _names_its_year(named)
        and _EARLIER_LINK.search(text, named.end, start) is None
    )


_BARE_PART = re.compile(r"(?i:the\s(?:first|second|third|fourth|final)[\s-](?:quarter|half))")


def present_of_history(mentions: list[DateMention], text: str, sentences: Sentences | None = None):
    """A history's "today" is its present ("the field is today a park", "still taught
    today"): PRESENT_REF, not the day it was written, unless the sentence marks that
    day ("the city marks the anniversary today")."""
    sentences = sentences or Sentences(text)
    result = []
    for mention in mentions:
        if (
            mention.text.lower() == "today"
            and mention.type == "DATE"
            and not _marks_the_day(text, mention, sentences)
        ):
            mention = make_mention(text, mention.start, mention.end, "DATE", "PRESENT_REF")
        result.append(mention)
    return result


def days_kept_every_year(
    mentions: list[DateMention], text: str, sentences: Sentences
) -> list[DateMention]:
    """A history's day of the month told without its year, in a clause about a day kept
    every year ("In Taiwan, 10 October is celebrated each year as National Day",
    "Paraguay observes his death on 1 March as Heroes' Day", "the armistice, 12 June, and
    the victory, 29 September, are public holidays"): that day in any year, XXXX-MM-DD,
    not a day of the story's."""
    result = []
    for mention in mentions:
        if (
            mention.type == "DATE"
            and mention.precision == "day"
            and _DAY_AND_MONTH.fullmatch(mention.text)
            and _KEPT_EVERY_YEAR.search(text, *_clause_of(text, mention, sentences))
        ):
            value = "XXXX" + mention.value[4:10]
            mention = make_mention(text, mention.start, mention.end, "DATE", value, mention.mod)
        result.append(mention)
    return result


_DAY_AND_MONTH = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH}|{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?"
)
_KEPT_EVERY_YEAR = re.compile(
    r"\b(?:each|every)\syear\b|\bannually\b"
    r"|\b(?:is|are)\s(?:\w+ly\s)?"
    r"(?:celebrated|observed|commemorated|marked|kept|honou?red|remembered)\b"
    # "Palestinians commemorate 5 June as the Naksa" (not "gathered to celebrate")
    r"|(?<!\bto\s)\b(?:celebrates?|observes?|commemorates?)\b"
    r"|\b(?:public|national|bank)\sholidays?\b"
    # "... as a holiday", "is the Day of the Glories of the Army", "mark Imjin Day on"
    r"|\b(?:as|is|are)\s(?:a\s|the\s)?(?:[\w'’]+\s){0,3}(?:holiday|Day)\b"
    r"|(?<!\bto\s)\bmarks?\s(?:[A-Z][\w'’]+\s){1,3}Day\b"
)


def _clause_of(text: str, mention: DateMention, sentences: Sentences) -> tuple[int, int]:
    """Where the clause holding the mention starts and ends: its sentence, cut at "; "
    and at ", and", ", but", ", while" ... ."""
    left, right = sentences.bounds(mention.start, mention.end)
    for joint in _CLAUSE_JOINTS.finditer(text, left, right):
        if joint.end() <= mention.start:
            left = joint.end()
        else:
            right = joint.start()
            break
    return left, right


def _marks_the_day(text: str, mention: DateMention, sentences: Sentences) -> bool:
    """Whether the clause of a history's "today" marks that very day ("the city marks
    the anniversary today"), not what is done every year ("Haitians celebrate
    Independence Day every 1 January") or elsewhere in the sentence ("Today the GPO
    houses a museum, and a parade last month marked the centenary")."""
    left, right = _clause_of(text, mention, sentences)
    if _DOING_NOW.search(text, left, right) or _DONE_THAT_DAY.search(text, left, right):
        # "Today, as every 15 March, Romans are laying flowers", "today a wreath was laid",
        # "today they will gather", "Veterans gathered in Bastogne today": the day's own
        # doings.
        return True
    marker = _MARKS_THE_DAY.search(text, left, right)
    return marker is not None and not _EVERY_YEAR.search(text, left, right)


# The present progressive: what is being done that day ("are gathering", "is marking").
_DOING_NOW = re.compile(
    r"\b(?:(?:is|are)\s(?:\w+ly\s)?(?!being\b)\w+ing"
    r"|(?:was|were)\s(?:\w+ly\s)?(?:\w+(?:ed|id|en)|set|held|lit|put|read|rung|sung|sent|built)"
    r"|will\s(?!be\b)\w+)\b"
)


# What people did on the day a history was written, told in the simple past.
_DONE_THAT_DAY = re.compile(
    r"(?<!\bwhere\s)(?<!\bwhen\s)(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)"
    r"\b(?:gathered|assembled|marched|paraded|laid|unveiled|dedicated|attended|visited|"
    r"rang|staged|released|flew|sailed|returned)\b"
)
_MARKS_THE_DAY = re.compile(
    rf"(?i:{_ANNIVERSARY_WORDS}|commemorat|celebrat|ceremony|"
    r"\bmark(?:s|ed)?\b(?!\s(?:the|a)\s(?:spot|site|place|grave|border|boundary|line)))"
)
# What joins two clauses of a sentence: ", and", "; ", ", where".
_CLAUSE_JOINTS = re.compile(r",\s(?:and|but|while|where|when|whereas)\b|;\s")
# A rite held every year is no mark of the day the text was written.
_EVERY_YEAR = re.compile(r"(?i:\bevery\b|\beach\b|\bannual(?:ly)?\b|\byearly\b)")


def join_nights(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A history's night told by its two days is one TIME, dated by the day it began:
    "the night of 5-6 June" (parts_of_day made "the night of 5" of it)."""
    result: list[DateMention] = []
    for mention in mentions:
        night = result[-1] if result else None
        if (
            night is not None
            and night.type == "TIME"
            and night.value.endswith("TNI")
            and NIGHT_JOINT.fullmatch(text, night.end, mention.start)
            and mention.precision == "day"
            and night.earliest is not None
            and mention.earliest == night.earliest + datetime.timedelta(days=1)
        ):
            result[-1] = make_mention(text, night.start, mention.end, "TIME", night.value)
            continue
        result.append(mention)
    return result


def months_of_counted_years(mentions: list[DateMention], chosen: list[Candidate], text: str):
    """A history's "that September" right after a year counted from the story ("The
    following year Obregon was elected president that September") is in the year
    counted; follow_story could only give it the last year named, since counting comes
    after it."""
    result = []
    counted: DateMention | None = None  # the last date told, when it was counted
    for mention, candidate in zip(mentions, chosen, strict=True):
        if (
            counted is not None
            and mention.type == "DATE"
            and _THAT_MONTH.fullmatch(mention.text)
            and mention.value[:4] != counted.value[:4]
        ):
            value = counted.value[:4] + mention.value[4:]
            mention = make_mention(text, mention.start, mention.end, "DATE", value, mention.mod)
        if mention.type == "DATE" and mention.precision in _REFERENCE_PRECISIONS:
            counted = (
                mention
                if candidate.shift is not None
                and candidate.shift[0] != 0
                and mention.precision == "year"
                and mention.value[:4].isdigit()
                else None
            )
        result.append(mention)
    return result


_THAT_MONTH = re.compile(r"(?i:that)\s[A-Z][a-z]+\.?")


def days_counted_in_the_story(
    mentions: list[DateMention], chosen: list[Candidate], text: str, sentences: Sentences
) -> list[DateMention]:
    """A history's "On the second day" counts from the first day its last dated sentence
    named ("On 27 January 1868 an army advanced ... The battle lasted four days. On the
    second day" is the 28th; "began on 1 July and ended on 18 November. On the first
    day" is 1 July). News counts such days up to the anchor's (relative.ordinal_day); in
    a history that is no day of the story's, so with no day named close before, the day
    is unknown (XXXX-XX-XX), as a counted week is (XXXX-WXX)."""
    result = []
    first: DateMention | None = None  # the first day named in the last sentence naming one
    sentence: tuple[int, int] | None = None
    for mention, candidate in zip(mentions, chosen, strict=True):
        if RULES[candidate.rule][0] == "ordinal_day" and mention.type == "DATE":
            count = _ordinal_count(mention.text)
            value = "XXXX-WXX" if mention.precision == "week" else "XXXX-XX-XX"
            if (
                mention.precision == "day"
                and count
                and first is not None
                and first.earliest is not None
                and mention.start - first.end <= _COUNTED_DAY_REACH
            ):
                value = (first.earliest + datetime.timedelta(days=count - 1)).isoformat()
            mention = make_mention(text, mention.start, mention.end, "DATE", value, mention.mod)
        elif mention.type in ("DATE", "TIME") and mention.precision == "day" and mention.earliest:
            bounds = sentences.bounds(mention.start, mention.end)
            if bounds != sentence:
                first, sentence = mention, bounds
        elif (
            first is not None
            and first.latest is not None
            and mention.type == "DATE"
            and mention.earliest is not None
            and mention.earliest > first.latest
        ):
            first = None  # "... on 17 January. Through the spring of 1868": moved on
        result.append(mention)
    return result


# How far after the day it counts from a history's "the second day" may come.
_COUNTED_DAY_REACH = 600


def _ordinal_count(phrase: str) -> int | None:
    """The count of "the second day", "a third straight day", "the 2nd day"."""
    return next(filter(None, map(ordinal_number, phrase.split())), None)


def clocks_on_counted_days(mentions: list[DateMention], chosen: list[Candidate], text: str):
    """A history's clock time without a day of its own is on the day the story has
    counted its way to: "On 3 March 1916 ... The next morning ... By 6 p.m. the fort had
    fallen" is 4 March at 18:00. follow_story could only give it the last day named,
    since counting ("the next morning", "three days later") comes after it."""
    result = []
    named = None  # the last day read straight from the text
    counted = None  # a later day counted from it since
    counted_at = -1  # where that count was told
    for mention, candidate in zip(mentions, chosen, strict=True):
        day = mention.value[:10]
        if (
            counted is not None
            and RULES[candidate.rule][0] in TIMES_OF_DAY_RULES
            # No day of its own, or one named before the count ("agreed on 9 July and
            # came into force two days later. At noon, fighting stopped").
            and (candidate.day_from is None or candidate.day_from.start < counted_at)
            and mention.type == "TIME"
            and day == named
        ):
            value = counted + mention.value[10:]
            mention = make_mention(text, mention.start, mention.end, "TIME", value, mention.mod)
        elif values.DAY_VALUE.fullmatch(day) and mention.type in ("DATE", "TIME"):
            if candidate.shift is not None:
                counted = day if named is not None and day > named else None
                counted_at = mention.start
            elif RULES[candidate.rule][0] not in TIMES_OF_DAY_RULES:
                named, counted = day, None
        result.append(mention)
    return result


def count_clock_hours(mentions: list[DateMention], chosen: list[Candidate], text: str):
    """A history's "three hours later" after a clock time ("about 1:30 a.m. ... three
    hours later") is the time it reaches (04:30 that day); without a clock time to count
    from, the length, as news reads it."""
    result = []
    clock = None
    for mention, candidate in zip(mentions, chosen, strict=True):
        if candidate.length is not None and mention.value in ("PAST_REF", "FUTURE_REF"):
            hours = _CLOCK_LENGTH.fullmatch(candidate.length[1])
            moment = None  # (only counts with "later" have a length: relative.ago, plural_ago)
            if clock is not None and hours is not None:
                moment = _clock_plus(clock, int(hours[1]) * (60 if hours[2] == "H" else 1))
            if moment is not None:
                value = moment.isoformat(timespec="minutes")
                mention = make_mention(text, mention.start, mention.end, "TIME", value)
            else:
                end, value = candidate.length
                mention = make_mention(text, mention.start, end, "DURATION", value, mention.mod)
        if mention.type == "TIME" and (parts := _CLOCK_TIME.fullmatch(mention.value)):
            clock = _clock_plus(parts[1], int(parts[2]) * 60 + int(parts[3]))
        result.append(mention)
    return result


def _clock_plus(start, minutes: int) -> datetime.datetime | None:
    """`minutes` after `start` (a datetime, or a day's ISO value, read from midnight; so
    "T24:00" carries to the next day); None off the calendar."""
    try:
        if isinstance(start, str):
            start = datetime.datetime.combine(datetime.date.fromisoformat(start), datetime.time())
        return start + datetime.timedelta(minutes=minutes)
    except (ValueError, OverflowError):
        return None


_CLOCK_LENGTH = re.compile(r"PT(\d+)([HM])")
_CLOCK_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")


def _holiday_after(text, mention, candidate, reference) -> str | None:
    """ "On Christmas Day the troops held a truce" after "3 May 1916": the first one on or
    after the story's date (1916-12-25), as stories move forward; a movable feast
    (Easter) is worked out for its own year."""
    if reference is None or reference.earliest is None:
        return None
    match = RULES[candidate.rule][1].match(text, mention.start)
    if match is None or match[4]:
        return None  # "Christmas week": left with its news reading
    sentence = Sentences(text).bounds(mention.start, mention.end)
    country = country_near(match[2], text, mention.start, sentence)
    for year in (reference.earliest.year, reference.earliest.year + 1):
        day = holiday_date(match[2], year, country)  # None in a year without it (Inauguration Day)
        if day is not None and day >= reference.earliest:
            return day.isoformat()
    return None


def _past_midnight(last_clock: str, clock: str) -> bool:
    """Whether a morning's clock time on the story's day ("1974-04-24T00:20") comes after
    an evening's told on that day ("1974-04-24T22:55"): the night has passed midnight."""
    return (
        bool(last_clock)
        # The month and day: a clock told with a day of its own may still carry the
        # year of the news reading here, before its day is followed.
        and last_clock[5:10] == clock[5:10]
        and values.passes_midnight(last_clock[11:], clock[11:])
    )


def _after_the_night_of(text: str, reference: DateMention, clock: str, start: int) -> bool:
    """Whether a morning's clock time ("T04:10", dawn) at `start` follows the story's "the
    night of 19 December 1915", "Christmas night" or a "That night" told since: it is on
    the morning after, the 20th."""
    return _MORNING_CLOCK.match(clock) is not None and (
        reference.value.endswith("TNI")
        or _NIGHT_OF.search(text, max(0, reference.start - 13), reference.start) is not None
        or _THAT_NIGHT.search(text, reference.end, start) is not None
    )


_NIGHT_OF = re.compile(r"(?i:\bthe\snight\sof\s)$")
_THAT_NIGHT = re.compile(r"\b(?i:that\snight)\b")
_MORNING_CLOCK = re.compile(r"T(?:0\d|1[01]):\d\d|TMO")


def _with_its_day(reference: DateMention | None, last_day: DateMention | None):
    """The story's reference, or the last day it was on when the reference is a coarser
    date of that day's year: "from Sunday, 8 October, to Tuesday, 10 October 1871 ...
    rain since early July ... The first alarm sounded at 9:40 p.m. ... Throughout
    Monday" go on from 8 October, not from July."""
    if (
        reference is not None
        and reference.precision in ("month", "season", "year")
        and last_day is not None
        and last_day.earliest is not None
        and reference.earliest is not None
        and last_day.earliest.year == reference.earliest.year
    ):
        return last_day
    return reference


def _story_day(reference: DateMention | None, before_christ: DateMention | None) -> str | None:
    """The day the story is on ("1916-07-01", "BC0341-08-13"), when it names one."""
    if before_christ is not None:
        return before_christ.value if values.is_day_before_christ(before_christ.value) else None
    if reference is not None and reference.precision == "day":
        return reference.value[:10]
    return None


def _unit_of(mention: DateMention, reference: DateMention) -> str | None:
    """The unit `mention` names ("the decade": decade), holding the reference date."""
    if reference.before_christ:
        # "by the end of the month" after "13 August 341 BC": BC0341-08.
        named = values.BC_VALUE.fullmatch(reference.value)
        if named is None or mention.precision not in ("month", "year"):
            return None
        if mention.precision == "year":
            return f"BC{named[1]}"
        return f"BC{named[1]}-{named[2]}" if named[2] else None
    rank = values.PRECISIONS.index
    if mention.precision not in values.PRECISIONS or reference.precision not in values.PRECISIONS:
        return None
    if rank(reference.precision) > rank(mention.precision):
        return None  # "the month" cannot be told from a year
    return values.value_at(reference.earliest, mention.precision)


def _is_flashback(text: str, start: int) -> bool:
    """Whether the date at text[start] is told in the past perfect ("a blockade that had
    begun on 3 November 1870") or is a yardstick ("for the first time since 1614"): a
    look back that leaves the story where it was."""
    if is_yardstick(text, start):
        return True
    if told_ahead_in_the_past(text, start):
        return True  # "its enlistments would expire on 31 December": a look ahead
    clause = clause_before(text, start)
    perfect = _PAST_PERFECT.search(clause)
    if perfect is None:
        return False
    # "The Estates-General, which had not met since 1614, assembled on 5 May 1789": the
    # relative clause has closed, and the date is the main verb's.
    opens = start - len(clause) + perfect.start()
    relative = _RELATIVE_BEFORE.search(text, max(0, opens - 8), opens) is not None
    if relative and "," in clause[perfect.end() :]:
        return False
    # "News that France had agreed to sell Louisiana reached Washington in early July":
    # the past perfect was a subject's; a verb in the past after it tells the date.
    return _MAIN_VERB_AFTER.search(clause, perfect.end()) is None


# A verb in the simple past after a subject that held a past perfect: not after "and" or
# "or", which go on with the perfect ("had agreed and signed").
_MAIN_VERB_AFTER = re.compile(
    r"(?<!\band\s)(?<!\bor\s)(?<!\bto\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"\b[a-z]{3,}ed\b(?=\s(?:[A-Z]|the\b|a\b|an\b|in\b|on\b|at\b))"
)


def _story_reading(
    text: str, mention: DateMention, candidate: Candidate, reference: DateMention
) -> tuple[int, str | None]:
    """Where a date without its year starts and what it is in the story `reference` is
    in: "That September" is the story's year's ("crowned on 6 January 1066. That
    September"), "on the 17th" a day of its month, anything else the reading nearest it."""
    if that := _THAT_BEFORE.search(text, max(0, mention.start - 5), mention.start):
        return that.start(), _in_year_of(mention, reference)
    if RULES[candidate.rule][0] == "day_of_month":
        return mention.start, _day_of_months_near(mention, reference)
    if RULES[candidate.rule][0] == "week_of_month":
        return mention.start, _week_of_month_near(text, mention, reference)
    back = _looks_back_to(text, mention)
    told = _told_weekday(text, reference) if _is_weekday(candidate) else None
    value = _nearest_to(mention, candidate, reference, back=back, told=told)
    return mention.start, _as_its_weekday_says(text, mention, value)


def _week_of_month_near(text: str, mention: DateMention, reference: DateMention) -> str | None:
    """ "the first week of February" in the year that puts that February nearest the
    story's date ("In January 1943 ... during the first week of February")."""
    match = _WEEK_OF_MONTH.match(text, mention.start)
    if match is None or reference.earliest is None:
        return None
    month = month_number(match[3])
    year = _nearest_year(_years_around(reference), month, reference)
    return periods.week_of_month_value(year, month, match[1], match[2])


_WEEK_OF_MONTH = dict(RULES)["week_of_month"]


def _weekday_opening(text: str, mention: DateMention) -> int | None:
    """The ISO number of the weekday a day is told with ("Sunday, Aug. 18"), or None."""
    named = WEEKDAY_OPENS.match(text, mention.start)
    return None if named is None else WEEKDAYS.get(named[1].lower().rstrip("."))


def _as_its_weekday_says(text: str, mention: DateMention, value: str | None) -> str | None:
    """A day told with its weekday ("Tuesday, March 7") in the nearest year in which it
    falls on that weekday, when the story's year would not have it: the weekday is the
    text's own word on the year (not for days before the Gregorian calendar)."""
    weekday = _weekday_opening(text, mention)
    day = values.DAY_VALUE.fullmatch(value or "")
    if weekday is None or day is None or int(day[1]) <= 1752:
        return value
    year, month, number = int(day[1]), int(day[2]), int(day[3])
    for distance in range(12):
        for near in (year + distance, year - distance):
            try:
                date = datetime.date(near, month, number)
            except ValueError:
                continue
            if date.isoweekday() == weekday:
                return date.isoformat()
    return value


def _looks_back_to(text: str, mention: DateMention) -> bool:
    """Whether a date without its year is told as a look back, and so lies before the
    story's date ("a crisis that had begun with the king's death on 5 January"), not a
    deadline the past perfect reaches ("had not recorded a case by mid-August")."""
    return _is_flashback(text, mention.start) and not _DEADLINE_BEFORE.search(
        text, max(0, mention.start - 8), mention.start
    )


_DEADLINE_BEFORE = re.compile(r"\b(?i:by|until|till)\s$")


def _is_aside(text: str, mention: DateMention) -> bool:
    """Whether the date stands in parentheses ("the American Civil War (1861–1865)",
    "its founder (born 1920)") or describes a thing in apposition ("bought the whaler
    Perseverance, a 410-ton barque built at Dundee in 1864"): an aside the story does
    not move to."""
    before = text.rfind("(", max(0, mention.start - 20), mention.start)
    # The parenthesis may close after a second date: "(4 June 1867 – 27 January 1951)".
    after = text[mention.end : mention.end + 40].partition("(")[0]
    return (
        before >= 0 and ")" not in text[before : mention.start] and ")" in after
    ) or _THING_MADE_BEFORE.search(text, max(0, mention.start - 120), mention.start) is not None


_THING_MADE_BEFORE = re.compile(
    r",\s(?:a|an)\s[^,.;()]{0,60}?\b(?:built|founded|launched|established|completed|designed|"
    r"made|born)\b[^,.;()]{0,40}?\sin\s$"
)


def _joins_a_range(text: str, start: DateMention, end: DateMention) -> bool:
    """Whether two dates are a range's ends: "1 July and 18 November 1916", or "from 8
    September 1941, when the last road was cut, until 27 January 1944"."""
    return bool(
        ENDS_JOIN.fullmatch(text, start.end, end.start)
        or (
            _FROM_BEFORE.search(text, max(0, start.start - 5), start.start)
            and _ASIDE_THEN_END.fullmatch(text, start.end, end.start)
        )
    )


def _two_years_in_turn(text: str, first: DateMention, second: DateMention) -> bool:
    """Whether two years are told one after the other ("in 1414 and early 1415"), not as
    a range's ends ("between 1939 and 1945", "from 1914 to 1918")."""
    return (
        first.precision == second.precision == "year"
        and text[first.end : second.start] == " and "
        and not _BETWEEN_BEFORE.search(text, max(0, first.start - 8), first.start)
    )


_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s$")
_FROM_BEFORE = re.compile(r"\b[Ff]rom\s$")
_ASIDE_THEN_END = re.compile(r",\s[^.;:()]{1,160}?,\s(?:to|until|till)\s")


def _start_in_year_of(
    text: str, start: DateMention, candidate: Candidate | None, end: DateMention
) -> DateMention | None:
    """A range's start without its year ("1 July" in "between 1 July and 18 November
    1916") read in the end's year, or the year before if it would come after the end."""
    if candidate is None or not candidate.floating or end.earliest is None:
        return None
    parts = _YEAR_VALUE.match(start.value)
    if parts is None or not parts[1] or start.earliest is None:
        return None
    year = end.earliest.year
    if (start.earliest.month, start.earliest.day) > (end.earliest.month, end.earliest.day):
        year -= 1
    value = f"{year:04d}{start.value[4:]}"
    return make_mention(text, start.start, start.end, start.type, value, start.mod)


def _goes_on_in_its_paragraph(
    text: str, mentions: list[DateMention], chosen: list[Candidate], index: int
) -> bool:
    """Whether a date without its year follows the year `mentions[index]` in its
    paragraph before any other date with its year: the story is told in that year
    ("invaded Russia in 1708 ... in September"). Reads on only to the paragraph's end."""
    end = text.find("\n", mentions[index].end)
    end = len(text) if end < 0 else end
    for mention, candidate in zip(
        itertools.islice(mentions, index + 1, None),
        itertools.islice(chosen, index + 1, None),
        strict=True,
    ):
        if mention.start >= end or (mention.type == "DATE" and _names_its_year(mention)):
            return False
        if candidate.floating and mention.type == "DATE" and not _is_weekday(candidate):
            return True
    return False


_DAYS_OF_A_SHORT_RANGE = 31


def _range_reference(text: str, start: DateMention, end: DateMention) -> DateMention:
    """What the story goes on from after a range: its year, when both ends lie in it
    ("fought between 1 July and 18 November 1916. When the Germans attacked at Verdun in
    February" is February 1916, the story told from before the range's start), else the
    range's start."""
    year = start.earliest.year
    if (
        end.latest is None
        or end.latest.year != year
        or start.precision != "day"
        # A few days ("from Sunday, 8 October, to Tuesday, 10 October 1871") keep the
        # story on its first day, for the clock times and weekdays told after it.
        or (end.latest - start.earliest).days <= _DAYS_OF_A_SHORT_RANGE
    ):
        return start
    return make_mention(text, start.start, end.end, "DATE", f"{year:04d}")


def _early_year_without_era(mention: DateMention, candidate: Candidate) -> bool:
    """An early year ("in 405", "the summer of 415") told without an era."""
    return (
        RULES[candidate.rule][0] in ("early_year", "season")
        and _EARLY_YEAR_VALUE.fullmatch(mention.value) is not None
        and not _ERA_WRITTEN.search(mention.text)
    )


_EARLY_YEAR_VALUE = re.compile(r"0\d{3}(?:-(?:SP|SU|FA|WI))?")
_ERA_WRITTEN = re.compile(r"\b(?:AD|A\.D\.|CE|C\.E\.)")


def _holds(mention: DateMention, reference: DateMention | None) -> bool:
    """Whether a bare year holds the story's finer date (1906 and 18 April 1906)."""
    return (
        reference is not None
        and mention.precision == "year"
        and reference.precision in _FINE_PRECISIONS
        and reference.earliest is not None
        and mention.earliest is not None
        and mention.earliest.year == reference.earliest.year
    )


def _looks_back(mention: DateMention, reference: DateMention | None) -> bool:
    """Whether a bare year before the story's finer date is a look back ("on 21 March
    1918, two years after the fighting of 1916 ... by early April" is April 1918). A
    year after the story's "today" is none: "regarded today as ... admitted women only
    in 1897 ... passed in 1901. She enrolled that October" tells its story from 1897."""
    return (
        reference is not None
        and mention.precision == "year"
        and reference.precision in _FINE_PRECISIONS
        and mention.latest < reference.earliest
        and reference.text.lower() != "today"
    )


def _is_era_year(candidate: Candidate) -> bool:
    """ "AD 9", "in 1066": a year named with its era or its preposition, however short."""
    return RULES[candidate.rule][0] in ("era_year", "early_year", "month_early_year")


def _names_its_year(mention: DateMention) -> bool:
    return bool(_YEAR_IN_TEXT.search(mention.text)) and mention.value[:4].isdigit()


def _nearest_to(
    mention: DateMention,
    candidate: Candidate,
    reference: DateMention,
    *,
    back: bool = False,
    told: int | None = None,
) -> str | None:
    """The floating mention's value moved to the year that puts it nearest `reference`.

    Against a bare year ("In 1940 ... by late June") the date takes that year. Against
    a finer date the nearest reading wins, and a tie goes forward, as stories do
    ("On 22 June 1941 ... In December" is December 1941).
    """
    parts = _YEAR_VALUE.match(mention.value)
    if parts is None or reference.earliest is None:
        return None
    month, day, season, clock = parts.groups()
    clock = clock or ""
    years = _years_around(reference)
    if (
        reference.precision == "year"
        and back
        and reference.mod == "START"
        and int(month or _SEASON_MIDDLE.get(season, 0)) > 4
    ):
        # "In early 1855 he found a girl who had fallen ill on 28 August": a look back
        # from the start of a year to a later month of it is to the year before.
        years = [reference.earliest.year - 1]
    if day and _is_weekday(candidate):
        if reference.precision != "day":
            return None  # "on Saturday" after "in 1940": no telling which
        weekday = mention.earliest.isoweekday()
        if told is not None:
            # "on Sunday, 2 September 1666 ... By Monday": the weekday the history gives
            # its day (by the Julian calendar, here) is what its weekdays count from.
            weekday = (weekday - told + reference.earliest.isoweekday() - 1) % 7 + 1
        return weekday_near(reference.earliest, weekday, None, None).isoformat() + clock
    if day:
        return _nearest_day(reference, years, int(month), int(day), clock, back)
    if month:
        year = _nearest_year(years, int(month), reference, back)
        return values.month_value(year, int(month)) + clock
    if season:
        return f"{_nearest_year(years, _SEASON_MIDDLE[season], reference, back):04d}-{season}"
    return None


def _told_weekday(text: str, day: DateMention) -> int | None:
    """The weekday a text gives a day before Britain's change of calendar, when it differs
    from the proleptic Gregorian one ("Sunday, 2 September 1666" by the Julian calendar):
    told at the start of the day's mention or right before it."""
    if day.earliest is None or day.earliest.year > 1752:
        return None
    told = WEEKDAY_OPENS.match(text, day.start) or _WEEKDAY_BEFORE.search(
        text, max(0, day.start - 12), day.start
    )
    if told is None:
        return None
    weekday = WEEKDAYS.get(told[1].lower().rstrip("."))
    if weekday is None or weekday == day.earliest.isoweekday():
        return None
    return weekday if weekday in values.weekdays_of(day.earliest) else None


_WEEKDAY_BEFORE = re.compile(rf"({WEEKDAY}),?\s$")


def _day_of_months_near(mention: DateMention, reference: DateMention) -> str | None:
    """ "On the 17th" after "mid-July 1864": that day of the story's month, or, after a
    day, of the month either side if the story is nearer it (after 28 July, "the 3rd" is
    3 August)."""
    if reference.precision == "month":
        day = mention.earliest.day
        days = [
            d
            for d in days_of_month_near(reference.earliest, day)
            if d.month == reference.earliest.month
        ]
    elif reference.precision == "day":
        days = days_of_month_near(reference.earliest, mention.earliest.day)
    else:
        return None  # "in 1864 ... on the 17th": no month to go by
    if not days:
        return None
    best = min(days, key=lambda day: _story_distance((day - reference.earliest).days))
    return best.isoformat()


def _nearest_before_christ(mention: DateMention, reference: DateMention) -> str | None:
    """The floating mention's month, day or season in the year BC (or just after) that
    puts it nearest the story's date BC, going forward as _nearest_year does. Years are
    counted as astronomers do (1 BC is year 0) so that the story can cross into AD."""
    parts, named = _YEAR_VALUE.match(mention.value), values.BC_VALUE.fullmatch(reference.value)
    if parts is None or named is None:
        return None  # "the 5th century BC": no year to follow
    month, day, season, _ = parts.groups()
    year = values.astronomical_year(named[1])
    here = int(named[2]) if named[2] else _SEASON_MIDDLE.get(named[4] or "")
    there = int(month) if month else _SEASON_MIDDLE[season]
    if here is not None:
        ahead = lambda y: _story_distance(y * 12 + there - year * 12 - here)  # noqa: E731
        year = min((year - 1, year, year + 1), key=ahead)
    written = values.era_year_value(year)
    if day:
        return f"{written}-{int(month):02d}-{int(day):02d}"
    return f"{written}-{month}" if month else f"{written}-{season}"


_THAT_BEFORE = re.compile(r"(?<![\w-])(?i:that)\s$")


def _in_year_of(mention: DateMention, reference: DateMention) -> str | None:
    """A month or season moved to the reference's own year ("that September")."""
    return None if reference.earliest is None else _in_year(mention, reference.earliest.year)


def _in_year(mention: DateMention, year: int) -> str | None:
    """A month, day or season moved to `year`."""
    parts = _YEAR_VALUE.match(mention.value)
    if parts is None or not (parts[1] or parts[3]):
        return None
    return f"{year:04d}{mention.value[4:]}"


def _years_around(reference: DateMention) -> list[int]:
    """The years a date without its own may be in, told near `reference`: a bare year's
    own ("In 1940 ... by late June"), else the reference's and those either side of it."""
    if reference.precision == "year":
        return [reference.earliest.year]
    return [reference.earliest.year + offset for offset in (-1, 0, 1)]


def _nearest_year(years: list[int], month: int, reference: DateMention, back: bool = False) -> int:
    here = reference.earliest.year * 12 + reference.earliest.month
    # Nearest first, going back counting half again as far (stories move forward: "in
    # April ... on the night of 7 November" is that November, not the one before).
    return min(years, key=lambda year: _story_distance(year * 12 + month - here, back))


def _nearest_day(reference, years, month, day, clock, back: bool = False) -> str | None:
    options = []
    for year in years:
        try:
            options.append(datetime.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    middle = values.middle(reference.earliest, reference.latest)
    best = min(options, key=lambda option: _story_distance((option - middle).days, back))
    return best.isoformat() + clock


def _story_distance(ahead: int, back: bool = False) -> tuple[float, bool]:
    """How far a date `ahead` units after the story's reference is, for the story: going
    back counts half again as far, and of two as far the later one wins; told as a look
    back ("had begun with the death of the king on 5 January"), going forward does."""
    if back:
        return (-ahead if ahead <= 0 else ahead * _BACKWARD_WEIGHT * 4, ahead > 0)
    return (ahead if ahead >= 0 else -ahead * _BACKWARD_WEIGHT, ahead < 0)


_BACKWARD_WEIGHT = 1.5


def _is_weekday(candidate: Candidate) -> bool:
    """A weekday alone ("Saturday", "Saturday night"), not a month and day."""
    return RULES[candidate.rule][0] == "relative_weekday"
