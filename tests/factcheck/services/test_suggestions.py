"""suggest_claims: which sentences become suggested claims, with which dates."""

import datetime

import pytest

from factcheck.models import Claim, ClaimStatus
from factcheck.services.suggestions import best_date, has_actor, is_checkable, suggest_claims
from factcheck.temporal import tag

PUBLISHED = datetime.date(2011, 5, 22)  # a Sunday

# Written for these tests, in the manner of wire copy.
STORY = """# Parliament Backs Bridge Plan

May 22, 2011

**The Example Herald**

RIVERTON, Examplia — The regional parliament voted on Wednesday to rebuild the old bridge.

The plan was published on Saturday and drew quick criticism.

It is a long plan.

"We cannot wait any longer," the transport minister told reporters.

About 40 percent of residents cross the river every day.

The Harbour Authority opposed the plan.

Repairs began last September, and the eastern span collapsed in 2001 after years of neglect.

Original url:

<https://news.example.org/2011/05/22/bridge>"""


@pytest.fixture
def story(article_factory, editor):
    return article_factory(
        body=STORY, title="Parliament Backs Bridge Plan", published_on=PUBLISHED, created_by=editor
    )


def by_quote(claims):
    return {claim.quote: claim for claim in claims}


@pytest.mark.django_db
def test_it_suggests_dated_numbered_named_and_reported_sentences_in_text_order(story):
    claims = suggest_claims(article=story)
    assert [claim.quote for claim in claims] == [
        "The regional parliament voted on Wednesday to rebuild the old bridge.",
        "The plan was published on Saturday and drew quick criticism.",
        '"We cannot wait any longer," the transport minister told reporters.',
        "About 40 percent of residents cross the river every day.",
        "The Harbour Authority opposed the plan.",
        "Repairs began last September",
        "and the eastern span collapsed in 2001 after years of neglect.",
    ]
    assert all(claim.status == ClaimStatus.SUGGESTED for claim in claims)
    assert Claim.objects.filter(article=story).count() == len(claims)


@pytest.mark.django_db
def test_the_heading_date_line_outlet_dateline_and_link_trailer_are_never_claims(story):
    quotes = " ".join(claim.quote for claim in suggest_claims(article=story))
    for skipped in (
        "Parliament Backs",
        "May 22, 2011",
        "Example Herald",
        "RIVERTON",
        "Original url",
        "https://",
    ):
        assert skipped not in quotes


@pytest.mark.django_db
def test_every_suggestion_passes_the_claim_rules(story):
    for claim in suggest_claims(article=story):
        claim.full_clean()
        assert story.body[claim.start : claim.end] == claim.quote


@pytest.mark.django_db
def test_dates_are_resolved_against_the_publication_date(story):
    claims = by_quote(suggest_claims(article=story))
    vote = claims["The regional parliament voted on Wednesday to rebuild the old bridge."]
    assert (vote.date_text, vote.date_value, vote.precision) == ("Wednesday", "2011-05-18", "day")
    assert vote.earliest == vote.latest == datetime.date(2011, 5, 18)
    september = claims["Repairs began last September"]
    assert (september.date_value, september.precision) == ("2010-09", "month")
    collapse = claims["and the eastern span collapsed in 2001 after years of neglect."]
    assert (collapse.date_value, collapse.precision) == ("2001", "year")
    undated = claims["The Harbour Authority opposed the plan."]
    assert undated.earliest is None and undated.date_value == ""


@pytest.mark.django_db
def test_a_clause_gets_a_tidy_statement(story):
    claims = by_quote(suggest_claims(article=story))
    assert claims["and the eastern span collapsed in 2001 after years of neglect."].statement == (
        "And the eastern span collapsed in 2001 after years of neglect."
    )
    assert claims["Repairs began last September"].statement == "Repairs began last September."


@pytest.mark.django_db
def test_it_is_idempotent_and_respects_rejections(story, editor):
    first = suggest_claims(article=story)
    first[0].reject(by=editor)
    assert suggest_claims(article=story) == []
    assert Claim.objects.filter(article=story).count() == len(first)
    assert Claim.objects.get(pk=first[0].pk).status == ClaimStatus.REJECTED


@pytest.mark.django_db
def test_each_suggestion_has_a_history_row(story, editor):
    claim = suggest_claims(article=story)[0]
    row = claim.history.get()
    assert (row.history_user, row.history_change_reason) == (editor, "Suggested on import")


@pytest.mark.django_db
def test_a_first_line_repeating_the_title_is_skipped(article_factory):
    article = article_factory(
        title="Council closes 2 bridges", body="Council closes 2 bridges\n\nThe council said so."
    )
    assert [claim.quote for claim in suggest_claims(article=article)] == ["The council said so."]


@pytest.mark.django_db
@pytest.mark.parametrize("sentences", [1, 50])
def test_it_runs_a_constant_number_of_queries(
    article_factory, django_assert_num_queries, sentences
):
    body = " ".join(f"The council met on May {1 + n % 20} to vote." for n in range(sentences))
    article = article_factory(body=body)
    # 1 spans already claimed, 2 INSERT the claims, 3 INSERT their history rows
    # (one INSERT each while a batch fits the database's parameter limit).
    with django_assert_num_queries(3):
        claims = suggest_claims(article=article)
    assert len(claims) == sentences


def test_the_first_date_that_is_not_the_publication_day_dates_the_claim():
    text = "Today the minister said the treaty was signed on May 3 and ratified in June."
    mentions = tag(text, PUBLISHED)
    assert best_date(mentions, PUBLISHED).text == "May 3"
    only_today = tag("Today the minister resigned.", PUBLISHED)
    assert best_date(only_today, PUBLISHED).value == "2011-05-22"
    assert best_date([], PUBLISHED) is None


@pytest.mark.parametrize(
    ("sentence", "checkable"),
    [
        ("Seventy percent of people are Muslim.", True),
        ("The toll rose to 28.", True),
        ("Officials said it would close.", True),
        ("According to the police, it was calm.", True),
        ("The move angered the Harbour Authority.", True),
        ("It was a quiet day in the town.", False),
        ("Despite that, it rained in May and June.", False),
    ],
)
def test_what_makes_a_sentence_worth_checking(sentence, checkable):
    assert is_checkable(sentence) is checkable


def test_a_capitalised_name_at_the_start_of_a_sentence_is_not_an_actor():
    assert not has_actor("Central Asia is large.")
    assert has_actor("It borders Central Asia.")


@pytest.mark.django_db
def test_a_range_dates_its_claim_by_both_ends_and_keeps_its_sentence_whole(article_factory):
    article = article_factory(
        body="The mayor served from 1998 to 2004. Repairs ran May 18-20 and cost $2 million.",
        published_on=PUBLISHED,
    )

    claims = by_quote(suggest_claims(article=article))

    served = claims["The mayor served from 1998 to 2004."]
    assert (served.date_text, served.date_value, served.precision) == (
        "1998 to 2004",
        "1998/2004",
        "year",
    )
    assert (served.earliest, served.latest) == (
        datetime.date(1998, 1, 1),
        datetime.date(2004, 12, 31),
    )
    assert served.is_range and served.date_in_words == "1998–2004"
    repairs = claims["Repairs ran May 18-20 and cost $2 million."]
    assert repairs.date_value == "2011-05-18/2011-05-20"
    assert repairs.date_in_words == "May 18–20, 2011"


@pytest.mark.django_db
def test_a_clause_dated_before_the_calendar_is_its_own_undated_claim(article_factory):
    # "44 BC" has no calendar bounds (years start at AD 1), so it dates nothing; its
    # clause must not take the other clause's date ("AD 14") onto the timeline.
    article = article_factory(
        body="Roman coins found near the rock date from AD 14, and one local historian "
        "argued that a camp was founded there in 44 BC.",
        published_on=datetime.date(2026, 11, 29),
    )

    claims = by_quote(suggest_claims(article=article))

    assert claims["Roman coins found near the rock date from AD 14"].date_value == "0014"
    camp = claims["and one local historian argued that a camp was founded there in 44 BC."]
    assert (camp.date_value, camp.earliest) == ("", None)


@pytest.mark.django_db
def test_a_bug_in_the_taggers_story_passes_still_suggests_dated_claims(story, monkeypatch, caplog):
    # An editor's import must not fail on a tagger bug: the dates keep their first
    # reading and the error is logged for the operators.
    from factcheck.temporal import tagger

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(tagger, "RAISE_ERRORS", False)
    monkeypatch.setattr(tagger, "rebase", broken)
    claims = by_quote(suggest_claims(article=story))
    collapse = claims["and the eastern span collapsed in 2001 after years of neglect."]
    assert (collapse.date_value, collapse.precision) == ("2001", "year")
    assert "tagging failed" in caplog.text
