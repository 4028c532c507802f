"""editor:claim_edit and editor:claim_add: a claim's statement is a sentence or two, not
a page. Its own module because the limit is the same in both forms."""

import re

from django.urls import reverse

from factcheck.models import Claim
from tests.factcheck.views.conftest import HTMX, post_claim_edit

TOO_LONG = ("The council voted to close the bridge. " * 520).strip()  # 20,279 characters


def test_an_edited_statement_over_the_limit_is_refused_and_kept(editor_client, claim):
    response = post_claim_edit(editor_client, claim, statement=TOO_LONG)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The claim is too long: 20,279 characters, the limit is 1,000." in html
    # The whole text comes back, for the editor to cut down; no maxlength cuts a paste.
    assert TOO_LONG in html
    textarea = re.search(r'<textarea[^>]*name="statement"[^>]*>', html).group()
    assert "maxlength" not in textarea
    claim.refresh_from_db()
    assert claim.statement != TOO_LONG


def test_a_statement_of_exactly_the_limit_is_saved(editor_client, claim):
    statement = ("The council voted. " * 60)[:1000]
    response = post_claim_edit(editor_client, claim, statement=statement)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.statement == statement.strip()


def test_an_added_claims_statement_over_the_limit_is_refused_and_kept(editor_client, article):
    response = editor_client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": "The bridge opened in 1961.", "statement": TOO_LONG},
        **HTMX,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The claim is too long: 20,279 characters, the limit is 1,000." in html
    assert TOO_LONG in html
    assert not Claim.objects.exists()
