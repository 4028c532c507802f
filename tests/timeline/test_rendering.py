import datetime

from timeline import periods
from timeline.entries import ArticleEntry, ClaimEntry, EventEntry, SourceEntry
from timeline.rendering import render_events

DAY = datetime.date(2011, 5, 18)


def _article(**overrides):
    values = {
        "pk": 1,
        "title": "Taliban warns Kazakhstan",
        "outlet": "The Moscow Times",
        "url": "https://example.org/a",
        "published_on": datetime.date(2011, 5, 22),
        "public_url": "/factchecks/taliban/",
    }
    return ArticleEntry(**{**values, **overrides})


def _claim(pk=7, *, article=None, value="2011-05-18", earliest=DAY, **overrides):
    values = {
        "pk": pk,
        "quote": "The Kazakh parliament decided May 18.",
        "statement": "Parliament voted",
        "verdict": "verified",
        "verdict_note": "",
        "date_text": "May 18",
        "date_value": value,
        "earliest": earliest,
        "latest": earliest,
        "precision": "day",
        "approximate": False,
        "article": article or _article(),
    }
    return ClaimEntry(**{**values, **overrides})


def _event(claims, **overrides):
    values = {
        "pk": 3,
        "headline": "Parliament votes",
        "description": "",
        "date_text": "May 18",
        "date_value": "2011-05-18",
        "earliest": DAY,
        "latest": DAY,
        "precision": "day",
        "approximate": False,
        "updated_at": datetime.datetime(2011, 5, 22, tzinfo=datetime.UTC),
        "has_claims": True,
        "visible_claims": claims,
    }
    return EventEntry(**{**values, **overrides})


def test_it_renders_years_events_dates_badges_quotes_and_sources():
    claim = _claim()
    claim.source_list.append(
        SourceEntry(
            1, "https://records.example.org/1", "", "Minutes", "Senate", "supports", None, ""
        )
    )

    html = render_events([(periods.year(2011), [_event([claim])])])

    assert '<h2 class="year-heading">2011</h2>' in html
    assert '<time datetime="2011-05-18">May 18, 2011</time>' in html
    assert '<h3 class="event-headline" dir="auto">Parliament votes</h3>' in html
    assert '<span class="verdict verdict-verified">Verified</span>' in html
    assert 'href="/factchecks/taliban/#claim-7"' in html
    assert (
        '<a href="https://records.example.org/1" rel="nofollow noopener"><bdi>Minutes</bdi></a>, '
        "<bdi>Senate</bdi>" in html
    )
    assert "(supports the claim)" in html


def test_every_text_is_escaped():
    hostile = '<script>alert("x")</script>'
    claim = _claim(
        quote=hostile, verdict_note=hostile, article=_article(title=hostile, outlet=hostile)
    )
    claim.source_list.append(
        SourceEntry(
            1, 'https://e.org/"onmouseover="x', hostile, hostile, hostile, "refutes", None, ""
        )
    )

    html = render_events(
        [(periods.year(2011), [_event([claim], headline=hostile, description=hostile)])]
    )

    assert "<script>" not in html
    assert '"onmouseover' not in html
    assert html.count("&lt;script&gt;") >= 6


def test_disagreeing_dates_are_shown_claim_by_claim():
    other = _claim(8, value="2011-05-21", earliest=datetime.date(2011, 5, 21), date_text="Saturday")

    html = render_events([(periods.year(2011), [_event([_claim(), other])])])

    assert "sources give different dates" in html
    assert 'dates it <time datetime="2011-05-21">May 21, 2011</time> (“Saturday”)' in html
    # With several claims, each has its own badge.
    assert html.count("verdict verdict-verified") == 3


def test_no_events_reads_as_such():
    assert "No event matches these filters." in render_events([])


def test_an_undated_group_is_labelled():
    html = render_events(
        [(None, [_event([], earliest=None, latest=None, date_value="", has_claims=False)])]
    )

    assert '<h2 class="year-heading">Undated</h2>' in html
