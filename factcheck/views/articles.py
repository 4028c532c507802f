from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods, require_POST

from factcheck import selectors
from factcheck.forms import AddClaimForm, ArticleImportForm, add_service_errors
from factcheck.models import PUBLISH_PERMISSION, Article
from factcheck.services import article_import
from factcheck.views.cards import ClaimCard
from factcheck.workspace import render_page_or_partial, workspace_view

ARTICLE_TEMPLATE = "factcheck/editor/article.html"
IMPORT_TEMPLATE = "factcheck/editor/article_new.html"


def _get_article_for_user(request, pk: int) -> Article:
    """The article, if this user may see it; 404 otherwise (never 403 for drafts)."""
    return selectors.article_for_page(user=request.user, pk=pk)


def article_page_context(
    request, article: Article, *, add_form=None, cards=None, page_number=None
) -> dict:
    claims = list(article.claims.all())
    page = selectors.claims_page(claims, number=page_number or request.GET.get("claims"))
    # Plain forms on a card come back to the page that card is on.
    page_url = article.get_absolute_url()
    if page.number > 1:
        page_url += f"?claims={page.number}"
    timeline = getattr(article, "timeline", None)
    return {
        "article": article,
        "cards": cards
        if cards is not None
        else [ClaimCard(claim, next_url=f"{page_url}#claim-{claim.pk}") for claim in page],
        "claims_page": page,
        "pager_numbers": list(page.paginator.get_elided_page_range(page.number, on_each_side=2)),
        "claim_pages": selectors.claim_page_numbers(claims) if page.has_other_pages() else None,
        "counts": selectors.claim_counts(claims),
        "add_form": add_form or AddClaimForm(article=article),
        "can_publish": request.user.has_perm(PUBLISH_PERMISSION),
        "timeline": timeline,
    }


@require_http_methods(["GET", "POST"])
@workspace_view("factcheck.add_article")
def article_new(request):
    if request.method != "POST":
        form = ArticleImportForm()
        return render_page_or_partial(request, IMPORT_TEMPLATE, "import_form", {"form": form})
    form = ArticleImportForm(request.POST, request.FILES)
    article = _import(request, form)
    if isinstance(article, Article):
        return redirect(article)
    # The form (possibly a second-pass one holding the extracted text) with its errors.
    return render_page_or_partial(request, IMPORT_TEMPLATE, "import_form", {"form": article})


def _import(request, form: ArticleImportForm) -> Article | ArticleImportForm:
    """Read the source, then create the article; any step that fails returns the form
    with its message and everything typed (or extracted) kept."""
    if not form.is_valid():
        return form
    try:
        imported = article_import.read_source(**form.source_arguments())
    except article_import.ArticleSourceError as error:
        form.add_error(form.source_field, str(error))
        return form
    form = form.completed_with(imported)
    if not form.is_valid():
        return form
    data = form.cleaned_data
    duplicate = article_import.find_duplicate(body=data["text"])
    try:
        article = article_import.create_article(
            body=data["text"],
            title=data["title"],
            published_on=data["published_on"],
            outlet=data["outlet"],
            byline=data["byline"],
            url=data["url"].strip(),
            language=getattr(imported, "language", "") or "en",
            by=request.user,
            imported=imported,
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return form
    if duplicate is not None:
        messages.warning(
            request,
            format_html(
                'The same text was imported before as <a href="{}">{}</a>. '
                "Both are kept; delete one in the admin if it is a mistake.",
                duplicate.get_absolute_url(),
                duplicate.title,
            ),
        )
    else:
        messages.success(request, "Article imported. Review the suggested claims below.")
    return article


@require_http_methods(["GET"])
@workspace_view("factcheck.view_article")
def article(request, pk: int):
    article = _get_article_for_user(request, pk)
    # htmx asks only for another page of claims (the pager); the text stays as it is.
    return render_page_or_partial(
        request, ARTICLE_TEMPLATE, "claims_page", article_page_context(request, article)
    )


def _publish_response(request, article: Article, message: str):
    if request.htmx:
        timeline = getattr(article, "timeline", None)
        context = {"article": article, "can_publish": True, "timeline": timeline}
        return render_page_or_partial(request, ARTICLE_TEMPLATE, "publish_controls", context)
    messages.success(request, message)
    return redirect(article)


@require_POST
@workspace_view("factcheck.change_article")
def article_publish(request, pk: int):
    article = _get_article_for_user(request, pk)
    # Article.publish raises PermissionDenied (a 403) for users without the permission.
    article.publish(by=request.user)
    return _publish_response(
        request, article, "Published: the fact-check and its timeline are public."
    )


@require_POST
@workspace_view("factcheck.change_article")
def article_unpublish(request, pk: int):
    article = _get_article_for_user(request, pk)
    article.unpublish(by=request.user)
    return _publish_response(
        request, article, "Unpublished: the public no longer sees this article."
    )
