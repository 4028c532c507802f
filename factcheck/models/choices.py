"""The claim vocabularies, apart from the models so any model or query can use them."""

from django.db import models


class Verdict(models.TextChoices):
    UNCHECKED = "unchecked", "Unchecked"
    VERIFIED = "verified", "Verified"
    DISPUTED = "disputed", "Disputed"
    MISLEADING = "misleading", "Misleading"
    FALSE = "false", "False"
    UNVERIFIABLE = "unverifiable", "Unverifiable"

    @property
    def rating(self) -> int | None:
        """ClaimReview reviewRating.ratingValue on a 1 (worst) to 5 (best) scale.

        verified 5, disputed 3 (credible sources disagree), misleading 2 (true in part,
        wrong in effect), false 1. Unverifiable and unchecked carry no rating: they say
        nothing about truth, so the JSON-LD gives only alternateName for them."""
        return {
            Verdict.VERIFIED: 5,
            Verdict.DISPUTED: 3,
            Verdict.MISLEADING: 2,
            Verdict.FALSE: 1,
        }.get(self)


class ClaimStatus(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
