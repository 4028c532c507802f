from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from factcheck.models.article import url_scheme_constraint
from factcheck.models.claim import Claim
from factcheck.validators import TextLimit, http_url_validator, reject_nul_bytes

# What the public page shows under a claim: a pointer and the passage that matters, not
# the source's whole text (a 100,000-character excerpt made the page huge).
CITATION_MAX_CHARS = 1000
EXCERPT_MAX_CHARS = 2000


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports the claim"
    REFUTES = "refutes", "Refutes the claim"
    CONTEXT = "context", "Gives context"


class Source(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField("URL", max_length=2000, blank=True, validators=[http_url_validator])
    citation = models.TextField(
        blank=True,
        help_text="For offline sources: a document, an interview, a phone call.",
        validators=[
            reject_nul_bytes,
            TextLimit(
                CITATION_MAX_CHARS,
                "The citation",
                "Name the document, interview or call; put the passage itself in the excerpt.",
            ),
        ],
    )
    title = models.CharField(max_length=300, blank=True, validators=[reject_nul_bytes])
    publisher = models.CharField(max_length=200, blank=True, validators=[reject_nul_bytes])
    published_on = models.DateField(null=True, blank=True)
    excerpt = models.TextField(
        blank=True,
        help_text="The quoted passage that bears on the claim.",
        validators=[
            reject_nul_bytes,
            TextLimit(
                EXCERPT_MAX_CHARS,
                "The excerpt",
                "Quote only the passage that bears on the claim; the link or citation "
                "leads to the rest.",
            ),
        ],
    )
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.SUPPORTS)
    accessed_on = models.DateField(null=True, blank=True)
    archive_url = models.URLField(
        "archived copy", max_length=2000, blank=True, validators=[http_url_validator]
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources_added",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Public pages key their cache on the newest change of what they show.
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["claim", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(citation=""),
                name="source_has_url_or_citation",
                violation_error_message="Give the source's URL or a citation (or both).",
            ),
            url_scheme_constraint("url", "source_url_http_or_https"),
            url_scheme_constraint("archive_url", "source_archive_url_http_or_https"),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="source_stance_known"
            ),
        ]

    def __str__(self):
        return self.title or self.url or self.citation[:80]

    def clean(self):
        if not (self.url or "").strip() and not (self.citation or "").strip():
            raise ValidationError({"url": "Give the source's URL or a citation (or both)."})

    def snapshot(self) -> dict:
        """What the verdict history keeps of a source, should it be edited later."""
        return {
            "id": self.pk,
            "url": self.url,
            "citation": self.citation,
            "title": self.title,
            "stance": self.stance,
        }
