"""Editor pages for merging events told by several articles: the queue of proposals,
confirm, dismiss and undo. Every decision is logged on the MergeProposal row."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from factcheck.workspace import render_page_or_partial, workspace_view
from timeline.models import MergeProposal, MergeStatus
from timeline.services import merging

TEMPLATE = "timeline/merge_proposals.html"
RECENT_DECISIONS = 30


def _context() -> dict:
    """Queries: open proposals, recent decisions (each with users and both events),
    then the events' claims with articles (two prefetches per list)."""
    proposals = MergeProposal.objects.with_events()
    return {
        "open_proposals": list(proposals.reviewable().order_by("-similarity", "pk")),
        "decisions": list(
            proposals.exclude(status=MergeStatus.PROPOSED).order_by(
                "-undone_at", "-decided_at", "-pk"
            )[:RECENT_DECISIONS]
        ),
    }


@require_GET
@workspace_view("timeline.view_event")
def merge_proposals(request):
    return render_page_or_partial(request, TEMPLATE, "queue", _context())


@require_POST
@workspace_view(merging.MERGE_PERMISSION)
def merge_find(request):
    created = merging.propose_merges()
    if created:
        messages.success(
            request, f"{len(created)} new merge proposal{'s' if len(created) != 1 else ''}."
        )
    else:
        messages.info(request, "No new pair of events looks alike.")
    if request.htmx:
        return render_page_or_partial(request, TEMPLATE, "queue", _context())
    return redirect("editor:merge_proposals")


def _decide(request, pk: int, action, done: str):
    proposal = get_object_or_404(MergeProposal, pk=pk)
    try:
        action(proposal=proposal, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    if request.htmx:
        return render_page_or_partial(request, TEMPLATE, "queue", _context())
    return redirect("editor:merge_proposals")


@require_POST
@workspace_view(merging.MERGE_PERMISSION)
def merge_confirm(request, pk: int):
    return _decide(request, pk, merging.confirm_merge, "Merged: the two events are now one.")


@require_POST
@workspace_view(merging.MERGE_PERMISSION)
def merge_dismiss(request, pk: int):
    return _decide(
        request, pk, merging.dismiss_merge, "Dismissed: this pair will not be proposed again."
    )


@require_POST
@workspace_view(merging.MERGE_PERMISSION)
def merge_undo(request, pk: int):
    return _decide(request, pk, merging.undo_merge, "Undone: both events are back as they were.")
