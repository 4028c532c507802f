"""Guards over the whole project: production settings pass Django's deploy checks,
and models and migrations agree."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


# The test run's own switches must not reach a production-like subprocess: the
# browser tests, for one, allow async-unsafe ORM calls, which `check --deploy` flags.
TEST_ONLY_ENV = {"TESTING", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def _clean_env():
    return {k: v for k, v in os.environ.items() if k not in TEST_ONLY_ENV}


def _manage(*args, **env_overrides):
    env = _clean_env()
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def _production_env(tmp_path):
    return {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "factcheck.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }


def test_production_settings_pass_the_deploy_checks(tmp_path):
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **_production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_sends_strict_security_headers(tmp_path):
    script = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.X_FRAME_OPTIONS, s.SECURE_REFERRER_POLICY, 'unsafe-inline' in str(s.SECURE_CSP['script-src']))"
    )
    result = _manage("shell", "--no-imports", "-c", script, **_production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    hsts, session_secure, csrf_secure, frames, referrer, unsafe = result.stdout.split()
    assert int(hsts) >= 31_536_000
    assert (session_secure, csrf_secure, frames, unsafe) == ("True", "True", "DENY", "False")
    assert referrer == "strict-origin-when-cross-origin"


def test_serving_without_a_secret_key_is_refused(tmp_path):
    env = _production_env(tmp_path)
    del env["SECRET_KEY"]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"TESTING", "DJANGO_SETTINGS_MODULE", "SECRET_KEY"}
    } | env
    result = subprocess.run(
        [sys.executable, "-c", "import factcheck.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_a_malformed_boolean_setting_fails_loudly(tmp_path):
    result = _manage("check", **(_production_env(tmp_path) | {"DEBUG": "maybe"}))
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


@pytest.mark.django_db
def test_there_are_no_pending_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
