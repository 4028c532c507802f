import datetime

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from factcheck.admin_forms import HouseAdminForm, TypedDateAdminForm
from factcheck.models import DATE_FIELDS
from timeline.models import Event, MergeProposal, MergeStatus, Timeline
from timeline.services import curation, merging


class EventAdminForm(TypedDateAdminForm):
    class Meta:
        model = Event
        fields = ["headline", "description", "claims", *DATE_FIELDS]
        help_texts = {
            "date_text": (
                'For example "May 2011" or "last September": it sets the value, bounds '
                "and precision below. Leave it empty to enter those yourself."
            )
        }

    def date_anchor(self, cleaned: dict) -> datetime.date:
        """What relative dates ("last September") count from: the publication date of
        the event's article (its article timeline, else the article of a claim chosen
        in the form), as the article's own dates do; else today."""
        claims = cleaned.get("claims")
        if self.instance.pk:
            timeline = (
                self.instance.timelines.filter(article__isnull=False)
                .select_related("article")
                .order_by("pk")
                .first()
            )
            if timeline is not None:
                return timeline.article.published_on
        claim = None
        if claims is not None:
            claim = claims.select_related("article").order_by("pk").first()
        return claim.article.published_on if claim is not None else timezone.localdate()


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventAdminForm
    list_display = ["headline", "date_value", "precision", "approximate", "earliest", "merged_into"]
    list_filter = ["precision", "approximate", "timelines"]
    search_fields = ["headline", "description", "date_text"]
    date_hierarchy = "earliest"
    autocomplete_fields = ["claims"]
    readonly_fields = ["merged_into"]

    def get_readonly_fields(self, request, obj=None):
        # An event of one claim takes that claim's date at every change of the claim
        # (timeline.services.generation): a date typed here would be lost without a
        # word, so it is shown, with the claim to change instead.
        if obj is not None and obj.claims.count() == 1:
            return [*self.readonly_fields, "date_follows_claim", *DATE_FIELDS]
        return self.readonly_fields

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # The timeline form's event picker offers only the events it may take
        # (TimelineAdminForm.clean_events says why the others are refused).
        if (request.GET.get("model_name"), request.GET.get("field_name")) == ("timeline", "events"):
            queryset = queryset.live().shown()
        return queryset, may_have_duplicates

    @admin.display(description="date")
    def date_follows_claim(self, event):
        claim = event.claims.get()
        url = reverse("admin:factcheck_claim_change", args=[claim.pk])
        return format_html(
            'This event takes its date from its one claim: change the date <a href="{}">on '
            "the claim</a>.",
            url,
        )


class TimelineAdminForm(HouseAdminForm):
    class Meta:
        model = Timeline
        fields = "__all__"

    def clean_events(self):
        """An event new to the timeline follows the editor pages' rule (curation.sort_out):
        one merged away or with no accepted, dated claim is refused, naming what to do.
        Events already on it stay, whatever became of them since."""
        events = self.cleaned_data["events"]
        present = (
            set(self.instance.events.values_list("pk", flat=True)) if self.instance.pk else set()
        )
        _, stand_ins, hidden = curation.sort_out(
            [event for event in events if event.pk not in present]
        )
        errors = [
            f"“{asked}” was merged into “{standing}”, which holds its claims now: "
            "choose that event instead."
            for asked, standing in stand_ins
        ]
        errors += [
            f"“{event}” has no accepted, dated claim, so no reader may see it: "
            "accept one of its claims first."
            for event in hidden
        ]
        if errors:
            raise ValidationError(errors)
        return events


@admin.register(Timeline)
class TimelineAdmin(admin.ModelAdmin):
    """Curated (topic) timelines are built here: pick events from any article."""

    form = TimelineAdminForm
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

    form = HouseAdminForm
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

    def get_readonly_fields(self, request, obj=None):
        # Once decided, the row is the log undo works from: another event typed in
        # here would have undo move claims out of an event that never took them.
        if obj is not None and obj.status != MergeStatus.PROPOSED:
            return ["kept", "merged", "similarity", *self.readonly_fields]
        return self.readonly_fields

    @admin.action(description="Confirm the selected merges")
    def confirm(self, request, queryset):
        _run(self, request, queryset, merging.confirm_merge, "merged.")

    @admin.action(description="Dismiss the selected proposals")
    def dismiss(self, request, queryset):
        _run(self, request, queryset, merging.dismiss_merge, "dismissed.")

    @admin.action(description="Undo the selected merges")
    def undo(self, request, queryset):
        _run(self, request, queryset, merging.undo_merge, "undone.")
