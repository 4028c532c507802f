"""Who may use the editor workspace: every editor URL is in this matrix."""

import pytest
from django.urls import reverse

from factcheck.urls_editor import urlpatterns

# name -> (method, needs a claim (else an article) as its pk)
ENDPOINTS = {
    "dashboard": ("get", None),
    "article_new": ("get", None),
    "article": ("get", "article"),
    "article_edit": ("get", "article"),
    "article_publish": ("post", "article"),
    "article_unpublish": ("post", "article"),
    "claim_add": ("post", "article"),
    "claim": ("get", "claim"),
    "claim_accept": ("post", "claim"),
    "claim_reject": ("post", "claim"),
    "claim_edit": ("get", "claim"),
    "claim_verdict": ("post", "claim"),
    "source_add": ("post", "claim"),
}


def _url(name, claim):
    kind = ENDPOINTS[name][1]
    if kind is None:
        return reverse(f"editor:{name}")
    pk = claim.pk if kind == "claim" else claim.article_id
    return reverse(f"editor:{name}", args=[pk])


def test_every_editor_url_is_in_the_matrix():
    assert {pattern.name for pattern in urlpatterns} == set(ENDPOINTS)


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_it_sends_anonymous_users_to_sign_in(anonymous, claim, name):
    url = _url(name, claim)
    response = getattr(anonymous, ENDPOINTS[name][0])(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_it_refuses_signed_in_users_outside_the_newsroom(outsider_client, claim, name):
    response = getattr(outsider_client, ENDPOINTS[name][0])(_url(name, claim))
    assert response.status_code == 403


@pytest.mark.parametrize(
    "name", ["dashboard", "article_new", "article", "article_edit", "claim", "claim_edit"]
)
def test_it_opens_workspace_pages_to_editors_reviewers_and_staff(
    editor_client, reviewer_client, admin_client, claim, name
):
    for client in (editor_client, reviewer_client, admin_client):
        response = client.get(_url(name, claim))
        assert response.status_code == 200
        assert response.content.count(b"<h1") == 1


def test_it_shows_editors_draft_articles(editor_client, claim):
    assert not claim.article.is_published
    assert editor_client.get(_url("article", claim)).status_code == 200


def test_it_answers_404_for_a_missing_article_or_claim(editor_client):
    assert editor_client.get(reverse("editor:article", args=[999999])).status_code == 404
    assert editor_client.get(reverse("editor:claim", args=[999999])).status_code == 404


def test_it_refuses_publishing_to_editors_without_the_permission(editor_client, claim):
    response = editor_client.post(_url("article_publish", claim))
    assert response.status_code == 403
    claim.article.refresh_from_db()
    assert not claim.article.is_published


def test_it_lets_reviewers_publish(reviewer_client, claim):
    response = reviewer_client.post(_url("article_publish", claim))
    assert response.status_code == 302
    claim.article.refresh_from_db()
    assert claim.article.is_published


@pytest.mark.parametrize(
    "name", ["dashboard", "article_new", "article", "article_edit", "claim", "claim_edit"]
)
def test_every_field_on_workspace_pages_is_labelled(reviewer_client, claim, name):
    from tests.factcheck.views.conftest import unlabelled_fields

    html = reviewer_client.get(_url(name, claim)).content.decode()
    assert "<input" in html or "<select" in html
    assert unlabelled_fields(html) == []
