import csv
import io

import pytest
from django.urls import reverse

from tests.timeline.conftest import make_dated_event
from timeline.exports.tabular import safe_cell


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


@pytest.mark.parametrize("dangerous", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=cmd"])
def test_cells_that_a_spreadsheet_would_run_are_prefixed(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous


def test_ordinary_cells_are_left_alone():
    assert safe_cell("Parliament votes") == "Parliament votes"
    assert safe_cell(None) == ""


@pytest.mark.django_db
def test_it_exports_one_row_per_claim_with_quoting_and_no_formulas(
    anonymous, published_article, article_timeline
):
    event, claim = make_dated_event(article=published_article, value="2010-09")
    event.headline = '=HYPERLINK("http://evil"), "quoted", and a comma'
    event.save()

    response = anonymous.get(reverse("public:timeline_csv", args=[article_timeline.slug]))

    rows = _rows(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert len(rows) == 1
    assert rows[0]["headline"] == "'" + event.headline
    assert rows[0]["date"] == "September 2010"
    assert rows[0]["precision"] == "month"
    assert rows[0]["claim_id"] == str(claim.pk)
    assert rows[0]["verdict"] == "Verified"
    assert "https://records.example.org/minutes/" in rows[0]["sources"]


@pytest.mark.django_db
def test_a_draft_timeline_csv_is_404_for_the_public(anonymous, build_timeline):
    timeline = build_timeline(1, published=False)

    assert anonymous.get(reverse("public:timeline_csv", args=[timeline.slug])).status_code == 404


@pytest.mark.django_db
def test_tellings_that_agree_are_not_said_to_disagree(anonymous, agreeing_tellings):
    timeline = agreeing_tellings

    rows = _rows(anonymous.get(reverse("public:timeline_csv", args=[timeline.slug])))

    assert {row["dates_disagree"] for row in rows} == {"no"}
    assert {(row["date"], row["earliest"], row["latest"]) for row in rows} == {
        ("May 18, 2011", "2011-05-18", "2011-05-18")
    }
    assert sorted(row["claim_date"] for row in rows) == [
        "May 18, 2011",
        "May 2011",
        "week 20 of 2011",
    ]
