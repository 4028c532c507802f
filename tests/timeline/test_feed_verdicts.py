import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

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
