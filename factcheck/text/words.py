"""Word lists the text tools share."""

# Month and weekday names: capitalised, yet neither actors nor content that tells two
# events apart ("Friday" in two reports says nothing about whether they are one event).
CALENDAR_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
