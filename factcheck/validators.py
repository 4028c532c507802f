"""Validators shared by models and forms, so the rules read the same everywhere."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

# Only web links: javascript:, data:, file: and friends are refused everywhere we store a URL.
http_url_validator = URLValidator(schemes=["http", "https"])


def reject_nul_bytes(value: str) -> None:
    # PostgreSQL cannot store \x00 in text; SQLite can. Refusing it on both keeps them alike.
    if isinstance(value, str) and "\x00" in value:
        raise ValidationError(
            "This text contains a NUL byte (\\x00), which cannot be stored. "
            "Remove it, or re-export the text as plain UTF-8.",
            code="nul_byte",
        )
