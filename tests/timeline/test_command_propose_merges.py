import io

import pytest
from django.core.management import CommandError, call_command

from tests import factories
from tests.timeline.conftest import make_dated_event


@pytest.mark.django_db
def test_it_queues_proposals_and_says_how_many():
    make_dated_event(article=factories.ArticleFactory(), headline="Parliament votes to send troops")
    make_dated_event(
        article=factories.ArticleFactory(), headline="Parliament votes to send soldiers"
    )
    out = io.StringIO()

    call_command("propose_merges", stdout=out)
    call_command("propose_merges", stdout=out)

    assert out.getvalue().splitlines()[0] == "1 new merge proposal."
    assert "0 new merge proposals." in out.getvalue()


@pytest.mark.django_db
def test_a_threshold_out_of_range_is_refused():
    with pytest.raises(CommandError, match="must be above 0"):
        call_command("propose_merges", "--min-similarity", "2")
