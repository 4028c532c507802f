"""Named days: "Christmas", "Thanksgiving Day", "Election Day", "New Year's Day".

Fixed-date holidays are month-day pairs; the movable ones are rules on the calendar
(the fourth Thursday of November). Only holidays common in English-language news are
listed, each with its date in the country whose press names it most.
"""

import datetime
import re

FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "independence day": (7, 4), "bastille day": (7, 14),
    "halloween": (10, 31), "veterans day": (11, 11), "armistice day": (11, 11),
    "remembrance day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "may day": (5, 1),
    "fourth of july": (7, 4), "juneteenth": (6, 19), "tax day": (4, 15),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "anzac day": (4, 25),
    "australia day": (1, 26), "waitangi day": (2, 6), "canada day": (7, 1),
    "republic day": (1, 26), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "all saints' day": (11, 1), "all souls' day": (11, 2), "st. george's day": (4, 23),
    "st george's day": (4, 23), "st. andrew's day": (11, 30), "st andrew's day": (11, 30),
    "burns night": (1, 25), "hogmanay": (12, 31), "ve day": (5, 8),
    "st crispin's day": (10, 25), "st. crispin's day": (10, 25), "saint crispin's day": (10, 25),
    "st stephen's day": (12, 26), "st. stephen's day": (12, 26), "saint stephen's day": (12, 26),
    "st david's day": (3, 1), "st. david's day": (3, 1), "saint david's day": (3, 1),
    "earth day": (4, 22), "groundhog day": (2, 2), "april fools' day": (4, 1),
    "april fool's day": (4, 1), "bloomsday": (6, 16),
}  # fmt: skip

# Holidays that other countries keep on other days: "India celebrated its 78th
# Independence Day", "Canadians gather for Thanksgiving". Countries by name and by the
# adjective news uses for them; without one, the day is the United States' (FIXED, MOVABLE).
_INDEPENDENCE = {
    ("india", "indian"): (8, 15), ("pakistan", "pakistani"): (8, 14),
    ("nigeria", "nigerian"): (10, 1), ("ghana", "ghanaian"): (3, 6),
    ("mexico", "mexican"): (9, 16), ("brazil", "brazilian"): (9, 7),
    ("indonesia", "indonesian"): (8, 17), ("philippines", "philippine", "filipino"): (6, 12),
    ("ukraine", "ukrainian"): (8, 24), ("bangladesh", "bangladeshi"): (3, 26),
    ("sri lanka", "sri lankan"): (2, 4), ("algeria", "algerian"): (7, 5),
    ("finland", "finnish"): (12, 6), ("poland", "polish"): (11, 11),
    ("zimbabwe", "zimbabwean"): (4, 18), ("uganda", "ugandan"): (10, 9),
    ("jamaica", "jamaican"): (8, 6), ("venezuela", "venezuelan"): (7, 5),
    ("argentina", "argentine", "argentinian"): (7, 9), ("chile", "chilean"): (9, 18),
    ("peru", "peruvian"): (7, 28), ("colombia", "colombian"): (7, 20),
    ("vietnam", "vietnamese"): (9, 2), ("malaysia", "malaysian"): (8, 31),
    ("kenya", "kenyan"): (12, 12), ("tanzania", "tanzanian"): (12, 9),
    ("south sudan", "south sudanese"): (7, 9), ("belarus", "belarusian"): (7, 3),
}  # fmt: skip
_COUNTRY_HOLIDAYS = {
    "independence day": {
        word: (lambda year, month=month, day=day: datetime.date(year, month, day))
        for words, (month, day) in _INDEPENDENCE.items()
        for word in words
    },
    # Canada's Thanksgiving is the second Monday of October.
    "thanksgiving": {
        word: (lambda year: nth_weekday(year, 10, 1, 2))
        for word in ("canada", "canadian", "canadians")
    },
}
_COUNTRY_HOLIDAYS["thanksgiving day"] = _COUNTRY_HOLIDAYS["thanksgiving"]
COUNTRY_WORDS = re.compile(
    r"\b("
    + "|".join(
        sorted({w for days in _COUNTRY_HOLIDAYS.values() for w in days}, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """The nth (1-based; -1 for the last) ISO weekday of a month."""
    if nth > 0:
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    last = following - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus; before 1583, the Julian
    one, in the Julian calendar's dates, as histories give them: Ascension Day 1429 was
    5 May)."""
    if year < 1583:
        return _julian_easter(year)
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


def _julian_easter(year: int) -> datetime.date:
    # Meeus's Julian computus.
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return datetime.date(year, month, day + 1)


def _thanksgiving(year: int) -> datetime.date:
    # The last Thursday of November until 1938, the fourth since (Roosevelt moved it).
    return nth_weekday(year, 11, 4, -1 if year < 1939 else 4)


# The Uniform Monday Holiday Act moved Memorial Day (May 30) and Columbus Day (October 12)
# to Mondays from 1971; histories date them by the rule of their time.
_MONDAY_HOLIDAYS_FROM = 1971

MOVABLE = {
    "thanksgiving day": _thanksgiving,
    "thanksgiving": _thanksgiving,
    "memorial day": lambda year: (
        nth_weekday(year, 5, 1, -1) if year >= _MONDAY_HOLIDAYS_FROM else datetime.date(year, 5, 30)
    ),
    "labor day": lambda year: nth_weekday(year, 9, 1, 1),
    "martin luther king day": lambda year: nth_weekday(year, 1, 1, 3),
    "martin luther king jr. day": lambda year: nth_weekday(year, 1, 1, 3),
    "martin luther king, jr. day": lambda year: nth_weekday(year, 1, 1, 3),
    # The shopping days after Thanksgiving.
    "black friday": lambda year: nth_weekday(year, 11, 4, 4) + datetime.timedelta(days=1),
    "cyber monday": lambda year: nth_weekday(year, 11, 4, 4) + datetime.timedelta(days=4),
    "presidents day": lambda year: nth_weekday(year, 2, 1, 3),
    "mother's day": lambda year: nth_weekday(year, 5, 7, 2),
    "father's day": lambda year: nth_weekday(year, 6, 7, 3),
    # US federal elections: the Tuesday after the first Monday of November.
    "election day": lambda year: nth_weekday(year, 11, 1, 1) + datetime.timedelta(days=1),
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
    "ascension day": lambda year: _easter(year) + datetime.timedelta(days=39),
    "pentecost": lambda year: _easter(year) + datetime.timedelta(days=49),
    "whit sunday": lambda year: _easter(year) + datetime.timedelta(days=49),
    "whit monday": lambda year: _easter(year) + datetime.timedelta(days=50),
    "mothering sunday": lambda year: _easter(year) - datetime.timedelta(days=21),
    "remembrance sunday": lambda year: nth_weekday(year, 11, 7, 2),
    "columbus day": lambda year: (
        nth_weekday(year, 10, 1, 2)
        if year >= _MONDAY_HOLIDAYS_FROM
        else datetime.date(year, 10, 12)
    ),
    # The US primaries' biggest day: the first Tuesday of March (in 2008, February 5).
    "super tuesday": lambda year: (
        datetime.date(2008, 2, 5) if year == 2008 else nth_weekday(year, 3, 2, 1)
    ),
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


def country_near(name: str, text: str, start: int, sentence: tuple[int, int]) -> str | None:
    """For a holiday some countries keep on days of their own, the country its sentence
    (text[sentence[0]:sentence[1]]) names nearest to it ("Nigeria will mark its 63rd
    Independence Day"); None for other holidays or when no country is named."""
    if _key(name) not in _COUNTRY_HOLIDAYS:
        return None
    found = [*COUNTRY_WORDS.finditer(text, *sentence)]
    if not found:
        return None
    return min(found, key=lambda word: abs(word.start() - start))[1]


def holiday_date(name: str, year: int, country: str | None = None) -> datetime.date | None:
    """The holiday's day in `year` (in `country`, a word of COUNTRY_WORDS, when it keeps
    its own), or None when it does not fall in that year."""
    key = _key(name)
    if country and (own := _COUNTRY_HOLIDAYS.get(key, {}).get(country.lower())):
        return own(year)
    if key in FIXED:
        month, day = FIXED[key]
        return datetime.date(year, month, day)
    return MOVABLE[key](year)
