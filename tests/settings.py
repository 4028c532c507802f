"""The test override: the real settings with a fast password hasher and test mode on."""

import os

os.environ.setdefault("TESTING", "1")

from factcheck.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Browser tests serve pages from 127.0.0.1 and import from a local server.
ARTICLE_FETCH_ALLOW_PRIVATE = True
# Keep test output to what matters: django-axes logs every sign-in at INFO.
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
