"""DateMention: one temporal expression found in a text, with its TIMEX3 reading."""

import dataclasses
import datetime

from factcheck.temporal.values import bounds, narrow

# TimeML mods that say the value is not exact.
APPROXIMATE_MODS = frozenset({"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})


@dataclasses.dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int  # exclusive: text[start:end] == mention.text
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value
    mod: str | None = None
    earliest: datetime.date | None = None
    latest: datetime.date | None = None
    precision: str | None = None

    @property
    def approximate(self) -> bool:
        return self.mod in APPROXIMATE_MODS

    @property
    def before_christ(self) -> bool:
        """A year or century before AD 1 ("44 BC" is BC0044, "the 5th century BC" BC04,
        as TIMEX2 writes them): a date, but one with no calendar bounds."""
        return self.type == "DATE" and self.value.startswith("BC")

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "precision": self.precision,
        }


def make_mention(text: str, start: int, end: int, type_: str, value: str, mod=None):
    """A mention with bounds and precision worked out from its value.

    Durations and sets cover no particular dates, so they get no bounds; neither do the
    vague PRESENT_REF / PAST_REF / FUTURE_REF.
    """
    earliest = latest = precision = None
    if type_ in ("DATE", "TIME"):
        earliest, latest, precision = bounds(value)
        earliest, latest = narrow(earliest, latest, mod)
        if mod in ("BEFORE", "ON_OR_BEFORE"):
            earliest = None
        elif mod in ("AFTER", "ON_OR_AFTER"):
            latest = None
    return DateMention(start, end, text[start:end], type_, value, mod, earliest, latest, precision)
