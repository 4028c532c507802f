import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse

from factcheck.models import Claim, DatedFields, Precision, Verdict
from factcheck.validators import reject_nul_bytes


class EventQuerySet(models.QuerySet):
    def dated(self):
        return self.filter(earliest__isnull=False)

    def chronological(self):
        """By earliest day, then coarser first ("2010" before "September 2010" before
        "September 14, 2010": the wider span, the later `latest`), then creation order
        so equal dates never swap places between two renders."""
        return self.order_by("earliest", models.F("latest").desc(nulls_last=True), "pk")

    def published(self):
        return self.filter(timelines__is_published=True).distinct()

    def live(self):
        """Events not folded into another by a merge."""
        return self.filter(merged_into__isnull=True)


class Event(DatedFields):
    headline = models.CharField(max_length=200, validators=[reject_nul_bytes])
    description = models.TextField(blank=True, validators=[reject_nul_bytes])
    claims = models.ManyToManyField(Claim, related_name="events", blank=True)
    # Set while this event is folded into another by a confirmed merge; the row is kept
    # (not deleted) so that undoing the merge gives back the very same event.
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="absorbed",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["earliest", "-latest", "pk"]
        constraints = [*DatedFields.date_constraints("event")]
        indexes = [
            # Timeline pages sort by these bounds and filter by year ranges.
            models.Index(fields=["earliest", "latest"], name="event_bounds_idx"),
        ]

    def __str__(self):
        return self.headline

    def clean(self):
        self.clean_dates()

    # Presentation -------------------------------------------------------------
    # These read `visible_claims`, the claims a reader may see, which the selectors
    # prefetch; without it they fall back to a query per event.

    @property
    def shown_claims(self) -> list[Claim]:
        claims = getattr(self, "visible_claims", None)
        return list(self.claims.all()) if claims is None else claims

    @property
    def verdicts(self) -> list[Verdict]:
        """The distinct verdicts of the event's claims, worst news first."""
        found = {claim.verdict for claim in self.shown_claims}
        return [verdict for verdict in Verdict if verdict.value in found]

    @property
    def dated_claims(self) -> list[Claim]:
        return [claim for claim in self.shown_claims if claim.earliest is not None]

    @property
    def dates_disagree(self) -> bool:
        """True when the claims behind the event give different dates: the page then
        shows each claim's date and source instead of silently picking one."""
        dates = {
            (claim.date_value, claim.earliest, claim.latest, claim.approximate)
            for claim in self.dated_claims
        }
        return len(dates) > 1

    @property
    def year(self) -> int | None:
        return self.earliest.year if self.earliest else None

    @property
    def date_label(self) -> str:
        return date_label(self)

    @property
    def html_datetime(self) -> str:
        return html_datetime(self)


def date_label(dated) -> str:
    """A DatedFields row's date in words: "September 2010", "c. 2001", or both ends
    of a range when there is no single value ("May 18, 2011 – May 21, 2011")."""
    from factcheck.temporal import describe_value

    if dated.date_value:
        return dated.date_in_words
    if dated.earliest is None:
        return ""
    if dated.latest is None or dated.latest == dated.earliest:
        return describe_value(dated.earliest.isoformat())
    return (
        f"{describe_value(dated.earliest.isoformat())} – {describe_value(dated.latest.isoformat())}"
    )


def html_datetime(dated) -> str:
    """The `datetime` attribute of <time>: only the parts the date is known to, since
    HTML reads "2010-09" as a month and "2001" as a year. Empty when HTML has no form
    for the precision (seasons, decades), so the template drops the attribute."""
    earliest: datetime.date | None = dated.earliest
    if earliest is None:
        return ""
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


class TimelineQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def curated(self):
        return self.filter(article__isnull=True)


class Timeline(models.Model):
    title = models.CharField(max_length=300, validators=[reject_nul_bytes])
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, validators=[reject_nul_bytes])
    is_published = models.BooleanField("published", default=False)
    # Set for an article's own timeline; empty for a curated (topic) timeline.
    article = models.OneToOneField(
        "factcheck.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="timeline",
    )
    events = models.ManyToManyField(Event, related_name="timelines", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="timelines_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TimelineQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        indexes = [
            # Home page: published timelines, most recently changed first.
            models.Index(fields=["is_published", "-updated_at"], name="timeline_published_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("public:timeline", args=[self.slug])


class MergeStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    CONFIRMED = "confirmed", "Confirmed"
    DISMISSED = "dismissed", "Dismissed"
    UNDONE = "undone", "Undone"


class MergeProposalQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=MergeStatus.PROPOSED)

    def confirmed(self):
        return self.filter(status=MergeStatus.CONFIRMED)

    def with_events(self):
        """Both events with their claims and articles: the merge pages show them side by side."""
        claims = models.Prefetch("claims", queryset=Claim.objects.select_related("article"))
        return self.select_related("kept", "merged", "decided_by", "undone_by").prefetch_related(
            models.Prefetch("kept__claims", queryset=claims.queryset),
            models.Prefetch("merged__claims", queryset=claims.queryset),
        )


class MergeProposal(models.Model):
    """A suggestion that two events (usually from different articles) are one, and,
    once decided, the log of that decision: who confirmed or undid it, when, and
    exactly what moved (`moved_claim_ids`, `moved_timeline_ids`) so undo can restore it."""

    kept = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="merges_kept")
    merged = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="merges_merged")
    similarity = models.FloatField(help_text="Word overlap of the two events (0 to 1).")
    reason = models.CharField(max_length=300, blank=True)
    status = models.CharField(
        max_length=10, choices=MergeStatus.choices, default=MergeStatus.PROPOSED
    )
    moved_claim_ids = models.JSONField(default=list, blank=True)
    moved_timeline_ids = models.JSONField(default=list, blank=True)
    # Timelines that gained the kept event through the merge (undo takes it back out).
    kept_added_timeline_ids = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merge_decisions",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merges_undone",
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    objects = MergeProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kept=models.F("merged")),
                name="merge_two_different_events",
                violation_error_message="An event cannot be merged with itself.",
            ),
            # One proposal per pair: a dismissed pair is not proposed again.
            models.UniqueConstraint(fields=["kept", "merged"], name="merge_pair_unique"),
            models.CheckConstraint(
                condition=models.Q(status__in=MergeStatus.values), name="merge_status_known"
            ),
        ]
        indexes = [
            # The editor's merge page: open proposals first, newest first.
            models.Index(fields=["status", "-created_at"], name="merge_status_created_idx"),
        ]

    def __str__(self):
        return f"{self.merged} → {self.kept} ({self.get_status_display()})"
