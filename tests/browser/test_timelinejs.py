"""Our TimelineJS3 export, rendered by the real TimelineJS3 in headless Chromium.

The set-up installs Knight Lab's npm package (@knight-lab/timelinejs) under var/node
(once; later runs reuse it) and serves its dist files and a small host page from the
live server's origin through Playwright routes, so the export is fetched same-origin
exactly as an embedding newsroom page would fetch it."""

import mimetypes
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_claim, make_dated_event
from timeline.services.generation import ensure_article_timeline

ROOT = Path(__file__).resolve().parents[2]
NODE_PREFIX = ROOT / "var" / "node"
DIST = NODE_PREFIX / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
HOST_PATH = "/__timelinejs__/"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="session")
def timelinejs_dist() -> Path:
    if not (DIST / "js" / "timeline.js").exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: cannot install @knight-lab/timelinejs")
        result = subprocess.run(
            [
                npm,
                "install",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(NODE_PREFIX),
                "@knight-lab/timelinejs",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode != 0 or not (DIST / "js" / "timeline.js").exists():
            pytest.skip(f"npm install @knight-lab/timelinejs failed: {result.stderr[-500:]}")
    return DIST


HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3 check</title>
<link rel="stylesheet" href="{prefix}css/timeline.css">
<script src="{prefix}js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  window.timeline = new TL.Timeline("timeline-embed", "{data_url}", {{
    script_path: "{prefix}js/", initial_zoom: 2
  }});
</script></body></html>"""


def _serve_timelinejs(page, live_server, dist: Path, data_url: str) -> str:
    prefix = f"{live_server.url}{HOST_PATH}"

    def handle(route):
        path = route.request.url.split("?")[0][len(prefix) :]
        if path in ("", "index.html"):
            # TimelineJS resolves its data and locale addresses with new URL(): absolute.
            body = HOST_PAGE.format(prefix=prefix, data_url=f"{live_server.url}{data_url}")
            return route.fulfill(status=200, body=body, content_type="text/html")
        target = (dist / path).resolve()
        if dist.resolve() not in target.parents or not target.is_file():
            return route.fulfill(status=404, body="not found")
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return route.fulfill(status=200, body=target.read_bytes(), content_type=content_type)

    page.route(f"{prefix}**", handle)
    # TimelineJS's stylesheet pulls its fonts from Google; tests run offline, and the
    # fonts have nothing to do with our data: answer them with "no content".
    page.route("https://fonts.gstatic.com/**", lambda route: route.fulfill(status=204))
    page.route("https://fonts.googleapis.com/**", lambda route: route.fulfill(status=204))
    return prefix


@pytest.fixture
def published_timeline(db):
    article = factories.ArticleFactory(is_published=True, title="Taliban warns Kazakhstan")
    timeline = ensure_article_timeline(article=article)
    make_dated_event(article=article, value="2001", headline="Taliban government overthrown")
    make_dated_event(
        article=article, value="2010-09", verdict=Verdict.FALSE, headline="Convoy attacked"
    )
    make_dated_event(
        article=article, value="2011-05-18", headline="Parliament votes <b>to send</b> troops"
    )
    event, _ = make_dated_event(
        article=article, value="2011-05-21", headline="Statement distributed"
    )
    # Two claims with different dates: the slide becomes a span.
    event.claims.add(
        make_claim(article=factories.ArticleFactory(is_published=True), value="2011-05-18")
    )
    return timeline


@pytest.mark.parametrize("grouping", ["verdict", "article"])
def test_timelinejs3_renders_our_export_without_errors(
    page, live_server, timelinejs_dist, published_timeline, grouping
):
    errors = []
    page.on("pageerror", lambda error: errors.append(f"pageerror: {error}"))
    page.on(
        "console",
        lambda message: (
            errors.append(f"console.{message.type}: {message.text}")
            if message.type == "error"
            else None
        ),
    )
    data_url = reverse("public:timeline_timelinejs", args=[published_timeline.slug])
    host = _serve_timelinejs(page, live_server, timelinejs_dist, f"{data_url}?group={grouping}")

    page.goto(host)
    page.wait_for_selector(".tl-slide", state="attached")
    page.wait_for_timeout(500)

    slides = page.locator(".tl-slide").count()
    assert errors == []
    # A title slide plus one per event.
    assert slides == 5
    assert page.locator(".tl-timemarker").count() == 4
    assert page.get_by_text("Parliament votes <b>to send</b> troops").count() >= 1
    page.locator(".tl-slidenav-next").first.click()
    page.wait_for_timeout(300)
    assert errors == []
