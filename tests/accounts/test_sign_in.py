"""Sign-in and sign-out through Django's auth views, throttled by django-axes."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def _attempt(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_the_sign_in_page_renders_with_labelled_fields(anonymous):
    response = anonymous.get(reverse("login"))
    assert response.status_code == 200
    assert '<label for="id_username">' in response.text
    assert '<label for="id_password">' in response.text
    assert response.text.count("<h1") == 1
    # Not the request's host name, which the auth views pass as site_name.
    assert "<title>Sign in · Fact desk</title>" in response.text


def test_an_editor_signs_in_and_lands_on_the_dashboard(anonymous, editor):
    response = _attempt(anonymous, editor.username, PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse("editor:dashboard")


def test_a_wrong_password_gets_a_clear_message_and_keeps_the_username(anonymous, editor):
    response = _attempt(anonymous, editor.username, "wrong")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.text
    assert f'value="{editor.username}"' in response.text


def test_repeated_failures_lock_that_username_from_that_address(anonymous, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _attempt(anonymous, editor.username, "wrong")
    locked = _attempt(anonymous, editor.username, PASSWORD)
    assert locked.status_code == 429
    assert "paused for 15 minutes" in locked.text
    assert AccessAttempt.objects.filter(username=editor.username).exists()


def test_the_lock_is_for_one_username_not_the_whole_newsroom(
    anonymous, editor, other_editor, settings
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _attempt(anonymous, editor.username, "wrong")
    colleague = _attempt(Client(), other_editor.username, PASSWORD)
    assert colleague.status_code == 302


def test_the_lock_cools_off_rather_than_lasting_forever(settings):
    assert settings.AXES_COOLOFF_TIME and settings.AXES_COOLOFF_TIME > 0


def test_signing_out_needs_a_post_and_ends_the_session(editor_client):
    response = editor_client.post(reverse("logout"))
    assert response.status_code in {200, 302}
    assert "_auth_user_id" not in editor_client.session


def test_an_empty_password_gets_a_message_next_to_its_field(anonymous, editor):
    # Browsers that ignore `required` (or a client without them) post it empty.
    response = anonymous.post(reverse("login"), {"username": editor.username, "password": ""})
    assert response.status_code == 200
    assert 'id="id_password_error" role="alert">This field is required.' in response.text
    assert 'aria-describedby="id_password_error"' in response.text
    assert f'value="{editor.username}"' in response.text
