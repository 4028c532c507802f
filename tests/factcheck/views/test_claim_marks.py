"""Claim spans marked in the article text (factcheck/templatetags/highlight.py), nested
properly with the date marks, with a link from each claim's span to its card."""

import datetime
from dataclasses import dataclass
from html.parser import HTMLParser
from unittest import mock

import pytest
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import Article, Claim, ClaimStatus
from factcheck.templatetags import highlight
from factcheck.templatetags.highlight import highlighted_body, paragraph_spans
from tests.factcheck.views.conftest import HTMX


class Marks(HTMLParser):
    """Reads the highlighted body back: fails on any misnested tag, and records for each
    character of text which claim and date marks cover it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.links = [], [], []
        self.paragraph_offset = None
        self.claims_at, self.dates_at = {}, {}
        self.date_opens, self.position = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "p":
            self.position = int(attrs["data-offset"])
        if tag == "a":
            self.links.append((self.position, attrs))
            # An empty link: nothing between its start and end tags.
            self.stack.append(("a", attrs))
            return
        if tag == "mark" and "date-mention" in attrs["class"]:
            self.date_opens.append(int(attrs["data-start"]))
        self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data):
        if not self.stack:
            return  # the line breaks between paragraphs
        assert not self.stack or self.stack[-1][0] != "a", "a claim link holds text"
        for char in data:
            claims = {
                int(attrs["data-claim"])
                for tag, attrs in self.stack
                if tag == "mark" and "data-claim" in attrs
            }
            dates = {
                int(attrs["data-start"])
                for tag, attrs in self.stack
                if tag == "mark" and "date-mention" in attrs.get("class", "")
            }
            self.claims_at[self.position] = claims
            self.dates_at[self.position] = dates
            self.text.append((self.position, char))
            self.position += 1


def read(html: str) -> Marks:
    marks = Marks()
    marks.feed(html)
    marks.close()
    assert marks.stack == [], "unclosed tags"
    return marks


@dataclass
class FakeMention:
    start: int
    end: int
    value: str = "2011-05-18"
    type: str = "DATE"
    earliest: datetime.date = datetime.date(2011, 5, 18)


def render(body, claims, mentions=None):
    article = Article(body=body, published_on=datetime.date(2011, 5, 22))
    if mentions is None:
        return highlighted_body(article, claims)
    with (
        mock.patch.object(highlight, "date_mentions", return_value=mentions),
        mock.patch.object(highlight, "in_words", return_value="May 18, 2011"),
    ):
        return highlighted_body(article, claims)


def claim_at(pk, body, start, end, status=ClaimStatus.ACCEPTED, statement=None):
    return Claim(
        pk=pk,
        start=start,
        end=end,
        quote=body[start:end],
        statement=statement or body[start:end],
        status=status,
    )


BODY = "The city council voted on May 18 to close the old bridge. Repairs began last September."


def test_it_marks_a_claim_with_a_link_to_its_card():
    claim = claim_at(7, BODY, 0, BODY.index(".") + 1)
    html = render(BODY, [claim])
    assert '<mark class="claim-span claim-span-accepted" data-claim="7">' in html
    assert 'href="#claim-7"' in html
    assert 'aria-label="Accepted claim: The city council voted on May 18' in html
    marks = read(html)
    covered = [position for position, claims in marks.claims_at.items() if 7 in claims]
    assert (min(covered), max(covered) + 1) == (claim.start, claim.end)


def test_suggested_and_accepted_claims_look_different_and_rejected_ones_are_not_marked():
    second = BODY.index("Repairs")
    accepted = claim_at(1, BODY, 0, second - 1)
    suggested = claim_at(2, BODY, second, len(BODY), status=ClaimStatus.SUGGESTED)
    rejected = claim_at(3, BODY, 4, 16, status=ClaimStatus.REJECTED)
    html = render(BODY, [accepted, suggested, rejected])
    assert 'class="claim-span claim-span-accepted" data-claim="1"' in html
    assert 'class="claim-span claim-span-suggested" data-claim="2"' in html
    assert "Suggested claim: Repairs began" in html
    assert 'data-claim="3"' not in html
    assert "#claim-3" not in html


def test_a_date_inside_a_claim_nests_inside_its_mark():
    claim = claim_at(1, BODY, 0, BODY.index(".") + 1)
    html = render(BODY, [claim])
    assert (
        '<mark class="claim-span claim-span-accepted" data-claim="1"><a class="claim-link'
    ) in html
    assert html.count('class="date-mention"') == 2
    marks = read(html)
    may = BODY.index("May 18")
    assert marks.dates_at[may] == {may}
    assert marks.claims_at[may] == {1}


def test_a_claim_that_starts_inside_a_date_cuts_the_claim_not_the_date():
    may = BODY.index("May 18")
    # "18 to close": starts inside the date, ends after it.
    claim = claim_at(1, BODY, may + 4, BODY.index(" the old"))
    html = render(BODY, [claim])
    marks = read(html)
    assert html.count(f'data-start="{may}"') == 1  # the date mark is whole
    assert marks.dates_at[may + 4] == {may}
    assert marks.claims_at[may + 4] == {1}
    assert marks.claims_at[may + 3] == set()
    assert marks.claims_at[may + 7] == {1}  # after the date, the claim goes on
    assert html.count('data-claim="1"') == 2  # in two pieces


def test_a_claim_that_ends_inside_a_date_cuts_the_claim_not_the_date():
    may = BODY.index("May 18")
    claim = claim_at(1, BODY, 0, may + 3)  # "... voted on May"
    html = render(BODY, [claim])
    marks = read(html)
    assert html.count(f'data-start="{may}"') == 1
    assert marks.claims_at[may + 2] == {1}
    assert marks.claims_at[may + 4] == set()
    assert marks.dates_at[may + 4] == {may}


def test_overlapping_claims_each_keep_their_whole_span():
    first = claim_at(1, BODY, 0, BODY.index(" to close"))
    second = claim_at(2, BODY, BODY.index("voted"), BODY.index("."))
    html = render(BODY, [first, second])
    marks = read(html)
    for claim in (first, second):
        covered = {position for position, claims in marks.claims_at.items() if claim.pk in claims}
        assert covered == set(range(claim.start, claim.end))
    assert html.count('href="#claim-1"') == html.count('href="#claim-2"') == 1


def test_it_escapes_the_text_and_the_statement():
    body = "<script>alert(1)</script> Tom & Jerry voted on May 18 to close the bridge."
    claim = claim_at(1, body, 0, len(body), statement='Tom & Jerry "voted" <b>')
    html = render(body, [claim])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry" in html
    assert 'aria-label="Accepted claim: Tom &amp; Jerry &quot;voted&quot; &lt;b&gt;"' in html
    marks = read(html)
    assert "".join(char for _, char in marks.text) == body


def test_a_claim_across_paragraphs_is_marked_in_each_with_one_link():
    body = "First part of it on May 18.\n\nSecond part of it."
    claim = claim_at(1, body, 6, body.index("Second") + 6)
    html = render(body, [claim])
    assert html.count('data-claim="1"') == 2
    assert html.count('href="#claim-1"') == 1
    read(html)


def test_the_article_page_marks_its_claims(editor_client, article, claim_factory):
    accepted = claim_factory(article=article)
    rejected = claim_factory(
        article=article,
        start=article.body.index("The bridge"),
        end=len(article.body),
        status=ClaimStatus.REJECTED,
    )
    html = editor_client.get(reverse("editor:article", args=[article.pk])).content.decode()
    body = html[html.index("data-article-body") : html.index('id="add-claim"')]
    assert f'href="#claim-{accepted.pk}"' in body
    assert f'id="claim-{accepted.pk}"' in html  # the link's target exists
    assert f'data-claim="{rejected.pk}"' not in body


def test_the_escaping_holds_on_the_article_page(editor_client, article_factory, claim_factory):
    article = article_factory(body="<script>alert(1)</script> Tom & Jerry voted on May 18.")
    claim_factory(article=article, start=0, end=len(article.body))
    html = editor_client.get(reverse("editor:article", args=[article.pk])).content.decode()
    assert "<script>alert(1)" not in html
    assert "Tom &amp; Jerry voted on <mark" in html


def test_accepting_with_htmx_restyles_the_claim_in_the_text(editor_client, claim_factory):
    claim = claim_factory(status=ClaimStatus.SUGGESTED)
    response = editor_client.post(reverse("editor:claim_accept", args=[claim.pk]), **HTMX)
    html = response.content.decode()
    opening = '<div id="article-body" hx-swap-oob="innerHTML">'
    # The text holds no <div>, so the first </div> after the opening closes it.
    oob = html[html.index(opening) + len(opening) :]
    oob = oob[: oob.index("</div>")]
    assert f'class="claim-span claim-span-accepted" data-claim="{claim.pk}"' in oob
    assert "Accepted claim:" in oob
    read(oob)


def test_the_text_sent_after_an_htmx_change_links_to_the_page_on_screen(
    editor_client, article_factory, claim_factory
):
    body = " ".join(f"Vote {number} was held on May 18." for number in range(60))
    article = article_factory(body=body)
    claims = []
    for number in range(60):
        start = body.find(f"Vote {number} ")
        claims.append(claim_factory(article=article, start=start, end=body.find(".", start) + 1))
    page_two = f"http://testserver{article.get_absolute_url()}?claims=2"
    response = editor_client.post(
        reverse("editor:claim_reject", args=[claims[55].pk]),
        HTTP_HX_CURRENT_URL=page_two,
        **HTMX,
    )
    html = response.content.decode()
    assert 'hx-swap-oob="innerHTML"' in html
    # Cards 51-60 are on the screen: their marks link in place; the rest go to page 1.
    assert f'href="#claim-{claims[56].pk}" data-page="2"' in html
    assert f'href="?claims=1#claim-{claims[0].pk}" data-page="1"' in html


def test_rejecting_with_htmx_unmarks_the_claim_in_the_text(editor_client, claim_factory):
    claim = claim_factory(status=ClaimStatus.SUGGESTED)
    response = editor_client.post(reverse("editor:claim_reject", args=[claim.pk]), **HTMX)
    html = response.content.decode()
    assert 'hx-swap-oob="innerHTML"' in html
    assert f'data-claim="{claim.pk}"' not in html


def test_a_verdict_or_a_plain_request_sends_no_text(editor_client, claim):
    response = editor_client.post(
        reverse("editor:claim_verdict", args=[claim.pk]),
        {"verdict": "unchecked", "note": "", "seen_version": claim.version},
        **HTMX,
    )
    assert response.status_code == 200
    assert 'hx-swap-oob="innerHTML"' not in response.content.decode()
    plain = editor_client.post(reverse("editor:claim_accept", args=[claim.pk]))
    assert plain.status_code == 302


WORDS = ["May", "18", "voted", "<b>", "&", "said", ".", " ", " ", "\n\n", "é"]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_mix_of_spans_gives_well_formed_html_with_every_span_intact(data):
    body = "x" + "".join(data.draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40)))
    length = len(body)
    mentions, position = [], 0
    # Dates: in text order, never overlapping (as the tagger gives them).
    while position < length - 1 and data.draw(st.booleans()):
        start = data.draw(st.integers(position, length - 1))
        end = data.draw(st.integers(start + 1, min(length, start + 8)))
        mentions.append(FakeMention(start, end))
        position = end
    claims = []
    for pk in range(1, data.draw(st.integers(0, 6)) + 1):
        start = data.draw(st.integers(0, length - 1))
        end = data.draw(st.integers(start + 1, length))
        claims.append(claim_at(pk, body, start, end))
    html = render(body, claims, mentions)
    marks = read(html)
    spans = paragraph_spans(body)
    assert "".join(char for _, char in marks.text) == "".join(body[s:e] for s, e in spans)
    for position, char in marks.text:
        assert body[position] == char
        assert marks.claims_at[position] == {
            claim.pk for claim in claims if claim.start <= position < claim.end
        }
    marked_dates = [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]
    # Every date that fits in a paragraph is marked once, whole.
    assert sorted(marks.date_opens) == [m.start for m in marked_dates]
    for mention in marked_dates:
        for position in range(mention.start, mention.end):
            assert marks.dates_at[position] == {mention.start}
    # One link per claim that shows in the text (a claim only over a paragraph break
    # has nothing to mark).
    shown = {pk for claims_here in marks.claims_at.values() for pk in claims_here}
    links = [int(attrs["href"].removeprefix("#claim-")) for _, attrs in marks.links]
    assert sorted(links) == sorted(shown)
    for position, attrs in marks.links:
        pk = int(attrs["href"].removeprefix("#claim-"))
        assert position == min(p for p, here in marks.claims_at.items() if pk in here)


@pytest.mark.django_db
def test_the_text_is_tagged_once_for_every_view_of_the_same_text_and_date(article):
    with mock.patch.object(highlight, "date_mentions", wraps=highlight.date_mentions) as tagged:
        first = highlighted_body(article, [])
        again = highlighted_body(article, [])
        assert tagged.call_count == 1
        article.published_on = datetime.date(2012, 5, 22)  # "May 18" moves: tagged anew
        moved = highlighted_body(article, [])
        assert tagged.call_count == 2
    assert first == again
    assert 'data-value="2012-05-18"' in moved
