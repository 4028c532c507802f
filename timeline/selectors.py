"""Reads behind the public pages and exports. Each function says how many queries it runs."""

from django.db.models import Exists, F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.urls import reverse

from factcheck.models import DATE_FIELDS, Article, Claim, ClaimStatus, Source, Verdict
from timeline.entries import ArticleEntry, ClaimEntry, EventEntry, SourceEntry
from timeline.models import Event, Timeline
from timeline.periods import Period

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
        "sources_changed": _scalar(sources, "MAX", "updated_at"),
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


def find_timeline(user, slug: str) -> Timeline | None:
    """One query: the timeline with its change stamp, or None when there is none the
    user may see (drafts only for those who may preview them)."""
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
    return stamped.select_related("article").defer("article__body").filter(slug=slug).first()


def find_article(user, slug: str) -> Article | None:
    """One query: the article (without its text) with its change stamp, or None when
    there is none the user may see."""
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
            Source.objects.filter(claim__article=OuterRef("pk")), "MAX", "updated_at"
        ),
        sources_count=_scalar(
            Source.objects.filter(claim__article=OuterRef("pk")), "COUNT", "pk", IntegerField()
        ),
    )
    return stamped.defer("body").filter(slug=slug).first()


# Page contents ----------------------------------------------------------------------


CLAIM_FIELDS = ("quote", "statement", "verdict", "verdict_note", *DATE_FIELDS)
ARTICLE_FIELDS = ("title", "slug", "outlet", "url", "published_on")
SOURCE_FIELDS = (
    "url",
    "citation",
    "title",
    "publisher",
    "stance",
    "published_on",
    "archive_url",
)


def timeline_events(timeline: Timeline, *, preview: bool = False) -> list[EventEntry]:
    """Three queries whatever the number of events, as plain rows (timeline.entries):
    the events in order, their visible claims with articles (through the event-claim
    link table, so no IN list of a thousand ids), and those claims' sources.

    A claim is visible when accepted and, for the public, from a published article. An
    event whose claims are all invisible is left out; an event with no claim at all
    (written by an editor) stays."""
    any_claim = Event.claims.through.objects.filter(event_id=OuterRef("pk"))
    event_rows = (
        timeline.events.live()
        .annotate(has_claims=Exists(any_claim))
        .chronological()
        .values("pk", "headline", "description", *DATE_FIELDS, "updated_at", "has_claims")
    )
    events = {row["pk"]: EventEntry(**row) for row in event_rows}

    links = Event.claims.through.objects.filter(
        event__timelines=timeline,
        event__merged_into__isnull=True,
        claim__status=ClaimStatus.ACCEPTED,
        # A claim left in its event's merge log after losing its date is not shown.
        claim__earliest__isnull=False,
    )
    if not preview:
        links = links.filter(claim__article__is_published=True)
    link_rows = links.order_by(
        "claim__earliest",
        "claim__article__published_on",
        "claim__article_id",
        "claim__start",
        "claim_id",
    ).values_list(
        "event_id",
        "claim_id",
        *(f"claim__{name}" for name in CLAIM_FIELDS),
        "claim__article_id",
        *(f"claim__article__{name}" for name in ARTICLE_FIELDS),
    )
    articles: dict[int, ArticleEntry] = {}
    claims: dict[int, ClaimEntry] = {}
    split = 2 + len(CLAIM_FIELDS)
    for row in link_rows:
        event_id, claim_id = row[0], row[1]
        claim = claims.get(claim_id)
        if claim is None:
            article_id, *article_values = row[split:]
            article = articles.get(article_id)
            if article is None:
                values = dict(zip(ARTICLE_FIELDS, article_values, strict=True))
                slug = values.pop("slug")
                article = articles[article_id] = ArticleEntry(
                    pk=article_id, public_url=reverse("public:article", args=[slug]), **values
                )
            claim = claims[claim_id] = ClaimEntry(claim_id, *row[2:split], article=article)
        event = events.get(event_id)
        if event is not None:
            event.visible_claims.append(claim)

    if claims:
        source_rows = (
            Source.objects.filter(
                claim__events__timelines=timeline, claim__status=ClaimStatus.ACCEPTED
            )
            .order_by("pk")
            .values_list("pk", "claim_id", *SOURCE_FIELDS)
        )
        seen = set()
        for pk, claim_id, *values in source_rows:
            claim = claims.get(claim_id)
            if claim is not None and pk not in seen:
                seen.add(pk)
                claim.source_list.append(SourceEntry(pk, *values))
    return [event for event in events.values() if event.visible_claims or not event.has_claims]


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


def filter_events(events: list[Event], *, verdict: str | None, year: Period | None) -> list[Event]:
    """In Python on the already-loaded list, so the page's query count stays constant
    and the filter links can show every year and verdict of the whole timeline."""
    if verdict:
        events = [e for e in events if any(c.verdict == verdict for c in e.visible_claims)]
    if year:
        events = [e for e in events if e.falls_in(year)]
    return events


def facets(events: list[Event]) -> dict:
    """The filter's periods (years, and decades or centuries for events dated no finer)
    in order, and the verdicts found."""
    found_periods = {event.period for event in events} - {None}
    found = {claim.verdict for event in events for claim in event.visible_claims}
    return {
        "years": sorted(found_periods, key=lambda period: period.sort_key),
        "verdicts": [v for v in Verdict if v.value in found],
    }


def group_by_year(events: list[Event]) -> list[tuple[Period | None, list[Event]]]:
    """The events under their period's heading, the periods in the order their first
    event comes. Not only runs of neighbours: "the late 13th century" starts in 1266,
    after events of 1250, but belongs under the 13th century with the rest of it."""
    groups: dict[Period | None, list[Event]] = {}
    for event in events:
        groups.setdefault(event.period, []).append(event)
    return list(groups.items())
