"""Timeline events from claims: every accepted, dated claim has an event on its
article's timeline. Editors call these through the claim services; nothing here
runs from signals, so every write is visible at the call site."""

from django.db import transaction
from django.db.models import Q

from factcheck.models import Article, Claim, ClaimStatus
from factcheck.models.slugs import unique_slug
from timeline.dating import agreed_date, copy_date
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
            if event is None:
                return None
            # The claims left place the event, by the rule a merge follows: the date
            # the claim gave is no longer told. Decided before the claim leaves, whose
            # past dates say which of the event's dates the rules set (follow_claims_date).
            placed_at = event.date_key
            follow_claims_date(event=event)
            if not event.carries_merge_log():
                event.claims.remove(claim)
                if not event.claims.exists():
                    event.delete()
                    return None
            # An event in a merge log keeps the claim: with no accepted claim it is
            # hidden (EventQuerySet.shown), its log and the events it absorbed stay as
            # they are, undo still finds the claims it moved, and accepting the claim
            # again brings the event back with its history.
            if event.date_key != placed_at:
                event.full_clean()
                event.save()
            return None
        if event is None:
            event, alone = Event(headline=headline_for_claim(claim)), True
        else:
            # An event shared by several claims (a merge) keeps its own headline, and is
            # dated by all its claims together.
            alone = event.claims.count() <= 1
            if alone:
                _follow_wording(event, claim)
            else:
                follow_claims_date(event=event)
        if alone:
            copy_date(to=event, source=claim)
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


def follow_claims_date(*, event: Event, former_claims=()) -> None:
    """Date an event that several claims share as a merge of them dates it
    (timeline.dating.agreed_date), so a re-dated claim moves it: left where it was, the
    event could stand at a date none of its claims gives any more. Not saved here.

    A date typed by a person in the admin is kept: the rules only ever place an event
    at a date one of its claims has had (their history keeps every date), so any other
    date was chosen on purpose, knowing the tellings, as a written headline is kept
    (_follow_wording). Queries: the claims in the order they joined the event, and,
    only when the event's date is none of theirs now, their history.

    `former_claims` (ids) are claims the event held until just now, whose past dates
    count as the rules' own too: undoing a merge takes back the claims that dated it."""
    links = (
        Event.claims.through.objects.filter(event=event)
        .filter(claim__status=ClaimStatus.ACCEPTED, claim__earliest__isnull=False)
        .select_related("claim")
        .order_by("pk")
    )
    tellings = [link.claim for link in links]
    placed = agreed_date(tellings)
    if placed is None or placed.date_key == event.date_key:
        return
    if event.earliest is not None and _typed_by_hand(event, tellings, former_claims):
        return
    copy_date(to=event, source=placed)


def _typed_by_hand(event: Event, tellings: list[Claim], former_claims) -> bool:
    if any(claim.date_key == event.date_key for claim in tellings):
        return False
    told = Q(id__in=event.claims.values("pk")) | Q(id__in=list(former_claims))
    had = Claim.history.filter(told).values_list(*Claim.DATE_KEY)
    return event.date_key not in set(had)
