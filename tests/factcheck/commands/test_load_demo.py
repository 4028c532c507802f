import pytest
from django.core.management import call_command

from factcheck.models import Article, Claim, Verdict
from timeline.models import Timeline

pytestmark = pytest.mark.django_db


def test_the_demo_holds_a_published_article_with_dated_verdicts_and_a_timeline(capsys):
    call_command("load_demo")
    article = Article.objects.get()
    assert article.is_published
    checked = {
        claim.date_value: (claim.precision, claim.verdict, claim.sources.count())
        for claim in article.claims.accepted()
    }
    assert checked == {
        "2001": ("year", Verdict.VERIFIED, 1),
        "2010-09": ("month", Verdict.DISPUTED, 1),
        "2011-05-18": ("day", Verdict.VERIFIED, 1),
        "2011-05-21": ("day", Verdict.VERIFIED, 1),
    }
    timeline = Timeline.objects.get(article=article)
    assert timeline.is_published
    assert [e.date_value for e in timeline.events.chronological()] == [
        "2001",
        "2010-09",
        "2011-05-18",
        "2011-05-21",
    ]
    assert "demo-password-2011" in capsys.readouterr().out


def test_loading_the_demo_twice_changes_nothing():
    call_command("load_demo")
    counts = (Article.objects.count(), Claim.objects.count(), Claim.history.count())
    call_command("load_demo")
    assert (Article.objects.count(), Claim.objects.count(), Claim.history.count()) == counts
