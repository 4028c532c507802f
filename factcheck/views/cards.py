"""What one claim card shows: the claim and whichever of its forms are open, bound
or with errors. The article page has one per claim; the claim page has one."""

from dataclasses import dataclass, field

from factcheck.forms import ClaimEditForm, SourceForm, VerdictForm
from factcheck.models import Claim, ClaimStatus, Verdict


@dataclass
class Conflict:
    """Someone saved the claim since this editor opened it: what is stored now next
    to what this editor typed, field by field."""

    current: Claim
    changes: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class ClaimCard:
    claim: Claim
    edit_form: ClaimEditForm | None = None
    verdict_form: VerdictForm | None = None
    source_form: SourceForm | None = None
    conflict: Conflict | None = None
    next_url: str = ""
    # The verdict form holds what the editor typed (not what is saved), carried
    # through a source add: the source form must send it along again.
    verdict_typed: bool = False

    def __post_init__(self):
        if self.claim.status == ClaimStatus.ACCEPTED:
            self.verdict_form = self.verdict_form or VerdictForm(claim=self.claim)
            self.source_form = self.source_form or SourceForm(claim=self.claim)

    @property
    def editing(self) -> bool:
        return self.edit_form is not None

    @property
    def unsaved_verdict(self) -> bool:
        """A refused or carried verdict: the source form sends it along, so that
        without JavaScript adding the missing source does not lose it."""
        form = self.verdict_form
        return form is not None and (form.is_bound or self.verdict_typed)


def edit_conflict(current: Claim, typed: dict) -> Conflict:
    changes = []
    for name, label, stored in (
        ("statement", "Claim", current.statement),
        ("quote", "Quote", current.quote),
        ("date_text", "Date", current.date_text),
    ):
        theirs = typed.get(name)
        if theirs is not None and str(theirs).strip() != str(stored).strip():
            changes.append((label, stored, str(theirs)))
    return Conflict(current=current, changes=changes)


def verdict_conflict(current: Claim, typed: dict) -> Conflict:
    changes = []
    verdict = typed.get("verdict") or ""
    if verdict != current.verdict:
        typed_label = Verdict(verdict).label if verdict in Verdict.values else verdict
        changes.append(("Verdict", current.get_verdict_display(), typed_label))
    if (typed.get("note") or "").strip() != current.verdict_note.strip():
        changes.append(("Rationale", current.verdict_note, typed.get("note") or ""))
    return Conflict(current=current, changes=changes)
