import xml.etree.ElementTree as ET

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
def test_entry_ids_take_their_host_from_the_request_like_the_links(anonymous, published_article):
    claim = make_claim(article=published_article)
    url = reverse("public:verdicts_feed")

    first, again = (anonymous.get(url, headers={"Host": "localhost:8123"}) for _ in range(2))

    entries = [ET.fromstring(response.content).find(f"{ATOM}entry") for response in (first, again)]
    base = "http://localhost:8123"
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == f"{base}{published_article.get_public_url()}#claim-{claim.pk}"
    # An identifier, not a link: the same claim and verdict time give the same id.
    entry_id = f"{base}/claims/{claim.pk}/verdicts/{claim.reviewed_at.isoformat()}"
    assert [entry.find(f"{ATOM}id").text for entry in entries] == [entry_id, entry_id]
