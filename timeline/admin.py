from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError

from timeline.models import Event, MergeProposal, Timeline
from timeline.services import merging


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["headline", "date_value", "precision", "approximate", "earliest", "merged_into"]
    list_filter = ["precision", "approximate", "timelines"]
    search_fields = ["headline", "description", "date_text"]
    date_hierarchy = "earliest"
    autocomplete_fields = ["claims"]
    readonly_fields = ["merged_into"]


@admin.register(Timeline)
class TimelineAdmin(admin.ModelAdmin):
    """Curated (topic) timelines are built here: pick events from any article."""

    list_display = ["title", "slug", "is_published", "article", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "description", "slug"]
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["events", "article", "created_by"]


def _run(modeladmin, request, queryset, service, done: str):
    for proposal in queryset:
        try:
            service(proposal=proposal, by=request.user)
        except (ValidationError, PermissionDenied) as error:
            messages.error(
                request, f"{proposal}: {' '.join(getattr(error, 'messages', [str(error)]))}"
            )
        else:
            messages.success(request, f"{proposal}: {done}")


@admin.register(MergeProposal)
class MergeProposalAdmin(admin.ModelAdmin):
    """The merge log. Decisions go through the services (logged, reversible), never by
    editing the row."""

    list_display = [
        "merged",
        "kept",
        "similarity",
        "status",
        "decided_by",
        "decided_at",
        "undone_by",
    ]
    list_filter = ["status"]
    search_fields = ["kept__headline", "merged__headline"]
    readonly_fields = [
        "status",
        "moved_claim_ids",
        "moved_timeline_ids",
        "kept_added_timeline_ids",
        "decided_by",
        "decided_at",
        "undone_by",
        "undone_at",
        "created_at",
    ]
    autocomplete_fields = ["kept", "merged"]
    actions = ["confirm", "dismiss", "undo"]

    @admin.action(description="Confirm the selected merges")
    def confirm(self, request, queryset):
        _run(self, request, queryset, merging.confirm_merge, "merged.")

    @admin.action(description="Dismiss the selected proposals")
    def dismiss(self, request, queryset):
        _run(self, request, queryset, merging.dismiss_merge, "dismissed.")

    @admin.action(description="Undo the selected merges")
    def undo(self, request, queryset):
        _run(self, request, queryset, merging.undo_merge, "undone.")
