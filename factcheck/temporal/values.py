"""TIMEX3 values: writing them from dates, and reading back the dates they cover.

A value's precision is the unit it names and no finer: "2010-09" covers the whole of
September 2010, so its bounds are September 1 and 30 and its precision "month".
"""

import calendar
import datetime
import functools
import re

# Meteorological seasons (northern hemisphere), the reading most news copy assumes.
# Winter starts in December of the value's year and runs into the next one.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def day_value(date: datetime.date) -> str:
    return date.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(date: datetime.date) -> str:
    iso_year, week, _ = date.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def quarter_of(date: datetime.date) -> int:
    return (date.month - 1) // 3 + 1


def add_months(date: datetime.date, months: int) -> datetime.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return datetime.date(year, month + 1, day)


def shift(date: datetime.date, amount: int, unit: str) -> datetime.date:
    """`date` moved by `amount` units (day, week, month, quarter, year, decade)."""
    try:
        if unit == "day":
            return date + datetime.timedelta(days=amount)
        if unit in ("week", "weekend"):
            return date + datetime.timedelta(weeks=amount)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
        return add_months(date, amount * months.get(unit, 12))
    except OverflowError:
        return date


def month_beside(earliest: datetime.date, latest: datetime.date, month: int, offset: int) -> str:
    """The month `month` told from a date that covers earliest..latest: offset 1 the
    first one that starts after it ("the following June"), -1 the last that ends before
    it ("the previous August")."""
    if offset > 0:
        year = latest.year if month > latest.month else latest.year + 1
    else:
        year = earliest.year if month < earliest.month else earliest.year - 1
    return month_value(year, month)


def passes_midnight(earlier: str, later: str) -> bool:
    """Whether a clock time (its hour, "00".."23", or more of the value after it) told
    after an evening's is a morning's: the night has gone on past midnight ("at 11:40
    p.m. ... at 12:45 a.m."), not a time told out of order ("at 2:15 p.m., after a
    meeting that began at 9 a.m.")."""
    return earlier[:2] >= "18" and later[:2] < "12"


def middle(earliest: datetime.date, latest: datetime.date) -> datetime.date:
    """The day halfway through earliest..latest: where a coarse date is counted from."""
    return earliest + (latest - earliest) / 2


def season_near(
    earliest: datetime.date, latest: datetime.date, code: str, offset: int
) -> str | None:
    """The season `code` (SP, SU, FA, WI) told from a date that covers earliest..latest:
    offset 0 the one overlapping it or nearest ("that autumn"), 1 the first that starts
    after it ("the following spring"), -1 the last that ends before it."""
    if offset == 0 and code != "WI" and earliest.year == latest.year:
        # "in January 1368, and that autumn": the season of the date's own year (a
        # winter, which spans two, goes by nearness).
        return f"{earliest.year:04d}-{code}"
    options = []
    for year in range(earliest.year - 2, latest.year + 3):
        start, end, _ = bounds(f"{year:04d}-{code}")
        if start is None:
            continue  # beyond the calendar (year 0, year 10000)
        gap = max((start - latest).days, (earliest - end).days, 0)
        options.append((year, start, end, gap))
    if offset > 0:
        later = [year for year, start, _, _ in options if start > latest]
        year = later[0] if later else None
    elif offset < 0:
        earlier = [year for year, _, end, _ in options if end < earliest]
        year = earlier[-1] if earlier else None
    elif not options:
        year = None
    else:
        # Of two winters touching 1939, the one its value names: 1939-WI, from December.
        year = min(options, key=lambda option: (option[3], option[0] != earliest.year))[0]
    return None if year is None else f"{year:04d}-{code}"


def value_at(date: datetime.date, unit: str) -> str:
    """The value naming the `unit` that contains `date` ("2011-05" for a month)."""
    if unit == "day":
        return day_value(date)
    if unit == "week":
        return week_value(date)
    if unit == "weekend":
        return week_value(date) + "-WE"
    if unit == "month":
        return month_value(date.year, date.month)
    if unit == "quarter":
        return f"{date.year:04d}-Q{quarter_of(date)}"
    if unit == "decade":
        return f"{date.year // 10:03d}"
    if unit == "century":
        return f"{date.year // 100:02d}"
    return f"{date.year:04d}"


# A day's value ("2011-05-18"), by itself: fullmatch it.
DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# A value before Christ: its year (TIMEX2's four digits), month, day or season
# ("BC0049-03", "BC0341-08-13", "BC0218-SP").
BC_VALUE = re.compile(r"BC(\d{4})(?:-(\d\d)(?:-(\d\d))?|-(SP|SU|FA|WI))?")
# Years added to an astronomical year so that the calendar module can count days in it:
# a multiple of 400, so the leap years fall as they do (the proleptic Gregorian way).
_CALENDAR_SHIFT = 4000


def is_day_before_christ(value: str) -> bool:
    """Whether `value` names a day before Christ ("BC0341-08-13")."""
    named = BC_VALUE.fullmatch(value)
    return named is not None and named[3] is not None


def before_christ_days(value: str, days: int) -> str | None:
    """A day before Christ ("BC0341-08-13") moved by `days`: "BC0341-08-15"; None
    when `value` names no day."""
    named = BC_VALUE.fullmatch(value)
    if named is None or named[3] is None:
        return None
    try:
        day = datetime.date(
            astronomical_year(named[1]) + _CALENDAR_SHIFT, int(named[2]), int(named[3])
        )
    except ValueError:
        return None
    day += datetime.timedelta(days=days)
    return f"{era_year_value(day.year - _CALENDAR_SHIFT)}-{day.month:02d}-{day.day:02d}"


# The month in the middle of each season, to tell a month before it from one after.
SEASON_MIDDLE_MONTHS = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}


def before_christ_year_beside(story: re.Match, month: int, amount: int) -> int:
    """The astronomical year of the month `month` (or of the season in whose middle it
    lies) that comes `amount` (1 or -1) after or before the story's date BC, `story` a
    BC_VALUE match: "in the autumn of 218 BC ... the following June" is 217 BC; after a
    bare year, the next year's or the one before's."""
    year = astronomical_year(story[1])
    told = int(story[2]) if story[2] else SEASON_MIDDLE_MONTHS.get(story[4] or "", 0)
    if not told:
        return year + amount
    if amount > 0 and month <= told:
        return year + 1
    if amount < 0 and month >= told:
        return year - 1
    return year


def astronomical_year(bc_digits: str) -> int:
    """A year BC counted as astronomers count it, so that years add up across the era
    ("0049" BC is -48; 1 BC is 0, followed by AD 1)."""
    return 1 - int(bc_digits)


def era_year_value(year: int) -> str:
    """An astronomical year as TIMEX writes it: -48 is "BC0049", 1 is "0001"."""
    return f"BC{1 - year:04d}" if year <= 0 else f"{year:04d}"


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})X?")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")

Bounds = tuple[datetime.date | None, datetime.date | None, str | None]


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)
def bounds(value: str) -> Bounds:
    """(earliest, latest, precision) of a DATE or TIME value; Nones when not a date.

    Cached: a story names the same few values again and again."""
    try:
        return _bounds(value)
    except (ValueError, OverflowError):  # beyond the calendar: year 0 or after 9999
        return None, None, None


# Finest to coarsest.
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")


def _bounds(value: str) -> Bounds:
    if "/" in value:
        # An interval, ISO 8601's start/end ("2001/2005"): a range read as one date.
        first, _, last = value.partition("/")
        earliest, _, precision = _bounds(first)
        _, latest, last_precision = _bounds(last)
        if earliest is None or latest is None or earliest > latest:
            return None, None, None
        return earliest, latest, max(precision, last_precision, key=PRECISIONS.index)
    if match := _DAY.fullmatch(value):
        day = datetime.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day, "day"
    if match := _MONTH.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        return datetime.date(year, month, 1), _month_end(year, month), "month"
    if match := _WEEK.fullmatch(value):
        monday = datetime.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return monday + datetime.timedelta(days=5), monday + datetime.timedelta(6), "week"
        return monday, monday + datetime.timedelta(days=6), "week"
    if match := _QUARTER.fullmatch(value):
        year, first = int(match[1]), (int(match[2]) - 1) * 3 + 1
        return datetime.date(year, first, 1), _month_end(year, first + 2), "quarter"
    if match := _HALF.fullmatch(value):
        year, first = int(match[1]), (int(match[2]) - 1) * 6 + 1
        return datetime.date(year, first, 1), _month_end(year, first + 5), "quarter"
    if match := _SEASON.fullmatch(value):
        year = int(match[1])
        first, last = SEASON_MONTHS[match[2]]
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        return datetime.date(year, first, 1), _month_end(end_year, end_month), "season"
    if match := _YEAR.fullmatch(value):
        year = int(match[1])
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"
    if match := _DECADE.fullmatch(value):
        decade = int(match[1]) * 10
        return datetime.date(max(decade, 1), 1, 1), datetime.date(decade + 9, 12, 31), "decade"
    if match := _CENTURY.fullmatch(value):
        century = int(match[1]) * 100
        return datetime.date(max(century, 1), 1, 1), datetime.date(century + 99, 12, 31), "century"
    return None, None, None


def narrow(earliest: datetime.date, latest: datetime.date, mod: str | None):
    """Bounds of the START, MID or END third of a span; others pass through."""
    if mod not in ("START", "MID", "END") or earliest is None or latest is None:
        return earliest, latest
    third = (latest - earliest).days // 3
    if third < 1:
        return earliest, latest
    if mod == "START":
        return earliest, earliest + datetime.timedelta(days=third)
    if mod == "END":
        return latest - datetime.timedelta(days=third), latest
    return earliest + datetime.timedelta(days=third), latest - datetime.timedelta(days=third)


def part_mod(value: str, earliest: datetime.date | None, latest: datetime.date | None):
    """START, MID or END when earliest..latest is that third of what `value` covers (as
    narrow() made it for "early 2010"), else None: the mod that bounds stored without it
    still say."""
    full_earliest, full_latest, _ = bounds(value)
    if full_earliest is None or earliest is None or latest is None:
        return None
    if (earliest, latest) == (full_earliest, full_latest):
        return None
    for mod in ("START", "MID", "END"):
        if narrow(full_earliest, full_latest, mod) == (earliest, latest):
            return mod
    return None


def duration_value(amount: int | str | None, unit: str) -> str:
    """An ISO 8601 / TimeML duration: P3Y, P6M, PT2H, PXY for an unknown amount; a
    decimal amount ("9.81") is written as given, in units up to a year."""
    count = "X" if amount is None else str(amount)
    if unit in ("second", "minute", "hour"):
        return f"PT{count}{unit[0].upper()}"
    if unit == "decade":
        # TimeBank writes an unknown number of decades in years: "decades-long" is PXY.
        return f"P{amount * 10}Y" if amount is not None else "PXY"
    if unit == "century":
        return f"P{amount * 100}Y" if amount is not None else "PXCE"
    if unit == "weekend":
        return f"P{amount * 2}D" if amount is not None else "PXWE"
    if unit == "fortnight":
        return f"P{amount * 2}W" if amount is not None else "PXW"
    letters = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
    return f"P{count}{letters.get(unit, 'Y')}"


def weekdays_of(day: datetime.date) -> tuple[int, ...]:
    """The ISO weekday of `day`, and before Britain's change of calendar (1752) also its
    weekday as the Julian calendar that histories of the time date by ("29 May 1453, a
    Tuesday")."""
    if day.year > 1752:
        return (day.isoweekday(),)
    a = (14 - day.month) // 12
    y, m = day.year + 4800 - a, day.month + 12 * a - 3
    julian_day = day.day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return day.isoweekday(), julian_day % 7 + 1
