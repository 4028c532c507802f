"""The public timeline in Chromium: readable and filterable without JavaScript, filters
swapped in place by htmx with JavaScript, the embed inside another site's frame, and a
phone-width layout with no sideways scrolling."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.services.generation import ensure_article_timeline

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def timeline(db):
    article = factories.ArticleFactory(is_published=True, title="Taliban warns Kazakhstan")
    timeline = ensure_article_timeline(article=article)
    make_dated_event(article=article, value="2001", headline="Taliban government overthrown")
    make_dated_event(
        article=article, value="2010-09", verdict=Verdict.FALSE, headline="Convoy attacked"
    )
    make_dated_event(article=article, value="2011-05-18", headline="Parliament votes")
    return timeline


@pytest.fixture
def other_site():
    """other_site(html) -> the URL of a page on another origin (its own server on
    127.0.0.1) serving `html`. A real server, not a Playwright route: Chromium blocks
    pages with no network address from framing loopback pages."""
    servers = []

    def serve(html: str) -> str:
        body = html.encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def _url(live_server, timeline) -> str:
    return live_server.url + reverse("public:timeline", args=[timeline.slug])


def test_the_timeline_reads_and_filters_without_javascript(page_without_js, live_server, timeline):
    page = page_without_js
    page.goto(_url(live_server, timeline))

    assert page.locator("h1").count() == 1
    assert page.locator("ol.years > li").count() == 3
    assert page.locator("time[datetime='2010-09']").inner_text() == "September 2010"
    assert page.locator(".event .verdict-false").inner_text() == "False"

    page.get_by_role("link", name="2011", exact=True).click()
    page.wait_for_url("**?year=2011")
    assert page.locator(".event").count() == 1
    assert page.locator(".event-headline").inner_text() == "Parliament votes"


def test_htmx_swaps_the_filtered_events_without_a_reload(page, live_server, timeline):
    page.goto(_url(live_server, timeline))
    page.evaluate("window.notReloaded = true")

    page.get_by_role("link", name="False", exact=True).click()
    page.wait_for_url("**?verdict=false")
    page.wait_for_function("document.querySelectorAll('.event').length === 1")

    assert page.evaluate("window.notReloaded") is True
    assert page.locator(".event-headline").inner_text() == "Convoy attacked"
    assert page.locator(".filters a[aria-current='true']", has_text="False").count() == 1


def test_the_embed_shows_inside_another_sites_frame(page, live_server, timeline, other_site):
    embed = live_server.url + reverse("public:timeline_embed", args=[timeline.slug])
    host = other_site(
        f'<!doctype html><title>Host</title><iframe src="{embed}" title="Timeline"></iframe>'
    )

    page.goto(host)
    frame = page.frame_locator("iframe")

    assert frame.locator(".event-headline").first.inner_text() == "Taliban government overthrown"


def test_the_timeline_page_refuses_to_be_framed(page, live_server, timeline, other_site):
    url = _url(live_server, timeline)
    host = other_site(
        f'<!doctype html><title>Host</title><iframe src="{url}" title="Timeline"></iframe>'
    )
    blocked = []
    page.on("console", lambda message: blocked.append(message.text))

    page.goto(host)
    page.wait_for_timeout(500)

    assert page.frame_locator("iframe").locator(".event").count() == 0
    assert any("frame" in text.lower() for text in blocked)


def test_the_phone_layout_has_no_sideways_scrolling(chromium, live_server, timeline):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(_url(live_server, timeline))
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
    finally:
        context.close()


def test_keyboard_focus_is_visible_on_filter_links(page, live_server, timeline):
    page.goto(_url(live_server, timeline))
    link = page.get_by_role("link", name="2011", exact=True)

    link.focus()

    outline = link.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"


def test_a_filter_chosen_with_the_keyboard_keeps_the_focus_after_the_swap(
    page, live_server, timeline
):
    page.goto(_url(live_server, timeline))
    page.get_by_role("link", name="False", exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**?verdict=false")
    page.wait_for_function("document.querySelectorAll('.event').length === 1")
    # The links were replaced; focus is on the new "False", not back on <body>.
    assert page.evaluate("document.activeElement.id") == "filter-verdict-false"


def test_the_focus_ring_contrasts_with_the_page(page, live_server, timeline):
    page.goto(_url(live_server, timeline))
    link = page.get_by_role("link", name="2011", exact=True)
    link.focus()
    # The ring is the ink colour (16:1 on white), not the pale yellow alone (1.6:1).
    assert link.evaluate("element => getComputedStyle(element).outlineColor") == "rgb(27, 31, 36)"


def test_long_unbroken_words_and_links_wrap_on_a_phone(chromium, live_server, editor):
    article = factories.ArticleFactory(is_published=True, title="Council closes bridge")
    # A pasted token or hashtag in the statement, shown on the home page and the check.
    claim = factories.ClaimFactory(article=article, statement="#" + "CouncilClosesBridge" * 8)
    long_url = "https://records.example.org/" + "minutes-of-the-session" * 12 + "?id=" + "9" * 80
    factories.SourceFactory(claim=claim, url=long_url, title="")
    claim.set_verdict(Verdict.VERIFIED, by=editor, note="The minutes say so.")
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    try:
        for url in (reverse("public:home"), article.get_public_url()):
            page.goto(f"{live_server.url}{url}")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, url
    finally:
        context.close()
