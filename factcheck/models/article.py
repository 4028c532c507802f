import hashlib

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from factcheck.models.choices import ClaimStatus, Verdict
from factcheck.models.slugs import unique_slug
from factcheck.validators import (
    EARLIEST_PUBLICATION,
    http_url_validator,
    reject_early_publication,
    reject_nul_bytes,
)

PUBLISH_PERMISSION = "factcheck.publish_article"


def url_scheme_constraint(field: str, name: str) -> models.CheckConstraint:
    # The form validator already refuses javascript: and data: links; this keeps
    # bulk_create, loaddata and raw admin imports from slipping one past it.
    return models.CheckConstraint(
        condition=Q(**{field: ""})
        | Q(**{f"{field}__istartswith": "http://"})
        | Q(**{f"{field}__istartswith": "https://"}),
        name=name,
        violation_error_message="Only http:// and https:// links are allowed.",
    )


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def visible_to(self, user):
        """What a user may read: editors see drafts, everyone else only published work."""
        if user.is_authenticated and user.has_perm("factcheck.view_article"):
            return self
        return self.published()

    def with_claim_counts(self):
        """The dashboard's per-verdict counts, each a correlated subquery.

        Not Count() over a join: that makes SQLite group by every selected column,
        the article's full text included, and one million-character article with
        thousands of claims then needed gigabytes for a 25-row page."""
        accepted = {"status": ClaimStatus.ACCEPTED}
        counts = {
            f"count_{verdict.value}": _claim_count(**accepted, verdict=verdict.value)
            for verdict in Verdict
        }
        return self.annotate(
            count_accepted=_claim_count(**accepted),
            count_suggested=_claim_count(status=ClaimStatus.SUGGESTED),
            **counts,
        )

    def with_claim_total(self):
        """Every claim of each article counted, as one subquery (see with_claim_counts)."""
        return self.annotate(claim_total=_claim_count())


def _claim_count(**filters):
    claims = Article.claims.rel.related_model.objects.filter(article=OuterRef("pk"), **filters)
    counted = claims.order_by().values("article").annotate(total=models.Count("pk")).values("total")
    return Coalesce(Subquery(counted, output_field=models.IntegerField()), 0)


class Article(models.Model):
    title = models.CharField(max_length=300, validators=[reject_nul_bytes])
    slug = models.SlugField(max_length=80, unique=True, editable=False, allow_unicode=True)
    outlet = models.CharField(max_length=200, blank=True, validators=[reject_nul_bytes])
    byline = models.CharField(max_length=300, blank=True, validators=[reject_nul_bytes])
    url = models.URLField("URL", max_length=2000, blank=True, validators=[http_url_validator])
    published_on = models.DateField(
        "publication date",
        help_text="Anchors every relative date in the text (“last year”, “on Saturday”).",
    )
    language = models.CharField(max_length=35, default="en")
    body = models.TextField(validators=[reject_nul_bytes])
    body_sha256 = models.CharField(max_length=64, editable=False)
    is_published = models.BooleanField("published", default=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-pk"]
        permissions = [("publish_article", "Can publish an article's fact-check and timeline")]
        constraints = [
            url_scheme_constraint("url", "article_url_http_or_https"),
            models.CheckConstraint(
                condition=~Q(body=""),
                name="article_body_not_empty",
                violation_error_message="The article has no text.",
            ),
            # Mirrored in clean(). The future-date rule cannot be a constraint (today
            # moves), so it lives in the forms only.
            models.CheckConstraint(
                condition=Q(published_on__gte=EARLIEST_PUBLICATION),
                name="article_published_on_from_1800",
                violation_error_message=(
                    f"The publication date must be {EARLIEST_PUBLICATION.isoformat()} or later."
                ),
            ),
        ]
        indexes = [
            # Import warns when the same text was imported before: lookup by hash.
            models.Index(fields=["body_sha256"], name="article_body_sha256_idx"),
            # Public home page: newest published first.
            models.Index(fields=["is_published", "-published_on"], name="article_published_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_sha256 = hashlib.sha256(self.body.encode("utf-8")).hexdigest()
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("editor:article", args=[self.pk])

    def get_public_url(self):
        return reverse("public:article", args=[self.slug])

    def clean(self):
        errors = {}
        if self.body is not None and not self.body.strip():
            errors["body"] = "The article has no text."
        try:
            reject_early_publication(self.published_on)
        except ValidationError as error:
            errors["published_on"] = error
        if errors:
            raise ValidationError(errors)

    def _unique_slug(self) -> str:
        others = Article.objects.exclude(pk=self.pk)
        return unique_slug(others, f"{self.published_on} {self.title}", fallback="article")

    def publish(self, *, by) -> None:
        """Publish the fact-check page and the article's own timeline together: a reader
        who follows a link from one must never land on a 404 for the other."""
        if not by.has_perm(PUBLISH_PERMISSION):
            raise PermissionDenied("Only reviewers and staff may publish.")
        with transaction.atomic():
            self.is_published = True
            self.published_at = self.published_at or timezone.now()
            self.save(update_fields=["is_published", "published_at", "updated_at"])
            timeline = getattr(self, "timeline", None)
            if timeline is not None and not timeline.is_published:
                timeline.is_published = True
                timeline.save(update_fields=["is_published", "updated_at"])

    def unpublish(self, *, by) -> None:
        if not by.has_perm(PUBLISH_PERMISSION):
            raise PermissionDenied("Only reviewers and staff may unpublish.")
        with transaction.atomic():
            self.is_published = False
            self.save(update_fields=["is_published", "updated_at"])
            timeline = getattr(self, "timeline", None)
            if timeline is not None and timeline.is_published:
                timeline.is_published = False
                timeline.save(update_fields=["is_published", "updated_at"])
