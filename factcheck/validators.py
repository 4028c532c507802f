"""Validators shared by models and forms, so the rules read the same everywhere."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.utils.deconstruct import deconstructible

# Only web links: javascript:, data:, file: and friends are refused everywhere we store a URL.
http_url_validator = URLValidator(schemes=["http", "https"])

# No newspaper article we check is older than this; a date before it is a slip ("0001"
# from a date picker, "1011" for "2011") that would date every claim centuries off.
EARLIEST_PUBLICATION = datetime.date(1800, 1, 1)


# What to do about a NUL byte depends on what the field holds. It comes with text pasted
# from another program, most often a long export (a PDF, a word processor, a CMS).
NUL_ADVICE_TEXT = "Remove it, or re-export the text as plain UTF-8."
NUL_ADVICE_LINE = "Remove it, or type the text again instead of pasting it."
NUL_ADVICE_WEB_ADDRESS = "Remove it and paste the web address again."


def nul_byte_message(what: str, advice: str = NUL_ADVICE_TEXT) -> str:
    """The one wording of a refused NUL byte, in models and forms alike."""
    return f"{what} contains a NUL byte (\\x00), which cannot be stored. {advice}"


def too_long_message(what: str, advice: str) -> str:
    """The one wording of a too long text, as a message template for a MaxLength error:
    its numbers come as strings written out ("2,125"), so they are %(...)s, never %d."""
    return f"{what} is too long: %(show_value)s characters, the limit is %(limit_value)s. {advice}"


def reject_nul_bytes(value: str) -> None:
    # PostgreSQL cannot store \x00 in text; SQLite can. Refusing it on both keeps them alike.
    if isinstance(value, str) and "\x00" in value:
        raise ValidationError(nul_byte_message("This text"), code="nul_byte")


def reject_early_publication(value: datetime.date | None) -> None:
    # Not a date (None, or a string a model's clean_fields() already refused): nothing
    # to compare here, the field's own message says what is wrong.
    if type(value) is datetime.date and value < EARLIEST_PUBLICATION:
        raise ValidationError(
            f"The publication date {value.isoformat()} is before "
            f"{EARLIEST_PUBLICATION.year}: check the year.",
            code="too_early",
        )


@deconstructible
class MaxLength(MaxLengthValidator):
    """Django's max_length check, with the numbers written as people read them:
    show_value and limit_value come as "2,125" and "2,000", where Django's hands over
    ints that "%(show_value)d" writes "2125". NoSilentCut puts it in place of Django's
    on every field of a form, so a message from text_errors reads the same everywhere."""

    message = too_long_message("This text", "Shorten it.")

    def __call__(self, value) -> None:
        try:
            super().__call__(value)
        except ValidationError as error:
            error.params = {
                **error.params,
                "show_value": f"{error.params['show_value']:,}",
                "limit_value": f"{error.params['limit_value']:,}",
            }
            raise


@deconstructible
class TextLimit(MaxLength):
    """At most `limit` characters, with a message that names the text, says how long it
    is and what to do about it.

    A validator rather than max_length on the form field: max_length adds `maxlength`
    to the textarea, and the browser then cuts a long paste short without a word, so
    the editor never learns that half the excerpt was dropped. Here the whole text
    comes back with the message."""

    def __init__(self, limit: int, what: str, advice: str):
        super().__init__(limit, message=too_long_message(what, advice))


def text_errors(
    what: str, too_long: str | None = None, *, nul_advice: str | None = None
) -> dict[str, str]:
    """A text field's messages in place of Django's "Ensure this value has at most 300
    characters (it has 412)." and "Null characters are not allowed.": which text, what
    is wrong, what to do. `what` names the text as its label does ("The byline");
    `too_long`, for a field with max_length, says what to cut. None leaves "max_length"
    out, so a TextLimit validator (same code) keeps its own message. `nul_advice` says
    what to do about a NUL byte: by default a one-line field (one with `too_long`) is
    typed again, a longer text re-exported. Here, below the forms, so that any app's
    forms can share the wording without importing the editor's forms."""
    if nul_advice is None:
        nul_advice = NUL_ADVICE_LINE if too_long is not None else NUL_ADVICE_TEXT
    errors = {"null_characters_not_allowed": nul_byte_message(what, nul_advice)}
    if too_long is not None:
        errors["max_length"] = too_long_message(what, too_long)
    return errors


# Every web address field's messages, on the editor pages and in the admin alike.
WEB_ADDRESS_ERRORS = text_errors(
    "The web address",
    "Give the page's own address, without the tracking part after “?”.",
    nul_advice=NUL_ADVICE_WEB_ADDRESS,
)


class NoSilentCut:
    """A form mixin: no input carries a maxlength attribute. A browser cuts a pasted text
    at maxlength without a word; without the attribute the text reaches the server, whose
    "too long" message (text_errors, TextLimit) says what to cut, and the form keeps it.
    The server's check is MaxLength, so that message writes "2,125 characters"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)
            field.validators = [
                MaxLength(validator.limit_value)
                if type(validator) is MaxLengthValidator
                else validator
                for validator in field.validators
            ]
