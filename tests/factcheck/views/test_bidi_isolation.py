"""The editor pages isolate pasted text (<bdi>) as the public pages do: a title, a
statement or a source carrying a right-to-left override (U+202E, as copied from some
sites) must not reverse the page's own words after it ("by edna, 2 minutes ago")."""

import pytest
from django.urls import reverse

from tests import factories

OVERRIDE = "\u202eOverride"


@pytest.fixture
def override_article(article):
    article.title = f"Council {OVERRIDE} title"
    article.save()
    return article


@pytest.fixture
def override_claim(override_article, editor):
    claim = factories.ClaimFactory(article=override_article, statement=f"Vote {OVERRIDE} held")
    factories.SourceFactory(claim=claim, title=f"Minutes {OVERRIDE}", publisher=f"Clerk {OVERRIDE}")
    claim.set_verdict("verified", by=editor, note="Minutes confirm it.")
    return claim


@pytest.mark.django_db
def test_the_dashboard_isolates_titles_and_statements_in_its_lists(editor_client, override_claim):
    html = editor_client.get(reverse("editor:dashboard")).content.decode()
    aside = html.split('id="awaiting-heading"')[1]
    # Recent activity: the verdict's claim and the imported article.
    assert f"><bdi>Vote {OVERRIDE} held</bdi></a>" in aside
    assert f'><bdi>Council {OVERRIDE} title</bdi></a> <span class="muted">by edna,' in aside


@pytest.mark.django_db
def test_the_dashboard_isolates_the_article_of_a_claim_waiting_for_a_verdict(
    editor_client, override_article
):
    factories.ClaimFactory(article=override_article, statement=f"Bridge {OVERRIDE} shut")
    html = editor_client.get(reverse("editor:dashboard")).content.decode()
    waiting = html.split('id="awaiting-heading"')[1].split("</section>")[0]
    assert f"><bdi>Bridge {OVERRIDE} shut</bdi></a>" in waiting
    assert f"in <bdi>Council {OVERRIDE} title</bdi></span>" in waiting


@pytest.mark.django_db
def test_the_claim_page_isolates_its_sources_in_the_list_and_the_history(
    editor_client, override_claim
):
    html = editor_client.get(override_claim.get_absolute_url()).content.decode()
    sources = html.split('class="source-list"')[1].split("</ul>")[0]
    assert f"<bdi>Minutes {OVERRIDE}</bdi></a>" in sources
    assert f"· <bdi>Clerk {OVERRIDE}</bdi>" in sources
    history = html.split('id="verdict-history"')[1]
    assert f"<bdi>Minutes {OVERRIDE}</bdi></a></li>" in history


@pytest.mark.django_db
def test_the_details_page_isolates_the_title_in_its_breadcrumb(editor_client, override_article):
    url = reverse("editor:article_edit", args=[override_article.pk])
    html = editor_client.get(url).content.decode()
    assert f"<bdi>Council {OVERRIDE} title</bdi></a> ›" in html
