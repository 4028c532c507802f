import datetime

import pytest

from factcheck.models import ClaimStatus
from tests import factories
from tests.timeline.conftest import make_claim, make_dated_event
from timeline.models import Event
from timeline.services.generation import ensure_article_timeline, sync_claim_event


@pytest.mark.django_db
def test_an_accepted_dated_claim_gets_an_event_on_its_articles_timeline(published_article):
    claim = make_claim(article=published_article, value="2010-09")

    event = sync_claim_event(claim=claim)

    assert event.date_value == "2010-09" and event.precision == "month"
    assert event.headline == "City council votes to close the old bridge"
    assert list(event.claims.all()) == [claim]
    assert list(published_article.timeline.events.all()) == [event]


@pytest.mark.django_db
def test_syncing_twice_keeps_one_event_and_follows_a_new_date(published_article):
    claim = make_claim(article=published_article, value="2010-09")
    first = sync_claim_event(claim=claim)
    claim.date_value, claim.precision = "2001", "year"
    claim.earliest, claim.latest = (
        first.earliest.replace(year=2001, month=1),
        first.latest.replace(year=2001, month=12, day=31),
    )
    claim.save()

    second = sync_claim_event(claim=claim)

    assert second.pk == first.pk
    assert second.date_value == "2001"
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_a_rejected_claim_loses_its_event(published_article):
    claim = make_claim(article=published_article)
    sync_claim_event(claim=claim)
    claim.status = ClaimStatus.REJECTED
    claim.save()

    assert sync_claim_event(claim=claim) is None
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_an_undated_claim_has_no_event(published_article):
    claim = factories.ClaimFactory(
        article=published_article,
        date_value="",
        earliest=None,
        latest=None,
        precision="",
        date_text="",
    )

    assert sync_claim_event(claim=claim) is None


@pytest.mark.django_db
def test_a_merged_event_keeps_its_date_when_one_claim_changes(published_article):
    claim = make_claim(article=published_article, value="2011-05-18")
    event = sync_claim_event(claim=claim)
    other = make_claim(article=factories.ArticleFactory(), value="2011-05-21")
    event.claims.add(other)

    sync_claim_event(claim=other)

    event.refresh_from_db()
    assert event.date_value == "2011-05-18"
    assert event.dates_disagree


@pytest.mark.django_db
def test_an_articles_timeline_follows_its_publication_state(article):
    timeline = ensure_article_timeline(article=article)

    assert timeline.is_published is False
    assert ensure_article_timeline(article=article) == timeline


def _restate(claim, statement: str) -> None:
    # As the claim services save an edit: a history row naming who and why.
    claim.statement = statement
    claim.save_by(by=None, reason="Claim edited")


@pytest.mark.django_db
def test_an_events_headline_follows_its_claims_new_statement(published_article):
    claim = make_claim(article=published_article)
    event = sync_claim_event(claim=claim)
    _restate(claim, "The city council voted to repair the old bridge.")

    sync_claim_event(claim=claim)

    event.refresh_from_db()
    assert event.headline == "City council votes to repair the old bridge"


@pytest.mark.django_db
def test_the_headline_follows_a_statement_changed_twice_between_two_syncs(published_article):
    claim = make_claim(article=published_article)
    event = sync_claim_event(claim=claim)
    _restate(claim, "The city council voted to repair the old bridge.")
    _restate(claim, "The city council voted to sell the old bridge.")

    sync_claim_event(claim=claim)

    event.refresh_from_db()
    assert event.headline == "City council votes to sell the old bridge"


@pytest.mark.django_db
def test_a_headline_written_by_a_person_stays_when_the_statement_changes(published_article):
    event, claim = make_dated_event(article=published_article, headline="Bridge to close")
    _restate(claim, "The city council voted to repair the old bridge.")

    sync_claim_event(claim=claim)

    event.refresh_from_db()
    assert event.headline == "Bridge to close"


@pytest.mark.django_db
def test_a_merged_events_headline_stays_when_one_of_its_claims_changes(published_article):
    claim = make_claim(article=published_article)
    event = sync_claim_event(claim=claim)
    other = make_claim(article=factories.ArticleFactory())
    event.claims.add(other)
    _restate(claim, "The city council voted to repair the old bridge.")

    sync_claim_event(claim=claim)

    event.refresh_from_db()
    assert event.headline == "City council votes to close the old bridge"


@pytest.fixture
def merged_tellings(editor):
    """One vote told by two published papers, the second merged into the first:
    -> (kept, merged, proposal)."""
    from timeline.services.merging import confirm_merge

    kept, _ = make_dated_event(
        article=factories.ArticleFactory(is_published=True), headline="Parliament votes"
    )
    merged, _ = make_dated_event(
        article=factories.ArticleFactory(is_published=True), headline="Deputies vote"
    )
    proposal = kept.merges_kept.create(merged=merged, similarity=0.9)
    confirm_merge(proposal=proposal, by=editor)
    return kept, merged, proposal


def _reject_all(event, by):
    from factcheck.services.claims import reject_claim

    for claim in list(event.claims.all()):
        reject_claim(claim=claim, by=by)


@pytest.mark.django_db
def test_rejecting_every_claim_of_a_merged_event_keeps_its_merge_log_and_hides_it(
    merged_tellings, editor
):
    from timeline.models import MergeProposal, MergeStatus
    from timeline.selectors import timeline_events

    kept, merged, proposal = merged_tellings

    _reject_all(kept, editor)

    proposal = MergeProposal.objects.get(pk=proposal.pk)
    assert (proposal.status, proposal.decided_by) == (MergeStatus.CONFIRMED, editor)
    merged.refresh_from_db()
    assert merged.merged_into == kept  # not standing again, empty and on no timeline
    assert not Event.objects.live().shown().exists()
    for timeline in kept.timelines.all():
        assert timeline_events(timeline, preview=True) == []


@pytest.mark.django_db
def test_accepting_a_claim_again_brings_the_merged_event_back_with_its_history(
    merged_tellings, editor
):
    from factcheck.services.claims import accept_claim

    kept, _, proposal = merged_tellings
    claim = kept.claims.first()
    _reject_all(kept, editor)

    claim.refresh_from_db()  # as the editor's page shows it after the rejection
    accept_claim(claim=claim, by=editor)

    assert list(Event.objects.live().shown()) == [kept]
    assert kept.merges_kept.get() == proposal


@pytest.mark.django_db
def test_undoing_a_merge_whose_claims_were_all_rejected_leaves_no_empty_event_shown(
    merged_tellings, editor
):
    from timeline.services.merging import undo_merge

    kept, _, proposal = merged_tellings
    _reject_all(kept, editor)

    undo_merge(proposal=proposal, by=editor)

    assert Event.objects.live().count() == 2
    assert not Event.objects.live().shown().exists()


def _redate(claim, value: str) -> None:
    # As the claim services save a new date: a history row naming who and why.
    from factcheck.temporal.values import bounds

    claim.date_text = claim.date_value = value
    claim.earliest, claim.latest, claim.precision = bounds(value)
    claim.save_by(by=None, reason="Claim edited")


@pytest.fixture
def month_and_day(editor):
    """A vote told to the month by one paper and to the day by another, merged: the
    event stands at the day -> (event, month_claim, day_claim)."""
    from timeline.services.merging import confirm_merge

    month, month_claim = make_dated_event(article=factories.ArticleFactory(), value="2011-05")
    day, day_claim = make_dated_event(article=factories.ArticleFactory(), value="2011-05-18")
    confirm_merge(proposal=month.merges_kept.create(merged=day, similarity=0.9), by=editor)
    month.refresh_from_db()
    assert month.date_value == "2011-05-18"
    return month, month_claim, day_claim


@pytest.mark.django_db
def test_a_merged_event_leaves_a_date_that_none_of_its_claims_gives_any_more(month_and_day):
    event, _, day_claim = month_and_day
    _redate(day_claim, "2011")  # "May 18" was a slip: the paper only gave the year

    sync_claim_event(claim=day_claim)

    event.refresh_from_db()
    assert (event.date_value, event.precision) == ("2011-05", "month")


@pytest.mark.django_db
def test_a_merged_event_takes_a_new_day_that_lies_within_its_other_claims(month_and_day):
    event, _, day_claim = month_and_day
    _redate(day_claim, "2011-05-21")

    sync_claim_event(claim=day_claim)

    event.refresh_from_db()
    assert (event.date_value, event.earliest) == ("2011-05-21", datetime.date(2011, 5, 21))


@pytest.mark.django_db
def test_a_merged_event_follows_its_first_claim_when_the_other_no_longer_agrees(month_and_day):
    event, _, day_claim = month_and_day
    _redate(day_claim, "2011-06-02")

    sync_claim_event(claim=day_claim)

    event.refresh_from_db()
    # June 2 cannot be May: the event is not placed at either day the tellings deny,
    # it keeps the first telling's date and the page flags the disagreement.
    assert event.date_value == "2011-05"
    assert event.dates_disagree


@pytest.mark.django_db
def test_a_date_typed_by_hand_on_a_merged_event_stays_when_a_claim_is_redated(month_and_day):
    event, _, day_claim = month_and_day
    # Typed in the admin: the Gazette's own correction says the 19th.
    event.date_text = event.date_value = "2011-05-19"
    event.earliest = event.latest = datetime.date(2011, 5, 19)
    event.save()
    _redate(day_claim, "2011")

    sync_claim_event(claim=day_claim)

    event.refresh_from_db()
    assert event.date_value == "2011-05-19"


@pytest.mark.django_db
def test_rejecting_the_claim_that_dated_a_merged_event_places_it_by_the_claims_left(
    month_and_day, editor
):
    from factcheck.services.claims import reject_claim

    event, _, day_claim = month_and_day

    reject_claim(claim=day_claim, by=editor)

    event.refresh_from_db()
    assert (event.date_value, event.precision) == ("2011-05", "month")
    assert event.latest == datetime.date(2011, 5, 31)
    assert list(Event.objects.live().shown()) == [event]


@pytest.mark.django_db
def test_rejecting_a_claim_keeps_a_date_typed_by_hand_on_the_merged_event(month_and_day, editor):
    from factcheck.services.claims import reject_claim

    event, _, day_claim = month_and_day
    event.date_text = event.date_value = "2011-05-19"
    event.earliest = event.latest = datetime.date(2011, 5, 19)
    event.save()

    reject_claim(claim=day_claim, by=editor)

    event.refresh_from_db()
    assert event.date_value == "2011-05-19"
