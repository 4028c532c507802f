"""Caching for the public pages.

A page is cached under a key made of its scope (which timeline or article), a change
stamp (see timeline.selectors: newest updated_at and row counts of everything shown,
read in the same query that loads the timeline or article) and the request's path,
query string and htmx flag. Any edit moves the stamp, so stale entries are simply never
asked for again and expire on their own (settings.PUBLIC_CACHE_SECONDS). The same stamp
makes the ETag, so a repeat visit with If-None-Match gets a 304 without rendering.

Only anonymous visitors are served from the cache: signed-in pages name the user and
may show drafts. The per-request CSP nonce and CSRF token are stored as placeholders
and filled in for each response, so a cached page never carries someone else's."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

NONCE_PLACEHOLDER = "__CSP_NONCE_PLACEHOLDER__"
CSRF_PLACEHOLDER = "__CSRF_TOKEN_PLACEHOLDER__"
KEY_PREFIX = "public-page"
# The headers a cached response keeps (exports name their file and allow any origin).
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Access-Control-Allow-Origin")


def placeholder_context() -> dict:
    """Context for a cacheable render: overrides the context processors' values."""
    return {"csp_nonce": NONCE_PLACEHOLDER, "csrf_token": CSRF_PLACEHOLDER}


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _fill(request, content: str) -> str:
    if NONCE_PLACEHOLDER in content:
        # Reading the lazy nonce makes the CSP middleware put it in the header.
        content = content.replace(NONCE_PLACEHOLDER, str(request._csp_nonce))
    if CSRF_PLACEHOLDER in content:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request))
    return content


def serve(request, *, scope: str, stamp: str, build) -> HttpResponse:
    """Return the page for `scope` at `stamp`: 304, a cache hit, or `build()` (a function
    returning an HttpResponse rendered with placeholder_context())."""
    variant = "htmx" if getattr(request, "htmx", False) else "page"
    etag = f'"{_digest(scope, stamp, request.get_full_path(), variant)}"'
    if request.user.is_authenticated:
        response = build()
        response.content = _fill(request, response.content.decode()).encode()
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["HX-Request", "Cookie"])
        return response

    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        patch_vary_headers(not_modified, ["HX-Request"])
        return not_modified

    key = f"{KEY_PREFIX}:{etag.strip(chr(34))}"
    entry = cache.get(key)
    if entry is None:
        fresh = build()
        if fresh.status_code != 200:
            return fresh
        headers = {name: fresh[name] for name in KEPT_HEADERS if name in fresh}
        entry = (fresh.content.decode(), headers)
        cache.set(key, entry, settings.PUBLIC_CACHE_SECONDS)
    content, headers = entry
    response = HttpResponse(_fill(request, content), headers=headers)
    response["ETag"] = etag
    # Revalidate every time: the ETag makes that a cheap 304.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ["HX-Request"])
    return response
