import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from factcheck.models import Source

pytestmark = pytest.mark.django_db


def test_a_source_needs_a_url_or_a_citation(claim):
    source = Source(claim=claim, title="Nothing to find it by")
    with pytest.raises(ValidationError, match="URL or a citation"):
        source.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(claim=claim, title="Nothing to find it by")


def test_a_citation_alone_is_enough_for_an_offline_source(claim):
    source = Source(claim=claim, citation="Interview with the council clerk, May 20, 2011")
    source.full_clean()
    source.save()


@pytest.mark.parametrize("field", ["url", "archive_url"])
@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x"])
def test_source_links_must_be_http_or_https(claim, field, url):
    source = Source(claim=claim, citation="A document", **{field: url})
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert field in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(claim=claim, citation="A document", **{field: url})


def test_it_refuses_nul_bytes_in_an_excerpt(claim):
    source = Source(claim=claim, url="https://example.org", excerpt="a\x00b")
    with pytest.raises(ValidationError, match="NUL byte"):
        source.full_clean()


@pytest.mark.parametrize(
    ("field", "limit", "what"), [("excerpt", 2000, "excerpt"), ("citation", 1000, "citation")]
)
def test_excerpt_and_citation_have_a_length_limit(claim, field, limit, what):
    source = Source(claim=claim, url="https://example.org", **{field: "x" * (limit + 1)})
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    (message,) = error.value.message_dict[field]
    assert message.startswith(
        f"The {what} is too long: {limit + 1:,} characters, the limit is {limit:,}."
    )
    setattr(source, field, "x" * limit)
    source.full_clean()
