import gzip

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.utils.csp import LazyNonce

from timeline import caching


class _Anonymous:
    is_authenticated = False


class _Signed:
    is_authenticated = True


def _request(user=None, **headers):
    request = RequestFactory().get("/timelines/x/", headers=headers)
    request.user = user or _Anonymous()
    request.htmx = False
    request._csp_nonce = LazyNonce()
    return request


def _builder(calls, body="<p>page</p>" * 200):
    def build():
        calls.append(1)
        return HttpResponse(body)

    return build


def test_an_anonymous_page_is_built_once_per_stamp(db):
    calls = []
    first = caching.serve(_request(), scope="t:1", stamp="a", build=_builder(calls))
    second = caching.serve(_request(), scope="t:1", stamp="a", build=_builder(calls))
    changed = caching.serve(_request(), scope="t:1", stamp="b", build=_builder(calls))

    assert len(calls) == 2
    assert first["ETag"] == second["ETag"] != changed["ETag"]
    assert first.content == second.content


def test_a_nonce_placeholder_is_filled_per_response(db):
    calls = []
    body = f'<script nonce="{caching.NONCE_PLACEHOLDER}"></script>'
    first = caching.serve(_request(), scope="a:1", stamp="a", build=_builder(calls, body))
    second = caching.serve(_request(), scope="a:1", stamp="a", build=_builder(calls, body))

    assert len(calls) == 1
    assert caching.NONCE_PLACEHOLDER not in second.content.decode()
    assert first.content != second.content


def test_a_page_is_sent_gzipped_to_clients_that_accept_it(db):
    calls = []
    caching.serve(_request(), scope="t:1", stamp="a", build=_builder(calls))

    response = caching.serve(
        _request(**{"Accept-Encoding": "gzip, br"}), scope="t:1", stamp="a", build=_builder(calls)
    )

    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == b"<p>page</p>" * 200
    assert "Accept-Encoding" in response["Vary"]
    assert response["ETag"].endswith('-gz"')


def test_a_matching_etag_gets_304_without_building(db):
    calls = []
    etag = caching.serve(_request(), scope="t:1", stamp="a", build=_builder(calls))["ETag"]

    response = caching.serve(
        _request(**{"If-None-Match": etag}), scope="t:1", stamp="a", build=_builder(calls)
    )

    assert response.status_code == 304
    assert len(calls) == 1


def test_signed_in_users_are_never_served_from_the_cache(db):
    calls = []
    caching.serve(_request(_Signed()), scope="t:1", stamp="a", build=_builder(calls))
    response = caching.serve(_request(_Signed()), scope="t:1", stamp="a", build=_builder(calls))

    assert len(calls) == 2
    assert "private" in response["Cache-Control"]


def test_an_error_response_is_not_cached(db):
    calls = []

    def failing():
        calls.append(1)
        return HttpResponse("nope", status=400)

    caching.serve(_request(), scope="t:1", stamp="a", build=failing)
    caching.serve(_request(), scope="t:1", stamp="a", build=failing)

    assert len(calls) == 2


@override_settings(PUBLIC_STAMP_SECONDS=60)
def test_the_stamp_is_memoised_for_anonymous_visitors_only(db):
    loads = []

    def load():
        loads.append(1)
        return "stamp"

    caching.memoised(_request(), "t", load)
    caching.memoised(_request(), "t", load)
    caching.memoised(_request(_Signed()), "t", load)

    assert len(loads) == 2


@override_settings(PUBLIC_STAMP_SECONDS=60)
def test_not_found_is_never_memoised(db):
    loads = []

    def load():
        loads.append(1)

    caching.memoised(_request(), "t", load)
    caching.memoised(_request(), "t", load)

    assert len(loads) == 2


@pytest.mark.parametrize("authenticated", [False, True])
def test_anonymous_pages_carry_no_csrf_token(authenticated):
    context = caching.page_context(_request(_Signed() if authenticated else _Anonymous()))

    assert ("csrf_token" in context) is not authenticated


def test_a_page_is_cached_per_host(db):
    # Pages and exports hold absolute URLs built from the request's host.
    calls = []
    first = caching.serve(_request(), scope="t:1", stamp="a", build=_builder(calls))
    other = caching.serve(
        _request(Host="localhost:8123"), scope="t:1", stamp="a", build=_builder(calls)
    )

    assert len(calls) == 2
    assert first["ETag"] != other["ETag"]
