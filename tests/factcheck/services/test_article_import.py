"""read_source, create_article and find_duplicate."""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from factcheck.models import Article, ClaimStatus
from factcheck.services.article_import import (
    ArticleSourceError,
    ImportedText,
    create_article,
    find_duplicate,
    read_source,
)
from timeline.models import Timeline

BODY = (
    "The city council voted on May 18 to close the old bridge, officials said.\n\n"
    "Repairs began last September. The bridge opened in 1961.\n\n"
    "It is a lovely bridge."
)


def upload(name, content: bytes):
    return SimpleUploadedFile(name, content)


# read_source: pasted text ---------------------------------------------------------


def test_pasted_text_is_cleaned_of_control_characters_and_carriage_returns():
    imported = read_source(text="One line.\r\nTwo\x00 lines\x07.\r\n\tTabbed.\x1b")
    assert imported.body == "One line.\nTwo lines.\n\tTabbed."


def test_pasted_markdown_gives_its_title_date_and_outlet():
    imported = read_source(text="# Bridge to close\n\nMay 22, 2011\n\n**Daily Example**\n\n" + BODY)
    assert (imported.title, imported.published_on, imported.outlet) == (
        "Bridge to close",
        datetime.date(2011, 5, 22),
        "Daily Example",
    )
    assert imported.body == BODY
    assert imported.language == "en"


def test_pasted_page_source_is_read_as_html():
    imported = read_source(
        text="<!DOCTYPE html><html><head><title>Bridge</title><script>track()</script></head>"
        "<body><p>The council voted on May 18 to close the bridge.</p></body></html>"
    )
    assert imported.body == "The council voted on May 18 to close the bridge."
    assert imported.title == "Bridge"


def test_pasted_prose_that_mentions_a_tag_stays_text():
    text = "The <p> tag starts a paragraph, the manual said."
    assert read_source(text=text).body == text


@pytest.mark.parametrize("text", ["", "   \n\n\t", "\x00\x01\r\n"])
def test_empty_text_is_refused(text):
    with pytest.raises(ArticleSourceError, match="The article has no text"):
        read_source(text=text)


def test_nothing_given_is_refused():
    with pytest.raises(ArticleSourceError, match="Paste the article's text"):
        read_source()


def test_two_sources_at_once_are_refused():
    with pytest.raises(ArticleSourceError, match="one way only"):
        read_source(text="Some text.", url="https://example.org/")


def test_text_over_the_limit_is_refused_with_both_numbers(settings):
    settings.ARTICLE_MAX_CHARS = 100
    with pytest.raises(ArticleSourceError, match="The article is 150 characters; the limit is 100"):
        read_source(text="x" * 150)


# read_source: uploads --------------------------------------------------------------


def test_an_uploaded_text_file_is_read_as_utf8_with_or_without_bom():
    assert read_source(upload=upload("a.txt", "Café.".encode())).body == "Café."
    assert read_source(upload=upload("a.txt", "\ufeffCafé.".encode())).body == "Café."


def test_an_uploaded_windows_1252_file_is_read():
    assert read_source(
        upload=upload("a.txt", "Caf\xe9 \u201cquoted\u201d.".encode("cp1252"))
    ).body == ("Café “quoted”.")


def test_an_uploaded_markdown_file_is_read():
    imported = read_source(upload=upload("story.md", b"# Headline\n\nMay 3, 2010\n\nText here."))
    assert (imported.title, imported.published_on, imported.body) == (
        "Headline",
        datetime.date(2010, 5, 3),
        "Text here.",
    )


def test_an_uploaded_html_file_is_reduced_to_its_paragraphs():
    html = (
        b"<html><head><title>Bridge</title><script>evil()</script></head><body>"
        b"<p>The council voted on May 18 to close the old bridge.</p>"
        b"<p onclick='x()'>Repairs began last September, officials said.</p></body></html>"
    )
    imported = read_source(upload=upload("page.HTML", html))
    assert imported.body == (
        "The council voted on May 18 to close the old bridge.\n\n"
        "Repairs began last September, officials said."
    )
    assert imported.title == "Bridge"


@pytest.mark.parametrize("name", ["report.pdf", "story.docx", "noextension", "image.png"])
def test_other_file_types_are_refused(name):
    with pytest.raises(ArticleSourceError, match=r"is not a \.txt, \.md or \.html file"):
        read_source(upload=upload(name, b"text"))


def test_a_binary_file_with_a_text_name_is_refused():
    with pytest.raises(ArticleSourceError, match="looks like a binary file"):
        read_source(upload=upload("a.txt", b"PK\x03\x04\x00\x00binary"))


def test_a_file_in_no_readable_encoding_is_refused():
    # 0x81 is undefined in Windows-1252 and invalid as UTF-8.
    with pytest.raises(ArticleSourceError, match="is not readable text"):
        read_source(upload=upload("a.txt", b"caf\x81\xff"))


def test_an_empty_file_is_refused():
    with pytest.raises(ArticleSourceError, match="The article has no text"):
        read_source(upload=upload("a.txt", b"\n\n"))


def test_an_html_page_without_text_is_refused():
    with pytest.raises(ArticleSourceError, match="No article text was found"):
        read_source(upload=upload("a.html", b"<html><body><script>x()</script></body></html>"))


def test_an_oversize_upload_is_refused_before_reading(settings):
    settings.ARTICLE_MAX_CHARS = 10
    with pytest.raises(ArticleSourceError, match="the limit is 10 characters"):
        read_source(upload=upload("a.txt", b"x" * 41))


# read_source: URLs -----------------------------------------------------------------


@pytest.fixture
def article_server():
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = (
                b"<html><head><title>Bridge to close</title>"
                b'<meta property="og:site_name" content="Daily Example">'
                b'<meta property="article:published_time" content="2011-05-22">'
                b"</head><body><article><h1>Bridge to close</h1>"
                b"<p>The council voted on May 18 to close the old bridge, officials said.</p>"
                b"<p>Repairs began last September, the mayor told reporters.</p>"
                b"</article></body></html>"
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_and_its_metadata_prefilled(article_server):
    imported = read_source(url=f"{article_server}/story")
    assert imported.body == (
        "The council voted on May 18 to close the old bridge, officials said.\n\n"
        "Repairs began last September, the mayor told reporters."
    )
    assert (imported.title, imported.outlet, imported.published_on, imported.url) == (
        "Bridge to close",
        "Daily Example",
        datetime.date(2011, 5, 22),
        f"{article_server}/story",
    )


def test_an_unreachable_url_gives_a_clear_message():
    with pytest.raises(ArticleSourceError, match=r"Could not reach 127\.0\.0\.1"):
        read_source(url="http://127.0.0.1:9/story")


# create_article -----------------------------------------------------------------------


@pytest.mark.django_db
def test_it_saves_the_article_its_timeline_and_its_suggestions(editor):
    article = create_article(
        body=BODY, title="Bridge to close", published_on=datetime.date(2011, 5, 22), by=editor
    )
    article.refresh_from_db()
    assert article.created_by == editor
    assert article.body == BODY
    assert Timeline.objects.get(article=article).title == "Bridge to close"
    statuses = set(article.claims.values_list("status", flat=True))
    assert statuses == {ClaimStatus.SUGGESTED}
    assert article.claims.count() == 3  # "It is a lovely bridge." carries nothing to check


@pytest.mark.django_db
def test_imported_metadata_fills_the_fields_left_empty(editor):
    imported = ImportedText(
        body=BODY, outlet="Daily Example", byline="Jane Roe", url="https://example.org/a"
    )
    article = create_article(
        imported=imported,
        body=imported.body,
        title="Bridge",
        published_on=datetime.date(2011, 5, 22),
        outlet="Typed Outlet",
        by=editor,
    )
    assert (article.outlet, article.byline, article.url) == (
        "Typed Outlet",
        "Jane Roe",
        "https://example.org/a",
    )


@pytest.mark.django_db
def test_invalid_fields_raise_a_validation_error_and_save_nothing(editor):
    with pytest.raises(ValidationError) as error:
        create_article(body="  ", title="", published_on=None, url="javascript:alert(1)", by=editor)
    assert {"body", "title", "published_on", "url"} <= set(error.value.message_dict)
    assert Article.objects.count() == 0
    assert Timeline.objects.count() == 0


@pytest.mark.django_db
def test_a_failure_while_suggesting_leaves_no_half_made_article(editor, monkeypatch):
    from factcheck.services import suggestions

    def broken(*, article):
        raise RuntimeError("tagger crashed")

    monkeypatch.setattr(suggestions, "suggest_claims", broken)
    with pytest.raises(RuntimeError):
        create_article(
            body=BODY, title="Bridge", published_on=datetime.date(2011, 5, 22), by=editor
        )
    assert Article.objects.count() == 0
    assert Timeline.objects.count() == 0


@pytest.mark.django_db
def test_a_body_over_the_limit_is_a_validation_error(editor, settings):
    settings.ARTICLE_MAX_CHARS = 10
    with pytest.raises(ValidationError, match="the limit is 10"):
        create_article(
            body=BODY, title="Bridge", published_on=datetime.date(2011, 5, 22), by=editor
        )


@pytest.mark.django_db
def test_a_text_with_more_claims_than_the_limit_is_refused_and_nothing_is_saved(editor, settings):
    settings.ARTICLE_MAX_SUGGESTIONS = 3
    body = " ".join(f"The council met on May {day}." for day in range(1, 6))
    with pytest.raises(ValidationError) as error:
        create_article(body=body, title="Dates", published_on=datetime.date(2011, 5, 22), by=editor)
    assert error.value.message_dict["body"] == [
        "The text holds 5 sentences worth checking; the limit is 3 an article. "
        "Paste one article at a time."
    ]
    assert Article.objects.count() == 0
    assert Timeline.objects.count() == 0


@pytest.mark.django_db
def test_a_text_at_the_limit_is_imported_with_every_suggestion(editor, settings):
    settings.ARTICLE_MAX_SUGGESTIONS = 5
    body = " ".join(f"The council met on May {day}." for day in range(1, 6))
    article = create_article(
        body=body, title="Dates", published_on=datetime.date(2011, 5, 22), by=editor
    )
    assert article.claims.count() == 5


# find_duplicate -------------------------------------------------------------------------


@pytest.mark.django_db
def test_find_duplicate_finds_the_same_text_only(article_factory):
    original = article_factory(body=BODY)
    assert find_duplicate(body=BODY) == original
    assert find_duplicate(body=BODY.replace("\n", "\r\n")) == original
    assert find_duplicate(body=BODY + " More.") is None
