"""Editing an article's details after import (title, outlet, byline, URL, date)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from factcheck.forms import ArticleDetailsForm, add_service_errors
from factcheck.models import Article, EditConflict
from factcheck.services.articles import DETAIL_FIELDS, DetailsUpdate, update_article_details
from factcheck.workspace import workspace_view

EDIT_TEMPLATE = "factcheck/editor/article_edit.html"


def _article_with_timeline(request, pk: int) -> Article:
    """The article, if this user may see it; 404 otherwise (never 403 for drafts)."""
    return get_object_or_404(
        Article.objects.visible_to(request.user).select_related("timeline"), pk=pk
    )


@require_http_methods(["GET", "POST"])
@workspace_view("factcheck.change_article")
def article_edit(request, pk: int):
    article = _article_with_timeline(request, pk)
    if request.method != "POST":
        form = ArticleDetailsForm(article=article)
        return render(request, EDIT_TEMPLATE, {"article": article, "form": form})
    form = ArticleDetailsForm(request.POST, article=article)
    conflict = None
    if form.is_valid():
        try:
            update = update_article_details(
                article=article, by=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            article.refresh_from_db()
            add_service_errors(form, error)
        except EditConflict as error:
            article = error.current
            conflict = _changes(article, form.cleaned_data)
            # The editor's typing stays; saving again, having seen the changes, wins.
            data = request.POST.copy()
            data["seen_updated_at"] = article.updated_at.isoformat()
            form = ArticleDetailsForm(data, article=article)
            form.is_valid()
            form.add_error(None, str(error))
        else:
            messages.success(request, _report(update))
            return redirect(update.article)
    return render(request, EDIT_TEMPLATE, {"article": article, "form": form, "conflict": conflict})


def _changes(current: Article, typed: dict) -> list[dict]:
    """What the other editor saved, field by field, beside what this editor typed."""
    rows = []
    for name in DETAIL_FIELDS:
        label = ArticleDetailsForm.base_fields[name].label
        rows.append(
            {"label": label, "current": getattr(current, name), "yours": typed.get(name, "")}
        )
    return [row for row in rows if row["current"] != row["yours"]]


def _report(update: DetailsUpdate) -> str:
    return " ".join(["Article details saved.", *update.dates_report()])
