"""iCalendar export: one all-day VEVENT per dated event, spanning the days the date
covers. The summary says when a date is only known to the month or year, so a calendar
showing "September 1" does not pass for a claim about September 1."""

import datetime

import icalendar

from factcheck.models import Precision
from timeline.exports.common import absolute, verdicts_label
from timeline.models import date_label

_ONLY_KNOWN_TO = {
    Precision.WEEK: "week",
    Precision.MONTH: "month",
    Precision.SEASON: "season",
    Precision.QUARTER: "quarter",
    Precision.YEAR: "year",
    Precision.DECADE: "decade",
    Precision.CENTURY: "century",
}


def summary(event) -> str:
    text = f"{event.headline} [{verdicts_label(event)}]"
    known_to = _ONLY_KNOWN_TO.get(event.precision)
    if known_to:
        text += f" (date known to the {known_to} only: {date_label(event)})"
    elif event.approximate:
        text += f" ({date_label(event)})"
    return text


def timeline_calendar(timeline, events, *, request=None) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Fact desk//Timeline export//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", timeline.title)
    host = request.get_host() if request is not None else "factdesk"
    page = absolute(request, timeline.get_absolute_url())
    for event in events:
        if event.earliest is None:
            continue
        entry = icalendar.Event()
        entry.add("uid", f"event-{event.pk}@{host}")
        entry.add("summary", summary(event))
        entry.add("dtstart", event.earliest)
        # All-day events end on the day after their last day (DTEND is exclusive).
        entry.add("dtend", (event.latest or event.earliest) + datetime.timedelta(days=1))
        entry.add("dtstamp", event.updated_at)
        lines = [date_label(event)]
        if event.dates_disagree:
            lines.append("The sources give different dates:")
        for claim in event.visible_claims:
            lines.append(f"{claim.get_verdict_display()} ({date_label(claim)}): “{claim.quote}”")
            lines.append(f"  {claim.article.title}")
            lines.extend(
                f"  Source: {source.url or source.citation}" for source in claim.source_list
            )
        entry.add("description", "\n".join(lines))
        entry.add("url", f"{page}#event-{event.pk}")
        calendar.add_component(entry)
    return calendar.to_ical()
