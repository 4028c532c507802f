"""The import_article command: from a file or URL to a published fact-check, or one clear error."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from factcheck.models import Article, Claim, ClaimStatus
from timeline.models import Event

EXAMPLE = (
    Path(__file__).resolve().parents[3]
    / ".."
    / "shared"
    / "examples"
    / "moscow-times-2011-05-22.txt"
)

needs_example = pytest.mark.skipif(
    not EXAMPLE.is_file(), reason=f"the shared example article is not at {EXAMPLE}"
)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_article", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@needs_example
@pytest.mark.django_db
def test_it_accepts_the_example_articles_dated_claims():
    out, _ = run(str(EXAMPLE), "--published", "2011-05-22", "--accept-dated")

    article = Article.objects.get()
    accepted = Claim.objects.filter(article=article, status=ClaimStatus.ACCEPTED)
    dates = {(claim.date_value, claim.precision) for claim in accepted}
    assert {
        ("2001", "year"),
        ("2010-09", "month"),
        ("2011-05-18", "day"),
        ("2011-05-21", "day"),
    } <= dates
    assert Event.objects.filter(timelines__article=article).count() == accepted.count()
    lines = out.splitlines()
    assert lines == [
        settings.SITE_URL + article.get_public_url(),
        settings.SITE_URL + article.timeline.get_absolute_url(),
    ]
