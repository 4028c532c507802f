"""Issue 5's acceptance, end to end: the running example imported with
`import_article … --accept-dated --publish` yields a public timeline with 2001 (year),
September 2010 (month), May 18, 2011 and May 21, 2011 (days), in that order, with
verdict badges and, once a reviewer adds them, sources."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from factcheck.models import Article, Verdict

EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared/examples/moscow-times-2011-05-22.txt"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not EXAMPLE.exists(), reason=f"example article not found at {EXAMPLE}"),
]


def _import() -> tuple[str, str]:
    out = io.StringIO()
    call_command(
        "import_article",
        str(EXAMPLE),
        "--published",
        "2011-05-22",
        "--accept-dated",
        "--publish",
        stdout=out,
    )
    article_url, timeline_url = out.getvalue().split()
    return article_url, timeline_url


def _path(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_the_example_yields_the_four_dates_in_order_with_badges(anonymous):
    _, timeline_url = _import()

    response = anonymous.get(_path(timeline_url))

    html = response.content.decode()
    assert response.status_code == 200
    found = re.findall(r'<time datetime="([0-9W-]+)">([^<]+)</time>', html)
    wanted = [
        ("2001", "2001"),
        ("2010-09", "September 2010"),
        ("2011-05-18", "May 18, 2011"),
        ("2011-05-21", "May 21, 2011"),
    ]
    positions = [found.index(pair) for pair in wanted]
    assert positions == sorted(positions), found
    assert html.count('class="verdict verdict-') >= len(wanted)
    assert "Kazakh parliament decides" in html


def test_a_reviewers_verdict_and_source_show_on_the_public_timeline(anonymous, reviewer):
    article_url, timeline_url = _import()
    article = Article.objects.get()
    vote = article.claims.get(date_value="2011-05-18", quote__contains="Kazakh parliament")
    vote.sources.create(
        url="https://www.parlam.kz/en/news/2011-05-18", title="Parliament press release"
    )

    vote.set_verdict(Verdict.VERIFIED, by=reviewer, note="The Senate record shows the vote.")

    timeline = anonymous.get(_path(timeline_url)).content.decode()
    factcheck = anonymous.get(_path(article_url)).content.decode()
    assert '<span class="verdict verdict-verified">Verified</span>' in timeline
    assert "https://www.parlam.kz/en/news/2011-05-18" in timeline
    assert f"#claim-{vote.pk}" in timeline
    assert "application/ld+json" in factcheck
    assert "The Senate record shows the vote." in factcheck
