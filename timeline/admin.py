from django.contrib import admin

from timeline.models import Event, Timeline


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["headline", "date_value", "precision", "approximate", "earliest"]
    list_filter = ["precision", "approximate", "timelines"]
    search_fields = ["headline", "description", "date_text"]
    date_hierarchy = "earliest"
    autocomplete_fields = ["claims"]


@admin.register(Timeline)
class TimelineAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "is_published", "article", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "description", "slug"]
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["events", "article", "created_by"]
