"""The 400, 403, 404 and 500 pages: plain words, one <h1>, a way on."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.test import Client, override_settings
from django.urls import path, reverse


def _boom(request):
    raise RuntimeError("a bug")


def _fine(request):
    return HttpResponse("ok")


# A URLconf of our own, so the 500 page is reached through Django's real handler.
urlpatterns = [path("boom/", _boom), path("fine/", _fine)]


def one_h1(html: str) -> bool:
    return html.count("<h1") == 1


def test_404_offers_the_home_page(client, db):
    response = client.get("/no/such/page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert one_h1(html)
    assert "Page not found" in html
    assert f'href="{reverse("public:home")}"' in html
    assert 'class="site-header"' in html  # it is a page of the site, header and all


def test_404_for_a_signed_in_editor_also_offers_the_dashboard(editor_client):
    html = editor_client.get("/no/such/page/").content.decode()
    assert f'href="{reverse("editor:dashboard")}"' in html


def test_403_tells_an_outsider_which_groups_and_whom_to_ask(db, client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="olga"))
    response = client.get(reverse("editor:dashboard"))
    html = response.content.decode()
    assert response.status_code == 403
    assert one_h1(html)
    assert (
        "not in the newsroom’s <strong>Editors</strong> or <strong>Reviewers</strong> group" in html
    )
    assert "administrator" in html
    assert "olga" in html


def test_403_tells_an_editor_that_publishing_is_for_reviewers(editor_client, article):
    response = editor_client.post(reverse("editor:article_publish", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 403
    assert one_h1(html)
    assert "Only reviewers and staff may publish." in html
    assert "publishing and unpublishing are for the <strong>Reviewers</strong> group" in html


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1024)
def test_a_post_over_the_size_limit_gets_the_friendly_400_page(editor_client):
    response = editor_client.post(
        reverse("editor:article_new"), {"text": "x" * 4096, "published_on": "2011-05-22"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert one_h1(html)
    assert "larger than the limit" in html
    assert "Upload a smaller file" in html


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1024)
def test_a_multipart_post_over_the_size_limit_gets_it_too(editor_client):
    # The import form is multipart (it takes a file); pasted text is a non-file part.
    response = editor_client.post(
        reverse("editor:article_new"),
        {"text": "x" * 4096, "published_on": "2011-05-22", "upload": ""},
        format="multipart",
    )
    assert response.status_code == 400
    assert "larger than the limit" in response.content.decode()


def test_the_400_page_states_the_limit_the_settings_hold(rf, db):
    # The page is rendered without the view's context, so its figure is written out;
    # this keeps it true when the setting changes.
    megabytes = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    html = loader.render_to_string("400.html", request=rf.get("/"))
    assert f"larger than the limit of {megabytes:g} MB" in html


@pytest.mark.urls("tests.test_error_pages")
def test_500_is_standalone_and_needs_no_database():
    # No db fixture: any query while rendering would fail the test.
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500
    assert one_h1(html)
    assert '<link rel="stylesheet" href="/static/css/base.css">' in html
    assert 'href="/"' in html


def test_500_uses_no_template_tags_or_context():
    source = loader.get_template("500.html").template.source
    assert "{% extends" not in source and "{% url" not in source and "{{" not in source
    assert "<script" not in source and "style=" not in source


@pytest.mark.parametrize("template", ["400.html", "403.html", "404.html"])
def test_every_error_page_extends_the_site_layout(template):
    assert '{% extends "base.html" %}' in loader.get_template(template).template.source
