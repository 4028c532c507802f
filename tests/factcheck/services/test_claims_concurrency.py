"""add_claim under a double submission: the same words sent twice at once (a double
click without JavaScript, two tabs) make one accepted claim, and the second request is
told so, rather than a duplicate claim or a server error."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection

from factcheck.models import Claim, ClaimStatus
from factcheck.services import claims as claim_services

# factories.BODY starts "The city council voted on May 18 to close the old bridge."
FIRST_SENTENCE = (0, 57)


def _add_twice_at_once(monkeypatch, *, article, by) -> list:
    """Run two add_claim calls for the same words in two threads, the second starting
    while the first has read the article's claims but not yet saved its own. Returns
    what each call raised (None when it went through)."""
    first_has_read = threading.Event()
    second_is_done = threading.Event()
    tidy = claim_services.tidy

    def tidy_then_wait(text):
        # The first caller pauses here, after its check and before its save, so the
        # second caller gets its chance in between. When the first holds a lock the
        # second cannot finish: the wait then times out and the first goes on.
        if threading.current_thread().name == "first":
            first_has_read.set()
            second_is_done.wait(timeout=1)
        return tidy(text)

    monkeypatch.setattr(claim_services, "tidy", tidy_then_wait)
    outcomes = {}

    def add(name):
        if name == "second":
            first_has_read.wait(timeout=5)
        try:
            _add_waiting_for_locks(article=article, by=by)
            outcomes[name] = None
        except Exception as error:  # the test reports whatever was raised
            outcomes[name] = error
        finally:
            if name == "second":
                second_is_done.set()
            connection.close()

    threads = [
        threading.Thread(target=add, args=(name,), name=name) for name in ("first", "second")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=15)
    return [outcomes.get("first"), outcomes.get("second")]


def _add_waiting_for_locks(*, article, by):
    """add_claim, waiting while another connection holds the lock it needs.

    PostgreSQL and a SQLite file wait for a lock by themselves (SQLite for its busy
    timeout). The test database is SQLite in memory with a shared cache, which answers
    "database table is locked" at once instead: retry as the busy timeout would."""
    deadline = time.monotonic() + 10
    while True:
        try:
            return claim_services.add_claim(
                article=article, by=by, start=FIRST_SENTENCE[0], end=FIRST_SENTENCE[1]
            )
        except OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            connection.close()
            time.sleep(0.05)


@pytest.mark.django_db(transaction=True)
def test_the_same_new_words_added_twice_at_once_make_one_claim(monkeypatch, article, editor):
    first, second = _add_twice_at_once(monkeypatch, article=article, by=editor)
    assert first is None
    assert isinstance(second, ValidationError), repr(second)
    assert "already an accepted claim" in str(second)
    assert Claim.objects.filter(status=ClaimStatus.ACCEPTED).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_suggestion_added_twice_at_once_is_accepted_once_without_a_conflict(
    monkeypatch, article, editor, claim_factory
):
    claim_factory(
        article=article,
        status=ClaimStatus.SUGGESTED,
        start=FIRST_SENTENCE[0],
        end=FIRST_SENTENCE[1],
    )
    first, second = _add_twice_at_once(monkeypatch, article=article, by=editor)
    assert first is None
    # Not EditConflict (a server error in the view): the words are now a claim.
    assert isinstance(second, ValidationError), repr(second)
    assert "already an accepted claim" in str(second)
    assert Claim.objects.get().status == ClaimStatus.ACCEPTED
