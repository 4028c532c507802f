import json
import re

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_it_lists_published_timelines_only(anonymous, timeline_factory):
    timeline_factory(title="Bridge story", is_published=True)
    timeline_factory(title="Secret draft", is_published=False)

    response = anonymous.get(reverse("public:home"))

    assert response.status_code == 200
    assert b"Bridge story" in response.content
    assert b"Secret draft" not in response.content
    assert response.content.count(b"<h1") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 50])
def test_it_runs_the_same_queries_for_1_and_50_rows(anonymous, django_assert_num_queries, count):
    from factcheck.models import Verdict
    from tests import factories
    from tests.timeline.conftest import make_claim

    article = factories.ArticleFactory(is_published=True)
    for n in range(count):
        factories.TimelineFactory(title=f"Timeline {n}")
        make_claim(article=article, verdict=Verdict.VERIFIED)

    # 1. published timelines, 2. recently checked claims with their articles
    with django_assert_num_queries(2):
        response = anonymous.get(reverse("public:home"))

    assert response.content.decode().count('class="verdict verdict-verified"') == min(count, 10)


@pytest.mark.django_db
def test_it_names_an_inline_icon_so_browsers_ask_for_no_favicon(anonymous):
    response = anonymous.get(reverse("public:home"))
    # Without it every page logs a 404 for /favicon.ico in the console.
    assert '<link rel="icon" href="data:image/svg+xml,' in response.content.decode()
    assert "img-src 'self' data:" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_htmx_is_told_to_copy_no_style_attributes_across_swaps(anonymous):
    html = anonymous.get(reverse("public:home")).content.decode()
    config = json.loads(re.search(r'<meta name="htmx-config" content=\'([^\']*)\'>', html)[1])
    # Our CSP refuses inline styles: each one htmx settled was logged as a violation.
    assert "style" not in config["attributesToSettle"]
    assert config["includeIndicatorStyles"] is False
