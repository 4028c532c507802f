"""Readable article text and its metadata, from HTML or from plain text/markdown.

Pure Python (trafilatura and lxml, no Django). Both readers return a `ReadText`: the
body with one blank line between paragraphs, plus whatever the source says about
itself (title, outlet, byline, publication date, URL). Fields the source does not give
are empty, never guessed from elsewhere.
"""

import datetime
import json
import re
from dataclasses import dataclass

from factcheck.text.sentences import DATE_LINE_RE, DATELINE_RE, HEADING_RE, META_LINE_RE


@dataclass
class ReadText:
    body: str
    title: str = ""
    outlet: str = ""
    byline: str = ""
    published_on: datetime.date | None = None
    url: str = ""
    language: str = ""


# HTML ------------------------------------------------------------------------


def read_html(html: str, *, url: str = "") -> ReadText:
    """The article's readable text (scripts, styles, menus and footers dropped) and
    the metadata from meta tags, JSON-LD and trafilatura's own metadata reader."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=False,
    )
    text = ""
    meta = {}
    if document is not None:
        text = document.text or ""
        meta = {
            "title": document.title or "",
            "outlet": document.sitename or "",
            "byline": document.author or "",
            "date": document.date or "",
            "url": document.url or "",
            "language": document.language or "",
        }
    if not text.strip():
        # trafilatura gives up on very short pages; fall back to every text block.
        text = _fallback_text(html)
    json_ld = _json_ld_metadata(html)
    # JSON-LD is what the publisher declares for search engines: it wins over guesses.
    title = json_ld.get("title") or meta.get("title", "")
    body = _paragraphs_from_lines(text)
    body = _drop_leading_title(body, title)
    return ReadText(
        body=body,
        title=_clean_line(title),
        outlet=_clean_line(json_ld.get("outlet") or meta.get("outlet", "")),
        byline=_clean_line(json_ld.get("byline") or meta.get("byline", "")),
        published_on=_parse_iso_date(json_ld.get("date") or meta.get("date", "")),
        url=url or meta.get("url", ""),
        language=meta.get("language", "")[:35],
    )


def _paragraphs_from_lines(text: str) -> str:
    # trafilatura's text output puts each block (paragraph, heading, list item) on a
    # line of its own; a blank line between them keeps paragraphs visible.
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _drop_leading_title(body: str, title: str) -> str:
    if not title:
        return body
    first, _, rest = body.partition("\n\n")
    if _normalise(first) == _normalise(title) and rest.strip():
        return rest
    return body


def _normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _fallback_text(html: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    blocks = tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote|//pre")
    if blocks:
        return "\n".join(block.text_content() for block in blocks)
    body = tree.find("body")
    return (body if body is not None else tree).text_content()


def _json_ld_metadata(html: str) -> dict:
    """headline, publisher name, author name and datePublished from the first
    NewsArticle-like JSON-LD object on the page."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _json_ld_items(data):
            kind = item.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(str(k).endswith(("Article", "BlogPosting", "Report")) for k in kinds):
                continue
            return {
                "title": _as_text(item.get("headline") or item.get("name")),
                "outlet": _name_of(item.get("publisher")),
                "byline": _name_of(item.get("author")),
                "date": _as_text(item.get("datePublished")),
            }
    return {}


def _json_ld_items(data):
    if isinstance(data, list):
        for entry in data:
            yield from _json_ld_items(entry)
    elif isinstance(data, dict):
        yield data
        yield from _json_ld_items(data.get("@graph", []))


def _name_of(value) -> str:
    if isinstance(value, list):
        return ", ".join(filter(None, (_name_of(entry) for entry in value)))
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    return _as_text(value)


def _as_text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _parse_iso_date(value: str) -> datetime.date | None:
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        return None


def _clean_line(value: str) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


# Plain text and markdown ----------------------------------------------------------

BYLINE_RE = re.compile(r"\A\s*\*{0,2}_?by\s+(?P<name>[^*_\n]{2,120}?)_?\*{0,2}\s*\Z", re.IGNORECASE)
OUTLET_RE = re.compile(r"\A\s*(?:\*\*|__)(?P<name>[^*_\n]{2,120})(?:\*\*|__)\s*\Z")
URL_TRAILER_RE = re.compile(
    r"(?:\n[ \t]*)*(?:^[ \t]*(?:original\s+)?(?:url|link|source)\s*:[ \t]*\n?(?:[ \t]*\n)*)?"
    r"^[ \t]*<?(?P<url>https?://[^\s>]+)>?[ \t]*\s*\Z",
    re.IGNORECASE | re.MULTILINE,
)
SETEXT_UNDERLINE_RE = re.compile(r"\A\s*(?:=+|-+)\s*\Z")


def read_plain(text: str) -> ReadText:
    """A pasted or uploaded plain-text or markdown article.

    Lines at the top that are clearly not prose are read as metadata and taken out of
    the body: a "# Title" (or the first line, when a date line follows it), a date line
    ("May 22, 2011"; failing that, a full date in the dateline), a bold outlet line
    ("**The Moscow Times**") and a byline ("By Jane Roe"). A trailing "Original url:
    <https://...>" becomes the URL. Everything else, the dateline ("KABUL, Afghanistan —")
    included, stays in the body as written."""
    lines = text.split("\n")
    result = ReadText(body="")
    index = 0
    consumed = 0  # lines taken as metadata
    while index < len(lines) and index < 12:
        line = lines[index]
        stripped = line.strip()
        if not stripped or (SETEXT_UNDERLINE_RE.match(line) and result.title):
            index += 1
            consumed = index
            continue
        if HEADING_RE.match(line) and not result.title:
            result.title = _clean_line(stripped.lstrip("#"))
        elif DATE_LINE_RE.match(line) and result.published_on is None:
            result.published_on = _date_from_line(stripped)
            if result.published_on is None:
                break
        elif (match := OUTLET_RE.match(line)) and not result.outlet:
            result.outlet = _clean_line(match.group("name"))
        elif (match := BYLINE_RE.match(line)) and not result.byline:
            result.byline = _clean_line(match.group("name"))
        elif (
            not result.title
            and index + 1 < len(lines)
            and _title_like(stripped)
            and _next_is_meta(lines, index + 1)
        ):
            # A first short line followed by a date, byline or underline is a title.
            result.title = _clean_line(stripped)
        else:
            break
        index += 1
        consumed = index
    body = "\n".join(lines[consumed:])
    trailer = URL_TRAILER_RE.search(body)
    if trailer:
        result.url = trailer.group("url")
        body = body[: trailer.start()]
    result.body = body.strip("\n")
    if result.published_on is None:
        # A wire dateline may carry the date: "NEW YORK, May 3, 2011 (Reuters) —".
        dateline = DATELINE_RE.match(result.body)
        if dateline:
            result.published_on = _date_from_line(dateline.group())
    return result


def _title_like(line: str) -> bool:
    return 0 < len(line) <= 200 and line[-1] not in ".,;:" and not META_LINE_RE.match(line)


def _next_is_meta(lines: list[str], index: int) -> bool:
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines):
        return False
    line = lines[index]
    return bool(
        DATE_LINE_RE.match(line)
        or BYLINE_RE.match(line)
        or OUTLET_RE.match(line)
        or SETEXT_UNDERLINE_RE.match(line)
    )


MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def _date_from_line(line: str) -> datetime.date | None:
    """The date a date line states; written dates only, so no anchor is needed."""
    if iso := _parse_iso_date(line):
        return iso
    month_first = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", line)
    day_first = re.search(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", line)
    if month_first and month_first.group(1).lower() in MONTH_NUMBERS:
        month, day, year = month_first.groups()
    elif day_first and day_first.group(2).lower() in MONTH_NUMBERS:
        day, month, year = day_first.groups()
    else:
        return None
    try:
        return datetime.date(int(year), MONTH_NUMBERS[month.lower()], int(day))
    except ValueError:
        return None
