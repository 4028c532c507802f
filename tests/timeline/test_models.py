"""Rules the timeline models keep in the database and say in clean()."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests import factories
from tests.timeline.conftest import make_dated_event
from timeline.models import MergeProposal, MergeStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposed_pair():
    first, _ = make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes")
    second, _ = make_dated_event(article=factories.ArticleFactory(), headline="Deputies vote")
    proposal = MergeProposal.objects.create(kept=first, merged=second, similarity=0.9)
    return first, second, proposal


def test_a_pair_reversed_is_refused_by_the_database(proposed_pair):
    first, second, _ = proposed_pair

    with pytest.raises(IntegrityError), transaction.atomic():
        MergeProposal.objects.create(kept=second, merged=first, similarity=0.9)


@pytest.mark.parametrize("status", [MergeStatus.PROPOSED, MergeStatus.DISMISSED])
def test_a_pair_reversed_is_refused_by_clean_naming_the_earlier_proposal(proposed_pair, status):
    first, second, proposal = proposed_pair
    MergeProposal.objects.filter(pk=proposal.pk).update(status=status)

    reversed_pair = MergeProposal(kept=second, merged=first, similarity=0.9)
    with pytest.raises(ValidationError) as raised:
        reversed_pair.full_clean()

    # One message, on the field, not the constraint's as well.
    assert raised.value.message_dict == {
        "merged": [
            "These two events already have a merge proposal: Deputies vote → Parliament "
            f"votes ({status.label}). A pair is proposed once, whichever event is kept; "
            "decide that one instead."
        ]
    }


def test_the_proposal_itself_and_other_pairs_pass_clean(proposed_pair):
    first, _, proposal = proposed_pair
    third, _ = make_dated_event(article=factories.ArticleFactory(), headline="Troops sent")

    proposal.full_clean()
    MergeProposal(kept=third, merged=first, similarity=0.5).full_clean()
