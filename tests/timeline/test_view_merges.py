import pytest
from django.urls import reverse

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.models import MergeProposal, MergeStatus


@pytest.fixture
def proposal(db):
    first, _ = make_dated_event(
        article=factories.ArticleFactory(title="Paper one"),
        headline="Parliament votes to send troops",
    )
    second, _ = make_dated_event(
        article=factories.ArticleFactory(title="Paper two"),
        headline="Parliament votes to send soldiers",
    )
    return MergeProposal.objects.create(kept=first, merged=second, similarity=0.6, reason="test")


def test_anonymous_visitors_are_sent_to_sign_in(anonymous, db):
    response = anonymous.get(reverse("editor:merge_proposals"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_lists_open_proposals_side_by_side(editor_client, proposal):
    response = editor_client.get(reverse("editor:merge_proposals"))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Keep: <bdi>Parliament votes to send troops</bdi>" in html
    assert "Fold in: <bdi>Parliament votes to send soldiers</bdi>" in html
    assert "Paper one" in html and "Paper two" in html


def test_find_creates_proposals(editor_client, proposal):
    proposal.delete()

    response = editor_client.post(reverse("editor:merge_find"), follow=True)

    assert MergeProposal.objects.count() == 1
    assert b"1 new merge proposal" in response.content


def test_confirm_then_undo_without_javascript(editor_client, editor, proposal):
    confirmed = editor_client.post(reverse("editor:merge_confirm", args=[proposal.pk]), follow=True)
    proposal.refresh_from_db()
    assert proposal.status == MergeStatus.CONFIRMED
    assert b"Merged: the two events are now one." in confirmed.content
    assert "edna" in confirmed.content.decode()

    editor_client.post(reverse("editor:merge_undo", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert proposal.status == MergeStatus.UNDONE


def test_htmx_gets_the_queue_fragment_with_the_message(editor_client, proposal):
    response = editor_client.post(
        reverse("editor:merge_dismiss", args=[proposal.pk]), headers={"HX-Request": "true"}
    )

    assert response.status_code == 200
    assert b"<html" not in response.content
    assert b"Dismissed: this pair will not be proposed again." in response.content


def test_a_second_decision_shows_a_clear_message(editor_client, proposal):
    editor_client.post(reverse("editor:merge_dismiss", args=[proposal.pk]))

    response = editor_client.post(reverse("editor:merge_confirm", args=[proposal.pk]), follow=True)

    assert "This proposal is already dismissed." in response.content.decode()


def test_a_missing_proposal_is_404(editor_client, db):
    assert editor_client.post(reverse("editor:merge_confirm", args=[999])).status_code == 404


def test_a_proposal_naming_an_event_merged_since_is_not_listed(editor_client, editor, proposal):
    third, _ = make_dated_event(
        article=factories.ArticleFactory(title="Paper three"),
        headline="Parliament votes to send officers",
    )
    stale = MergeProposal.objects.create(
        kept=proposal.merged, merged=third, similarity=0.5, reason="stale"
    )
    editor_client.post(reverse("editor:merge_confirm", args=[proposal.pk]))

    html = editor_client.get(reverse("editor:merge_proposals")).content.decode()

    assert f'id="proposal-{stale.pk}"' not in html
    carried = MergeProposal.objects.exclude(pk__in=[proposal.pk, stale.pk]).get()
    assert f'id="proposal-{carried.pk}"' in html
    assert "Proposed (1)" in html
