import datetime

import pytest
from django.contrib.auth.models import Group

from factcheck.models import Precision
from tests.factories import ArticleFactory, EventFactory, SourceFactory, TimelineFactory
from timeline.models import MergeProposal


@pytest.fixture
def september(claim_factory, article):
    """The factory article's second sentence, dated from its text: "last September"
    read on the publication date 2011-05-22."""
    start = article.body.index("Repairs")
    end = article.body.index("said.") + len("said.")
    return claim_factory(
        article=article,
        start=start,
        end=end,
        date_text="last September",
        date_value="2010-09",
        earliest=datetime.date(2010, 9, 1),
        latest=datetime.date(2010, 9, 30),
        precision=Precision.MONTH,
    )


@pytest.fixture
def one_of_each(admin_user, claim):
    """A row of every model the admin shows, linked as the app links them."""
    source = SourceFactory(claim=claim)
    event = EventFactory()
    event.claims.add(claim)
    timeline = TimelineFactory()
    timeline.events.add(event)
    proposal = MergeProposal.objects.create(kept=event, merged=EventFactory(), similarity=0.7)
    return {
        "article": claim.article,
        "claim": claim,
        "source": source,
        "event": event,
        "timeline": timeline,
        "mergeproposal": proposal,
        "user": admin_user,
        "group": Group.objects.first(),
    }


def claim_admin_data(claim, **overrides):
    """The claim's admin change form as it stands, with `overrides` typed in."""
    data = {
        "article": claim.article.pk,
        "status": claim.status,
        "statement": claim.statement,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "date_text": claim.date_text,
        "date_value": claim.date_value,
        "earliest": claim.earliest.isoformat(),
        "latest": claim.latest.isoformat(),
        "precision": claim.precision,
        "new_verdict": claim.verdict,
        "new_verdict_note": claim.verdict_note,
        "seen_version": claim.version,
        "sources-TOTAL_FORMS": "1",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
        "sources-0-url": "",
        "sources-0-citation": "",
        "sources-0-stance": "supports",
    }
    data.update(overrides)
    return data


@pytest.fixture
def merge_into(editor):
    """merge_into(claim, value) -> the event that holds the claim once its own event is
    merged into another paper's event told at `value`, told first: the event stands at
    the claim's date only because that date lies inside `value` (timeline.dating)."""
    from tests.timeline.conftest import make_dated_event
    from timeline.services.generation import sync_claim_event
    from timeline.services.merging import confirm_merge

    def _merge(claim, value):
        own = sync_claim_event(claim=claim)
        wider, _ = make_dated_event(article=ArticleFactory(), value=value)
        confirm_merge(proposal=wider.merges_kept.create(merged=own, similarity=0.9), by=editor)
        wider.refresh_from_db()
        assert wider.date_value == claim.date_value
        return wider

    return _merge
