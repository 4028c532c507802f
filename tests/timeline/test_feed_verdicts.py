import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_claim

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_it_lists_published_verdicts_newest_first(anonymous, published_article):
    older = make_claim(article=published_article, verdict=Verdict.FALSE)
    newer = make_claim(article=published_article, verdict=Verdict.VERIFIED)
    draft = factories.ArticleFactory(is_published=False)
    make_claim(article=draft, verdict=Verdict.MISLEADING)
    make_claim(article=published_article, verdict=Verdict.UNCHECKED, sources=0)

    response = anonymous.get(reverse("public:verdicts_feed"))

    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert [link.rsplit("#", 1)[1] for link in links] == [f"claim-{newer.pk}", f"claim-{older.pk}"]
    assert entries[0].find(f"{ATOM}title").text.startswith("Verified: ")


@pytest.mark.django_db
def test_it_sends_the_words_of_claims_articles_and_notes_as_text_not_markup(anonymous):
    article = factories.ArticleFactory(
        is_published=True,
        published_at=timezone.now(),
        title="<img src=x onerror=alert(1)>",
        body="<script>alert(1)</script> The council voted on May 18. Repairs began.",
    )
    make_claim(article=article, note="<b>Minutes</b> & notes.")

    response = anonymous.get(reverse("public:verdicts_feed"))

    entry = ET.fromstring(response.content).find(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")
    # type="html": a reader decodes the XML text once more, as HTML. Escaped once more, the
    # HTML shows the words as written and runs nothing.
    assert summary.get("type") == "html"
    assert summary.text == (
        "“&lt;script&gt;alert(1)&lt;/script&gt; The council voted on May 18.” — "
        "&lt;img src=x onerror=alert(1)&gt;. &lt;b&gt;Minutes&lt;/b&gt; &amp; notes."
    )
    # The title is Atom text (no type): readers show it as written without escaping.
    title = entry.find(f"{ATOM}title")
    assert title.get("type") in (None, "text")
    assert title.text == "Verified: <script>alert(1)</script> The council voted on May 18."


@pytest.mark.django_db
@override_settings(SITE_URL="http://127.0.0.1:8000")
def test_entry_links_take_their_host_from_the_request_and_ids_are_tag_uris(
    anonymous, published_article
):
    claim = make_claim(article=published_article)
    url = reverse("public:verdicts_feed")

    first, again = (anonymous.get(url, headers={"Host": "localhost:8123"}) for _ in range(2))

    entries = [ET.fromstring(response.content).find(f"{ATOM}entry") for response in (first, again)]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == f"http://localhost:8123{published_article.get_public_url()}#claim-{claim.pk}"
    # A name, not an address (RFC 4151): the host without its port, the verdict's day,
    # and the claim and verdict time, so the same verdict keeps the same id.
    reviewed = claim.reviewed_at.astimezone(datetime.UTC)
    entry_id = (
        f"tag:localhost,{reviewed:%Y-%m-%d}:/claims/{claim.pk}/verdicts/"
        f"{reviewed:%Y%m%dT%H%M%S.%fZ}"
    )
    assert [entry.find(f"{ATOM}id").text for entry in entries] == [entry_id, entry_id]


@pytest.mark.django_db
def test_every_entry_links_to_a_page_that_answers_with_the_claim(anonymous, published_article):
    claims = [
        make_claim(article=published_article, verdict=v) for v in Verdict if v.value != "unchecked"
    ]
    other = factories.ArticleFactory(is_published=True, published_at=timezone.now())
    claims.append(make_claim(article=other, verdict=Verdict.FALSE))

    host = {"headers": {"Host": "localhost:8123"}, "secure": True}
    response = anonymous.get(reverse("public:verdicts_feed"), **host)

    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert len(entries) == len(claims)
    for entry in entries:
        link = urlsplit(entry.find(f"{ATOM}link").get("href"))
        assert (link.scheme, link.netloc) == ("https", "localhost:8123")
        page = anonymous.get(link.path, **host)
        assert page.status_code == 200, link.path
        assert f'id="{link.fragment}"' in page.content.decode()
        # The id is no http address that would answer 404.
        assert entry.find(f"{ATOM}id").text.startswith("tag:localhost,")


@pytest.mark.django_db
def test_a_new_verdict_on_the_same_claim_is_a_new_entry(anonymous, reviewer, published_article):
    claim = make_claim(article=published_article)
    url = reverse("public:verdicts_feed")
    before = ET.fromstring(anonymous.get(url).content).find(f"{ATOM}entry").find(f"{ATOM}id")

    claim.set_verdict(Verdict.FALSE, by=reviewer, note="The vote was on May 19.")
    after = ET.fromstring(anonymous.get(url).content).find(f"{ATOM}entry").find(f"{ATOM}id")

    assert after.text != before.text
