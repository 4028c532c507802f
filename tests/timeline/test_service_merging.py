import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.models import Event, MergeProposal, MergeStatus
from timeline.services.generation import ensure_article_timeline
from timeline.services.merging import (
    confirm_merge,
    content_words,
    dismiss_merge,
    propose_merges,
    similarity,
    undo_merge,
)


@pytest.fixture
def two_tellings(db):
    """The same vote told by two papers, a day apart in wording but the same date."""
    first_article = factories.ArticleFactory(is_published=True, title="Moscow Times")
    second_article = factories.ArticleFactory(is_published=True, title="Reuters")
    first, first_claim = make_dated_event(
        article=first_article, headline="Kazakh parliament votes to send troops to Afghanistan"
    )
    second, second_claim = make_dated_event(
        article=second_article, headline="Kazakhstan parliament votes to send troops to Afghan war"
    )
    return first, second, first_claim, second_claim


def test_content_words_drop_stop_words_and_suffixes():
    assert content_words("The parliament voted to send troops") == {
        "parliament",
        "vot",
        "send",
        "troop",
    }


def test_similarity_is_the_jaccard_overlap():
    assert similarity({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert similarity(set(), {"a"}) == 0


def test_it_proposes_overlapping_similar_events_from_different_articles(two_tellings):
    first, second, _, _ = two_tellings

    proposals = propose_merges()

    assert len(proposals) == 1
    assert (proposals[0].kept, proposals[0].merged) == (first, second)
    assert proposals[0].similarity >= 0.3
    assert "send" in proposals[0].reason


def test_it_does_not_propose_a_pair_twice(two_tellings):
    propose_merges()

    assert propose_merges() == []


def test_it_does_not_propose_events_whose_dates_do_not_overlap(db):
    make_dated_event(
        article=factories.ArticleFactory(),
        value="2010-09",
        headline="Parliament votes to send troops",
    )
    make_dated_event(
        article=factories.ArticleFactory(),
        value="2011-05-18",
        headline="Parliament votes to send troops",
    )

    assert propose_merges() == []


def test_it_does_not_propose_unrelated_events_on_the_same_day(db):
    make_dated_event(
        article=factories.ArticleFactory(body="Parliament voted on May 18 to send troops."),
        headline="Parliament votes to send troops",
    )
    make_dated_event(
        article=factories.ArticleFactory(body="The old bridge closed on May 18 for repairs."),
        headline="Bridge closes for repairs",
    )

    assert propose_merges() == []


def test_it_does_not_propose_two_events_of_one_article(db, published_article):
    make_dated_event(article=published_article, headline="Parliament votes to send troops")
    make_dated_event(article=published_article, headline="Parliament votes to send troops again")

    assert propose_merges() == []


def test_confirming_moves_the_claims_and_logs_who_and_when(two_tellings, editor):
    first, second, first_claim, second_claim = two_tellings
    second_timeline = ensure_article_timeline(article=second_claim.article)
    proposal = propose_merges()[0]

    confirm_merge(proposal=proposal, by=editor)

    proposal.refresh_from_db()
    second.refresh_from_db()
    assert proposal.status == MergeStatus.CONFIRMED
    assert proposal.decided_by == editor and proposal.decided_at is not None
    assert proposal.moved_claim_ids == [second_claim.pk]
    assert set(first.claims.all()) == {first_claim, second_claim}
    assert second.merged_into == first
    assert list(second_timeline.events.all()) == [first]


def test_undo_restores_the_events_and_their_claim_links(two_tellings, editor, reviewer):
    first, second, first_claim, second_claim = two_tellings
    first_timeline = ensure_article_timeline(article=first_claim.article)
    second_timeline = ensure_article_timeline(article=second_claim.article)
    proposal = propose_merges()[0]
    confirm_merge(proposal=proposal, by=editor)

    undo_merge(proposal=proposal, by=reviewer)

    proposal.refresh_from_db()
    second.refresh_from_db()
    assert proposal.status == MergeStatus.UNDONE
    assert proposal.undone_by == reviewer and proposal.decided_by == editor
    assert list(first.claims.all()) == [first_claim]
    assert list(second.claims.all()) == [second_claim]
    assert second.merged_into is None
    assert list(second_timeline.events.all()) == [second]
    assert list(first_timeline.events.all()) == [first]


def test_a_merged_event_keeps_each_claims_date_when_they_disagree(db, editor):
    first, _ = make_dated_event(
        article=factories.ArticleFactory(),
        value="2011-05-18",
        headline="Parliament votes to send troops",
    )
    second, _ = make_dated_event(
        article=factories.ArticleFactory(),
        value="2011-05-21",
        headline="Parliament votes to send troops",
    )
    # The two dates do not overlap: an editor can still pair them in the admin.
    proposal = first.merges_kept.create(merged=second, similarity=1.0)

    confirm_merge(proposal=proposal, by=editor)

    merged = Event.objects.get(pk=first.pk)
    assert merged.dates_disagree
    assert sorted(claim.date_value for claim in merged.dated_claims) == ["2011-05-18", "2011-05-21"]


def test_a_decided_proposal_cannot_be_confirmed_again(two_tellings, editor):
    proposal = propose_merges()[0]
    dismiss_merge(proposal=proposal, by=editor)

    with pytest.raises(ValidationError, match="already dismissed"):
        confirm_merge(proposal=proposal, by=editor)


def test_only_a_confirmed_merge_can_be_undone(two_tellings, editor):
    proposal = propose_merges()[0]

    with pytest.raises(ValidationError, match="Only a confirmed merge"):
        undo_merge(proposal=proposal, by=editor)


def test_users_without_the_permission_cannot_merge(two_tellings):
    proposal = propose_merges()[0]
    outsider = factories.UserFactory(username="nobody")

    with pytest.raises(PermissionDenied):
        confirm_merge(proposal=proposal, by=outsider)


def test_a_proposal_names_the_shared_words_as_written_not_their_stems(editor):
    from factcheck.services.claims import accept_claim
    from tests.factories import ArticleFactory, ClaimFactory
    from timeline.models import MergeProposal

    for _ in range(2):
        accept_claim(claim=ClaimFactory(article=ArticleFactory(), status="suggested"), by=editor)
    reason = MergeProposal.objects.get().reason
    assert "voted" in reason
    assert "vot," not in reason and not reason.endswith("vot")


@pytest.fixture
def three_tellings(db):
    """One reopening told by three papers: the day, the week, the month."""
    events = []
    for title, value in (("Gazette", "2011-05-18"), ("Courier", "2011-W20"), ("Herald", "2011-05")):
        article = factories.ArticleFactory(is_published=True, title=title)
        event, _ = make_dated_event(
            article=article, value=value, headline="Westport harbor bridge reopens to traffic"
        )
        events.append(event)
    return events


def test_a_third_telling_proposed_with_a_folded_event_is_proposed_with_the_merged_one(
    three_tellings, editor
):
    day, week, month = three_tellings
    week.merges_kept.create(merged=month, similarity=0.4, reason="Dates overlap")
    day_and_week = day.merges_kept.create(merged=week, similarity=0.9)

    confirm_merge(proposal=day_and_week, by=editor)

    carried = MergeProposal.objects.reviewable().get()
    assert (carried.kept, carried.merged) == (day, month)
    assert carried.similarity == 0.4
    assert carried.reason.startswith("Proposed with “Westport harbor bridge reopens to traffic”")
    confirm_merge(proposal=carried, by=editor)
    assert sorted(Event.objects.get(pk=day.pk).claims.values_list("article__title", flat=True)) == [
        "Courier",
        "Gazette",
        "Herald",
    ]


def test_the_stale_proposal_waits_hidden_until_the_merge_is_undone(three_tellings, editor):
    day, week, month = three_tellings
    stale = week.merges_kept.create(merged=month, similarity=0.4)
    day_and_week = day.merges_kept.create(merged=week, similarity=0.9)

    confirm_merge(proposal=day_and_week, by=editor)
    assert stale not in MergeProposal.objects.reviewable()

    undo_merge(proposal=day_and_week, by=editor)
    assert stale in MergeProposal.objects.reviewable()


def test_a_pair_already_decided_is_not_carried_over(three_tellings, editor):
    day, week, month = three_tellings
    week.merges_kept.create(merged=month, similarity=0.4)
    day.merges_kept.create(merged=month, similarity=0.2, status=MergeStatus.DISMISSED)
    day_and_week = day.merges_kept.create(merged=week, similarity=0.9)

    confirm_merge(proposal=day_and_week, by=editor)

    assert not MergeProposal.objects.reviewable().exists()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 4])
def test_carrying_proposals_over_reads_the_articles_once(editor, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    kept, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05-18")
    merged, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05")
    for _ in range(count):
        other, _ = make_dated_event(article=factories.ArticleFactory(), value="2011")
        other.merges_kept.create(merged=merged, similarity=0.4)
    proposal = kept.merges_kept.create(merged=merged, similarity=0.9)

    with CaptureQueriesContext(connection) as queries:
        confirm_merge(proposal=proposal, by=editor)

    assert MergeProposal.objects.reviewable().filter(kept=kept).count() == count
    # 17 for the merge itself (the editor's permissions, the lock, the claims and
    # timelines moved, the saves), 3 to carry over (the open proposals, the pairs known
    # for the kept event, the articles of every event at once), and 11 a proposal
    # carried over: its full_clean (its two events exist, clean()'s pair lookup, the pair
    # constraint, two check constraints each in a savepoint) and its INSERT.
    assert len(queries) == 20 + 11 * count


def test_undo_leaves_both_events_on_a_topic_timeline_curated_after_the_merge(two_tellings, editor):
    first, second, _, second_claim = two_tellings
    proposal = first.merges_kept.create(merged=second, similarity=0.9)
    confirm_merge(proposal=proposal, by=editor)
    topic = factories.TimelineFactory(title="Kazakh troops", is_published=True)
    topic.events.add(first)  # the merged event, standing for both tellings

    undo_merge(proposal=proposal, by=editor)

    assert set(topic.events.all()) == {first, second}
    assert list(second.claims.all()) == [second_claim]


def test_undo_leaves_a_topic_timeline_that_chose_one_telling_before_the_merge_as_it_was(
    two_tellings, editor
):
    first, second, _, _ = two_tellings
    topic = factories.TimelineFactory(title="Kazakh troops", is_published=True)
    topic.events.add(first)
    proposal = first.merges_kept.create(merged=second, similarity=0.9)
    confirm_merge(proposal=proposal, by=editor)

    undo_merge(proposal=proposal, by=editor)

    assert list(topic.events.all()) == [first]


def _date_of(event):
    event.refresh_from_db()
    return event.date_value, event.precision, event.latest


def test_a_merge_dates_the_event_as_precisely_as_the_tellings_agree_and_undo_gives_it_back(
    db, editor
):
    month, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05")
    day, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05-18")
    proposal = month.merges_kept.create(merged=day, similarity=0.9)

    confirm_merge(proposal=proposal, by=editor)

    assert _date_of(month) == ("2011-05-18", "day", datetime.date(2011, 5, 18))

    undo_merge(proposal=proposal, by=editor)

    assert _date_of(month) == ("2011-05", "month", datetime.date(2011, 5, 31))


def test_a_merge_keeps_the_kept_date_when_the_other_is_a_range_within_it(db, editor):
    month, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05")
    days, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05-18/2011-05-20")

    confirm_merge(proposal=month.merges_kept.create(merged=days, similarity=0.9), by=editor)

    # "May 18 to 20" is not a finer telling of "May 2011" but a span of its own.
    assert _date_of(month) == ("2011-05", "month", datetime.date(2011, 5, 31))


def test_a_merge_keeps_the_kept_date_when_the_other_is_wider_or_elsewhere(db, editor):
    day, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05-18")
    week, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-W20")
    other_day, _ = make_dated_event(article=factories.ArticleFactory(), value="2011-05-21")

    confirm_merge(proposal=day.merges_kept.create(merged=week, similarity=0.9), by=editor)
    confirm_merge(proposal=day.merges_kept.create(merged=other_day, similarity=0.9), by=editor)

    day.refresh_from_db()
    assert day.date_value == "2011-05-18"


def _redate(claim, value: str) -> None:
    # As the claim services do: a history row for the new date, then the event follows.
    from factcheck.temporal.values import bounds
    from timeline.services.generation import sync_claim_event

    claim.date_text = claim.date_value = value
    claim.earliest, claim.latest, claim.precision = bounds(value)
    claim.save_by(by=None, reason="Claim edited")
    sync_claim_event(claim=claim)


@pytest.fixture
def month_and_day(editor):
    """May 2011 told by one paper, May 18 by another, merged: the event stands at the
    18th -> (month event, day event, month claim, day claim, proposal)."""
    month, month_claim = make_dated_event(article=factories.ArticleFactory(), value="2011-05")
    day, day_claim = make_dated_event(article=factories.ArticleFactory(), value="2011-05-18")
    proposal = month.merges_kept.create(merged=day, similarity=0.9)
    confirm_merge(proposal=proposal, by=editor)
    return month, day, month_claim, day_claim, proposal


def test_undo_places_each_event_by_its_own_claims_when_the_merged_one_was_redated(
    month_and_day, editor
):
    month, day, _, day_claim, proposal = month_and_day
    _redate(day_claim, "2011-05-20")
    assert _date_of(month)[0] == "2011-05-20"

    undo_merge(proposal=proposal, by=editor)

    assert _date_of(month) == ("2011-05", "month", datetime.date(2011, 5, 31))
    assert _date_of(day) == ("2011-05-20", "day", datetime.date(2011, 5, 20))


def test_undo_places_the_kept_event_by_its_claim_redated_while_merged(month_and_day, editor):
    month, day, month_claim, _, proposal = month_and_day
    _redate(month_claim, "2011")  # the 18th still lies within 2011: the event stays there

    undo_merge(proposal=proposal, by=editor)

    # Not May 2011, the date logged at the merge, which no claim gives any more.
    assert _date_of(month) == ("2011", "year", datetime.date(2011, 12, 31))
    assert _date_of(day) == ("2011-05-18", "day", datetime.date(2011, 5, 18))


def test_undo_keeps_a_date_typed_by_hand_on_the_kept_event(month_and_day, editor):
    month, _, _, _, proposal = month_and_day
    month.refresh_from_db()  # at the 18th, from the merge
    month.date_text = month.date_value = "2011-05-19"
    month.earliest = month.latest = datetime.date(2011, 5, 19)
    month.save()

    undo_merge(proposal=proposal, by=editor)

    assert _date_of(month) == ("2011-05-19", "day", datetime.date(2011, 5, 19))
