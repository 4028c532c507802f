import datetime

import icalendar
import pytest
from django.urls import reverse

from tests.timeline.conftest import make_dated_event


@pytest.mark.django_db
def test_events_are_all_day_and_say_a_coarse_precision(
    anonymous, published_article, article_timeline
):
    _month, _ = make_dated_event(
        article=published_article, value="2010-09", headline="Convoy attacked"
    )
    day, _ = make_dated_event(
        article=published_article, value="2011-05-18", headline="Parliament votes"
    )

    response = anonymous.get(reverse("public:timeline_ics", args=[article_timeline.slug]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    entries = {str(entry["summary"]).split(" [")[0]: entry for entry in calendar.walk("VEVENT")}
    september = entries["Convoy attacked"]
    assert september.decoded("dtstart") == datetime.date(2010, 9, 1)
    assert september.decoded("dtend") == datetime.date(2010, 10, 1)
    assert "date known to the month only: September 2010" in str(september["summary"])
    may = entries["Parliament votes"]
    assert may.decoded("dtstart") == datetime.date(2011, 5, 18)
    assert may.decoded("dtend") == datetime.date(2011, 5, 19)
    assert "known to the" not in str(may["summary"])
    assert str(may["uid"]).startswith(f"event-{day.pk}@")


@pytest.mark.django_db
def test_a_draft_timeline_calendar_is_404_for_the_public(anonymous, build_timeline):
    timeline = build_timeline(1, published=False)

    assert anonymous.get(reverse("public:timeline_ics", args=[timeline.slug])).status_code == 404


@pytest.mark.django_db
def test_a_range_spans_its_ends(anonymous, published_article, article_timeline):
    make_dated_event(article=published_article, value="1998/2004", headline="Mayor in office")

    response = anonymous.get(reverse("public:timeline_ics", args=[article_timeline.slug]))

    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert entry.decoded("dtstart") == datetime.date(1998, 1, 1)
    assert entry.decoded("dtend") == datetime.date(2005, 1, 1)
    assert "date known to the year only: 1998–2004" in str(entry["summary"])


def test_tellings_that_agree_are_one_day_with_each_claims_date(anonymous, agreeing_tellings):
    timeline = agreeing_tellings

    response = anonymous.get(reverse("public:timeline_ics", args=[timeline.slug]))

    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert entry.decoded("dtstart") == datetime.date(2011, 5, 18)
    assert entry.decoded("dtend") == datetime.date(2011, 5, 19)
    description = str(entry["description"])
    assert "different dates" not in description
    assert "(May 2011)" in description and "(week 20 of 2011)" in description
