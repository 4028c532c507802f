"""Reads for the editor workspace. Each function runs a fixed number of queries,
whatever the number of articles or claims; the docstrings say how many."""

from django.core.paginator import Page, Paginator
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import Lag
from django.shortcuts import get_object_or_404

from factcheck.models import Article, Claim, ClaimStatus, Source, Verdict


def dashboard_articles(
    *, query: str = "", verdict: str = "", outlet: str = "", published: str = ""
) -> QuerySet:
    """Articles with per-verdict claim counts (one aggregate query per page, plus the
    paginator's count). Filters go through EXISTS, not a second join on claims, which
    would multiply the counts."""
    articles = Article.objects.with_claim_counts().select_related("created_by")
    if query:
        articles = articles.filter(Q(title__icontains=query) | Q(outlet__icontains=query))
    if outlet:
        articles = articles.filter(outlet__iexact=outlet)
    if published == "yes":
        articles = articles.published()
    elif published == "no":
        articles = articles.filter(is_published=False)
    if verdict:
        rated = Claim.objects.accepted().filter(article=OuterRef("pk"), verdict=verdict)
        articles = articles.filter(Exists(rated))
    return articles.order_by("-created_at", "-pk")


def outlets() -> list[str]:
    """The outlets for the filter's suggestions (one query)."""
    return list(
        Article.objects.exclude(outlet="")
        .order_by("outlet")
        .values_list("outlet", flat=True)
        .distinct()[:200]
    )


def claims_awaiting_verdict(*, limit: int = 10) -> list[Claim]:
    """Accepted claims still unchecked, oldest first: the queue (one query)."""
    return list(
        Claim.objects.awaiting_verdict()
        .select_related("article")
        .order_by("created_at", "pk")[:limit]
    )


def recent_verdict_changes(*, limit: int = 10) -> list:
    """The latest history rows whose verdict differs from the row before (one query:
    LAG over each claim's history, filtered in an outer query)."""
    history = Claim.history.model
    rows = (
        history.objects.annotate(
            previous_verdict=Window(
                Lag("verdict"),
                partition_by=[F("id")],
                order_by=[F("history_date").asc(), F("history_id").asc()],
            )
        )
        .filter(
            (Q(previous_verdict__isnull=False) & ~Q(previous_verdict=F("verdict")))
            | (Q(previous_verdict__isnull=True) & ~Q(verdict=Verdict.UNCHECKED))
        )
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[:limit]
    )
    return list(rows)


def recent_imports(*, limit: int = 5) -> list[Article]:
    """The latest imported articles with who imported them (one query)."""
    return list(Article.objects.select_related("created_by").order_by("-created_at", "-pk")[:limit])


# A 200,000-character article suggests about a thousand claims: all their cards on one
# page made a 6 MB page. The text still marks every claim; the cards come 50 at a time.
CLAIMS_PER_PAGE = 50


def article_for_page(*, user, pk: int) -> Article:
    """The article with its timeline and all its claims in text order: two queries
    (article + timeline, claims). Sources come with claims_page(), for its cards only."""
    return get_object_or_404(
        Article.objects.visible_to(user)
        .select_related("timeline", "created_by")
        .prefetch_related(Prefetch("claims", queryset=Claim.objects.in_text_order())),
        pk=pk,
    )


def claims_page(claims: list[Claim], *, number) -> Page:
    """One page of claims already in memory (in text order), with their sources: one
    query, whatever the page size. A missing or bad number gives the nearest page."""
    paginator = Paginator(claims, CLAIMS_PER_PAGE)
    try:
        # get_page() would turn 0 and below into the last page; the first is nearer.
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1
    page = paginator.get_page(number)
    prefetch_related_objects(
        list(page.object_list), Prefetch("sources", queryset=Source.objects.order_by("pk"))
    )
    return page


def claim_page_numbers(claims) -> dict[int, int]:
    """Claim pk -> the page of the article's claim list its card is on (no query).
    Sorted here as article_for_page orders them, so both agree whatever order the
    caller's claims came in."""
    ordered = sorted(claims, key=lambda claim: (claim.start, claim.end, claim.pk))
    return {claim.pk: index // CLAIMS_PER_PAGE + 1 for index, claim in enumerate(ordered)}


def claim_for_page(*, user, pk: int) -> Claim:
    """One claim with its article (one query); sources come with one more."""
    visible = Article.objects.visible_to(user)
    return get_object_or_404(
        Claim.objects.select_related("article", "reviewed_by")
        .prefetch_related(Prefetch("sources", queryset=Source.objects.order_by("pk")))
        .filter(article__in=visible),
        pk=pk,
    )


def claim_counts(claims) -> dict:
    """Suggested/accepted/rejected counts from claims already in memory (no query)."""
    counts = {status.value: 0 for status in ClaimStatus}
    for claim in claims:
        counts[claim.status] += 1
    return counts


def verdict_counts(article: Article) -> list[tuple[str, str, int]]:
    """(verdict, label, count) for each verdict an annotated article's accepted claims
    carry (no query: reads with_claim_counts() annotations)."""
    return [
        (verdict.value, verdict.label, getattr(article, f"count_{verdict.value}", 0))
        for verdict in Verdict
        if getattr(article, f"count_{verdict.value}", 0)
    ]
