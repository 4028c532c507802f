"""Editor pages for curated (topic) timelines: create one, pick events from any
article, publish it. Plain forms with redirects: everything works without JavaScript."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_http_methods, require_POST

from factcheck.models import PUBLISH_PERMISSION
from factcheck.validators import NoSilentCut, text_errors
from factcheck.workspace import workspace_view
from timeline.models import Event, Timeline
from timeline.services import curation

LIST_TEMPLATE = "timeline/curated_list.html"
EDIT_TEMPLATE = "timeline/curated_edit.html"
SEARCH_LIMIT = 50


class TimelineForm(NoSilentCut, forms.Form):
    title = forms.CharField(
        max_length=300,
        error_messages=text_errors("The title", "Shorten it; the description can say the rest."),
    )
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        error_messages=text_errors("The description"),
    )


@require_http_methods(["GET", "POST"])
@workspace_view("timeline.view_timeline")
def curated_timelines(request):
    form = TimelineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            timeline = curation.create_timeline(**form.cleaned_data, by=request.user)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_error(None, " ".join(error.messages))
        else:
            # The title is isolated (<bdi>): one pasted with a right-to-left override
            # would otherwise reverse the words after it.
            messages.success(
                request,
                format_html("Timeline “<bdi>{}</bdi>” created: add its events.", timeline.title),
            )
            return redirect("editor:curated_timeline", pk=timeline.pk)
    # One query: curated timelines with their event counts.
    timelines = Timeline.objects.curated().annotate(event_count=Count("events")).order_by("title")
    return render(request, LIST_TEMPLATE, {"timelines": timelines, "form": form})


def _candidates(timeline: Timeline, query: str):
    """Up to SEARCH_LIMIT live events not yet on the timeline, matching the words typed
    in their headline or their articles' titles. Two queries (events, claims)."""
    events = Event.objects.live().shown().exclude(timelines=timeline)
    if query:
        events = events.filter(
            Q(headline__icontains=query) | Q(claims__article__title__icontains=query)
        ).distinct()
    return list(events.chronological().prefetch_related("claims__article")[:SEARCH_LIMIT])


@require_http_methods(["GET"])
@workspace_view("timeline.view_timeline")
def curated_timeline(request, pk: int):
    timeline = get_object_or_404(Timeline.objects.curated(), pk=pk)
    query = request.GET.get("q", "").strip()[:200]
    return render(
        request,
        EDIT_TEMPLATE,
        {
            "timeline": timeline,
            "events": list(
                timeline.events.live().shown().chronological().prefetch_related("claims__article")
            ),
            "candidates": _candidates(timeline, query),
            "query": query,
            "can_publish": request.user.has_perm(PUBLISH_PERMISSION),
        },
    )


def _run(request, pk: int, action) -> None:
    timeline = get_object_or_404(Timeline.objects.curated(), pk=pk)
    try:
        done = action(timeline)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        # An action returns its message, or (level, message) when it is not a success.
        level, text = done if isinstance(done, tuple) else (messages.SUCCESS, done)
        messages.add_message(request, level, text)
    return redirect("editor:curated_timeline", pk=pk)


def _posted_events(request):
    # Only what an event id can be: "²" passes isdigit() but not int(), and twenty
    # digits overflow the column; either made a 500 of a tampered form.
    ids = [
        value
        for value in request.POST.getlist("event")
        if value.isascii() and value.isdigit() and len(value) < 10
    ]
    return list(Event.objects.filter(pk__in=ids))


@require_POST
@workspace_view("timeline.change_timeline")
def curated_add(request, pk: int):
    events = _posted_events(request)
    if not events:
        messages.error(request, "Tick at least one event to add.")
        return redirect("editor:curated_timeline", pk=pk)

    def add(timeline):
        return _added_message(
            curation.add_events(timeline=timeline, events=events, by=request.user)
        )

    return _run(request, pk, add)


def _added_message(result: curation.Added) -> tuple[int, str]:
    """Say what was added, and why an event ticked is not there as itself: it was
    merged into another, which was added (or was there already) in its place, or none
    of its claims is accepted."""
    count = len(result.added)
    parts = [format_html("{} event{} added.", count, "s" if count != 1 else "")] if count else []
    for asked, standing in result.stand_ins:
        where = "added it instead" if standing in result.added else "it is already on this timeline"
        parts.append(
            format_html(
                "“<bdi>{}</bdi>” was merged into “<bdi>{}</bdi>”, which stands for both: {}.",
                asked.headline,
                standing.headline,
                where,
            )
        )
    for event in result.hidden:
        parts.append(
            format_html(
                "“<bdi>{}</bdi>” is not added: none of its claims is accepted.", event.headline
            )
        )
    if not count:
        explained = result.stand_ins or result.hidden
        already = "" if explained else ": the ticked events are already on this timeline"
        parts.insert(0, f"Nothing added{already}.")
    level = messages.SUCCESS if count else messages.WARNING
    return level, format_html_join(" ", "{}", ((part,) for part in parts))


@require_POST
@workspace_view("timeline.change_timeline")
def curated_remove(request, pk: int):
    events = _posted_events(request)
    if not events:
        # Not "0 events removed.": a success message for nothing hides the slip.
        messages.error(request, "Tick at least one event to remove.")
        return redirect("editor:curated_timeline", pk=pk)

    def remove(timeline):
        curation.remove_events(timeline=timeline, events=events, by=request.user)
        return f"{len(events)} event{'s' if len(events) != 1 else ''} removed."

    return _run(request, pk, remove)


@require_POST
@workspace_view("timeline.view_timeline")
def curated_publish(request, pk: int):
    published = request.POST.get("published") == "1"

    def publish(timeline):
        curation.set_published(timeline=timeline, published=published, by=request.user)
        return "Published: the public can see it." if published else "Unpublished."

    return _run(request, pk, publish)
