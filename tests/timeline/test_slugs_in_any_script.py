"""A title in Cyrillic, Arabic or Chinese gets a slug in its own letters
(factcheck.models.slugs): every public page, export and feed link must reach it."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.services.curation import create_timeline
from timeline.services.generation import ensure_article_timeline

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(params=["Путин и Медведев", "الحرب في سوريا", "中国经济"])
def article(request, db):
    article = factories.ArticleFactory(
        title=request.param, is_published=True, published_at=timezone.now()
    )
    make_dated_event(article=article)
    return article


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.django_db
def test_the_fact_check_and_timeline_pages_answer_at_their_slugs(anonymous, article):
    timeline = ensure_article_timeline(article=article)

    assert unquote(article.get_public_url()) == f"/factchecks/{article.slug}/"
    assert article.title.split()[0].lower() in article.slug
    assert timeline.slug == article.slug
    assert anonymous.get(article.get_public_url()).status_code == 200
    page = anonymous.get(timeline.get_absolute_url())
    assert page.status_code == 200
    # Every link the timeline page gives to its own exports and embed answers too.
    html = page.content.decode()
    hrefs = set(re.findall(r'href="(/timelines/[^"#?]+)"', html))
    assert len(hrefs) == 5  # TimelineJS3, JSON, CSV, iCal, the embed
    for href in hrefs:
        assert anonymous.get(href).status_code == 200, href


@pytest.mark.django_db
def test_the_exports_answer_and_name_their_files_in_any_script(anonymous, article):
    timeline = ensure_article_timeline(article=article)
    slug = timeline.slug

    for name in ("timeline_timelinejs", "timeline_json", "timeline_embed"):
        assert anonymous.get(reverse(f"public:{name}", args=[slug])).status_code == 200
    for name, extension in (("timeline_csv", "csv"), ("timeline_ics", "ics")):
        response = anonymous.get(reverse(f"public:{name}", args=[slug]))
        assert response.status_code == 200
        disposition = response["Content-Disposition"]
        assert disposition.startswith("attachment; filename*=utf-8''")
        assert unquote(disposition.split("''", 1)[1]) == f"{slug}.{extension}"


@pytest.mark.django_db
def test_feed_entries_and_home_page_links_reach_the_pages(anonymous, article):
    feed = anonymous.get(reverse("public:verdicts_feed"))
    entry = ET.fromstring(feed.content).find(f"{ATOM}entry")
    home = anonymous.get(reverse("public:home")).content.decode()

    link = entry.find(f"{ATOM}link").get("href")
    assert anonymous.get(_path(link)).status_code == 200
    assert f'href="{ensure_article_timeline(article=article).get_absolute_url()}"' in home


@pytest.mark.django_db
def test_a_topic_timeline_titled_in_emoji_gets_their_names(editor):
    assert create_timeline(title="🔥🚒", by=editor).slug == "fire-fire-engine"
    assert create_timeline(title="Пожар", by=editor).slug == "пожар"
