import datetime
import http.server
import threading
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from factcheck.models import Article, ClaimStatus
from tests import factories

URL = reverse("editor:article_new")
EXAMPLE = Path(__file__).resolve().parents[3].parent / "shared/examples/moscow-times-2011-05-22.txt"

DATED_TEXT = (
    "Council closes the old bridge\n\n"
    "May 22, 2011\n\n"
    "The city council voted on May 18 to close the old bridge. "
    "Repairs began last September, officials said."
)
UNDATED_TEXT = (
    "The city council voted on Wednesday to close the old bridge. "
    "Repairs began last September, officials said."
)


def _errors(response) -> str:
    return response.content.decode()


def test_it_shows_a_labelled_form_with_one_heading(editor_client):
    html = editor_client.get(URL).content.decode()
    assert html.count("<h1") == 1
    for name in ("text", "upload", "url", "title", "outlet", "byline", "published_on"):
        assert f'for="id_{name}"' in html
        assert f'id="id_{name}"' in html


def test_it_imports_pasted_text_and_suggests_claims(editor_client, editor):
    response = editor_client.post(URL, {"text": DATED_TEXT, "outlet": "Daily Example"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("editor:article", args=[article.pk])
    assert article.title == "Council closes the old bridge"
    assert article.published_on.isoformat() == "2011-05-22"
    assert article.outlet == "Daily Example"
    assert article.created_by == editor
    assert article.claims.filter(status=ClaimStatus.SUGGESTED).exists()


def test_it_asks_for_the_date_and_keeps_the_text_when_the_source_gives_none(editor_client):
    response = editor_client.post(URL, {"text": UNDATED_TEXT, "title": "Bridge"})
    html = response.content.decode()
    assert response.status_code == 200
    assert not Article.objects.exists()
    assert "The source gives no publication date" in html
    assert "Repairs began last September, officials said." in html
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Bridge", "published_on": "2011-05-22"}
    )
    assert response.status_code == 302
    assert Article.objects.get().published_on.isoformat() == "2011-05-22"


def test_it_puts_an_uploaded_files_text_in_the_form_when_the_date_is_missing(editor_client):
    upload = SimpleUploadedFile("bridge.txt", UNDATED_TEXT.encode(), "text/plain")
    response = editor_client.post(URL, {"upload": upload, "title": "Bridge"})
    html = response.content.decode()
    assert response.status_code == 200
    # The extracted text sits in the textarea: the editor need not upload it again.
    textarea = html.split('id="id_text">')[1].split("</textarea>")[0]
    assert "Repairs began last September" in textarea


def test_it_imports_an_uploaded_file(editor_client):
    upload = SimpleUploadedFile("bridge.md", DATED_TEXT.encode(), "text/markdown")
    response = editor_client.post(URL, {"upload": upload})
    assert response.status_code == 302
    assert Article.objects.get().title == "Council closes the old bridge"


def test_it_strips_scripts_from_uploaded_html(editor_client):
    html = (
        "<html><head><title>Bridge closes</title>"
        '<meta property="article:published_time" content="2011-05-22"></head>'
        "<body><article><h1>Bridge closes</h1>"
        "<p>The city council voted on May 18 to close the old bridge after a long debate "
        "about repairs that began last September, officials said on Friday.</p>"
        "<script>alert('x')</script></article></body></html>"
    )
    upload = SimpleUploadedFile("bridge.html", html.encode(), "text/html")
    response = editor_client.post(URL, {"upload": upload, "published_on": "2011-05-22"})
    assert response.status_code == 302, _errors(response)
    body = Article.objects.get().body
    assert "voted on May 18" in body
    assert "alert" not in body and "<script" not in body


def test_it_refuses_a_binary_upload_with_a_message(editor_client):
    upload = SimpleUploadedFile("photo.txt", bytes(range(256)) * 50, "text/plain")
    response = editor_client.post(URL, {"upload": upload, "title": "Kept title"})
    assert response.status_code == 200
    assert not Article.objects.exists()
    html = response.content.decode()
    assert 'class="errorlist' in html
    assert 'value="Kept title"' in html


def test_it_refuses_a_file_of_the_wrong_kind(editor_client):
    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.4", "application/pdf")
    response = editor_client.post(URL, {"upload": upload})
    assert response.status_code == 200
    assert "upload a .txt, .md or .html file" in response.content.decode()


def test_it_refuses_a_five_megabyte_paste_and_keeps_it(editor_client, settings):
    text = "The council voted on May 18. " * (5 * 1024 * 1024 // 29)
    response = editor_client.post(URL, {"text": text, "title": "Huge"})
    assert response.status_code == 200
    assert not Article.objects.exists()
    html = response.content.decode()
    assert "The text is too long" in html
    assert html.count("The council voted on May 18.") == text.count("The council voted on May 18.")


def test_it_refuses_a_text_of_too_many_claims_and_keeps_it(editor_client, settings):
    settings.ARTICLE_MAX_SUGGESTIONS = 3
    text = " ".join(f"The council met on May {day}." for day in range(1, 6))
    response = editor_client.post(
        URL, {"text": text, "title": "Dates", "published_on": "2011-05-22"}
    )
    assert response.status_code == 200
    assert not Article.objects.exists()
    html = response.content.decode()
    assert "The text holds 5 sentences worth checking; the limit is 3 an article." in html
    assert "The council met on May 5." in html


def test_it_refuses_empty_text_with_a_message(editor_client):
    response = editor_client.post(URL, {"text": "   \n  ", "title": "Empty"})
    assert response.status_code == 200
    assert "Paste the article&#x27;s text, upload a file or give its URL." in _errors(response)


def test_it_refuses_an_unreadable_date_and_keeps_the_text(editor_client):
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Bridge", "published_on": "next blue moon"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter the publication date as a date, for example 2011-05-22." in html
    assert "Repairs began last September" in html
    assert 'value="next blue moon"' in html


def test_it_reads_a_typed_publication_date(editor_client):
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Bridge", "published_on": "May 22, 2011"}
    )
    assert response.status_code == 302
    assert Article.objects.get().published_on.isoformat() == "2011-05-22"


def test_it_warns_about_a_duplicate_but_imports_it(editor_client):
    first = factories.ArticleFactory(body=UNDATED_TEXT)
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Again", "published_on": "2011-05-22"}, follow=True
    )
    html = response.content.decode()
    assert Article.objects.count() == 2
    assert "The same text was imported before" in html
    assert f'href="{first.get_absolute_url()}"' in html


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
        body = (
            b"<html><head><title>Bridge closes</title>"
            b'<meta property="og:site_name" content="Local Gazette">'
            b'<meta property="article:published_time" content="2011-05-22T08:00:00Z">'
            b"</head><body><article><h1>Bridge closes</h1><p>The city council voted on "
            b"May 18 to close the old bridge after a long debate about repairs that began "
            b"last September, officials said on Friday.</p></article></body></html>"
        )
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def page_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_it_imports_from_a_url_with_the_pages_metadata(editor_client, page_server):
    response = editor_client.post(URL, {"url": f"{page_server}/article"})
    assert response.status_code == 302, _errors(response)
    article = Article.objects.get()
    assert article.title == "Bridge closes"
    assert article.published_on.isoformat() == "2011-05-22"
    assert article.url == f"{page_server}/article"


def test_it_reports_a_url_that_times_out_and_keeps_it(editor_client, page_server, settings):
    settings.ARTICLE_FETCH_TIMEOUT_SECONDS = 1
    response = editor_client.post(URL, {"url": f"{page_server}/slow", "title": "Slow"})
    html = response.content.decode()
    assert response.status_code == 200
    assert not Article.objects.exists()
    assert "timed out" in html
    assert f'value="{page_server}/slow"' in html


@pytest.mark.skipif(not EXAMPLE.exists(), reason=f"example article not found at {EXAMPLE}")
def test_it_imports_the_example_article_with_its_dateline(editor_client):
    response = editor_client.post(URL, {"text": EXAMPLE.read_text(encoding="utf-8")})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == "Taliban Warns Kazakhstan on Entering Afghan War"
    assert article.published_on.isoformat() == "2011-05-22"


def test_it_asks_which_to_use_when_given_pasted_text_and_a_file(editor_client):
    upload = SimpleUploadedFile("bridge.txt", DATED_TEXT.encode(), "text/plain")
    response = editor_client.post(URL, {"text": UNDATED_TEXT, "upload": upload})
    html = response.content.decode()
    assert response.status_code == 200
    assert "You pasted text and chose a file" in html
    assert "Repairs began last September" in html
    assert not Article.objects.exists()


def test_it_says_the_upload_was_read_when_it_asks_for_what_is_missing(editor_client):
    upload = SimpleUploadedFile("bridge.txt", UNDATED_TEXT.encode(), "text/plain")
    response = editor_client.post(URL, {"upload": upload, "title": "Bridge"})
    # The file field comes back empty: without a word it looks as if the file was lost.
    assert "The article was read: its text is in the box below." in response.text


def test_it_does_not_say_an_article_was_read_on_a_first_empty_try(editor_client):
    response = editor_client.post(URL, {})
    assert "The article was read" not in response.text


def test_it_refuses_a_publication_date_in_the_future_and_keeps_the_text(editor_client):
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Bridge", "published_on": "9999-12-31"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The publication date 9999-12-31 is in the future: check the year." in html
    assert "Repairs began last September" in html
    assert not Article.objects.exists()


def test_it_accepts_tomorrow_for_a_newsroom_ahead_of_the_servers_time_zone(editor_client):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Bridge", "published_on": tomorrow.isoformat()}
    )
    assert response.status_code == 302


@pytest.mark.parametrize("typed", ["0001-01-01", "1799-12-31"])
def test_it_refuses_a_publication_date_before_1800_and_keeps_the_text(editor_client, typed):
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "Bridge", "published_on": typed}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert f"The publication date {typed} is before 1800: check the year." in html
    assert "Repairs began last September" in html
    assert not Article.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/a"])
def test_it_refuses_a_link_that_is_not_http_or_https_once_and_keeps_it(editor_client, url):
    response = editor_client.post(URL, {"text": DATED_TEXT, "url": url})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Enter a web address starting with http:// or https://.") == 1
    assert "Enter a valid URL." not in html
    assert f'value="{url}"' in html
    assert "Repairs began last September" in html
    assert not Article.objects.exists()


def test_it_asks_for_a_title_the_source_does_not_give(editor_client):
    response = editor_client.post(
        URL, {"text": UNDATED_TEXT, "title": "  ", "published_on": "2011-05-22"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The source gives no title: enter one." in html
    assert "This field is required." not in html
    assert not Article.objects.exists()
