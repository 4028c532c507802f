"""schema.org ClaimReview JSON-LD for an article's checked claims (what search engines
and fact-check aggregators read)."""

import json

from django.conf import settings
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from factcheck.models import Verdict
from timeline.exports.common import absolute


def claim_review(claim, article, *, request=None) -> dict:
    verdict = Verdict(claim.verdict)
    page_url = absolute(request, article.get_public_url())
    rating = {
        "@type": "Rating",
        "alternateName": verdict.label,
        "bestRating": 5,
        "worstRating": 1,
    }
    # Unverifiable says nothing about truth: no number, only the word.
    if verdict.rating is not None:
        rating["ratingValue"] = verdict.rating
    reviewed_at = claim.reviewed_at or claim.updated_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page_url}#claim-{claim.pk}",
        "claimReviewed": claim.statement or claim.quote,
        "reviewRating": rating,
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {
                "@type": "CreativeWork",
                "url": article.url or page_url,
                "headline": article.title,
                **(
                    {"publisher": {"@type": "Organization", "name": article.outlet}}
                    if article.outlet
                    else {}
                ),
            },
            "datePublished": article.published_on.isoformat(),
            **({"author": {"@type": "Person", "name": article.byline}} if article.byline else {}),
        },
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANIZATION,
            "url": absolute(request, reverse("public:home")),
        },
        "datePublished": (article.published_at or reviewed_at).date().isoformat(),
        "dateModified": max(reviewed_at, claim.updated_at).isoformat(),
    }


def claim_reviews(article, claims, *, request=None) -> list[dict]:
    """One review per claim with a verdict (unchecked claims have none yet)."""
    return [
        claim_review(claim, article, request=request)
        for claim in claims
        if claim.verdict != Verdict.UNCHECKED
    ]


def json_for_script(data) -> SafeString:
    """JSON safe inside <script>: every <, > and & is written as a JSON escape (as
    Django's json_script does), so no text can close the element ("</script>") or
    open a comment ("<!--"); JSON readers decode them back to the same characters."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)


def claimreview_json_ld(article, claims, *, request=None) -> list[SafeString]:
    return [json_for_script(review) for review in claim_reviews(article, claims, request=request)]
