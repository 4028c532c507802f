"""editor:article_edit: an article's details after import."""

import datetime

import pytest
from django.urls import reverse

from factcheck.models import Article
from tests.factcheck.views.conftest import article_details_data, unlabelled_fields


def _url(article):
    return reverse("editor:article_edit", args=[article.pk])


def test_the_article_page_links_to_it(editor_client, article):
    html = editor_client.get(reverse("editor:article", args=[article.pk])).content.decode()
    assert f'href="{_url(article)}"' in html


def test_it_shows_the_details_in_labelled_fields(editor_client, article):
    response = editor_client.get(_url(article))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert unlabelled_fields(html) == []
    assert f'value="{article.title}"' in html
    assert 'value="2011-05-22"' in html
    assert f'value="{article.url}"' in html


def test_it_saves_and_tells_how_many_claims_got_new_dates(editor_client, article, september):
    response = editor_client.post(
        _url(article),
        article_details_data(article, title="Bridge closed", published_on="2012-03-01"),
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("editor:article", args=[article.pk])
    html = response.content.decode()
    assert "The publication date changed: 1 claim got a new date." in html
    september.refresh_from_db()
    assert september.date_value == "2011-09"
    assert Article.objects.get(pk=article.pk).title == "Bridge closed"


def test_it_says_nothing_about_dates_when_the_date_stays(editor_client, article, september):
    response = editor_client.post(
        _url(article), article_details_data(article, outlet="The Courier"), follow=True
    )
    html = response.content.decode()
    assert "Article details saved." in html
    assert "publication date changed" not in html


def test_a_missing_date_re_renders_the_form_with_everything_typed(editor_client, article):
    response = editor_client.post(
        _url(article), article_details_data(article, title="Bridge closed", published_on="")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter the publication date: it anchors every relative date." in html
    assert 'value="Bridge closed"' in html
    assert Article.objects.get(pk=article.pk).title == article.title


def test_an_unreadable_date_is_refused_and_kept(editor_client, article):
    response = editor_client.post(
        _url(article), article_details_data(article, published_on="next blursday")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "for example 2011-05-22" in html
    assert 'value="next blursday"' in html


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/a", "data:text/html,x"])
def test_it_accepts_only_http_and_https_urls_and_says_so_once(editor_client, article, url):
    response = editor_client.post(_url(article), article_details_data(article, url=url))
    html = response.content.decode()
    assert response.status_code == 200
    # Once: URLField's own validator and ours both refused javascript: and data:.
    assert html.count("Enter a web address starting with http:// or https://.") == 1
    assert f'value="{url}"' in html
    assert Article.objects.get(pk=article.pk).url == article.url


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_title_is_refused_with_a_message_that_says_what_to_do(
    editor_client, article, title
):
    response = editor_client.post(_url(article), article_details_data(article, title=title))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Give the article a title: readers see it on every page." in html
    assert "This field is required." not in html
    assert Article.objects.get(pk=article.pk).title == article.title


@pytest.mark.parametrize("typed", ["0001-01-01", "1799-12-31"])
def test_a_date_before_1800_is_refused_and_kept(editor_client, article, september, typed):
    response = editor_client.post(_url(article), article_details_data(article, published_on=typed))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"The publication date {typed} is before 1800: check the year." in html
    assert f'value="{typed}"' in html
    article.refresh_from_db()
    assert article.published_on == datetime.date(2011, 5, 22)
    september.refresh_from_db()
    assert september.date_value == "2010-09"


def test_the_first_day_of_1800_is_accepted(editor_client, article):
    response = editor_client.post(
        _url(article), article_details_data(article, published_on="1800-01-01")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.published_on == datetime.date(1800, 1, 1)


def test_a_stale_form_shows_what_changed_and_keeps_the_typing(
    editor_client, other_editor_client, article
):
    stale = article_details_data(article, title="Mine")
    other_editor_client.post(_url(article), article_details_data(article, title="Theirs"))
    response = editor_client.post(_url(article), stale)
    html = response.content.decode()
    assert response.status_code == 200
    assert "changed by someone else" in html
    assert "<td>Theirs</td><td>Mine</td>" in html
    assert 'value="Mine"' in html
    assert Article.objects.get(pk=article.pk).title == "Theirs"
    # Saving again, having seen it, wins.
    again = editor_client.post(
        _url(article), article_details_data(Article.objects.get(pk=article.pk), title="Mine")
    )
    assert again.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Mine"


def test_anonymous_users_are_sent_to_sign_in(client, article):
    response = client.get(_url(article))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    response = client.post(_url(article), article_details_data(article, title="Nope"))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == article.title


def test_outsiders_get_403(outsider_client, article):
    assert outsider_client.get(_url(article)).status_code == 403
    response = outsider_client.post(_url(article), article_details_data(article, title="Nope"))
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == article.title


def test_an_unknown_article_is_404(editor_client):
    assert editor_client.get(reverse("editor:article_edit", args=[999999])).status_code == 404


def test_a_date_in_the_future_is_refused_and_kept(editor_client, article):
    response = editor_client.post(
        _url(article), article_details_data(article, published_on="2101-05-22")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The publication date 2101-05-22 is in the future: check the year." in html
    assert 'value="2101-05-22"' in html
    article.refresh_from_db()
    assert article.published_on != datetime.date(2101, 5, 22)
