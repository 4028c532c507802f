from django.contrib import messages
from django.views.decorators.http import require_http_methods

from factcheck.forms import SourceForm, VerdictForm
from factcheck.models import Claim, ClaimStatus
from factcheck.views.cards import ClaimCard, Conflict
from factcheck.views.claims import changed_card_or_redirect, claim_for_user, render_card
from factcheck.workspace import workspace_view


def _typed_verdict(request, claim: Claim) -> VerdictForm | None:
    """The verdict and rationale the editor typed but has not saved, sent along with
    the source (a verdict is refused until the claim has a source, so the editor adds
    one right after typing it). Given back unsaved, with the version they were typed
    against, so adding the source loses neither and a later save still detects a
    conflict."""
    if "verdict" not in request.POST and "note" not in request.POST:
        return None
    seen_version = request.POST.get("seen_version", "")
    return VerdictForm(
        claim=claim,
        initial={
            "verdict": request.POST.get("verdict", claim.verdict),
            "note": request.POST.get("note", ""),
            "seen_version": int(seen_version) if seen_version.isdigit() else claim.version,
        },
    )


@require_http_methods(["GET", "POST"])
@workspace_view("factcheck.add_source")
def source_add(request, pk: int):
    claim = claim_for_user(request, pk)
    if request.method != "POST":
        return render_card(request, ClaimCard(claim))
    if claim.status != ClaimStatus.ACCEPTED:
        return _refuse_unaccepted(request, claim)
    form = SourceForm(request.POST, claim=claim)
    typed_verdict = _typed_verdict(request, claim)
    if not form.is_valid():
        return render_card(
            request,
            ClaimCard(
                claim,
                source_form=form,
                verdict_form=typed_verdict,
                verdict_typed=typed_verdict is not None,
            ),
        )
    # One row, validated by the ModelForm (full_clean): no service needed.
    form.instance.added_by = request.user
    form.save()
    if typed_verdict is None:
        return changed_card_or_redirect(request, claim)
    if not request.htmx:
        messages.success(request, "Source added. Your verdict is not saved yet: save it below.")
    claim = claim_for_user(request, claim.pk)
    card = ClaimCard(claim, verdict_form=_typed_verdict(request, claim), verdict_typed=True)
    return render_card(request, card)


NOT_ACCEPTED = (
    "Sources are added to accepted claims only, and this claim is {status}: "
    "accept it first, then add the source."
)


def _refuse_unaccepted(request, claim: Claim):
    """The card offers the source form only on an accepted claim; a source sent for any
    other (a card left open while someone rejected the claim, or a hand-made request)
    is not saved. The card comes back as the claim now is, with its status beside the
    one the editor saw, as accept and reject answer a claim changed under them; a plain
    request also gets the message on the page, with 409."""
    status = claim.get_status_display()
    card = ClaimCard(
        claim,
        conflict=Conflict(current=claim, changes=[("Status", status, ClaimStatus.ACCEPTED.label)]),
    )
    if request.htmx:
        # htmx swaps only 2xx answers: the card must arrive to be seen.
        return render_card(request, card)
    messages.error(request, NOT_ACCEPTED.format(status=status.lower()))
    response = render_card(request, card)
    response.status_code = 409
    return response
