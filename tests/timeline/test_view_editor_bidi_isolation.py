"""The merge queue and the topic timeline pages isolate pasted text (<bdi>, dir="auto")
as the other editor pages do: a headline, a title or a quote carrying a right-to-left
override (U+202E) must not reverse the page's own words after it ("→", "(Paper one)")."""

import pytest
from django.urls import reverse

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.models import MergeProposal, Timeline

OVERRIDE = "\u202eOverride"


def override_event(name: str):
    """An event whose headline, article title and claim quote all carry an override."""
    article = factories.ArticleFactory(
        title=f"Paper {name} {OVERRIDE}",
        body=f"Troops {name} {OVERRIDE} were sent on May 18. The vote was close.",
    )
    event, _ = make_dated_event(article=article, headline=f"Troops {name} {OVERRIDE}")
    return event


@pytest.fixture
def override_proposal(db):
    kept, merged = override_event("one"), override_event("two")
    return MergeProposal.objects.create(kept=kept, merged=merged, similarity=0.6, reason="test")


@pytest.mark.django_db
def test_the_merge_queue_isolates_headlines_quotes_and_titles(editor_client, override_proposal):
    html = editor_client.get(reverse("editor:merge_proposals")).content.decode()
    assert f"<h3>Keep: <bdi>Troops one {OVERRIDE}</bdi></h3>" in html
    assert f"<h3>Fold in: <bdi>Troops two {OVERRIDE}</bdi></h3>" in html
    assert (
        f"<li>“<bdi>Troops two {OVERRIDE} were sent on May 18.</bdi>” — "
        f"<bdi>Paper two {OVERRIDE}</bdi> (" in html
    )


@pytest.mark.django_db
def test_the_merge_log_isolates_both_headlines_around_its_arrow(editor_client, override_proposal):
    editor_client.post(reverse("editor:merge_dismiss", args=[override_proposal.pk]))
    html = editor_client.get(reverse("editor:merge_proposals")).content.decode()
    log = html.split('id="log-heading"')[1]
    assert f"<td><bdi>Troops two {OVERRIDE}</bdi> → <bdi>Troops one {OVERRIDE}</bdi></td>" in log


@pytest.fixture
def override_topic(db):
    return factories.TimelineFactory(title=f"War {OVERRIDE} years", is_published=False)


@pytest.mark.django_db
def test_the_topic_list_isolates_each_title(editor_client, override_topic):
    html = editor_client.get(reverse("editor:curated_timelines")).content.decode()
    assert f"<bdi>War {OVERRIDE} years</bdi></a></td>" in html


@pytest.mark.django_db
def test_a_created_topic_is_confirmed_with_its_title_isolated(editor_client):
    response = editor_client.post(
        reverse("editor:curated_timelines"), {"title": f"War {OVERRIDE} years"}, follow=True
    )
    assert Timeline.objects.curated().get().title == f"War {OVERRIDE} years"
    assert f"Timeline “<bdi>War {OVERRIDE} years</bdi>” created: add its events." in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_the_topic_page_isolates_its_title_and_each_events_headline_and_articles(
    editor_client, override_topic
):
    override_topic.events.add(override_event("one"))
    override_event("two")  # not on the timeline: listed under "Add events"
    html = editor_client.get(
        reverse("editor:curated_timeline", args=[override_topic.pk])
    ).content.decode()
    assert f'<h1 dir="auto">War {OVERRIDE} years</h1>' in html
    current, found = html.split('id="find-heading"')
    for name, section in (("one", current), ("two", found)):
        assert (
            f'— <bdi>Troops {name} {OVERRIDE}</bdi> <span class="muted">'
            f"(<bdi>Paper {name} {OVERRIDE}</bdi>)</span>" in section
        )


@pytest.mark.django_db
def test_the_topic_page_isolates_a_search_that_matches_nothing(editor_client, override_topic):
    url = reverse("editor:curated_timeline", args=[override_topic.pk])
    html = editor_client.get(url, {"q": f"Fleet {OVERRIDE}"}).content.decode()
    assert f"No event matches “<bdi>Fleet {OVERRIDE}</bdi>”." in html
