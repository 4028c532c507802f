"""The grammar: one compiled regular expression per kind of temporal expression.

Every pattern is linear: alternations of literal words, bounded repeats, and
lookarounds of fixed width; no unbounded quantifier wraps a group that can itself
repeat, and each rule starts only at a word start, so no input makes them backtrack
catastrophically (tests/temporal/test_robustness.py times long runs of one
character). They are compiled once, at import; triggers.py decides where they run.

Spans follow the TimeML / TempEval-3 guidelines: determiners and modifiers that belong
to the expression are inside ("the past three years", "last September"), prepositions
are outside ("on Saturday" is "Saturday").

Month and weekday names are case-sensitive (Title or UPPER case): "may" the verb and
"march" the noun never start a date; "May" and "March" alone need a date-like
neighbour (see MONTH_ALONE).
"""

import re

# The parser of Python's own `re`, for the first characters of each rule; it is not
# public, so without it (another Python) the rules simply go without that guard.
try:
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover
    _sre = _sre_parser = None

from factcheck.temporal.holidays import NAMES as HOLIDAY_NAMES
from factcheck.temporal.lexicon import (
    DECADE_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PAST_FORMS,
    alternation,
)


def _cased(words) -> str:
    """The words Capitalised or in CAPITALS. The lookahead on their first letters lets a
    position no word starts at fail at once, not after trying each word in turn."""
    forms = set()
    for word in words:
        forms.update({word.capitalize(), word.upper()})
    firsts = "".join(sorted({form[0] for form in forms}))
    return f"(?=[{re.escape(firsts)}])(?:{alternation(forms)})"


_FULL_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
]  # fmt: skip
_ABBREVIATED_MONTHS = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]  # fmt: skip
_FULL_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ABBREVIATED_WEEKDAYS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

# A month spelled out, or abbreviated ("Sept." "Aug"); used where a day or year follows.
# A name ends at a word boundary; a possessive "'s" may follow ("Friday's ruling").
_NAME_END = r"(?![\w]|['’](?!s\b))"
MONTH = rf"(?:{_cased(_FULL_MONTHS)}|(?:{_cased(_ABBREVIATED_MONTHS)})\.?){_NAME_END}"
# What a month's data are called ("November data", "the May jobs report", "December
# retail sales figures"): figures that describe a month gone by.
MONTH_DATA = (
    r"(?i:(?:jobs|payrolls?|retail|consumer|producer|inflation|trade|housing|sales|"
    r"industrial|factory|employment|unemployment|price)\s){0,2}"
    r"(?i:data|figures|numbers|statistics|report|reading|payrolls|index|indexes|forecasts?|"
    r"budget|estimates?|survey)\b"
    # "the report on February employment"
    r"|(?i:employment|unemployment|payrolls|inflation)\b(?![\s-][a-z])"
)
# Listed with a month that is no verb, in a list with commas or after "or" ("January,
# March and May", "late April or May"; not "Theresa May and March organizers", "after
# January and May took over").
_MONTH_NAMES = "|".join(
    month.capitalize() for month in _FULL_MONTHS if month not in ("may", "march")
)
_LISTED_AFTER_MONTH = "|".join(
    f"(?<={opening}{month.capitalize()}{joint})"
    for month in _FULL_MONTHS
    if month not in ("may", "march")
    for opening, joint in (("", ", "), (", ", " and "), ("", " or "))
)
# A month standing alone: never "May" or "March" unless a date word precedes them, or
# a period runs to them ("the 12 months to March"; not "plans to March on the capital").
_PLAIN_MONTHS = [m for m in _FULL_MONTHS if m not in ("may", "march")]
MONTH_ALONE = (
    rf"(?:{_cased(_PLAIN_MONTHS)}|(?:{_cased(['sept', 'aug', 'oct', 'nov', 'dec', 'feb', 'jan'])})\."
    rf"|(?:(?<=[Ii]n )|(?<=[Ss]ince )|(?<=[Uu]ntil )|(?<=[Bb]y )|(?<=[Ee]arly )|(?<=[Ll]ate )"
    rf"|(?<=[Mm]id-)|(?<=[Ll]ast )|(?<=[Nn]ext )|(?<=[Tt]his )|(?<=[Tt]hrough )|(?<=[Dd]uring )|(?<=[Bb]etween )|(?<=[Ff]rom )"
    rf"|(?<=[Oo]f )|(?<=[Aa]fter )|(?<=[Bb]efore )|(?<=[Tt]ill )|(?<=[Pp]revious )|(?<=[Ff]ollowing )"
    # "payroll gains for May", not "hoped for may" (the verb after "for" is lower case).
    rf"|(?<=[Ff]or )|(?<=soon as )|(?<=early as )|(?<=late as )|(?<=recently as )"
    rf"|(?<=in both )|(?<=of both )"
    # "in the top five come May": "come" as "when it comes", the month's clause ended
    rf"|(?<=\bcome )(?=(?:May|March)[.,;:!?]))"
    rf"(?:May|March)(?!-)"
    # "to release May figures", "May retail sales": a month's data.
    rf"|(?:May|March)(?=\s(?:{MONTH_DATA}|(?i:retail\s)?sales\b))"
    # "in the hills that May.", "later that March, when": a story's month, its clause
    # ended (not "said that May would resign").
    rf"|(?<=[Tt]hat )(?:May|March)(?=[.,;:!?)]|\s(?:when|and)\b)"
    # "the May attack", "its March meeting": the month as a noun's modifier.
    rf"|(?:(?<=[Tt]he )|(?<=[Ii]ts )|(?<=[Tt]heir ))(?:May|March)(?=\s[a-z]{{3,}})"
    # "in January, March, April and May": a month in a list of months.
    rf"|(?:{_LISTED_AFTER_MONTH})(?:May|March)"
    rf"|(?:May|March)(?=,\s(?:{_MONTH_NAMES})\b)"
    rf"|(?:(?<=months to )|(?<=year to )|(?<=quarter to )|(?<=weeks to )|(?<=period to ))(?:May|March))"
    rf"{_NAME_END}"
)
WEEKDAY = rf"(?:{_cased(_FULL_WEEKDAYS)}|(?:{_cased(_ABBREVIATED_WEEKDAYS)})\.){_NAME_END}"
# A date told with its weekday first: "Friday, May 9", "Sunday 2 September".
WEEKDAY_OPENS = re.compile(rf"({WEEKDAY}),?\s")
# The word a holiday puts before its weekday ("Easter Monday, 24 April 1916", "Good
# Friday, 21 April"): part of the day the date restates.
# The first words of holidays named by a weekday: "Easter" Monday, "Black" Friday.
_WEEKDAY_HOLIDAY_WORDS = {
    name.split()[0] for name in HOLIDAY_NAMES if name.split()[-1] in _FULL_WEEKDAYS
}
_HOLIDAY_WORD = (
    rf"(?:(?:{_cased(_WEEKDAY_HOLIDAY_WORDS)}"
    # "bank holiday Monday, 29 August", British.
    rf"|(?i:bank\sholiday))\s)?"
)
# Not "Friday" of "Black Friday this week", a holiday's own weekday.
_NOT_A_HOLIDAYS_WEEKDAY = "".join(
    rf"(?<!{form}\s)"
    for word in _WEEKDAY_HOLIDAY_WORDS
    for form in {word.capitalize(), word.upper()}
)
# A weekday before the day it dates, in a table or a listing, may be cut short without
# its period ("Sat 14 Sep: Leeds 2-1 Hull").
_DATED_WEEKDAY = rf"(?:{WEEKDAY}|(?:{_cased(_ABBREVIATED_WEEKDAYS)})(?=\s\d))"
WEEKDAYS_PLURAL = rf"(?:{_cased(w + 's' for w in _FULL_WEEKDAYS)})(?![\w'])"

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
YEAR_DIGITS = r"(?:1[0-9]\d\d|20\d\d)"
# The days of a month spelled out, longest first ("twenty-first" before "first").
_SPELLED_ORDINAL = (
    "(?:"
    + "|".join(
        sorted(
            (word for word, n in ORDINALS.items() if word not in ("final", "last")),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
YEAR = rf"{YEAR_DIGITS}(?!\w)"
# A year standing alone: not money, a count with separators, a percentage or a code.
# Numbers that name things are no years: "Flight 1549", "Resolution 1973", "Room 2001",
# "1600 Pennsylvania Avenue".
_NAMED_NUMBER = "".join(
    f"(?<!{re.escape(word)} )"
    for word in (
        "Flight", "Room", "No.", "Number", "Resolution", "Route", "Highway", "Interstate",
        "Suite", "Model", "Section", "Article", "Chapter", "Page", "Bill", "Gate",
        "Terminal", "Channel", "Exit", "Track", "Bus", "Train", "Line", "Apartment",
        "Apt.", "Unit", "Box", "Code", "Form", "Volume", "Vol.", "Windows", "Office",
        "Pier", "Platform", "Locker", "Lot", "Ward", "Precinct", "District", "Russell",
        "Wilshire", "Act", "Models", "Version",
        # tournaments and fairs: "England's Euro 2000 qualifiers", "Expo 2010"
        "Euro", "Expo",
        # and in lower case: "models 1500 and 1550", "version 2000", "room 2010"
        "model", "models", "version", "room", "flight", "route", "page", "chapter", "gate",
        "channel", "unit", "platform",
    )
)  # fmt: skip
_STREET = (
    r"\s(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|"
    r"Lane|Drive|Way|Place|Court|Parkway|Highway)"
)
# Nor a model number ("HI-2000", "BL-1972"): capital letters and a hyphen before it.
LONE_YEAR = (
    rf"(?<![\w$€£¥#@/.,:+])(?<![\d\sA-Z]-)(?<!\b0\d\s)(?<!\b0\d\d\s){_NAMED_NUMBER}(?:1[5-9]\d\d|20\d\d)"
    # Not a group of a phone number ("call 1800 022 222", "02 1990 0000").
    # Nor a house number ("the 1900 block of Main Street"), nor a case number ("2010-CR-4471").
    rf"(?![\w%/]|'(?!s\b)|[.,:]\d|-\d|-[A-Z]{{2}}|\s?%|\sIndex\b|\sblock\b|{_STREET}|\s0\d\d"
    # Nor a body named by its year ("the 1922 Committee of Tory backbenchers").
    r"|\sCommittee\b"
    rf"|\s\d{{3,4}}\s\d{{3,4}}\b"
    # Nor a designation ("asteroid 2011 UW158", "comet 1996 B2").
    rf"|\s[A-Z]{{1,3}}\d+\b"
    r"|-(?i:year|month|week|day|hour|minute|mile|foot|metre|meter|kilometre|kilometer)s?\b)"
)

# Words after which a bare plural unit is a length of time: "just hours after", "could
# take months", "after weeks of protests", "reversing decades of policy".
_VAGUE_LENGTH_BEFORE = "|".join(
    f"(?<=\\b[{word[0].upper()}{word[0]}]{word[1:]}\\s)"
    for word in (
        "just", "only", "mere", "barely", "take", "takes", "took", "taken", "taking",
        "spent", "spend", "waited", "lasted", "after", "following", "follows", "followed",
        "reversing", "ending",
        # "could last weeks or months": "last" as a verb, after a modal or "to".
        "could last", "would last", "will last", "may last", "might last", "can last",
        "should last", "to last",
    )
)  # fmt: skip
# Years before 1500 or after 2099, far from the news, count as years only after a word
# that dates ("in 1066", "by 2100"), and only where no noun follows ("in 1200 homes").
_OUTER_YEAR = r"(?:1[0-4]\d\d|2[1-9]\d\d)"
_EARLY_YEAR_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<=[{word[0].upper()}{word[0]}]{word[1:]} )"
        for word in (
            "in",
            "since",
            "until",
            "by",
            "from",
            "around",
            "circa",
            "before",
            "after",
            "during",
            "early",
            "late",
            "year",
            "into",
            "through",
        )
    )
    + r"|(?<=[Mm]id-)|(?<=\bc\. )|(?<=\bca\. ))"
)
# Places of two words whose time a clock may be told in ("7 a.m. New York time"; not "8
# p.m. Central Park time").
_TWO_WORD_PLACES = (
    r"(?:New\sYork|Hong\sKong|Los\sAngeles|San\sFrancisco|New\sDelhi|Abu\sDhabi|"
    r"Kuala\sLumpur|Buenos\sAires|Mexico\sCity|Cape\sTown|Tel\sAviv|Sao\sPaulo)"
)
# Between the two days of a night: "the night of 12-13 September".
NIGHT_JOINT = re.compile(r"\s?[-–/]\s?")
# Words that go on a clause after a year standing alone, not a noun it would count
# ("in 1066 the Normans came", not "in 1200 homes").
CLAUSE_GOES_ON = "the|a|an|and|when|he|she|it|they|his|her|its|their|was|were"
# A preposition after a number leaves no noun for it to count: "on 9 August 378 near the
# city", "in the spring of 732 with a large force".
_PREPOSITION_AFTER = (
    "near|at|in|on|with|without|against|outside|after|before|during|between|under|across|towards?"
)
_EARLY_YEAR_AFTER = (
    rf"(?=[.,;:)!?](?!\d)|\s(?:{CLAUSE_GOES_ON}|{_PREPOSITION_AFTER})\b"
    # "The appeal for help in 1095 led to the First Crusade", "and in 1459 began work":
    # its verb, no noun.
    rf"|\s(?:[a-z]+ed|{alternation(PAST_FORMS)})\b"
    r"|\s(?!GMT|UTC|EST|EDT|PST|PDT|CET|Zulu)[A-Z]|\s*$"
    # "from 1066 until his death": the start of a reign, not a count of something.
    r"|\s(?:until|till)\s(?!\d))"
)
# The second year of "between 1066 and 1087", "from 1150 to 1180".
_EARLY_YEAR_SECOND = (
    "(?:"
    + "|".join(
        f"(?<={first} {_OUTER_YEAR} {joint} )"
        for first, joint in (
            ("[Bb]etween", "and"),
            ("[Ff]rom", "to"),
            ("[Ff]rom", "until"),
            ("[Ff]rom", "till"),
        )
    )
    + ")"
)
# A year of three digits ("sacked Rome in 410.") is far more often a count ("in 300
# homes", "one in 150", "in 300,000 cases"): only after "in", "since", "until", "circa"
# or "the year", and only where the sentence or clause goes on with no noun.
_THREE_DIGIT_YEAR_BEFORE = (
    r"(?:(?<=[Ii]n )|(?<=[Ss]ince )|(?<=[Uu]ntil )|(?<=[Cc]irca )|(?<=[Yy]ear )"
    # "in early 756", "until late 763"
    r"|(?<=[Ii]n early )|(?<=[Ii]n late )|(?<=[Uu]ntil early )|(?<=[Uu]ntil late ))"
    r"(?<![Oo]ne in )(?<!\d in )(?<!\ba in )(?<![Oo]ut in )"
)
_THREE_DIGIT_YEAR_AFTER = (
    rf"(?=[.,;:)!?](?!\d)|\s(?:the|when|he|she|it|they|his|her|its|their|{_PREPOSITION_AFTER})\b"
    r"|\s*$)"
)


def _after_one_of(words, boundary: str = "") -> str:
    """One lookbehind per word, its first letter in either case ("On 11/29", "on 11/29")."""
    return "(?:" + "|".join(f"(?<={boundary}[{w[0].upper()}{w[0]}]{w[1:]})" for w in words) + ")"


_DATING_WORD_BEFORE = _after_one_of(
    f"{word} "
    for word in ("on", "until", "through", "thru", "till", "since", "starting", "effective")
)
_AFTER_NINE_ELEVEN_WORDS = _after_one_of(
    ("since ", "after ", "before ", "the ", "post-", "pre-", "of ", "until ")
)


# Holiday names in any case, apostrophes straight or curly; resolve.holiday keeps those
# written in Title Case ("Thanksgiving", "New Year's") or in capitals ("ANZAC Day", a
# headline's "CHRISTMAS EVE"). One case-blind alternation is half the size of one that
# spells both cases, and the grammar's size costs speed.
_HOLIDAYS = "(?i:" + "|".join(re.escape(name).replace("'", "['’]") for name in HOLIDAY_NAMES) + ")"
_TENS_AND_TEENS = alternation(
    w for w, n in NUMBER_WORDS.items() if n < 100 and " " not in w and w not in ("a", "an")
)
# A count before a unit, read loosely and checked by the resolver (lexicon.count_value):
# one regex branch per shape instead of an alternation of every number word keeps the
# duration rules fast.
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COUNTING = (
    r"(?i:few|several|couple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"\w+teen|{_TENS_WORDS})\b"
)
COUNT = (
    r"(?:\d{1,3}(?:,\d{3})?|\d+\.\d+"
    r"|(?i:several|a few|a couple of|couple of|a number of|a couple|a dozen)"
    r"|[A-Za-z]++\s(?i:hundred\sand)\s[A-Za-z]++(?:-[A-Za-z]++)?"
    r"|[A-Za-z]++\s(?i:hundred|thousand|dozen)"
    rf"|(?i:{_TENS_WORDS})[\s-][a-z]++"
    r"|[A-Za-z]++(?:-[A-Za-z]++)?)"
)
UNIT = r"(?i:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century)"
UNIT_PLURAL = (
    r"(?i:seconds|minutes|hours|days|weeks|weekends|months|quarters|years|decades|centuries)"
)
ORDINAL = rf"(?:(?i:{alternation(ORDINALS)})|\d{{1,2}}(?:st|nd|rd|th))"
PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"
_PARTS_PLURAL = r"(?i:mornings|afternoons|evenings|nights)"
_DAY_NUMBER = r"(?:3[01]|[12]\d|[1-9])"
# Time zones news copy names after a clock time; only UTC and GMT become an offset ("Z"),
# the others (summer time or not, which "IST"?) stay in the span only.
_ZONES = (
    "UTC|GMT|EST|EDT|CST|CDT|PST|PDT|MST|MDT|BST|CEST|CET|EEST|EET|MSK|IST|PKT|SGT|HKT|JST|KST"
    "|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|ET|PT|CT"
)
# Zones named in words after a clock time ("7 a.m. Eastern", "8 p.m. Pacific time").
ZONE_NAMES = "Eastern|Central|Mountain|Pacific|Atlantic"
# Hours and minutes spoken: "eight forty-six", "six oh five", "nine".
_SPOKEN_HOUR = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w'’])"
_SPOKEN_MINUTE = (
    r"(?i:(?:oh|o)[\s-](?:one|two|three|four|five|six|seven|eight|nine)"
    r"|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?![\w'’-])"
)
_CLOCK_AFTER = _after_one_of(
    (rf"{word}\s" for word in ("at", "from", "to", "until", "till", "and", "by", "before", "after",
                                "around", "about", "since", "past", "beyond")),
    boundary=r"\b",
)  # fmt: skip
SEASON = r"(?i:spring|summer|fall|autumn|winter)"
DECADE_WORD = rf"(?i:{alternation(DECADE_WORDS)})"
THE = r"(?i:the)"
# Not inside a word, an amount, a path or a model number ("HI-2000", "BL-1972");
# "mid-1996" and "post-1959" may start a date.
_LEFT = r"(?<![\w$€£¥#@/])(?<![\d\sA-Z]-)"
_END = r"(?![\w])"
# A month after a day and a plain hyphen ends a range ("May 2-June 4", "Jan. 30-Feb. 2",
# "Dec. 28, 2022-Jan. 3, 2023"), where _LEFT alone takes the hyphen for part of a token.
_RANGE_END_LEFT = rf"(?:(?<=[a-z.]\s\d-)|(?<=[a-z.]\s\d\d-)|(?<=\d,\s\d{{4}}-)|{_LEFT})"

# Words that point to a unit relative to the anchor ("last year", "the coming week").
RELATIVE = (
    r"(?i:this past|this coming|the past|the last|the previous|the prior|the following|the coming|"
    r"the next|the current|the latest|the same|this|last|next|past|current|previous|coming)"
)

# "5/22/2011", "22.05.2011", "22-05-2011": groups 1 and 3 (slashes) or 1 and 6 (dots or
# dashes) are the two numbers whose order resolve.numeric decides.
_NUMERIC_DATE = (
    rf"{_LEFT}(?<![\d.-])(\d{{1,2}})(?:(/)(\d{{1,2}})/(\d{{4}}|\d\d)"
    rf"|([.-])(\d{{1,2}})\5(\d{{4}}))(?![\w/]|[.-]\d)"
)


def without_optional_groups(pattern: str) -> str:
    """`pattern` with each optional group "(?:X)?" written "(?:X|)", and "(X)?" "(?:(X)|)".

    Both match the same text and prefer X, but Python's engine runs an optional group
    through its general repeat machinery and an empty branch through a plain
    alternation, which costs fewer steps at every word start (about 8% of the grammar's
    instructions on the development corpora, counted by valgrind).
    """
    out: list[str] = []
    openings: list[tuple[int, bool]] = []  # where each open group starts in out; capturing?
    position, length = 0, len(pattern)
    while position < length:
        char = pattern[position]
        if char == "\\":
            out.append(pattern[position : position + 2])
            position += 2
            continue
        if char == "[":
            end = position + 1
            end += pattern.startswith("^", end)
            end += pattern.startswith("]", end)  # a "]" first in a class is a literal
            while end < length and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            out.append(pattern[position : end + 1])
            position = end + 1
            continue
        if char == "(":
            lookaround = pattern.startswith("(?", position) and pattern[position + 2] in "=!<"
            kind = "look" if lookaround and not pattern.startswith("(?P<", position) else None
            capturing = not pattern.startswith("(?", position) or pattern.startswith(
                "(?P<", position
            )
            openings.append((len(out), "capture" if capturing else kind or "group"))
        elif char == ")":
            start, kind = openings.pop()
            greedy_optional = pattern[position + 1 : position + 2] == "?" and pattern[
                position + 2 : position + 3
            ] not in ("?", "+")
            if greedy_optional and kind != "look":
                if kind == "capture":
                    out.insert(start, "(?:")
                    out.append(")")
                out.append("|)")
                position += 2
                continue
        out.append(char)
        position += 1
    return "".join(out)


class _NoGuard(Exception):
    """A pattern whose first character cannot be told in a short class."""


def first_characters(pattern: str) -> str | None:
    """A character class holding every character a match of `pattern` can start with
    ("(?i:[Tt])" for "(?i:the|this)"), or None where that cannot be told (a pattern that
    may match nothing, a first "." or negated class).

    A class may hold more than the first characters (case is ignored for all of them
    when it is for any), never fewer: as a lookahead in front of the pattern, it changes
    no match, and it lets the engine leave at once the many positions in a window where
    no rule can start (a space, a letter no date word begins with).
    """
    if _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern)
        items, ignore_case, nullable = _first_of_sequence(parsed.data, parsed.state.flags)
    except (_NoGuard, AttributeError, TypeError, ValueError):
        return None
    if nullable or not items:
        return None
    body = "".join(sorted(items))
    return f"(?i:[{body}])" if ignore_case else f"[{body}]"


def _first_of_sequence(sequence, flags) -> tuple[set[str], bool, bool]:
    items: set[str] = set()
    ignore_case = False
    for op, argument in sequence:
        first, ignores, nullable = _first_of(op, argument, flags)
        items |= first
        ignore_case |= ignores
        if not nullable:
            return items, ignore_case, False
    return items, ignore_case, True


def _first_of(op, argument, flags) -> tuple[set[str], bool, bool]:
    ignores = bool(flags & _sre.SRE_FLAG_IGNORECASE)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return set(), False, True  # zero width: the next piece starts the match
    if op is _sre.LITERAL:
        return {re.escape(chr(argument))}, ignores, False
    if op is _sre.IN:
        items = set()
        for kind, value in argument:
            if kind is _sre.LITERAL:
                items.add(re.escape(chr(value)))
            elif kind is _sre.RANGE:
                items.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _sre.CATEGORY and value in _CATEGORIES:
                items.add(_CATEGORIES[value])
            else:
                raise _NoGuard
        return items, ignores, False
    if op is _sre.CATEGORY and argument in _CATEGORIES:
        return {_CATEGORIES[argument]}, False, False
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sequence = argument
        return _first_of_sequence(sequence, (flags | add_flags) & ~del_flags)
    if op is _sre.BRANCH:
        items, ignore_case, nullable = set(), False, False
        for sequence in argument[1]:
            first, ignores, empty = _first_of_sequence(sequence, flags)
            items |= first
            ignore_case |= ignores
            nullable |= empty
        return items, ignore_case, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, sequence = argument
        items, ignore_case, nullable = _first_of_sequence(sequence, flags)
        return items, ignore_case, nullable or low == 0
    if op is _sre.ATOMIC_GROUP:
        return _first_of_sequence(argument, flags)
    raise _NoGuard


_CATEGORIES = (
    {
        _sre.CATEGORY_DIGIT: r"\d",
        _sre.CATEGORY_WORD: r"\w",
        _sre.CATEGORY_SPACE: r"\s",
    }
    if _sre is not None
    else {}
)


def with_first_characters(pattern: str) -> str:
    """`pattern` behind a lookahead for the characters it can start with (first_characters)."""
    first = first_characters(pattern)
    return pattern if first is None else f"(?={first}){pattern}"


# Every expression starts a word: the (?<!\w) guard lets the engine skip the inside of
# words at once, which roughly halves the scanning time.
RULE_SOURCES: list[tuple[str, str]] = [
    (name, r"(?<!\w)(?=[\w'$])" + pattern)
    for name, pattern in [
        # 2011-05-22 (ISO) and 2011/05/22 (the same, written with slashes).
        (
            "iso",
            rf"(?=\d{{4}}[-/.]\d\d[-/.]){_LEFT}(?<![\d.])(\d{{4}})([-/.])(\d\d)\2(\d\d)"
            rf"(?:T(\d\d):(\d\d))?(?![\w/-]|\.\d)",
        ),
        # 5/22/2011 (month first, as in US copy, unless the first number cannot be a
        # month) and 22.05.2011 or 22-05-2011 (day first, as in European copy).
        ("numeric", _NUMERIC_DATE),
        # "Sat 12/3", "Sunday, 11/27", "on 11/27", "through 12/31": a day without its year,
        # month first as in US copy. Only after a weekday or a word that dates: "went 9/11
        # from the field" and "cut by 1/3" are counts.
        (
            "numeric_month_day",
            rf"(?:({_DATED_WEEKDAY}),?\s|{_DATING_WORD_BEFORE}){_LEFT}(?<![\d.-])(\d{{1,2}})/(\d{{1,2}})"
            rf"(?![\w/]|[.,:-]\d|\s(?i:of|cups?|inch(?:es)?|miles?|pounds?|lbs?|oz|ounces?|teaspoons?"
            rf"|tablespoons?|tsp|tbsp|points?|shares?)(?![\w-]))",
        ),
        (
            "month_day_year",
            rf"(?:{_HOLIDAY_WORD}({WEEKDAY}),? ?)?{_RANGE_END_LEFT}({MONTH})\s?(?:the\s)?({DAY})(?:\s?,\s?|\s)({YEAR})",
        ),
        (
            "day_month_year",
            rf"(?:{_HOLIDAY_WORD}({_DATED_WEEKDAY}),? ?)?(?:{THE}\s)?{_LEFT}({DAY})(?:(?:\sof)?\s({MONTH}),?\s|-({MONTH})-)"
            rf"({YEAR})",
        ),
        # Not before a year ("May 18, 2011" is month_day_year's); "May 18, 19 and 20" is.
        # "next Tuesday, Feb. 11": the relative word belongs to the date it restates.
        (
            "month_day",
            rf"(?:(?:(?i:next|last|this)\s|{_HOLIDAY_WORD})({WEEKDAY}),? ?)?{_RANGE_END_LEFT}({MONTH})\s({DAY})"
            rf"(?!\s?,?\s?\d{{3}})",
        ),
        # "1-3 March", "10 to 12 May 2011": two days before their month, one mention each.
        (
            "days_month",
            rf"{_LEFT}({DAY})(?:\s?[-–]\s?|\s(?:to|and)\s)({DAY})\s({MONTH})(?:,?\s({YEAR}))?",
        ),
        (
            "day_month",
            rf"(?:{_HOLIDAY_WORD}({_DATED_WEEKDAY}),? ?)?(?:{THE}\s)?{_LEFT}({DAY})(?:\sof)?\s({MONTH})",
        ),
        # "the fifth of September", "September the 5th", "September the fifth, 2021".
        (
            "spelled_day",
            # A capitalised ordinal names a day of its own ("the Fourth of July"), and a
            # word may follow "May the first" that it belongs to ("... train ran").
            rf"{_LEFT}(?:{THE}\s({_SPELLED_ORDINAL})\sof\s({MONTH})"
            # "May twentieth, nineteen eighty-nine" (spoken) needs no "the"; "May 20" does.
            # Not "On 28 May the 2nd Battalion attacked": the month has its day.
            # "July Fourth" as often as "July fourth".
            rf"|(?<!\d\s)({MONTH})\s(?:{THE}\s)?(?:((?i:{_SPELLED_ORDINAL}))(?=[,.;:!?)]|\s\d|$)"
            rf"|(?<=(?i:the)\s)({DAY})))"
            rf"(?:,?\s({YEAR}))?(?![\w-])",
        ),
        (
            # "on the 14th", "by the 22nd,", "the evening of the 17th", "Sunday the 4th": a
            # day of the month the story is in. Only where a day can stand: after a
            # preposition or a weekday, and before what ends a phrase, not a noun ("the
            # 14th floor", "of the 14th Amendment", "the 5th anniversary").
            "day_of_month",
            rf"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)|(?<=\b[Ff]rom\s)"
            rf"|(?<=\b[Ss]ince\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bof\s)|(?<=\bthrough\s)"
            rf"|(?<=\bfor\s)|(?=[A-Z][a-z]+\sthe\s\d))"
            rf"(?:({WEEKDAY})\s)?{THE}\s((?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))(?![\w-])"
            rf"(?=\s?[,.;:!?)\u2014]|\s(?:and|or|to|when|at|in|as|after|before|with|until|till|through|"
            rf"but|while|that|had|was|were|the|a|an|he|she|they|it|his|her|their|its)\b|$"
            # "on the 14th launched an offensive"; "On the 17th Davis replaced Johnston",
            # where resolve.day_of_month tells a name from "of the 14th Amendment".
            rf"|\s[a-z]+ed\b|\s[A-Z][a-z])",
        ),
        # "June 1968", "May of 1985"; with two digits, "June '68", "Sept. '91".
        (
            "month_year",
            # After a comma, a year before 1500 is more likely a diary's clock ("the report
            # for May, 1230.").
            rf"{_LEFT}({MONTH})(?:\sof)?(?:\s|,\s(?=1[5-9]\d\d|20\d\d|['’]))"
            rf"(?:({YEAR})|['’](?P<short>\d\d)(?![\w]|['’](?!s\b)))",
        ),
        # "in December 755", "on 14 July 756;": a year of three digits (too large for a
        # day) after its month, where no noun follows ("in May 150 people died").
        (
            "month_early_year",
            rf"{_LEFT}(?:(3[01]|[12]\d|0?[1-9])\s)?({MONTH})\s([1-9]\d\d)(?![\w,.]\d)"
            rf"(?=[,.;:)]|\s(?:and|or|AD|CE|when|{_PREPOSITION_AFTER})\b|$)",
        ),
        # "February of that year", "March of the following year", "23 October of that
        # year", "19 February that year": the story's year's.
        (
            "month_of_year",
            rf"{_LEFT}(?:(?P<day>{DAY})\s)?(?P<month>{MONTH})(?:\s(?P<day_after>{DAY}))?\s(?:of\s)?"
            rf"(?P<relative>(?i:that|the\ssame|the\sfollowing|the\snext|the\sprevious))"
            rf"\s(?i:year)(?![\w'’-])",
        ),
        (
            "month_relative_year",
            # "November last year", and with its day, "12 November last year", "May 31 last
            # year", "Sunday 3 November last year".
            rf"(?:(?P<weekday>{_DATED_WEEKDAY}),?\s(?=\d|{MONTH}\s\d))?"
            rf"{_LEFT}(?:(?:(?P<day>{DAY})\s(?:of\s)?)?(?P<month>{MONTH})"
            rf"|(?P<month_first>{MONTH})\s(?P<day_after>{DAY}),?)"
            rf"\s(?:of\s)?(?P<relative>(?i:this|last|next))\s(?i:year)(?!\w)",
        ),
        (
            "apostrophe_year",
            r"(?:(?<=[Ss]ince )|(?<=[Ii]n )|(?<=[Ff]rom )|(?<=[Uu]ntil )|(?<=[Oo]f ))'(\d\d)(?![\w'])",
        ),
        # Not before a day or a year: "May 18" and "May 2011" are longer rules' matches.
        ("month", rf"(?:({RELATIVE})\s)?{_LEFT}({MONTH_ALONE})(?!\s?\d)"),
        # "fiscal 2011", "FY2022", "fiscal '09", "FY22" (two digits need the capitals).
        ("fiscal_year", rf"(?:(?i:fiscal(?:\syear)?|FY)\s?(['’]\d\d|{YEAR})|FY(\d\d))(?!\w)"),
        # "the 2019 financial year": the year with its kind, in one span.
        (
            "year_kind",
            rf"(?:{THE}\s)?{_LEFT}({YEAR})(?:[-–/]\d\d)?\s(?i:financial|fiscal|calendar|tax|school|academic)"
            rf"\s(?i:year)(?![\w-])",
        ),
        ("year", rf"(?:{THE}\s(?i:year)\s)?{LONE_YEAR}"),
        # "44 BC", "AD 800", "800 A.D.", "300 BCE": a year of any length, with its era.
        (
            "era_year",
            rf"{_LEFT}(?<![\d.,])(?:(AD|A\.D\.)\s?([1-9]\d{{0,3}})|([1-9]\d{{0,3}})\s?"
            rf"(AD|A\.D\.|CE|C\.E\.|BCE|B\.C\.E\.|BC|B\.C\.))(?!\w)",
        ),
        # "from 431 to 404 BC", "in 55 and 54 BC": the first year of a pair takes the
        # second's era.
        (
            "era_pair_first",
            rf"{_LEFT}(?<![\d.,])([1-9]\d{{0,3}})(?=\s?(?:to|and|or|-|–)\s?[1-9]\d{{0,3}}\s?"
            rf"(BCE|B\.C\.E\.|BC|B\.C\.)(?!\w))",
        ),
        # "19 August AD 14", "January 49 BC", "the Ides of March, 44 BC": a day or month
        # with its era is one date; the Ides (the 13th or 15th) may stand without a year.
        (
            "era_date",
            rf"{_LEFT}(?:(?:{THE}\s)?((?i:ides))\sof\s({MONTH})"
            rf"(?:,?\s({YEAR})(?!\s?(?:AD|A\.D\.|CE|C\.E\.|BC|B\.C\.)))?"
            rf"|(?:({DAY})\s(?:of\s)?)?({MONTH})(?:\s({DAY}))?(?=,?\s(?:AD|A\.D\.|\d)))"
            rf"(?:,?\s(?:(AD|A\.D\.)\s?([1-9]\d{{0,3}})|([1-9]\d{{0,3}})\s?"
            rf"(AD|A\.D\.|CE|C\.E\.|BCE|B\.C\.E\.|BC|B\.C\.))(?!\w))?",
        ),
        # "in 1066", "by 1453,": a year before 1500 only after a preposition and before
        # what ends a date ("in 1200 villages" is a count).
        (
            "early_year",
            # Every branch starts at the year's first digit: the lookahead fails fast
            # everywhere else in the number windows this rule searches.
            rf"(?=[1-9]\d\d)(?:"
            rf"(?:{_EARLY_YEAR_BEFORE}|{_EARLY_YEAR_SECOND})({_OUTER_YEAR}){_EARLY_YEAR_AFTER}"
            # The first year of a pair is a year when the second is one.
            rf"|(?:{_EARLY_YEAR_BEFORE}|(?<=[Bb]etween ))({_OUTER_YEAR})"
            rf"(?=\s(?:and|to|until|till)\s(?:{_OUTER_YEAR}|{YEAR_DIGITS}){_EARLY_YEAR_AFTER})"
            rf"|{_THREE_DIGIT_YEAR_BEFORE}([1-9]\d\d){_THREE_DIGIT_YEAR_AFTER}"
            # "Historians once treated 1453 as the end of the Middle Ages": a year the
            # text has named as one (the resolver looks).
            rf"|(?<![\w$€£¥#@/.,:+-])({_OUTER_YEAR})(?:{_EARLY_YEAR_AFTER}|(?=\s(?:as|to|or)\b)))",
        ),
        ("year_range", rf"{_LEFT}({YEAR_DIGITS})(-|–|/)(\d\d|{YEAR_DIGITS})(?![\w%])"),
        (
            "decade",
            rf"(?:{THE}\s)?(?:(?i:(early|mid|late))[\s-]{{1,2}})?"
            rf"(?:(1\d\d|20\d)0['’]?s|(?:['’]|(?<=the )|(?<=early )|(?<=late )|(?<=mid-)|(?<=and )|(?<=or ))([1-9])0['’]?s"
            rf"|(?i:(nineteen|eighteen)[\s-])?({DECADE_WORD}))(?![\w])",
        ),
        (
            "century",
            rf"(?:{THE}\s)?(?:(?i:(early|mid|late))[\s-]{{1,2}})?({ORDINAL})[\s-](?i:century)"
            rf"(?:\s(AD|A\.D\.|CE|BCE|BC|B\.C\.(?:E\.)?))?(?!\w)",
        ),
        (
            "season",
            # "later that fall": the story's season, "later" with it as in "later that year".
            rf"(?:(?i:earlier|later)\s(?=(?i:that|this)\s))?"
            rf"(?:({RELATIVE}|{THE}|(?i:that same|that))\s)?{_LEFT}({SEASON})"
            # "the winter of 1941-42": one winter, named by both its years.
            rf"(?:(?:\sof)?,?\s({YEAR})(?:[-–/](\d\d)(?!\d))?"
            # "the summer of '69", "the fall of '87".
            rf"|(?:\sof)?\s['’](?P<short>\d\d)(?![\w]|['’](?!s\b))"
            # "the spring of next year": counted from the anchor's year.
            rf"|\sof\s(?P<anchor_relative>(?i:this|last|next))\s(?i:year)(?![\w-])"
            # "the autumn of that year", "the spring of the following year": the story's.
            rf"|\sof\s(?P<story_year>(?i:that|the\ssame|the\sfollowing|the\snext|the\sprevious))\s(?i:year)"
            # "the spring of 218 BC", "the summer of AD 9"; "the summer of 415" where no
            # noun follows (not "the fall of 300 points").
            rf"|\sof\s(?:(?P<era_number>[1-9]\d{{0,3}})\s?(?P<era>BC|B\.C\.|BCE|AD|A\.D\.|CE)"
            rf"|(?P<era_first>AD|A\.D\.)\s?(?P<era_after>[1-9]\d{{0,3}})"
            rf"|(?P<early>[1-9]\d\d)(?=[.,;:)!?](?!\d)|\s(?:{CLAUSE_GOES_ON}|{_PREPOSITION_AFTER})\b)))?"
            rf"(?![\w-])",
        ),
        (
            "quarter",
            rf"(?:({RELATIVE}|{THE})\s)?(?:(?i:fiscal|calendar)[\s-])?{_LEFT}"
            rf"((?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-](?:(?i:fiscal)\s)?"
            rf"(?i:quarter)(?!s)(?:(?:\sof)?\s(?:(?i:fiscal)\s)?"
            rf"(?:({YEAR})|((?i:this|last|next|the))\s(?i:year)))?{_END}",
        ),
        (
            # "the July-September quarter", "the April-June period", and the Australian
            # and Indian "December quarter" or "June half", named by the month they end.
            "month_period",
            # "the April-to-June quarter", "the July-through-September period".
            rf"(?:{THE}\s)?{_LEFT}(?:({MONTH})(?:\s?[-\u2013]\s?|\s(?i:to|through)\s|-(?i:to|through)-))?"
            rf"({MONTH})\s((?i:quarter|period|half))(?!s)(?:(?:\s(?i:of))?\s({YEAR}))?{_END}",
        ),
        (
            # "rang in the new year", "talks resume in the new year"; not "New Year's Eve"
            # (a holiday) nor "the Lunar New Year".
            "new_year",
            rf"{THE}\s(?:new|New)\s(?:year|Year)(?![\w'’-])(?!\s(?i:resolutions?)\b)",
        ),
        ("quarter_code", rf"{_LEFT}(?:Q([1-4])|([1-4])Q)(?:\s?({YEAR}))?{_END}"),
        # "H1 2022", "2H 2021": a half named by its code, only with its year ("H1" alone
        # is as often a heading or a visa).
        ("half_code", rf"{_LEFT}(?:H([12])|([12])H)\s?({YEAR}){_END}"),
        # "since 9/11", "the 9/11 attacks": the day of the attacks, not a September 11
        # near the story ("9/11/2001" is numeric's; "went 9/11 from the field" a score).
        ("september_eleventh", rf"(?=9/11){_AFTER_NINE_ELEVEN_WORDS}9/11(?![\w/]|\.\d)"),
        (
            "half",
            rf"(?:{THE}\s)?((?i:first|second|latter|last))[\s-](?i:half)(?!-(?i:hour|time))"
            rf"(?:\sof\s(?:({YEAR})|((?i:this|last|next|the))\s(?i:year)))?{_END}"
            r"(?!\s(?i:of)\s)",  # "the last half of the '80s" is part of a decade
        ),
        (
            "relative_unit",
            # "later that month", "that same week": anaphoric, from the story's last date.
            rf"(?:((?i:early|late|mid|earlier|later))[\s-])?(?<![\w-])({RELATIVE}|(?i:that same|that))"
            rf"\s(?:(?i:fiscal|financial|calendar)\s)?({UNIT})(?![\w-])"
            rf"(?!\s(?i:after|by)\s(?i:{UNIT})\b)",
        ),
        (
            # "the second day of an offensive", "a third straight week", "for fourth week in
            # a row": a day or week counted within a story, a DATE (TimeML), not a length.
            "ordinal_day",
            rf"(?:((?i:the|a))\s)?{_LEFT}({ORDINAL})\s"
            rf"(?:((?i:consecutive|straight|successive))\s)?((?i:day|week))(?![\w-])"
            rf"(?!\sof\s(?:{MONTH}|\d|(?i:the\s(?:month|year))))"  # "the first week of May"
            rf"(?=(\s(?i:in\sa\srow)(?![\w-]))?)",  # a streak's mark, outside the span
        ),
        # "Sundays", "Sunday evenings", "on Thursday mornings"; "Monday" of "Monday and
        # Tuesday nights" shares the nights that follow (before relative_weekday, which would
        # read it as a day).
        (
            "set_weekday",
            rf"{_LEFT}(?:({WEEKDAYS_PLURAL})(?:\s({_PARTS_PLURAL}))?|({WEEKDAY})\s({_PARTS_PLURAL})"
            rf"|({WEEKDAY})(?=(?:,\s{WEEKDAY})*,?\s(?:and|or)\s{WEEKDAY}\s({_PARTS_PLURAL})(?![\w']))"
            # "a Saturday-morning class", "a Tuesday-evening reading circle": every week.
            rf"|(?<=\b[Aa]\s)(?P<every_day>{WEEKDAY})-(?P<every_part>(?i:morning|afternoon|evening|night))"
            rf"(?=\s[a-z]))"
            rf"(?![\w'])",
        ),
        (
            "relative_weekday",
            rf"(?:((?i:this past|this coming|this|that|last|next|the previous|the following))\s)?"
            # "bank holiday Monday": the British name of the day belongs to it.
            rf"(?:(?i:bank\sholiday)\s)?{_LEFT}({WEEKDAY})(?:\s({PART_OF_DAY}))?",
        ),
        (
            # British: "on Friday week" is a week after the coming Friday; "on Monday next"
            # the coming Monday; "Tuesday last week", "Monday next week" that week's day.
            "weekday_week",
            rf"{_LEFT}{_NOT_A_HOLIDAYS_WEEKDAY}({WEEKDAY})\s(?:(next)(?!\s(?i:week|month|year|weekend|time|to|door)\b)|(week)"
            rf"|((?i:last|next|this))\s(?i:week))(?![\w'’-])",
        ),
        (
            # "a week from Tuesday", "two weeks from tomorrow", British "a week on Saturday".
            "from_day",
            # "a week today", British, is seven days on.
            rf"(?=[AaOoTt]){_LEFT}((?i:a|one|two|three))\s((?i:weeks?))\s"
            rf"(?:(?:from|on)\s({WEEKDAY}|(?i:tomorrow))|((?i:today|tomorrow)))(?!['’])(?![\w-])",
        ),
        (
            "ago",
            rf"(?:((?i:about|around|nearly|almost|some|more than|less than|roughly|just|only))\s)?"
            # Not the "an hour" of "half an hour later" (a length of half_duration's); "down
            # from about half three years ago" is three years.
            rf"{_LEFT}(?!(?<=(?i:half)\s)(?i:an?)\s)({COUNT})[\s-]({UNIT}|{UNIT_PLURAL})\s(?:((?i:or\sso))\s)?"
            # Not "before"/"after": "two days before the vote" counts from the vote
            # (TimeML: a DURATION and a signal), not from the anchor.
            rf"((?i:ago|earlier|later|from now|from today|hence|previously))"
            # "Twelve years ago today", "Fifty years ago tomorrow": the anniversary, one
            # day; "a year ago this week", "50 years ago this spring".
            rf"(?:\s((?i:today|tomorrow|yesterday|this\s(?:week|month|spring|summer|autumn|fall|winter))))?{_END}",
        ),
        (
            # "decades-long", "a day-long strike", "single-day": lengths used as adjectives.
            "long_adjective",
            r"(?<![\w-])(?:((?i:years|months|weeks|days|decades|hours|centuries))-(?i:long)"
            r"|((?i:day|week|month|year|hour))-?(?i:long)|(?i:single-(day)))(?![\w-])",
        ),
        (
            "plural_ago",
            r"(?<![\w-])((?i:years|decades|months|weeks|days|hours|minutes|centuries))\s"
            r"((?i:ago|earlier|later|from now))(?![\w-])",
        ),
        (
            "deictic_day",
            # Not the newspaper "USA Today" nor the "Today" show.
            rf"(?:(?i:earlier|later|early|late)\s)?{_LEFT}(?<!USA\s)(?<!the\s)((?i:the day before "
            rf"yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow))"
            # ("figures published today show" is today).
            rf"(?:\s({PART_OF_DAY}))?(?!(?<=Today)\s(?:show|Show)\b){_END}",
        ),
        (
            "part_of_day",
            rf"{_LEFT}((?i:this|last|early this|late last|later this|earlier this))\s"
            rf"({PART_OF_DAY}){_END}",
        ),
        (
            # "yields fell in the afternoon": a part of the story's day ("the morning of
            # 1 July" is another rule's, "4 in the morning" the clock's).
            "part_of_story_day",
            # "in the morning", "through the night", "during the evening".
            r"(?:(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)|(?<=\b[Tt]hrough\s)|(?<=\b[Tt]hroughout\s))"
            r"(?<!\d\sin\s)(?<!clock\sin\s)"
            r"(?i:the)\s(?:(?P<edge>(?i:early|late|mid))[\s-])?"
            # "by mid-afternoon", "until midmorning".
            r"|(?:(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ii]n\s)|(?<=\b[Aa]t\s)|(?<=\b[Ss]ince\s)"
            # "will vote mid-morning and", "resumed mid-afternoon.": no noun after it.
            r"|(?:^|(?<=[a-z]\s)|(?<=[.!?]\s)|(?<=\n))"
            r"(?=(?i:mid)-?(?i:morning|afternoon)(?:[,.;]|\s(?:and|on|in|at|to|when|as|"
            r"before|after|with|but)\b)))"
            r"(?P<mid>(?i:mid)-?)"
            # "By evening", "by the evening", "by late morning": the story's day at that part.
            r"|(?:(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s))(?:(?i:the)\s)?(?:(?P<by_edge>(?i:early|late))\s)?)"
            # "through the night", not "by night" (a manner, as "travel by night" is).
            r"(?P<part>(?i:morning|afternoon|evening)|(?<=[Tt]he\s)(?i:night))"
            r"(?![\w-])(?!\s(?i:of|session|trading|paper|papers|shift|news|show|prayers?|"
            r"service|rush|commute|edition)\b)",
        ),
        (
            # "shortly after dawn", "by nightfall": the story's day at that part.
            "dawn",
            r"(?:(?<=\b[Aa]t\s)|(?<=\b[Aa]fter\s)|(?<=\b[Bb]efore\s)|(?<=\b[Bb]y\s)"
            r"|(?<=\b[Uu]ntil\s)|(?<=\b[Ss]ince\s)|(?<=\b[Tt]ill\s))"
            r"((?i:dawn|daybreak|sunrise|dusk|sunset|nightfall))(?![\w-])",
        ),
        (
            "overnight",
            # "The pound fell overnight", "overnight losses in New York"; not "an overnight
            # stay", "the overnight rate", "an overnight success": kinds of things.
            r"(?<![\w-])(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)(?<!\b[Aa]\s)((?i:overnight))"
            r"(?![\w-])(?!\s(?i:rates?|success|sensation|stays?|shifts?|bags?|trains?|lows?|highs?|"
            r"flights?|guests?|visitors?|oats|parking|camps?|delivery|stars?|hits?|trips?|"
            r"money|lending|loans?|borrowing|repos?|deposits?|index)\b)",
        ),
        (
            "clock",
            rf"(?:(?P<approx>(?i:about|around|approximately))\s)?"
            rf"{_LEFT}(?:(?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d\d))?(?:\s?"
            rf"(?P<suffix>(?i:a\.m\.?|p\.m\.?|am|pm)(?!\w)"
            rf"|(?<=\s)(?:o['’]clock\s)?(?i:in\sthe\s(?:morning|afternoon|evening))(?![\w-])"
            rf"|(?<=\s)o['’]clock(?![\w-]))"
            # "7:30 this morning", "at 8 tonight": the part of the day that follows says
            # which half of it (clocks.joined_clock_value joins the two).
            rf"|(?=\s(?i:(?:this|yesterday|tomorrow)\s(?:morning|afternoon|evening)|tonight"
            rf"|last\snight)(?![\w-])))"
            # The first time of a range takes the second's half of the day: "between 1:30
            # and 2:30 a.m.", "from 9 to 11 a.m.", "between about 12:45 and 1:45 a.m.".
            rf"|(?:(?<=between\s)|(?<=from\s)|(?<=between\sabout\s)|(?<=from\sabout\s)"
            rf"|(?<=between\saround\s)|(?<=from\saround\s))(?P<range_hour>\d{{1,2}})(?::(?P<range_minute>\d\d))?"
            rf"(?=\s?(?:and|to|until|till|-|–)\s?\d{{1,2}}(?::\d\d)?\s?"
            rf"(?P<range_suffix>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w))"
            # "half past six", "a quarter to nine": spoken, and a clock time by its words.
            rf"|(?:(?i:a)\s)?(?P<fraction>(?i:half|quarter))\s(?P<relation>(?i:past|to|after))\s"
            rf"(?P<fraction_hour>{_SPOKEN_HOUR}|\d{{1,2}}"
            rf"(?![\d:.,%]|\s(?:percent|per|months?|weeks?|years?|days?|million|billion)\b))"
            rf"(?:\s(?P<fraction_suffix>(?i:a\.m\.?|p\.m\.?)(?!\w)|o['’]clock(?![\w-])"
            rf"|(?i:in\sthe\s(?:morning|afternoon|evening))(?![\w-])))?"
            # Spoken, as scripts write it: "eight forty-six a.m.", "nine o'clock".
            rf"|(?P<spoken_hour>{_SPOKEN_HOUR})(?:[\s-](?P<spoken_minute>{_SPOKEN_MINUTE}))?\s"
            rf"(?P<spoken_suffix>(?i:a\.m\.?|p\.m\.?)(?!\w)"
            rf"|(?:o['’]clock\s)?(?i:in\sthe\s(?:morning|afternoon|evening))(?![\w-])"
            rf"|o['’]clock(?![\w-]))"
            # A 24-hour time needs a zone ("14:00 BST", "0735 GMT") or, with its colon, a
            # preposition of time ("at 19:00"): "by 19:00" but not a score "won 21:15".
            # Military "0730 hours" and South African "15h00" are 24-hour times too.
            rf"|(?:(?=\d\d:?\d\d\s?(?:{_ZONES}|h\b|hours\b|hrs\b|local\stime\b))|(?=\d\dh\d\d\b)"
            # "at 7:45", "opens at 9:30": a time of the clock, said without a.m. or p.m.
            rf"|(?=\d\d?:\d\d(?![\d:]))(?:{_CLOCK_AFTER})"
            # A timeline's or a live blog's stamp opening its line: "22.41 – First 999 call".
            rf"|(?<![^\n])(?=\d\d?:\d\d\s?[-–—]\s|\d\d\.\d\d\s?[-–—]\s))"
            rf"(?P<hour24>\d\d?)(?::|h(?=\d)|\.(?=\d\d\s?[-–—]\s))?(?P<minute24>\d\d)(?:\s(?:hours|hrs|local\stime)\b)?"
            rf"|(?<![Hh]igh\s)(?P<word>(?i:noon(?:time)?|midnight|midday))(?!\w))"  # not "noonday"
            # A zone in parentheses takes its closing one; "(0735 GMT)" keeps its own.
            rf"(?:\s?(?P<paren>\()?(?P<zone>(?:{_ZONES})(?![\w])"
            rf"(?:\s?[+-]\s?\d{{1,2}})?)(?(paren)\)))?"
            # A zone in words is in the span too, as its letters are ("7 a.m. Eastern",
            # "3 a.m. local time", "4 a.m. Paris time", "7 a.m. New York time"; not "8 p.m. Central Park").
            rf"(?:\s(?:local\stime|(?:{ZONE_NAMES})"
            rf"(?:\s(?:Standard|Daylight))?(?:\s[Tt]ime)?(?!\s[A-Z])|(?:{_TWO_WORD_PLACES}|[A-Z][a-z]+)\s[Tt]ime)(?![\w-]))?",
        ),
        (
            "set",
            # "twice a week", "five days a week", "every other Thursday", "every Feb. 2".
            rf"(?:((?i:once|twice|(?:\d+|three|four|five|six|seven|eight|nine|ten|several|many|"
            rf"a\sfew|a\sdozen)\stimes"
            rf"|(?:\d|one|two|three|four|five|six|seven)\s(?:days|nights)))\s)?"
            rf"{_LEFT}((?i:every|each|per|a))\s(?:((?i:other))\s|(?<=[Ee]very\s)(?!{WEEKDAY}|{_DAY_NUMBER}\s{MONTH})({COUNT})\s)?"
            rf"({UNIT_PLURAL}|{UNIT}|{WEEKDAY}(?:\s(?P<part>{PART_OF_DAY}))?"
            rf"|{MONTH}(?:\s(?P<day>{_DAY_NUMBER})(?![\d,]))?"
            rf"|(?P<day_first>{_DAY_NUMBER})\s{MONTH}"
            rf"|{PART_OF_DAY}|{SEASON}){_END}",
        ),
        (
            "duration",
            rf"(?:((?i:about|around|nearly|almost|roughly|approximately|some|more than|less than|"
            rf"fewer than|over|under|at least|at most|up to))\s)?"
            # Not "became final a year ago": no article after the determiner.
            rf"(?:({RELATIVE}|{THE}\sfirst|{THE}\sfinal|{THE}|(?i:first|final))\s(?!(?i:an?)\s))?"
            rf"{_LEFT}({COUNT})[\s-](?:(?i:more|full|straight|consecutive|additional|"
            rf"trading|business|working|calendar|single|whole|entire)\s)?({UNIT}|{UNIT_PLURAL})(?:(\s(?i:old)|-(?i:long))(?![\w-]))?(?![\w-])",
        ),
        (
            # "two years, four months and ten days": one length in several units.
            "compound_duration",
            rf"(?:((?i:about|around|nearly|almost|roughly|approximately|more than|less than|"
            rf"over|under|at least|at most|up to))\s)?{_LEFT}"
            # A race's "33 minutes 58 seconds" needs no "and" before its minutes or seconds.
            rf"((?:{COUNT}\s(?:{UNIT}|{UNIT_PLURAL})(?:,\s(?:(?i:and)\s)?|\s(?i:and)\s"
            rf"|\s(?=[\w-]+\s(?i:minutes?|seconds?)\b))){{1,3}}"
            rf"{COUNT}\s(?:{UNIT}|{UNIT_PLURAL}))(?![\w-])"
            # "three months, and a second trial": an ordinal, no unit.
            rf"(?<!(?i:a\ssecond))"
            # "two years and four months ago" counts back; "... old" is an age.
            rf"(?!\s(?i:ago|earlier|later|hence|from\snow|old)\b)",
        ),
        (
            # "2 1/2 years", "two and a half years", "a minute and a half", "half an hour".
            "half_duration",
            rf"(?:((?i:about|around|nearly|almost|roughly|approximately|some|more than|"
            rf"less than|over|under|at least|at most|up to))\s)?{_LEFT}"
            rf"(?:(?:(\d{{1,3}})\s1/2|([A-Za-z]+)\s(?i:and\sa\shalf))[\s-]({UNIT}|{UNIT_PLURAL})"
            rf"|((?i:a|an|one))\s({UNIT})\s(?i:and\sa\shalf)"
            rf"|(?i:half(?:\san?\s|-))({UNIT})"  # "half an hour", "a half-hour program"
            # "a quarter-century of rule", "a quarter of a century", "over the past quarter
            # century": 25 years; "the next half century": 50.
            rf"|(?i:(?:a|(the\s(?:past|last|previous|next|coming)))\s(quarter|(?<=[a-z]{{3}}\s)half)"
            rf"(?:[-\s]|\sof\sa\s))((?i:century))"
            # "a quarter of an hour", "three quarters of an hour": 15 and 45 minutes
            rf"|(?P<quarters>(?i:a|one|three))\s(?i:quarters?)\sof\s(?i:an\shour))"
            # "half a century ago", "two and a half years ago": a year counted back.
            rf"(?:\s(?P<ago>(?i:ago)))?{_END}",
        ),
        (
            # "for some time", "for a while", "for a fairly lengthy period": durations of
            # unknown length (TimeML: PXX). Only after "for", which makes them lengths.
            "vague_duration",
            r"(?<=[Ff]or\s)(?:(?i:some\stime|a\swhile)|(?i:an?)\s(?:(?i:fairly|very|relatively|rather)\s)?"
            r"(?i:long|lengthy|short|brief|extended)\s"
            r"(?i:period)(?:\s(?i:of\stime))?)(?![\w-])",
        ),
        (
            "vague_plural",
            rf"(?:((?i:recent|future|the past|the last|past|the following|the ensuing|"
            rf"the subsequent))\s"
            rf"|(?<=[Ff]or\s)|(?<=[Oo]ver\s)|(?<=[Ii]n\s)|(?<=[Ww]ithin\s)|{_VAGUE_LENGTH_BEFORE}"
            # "Days after the vote, ...": a sentence opening on the length.
            rf"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?=[A-Z][a-z]+\s(?i:after|before)\b)"
            rf"|(?<=,\s)(?=[a-z]+\s(?:after|before)\b)"
            # "was weeks behind schedule", "is months away": how far off, a length.
            rf"|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))"
            rf"(?=[a-z]+\s(?:behind|ahead|away|late)\b)"
            # "over the years": a stretch of unknown length up to now (PXY).
            rf"|(?<=[Oo]ver\s)(?i:the)\s(?=(?i:years|months|decades)\b))"
            # Not "minutes apart": a distance told in time, which annotators leave alone.
            rf"{_LEFT}((?i:years|months|quarters|weeks|decades|centuries|days|hours|minutes))"
            rf"(?![\w-]|\sapart)",
        ),
        (
            "set_adverb",
            rf"(?:(?i:once|twice|three\stimes|four\stimes)[\s-])?"
            rf"{_LEFT}((?i:daily|weekly|fortnightly|monthly|yearly|hourly|nightly|annually|annual))"
            # Not a paper or a show named so; "weekly news conferences" recur.
            rf"(?!\s(?:newspaper|paper|news(?!\s(?:conferences?|briefings?))|show|edition|basis|"
            rf"bread|mail|express|telegraph|star|beast))(?![\w-])",
        ),
        # "on weekends", "most nights": what recurs, without "every".
        (
            "set_plural",
            r"(?:(?<=[Oo]n\s)|(?<=[Mm]ost\s)|(?<=[Aa]t\s))"
            r"((?i:weekends|weekdays|nights|mornings|evenings|afternoons))(?![\w-])"
            r"|(?<=[Mm]ost\s)((?i:days))(?![\w-])",
        ),
        (
            "reference",
            rf"{_LEFT}((?i:right now|now|currently|at present|nowadays|these days|"
            # "the past" before a count is the start of a length ("the past three summers").
            rf"the time being|(?<!\bas\s)(?:more\s)?recently(?!\sas\b)|lately|the past(?!\s(?:\d|{_COUNTING}))|"
            # Not "the future of Albania": what lies ahead for a thing, no time.
            rf"the future(?!\sof\b)|the near future|the near term|the long term|the short term|"
            rf"very soon|(?:the\s)?coming\s(?:hours|days|weeks|months|quarters|years|decades)|"
            # Not "74 days ahead of schedule", "two weeks ahead of the vote": a length.
            rf"(?:the\s|(?<!\d\s))(?:days|weeks|months|years)\sahead(?!\sof\b))){_END}",
        ),
        (
            # "the current slump" is now (TimeBank marks it PRESENT_REF); "the current
            # chairman" names a person, and "current account" is finance, not time.
            "current",
            r"(?<![\w-])(?:((?i:then))\s)?(?i:current)(?=\s[a-z])(?!\s(?:chief|chairman|president|director|"
            r"head|owner|holder|members?|employees?|staff|customers?|users?|wife|husband|"
            r"account|affairs|events|issue|version|model|models|price|prices|rate|rates|"
            r"level|levels|law|laws|rules?|policy|policies|system|fleet|form|team|leader|"
            r"leaders|management|board|ceo|executive|officials?|administration|government)\b)",
        ),
        (
            "holiday",
            # Not "Easter Island" nor the "Good Friday Agreement".
            rf"(?:(?i:the\sday\s(?:before|after))\s)?"
            rf"(?:((?i:last|next|this|the|every|each))\s)?({_HOLIDAYS})(?:,?\s({YEAR}))?"
            rf"(?:\s(?:(?i:long)\s)?((?i:week|weekend)))?(?![\w-])"
            rf"(?!\s(?:Island|Islands|Agreement|Accords?|Rising|Offensive|Parade)\b)",
        ),
        (
            "the_year",
            r"(?<![\w-])(?i:(?:the|that)\s(?:(full|entire|whole|current|calendar|fiscal|financial|"
            r"same)\s)?year)"
            r"(?!\s(?i:before|after|earlier|ago|when|that|in\sreview|of\sthe|previous|prior|two|"
            r"nineteen|twenty)\b|\s\d)(?![\w'-])",
        ),
        (
            # Spoken "just now": "a few moments ago", "a short while ago".
            "moments_ago",
            r"(?=[AaMm])((?i:(?:a\sfew\s|a\s)?moments?\sago|a\s(?:short|little)\s(?:time|while)\sago"
            r"|a\sgeneration\sago))"
            r"(?![\w-])",
        ),
        (
            # "July was the hottest month ... rainfall for the month": the month just named;
            # "up 2 percent for the week": a market report's week.
            "the_month",
            r"(?=[Tt])(?:(?:(?<=[Ff]or\s)|(?<=[Ii]n\s)|(?<=[Dd]uring\s)|(?<=[Tt]hroughout\s)"
            r"|(?<=[Oo]ver\s))(?i:the\smonth)|(?<=[Ff]or\s)(?i:the\sweek))"
            r"(?!\s(?i:of|before|after|earlier|ago|when|that|previous|prior)\b)"
            r"|(?i:that\smonth)(?!\s(?i:when|that)\b)(?![\w'-])",
        ),
        (
            # "by year-end", "since year end", "by year's end": the end of the year (TimeML:
            # the year, mod END). Only after a preposition: "year-end net" is a noun's modifier.
            "year_end",
            r"(?:(?<=[Bb]y\s)|(?<=[Ss]ince\s)|(?<=[Uu]ntil\s)|(?<=[Bb]efore\s)|(?<=[Aa]fter\s)"
            r"|(?<=[Aa]round\s)|(?<=[Aa]t\s)|(?<=[Tt]ill\s)|(?<=[Tt]hrough\s))"
            r"(?i:year(?:-|\s|'s\s)end)(?![\w-])(?!\s(?i:this|last|next|of)\b)",
        ),
        (
            "unit_before",
            r"(?<![\w-])(?i:the\s(year|month|week|quarter)\s(?:before|previous|prior|earlier)"
            # "the quake that rattled the coast the day before,": a day, where "before"
            # ends its clause (not "the day before authorities issued a warrant").
            r"|the\s(day)\s(?:before|earlier)(?=[.,;:!?)]|\s*$))(?![\w-])",
        ),
        (
            # "the end of the month": the anchor's month; the fold adds "the end of" and
            # the mod. Only after such a phrase: "employee of the month" is no date.
            "the_unit",
            # The lookahead first: most positions fail it at once, before the lookbehinds.
            r"(?=[Tt]he\s)(?:(?<=[Ee]nd of )|(?<=[Ss]tart of )|(?<=[Bb]eginning of )|(?<=[Mm]iddle of )"
            r"|(?<=[Ee]arly in )|(?<=[Ll]ate in )|(?<=[Ee]arlier in )|(?<=[Ll]ater in ))"
            r"(?i:the\s(week|month|quarter|decade|century))(?![\w-])",
        ),
        (
            # "that day", "that same night", "earlier that day", "the next morning": the
            # day the story last named, or the one after or before it.
            "anaphoric_day",
            r"(?<![\w-])(?:((?i:earlier|later))\s)?(?:(?i:that(?:\ssame)?)\s((?i:day|morning|"
            r"afternoon|evening|night))|(?i:the)\s((?i:next|following|previous|same))\s"
            r"((?i:morning|afternoon|evening|night)))(?![\w-])",
        ),
        (
            "the_day",
            # "late in the day after falling": there "after" does not start "the day after".
            r"(?<![\w-])(?:((?i:late|early))\s(?i:in)\s(?i:the\sday)(?!\s(?i:before|of)\b)|"
            r"(?i:the\s(?:start\sof\sthe\s|end\sof\sthe\s)?day)"
            r"(?!\s(?i:after|before|of|when|that|in|on|he|she|they|it|we|I|is|was|will)\b))(?![\w-])",
        ),
        (
            # "the last week of March", "the first week of May 2011", "the last weekend
            # in July": a week or weekend of a month.
            "week_of_month",
            rf"(?:{THE}\s)?((?i:first|second|third|fourth|last|final))\s((?i:week|weekend))\s(?:of|in)\s"
            rf"({MONTH})(?:,?\s({YEAR}))?(?!\s\d)",
        ),
        (
            # "the last day of July", "the first day of March 1917": one day.
            "end_day_of_month",
            rf"(?:{THE}\s)?((?i:first|last|final))\s(?i:day)\s(?:of|in)\s"
            rf"({MONTH})(?:,?\s({YEAR}))?(?!\s\d)",
        ),
        (
            # "the last Saturday of June", "the third Monday in April": one day.
            "weekday_of_month",
            rf"(?:{THE}\s)?((?i:first|second|third|fourth|last|final))\s({WEEKDAY})\s(?:of|in)\s"
            rf"({MONTH})(?:,?\s({YEAR}))?(?!\s\d)",
        ),
        (
            # "the week of March 6": the calendar week holding that day; "the weekend of
            # Aug. 16", its weekend; a table's "Week of Jan. 14:".
            "the_week",
            rf"(?<![\w-])(?:(?i:the\s)|(?<![^\n])(?=W))(?i:week(end)?)\sof\s({MONTH})\s({DAY})(?!\s?,?\s?\d)",
        ),
        (
            "the_weekend",
            # "the holiday weekend", "the bank holiday weekend", "this long weekend".
            r"(?<![\w-])((?i:the|this|last|next|this past|this coming))\s"
            r"(?:(?i:(?:bank\s)?holiday|long)\s)?(?i:weekend)(?![\w-])",
        ),
        (
            "same_month",
            r"(?<![\w-])(?i:the same|the comparable|the corresponding)\s((?i:month|week))"
            r"(?:\s((?i:last year|a year ago|a year earlier|of the last year|of the previous year|"
            r"the previous year)))?(?![\w-])",
        ),
        (
            "anaphoric_quarter",
            r"(?<![\w-])(?i:the|that|the same|the comparable|the corresponding|the latest)\s"
            r"(?:(?i:fiscal)\s)?(?:(?i:quarter)(?![\w-]|\s(?i:point|percentage|of\sa))|(?i:period)(?![\w-]|\s(?:[\d(]|"
            r"(?i:of(?!\sthe\s(?:last|previous)\syear)|from|between|since|before|after|when|in\swhich)\b)))"
            r"(?:\s((?i:last year|a year ago|a year earlier|of the last year|of the previous year|"
            r"the previous year)))?",
        ),
        (
            "year_quarter",
            rf"(?:{THE}\s)?(?:({YEAR})|((?i:this|last|next))\s(?i:year)'s)\s(?:(?i:fiscal)\s)?"
            rf"(?:((?i:first|second|third|fourth|final))[\s-])?(?i:quarter|period)(?![\w-])",
        ),
        (
            "spelled_year",
            rf"(?:{THE}\s(?i:year)\s)?(?<![\w-])((?i:nineteen|twenty|two thousand|eighteen))"
            rf"(?:[\s-](?:(?i:and)\s)?"
            rf"((?i:{_TENS_AND_TEENS})))?(?![\w-])",
        ),
        (
            "year_ago",
            rf"(?:{THE}\s)?(?:(?i:comparable|same|corresponding)\s)?{_LEFT}"
            rf"((?i:year-earlier|year-ago|year earlier|year ago|prior-year))"
            rf"(?:\s((?i:quarter|period|month|year|first quarter|second quarter|third quarter|fourth quarter)))?{_END}",
        ),
    ]
]
RULES: list[tuple[str, re.Pattern]] = [
    (name, re.compile(with_first_characters(without_optional_groups(source))))
    for name, source in RULE_SOURCES
]

# Rules whose times carry no day of their own ("at 06:00", "at dusk", "in the morning"):
# they take the day the story names (clocks.date_clock_times, narrative.follow_story).
TIMES_OF_DAY_RULES = ("clock", "dawn", "part_of_story_day")

# The numeric rule as compiled, for the order of day and month a text shows
# (resolve.Context.first_in_numeric_dates).
NUMERIC_DATE = dict(RULES)["numeric"]

# URLs and e-mail addresses: numbers inside them are not dates.
# Each branch starts only where its run of characters starts (the lookbehinds), so a
# long run without "@" or "/" is read once, not once per position.
URL = re.compile(
    r"(?<![\w.-])(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![\w.-])[\w.-]+@[\w.-]+"
    r"|(?<![\w.-])[\w-]+\.(?:com|org|net|gov)/[^\s<>\"]*"
)
