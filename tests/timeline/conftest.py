"""Builders for timeline tests: published articles with checked, dated, sourced claims."""

import pytest
from django.utils import timezone

from factcheck.models import Verdict
from factcheck.temporal.values import bounds
from tests import factories
from timeline.services.generation import ensure_article_timeline, sync_claim_event

# The dated values these tests use; their bounds come from the temporal package, which
# has tests of its own (tests/temporal/test_values.py).
DATES = ("2001", "2010-09", "2010-09-14", "2010", "2011-05-18", "2011-05-21")


def make_claim(
    *,
    article,
    value="2011-05-18",
    verdict=Verdict.VERIFIED,
    approximate=False,
    sources=1,
    note="The minutes confirm it.",
):
    date_value = value
    earliest, latest, precision = bounds(value)
    checked = verdict != Verdict.UNCHECKED
    claim = factories.ClaimFactory(
        article=article,
        date_text=value,
        date_value=date_value,
        earliest=earliest,
        latest=latest,
        precision=precision,
        approximate=approximate,
        verdict=verdict,
        verdict_note=note if checked else "",
        reviewed_at=timezone.now() if checked else None,
    )
    for _ in range(sources):
        factories.SourceFactory(claim=claim)
    return claim


def make_dated_event(*, article, headline=None, **claim_kwargs):
    claim = make_claim(article=article, **claim_kwargs)
    event = sync_claim_event(claim=claim)
    if headline:
        event.headline = headline
        event.save()
    return event, claim


@pytest.fixture
def published_article(db):
    return factories.ArticleFactory(
        is_published=True, published_at=timezone.now(), title="Council closes bridge"
    )


@pytest.fixture
def article_timeline(published_article):
    timeline = ensure_article_timeline(article=published_article)
    assert timeline.is_published
    return timeline


@pytest.fixture
def build_timeline(db):
    """build_timeline(n) -> a published timeline of n events from n claims."""

    def _build(count: int, *, published=True):
        article = factories.ArticleFactory(is_published=published, published_at=timezone.now())
        timeline = ensure_article_timeline(article=article)
        values = list(DATES)
        for index in range(count):
            make_dated_event(article=article, value=values[index % len(values)])
        return timeline

    return _build


@pytest.fixture
def agreeing_tellings(db, editor):
    """One reopening told by three papers to the month, the week and the day (May 2011,
    week 20 of 2011, May 18, 2011), merged by an editor into one event: -> the Herald's
    timeline, which holds it. The tellings differ only in precision."""
    from timeline.services.merging import confirm_merge

    events = []
    for title, value in (("Herald", "2011-05"), ("Courier", "2011-W20"), ("Gazette", "2011-05-18")):
        article = factories.ArticleFactory(
            is_published=True, published_at=timezone.now(), title=title
        )
        event, _ = make_dated_event(
            article=article, value=value, headline="Westport harbor bridge reopens to traffic"
        )
        events.append(event)
    month, week, day = events
    for other in (week, day):
        confirm_merge(proposal=month.merges_kept.create(merged=other, similarity=0.9), by=editor)
    return ensure_article_timeline(article=month.claims.get(article__title="Herald").article)
