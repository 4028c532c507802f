"""The periods of a timeline's year filter and year headings.

A claim dated "the 1990s" (TIMEX3 value "199") or "the 13th century" ("12") covers
1990-01-01 to 1999-12-31 or 1200 to 1299, but it did not happen in 1990 or in 1200:
filed under its first year it would sit behind a "1200" button among events of that
year. Such a claim gets a period of its own, named as the tagger says it ("1990s",
"13th century"), and the filter by that period shows everything that falls in it.
Every other date keeps its first year, as before: a season, a month, a day, and a range
(which the year filter shows under every year it spans)."""

import re
from dataclasses import dataclass
from functools import lru_cache

# In the query string a decade and a century are written as TIMEX3 writes them with
# their unknown digits ("199X", "12XX"), so that they cannot be read as the years 199
# and 12, which the tagger also gives ("AD 14", "in 1066").
_YEAR_TOKEN = re.compile(r"\d{1,4}")
_DECADE_TOKEN = re.compile(r"(\d{3})X")
_CENTURY_TOKEN = re.compile(r"(\d{2})XX")
# A stored value naming a decade or a century (values.bounds reads the same forms).
_DECADE_VALUE = re.compile(r"(\d{3})X?")
_CENTURY_VALUE = re.compile(r"(\d{2})(?:XX)?")


@dataclass(frozen=True, slots=True)
class Period:
    """A year, a decade or a century: one button of the year filter, one heading."""

    first: int  # its first and last year
    last: int
    token: str  # in the query string: "2001", "199X", "12XX"
    label: str  # on the button and the heading: "2001", "1990s", "13th century"

    @property
    def sort_key(self) -> tuple[int, int]:
        """Chronological, the wider period first: "1990s" before "1990"."""
        return (self.first, self.first - self.last)

    @property
    def is_year(self) -> bool:
        return self.first == self.last

    def holds(self, other: "Period") -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, first: int, last: int) -> bool:
        return self.first <= last and first <= self.last


@lru_cache(maxsize=1024)
def year(number: int) -> Period:
    return Period(number, number, str(number), str(number))


@lru_cache(maxsize=256)
def decade(number: int) -> Period:
    """The decade whose TIMEX3 value is `number` (199 is the 1990s)."""
    return Period(number * 10, number * 10 + 9, f"{number:03d}X", _label(f"{number:03d}"))


@lru_cache(maxsize=128)
def century(number: int) -> Period:
    """The century whose TIMEX3 value is `number` (12 is the 13th century)."""
    return Period(
        max(number * 100, 1), number * 100 + 99, f"{number:02d}XX", _label(f"{number:02d}")
    )


def _label(value: str) -> str:
    from factcheck.temporal import describe_value

    words = describe_value(value)  # "the 1990s", "the 13th century"
    return words.removeprefix("the ")


def parse(token: str) -> Period | None:
    """The period a query string names ("2001", "199X", "12XX"), or None."""
    if _YEAR_TOKEN.fullmatch(token):
        return year(int(token)) if 1 <= int(token) <= 9999 else None
    if match := _DECADE_TOKEN.fullmatch(token):
        return decade(int(match[1])) if int(match[1]) else None  # no decade before AD 1
    if match := _CENTURY_TOKEN.fullmatch(token):
        return century(int(match[1]))
    return None


def of_value(value: str, precision: str) -> Period | None:
    """The decade or century a value names when its precision is no finer; else None.
    For a range ("199/200") its first end, as a range is filed under its first year."""
    first_end = value.partition("/")[0]
    if precision == "decade" and (match := _DECADE_VALUE.fullmatch(first_end)):
        return decade(int(match[1]))
    if precision == "century" and (match := _CENTURY_VALUE.fullmatch(first_end)):
        return century(int(match[1]))
    return None
