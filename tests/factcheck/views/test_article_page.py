import datetime

import pytest
from django.urls import reverse

from factcheck.models import ClaimStatus, Precision
from tests import factories
from tests.factcheck.views.conftest import HTMX


def _url(article):
    return reverse("editor:article", args=[article.pk])


def test_it_highlights_every_date_mention_with_its_date_in_words(editor_client, article):
    html = editor_client.get(_url(article)).content.decode()
    start = article.body.index("May 18")
    assert html.count('class="date-mention"') == 3
    assert (
        '<mark class="date-mention" tabindex="0" title="May 18, 2011" data-date="May 18, 2011" '
        f'data-value="2011-05-18" data-start="{start}" data-end="{start + 6}">May 18</mark>'
    ) in html
    assert 'title="September 2010"' in html
    assert 'title="1961"' in html


def test_it_escapes_the_article_text(editor_client, article_factory):
    article = article_factory(body="<script>alert(1)</script> The vote was on May 18.")
    html = editor_client.get(_url(article)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_it_keeps_paragraph_offsets_so_selections_map_to_the_text(editor_client, article_factory):
    article = article_factory(body="First paragraph.\n\nSecond one, on May 18.")
    html = editor_client.get(_url(article)).content.decode()
    assert '<p data-offset="0">First paragraph.</p>' in html
    assert '<p data-offset="18">Second one, on <mark' in html


def test_it_lists_claims_with_their_date_in_words_and_precision(editor_client, article):
    factories.ClaimFactory(article=article)
    factories.ClaimFactory(
        article=article,
        start=59,
        end=105,
        status=ClaimStatus.SUGGESTED,
        date_text="last September",
        date_value="2010-09",
        earliest=datetime.date(2010, 9, 1),
        latest=datetime.date(2010, 9, 30),
        precision=Precision.MONTH,
    )
    html = editor_client.get(_url(article)).content.decode()
    assert "May 18, 2011 · day" in html
    assert "September 2010 · month" in html
    assert "1 suggested · 1 accepted · 0 rejected" in html


def test_it_offers_accept_and_reject_to_a_suggestion(editor_client, article):
    claim = factories.ClaimFactory(article=article, status=ClaimStatus.SUGGESTED)
    html = editor_client.get(_url(article)).content.decode()
    card = html.split(f'id="claim-{claim.pk}"')[1].split("</article>")[0]
    assert f'action="{reverse("editor:claim_accept", args=[claim.pk])}"' in card
    assert f'hx-post="{reverse("editor:claim_accept", args=[claim.pk])}"' in card
    assert f'action="{reverse("editor:claim_reject", args=[claim.pk])}"' in card
    # A suggestion gets no verdict form until it is accepted.
    assert "Save verdict" not in card


def test_it_gives_accepted_claims_a_verdict_form_and_a_source_form(editor_client, claim):
    html = editor_client.get(_url(claim.article)).content.decode()
    card = html.split(f'id="claim-{claim.pk}"')[1].split("</article>")[0]
    assert f'for="claim-{claim.pk}-verdict-verdict"' in card
    assert f'for="claim-{claim.pk}-verdict-note"' in card
    assert f'for="claim-{claim.pk}-source-url"' in card
    assert 'class="verdict verdict-unchecked"' in card


def test_it_explains_to_editors_why_they_cannot_publish(editor_client, article):
    html = editor_client.get(_url(article)).content.decode()
    assert "Only reviewers and staff can publish" in html
    assert reverse("editor:article_publish", args=[article.pk]) not in html


def test_it_offers_reviewers_the_publish_button(reviewer_client, article):
    html = reviewer_client.get(_url(article)).content.decode()
    assert f'action="{reverse("editor:article_publish", args=[article.pk])}"' in html


def test_it_publishes_in_place_with_htmx_and_links_the_public_pages(reviewer_client, claim):
    from factcheck.services.claims import accept_claim

    accept_claim(claim=claim, by=claim.article.created_by)  # makes the article's timeline
    article = claim.article
    response = reviewer_client.post(reverse("editor:article_publish", args=[article.pk]), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="publish-controls"')
    assert f'href="{reverse("public:article", args=[article.slug])}"' in html
    assert f'href="{reverse("public:timeline", args=[article.timeline.slug])}"' in html
    assert "Unpublish" in html
    article.refresh_from_db()
    article.timeline.refresh_from_db()
    assert article.is_published and article.timeline.is_published


def test_it_unpublishes_and_comes_back_to_the_article(reviewer_client, article_factory):
    article = article_factory(is_published=True)
    response = reviewer_client.post(reverse("editor:article_unpublish", args=[article.pk]))
    assert response.status_code == 302
    assert response["Location"] == _url(article)
    article.refresh_from_db()
    assert not article.is_published


def test_it_refuses_a_get_on_publish(reviewer_client, article):
    response = reviewer_client.get(reverse("editor:article_publish", args=[article.pk]))
    assert response.status_code == 405


def _article_with_claims(article_factory, count: int, *, status=ClaimStatus.ACCEPTED):
    """An article of `count` one-sentence votes, each a claim with one source."""
    body = " ".join(f"Vote {number} was held on May 18." for number in range(count))
    article = article_factory(body=body)
    claims = []
    for number in range(count):
        start = body.find(f"Vote {number} ")
        claim = factories.ClaimFactory(
            article=article, start=start, end=body.find(".", start) + 1, status=status
        )
        factories.SourceFactory(claim=claim)
        claims.append(claim)
    return article, claims


@pytest.mark.parametrize("claims", [1, 50, 120])
def test_it_runs_a_constant_number_of_queries(
    editor_client, editor, article_factory, django_assert_num_queries, claims
):
    article, _ = _article_with_claims(article_factory, claims)
    # 1 session, 2 user, 3-4 the user's permissions (user, group), 5 the article with
    # its timeline and creator, 6 all its claims (for the counts and the marks in the
    # text), 7 the sources of the claims on this page.
    with django_assert_num_queries(7):
        response = editor_client.get(_url(article))
    html = response.content.decode()
    # Past 50 claims the page holds the first 50 cards; the text still marks them all.
    assert html.count('class="claim-card') == min(claims, 50)
    assert html.count('class="claim-link') == claims


def test_it_pages_the_claims_fifty_at_a_time_in_text_order(editor_client, article_factory):
    article, claims = _article_with_claims(article_factory, 120)
    first = editor_client.get(_url(article)).content.decode()
    third = editor_client.get(_url(article) + "?claims=3").content.decode()
    assert f'id="claim-{claims[49].pk}"' in first
    assert f'id="claim-{claims[50].pk}"' not in first
    assert third.count('class="claim-card') == 20
    assert f'id="claim-{claims[100].pk}"' in third and f'id="claim-{claims[99].pk}"' not in third
    assert "Claims 101–120 of 120, in text order" in third
    # The count line covers every claim, not the page.
    assert "0 suggested · 120 accepted · 0 rejected" in first
    assert "0 suggested · 120 accepted · 0 rejected" in third


def test_its_pager_is_plain_links_that_htmx_makes_faster(editor_client, article_factory):
    article, _ = _article_with_claims(article_factory, 120)
    html = editor_client.get(_url(article) + "?claims=2").content.decode()
    pager = html.split('aria-label="Pages of claims"')[1].split("</nav>")[0]
    assert '<a href="?claims=1" hx-get="?claims=1" hx-target="#claims-page"' in pager
    assert 'rel="prev"' in pager and 'rel="next"' in pager
    assert '<span aria-current="page">2</span>' in pager
    assert 'href="?claims=3"' in pager


def test_it_sends_htmx_only_the_page_of_claims(editor_client, article_factory):
    article, claims = _article_with_claims(article_factory, 60)
    response = editor_client.get(_url(article) + "?claims=2", **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "article-body" not in html
    assert html.lstrip().startswith('<div id="claims-page"')
    assert html.count('class="claim-card') == 10
    assert f'id="claim-{claims[50].pk}"' in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(("asked", "shown"), [("abc", 1), ("0", 1), ("-2", 1), ("99", 3), ("", 1)])
def test_a_page_number_out_of_range_shows_the_nearest_page(
    editor_client, article_factory, asked, shown
):
    article, _ = _article_with_claims(article_factory, 120)
    response = editor_client.get(_url(article) + f"?claims={asked}")
    assert response.status_code == 200
    assert f'<span aria-current="page">{shown}</span>' in response.content.decode()


def test_the_marks_in_the_text_link_to_the_page_holding_their_card(editor_client, article_factory):
    article, claims = _article_with_claims(article_factory, 120)
    html = editor_client.get(_url(article) + "?claims=2").content.decode()
    assert f'href="?claims=1#claim-{claims[0].pk}" data-page="1"' in html
    assert f'href="#claim-{claims[50].pk}" data-page="2"' in html
    assert f'href="?claims=3#claim-{claims[119].pk}" data-page="3"' in html


def test_an_article_with_one_page_of_claims_has_no_pager(editor_client, article_factory):
    article, claims = _article_with_claims(article_factory, 50)
    html = editor_client.get(_url(article)).content.decode()
    assert "Pages of claims" not in html
    assert f'href="#claim-{claims[0].pk}" aria-label' in html


def test_cards_on_a_later_page_send_plain_forms_back_to_that_page(editor_client, article_factory):
    article, claims = _article_with_claims(article_factory, 60)
    html = editor_client.get(_url(article) + "?claims=2").content.decode()
    card = html.split(f'id="claim-{claims[55].pk}"')[1].split("</article>")[0]
    assert f'name="next" value="{_url(article)}?claims=2#claim-{claims[55].pk}"' in card


def test_suggested_claims_get_no_verdict_or_source_form(editor_client, article_factory):
    article, _ = _article_with_claims(article_factory, 3, status=ClaimStatus.SUGGESTED)
    html = editor_client.get(_url(article)).content.decode()
    assert html.count('class="claim-card') == 3
    assert "Save verdict" not in html and "Add a source" not in html


def test_it_marks_a_year_before_ad_1_and_says_a_timeline_cannot_place_it(
    editor_client, article_factory
):
    article = article_factory(body="A camp was founded there in 44 BC, historians say.")
    html = editor_client.get(_url(article)).content.decode()
    assert (
        'title="44 BC (before AD 1: a timeline cannot place it)" data-date="44 BC (before AD 1: '
        'a timeline cannot place it)" data-value="BC0044"'
    ) in html
