"""Timeline events from claims: every accepted, dated claim has an event on its
article's timeline. Editors call these through the claim services; nothing here
runs from signals, so every write is visible at the call site."""

from django.db import transaction

from factcheck.models import Article, Claim, ClaimStatus
from factcheck.models.slugs import unique_slug
from timeline.models import Event, Timeline


def ensure_article_timeline(*, article: Article) -> Timeline:
    """The article's own timeline, created on first use with the article's publication state."""
    timeline = Timeline.objects.filter(article=article).first()
    if timeline is None:
        timeline = Timeline.objects.create(
            article=article,
            title=article.title[:300],
            slug=unique_slug(Timeline.objects, article.slug, fallback="timeline"),
            description=f"Dated claims in “{article.title}”"[:2000],
            is_published=article.is_published,
            created_by=article.created_by,
        )
    return timeline


def sync_claim_event(*, claim: Claim) -> Event | None:
    """Create, update or drop the event behind one claim, so the timeline always
    mirrors the accepted dated claims. Returns the event, or None when there is none.

    A new event's headline is made from the claim by rule (timeline.headlines). After
    that it follows the claim's wording while it is still the rules' own: while the
    event holds this claim alone and its headline is one the rules made from a wording
    the claim has had (the claim's history keeps every wording, so an edit saved
    without a sync in between is still recognised). Any other headline was written by a
    person (in the admin) and is kept; so is the headline of an event several claims
    share after a merge, which was chosen for all of them."""
    from timeline.headlines import headline_for_claim

    with transaction.atomic():
        event = claim.events.order_by("pk").first()
        wanted = claim.status == ClaimStatus.ACCEPTED and claim.earliest is not None
        if not wanted:
            if event is not None and not event.carries_merge_log():
                event.claims.remove(claim)
                if not event.claims.exists():
                    event.delete()
            # An event in a merge log keeps the claim: with no accepted claim it is
            # hidden (EventQuerySet.shown), its log and the events it absorbed stay as
            # they are, undo still finds the claims it moved, and accepting the claim
            # again brings the event back with its history.
            return None
        if event is None:
            event, alone = Event(headline=headline_for_claim(claim)), True
        else:
            # An event shared by several claims (a merge) keeps its own date and headline.
            alone = event.claims.count() <= 1
            if alone:
                _follow_wording(event, claim)
        if alone:
            event.date_text = claim.date_text
            event.date_value = claim.date_value
            event.earliest = claim.earliest
            event.latest = claim.latest
            event.precision = claim.precision
            event.approximate = claim.approximate
        event.full_clean()
        event.save()
        event.claims.add(claim)
        ensure_article_timeline(article=claim.article).events.add(event)
        return event


def _follow_wording(event: Event, claim: Claim) -> None:
    """Give the event the headline of the claim's wording unless a person wrote its
    headline (the rule is in sync_claim_event's docstring)."""
    from timeline.headlines import headline_for_claim, headlines_claim_has_had

    headline = headline_for_claim(claim)
    # Compared first: a save that left the wording alone costs no history query.
    if headline != event.headline and event.headline in headlines_claim_has_had(claim):
        event.headline = headline
