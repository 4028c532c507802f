"""Public fact-check routes (namespace `public`). The view lives with the other public
pages in timeline/views/public.py, so they share visibility rules and caching."""

from django.urls import path

from timeline.views import public

urlpatterns = [
    path("factchecks/<uslug:slug>/", public.article_page, name="article"),
]
