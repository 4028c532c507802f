from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from factcheck.admin_forms import HouseAdminForm, TypedDateAdminForm
from factcheck.forms import statement_limit
from factcheck.models import Article, Claim, EditConflict, Source, Verdict


@admin.display(description="verdict", ordering="verdict")
def verdict_badge(claim):
    return format_html(
        '<span class="verdict verdict-{}">{}</span>', claim.verdict, claim.get_verdict_display()
    )


MAX_INLINE_CLAIMS = 200


class ClaimDateAdminForm(TypedDateAdminForm):
    """A claim's admin form, on its own page or in its article's claim list: a date typed
    as words is read against the publication date of the claim's article (in the list,
    the article as this same save leaves it)."""

    def date_anchor(self, cleaned: dict):
        article = cleaned.get("article") or (
            self.instance.article if self.instance.article_id else None
        )
        if article is None or article.published_on is None:
            return timezone.localdate()
        return article.published_on


class ClaimInline(admin.TabularInline):
    model = Claim
    form = ClaimDateAdminForm
    extra = 0
    fields = [
        "status",
        "quote",
        "start",
        "end",
        "statement",
        "date_text",
        "date_value",
        "precision",
        "verdict",
    ]
    # Verdicts change only through Claim.set_verdict (history + source rule), so here
    # they are read-only; open the claim to change it. A date is typed as words
    # (ClaimDateAdminForm) and read as on the claim's page: a value or precision typed
    # here alone would leave the bounds, and the event placed by them, elsewhere.
    readonly_fields = ["date_value", "precision", "verdict"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = HouseAdminForm
    list_display = ["title", "outlet", "published_on", "is_published", "claim_count"]
    list_filter = ["is_published", "outlet", "language"]
    search_fields = ["title", "outlet", "byline", "url"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["created_by"]
    readonly_fields = [
        "slug",
        "body_sha256",
        "published_at",
        "created_at",
        "updated_at",
        "claims_link",
    ]
    inlines = [ClaimInline]
    actions = ["publish", "unpublish"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_claim_total().defer("body")

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, article):
        return article.claim_total

    def get_inlines(self, request, obj):
        # Thousands of inline claim forms (a long article's suggestions) made a page of
        # tens of megabytes; past the limit the claims are reached through their own list.
        if obj is not None and obj.claims.count() > MAX_INLINE_CLAIMS:
            return []
        return super().get_inlines(request, obj)

    @admin.display(description="claims")
    def claims_link(self, article):
        url = reverse("admin:factcheck_claim_changelist") + f"?article__id__exact={article.pk}"
        return format_html(
            '<a href="{}">All {} claims of this article</a>', url, article.claims.count()
        )

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        from factcheck.services.articles import follow_article_details

        # The claim list first: a new publication date re-reads the claims' dates as
        # this save leaves them. Through the editor page's own service, in the admin
        # view's transaction: the claims and the timeline move with the article.
        super().save_related(request, form, formsets, change)
        if not change or not {"title", "published_on"} & set(form.changed_data):
            return
        update = follow_article_details(
            article=form.instance,
            by=request.user,
            old_title=form.initial["title"],
            old_anchor=form.initial["published_on"],
        )
        if report := update.dates_report():
            level = messages.WARNING if update.unreadable else messages.INFO
            self.message_user(request, " ".join(report), level)

    def changeform_view(self, request, *args, **kwargs):
        try:
            return super().changeform_view(request, *args, **kwargs)
        except ValidationError as error:
            # A claim that cannot take the date a new publication date gives it
            # (follow_article_details): the whole save is rolled back, as on the editor page.
            self.message_user(
                request, " ".join(error.messages) + " Nothing was saved.", messages.ERROR
            )
            return HttpResponseRedirect(request.get_full_path())
        except EditConflict as conflict:
            # A claim in the list saved by someone else between this form's read and its
            # save: the whole save is rolled back, as on the claim's own page.
            self.message_user(request, str(conflict) + " Nothing was overwritten.", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_formset(self, request, form, formset, change):
        from timeline.services.generation import sync_claim_event

        super().save_formset(request, form, formset, change)
        # A claim accepted, rejected or re-dated in this list moves its timeline event
        # as on its own page (ClaimAdmin.save_related), in the admin view's transaction.
        if formset.model is Claim:
            for claim in [*formset.new_objects, *(claim for claim, _ in formset.changed_objects)]:
                sync_claim_event(claim=claim)

    def _publish_many(self, request, queryset, method, done):
        try:
            for article in queryset:
                getattr(article, method)(by=request.user)
        except PermissionDenied as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        self.message_user(request, f"{queryset.count()} article(s) {done}.", messages.SUCCESS)

    @admin.action(description="Publish selected articles and their timelines")
    def publish(self, request, queryset):
        self._publish_many(request, queryset, "publish", "published")

    @admin.action(description="Unpublish selected articles and their timelines")
    def unpublish(self, request, queryset):
        self._publish_many(request, queryset, "unpublish", "unpublished")


class SourceInlineFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        # The claim form runs first and leaves the verdict it wants here: a verdict
        # other than unchecked may rely on sources added in this same submit.
        wanted = getattr(self.instance, "_pending_verdict", None)
        if wanted in (None, Verdict.UNCHECKED):
            return
        remaining = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk
            if not (self.can_delete and self._should_delete_form(form))
        ]
        if not remaining:
            raise ValidationError(
                "Add at least one source before giving a verdict other than “Unchecked”."
            )


class SourceInline(admin.StackedInline):
    model = Source
    form = HouseAdminForm
    formset = SourceInlineFormSet
    extra = 1
    fields = [
        ("url", "archive_url"),
        "citation",
        ("title", "publisher"),
        ("published_on", "accessed_on"),
        "excerpt",
        "stance",
    ]


class ClaimAdminForm(ClaimDateAdminForm):
    """Verdict and rationale are plain form fields: ClaimAdmin.save_related hands them
    to Claim.set_verdict once the inline sources are saved. `version` catches the
    second of two admins saving the same claim. The date as written is read as on the
    editor pages (ClaimDateAdminForm)."""

    new_verdict = forms.ChoiceField(label="Verdict", choices=Verdict.choices)
    new_verdict_note = forms.CharField(
        label="Rationale", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = [
            "article",
            "status",
            "statement",
            "quote",
            "start",
            "end",
            "date_text",
            "date_value",
            "earliest",
            "latest",
            "precision",
            "approximate",
            "created_by",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_verdict"].initial = self.instance.verdict
        self.fields["new_verdict_note"].initial = self.instance.verdict_note
        self.fields["seen_version"].initial = self.instance.version
        # The editor pages' limit, with its message (Claim.statement has none of its own).
        self.fields["statement"].validators.append(statement_limit)

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.instance.pk and seen is not None:
            current = Claim.objects.filter(pk=self.instance.pk).first()
            if current is not None and current.version != seen:
                # Saving again after reading the message is a deliberate overwrite.
                self.data = self.data.copy()
                self.data["seen_version"] = current.version
                raise ValidationError(conflict_message(current, cleaned))
            self.instance.version = seen
        self.instance._pending_verdict = cleaned.get("new_verdict")
        return cleaned


def conflict_message(current, submitted: dict) -> str:
    """Name each field where what is stored now differs from what this admin typed."""
    changed = []
    for field in current._meta.concrete_fields:
        if field.name not in submitted or field.name in {"version", "updated_at"}:
            continue
        stored = getattr(current, field.name)
        if stored != submitted[field.name]:
            changed.append(
                f"{field.verbose_name} is now “{stored}” (yours: “{submitted[field.name]}”)"
            )
    detail = "; ".join(changed) if changed else "its verdict or sources"
    return (
        "Someone else saved this claim after you opened it, so your changes were not "
        f"saved. What differs: {detail}. Your input is kept below; save again to "
        "replace their version with yours."
    )


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "__str__",
        "article",
        "date_value",
        "precision",
        "status",
        verdict_badge,
        "reviewed_at",
    ]
    list_filter = [
        "verdict",
        "status",
        "precision",
        "approximate",
        "article__outlet",
        "article__is_published",
    ]
    search_fields = ["statement", "quote", "article__title", "date_text"]
    date_hierarchy = "earliest"
    list_select_related = ["article"]
    autocomplete_fields = ["article", "created_by"]
    readonly_fields = [
        "reviewed_by",
        "reviewed_at",
        "version",
        "created_at",
        "updated_at",
        "verdict_history",
    ]
    inlines = [SourceInline]
    actions = [f"mark_{verdict.value}" for verdict in Verdict]
    fieldsets = [
        (None, {"fields": ["article", "status", "statement", ("quote", "start", "end")]}),
        (
            "Date",
            {
                "fields": [
                    "date_text",
                    "date_value",
                    ("earliest", "latest"),
                    ("precision", "approximate"),
                ]
            },
        ),
        (
            "Verdict",
            {
                "fields": [
                    "new_verdict",
                    "new_verdict_note",
                    ("reviewed_by", "reviewed_at"),
                    "verdict_history",
                ]
            },
        ),
        (
            "Record",
            {"fields": ["seen_version", "version", "created_by", "created_at", "updated_at"]},
        ),
    ]

    def get_queryset(self, request):
        # The list shows each claim's article by its title; its body can run to megabytes,
        # and sorting a page (?o=...) by any column made the database carry every row's
        # body through the sort: 30 s and more with one 10,000-claim article.
        return super().get_queryset(request).select_related("article").defer("article__body")

    @admin.display(description="verdict history")
    def verdict_history(self, claim):
        if not claim.pk:
            return "—"
        rows = [
            (
                date_filter(change.at, "Y-m-d H:i"),
                change.by or "—",
                change.before_label or "—",
                change.after_label,
                change.note or "—",
                len(change.sources),
            )
            for change in claim.verdict_changes()
        ]
        if not rows:
            return "No verdict yet."
        return format_html(
            "<table><tr><th>When</th><th>Who</th><th>From</th><th>To</th><th>Why</th>"
            "<th>Sources</th></tr>{}</table>",
            format_html_join(
                "",
                "<tr>{}</tr>",
                ((format_html_join("", "<td>{}</td>", ((cell,) for cell in row)),) for row in rows),
            ),
        )

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # A past version is for reading. simple-history's view would save a POST even
        # with reverting disabled (the setting only hides the button): an unrecorded
        # rewrite of the claim from an old copy, so only GET gets through.
        if request.method != "GET":
            raise PermissionDenied("Past versions of a claim are read-only.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_related(self, request, form, formsets, change):
        from timeline.services.generation import sync_claim_event

        super().save_related(request, form, formsets, change)
        claim = form.instance
        verdict, note = form.cleaned_data["new_verdict"], form.cleaned_data["new_verdict_note"]
        if verdict != claim.verdict or note != claim.verdict_note:
            claim.refresh_from_db()
            claim.set_verdict(verdict, by=request.user, note=note)
        # The timeline mirrors accepted dated claims, whoever changes them (the admin
        # view's transaction holds this with the save).
        sync_claim_event(claim=claim)

    def changeform_view(self, request, *args, **kwargs):
        try:
            return super().changeform_view(request, *args, **kwargs)
        except EditConflict as conflict:
            # Lost the race between the form's version check and the save itself.
            self.message_user(request, str(conflict) + " Nothing was overwritten.", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def _bulk_verdict(self, request, queryset, verdict):
        done, refused = 0, []
        for claim in queryset:
            try:
                claim.set_verdict(
                    verdict, by=request.user, note=claim.verdict_note or f"Bulk: {verdict.label}"
                )
                done += 1
            except (ValidationError, EditConflict) as error:
                refused.append(f"“{claim}”: {'; '.join(getattr(error, 'messages', [str(error)]))}")
        if done:
            self.message_user(
                request, f"{done} claim(s) marked {verdict.label.lower()}.", messages.SUCCESS
            )
        for reason in refused:
            self.message_user(request, f"Not changed: {reason}", messages.ERROR)


def _make_bulk_action(verdict):
    def action(modeladmin, request, queryset):
        modeladmin._bulk_verdict(request, queryset, verdict)

    action.__name__ = f"mark_{verdict.value}"
    return admin.action(description=f"Mark selected claims {verdict.label.lower()}")(action)


for _verdict in Verdict:
    setattr(ClaimAdmin, f"mark_{_verdict.value}", _make_bulk_action(_verdict))


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = HouseAdminForm
    list_display = ["__str__", "claim", "stance", "publisher", "published_on", "accessed_on"]
    list_filter = ["stance", "publisher"]
    search_fields = ["title", "url", "citation", "publisher", "excerpt"]
    list_select_related = ["claim"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["claim", "added_by"]
