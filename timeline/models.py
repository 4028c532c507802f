from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Greatest, Least
from django.urls import reverse

from factcheck.models import Claim, ClaimStatus, DatedFields
from factcheck.validators import reject_nul_bytes
from timeline.entries import EventPresentation, date_label, html_datetime

__all__ = ["Event", "MergeProposal", "MergeStatus", "Timeline", "date_label", "html_datetime"]


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

    def shown(self):
        """Events a reader may see: with an accepted, dated claim, or with no claim at
        all (written by an editor in the admin). An event whose claims were all rejected
        stays for its merge log (Event.carries_merge_log) but is shown and offered nowhere."""
        links = Event.claims.through.objects.filter(event_id=models.OuterRef("pk"))
        accepted = links.filter(claim__status=ClaimStatus.ACCEPTED, claim__earliest__isnull=False)
        return self.filter(models.Exists(accepted) | ~models.Exists(links))


class Event(EventPresentation, DatedFields):
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

    def carries_merge_log(self) -> bool:
        """Whether a decided merge names this event (confirmed, undone or dismissed).
        Such an event is never deleted with its last claim: the log of who merged what
        would go with it (on_delete CASCADE), and the event it absorbed would stand
        again, empty and on no timeline. One query."""
        return (
            MergeProposal.objects.filter(models.Q(kept=self) | models.Q(merged=self))
            .exclude(status=MergeStatus.PROPOSED)
            .exists()
        )

    # What a reader sees (EventPresentation) reads `visible_claims`, the claims a reader
    # may see; without it (an event loaded on its own) it falls back to a query.

    @property
    def shown_claims(self) -> list[Claim]:
        claims = getattr(self, "visible_claims", None)
        return list(self.claims.all()) if claims is None else claims


class TimelineQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def curated(self):
        return self.filter(article__isnull=True)


class Timeline(models.Model):
    title = models.CharField(max_length=300, validators=[reject_nul_bytes])
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=True)
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

    def reviewable(self):
        """Open proposals whose two events both still stand. One that names an event
        since folded into another waits hidden: confirming it would fail, and undoing
        that other merge brings it back (confirm_merge carries the pair over to the
        event that absorbed it)."""
        return self.open().filter(kept__merged_into__isnull=True, merged__merged_into__isnull=True)

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
    # Timelines that held the kept event before the merge: a topic timeline given the
    # kept event later chose it standing for both, so undo gives it the merged one too.
    kept_timeline_ids = models.JSONField(default=list, blank=True)
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
            # One proposal per pair, in either order: a dismissed pair is not proposed
            # again, and B into A is the same pair as A into B (clean() says so first).
            models.UniqueConstraint(
                Least("kept", "merged"),
                Greatest("kept", "merged"),
                name="merge_pair_unique_any_order",
                violation_error_message="These two events already have a merge proposal.",
            ),
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

    def clean(self):
        # Mirrors merge_pair_unique_any_order, naming the proposal already made.
        if self.kept_id is None or self.merged_id is None or self.kept_id == self.merged_id:
            return
        pair = models.Q(kept=self.kept_id, merged=self.merged_id) | models.Q(
            kept=self.merged_id, merged=self.kept_id
        )
        earlier = MergeProposal.objects.filter(pair).exclude(pk=self.pk).first()
        if earlier is not None:
            raise ValidationError(
                {
                    "merged": (
                        f"These two events already have a merge proposal: {earlier}. A pair "
                        "is proposed once, whichever event is kept; decide that one instead."
                    )
                }
            )
