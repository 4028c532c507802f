"""Read-only rows for the timeline page and its exports.

A 1,000-event timeline is 1,000 events, their claims, articles and sources: building
model instances for all of them and walking them in the template language costs about
a second. These rows are plain slotted objects filled from `.values()` queries (see
selectors.timeline_events), with the same presentation properties as the Event model
(EventPresentation), so the page renders in tens of milliseconds and the exports read
the very same data."""

import datetime
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from factcheck.models import Precision, Stance, Verdict
from timeline import periods
from timeline.periods import Period

VERDICT_LABELS = dict(Verdict.choices)
VERDICT_ORDER = {verdict.value: rank for rank, verdict in enumerate(Verdict)}
STANCE_LABELS = dict(Stance.choices)


@lru_cache(maxsize=4096)
def describe(value: str, mod: str | None) -> str:
    """factcheck.temporal.describe_value, memoised: a timeline repeats its dates."""
    from factcheck.temporal import describe_value

    return describe_value(value, mod)


def date_label(dated) -> str:
    """A dated row's date in words: "September 2010", "c. 2001", "early 2010" (its
    narrowed bounds say "early"), or both ends of a range when there is no single value
    ("May 18, 2011 – May 21, 2011")."""
    from factcheck.temporal.values import part_mod

    if dated.date_value:
        if dated.approximate:
            return describe(dated.date_value, "APPROX")
        return describe(dated.date_value, part_mod(dated.date_value, dated.earliest, dated.latest))
    if dated.earliest is None:
        return ""
    first = describe(dated.earliest.isoformat(), None)
    if dated.latest is None or dated.latest == dated.earliest:
        return first
    return f"{first} – {describe(dated.latest.isoformat(), None)}"


def html_datetime(dated) -> str:
    """The `datetime` attribute of <time>: only the parts the date is known to, since
    HTML reads "2010-09" as a month and "2001" as a year. Empty when HTML has no form
    for the precision (seasons, decades) or the date is a range, so the template drops
    the attribute."""
    earliest: datetime.date | None = dated.earliest
    if earliest is None or "/" in (dated.date_value or ""):
        return ""  # no date at all, or a range ("2001/2005"), which HTML cannot say
    precision = dated.precision
    if precision == Precision.DAY:
        return earliest.isoformat()
    if precision == Precision.WEEK:
        year, week, _ = earliest.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == Precision.MONTH:
        return f"{earliest.year:04d}-{earliest.month:02d}"
    if precision == Precision.YEAR:
        return f"{earliest.year:04d}"
    if not precision and dated.latest == earliest:
        return earliest.isoformat()
    return ""


class EventPresentation:
    """What a reader sees of an event, from `shown_claims` (the claims they may see)."""

    __slots__ = ()

    @property
    def verdicts(self) -> list[Verdict]:
        """The distinct verdicts of the event's claims, in the Verdict order."""
        found = {claim.verdict for claim in self.shown_claims}
        return [Verdict(value) for value in sorted(found, key=VERDICT_ORDER.__getitem__)]

    @property
    def dated_claims(self) -> list:
        return [claim for claim in self.shown_claims if claim.earliest is not None]

    @property
    def claim_dates_differ(self) -> bool:
        """True when the claims behind the event tell its date differently, if only in
        precision ("April 2, 2011" and "April 2011"): the page then lists each claim's
        own date next to its source."""
        dates = {
            (claim.date_value, claim.earliest, claim.latest, claim.approximate)
            for claim in self.dated_claims
        }
        return len(dates) > 1

    @property
    def dates_disagree(self) -> bool:
        """True when the claims' dates cannot all be true: no day lies within every
        claim's bounds. "May 18, 2011" and "week 20 of 2011" agree (one is a finer
        telling of the other); "May 18" and "May 21" do not. Spans on a line meet
        pairwise only if they all share a day, so one comparison says it for any number
        of claims. The page then flags the event instead of silently picking a date."""
        claims = self.dated_claims
        if len(claims) < 2:
            return False
        last_start = max(claim.earliest for claim in claims)
        first_end = min(claim.latest or claim.earliest for claim in claims)
        return last_start > first_end

    @property
    def period(self) -> Period | None:
        """Where the year filter and the year headings file the event: its decade or
        century when it is dated no finer ("the 1990s" is not 1990, see
        timeline.periods), else its first year. None when undated."""
        if self.earliest is None:
            return None
        return periods.of_value(self.date_value or "", self.precision) or periods.year(
            self.earliest.year
        )

    def falls_in(self, period: Period) -> bool:
        """Whether the filter by `period` shows the event: a range ("1998/2004") when it
        spans any year of the period, any other date when its own period lies within it
        (1995 and "the 1990s" under the 1990s, but "the 1990s" not under 1990)."""
        if self.earliest is None:
            return False
        if "/" in (self.date_value or "") and self.latest is not None:
            return period.overlaps(self.earliest.year, self.latest.year)
        return period.holds(self.period)

    @property
    def date_label(self) -> str:
        return date_label(self)

    @property
    def html_datetime(self) -> str:
        return html_datetime(self)


@dataclass(slots=True)
class SourceEntry:
    pk: int
    url: str
    citation: str
    title: str
    publisher: str
    stance: str
    published_on: datetime.date | None
    archive_url: str

    def get_stance_display(self) -> str:
        return STANCE_LABELS.get(self.stance, self.stance)


@dataclass(slots=True)
class ArticleEntry:
    pk: int
    title: str
    outlet: str
    url: str
    published_on: datetime.date
    public_url: str
    # The escaped pieces the page repeats for every claim of this article.
    html_title: str = ""
    html_outlet: str = ""
    html_url: str = ""
    html_date: str = ""

    def __post_init__(self):
        self.html_title = escape(self.title)
        self.html_outlet = escape(self.outlet)
        self.html_url = escape(self.url)
        day = self.published_on
        self.html_date = f"{day:%B} {day.day}, {day.year}"

    def get_public_url(self) -> str:
        return self.public_url


@dataclass(slots=True)
class ClaimEntry:
    pk: int
    quote: str
    statement: str
    verdict: str
    verdict_note: str
    date_text: str
    date_value: str
    earliest: datetime.date | None
    latest: datetime.date | None
    precision: str
    approximate: bool
    article: ArticleEntry
    source_list: list[SourceEntry] = field(default_factory=list)

    def get_verdict_display(self) -> str:
        return VERDICT_LABELS.get(self.verdict, self.verdict)


@dataclass(slots=True)
class EventEntry(EventPresentation):
    pk: int
    headline: str
    description: str
    date_text: str
    date_value: str
    earliest: datetime.date | None
    latest: datetime.date | None
    precision: str
    approximate: bool
    updated_at: datetime.datetime
    has_claims: bool
    visible_claims: list[ClaimEntry] = field(default_factory=list)

    @property
    def shown_claims(self) -> list[ClaimEntry]:
        return self.visible_claims
