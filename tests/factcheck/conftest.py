import datetime

import pytest

from factcheck.models import Precision


@pytest.fixture
def september(claim_factory, article):
    """The factory article's second sentence, dated from its text: "last September"
    read on the publication date 2011-05-22."""
    start = article.body.index("Repairs")
    end = article.body.index("said.") + len("said.")
    return claim_factory(
        article=article,
        start=start,
        end=end,
        date_text="last September",
        date_value="2010-09",
        earliest=datetime.date(2010, 9, 1),
        latest=datetime.date(2010, 9, 30),
        precision=Precision.MONTH,
    )
