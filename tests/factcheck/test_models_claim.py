import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from factcheck.models import Claim, EditConflict, Source, Verdict
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_a_factory_claim_quotes_its_article_exactly(claim):
    assert claim.article.body[claim.start : claim.end] == claim.quote
    claim.full_clean()


def test_it_rejects_a_span_past_the_end_of_the_body(claim):
    claim.start, claim.end = 0, len(claim.article.body) + 5
    with pytest.raises(ValidationError, match="past the end of the article"):
        claim.full_clean()


def test_it_rejects_a_quote_that_does_not_match_the_span(claim):
    claim.quote = "Something the article never said"[: claim.end - claim.start]
    with pytest.raises(ValidationError, match="does not match"):
        claim.full_clean()


def test_the_database_refuses_a_span_whose_length_differs_from_the_quote(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(end=claim.end + 3)


def test_the_database_refuses_an_empty_span(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(end=claim.start, quote="")


def test_it_rejects_earliest_after_latest(claim):
    claim.earliest, claim.latest = datetime.date(2011, 5, 19), datetime.date(2011, 5, 18)
    with pytest.raises(ValidationError, match="earliest date must not be after"):
        claim.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(
            earliest=datetime.date(2011, 5, 19), latest=datetime.date(2011, 5, 18)
        )


def test_it_rejects_a_verdict_without_sources(claim, editor):
    with pytest.raises(ValidationError, match="at least one source"):
        claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.")
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNCHECKED
    assert claim.verdict_changes() == []


def test_it_accepts_a_verdict_with_a_source_given_in_the_same_call(claim, editor):
    source = Source(url="https://records.example.org/minutes", title="Minutes")
    claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.", sources=[source])
    claim.refresh_from_db()
    assert claim.verdict == Verdict.VERIFIED
    assert claim.reviewed_by == editor
    assert claim.reviewed_at is not None
    assert claim.sources.get().added_by == editor


def test_every_verdict_change_is_kept_with_who_when_why_and_sources(claim, editor, reviewer):
    SourceFactory(claim=claim)
    claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.")
    claim.set_verdict(Verdict.DISPUTED, by=reviewer, note="A second record disagrees.")
    changes = claim.verdict_changes()
    assert [(c.before, c.after) for c in changes] == [
        ("unchecked", "verified"),
        ("verified", "disputed"),
    ]
    assert [c.by for c in changes] == [editor, reviewer]
    assert changes[1].note == "A second record disagrees."
    assert changes[0].sources[0]["url"].startswith("https://records.example.org/")
    assert changes[0].at <= changes[1].at


def test_a_bare_update_of_verdicts_is_refused():
    with pytest.raises(TypeError, match="set_verdict"):
        Claim.objects.update(verdict=Verdict.FALSE)


def test_bulk_update_of_verdicts_is_refused_too(claim):
    claim.verdict = Verdict.FALSE
    with pytest.raises(TypeError, match="set_verdict"):
        Claim.objects.bulk_update([claim], ["verdict"])


def test_the_second_of_two_concurrent_saves_is_refused(claim):
    first = Claim.objects.get(pk=claim.pk)
    second = Claim.objects.get(pk=claim.pk)
    first.statement = "First editor's wording"
    first.save()
    second.statement = "Second editor's wording"
    with pytest.raises(EditConflict) as conflict:
        second.save()
    assert conflict.value.current.statement == "First editor's wording"
    claim.refresh_from_db()
    assert claim.statement == "First editor's wording"


def test_it_refuses_nul_bytes_with_a_clear_message(claim):
    claim.statement = "before\x00after"
    with pytest.raises(ValidationError, match="NUL byte"):
        claim.full_clean()


def test_it_refuses_an_over_long_date_text(claim):
    claim.date_text = "x" * 201
    with pytest.raises(ValidationError, match="at most 200"):
        claim.full_clean()


def test_the_database_refuses_an_unknown_verdict(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimFactory(article=claim.article, verdict="probably")


@pytest.mark.parametrize(
    ("verdict", "rating"),
    [("verified", 5), ("disputed", 3), ("misleading", 2), ("false", 1), ("unverifiable", None)],
)
def test_verdicts_map_to_claimreview_ratings(verdict, rating):
    assert Verdict(verdict).rating == rating


@pytest.mark.parametrize("status", ["suggested", "rejected"])
def test_only_an_accepted_claim_takes_a_verdict(article, editor, status):
    claim = ClaimFactory(article=article, status=status)
    SourceFactory(claim=claim)
    with pytest.raises(ValidationError, match="Accept the claim before giving it a verdict"):
        claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.")
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNCHECKED


def test_rejecting_a_checked_claim_returns_its_verdict_to_unchecked_and_keeps_history(
    claim, editor
):
    SourceFactory(claim=claim)
    claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.")
    claim.reject(by=editor)
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.reviewed_at) == ("rejected", "unchecked", None)
    assert [(c.before, c.after) for c in claim.verdict_changes()] == [
        ("unchecked", "verified"),
        ("verified", "unchecked"),
    ]
    claim.full_clean()


def test_a_verdict_withdrawn_by_rejection_takes_its_rationale_with_it(claim, editor):
    SourceFactory(claim=claim)
    claim.set_verdict(Verdict.DISPUTED, by=editor, note="A second source disagrees.")
    claim.reject(by=editor)
    claim.accept(by=editor)
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_note) == ("unchecked", "")
    withdrawn = claim.verdict_changes()[-1]
    assert (withdrawn.before, withdrawn.after) == ("disputed", "unchecked")
    assert withdrawn.note == "Claim rejected; its verdict (Disputed) withdrawn"


@pytest.mark.parametrize(
    ("typed", "value", "label"),
    [
        ("from 2001 to 2005", "2001/2005", "range of years"),
        ("May 18-20, 2011", "2011-05-18/2011-05-20", "range of days"),
        ("September 2010", "2010-09", "month"),
    ],
)
def test_a_typed_range_is_stored_as_its_interval(typed, value, label):
    claim = Claim(date_text="")
    claim.set_date_from_text(typed, anchor=datetime.date(2011, 5, 22))
    assert (claim.date_value, claim.precision_label) == (value, label)
    assert claim.is_range == ("/" in value)


def test_two_dates_typed_are_refused_as_not_one_date():
    claim = Claim(date_text="")
    with pytest.raises(ValidationError) as error:
        claim.set_date_from_text("May 2011 and June 2012", anchor=datetime.date(2011, 5, 22))
    assert 'Could not read "May 2011 and June 2012" as one date' in error.value.messages[0]


def test_a_year_before_christ_is_refused_with_what_to_do_instead():
    claim = Claim(date_text="")
    with pytest.raises(ValidationError) as error:
        claim.set_date_from_text("44 BC", anchor=datetime.date(2026, 11, 29))
    assert error.value.messages == [
        '"44 BC" is before AD 1, which a timeline cannot place: leave the date empty and '
        "keep the year in the claim's words."
    ]


@pytest.mark.django_db
def test_date_in_words_keeps_early_late_and_mid_that_the_bounds_say():
    from factcheck.temporal import tag

    claim = ClaimFactory()
    (mention,) = tag("Sales fell in early 2010.", datetime.date(2011, 5, 22))
    claim.set_date_from_mention(mention)
    claim.save()
    claim.refresh_from_db()

    assert claim.date_in_words == "early 2010"
