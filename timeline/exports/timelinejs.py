"""Knight Lab TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Dates carry only the parts we know: a year is {"year": 2001}, a month adds "month", a
day adds "day". A coarse date (season, quarter, decade) becomes a span from its first
to its last known part, so TimelineJS does not invent a day the text never gave.
TimelineJS inserts `text` as HTML, so every piece of our text is escaped here."""

from django.utils.html import escape, format_html, format_html_join

from factcheck.models import Precision
from timeline.exports.common import claim_page_url, verdicts_label
from timeline.models import date_label

GROUPINGS = ("verdict", "article")

_PARTS = {
    Precision.DAY: ("year", "month", "day"),
    Precision.WEEK: ("year", "month", "day"),
    Precision.MONTH: ("year", "month"),
    Precision.SEASON: ("year", "month"),
    Precision.QUARTER: ("year", "month"),
}


def _date_parts(day, precision: str) -> dict:
    parts = _PARTS.get(precision, ("year",))
    return {part: getattr(day, part) for part in parts}


def _dates(event) -> tuple[dict, dict | None]:
    precision = event.precision or (
        Precision.DAY if event.latest == event.earliest else Precision.YEAR
    )
    start = _date_parts(event.earliest, precision)
    end = _date_parts(event.latest, precision) if event.latest else None
    if end == start:
        end = None
    if event.dates_disagree:
        # The claims' dates cannot all be true: span from the earliest to the latest
        # claimed. Tellings that agree ("May 18" within "week 20" within "May") keep the
        # event's own date, which the merge narrowed to the finest of them.
        claims = event.dated_claims
        first = min(claims, key=lambda claim: claim.earliest)
        last = max(claims, key=lambda claim: claim.latest or claim.earliest)
        start = _date_parts(first.earliest, first.precision or precision)
        end = _date_parts(last.latest or last.earliest, last.precision or precision)
    return start, end


def _text(event, request) -> str:
    pieces = []
    if event.description:
        pieces.append(format_html("<p>{}</p>", event.description))
    if event.dates_disagree:
        pieces.append(
            format_html("<p><strong>{}</strong></p>", "The sources give different dates.")
        )
    for claim in event.visible_claims:
        sources = format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            (
                (source.url, source.title or source.url)
                for source in claim.source_list
                if source.url
            ),
        )
        pieces.append(
            format_html(
                '<p><strong>{}</strong> · {}</p><blockquote>“{}”</blockquote><p><a href="{}">{}</a>{}</p>',
                claim.get_verdict_display(),
                date_label(claim),
                claim.quote,
                claim_page_url(claim, request),
                claim.article.title,
                format_html(" · Sources: {}", sources) if sources else "",
            )
        )
    return "".join(pieces)


def _group(event, grouping: str) -> str:
    if grouping == "article":
        articles = {claim.article.title for claim in event.visible_claims}
        return " / ".join(sorted(articles)) or "Editors' events"
    return verdicts_label(event)


def timeline_json(timeline, events, *, grouping: str = "verdict", request=None) -> dict:
    slides = []
    for event in events:
        if event.earliest is None:
            continue
        start, end = _dates(event)
        slide = {
            "unique_id": f"event-{event.pk}",
            "start_date": start,
            "display_date": date_label(event),
            "text": {"headline": escape(event.headline), "text": _text(event, request)},
            "group": _group(event, grouping),
        }
        if end:
            slide["end_date"] = end
        slides.append(slide)
    return {
        "title": {
            "unique_id": f"timeline-{timeline.pk}",
            "text": {
                "headline": escape(timeline.title),
                "text": format_html("<p>{}</p>", timeline.description)
                if timeline.description
                else "",
            },
        },
        "events": slides,
    }
