"""The same editor flow with JavaScript off: every step is a plain form post that
comes back to the article page at the claim."""

from pathlib import Path

import pytest

from factcheck.models import Claim, ClaimStatus, Verdict
from tests import factories

EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared/examples/moscow-times-2011-05-22.txt"
VOTE = "The Kazakh parliament decided May 18"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not EXAMPLE.exists(), reason=f"example article not found at {EXAMPLE}"),
]


def test_an_editor_checks_the_may_18_vote_without_javascript(
    page_without_js, sign_in, live_server, reviewer
):
    page = page_without_js
    sign_in(page, reviewer)
    page.goto(f"{live_server.url}/editor/articles/new/")
    # Pasted this time: the text is read from the shared example, never copied here.
    page.get_by_label("Paste the article's text").fill(EXAMPLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Import").click()
    page.wait_for_url(f"{live_server.url}/editor/articles/*/")
    article_url = page.url

    may_18 = page.locator('mark.date-mention[data-value="2011-05-18"]')
    assert may_18.get_attribute("title") == "May 18, 2011"
    assert page.locator("#article-body mark.date-mention").count() >= 5

    card_id = page.locator(".claim-card", has_text=VOTE).first.get_attribute("id")
    card = page.locator(f"#{card_id}")
    card.get_by_role("button", name="Accept").click()
    page.wait_for_url(f"{article_url}#{card_id}")
    assert "claim-accepted" in card.get_attribute("class")

    card.get_by_label("Source URL").fill("https://www.parlam.kz/en/news/2011-05-18")
    card.get_by_label("Title").fill("Parliament approves troops for ISAF")
    card.get_by_role("button", name="Add source").click()
    page.wait_for_url(f"{article_url}#{card_id}")
    assert "Parliament approves troops for ISAF" in card.locator(".source-list").inner_text()

    card.get_by_label("Verdict").select_option("verified")
    card.get_by_label("Rationale").fill("The parliament's own record shows the May 18 vote.")
    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_url(f"{article_url}#{card_id}")
    assert card.locator(".verdict").first.get_attribute("class") == "verdict verdict-verified"

    claim = Claim.objects.get(pk=int(card_id.removeprefix("claim-")))
    assert claim.status == ClaimStatus.ACCEPTED
    assert claim.verdict == Verdict.VERIFIED
    assert claim.sources.count() == 1


def test_a_verdict_without_a_source_comes_back_with_the_message(
    page_without_js, sign_in, live_server, editor, claim
):
    page = page_without_js
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{claim.article_id}/")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_label("Verdict").select_option("false")
    card.get_by_label("Rationale").fill("Typed before the source.")
    card.get_by_role("button", name="Save verdict").click()
    assert page.locator("h1").count() == 1
    assert "Add at least one source" in page.locator(f"#claim-{claim.pk}").inner_text()
    assert page.get_by_label("Rationale").input_value() == "Typed before the source."
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNCHECKED


def test_an_editor_fixes_a_claim_by_typing_the_quote_and_date(
    page_without_js, sign_in, live_server, editor, claim
):
    page = page_without_js
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{claim.article_id}/")
    page.locator(f"#claim-{claim.pk}").get_by_role("link", name="Edit").click()
    form = page.locator("form.claim-edit-form")
    form.get_by_label("Claim:", exact=True).fill("Repairs on the bridge began in 2010.")
    form.get_by_label("Quote from the article").fill("Repairs began last September")
    form.get_by_label("Date:", exact=True).fill("Sept 2010")
    page.get_by_role("button", name="Save claim").click()
    page.wait_for_url(f"**/editor/articles/{claim.article_id}/#claim-{claim.pk}")
    assert "September 2010 · month" in page.locator(f"#claim-{claim.pk}").inner_text()
    claim.refresh_from_db()
    assert claim.quote == "Repairs began last September"
    assert claim.date_value == "2010-09"


def test_the_claims_pager_and_a_card_on_page_two_work_without_javascript(
    page_without_js, sign_in, live_server, editor
):
    page = page_without_js
    body = " ".join(f"Vote {number} was held on May 18." for number in range(60))
    article = factories.ArticleFactory(body=body, created_by=editor)
    claims = []
    for number in range(60):
        start = body.find(f"Vote {number} ")
        claims.append(
            factories.ClaimFactory(
                article=article,
                start=start,
                end=body.find(".", start) + 1,
                status=ClaimStatus.SUGGESTED,
            )
        )
    sign_in(page, editor)
    article_url = f"{live_server.url}/editor/articles/{article.pk}/"
    page.goto(article_url)
    page.locator(".claims-pager").get_by_role("link", name="Next").click()
    page.wait_for_url(f"{article_url}?claims=2")
    assert page.locator(".claim-card").count() == 10

    # Accepting a card on page 2 comes back to page 2, at the card.
    card = page.locator(f"#claim-{claims[57].pk}")
    card.get_by_role("button", name="Accept").click()
    page.wait_for_url(f"{article_url}?claims=2#claim-{claims[57].pk}")
    assert "claim-accepted" in card.get_attribute("class")
    assert "59 suggested · 1 accepted · 0 rejected" in page.locator("#claim-counts").inner_text()

    # A mark in the text whose card is on page 1 opens page 1 at that card.
    page.locator(f'a.claim-link[href="?claims=1#claim-{claims[2].pk}"]').click()
    page.wait_for_url(f"{article_url}?claims=1#claim-{claims[2].pk}")
    assert page.locator(".claim-card").count() == 50
