import pytest

from tests import factories

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def outsider(db):
    """Signed in, but in neither newsroom group: a reader with an account."""
    return factories.UserFactory(username="olga")


@pytest.fixture
def outsider_client(outsider, client):
    client.force_login(outsider)
    return client
