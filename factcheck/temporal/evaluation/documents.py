"""What a reader gives the evaluator, and what a tagger's output is reduced to."""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SystemTimex:
    """A tagger's mention, reduced to what TempEval-3 scores."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class GoldTimex(SystemTimex):
    """An annotated TIMEX3 that consumes text: `text[start:end]` of its document is `text`."""

    tid: str = ""
    # The document's creation time when it appears in the text (MEANTIME's dateline).
    is_creation_time: bool = False


@dataclass(slots=True)
class GoldDocument:
    name: str
    text: str
    # The publication date the tagger resolves relative expressions against.
    creation_date: datetime.date
    # The DCT's TIMEX3 value as annotated ("1998-01-08T10:30:00" keeps its time).
    creation_value: str
    timexes: list[GoldTimex] = field(default_factory=list)
    # Annotation stops here (MEANTIME annotates only the first sentences): system mentions
    # starting at or after it are not scored. None means the whole text is annotated.
    scored_until: int | None = None
    path: str = ""

    @property
    def scored_text_length(self) -> int:
        return len(self.text) if self.scored_until is None else self.scored_until


def parse_creation_date(value: str) -> datetime.date:
    """The calendar day of a DCT value such as "1998-01-08" or "1998-01-08T10:30:00"."""
    return datetime.date.fromisoformat(value[:10])
