"""Open-data exports of a timeline. Same visibility rules and queries as the page:
1 the timeline with its change stamp, then on a cache miss 2 events, 3 claims with
articles, 4 sources. Drafts are 404 for anonymous visitors here too."""

import json

from django.http import HttpResponse, JsonResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from timeline import caching, selectors
from timeline.exports.ical import timeline_calendar
from timeline.exports.tabular import timeline_csv, timeline_data
from timeline.exports.timelinejs import GROUPINGS, timeline_json
from timeline.views.public import get_timeline


def _attachment(filename: str) -> str:
    """The header's value for a file name in any script: a slug may be Cyrillic or
    Arabic, which a plain filename="..." (Latin-1) cannot carry, so RFC 6266's
    filename*=utf-8''... goes with it."""
    return content_disposition_header(as_attachment=True, filename=filename)


def _serve_export(request, slug, kind: str, make_response):
    timeline = get_timeline(request, slug)

    def build():
        preview = not timeline.is_published or selectors.can_preview(request.user)
        events = selectors.timeline_events(timeline, preview=preview)
        response = make_response(timeline, events)
        # Open data: any site may fetch a published timeline's export from a browser.
        if timeline.is_published:
            response["Access-Control-Allow-Origin"] = "*"
        return response

    return caching.serve(
        request, scope=f"{kind}:{timeline.pk}", stamp=selectors.stamp_of(timeline), build=build
    )


@require_safe
def timeline_timelinejs(request, slug):
    grouping = request.GET.get("group", "verdict")
    if grouping not in GROUPINGS:
        return JsonResponse({"error": f"group must be one of: {', '.join(GROUPINGS)}."}, status=400)

    def make(timeline, events):
        data = timeline_json(timeline, events, grouping=grouping, request=request)
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})

    return _serve_export(request, slug, "timelinejs", make)


@require_safe
def timeline_json_export(request, slug):
    def make(timeline, events):
        data = timeline_data(timeline, events, request=request)
        return HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )

    return _serve_export(request, slug, "json", make)


@require_safe
def timeline_csv_export(request, slug):
    def make(timeline, events):
        response = HttpResponse(
            timeline_csv(events, request=request), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = _attachment(f"{timeline.slug}.csv")
        return response

    return _serve_export(request, slug, "csv", make)


@require_safe
def timeline_ics_export(request, slug):
    def make(timeline, events):
        response = HttpResponse(
            timeline_calendar(timeline, events, request=request),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = _attachment(f"{timeline.slug}.ics")
        return response

    return _serve_export(request, slug, "ics", make)
