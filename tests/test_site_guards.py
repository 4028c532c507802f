"""Guards over the whole site (djangoproject.com style):

- every named route is in the permission matrix below, so a new page cannot ship
  without someone deciding who may see it;
- every row of the matrix holds for each persona;
- every HTML page a persona can open has exactly one <h1>.
"""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from factcheck.models import Verdict
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    EventFactory,
    SourceFactory,
    TimelineFactory,
    UserFactory,
)
from timeline.models import MergeProposal
from timeline.services.generation import ensure_article_timeline, sync_claim_event

# Django's own account pages: tested by Django; we only check they render.
DJANGO_OWN = {"password_reset_confirm", "password_reset_complete", "password_reset_done",
              "password_change_done", "logout"}  # fmt: skip

LOGIN = "login-redirect"
PERSONAS = ["anonymous", "outsider", "editor", "reviewer"]


def _row(target, anonymous, outsider, editor, reviewer, method="GET"):
    statuses = dict(zip(PERSONAS, (anonymous, outsider, editor, reviewer), strict=True))
    return target, method, {persona: s for persona, s in statuses.items() if s is not None}


def _post(target, editor=None, reviewer=None):
    # POST-only routes: GET is 405 for everyone; an empty POST from outside the
    # newsroom must be turned away before anything happens. What an editor's POST
    # does is each view's own test module's business (None: not checked here).
    return _row(target, LOGIN, 403, editor, reviewer, method="POST")


# name -> (which object the URL takes, method probed, expected status for each persona).
# "outsider" is signed in but in no newsroom group. Drafts are 404 to the public, never 403.
MATRIX = {
    "login": _row(None, 200, 200, 200, 200),
    "password_change": _row(None, LOGIN, 200, 200, 200),
    "password_reset": _row(None, 200, 200, 200, 200),
    "healthz": _row(None, 200, 200, 200, 200),
    "public:home": _row(None, 200, 200, 200, 200),
    "public:article": _row("published_slug", 200, 200, 200, 200),
    "public:timeline": _row("timeline_slug", 200, 200, 200, 200),
    "public:timeline_embed": _row("timeline_slug", 200, 200, 200, 200),
    "public:timeline_timelinejs": _row("timeline_slug", 200, 200, 200, 200),
    "public:timeline_json": _row("timeline_slug", 200, 200, 200, 200),
    "public:timeline_csv": _row("timeline_slug", 200, 200, 200, 200),
    "public:timeline_ics": _row("timeline_slug", 200, 200, 200, 200),
    "public:verdicts_feed": _row(None, 200, 200, 200, 200),
    "editor:dashboard": _row(None, LOGIN, 403, 200, 200),
    "editor:article_new": _row(None, LOGIN, 403, 200, 200),
    "editor:article": _row("draft_pk", LOGIN, 403, 200, 200),
    "editor:article_edit": _row("draft_pk", LOGIN, 403, 200, 200),
    "editor:article_publish": _post("draft_pk", editor=403),
    "editor:article_unpublish": _post("published_pk", editor=403),
    "editor:claim_add": _post("draft_pk"),
    "editor:claim": _row("claim_pk", LOGIN, 403, 200, 200),
    "editor:claim_accept": _post("claim_pk"),
    "editor:claim_reject": _post("claim_pk"),
    "editor:claim_edit": _row("claim_pk", LOGIN, 403, 200, 200),
    "editor:claim_verdict": _row("claim_pk", LOGIN, 403, 200, 200),
    "editor:source_add": _row("claim_pk", LOGIN, 403, 200, 200),
    "editor:merge_proposals": _row(None, LOGIN, 403, 200, 200),
    "editor:merge_find": _post(None),
    "editor:merge_confirm": _post("merge_pk"),
    "editor:merge_dismiss": _post("merge_pk"),
    "editor:merge_undo": _post("merge_pk"),
    "editor:curated_timelines": _row(None, LOGIN, 403, 200, 200),
    "editor:curated_timeline": _row("curated_pk", LOGIN, 403, 200, 200),
    "editor:curated_add": _post("curated_pk"),
    "editor:curated_remove": _post("curated_pk"),
    "editor:curated_publish": _post("curated_pk"),
}

# Drafts: the same public routes must be 404 for everyone outside the newsroom.
DRAFT_ROUTES = {
    "public:article": "draft_slug",
    "public:timeline": "draft_timeline_slug",
    "public:timeline_embed": "draft_timeline_slug",
    "public:timeline_timelinejs": "draft_timeline_slug",
    "public:timeline_json": "draft_timeline_slug",
    "public:timeline_csv": "draft_timeline_slug",
    "public:timeline_ics": "draft_timeline_slug",
}


def _named_routes(patterns=None, namespace=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_routes(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def test_every_named_route_is_in_the_permission_matrix():
    routes = {name for name in _named_routes() if not name.startswith("admin:")}
    missing = routes - MATRIX.keys() - DJANGO_OWN
    assert not missing, f"add these routes to the permission matrix: {sorted(missing)}"
    assert not (MATRIX.keys() - routes), "the matrix names routes that no longer exist"


@pytest.fixture
def site(db, reviewer):
    published = ArticleFactory(is_published=True)
    claim = ClaimFactory(article=published)
    SourceFactory(claim=claim)
    claim.set_verdict(Verdict.VERIFIED, by=reviewer, note="Checked.")
    sync_claim_event(claim=claim)
    published.publish(by=reviewer)
    draft = ArticleFactory(is_published=False)
    draft_claim = ClaimFactory(article=draft)
    sync_claim_event(claim=draft_claim)
    proposal = MergeProposal.objects.create(
        kept=claim.events.get(), merged=EventFactory(), similarity=0.8
    )
    return {
        "published_slug": published.slug,
        "published_pk": published.pk,
        "timeline_slug": ensure_article_timeline(article=published).slug,
        "draft_slug": draft.slug,
        "draft_pk": draft.pk,
        "draft_timeline_slug": ensure_article_timeline(article=draft).slug,
        "claim_pk": draft_claim.pk,
        "merge_pk": proposal.pk,
        "curated_pk": TimelineFactory(is_published=False).pk,
    }


@pytest.fixture
def clients(db, editor, reviewer):
    outsider = UserFactory(username="olga")
    signed_in = {}
    for persona, user in (("outsider", outsider), ("editor", editor), ("reviewer", reviewer)):
        client = Client()
        client.force_login(user)
        signed_in[persona] = client
    return {"anonymous": Client(), **signed_in}


def _url(name, target, site):
    return reverse(name, args=[site[target]]) if target else reverse(name)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_route_answers_each_persona_as_the_matrix_says(name, site, clients):
    target, method, expected = MATRIX[name]
    url = _url(name, target, site)
    if method == "POST":
        assert clients["editor"].get(url).status_code == 405, url
    for persona, status in expected.items():
        client = clients[persona]
        response = client.post(url) if method == "POST" else client.get(url)
        if status == LOGIN:
            assert response.status_code == 302, (persona, url)
            assert response.url.startswith(reverse("login")), (persona, url)
        else:
            assert response.status_code == status, (persona, url, response.status_code)


@pytest.mark.parametrize("name", sorted(DRAFT_ROUTES))
def test_drafts_are_404_to_the_public_and_outsiders(name, site, clients):
    url = reverse(name, args=[site[DRAFT_ROUTES[name]]])
    for persona in ("anonymous", "outsider"):
        assert clients[persona].get(url).status_code == 404, (persona, url)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_every_html_page_has_exactly_one_h1(name, site, clients):
    target, method, expected = MATRIX[name]
    url = _url(name, target, site)
    for persona, status in expected.items():
        if status != 200 or method != "GET":
            continue
        response = clients[persona].get(url)
        if not response["Content-Type"].startswith("text/html") or b"<html" not in response.content:
            continue
        assert response.content.count(b"<h1") == 1, (persona, url)


def test_the_outsider_really_has_no_newsroom_permissions(db):
    assert not Permission.objects.filter(user__username="olga").exists()
