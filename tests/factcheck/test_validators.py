"""The shared validators: a too long text is counted as people write numbers ("2,125"),
whichever check refuses it."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from factcheck.validators import MaxLength, NoSilentCut, TextLimit, text_errors


class TitleForm(NoSilentCut, forms.Form):
    title = forms.CharField(
        max_length=2000, error_messages=text_errors("The title", "Give the headline alone.")
    )


def test_a_too_long_text_is_counted_with_thousands_separators():
    with pytest.raises(ValidationError) as error:
        MaxLength(2000)("x" * 2125)

    assert error.value.messages == [
        "This text is too long: 2,125 characters, the limit is 2,000. Shorten it."
    ]


def test_a_text_limit_names_the_text_and_counts_the_same_way():
    limit = TextLimit(1000, "The citation", "Name the document.")

    with pytest.raises(ValidationError) as error:
        limit("x" * 1100)

    assert error.value.code == "max_length"
    assert error.value.messages == [
        "The citation is too long: 1,100 characters, the limit is 1,000. Name the document."
    ]
    # Models keep it in their migrations: the same arguments, the same path.
    assert limit.deconstruct() == (
        "factcheck.validators.TextLimit",
        (1000, "The citation", "Name the document."),
        {},
    )


def test_a_form_fields_own_limit_is_counted_with_thousands_separators_too():
    # Django's MaxLengthValidator, which max_length adds, hands over ints ("2125").
    form = TitleForm({"title": "x" * 2125})

    assert form.errors["title"] == [
        "The title is too long: 2,125 characters, the limit is 2,000. Give the headline alone."
    ]
    assert "maxlength" not in str(form["title"])
