"""Fetch one web page for import, carefully: the server fetches what an editor types,
so the URL is untrusted input.

- http and https only; at most MAX_REDIRECTS redirects, each hop checked again;
- the host is resolved once and the connection goes to that vetted address (the Host
  header and TLS name stay the host's), so a DNS answer cannot change between the check
  and the connection; private, loopback, link-local, multicast and reserved addresses
  are refused unless settings.ARTICLE_FETCH_ALLOW_PRIVATE (the tests' local server);
- a timeout per read and for the whole download; a byte cap while streaming;
- only text/html, text/plain and text/markdown, decoded by their charset.

urllib3 comes with trafilatura; it lets us connect to an address while naming the host.
"""

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

from factcheck.services.reading import ArticleSourceError, decode_bytes

MAX_REDIRECTS = 5
TEXT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "text/x-markdown": "text",
}
USER_AGENT = "newsroom-factcheck/1.0 (article import)"


@dataclass(frozen=True)
class FetchedPage:
    url: str
    final_url: str
    content_type: str  # the media type only: "text/html"
    text: str

    @property
    def is_html(self) -> bool:
        return TEXT_TYPES.get(self.content_type) == "html"


def fetch_url(url: str) -> FetchedPage:
    url = (url or "").strip()
    timeout = settings.ARTICLE_FETCH_TIMEOUT_SECONDS
    max_bytes = settings.ARTICLE_FETCH_MAX_BYTES
    # The timeout bounds each connect and read; a server that drips a byte just inside
    # it would still hold the request for ever, so the whole fetch gets three timeouts.
    deadline = time.monotonic() + timeout * 3
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        parts = _checked_parts(current)
        address = _vetted_address(parts.hostname, parts.port, parts.scheme)
        response = _request(parts, address, current, timeout)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise ArticleSourceError(
                        f"{parts.hostname} sent a redirect without saying where to; "
                        "try the page's final address."
                    )
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise ArticleSourceError(
                    " ".join(
                        filter(
                            None,
                            [
                                f"{parts.hostname} answered {response.status}",
                                response.reason,
                                f"for {current}; check the address.",
                            ],
                        )
                    )
                )
            media_type, charset = _content_type(response.headers.get("Content-Type", ""))
            if media_type not in TEXT_TYPES:
                raise ArticleSourceError(
                    f"{current} is {media_type or 'of an unknown type'}, not a web page or "
                    "text; give the address of the article's page, or paste its text."
                )
            data = _read_capped(response, parts.hostname, max_bytes, deadline, timeout)
        finally:
            response.release_conn()
        return FetchedPage(
            url=url,
            final_url=current,
            content_type=media_type,
            text=_decode(data, charset, media_type, current),
        )
    raise ArticleSourceError(
        f"{url} redirected more than {MAX_REDIRECTS} times; try the page's final address."
    )


def _checked_parts(url: str):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ArticleSourceError(f"“{url}” is not a web address; check it and try again.") from None
    if parts.scheme not in ("http", "https"):
        raise ArticleSourceError(
            f"Only http:// and https:// addresses can be fetched, not “{url[:100]}”."
        )
    if not parts.hostname:
        raise ArticleSourceError(f"“{url[:100]}” has no host name; check the address.")
    return parts


def _vetted_address(host: str, port: int | None, scheme: str) -> str:
    port = port or (443 if scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise ArticleSourceError(
            f"Could not reach {host}: no such host; check the address."
        ) from None
    # IPv4 first: many servers (and containers) have no IPv6 route.
    addresses = sorted({info[4][0] for info in infos}, key=lambda address: ":" in address)
    if not settings.ARTICLE_FETCH_ALLOW_PRIVATE:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
                ip = ip.ipv4_mapped
            if not ip.is_global or ip.is_multicast or ip.is_reserved:
                raise ArticleSourceError(
                    f"{host} points to a private or local network address, which is not "
                    "fetched; give a public web address, or paste the article's text."
                )
    return addresses[0]


def _request(parts, address: str, url: str, timeout: int):
    host = parts.hostname
    port = parts.port or (443 if parts.scheme == "https" else 80)
    pool_kwargs = {
        "host": address,
        "port": port,
        "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        "retries": False,
        "maxsize": 1,
    }
    if parts.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            **pool_kwargs, server_hostname=host, assert_hostname=host
        )
    else:
        pool = urllib3.HTTPConnectionPool(**pool_kwargs)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    try:
        return pool.urlopen(
            "GET",
            path,
            headers={
                "Host": host_header,
                "User-Agent": USER_AGENT,
                "Accept": "text/html, text/plain;q=0.9, text/markdown;q=0.9",
                "Accept-Encoding": "gzip, deflate",
            },
            redirect=False,
            preload_content=False,
            decode_content=True,
            assert_same_host=False,
        )
    except urllib3.exceptions.NewConnectionError as error:
        # Checked first: urllib3 makes it a subclass of its connect-timeout error.
        raise ArticleSourceError(f"Could not reach {host}: {_short_reason(error)}.") from None
    except (TimeoutError, urllib3.exceptions.TimeoutError):
        raise ArticleSourceError(f"Could not reach {host}: timed out after {timeout} s.") from None
    except urllib3.exceptions.SSLError:
        raise ArticleSourceError(
            f"Could not reach {host}: its secure connection (TLS certificate) failed to verify."
        ) from None
    except urllib3.exceptions.HTTPError as error:
        reason = _short_reason(error)
        raise ArticleSourceError(f"Could not reach {host}: {reason}.") from None


def _short_reason(error: Exception) -> str:
    text = str(getattr(error, "reason", None) or error)
    if "refused" in text.lower():
        return "the connection was refused"
    if "reset" in text.lower():
        return "the connection was reset"
    return "the connection failed"


def _read_capped(response, host: str, max_bytes: int, deadline: float, timeout: int) -> bytes:
    chunks, size = [], 0
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ArticleSourceError(_too_big(host, max_bytes))
    try:
        # read1 returns what has arrived, so a slow drip is checked against the deadline
        # as it comes (stream() would wait for a whole chunk first).
        while chunk := response.read1(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                raise ArticleSourceError(_too_big(host, max_bytes))
            if time.monotonic() > deadline:
                raise ArticleSourceError(
                    f"Could not reach {host}: the page took too long to download."
                )
            chunks.append(chunk)
    except (TimeoutError, urllib3.exceptions.TimeoutError):
        raise ArticleSourceError(f"Could not reach {host}: timed out after {timeout} s.") from None
    except urllib3.exceptions.HTTPError as error:
        raise ArticleSourceError(
            f"Could not read the page from {host}: {_short_reason(error)}."
        ) from None
    return b"".join(chunks)


def _too_big(host: str, max_bytes: int) -> str:
    return (
        f"The page at {host} is larger than {_size_in_words(max_bytes)}, the most we fetch; "
        "paste the article's text instead."
    )


def _size_in_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} KB"
    return f"{size} bytes"


def _content_type(header: str) -> tuple[str, str]:
    media_type, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return media_type.strip().lower(), (match.group(1) if match else "")


def _decode(data: bytes, charset: str, media_type: str, url: str) -> str:

    if not charset and TEXT_TYPES.get(media_type) == "html":
        meta = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
        charset = meta.group(1).decode("ascii", "replace") if meta else ""
    return decode_bytes(data, charset=charset, what=f"The page at {url}")
