from django.urls import reverse

from factcheck.models import Source
from tests.factcheck.views.conftest import HTMX


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
