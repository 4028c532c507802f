"""Curated (topic) timelines: an editor gathers events from many articles.

Article timelines are built by generation.py from accepted claims; these are built by
hand. Publishing one follows the article rule: only holders of publish_article."""

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Added:
    """What add_events did: the events new to the timeline, those already on it, each
    merged-away event asked for with the event that absorbed it and stands in, and the
    events left out because none of their claims is accepted (EventQuerySet.shown)."""

    added: list[Event] = field(default_factory=list)
    already: list[Event] = field(default_factory=list)
    stand_ins: list[tuple[Event, Event]] = field(default_factory=list)
    hidden: list[Event] = field(default_factory=list)


def _standing_for(event: Event) -> Event:
    """The live event that `event` was folded into, through every merge since (one
    query a merge), or `event` itself when it stands."""
    seen = {event.pk}
    while event.merged_into_id is not None and event.merged_into_id not in seen:
        event = event.merged_into
        seen.add(event.pk)
    return event


def sort_out(events) -> tuple[dict[int, Event], list[tuple[Event, Event]], list[Event]]:
    """The rule for what a topic timeline may take, which add_events and the admin's
    timeline form both follow: -> (the events that may go on it, by pk; each merged-away
    event asked for with the event that stands for it; the events no reader may see,
    EventQuerySet.shown). Queries: the events, one a merge followed, the shown ones."""
    asked = Event.objects.filter(pk__in=[event.pk for event in events]).order_by("pk")
    wanted, stand_ins = {}, []
    for event in asked.select_related("merged_into"):
        standing = _standing_for(event)
        if standing.pk != event.pk:
            stand_ins.append((event, standing))
        wanted.setdefault(standing.pk, standing)
    shown = set(Event.objects.filter(pk__in=wanted).shown().values_list("pk", flat=True))
    hidden = [event for pk, event in wanted.items() if pk not in shown]
    return {pk: event for pk, event in wanted.items() if pk in shown}, stand_ins, hidden


def add_events(*, timeline: Timeline, events, by) -> Added:
    """Add events. A merged-away event is added as the event it was merged into: that
    event now holds its claims and stands for both tellings (undo_merge gives a topic
    timeline that took it both events back), and the curator ticked the event to have
    it on the timeline, not to be told nothing happened."""
    _require(by, "timeline.change_timeline", "Only editors may change timelines.")
    if timeline.article_id:
        raise ValidationError(
            "An article's own timeline follows its claims; curate a topic timeline."
        )
    with transaction.atomic():
        wanted, stand_ins, hidden = sort_out(events)
        present = set(timeline.events.filter(pk__in=wanted).values_list("pk", flat=True))
        new = [event for pk, event in wanted.items() if pk not in present]
        timeline.events.add(*new)
        # The page's change stamp reads updated_at: adding events must move it.
        timeline.save(update_fields=["updated_at"])
    already = [event for pk, event in wanted.items() if pk in present]
    return Added(added=new, already=already, stand_ins=stand_ins, hidden=hidden)


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
