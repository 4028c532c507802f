"""An editor's changes to claims. Each service writes the claim and its timeline event
in one transaction: the article's timeline must always mirror its accepted dated claims,
so a claim change that left the event behind would publish a wrong timeline."""

from django.core.exceptions import ValidationError
from django.db import transaction

from factcheck.models import Article, Claim, ClaimStatus, EditConflict, Verdict
from factcheck.text.clauses import tidy
from factcheck.text.sentences import sentences


def accept_claim(*, claim: Claim, by, seen_version: int | None = None) -> Claim:
    """Accept a suggestion: its event joins the article's timeline, and the merge queue
    gets a proposal for each event from another article that looks like the same one.

    With `seen_version` (the version the editor's card showed), a claim changed since is
    not accepted: EditConflict is raised and the editor sees it as it now is, unless it
    was accepted meanwhile (see _already)."""
    from timeline.services.generation import sync_claim_event
    from timeline.services.merging import propose_merges_for

    _expect_version(claim, seen_version)
    try:
        with transaction.atomic():
            claim.accept(by=by)
            event = sync_claim_event(claim=claim)
            if event is not None:
                propose_merges_for(event=event)
    except EditConflict as conflict:
        return _already(conflict, ClaimStatus.ACCEPTED)
    return claim


def reject_claim(*, claim: Claim, by, seen_version: int | None = None) -> Claim:
    """Reject a claim: its event leaves the timeline. `seen_version` as in accept_claim."""
    from timeline.services.generation import sync_claim_event

    _expect_version(claim, seen_version)
    try:
        with transaction.atomic():
            claim.reject(by=by)
            sync_claim_event(claim=claim)
    except EditConflict as conflict:
        return _already(conflict, ClaimStatus.REJECTED)
    return claim


def _already(conflict: EditConflict, status) -> Claim:
    """Accept and reject carry nothing but the status they ask for. A second click (a
    form sent twice without JavaScript, two tabs) meets the first click's save as a
    conflict, yet nothing is left to do, and saying that someone else changed the claim
    would be wrong. A claim changed to another status meanwhile is still a conflict."""
    if conflict.current.status != status:
        raise conflict
    return conflict.current


def _save_with_event(claim: Claim, *, by, reason: str) -> None:
    """Check, save and bring the claim's timeline event in line, in one transaction."""
    from timeline.services.generation import sync_claim_event

    with transaction.atomic():
        claim.full_clean()
        claim.save_by(by=by, reason=reason)
        sync_claim_event(claim=claim)


def _expect_version(claim: Claim, seen_version: int | None) -> None:
    if seen_version is not None:
        # Versioned.save compares this with the stored version under a row lock.
        claim.version = seen_version


def edit_claim(
    *,
    claim: Claim,
    by,
    statement: str,
    quote: str | None = None,
    start: int | None = None,
    end: int | None = None,
    date_text: str | None = None,
    seen_version: int | None = None,
) -> Claim:
    """Change a claim's statement, span and date.

    - `start`/`end` set the span (with `quote` they must agree with the body); `quote`
      alone is looked up in the body, taking the occurrence nearest the old span;
      neither keeps the span.
    - `date_text` is read by the date tagger against the publication date; "" clears
      the date; None, or the text already stored, keeps the date as it is (so saving a
      form without touching the date never re-reads it out of its sentence's context).
    - `seen_version` is the version the editor's form was built from: if someone saved
      the claim since, EditConflict is raised and nothing is written.
    Raises ValidationError keyed by field."""

    body = claim.article.body
    new_start, new_end = _span_for_edit(body, claim, quote=quote, start=start, end=end)
    claim.start, claim.end = new_start, new_end
    claim.quote = body[new_start:new_end]
    claim.statement = (statement or "").strip()
    if date_text is not None and date_text.strip() != claim.date_text:
        claim.set_date_from_text(date_text, anchor=claim.article.published_on)
    _expect_version(claim, seen_version)
    _save_with_event(claim, by=by, reason="Claim edited")
    return claim


def add_claim(
    *,
    article,
    by,
    start: int,
    end: int,
    statement: str | None = None,
    date_text: str | None = None,
) -> Claim:
    """A claim from any text the editor selected, accepted at once.

    The span is trimmed of surrounding whitespace. The date comes from `date_text` when
    given, else from the tagger's dates inside the span, else from the sentence around
    it (same rule as the suggestions). A suggested or rejected claim with the same span
    is reused rather than duplicated; an accepted one refuses the addition."""
    body = article.body
    start, end = _checked_span(body, start, end)
    typed_date = bool(date_text and date_text.strip())
    # Read before the lock: tagging a long text takes a moment no other writer should wait.
    found_date = None if typed_date else _date_around(body, article.published_on, start, end)
    # The check for an accepted claim and the save are one step under the article's
    # row lock: the same words sent twice at once (a double click without JavaScript,
    # two tabs) would otherwise both pass the check, and make two accepted claims or,
    # when a suggestion holds the words, an EditConflict on the second save. The
    # suggestion's row is locked too, so an accept made meanwhile waits and then meets
    # the conflict its own view shows.
    with transaction.atomic():
        Article.objects.select_for_update().filter(pk=article.pk).exists()
        same_span = list(
            article.claims.select_for_update().filter(start=start, end=end).order_by("pk")
        )
        if accepted := next((c for c in same_span if c.status == ClaimStatus.ACCEPTED), None):
            raise ValidationError(
                {
                    "quote": "These words are already an accepted claim "
                    f"(“{accepted.statement[:80]}”); edit that claim instead."
                }
            )
        claim = same_span[0] if same_span else None
        if claim is None:
            claim = Claim(article=article, start=start, end=end, created_by=by)
        claim.quote = body[start:end]
        claim.statement = (statement or "").strip() or tidy(claim.quote) or claim.quote
        if typed_date:
            claim.set_date_from_text(date_text, anchor=claim.article.published_on)
        elif found_date is not None:
            claim.set_date_from_mention(found_date)
        claim.status = ClaimStatus.ACCEPTED
        _save_with_event(claim, by=by, reason="Claim added by an editor")
    return claim


def _date_around(body: str, published_on, start: int, end: int):
    """The best date mention inside the span, else in the sentence around it (the rule
    the suggestions follow); None when neither holds one, or when the span's own date is
    one no calendar holds ("44 BC"): the sentence's other date is not the span's."""
    from factcheck.models import before_the_calendar
    from factcheck.services.suggestions import best_date, date_mentions, mentions_in

    mentions = date_mentions(body, published_on)
    inside = mentions_in(mentions, start, end)
    best = best_date(inside, published_on)
    if best is None and not any(before_the_calendar(mention) for mention in inside):
        around = next(
            (s for s in sentences(body) if s.start <= start < s.end or s.start < end <= s.end),
            None,
        )
        if around is not None:
            best = best_date(mentions_in(mentions, around.start, around.end), published_on)
    return best


def give_verdict(
    *,
    claim: Claim,
    by,
    verdict,
    note: str,
    new_sources=(),
    seen_version: int | None = None,
) -> Claim:
    """Claim.set_verdict with the edit-conflict check. `new_sources` are unsaved
    Source instances; they are saved with the verdict or not at all."""
    if verdict not in Verdict.values:
        raise ValidationError(
            {"verdict": f"“{verdict}” is not a verdict; choose one from the list."}
        )
    if seen_version is not None:
        claim.version = seen_version
    claim.set_verdict(verdict, by=by, note=(note or "").strip(), sources=list(new_sources))
    return claim


# Helpers ----------------------------------------------------------------------------


def _span_for_edit(body: str, claim: Claim, *, quote, start, end) -> tuple[int, int]:
    if start is not None or end is not None:
        if start is None or end is None:
            raise ValidationError(
                {"quote": "Give both ends of the span, or select the text again."}
            )
        start, end = _checked_span(body, start, end, trim=quote is None)
        if quote is not None and body[start:end] != quote:
            raise ValidationError(
                {
                    "quote": "The quote does not match the article text at that span; select it again."
                }
            )
        return start, end
    if quote is not None and quote != claim.quote:
        return locate_quote(body, quote, near=claim.start)
    return claim.start, claim.end


def locate_quote(body: str, quote: str, *, near: int) -> tuple[int, int]:
    """Where typed words stand in the text: the occurrence nearest `near` (the old span
    or the selection) when a phrase occurs more than once. ValidationError if absent."""
    quote = quote.strip()
    if not quote:
        raise ValidationError({"quote": "The quote is empty; select the words in the article."})
    positions, found = [], body.find(quote)
    while found != -1:
        positions.append(found)
        found = body.find(quote, found + 1)
    if not positions:
        raise ValidationError(
            {
                "quote": "Those words are not in the article; copy them exactly, or select them in the text."
            }
        )
    best = min(positions, key=lambda position: (abs(position - near), position))
    return best, best + len(quote)


def _checked_span(body: str, start, end, *, trim: bool = True) -> tuple[int, int]:
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        raise ValidationError({"quote": "Select the words in the article to quote."}) from None
    if not 0 <= start < end <= len(body):
        raise ValidationError(
            {
                "quote": f"The selection ({start}–{end}) is outside the article's text; select it again."
            }
        )
    if trim:
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start == end:
            raise ValidationError(
                {"quote": "The selection is only blank space; select some words."}
            )
    return start, end
