import pytest
from django.urls import reverse

from tests.timeline.conftest import make_dated_event


@pytest.mark.django_db
def test_the_embed_may_be_framed_by_other_sites(anonymous, published_article, article_timeline):
    event, _ = make_dated_event(article=published_article)

    response = anonymous.get(reverse("public:timeline_embed", args=[article_timeline.slug]))

    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert event.headline in response.content.decode()
    assert response.content.decode().count("<h1") == 1


@pytest.mark.django_db
def test_every_other_public_route_stays_unframeable(anonymous, published_article, article_timeline):
    for url in [
        reverse("public:home"),
        reverse("public:timeline", args=[article_timeline.slug]),
        published_article.get_public_url(),
    ]:
        response = anonymous.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], url


@pytest.mark.django_db
def test_a_draft_embed_is_404_for_the_public(anonymous, build_timeline):
    timeline = build_timeline(1, published=False)

    assert anonymous.get(reverse("public:timeline_embed", args=[timeline.slug])).status_code == 404


@pytest.mark.django_db
def test_the_embed_names_an_inline_icon_so_browsers_ask_for_no_favicon(
    anonymous, published_article, article_timeline
):
    response = anonymous.get(reverse("public:timeline_embed", args=[article_timeline.slug]))
    # data: is what the CSP's img-src allows besides 'self'.
    assert '<link rel="icon" href="data:image/svg+xml,' in response.content.decode()
    assert "img-src 'self' data:" in response["Content-Security-Policy"]
