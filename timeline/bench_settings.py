"""Settings for `python -m timeline.bench`: production settings (DEBUG off, CSP,
whitenoise) on a throwaway SQLite database, served over plain HTTP on 127.0.0.1.

The bench sets DATABASE_URL and SECRET_KEY in the environment before Django reads this."""

import os

os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from factcheck.settings import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
# No collectstatic for a throwaway run: plain storage, so {% static %} needs no manifest.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The cold run asks for distinct URLs; a small cache keeps each worker's memory bounded.
if "RedisCache" not in CACHES["default"]["BACKEND"]:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 50},
        }
    }
# How long the public memoises a timeline's change stamp (timeline.caching); the bench's
# --stamp-seconds 0 measures "cold" with the stamp query on every request too.
PUBLIC_STAMP_SECONDS = float(os.environ.get("PUBLIC_STAMP_SECONDS", "2"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
