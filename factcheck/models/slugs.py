from django.utils.text import slugify

SLUG_BASE_LENGTH = 70  # leaves room for a "-N" suffix within the 80-character slug fields


def unique_slug(queryset, text: str, *, fallback: str) -> str:
    """A slug for `text` that no row of `queryset` uses yet: "may-vote", then "may-vote-2"...
    One query per taken candidate; collisions are rare (titles carry dates)."""
    base = slugify(text)[:SLUG_BASE_LENGTH].strip("-") or fallback
    slug, n = base, 2
    while queryset.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
