"""Suggested claims: the sentences (or clauses) of an article worth checking.

A sentence is suggested when it carries at least one of:
- a date the tagger resolves (a DATE mention with bounds);
- a number ("16.4 million", "Seventy percent", "28 troops");
- a named actor: two or more capitalised words (the sentence's first word not counted)
  ("Central Asia", "International Security Assistance Force"); a simple heuristic;
- a reported statement: "said", "told", "announced", "according to", or quotation marks.

Headings, date lines, outlet and link lines, the dateline and a first line repeating
the title are never suggested. A sentence with two or more dates is cut into clauses
that each carry their own date (see factcheck.text.sentences.split_clauses), so each
becomes its own claim with its own place on the timeline.

Which date dates a claim (when a sentence or clause has several): the first DATE, in
text order, whose value is not the publication date itself. A mention of the
publication day ("today", "Sunday" in Sunday's paper) usually dates the reporting, not
the event the sentence reports; it is used only when it is the sole date.
"""

import bisect
import re

from django.conf import settings
from django.core.exceptions import ValidationError

from factcheck.models import Claim, ClaimStatus, names_a_date
from factcheck.text.clauses import split_clauses, tidy
from factcheck.text.sentences import SENTENCE, Segment, split_sentences
from factcheck.text.words import CALENDAR_WORDS

NUMBER_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|"
    r"dozens?|percent|per\s+cent|half|double|triple|tripled|doubled)\b",
    re.IGNORECASE,
)
NAME_WORD = r"[A-Z][\w’'\-]*[a-z][\w’'\-]*|[A-Z]{2,}"
ACTOR_RE = re.compile(
    rf"\b(?:{NAME_WORD})(?:\s+(?:of\s+(?:the\s+)?|for\s+|de\s+|al-|bin\s+)?(?:{NAME_WORD}))+"
)
REPORTED_RE = re.compile(
    r"\b(?:said|says|say|told|tells|tell|announced|announces|announce|according\s+to|"
    r"stated|states|declared|declares|claimed|claims|reported|reports|added|warned|warns|"
    r"insisted|insists|denied|denies|confirmed|confirms|estimated|estimates)\b|[\"“”]",
    re.IGNORECASE,
)


def suggest_claims(*, article) -> list[Claim]:
    """Create the article's suggested claims and return the new ones in text order.

    Idempotent: a span that already has a claim (suggested, accepted or rejected) is
    left alone, so a second call creates nothing and an editor's rejections stick.
    One tagger run over the whole body, one query for existing spans, one bulk insert
    (plus its history rows). More than settings.ARTICLE_MAX_SUGGESTIONS new claims is a
    ValidationError on "body", raised before anything is built."""
    from simple_history.utils import bulk_create_with_history

    body = article.body
    # A year before the calendar ("44 BC") dates nothing, but it is a date: its clause is
    # cut from a dated one, or it would be shown at the other clause's date.
    cuts = date_mentions(body, article.published_on)
    mentions = [mention for mention in cuts if mention.earliest is not None]
    taken = set(article.claims.values_list("start", "end"))
    chosen = []
    for unit in claim_units(body, cuts, title=article.title):
        if (unit.start, unit.end) in taken:
            continue
        inside = mentions_in(mentions, unit.start, unit.end)
        if inside or is_checkable(unit.text):
            chosen.append((unit, inside))
            taken.add((unit.start, unit.end))
    limit = settings.ARTICLE_MAX_SUGGESTIONS
    if len(chosen) > limit:
        # Counted before any claim is built: a text of nothing but dates would otherwise
        # spend minutes saving claims no one can review (and be cut off by the server).
        raise ValidationError(
            {
                "body": f"The text holds {len(chosen):,} sentences worth checking; the limit is "
                f"{limit:,} an article. Paste one article at a time."
            }
        )
    new_claims = []
    for unit, inside in chosen:
        claim = Claim(
            article=article,
            status=ClaimStatus.SUGGESTED,
            quote=body[unit.start : unit.end],
            start=unit.start,
            end=unit.end,
            statement=tidy(unit.text) or body[unit.start : unit.end],
        )
        best = best_date(inside, article.published_on)
        if best is not None:
            claim.set_date_from_mention(best)
        # Field and span checks in Python; the database constraints back them up.
        # (validate_constraints would cost a query per constraint per claim.)
        claim.full_clean(exclude=["article"], validate_unique=False, validate_constraints=False)
        new_claims.append(claim)
    if new_claims:
        new_claims = bulk_create_with_history(
            new_claims,
            Claim,
            default_user=article.created_by,
            default_change_reason="Suggested on import",
        )
    return sorted(new_claims, key=lambda claim: (claim.start, claim.end))


def claim_units(body: str, mentions, *, title: str = "") -> list[Segment]:
    """Sentences, or clauses of sentences that carry several dates, in text order;
    headings, date/outlet/link lines, datelines and a repeated title left out."""
    spans = [(mention.start, mention.end) for mention in mentions]
    title_key = _key(title)
    units = []
    for segment in split_sentences(body):
        if segment.kind != SENTENCE:
            continue
        if title_key and _key(segment.text) == title_key:
            continue
        units.extend(split_clauses(body, segment, spans))
    return units


def dated_mentions(body: str, published_on) -> list:
    """The tagger's DATE mentions that have bounds, in text order: the only mentions
    that date a claim (durations, sets and vague "recently" do not). A range ("from 2001
    to 2005", "May 18-20") is one mention, its interval ("2001/2005"), so the claim is
    dated by both ends and its sentence is not cut between them."""
    return [
        mention for mention in date_mentions(body, published_on) if mention.earliest is not None
    ]


def date_mentions(body: str, published_on) -> list:
    """The DATE mentions that name a date (names_a_date), in text order, ranges joined
    as in dated_mentions: those with bounds and years before AD 1 ("44 BC")."""
    from factcheck.temporal import join_ranges, tag

    return sorted(
        (
            mention
            for mention in join_ranges(tag(body, published_on), body)
            if mention.type == "DATE" and names_a_date(mention)
        ),
        key=lambda mention: (mention.start, mention.end),
    )


def mentions_in(mentions, start: int, end: int) -> list:
    """The mentions wholly inside [start, end). `mentions` must be in text order (as the
    tagger returns them): a binary search keeps a long article linear."""
    first = bisect.bisect_left(mentions, start, key=lambda mention: mention.start)
    inside = []
    # By index: a slice would copy the rest of the list on every call.
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.end <= end:
            inside.append(mention)
    return inside


def best_date(mentions, published_on):
    """The mention that dates the claim; see the module docstring for the rule."""
    dated = [m for m in mentions if m.type == "DATE" and m.earliest is not None]
    if not dated:
        return None
    publication_day = published_on.isoformat() if published_on else None
    not_publication = [m for m in dated if m.value != publication_day]
    return (not_publication or dated)[0]


def is_checkable(text: str) -> bool:
    return bool(NUMBER_RE.search(text) or REPORTED_RE.search(text) or has_actor(text))


def has_actor(text: str) -> bool:
    for match in ACTOR_RE.finditer(text):
        words = [word.lower() for word in re.findall(r"[\w’'\-]+", match.group())]
        if match.start() == 0:
            # Every sentence starts with a capital: "The Harbour Authority" counts,
            # "Central Asia is" does not.
            words = words[1:]
            if len(words) < 2:
                continue
        if all(word in CALENDAR_WORDS for word in words if word[0].isalpha()):
            continue
        return True
    return False


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()
