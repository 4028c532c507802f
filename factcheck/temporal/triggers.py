"""Trigger words: where in a text a temporal expression can possibly be.

Every expression of the grammar holds at least one trigger of its kind: a month name,
a four-digit number, a unit word ("years"), and so on. One fast pass finds them all;
each rule then runs only in windows around the triggers it needs, instead of trying
every position of the text. This keeps tagging near the speed of a single regex scan.

A window reaches WINDOW characters either side of its trigger, more than the longest
stretch of an expression on one side of its trigger ("the first nine months of" is 24).
"""

import re

WINDOW = 32


def _kinds() -> dict[str, str]:
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan", "feb", "mar", "apr",
              "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]  # fmt: skip
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    units = ["second", "minute", "hour", "day", "week", "weekend", "fortnight", "month",
             "quarter", "year", "decade", "half", "period"]  # fmt: skip
    words = [
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
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
        "daily",
        "hourly",
        "weekly",
        "monthly",
        "yearly",
        "nightly",
        "quarterly",
        "annually",
        "annual",
        "morning",
        "mornings",
        "afternoon",
        "afternoons",
        "evening",
        "evenings",
        "night",
        "nights",
        "overnight",
        "midafternoon",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "fiscal",
        "fy",
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
        "term",
        "run",
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
    ]
    kinds = dict.fromkeys(words, "word")
    kinds.update(dict.fromkeys(units, "unit"))
    kinds.update({word + "s": "unit" for word in units})
    kinds.update({"century": "unit", "centuries": "unit", "noon": "clock", "midnight": "clock",
                  "midday": "clock"})  # fmt: skip
    # A set needs "every", "each", "per" or a frequency ("twice a week").
    kinds.update(dict.fromkeys(("every", "each", "per", "once", "twice", "times"), "quantifier"))
    kinds.update(dict.fromkeys(months, "month"))
    kinds.update(dict.fromkeys(weekdays, "weekday"))
    kinds.update({word + "s": "weekday" for word in weekdays})
    kinds.update(dict.fromkeys(("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"), "weekday"))  # fmt: skip
    return kinds


def _cased_kinds() -> dict[str, str]:
    """Every spelling the scan may meet (lower, Title, UPPER case) mapped to its kind.

    Month and weekday names count only when capitalised: "may" and "march" are verbs.
    """
    cased = {}
    for word, kind in _kinds().items():
        if kind not in ("month", "weekday"):
            cased[word] = kind
        cased[word.capitalize()] = cased[word.upper()] = kind
    return cased


_WORD_KINDS = _cased_kinds()
_WORD = re.compile(r"[A-Za-z]{2,}")
# The lookahead up front lets the regex engine skip to candidate characters at C speed.
_NUMBERS = re.compile(
    r"(?=[\d'Qq])(?:(?P<digits>\d{4}(?!\d)|\d{1,2}/\d|'\d\d(?!\d)|\d0'?s(?!\w))"
    r"|(?P<clock>\d{1,2}(?:[:.]\d\d)?\s?[AaPp]\.?[Mm]|\d\d:\d\d)"
    r"|(?P<word>\b(?:[Qq][1-4]|[1-4][Qq])\b))"
)


# Which trigger kinds each rule of patterns.RULES needs; rules not listed use all kinds.
RULE_TRIGGERS = {
    "iso": ("digits",),
    "numeric": ("digits",),
    "month_day_year": ("month",),
    "day_month_year": ("month",),
    "month_day": ("month",),
    "day_month": ("month",),
    "month_year": ("month",),
    "month_relative_year": ("month",),
    "month": ("month",),
    "year": ("digits",),
    "year_range": ("digits",),
    "apostrophe_year": ("digits",),
    "relative_weekday": ("weekday",),
    "set_weekday": ("weekday",),
    "clock": ("clock",),
    "fiscal_year": ("word",),
    "decade": ("digits", "word"),
    "spelled_year": ("word",),
    "season": ("word",),
    "deictic_day": ("word",),
    "part_of_day": ("word",),
    "reference": ("word", "unit"),
    "set_adverb": ("word", "unit"),
    "quarter_code": ("word",),
    "relative_unit": ("unit",),
    "ago": ("unit",),
    "duration": ("unit",),
    "vague_plural": ("unit",),
    "set": ("quantifier",),
    "quarter": ("unit",),
    "half": ("unit",),
    "anaphoric_quarter": ("unit",),
    "year_quarter": ("unit",),
    "year_ago": ("unit",),
    "the_day": ("unit",),
    "the_weekend": ("unit",),
    "century": ("unit",),
    "the_year": ("unit",),
    "same_month": ("unit",),
    "unit_before": ("unit",),
    "holiday": ("word", "month", "weekday"),
}

KINDS = ("month", "weekday", "digits", "clock", "unit", "word", "quantifier")
_COMBINATIONS = frozenset({*RULE_TRIGGERS.values(), KINDS})


def windows(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """For each combination of trigger kinds a rule needs, the merged windows to search
    (combinations without any trigger in the text are left out).

    Words are looked up in a dictionary rather than matched by one large regular
    expression: the distinct words of the text are few, and each trigger word found is
    then located by str.find, which runs at C speed.
    """
    by_kind: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    kind_of = _WORD_KINDS.get
    for word in set(_WORD.findall(text)):
        kind = kind_of(word)
        if kind is None:
            continue
        spans = by_kind[kind]
        size = len(word)
        start = text.find(word)
        while start >= 0:
            end = start + size
            # The word itself, not a piece of a longer one ("Mayor", "Decatur").
            if not (start and text[start - 1].isalpha()) and not text[end : end + 1].isalpha():
                spans.append((start - WINDOW, end + WINDOW))
            start = text.find(word, end)
    for match in _NUMBERS.finditer(text):
        by_kind[match.lastgroup].append((match.start() - WINDOW, match.end() + WINDOW))
    length = len(text)
    merged = {kind: _merge(sorted(spans), length) for kind, spans in by_kind.items() if spans}
    result = {}
    for kinds in _COMBINATIONS:
        present = [merged[kind] for kind in kinds if kind in merged]
        if len(present) == 1:
            result[kinds] = present[0]
        elif present:
            result[kinds] = _merge(sorted(span for spans in present for span in spans), length)
    return result


def _merge(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in spans:
        start, end = max(0, start), min(length, end)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
