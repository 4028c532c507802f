"""Resolvers for what is not a point in time: durations, sets and vague references.

TimeML keeps these apart from dates, and so must we: "90 days" and "a decade" are
DURATIONs (P90D, P10Y), "every Monday" a SET (XXXX-WXX-1), "now" the DATE PRESENT_REF.
An age ("47 years old") is no temporal expression, as in TimeBank. An unknown amount is X
("several years" is PXY).
"""

import datetime
import re

from factcheck.temporal import values
from factcheck.temporal.lexicon import (
    ONES,
    SEASONS,
    TENS,
    count_value,
    counted_before,
    month_number,
    unit_word,
    weekday_number,
)
from factcheck.temporal.patterns import MONTH
from factcheck.temporal.resolve import (
    NAME_GOES_ON,
    Candidate,
    _date,
    _span,
    approx_mod,
    is_named,
    latest_completed_quarter,
)

RESOLVERS = {}


def resolver(function):
    RESOLVERS[function.__name__] = function
    return function


# After a Title Case length, a word that makes it the name of an event.
_EVENT_NAME_AFTER = re.compile(
    r"['’]?\s(?:War|Wars|Offensive|Campaign|Revolution|Uprising|Siege)\b"
)


# Words after which "over" says "more than": "in over six years", "lasted over a week".
_OVER_AS_MORE_THAN = re.compile(
    r"(?i:\b(?:in|for|of|than|after|within|last|lasts|lasted|lasting|take|takes|took|taken|"
    r"spent|spend|just|only|well|is|was|are|were|been|be|by|to|with|at|about)\s)$|^$|[,;:(]\s?$"
)
_DECIMAL = re.compile(r"\d{1,4}\.\d{1,3}")
# Units a decimal count is written in as it is (a decade's would need multiplying).
_DECIMAL_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])


@resolver
def duration(m, ctx):
    mod = approx_mod(m[1])
    if (
        m[3].lower() == "another"
        and not (m[1] or m[2] or m[5])
        and unit_word(m[4]) not in ("second", "quarter", "weekend")
        and not m[4].lower().endswith("s")
    ):
        # "should have waited another year": one more
        return _span(m, "DURATION", values.duration_value(1, unit_word(m[4])))
    is_count, amount = count_value(m[3])
    if not is_count:
        return None
    unit = unit_word(m[4])
    if m[4][0].isupper() and (
        is_named(ctx.text, m.start(3))
        or _EVENT_NAME_AFTER.match(ctx.text, m.end(4))
        or ((m[2] or "").lower() == "the" and m[3][0].isupper())
    ):
        # CBS's "60 Minutes", a title; the Thirty Years' War, the Six-Day War; "the
        # Hundred Days", a name for one stretch of history, not a length.
        return None
    if unit == "second" and m[3].lower() in ("a", "an", "one"):
        return None  # "a second time", "a second consecutive day": an ordinal
    if m[2] and _COUNTED_AFTER.match(ctx.text, m.end()):
        return None  # "We saw this coming two years ago": "this coming" is no length's
    if (
        unit == "weekend"
        and amount is not None
        and amount > 1
        and m[0][m.end(3) - m.start() : m.start(4) - m.start()] != "-"
        and not m[4].lower().endswith("s")
    ):
        return None  # "three weekend shutdowns": it counts the shutdowns
    if unit == "quarter" and (
        m[0][m.end(3) - m.start() : m.start(4) - m.start()] == "-"
        or m[3].lower() in ("a", "an", "one")
    ):
        return None  # "three-quarters", "about a quarter of the dealers": fractions
    if _is_speed(ctx.text, m.start(), unit):
        return None  # "60 miles an hour": a speed, no time
    if (
        m[3].lower() in ("a", "an")
        and not (m[1] or m[2])
        and unit in _SET_UNITS
        and _follows_an_amount(ctx.text, m.start())
        and not m[5]  # "after a decade-long hiatus" is no rate
    ):
        return _span(m, "SET", _SET_UNITS[unit])  # "$40,000 a year", "15 a year": rates
    if m[3].lower() in ("a", "an") and m[4].lower().endswith("s"):
        return None  # "a years" is not English; likely "a years-long ..."
    if m[0].lower() == "one day" and _MODAL_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return _span(m, "DATE", "FUTURE_REF")  # "Islam will one day be ...": some day
    if amount is None and m[3][0].isdigit():
        # "9.81 seconds", "2.5 years": ISO 8601 takes a decimal in its one unit.
        if not _DECIMAL.fullmatch(m[3]) or unit not in _DECIMAL_UNITS:
            return None
        return _span(m, "DURATION", values.duration_value(m[3], unit), mod)
    if (
        (m[5] and (amount is None or not m[5].startswith("-")))
        or _AGE_RANGE_END.match(ctx.text, m.end())
        or _AGE_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start())
    ):
        # "52 years old" is an age: TimeBank and AQUAINT never mark one (0 of 4); so are
        # the first end of "children between six months and four years old", "older
        # than 6 months" and "aged 65".
        return None
    if m[5] and m[5].startswith("-") and m[3].lower() in ("a", "an") and not m[1] and not m[2]:
        # "a day-long strike": the article goes with "strike".
        return Candidate(m.start(4), m.end(), "DURATION", values.duration_value(amount, unit))
    if _relative_is_a_verb(m, ctx.text):
        return Candidate(m.start(3), m.end(), "DURATION", values.duration_value(amount, unit))
    if (
        m[2]
        and (
            m[2].lower() == "the"
            # "the first two-day weather closure": "the first" goes with the closure too.
            or m[0][m.end(3) - m.start() : m.start(4) - m.start()] == "-"
        )
        and not m[4].lower().endswith("s")
        and amount != 1
    ):
        # "the two-week crisis", "the 30-day rate": a length used as an adjective; "the"
        # goes with the noun, as TimeBank marks them ("two-week"), like "a two-week".
        return Candidate(m.start(3), m.end(), "DURATION", values.duration_value(amount, unit))
    if m[1] and m[1].lower() in ("over", "under") and m[2]:
        # "over the next four years": "over" is the preposition here, not a bound.
        return Candidate(m.start(2), m.end(), "DURATION", values.duration_value(amount, unit))
    if (
        m[1]
        and m[1].lower() == "over"
        and not _OVER_AS_MORE_THAN.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # "the rain fell over three days", "spread over two years": "over" is "during";
        # "in over six years", "lasted over a week" bound the length (MORE_THAN).
        return Candidate(m.start(3), m.end(), "DURATION", values.duration_value(amount, unit))
    return _span(m, "DURATION", values.duration_value(amount, unit), mod)


# Units from the largest down, with their ISO 8601 letters; a compound names each once,
# largest first ("two years, four months", never "four months, two years").
_COMPOUND_UNITS = {
    "century": (100, "Y"), "decade": (10, "Y"), "year": (1, "Y"), "month": (1, "M"),
    "week": (7, "D"), "day": (1, "D"), "hour": (1, "H"), "minute": (1, "M"),
    "second": (1, "S"),
}  # fmt: skip
_COMPOUND_PART = re.compile(
    r"(.+?)\s([A-Za-z]+)(?:,\s(?:and\s)?|\sand\s|\s(?=[\w-]+\s(?:minutes?|seconds?)\b)|$)",
    re.IGNORECASE,
)


_AND = re.compile(r"(?i:\sand\s)")


@resolver
def compound_duration(m, ctx):
    if ", " in m[2] and not _AND.search(m[2]):
        return None  # "within six months, three weeks after the attacks": two lengths
    ranks = list(_COMPOUND_UNITS)
    amounts: dict[str, int] = {}
    previous = -1
    for part in _COMPOUND_PART.finditer(m[2]):
        unit = unit_word(part[2])
        is_count, amount = count_value(part[1])
        if unit not in _COMPOUND_UNITS or not is_count or amount is None:
            return None
        if ranks.index(unit) <= previous:
            return None  # "a day, seven days a week": not one length
        previous = ranks.index(unit)
        size, letter = _COMPOUND_UNITS[unit]
        clock = unit in ("hour", "minute", "second")
        key = ("T" if clock else "") + letter
        amounts[key] = amounts.get(key, 0) + amount * size
    date_part = "".join(f"{amounts[k]}{k}" for k in ("Y", "M", "D") if k in amounts)
    clock_part = "".join(f"{amounts[k]}{k[1]}" for k in ("TH", "TM", "TS") if k in amounts)
    value = "P" + date_part + ("T" + clock_part if clock_part else "")
    return _span(m, "DURATION", value, approx_mod(m[1]))


def _relative_is_a_verb(m, text: str) -> bool:
    """ "will last a couple of years", "expected to last six weeks": the verb "last",
    not "the last two years"."""
    relative = (m[2] or "").lower()
    if relative not in ("last", "next", "past"):
        return False
    if m[3].lower().split()[0] in ("a", "an"):
        return True
    return relative == "last" and bool(
        _MODAL_OR_TO_BEFORE.search(text, max(0, m.start(2) - 9), m.start(2))
    )


_MODALS = r"will|would|could|should|might|may|can|shall|must|'ll"
_MODAL_BEFORE = re.compile(rf"\b(?i:{_MODALS})\s$")
# "expected to last six weeks", "will not last two days": "last" the verb.
_MODAL_OR_TO_BEFORE = re.compile(rf"\b(?i:to|not|{_MODALS})\s$")


# Half a unit in the next smaller one, as TimeBank writes "2 1/2 years" (P2Y6M) and
# "a minute and a half" (PT1M30S); ISO 8601's decimal fraction where none divides evenly.
_HALVES = {"year": ("Y", 6, "M"), "day": ("D", 12, "H"), "hour": ("H", 30, "M"),
           "minute": ("M", 30, "S")}  # fmt: skip


def _half_value(whole: int, unit: str) -> str:
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        return f"P{whole * size + size // 2}Y"
    if unit in _HALVES:
        letter, half, smaller = _HALVES[unit]
        clock = "T" if unit in ("hour", "minute") else ""
        whole_part = f"{whole}{letter}" if whole else ""
        if unit == "day":
            return f"P{whole_part}T{half}{smaller}"
        return f"P{clock}{whole_part}{half}{smaller}"
    return values.duration_value(whole, unit).replace(str(whole), f"{whole}.5", 1)


@resolver
def half_duration(m, ctx):
    if m["quarters"]:
        minutes = 45 if m["quarters"].lower() == "three" else 15
        return _span(m, "DURATION", f"PT{minutes}M", approx_mod(m[1]))
    if m[10]:  # a quarter-century, a half century
        value = "P25Y" if m[9].lower() == "quarter" else "P50Y"
        if m["ago"]:
            return _years_ago(m, ctx, 25 if m[9].lower() == "quarter" else 50)
        if m[8]:  # "over the past quarter century": "over" is the preposition, no modifier
            return Candidate(m.start(8), m.end(), "DURATION", value)
        return _span(m, "DURATION", value, approx_mod(m[1]))
    if m[2]:
        whole = int(m[2])
    elif m[3]:
        whole = count_value(m[3])[1] if m[3].lower() not in ("a", "an") else None
    elif m[5]:
        whole = 1
    else:
        whole = 0
    if whole is None:
        return None
    unit = unit_word(m[4] or m[6] or m[7])
    if unit in ("weekend", "fortnight", "quarter"):
        return None
    if m["ago"]:
        return _half_ago(m, ctx, whole + 0.5, unit)
    return _span(m, "DURATION", _half_value(whole, unit), approx_mod(m[1]))


_YEARS_IN = {"year": 1, "decade": 10, "century": 100}


def _half_ago(m, ctx, amount: float, unit: str) -> Candidate:
    """ "two and a half years ago", "a week and a half ago", "half an hour ago": the date
    that long before the anchor, as finely as its unit ("ago" reads the same way)."""
    if unit in _YEARS_IN:
        return _years_ago(m, ctx, amount * _YEARS_IN[unit])
    if unit in ("month", "week", "day"):
        days = round(amount * {"month": 30.4, "week": 7, "day": 1}[unit])
        day = ctx.anchor - datetime.timedelta(days=days)
        return _span(m, "DATE", values.value_at(day, unit), approx_mod(m[1]))
    return _span(m, "DATE", "PAST_REF", approx_mod(m[1]))  # an hour and a half ago


def _years_ago(m, ctx, years: float) -> Candidate:
    """The year `years` before the anchor, counted in months ("two and a half years ago",
    written in February 2024, is 2021)."""
    day = values.shift(ctx.anchor, -round(years * 12), "month")
    return _span(m, "DATE", values.value_at(day, "year"), approx_mod(m[1]))


@resolver
def vague_duration(m, ctx):
    return _span(m, "DURATION", "PXX")


_IN_BEFORE = re.compile(r"(?<!\w)(?i:in)\s$")


@resolver
def vague_plural(m, ctx):
    unit = unit_word(m[2])
    relative = (m[1] or "").lower()
    if relative == "recent" and unit in ("week", "month"):
        # "in recent weeks", "in recent months": a stretch up to now, as TimeBank reads
        # them (its "recent years" is mostly the past as a whole).
        return _span(m, "DURATION", values.duration_value(None, unit))
    if relative in ("recent", "future"):
        # "in recent years", "in future quarters": TimeBank's reading.
        return _span(m, "DATE", "PAST_REF" if relative == "recent" else "FUTURE_REF")
    if (
        unit == "day"
        and not relative
        and _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        return None  # "in days" is rarely a duration the annotators marked
    if unit in ("hour", "minute") and relative:
        return None  # "in minutes", "within hours" are durations; "recent hours" is rare
    return _span(m, "DURATION", values.duration_value(None, unit))


_SET_UNITS = {
    "second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "week": "P1W",
    "weekend": "XXXX-WXX-WE", "fortnight": "P2W", "month": "P1M", "quarter": "P1Q",
    "year": "P1Y", "decade": "P10Y", "century": "P100Y",
}  # fmt: skip
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _follows_an_amount(text: str, start: int) -> bool:
    """Whether "a year" at `start` follows the amount it is the rate of ("$40,000 a
    year", "15 a year"); not a number a comma closes ("on June 12, a week after")."""
    before = text[max(0, start - 12) : start]
    digits = [index for index, ch in enumerate(before) if ch.isdigit()]
    if digits:
        if any(ch in ",;:" for ch in before[digits[-1] + 1 :]) or _LINK_AFTER_NUMBER.match(
            before, digits[-1] + 1
        ):
            return False  # "approved in late 2001 after a decade of lobbying": no rate
        # "The vote on May 18 came a decade after": the day of a date, no amount.
        number_start = max(0, start - 12) + digits[-1]
        while number_start > 0 and text[number_start - 1].isdigit():
            number_start -= 1
        return _MONTH_BEFORE.search(text, max(0, number_start - 12), number_start) is None
    # "1.2 million pounds a year", "$3 billion a year": the amount's words in between;
    # "three meals a day", "ran two coaches a week", "we run six a day": a count in words.
    return (
        _AMOUNT_BEFORE.search(text, max(0, start - 40), start) is not None
        or _COUNT_IN_WORDS_BEFORE.search(text, max(0, start - 40), start) is not None
    )


_COUNTED_AFTER = re.compile(r"\s(?i:ago)\b")
_LINK_AFTER_NUMBER = re.compile(
    r"\s(?:after|before|for|in|of|with|since|until|by|to|from|and|or|than)\s"
)
_AGE_BEFORE = re.compile(
    r"\b(?:(?:older|younger)\sthan|aged|ages)\s$"
    # the second end of "aged 6 months to 2 years"
    r"|\b(?:aged|ages)\s[\w-]+\s(?:years?|months?|weeks?|days?)\s(?:to|and)\s$"
)
_AGE_RANGE_END = re.compile(
    r"\s(?:and|to)\s(?:[\w-]+\s){1,2}?(?i:years?|months?|weeks?|days?)[\s-]old\b"
)
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s$")
_SPEED_BEFORE = re.compile(r"\b(?:miles|kilometers|kilometres|km|knots|feet|meters|metres)\s$")


def _is_speed(text: str, start: int, unit: str | None) -> bool:
    """Whether "an hour" or "per hour" at text[start] is the time of a speed ("60 miles
    an hour", "12 knots per hour"), no time of its own."""
    return unit in ("hour", "minute", "second") and bool(
        _SPEED_BEFORE.search(text, max(0, start - 12), start)
    )


_COUNT_IN_WORDS_BEFORE = re.compile(
    rf"\b(?i:{'|'.join(sorted({*ONES, *TENS, 'dozen', 'hundred'}, key=len, reverse=True))})"
    r"\s(?:[a-z]+\s)?$"
    # "hundreds of interviews a day", "dozens of flights a week"
    r"|\b(?i:dozens|hundreds|thousands|millions)\sof\s[a-z]+\s$"
)
_AMOUNT_BEFORE = re.compile(
    r"\d\s(?:million|billion|trillion|thousand)\s(?:[a-z]+\s)?$"
    r"|\d\s(?:pounds|dollars|euros|yen|yuan|rupees|francs|tons|tonnes|barrels)\s$"
    # "half a million visitors a year"; "half an hour a day", "an hour a week": a length
    # of time spent in each
    r"|\b(?:half\s)?(?i:an?)\s(?:million|billion|thousand|hundred)\s(?:[a-z]+\s)?$"
    r"|\b(?:(?:half\s)?(?i:an)|\d+)\s(?:hours?|minutes?)\s$"
)


@resolver
def set(m, ctx):
    frequency, quantifier, thing = m[1], m[2].lower(), m[5]
    if m["day"] or m["day_first"]:
        # "every Feb. 2", "every 21 October": that day of any year.
        number = m["day"] or m["day_first"]
        month = month_number(thing.replace(number, "", 1).strip())
        day = _date(2000, month, int(number))  # 2000 holds February 29
        return _span(m, "SET", f"XXXX-{day.month:02d}-{day.day:02d}") if day else None
    part = ""
    if m["part"]:
        # "every Thursday morning": that part of every such day.
        part = "T" + _PARTS[m["part"].lower()]
        thing = thing[: m.start("part") - m.start(5)].strip()
    plural = thing.lower().endswith("s") and unit_word(thing) in _SET_UNITS
    key = thing.lower().rstrip(".")
    # "every other Thursday", "every other weekend": that day, every second one.
    every_other_day = m[3] and not plural and (key not in _SET_UNITS or key == "weekend")
    if (m[3] or m[4] or plural) and not every_other_day:
        # "every other week", "every two years", "every few years": one in so many. A
        # count takes a plural, "other" a singular ("every years" is not English).
        is_count, amount = count_value(m[4]) if m[4] else (True, 2)
        if not is_count or unit_word(thing) not in _SET_UNITS or plural != bool(m[4]):
            return None
        return _span(m, "SET", values.duration_value(amount, unit_word(thing)))
    if _is_speed(ctx.text, m.start(2), unit_word(thing)):
        return None  # "12 knots per hour": a speed, no time
    if quantifier in ("a", "per") and thing.lower().rstrip(".") not in _SET_UNITS:
        return None  # "a Wednesday" is one day, not every one
    # "$40,000 a year", "three meals a day" are rates; "a year" alone is a duration.
    if quantifier == "a" and not frequency and not _follows_an_amount(ctx.text, m.start()):
        return None
    if key in _SET_UNITS:
        return _span(m, "SET", _SET_UNITS[key])
    if key in _PARTS:
        return _span(m, "SET", f"XXXX-XX-XXT{_PARTS[key]}")
    if key in SEASONS:
        return _span(m, "SET", f"XXXX-{SEASONS[key]}")  # "every summer"
    try:
        return _span(m, "SET", f"XXXX-WXX-{weekday_number(key)}{part}")
    except KeyError:
        pass
    try:
        return _span(m, "SET", f"XXXX-{month_number(key):02d}")
    except KeyError:
        return None


_ADVERBS = {
    "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
}  # fmt: skip


_ANNUAL_EVENT = re.compile(
    r"\s(?:[A-Z]|(?:[a-z]+\s)?(?:meetings?|conferences?|conventions?|parades?|festivals?|"
    r"summits?|keynotes?|events?|celebrations?|ceremony|ceremonies|rally|rallies|march|"
    r"marches|pilgrimages?|visits?|trips?|dinners?|fairs?|shows?|races?|gatherings?|"
    r"congress|sessions?|holidays?|tournaments?|awards?)\b)"
)


@resolver
def set_adverb(m, ctx):
    word = m[1].lower()
    if word == "annual":
        # TimeBank and MEANTIME mark "annual profit" as a one-year DURATION; an annual
        # event ("the annual meeting", "the annual March for Life") says only that it
        # recurs, and they leave it unmarked.
        if _ANNUAL_EVENT.match(ctx.text, m.end()):
            return None
        return _span(m, "DURATION", "P1Y")
    if m[1][0].isupper() and NAME_GOES_ON.match(ctx.text, m.end(1)):
        return None  # "the Daily Telegraph", "Weekly Standard": a title
    if word == "annually" and _GROWTH_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "to rise 8.5% annually": a growth rate, which annotators leave alone
    return _span(m, "SET", _ADVERBS[word])


_GROWTH_BEFORE = re.compile(r"(?:%|\bpercent|\bper\scent)\s$")


_PLURAL_SETS = {
    "weekends": "XXXX-WXX-WE", "weekdays": "XXXX-WXX-WD", "nights": "XXXX-XX-XXTNI",
    "mornings": "XXXX-XX-XXTMO", "evenings": "XXXX-XX-XXTEV", "afternoons": "XXXX-XX-XXTAF",
    "days": "P1D",
}  # fmt: skip


@resolver
def set_plural(m, ctx):
    return _span(m, "SET", _PLURAL_SETS[(m[1] or m[2]).lower()])


@resolver
def set_weekday(m, ctx):
    """ "Sundays", "Sunday evenings", "Thursday nights": that day, or that part of it,
    every week."""
    if m["every_day"]:
        part = _PARTS[m["every_part"].lower()]
        return _span(m, "SET", f"XXXX-WXX-{weekday_number(m['every_day'])}T{part}")
    day = m[1][:-1] if m[1] else m[3] or m[5]
    part = m[2] or m[4] or m[6]
    value = f"XXXX-WXX-{weekday_number(day)}"
    return _span(m, "SET", value + (f"T{_PARTS[part[:-1].lower()]}" if part else ""))


_PRESENT = {"now", "right now", "currently", "at present", "nowadays", "these days",
            "the time being"}  # fmt: skip
_PAST = {"recently", "more recently", "lately", "the past"}


@resolver
def reference(m, ctx):
    word = " ".join(m[1].lower().split())
    if word in _PRESENT:
        value = "PRESENT_REF"
    elif word in _PAST:
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    if word == "now" and ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "the now-cancelled deal": part of an adjective
    if word.endswith(" ahead") and counted_before(ctx.text, m.start()):
        return None  # "two weeks ahead": a length, not the time to come
    if (
        m[1] == "Now"
        and ctx.text.startswith(",", m.end())
        and _OPENS_SENTENCE.search(ctx.text, max(0, m.start() - 3), m.start())
    ):
        # "Now, he says, the West wants war": a sentence's opening turn, which the
        # TimeBank and AQUAINT annotators never marked (0 of 3).
        return None
    return _span(m, "DATE", value)


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"'”]?\s+|\n\s*)$")


@resolver
def moments_ago(m, ctx):
    """ "a few moments ago", "a short while ago": just now, in the past (PAST_REF)."""
    return _span(m, "DATE", "PAST_REF")


@resolver
def year_ago(m, ctx):
    """ "the year-earlier quarter": the period one year before the one the story is about.

    Without such a period in the story, earnings copy means the quarter just reported.
    """
    # "the year-ago quarter" is a quarter even after a month ("changed its fiscal year in
    # December. In the comparable year-ago quarter ...").
    scope = "quarter" if (m[2] or "").lower() == "quarter" else "period"
    candidate = _span(
        m, "DATE", latest_completed_quarter(ctx.anchor, 1), shift=(-1, "year", (scope,))
    )
    if not m[2]:
        candidate.start = m.start(1)  # "the year-ago results": "the" goes with "results"
    return candidate


@resolver
def current(m, ctx):
    # "the then current price": current when it happened, not now.
    return _span(m, "DATE", "PAST_REF" if m[1] else "PRESENT_REF")


@resolver
def long_adjective(m, ctx):
    if m[1]:
        return _span(m, "DURATION", values.duration_value(None, unit_word(m[1])))
    return _span(m, "DURATION", values.duration_value(1, (m[2] or m[3]).lower()))
