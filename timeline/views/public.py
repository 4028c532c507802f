"""Public, read-only pages: no sign-in, published material only (drafts are 404 unless
the visitor is an editor who may preview them)."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_safe

from factcheck.models import Verdict
from timeline import caching, periods, selectors
from timeline.exports.claimreview import claimreview_json_ld
from timeline.rendering import render_events


@require_safe
def home(request):
    return render(
        request,
        "public/home.html",
        {
            "timelines": selectors.published_timelines(),
            "recent_claims": selectors.recently_checked_claims(),
        },
    )


def _parse_filters(request) -> tuple[dict, list[str]]:
    """The verdict and year filters; a bad value is named in a notice and ignored."""
    problems = []
    verdict = request.GET.get("verdict") or None
    if verdict and verdict not in Verdict.values:
        problems.append(f"There is no verdict “{verdict[:40]}”; showing every verdict.")
        verdict = None
    year = None
    raw_year = request.GET.get("year") or ""
    if raw_year:
        # A year ("2001"), or a decade or century as TIMEX3 writes them ("199X", "12XX").
        year = periods.parse(raw_year)
        if year is None:
            problems.append(f"“{raw_year[:40]}” is not a year; showing every year.")
    return {"verdict": verdict, "year": year}, problems


def _alternates(timeline) -> list[dict]:
    slug = timeline.slug
    return [
        {
            "type": "application/json",
            "title": "TimelineJS3 JSON",
            "href": reverse("public:timeline_timelinejs", args=[slug]),
        },
        {
            "type": "application/json",
            "title": "JSON",
            "href": reverse("public:timeline_json", args=[slug]),
        },
        {"type": "text/csv", "title": "CSV", "href": reverse("public:timeline_csv", args=[slug])},
        {
            "type": "text/calendar",
            "title": "iCalendar",
            "href": reverse("public:timeline_ics", args=[slug]),
        },
        {
            "type": "application/atom+xml",
            "title": "New verdicts (Atom)",
            "href": reverse("public:verdicts_feed"),
        },
    ]


def _timeline_context(request, timeline) -> dict:
    preview = not timeline.is_published or selectors.can_preview(request.user)
    all_events = selectors.timeline_events(timeline, preview=preview)
    filters, problems = _parse_filters(request)
    events = selectors.filter_events(all_events, **filters)
    return {
        "timeline": timeline,
        "events_html": render_events(selectors.group_by_year(events)),
        "event_count": len(events),
        "total_count": len(all_events),
        "facets": selectors.facets(all_events),
        "filters": filters,
        "filter_problems": problems,
        "alternates": _alternates(timeline),
        **caching.page_context(request),
    }


def get_timeline(request, slug):
    """The timeline with its change stamp (memoised briefly for the public, see
    timeline.caching); 404 for drafts unless the user may preview (never 403)."""
    timeline = caching.memoised(
        request, f"timeline:{slug}", lambda: selectors.find_timeline(request.user, slug)
    )
    if timeline is None:
        raise Http404("No such timeline.")
    return timeline


@require_safe
def timeline_page(request, slug):
    """Queries: 1 the timeline and its change stamp; then, on a cache miss, 2 events,
    3 their claims with articles, 4 the claims' sources (selectors.timeline_events)."""
    timeline = get_timeline(request, slug)

    def build():
        context = _timeline_context(request, timeline)
        template = "public/timeline.html"
        if request.htmx:
            template += "#events"
        return render(request, template, context)

    return caching.serve(
        request, scope=f"timeline:{timeline.pk}", stamp=selectors.stamp_of(timeline), build=build
    )


# The embed is the one page other sites may frame: frame-ancestors from the setting
# (default any site), and no X-Frame-Options. Every other route keeps DENY / 'none'.
EMBED_CSP = {
    **settings.SECURE_CSP,
    "frame-ancestors": settings.TIMELINE_EMBED_FRAME_ANCESTORS,
}


@require_safe
@xframe_options_exempt
@csp_override(EMBED_CSP)
def timeline_embed(request, slug):
    """Same queries as the timeline page; a bare page without the site's navigation."""
    timeline = get_timeline(request, slug)

    def build():
        return render(request, "public/embed.html", _timeline_context(request, timeline))

    return caching.serve(
        request, scope=f"embed:{timeline.pk}", stamp=selectors.stamp_of(timeline), build=build
    )


@require_safe
def article_page(request, slug):
    """Queries: 1 the article and its change stamp; on a cache miss 2 its accepted claims,
    3 their sources, 4 the article's published timeline (for the link)."""
    article = caching.memoised(
        request, f"article:{slug}", lambda: selectors.find_article(request.user, slug)
    )
    if article is None:
        raise Http404("No such fact-check.")

    def build():
        claims = selectors.article_claims(article)
        timeline = selectors.article_timeline(article, preview=selectors.can_preview(request.user))
        return render(
            request,
            "public/article.html",
            {
                "article": article,
                "claims": claims,
                "timeline": timeline,
                "json_ld": claimreview_json_ld(article, claims, request=request),
                **caching.page_context(request, nonce=True),
            },
        )

    return caching.serve(
        request, scope=f"article:{article.pk}", stamp=selectors.stamp_of(article), build=build
    )
