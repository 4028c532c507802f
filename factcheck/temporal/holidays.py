"""Named days: "Christmas", "Thanksgiving Day", "Election Day", "New Year's Day".

Fixed-date holidays are month-day pairs; the movable ones are rules on the calendar
(the fourth Thursday of November). Only holidays common in English-language news are
listed, each with its date in the country whose press names it most.
"""

import datetime

FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "independence day": (7, 4), "bastille day": (7, 14),
    "halloween": (10, 31), "veterans day": (11, 11), "armistice day": (11, 11),
    "remembrance day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "may day": (5, 1),
    "fourth of july": (7, 4), "juneteenth": (6, 19), "tax day": (4, 15),
}  # fmt: skip


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """The nth (1-based; -1 for the last) ISO weekday of a month."""
    if nth > 0:
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    last = following - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


MOVABLE = {
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 4, 4),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 4, 4),
    "memorial day": lambda year: _nth_weekday(year, 5, 1, -1),
    "labor day": lambda year: _nth_weekday(year, 9, 1, 1),
    "martin luther king day": lambda year: _nth_weekday(year, 1, 1, 3),
    "martin luther king jr. day": lambda year: _nth_weekday(year, 1, 1, 3),
    "martin luther king, jr. day": lambda year: _nth_weekday(year, 1, 1, 3),
    # The shopping days after Thanksgiving.
    "black friday": lambda year: _nth_weekday(year, 11, 4, 4) + datetime.timedelta(days=1),
    "cyber monday": lambda year: _nth_weekday(year, 11, 4, 4) + datetime.timedelta(days=4),
    "presidents day": lambda year: _nth_weekday(year, 2, 1, 3),
    "mother's day": lambda year: _nth_weekday(year, 5, 7, 2),
    "father's day": lambda year: _nth_weekday(year, 6, 7, 3),
    # US federal elections: the Tuesday after the first Monday of November.
    "election day": lambda year: _nth_weekday(year, 11, 1, 1) + datetime.timedelta(days=1),
    "easter": _easter,
    "easter sunday": _easter,
    "good friday": lambda year: _easter(year) - datetime.timedelta(days=2),
    "easter monday": lambda year: _easter(year) + datetime.timedelta(days=1),
    "shrove tuesday": lambda year: _easter(year) - datetime.timedelta(days=47),
    "mardi gras": lambda year: _easter(year) - datetime.timedelta(days=47),
    "fat tuesday": lambda year: _easter(year) - datetime.timedelta(days=47),
    "ash wednesday": lambda year: _easter(year) - datetime.timedelta(days=46),
    "palm sunday": lambda year: _easter(year) - datetime.timedelta(days=7),
    "maundy thursday": lambda year: _easter(year) - datetime.timedelta(days=3),
    "holy thursday": lambda year: _easter(year) - datetime.timedelta(days=3),
    "holy saturday": lambda year: _easter(year) - datetime.timedelta(days=1),
    # A US president takes office on January 20 of the year after the election, every
    # four years (2021, 2025): in other years there is no Inauguration Day.
    "inauguration day": lambda year: datetime.date(year, 1, 20) if year % 4 == 1 else None,
}

NAMES = sorted({*FIXED, *MOVABLE}, key=len, reverse=True)


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def holiday_every(name: str) -> int:
    """How many years apart the holiday comes."""
    return 4 if _key(name) == "inauguration day" else 1


def holiday_date(name: str, year: int) -> datetime.date | None:
    """The holiday's day in `year`, or None when it does not fall in that year."""
    key = _key(name)
    if key in FIXED:
        month, day = FIXED[key]
        return datetime.date(year, month, day)
    return MOVABLE[key](year)
