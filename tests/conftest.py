"""Personas and factories for every test. A persona is a fixture named after who is
using the app: `anonymous`, `editor`, `other_editor`, `reviewer`, `admin_user`; each
`*_client` fixture is a test client signed in as that persona."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests import factories


@pytest.fixture(autouse=True)
def _empty_cache():
    # Public pages are cached; a test must never see another test's pages.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(db):
    return factories.EditorFactory(username="edna")


@pytest.fixture
def other_editor(db):
    return factories.EditorFactory(username="otto")


@pytest.fixture
def reviewer(db):
    return factories.ReviewerFactory(username="rhea")


@pytest.fixture
def admin_user(db):
    return factories.UserFactory(username="ada", is_staff=True, is_superuser=True)


def _client_for(user) -> Client:
    client = Client()
    # force_login: the password check (and django-axes) are tested on their own.
    client.force_login(user)
    return client


@pytest.fixture
def anonymous():
    return Client()


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def other_editor_client(other_editor):
    return _client_for(other_editor)


@pytest.fixture
def reviewer_client(reviewer):
    return _client_for(reviewer)


@pytest.fixture
def admin_client(admin_user):
    return _client_for(admin_user)


@pytest.fixture
def article_factory(db):
    return factories.ArticleFactory


@pytest.fixture
def claim_factory(db):
    return factories.ClaimFactory


@pytest.fixture
def source_factory(db):
    return factories.SourceFactory


@pytest.fixture
def event_factory(db):
    return factories.EventFactory


@pytest.fixture
def timeline_factory(db):
    return factories.TimelineFactory


@pytest.fixture
def article(db, editor):
    return factories.ArticleFactory(created_by=editor)


@pytest.fixture
def claim(db, article):
    return factories.ClaimFactory(article=article)
