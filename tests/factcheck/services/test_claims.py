"""accept_claim, reject_claim, edit_claim, add_claim and give_verdict."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from factcheck.models import Claim, ClaimStatus, EditConflict, Source, Verdict
from factcheck.services.claims import (
    accept_claim,
    add_claim,
    edit_claim,
    give_verdict,
    reject_claim,
)
from timeline.models import Event

# factories.BODY: "The city council voted on May 18 to close the old bridge. "
# "Repairs began last September, officials said. The bridge opened in 1961."


@pytest.fixture
def suggested(claim_factory, article):
    return claim_factory(article=article, status=ClaimStatus.SUGGESTED)


def events_of(claim):
    return list(Event.objects.filter(claims=claim))


# accept / reject -------------------------------------------------------------------


@pytest.mark.django_db
def test_accepting_a_dated_claim_puts_it_on_the_article_timeline(suggested, editor):
    accept_claim(claim=suggested, by=editor)
    suggested.refresh_from_db()
    assert suggested.status == ClaimStatus.ACCEPTED
    [event] = events_of(suggested)
    assert event.date_value == "2011-05-18"
    assert event.timelines.get().article == suggested.article
    assert suggested.history.first().history_user == editor


@pytest.mark.django_db
def test_rejecting_an_accepted_claim_takes_its_event_away(suggested, editor):
    accept_claim(claim=suggested, by=editor)
    reject_claim(claim=suggested, by=editor)
    suggested.refresh_from_db()
    assert suggested.status == ClaimStatus.REJECTED
    assert events_of(suggested) == []
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_accepting_a_stale_claim_is_a_conflict(suggested, editor, other_editor):
    stale = Claim.objects.get(pk=suggested.pk)
    reject_claim(claim=suggested, by=other_editor)
    with pytest.raises(EditConflict):
        accept_claim(claim=stale, by=editor)
    assert Claim.objects.get(pk=suggested.pk).status == ClaimStatus.REJECTED
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_accepting_a_claim_someone_accepted_meanwhile_is_no_conflict(
    suggested, editor, other_editor
):
    stale = Claim.objects.get(pk=suggested.pk)
    accept_claim(claim=suggested, by=other_editor)
    rows = suggested.history.count()
    claim = accept_claim(claim=stale, by=editor, seen_version=stale.version)
    assert claim.status == ClaimStatus.ACCEPTED
    assert suggested.history.count() == rows  # nothing written twice
    assert len(events_of(claim)) == 1


# edit_claim -------------------------------------------------------------------------


@pytest.mark.django_db
def test_editing_the_statement_keeps_the_span_and_the_date(claim, editor):
    edit_claim(claim=claim, by=editor, statement="  The council closed the bridge.  ")
    claim.refresh_from_db()
    assert claim.statement == "The council closed the bridge."
    assert (claim.start, claim.date_value) == (0, "2011-05-18")
    assert claim.history.first().history_change_reason == "Claim edited"


@pytest.mark.django_db
def test_a_typed_date_is_read_by_the_tagger(claim, editor):
    edit_claim(claim=claim, by=editor, statement=claim.statement, date_text="Sept 2010")
    claim.refresh_from_db()
    assert (claim.date_text, claim.date_value, claim.precision) == ("Sept 2010", "2010-09", "month")
    assert (claim.earliest, claim.latest) == (datetime.date(2010, 9, 1), datetime.date(2010, 9, 30))
    assert claim.date_in_words == "September 2010"
    [event] = events_of(claim)
    assert event.date_value == "2010-09"


@pytest.mark.django_db
def test_an_unreadable_date_is_a_clear_error_on_the_date_field(claim, editor):
    with pytest.raises(ValidationError) as error:
        edit_claim(claim=claim, by=editor, statement=claim.statement, date_text="Sptember 20x")
    assert error.value.message_dict == {
        "date_text": [
            'Could not read "Sptember 20x" as one date; try "September 2010", "2010-09" '
            'or, for a range, "2001 to 2005".'
        ]
    }
    assert Claim.objects.get(pk=claim.pk).date_value == "2011-05-18"


@pytest.mark.django_db
def test_an_empty_date_clears_the_date_and_the_event(claim, editor):
    accept_claim(claim=claim, by=editor)
    assert events_of(claim)
    edit_claim(claim=claim, by=editor, statement=claim.statement, date_text="")
    claim.refresh_from_db()
    assert (claim.date_text, claim.date_value, claim.earliest, claim.latest, claim.precision) == (
        "",
        "",
        None,
        None,
        "",
    )
    assert events_of(claim) == []


@pytest.mark.django_db
def test_the_stored_date_text_sent_back_unchanged_is_not_read_again(claim, editor):
    # "May 18" read alone might resolve differently from the tagger reading it in context.
    claim.date_value = "2010-05-18"
    claim.earliest = claim.latest = datetime.date(2010, 5, 18)
    claim.save()
    edit_claim(claim=claim, by=editor, statement="Edited.", date_text="May 18")
    claim.refresh_from_db()
    assert claim.date_value == "2010-05-18"


@pytest.mark.django_db
def test_a_new_span_by_offsets_updates_the_quote(claim, editor):
    body = claim.article.body
    start = body.index("Repairs")
    end = body.index("said.") + len("said.")
    edit_claim(claim=claim, by=editor, statement="Repairs began.", start=start, end=end)
    claim.refresh_from_db()
    assert claim.quote == "Repairs began last September, officials said."


@pytest.mark.django_db
def test_offsets_and_a_quote_that_disagree_are_refused(claim, editor):
    with pytest.raises(ValidationError, match="does not match the article text"):
        edit_claim(claim=claim, by=editor, statement="x", quote="Something else", start=0, end=14)


@pytest.mark.django_db
@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (10, 5000), ("a", 3)])
def test_a_span_outside_the_text_is_refused(claim, editor, start, end):
    with pytest.raises(ValidationError) as error:
        edit_claim(claim=claim, by=editor, statement="x", start=start, end=end)
    assert "quote" in error.value.message_dict


@pytest.mark.django_db
def test_a_quote_alone_is_found_nearest_the_old_span(article_factory, claim_factory, editor):
    body = "The bridge closed. The mayor said the bridge closed. Later the bridge closed."
    article = article_factory(body=body)
    middle = body.index("The mayor")
    claim = claim_factory(
        article=article, start=middle, end=middle + len("The mayor said the bridge closed.")
    )
    edit_claim(claim=claim, by=editor, statement="It closed.", quote="the bridge closed.")
    claim.refresh_from_db()
    assert claim.start == body.index("the bridge closed.", middle)
    assert claim.quote == "the bridge closed."


@pytest.mark.django_db
def test_a_quote_not_in_the_article_is_refused(claim, editor):
    with pytest.raises(ValidationError, match="not in the article"):
        edit_claim(claim=claim, by=editor, statement="x", quote="The council voted on May 19")


@pytest.mark.django_db
def test_an_empty_statement_is_refused(claim, editor):
    with pytest.raises(ValidationError) as error:
        edit_claim(claim=claim, by=editor, statement="   ")
    assert "statement" in error.value.message_dict


@pytest.mark.django_db
def test_an_edit_from_a_stale_form_is_a_conflict_and_writes_nothing(claim, editor, other_editor):
    seen = claim.version
    edit_claim(claim=Claim.objects.get(pk=claim.pk), by=other_editor, statement="Otto's words.")
    with pytest.raises(EditConflict) as conflict:
        edit_claim(claim=claim, by=editor, statement="Edna's words.", seen_version=seen)
    assert conflict.value.current.statement == "Otto's words."
    assert Claim.objects.get(pk=claim.pk).statement == "Otto's words."


@pytest.mark.django_db
def test_an_edit_from_a_current_form_saves(claim, editor):
    edit_claim(claim=claim, by=editor, statement="Fine.", seen_version=claim.version)
    assert Claim.objects.get(pk=claim.pk).statement == "Fine."


# add_claim --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_selected_span_becomes_an_accepted_claim_dated_from_inside_it(article, editor):
    body = article.body
    start = body.index("Repairs")
    end = body.index("September") + len("September")
    claim = add_claim(article=article, by=editor, start=start, end=end)
    assert claim.status == ClaimStatus.ACCEPTED
    assert claim.quote == "Repairs began last September"
    assert claim.statement == "Repairs began last September."
    assert (claim.date_value, claim.created_by) == ("2010-09", editor)
    assert events_of(claim)[0].date_value == "2010-09"


@pytest.mark.django_db
def test_a_selection_without_a_date_takes_the_date_of_its_sentence(article, editor):
    body = article.body
    start = body.index("close the old bridge")
    claim = add_claim(
        article=article, by=editor, start=start, end=start + len("close the old bridge")
    )
    assert claim.date_value == "2011-05-18"


@pytest.mark.django_db
def test_surrounding_whitespace_is_trimmed_from_a_selection(article, editor):
    body = article.body
    start = body.index("Repairs") - 1
    claim = add_claim(
        article=article, by=editor, start=start, end=body.index("said.") + 5, date_text="2010"
    )
    assert claim.quote.startswith("Repairs")
    assert (claim.date_value, claim.precision) == ("2010", "year")


@pytest.mark.django_db
def test_adding_a_claim_reuses_a_suggestion_with_the_same_span(suggested, editor):
    claim = add_claim(
        article=suggested.article,
        by=editor,
        start=suggested.start,
        end=suggested.end,
        statement="Mine.",
    )
    assert claim.pk == suggested.pk
    assert (claim.status, claim.statement) == (ClaimStatus.ACCEPTED, "Mine.")
    assert Claim.objects.count() == 1


@pytest.mark.django_db
def test_adding_the_same_words_twice_is_refused_with_the_claim_they_already_make(suggested, editor):
    span = {"article": suggested.article, "by": editor, "start": suggested.start}
    add_claim(**span, end=suggested.end, statement="Mine.")
    with pytest.raises(ValidationError, match=re.escape("already an accepted claim (“Mine.”)")):
        add_claim(**span, end=suggested.end, statement="Mine again.")
    assert Claim.objects.count() == 1


@pytest.mark.django_db
def test_adding_a_claim_with_an_unreadable_date_saves_nothing(article, editor):
    with pytest.raises(ValidationError) as error:
        add_claim(article=article, by=editor, start=0, end=10, date_text="someday maybe")
    assert "date_text" in error.value.message_dict
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_an_empty_selection_is_refused(article, editor):
    with pytest.raises(ValidationError, match="outside the article"):
        add_claim(article=article, by=editor, start=3, end=3)


# give_verdict -----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_verdict_with_a_new_source_is_saved_with_it(claim, editor):
    source = Source(url="https://records.example.org/minutes", excerpt="Motion carried.")
    give_verdict(
        claim=claim,
        by=editor,
        verdict=Verdict.VERIFIED,
        note="Minutes agree.",
        new_sources=[source],
    )
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_note, claim.reviewed_by) == (
        Verdict.VERIFIED,
        "Minutes agree.",
        editor,
    )
    assert list(claim.sources.values_list("url", "added_by")) == [
        ("https://records.example.org/minutes", editor.pk)
    ]
    assert [change.after for change in claim.verdict_changes()] == ["verified"]


@pytest.mark.django_db
def test_a_verdict_without_any_source_is_refused(claim, editor):
    with pytest.raises(ValidationError, match="Add at least one source"):
        give_verdict(claim=claim, by=editor, verdict=Verdict.FALSE, note="No.")
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.UNCHECKED


@pytest.mark.django_db
def test_an_unknown_verdict_is_refused(claim, editor):
    with pytest.raises(ValidationError, match="is not a verdict"):
        give_verdict(claim=claim, by=editor, verdict="probably", note="")


@pytest.mark.django_db
def test_a_stale_verdict_is_a_conflict_and_its_sources_are_not_kept(claim, editor, other_editor):
    seen = claim.version
    edit_claim(claim=Claim.objects.get(pk=claim.pk), by=other_editor, statement="Changed.")
    source = Source(url="https://records.example.org/minutes")
    with pytest.raises(EditConflict):
        give_verdict(
            claim=claim,
            by=editor,
            verdict=Verdict.VERIFIED,
            note="Yes.",
            new_sources=[source],
            seen_version=seen,
        )
    assert Source.objects.count() == 0
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.UNCHECKED


def test_accepting_a_claim_proposes_a_merge_with_the_same_event_in_another_article(editor):
    from tests.factories import ArticleFactory, ClaimFactory
    from timeline.models import MergeProposal

    first = ClaimFactory(article=ArticleFactory(), status="suggested")
    second = ClaimFactory(article=ArticleFactory(), status="suggested")
    accept_claim(claim=first, by=editor)
    assert not MergeProposal.objects.exists()
    accept_claim(claim=second, by=editor)
    proposal = MergeProposal.objects.get()
    assert {proposal.kept, proposal.merged} == {first.events.get(), second.events.get()}
    accept_claim(claim=second, by=editor)  # accepting again proposes nothing new
    assert MergeProposal.objects.count() == 1


@pytest.mark.django_db
def test_words_dated_before_the_calendar_do_not_take_their_sentences_other_date(
    article_factory, editor
):
    body = (
        "Roman coins found near the rock date from AD 14, and one local historian "
        "argued that a camp was founded there in 44 BC."
    )
    article = article_factory(body=body, published_on=datetime.date(2026, 11, 29))
    start = body.index("one local")

    claim = add_claim(article=article, by=editor, start=start, end=len(body) - 1)

    assert claim.quote.endswith("in 44 BC")
    assert (claim.date_value, claim.earliest) == ("", None)


@pytest.mark.django_db
def test_a_new_date_moves_the_merged_event_the_claim_placed(claim, editor, merge_into):
    # Told "May 2011" by another paper and "May 18" here: the event stood at the 18th.
    event = merge_into(claim, "2011-05")

    edit_claim(claim=claim, by=editor, statement=claim.statement, date_text="2011")

    event.refresh_from_db()
    assert (event.date_value, event.precision) == ("2011-05", "month")
