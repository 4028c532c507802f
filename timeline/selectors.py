"""Reads behind the public pages and exports. Each function says how many queries it runs."""

from django.db.models import Exists, F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.http import Http404

from factcheck.models import Article, Claim, Source, Verdict
from timeline.models import Event, Timeline

RECENT_CLAIMS = 10


def can_preview(user) -> bool:
    """Editors with view permission may see drafts; everyone else only published work."""
    return user.is_authenticated and user.has_perm("timeline.view_timeline")


def can_preview_articles(user) -> bool:
    return user.is_authenticated and user.has_perm("factcheck.view_article")


def published_timelines():
    """One query: published timelines, most recently changed first."""
    return Timeline.objects.published().order_by("-updated_at", "pk")


def recently_checked_claims(limit: int = RECENT_CLAIMS):
    """One query: the latest verdicts on published articles, with their article."""
    return (
        Claim.objects.published()
        .checked()
        .select_related("article")
        .order_by("-reviewed_at", "-pk")[:limit]
    )


# Change stamps ----------------------------------------------------------------------
# A page's cache key and ETag come from one cheap query: the newest updated_at and the
# row counts of everything the page shows. Edits move a timestamp; deletions and
# unlinking (which leave no timestamp behind) change a count.


def _scalar(queryset, function: str, field: str, output_field=None):
    aggregate = Func(F(field), function=function, output_field=output_field)
    return Subquery(queryset.order_by().annotate(value=aggregate).values("value")[:1])


def _stamp_annotations(*, events, claims, sources, articles) -> dict:
    counted = IntegerField()
    return {
        "events_changed": _scalar(events, "MAX", "updated_at"),
        "events_count": _scalar(events, "COUNT", "pk", counted),
        "claims_changed": _scalar(claims, "MAX", "updated_at"),
        "claims_count": _scalar(claims, "COUNT", "pk", counted),
        "sources_changed": _scalar(sources, "MAX", "created_at"),
        "sources_count": _scalar(sources, "COUNT", "pk", counted),
        "articles_changed": _scalar(articles, "MAX", "updated_at"),
    }


STAMP_FIELDS = (
    "updated_at",
    "events_changed",
    "events_count",
    "claims_changed",
    "claims_count",
    "sources_changed",
    "sources_count",
    "articles_changed",
)


def stamp_of(row) -> str:
    """The annotated row's change stamp as a string (for cache keys and ETags)."""
    return "|".join(str(getattr(row, name, "")) for name in STAMP_FIELDS)


def get_timeline_for(user, slug: str) -> Timeline:
    """One query: the timeline with its change stamp. Drafts are 404 unless the user may
    preview them (never 403: a draft's existence is not public)."""
    timelines = Timeline.objects.all() if can_preview(user) else Timeline.objects.published()
    in_timeline = Q(events__timelines=OuterRef("pk"))
    stamped = timelines.annotate(
        **_stamp_annotations(
            events=Event.objects.filter(timelines=OuterRef("pk")),
            claims=Claim.objects.filter(in_timeline),
            sources=Source.objects.filter(claim__events__timelines=OuterRef("pk")),
            articles=Article.objects.filter(claims__events__timelines=OuterRef("pk")),
        )
    )
    # The article (for the page's link back to it) comes in the same query, without its text.
    timeline = stamped.select_related("article").defer("article__body").filter(slug=slug).first()
    if timeline is None:
        raise Http404("No such timeline.")
    return timeline


def get_article_for(user, slug: str) -> Article:
    """One query: the article with its change stamp; drafts are 404 for the public."""
    articles = Article.objects.visible_to(user)
    stamped = articles.annotate(
        events_changed=_scalar(
            Event.objects.filter(claims__article=OuterRef("pk")), "MAX", "updated_at"
        ),
        claims_changed=_scalar(Claim.objects.filter(article=OuterRef("pk")), "MAX", "updated_at"),
        claims_count=_scalar(
            Claim.objects.filter(article=OuterRef("pk")), "COUNT", "pk", IntegerField()
        ),
        sources_changed=_scalar(
            Source.objects.filter(claim__article=OuterRef("pk")), "MAX", "created_at"
        ),
        sources_count=_scalar(
            Source.objects.filter(claim__article=OuterRef("pk")), "COUNT", "pk", IntegerField()
        ),
    )
    article = stamped.filter(slug=slug).first()
    if article is None:
        raise Http404("No such fact-check.")
    return article


# Page contents ----------------------------------------------------------------------


def _visible_claims(*, preview: bool):
    claims = Claim.objects.accepted().select_related("article")
    if not preview:
        claims = claims.filter(article__is_published=True)
    sources = Source.objects.order_by("pk")
    return claims.order_by(
        "earliest", "article__published_on", "article_id", "start", "pk"
    ).prefetch_related(Prefetch("sources", queryset=sources))


def timeline_events(timeline: Timeline, *, preview: bool = False) -> list[Event]:
    """Three queries whatever the number of events: the events in order, their visible
    claims with articles, and those claims' sources. Each event carries
    `visible_claims`. An event whose claims all come from unpublished articles is left
    out for the public; an event with no claim at all (written by an editor) stays."""
    any_claim = Event.claims.through.objects.filter(event_id=OuterRef("pk"))
    events = (
        timeline.events.live()
        .annotate(has_claims=Exists(any_claim))
        .chronological()
        .prefetch_related(
            Prefetch("claims", queryset=_visible_claims(preview=preview), to_attr="visible_claims")
        )
    )
    return [event for event in events if event.visible_claims or not event.has_claims]


def article_claims(article: Article) -> list[Claim]:
    """Two queries: the article's accepted claims in text order, and their sources."""
    return list(
        article.claims.accepted()
        .in_text_order()
        .prefetch_related(Prefetch("sources", queryset=Source.objects.order_by("pk")))
    )


def article_timeline(article: Article, *, preview: bool = False) -> Timeline | None:
    """One query: the article's own timeline, if the reader may see it."""
    timelines = Timeline.objects.all() if preview else Timeline.objects.published()
    return timelines.filter(article=article).first()


# Filters ----------------------------------------------------------------------------


def filter_events(events: list[Event], *, verdict: str | None, year: int | None) -> list[Event]:
    """In Python on the already-loaded list, so the page's query count stays constant
    and the filter links can show every year and verdict of the whole timeline."""
    if verdict:
        events = [e for e in events if any(c.verdict == verdict for c in e.visible_claims)]
    if year:
        events = [e for e in events if e.year == year]
    return events


def facets(events: list[Event]) -> dict:
    years = sorted({event.year for event in events if event.year is not None})
    found = {claim.verdict for event in events for claim in event.visible_claims}
    return {"years": years, "verdicts": [v for v in Verdict if v.value in found]}


def group_by_year(events: list[Event]) -> list[tuple[int | None, list[Event]]]:
    groups: list[tuple[int | None, list[Event]]] = []
    for event in events:
        if groups and groups[-1][0] == event.year:
            groups[-1][1].append(event)
        else:
            groups.append((event.year, [event]))
    return groups
