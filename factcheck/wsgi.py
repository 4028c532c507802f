import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
application = get_wsgi_application()

if not settings.DEBUG and not settings.SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable before serving.")
