"""Curated (topic) timelines: an editor gathers events from many articles.

Article timelines are built by generation.py from accepted claims; these are built by
hand. Publishing one follows the article rule: only holders of publish_article."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from factcheck.models import PUBLISH_PERMISSION
from factcheck.models.slugs import unique_slug
from timeline.models import Event, Timeline


def _require(by, permission: str, message: str) -> None:
    if not by.has_perm(permission):
        raise PermissionDenied(message)


def create_timeline(*, title: str, description: str = "", by) -> Timeline:
    _require(by, "timeline.add_timeline", "Only editors may create timelines.")
    timeline = Timeline(
        title=title.strip(),
        description=description.strip(),
        slug=unique_slug(Timeline.objects, title, fallback="timeline"),
        created_by=by,
        is_published=False,
    )
    timeline.full_clean()
    timeline.save()
    return timeline


def add_events(*, timeline: Timeline, events, by) -> int:
    """Add events (merged-away ones are refused: their merge partner stands for them).
    Returns how many were new to the timeline."""
    _require(by, "timeline.change_timeline", "Only editors may change timelines.")
    if timeline.article_id:
        raise ValidationError(
            "An article's own timeline follows its claims; curate a topic timeline."
        )
    with transaction.atomic():
        wanted = set(Event.objects.live().filter(pk__in=[event.pk for event in events]))
        present = set(timeline.events.filter(pk__in=[event.pk for event in wanted]))
        new = wanted - present
        timeline.events.add(*new)
        # The page's change stamp reads updated_at: adding events must move it.
        timeline.save(update_fields=["updated_at"])
    return len(new)


def remove_events(*, timeline: Timeline, events, by) -> None:
    _require(by, "timeline.change_timeline", "Only editors may change timelines.")
    if timeline.article_id:
        raise ValidationError(
            "An article's own timeline follows its claims; curate a topic timeline."
        )
    with transaction.atomic():
        timeline.events.remove(*events)
        timeline.save(update_fields=["updated_at"])


def set_published(*, timeline: Timeline, published: bool, by) -> None:
    _require(by, PUBLISH_PERMISSION, "Only reviewers and staff may publish.")
    if timeline.article_id:
        raise ValidationError("An article's timeline is published with its fact-check page.")
    timeline.is_published = published
    timeline.save(update_fields=["is_published", "updated_at"])
