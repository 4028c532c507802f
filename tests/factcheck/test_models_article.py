import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from factcheck.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/a",
        "file:///etc/passwd",
    ],
)
def test_it_refuses_links_that_are_not_http_or_https(article, url):
    article.url = url
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "url" in error.value.message_dict


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x"])
def test_the_database_refuses_them_too(article, url):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(url=url)


def test_it_accepts_an_ordinary_https_link(article):
    article.url = "https://news.example.org/2011/05/22/story"
    article.full_clean()


def test_it_refuses_an_empty_body(article):
    article.body = "   \n "
    with pytest.raises(ValidationError, match="no text"):
        article.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(body="")


def test_it_refuses_nul_bytes_in_the_body(article):
    article.body = "Text\x00with a NUL"
    with pytest.raises(ValidationError, match="NUL byte"):
        article.full_clean()


def test_it_refuses_an_over_long_title(article):
    article.title = "t" * 301
    with pytest.raises(ValidationError, match="at most 300"):
        article.full_clean()


def test_it_requires_a_publication_date(article):
    article.published_on = None
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "published_on" in error.value.message_dict


def test_it_keeps_a_fingerprint_of_the_body_for_duplicate_detection():
    first = ArticleFactory(body="Same text.")
    second = ArticleFactory(body="Same text.")
    assert first.body_sha256 == second.body_sha256
    assert len(first.body_sha256) == 64
    assert first.slug != second.slug


def test_an_editor_cannot_publish(article, editor):
    with pytest.raises(PermissionDenied):
        article.publish(by=editor)
    article.refresh_from_db()
    assert not article.is_published


def test_a_reviewer_publishes_the_article_and_its_timeline_together(article, reviewer):
    from timeline.services.generation import ensure_article_timeline

    timeline = ensure_article_timeline(article=article)
    assert not timeline.is_published
    article.publish(by=reviewer)
    article.refresh_from_db()
    timeline.refresh_from_db()
    assert article.is_published and article.published_at is not None
    assert timeline.is_published
    article.unpublish(by=reviewer)
    timeline.refresh_from_db()
    assert not timeline.is_published


def test_visible_to_hides_drafts_from_anonymous_visitors(editor):
    from django.contrib.auth.models import AnonymousUser

    draft = ArticleFactory(is_published=False)
    published = ArticleFactory(is_published=True, published_on=datetime.date(2011, 5, 23))
    assert list(Article.objects.visible_to(AnonymousUser())) == [published]
    assert set(Article.objects.visible_to(editor)) == {draft, published}


@pytest.mark.parametrize("published_on", [datetime.date(1, 1, 1), datetime.date(1799, 12, 31)])
def test_it_refuses_a_publication_date_before_1800(article, published_on):
    article.published_on = published_on
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict == {
        "published_on": [
            f"The publication date {published_on.isoformat()} is before 1800: check the year."
        ]
    }
    # bulk_create, loaddata and updates cannot slip one past it either.
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(published_on=published_on)


def test_it_accepts_the_first_day_of_1800(article):
    article.published_on = datetime.date(1800, 1, 1)
    article.full_clean()
    article.save()


def test_an_empty_body_and_an_early_date_are_both_reported(article):
    article.body, article.published_on = " ", datetime.date(1, 1, 1)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert set(error.value.message_dict) == {"body", "published_on"}
