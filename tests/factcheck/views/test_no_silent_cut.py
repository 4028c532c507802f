"""No input of the editor's forms carries a maxlength attribute: a browser would cut a
pasted title, byline or web address at the limit without a word. The text reaches the
server instead, which says what is too long and keeps it in the form
(test_text_field_messages.py). Every page that shows a form with a length limit is here."""

import pytest
from django.urls import reverse

from factcheck.models import ClaimStatus
from tests import factories


@pytest.fixture
def accepted_claim(article):
    return factories.ClaimFactory(article=article, status=ClaimStatus.ACCEPTED)


@pytest.mark.parametrize(
    ("name", "needs"),
    [
        ("editor:dashboard", None),  # the search and outlet filters
        ("editor:article_new", None),  # title, outlet, byline, web address
        ("editor:article_edit", "article"),
        ("editor:article", "article"),  # the add-claim form: its date
        ("editor:claim", "claim"),  # verdict and source forms
        ("editor:claim_edit", "claim"),  # the edit form: its date
        ("editor:curated_timelines", None),  # a new timeline's title
    ],
)
def test_no_form_input_has_a_maxlength_for_the_browser_to_cut_at(
    editor_client, accepted_claim, name, needs
):
    args = {
        None: [],
        "article": [accepted_claim.article.pk],
        "claim": [accepted_claim.pk],
    }[needs]

    response = editor_client.get(reverse(name, args=args))

    assert response.status_code == 200
    assert "<input" in response.text or "<textarea" in response.text
    assert "maxlength" not in response.text
