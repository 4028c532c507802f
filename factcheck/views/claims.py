from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import push_url, reswap, retarget, trigger_client_event

from factcheck import selectors
from factcheck.forms import AddClaimForm, ClaimEditForm, VerdictForm, add_service_errors
from factcheck.models import Claim, EditConflict
from factcheck.services import claims as claim_services
from factcheck.views.cards import ClaimCard, edit_conflict, verdict_conflict
from factcheck.workspace import claims_page_on_screen, render_page_or_partial, workspace_view

CLAIM_TEMPLATE = "factcheck/editor/claim.html"
ARTICLE_TEMPLATE = "factcheck/editor/article.html"
# Said after a plain (no JavaScript) add: the page reloads and nothing else shows it.
ADDED = "Claim added and accepted. Add a source on its card, then give your verdict."


def claim_for_user(request, pk: int) -> Claim:
    """The claim, if this user may see its article; 404 otherwise."""
    return selectors.claim_for_page(user=request.user, pk=pk)


def _next_url(request, claim: Claim) -> str:
    """Where a plain (no JavaScript) form goes back to: the page it came from when
    that is ours, else the article page at the claim."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return f"{claim.article.get_absolute_url()}#claim-{claim.pk}"


def render_card(request, card: ClaimCard):
    """The claim card to htmx; the claim page around it to a plain request (used when
    a form has errors or is opened, so nothing typed is lost)."""
    card.next_url = card.next_url or _next_url(request, card.claim)
    context = {"card": card, "claim": card.claim, "article": card.claim.article}
    if not request.htmx:
        context["verdict_changes"] = card.claim.verdict_changes()
    return render_page_or_partial(request, CLAIM_TEMPLATE, "claim_card", context)


def changed_card_or_redirect(request, claim: Claim, *, status_changed: bool = False):
    """After a successful change: htmx swaps the fresh card in; a plain request goes
    back where it came from (the article page, anchored at the claim)."""
    if request.htmx:
        claim = claim_for_user(request, claim.pk)
        response = render_card(request, ClaimCard(claim))
        # Each page gets only the pieces it shows: htmx reports an out-of-band swap
        # without a target as an error.
        if _on_page(request, claim.get_absolute_url()):
            response.content += _history_out_of_band(request, claim)
        elif status_changed:
            response.content += _counts_out_of_band(claim.article)
        return response
    return redirect(_next_url(request, claim))


def _on_page(request, path: str) -> bool:
    """Whether the htmx request comes from the page at `path` (its query aside)."""
    current = request.htmx.current_url_abs_path or ""
    return urlsplit(current).path == path


def _history_out_of_band(request, claim: Claim) -> bytes:
    """The claim page's verdict history, swapped in beside the card (htmx out-of-band)."""
    context = {"verdict_changes": claim.verdict_changes(), "oob": True}
    return render_to_string(f"{CLAIM_TEMPLATE}#verdict_history", context, request).encode()


def _show_added_claim(request, article, claim: Claim):
    """The page of claims that holds the new claim, in text order, in place of the page
    on screen (a claim added near the end of a long article is on a later page), with
    the text's marks and the counts beside it; editor.js focuses the new card."""
    from factcheck.views.articles import article_page_context

    # Read again: the article's prefetched claims do not hold the new one.
    article = selectors.article_for_page(user=request.user, pk=article.pk)
    number, page_url = _page_of(claim, list(article.claims.all()))
    context = article_page_context(request, article, page_number=number)
    context["marks_page"] = number
    response = render(request, f"{ARTICLE_TEMPLATE}#claims_page", context)
    response.content += _counts_out_of_band(article)
    fresh_form = {"article": article, "add_form": AddClaimForm(article=article), "oob": True}
    response.content += render_to_string(
        f"{ARTICLE_TEMPLATE}#add_claim", fresh_form, request
    ).encode()
    response = reswap(retarget(response, "#claims-page"), "outerHTML")
    if number != claims_page_on_screen(request):
        response = push_url(response, page_url)
    return trigger_client_event(
        response, "claimAdded", {"card": f"claim-{claim.pk}"}, after="settle"
    )


def _page_of(claim: Claim, claims) -> tuple[int, str]:
    """The page of the article's claim list that holds `claim`, and its URL."""
    number = selectors.claim_page_numbers(claims).get(claim.pk, 1)
    url = claim.article.get_absolute_url() + (f"?claims={number}" if number > 1 else "")
    return number, url


def _counts_out_of_band(article) -> bytes:
    """The article page's suggested/accepted/rejected line, swapped in beside the card
    (htmx out-of-band) so it never contradicts the cards. One query; on pages without
    the line htmx drops it."""
    counts = selectors.claim_counts(Claim.objects.filter(article=article).only("status"))
    context = {"counts": counts, "oob": True}
    return render_to_string(f"{ARTICLE_TEMPLATE}#claim_counts", context).encode()


@require_http_methods(["GET"])
@workspace_view("factcheck.view_claim")
def claim(request, pk: int):
    claim = claim_for_user(request, pk)
    # On its own page, the claim's forms come back to it; swapped into the article
    # page (htmx), they go back to the article.
    next_url = "" if request.htmx else claim.get_absolute_url()
    return render_card(request, ClaimCard(claim, next_url=next_url))


@require_POST
@workspace_view("factcheck.change_claim")
def claim_accept(request, pk: int):
    return _change_status(request, pk, claim_services.accept_claim)


@require_POST
@workspace_view("factcheck.change_claim")
def claim_reject(request, pk: int):
    return _change_status(request, pk, claim_services.reject_claim)


def _change_status(request, pk: int, change):
    claim = claim_for_user(request, pk)
    # The card's version, so that an edit form kept open across this swap can take the
    # new version (editor.js); a missing or garbled value checks nothing.
    seen = request.POST.get("seen_version", "")
    seen_version = int(seen) if seen.isascii() and seen.isdigit() and len(seen) < 10 else None
    try:
        change(claim=claim, by=request.user, seen_version=seen_version)
    except EditConflict as conflict:
        # Accept and reject carry no typed text: show the claim as it now is.
        return render_card(
            request, ClaimCard(conflict.current, conflict=edit_conflict(conflict.current, {}))
        )
    return changed_card_or_redirect(request, claim, status_changed=True)


@require_http_methods(["GET", "POST"])
@workspace_view("factcheck.change_claim")
def claim_edit(request, pk: int):
    claim = claim_for_user(request, pk)
    if request.method != "POST":
        return render_card(request, ClaimCard(claim, edit_form=ClaimEditForm(claim=claim)))
    form = ClaimEditForm(request.POST, claim=claim)
    if form.is_valid():
        data = form.cleaned_data
        try:
            claim_services.edit_claim(
                claim=claim,
                by=request.user,
                statement=data["statement"],
                date_text=data["date_text"],
                **form.span_arguments(),
                seen_version=data["seen_version"],
            )
        except EditConflict as conflict:
            return _conflict_card(
                request,
                conflict.current,
                form_class=ClaimEditForm,
                describe=edit_conflict,
                card_form="edit_form",
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return changed_card_or_redirect(request, claim)
        # The service may have changed the claim in memory before refusing it.
        claim = claim_for_user(request, pk)
    return render_card(request, ClaimCard(claim, edit_form=form))


def _conflict_card(request, current: Claim, *, form_class, describe, card_form: str):
    """The card after a refused save: what is stored now next to what was typed.

    The typed form stays; its version moves to the stored one, so saving again is a
    deliberate overwrite made after seeing the other editor's change."""
    data = request.POST.copy()
    data["seen_version"] = current.version
    current = claim_for_user(request, current.pk)
    form = form_class(data, claim=current)
    form.is_valid()
    conflict = describe(current, request.POST)
    return render_card(request, ClaimCard(current, conflict=conflict, **{card_form: form}))


@require_http_methods(["GET", "POST"])
@workspace_view("factcheck.change_claim")
def claim_verdict(request, pk: int):
    claim = claim_for_user(request, pk)
    if request.method != "POST":
        return render_card(request, ClaimCard(claim))
    form = VerdictForm(request.POST, claim=claim)
    if form.is_valid():
        try:
            claim_services.give_verdict(
                claim=claim,
                by=request.user,
                verdict=form.cleaned_data["verdict"],
                note=form.cleaned_data["note"],
                seen_version=form.cleaned_data["seen_version"],
            )
        except EditConflict as conflict:
            return _conflict_card(
                request,
                conflict.current,
                form_class=VerdictForm,
                describe=verdict_conflict,
                card_form="verdict_form",
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return changed_card_or_redirect(request, claim)
    # The in-memory claim may carry the refused verdict: show the stored one.
    claim = claim_for_user(request, pk)
    return render_card(request, ClaimCard(claim, verdict_form=form))


@require_POST
@workspace_view("factcheck.add_claim")
def claim_add(request, pk: int):
    from factcheck.views.articles import article_page_context

    article = selectors.article_for_page(user=request.user, pk=pk)
    form = AddClaimForm(request.POST, article=article)
    if form.is_valid():
        data = form.cleaned_data
        try:
            claim = claim_services.add_claim(
                article=article,
                by=request.user,
                start=data["start"],
                end=data["end"],
                statement=data["statement"] or None,
                date_text=data["date_text"] or None,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if request.htmx:
                # The new card, focused, is the confirmation.
                return _show_added_claim(request, article, claim)
            messages.success(request, ADDED)
            # The card may be on a later page of a long article's claims.
            claims = article.claims.only("pk", "start", "end")
            return redirect(f"{_page_of(claim, claims)[1]}#claim-{claim.pk}")
    context = article_page_context(request, article, add_form=form)
    if request.htmx:
        # The form goes back in place of itself, not into the claim list.
        response = render(request, f"{ARTICLE_TEMPLATE}#add_claim", context)
        return reswap(retarget(response, "#add-claim"), "outerHTML")
    return render(request, ARTICLE_TEMPLATE, context)
