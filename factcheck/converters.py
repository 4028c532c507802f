"""Path converters for the public routes."""


class UnicodeSlugConverter:
    """A slug in any script: what validate_unicode_slug accepts (letters, digits, "_" and
    "-"). Django's `<slug:...>` takes ASCII alone, and titles in Arabic, Cyrillic or
    Chinese get slugs in their own letters (factcheck.models.slugs.slug_words). A request
    carries them percent-encoded; Django decodes the path before matching."""

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
