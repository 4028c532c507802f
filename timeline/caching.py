"""Caching for the public pages and exports.

Keys. A page is cached under its scope (which timeline or article), a change stamp, the
request's full URL (host included: pages and exports hold absolute URLs built from it)
and its htmx flag. The stamp comes from the data itself (see timeline.selectors: the
newest updated_at and the row counts of everything the page shows, read in the query
that loads the timeline or article), so any edit, deletion or unlinking changes the
key: stale entries are never asked for again and expire on their own
(settings.PUBLIC_CACHE_SECONDS). The same stamp makes the ETag, so a repeat visit with
If-None-Match gets a 304 without rendering.

The stamp query aggregates over every event, claim and source of the timeline (about
5–10 ms for 1,000 events on SQLite), so for anonymous visitors the loaded timeline
(with its stamp) is itself memoised for settings.PUBLIC_STAMP_SECONDS (2 s by default,
0 under tests): an edit shows up to the public at most that long after it is saved,
and a cache hit then costs no query at all.

Who. Only anonymous visitors get cached pages: signed-in pages name the user and may
show drafts. Anonymous pages carry no CSRF token (they have no form), and a per-request
CSP nonce only where a page needs one (the fact-check page's JSON-LD): it is stored as a
placeholder and filled per response, so a cached page never carries someone else's.
Pages without a placeholder are also stored gzipped and sent so to clients that accept
it (no secret in them, so no BREACH concern)."""

import gzip
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

NONCE_PLACEHOLDER = "__CSP_NONCE_PLACEHOLDER__"
KEY_PREFIX = "public-page"
STAMP_PREFIX = "public-stamp"
# The headers a cached response keeps (exports name their file and allow any origin).
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Access-Control-Allow-Origin")
MIN_GZIP_BYTES = 1024


def stamp_seconds() -> float:
    return settings.PUBLIC_STAMP_SECONDS


def memoised(request, key: str, load):
    """`load()` (a row with its change stamp, or None), memoised briefly for anonymous
    visitors. None (not found, not published) is never memoised: publishing shows at once."""
    seconds = stamp_seconds()
    if request.user.is_authenticated or seconds <= 0:
        return load()
    key = f"{STAMP_PREFIX}:{key}"
    value = cache.get(key)
    if value is None:
        value = load()
        if value is not None:
            cache.set(key, value, seconds)
    return value


def page_context(request, *, nonce: bool = False) -> dict:
    """Context for a render that may be cached: for anonymous visitors no CSRF token,
    and the nonce (when the page needs one) as a placeholder. Signed-in users keep the
    real values from the context processors (their pages are not cached)."""
    if request.user.is_authenticated:
        return {}
    return {"csp_nonce": NONCE_PLACEHOLDER if nonce else None, "csrf_token": ""}


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _fill(request, content: bytes) -> bytes:
    placeholder = NONCE_PLACEHOLDER.encode()
    if placeholder in content:
        # Reading the lazy nonce makes the CSP middleware put it in the header.
        content = content.replace(placeholder, str(request._csp_nonce).encode())
    return content


def _accepts_gzip(request) -> bool:
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def serve(request, *, scope: str, stamp: str, build) -> HttpResponse:
    """Return the page for `scope` at `stamp`: a 304, a cache hit, or `build()` (a
    function returning an HttpResponse rendered with page_context())."""
    if request.user.is_authenticated:
        response = build()
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["HX-Request", "Cookie"])
        return response

    variant = "htmx" if getattr(request, "htmx", False) else "page"
    digest = _digest(scope, stamp, request.build_absolute_uri(), variant)
    key = f"{KEY_PREFIX}:{digest}"
    entry = cache.get(key)
    use_gzip = _accepts_gzip(request) and entry is not None and entry[2] is not None
    etag = f'"{digest}{"-gz" if use_gzip else ""}"'
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        patch_vary_headers(not_modified, ["HX-Request", "Accept-Encoding"])
        return not_modified

    if entry is None:
        fresh = build()
        if fresh.status_code != 200:
            return fresh
        content = fresh.content
        headers = {name: fresh[name] for name in KEPT_HEADERS if name in fresh}
        compressed = None
        if NONCE_PLACEHOLDER.encode() not in content and len(content) >= MIN_GZIP_BYTES:
            # Level 1: a 1,000-event page (about 0.9 MB) shrinks about 50 times in about
            # 1 ms; level 6 saves a further fifth and costs ten times as long.
            compressed = gzip.compress(content, compresslevel=1, mtime=0)
        entry = (content, headers, compressed)
        cache.set(key, entry, settings.PUBLIC_CACHE_SECONDS)

    content, headers, compressed = entry
    if compressed is not None and _accepts_gzip(request):
        response = HttpResponse(compressed, headers=headers)
        response["Content-Encoding"] = "gzip"
        response["ETag"] = f'"{digest}-gz"'
    else:
        response = HttpResponse(_fill(request, content), headers=headers)
        response["ETag"] = f'"{digest}"'
    # Revalidate every time: the ETag makes that a cheap 304.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ["HX-Request", "Accept-Encoding"])
    return response
