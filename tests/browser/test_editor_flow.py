"""The editor flow in Chromium with JavaScript: import the example article, see its
dates highlighted, accept the claim about the May 18 vote, add a source, mark it
verified, and watch the badge change without the page reloading."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from factcheck.models import Article, Claim, ClaimStatus, Verdict
from tests import factories

EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared/examples/moscow-times-2011-05-22.txt"
VOTE = "The Kazakh parliament decided May 18"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not EXAMPLE.exists(), reason=f"example article not found at {EXAMPLE}"),
]


def test_an_editor_checks_the_may_18_vote_without_a_reload(page, sign_in, live_server, reviewer):
    sign_in(page, reviewer)
    page.goto(f"{live_server.url}/editor/articles/new/")
    page.set_input_files("#id_upload", str(EXAMPLE))
    page.get_by_role("button", name="Import").click()
    page.wait_for_url(f"{live_server.url}/editor/articles/*/")
    assert page.locator("h1").inner_text() == "Taliban Warns Kazakhstan on Entering Afghan War"

    # Every date mention is highlighted, with its date in words on focus.
    marks = page.locator("#article-body mark.date-mention")
    assert marks.count() >= 5
    may_18 = page.locator('mark.date-mention[data-value="2011-05-18"]')
    assert may_18.get_attribute("title") == "May 18, 2011"
    may_18.focus()
    tooltip = may_18.evaluate("mark => getComputedStyle(mark, '::after').content")
    assert tooltip == '"May 18, 2011"'

    # From here on, nothing may reload the page: this marker would vanish.
    page.evaluate("window.stillTheSamePage = true")

    card = page.locator(".claim-card", has_text=VOTE).first
    card_id = card.get_attribute("id")
    card = page.locator(f"#{card_id}")
    assert "May 18, 2011 · day" in card.inner_text()
    card.get_by_role("button", name="Accept").click()
    page.wait_for_selector(f"#{card_id}.claim-accepted")
    assert "1 accepted" in page.locator("#claim-counts").inner_text()

    card.get_by_label("Source URL").fill("https://www.parlam.kz/en/news/2011-05-18")
    card.get_by_label("Title").fill("Parliament approves troops for ISAF")
    card.get_by_label("Publisher").fill("Parliament of Kazakhstan")
    card.get_by_role("button", name="Add source").click()
    page.wait_for_selector(f"#{card_id} .source-list a")
    assert "Parliament approves troops for ISAF" in card.locator(".source-list").inner_text()

    assert card.locator(".verdict").first.get_attribute("class") == "verdict verdict-unchecked"
    card.get_by_label("Verdict").select_option("verified")
    card.get_by_label("Rationale").fill("The parliament's own record shows the May 18 vote.")
    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_selector(f"#{card_id} .verdict.verdict-verified")
    assert card.locator(".verdict").first.inner_text().strip() == "Verified"

    assert page.evaluate("window.stillTheSamePage") is True
    claim = Claim.objects.get(pk=int(card_id.removeprefix("claim-")))
    assert claim.status == ClaimStatus.ACCEPTED
    assert claim.verdict == Verdict.VERIFIED
    assert claim.date_value == "2011-05-18"
    assert claim.sources.get().title == "Parliament approves troops for ISAF"


def _bridge_article(editor):
    return Article.objects.create(
        title="Bridge",
        body="First paragraph here.\n\nRepairs began last September, officials said.",
        published_on="2011-05-22",
        created_by=editor,
    )


def test_selecting_words_fills_the_add_claim_form(page, sign_in, live_server, editor):
    article = _bridge_article(editor)
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{article.pk}/")
    page.evaluate("window.stillTheSamePage = true")
    # Select from the start of the second paragraph through the highlighted date.
    page.evaluate(
        """() => {
          const paragraph = document.querySelector('#article-body p[data-offset="23"]');
          const mark = paragraph.querySelector('mark');
          const range = document.createRange();
          range.setStart(paragraph.firstChild, 0);
          range.setEnd(mark.firstChild, mark.firstChild.length);
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }"""
    )
    page.wait_for_function("document.querySelector('#add-claim-end').value !== ''")
    assert page.input_value("#add-claim-quote") == "Repairs began last September"
    assert page.input_value("#add-claim-start") == "23"
    assert page.input_value("#add-claim-end") == str(23 + len("Repairs began last September"))
    page.get_by_role("button", name="Add claim").click()
    page.wait_for_selector(".claim-card.claim-accepted")
    assert "September 2010 · month" in page.locator(".claim-card").inner_text()
    assert page.evaluate("window.stillTheSamePage") is True
    claim = Claim.objects.get(article=article)
    assert claim.quote == "Repairs began last September"


def test_words_selected_after_an_emoji_make_a_claim_of_those_words(
    page, sign_in, live_server, editor
):
    # JavaScript counts "🎉" as two characters (UTF-16), Python as one: the offsets sent
    # must be Python's, or the claim quotes the wrong words.
    article = Article.objects.create(
        title="Vote",
        body="🎉 The vote on May 18 was 🎉 83 to 2, said the ministry.",
        published_on="2011-05-22",
        created_by=editor,
    )
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{article.pk}/")
    page.evaluate(
        """() => {
          const text = [...document.querySelectorAll('#article-body p *, #article-body p')]
            .flatMap(node => [...node.childNodes]).find(node => node.nodeValue?.includes('83 to 2'));
          const at = text.nodeValue.indexOf('83 to 2');
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + '83 to 2'.length);
          window.getSelection().removeAllRanges();
          window.getSelection().addRange(range);
        }"""
    )
    page.wait_for_function("document.querySelector('#add-claim-end').value !== ''")
    start = article.body.index("83 to 2")
    assert page.input_value("#add-claim-start") == str(start)
    assert page.input_value("#add-claim-end") == str(start + len("83 to 2"))
    page.get_by_role("button", name="Add claim").click()
    page.wait_for_selector(".claim-card.claim-accepted")
    claim = Claim.objects.get(article=article, status=ClaimStatus.ACCEPTED)
    assert claim.quote == "83 to 2"


def test_a_refused_quote_does_not_come_back_after_a_claim_is_added(
    page, sign_in, live_server, editor
):
    article = _bridge_article(editor)
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{article.pk}/")
    page.fill("#add-claim-quote", "nowhere words")
    page.get_by_role("button", name="Add claim").press("Enter")
    expect(page.locator("#add-claim")).to_contain_text("Those words are not in the article")
    # The form was swapped for itself with the message: focus stays on the refused
    # words, not on <body>.
    assert page.evaluate("document.activeElement.id") == "add-claim-quote"
    page.fill("#add-claim-quote", "Repairs began last September")
    page.get_by_role("button", name="Add claim").click()
    page.wait_for_selector(".claim-card.claim-accepted")
    expect(page.locator("#add-claim")).not_to_contain_text("Those words are not in the article")
    assert page.input_value("#add-claim-quote") == ""


SELECT_OFFSETS = """([start, end]) => {
  // Select article characters [start, end) the way a mouse would, across marks.
  const paragraphs = [...document.querySelectorAll('#article-body p[data-offset]')];
  const range = document.createRange();
  for (const paragraph of paragraphs) {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let position = parseInt(paragraph.dataset.offset, 10);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue.length;
      if (start >= position && start <= position + length) range.setStart(node, start - position);
      if (end >= position && end <= position + length) range.setEnd(node, end - position);
      position += length;
    }
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


def test_an_edited_claim_takes_its_quote_from_a_selection(
    page, sign_in, live_server, editor, claim
):
    body = claim.article.body
    start = body.index("The bridge opened")
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{claim.article_id}/")
    page.evaluate("window.stillTheSamePage = true")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_role("link", name="Edit").click()
    use_selection = card.get_by_role("button", name="Use the text selected in the article")
    use_selection.wait_for()  # shown by editor.js after the swap
    page.evaluate(SELECT_OFFSETS, [start, len(body)])
    use_selection.click()
    assert card.get_by_label("Quote from the article").input_value() == "The bridge opened in 1961."
    card.get_by_label("Date:", exact=True).fill("1961")
    card.get_by_role("button", name="Save claim").click()
    page.wait_for_selector(f"#claim-{claim.pk} .claim-date:has-text('1961 · year')")
    assert page.evaluate("window.stillTheSamePage") is True
    claim.refresh_from_db()
    assert (claim.start, claim.end) == (start, len(body))
    assert claim.quote == "The bridge opened in 1961."
    assert claim.date_value == "1961"


def test_a_verdict_typed_before_its_source_survives_adding_the_source(
    page, sign_in, live_server, editor, claim
):
    sign_in(page, editor)
    refusals = []
    page.on(
        "console",
        lambda message: refusals.append(message.text) if "Policy" in message.text else None,
    )
    page.goto(f"{live_server.url}/editor/articles/{claim.article.pk}/")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_label("Verdict").select_option("false")
    card.get_by_label("Rationale").fill("The clerk says no vote took place.")
    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_selector(f"#claim-{claim.pk} .errorlist")

    # A wrong kind of link first: refused, and the typed verdict still comes along.
    card.get_by_label("Source URL").fill("javascript:alert(1)")
    card.get_by_role("button", name="Add source").click()
    page.wait_for_selector(f"#claim-{claim.pk} .source-form .errorlist")
    assert card.get_by_label("Rationale").input_value() == "The clerk says no vote took place."

    card.get_by_label("Source URL").fill("")
    card.get_by_label("Or a citation").fill("Phone call with the clerk")
    card.get_by_role("button", name="Add source").click()
    page.wait_for_selector(f"#claim-{claim.pk} .source-list")
    assert card.get_by_label("Verdict").input_value() == "false"
    assert card.get_by_label("Rationale").input_value() == "The clerk says no vote took place."
    # The swap replaced the card; keyboard focus lands on the new one, not on <body>.
    assert page.evaluate("document.activeElement.id") == f"claim-{claim.pk}-statement"

    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_selector(f"#claim-{claim.pk} .verdict.verdict-false")
    claim.refresh_from_db()
    assert claim.verdict == Verdict.FALSE
    assert claim.verdict_note == "The clerk says no vote took place."
    # htmx settling copied style attributes across swaps, which the CSP refused aloud.
    assert refusals == []


def test_a_refused_verdict_leaves_the_focus_on_the_field_that_says_why(
    page, sign_in, live_server, editor, claim
):
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{claim.article.pk}/")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_label("Verdict").select_option("false")
    card.get_by_role("button", name="Save verdict").press("Enter")
    page.wait_for_selector(f"#claim-{claim.pk} .verdict-form .errorlist")
    # The keyboard is on the refused field, whose message a screen reader reads with it,
    # not on the heading far above the message.
    focused = page.evaluate(
        "[document.activeElement.id, document.activeElement.getAttribute('aria-describedby')]"
    )
    assert focused[0] == f"claim-{claim.pk}-verdict-verdict"
    assert "Add at least one source" in page.locator(f"#{focused[1]}").inner_text()


def test_opening_the_edit_form_puts_the_focus_in_it(page, sign_in, live_server, editor, claim):
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{claim.article.pk}/")
    page.locator(f"#claim-{claim.pk}").get_by_role("link", name="Edit claim").press("Enter")
    page.wait_for_selector(f"#claim-{claim.pk} .claim-edit-form")
    assert page.evaluate("document.activeElement.id") == f"claim-{claim.pk}-edit-statement"


def test_the_dashboard_fits_a_phone_without_sideways_scrolling(
    page, sign_in, live_server, editor, claim
):
    sign_in(page, editor)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/editor/")
    # The articles table scrolls inside its box; the page itself stays phone-wide.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_typing_in_one_form_of_a_card_survives_another_forms_swap(
    page, sign_in, live_server, editor, claim
):
    factories.SourceFactory(claim=claim)
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{claim.article.pk}/")
    card = page.locator(f"#claim-{claim.pk}")

    # A rationale typed, then Edit clicked: the card is swapped for its edit form.
    card.get_by_label("Verdict").select_option("misleading")
    card.get_by_label("Rationale").fill("Half the story: the vote was on the 19th.")
    card.get_by_role("link", name="Edit claim").click()
    page.wait_for_selector(f"#claim-{claim.pk} .claim-edit-form")
    assert card.get_by_label("Verdict").input_value() == "misleading"
    assert (
        card.get_by_label("Rationale").input_value() == "Half the story: the vote was on the 19th."
    )

    # A source half typed, then the verdict saved: the source form keeps its text.
    card.locator("summary", has_text="Add a source").click()
    card.get_by_label("Or a citation").fill("Clerk's diary")
    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_selector(f"#claim-{claim.pk} .verdict.verdict-misleading")
    assert card.get_by_label("Or a citation").input_value() == "Clerk's diary"
    assert card.get_by_label("Or a citation").is_visible()
    claim.refresh_from_db()
    assert claim.verdict == Verdict.MISLEADING


def _type_in_edit_form(page, live_server, claim, statement):
    """Open the article page, open the claim's edit form and type a new statement."""
    page.goto(f"{live_server.url}/editor/articles/{claim.article.pk}/")
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_role("link", name="Edit claim").click()
    page.wait_for_selector(f"#claim-{claim.pk} .claim-edit-form")
    card.get_by_label("Claim:", exact=True).fill(statement)
    return card


def test_an_open_edit_form_keeps_its_typing_when_a_verdict_is_saved_in_the_card(
    page, sign_in, live_server, editor, claim
):
    factories.SourceFactory(claim=claim)
    sign_in(page, editor)
    card = _type_in_edit_form(page, live_server, claim, "The vote took place on May 18.")
    page.evaluate("window.stillTheSamePage = true")

    card.get_by_label("Verdict").select_option("verified")
    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_selector(f"#claim-{claim.pk} .verdict.verdict-verified")
    # The card was swapped: the edit form is still open, with what was typed in it.
    assert card.get_by_label("Claim:", exact=True).input_value() == "The vote took place on May 18."
    assert card.locator(".claim-edit-form").count() == 1
    assert card.get_by_role("link", name="Edit claim").count() == 0
    assert page.evaluate("document.activeElement.id") == f"claim-{claim.pk}-statement"

    # Saving the edit now is not taken for a conflict with the verdict just saved.
    card.get_by_role("button", name="Save claim").click()
    page.wait_for_selector(f"#claim-{claim.pk} h3:has-text('The vote took place on May 18.')")
    assert card.locator(".conflict").count() == 0
    assert page.evaluate("window.stillTheSamePage") is True
    claim.refresh_from_db()
    assert claim.statement == "The vote took place on May 18."
    assert claim.verdict == Verdict.VERIFIED


def test_an_open_edit_form_can_still_be_saved_after_the_claim_is_accepted(
    page, sign_in, live_server, editor, article
):
    claim = factories.ClaimFactory(article=article, status=ClaimStatus.SUGGESTED)
    sign_in(page, editor)
    card = _type_in_edit_form(page, live_server, claim, "The council voted on May 18.")

    card.get_by_role("button", name="Accept claim").click()
    page.wait_for_selector(f"#claim-{claim.pk}.claim-accepted")
    assert card.get_by_label("Claim:", exact=True).input_value() == "The council voted on May 18."
    # Accepting moved the claim's version; the kept form took it, so this is no conflict.
    card.get_by_role("button", name="Save claim").click()
    page.wait_for_selector(f"#claim-{claim.pk} h3:has-text('The council voted on May 18.')")
    assert card.locator(".conflict").count() == 0
    claim.refresh_from_db()
    assert (claim.status, claim.statement) == (ClaimStatus.ACCEPTED, "The council voted on May 18.")


def test_an_open_edit_form_still_meets_a_conflict_another_editor_made(
    page, sign_in, live_server, editor, other_editor, claim
):
    from factcheck.services.claims import edit_claim

    factories.SourceFactory(claim=claim)
    sign_in(page, editor)
    card = _type_in_edit_form(page, live_server, claim, "Mine: the vote was on May 18.")
    edit_claim(
        claim=claim,
        by=other_editor,
        statement="Theirs: a vote on May 18.",
        date_text=claim.date_text,
        quote=claim.quote,
        start=claim.start,
        end=claim.end,
        seen_version=claim.version,
    )
    card.get_by_label("Verdict").select_option("verified")
    card.get_by_role("button", name="Save verdict").click()
    page.wait_for_selector(f"#claim-{claim.pk} .conflict")
    assert card.get_by_label("Claim:", exact=True).input_value() == "Mine: the vote was on May 18."
    # The kept edit form did not take the new version: its save is refused too,
    # showing the other editor's words, rather than silently replacing them.
    card.get_by_role("button", name="Save claim").click()
    page.wait_for_selector(f"#claim-{claim.pk} .conflict-table:has-text('Theirs: a vote')")
    claim.refresh_from_db()
    assert claim.statement == "Theirs: a vote on May 18."


def test_publishing_with_the_keyboard_leaves_the_focus_on_the_new_button(
    page, sign_in, live_server, reviewer, claim
):
    sign_in(page, reviewer)
    page.goto(f"{live_server.url}/editor/articles/{claim.article.pk}/")
    page.get_by_role("button", name="Publish fact-check and timeline").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#publish-controls button.danger")
    assert page.evaluate("document.activeElement.textContent") == "Unpublish"
    page.keyboard.press("Enter")
    page.wait_for_selector("#publish-controls button.primary")
    assert page.evaluate("document.activeElement.textContent") == "Publish fact-check and timeline"


def _article_with_claims(count: int, *, by) -> tuple[Article, list[Claim]]:
    body = " ".join(f"Vote {number} was held on May 18." for number in range(count))
    article = factories.ArticleFactory(body=body, created_by=by)
    claims = []
    for number in range(count):
        start = body.find(f"Vote {number} ")
        claims.append(
            factories.ClaimFactory(article=article, start=start, end=body.find(".", start) + 1)
        )
    return article, claims


def test_the_claims_pager_keeps_the_keyboard_in_the_claims_and_marks_find_their_card(
    page, sign_in, live_server, editor
):
    article, claims = _article_with_claims(60, by=editor)
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{article.pk}/")
    page.evaluate("window.stillTheSamePage = true")
    assert page.locator(".claim-card").count() == 50
    page.locator(".claims-pager a[rel=next]").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#claim-{claims[50].pk}")
    assert page.locator(".claim-card").count() == 10
    assert page.url.endswith("?claims=2")
    # Focus lands at the start of the new page of cards, not on <body>.
    assert page.evaluate("document.activeElement.id") == "claims-heading"
    assert page.evaluate("window.stillTheSamePage") is True

    # The text was drawn for page 1: a mark whose card is now on screen goes there in
    # place; one whose card went with page 1 brings page 1 back.
    assert page.locator(f'a.claim-link[href="#claim-{claims[55].pk}"]').count() == 0
    page.locator(f'a.claim-link[data-page="2"][href$="#claim-{claims[55].pk}"]').click()
    assert page.url.endswith(f"?claims=2#claim-{claims[55].pk}")
    assert page.evaluate("window.stillTheSamePage") is True
    page.locator(f'a.claim-link[href="#claim-{claims[3].pk}"]').click()
    page.wait_for_url(f"**/editor/articles/{article.pk}/?claims=1#claim-{claims[3].pk}")
    page.wait_for_selector(f"#claim-{claims[3].pk}")
    assert page.locator(".claim-card").count() == 50


def test_a_claim_added_on_page_one_shows_the_page_of_cards_that_holds_it(
    page, sign_in, live_server, editor
):
    article, claims = _article_with_claims(60, by=editor)
    last = claims.pop()
    start, end = last.start, last.end
    last.delete()
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/{article.pk}/")
    page.evaluate("window.stillTheSamePage = true")
    page.evaluate(SELECT_OFFSETS, [start, end])
    page.wait_for_function("document.querySelector('#add-claim-end').value !== ''")
    page.get_by_role("button", name="Add claim").click()

    added = page.locator(".claim-card", has_text="Vote 59 was held on May 18.")
    expect(added).to_be_visible()
    # In text order, on page 2 with the other last ten; the editor is taken to it.
    assert page.locator(".claim-card").count() == 10
    assert page.url.endswith("?claims=2")
    added_id = added.get_attribute("id")
    page.wait_for_function(f"document.activeElement.id === '{added_id}-statement'")
    assert page.input_value("#add-claim-quote") == ""
    assert page.locator("#claim-counts").inner_text().startswith("0 suggested · 60 accepted")
    assert page.evaluate("window.stillTheSamePage") is True


def test_the_dashboard_pager_leaves_the_focus_on_the_new_page(page, sign_in, live_server, editor):
    for number in range(27):
        factories.ArticleFactory(title=f"Article number {number:02d}", created_by=editor)
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/")
    page.evaluate("window.stillTheSamePage = true")
    page.locator(".pagination a[rel=next]").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".pagination a[rel=prev]")
    assert page.evaluate("window.stillTheSamePage") is True
    # The newest come first: page 2 starts with the 26th newest of 27.
    assert page.evaluate("document.activeElement.textContent") == "Article number 01"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Article number 01"
    page.locator(".pagination a[rel=prev]").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".pagination a[rel=next]")
    assert page.evaluate("document.activeElement.textContent") == "Article number 26"

    # Typing in the search box swaps the same list: the focus stays in the box.
    page.get_by_label("Search").fill("number 0")
    expect(page.locator("#results tbody tr")).to_have_count(10)
    assert page.evaluate("document.activeElement.id") == "filter-q"


def test_the_import_says_it_is_under_way_and_takes_one_click(page, sign_in, live_server, editor):
    sign_in(page, editor)
    page.goto(f"{live_server.url}/editor/articles/new/")
    page.fill("#id_text", "The council voted on May 18 to close the bridge.")
    page.fill("#id_title", "Bridge")
    page.fill("#id_published_on", "2011-05-22")
    # Hold the form where it is, as a slow server would: the page's own handler still runs.
    page.evaluate("window.addEventListener('submit', event => event.preventDefault(), true)")
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("button", name="Import")).to_be_disabled()
    expect(page.locator("[data-import-status]")).to_contain_text("Importing: reading the text")
    assert page.locator("#import-form").get_attribute("aria-busy") == "true"
