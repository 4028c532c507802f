"""The HTML of a timeline's events, built in Python.

The template language spends about a millisecond per event here (a dozen tags and
lookups each); a 1,000-event page must render uncached well under 150 ms, so this one
list is written with f-strings and html.escape. Everything else on the page stays in
templates/public/timeline.html. Every interpolated text goes through `_e` (escape), and
text an editor pasted is a bidi isolate (<bdi>, dir="auto"): a right-to-left override in
a title must not reverse the words after it."""

from html import escape

from django.utils.safestring import SafeString, mark_safe

from timeline.entries import ClaimEntry, EventEntry, date_label, html_datetime
from timeline.periods import Period


def _e(text) -> str:
    return escape(str(text), quote=True) if text else ""


def _time(dated, label: str) -> str:
    when = html_datetime(dated)
    if when:
        return f'<time datetime="{when}">{_e(label)}</time>'
    return f'<span class="date">{_e(label)}</span>'


def _sources(claim: ClaimEntry) -> str:
    if not claim.source_list:
        return ""
    items = []
    for source in claim.source_list:
        if source.url:
            name = f'<a href="{_e(source.url)}" rel="nofollow noopener"><bdi>{_e(source.title or source.url)}</bdi></a>'
        else:
            name = f"<bdi>{_e(source.title or source.citation)}</bdi>"
        publisher = f", <bdi>{_e(source.publisher)}</bdi>" if source.publisher else ""
        citation = f" — {_e(source.citation)}" if source.citation and source.url else ""
        stance = _e(source.get_stance_display().lower())
        items.append(f'<li>{name}{publisher} <span class="stance">({stance})</span>{citation}</li>')
    plural = "s" if len(claim.source_list) != 1 else ""
    return f'<p class="sources-label">Source{plural}:</p><ul class="sources">{"".join(items)}</ul>'


def _claim(event: EventEntry, claim: ClaimEntry, *, several: bool, own_dates: bool) -> str:
    article = claim.article
    cite = f' cite="{article.html_url}"' if article.url else ""
    badge = (
        f'<span class="verdict verdict-{_e(claim.verdict)}">{_e(claim.get_verdict_display())}</span> '
        if several
        else ""
    )
    outlet = f", <bdi>{article.html_outlet}</bdi>" if article.outlet else ""
    dated = ""
    if own_dates:
        when = html_datetime(claim)
        attribute = f' datetime="{when}"' if when else ""
        as_written = f" (“{_e(claim.date_text)}”)" if claim.date_text else ""
        dated = f" — dates it <time{attribute}>{_e(date_label(claim))}</time>{as_written}"
    note = (
        f'<p class="claim-note" dir="auto">{_e(claim.verdict_note)}</p>'
        if claim.verdict_note
        else ""
    )
    return (
        f'<li class="event-claim"><blockquote class="claim-quote"{cite}><p dir="auto">“{_e(claim.quote)}”</p></blockquote>'
        f'<p class="claim-meta">{badge}<a href="{article.public_url}#claim-{claim.pk}"><bdi>{article.html_title}</bdi></a>'
        f"{outlet}, {article.html_date}{dated}</p>{note}{_sources(claim)}</li>"
    )


def _event(event: EventEntry) -> str:
    # Claims that tell the date differently each show their own; only dates that
    # cannot both be true are flagged (a finer telling of the same day agrees).
    flag = (
        ' <span class="dates-disagree">· sources give different dates</span>'
        if event.dates_disagree
        else ""
    )
    verdicts = "".join(
        f'<span class="verdict verdict-{verdict.value}">{_e(verdict.label)}</span> '
        for verdict in event.verdicts
    )
    verdicts = f'<p class="event-verdicts">{verdicts}</p>' if verdicts else ""
    description = (
        f'<p class="event-description" dir="auto">{_e(event.description)}</p>'
        if event.description
        else ""
    )
    claims = ""
    if event.visible_claims:
        several = len(event.visible_claims) > 1
        own_dates = event.claim_dates_differ
        claims = "".join(
            _claim(event, claim, several=several, own_dates=own_dates)
            for claim in event.visible_claims
        )
        claims = f'<ul class="event-claims">{claims}</ul>'
    return (
        f'<li class="event" id="event-{event.pk}">'
        f'<p class="event-date">{_time(event, date_label(event))}{flag}</p>'
        f'<h3 class="event-headline" dir="auto">{_e(event.headline)}</h3>'
        f"{verdicts}{description}{claims}</li>\n"
    )


def render_events(groups: list[tuple[Period | None, list[EventEntry]]]) -> SafeString:
    """The events grouped by year (or decade, or century: timeline.periods): <ol> of
    years, each an <h2> and an <ol> of events."""
    if not groups:
        return mark_safe('<p class="empty">No event matches these filters.</p>')
    parts = ['<ol class="years">\n']
    for period, events in groups:
        anchor = period.token if period is not None else "undated"
        heading = _e(period.label) if period is not None else "Undated"
        parts.append(
            f'<li class="year" id="year-{anchor}"><h2 class="year-heading">{heading}</h2>'
            f'<ol class="events">\n'
        )
        parts.extend(_event(event) for event in events)
        parts.append("</ol></li>\n")
    parts.append("</ol>")
    return mark_safe("".join(parts))
