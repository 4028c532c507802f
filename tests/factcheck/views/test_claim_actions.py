import json

import pytest
from django.urls import reverse

from factcheck.models import Claim, ClaimStatus
from tests import factories
from tests.factcheck.views.conftest import HTMX, post_claim_edit


def _suggestion(article):
    return factories.ClaimFactory(article=article, status=ClaimStatus.SUGGESTED)


def test_it_accepts_a_suggestion_in_place_with_htmx(editor_client, article):
    claim = _suggestion(article)
    response = editor_client.post(reverse("editor:claim_accept", args=[claim.pk]), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith(
        f'<article id="claim-{claim.pk}" class="claim-card claim-accepted"'
    )
    assert "Save verdict" in html
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.ACCEPTED
    # The accepted dated claim is on the article's timeline.
    assert claim.events.filter(timelines__article=article).exists()


def test_it_accepts_without_javascript_and_goes_back_to_the_claim(editor_client, article):
    claim = _suggestion(article)
    response = editor_client.post(reverse("editor:claim_accept", args=[claim.pk]))
    assert response.status_code == 302
    assert (
        response["Location"] == f"{reverse('editor:article', args=[article.pk])}#claim-{claim.pk}"
    )


@pytest.mark.parametrize(("action", "status"), [("accept", "accepted"), ("reject", "rejected")])
def test_a_second_click_without_javascript_is_no_conflict(editor_client, article, action, status):
    # A double click sends the form twice with the version the card showed; the second
    # asks for what the first already did, and must not say someone else changed it.
    claim = _suggestion(article)
    url = reverse(f"editor:claim_{action}", args=[claim.pk])
    form = {"seen_version": claim.version}
    assert editor_client.post(url, form).status_code == 302
    second = editor_client.post(url, form)
    assert second.status_code == 302
    assert second["Location"].endswith(f"#claim-{claim.pk}")
    claim.refresh_from_db()
    assert claim.status == status


def test_it_rejects_a_suggestion(editor_client, article):
    claim = _suggestion(article)
    response = editor_client.post(reverse("editor:claim_reject", args=[claim.pk]), **HTMX)
    assert 'class="claim-card claim-rejected"' in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REJECTED


def test_it_goes_back_to_a_safe_next_page_only(editor_client, article):
    claim = _suggestion(article)
    own = reverse("editor:claim", args=[claim.pk])
    response = editor_client.post(reverse("editor:claim_reject", args=[claim.pk]), {"next": own})
    assert response["Location"] == own
    response = editor_client.post(
        reverse("editor:claim_accept", args=[claim.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"].startswith(reverse("editor:article", args=[article.pk]))


def test_it_refuses_get_on_accept(editor_client, claim):
    assert editor_client.get(reverse("editor:claim_accept", args=[claim.pk])).status_code == 405


def test_it_opens_the_edit_form_as_a_page_or_in_the_card(editor_client, claim):
    url = reverse("editor:claim_edit", args=[claim.pk])
    page = editor_client.get(url).content.decode()
    assert "<html" in page and "Edit the claim" in page
    fragment = editor_client.get(url, **HTMX).content.decode()
    assert "<html" not in fragment and "Edit the claim" in fragment
    for field in ("statement", "quote", "date_text"):
        assert f'for="claim-{claim.pk}-edit-{field}"' in fragment


def test_it_edits_statement_quote_and_a_typed_date(editor_client, claim):
    response = post_claim_edit(
        editor_client,
        claim,
        statement="Repairs on the bridge began in September 2010.",
        quote="Repairs began last September",
        date_text="Sept 2010",
    )
    html = response.content.decode()
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.statement == "Repairs on the bridge began in September 2010."
    assert claim.quote == "Repairs began last September"
    assert claim.article.body[claim.start : claim.end] == claim.quote
    assert claim.date_value == "2010-09"
    assert "September 2010 · month" in html


def test_it_takes_the_span_from_a_selection(editor_client, claim):
    body = claim.article.body
    start = body.index("The bridge opened")
    response = post_claim_edit(editor_client, claim, quote="ignored", start=start, end=len(body))
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.quote == "The bridge opened in 1961."


def test_it_keeps_what_was_typed_when_the_date_cannot_be_read(editor_client, claim):
    response = post_claim_edit(
        editor_client, claim, statement="My new wording", date_text="blurgsday"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Could not read" in html and "blurgsday" in html
    assert "My new wording" in html
    claim.refresh_from_db()
    assert claim.statement != "My new wording"


def test_it_says_when_a_typed_quote_is_not_in_the_article(editor_client, claim):
    response = post_claim_edit(editor_client, claim, quote="words nobody wrote")
    html = response.content.decode()
    assert response.status_code == 200
    assert "not in the article" in html
    assert "words nobody wrote" in html


def test_it_refuses_the_second_of_two_concurrent_edits_and_shows_both(
    editor_client, other_editor_client, claim
):
    opened = claim.version
    first = post_claim_edit(
        other_editor_client, claim, statement="Otto's wording", seen_version=opened
    )
    assert first.status_code == 200
    second = post_claim_edit(editor_client, claim, statement="Edna's wording", seen_version=opened)
    html = second.content.decode()
    assert second.status_code == 200
    assert "Someone else changed this claim" in html
    assert "Otto&#x27;s wording" in html  # saved now
    assert "Edna&#x27;s wording" in html  # kept in the form
    claim.refresh_from_db()
    assert claim.statement == "Otto's wording"
    # Saving again after seeing the change is a deliberate overwrite.
    version = html.split('name="seen_version" value="')[1].split('"')[0]
    assert int(version) == claim.version
    third = post_claim_edit(editor_client, claim, statement="Edna's wording", seen_version=version)
    assert "Someone else changed" not in third.content.decode()
    claim.refresh_from_db()
    assert claim.statement == "Edna's wording"


def test_it_shows_the_conflict_on_the_claim_page_without_javascript(
    editor_client, other_editor_client, claim
):
    opened = claim.version
    post_claim_edit(other_editor_client, claim, statement="Otto's wording", seen_version=opened)
    url = reverse("editor:claim_edit", args=[claim.pk])
    response = editor_client.post(
        url,
        {"statement": "Edna's wording", "quote": claim.quote, "seen_version": opened},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" in html
    assert "Someone else changed this claim" in html and "Edna&#x27;s wording" in html


def test_it_adds_a_claim_from_a_selection(editor_client, article):
    start = article.body.index("Repairs began")
    end = article.body.index("said.") + len("said.")
    response = editor_client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": "whatever the browser joined", "start": start, "end": end},
        **HTMX,
    )
    html = response.content.decode()
    claim = Claim.objects.get(article=article)
    assert response.status_code == 200
    # The page of cards that holds it, in place of the page on screen, with the text's
    # marks and the counts out of band; editor.js focuses the card the event names.
    assert html.lstrip().startswith('<div id="claims-page"')
    assert f'<article id="claim-{claim.pk}"' in html
    assert html.count('id="article-body" hx-swap-oob') == 1
    assert 'id="claim-counts"' in html
    assert response["HX-Retarget"] == "#claims-page"
    assert json.loads(response["HX-Trigger-After-Settle"]) == {
        "claimAdded": {"card": f"claim-{claim.pk}"}
    }
    assert "HX-Push-Url" not in response
    assert claim.quote == "Repairs began last September, officials said."
    assert claim.status == ClaimStatus.ACCEPTED
    assert claim.date_value == "2010-09"


def test_it_adds_a_claim_from_typed_words_without_javascript(editor_client, article):
    response = editor_client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": "The bridge opened in 1961.", "statement": "The bridge dates from 1961."},
    )
    claim = Claim.objects.get(article=article)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#claim-{claim.pk}")
    assert claim.statement == "The bridge dates from 1961."
    assert claim.date_value == "1961"


ADDED = "Claim added and accepted. Add a source on its card, then give your verdict."


def test_without_javascript_an_added_claim_is_confirmed_on_the_page(editor_client, article):
    response = editor_client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": "The bridge opened in 1961."},
        follow=True,
    )
    claim = Claim.objects.get(article=article)
    assert response.redirect_chain == [(f"{article.get_absolute_url()}#claim-{claim.pk}", 302)]
    assert f'<p class="message message-success">{ADDED}</p>' in response.content.decode()


def test_with_htmx_the_new_card_confirms_it_and_no_message_waits(editor_client, article):
    response = editor_client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": "The bridge opened in 1961."},
        **HTMX,
    )
    assert response.status_code == 200 and Claim.objects.filter(article=article).exists()
    # A message queued here would show on whichever page the editor opens next.
    page = editor_client.get(article.get_absolute_url()).content.decode()
    assert "Claim added" not in page


def test_it_puts_add_claim_errors_back_in_the_form(editor_client, article):
    url = reverse("editor:claim_add", args=[article.pk])
    response = editor_client.post(url, {"quote": "not in this text"}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#add-claim"
    assert response["HX-Reswap"] == "outerHTML"
    assert html.lstrip().startswith("<form")
    assert "not in the article" in html and "not in this text" in html
    plain = editor_client.post(url, {"quote": "not in this text"})
    assert plain.status_code == 200 and "<html" in plain.content.decode()
    assert not Claim.objects.exists()


def test_it_updates_the_article_pages_counts_out_of_band(editor_client, article):
    claim = _suggestion(article)
    response = editor_client.post(reverse("editor:claim_accept", args=[claim.pk]), **HTMX)
    html = response.content.decode()
    assert 'id="claim-counts" aria-live="polite" hx-swap-oob="true">' in html
    assert "0 suggested · 1 accepted · 0 rejected" in html


def test_it_accepts_against_the_version_the_card_showed(editor_client, article):
    claim = _suggestion(article)
    url = reverse("editor:claim_accept", args=[claim.pk])
    response = editor_client.post(url, {"seen_version": claim.version}, **HTMX)
    assert 'class="claim-card claim-accepted"' in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.ACCEPTED


def test_it_refuses_to_accept_a_claim_changed_since_the_card_was_shown(editor_client, article):
    claim = _suggestion(article)
    stale = claim.version
    claim.statement = "Someone else's wording."
    claim.save()
    for action in ("editor:claim_accept", "editor:claim_reject"):
        response = editor_client.post(
            reverse(action, args=[claim.pk]), {"seen_version": stale}, **HTMX
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert "Someone else changed this claim since you opened it." in html
        assert "Someone else&#x27;s wording." in html
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.SUGGESTED


@pytest.mark.parametrize("garbled", ["x1", "9" * 5000, "١٢"])
def test_it_ignores_a_garbled_version_on_accept(editor_client, article, garbled):
    claim = _suggestion(article)
    url = reverse("editor:claim_accept", args=[claim.pk])
    response = editor_client.post(url, {"seen_version": garbled}, **HTMX)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.ACCEPTED


def _add_the_sixtieth_claim(client, editor, **headers):
    """60 dated sentences with claims on the first 59 (50 cards on page 1, 9 on page 2);
    post the 60th as a new claim. Returns the article, the new claim and the response."""
    body = " ".join(f"Vote {number} was held on May 18." for number in range(60))
    article = factories.ArticleFactory(body=body, created_by=editor)
    for number in range(59):
        start = body.index(f"Vote {number} ")
        factories.ClaimFactory(article=article, start=start, end=body.index(".", start) + 1)
    start = body.index("Vote 59 ")
    response = client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": body[start:], "start": start, "end": len(body)},
        **headers,
    )
    return article, Claim.objects.get(article=article, start=start), response


def test_an_added_claim_shows_the_page_of_cards_that_holds_it(editor_client, editor):
    article, added, response = _add_the_sixtieth_claim(
        editor_client,
        editor,
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/editor/articles/on-page-1/",
    )
    html = response.content.decode()
    assert f'<article id="claim-{added.pk}"' in html
    assert "Claims 51–60 of 60" in html
    assert response["HX-Push-Url"] == f"{article.get_absolute_url()}?claims=2"


def test_without_javascript_an_added_claim_opens_the_page_that_holds_it(editor_client, editor):
    article, added, response = _add_the_sixtieth_claim(editor_client, editor)
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}?claims=2#claim-{added.pk}"


def test_rejecting_a_checked_claim_asks_first(editor_client, claim, editor):
    factories.SourceFactory(claim=claim)
    claim.set_verdict("disputed", by=editor, note="Two sources disagree.")
    html = editor_client.get(reverse("editor:claim", args=[claim.pk]), **HTMX).content.decode()
    assert 'hx-confirm="Rejecting this claim withdraws its verdict (Disputed)' in html


def test_rejecting_an_unchecked_claim_does_not_ask(editor_client, claim):
    html = editor_client.get(reverse("editor:claim", args=[claim.pk]), **HTMX).content.decode()
    assert "hx-confirm" not in html


def test_after_an_added_claim_the_add_form_comes_back_empty(editor_client, article):
    start = article.body.index("Repairs began")
    response = editor_client.post(
        reverse("editor:claim_add", args=[article.pk]),
        {"quote": "Repairs began", "statement": "My words", "start": start, "end": start + 13},
        **HTMX,
    )
    html = response.content.decode()
    form = html[html.index('id="add-claim"') :]
    assert form.startswith('id="add-claim" class=')
    assert 'hx-swap-oob="true"' in form[: form.index(">")]
    assert "My words" not in form and "errorlist" not in form
