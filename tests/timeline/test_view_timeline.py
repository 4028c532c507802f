import re

import pytest
from django.urls import reverse

from factcheck.models import Verdict
from tests import factories
from tests.timeline.conftest import make_claim, make_dated_event


def _url(timeline, **params):
    url = reverse("public:timeline", args=[timeline.slug])
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return url


@pytest.mark.django_db
def test_it_shows_events_grouped_by_year_with_dates_verdicts_quotes_and_sources(
    anonymous, published_article, article_timeline
):
    make_dated_event(article=published_article, value="2010-09", verdict=Verdict.FALSE)
    _, claim = make_dated_event(article=published_article, value="2011-05-18")

    response = anonymous.get(_url(article_timeline))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert '<h2 class="year-heading">2010</h2>' in html
    assert '<time datetime="2010-09">September 2010</time>' in html
    assert '<time datetime="2011-05-18">May 18, 2011</time>' in html
    assert '<span class="verdict verdict-false">False</span>' in html
    assert '<span class="verdict verdict-verified">Verified</span>' in html
    assert f'href="{published_article.get_public_url()}#claim-{claim.pk}"' in html
    assert "https://records.example.org/minutes/" in html
    assert '<ol class="years">' in html


@pytest.mark.django_db
def test_it_orders_by_earliest_then_coarser_first(anonymous, published_article, article_timeline):
    for value in ["2010-09-14", "2010-09", "2010", "2001"]:
        make_dated_event(article=published_article, value=value)

    html = anonymous.get(_url(article_timeline)).content.decode()

    found = re.findall(r"<time datetime=\"([0-9-]+)\">", html)
    assert found == ["2001", "2010", "2010-09", "2010-09-14"]


@pytest.mark.django_db
def test_approximate_dates_read_circa(anonymous, published_article, article_timeline):
    make_dated_event(article=published_article, value="2001", approximate=True)

    html = anonymous.get(_url(article_timeline)).content.decode()

    assert '<time datetime="2001">c. 2001</time>' in html


@pytest.mark.django_db
def test_a_draft_timeline_is_404_for_the_public_but_editors_may_preview_it(
    anonymous, editor_client, build_timeline
):
    timeline = build_timeline(1, published=False)

    assert anonymous.get(_url(timeline)).status_code == 404
    preview = editor_client.get(_url(timeline))
    assert preview.status_code == 200
    assert b"Draft preview" in preview.content


@pytest.mark.django_db
def test_a_curated_timeline_hides_claims_of_unpublished_articles(anonymous, timeline_factory):
    curated = timeline_factory(title="Kazakhstan and the war")
    public_article = factories.ArticleFactory(is_published=True, title="Public story")
    draft_article = factories.ArticleFactory(is_published=False, title="Draft story")
    public_event, _ = make_dated_event(article=public_article, value="2010-09")
    draft_event, _ = make_dated_event(article=draft_article, value="2001")
    draft_event.headline = "Secret plan"
    draft_event.save()
    curated.events.add(public_event, draft_event)

    html = anonymous.get(_url(curated)).content.decode()

    assert "Public story" in html
    assert "Draft story" not in html
    assert "Secret plan" not in html
    assert html.count('class="event"') == 1


@pytest.mark.django_db
def test_it_filters_by_verdict_and_year_with_plain_links(
    anonymous, published_article, article_timeline
):
    false_event, _ = make_dated_event(
        article=published_article, value="2010-09", verdict=Verdict.FALSE, headline="Army fights"
    )
    true_event, _ = make_dated_event(
        article=published_article, value="2011-05-18", headline="Parliament votes"
    )

    by_verdict = anonymous.get(_url(article_timeline, verdict="false")).content.decode()
    by_year = anonymous.get(_url(article_timeline, year="2011")).content.decode()

    assert false_event.headline in by_verdict and true_event.headline not in by_verdict
    assert true_event.headline in by_year and false_event.headline not in by_year
    assert 'href="?year=2011&amp;verdict=false"' in by_year
    assert 'aria-current="true">2011</a>' in by_year


@pytest.mark.django_db
def test_a_decade_and_a_century_get_their_own_button_and_heading(
    anonymous, published_article, article_timeline
):
    make_dated_event(article=published_article, value="12", headline="Castle built")
    make_dated_event(article=published_article, value="199", headline="Town grows")
    make_dated_event(article=published_article, value="1995", headline="Bridge opens")

    html = anonymous.get(_url(article_timeline)).content.decode()
    by_decade = anonymous.get(_url(article_timeline, year="199X")).content.decode()
    by_year = anonymous.get(_url(article_timeline, year="1990")).content.decode()

    assert 'id="filter-year-12XX">13th century</a>' in html
    assert 'id="filter-year-199X">1990s</a>' in html
    assert 'id="filter-year-1200"' not in html and 'id="filter-year-1990"' not in html
    assert '<li class="year" id="year-12XX"><h2 class="year-heading">13th century</h2>' in html
    assert '<h2 class="year-heading">1990s</h2>' in html
    assert 'aria-current="true">1990s</a>' in by_decade
    assert "Town grows" in by_decade and "Bridge opens" in by_decade
    assert "Castle built" not in by_decade
    # 1990 is a year like any other: the decade is not filed under it.
    assert "is not a year" not in by_year and "Town grows" not in by_year


@pytest.mark.django_db
def test_a_bad_filter_is_named_and_ignored(anonymous, published_article, article_timeline):
    event, _ = make_dated_event(article=published_article)

    response = anonymous.get(_url(article_timeline, verdict="maybe", year="soon"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "There is no verdict “maybe”" in html
    assert "“soon” is not a year" in html
    assert event.headline in html


@pytest.mark.django_db
def test_htmx_gets_only_the_events_fragment(anonymous, published_article, article_timeline):
    make_dated_event(article=published_article)

    full = anonymous.get(_url(article_timeline))
    fragment = anonymous.get(_url(article_timeline, year="2011"), headers={"HX-Request": "true"})

    assert b"<html" in full.content
    assert b"<html" not in fragment.content
    assert b'id="timeline-events"' in fragment.content
    assert "HX-Request" in fragment["Vary"]


@pytest.mark.django_db
def test_it_advertises_every_export_in_the_head(anonymous, article_timeline):
    html = anonymous.get(_url(article_timeline)).content.decode()
    head = html.split("</head>")[0]

    for name, kind in [
        ("public:timeline_timelinejs", "application/json"),
        ("public:timeline_json", "application/json"),
        ("public:timeline_csv", "text/csv"),
        ("public:timeline_ics", "text/calendar"),
    ]:
        href = reverse(name, args=[article_timeline.slug])
        assert f'<link rel="alternate" type="{kind}"' in head
        assert f'href="{href}"' in head
    assert f'href="{reverse("public:verdicts_feed")}"' in head


@pytest.mark.django_db
def test_it_cannot_be_framed(anonymous, article_timeline):
    response = anonymous.get(_url(article_timeline))

    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_dates_that_disagree_are_shown_claim_by_claim(
    anonymous, published_article, article_timeline
):
    event, first = make_dated_event(article=published_article, value="2011-05-18")
    other = make_claim(
        article=factories.ArticleFactory(is_published=True, title="Other paper"),
        value="2011-05-21",
    )
    event.claims.add(other)

    html = anonymous.get(_url(article_timeline)).content.decode()

    assert "sources give different dates" in html
    assert 'dates it <time datetime="2011-05-18">May 18, 2011</time>' in html
    assert 'dates it <time datetime="2011-05-21">May 21, 2011</time>' in html
    assert f"#claim-{first.pk}" in html and f"#claim-{other.pk}" in html


def test_tellings_that_differ_only_in_precision_are_not_flagged(anonymous, agreeing_tellings):
    timeline = agreeing_tellings

    html = anonymous.get(_url(timeline)).content.decode()

    assert "sources give different dates" not in html
    assert '<time datetime="2011-05-18">May 18, 2011</time>' in html
    # Each telling still shows its own date next to its source.
    assert 'dates it <time datetime="2011-05">May 2011</time>' in html
    assert 'dates it <time datetime="2011-W20">week 20 of 2011</time>' in html
    assert 'dates it <time datetime="2011-05-18">May 18, 2011</time>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 200])
def test_it_runs_the_same_queries_for_1_and_200_events(
    anonymous, build_timeline, django_assert_num_queries, count
):
    timeline = build_timeline(count)

    # 1. the timeline with its change stamp (subqueries in one SELECT)
    # 2. its events in order
    # 3. their visible claims with their articles
    # 4. those claims' sources
    with django_assert_num_queries(4):
        response = anonymous.get(_url(timeline))

    assert response.status_code == 200
    assert response.content.decode().count('class="event"') == count


@pytest.mark.django_db
def test_a_repeat_visit_gets_304_and_a_cache_hit_runs_one_query(
    anonymous, build_timeline, django_assert_num_queries
):
    timeline = build_timeline(3)
    first = anonymous.get(_url(timeline))
    etag = first["ETag"]

    # 1. the timeline with its change stamp: nothing else for a 304 or a cache hit
    with django_assert_num_queries(1):
        repeat = anonymous.get(_url(timeline), headers={"If-None-Match": etag})
    with django_assert_num_queries(1):
        cached = anonymous.get(_url(timeline))

    assert repeat.status_code == 304
    assert cached.status_code == 200
    assert cached["ETag"] == etag


@pytest.mark.django_db
def test_an_edit_invalidates_the_cached_page(
    anonymous, reviewer, published_article, article_timeline
):
    _event, claim = make_dated_event(article=published_article)
    etag = anonymous.get(_url(article_timeline))["ETag"]

    claim.set_verdict(Verdict.FALSE, by=reviewer, note="The vote was on May 19.")
    after_verdict = anonymous.get(_url(article_timeline), headers={"If-None-Match": etag})

    assert after_verdict.status_code == 200
    assert '<span class="verdict verdict-false">False</span>' in after_verdict.content.decode()

    claim.sources.first().delete()
    after_delete = anonymous.get(
        _url(article_timeline), headers={"If-None-Match": after_verdict["ETag"]}
    )
    assert after_delete.status_code == 200


@pytest.mark.django_db
def test_unpublishing_the_article_takes_the_cached_page_down(
    anonymous, reviewer, published_article, article_timeline
):
    make_dated_event(article=published_article)
    assert anonymous.get(_url(article_timeline)).status_code == 200

    published_article.unpublish(by=reviewer)

    assert anonymous.get(_url(article_timeline)).status_code == 404


@pytest.mark.django_db
def test_a_cached_page_carries_no_nonce_or_csrf_token(
    anonymous, published_article, article_timeline
):
    make_dated_event(article=published_article)
    anonymous.get(_url(article_timeline))

    cached = anonymous.get(_url(article_timeline))

    assert "__CSP_NONCE" not in cached.content.decode()
    assert 'X-CSRFToken": ""' in cached.content.decode()
    assert "csrftoken" not in cached.cookies


@pytest.mark.django_db
def test_head_requests_are_answered_and_posts_are_refused(anonymous, article_timeline):
    assert anonymous.head(_url(article_timeline)).status_code == 200
    assert anonymous.post(_url(article_timeline)).status_code == 405


@pytest.mark.django_db
def test_editing_a_source_invalidates_the_cached_page(
    anonymous, published_article, article_timeline
):
    _event, claim = make_dated_event(article=published_article)
    first = anonymous.get(_url(article_timeline))
    source = claim.sources.first()
    source.title = "Corrected minutes of the session"
    source.save()
    again = anonymous.get(_url(article_timeline), headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200
    assert "Corrected minutes of the session" in again.content.decode()
