"""CSV and JSON exports of a timeline: one row (CSV) or object (JSON) per event, with
its claims and sources."""

import csv
import io

from timeline.exports.common import absolute, claim_page_url, verdicts_label
from timeline.models import date_label

# Spreadsheet apps run a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = [
    "event_id",
    "date",
    "date_value",
    "earliest",
    "latest",
    "precision",
    "approximate",
    "dates_disagree",
    "headline",
    "verdict",
    "claim_id",
    "claim_date",
    "quote",
    "article",
    "outlet",
    "factcheck_url",
    "sources",
]


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _source_text(source) -> str:
    return " ".join(part for part in (source.title, source.url or source.citation) if part)


def timeline_csv(events, *, request=None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        base = [
            event.pk,
            date_label(event),
            event.date_value,
            event.earliest or "",
            event.latest or "",
            event.precision,
            "yes" if event.approximate else "no",
            "yes" if event.dates_disagree else "no",
            event.headline,
        ]
        claims = event.visible_claims or [None]
        for claim in claims:
            if claim is None:
                row = [*base, verdicts_label(event), "", "", "", "", "", "", ""]
            else:
                row = [
                    *base,
                    claim.get_verdict_display(),
                    claim.pk,
                    date_label(claim),
                    claim.quote,
                    claim.article.title,
                    claim.article.outlet,
                    claim_page_url(claim, request),
                    " | ".join(_source_text(source) for source in claim.source_list),
                ]
            writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def _source(source) -> dict:
    return {
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "citation": source.citation,
        "stance": source.stance,
        "published_on": source.published_on.isoformat() if source.published_on else None,
        "archive_url": source.archive_url,
    }


def _date(dated) -> dict | None:
    if dated.earliest is None:
        return None
    return {
        "value": dated.date_value,
        "in_words": date_label(dated),
        "as_written": dated.date_text,
        "earliest": dated.earliest.isoformat(),
        "latest": dated.latest.isoformat() if dated.latest else None,
        "precision": dated.precision,
        "approximate": dated.approximate,
    }


def timeline_data(timeline, events, *, request=None) -> dict:
    return {
        "timeline": {
            "title": timeline.title,
            "slug": timeline.slug,
            "description": timeline.description,
            "url": absolute(request, timeline.get_absolute_url()),
            "updated_at": timeline.updated_at.isoformat(),
        },
        "events": [
            {
                "id": event.pk,
                "headline": event.headline,
                "description": event.description,
                "date": _date(event),
                "dates_disagree": event.dates_disagree,
                "verdicts": [verdict.value for verdict in event.verdicts],
                "claims": [
                    {
                        "id": claim.pk,
                        "statement": claim.statement,
                        "quote": claim.quote,
                        "verdict": claim.verdict,
                        "verdict_label": claim.get_verdict_display(),
                        "rationale": claim.verdict_note,
                        "date": _date(claim),
                        "url": claim_page_url(claim, request),
                        "article": {
                            "title": claim.article.title,
                            "outlet": claim.article.outlet,
                            "url": claim.article.url,
                            "published_on": claim.article.published_on.isoformat(),
                        },
                        "sources": [_source(source) for source in claim.source_list],
                    }
                    for claim in event.visible_claims
                ],
            }
            for event in events
        ],
    }
