import pytest
from django.test import RequestFactory, override_settings

from factcheck.models import Verdict
from tests.timeline.conftest import make_claim
from timeline.exports.claimreview import claim_review


@pytest.mark.django_db
@override_settings(SITE_URL="https://factcheck.example.org")
def test_every_url_takes_the_requests_host_when_there_is_a_request(published_article):
    claim = make_claim(article=published_article, verdict=Verdict.FALSE)
    request = RequestFactory().get("/", headers={"Host": "localhost:8123"})

    review = claim_review(claim, published_article, request=request)

    assert review["url"].startswith("http://localhost:8123/factchecks/")
    assert review["author"]["url"] == "http://localhost:8123/"


@pytest.mark.django_db
@override_settings(SITE_URL="https://factcheck.example.org")
def test_without_a_request_every_url_takes_the_site_url(published_article):
    claim = make_claim(article=published_article, verdict=Verdict.FALSE)

    review = claim_review(claim, published_article)

    assert review["url"].startswith("https://factcheck.example.org/factchecks/")
    assert review["author"]["url"] == "https://factcheck.example.org/"
