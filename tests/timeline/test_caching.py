import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from timeline import caching


class _Anonymous:
    is_authenticated = False


class _Signed:
    is_authenticated = True


def _request(user, **headers):
    from django.utils.csp import LazyNonce

    request = RequestFactory().get("/timelines/x/", headers=headers)
    request.user = user
    request.htmx = False
    request._csp_nonce = LazyNonce()
    return request


def _builder(calls):
    def build():
        calls.append(1)
        return HttpResponse(f"nonce={caching.NONCE_PLACEHOLDER} token={caching.CSRF_PLACEHOLDER}")

    return build


def test_an_anonymous_page_is_built_once_per_stamp_and_filled_per_request(db):
    calls = []
    first = caching.serve(_request(_Anonymous()), scope="t:1", stamp="a", build=_builder(calls))
    second = caching.serve(_request(_Anonymous()), scope="t:1", stamp="a", build=_builder(calls))
    changed = caching.serve(_request(_Anonymous()), scope="t:1", stamp="b", build=_builder(calls))

    assert len(calls) == 2
    assert first["ETag"] == second["ETag"] != changed["ETag"]
    assert caching.NONCE_PLACEHOLDER not in second.content.decode()
    assert first.content != second.content  # each response its own nonce and token


def test_a_matching_etag_gets_304_without_building(db):
    calls = []
    etag = caching.serve(_request(_Anonymous()), scope="t:1", stamp="a", build=_builder(calls))[
        "ETag"
    ]

    response = caching.serve(
        _request(_Anonymous(), **{"If-None-Match": etag}),
        scope="t:1",
        stamp="a",
        build=_builder(calls),
    )

    assert response.status_code == 304
    assert len(calls) == 1


def test_signed_in_users_are_never_served_from_the_cache(db):
    calls = []
    caching.serve(_request(_Signed()), scope="t:1", stamp="a", build=_builder(calls))
    response = caching.serve(_request(_Signed()), scope="t:1", stamp="a", build=_builder(calls))

    assert len(calls) == 2
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_an_error_response_is_not_cached():
    calls = []

    def failing():
        calls.append(1)
        return HttpResponse("nope", status=400)

    caching.serve(_request(_Anonymous()), scope="t:1", stamp="a", build=failing)
    caching.serve(_request(_Anonymous()), scope="t:1", stamp="a", build=failing)

    assert len(calls) == 2
