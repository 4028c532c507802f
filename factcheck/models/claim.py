from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.functions import Length
from django.utils import timezone
from simple_history.models import HistoricalRecords

from factcheck.models.article import Article
from factcheck.models.choices import ClaimStatus, Verdict
from factcheck.models.dating import DatedFields
from factcheck.models.versioning import Versioned
from factcheck.validators import reject_nul_bytes


class ClaimQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(status=ClaimStatus.ACCEPTED)

    def suggested(self):
        return self.filter(status=ClaimStatus.SUGGESTED)

    def published(self):
        return self.accepted().filter(article__is_published=True)

    def dated(self):
        return self.filter(earliest__isnull=False)

    def checked(self):
        return self.exclude(verdict=Verdict.UNCHECKED)

    def awaiting_verdict(self):
        return self.accepted().filter(verdict=Verdict.UNCHECKED)

    def in_text_order(self):
        return self.order_by("start", "end", "pk")

    def update(self, **kwargs):
        # A bare UPDATE would change verdicts without history or the source rule.
        if "verdict" in kwargs:
            raise TypeError(
                "Change verdicts with Claim.set_verdict(), which records history "
                "and checks sources; QuerySet.update(verdict=...) is not allowed."
            )
        return super().update(**kwargs)


@dataclass(frozen=True)
class VerdictChange:
    before: str | None
    after: str
    by: object
    at: datetime
    note: str
    sources: list

    @property
    def after_label(self) -> str:
        return Verdict(self.after).label

    @property
    def before_label(self) -> str:
        return Verdict(self.before).label if self.before else ""


class ClaimHistoryFields(models.Model):
    """Extra columns on each history row: the sources behind the verdict at that moment."""

    sources_snapshot = models.JSONField(default=list, blank=True)

    class Meta:
        abstract = True


class Claim(Versioned, DatedFields):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    status = models.CharField(
        max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.SUGGESTED
    )
    quote = models.TextField(
        help_text="The exact words in the article.", validators=[reject_nul_bytes]
    )
    start = models.PositiveIntegerField(help_text="Character offset of the quote in the text.")
    end = models.PositiveIntegerField(help_text="Offset just past the quote's last character.")
    statement = models.TextField(
        help_text="The claim as the editor phrases it.", validators=[reject_nul_bytes]
    )
    verdict = models.CharField(max_length=12, choices=Verdict.choices, default=Verdict.UNCHECKED)
    verdict_note = models.TextField(
        "rationale",
        blank=True,
        help_text="What the public reads: why this verdict.",
        validators=[reject_nul_bytes],
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims_reviewed",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[ClaimHistoryFields], excluded_fields=["version"])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="claim_span_not_empty",
                violation_error_message="The quote's span must not be empty.",
            ),
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("quote")),
                name="claim_span_matches_quote_length",
                violation_error_message="The span's length must match the quote.",
            ),
            models.CheckConstraint(
                condition=Q(verdict__in=Verdict.values), name="claim_verdict_known"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values), name="claim_status_known"
            ),
            models.CheckConstraint(
                condition=Q(verdict=Verdict.UNCHECKED) | Q(reviewed_at__isnull=False),
                name="claim_verdict_has_review_time",
                violation_error_message="A verdict needs the time it was given.",
            ),
            *DatedFields.date_constraints("claim"),
        ]
        indexes = [
            # Editor queue and public "recently checked": verdict filter, newest review first.
            models.Index(fields=["verdict", "-reviewed_at"], name="claim_verdict_reviewed_idx"),
            # Timelines and date filters sort and range over the bounds.
            models.Index(fields=["earliest", "latest"], name="claim_bounds_idx"),
        ]

    def __str__(self):
        return self.statement[:80] or self.quote[:80]

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("editor:claim", args=[self.pk])

    @property
    def verdict_choice(self) -> Verdict:
        return Verdict(self.verdict)

    def clean(self):
        errors = {}
        body = self.article.body if self.article_id else None
        if self.start is not None and self.end is not None:
            if self.end <= self.start:
                errors["end"] = "The quote's span must not be empty."
            elif body is not None and self.end > len(body):
                errors["end"] = (
                    f"The span ends at {self.end}, past the end of the article "
                    f"({len(body)} characters)."
                )
            elif body is not None and body[self.start : self.end] != self.quote:
                errors["quote"] = "The quote does not match the article text at that span."
        if self.verdict != Verdict.UNCHECKED and self.status != ClaimStatus.ACCEPTED:
            # A suggestion is not yet a claim the desk stands behind; a rejected one never is.
            errors["verdict"] = "Accept the claim before giving it a verdict."
        elif self.verdict != Verdict.UNCHECKED and not (self.pk and self.sources.exists()):
            errors["verdict"] = (
                "Add at least one source before giving a verdict other than “Unchecked”."
            )
        try:
            self.clean_dates()
        except ValidationError as error:
            errors.update(error.message_dict)
        if errors:
            raise ValidationError(errors)

    # State changes -------------------------------------------------------------

    def save_by(self, *, by, reason: str) -> None:
        """Save, naming who and why on the history row (simple-history reads these)."""
        self._history_user = by
        self._change_reason = reason[:100]
        self.save()

    def set_verdict(self, verdict, *, by, note: str = "", sources=()) -> None:
        """Give the claim a verdict, adding any new `sources` first.

        Sources, verdict and history row are written in one transaction: a verdict
        must never be stored without the sources that justify it, nor without its
        history entry."""
        verdict = Verdict(verdict)
        with transaction.atomic():
            for source in sources:
                source.claim = self
                source.added_by = source.added_by or by
                source.full_clean()
                source.save()
            self.verdict = verdict
            self.verdict_note = note
            if verdict == Verdict.UNCHECKED:
                self.reviewed_by, self.reviewed_at = None, None
            else:
                self.reviewed_by, self.reviewed_at = by, timezone.now()
            self.full_clean()
            self.save_by(by=by, reason=note[:100] or f"Verdict set to {verdict.label}")

    def accept(self, *, by) -> None:
        self._set_status(ClaimStatus.ACCEPTED, by=by)

    def reject(self, *, by) -> None:
        """A rejected claim is not one the desk checks, so any verdict it had goes back
        to unchecked in the same save; its history row keeps what the verdict was."""
        reason = None
        if self.verdict != Verdict.UNCHECKED:
            # The rationale went with the verdict: kept, it would read as the reason
            # for "Unchecked" on the history and on the public page.
            reason = f"Claim rejected; its verdict ({self.verdict_choice.label}) withdrawn"
            self.verdict, self.reviewed_by, self.reviewed_at = Verdict.UNCHECKED, None, None
            self.verdict_note = ""
        self._set_status(ClaimStatus.REJECTED, by=by, reason=reason)

    def _set_status(self, status, *, by, reason: str | None = None) -> None:
        self.status = status
        self.save_by(by=by, reason=reason or f"Claim {ClaimStatus(status).label.lower()}")

    # Reads ---------------------------------------------------------------------

    def verdict_changes(self) -> list[VerdictChange]:
        """Every change of verdict, oldest first. One query (history rows with users)."""
        changes, previous = [], None
        rows = self.history.select_related("history_user").order_by("history_date", "history_id")
        for row in rows:
            if row.verdict != previous and not (previous is None and row.verdict == "unchecked"):
                note = row.verdict_note
                if not note and row.verdict == Verdict.UNCHECKED:
                    # A verdict withdrawn by a rejection has no rationale of its own;
                    # the history row's reason says why it went.
                    note = row.history_change_reason or ""
                changes.append(
                    VerdictChange(
                        before=previous,
                        after=row.verdict,
                        by=row.history_user,
                        at=row.history_date,
                        note=note,
                        sources=row.sources_snapshot,
                    )
                )
            previous = row.verdict
        return changes
