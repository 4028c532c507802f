"""Every admin page loads for every model; verdict changes in the admin keep the rules."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from factcheck.models import Claim, Source, Verdict
from tests.factcheck.conftest import claim_admin_data
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def _registered():
    return [(model._meta.app_label, model._meta.model_name) for model in admin.site._registry]


@pytest.mark.parametrize(("app", "model"), _registered())
def test_every_changelist_and_add_page_loads(admin_client, one_of_each, app, model):
    assert admin_client.get(reverse(f"admin:{app}_{model}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:{app}_{model}_add")).status_code in {200, 403}


@pytest.mark.parametrize(
    "name", ["article", "claim", "source", "event", "timeline", "mergeproposal", "user", "group"]
)
def test_every_change_page_loads(admin_client, one_of_each, name):
    obj = one_of_each[name]
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    assert admin_client.get(url).status_code == 200


def test_the_claim_changelist_searches_and_filters(admin_client, one_of_each):
    url = reverse("admin:factcheck_claim_changelist")
    response = admin_client.get(url, {"q": "council", "verdict__exact": "unchecked"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_the_claim_page_shows_the_verdict_history(admin_client, one_of_each, editor):
    claim = one_of_each["claim"]
    claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.")
    response = admin_client.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert "Minutes confirm it." in response.text
    history = admin_client.get(reverse("admin:factcheck_claim_history", args=[claim.pk]))
    assert history.status_code == 200


def test_bulk_verdict_actions_follow_the_source_rule_and_keep_history(
    admin_client, admin_user, article
):
    with_source = ClaimFactory(article=article)
    SourceFactory(claim=with_source)
    without_source = ClaimFactory(article=article)
    response = admin_client.post(
        reverse("admin:factcheck_claim_changelist"),
        {"action": "mark_verified", "_selected_action": [with_source.pk, without_source.pk]},
        follow=True,
    )
    assert response.status_code == 200
    with_source.refresh_from_db()
    without_source.refresh_from_db()
    assert with_source.verdict == Verdict.VERIFIED
    assert without_source.verdict == Verdict.UNCHECKED
    assert "at least one source" in response.text
    assert [c.by for c in with_source.verdict_changes()] == [admin_user]


def test_a_verdict_can_rest_on_a_source_added_in_the_same_save(admin_client, claim):
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])
    response = admin_client.post(
        url,
        claim_admin_data(
            claim,
            new_verdict="verified",
            new_verdict_note="The minutes say so.",
            **{"sources-0-url": "https://records.example.org/minutes"},
        ),
    )
    assert response.status_code == 302, response.text
    claim.refresh_from_db()
    assert claim.verdict == Verdict.VERIFIED
    assert claim.sources.count() == 1
    assert claim.verdict_changes()[-1].sources[0]["url"] == "https://records.example.org/minutes"


def test_a_verdict_without_any_source_is_a_form_error(admin_client, claim):
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])
    response = admin_client.post(url, claim_admin_data(claim, new_verdict="false"))
    assert response.status_code == 200
    assert "at least one source" in response.text
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNCHECKED


def test_a_date_typed_in_the_admin_is_read_and_the_timeline_follows(admin_client, claim):
    from timeline.services.generation import sync_claim_event

    event = sync_claim_event(claim=claim)
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])
    response = admin_client.post(url, claim_admin_data(claim, date_text="last September"))
    assert response.status_code == 302, response.text
    claim.refresh_from_db()
    event.refresh_from_db()
    assert (claim.date_value, claim.precision) == ("2010-09", "month")
    assert (event.date_value, event.earliest) == ("2010-09", datetime.date(2010, 9, 1))


def test_an_unreadable_date_typed_in_the_admin_is_a_form_error(admin_client, claim):
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])
    response = admin_client.post(url, claim_admin_data(claim, date_text="next blursday"))
    assert response.status_code == 200
    assert "Could not read" in response.text and "next blursday" in response.text
    claim.refresh_from_db()
    assert claim.date_value == "2011-05-18"


def test_the_second_of_two_admins_gets_a_conflict_and_nothing_is_overwritten(admin_client, claim):
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])
    stale = claim_admin_data(claim, statement="Second admin's wording")
    fresh = Claim.objects.get(pk=claim.pk)
    fresh.statement = "First admin's wording"
    fresh.save()
    response = admin_client.post(url, stale)
    assert response.status_code == 200
    assert "Someone else saved this claim" in response.text
    assert "First admin" in response.text  # what changed is shown
    assert "Second admin" in response.text  # what they typed is kept
    claim.refresh_from_db()
    assert claim.statement == "First admin's wording"


def test_sources_can_be_added_in_the_admin(admin_client, claim):
    response = admin_client.post(
        reverse("admin:factcheck_source_add"),
        {
            "claim": claim.pk,
            "citation": "Phone call with the clerk",
            "stance": "context",
        },
    )
    assert response.status_code == 302
    assert Source.objects.filter(claim=claim, citation="Phone call with the clerk").exists()


def test_every_registered_model_of_ours_has_a_change_page_test():
    ours = {
        model._meta.model_name
        for model in admin.site._registry
        if model._meta.app_label in {"factcheck", "timeline", "auth"}
    }
    tested = set(test_every_change_page_loads.pytestmark[0].args[1])
    assert ours <= tested, f"add a change-page check for: {sorted(ours - tested)}"


def test_verdict_history_cannot_be_reverted_or_edited_in_the_admin(
    admin_client, one_of_each, editor
):
    claim = one_of_each["claim"]
    claim.set_verdict(Verdict.VERIFIED, by=editor, note="Minutes confirm it.")
    record = claim.history.earliest()
    url = reverse("admin:factcheck_claim_simple_history", args=[claim.pk, record.history_id])
    assert admin_client.get(url).status_code == 200  # past versions can be read
    assert admin_client.post(url, {"new_verdict": "false"}).status_code == 403
    claim.refresh_from_db()
    assert claim.verdict == Verdict.VERIFIED
    # The historical model has no admin of its own to edit or delete rows through.
    assert all(model is not Claim.history.model for model in admin.site._registry)


def test_the_admin_names_the_same_inline_icon_as_the_site(admin_client):
    response = admin_client.get(reverse("admin:index"))
    assert '<link rel="icon" href="data:image/svg+xml,' in response.content.decode()
    # Django's own admin base is still the one extended: its branding is there.
    assert 'id="site-name"' in response.content.decode()


def test_a_long_articles_claims_are_linked_not_inlined(
    admin_client, article, settings, monkeypatch
):
    from factcheck import admin as factcheck_admin

    monkeypatch.setattr(factcheck_admin, "MAX_INLINE_CLAIMS", 2)
    for _ in range(3):
        ClaimFactory(article=article)
    response = admin_client.get(reverse("admin:factcheck_article_change", args=[article.pk]))
    assert response.status_code == 200
    assert "claims-TOTAL_FORMS" not in response.text
    assert f"?article__id__exact={article.pk}" in response.text
    assert "All 3 claims of this article" in response.text


@pytest.mark.parametrize("rows", [1, 50])
@pytest.mark.parametrize("order", ["", "2", "-2", "3", "5", "-7"])
def test_the_claim_list_reads_no_article_text_in_any_order(
    admin_client, article, django_assert_num_queries, rows, order
):
    # Sorting made the database carry each row's article body (megabytes) through the
    # sort: 30 s and more for a page of one long article's claims.
    ClaimFactory.create_batch(rows, article=article)
    url = reverse("admin:factcheck_claim_changelist") + (f"?o={order}" if order else "")
    # Session, user; the filtered and the total count; the page of claims with their
    # articles' titles; the outlets in the filter; the date hierarchy's range and days.
    with django_assert_num_queries(8) as captured:
        response = admin_client.get(url)
    assert response.status_code == 200
    assert response.context["cl"].result_count == rows
    assert article.title in response.text
    queries = [query["sql"] for query in captured.captured_queries]
    page = [sql for sql in queries if 'JOIN "factcheck_article"' in sql]
    assert len(page) == 1
    assert '"factcheck_article"."title"' in page[0]
    assert not [sql for sql in queries if '"factcheck_article"."body"' in sql]


def test_a_claim_page_still_checks_the_quote_against_the_article_text(admin_client, claim):
    # The list leaves the article's text unread; the change form still needs it.
    response = admin_client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        {
            **claim_admin_data(claim),
            "quote": "words nobody wrote",
            "end": claim.start + len("words nobody wrote"),
        },
    )
    assert response.status_code == 200
    assert "The quote does not match the article text at that span." in response.text
    claim.refresh_from_db()
    assert claim.quote != "words nobody wrote"


def test_the_admin_holds_a_statement_to_the_editor_pages_limit(admin_client, claim):
    too_long = "The council voted. " * 60
    response = admin_client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        {**claim_admin_data(claim), "statement": too_long},
    )
    assert response.status_code == 200
    assert "The claim is too long: 1,139 characters, the limit is 1,000." in response.text
    claim.refresh_from_db()
    assert claim.statement != too_long.strip()


def test_a_date_typed_in_the_admin_moves_the_merged_event_the_claim_placed(
    admin_client, claim, merge_into
):
    event = merge_into(claim, "2011-05")
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])

    response = admin_client.post(url, claim_admin_data(claim, date_text="2011"))

    assert response.status_code == 302, response.text
    event.refresh_from_db()
    assert (event.date_value, event.precision) == ("2011-05", "month")


def _article_admin_data(response) -> dict:
    """The article's admin change form as the page shows it, inline claims included."""
    form = response.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data.update(
            {management.add_prefix(name): management[name].value() for name in management.fields}
        )
        for claim_form in formset.forms:
            for name in claim_form.fields:
                value = claim_form[name].value()
                if value is not None and value is not False:  # 0 is a start offset
                    data[claim_form.add_prefix(name)] = value
    return data


def _save_article_page(client, article, changes: dict, **options):
    """Post the article's admin page as shown, with `changes` made to it (claim list
    fields are named as the form names them, "claims-0-date_text")."""
    url = reverse("admin:factcheck_article_change", args=[article.pk])
    data = _article_admin_data(client.get(url))
    data.update(changes)
    return client.post(url, data, **options)


def test_a_date_typed_in_the_articles_claim_list_is_read_and_moves_the_claims_event(
    admin_client, claim
):
    from timeline.services.generation import sync_claim_event

    event = sync_claim_event(claim=claim)
    response = _save_article_page(admin_client, claim.article, {"claims-0-date_text": "May 2011"})

    assert response.status_code == 302, response.text
    claim.refresh_from_db()
    # Value, bounds and precision together, as on the claim's own page.
    assert (claim.date_value, claim.precision) == ("2011-05", "month")
    assert (claim.earliest, claim.latest) == (datetime.date(2011, 5, 1), datetime.date(2011, 5, 31))
    event.refresh_from_db()
    assert (event.date_value, event.earliest, event.latest) == (
        "2011-05",
        datetime.date(2011, 5, 1),
        datetime.date(2011, 5, 31),
    )


def test_the_articles_claim_list_takes_no_date_value_without_its_bounds(admin_client, claim):
    response = _save_article_page(
        admin_client,
        claim.article,
        {"claims-0-date_value": "2011-05-19", "claims-0-precision": "month"},
    )

    assert response.status_code == 302, response.text
    claim.refresh_from_db()
    assert (claim.date_value, claim.precision) == ("2011-05-18", "day")
    assert claim.earliest == claim.latest == datetime.date(2011, 5, 18)


def test_a_claims_date_is_read_again_only_when_its_text_changes_in_the_list(admin_client, claim):
    # "May 18" read in a history of 2010: read alone, against the publication date, it
    # would be 2011. A status change in the list leaves the date as it was read.
    claim.date_value = "2010-05-18"
    claim.earliest = claim.latest = datetime.date(2010, 5, 18)
    claim.save()

    response = _save_article_page(admin_client, claim.article, {"claims-0-status": "rejected"})

    assert response.status_code == 302, response.text
    claim.refresh_from_db()
    assert (claim.status, claim.date_value) == ("rejected", "2010-05-18")


def test_an_unreadable_date_typed_in_the_articles_claim_list_is_a_form_error(admin_client, claim):
    response = _save_article_page(
        admin_client, claim.article, {"claims-0-date_text": "next blursday"}
    )

    assert response.status_code == 200
    assert "Could not read" in response.text and "next blursday" in response.text
    claim.refresh_from_db()
    assert claim.date_value == "2011-05-18"


def test_a_new_publication_date_in_the_admin_redates_the_claims_and_their_events(
    admin_client, september
):
    from timeline.services.generation import sync_claim_event

    event = sync_claim_event(claim=september)
    response = _save_article_page(
        admin_client,
        september.article,
        {"published_on": "2012-03-01", "title": "Bridge closed"},
        follow=True,
    )

    assert response.redirect_chain, response.text
    assert "The publication date changed: 1 claim got a new date." in response.text
    september.refresh_from_db()
    # "last September" counted from March 2012, as update_article_details reads it.
    assert (september.date_value, september.earliest) == ("2011-09", datetime.date(2011, 9, 1))
    assert september.date_text == "last September"
    event.refresh_from_db()
    assert (event.date_value, event.latest) == ("2011-09", datetime.date(2011, 9, 30))
    assert september.article.timeline.title == "Bridge closed"


def test_a_claim_that_cannot_take_its_new_date_keeps_the_article_as_it_was(
    admin_client, september, monkeypatch
):
    # Its quote no longer matches the text (written past the checks): the claim cannot be
    # saved with a new date as it stands. Not in the page's claim list (a long article),
    # whose forms would refuse it first.
    monkeypatch.setattr("factcheck.admin.MAX_INLINE_CLAIMS", 0)
    Claim.objects.filter(pk=september.pk).update(quote=september.quote.upper())
    article = september.article
    response = _save_article_page(
        admin_client, article, {"published_on": "2012-03-01"}, follow=True
    )

    assert "cannot take its new date" in response.text
    assert "Nothing was saved." in response.text
    article.refresh_from_db()
    assert article.published_on == datetime.date(2011, 5, 22)
    september.refresh_from_db()
    assert september.date_value == "2010-09"


def test_a_claim_saved_elsewhere_during_the_article_pages_save_is_a_message_not_a_500(
    admin_client, claim
):
    from unittest import mock

    from factcheck.models import EditConflict

    original_status = claim.status

    def lose_the_race(*args, **kwargs):
        raise EditConflict(Claim.objects.get(pk=claim.pk))

    with mock.patch.object(Claim, "save", side_effect=lose_the_race):
        response = _save_article_page(
            admin_client, claim.article, {"claims-0-status": "rejected"}, follow=True
        )

    assert response.status_code == 200
    assert "Nothing was overwritten." in response.text
    claim.refresh_from_db()
    assert claim.status == original_status
