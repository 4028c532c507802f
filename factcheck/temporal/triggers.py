"""Trigger words: where in a text a temporal expression can possibly be.

Every expression of the grammar holds at least one trigger of its kind: a month name,
a four-digit number, a unit word ("years"), and so on. One fast pass finds them all;
each rule then runs only in windows around the triggers it needs, instead of trying
every position of the text. This keeps tagging near the speed of a single regex scan.

A window reaches WINDOW characters either side of its trigger, more than the longest
stretch of an expression on one side of its trigger ("the first nine months of" is 24).
"""

import re

WINDOW = 48

_TRIGGERS = re.compile(
    r"(?<![\w])(?:"
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])|"
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|"
    r"DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?![A-Za-z]))"
    r"|(?P<weekday>(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?s?(?![a-z])|"
    r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?![A-Za-z]))"
    r"|(?P<digits>\d{4}(?!\d)|\d{1,2}/\d|'\d\d(?!\d)|\d0'?s(?!\w))"
    r"|(?P<clock>\d{1,2}(?:[:.]\d\d)?\s?(?i:[ap]\.?m)|\d\d:\d\d|(?i:noon|midnight|midday)(?!\w))"
    r"|(?P<unit>(?i:(?:\w+-)?(?:second|minute|hour|day|week|fortnight|month|quarter|year|"
    r"decade|centur|half|period|weekend))[\w-]*)"
    r"|(?P<word>(?i:today|tonight|yesterday|tomorrow|now|current|recent|lately|past|future|"
    r"present|nowaday|these\sdays|time\sbeing|near|soon|ahead|coming|daily|hourly|weekly|"
    r"monthly|yearly|nightly|morning|afternoon|evening|night|overnight|mid-?afternoon|"
    r"spring|summer|fall|autumn|winter|fiscal|fy|nineteen|twenty|two\sthousand|twenties|"
    r"thirties|forties|fifties|sixties|seventies|eighties|nineties|q[1-4]|[1-4]q|term|run)\w*)"
    r")"
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
    "set": ("unit", "weekday", "month", "word"),
    "quarter": ("unit",),
    "half": ("unit",),
    "anaphoric_quarter": ("unit",),
    "year_quarter": ("unit",),
    "year_ago": ("unit",),
    "the_day": ("unit",),
    "the_weekend": ("unit",),
    "century": ("unit",),
}

KINDS = ("month", "weekday", "digits", "clock", "unit", "word")


def windows(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """For each combination of trigger kinds a rule needs, the merged windows to search."""
    by_kind: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    for match in _TRIGGERS.finditer(text):
        by_kind[match.lastgroup].append((match.start() - WINDOW, match.end() + WINDOW))
    result = {}
    for kinds in {*RULE_TRIGGERS.values(), KINDS}:
        spans = sorted(span for kind in kinds for span in by_kind[kind])
        result[kinds] = _merge(spans, len(text))
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
