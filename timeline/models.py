from django.conf import settings
from django.db import models
from django.urls import reverse

from factcheck.models import Claim, DatedFields
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


class Event(DatedFields):
    headline = models.CharField(max_length=200, validators=[reject_nul_bytes])
    description = models.TextField(blank=True, validators=[reject_nul_bytes])
    claims = models.ManyToManyField(Claim, related_name="events", blank=True)
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
