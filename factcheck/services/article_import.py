"""From pasted text, an uploaded file or a URL to a saved article with suggested claims.

Two steps, so the editor can check the pre-filled fields in between:
`read_source()` reads and cleans the text and the metadata the source gives;
`create_article()` saves the article, its timeline and the suggestions in one transaction.
"""

import datetime
import hashlib
import re
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from factcheck.models import Article
from factcheck.services.fetch import fetch_url
from factcheck.services.reading import ArticleSourceError, decode_bytes
from factcheck.text.html import ReadText, read_html, read_plain

# What read_source returns: the reader's record, after the limits are applied.
ImportedText = ReadText


UPLOAD_KINDS = {".txt": "text", ".text": "text", ".md": "text", ".markdown": "text"}
UPLOAD_KINDS |= {".html": "html", ".htm": "html", ".xhtml": "html"}
# C0 control characters other than tab and newline; \r is handled before (CRLF → LF).
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_source(*, text: str | None = None, upload=None, url: str | None = None) -> ImportedText:
    """Exactly one of `text` (pasted), `upload` (a Django UploadedFile: .txt, .md,
    .html) or `url`. Raises ArticleSourceError with a message for the editor."""
    given = [name for name, value in (("text", text), ("upload", upload), ("url", url)) if value]
    if len(given) > 1:
        raise ArticleSourceError(
            "Give the article one way only: paste its text, upload a file or give its URL."
        )
    if not given:
        if text is not None or url is not None:
            raise ArticleSourceError(
                "The article has no text; paste it, upload a file or give a URL."
            )
        raise ArticleSourceError("Paste the article's text, upload a file or give its URL.")
    if upload is not None:
        return _from_upload(upload)
    if url is not None:
        return _from_url(url)
    return _from_text(text, kind="html" if looks_like_html(text) else "text")


# Pasted page source ("view source", copy, paste) is read as the page it is, so its
# scripts, styles and menus never end up in the article's text.
HTML_START_RE = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body|article|main|div|p|section)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    return bool(HTML_START_RE.match(text[:10_000]))


def _from_upload(upload) -> ImportedText:
    name = PurePath(getattr(upload, "name", "") or "").name
    suffix = PurePath(name).suffix.lower()
    kind = UPLOAD_KINDS.get(suffix)
    if kind is None:
        raise ArticleSourceError(
            f"“{name or 'The file'}” is not a .txt, .md or .html file; save the article "
            "in one of those formats, or paste its text."
        )
    # A UTF-8 character takes at most 4 bytes: anything larger is over the cap for sure,
    # and we need not read it all to say so.
    max_bytes = settings.ARTICLE_MAX_CHARS * 4
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise ArticleSourceError(
            f"“{name}” is {size:,} bytes; the limit is {settings.ARTICLE_MAX_CHARS:,} "
            "characters. Import a shorter text."
        )
    data = b"".join(upload.chunks()) if hasattr(upload, "chunks") else upload.read()
    decoded = decode_bytes(data, charset="", what=f"“{name}”")
    return _from_text(decoded, kind=kind)


def _from_url(url: str) -> ImportedText:

    page = fetch_url(url)
    imported = _from_text(page.text, kind="html" if page.is_html else "text", url=page.final_url)
    return imported


def _from_text(raw: str, *, kind: str, url: str = "") -> ImportedText:

    cleaned = clean_text(raw)
    if kind == "html":
        _check_length(cleaned)  # before the parser spends time on a huge page
        read = read_html(cleaned, url=url)
    else:
        read = read_plain(cleaned)
    body = clean_text(read.body).strip("\n")
    if not body.strip():
        raise ArticleSourceError(
            "The article has no text; paste or upload the article itself."
            if kind != "html"
            else "No article text was found in that page; paste the article's text instead."
        )
    _check_length(body)
    return ImportedText(
        body=body,
        title=read.title[:300],
        outlet=read.outlet[:200],
        byline=read.byline[:300],
        published_on=read.published_on,
        url=(url or read.url)[:2000],
        language=(read.language or "en")[:35],
    )


def _check_length(text: str) -> None:
    limit = settings.ARTICLE_MAX_CHARS
    if len(text) > limit:
        raise ArticleSourceError(
            f"The article is {len(text):,} characters; the limit is {limit:,}. "
            "Import a shorter text."
        )


def clean_text(text: str) -> str:
    """Line endings as \\n, no NUL or other control characters (PostgreSQL refuses
    NUL; the others are invisible and break offsets in the editor), no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = CONTROL_CHARS_RE.sub("", text)
    return re.sub(r"[ \t]+\n", "\n", text)


# Saving ------------------------------------------------------------------------


def find_duplicate(*, body: str) -> Article | None:
    """The article already imported with exactly this text, if any, so the view can warn."""
    digest = hashlib.sha256(clean_text(body).strip("\n").encode("utf-8")).hexdigest()
    exact = Article.objects.filter(body_sha256=digest).order_by("pk").first()
    if exact is not None:
        return exact
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Article.objects.filter(body_sha256=digest).order_by("pk").first()


def create_article(
    *,
    imported: ImportedText | None = None,
    body: str,
    title: str,
    published_on: datetime.date,
    outlet: str = "",
    byline: str = "",
    url: str = "",
    language: str = "en",
    by,
) -> Article:
    """Save the article, create its timeline and suggest its claims, all or nothing:
    an article without its suggestions or timeline would look checked when it is not.

    `imported` fills outlet, byline and URL when the caller leaves them empty. Raises
    ValidationError (field by field) for invalid input."""
    if imported is not None:
        outlet = outlet or imported.outlet
        byline = byline or imported.byline
        url = url or imported.url
        language = language or imported.language
    from factcheck.services.suggestions import suggest_claims
    from timeline.services.generation import ensure_article_timeline

    article = Article(
        title=(title or "").strip(),
        body=clean_text(body or "").strip("\n"),
        published_on=published_on,
        outlet=(outlet or "").strip(),
        byline=(byline or "").strip(),
        url=(url or "").strip(),
        language=(language or "en").strip() or "en",
        created_by=by,
    )
    with transaction.atomic():
        article.full_clean()
        if len(article.body) > settings.ARTICLE_MAX_CHARS:
            raise ValidationError(
                {
                    "body": f"The article is {len(article.body):,} characters; the limit is "
                    f"{settings.ARTICLE_MAX_CHARS:,}."
                }
            )
        article.save()
        ensure_article_timeline(article=article)
        suggest_claims(article=article)
    return article
