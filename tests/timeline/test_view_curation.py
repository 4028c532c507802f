import pytest
from django.urls import reverse

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.models import Timeline


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(anonymous):
    response = anonymous.get(reverse("editor:curated_timelines"))

    assert response.status_code == 302


@pytest.mark.django_db
def test_an_editor_creates_a_timeline_and_lands_on_it(editor_client):
    response = editor_client.post(
        reverse("editor:curated_timelines"), {"title": "The Afghan war", "description": ""}
    )

    timeline = Timeline.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("editor:curated_timeline", args=[timeline.pk])


@pytest.mark.django_db
def test_a_missing_title_re_renders_with_the_error(editor_client):
    response = editor_client.post(reverse("editor:curated_timelines"), {"title": ""})

    assert response.status_code == 200
    assert b"This field is required." in response.content
    assert Timeline.objects.count() == 0


@pytest.mark.django_db
def test_an_editor_finds_and_adds_events_from_other_articles(editor_client, timeline_factory):
    timeline = timeline_factory(is_published=False)
    event, _ = make_dated_event(
        article=factories.ArticleFactory(title="Moscow Times"), headline="Parliament votes"
    )
    make_dated_event(article=factories.ArticleFactory(title="Other"), headline="Bridge closes")

    page = editor_client.get(
        reverse("editor:curated_timeline", args=[timeline.pk]), {"q": "parliament"}
    )
    added = editor_client.post(
        reverse("editor:curated_add", args=[timeline.pk]), {"event": [event.pk]}, follow=True
    )

    assert page.content.decode().count('name="event"') == 1
    assert "1 event added." in added.content.decode()
    assert list(timeline.events.all()) == [event]


@pytest.mark.django_db
def test_adding_nothing_says_so(editor_client, timeline_factory):
    timeline = timeline_factory()

    response = editor_client.post(reverse("editor:curated_add", args=[timeline.pk]), follow=True)

    assert "Tick at least one event to add." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["curated_add", "curated_remove"])
@pytest.mark.parametrize("value", ["²", "99999999999999999999"])
def test_an_event_id_that_is_no_id_is_ticked_nothing(
    editor_client, timeline_factory, action, value
):
    timeline = timeline_factory()

    response = editor_client.post(
        reverse(f"editor:{action}", args=[timeline.pk]), {"event": [value]}, follow=True
    )

    assert response.status_code == 200
    verb = "add" if action == "curated_add" else "remove"
    assert f"Tick at least one event to {verb}." in response.content.decode()


@pytest.mark.django_db
def test_an_editor_cannot_publish_but_a_reviewer_can(
    editor_client, reviewer_client, timeline_factory
):
    timeline = timeline_factory(is_published=False)
    url = reverse("editor:curated_publish", args=[timeline.pk])

    refused = editor_client.post(url, {"published": "1"}, follow=True)
    timeline.refresh_from_db()
    assert not timeline.is_published
    assert "Only reviewers and staff may publish." in refused.content.decode()

    reviewer_client.post(url, {"published": "1"})
    timeline.refresh_from_db()
    assert timeline.is_published


@pytest.mark.django_db
def test_an_articles_timeline_is_not_curated_here(editor_client, article_timeline):
    url = reverse("editor:curated_timeline", args=[article_timeline.pk])

    assert editor_client.get(url).status_code == 404


@pytest.mark.django_db
def test_removing_nothing_says_so(editor_client, timeline_factory):
    topic = timeline_factory(title="Topic")

    response = editor_client.post(
        reverse("editor:curated_remove", args=[topic.pk]), {"event": "abc"}, follow=True
    )

    assert b"Tick at least one event to remove." in response.content
    assert b"removed." not in response.content


@pytest.mark.django_db
def test_adding_a_merged_away_event_adds_the_event_it_was_merged_into_and_says_so(
    editor, editor_client, timeline_factory
):
    from timeline.services.merging import confirm_merge

    timeline = timeline_factory(is_published=False)
    kept, _ = make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes")
    merged, _ = make_dated_event(article=factories.ArticleFactory(), headline="Deputies vote")
    # The curator's page was loaded before this merge: its form still offers `merged`.
    confirm_merge(proposal=kept.merges_kept.create(merged=merged, similarity=0.9), by=editor)
    url = reverse("editor:curated_add", args=[timeline.pk])

    first = editor_client.post(url, {"event": [merged.pk]}, follow=True).content.decode()
    again = editor_client.post(url, {"event": [merged.pk]}, follow=True).content.decode()

    assert list(timeline.events.all()) == [kept]
    assert "0 events added." not in first
    assert (
        "1 event added. “<bdi>Deputies vote</bdi>” was merged into “<bdi>Parliament votes</bdi>”, "
        "which stands for both: added it instead." in first
    )
    assert "message-success" in first
    assert "Nothing added. “<bdi>Deputies vote</bdi>” was merged into" in again
    assert "it is already on this timeline." in again
    assert "message-warning" in again


@pytest.mark.django_db
def test_adding_events_already_there_says_nothing_was_added(editor_client, timeline_factory):
    timeline = timeline_factory(is_published=False)
    event, _ = make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes")
    timeline.events.add(event)

    response = editor_client.post(
        reverse("editor:curated_add", args=[timeline.pk]), {"event": [event.pk]}, follow=True
    )

    assert "Nothing added: the ticked events are already on this timeline." in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_an_event_whose_claims_were_all_rejected_is_not_offered_or_added(
    editor, editor_client, timeline_factory
):
    from factcheck.services.claims import reject_claim
    from timeline.services.merging import confirm_merge

    timeline = timeline_factory(is_published=False)
    kept, kept_claim = make_dated_event(
        article=factories.ArticleFactory(), headline="Parliament votes"
    )
    merged, merged_claim = make_dated_event(
        article=factories.ArticleFactory(), headline="Deputies vote"
    )
    confirm_merge(proposal=kept.merges_kept.create(merged=merged, similarity=0.9), by=editor)
    for claim in (kept_claim, merged_claim):
        reject_claim(claim=claim, by=editor)

    page = editor_client.get(reverse("editor:curated_timeline", args=[timeline.pk]))
    added = editor_client.post(
        reverse("editor:curated_add", args=[timeline.pk]), {"event": [merged.pk]}, follow=True
    )

    assert 'name="event"' not in page.content.decode()
    assert "Parliament votes" not in page.content.decode()
    assert "Deputies vote" not in page.content.decode()
    assert "is not added: none of its claims is accepted." in added.content.decode()
    assert not timeline.events.exists()
