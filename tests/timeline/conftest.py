"""Builders for timeline tests: published articles with checked, dated, sourced claims."""

import datetime

import pytest
from django.utils import timezone

from factcheck.models import Precision, Verdict
from tests import factories
from timeline.services.generation import ensure_article_timeline, sync_claim_event

DATES = {
    "2001": ("2001", datetime.date(2001, 1, 1), datetime.date(2001, 12, 31), Precision.YEAR),
    "2010-09": (
        "2010-09",
        datetime.date(2010, 9, 1),
        datetime.date(2010, 9, 30),
        Precision.MONTH,
    ),
    "2010-09-14": (
        "2010-09-14",
        datetime.date(2010, 9, 14),
        datetime.date(2010, 9, 14),
        Precision.DAY,
    ),
    "2010": ("2010", datetime.date(2010, 1, 1), datetime.date(2010, 12, 31), Precision.YEAR),
    "2011-05-18": (
        "2011-05-18",
        datetime.date(2011, 5, 18),
        datetime.date(2011, 5, 18),
        Precision.DAY,
    ),
    "2011-05-21": (
        "2011-05-21",
        datetime.date(2011, 5, 21),
        datetime.date(2011, 5, 21),
        Precision.DAY,
    ),
}


def make_claim(
    *,
    article,
    value="2011-05-18",
    verdict=Verdict.VERIFIED,
    approximate=False,
    sources=1,
    note="The minutes confirm it.",
):
    date_value, earliest, latest, precision = DATES[value]
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
