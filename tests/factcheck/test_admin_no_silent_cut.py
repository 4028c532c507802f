"""No input of the admin's forms for our models carries a maxlength attribute: a browser
would cut a longer paste at the limit without a word. The text reaches the server, which
refuses it in the editor pages' wording and keeps it in the form, as on the editor pages
(tests/factcheck/views/test_no_silent_cut.py)."""

import html

import pytest
from django.contrib import admin
from django.urls import reverse

from factcheck.models import Article, Claim, Source
from tests.factcheck.conftest import claim_admin_data
from timeline.models import Event, MergeProposal, Timeline

pytestmark = pytest.mark.django_db

LONG = ("Council votes to close the old bridge " * 11)[:412]
LONG_URL = "https://news.example.org/" + "bridge/" * 300  # 2,125 characters
NUL_URL = "https://news.example.org/bridge\x00vote"
URL_TOO_LONG = "The web address is too long: 2,125 characters, the limit is 2,000. Give the"
URL_WITH_NUL = "The web address contains a NUL byte (\\x00), which cannot be stored. Remove it and"
OURS = {"factcheck", "timeline"}


def _our_models():
    return sorted(
        model._meta.model_name for model in admin.site._registry if model._meta.app_label in OURS
    )


@pytest.mark.parametrize("page", ["add", "change"])
@pytest.mark.parametrize("name", _our_models())
def test_no_admin_input_has_a_maxlength_for_the_browser_to_cut_at(
    admin_client, one_of_each, name, page
):
    meta = one_of_each[name]._meta
    args = [one_of_each[name].pk] if page == "change" else []

    response = admin_client.get(reverse(f"admin:{meta.app_label}_{name}_{page}", args=args))

    assert response.status_code == 200
    assert 'type="text"' in response.text or "<textarea" in response.text
    assert "maxlength" not in response.text


# Each admin form as it would be saved, for one field to be spoilt: (url, model, data).


def _article(objects):
    data = {
        "title": "Council closes bridge",
        "published_on": "2011-05-22",
        "language": "en",
        "body": "The council voted on May 18.",
        "claims-TOTAL_FORMS": "0",
        "claims-INITIAL_FORMS": "0",
    }
    return reverse("admin:factcheck_article_add"), Article, data


def _claim(objects):
    claim = objects["claim"]
    return reverse("admin:factcheck_claim_change", args=[claim.pk]), Claim, claim_admin_data(claim)


def _source(objects):
    data = {"claim": objects["claim"].pk, "url": "https://example.org/", "stance": "supports"}
    return reverse("admin:factcheck_source_add"), Source, data


def _event(objects):
    return reverse("admin:timeline_event_add"), Event, {"headline": "Bridge closes"}


def _timeline(objects):
    return reverse("admin:timeline_timeline_add"), Timeline, {"title": "Bridges", "slug": "b"}


def _merge(objects):
    proposal = objects["mergeproposal"]
    data = {"kept": proposal.kept.pk, "merged": proposal.merged.pk, "similarity": "0.7"}
    return reverse("admin:timeline_mergeproposal_change", args=[proposal.pk]), MergeProposal, data


SPOILT = [
    (_article, "title", LONG, "The title is too long: 412 characters, the limit is 300. Shorten"),
    (_article, "url", LONG_URL, URL_TOO_LONG),
    (_article, "url", NUL_URL, URL_WITH_NUL),
    (_claim, "date_text", LONG, "The date as written is too long: 412 characters, the limit"),
    (_claim, "statement", LONG * 3, "The claim is too long: 1,236 characters, the limit is 1,000."),
    (_source, "publisher", LONG, "The publisher is too long: 412 characters, the limit is 200."),
    (_source, "archive_url", LONG_URL, URL_TOO_LONG),
    (_event, "headline", LONG, "The headline is too long: 412 characters, the limit is 200."),
    (_timeline, "title", LONG, "The title is too long: 412 characters, the limit is 300."),
    (_merge, "reason", LONG, "The reason is too long: 412 characters, the limit is 300."),
]


@pytest.mark.parametrize(
    ("form", "field", "typed", "message"),
    [pytest.param(*row, id=f"{row[0].__name__.lstrip('_')}-{row[1]}") for row in SPOILT],
)
def test_a_too_long_text_or_a_nul_byte_in_the_admin_is_refused_in_house_wording_and_kept(
    admin_client, one_of_each, form, field, typed, message
):
    url, model, data = form(one_of_each)
    rows = list(model.objects.values())

    response = admin_client.post(url, {**data, field: typed})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors.keys() == {field}
    page = html.unescape(response.text)
    assert message in page
    assert "Ensure this value has at most" not in page
    assert typed in page
    assert list(model.objects.values()) == rows
