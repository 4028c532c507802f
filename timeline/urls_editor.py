"""Editor routes for timelines (namespace `editor`, under /editor/)."""

from django.urls import path

from timeline.views import curation, editor

urlpatterns = [
    path("merges/", editor.merge_proposals, name="merge_proposals"),
    path("merges/find/", editor.merge_find, name="merge_find"),
    path("merges/<int:pk>/confirm/", editor.merge_confirm, name="merge_confirm"),
    path("merges/<int:pk>/dismiss/", editor.merge_dismiss, name="merge_dismiss"),
    path("merges/<int:pk>/undo/", editor.merge_undo, name="merge_undo"),
    path("timelines/", curation.curated_timelines, name="curated_timelines"),
    path("timelines/<int:pk>/", curation.curated_timeline, name="curated_timeline"),
    path("timelines/<int:pk>/add/", curation.curated_add, name="curated_add"),
    path("timelines/<int:pk>/remove/", curation.curated_remove, name="curated_remove"),
    path("timelines/<int:pk>/publish/", curation.curated_publish, name="curated_publish"),
]
