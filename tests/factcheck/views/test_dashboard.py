import pytest
from django.urls import reverse

from factcheck.models import ClaimStatus
from factcheck.views.dashboard import ARTICLES_PER_PAGE
from tests import factories
from tests.factcheck.views.conftest import HTMX

URL = reverse("editor:dashboard")


def _verify(claim, user):
    factories.SourceFactory(claim=claim)
    claim.set_verdict("verified", by=user, note="Minutes confirm it.")


def test_it_lists_articles_with_claim_counts_by_verdict(editor_client, editor, article):
    verified = factories.ClaimFactory(article=article)
    _verify(verified, editor)
    factories.ClaimFactory(article=article)  # accepted, unchecked
    factories.ClaimFactory(article=article, status=ClaimStatus.SUGGESTED)
    response = editor_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert article.title in html
    assert '<span class="verdict verdict-verified">Verified 1</span>' in html
    assert '<span class="verdict verdict-unchecked">Unchecked 1</span>' in html
    assert "1 to review" in html


def test_it_shows_claims_waiting_for_a_verdict_and_recent_activity(editor_client, editor, article):
    factories.ClaimFactory(article=article, statement="Waiting for its verdict")
    checked = factories.ClaimFactory(article=article, statement="Checked against the minutes")
    _verify(checked, editor)
    html = editor_client.get(URL).content.decode()
    waiting_section = html.split('id="awaiting-heading"')[1].split("</section>")[0]
    assert "Waiting for its verdict" in waiting_section
    assert "Checked against the minutes" not in waiting_section
    activity = html.split('id="activity-heading"')[1].split("</aside>")[0]
    assert "Checked against the minutes" in activity
    assert "by edna" in activity
    assert article.title in activity  # the import


def test_it_filters_by_verdict_outlet_state_and_search(editor_client, editor):
    checked = factories.ArticleFactory(title="Bridge vote", outlet="Gazette")
    _verify(factories.ClaimFactory(article=checked), editor)
    factories.ArticleFactory(title="Harbour plan", outlet="Herald", is_published=True)

    def titles(**query):
        html = editor_client.get(URL, query).content.decode()
        results = html.split('id="results"')[1].split("</section>")[0]
        return {title for title in ("Bridge vote", "Harbour plan") if title in results}

    assert titles() == {"Bridge vote", "Harbour plan"}
    assert titles(verdict="verified") == {"Bridge vote"}
    assert titles(outlet="herald") == {"Harbour plan"}
    assert titles(published="yes") == {"Harbour plan"}
    assert titles(published="no") == {"Bridge vote"}
    assert titles(q="gazette") == {"Bridge vote"}
    assert titles(q="harbour") == {"Harbour plan"}


def test_it_paginates_25_articles_a_page(editor_client):
    factories.ArticleFactory.create_batch(ARTICLES_PER_PAGE + 1)
    first = editor_client.get(URL).content.decode()
    assert first.count("<tr>") == ARTICLES_PER_PAGE + 1  # with the header row
    assert "Page 1 of 2" in first
    second = editor_client.get(URL, {"page": 2}).content.decode()
    assert second.count("<tr>") == 2


def test_it_keeps_the_filters_in_page_links(editor_client):
    factories.ArticleFactory.create_batch(ARTICLES_PER_PAGE + 1, outlet="Gazette")
    html = editor_client.get(URL, {"outlet": "Gazette"}).content.decode()
    assert "?outlet=Gazette&amp;page=2" in html


def test_it_answers_htmx_with_the_results_only(editor_client, article):
    response = editor_client.get(URL, {"q": article.title}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="results"')
    assert article.title in html
    assert "<html" in editor_client.get(URL, {"q": article.title}).content.decode()


def test_it_ignores_an_unknown_verdict_but_keeps_the_other_filters(editor_client):
    factories.ArticleFactory(title="Bridge vote")
    factories.ArticleFactory(title="Harbour plan")
    response = editor_client.get(URL, {"verdict": "nonsense", "q": "bridge", "page": "x"})
    results = response.content.decode().split('id="results"')[1].split("</section>")[0]
    assert response.status_code == 200
    assert "Bridge vote" in results
    assert "Harbour plan" not in results


def test_it_says_which_filter_it_left_out(editor_client):
    response = editor_client.get(URL, {"verdict": "nonsense", "q": "bridge"}, **HTMX)
    html = response.content.decode()
    # In the htmx fragment too, so a filter changed in place explains itself.
    assert "<html" not in html
    assert "Has a claim rated: Select a valid choice." in html
    assert "This filter was left out." in html


def test_it_says_nothing_about_filters_that_are_fine(editor_client):
    response = editor_client.get(URL, {"verdict": "verified"})
    assert "This filter was left out." not in response.content.decode()


def test_it_labels_every_filter(editor_client):
    html = editor_client.get(URL).content.decode()
    for field_id in ("filter-q", "filter-verdict", "filter-outlet", "filter-published"):
        assert f'for="{field_id}"' in html
        assert f'id="{field_id}"' in html


@pytest.mark.parametrize("claims", [1, 50])
def test_it_runs_a_constant_number_of_queries(
    editor_client, editor, django_assert_num_queries, claims
):
    # 1 and 50 claims (and as many articles as it takes, 5 claims each), some checked.
    for number in range(claims):
        if number % 5 == 0:
            article = factories.ArticleFactory()
        claim = factories.ClaimFactory(article=article)
        if number % 2 == 0:
            _verify(claim, editor)
    # 1 session, 2 user, 3-4 the user's permissions (user, group), 5 paginator count,
    # 6 the page of articles with counts, 7 outlets, 8 claims awaiting a verdict,
    # 9 recent verdict changes (history with users), 10 recent imports.
    with django_assert_num_queries(10):
        response = editor_client.get(URL)
    assert response.status_code == 200


def test_its_count_query_leaves_the_article_text_out(editor_client, editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = factories.ArticleFactory(title="Long read")
    factories.ClaimFactory(article=article)
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(URL)
    assert response.status_code == 200
    counting = [query["sql"] for query in queries if "COUNT(" in query["sql"].upper()]
    assert counting
    # Grouping by the text multiplies it by the number of claims: gigabytes for one
    # long article on SQLite.
    for sql in counting:
        assert '"factcheck_article"."body"' not in sql
