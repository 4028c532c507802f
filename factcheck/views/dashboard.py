from django.core.paginator import Paginator
from django.views.decorators.http import require_GET

from factcheck import selectors
from factcheck.forms import DashboardFilterForm
from factcheck.workspace import render_page_or_partial, workspace_view

ARTICLES_PER_PAGE = 25


@require_GET
@workspace_view("factcheck.view_article")
def dashboard(request):
    filters = DashboardFilterForm(request.GET)
    # A bad value in one filter (an old bookmark, a hand-typed URL) drops that filter
    # only: cleaned_data keeps the valid ones.
    filters.is_valid()
    criteria = filters.cleaned_data
    articles = selectors.dashboard_articles(
        query=criteria.get("q", ""),
        verdict=criteria.get("verdict", ""),
        outlet=criteria.get("outlet", ""),
        published=criteria.get("published", ""),
    ).defer("body")  # the table never shows the text, which may run to megabytes
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    for article in page.object_list:
        article.verdict_counts = selectors.verdict_counts(article)
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {
        "filters": filters,
        "page": page,
        "query_without_page": query_without_page.urlencode(),
    }
    if not request.htmx:
        # The side panels are not part of the htmx fragment: skip their queries.
        context |= {
            "outlets": selectors.outlets(),
            "awaiting": selectors.claims_awaiting_verdict(),
            "verdict_changes": selectors.recent_verdict_changes(),
            "imports": selectors.recent_imports(),
        }
    return render_page_or_partial(request, "factcheck/editor/dashboard.html", "results", context)
