"""The import_article command: from a file or URL to a fact-check and its timeline, or one
clear line on stderr and nothing saved."""

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

from factcheck.management.commands.import_article import Command
from factcheck.models import Article, Claim, ClaimStatus
from factcheck.roles import REVIEWERS
from timeline.models import Event, Timeline

EXAMPLE = (
    Path(__file__).resolve().parents[3]
    / ".."
    / "shared"
    / "examples"
    / "moscow-times-2011-05-22.txt"
).resolve()
needs_example = pytest.mark.skipif(
    not EXAMPLE.is_file(), reason=f"the shared example article is not at {EXAMPLE}"
)

STORY = (
    "# Council Closes Bridge\n\nMay 22, 2011\n\n**Daily Example**\n\n"
    "RIVERTON — The council voted on May 18 to close the old bridge.\n\n"
    "Repairs began last September, officials said.\n"
)


def run(*args):
    out = io.StringIO()
    call_command("import_article", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def nothing_saved():
    return (
        Article.objects.count(),
        Claim.objects.count(),
        Timeline.objects.count(),
        Event.objects.count(),
    ) == (
        0,
        0,
        0,
        0,
    )


@pytest.fixture
def story_file(tmp_path):
    path = tmp_path / "council-closes-bridge.md"
    path.write_text(STORY, encoding="utf-8")
    return path


@needs_example
@pytest.mark.django_db
def test_the_example_article_gets_its_dated_claims_accepted():
    lines = run(str(EXAMPLE), "--published", "2011-05-22", "--accept-dated")

    article = Article.objects.get()
    assert article.title == "Taliban Warns Kazakhstan on Entering Afghan War"
    assert article.outlet == "The Moscow Times"
    accepted = article.claims.filter(status=ClaimStatus.ACCEPTED)
    dates = {(claim.date_value, claim.precision) for claim in accepted}
    assert {
        ("2001", "year"),
        ("2010-09", "month"),
        ("2011-05-18", "day"),
        ("2011-05-21", "day"),
    } <= dates
    # Every accepted claim is dated and on the timeline; undated suggestions wait.
    assert all(claim.earliest for claim in accepted)
    assert Event.objects.filter(timelines__article=article).count() == accepted.count()
    assert article.claims.filter(status=ClaimStatus.SUGGESTED, earliest__isnull=True).exists()
    assert not article.claims.filter(quote__icontains="Original url").exists()
    assert not article.claims.filter(quote__startswith="KABUL").exists()
    assert lines == [
        settings.SITE_URL + article.get_public_url(),
        settings.SITE_URL + article.timeline.get_absolute_url(),
    ]
    assert not article.is_published


@pytest.mark.django_db
def test_without_accept_dated_every_claim_stays_suggested(story_file):
    run(str(story_file), "--published", "2011-05-22")
    article = Article.objects.get()
    assert set(article.claims.values_list("status", flat=True)) == {ClaimStatus.SUGGESTED}
    assert (article.title, article.outlet) == ("Council Closes Bridge", "Daily Example")
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_publish_publishes_the_article_and_its_timeline_as_the_importer_user(story_file):
    run(str(story_file), "--published", "2011-05-22", "--accept-dated", "--publish")
    article = Article.objects.get()
    assert article.is_published and article.timeline.is_published
    importer = User.objects.get(username="importer")
    assert article.created_by == importer
    assert not importer.is_staff and not importer.has_usable_password()
    assert importer.groups.filter(name=REVIEWERS).exists()


@pytest.mark.django_db
def test_by_names_the_user_and_an_editor_may_not_publish(story_file, editor):
    with pytest.raises(CommandError, match="Only reviewers and staff may publish"):
        run(str(story_file), "--published", "2011-05-22", "--publish", "--by", editor.username)
    assert nothing_saved()
    run(str(story_file), "--published", "2011-05-22", "--by", editor.username)
    assert Article.objects.get().created_by == editor


@pytest.mark.django_db
def test_an_unknown_user_is_refused(story_file):
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        run(str(story_file), "--published", "2011-05-22", "--by", "nobody")


@pytest.mark.django_db
def test_title_outlet_and_byline_options_win_over_the_source(story_file):
    run(
        str(story_file),
        "--published",
        "2011-05-22",
        "--title",
        "My title",
        "--outlet",
        "My outlet",
        "--byline",
        "Jane Roe",
    )
    article = Article.objects.get()
    assert (article.title, article.outlet, article.byline) == ("My title", "My outlet", "Jane Roe")


@pytest.mark.django_db
def test_without_a_title_in_the_source_the_first_line_is_the_title(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("The council voted on May 18.\n\nIt said so.", encoding="utf-8")
    run(str(path), "--published", "2011-05-22")
    assert Article.objects.get().title == "The council voted on May 18."


@pytest.mark.django_db
def test_an_html_file_is_imported_as_its_readable_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Bridge</title><script>track()</script></head><body>"
        "<p>The council voted on May 18 to close the old bridge.</p>"
        "<p>Repairs began last September, officials said.</p></body></html>",
        encoding="utf-8",
    )
    run(str(path), "--published", "2011-05-22", "--accept-dated")
    article = Article.objects.get()
    assert article.title == "Bridge"
    assert "track()" not in article.body
    assert article.claims.accepted().count() == 2


@pytest.fixture
def url_server():
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = STORY.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/markdown; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.django_db
def test_a_url_is_fetched_and_imported(url_server):
    run(f"{url_server}/story.md", "--published", "2011-05-22")
    article = Article.objects.get()
    assert (article.title, article.url) == ("Council Closes Bridge", f"{url_server}/story.md")


# Bad input: one clear line, nothing saved -------------------------------------------------


def write(tmp_path, name, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (
            lambda tmp: [write(tmp, "empty.txt", b"\n \n"), "--published", "2011-05-22"],
            "The article has no text",
        ),
        (
            lambda tmp: [write(tmp, "a.txt", b"\x89PNG\x00\x00"), "--published", "2011-05-22"],
            "binary file",
        ),
        (
            lambda tmp: [write(tmp, "a.pdf", b"%PDF"), "--published", "2011-05-22"],
            r"not a \.txt, \.md or \.html",
        ),
        (
            lambda tmp: [write(tmp, "a.txt", b"x" * 300), "--published", "2011-05-22"],
            "the limit is 200",
        ),
        (
            lambda tmp: [write(tmp, "a.txt", b"Text."), "--published", "22/05/2011"],
            "write it as YYYY-MM-DD",
        ),
        (lambda tmp: [write(tmp, "a.txt", b"Text.")], "Give the publication date"),
        (lambda tmp: [str(tmp / "missing.txt"), "--published", "2011-05-22"], "No file at"),
        (
            lambda tmp: ["http://127.0.0.1:9/story", "--published", "2011-05-22"],
            "Could not reach 127.0.0.1",
        ),
        (lambda tmp: ["ftp://example.org/a.txt", "--published", "2011-05-22"], "not an http"),
    ],
    ids=["empty", "binary", "type", "size", "date", "no-date", "missing", "unreachable", "scheme"],
)
def test_bad_input_is_one_clear_error_and_saves_nothing(tmp_path, settings, make_args, message):
    settings.ARTICLE_MAX_CHARS = 200
    with pytest.raises(CommandError, match=message):
        run(*make_args(tmp_path))
    assert nothing_saved()


@pytest.mark.django_db
def test_on_the_command_line_an_error_is_one_line_on_stderr_and_a_non_zero_exit(tmp_path, capsys):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "import_article", path, "--published", "2011-05-22"])
    assert exit_info.value.code != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "The article has no text" in captured.err
