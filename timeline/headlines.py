"""Short event headlines from claim sentences (rule-based; editors can rewrite them)."""

from factcheck.models import Claim

MAX_HEADLINE = 120


def headline_for_claim(claim: Claim) -> str:
    text = " ".join((claim.statement or claim.quote).split())
    if len(text) <= MAX_HEADLINE:
        return text.rstrip(".")
    cut = text[:MAX_HEADLINE].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
