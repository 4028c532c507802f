import json
import re

import pytest
from django.test import override_settings
from django.urls import reverse

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_claim


def _json_ld(html: str) -> list[dict]:
    blocks = re.findall(
        r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', html, re.S
    )
    return [json.loads(block) for block in blocks]


@pytest.mark.django_db
def test_it_shows_accepted_claims_with_verdicts_notes_and_sources(anonymous, published_article):
    claim = make_claim(article=published_article, verdict=Verdict.MISLEADING, note="Only in part.")
    factories.ClaimFactory(article=published_article, status="suggested", statement="Not yet")

    response = anonymous.get(published_article.get_public_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert f'id="claim-{claim.pk}"' in html
    assert '<span class="verdict verdict-misleading">Misleading</span>' in html
    assert "Only in part." in html
    assert "https://records.example.org/minutes/" in html
    assert "Not yet" not in html
    assert '<time datetime="2011-05-18">May 18, 2011</time>' in html


@pytest.mark.django_db
@override_settings(FACTCHECK_ORGANIZATION="Example Fact Desk")
def test_it_gives_claimreview_json_ld_for_each_claim_with_a_verdict(anonymous, published_article):
    checked = make_claim(article=published_article, verdict=Verdict.FALSE)
    make_claim(article=published_article, verdict=Verdict.UNCHECKED, sources=0)

    html = anonymous.get(published_article.get_public_url()).content.decode()
    reviews = _json_ld(html)

    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == checked.statement
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "bestRating": 5,
        "worstRating": 1,
        "ratingValue": 1,
    }
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["appearance"]["url"] == published_article.url
    assert review["itemReviewed"]["datePublished"] == "2011-05-22"
    assert review["author"]["name"] == "Example Fact Desk"
    assert review["url"].endswith(f"{published_article.get_public_url()}#claim-{checked.pk}")
    assert review["datePublished"] and review["dateModified"]


@pytest.mark.django_db
@override_settings(SITE_URL="http://127.0.0.1:8000")
def test_every_json_ld_url_takes_its_host_from_the_request(anonymous, published_article):
    published_article.url = ""
    published_article.save()
    claim = make_claim(article=published_article, verdict=Verdict.FALSE)

    response = anonymous.get(published_article.get_public_url(), headers={"Host": "localhost:8123"})

    [review] = _json_ld(response.content.decode())
    page = f"http://localhost:8123{published_article.get_public_url()}"
    assert review["url"] == f"{page}#claim-{claim.pk}"
    assert review["itemReviewed"]["appearance"]["url"] == page
    assert review["author"]["url"] == "http://localhost:8123/"


@pytest.mark.django_db
def test_json_ld_uses_the_pages_csp_nonce(anonymous, published_article):
    make_claim(article=published_article)

    response = anonymous.get(published_article.get_public_url())

    nonce = re.search(r'application/ld\+json" nonce="([^"]+)"', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_a_cached_page_gets_a_fresh_nonce_in_its_json_ld(anonymous, published_article):
    make_claim(article=published_article)
    first = anonymous.get(published_article.get_public_url())

    cached = anonymous.get(published_article.get_public_url())

    nonce = re.search(r'application/ld\+json" nonce="([^"]+)"', cached.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in cached["Content-Security-Policy"]
    assert first.content != cached.content


@pytest.mark.django_db
def test_claim_text_cannot_break_out_of_the_json_ld_script(anonymous, published_article, reviewer):
    claim = make_claim(article=published_article)
    claim.statement = "</script><script>alert(1)</script><!--"
    claim.save()

    html = anonymous.get(published_article.get_public_url()).content.decode()

    assert "<script>alert(1)" not in html
    assert _json_ld(html)[0]["claimReviewed"] == claim.statement


@pytest.mark.django_db
def test_unverifiable_has_a_word_but_no_rating_value(anonymous, published_article):
    make_claim(article=published_article, verdict=Verdict.UNVERIFIABLE)

    review = _json_ld(anonymous.get(published_article.get_public_url()).content.decode())[0]

    assert review["reviewRating"]["alternateName"] == "Unverifiable"
    assert "ratingValue" not in review["reviewRating"]


@pytest.mark.django_db
def test_a_draft_is_404_for_the_public_but_editors_may_preview_it(
    anonymous, editor_client, article
):
    make_claim(article=article)

    assert anonymous.get(article.get_public_url()).status_code == 404
    assert editor_client.get(article.get_public_url()).status_code == 200


@pytest.mark.django_db
def test_an_unknown_slug_is_404(anonymous):
    assert anonymous.get(reverse("public:article", args=["no-such-thing"])).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 200])
def test_it_runs_the_same_queries_for_1_and_200_claims(
    anonymous, published_article, django_assert_num_queries, count
):
    for _ in range(count):
        make_claim(article=published_article)

    # 1. the article with its change stamp
    # 2. its accepted claims in text order
    # 3. their sources
    # 4. its published timeline, for the link
    with django_assert_num_queries(4):
        response = anonymous.get(published_article.get_public_url())

    assert response.content.decode().count('class="claim"') == count


@pytest.mark.django_db
def test_a_repeat_visit_gets_304_until_a_verdict_changes(anonymous, reviewer, published_article):
    claim = make_claim(article=published_article)
    etag = anonymous.get(published_article.get_public_url())["ETag"]

    assert (
        anonymous.get(
            published_article.get_public_url(), headers={"If-None-Match": etag}
        ).status_code
        == 304
    )

    claim.set_verdict(Verdict.DISPUTED, by=reviewer, note="Two sources disagree.")
    changed = anonymous.get(published_article.get_public_url(), headers={"If-None-Match": etag})

    assert changed.status_code == 200
    assert "Two sources disagree." in changed.content.decode()
