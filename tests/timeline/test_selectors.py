import datetime

import pytest

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline import periods, selectors


@pytest.mark.django_db
def test_timeline_events_come_in_order_with_their_claims_and_sources(
    published_article, article_timeline
):
    later, _ = make_dated_event(article=published_article, value="2011-05-18")
    earlier, claim = make_dated_event(article=published_article, value="2001")

    events = selectors.timeline_events(article_timeline)

    assert [event.pk for event in events] == [earlier.pk, later.pk]
    assert events[0].visible_claims[0].pk == claim.pk
    assert events[0].visible_claims[0].article.public_url == published_article.get_public_url()
    assert len(events[0].visible_claims[0].source_list) == 1


@pytest.mark.django_db
def test_a_preview_shows_claims_of_unpublished_articles(timeline_factory):
    curated = timeline_factory()
    draft = factories.ArticleFactory(is_published=False)
    event, _ = make_dated_event(article=draft)
    curated.events.add(event)

    assert selectors.timeline_events(curated) == []
    assert len(selectors.timeline_events(curated, preview=True)) == 1


@pytest.mark.django_db
def test_an_editors_event_without_claims_is_shown(timeline_factory, event_factory):
    curated = timeline_factory()
    curated.events.add(event_factory(headline="Written by an editor"))

    assert [event.headline for event in selectors.timeline_events(curated)] == [
        "Written by an editor"
    ]


@pytest.mark.django_db
def test_filters_facets_and_year_groups(published_article, article_timeline):
    make_dated_event(article=published_article, value="2001", verdict=Verdict.FALSE)
    make_dated_event(article=published_article, value="2010-09")
    make_dated_event(article=published_article, value="2010-09-14")
    events = selectors.timeline_events(article_timeline)

    false_only = selectors.filter_events(events, verdict="false", year=None)
    assert [e.date_value for e in false_only] == ["2001"]
    assert len(selectors.filter_events(events, verdict=None, year=periods.year(2010))) == 2
    assert selectors.facets(events) == {
        "years": [periods.year(2001), periods.year(2010)],
        "verdicts": [Verdict.VERIFIED, Verdict.FALSE],
    }
    assert [(year.label, len(group)) for year, group in selectors.group_by_year(events)] == [
        ("2001", 1),
        ("2010", 2),
    ]


def _shown(events, token: str) -> list[str]:
    """The date values the year filter `token` ("2001", "199X") shows."""
    period = periods.parse(token)
    return [e.date_value for e in selectors.filter_events(events, verdict=None, year=period)]


@pytest.mark.django_db
def test_the_year_filter_shows_a_range_in_every_year_it_spans(published_article, article_timeline):
    make_dated_event(article=published_article, value="1998/2004")
    make_dated_event(article=published_article, value="2001")
    make_dated_event(article=published_article, value="2004-12")
    events = selectors.timeline_events(article_timeline)

    assert _shown(events, "1998") == ["1998/2004"]
    assert _shown(events, "2001") == ["1998/2004", "2001"]
    assert _shown(events, "2004") == ["1998/2004", "2004-12"]
    assert _shown(events, "2005") == []


@pytest.mark.django_db
def test_a_decade_or_a_century_is_its_own_period_not_its_first_year(
    published_article, article_timeline
):
    make_dated_event(article=published_article, value="12")  # the 13th century
    make_dated_event(article=published_article, value="1200")
    make_dated_event(article=published_article, value="199")  # the 1990s
    make_dated_event(article=published_article, value="1990")
    make_dated_event(article=published_article, value="1995")
    make_dated_event(article=published_article, value="1998/2004")
    events = selectors.timeline_events(article_timeline)

    assert [(p.token, p.label) for p in selectors.facets(events)["years"]] == [
        ("12XX", "13th century"),
        ("1200", "1200"),
        ("199X", "1990s"),
        ("1990", "1990"),
        ("1995", "1995"),
        ("1998", "1998"),
    ]
    assert _shown(events, "1200") == ["1200"]
    assert _shown(events, "1990") == ["1990"]
    assert _shown(events, "2001") == ["1998/2004"]
    # A decade or a century holds every event that falls in it, ranges that reach it too.
    assert _shown(events, "199X") == ["199", "1990", "1995", "1998/2004"]
    assert _shown(events, "12XX") == ["12", "1200"]
    assert [(p.label, len(group)) for p, group in selectors.group_by_year(events)] == [
        ("13th century", 1),
        ("1200", 1),
        ("1990s", 1),
        ("1990", 1),
        ("1995", 1),
        ("1998", 1),
    ]


@pytest.mark.django_db
def test_part_of_a_century_stays_under_the_century_not_the_year_it_starts(
    published_article, article_timeline
):
    # "the late 13th century" is valued "12" with mod END: it starts in 1266, not 1200.
    late, claim = make_dated_event(article=published_article, value="12")
    claim.earliest = datetime.date(1266, 9, 1)
    claim.save()
    late.earliest = claim.earliest
    late.save()
    make_dated_event(article=published_article, value="12")
    make_dated_event(article=published_article, value="1250")
    events = selectors.timeline_events(article_timeline)

    groups = selectors.group_by_year(events)

    assert [(p.label, len(group)) for p, group in groups] == [("13th century", 2), ("1250", 1)]
    assert [p.label for p in selectors.facets(events)["years"]] == ["13th century", "1250"]


@pytest.mark.django_db
def test_find_timeline_hides_drafts_from_the_public(anonymous, editor, build_timeline):
    from django.contrib.auth.models import AnonymousUser

    draft = build_timeline(1, published=False)

    assert selectors.find_timeline(AnonymousUser(), draft.slug) is None
    assert selectors.find_timeline(editor, draft.slug) == draft


@pytest.mark.django_db
def test_recently_checked_claims_skip_drafts_and_unchecked(published_article):
    from tests.timeline.conftest import make_claim

    checked = make_claim(article=published_article, verdict=Verdict.FALSE)
    make_claim(article=published_article, verdict=Verdict.UNCHECKED, sources=0)
    make_claim(article=factories.ArticleFactory(is_published=False))

    assert list(selectors.recently_checked_claims()) == [checked]
