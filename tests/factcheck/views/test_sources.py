import re

import pytest
from django.urls import reverse

from factcheck.models import ClaimStatus, Source
from tests.factcheck.views.conftest import HTMX
from tests.factories import ClaimFactory


def _add(client, claim, htmx=True, **fields):
    data = {
        "url": "",
        "citation": "",
        "title": "",
        "publisher": "",
        "excerpt": "",
        "stance": "supports",
        **fields,
    }
    headers = HTMX if htmx else {}
    return client.post(reverse("editor:source_add", args=[claim.pk]), data, **headers)


def test_it_adds_a_source_into_the_card(editor_client, editor, claim):
    response = _add(
        editor_client,
        claim,
        url="https://records.example.org/minutes/18",
        title="Council minutes",
        publisher="City council",
        excerpt="The motion carried 7 to 2.",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert '<a href="https://records.example.org/minutes/18"' in html
    assert "The motion carried 7 to 2." in html
    source = Source.objects.get()
    assert source.claim == claim and source.added_by == editor


def test_it_adds_a_citation_without_javascript(editor_client, claim):
    response = _add(editor_client, claim, htmx=False, citation="Phone call with the clerk")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#claim-{claim.pk}")
    assert Source.objects.get().citation == "Phone call with the clerk"


def test_it_needs_a_url_or_a_citation(editor_client, claim):
    response = _add(editor_client, claim, title="Kept title")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Give the source&#x27;s URL or a citation (or both)." in html
    assert 'value="Kept title"' in html
    assert not Source.objects.exists()


def test_it_refuses_a_javascript_link(editor_client, claim):
    response = _add(editor_client, claim, url="javascript:alert(1)")
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not Source.objects.exists()


def test_it_labels_every_source_field(editor_client, claim):
    html = editor_client.get(reverse("editor:source_add", args=[claim.pk])).content.decode()
    for field in ("url", "citation", "title", "publisher", "excerpt", "stance"):
        assert f'for="claim-{claim.pk}-source-{field}"' in html


def test_it_keeps_the_typed_verdict_and_rationale_when_a_source_is_added(editor_client, claim):
    # The verdict was refused for want of a source; htmx sends it along with the source.
    response = _add(
        editor_client,
        claim,
        citation="Phone call with the clerk",
        verdict="false",
        note="The clerk says no vote took place.",
        seen_version=claim.version,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The clerk says no vote took place.</textarea>" in html
    assert '<option value="false" selected>' in html
    # The fresh card's source form sends the verdict fields along again.
    assert f'hx-include="#claim-{claim.pk}-verdict-verdict, #claim-{claim.pk}-verdict-note' in html
    claim.refresh_from_db()
    assert claim.verdict == "unchecked"
    assert Source.objects.get().citation == "Phone call with the clerk"


def test_without_javascript_a_refused_verdict_travels_with_the_source_and_comes_back(
    editor_client, claim
):
    refused = editor_client.post(
        reverse("editor:claim_verdict", args=[claim.pk]),
        {"verdict": "false", "note": "No vote took place.", "seen_version": claim.version},
    )
    # The source form carries the refused verdict in hidden fields...
    assert '<input type="hidden" name="note" value="No vote took place.">' in refused.text
    # ...and after the source is added the verdict form shows it again, unsaved.
    response = _add(
        editor_client,
        claim,
        htmx=False,
        citation="Phone call with the clerk",
        verdict="false",
        note="No vote took place.",
        seen_version=claim.version,
    )
    assert response.status_code == 200
    assert "<html" in response.text
    assert "Source added. Your verdict is not saved yet" in response.text
    assert "No vote took place.</textarea>" in response.text
    assert Source.objects.count() == 1


def test_a_carried_verdict_keeps_the_version_it_was_typed_against(editor_client, claim):
    response = _add(
        editor_client,
        claim,
        citation="Phone call with the clerk",
        verdict="false",
        note="typed",
        seen_version=claim.version - 1,
    )
    # Saving it later must still detect whoever saved in between.
    assert f'name="seen_version" value="{claim.version - 1}"' in response.text


def test_a_source_with_errors_keeps_the_typed_verdict_too(editor_client, claim):
    response = _add(editor_client, claim, verdict="misleading", note="Half the story.")
    assert "Give the source&#x27;s URL or a citation (or both)." in response.text
    assert "Half the story.</textarea>" in response.text
    assert '<option value="misleading" selected>' in response.text


def test_a_javascript_link_gets_one_message_that_says_what_to_do(editor_client, claim):
    response = _add(editor_client, claim, url="javascript:alert(1)", title="Kept title")
    html = response.content.decode()
    assert "Enter a web address starting with http:// or https://" in html
    # Not also "give a URL or a citation": a URL was given, it was the wrong kind.
    assert "Give the source&#x27;s URL or a citation" not in html
    assert 'value="javascript:alert(1)"' in html
    assert 'value="Kept title"' in html
    assert not Source.objects.exists()


def test_an_over_long_excerpt_is_refused_with_a_message_and_kept(editor_client, claim):
    excerpt = "The motion carried." + " The motion carried." * 5000
    response = _add(editor_client, claim, citation="Council minutes", excerpt=excerpt)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The excerpt is too long: 100,019 characters, the limit is 2,000." in html
    assert excerpt in html
    # No maxlength: the browser would cut a long paste short without a word.
    textarea = re.search(r'<textarea[^>]*id="claim-\d+-source-excerpt"[^>]*>', html).group()
    assert "maxlength" not in textarea
    assert not Source.objects.exists()


def test_an_over_long_citation_is_refused_with_a_message(editor_client, claim):
    response = _add(editor_client, claim, citation="Phone call." * 100)
    assert "The citation is too long: 1,100 characters, the limit is 1,000." in response.text
    assert not Source.objects.exists()


def test_an_over_long_title_gets_a_message_that_says_what_to_do(editor_client, claim):
    response = _add(editor_client, claim, citation="Minutes", title="t" * 301)
    assert "The title is too long: 301 characters, the limit is 300." in response.text
    assert not Source.objects.exists()


@pytest.mark.parametrize("status", [ClaimStatus.SUGGESTED, ClaimStatus.REJECTED])
def test_a_claim_that_is_not_accepted_gets_no_source(editor_client, article, status):
    claim = ClaimFactory(article=article, status=status)
    response = _add(editor_client, claim, citation="Phone call with the clerk")
    html = response.content.decode()
    # htmx swaps only 2xx answers: the card comes back as the claim now is, saying so.
    assert response.status_code == 200
    assert html.lstrip().startswith(f'<article id="claim-{claim.pk}"')
    assert "Your changes were not saved" in html
    assert f"<td>{claim.get_status_display()}</td><td>Accepted</td>" in html
    assert not Source.objects.exists()


def test_without_javascript_a_suggestion_gets_no_source_and_a_409(editor_client, article):
    claim = ClaimFactory(article=article, status=ClaimStatus.SUGGESTED)
    response = _add(editor_client, claim, htmx=False, citation="Phone call with the clerk")
    assert response.status_code == 409
    assert "<html" in response.text
    assert (
        "Sources are added to accepted claims only, and this claim is suggested: "
        "accept it first, then add the source."
    ) in response.text
    assert not Source.objects.exists()
