"""Every text field of the editor's forms answers a too long text or a NUL byte in house
wording (which text, what is wrong, what to do), never Django's "Ensure this value has at
most 300 characters (it has 412)." or "Null characters are not allowed.", and keeps what
was typed. Its own module because the rule is the same in every form; each case posts
through the view that shows the form."""

import html

import pytest
from django.urls import reverse

from factcheck.models import Article, Claim, Source
from tests.factcheck.views.conftest import article_details_data, post_claim_edit
from timeline.models import Timeline

LONG = ("Council votes to close the old bridge " * 11)[:412]
NUL = "Council votes\x00 to close the old bridge"
LONG_URL = "https://news.example.org/" + "bridge/" * 300  # 2,125 characters
URL_TOO_LONG = "The web address is too long: 2,125 characters, the limit is 2,000."
NUL_URL = "https://news.example.org/bridge\x00vote"
# What to do about a NUL byte fits what the field holds: a long text pasted from another
# program, a line (a title, a name, a date), a web address.
RE_EXPORT = "Remove it, or re-export the text as plain UTF-8."
TYPE_AGAIN = "Remove it, or type the text again instead of pasting it."
PASTE_AGAIN = "Remove it and paste the web address again."


def _import(client, claim, **typed):
    data = {"text": "The council voted on May 18.", "published_on": "2011-05-22", **typed}
    return client.post(reverse("editor:article_new"), data)


def _details(client, claim, **typed):
    data = article_details_data(claim.article, **typed)
    return client.post(reverse("editor:article_edit", args=[claim.article.pk]), data)


def _add_claim(client, claim, **typed):
    data = {"quote": "The bridge opened in 1961.", **typed}
    return client.post(reverse("editor:claim_add", args=[claim.article.pk]), data)


def _edit_claim(client, claim, **typed):
    return post_claim_edit(client, claim, **typed)  # htmx: the card comes back


def _verdict(client, claim, **typed):
    data = {"verdict": "verified", "seen_version": claim.version, **typed}
    return client.post(reverse("editor:claim_verdict", args=[claim.pk]), data)


def _source(client, claim, **typed):
    data = {"citation": "Council minutes", "stance": "supports", **typed}
    return client.post(reverse("editor:source_add", args=[claim.pk]), data)


def _topic(client, claim, **typed):
    return client.post(reverse("editor:curated_timelines"), {"title": "Bridges", **typed})


def _dashboard(client, claim, **typed):
    return client.get(reverse("editor:dashboard"), typed)


TOO_LONG = [
    (_import, "title", LONG, "The title is too long: 412 characters, the limit is 300."),
    (_import, "outlet", LONG, "The outlet's name is too long: 412 characters, the limit is 200."),
    (_import, "byline", LONG, "The byline is too long: 412 characters, the limit is 300."),
    (_import, "url", LONG_URL, URL_TOO_LONG),
    (_details, "title", LONG, "The title is too long: 412 characters, the limit is 300."),
    (_details, "outlet", LONG, "The outlet's name is too long: 412 characters, the limit is 200."),
    (_details, "byline", LONG, "The byline is too long: 412 characters, the limit is 300."),
    (_details, "url", LONG_URL, URL_TOO_LONG),
    (_add_claim, "date_text", LONG, "The date is too long: 412 characters, the limit is 200."),
    (_edit_claim, "date_text", LONG, "The date is too long: 412 characters, the limit is 200."),
    (_source, "url", LONG_URL, URL_TOO_LONG),
    (_source, "publisher", LONG, "The publisher's name is too long: 412 characters, the limit"),
    (_topic, "title", LONG, "The title is too long: 412 characters, the limit is 300."),
    (_dashboard, "q", LONG, "The search is too long: 412 characters, the limit is 200."),
    (_dashboard, "outlet", LONG, "The outlet's name is too long: 412 characters, the limit is"),
]

WITH_NUL = [
    (_import, "text", NUL, "The pasted text", RE_EXPORT),
    (_import, "title", NUL, "The title", TYPE_AGAIN),
    (_import, "outlet", NUL, "The outlet's name", TYPE_AGAIN),
    (_import, "byline", NUL, "The byline", TYPE_AGAIN),
    (_import, "url", NUL_URL, "The web address", PASTE_AGAIN),
    (_details, "title", NUL, "The title", TYPE_AGAIN),
    (_details, "outlet", NUL, "The outlet's name", TYPE_AGAIN),
    (_details, "byline", NUL, "The byline", TYPE_AGAIN),
    (_details, "url", NUL_URL, "The web address", PASTE_AGAIN),
    (_add_claim, "quote", NUL, "The quote", RE_EXPORT),
    (_add_claim, "statement", NUL, "The claim", RE_EXPORT),
    (_add_claim, "date_text", NUL, "The date", TYPE_AGAIN),
    (_edit_claim, "statement", NUL, "The claim", RE_EXPORT),
    (_edit_claim, "quote", NUL, "The quote", RE_EXPORT),
    (_edit_claim, "date_text", NUL, "The date", TYPE_AGAIN),
    (_verdict, "note", NUL, "The rationale", RE_EXPORT),
    (_source, "url", NUL_URL, "The web address", PASTE_AGAIN),
    (_source, "citation", NUL, "The citation", RE_EXPORT),
    (_source, "title", NUL, "The title", TYPE_AGAIN),
    (_source, "publisher", NUL, "The publisher's name", TYPE_AGAIN),
    (_source, "excerpt", NUL, "The excerpt", RE_EXPORT),
    (_topic, "title", NUL, "The title", TYPE_AGAIN),
    (_topic, "description", NUL, "The description", RE_EXPORT),
    (_dashboard, "q", NUL, "The search", TYPE_AGAIN),
    (_dashboard, "outlet", NUL, "The outlet's name", TYPE_AGAIN),
]


def _cases(rows):
    """Each row as a test named after its form and field: "details-title"."""
    return [pytest.param(*row, id=f"{row[0].__name__.lstrip('_')}-{row[1]}") for row in rows]


def _answer(response) -> str:
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "Ensure this value has at most" not in page
    assert "Null characters are not allowed." not in page
    return page


def _nothing_saved(claim) -> bool:
    claim.refresh_from_db()
    return (
        Article.objects.count() == 1
        and Claim.objects.count() == 1
        and claim.version == 1
        and not Source.objects.exists()
        and not Timeline.objects.exists()
    )


@pytest.mark.parametrize(("send", "field", "typed", "message"), _cases(TOO_LONG))
def test_a_too_long_text_is_refused_in_house_wording_and_kept(
    editor_client, claim, send, field, typed, message
):
    page = _answer(send(editor_client, claim, **{field: typed}))
    assert message in page
    assert typed in page
    assert _nothing_saved(claim)


@pytest.mark.parametrize(("send", "field", "typed", "what", "advice"), _cases(WITH_NUL))
def test_a_nul_byte_is_refused_in_house_wording_and_kept(
    editor_client, claim, send, field, typed, what, advice
):
    page = _answer(send(editor_client, claim, **{field: typed}))
    assert f"{what} contains a NUL byte (\\x00), which cannot be stored. {advice}" in page
    assert typed in page
    assert _nothing_saved(claim)
