"""Trigger words: where in a text a temporal expression can possibly be.

Every expression of the grammar holds at least one trigger of its kind: a month name,
a four-digit number, a unit word ("years"), and so on. One fast pass finds them all;
each rule then runs only in windows around the triggers it needs, instead of trying
every position of the text. This keeps tagging near the speed of a single regex scan.

A window reaches BEFORE characters before its trigger (less for kinds that take fewer
modifiers, _BEFORE_BY_KIND) and AFTER characters after it (more for the few kinds
whose expressions go on, _AFTER_BY_KIND): modifiers come first in English ("more than
two thousand years", 23 characters before "years"), and little follows a head word
("May 22, 2011", 9 after "May"; "September the twenty-first, 2021", 24).
"""

import itertools
import re

from factcheck.temporal.holidays import NAMES as _HOLIDAY_NAMES
from factcheck.temporal.lexicon import ORDINALS as _ORDINALS

BEFORE = 28
AFTER = 20
# Kinds whose expressions reach less far before the trigger get shorter windows: a month
# has at most "the twenty-seventh of " before it, a clock time "approximately ".
_BEFORE_BY_KIND = {
    "month": 26, "weekday": 16, "digits": 16, "clock": 16, "deictic": 16, "part": 16,
    "reference": 12, "adverb": 14, "season": 18, "fiscal": 2, "spelled": 24, "holiday": 16,
    "quantifier": 16, "qcode": 2, "day": 20, "weekend": 26, "year": 18, "ago": 40, "plural": 16,
    "long": 24, "same": 4, "vague": 32, "era": 16,
    "half": 32, "fraction": 40, "ordinal": 36, "week": 12, "short_year": 12, "clock_mark": 26,
    "month_word": 16, "weeks": 8, "recurring": 6, "named_unit": 22,
    "day_ordinal": 20,
}  # fmt: skip
# Kinds whose expressions go on further after the trigger: "September the twenty-first,
# 2021", "the spring of the following year".
_AFTER_BY_KIND = {"month": 26, "season": 24}

# Trigger words by kind; a word may serve several kinds ("years" is a unit, and the
# head of "in recent years"). Each rule names the kinds it needs (RULE_TRIGGERS), and
# the finer the kinds, the less text each rule has to search.
_MONTHS = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_UNITS = "second minute hour day week weekend fortnight month quarter year decade"
KIND_WORDS = {
    "month": _MONTHS.split(),
    "weekday": [
        *_WEEKDAYS.split(),
        *(day + "s" for day in _WEEKDAYS.split()),
        *["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"],
    ],
    "unit": [*_UNITS.split(), *(unit + "s" for unit in _UNITS.split()), "century", "centuries"],
    "period": ["quarter", "quarters", "half", "period"],
    "day": ["day"],
    "year": ["year"],
    "weekend": ["weekend"],
    "century": ["century"],
    "deictic": ["today", "tonight", "yesterday", "tomorrow"],
    "part": [
        "morning",
        "afternoon",
        "evening",
        "night",
        "overnight",
        "midafternoon",
        "dawn",
        "daybreak",
        "sunrise",
        "dusk",
        "sunset",
        "nightfall",
    ],
    "reference": [
        "now",
        "current",
        "currently",
        "recent",
        "recently",
        "lately",
        "past",
        "future",
        "present",
        "nowadays",
        "being",
        "near",
        "soon",
        "ahead",
        "coming",
        "term",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
    ],
    "adverb": [
        "daily",
        "hourly",
        "weekly",
        "fortnightly",
        "monthly",
        "yearly",
        "nightly",
        "annual",
        "annually",
    ],
    "season": ["spring", "summer", "fall", "autumn", "winter"],
    "fiscal": ["fiscal", "fy"],
    "spelled": [
        "eighteen",
        "nineteen",
        "twenty",
        "thousand",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "noughties",
    ],
    "holiday": [
        "christmas",
        "thanksgiving",
        "easter",
        "halloween",
        "election",
        "independence",
        "labor",
        "memorial",
        "valentine",
        "veterans",
        "armistice",
        "remembrance",
        "boxing",
        "bastille",
        "mother",
        "father",
        "good",
        "martin",
        "presidents",
        "patrick",
        "new",
        "black",
        "cyber",
        "fourth",
        "juneteenth",
        "inauguration",
        "tax",
        "ash",
        "palm",
        "maundy",
        "shrove",
        "mardi",
        "fat",
        "holy",
        # "Martin Luther King, Jr. Day" outruns the window of "Martin" alone.
        "jr",
        "anzac",
        "australia",
        "waitangi",
        "canada",
        "republic",
        "guy",
        "bonfire",
        "saints",
        "souls",
        "george",
        "andrew",
        "crispin",
        "stephen",
        "david",
        "earth",
        "groundhog",
        "fools",
        "fool",
        "bloomsday",
        "burns",
        "hogmanay",
        "ascension",
        "pentecost",
        "whit",
        "mothering",
        "columbus",
        "ve",
        "saint",
        "super",
        "may",  # "May Day"
    ],
    "quantifier": ["every", "each", "per", "once", "twice", "times"],
    # What ends "two years ago", "years later", "the year before": the ago-like rules
    # need one of these, far rarer than unit words.
    "ago": [
        "ago",
        "earlier",
        "later",
        "now",
        "today",
        "hence",
        "previously",
        "before",
        "previous",
        "prior",
    ],
    "long": ["long", "single", "daylong", "weeklong", "monthlong", "yearlong", "hourlong"],
    "vague": ["time", "while", "period"],
    "half": ["half"],
    # "the second day of", "a third straight week": counted days and weeks.
    "ordinal": ["day", "week"],
    "week": ["week"],
    # "for the month", "that month"; "a week from Tuesday", "two weeks from tomorrow".
    "month_word": ["month"],
    # "the end of the week", "early in the decade": the unit words "the_unit" reads.
    "named_unit": ["week", "month", "quarter", "decade", "century"],
    "recurring": ["weekends", "weekdays", "nights", "mornings", "evenings", "afternoons", "days"],
    "weeks": ["week", "weeks"],
    "plural": [
        "years",
        "months",
        "quarters",
        "weeks",
        "decades",
        "centuries",
        "days",
        "hours",
        "minutes",
    ],
    "same": ["same", "comparable", "corresponding"],
    "clock": ["noon", "noontime", "midnight", "midday", "utc", "gmt"],
    # What ends a spoken clock time ("eight forty-six a.m.", "nine o'clock"); "a.m." and
    # "p.m." are no words, and windows.py finds them as marks (_MARKS).
    "clock_mark": ["clock", "half", "quarter"],
    # Eras after or before a year: "44 BC", "AD 800" (in capitals only: "an ad").
    "era": ["bc", "bce", "ad", "ce"],
}


def _cased_kinds() -> dict[str, tuple[str, ...]]:
    """Every spelling the scan may meet (lower, Title, UPPER case) mapped to its kinds.

    Month and weekday names count only when capitalised: "may" and "march" are verbs.
    """
    kinds: dict[str, list[str]] = {}
    for kind, words in KIND_WORDS.items():
        for word in words:
            spellings = {word.capitalize(), word.upper()}
            if kind not in ("month", "weekday", "era", "holiday"):
                spellings.add(word)
            for spelling in spellings:
                kinds.setdefault(spelling, []).append(kind)
    return {word: tuple(found) for word, found in kinds.items()}


_WORD_KINDS = _cased_kinds()
# The trigger words as ASCII bytes: the scan below runs on bytes (see _words).
_TRIGGER_WORDS = frozenset(word.encode("ascii") for word in _WORD_KINDS)
# For each spelling, its kinds with how far each kind's windows reach back.
_TARGETS = {
    word: tuple((kind, _BEFORE_BY_KIND.get(kind, BEFORE)) for kind in kinds)
    for word, kinds in _WORD_KINDS.items()
}
# Every byte but an ASCII letter becomes a space, so that splitting leaves the words.
_LETTERS_ONLY = bytes(b if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256))


def _words(text: str) -> list[bytes]:
    """The runs of ASCII letters in `text`, as bytes.

    Encoding with "replace" turns each other character into "?", which the table blanks
    like any other non-letter; translate and split run at C speed, several times faster
    than a regular expression scan of the text.
    """
    return text.encode("ascii", "replace").translate(_LETTERS_ONLY).split()


# Triggers that are no words, found by str.find.
_MARKS = {
    "a.m.": "clock_mark", "p.m.": "clock_mark", "A.M.": "clock_mark", "P.M.": "clock_mark",
    # "six in the morning", "ten in the evening": a spoken hour by its part of the day.
    " in the morning": "clock_mark", " in the afternoon": "clock_mark", " in the evening": "clock_mark",
}  # fmt: skip
# A pattern that opens with a character class lets the regex engine skip at C speed to
# the characters that can start a match; a lookahead or lookbehind up front would make
# it try every position. So each alternative's first character is matched by the class
# up front, and the alternative goes on after it, a lookbehind saying what that first
# character must have been: (?<=\d)\d{3} is four digits.
_NUMBERS = re.compile(
    r"[\d'QqH](?<!\d[\d'QqH])(?:(?P<fraction>(?<=\d\s1)/2(?![\d/]))"
    # Four digits before "hours" or a zone are a clock time ("0725 hours", "0800 UTC").
    r"|(?P<clock4>(?<=\d)\d{3}(?=\s?(?:hours|hrs|local|UTC|GMT|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST)\b))"
    r"|(?P<digits>(?<=\d)\d{3}(?!\d)|(?<=\d)\d?/\d|(?<=')\d\d(?!\d)|(?<=\d)0'?s(?!\w))"
    r"|(?P<clock>(?<=\d)\d?(?:[:.]\d\d)?\s?[AaPp]\.?[Mm]|(?<=\d)\d?:\d\d(?![\d:])|(?<=\d)\dh\d\d"
    r"|(?<=\d)\d?\.\d\d(?=\s?[-–—]\s)"
    r"|(?<=\d)\d?(?:[:.]\d\d)?\s(?:o['’]clock\s)?in\sthe\s[mae]|(?<=\d)\d?\so['’]clock"
    r"|(?<=\d)\d?(?:[:.]\d\d)?\s(?:this\s[mae]|yesterday\s[mae]|tomorrow\s[mae]|tonight|last\snight))"
    r"|(?P<era>(?<=\d)\d{0,3}\s?[AB]\.[CD]\.)"
    r"|(?P<qcode>(?<!\w[\d'QqH])(?:(?<=[Qq])[1-4]|(?<=[1-4])[Qq]|(?<=H)[12]|(?<=[12])H)\b)"
    r"|(?P<short_year>(?<=[a-z] [1-9])\d\d(?![\d,.]\d))"
    r"|(?P<day_ordinal>(?<=\d)\d?(?:st|nd|rd|th)(?!\w)))"
)


# Which trigger kinds each rule of patterns.RULES needs.
RULE_TRIGGERS = {
    "iso": ("digits",),
    "numeric": ("digits",),
    "numeric_month_day": ("digits",),
    "year": ("digits",),
    "early_year": ("digits", "short_year"),
    "era_year": ("era",),
    "era_pair_first": ("era",),
    "era_date": ("month",),
    "year_range": ("digits",),
    "apostrophe_year": ("digits",),
    "month_day_year": ("month",),
    "day_month_year": ("month",),
    "month_day": ("month",),
    "days_month": ("month",),
    "day_month": ("month",),
    "month_year": ("month",),
    "month_early_year": ("month",),
    "month_relative_year": ("month",),
    "month": ("month",),
    "relative_weekday": ("weekday",),
    "set_weekday": ("weekday",),
    "set_plural": ("recurring",),
    "clock": ("clock", "clock4", "clock_mark"),
    "fiscal_year": ("fiscal",),
    "year_kind": ("digits",),
    "decade": ("digits", "spelled"),
    "spelled_year": ("spelled",),
    "season": ("season",),
    "deictic_day": ("deictic",),
    "overnight": ("part",),
    "part_of_story_day": ("part",),
    "dawn": ("part",),
    "part_of_day": ("part",),
    "reference": ("reference",),
    "moments_ago": ("ago",),
    "current": ("reference",),
    "set_adverb": ("adverb",),
    "quarter_code": ("qcode",),
    "half_code": ("qcode",),
    "september_eleventh": ("digits",),
    "relative_unit": ("unit",),
    "ago": ("ago",),
    "weekday_week": ("weekday",),
    "from_day": ("weeks",),
    "plural_ago": ("ago",),
    "long_adjective": ("long",),
    "duration": ("unit",),
    "compound_duration": ("unit_pair",),
    "half_duration": ("half", "fraction", "century", "period"),
    "ordinal_day": ("ordinal",),
    "vague_duration": ("vague",),
    "vague_plural": ("plural",),
    "unit_before": ("ago",),
    "same_month": ("same",),
    "set": ("quantifier", "recurring"),
    "quarter": ("period",),
    "month_period": ("period",),
    "new_year": ("year",),
    "half": ("period",),
    "anaphoric_quarter": ("period",),
    "year_quarter": ("period",),
    "year_ago": ("year", "period"),
    "the_year": ("year",),
    "the_month": ("month_word", "week"),
    "year_end": ("year",),
    "the_day": ("day",),
    "anaphoric_day": ("day", "part"),
    "the_unit": ("named_unit",),
    "the_week": ("week", "weekend"),
    "week_of_month": ("week", "weekend"),
    "weekday_of_month": ("weekday",),
    "end_day_of_month": ("month",),
    "spelled_day": ("month",),
    "month_of_year": ("month",),
    "day_of_month": ("day_ordinal",),
    "the_weekend": ("weekend",),
    "century": ("century",),
    "holiday": ("holiday",),
}

# Every unit word holds one of these ("weekends", "centuries").
_UNIT_STEMS = (*_UNITS.split(), "centur")

# Words a rule's expression always holds beyond its triggers, in lower case: a window
# holding none of them is not searched. Most windows lack the words of the rarer rules
# ("9/11", "moments ago", "the year before"), and a search for a literal costs far less
# than a run of the rule's expression. "two years, four months and ten days" joins its
# lengths; "33 minutes 58 seconds" is joined by a space alone before its minutes or seconds.
RULE_JOINS = {
    "compound_duration": (" and ", ", ", " minute", " second"),
    "apostrophe_year": ("'",),
    "year_kind": ("year",),
    "month_of_year": ("year",),
    "september_eleventh": ("9/11",),
    "numeric_month_day": ("/",),
    "moments_ago": ("ago",),
    "unit_before": ("before", "previous", "prior", "earlier"),
    "new_year": ("new",),
    "from_day": ("week",),
    "month_period": ("quarter", "period", "half"),
    "weekday_week": ("next", "week"),
    "weekday_of_month": ("first", "second", "third", "fourth", "last", "final"),
    "half_duration": ("half", "1/2", "centur", "hour"),
    # "last month", "that same week": a unit with its relative word.
    "relative_unit": (
        "this",
        "that",
        "past",
        "last",
        "previous",
        "prior",
        "following",
        "coming",
        "next",
        "current",
        "latest",
        "same",
    ),
    "month_relative_year": ("year",),
    # "the 1990s", "the '60s", "the sixties".
    "decade": ("0s", "0's", "0?s", "ties"),
    # "2001-02", "1999–2000" (an en dash folds to "?"), "2001/02".
    "year_range": ("-", "?", "/"),
    # A holiday's whole name ("Election Day", not the "election" of "the election"), its
    # apostrophe either way.
    "holiday": tuple(
        sorted({name.lower().replace("'", mark) for name in _HOLIDAY_NAMES for mark in "'?"})
    ),
    # "Mondays", "Friday nights", "a Saturday-morning class".
    "set_weekday": ("days", "mornings", "afternoons", "evenings", "nights", "-"),
    # A year's digits or a day's, or an apostrophe before a year's two ("May '98").
    "month_year": (*"0123456789", "'", "?"),
    # The words of "now", "currently", "at present", "the time being", "recently", "the
    # past", "the near future", "the long term", "very soon", "the coming weeks", "the
    # days ahead": not the "current" or "recent" that open the window on their own.
    "reference": (
        "now",
        "currently",
        "present",
        "these days",
        "being",
        "recently",
        "lately",
        "past",
        "future",
        "term",
        "soon",
        "coming",
        "ahead",
    ),
    "current": ("current",),
    "end_day_of_month": ("day of", "day in"),
    # "the second day", "a third straight week".
    "ordinal_day": ("day", "week"),
}


# A month's name or abbreviation in folded_text(), and a space there (any other space folds
# to "?").
_FOLDED_MONTH_WORD = rb"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+"
_FOLDED_MONTH = _FOLDED_MONTH_WORD + rb"\.?"
_FOLDED_SPACE = rb"[\s?]"
_FOLDED_DAY_BEFORE_MONTH = (
    rb"[0-9](?:st|nd|rd|th)?(?:" + _FOLDED_SPACE + rb"of)?[\s?-]" + _FOLDED_MONTH
)
# "May 18, 2011", "Sept. 5 , 1999", "May the 18th 2011".
_FOLDED_DAY_AND_YEAR_AFTER_MONTH = (
    _FOLDED_MONTH + _FOLDED_SPACE + rb"?(?:the" + _FOLDED_SPACE + rb")?"
    + rb"[0-9][0-9]?(?:st|nd|rd|th)?"
    + rb"(?:" + _FOLDED_SPACE + rb"?," + _FOLDED_SPACE + rb"?|" + _FOLDED_SPACE + rb")"
    + rb"[12][0-9?]{3}"
)  # fmt: skip
_FOLDED_UNIT_BEFORE_AGO = (
    rb"(?:" + b"|".join(stem.encode("ascii") for stem in _UNIT_STEMS) + rb")[a-z]*+"
    + _FOLDED_SPACE + rb"(?:or" + _FOLDED_SPACE + rb"so" + _FOLDED_SPACE + rb")?"
    + rb"(?:ago|earlier|later|from|hence|previously)"
)  # fmt: skip
# Where words are not enough: what a window of the rule's must hold, as a pattern on
# folded_text(). A month's day comes right before or after its name ("May 18", "18th of
# May"), and a year of three digits right after it ("December 755").
RULE_GATES = {
    "month_day": _FOLDED_MONTH + _FOLDED_SPACE + rb"(?:the" + _FOLDED_SPACE + rb")?[0-9]",
    "month_day_year": _FOLDED_DAY_AND_YEAR_AFTER_MONTH,
    "day_month": _FOLDED_DAY_BEFORE_MONTH,
    "days_month": _FOLDED_DAY_BEFORE_MONTH,
    "day_month_year": _FOLDED_DAY_BEFORE_MONTH,
    "month_early_year": _FOLDED_MONTH + _FOLDED_SPACE + rb"[1-9][0-9?][0-9?](?![0-9])",
    # A unit word right before "ago", "earlier", "later" ("two years ago", "a month or so
    # later"); not "long ago", "later that day".
    "ago": _FOLDED_UNIT_BEFORE_AGO,
    "plural_ago": _FOLDED_UNIT_BEFORE_AGO,
    "year_ago": rb"year-earlier|year-ago|year earlier|year ago|prior-year",
    # "the fifth of May", "May the 5th": a day spelled out, or a number after "the".
    "spelled_day": b"|".join(
        [*(word.encode("ascii") for word in _ORDINALS), b"the" + _FOLDED_SPACE + b"[0-9]"]
    ),
    # A month alone: its name not followed by a day or a year ("in May", not "May 18").
    "month": _FOLDED_MONTH_WORD + rb"\.?(?!" + _FOLDED_SPACE + rb"?[0-9])",
    # A year before 1500 or after 2100, or one of three figures ("in 1066", "in 755").
    "early_year": rb"(?<![0-9])(?:1[0-4]|2[1-9]|[1-9])[0-9?][0-9?](?![0-9])",
    # "2011-05-22" (a digit outside ASCII folds to "?"), "5/22/2011", "22.05.2011".
    "iso": rb"[0-9?]{4}[-/.][0-9?]{2}[-/.]",
    "numeric": rb"[0-9?][/.-][0-9?]",
}


def joins_pattern(words: tuple[str, ...]) -> re.Pattern[bytes]:
    """A search for any of a rule's words in folded_text()."""
    return re.compile(b"|".join(re.escape(word.encode("ascii")) for word in words))


def rule_gate(name: str) -> re.Pattern[bytes] | None:
    """What a window must hold for the rule `name` to be searched there (RULE_JOINS,
    RULE_GATES), as a search in folded_text(); None for a rule searched in every window."""
    if (gate := RULE_GATES.get(name)) is not None:
        return re.compile(gate)
    words = RULE_JOINS.get(name)
    return joins_pattern(words) if words else None


def folded_text(text: str) -> bytes:
    """`text` in lower-case ASCII, one byte per character, so that offsets carry over
    ("?" stands for any other character): looked up for RULE_JOINS."""
    return text.encode("ascii", "replace").lower()


# Two unit words this close (start to start) may belong to one length ("unit_pair").
_UNITS_APART = 32

KINDS = (
    *KIND_WORDS,
    "digits",
    "clock4",
    "qcode",
    "fraction",
    "short_year",
    "day_ordinal",
    "unit_pair",
)
_MIXED_COMBINATIONS = frozenset(kinds for kinds in RULE_TRIGGERS.values() if len(kinds) > 1)


def windows(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """For each combination of trigger kinds a rule needs, the merged windows to search
    (combinations without any trigger in the text are left out).

    Words are looked up in a dictionary rather than matched by one large regular
    expression: the distinct words of the text are few, and each trigger word found is
    then located by str.find, which runs at C speed.
    """
    by_kind: dict[str, list[tuple[int, int]]] = {}
    find = text.find
    # The set intersection runs in C; only the few trigger words present reach Python.
    for word in map(bytes.decode, _TRIGGER_WORDS.intersection(_words(text))):
        targets = [
            (by_kind.setdefault(kind, []), before, _AFTER_BY_KIND.get(kind, AFTER))
            for kind, before in _TARGETS[word]
        ]
        size = len(word)
        start = find(word)
        while start >= 0:
            end = start + size
            # The word itself, not a piece of a longer one ("Mayor", "Decatur").
            if not (start and text[start - 1].isalpha()) and not text[end : end + 1].isalpha():
                for spans, before, after in targets:
                    spans.append((start - before, end + after))
            start = find(word, end)
    for mark, kind in _MARKS.items():
        start = find(mark)
        while start >= 0:
            by_kind.setdefault(kind, []).append((start - _BEFORE_BY_KIND[kind], start + AFTER))
            start = find(mark, start + 1)
    for match in _NUMBERS.finditer(text):
        kind = match.lastgroup
        spans = by_kind.setdefault(kind, [])
        spans.append((match.start() - _BEFORE_BY_KIND.get(kind, BEFORE), match.end() + AFTER))
    length = len(text)
    result = {}
    for kind, spans in by_kind.items():
        if len(spans) == 1:  # most kinds are named once in a text
            ((start, end),) = spans
            result[(kind,)] = [(max(0, start), _word_end(text, min(length, end)))]
        else:
            spans.sort()
            result[(kind,)] = _merge(spans, length, text)
    if "unit" in by_kind:
        # "two years, four months and ten days": unit words close to each other.
        units = by_kind["unit"]
        pairs = [
            (first[0], second[1])
            for first, second in itertools.pairwise(units)
            if second[0] - first[0] <= _UNITS_APART
        ]
        if pairs:
            result[("unit_pair",)] = _merge(pairs, length, text)
    for kinds in _MIXED_COMBINATIONS:
        present = [result[(kind,)] for kind in kinds if (kind,) in result]
        if len(present) == 1:
            result[kinds] = present[0]
        elif present:
            # (their spans already end at words' ends)
            result[kinds] = _merge(sorted(span for spans in present for span in spans), length)
    return result


def _merge(
    spans: list[tuple[int, int]], length: int, text: str | None = None
) -> list[tuple[int, int]]:
    """Sorted spans clipped to the text, overlapping ones joined, each ending at a word's
    end when `text` is given."""
    merged: list[tuple[int, int]] = []
    if not spans:
        return merged
    current_start, current_end = spans[0]
    for start, end in spans:
        if start <= current_end:
            if end > current_end:
                current_end = end
        else:
            merged.append((max(0, current_start), min(length, current_end)))
            current_start, current_end = start, end
    merged.append((max(0, current_start), min(length, current_end)))
    if text is not None:
        merged = [(start, _word_end(text, end)) for start, end in merged]
    return merged


# A window searched ends where a word does: a regular expression sees the window's end as
# the text's, so "the 1st Mar|ine Division" cut there would read as a date.
_REST_OF_WORD = re.compile(r"\w*")


def _word_end(text: str, end: int) -> int:
    # Most windows end between words: a look at one character spares the regex call.
    if end >= len(text) or not text[end].isalnum():
        return end
    return _REST_OF_WORD.match(text, end).end()
