from django.urls import reverse

from factcheck.models import Verdict
from tests import factories
from tests.factcheck.views.conftest import HTMX


def _verdict(client, claim, verdict, note="", seen_version=None, htmx=True, **extra):
    data = {
        "verdict": verdict,
        "note": note,
        "seen_version": claim.version if seen_version is None else seen_version,
        **extra,
    }
    headers = HTMX if htmx else {}
    return client.post(reverse("editor:claim_verdict", args=[claim.pk]), data, **headers)


def test_it_refuses_a_verdict_without_a_source_with_a_clear_message(editor_client, claim):
    response = _verdict(editor_client, claim, "verified", note="The minutes say so.")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Add at least one source before giving a verdict" in html
    assert "The minutes say so." in html
    # The badge still shows what is stored.
    assert 'class="verdict verdict-unchecked"' in html
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNCHECKED


def test_it_updates_the_badge_in_place_once_a_source_is_there(editor_client, claim):
    factories.SourceFactory(claim=claim)
    response = _verdict(editor_client, claim, "verified", note="The minutes say so.")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert '<span class="verdict verdict-verified" data-verdict="verified">Verified</span>' in html
    claim.refresh_from_db()
    assert claim.verdict == Verdict.VERIFIED
    assert claim.verdict_note == "The minutes say so."


def test_it_gives_a_verdict_without_javascript(editor_client, claim):
    factories.SourceFactory(claim=claim)
    response = _verdict(editor_client, claim, "false", htmx=False)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#claim-{claim.pk}")
    claim.refresh_from_db()
    assert claim.verdict == Verdict.FALSE


def test_it_shows_a_full_page_with_the_error_without_javascript(editor_client, claim):
    response = _verdict(editor_client, claim, "verified", htmx=False)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" in html and html.count("<h1") == 1
    assert "Add at least one source" in html


def test_it_refuses_an_unknown_verdict(editor_client, claim):
    response = _verdict(editor_client, claim, "sort-of")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_it_refuses_the_second_of_two_concurrent_verdicts(
    editor_client, other_editor_client, editor, claim
):
    factories.SourceFactory(claim=claim)
    opened = claim.version
    _verdict(other_editor_client, claim, "disputed", note="Records disagree.", seen_version=opened)
    response = _verdict(
        editor_client, claim, "verified", note="Minutes confirm.", seen_version=opened
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed this claim" in html
    assert "Disputed" in html and "Records disagree." in html  # saved now
    assert "Minutes confirm." in html  # theirs, kept in the form
    assert '<option value="verified" selected>' in html
    claim.refresh_from_db()
    assert claim.verdict == Verdict.DISPUTED


def test_the_claim_page_shows_the_quote_in_context_and_the_full_history(
    editor_client, editor, reviewer, claim
):
    source = factories.SourceFactory(claim=claim, title="Council minutes, May 18")
    claim.set_verdict("disputed", by=editor, note="One record disagrees.")
    claim.set_verdict("verified", by=reviewer, note="Minutes confirm the vote.")
    response = editor_client.get(reverse("editor:claim", args=[claim.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert f'<mark class="quote">{claim.quote}</mark>' in html
    assert "May 18, 2011 · day" in html
    history = html.split('id="history-heading"')[1]
    assert history.index("One record disagrees.") < history.index("Minutes confirm the vote.")
    assert "by edna" in history and "by rhea" in history
    assert 'class="verdict verdict-disputed">Disputed</span> →' in history
    assert source.title in history
    # The forms on the claim page come back to it.
    assert f'name="next" value="{reverse("editor:claim", args=[claim.pk])}"' in html


def test_the_claim_page_answers_htmx_with_the_card(editor_client, claim):
    response = editor_client.get(reverse("editor:claim", args=[claim.pk]), **HTMX)
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith(f'<article id="claim-{claim.pk}"')


def _verdict_from(client, claim, page_url, verdict, note=""):
    data = {"verdict": verdict, "note": note, "seen_version": claim.version}
    url = reverse("editor:claim_verdict", args=[claim.pk])
    return client.post(url, data, **HTMX, HTTP_HX_CURRENT_URL=f"http://testserver{page_url}")


def test_on_the_claim_page_the_verdict_history_follows_the_new_verdict(editor_client, claim):
    factories.SourceFactory(claim=claim)
    response = _verdict_from(
        editor_client, claim, claim.get_absolute_url(), "misleading", note="Half the story."
    )
    html = response.content.decode()
    history = html[html.index('id="verdict-history"') :]
    assert 'hx-swap-oob="true"' in history
    assert "Misleading" in history and "Half the story." in history


def test_on_the_article_page_no_history_is_sent(editor_client, claim):
    factories.SourceFactory(claim=claim)
    response = _verdict_from(editor_client, claim, claim.article.get_absolute_url(), "misleading")
    assert 'id="verdict-history"' not in response.content.decode()


def test_the_claim_page_with_a_query_string_still_gets_its_history(editor_client, claim):
    factories.SourceFactory(claim=claim)
    page = f"{claim.get_absolute_url()}?from=dashboard"
    response = _verdict_from(editor_client, claim, page, "misleading", note="Half the story.")
    assert 'id="verdict-history" hx-swap-oob="true"' in response.content.decode()
