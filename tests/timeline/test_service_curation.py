import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.services.curation import add_events, create_timeline, remove_events, set_published


@pytest.mark.django_db
def test_an_editor_creates_a_draft_topic_timeline(editor):
    timeline = create_timeline(title="Kazakhstan and the Afghan war", description="", by=editor)

    assert timeline.slug == "kazakhstan-and-the-afghan-war"
    assert timeline.is_published is False
    assert timeline.article is None


@pytest.mark.django_db
def test_events_from_several_articles_are_added_once_and_removed(editor):
    timeline = create_timeline(title="Topic", by=editor)
    first, _ = make_dated_event(article=factories.ArticleFactory())
    second, _ = make_dated_event(article=factories.ArticleFactory())

    assert add_events(timeline=timeline, events=[first, second], by=editor).added == [first, second]
    again = add_events(timeline=timeline, events=[first], by=editor)
    assert (again.added, again.already) == ([], [first])
    remove_events(timeline=timeline, events=[first], by=editor)

    assert list(timeline.events.all()) == [second]


@pytest.mark.django_db
def test_an_articles_own_timeline_is_not_curated_by_hand(editor, article_timeline):
    event, _ = make_dated_event(article=factories.ArticleFactory())

    with pytest.raises(ValidationError):
        add_events(timeline=article_timeline, events=[event], by=editor)


@pytest.mark.django_db
def test_only_reviewers_publish(editor, reviewer):
    timeline = create_timeline(title="Topic", by=editor)

    with pytest.raises(PermissionDenied):
        set_published(timeline=timeline, published=True, by=editor)
    set_published(timeline=timeline, published=True, by=reviewer)

    assert timeline.is_published


@pytest.mark.django_db
def test_outsiders_cannot_create_timelines():
    with pytest.raises(PermissionDenied):
        create_timeline(title="Topic", by=factories.UserFactory(username="nobody"))


@pytest.fixture
def merged_pair(editor):
    """Two tellings of one vote, the second merged into the first: -> (kept, merged)."""
    from timeline.services.merging import confirm_merge

    kept, _ = make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes")
    merged, _ = make_dated_event(article=factories.ArticleFactory(), headline="Deputies vote")
    confirm_merge(proposal=kept.merges_kept.create(merged=merged, similarity=0.9), by=editor)
    merged.refresh_from_db()
    return kept, merged


@pytest.mark.django_db
def test_a_merged_away_event_is_added_as_the_event_it_was_merged_into(editor, merged_pair):
    kept, merged = merged_pair
    timeline = create_timeline(title="Topic", by=editor)

    result = add_events(timeline=timeline, events=[merged], by=editor)

    assert result.added == [kept]
    assert result.stand_ins == [(merged, kept)]
    assert list(timeline.events.all()) == [kept]


@pytest.mark.django_db
def test_an_event_merged_twice_is_added_as_the_one_standing_now(editor, merged_pair):
    from timeline.services.merging import confirm_merge

    kept, merged = merged_pair
    latest, _ = make_dated_event(article=factories.ArticleFactory(), headline="Vote held")
    confirm_merge(proposal=latest.merges_kept.create(merged=kept, similarity=0.9), by=editor)
    timeline = create_timeline(title="Topic", by=editor)

    result = add_events(timeline=timeline, events=[merged], by=editor)

    assert result.added == [latest]
    assert list(timeline.events.all()) == [latest]
