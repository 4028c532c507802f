"""fetch_url against a local HTTP server: pages, redirects, timeouts, size cap, types."""

import contextlib
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck.services.article_import import ArticleSourceError
from factcheck.services.fetch import fetch_url

HTML = "<html><head><title>Café news</title></head><body><p>Le café est fermé.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        routes = {
            "/page": lambda: self.reply(200, "text/html; charset=utf-8", HTML.encode()),
            "/latin1": lambda: self.reply(
                200, "text/plain; charset=iso-8859-1", "Le café est fermé.".encode("latin-1")
            ),
            "/meta-charset": lambda: self.reply(
                200,
                "text/html",
                b'<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>',
            ),
            "/markdown": lambda: self.reply(200, "text/markdown", b"# Title\n\nBody text."),
            "/redirect": lambda: self.redirect("/page"),
            "/loop": lambda: self.redirect("/loop"),
            "/binary": lambda: self.reply(200, "application/pdf", b"%PDF-1.4 \x00\x01"),
            "/missing": lambda: self.reply(404, "text/html", b"not here"),
            "/big": lambda: self.reply(200, "text/plain", b"a" * 5000),
            "/big-undeclared": self.stream_big,
            "/slow": self.slow,
            "/drip": self.drip,
            "/gzip": self.gzipped,
            "/nul": lambda: self.reply(200, "text/plain", b"text\x00more"),
        }
        routes.get(self.path, lambda: self.reply(404, "text/plain", b"no route"))()

    def reply(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream_big(self):
        # No Content-Length: the cap must be enforced while reading.
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        # The client stops reading at its cap, as it should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for _ in range(10):
                self.wfile.write(b"b" * 1000)

    def gzipped(self):
        body = gzip.compress(HTML.encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def drip(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.25)

    def slow(self):
        time.sleep(3)
        # The client gives up (times out) first, as it should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.reply(200, "text/plain", b"too late")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_it_fetches_and_decodes_a_page(server):
    page = fetch_url(f"{server}/page")
    assert page.content_type == "text/html"
    assert page.is_html
    assert "Le café est fermé." in page.text


def test_it_unpacks_a_gzipped_page(server):
    assert "Le café est fermé." in fetch_url(f"{server}/gzip").text


def test_it_decodes_by_the_declared_charset(server):
    assert fetch_url(f"{server}/latin1").text == "Le café est fermé."


def test_it_decodes_by_the_html_meta_charset(server):
    assert "café" in fetch_url(f"{server}/meta-charset").text


def test_it_accepts_markdown(server):
    page = fetch_url(f"{server}/markdown")
    assert (page.content_type, page.is_html, page.text) == (
        "text/markdown",
        False,
        "# Title\n\nBody text.",
    )


def test_it_follows_redirects_and_reports_the_final_url(server):
    page = fetch_url(f"{server}/redirect")
    assert page.url == f"{server}/redirect"
    assert page.final_url == f"{server}/page"


def test_it_stops_after_five_redirects(server):
    with pytest.raises(ArticleSourceError, match="redirected more than 5 times"):
        fetch_url(f"{server}/loop")


def test_it_refuses_a_binary_content_type(server):
    with pytest.raises(ArticleSourceError, match="application/pdf, not a web page"):
        fetch_url(f"{server}/binary")


def test_it_refuses_a_text_page_with_nul_bytes(server):
    with pytest.raises(ArticleSourceError, match="binary file"):
        fetch_url(f"{server}/nul")


def test_it_reports_an_error_status(server):
    with pytest.raises(
        ArticleSourceError, match=r"answered 404 Not Found for http://\S+/missing; check"
    ):
        fetch_url(f"{server}/missing")


def test_it_refuses_a_declared_oversize_body(server, settings):
    settings.ARTICLE_FETCH_MAX_BYTES = 1000
    with pytest.raises(ArticleSourceError, match="larger than 1000 bytes, the most we fetch"):
        fetch_url(f"{server}/big")


def test_it_stops_reading_an_undeclared_oversize_body(server, settings):
    settings.ARTICLE_FETCH_MAX_BYTES = 4000
    with pytest.raises(ArticleSourceError, match="the most we fetch"):
        fetch_url(f"{server}/big-undeclared")


def test_it_times_out_on_a_slow_server(server, settings):
    settings.ARTICLE_FETCH_TIMEOUT_SECONDS = 1
    started = time.monotonic()
    with pytest.raises(
        ArticleSourceError, match=r"Could not reach 127\.0\.0\.1: timed out after 1 s"
    ):
        fetch_url(f"{server}/slow")
    assert time.monotonic() - started < 2.5


def test_a_page_that_drips_in_slowly_is_cut_off(server, settings):
    # Each byte comes well within the 1 s read timeout; the whole takes 10 s.
    settings.ARTICLE_FETCH_TIMEOUT_SECONDS = 1
    started = time.monotonic()
    with pytest.raises(ArticleSourceError, match="the page took too long to download"):
        fetch_url(f"{server}/drip")
    assert time.monotonic() - started < 4.5


def test_it_reports_a_refused_connection(settings):
    with pytest.raises(
        ArticleSourceError, match=r"Could not reach 127\.0\.0\.1: the connection was refused"
    ):
        fetch_url("http://127.0.0.1:9/")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "example.org"]
)
def test_it_refuses_other_schemes(url):
    with pytest.raises(ArticleSourceError, match="Only http:// and https://"):
        fetch_url(url)


def test_it_reports_an_unknown_host():
    with pytest.raises(ArticleSourceError, match="no such host"):
        fetch_url("http://no-such-host.invalid/")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
    ],
)
def test_it_refuses_private_and_local_addresses_outside_tests(url, settings):
    settings.ARTICLE_FETCH_ALLOW_PRIVATE = False
    with pytest.raises(ArticleSourceError, match="private or local network address"):
        fetch_url(url)


def test_a_redirect_to_a_private_address_is_refused_too(server, settings, monkeypatch):
    # The first hop is allowed (as if public); the redirect's target is checked again.
    from factcheck.services import fetch

    calls = []
    real = fetch._vetted_address

    def vet(host, port, scheme):
        calls.append(host)
        settings.ARTICLE_FETCH_ALLOW_PRIVATE = len(calls) == 1
        return real(host, port, scheme)

    monkeypatch.setattr(fetch, "_vetted_address", vet)
    with pytest.raises(ArticleSourceError, match="private or local network address"):
        fetch_url(f"{server}/redirect")
    assert len(calls) == 2
