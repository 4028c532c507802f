"""update_article_details: an article's details, and its claims' dates when the
publication date (the anchor of every relative date) moves."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from factcheck.models import Article, ClaimStatus, EditConflict, Precision
from factcheck.services.articles import update_article_details
from factcheck.services.claims import edit_claim
from factcheck.services.suggestions import suggest_claims
from tests.factories import ArticleFactory
from timeline.models import Event
from timeline.services.generation import ensure_article_timeline, sync_claim_event

# factories.BODY: "The city council voted on May 18 to close the old bridge. "
# "Repairs began last September, officials said. The bridge opened in 1961."
# ArticleFactory publishes it on 2011-05-22.

NEW_ANCHOR = datetime.date(2012, 3, 1)


def details(article, **changes):
    return {
        "title": article.title,
        "outlet": article.outlet,
        "byline": article.byline,
        "url": article.url,
        "published_on": article.published_on,
        **changes,
    }


@pytest.mark.django_db
def test_it_saves_the_details(article, editor):
    update = update_article_details(
        article=article,
        by=editor,
        **details(
            article,
            title="  Bridge closed  ",
            outlet="The Courier",
            byline="B. Writer",
            url="https://courier.example.org/bridge",
        ),
    )
    stored = Article.objects.get(pk=article.pk)
    assert (stored.title, stored.outlet, stored.byline, stored.url) == (
        "Bridge closed",
        "The Courier",
        "B. Writer",
        "https://courier.example.org/bridge",
    )
    assert not update.anchor_moved
    assert update.redated == []


@pytest.mark.django_db
def test_a_new_publication_date_moves_last_september_to_the_year_before_it(
    article, editor, september
):
    # Read against the import's anchor, 2011-05-22.
    assert (september.date_value, september.earliest) == ("2010-09", datetime.date(2010, 9, 1))
    update = update_article_details(
        article=article, by=editor, **details(article, published_on=NEW_ANCHOR)
    )
    september.refresh_from_db()
    assert september.date_value == "2011-09"
    assert (september.earliest, september.latest) == (
        datetime.date(2011, 9, 1),
        datetime.date(2011, 9, 30),
    )
    assert september.precision == Precision.MONTH
    assert september.date_text == "last September"
    assert september in update.redated
    assert Article.objects.get(pk=article.pk).published_on == NEW_ANCHOR


@pytest.mark.django_db
def test_it_counts_only_the_claims_whose_date_changed(article, editor, september, claim_factory):
    # "1961" means 1961 whatever the anchor.
    start = article.body.index("The bridge opened")
    claim_factory(
        article=article,
        start=start,
        end=len(article.body),
        date_text="1961",
        date_value="1961",
        earliest=datetime.date(1961, 1, 1),
        latest=datetime.date(1961, 12, 31),
        precision=Precision.YEAR,
    )
    update = update_article_details(
        article=article, by=editor, **details(article, published_on=NEW_ANCHOR)
    )
    assert update.anchor_moved
    assert update.redated == [september]


@pytest.mark.django_db
def test_a_date_an_editor_typed_is_read_again_against_the_new_date(article, editor, claim):
    # Typed by hand: "Sept 2010" is absolute, "last September" is not.
    edit_claim(claim=claim, by=editor, statement=claim.statement, date_text="last September")
    claim.refresh_from_db()
    assert claim.date_value == "2010-09"
    update_article_details(article=article, by=editor, **details(article, published_on=NEW_ANCHOR))
    claim.refresh_from_db()
    assert claim.date_value == "2011-09"
    assert claim.date_text == "last September"


@pytest.mark.django_db
def test_the_timeline_event_of_an_accepted_claim_moves_with_it(article, editor, september):
    sync_claim_event(claim=september)
    update_article_details(article=article, by=editor, **details(article, published_on=NEW_ANCHOR))
    event = Event.objects.get(claims=september)
    assert event.date_value == "2011-09"
    assert event.earliest == datetime.date(2011, 9, 1)


@pytest.mark.django_db
def test_a_suggested_claim_is_redated_but_gets_no_event(article, editor, september):
    september.status = ClaimStatus.SUGGESTED
    september.save()
    update_article_details(article=article, by=editor, **details(article, published_on=NEW_ANCHOR))
    september.refresh_from_db()
    assert september.date_value == "2011-09"
    assert not Event.objects.filter(claims=september).exists()


@pytest.mark.django_db
def test_an_undated_claim_stays_undated(article, editor, claim_factory):
    claim = claim_factory(
        article=article, date_text="", date_value="", earliest=None, latest=None, precision=""
    )
    update = update_article_details(
        article=article, by=editor, **details(article, published_on=NEW_ANCHOR)
    )
    claim.refresh_from_db()
    assert claim.earliest is None
    assert update.redated == []


@pytest.mark.django_db
def test_a_date_the_tagger_cannot_read_keeps_its_old_value_and_is_reported(
    article, editor, claim_factory
):
    claim = claim_factory(article=article, date_text="the day of the storm")
    update = update_article_details(
        article=article, by=editor, **details(article, published_on=NEW_ANCHOR)
    )
    claim.refresh_from_db()
    assert claim.date_value == "2011-05-18"
    assert update.unreadable == [claim]


@pytest.mark.django_db
def test_it_records_who_redated_a_claim_in_its_history(article, editor, september):
    update_article_details(article=article, by=editor, **details(article, published_on=NEW_ANCHOR))
    latest = september.history.order_by("-history_date", "-history_id").first()
    assert latest.history_user == editor
    assert "publication date changed" in latest.history_change_reason


@pytest.mark.django_db
def test_it_refuses_a_javascript_url_and_writes_nothing(article, editor, september):
    with pytest.raises(ValidationError) as error:
        update_article_details(
            article=article,
            by=editor,
            **details(article, url="javascript:alert(1)", published_on=NEW_ANCHOR),
        )
    assert "url" in error.value.message_dict
    september.refresh_from_db()
    assert september.date_value == "2010-09"
    assert Article.objects.get(pk=article.pk).published_on == datetime.date(2011, 5, 22)


@pytest.mark.django_db
def test_it_refuses_an_empty_title(article, editor):
    with pytest.raises(ValidationError) as error:
        update_article_details(article=article, by=editor, **details(article, title="   "))
    assert "title" in error.value.message_dict


@pytest.mark.django_db
def test_a_stale_form_is_refused_with_the_current_article(article, editor):
    seen = article.updated_at.isoformat()
    update_article_details(article=article, by=editor, **details(article, title="First edit"))
    stale = Article.objects.get(pk=article.pk)
    stale.title = "Council closes bridge"  # as the second editor's page still shows
    with pytest.raises(EditConflict) as conflict:
        update_article_details(
            article=stale, by=editor, seen_updated_at=seen, **details(stale, title="Second edit")
        )
    assert conflict.value.current.title == "First edit"
    assert Article.objects.get(pk=article.pk).title == "First edit"


@pytest.mark.django_db
def test_the_article_timeline_follows_a_new_title(article, editor):
    timeline = ensure_article_timeline(article=article)
    update_article_details(article=article, by=editor, **details(article, title="Bridge closed"))
    timeline.refresh_from_db()
    assert timeline.title == "Bridge closed"


@pytest.mark.django_db
def test_a_timeline_with_its_own_title_keeps_it(article, editor):
    timeline = ensure_article_timeline(article=article)
    timeline.title = "The bridge saga"
    timeline.save()
    update_article_details(article=article, by=editor, **details(article, title="Bridge closed"))
    timeline.refresh_from_db()
    assert timeline.title == "The bridge saga"


@pytest.mark.django_db
def test_a_date_in_the_text_is_read_again_with_its_sentences_tense(editor, claim_factory):
    article = ArticleFactory(
        created_by=editor,
        body="Police said the attack happened on Saturday. The trial opens on Monday.",
        published_on=datetime.date(2011, 5, 22),  # a Sunday
    )
    body = article.body
    attack, trial = (
        claim_factory(
            article=article,
            start=body.index(sentence),
            end=body.index(sentence) + len(sentence),
            date_text=day,
            date_value="",
            earliest=None,
            latest=None,
            precision="",
        )
        for sentence, day in (
            ("Police said the attack happened on Saturday.", "Saturday"),
            ("The trial opens on Monday.", "Monday"),
        )
    )
    # Moved to Wednesday: Saturday is 4 days back and 3 ahead; the past tense decides.
    update_article_details(
        article=article, by=editor, **details(article, published_on=datetime.date(2011, 5, 25))
    )
    attack.refresh_from_db()
    trial.refresh_from_db()
    assert (attack.date_value, attack.date_text) == ("2011-05-21", "Saturday")
    assert trial.date_value == "2011-05-30"


@pytest.mark.django_db
def test_a_range_in_the_text_is_read_again_in_its_sentence(editor, article_factory):
    article = article_factory(body="Repairs ran May 18-20, officials said.", created_by=editor)
    (claim,) = suggest_claims(article=article)
    assert claim.date_value == "2011-05-18/2011-05-20"

    later = datetime.date(2011, 12, 1)
    update_article_details(article=article, by=editor, **details(article, published_on=later))

    claim.refresh_from_db()
    # "ran": the past May, as the suggestion read it; alone, "May 18-20" would be the
    # nearest May, 2012's.
    assert claim.date_value == "2011-05-18/2011-05-20"
    assert claim.date_text == "May 18-20"


@pytest.mark.django_db
def test_a_merged_event_follows_its_claim_to_the_new_date(article, editor, september, merge_into):
    # Told "2010" by another paper and "last September" here: the event stood at
    # September 2010, which after the move no claim gives.
    event = merge_into(september, "2010")

    update_article_details(article=article, by=editor, **details(article, published_on=NEW_ANCHOR))

    event.refresh_from_db()
    assert (event.date_value, event.precision) == ("2010", "year")
