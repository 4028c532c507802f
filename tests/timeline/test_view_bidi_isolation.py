"""Text that editors paste may carry right-to-left overrides (U+202E) or be written
right to left. On public pages such text is isolated (<bdi>, dir="auto") so that it
cannot reverse the page's own words around it ("May 22, 2011" shown as "1102 ,22 yaM")."""

import pytest
from django.urls import reverse

from tests.timeline.conftest import make_dated_event

OVERRIDE = "\u202eOverride"


@pytest.fixture
def override_article(published_article):
    published_article.title = f"Council {OVERRIDE} title"
    published_article.outlet = f"Daily {OVERRIDE}"
    published_article.save()
    return published_article


@pytest.mark.django_db
def test_the_fact_check_page_isolates_the_title_and_outlet(anonymous, override_article):
    html = anonymous.get(override_article.get_public_url()).content.decode()
    assert f'<h1 dir="auto">Council {OVERRIDE} title</h1>' in html
    assert f"<bdi>Daily {OVERRIDE}</bdi>, <time" in html


@pytest.mark.django_db
def test_the_timeline_page_isolates_the_article_it_comes_from(
    anonymous, override_article, article_timeline
):
    make_dated_event(article=override_article, value="2011-05-18")
    url = reverse("public:timeline", args=[article_timeline.slug])
    html = anonymous.get(url).content.decode()
    assert f"<bdi>Council {OVERRIDE} title</bdi></a> (<bdi>Daily {OVERRIDE}</bdi>)" in html


@pytest.mark.django_db
def test_each_event_isolates_its_headline_and_the_article_it_cites(
    anonymous, override_article, article_timeline
):
    event, _ = make_dated_event(article=override_article, value="2011-05-18")
    url = reverse("public:timeline", args=[article_timeline.slug])
    html = anonymous.get(url).content.decode()
    assert f'<h3 class="event-headline" dir="auto">{event.headline}</h3>' in html
    assert f"<bdi>Council {OVERRIDE} title</bdi></a>, <bdi>Daily {OVERRIDE}</bdi>, " in html
