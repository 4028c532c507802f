import pytest
from django.urls import reverse

from tests import factories

HTMX = {"HTTP_HX_REQUEST": "true"}


def article_details_data(article, **changes):
    """The article's details form as it stands, with `changes` typed in."""
    return {
        "title": article.title,
        "outlet": article.outlet,
        "byline": article.byline,
        "url": article.url,
        "published_on": article.published_on.isoformat(),
        "seen_updated_at": article.updated_at.isoformat(),
        **changes,
    }


def post_claim_edit(client, claim, **changes):
    """The claim's edit form sent through htmx as it stands, with `changes` typed in."""
    data = {
        "statement": claim.statement,
        "quote": claim.quote,
        "start": "",
        "end": "",
        "date_text": claim.date_text,
        "seen_version": claim.version,
        **changes,
    }
    return client.post(reverse("editor:claim_edit", args=[claim.pk]), data, **HTMX)


@pytest.fixture
def outsider(db):
    """Signed in, but in neither newsroom group: a reader with an account."""
    return factories.UserFactory(username="olga")


@pytest.fixture
def outsider_client(outsider, client):
    client.force_login(outsider)
    return client


def unlabelled_fields(html: str) -> list[str]:
    """Ids (or names) of visible form fields that no <label for=...> names."""
    from html.parser import HTMLParser

    class Fields(HTMLParser):
        def __init__(self):
            super().__init__()
            self.fields, self.labelled = [], set()

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "label" and attrs.get("for"):
                self.labelled.add(attrs["for"])
            elif tag in {"input", "select", "textarea"} and attrs.get("type") not in {
                "hidden",
                "submit",
            }:
                self.fields.append(attrs.get("id") or attrs.get("name") or tag)

    parser = Fields()
    parser.feed(html)
    return [field for field in parser.fields if field not in parser.labelled]
