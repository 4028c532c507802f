import pytest
from django.urls import reverse

from tests.timeline.conftest import make_dated_event


@pytest.mark.django_db
def test_it_exports_events_with_dates_claims_and_sources(
    anonymous, published_article, article_timeline
):
    event, claim = make_dated_event(article=published_article, value="2001", approximate=True)

    response = anonymous.get(reverse("public:timeline_json", args=[article_timeline.slug]))

    data = response.json()
    assert response["Access-Control-Allow-Origin"] == "*"
    assert data["timeline"]["slug"] == article_timeline.slug
    exported = data["events"][0]
    assert exported["id"] == event.pk
    assert exported["date"]["in_words"] == "c. 2001"
    assert exported["date"]["precision"] == "year"
    assert exported["claims"][0]["id"] == claim.pk
    assert exported["claims"][0]["verdict"] == "verified"
    assert exported["claims"][0]["sources"][0]["url"].startswith("https://records.example.org/")
    assert exported["dates_disagree"] is False


@pytest.mark.django_db
def test_a_draft_timeline_json_is_404_for_the_public(anonymous, build_timeline):
    timeline = build_timeline(1, published=False)

    assert anonymous.get(reverse("public:timeline_json", args=[timeline.slug])).status_code == 404


@pytest.mark.django_db
def test_tellings_that_agree_are_not_said_to_disagree(anonymous, agreeing_tellings):
    timeline = agreeing_tellings

    (exported,) = anonymous.get(reverse("public:timeline_json", args=[timeline.slug])).json()[
        "events"
    ]

    assert exported["dates_disagree"] is False
    assert exported["date"]["value"] == "2011-05-18"
