"""describe(): a TIMEX3 value in words for readers ("May 18, 2011", "the 1990s", "c. 2001").

Only what the value says is written: a month stays a month ("September 2010"), a
decade a decade. describe_value() renders stored (value, mod) pairs without a mention.
"""

import calendar
import re

from factcheck.temporal import values

_MONTH_NAMES = list(calendar.month_name)
_WEEKDAY_NAMES = ["", *calendar.day_name]
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_REFERENCES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
               "H": "hour", "S": "second", "DE": "decade", "CE": "century", "WE": "weekend",
               "L": "millennium", "E": "decade", "C": "century"}  # fmt: skip

# How each TimeML mod reads before the date. START/MID/END read as "early"/"mid"/"late".
_MOD_PREFIXES = {
    "APPROX": "c. ", "BEFORE": "before ", "AFTER": "after ", "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ", "LESS_THAN": "less than ", "MORE_THAN": "more than ",
    "EQUAL_OR_LESS": "up to ", "EQUAL_OR_MORE": "at least ",
}  # fmt: skip
_PART_PREFIXES = {"START": "early", "MID": "mid", "END": "late"}


def describe(mention) -> str:
    """The mention's date in words: "May 18, 2011", "early 2010", "the 1990s"."""
    return describe_value(mention.value, mention.mod)


def describe_range(first_value: str, last_value: str) -> str:
    """Two ends of a range: "2001–2005", "May–July 2011", "May 18–22, 2011"."""
    first, last = describe_value(first_value), describe_value(last_value)
    if re.fullmatch(r"\d{4}", first_value) and re.fullmatch(r"\d{4}", last_value):
        return f"{first_value}–{last_value}"
    month_pair = (
        re.fullmatch(r"(\d{4})-(\d\d)", first_value),
        re.fullmatch(r"(\d{4})-(\d\d)", last_value),
    )
    if all(month_pair) and month_pair[0][1] == month_pair[1][1]:
        return f"{_MONTH_NAMES[int(month_pair[0][2])]}–{last}"
    day_pair = (values.DAY_VALUE.fullmatch(first_value), values.DAY_VALUE.fullmatch(last_value))
    if all(day_pair) and day_pair[0][1] == day_pair[1][1]:
        (year, month, day), (_, last_month, last_day) = (m.groups() for m in day_pair)
        if month == last_month:
            return f"{_MONTH_NAMES[int(month)]} {int(day)}–{int(last_day)}, {year}"
        return f"{_MONTH_NAMES[int(month)]} {int(day)} – {_MONTH_NAMES[int(last_month)]} {int(last_day)}, {year}"
    return f"{first} – {last}" if " " in first or " " in last else f"{first}–{last}"


def describe_value(value: str, mod: str | None = None) -> str:
    if value and "/" in value:
        return describe_range(*value.split("/", 1))  # an interval: "2001/2005"
    text = _describe_bare(value or "")
    if mod in _PART_PREFIXES:
        part = _PART_PREFIXES[mod]
        if text.startswith("the "):
            return f"the {part} {text[4:]}" if part != "mid" else f"the mid-{text[4:]}"
        return f"mid-{text}" if part == "mid" else f"{part} {text}"
    return _MOD_PREFIXES.get(mod or "", "") + text


def _describe_bare(value: str) -> str:
    if value in _REFERENCES:
        return _REFERENCES[value]
    if value.startswith("P"):
        return _describe_duration(value)
    if value.startswith("XXXX"):
        return _describe_set_or_unknown_year(value)
    if match := re.fullmatch(r"BC(\d{4})-(\d\d)(?:-(\d\d))?", value):
        month = int(match[2])
        if not 1 <= month <= 12:
            return value
        day = f" {int(match[3])}," if match[3] else ""
        return f"{_MONTH_NAMES[month]}{day} {int(match[1])} BC"
    if match := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(.+))?", value):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if not 1 <= month <= 12:
            return value
        # "August 19, AD 14", not a bare "14", as for a year alone.
        day_text = f"{_MONTH_NAMES[month]} {day}, {'AD ' if year < 100 else ''}{year}"
        if match[4] is None:
            return day_text
        if match[4] in _PART_NAMES:
            return f"{day_text}, {_PART_NAMES[match[4]]}"
        return f"{day_text}, {match[4].rstrip('Z')}" + (" UTC" if match[4].endswith("Z") else "")
    if match := re.fullmatch(r"(\d{4})-(\d\d)", value):
        month = int(match[2])
        return f"{_MONTH_NAMES[month]} {int(match[1])}" if 1 <= month <= 12 else value
    if match := re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", value):
        week_text = f"week {int(match[2])} of {int(match[1])}"
        return f"the weekend of {week_text}" if match[3] else week_text
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"Q{match[2]} {int(match[1])}"
    if match := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"the {'first' if match[2] == '1' else 'second'} half of {int(match[1])}"
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{_SEASON_NAMES[match[2]]} {int(match[1])}"
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return f"AD {year}" if year < 100 else str(year)  # "AD 14", not a bare "14"
    if match := re.fullmatch(r"BC(\d{4})", value):
        return f"{int(match[1])} BC"
    if match := re.fullmatch(r"BC(\d\d)", value):
        return f"the {_ordinal_suffix(int(match[1]) + 1)} century BC"
    if match := re.fullmatch(r"(\d{3})X?", value):
        return f"the {int(match[1])}0s"
    if match := re.fullmatch(r"(\d\d)(?:XX)?", value):
        number = int(match[1]) + 1
        return f"the {_ordinal_suffix(number)} century"
    return value


def _ordinal_suffix(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _describe_duration(value: str) -> str:
    match = re.fullmatch(r"PT?(\d+|X)(DE|CE|WE|[YMWDQHSLEC])", value)
    if not match:
        return value
    amount, unit = match[1], _UNIT_NAMES[match[2]]
    if value.startswith("PT") and match[2] == "M":
        unit = "minute"
    if amount == "X":
        return "centuries" if unit == "century" else f"{unit}s"
    plural = "centuries" if unit == "century" else f"{unit}s"
    return f"{amount} {unit if amount == '1' else plural}"


def _describe_set_or_unknown_year(value: str) -> str:
    if match := re.fullmatch(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?", value):
        day = _WEEKDAY_NAMES[int(match[1])]
        return f"every {day} {_PART_NAMES[match[2]]}" if match[2] else f"every {day}"
    if match := re.fullmatch(r"XXXX-(\d\d)", value):
        month = int(match[1])
        return _MONTH_NAMES[month] if 1 <= month <= 12 else value
    if match := re.fullmatch(r"XXXX-(SP|SU|FA|WI)", value):
        return _SEASON_NAMES[match[1]]
    if match := re.fullmatch(r"XXXX-XX-XXT(MO|AF|EV|NI)", value):
        return f"every {_PART_NAMES[match[1]]}"
    return value
