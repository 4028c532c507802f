"""Renders an article's text for the editor: escaped paragraphs with every date
mention marked. The text inside each paragraph is exactly the article's characters,
so editor.js can turn a selection back into offsets (data-offset + text position)."""

import re
from dataclasses import dataclass

from django import template
from django.core.cache import cache
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from factcheck.models import ClaimStatus
from factcheck.workspace import claims_page_on_screen

register = template.Library()

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
# Only mentions that resolve to a day range are dates a claim can carry.
DATED_TYPES = {"DATE", "TIME"}


def date_mentions(body: str, anchor) -> list:
    """The dates to mark in the text: those with calendar bounds, and years before AD 1
    ("44 BC"), which date no claim but are dates all the same."""
    from factcheck.models import names_a_date
    from factcheck.temporal import tag

    return [
        mention
        for mention in tag(body, anchor)
        if mention.type in DATED_TYPES and names_a_date(mention)
    ]


# Long enough that an editor working through an article never waits for the tagger
# again; short enough that a deploy with new tagger rules shows them the same day.
MENTIONS_CACHE_SECONDS = 3600


def article_date_mentions(article) -> list:
    """date_mentions of the article's text, cached under the text's hash and the
    publication date: the article page is redrawn after every change an editor makes,
    and a long text takes the tagger a while (about 2 s for 1,000,000 characters)."""
    if not article.body_sha256:  # not saved yet: no stable key
        return date_mentions(article.body, article.published_on)
    key = f"date-mentions:{article.body_sha256}:{article.published_on.isoformat()}"
    mentions = cache.get(key)
    if mentions is None:
        mentions = date_mentions(article.body, article.published_on)
        cache.set(key, mentions, MENTIONS_CACHE_SECONDS)
    return mentions


def in_words(mention) -> str:
    from factcheck.models import before_the_calendar
    from factcheck.temporal import describe

    if before_the_calendar(mention):
        return f"{describe(mention)} (before AD 1: a timeline cannot place it)"
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


def _date_open(body: str, mention) -> str:
    words = in_words(mention)
    return format_html(
        '<mark class="date-mention" tabindex="0" title="{words}" data-date="{words}" '
        'data-value="{value}" data-start="{start}" data-end="{end}">',
        words=words,
        value=mention.value,
        start=mention.start,
        end=mention.end,
    )


def _claim_open(claim) -> str:
    return format_html(
        '<mark class="claim-span claim-span-{status}" data-claim="{pk}">',
        status=claim.status,
        pk=claim.pk,
    )


def _claim_link(claim, pages: dict | None = None, current_page: int = 1) -> str:
    # Empty on purpose: editor.js maps selections to offsets by counting the paragraph's
    # text, so the link may add no characters. CSS draws its marker; aria-label names it.
    status = ClaimStatus(claim.status).label
    statement = Truncator(claim.statement or claim.quote).chars(120)
    page = pages.get(claim.pk) if pages else None
    # The claim list is paged: a card on another page is reached through that page.
    # data-page lets editor.js do the same once htmx has shown another page of cards.
    href = f"#claim-{claim.pk}"
    if page is not None and page != current_page:
        href = f"?claims={page}#claim-{claim.pk}"
    return format_html(
        '<a class="claim-link claim-link-{status}" href="{href}"{page} '
        'aria-label="{label}: {statement}" title="{label}: {statement}"></a>',
        status=claim.status,
        href=href,
        page=format_html(' data-page="{}"', page) if page is not None else "",
        label=f"{status} claim",
        statement=statement,
    )


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    is_date: bool
    opening: str  # the start tag, escaped
    item: object  # the DateMention or the Claim


CLOSING = "</mark>"


def _render_paragraph(
    body: str, start: int, end: int, spans: list[_Span], linked: set, link=_claim_link
) -> str:
    """The paragraph body[start:end] with `spans` marked, as well-formed HTML.

    Spans may overlap. A stack of open marks keeps the nesting proper: to close a mark
    that is not on top, the marks above it are closed and opened again just after.
    Date marks are focusable, so they are never cut in two: a claim mark that would
    cross one is cut instead (invisible, since the pieces touch). Each boundary costs
    O(marks open there), so the whole is linear in the text for any fixed overlap.
    Claims whose pk is in `linked` get their link where their first mark opens."""
    boundaries: dict[int, tuple[list[_Span], list[_Span]]] = {}
    for span in spans:
        boundaries.setdefault(span.start, ([], []))[0].append(span)
        boundaries.setdefault(span.end, ([], []))[1].append(span)
    html, stack, cursor = [], [], start
    for position in sorted(boundaries):
        starting, ending = boundaries[position]
        html.append(conditional_escape(body[cursor:position]))
        cursor = position
        reopen, new = [], {id(span) for span in starting}
        if ending:
            # Close down to the deepest mark ending here; what did not end is reopened.
            ended = {id(span) for span in ending}
            while any(id(span) in ended for span in stack):
                top = stack.pop()
                html.append(CLOSING)
                if id(top) not in ended:
                    reopen.append(top)
            reopen.reverse()
        # Outer marks are the ones that last longest, so fewer get cut later.
        for span in sorted(
            [*reopen, *starting], key=lambda span: (-span.end, span.is_date, span.start)
        ):
            if span.is_date:
                _open_date(html, stack, span)
            else:
                _open(html, stack, span)
            if id(span) in new and not span.is_date and span.item.pk in linked:
                linked.discard(span.item.pk)
                html.append(link(span.item))
    html.append(conditional_escape(body[cursor:end]))
    html.extend(CLOSING for _ in stack)
    return "".join(html)


def _open(html: list[str], stack: list[_Span], span: _Span) -> None:
    html.append(span.opening)
    stack.append(span)


def _open_date(html: list[str], stack: list[_Span], date: _Span) -> None:
    """Open a date mark so that no open claim mark ends inside it: those claims are
    closed and reopened inside the date, so it is the claims that get cut, not the date.
    (Dates never overlap each other, so the stack holds only claims here.)"""
    popped = []
    while any(open_span.end < date.end for open_span in stack):
        popped.append(stack.pop())
        html.append(CLOSING)
    popped.reverse()
    for claim_span in popped:
        if claim_span.end >= date.end:
            _open(html, stack, claim_span)
    _open(html, stack, date)
    for claim_span in popped:
        if claim_span.end < date.end:
            _open(html, stack, claim_span)


def marked_claims(claims) -> list:
    """The claims to mark in the text: accepted and suggested; rejected ones are not."""
    return [claim for claim in claims if claim.status != ClaimStatus.REJECTED]


@register.simple_tag
def highlighted_body(article, claims=None, pages=None, current_page=1) -> str:
    """The article's paragraphs with date mentions and claim spans marked. `claims`
    defaults to article.claims.all() (prefetched on the article page: no query).
    `pages` (claim pk -> page of the claim list) is given when the list is paged."""
    body = article.body

    def link(claim):
        return _claim_link(claim, pages, current_page)

    mentions = article_date_mentions(article)
    claims = marked_claims(article.claims.all() if claims is None else claims)
    claims = sorted(
        (claim for claim in claims if 0 <= claim.start < claim.end <= len(body)),
        key=lambda claim: (claim.start, -claim.end, claim.pk),
    )
    html, next_mention, next_claim, open_claims = [], 0, 0, []
    for start, end in paragraph_spans(body):
        spans, cursor = [], start
        # Mentions come in text order and do not overlap; one pass over them in all.
        while next_mention < len(mentions) and mentions[next_mention].start < end:
            mention = mentions[next_mention]
            next_mention += 1
            # A mention that crosses a paragraph break is left unmarked rather than
            # split: half a date helps nobody.
            if mention.start < cursor or mention.start < start or mention.end > end:
                continue
            spans.append(
                _Span(mention.start, mention.end, True, _date_open(body, mention), mention)
            )
            cursor = mention.end
        # Claims: those that started before and still run, then those starting here.
        open_claims = [claim for claim in open_claims if claim.end > start]
        starting_here = []
        while next_claim < len(claims) and claims[next_claim].start < end:
            starting_here.append(claims[next_claim])
            next_claim += 1
        for claim in [*open_claims, *starting_here]:
            span_start, span_end = max(claim.start, start), min(claim.end, end)
            if span_start < span_end:
                spans.append(_Span(span_start, span_end, False, _claim_open(claim), claim))
        open_claims = [*open_claims, *starting_here]
        # Each claim's link goes where its first mark opens, in the paragraph it starts in.
        linked = {claim.pk for claim in starting_here}
        paragraph = _render_paragraph(body, start, end, spans, linked, link)
        html.append(format_html('<p data-offset="{}">{}</p>', start, mark_safe(paragraph)))
    return mark_safe("\n".join(html))


# The claim changes that move or restyle a claim's marks in the text.
MARK_CHANGING_VIEWS = frozenset(["claim_accept", "claim_reject", "claim_edit", "claim_add"])


@register.simple_tag
def marks_out_of_band(article, request, page=None) -> str:
    """After an htmx change to a claim's status or span, the article text with fresh
    marks, swapped in beside the card (htmx out of band), so the text never shows a
    claim as suggested once it is accepted. innerHTML, not the element: editor.js keeps
    a reference to the text's container. One query (the claims) and one tagger run;
    on pages without the text htmx drops it."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name not in MARK_CHANGING_VIEWS:
        return ""
    from factcheck.selectors import CLAIMS_PER_PAGE, claim_page_numbers

    claims = list(article.claims.all())
    pages = claim_page_numbers(claims) if len(claims) > CLAIMS_PER_PAGE else None
    return format_html(
        '<div id="article-body" hx-swap-oob="innerHTML">{}</div>',
        highlighted_body(article, claims, pages, page or claims_page_on_screen(request)),
    )


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
    """ "September 2010 · month", "2001–2005 · range of years", or an empty string for an
    undated claim."""
    if not claim.date_value:
        return ""
    words = claim.date_in_words
    return f"{words} · {claim.precision_label}" if claim.precision else words
