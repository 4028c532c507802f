"""Root URLconf. Each app owns its routes; this file only gives them their places.

- public:  read-only pages, exports and feeds (factcheck.urls_public + timeline.urls)
- editor:  the signed-in fact-checking workspace (factcheck.urls_editor + timeline.urls_editor)
"""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_GET

from factcheck import urls_editor, urls_public
from timeline import urls as timeline_urls
from timeline import urls_editor as timeline_urls_editor


@require_GET
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path(
        "editor/", include((urls_editor.urlpatterns + timeline_urls_editor.urlpatterns, "editor"))
    ),
    path("healthz", healthz, name="healthz"),
    path("", include((urls_public.urlpatterns + timeline_urls.urlpatterns, "public"))),
]
