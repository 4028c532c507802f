from django.views.decorators.http import require_http_methods

from factcheck.forms import SourceForm
from factcheck.views import workspace_view
from factcheck.views.cards import ClaimCard
from factcheck.views.claims import _done, _get_claim_for_user, render_card


@require_http_methods(["GET", "POST"])
@workspace_view("factcheck.add_source")
def source_add(request, pk: int):
    claim = _get_claim_for_user(request, pk)
    if request.method != "POST":
        return render_card(request, ClaimCard(claim))
    form = SourceForm(request.POST, claim=claim)
    if form.is_valid():
        # One row, validated by the ModelForm (full_clean): no service needed.
        form.instance.added_by = request.user
        form.save()
        return _done(request, claim)
    return render_card(request, ClaimCard(claim, source_form=form))
