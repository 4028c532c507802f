"""Public routes (namespace `public`, mounted at the site root)."""

from django.urls import path

from timeline.views import exports, feeds, public

urlpatterns = [
    path("", public.home, name="home"),
    path("timelines/<uslug:slug>/", public.timeline_page, name="timeline"),
    path("timelines/<uslug:slug>/embed/", public.timeline_embed, name="timeline_embed"),
    path(
        "timelines/<uslug:slug>/timelinejs.json",
        exports.timeline_timelinejs,
        name="timeline_timelinejs",
    ),
    path("timelines/<uslug:slug>/data.json", exports.timeline_json_export, name="timeline_json"),
    path("timelines/<uslug:slug>/data.csv", exports.timeline_csv_export, name="timeline_csv"),
    path("timelines/<uslug:slug>/calendar.ics", exports.timeline_ics_export, name="timeline_ics"),
    path("feeds/verdicts.atom", feeds.VerdictsFeed(), name="verdicts_feed"),
]
