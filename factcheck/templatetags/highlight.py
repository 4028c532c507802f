"""Renders an article's text for the editor: escaped paragraphs with every date
mention marked. The text inside each paragraph is exactly the article's characters,
so editor.js can turn a selection back into offsets (data-offset + text position)."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
# Only mentions that resolve to a day range are dates a claim can carry.
DATED_TYPES = {"DATE", "TIME"}


def date_mentions(body: str, anchor) -> list:
    from factcheck.temporal import tag

    return [
        mention
        for mention in tag(body, anchor)
        if mention.type in DATED_TYPES and mention.earliest is not None
    ]


def in_words(mention) -> str:
    from factcheck.temporal import describe

    return describe(mention)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of surrounding whitespace."""
    spans, position = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        chunk = body[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped[0])
            spans.append((start, start + len(stripped)))
        if match:
            position = match.end()
    return spans


def _mark(body: str, mention) -> str:
    words = in_words(mention)
    return format_html(
        '<mark class="date-mention" tabindex="0" title="{words}" data-date="{words}" '
        'data-value="{value}" data-start="{start}" data-end="{end}">{text}</mark>',
        words=words,
        value=mention.value,
        start=mention.start,
        end=mention.end,
        text=body[mention.start : mention.end],
    )


@register.simple_tag
def highlighted_body(article) -> str:
    body = article.body
    mentions = date_mentions(body, article.published_on)
    html = []
    for start, end in paragraph_spans(body):
        parts, cursor = [], start
        for mention in mentions:
            # A mention that crosses a paragraph break is left unmarked rather than
            # split: half a date helps nobody.
            if mention.start < cursor or mention.end > end:
                continue
            parts.append(conditional_escape(body[cursor : mention.start]))
            parts.append(_mark(body, mention))
            cursor = mention.end
        parts.append(conditional_escape(body[cursor:end]))
        html.append(format_html('<p data-offset="{}">{}</p>', start, mark_safe("".join(parts))))
    return mark_safe("\n".join(html))


@register.simple_tag
def quote_in_context(claim, width: int = 240) -> str:
    """The quote with up to `width` characters either side, the quote marked."""
    body = claim.article.body
    before_start = max(0, claim.start - width)
    after_end = min(len(body), claim.end + width)
    return format_html(
        '{}{}<mark class="quote">{}</mark>{}{}',
        "…" if before_start else "",
        body[before_start : claim.start],
        body[claim.start : claim.end],
        body[claim.end : after_end],
        "…" if after_end < len(body) else "",
    )


@register.filter
def date_label(claim) -> str:
    """ "September 2010 · month", or an empty string for an undated claim."""
    if not claim.date_value:
        return ""
    words = claim.date_in_words
    return f"{words} · {claim.precision}" if claim.precision else words
