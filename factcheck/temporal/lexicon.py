"""Words the grammar is built from: months, weekdays, numbers, units, parts of the day.

Each table maps a lower-cased surface form to what it means; `alternation()` turns a
table into a regular-expression alternation, longest form first so that "Sept." wins
over "Sep" and "twenty-one" over "twenty".
"""

import functools
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Full month names that are also everyday English words ("may" the verb, "March" the
# walk): they count as months only next to a day, a year or a date modifier.
AMBIGUOUS_MONTHS = {"may", "march"}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

# TimeML writes seasons as SP, SU, FA, WI; their bounds are meteorological seasons.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# TimeML parts of the day (TIMEX3 values like 2011-05-22TMO).
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "overnight": "NI", "dawn": "MO",
    "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "EV",
}  # fmt: skip

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
    "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "fortnight": "FN",
}  # fmt: skip

# Units measured in time of day take a "T" in ISO 8601 durations (PT3H, but P3M).
CLOCK_UNITS = {"second", "minute", "hour"}

UNIT_WORDS = r"seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries"

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "final": 4, "last": 4,
}  # fmt: skip

# Vague amounts: TimeML writes an unknown count as X ("several years" is PXY).
VAGUE_AMOUNTS = {"several", "a few", "few", "many", "some", "a number of"}

# Decade words: "the nineties" is the 1990s.
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9, "noughties": 0,
}  # fmt: skip


def alternation(words) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _number_words() -> dict[str, int]:
    numbers = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "a dozen": 12, "dozen": 12}
    numbers.update(ONES)
    numbers.update(TENS)
    for tens_word, tens in TENS.items():
        for ones_word, ones in ONES.items():
            if ones < 10:
                numbers[f"{tens_word}-{ones_word}"] = tens + ones
                numbers[f"{tens_word} {ones_word}"] = tens + ones
    numbers["a hundred"] = numbers["one hundred"] = numbers["hundred"] = 100
    numbers["a thousand"] = numbers["one thousand"] = 1000
    return numbers


NUMBER_WORDS = _number_words()


def number_value(word: str) -> int | None:
    """The integer a count word or numeral stands for; None for vague amounts."""
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    if word.replace(".", "", 1).isdigit():
        return None
    return NUMBER_WORDS.get(word)


def ordinal_number(word: str) -> int | None:
    """The number an ordinal stands for: "second" 2, "21st" 21 (None for other words)."""
    lowered = word.lower()
    if lowered[:-2].isdigit() and lowered[-2:] in ("st", "nd", "rd", "th"):
        return int(lowered[:-2])
    return ORDINALS.get(lowered)


def counted_before(text: str, position: int) -> bool:
    """Whether the word right before `position` counts something ("15 minutes", "two
    months", "several weeks")."""
    before = _WORD_BEFORE.search(text, max(0, position - 16), position)
    if before is None:
        return False
    word = before[1].lower()
    return word.isdigit() or word in NUMBER_WORDS or word in VAGUE_AMOUNTS


_WORD_BEFORE = re.compile(r"(\w+)\s$")


def unit_word(word: str) -> str:
    """The singular of a unit word: "years" is "year", "centuries" "century"."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


@functools.lru_cache(maxsize=1024)  # a text's lengths repeat their few count words
def count_value(words: str) -> tuple[bool, int | None]:
    """(is a count, its value): ("two", 2), ("several", None); ("fiscal", ...) is no count."""
    words = " ".join(words.lower().split())
    if words in VAGUE_AMOUNTS or words in ("a couple", "a number of"):
        return True, None
    if words in ("a couple of", "a couple", "couple of"):  # "the next couple of years"
        return True, 2
    head, joined, rest = words.partition(" hundred and ")
    if joined:  # "a hundred and twelve"
        hundreds, ones = count_value(head + " hundred"), count_value(rest)
        if hundreds[1] is None or ones[1] is None or ones[1] >= 100:
            return False, None
        return True, hundreds[1] + ones[1]
    scaled = words.rsplit(" ", 1)
    if len(scaled) == 2 and scaled[1] in ("hundred", "thousand"):
        base = 1 if scaled[0] in ("a", "an") else number_value(scaled[0])
        scale = 100 if scaled[1] == "hundred" else 1000
        return base is not None, None if base is None else base * scale
    value = number_value(
        words.replace("twenty ", "twenty-").replace("thirty ", "thirty-")
        if words.split(" ")[0] in TENS
        else words
    )
    if value is None and words.replace(",", "").replace(".", "", 1).isdigit():
        return True, None
    return value is not None, value


# Past participles that do not end in -ed: after "has" or "have" they tell of what has
# happened ("has shrunk", "have risen"); a text that opens so is news.
PARTICIPLES = frozenset(
    ["been", "gone", "done", "made", "taken", "given", "won", "lost", "left", "said", "told",
     "seen", "become", "begun", "fallen", "written", "held", "found", "come", "run", "sold",
     "paid", "spent", "brought", "kept", "met", "hit", "struck", "sent", "built", "fled",
     "led", "shot", "stolen", "broken", "chosen", "driven", "drawn", "grown", "known",
     "shown", "thrown", "sworn", "risen", "spoken", "frozen", "flown", "beaten", "forgotten",
     "withdrawn", "fought", "caught", "sought", "sunk", "shrunk", "overtaken", "sprung"]
)  # fmt: skip

# Irregular past forms common in news (regular ones end in -ed); forms that are also
# present tense ("put", "hit", "set") are left out.
PAST_FORMS = frozenset(
    ["said", "told", "took", "came", "went", "made", "gave", "met",
     "began", "saw", "fell", "rose", "won", "lost", "left", "sold", "bought", "paid",
     "held", "spent", "brought", "got", "flew", "fled", "fought", "led", "became", "broke",
     "built", "caught", "chose", "drove", "felt", "found", "grew", "heard", "kept", "knew",
     "meant", "sent", "spoke", "stood", "stole", "struck", "taught", "thought", "threw",
     "wrote", "withdrew", "upheld", "withheld", "sought", "swore", "shot", "ran", "sank",
     "sat", "slept", "overtook", "drew", "rang", "swept", "tore", "wore", "bore", "froze",
     "rode", "woke", "shook", "sprang", "sang", "spun", "slid", "stuck", "swung", "hung",
     "dug", "hid", "laid", "lent", "wept", "forgave", "forgot", "strode", "stung", "dealt",
     "lit", "shrank", "swam", "drank", "ate", "blew", "crept", "knelt", "leapt",
     "shone", "slung", "spat", "strove", "bled", "bred", "clung", "flung", "misled",
     "outran", "oversaw", "rebuilt", "retook", "slew", "sped", "strung", "underwent",
     "withstood", "outgrew", "overran", "overthrew", "rewrote", "foresaw", "forbade",
     "undertook", "overcame", "understood", "mistook", "arose", "awoke"]
)  # fmt: skip

# Verbs that report news, as a regular expression's alternatives: the day after one is
# the day the news was told ("the FBI said Friday").
REPORTING_VERBS = "said|says|told|announced|reported|confirmed|disclosed|added|stated"


def is_reported_on(text: str, start: int, floor: int = 0) -> bool:
    """Whether the day at text[start] is the one the news was told on ("the FBI said
    Friday", "announced on Monday"), not a day of the news itself; the verb is looked
    for from `floor` on."""
    return _REPORTED_ON.search(text, max(floor, start - 12), start) is not None


_REPORTED_ON = re.compile(rf"\b(?:{REPORTING_VERBS})\s(?:on\s)?$")
