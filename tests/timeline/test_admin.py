"""The Event admin reads the date as written with the editor's date reader."""

import datetime

import pytest
from django.urls import reverse

from tests.timeline.conftest import make_claim, make_dated_event
from timeline.models import Event

pytestmark = pytest.mark.django_db

NO_DATE = {"date_value": "", "earliest": "", "latest": "", "precision": ""}


def _post(client, url, **fields):
    return client.post(url, {"headline": "Parliament votes", "description": "", **fields})


def test_an_event_added_with_a_typed_date_gets_its_value_bounds_and_precision(admin_client):
    _post(admin_client, reverse("admin:timeline_event_add"), date_text="May 2011", **NO_DATE)

    event = Event.objects.get()
    assert (event.date_text, event.date_value, event.precision) == ("May 2011", "2011-05", "month")
    assert (event.earliest, event.latest) == (datetime.date(2011, 5, 1), datetime.date(2011, 5, 31))


def test_a_relative_date_counts_from_the_publication_of_the_events_article(
    admin_client, article_timeline
):
    # An event an admin added to the article's timeline (one with a claim takes the
    # claim's date: see below).
    event = Event.objects.create(headline="Parliament votes")
    article_timeline.events.add(event)
    url = reverse("admin:timeline_event_change", args=[event.pk])

    _post(admin_client, url, date_text="last September", **NO_DATE)

    event.refresh_from_db()
    # Published May 22, 2011: last September is September 2010.
    assert (event.date_value, event.earliest) == ("2010-09", datetime.date(2010, 9, 1))


def test_a_new_events_relative_date_counts_from_the_article_of_its_claims(
    admin_client, published_article
):
    claim = make_claim(article=published_article)
    url = reverse("admin:timeline_event_add")

    _post(admin_client, url, date_text="last September", claims=[claim.pk], **NO_DATE)

    assert Event.objects.get().date_value == "2010-09"


def test_an_unreadable_date_is_refused_with_what_to_type(admin_client):
    url = reverse("admin:timeline_event_add")

    response = _post(admin_client, url, date_text="the other day-ish", **NO_DATE)

    assert response.status_code == 200
    assert (
        "Could not read &quot;the other day-ish&quot; as one date; try &quot;September 2010&quot;, "
        "&quot;2010-09&quot; or, for a range, &quot;2001 to 2005&quot;." in response.text
    )
    assert not Event.objects.exists()


def test_typed_bounds_are_kept_when_the_date_text_is_empty(admin_client):
    url = reverse("admin:timeline_event_add")
    bounds = {"earliest": "2011-05-01", "latest": "2011-05-31", "precision": "month"}

    _post(admin_client, url, date_text="", date_value="2011-05", **bounds)

    event = Event.objects.get()
    assert (event.date_value, event.earliest, event.latest) == (
        "2011-05",
        datetime.date(2011, 5, 1),
        datetime.date(2011, 5, 31),
    )


def test_saving_an_event_without_touching_its_date_keeps_the_date(admin_client):
    # "last September" was read against the article (May 2011); with no article timeline
    # to anchor it, reading it again would move it to the September before today.
    event = Event.objects.create(
        headline="Repairs begin",
        date_text="last September",
        date_value="2010-09",
        earliest=datetime.date(2010, 9, 1),
        latest=datetime.date(2010, 9, 30),
        precision="month",
    )
    url = reverse("admin:timeline_event_change", args=[event.pk])

    _post(
        admin_client,
        url,
        date_text="last September",
        date_value="2010-09",
        earliest="2010-09-01",
        latest="2010-09-30",
        precision="month",
    )

    event.refresh_from_db()
    assert event.headline == "Parliament votes"
    assert event.date_value == "2010-09"


def test_an_event_of_one_claim_shows_its_date_and_sends_the_admin_to_the_claim(
    admin_client, published_article
):
    event, claim = make_dated_event(article=published_article, headline="Parliament votes")
    url = reverse("admin:timeline_event_change", args=[event.pk])

    page = admin_client.get(url).text
    assert 'name="date_text"' not in page
    assert reverse("admin:factcheck_claim_change", args=[claim.pk]) in page

    _post(admin_client, url, date_text="last September", **NO_DATE)
    event.refresh_from_db()
    assert event.date_value == claim.date_value


def test_a_confirmed_merge_cannot_be_pointed_at_other_events_in_the_admin(admin_client, admin_user):
    from tests import factories
    from timeline.services.merging import confirm_merge, undo_merge

    first, _ = make_dated_event(article=factories.ArticleFactory())
    second, second_claim = make_dated_event(article=factories.ArticleFactory())
    stranger, _ = make_dated_event(article=factories.ArticleFactory())
    proposal = first.merges_kept.create(merged=second, similarity=0.9)
    confirm_merge(proposal=proposal, by=admin_user)
    url = reverse("admin:timeline_mergeproposal_change", args=[proposal.pk])

    admin_client.post(
        url, {"kept": stranger.pk, "merged": second.pk, "similarity": 0.9, "reason": ""}
    )

    proposal.refresh_from_db()
    assert proposal.kept == first
    undo_merge(proposal=proposal, by=admin_user)
    assert list(second.claims.all()) == [second_claim]


def test_the_admin_refuses_a_merge_proposal_reversing_an_existing_one(admin_client):
    from tests import factories
    from timeline.models import MergeProposal

    first, _ = make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes")
    second, _ = make_dated_event(article=factories.ArticleFactory(), headline="Deputies vote")
    MergeProposal.objects.create(kept=first, merged=second, similarity=0.9)

    response = admin_client.post(
        reverse("admin:timeline_mergeproposal_add"),
        {"kept": second.pk, "merged": first.pk, "similarity": 0.9, "reason": ""},
    )

    assert response.status_code == 200
    assert "These two events already have a merge proposal" in response.content.decode()
    assert MergeProposal.objects.count() == 1


@pytest.fixture
def folded(admin_user):
    """Two tellings of a vote, the second merged into the first: -> (kept, merged)."""
    from tests import factories
    from timeline.services.merging import confirm_merge

    kept, _ = make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes")
    merged, _ = make_dated_event(article=factories.ArticleFactory(), headline="Deputies vote")
    confirm_merge(proposal=kept.merges_kept.create(merged=merged, similarity=0.9), by=admin_user)
    return kept, merged


def _post_timeline(client, url, events):
    data = {"title": "Troops abroad", "slug": "troops-abroad", "description": "", "events": events}
    return client.post(url, data)


def _shown_nowhere(admin_user):
    from factcheck.services.claims import reject_claim
    from tests import factories
    from timeline.models import MergeProposal, MergeStatus

    event, claim = make_dated_event(article=factories.ArticleFactory(), headline="Talks end")
    # A merge log names it, so rejecting its claim hides it instead of deleting it.
    MergeProposal.objects.create(
        kept=event,
        merged=Event.objects.create(headline="Talks"),
        similarity=0.5,
        status=MergeStatus.DISMISSED,
    )
    reject_claim(claim=claim, by=admin_user)
    assert not Event.objects.shown().filter(pk=event.pk).exists()
    return event


def test_the_timeline_admin_refuses_a_merged_away_event_naming_the_one_that_holds_it(
    admin_client, folded
):
    from timeline.models import Timeline

    _, merged = folded

    response = _post_timeline(admin_client, reverse("admin:timeline_timeline_add"), [merged.pk])

    assert response.status_code == 200
    assert (
        "“Deputies vote” was merged into “Parliament votes”, which holds its claims now: "
        "choose that event instead." in response.content.decode()
    )
    assert not Timeline.objects.curated().exists()


def test_the_timeline_admin_refuses_an_event_no_reader_may_see(admin_client, admin_user):
    from timeline.models import Timeline

    hidden = _shown_nowhere(admin_user)

    response = _post_timeline(admin_client, reverse("admin:timeline_timeline_add"), [hidden.pk])

    assert response.status_code == 200
    assert "“Talks end” has no accepted, dated claim" in response.content.decode()
    assert not Timeline.objects.curated().exists()


def test_the_timeline_admin_keeps_an_event_hidden_since_it_was_added(admin_client, admin_user):
    from tests import factories

    hidden = _shown_nowhere(admin_user)
    other, _ = make_dated_event(article=factories.ArticleFactory(), headline="Troops leave")
    timeline = factories.TimelineFactory()
    timeline.events.add(hidden)
    url = reverse("admin:timeline_timeline_change", args=[timeline.pk])

    response = _post_timeline(admin_client, url, [hidden.pk, other.pk])

    assert response.status_code == 302, response.content.decode()
    assert set(timeline.events.all()) == {hidden, other}


def test_the_timeline_admins_event_picker_offers_only_events_it_may_take(
    admin_client, admin_user, folded
):
    kept, merged = folded
    hidden = _shown_nowhere(admin_user)
    query = {"app_label": "timeline", "model_name": "timeline", "field_name": "events", "term": ""}

    response = admin_client.get(reverse("admin:autocomplete"), query)

    offered = {int(row["id"]) for row in response.json()["results"]}
    assert kept.pk in offered
    assert not offered & {merged.pk, hidden.pk}
