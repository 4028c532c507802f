import pytest
from django.urls import reverse

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_claim, make_dated_event


def _get(client, timeline, **params):
    return client.get(reverse("public:timeline_timelinejs", args=[timeline.slug]), params)


@pytest.mark.django_db
def test_dates_carry_only_their_known_parts(anonymous, published_article, article_timeline):
    year, _ = make_dated_event(article=published_article, value="2001")
    month, _ = make_dated_event(article=published_article, value="2010-09")
    day, _ = make_dated_event(article=published_article, value="2011-05-18")

    slides = {
        slide["unique_id"]: slide for slide in _get(anonymous, article_timeline).json()["events"]
    }

    assert slides[f"event-{year.pk}"]["start_date"] == {"year": 2001}
    assert slides[f"event-{month.pk}"]["start_date"] == {"year": 2010, "month": 9}
    assert slides[f"event-{day.pk}"]["start_date"] == {"year": 2011, "month": 5, "day": 18}
    assert all("end_date" not in slide for slide in slides.values())
    assert slides[f"event-{month.pk}"]["display_date"] == "September 2010"


@pytest.mark.django_db
def test_each_slide_has_a_stable_id_headline_text_and_group(
    anonymous, published_article, article_timeline
):
    event, claim = make_dated_event(article=published_article, verdict=Verdict.FALSE)

    first = _get(anonymous, article_timeline).json()
    second = _get(anonymous, article_timeline).json()
    slide = first["events"][0]

    assert first == second
    assert slide["unique_id"] == f"event-{event.pk}"
    assert slide["text"]["headline"] == event.headline
    assert f"#claim-{claim.pk}" in slide["text"]["text"]
    assert slide["group"] == "False"
    assert first["title"]["text"]["headline"] == article_timeline.title


@pytest.mark.django_db
def test_it_groups_by_article_on_request(anonymous, published_article, article_timeline):
    make_dated_event(article=published_article)

    slide = _get(anonymous, article_timeline, group="article").json()["events"][0]

    assert slide["group"] == published_article.title


@pytest.mark.django_db
def test_an_unknown_grouping_is_a_clear_400(anonymous, article_timeline):
    response = _get(anonymous, article_timeline, group="colour")

    assert response.status_code == 400
    assert "group must be one of" in response.json()["error"]


@pytest.mark.django_db
def test_text_is_escaped_because_timelinejs_inserts_it_as_html(
    anonymous, published_article, article_timeline
):
    event, _claim = make_dated_event(article=published_article)
    event.headline = "<img src=x onerror=alert(1)>"
    event.save()

    slide = _get(anonymous, article_timeline).json()["events"][0]

    assert "<img" not in slide["text"]["headline"]
    assert "&lt;img" in slide["text"]["headline"]


@pytest.mark.django_db
def test_disagreeing_dates_span_from_the_first_to_the_last(
    anonymous, published_article, article_timeline
):
    event, _ = make_dated_event(article=published_article, value="2011-05-18")
    event.claims.add(
        make_claim(article=factories.ArticleFactory(is_published=True), value="2011-05-21")
    )

    slide = _get(anonymous, article_timeline).json()["events"][0]

    assert slide["start_date"] == {"year": 2011, "month": 5, "day": 18}
    assert slide["end_date"] == {"year": 2011, "month": 5, "day": 21}
    assert "different dates" in slide["text"]["text"]


def test_tellings_that_agree_place_the_slide_at_the_events_narrowest_date(
    anonymous, agreeing_tellings
):
    timeline = agreeing_tellings

    (slide,) = _get(anonymous, timeline).json()["events"]

    # Not stretched over the week and the month the other papers give.
    assert slide["start_date"] == {"year": 2011, "month": 5, "day": 18}
    assert "end_date" not in slide
    assert slide["display_date"] == "May 18, 2011"
    assert "different dates" not in slide["text"]["text"]
    assert "week 20 of 2011" in slide["text"]["text"]


@pytest.mark.django_db
def test_a_draft_timeline_export_is_404_for_the_public(anonymous, build_timeline):
    assert _get(anonymous, build_timeline(1, published=False)).status_code == 404


@pytest.mark.django_db
def test_a_range_has_a_start_and_an_end_date(anonymous, published_article, article_timeline):
    make_dated_event(article=published_article, value="2011-05-18/2011-05-20")

    (slide,) = _get(anonymous, article_timeline).json()["events"]

    assert slide["start_date"] == {"year": 2011, "month": 5, "day": 18}
    assert slide["end_date"] == {"year": 2011, "month": 5, "day": 20}
    assert slide["display_date"] == "May 18–20, 2011"
