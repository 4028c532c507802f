"""The signed-in workspace, namespace `editor` (see factcheck/urls.py)."""

from django.urls import path

from factcheck.views import article_details, articles, claims, dashboard, sources

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("articles/new/", articles.article_new, name="article_new"),
    path("articles/<int:pk>/", articles.article, name="article"),
    path("articles/<int:pk>/edit/", article_details.article_edit, name="article_edit"),
    path("articles/<int:pk>/publish/", articles.article_publish, name="article_publish"),
    path("articles/<int:pk>/unpublish/", articles.article_unpublish, name="article_unpublish"),
    path("articles/<int:pk>/claims/add/", claims.claim_add, name="claim_add"),
    path("claims/<int:pk>/", claims.claim, name="claim"),
    path("claims/<int:pk>/accept/", claims.claim_accept, name="claim_accept"),
    path("claims/<int:pk>/reject/", claims.claim_reject, name="claim_reject"),
    path("claims/<int:pk>/edit/", claims.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/verdict/", claims.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/sources/add/", sources.source_add, name="source_add"),
]
