"""Changes to an article after import.

The publication date anchors every relative date in the text ("last September",
"on Saturday"): moving it moves what those words mean. So the article and the dates of
its claims change in one transaction, and the article's timeline follows, or nothing
changes at all. A reader must never see a timeline dated against the old anchor next to
an article carrying the new one."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from factcheck.models import Article, Claim, ClaimStatus, EditConflict

DETAIL_FIELDS = ("title", "outlet", "byline", "url", "published_on")


@dataclass(frozen=True)
class DetailsUpdate:
    article: Article
    anchor_moved: bool = False
    # Claims whose date changed because the anchor moved.
    redated: list[Claim] = field(default_factory=list)
    # Claims whose date text the tagger could not read against the new anchor: they keep
    # their old date, and the editor is told to check them.
    unreadable: list[Claim] = field(default_factory=list)

    def dates_report(self) -> list[str]:
        """What the editor is told about the claims' dates (nothing when the date stayed)."""
        parts = []
        if self.anchor_moved:
            count = len(self.redated)
            claims = "1 claim" if count == 1 else f"{count} claims"
            parts.append(f"The publication date changed: {claims} got a new date.")
        if self.unreadable:
            written = ", ".join(f"“{claim.date_text}”" for claim in self.unreadable)
            count = len(self.unreadable)
            parts.append(
                f"{'1 claim' if count == 1 else f'{count} claims'} kept the old date: the date "
                f"as written ({written}) could not be read against the new one. Check "
                f"{'it' if count == 1 else 'them'}."
            )
        return parts


def update_article_details(
    *,
    article: Article,
    by,
    title: str,
    published_on,
    outlet: str = "",
    byline: str = "",
    url: str = "",
    seen_updated_at: str | None = None,
) -> DetailsUpdate:
    """Change the article's title, outlet, byline, URL and publication date.

    When the publication date changes, every claim with a date as written (`date_text`)
    is re-read with the tagger against the new date: dates the tagger found in the text
    and dates an editor typed alike, since both were read against the old anchor. A date
    still found inside its claim's span is read in its sentence (tense included); a typed
    one on its own. Then
    every accepted claim's timeline event is brought in line.

    `seen_updated_at` is the article's `updated_at` (ISO format) when the editor's form
    was built: if the article was saved since, EditConflict is raised and nothing is
    written. Raises ValidationError keyed by field."""
    old_title, old_anchor = article.title, article.published_on
    article.title = (title or "").strip()
    article.outlet = (outlet or "").strip()
    article.byline = (byline or "").strip()
    article.url = (url or "").strip()
    article.published_on = published_on
    article.full_clean()
    with transaction.atomic():
        _check_not_changed_since(article, seen_updated_at)
        article.save()
        return follow_article_details(
            article=article, by=by, old_title=old_title, old_anchor=old_anchor
        )


def follow_article_details(*, article: Article, by, old_title: str, old_anchor) -> DetailsUpdate:
    """Bring what hangs on an article's details in line once they are saved, wherever
    they were changed (update_article_details, the admin): the timeline's title follows
    a new title, and a new publication date re-reads every claim's date and moves the
    accepted claims' events (update_article_details says how). In one transaction, which
    the caller's save should share: raises ValidationError, keyed `published_on`, when a
    claim cannot take its new date."""
    from timeline.services.generation import sync_claim_event

    with transaction.atomic():
        _retitle_timeline(article, old_title)
        if article.published_on == old_anchor:
            return DetailsUpdate(article=article)
        # One query; the claims share `article`, so clean() reads its body without more.
        claims = list(article.claims.select_for_update().order_by("start", "pk"))
        for claim in claims:
            claim.article = article
        redated, unreadable = _redate(claims, article=article, by=by)
        for claim in claims:
            if claim.status == ClaimStatus.ACCEPTED:
                sync_claim_event(claim=claim)
    return DetailsUpdate(article=article, anchor_moved=True, redated=redated, unreadable=unreadable)


def _check_not_changed_since(article: Article, seen_updated_at: str | None) -> None:
    # Article is not Versioned: its updated_at, read under a row lock, stands in for a
    # version number, so two editors fixing the same article cannot overwrite each other.
    if not seen_updated_at:
        return
    current = Article.objects.select_for_update().get(pk=article.pk)
    if current.updated_at.isoformat() != seen_updated_at:
        raise EditConflict(current)


def _retitle_timeline(article: Article, old_title: str) -> None:
    # The article's own timeline was titled after the article; follow a new title,
    # unless an editor gave the timeline a title of its own.
    timeline = getattr(article, "timeline", None)
    if timeline is not None and article.title != old_title and timeline.title == old_title:
        timeline.title = article.title[:300]
        timeline.full_clean()
        timeline.save(update_fields=["title", "updated_at"])


def _redate(claims: list[Claim], *, article: Article, by) -> tuple[list[Claim], list[Claim]]:
    from factcheck.services.suggestions import dated_mentions
    from factcheck.temporal import parse_date

    anchor = article.published_on
    dated = [claim for claim in claims if claim.date_text.strip()]
    # A date found in the text is read again in its sentence, whose tense decides
    # between last Saturday and next, as the suggestions read it (a range as one
    # interval); a date an editor typed is read on its own.
    in_text = dated_mentions(article.body, anchor) if dated else []
    redated, unreadable = [], []
    for claim in dated:
        mention = _mention_in_claim(in_text, claim) or parse_date(claim.date_text, anchor)
        if mention is None or mention.earliest is None:
            unreadable.append(claim)
            continue
        before = claim.date_key
        as_written = claim.date_text
        claim.set_date_from_mention(mention)
        # What the text (or the editor) wrote stays as written; only its meaning moved.
        claim.date_text = as_written
        if claim.date_key == before:
            continue
        try:
            claim.full_clean()
        except ValidationError as error:
            raise ValidationError(
                {
                    "published_on": f"The claim “{claim}” cannot take its new date: {' '.join(error.messages)}"
                }
            ) from error
        claim._history_user = by
        claim._change_reason = "Date re-read: the article's publication date changed"
        claim.save()
        redated.append(claim)
    return redated, unreadable


def _mention_in_claim(mentions, claim: Claim):
    """The first mention inside the claim's span that reads as the claim's date did."""
    wanted = claim.date_text.strip()
    for mention in mentions:
        if mention.start >= claim.end:
            break
        if mention.start >= claim.start and mention.end <= claim.end and mention.text == wanted:
            return mention
    return None
