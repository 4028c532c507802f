"""The same event told by several articles: find likely pairs, let an editor confirm,
log every decision, and undo a merge exactly.

A pair is proposed when the two events' dates overlap (earliest..latest) and their
words are alike: Jaccard overlap of content words (headline, statements and quotes,
lower-cased, stop words dropped, crude suffix stripping). No model, no training data:
an editor decides every merge; the score only orders the queue.

Confirming folds the `merged` event into `kept`: its claims move to `kept`, `kept`
joins its timelines, and the `merged` row stays (marked merged_into) so undo gives
back the same event with the same claims and timelines."""

import re
from collections import defaultdict

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from factcheck.models import Claim
from factcheck.text.words import CALENDAR_WORDS
from timeline.dating import copy_date, narrower_within
from timeline.models import Event, MergeProposal, MergeStatus, Timeline, date_label

MIN_SIMILARITY = 0.3
MERGE_PERMISSION = "timeline.change_event"

STOP_WORDS = (
    frozenset(
        [
            "a",
            "about",
            "after",
            "again",
            "against",
            "all",
            "also",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "been",
            "before",
            "being",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "during",
            "each",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "he",
            "her",
            "here",
            "hers",
            "him",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "more",
            "most",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "our",
            "out",
            "over",
            "own",
            "same",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "said",
            "says",
            "say",
            "told",
            "according",
            "last",
            "next",
            "first",
            "new",
            "one",
            "two",
            "year",
            "years",
            "month",
            "day",
            "week",
        ]
    )
    | CALENDAR_WORDS
)
TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _spellings(text: str) -> dict[str, str]:
    """Each content word's stem, mapped to the word as written (the last spelling seen)."""
    return {
        _stem(word): word
        for word in TOKEN.findall(text.lower())
        if word not in STOP_WORDS and len(word) > 2 and not word.isdigit()
    }


def content_words(text: str) -> set[str]:
    return set(_spellings(text))


def _event_text(event: Event) -> str:
    texts = [event.headline]
    texts += [f"{claim.statement} {claim.quote}" for claim in event.claims.all()]
    return " ".join(texts)


def event_words(event: Event) -> set[str]:
    return content_words(_event_text(event))


def similarity(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _overlap(first: Event, second: Event) -> bool:
    first_end = first.latest or first.earliest
    second_end = second.latest or second.earliest
    return first.earliest <= second_end and second.earliest <= first_end


def _require(by) -> None:
    if not by.has_perm(MERGE_PERMISSION):
        raise PermissionDenied("Only editors may merge events.")


def propose_merges(
    *, events=None, involving: Event | None = None, min_similarity: float = MIN_SIMILARITY
) -> list[MergeProposal]:
    """Create a proposal for every likely pair not proposed before (in either order) and
    return the new ones. Two events from one article are never proposed: an article
    telling of one event twice is the editor's to tidy, not a cross-article merge.
    With `involving`, only pairs that include that event are considered.

    Queries: events, their claims, the existing pairs, then one INSERT per proposal."""
    events = events if events is not None else Event.objects.all()
    candidates = list(
        events.live()
        .shown()
        .dated()
        .order_by("earliest", "pk")
        .prefetch_related(
            Prefetch(
                "claims", queryset=Claim.objects.only("id", "article_id", "statement", "quote")
            )
        )
    )
    ids = [event.pk for event in candidates]
    known = {
        frozenset(pair)
        for pair in MergeProposal.objects.filter(Q(kept__in=ids) | Q(merged__in=ids)).values_list(
            "kept_id", "merged_id"
        )
    }
    words = {event.pk: event_words(event) for event in candidates}
    articles = {
        event.pk: {claim.article_id for claim in event.claims.all()} for event in candidates
    }
    created = []
    # Sorted by earliest: once an event starts after this one ends, no later one overlaps.
    for index, first in enumerate(candidates):
        first_end = first.latest or first.earliest
        for second in candidates[index + 1 :]:
            if second.earliest > first_end:
                break
            if involving is not None and involving.pk not in (first.pk, second.pk):
                continue
            if not _overlap(first, second) or frozenset((first.pk, second.pk)) in known:
                continue
            if not articles[first.pk] or not articles[second.pk]:
                continue
            if articles[first.pk] & articles[second.pk]:
                continue
            score = similarity(words[first.pk], words[second.pk])
            if score < min_similarity:
                continue
            kept, merged = sorted((first, second), key=lambda event: event.pk)
            # Matching compares stems ("vot"); the editor reads the words ("voted").
            spelled = _spellings(_event_text(kept))
            shared = sorted(spelled.get(stem, stem) for stem in words[first.pk] & words[second.pk])
            proposal = MergeProposal(
                kept=kept,
                merged=merged,
                similarity=round(score, 3),
                reason=(
                    f"Dates overlap ({date_label(kept)} / {date_label(merged)}); "
                    f"shared words: {', '.join(shared[:8])}"
                )[:300],
            )
            proposal.full_clean()
            proposal.save()
            known.add(frozenset((first.pk, second.pk)))
            created.append(proposal)
    return created


def propose_merges_for(*, event: Event) -> list[MergeProposal]:
    """Proposals pairing a newly dated event with the events whose dates overlap it:
    run when a claim is accepted, so the merge queue fills without anyone asking."""
    if event.earliest is None:
        return []
    end = event.latest or event.earliest
    nearby = Event.objects.filter(earliest__lte=end).filter(
        Q(latest__gte=event.earliest) | Q(latest__isnull=True, earliest__gte=event.earliest)
    )
    return propose_merges(events=nearby, involving=event)


def _locked(proposal: MergeProposal) -> MergeProposal:
    return (
        MergeProposal.objects.select_for_update()
        .select_related("kept", "merged")
        .get(pk=proposal.pk)
    )


def _locked_undecided(proposal: MergeProposal) -> MergeProposal:
    """The proposal, locked, if no one has confirmed or dismissed it meanwhile."""
    proposal = _locked(proposal)
    if proposal.status != MergeStatus.PROPOSED:
        raise ValidationError(f"This proposal is already {proposal.get_status_display().lower()}.")
    return proposal


def confirm_merge(*, proposal: MergeProposal, by) -> MergeProposal:
    """Fold `merged` into `kept`. Claims, timelines, both events and the log row are
    written in one transaction: a half-done merge would show an event twice or lose one."""
    _require(by)
    with transaction.atomic():
        proposal = _locked_undecided(proposal)
        kept, merged = proposal.kept, proposal.merged
        if kept.merged_into_id or merged.merged_into_id:
            raise ValidationError(
                "One of these events was merged into another since this was proposed; "
                "undo that merge first or dismiss this proposal."
            )
        claim_ids = sorted(merged.claims.values_list("pk", flat=True))
        timeline_ids = sorted(merged.timelines.values_list("pk", flat=True))
        already = set(kept.timelines.values_list("pk", flat=True))
        kept.claims.add(*claim_ids)
        merged.claims.clear()
        timelines = list(Timeline.objects.filter(pk__in=timeline_ids))
        for timeline in timelines:
            timeline.events.add(kept)
            timeline.events.remove(merged)
            timeline.save(update_fields=["updated_at"])
        merged.merged_into = kept
        merged.save(update_fields=["merged_into", "updated_at"])
        if narrower_within(merged, kept):
            # "May 18, 2011" told by one paper and "May 2011" by the other: the event
            # is dated as precisely as the tellings agree, whichever was proposed first.
            copy_date(to=kept, source=merged)
            kept.full_clean()
        kept.save()
        proposal.moved_claim_ids = claim_ids
        proposal.moved_timeline_ids = timeline_ids
        proposal.kept_added_timeline_ids = [pk for pk in timeline_ids if pk not in already]
        proposal.kept_timeline_ids = sorted(already)
        proposal.status = MergeStatus.CONFIRMED
        proposal.decided_by, proposal.decided_at = by, timezone.now()
        proposal.save()
        _carry_over(kept=kept, merged=merged)
    return proposal


def _short(headline: str, limit: int = 60) -> str:
    return headline if len(headline) <= limit else headline[: limit - 1].rstrip() + "…"


def _carry_over(*, kept: Event, merged: Event) -> list[MergeProposal]:
    """Open proposals pairing `merged` with a third event now pair that event with
    `kept`, which stands for both. Without this the third telling of the event could
    never join them: its proposal names an event folded away (confirming it fails),
    and its words may overlap the bigger event too little to be proposed afresh. The
    old proposal stays, hidden from the queue while the merge holds (reviewable()).

    Queries: the open proposals, the pairs known for `kept`, the articles of `kept`
    and of every other event at once, then a full_clean and an INSERT per proposal
    carried over."""
    stale = (
        MergeProposal.objects.open()
        .filter(Q(kept=merged) | Q(merged=merged))
        .select_related("kept", "merged")
        .order_by("pk")
    )
    known = set()
    for pair in MergeProposal.objects.filter(Q(kept=kept) | Q(merged=kept)).values_list(
        "kept_id", "merged_id"
    ):
        known.update(pair)
    others = [old.kept if old.merged_id == merged.pk else old.merged for old in stale]
    articles = defaultdict(set)
    for event_id, article_id in Event.claims.through.objects.filter(
        event__in=[kept, *others]
    ).values_list("event_id", "claim__article_id"):
        articles[event_id].add(article_id)
    created = []
    for old, other in zip(stale, others, strict=True):
        if other.pk in known or other.pk == kept.pk or other.merged_into_id:
            continue
        if articles[kept.pk] & articles[other.pk]:
            continue  # one article on both sides: not a cross-article merge (propose_merges)
        first, second = sorted((kept, other), key=lambda event: event.pk)
        proposal = MergeProposal(
            kept=first,
            merged=second,
            similarity=old.similarity,
            reason=(
                f"Proposed with “{_short(merged.headline)}”, now part of "
                f"“{_short(kept.headline)}”; {old.reason}"
            )[:300],
        )
        proposal.full_clean()
        proposal.save()
        known.add(other.pk)
        created.append(proposal)
    return created


def undo_merge(*, proposal: MergeProposal, by) -> MergeProposal:
    """Give the merged event back its claims and timelines, as logged at confirmation.
    A claim rejected or re-dated since then stays where the editors left it, and each
    event is placed by its own claims again (generation.follow_claims_date)."""
    from timeline.services.generation import follow_claims_date

    _require(by)
    with transaction.atomic():
        proposal = _locked(proposal)
        if proposal.status != MergeStatus.CONFIRMED:
            raise ValidationError("Only a confirmed merge can be undone.")
        kept, merged = proposal.kept, proposal.merged
        claims = list(Claim.objects.filter(pk__in=proposal.moved_claim_ids, events=kept))
        kept.claims.remove(*claims)
        merged.claims.add(*claims)
        for timeline in Timeline.objects.filter(pk__in=proposal.moved_timeline_ids):
            timeline.events.add(merged)
            if timeline.pk in proposal.kept_added_timeline_ids:
                timeline.events.remove(kept)
            timeline.save(update_fields=["updated_at"])
        # A topic timeline that took the kept event after the merge took it standing for
        # both tellings: left with the kept one alone, it would lose the other's claims.
        # (A merge logged before kept_timeline_ids existed reads as one where no topic
        # timeline held the kept event: better an event too many than claims lost.)
        chosen_since = (
            kept.timelines.curated()
            .exclude(pk__in=proposal.kept_timeline_ids)
            .exclude(pk__in=proposal.moved_timeline_ids)
        )
        for timeline in chosen_since:
            timeline.events.add(merged)
            timeline.save(update_fields=["updated_at"])
        merged.merged_into = None
        for event in (kept, merged):
            # By the rule a merge and a re-dated claim follow, not a date logged at the
            # merge: a claim re-dated meanwhile would leave that stale. The claims moved
            # back dated the kept event until now: its date from them is the rules', not
            # one an editor typed, and follows them out.
            follow_claims_date(event=event, former_claims=proposal.moved_claim_ids)
            event.full_clean()
            event.save()
        proposal.status = MergeStatus.UNDONE
        proposal.undone_by, proposal.undone_at = by, timezone.now()
        proposal.save()
    return proposal


def dismiss_merge(*, proposal: MergeProposal, by) -> MergeProposal:
    """Not the same event: logged, and the pair is never proposed again."""
    _require(by)
    with transaction.atomic():
        proposal = _locked_undecided(proposal)
        proposal.status = MergeStatus.DISMISSED
        proposal.decided_by, proposal.decided_at = by, timezone.now()
        proposal.save()
    return proposal
