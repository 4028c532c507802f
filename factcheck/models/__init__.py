from factcheck.models.article import PUBLISH_PERMISSION, Article, ArticleQuerySet
from factcheck.models.choices import ClaimStatus, Verdict
from factcheck.models.claim import Claim, ClaimQuerySet, VerdictChange
from factcheck.models.dating import (
    COARSENESS,
    DATE_FIELDS,
    DatedFields,
    Precision,
    before_the_calendar,
    names_a_date,
)
from factcheck.models.source import Source, Stance
from factcheck.models.versioning import EditConflict, Versioned

__all__ = [
    "COARSENESS",
    "DATE_FIELDS",
    "PUBLISH_PERMISSION",
    "Article",
    "ArticleQuerySet",
    "Claim",
    "ClaimQuerySet",
    "ClaimStatus",
    "DatedFields",
    "EditConflict",
    "Precision",
    "Source",
    "Stance",
    "Verdict",
    "VerdictChange",
    "Versioned",
    "before_the_calendar",
    "names_a_date",
]
