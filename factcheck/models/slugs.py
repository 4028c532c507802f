import unicodedata

from django.utils.text import slugify

SLUG_BASE_LENGTH = 70  # leaves room for a "-N" suffix within the 80-character slug fields

# Regional indicator symbols: a pair of them is a flag ("🇺🇦" is U and A).
_REGIONAL_A, _REGIONAL_Z = 0x1F1E6, 0x1F1FF


def unique_slug(queryset, text: str, *, fallback: str) -> str:
    """A slug for `text` that no row of `queryset` uses yet: "may-vote", then "may-vote-2"...
    One query per taken candidate; collisions are rare (titles carry dates)."""
    base = slug_words(text)[:SLUG_BASE_LENGTH].strip("-") or fallback
    slug, n = base, 2
    while queryset.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def slug_words(text: str) -> str:
    """The words of `text` as a slug, readable whatever its script.

    ASCII when that keeps every letter ("Café" is "cafe", as before). A title in Arabic,
    Cyrillic or Chinese would lose all its words that way ("2011-05-22" alone), so it
    keeps its own letters ("2011-05-22-путин-и-медведев"): the URL converter
    (factcheck.converters) and the slug fields accept them, and links carry them
    percent-encoded. A title of emoji alone has no letters at all: the emoji's Unicode
    names stand for them ("🔥🚒" is "fire-fire-engine", a flag its two letters)."""
    slug = slugify(text)
    if _loses_letters(text):
        slug = slugify(text, allow_unicode=True)
    if not any(character.isalpha() for character in slug):
        names = _symbol_names(text)
        if names:
            slug = slugify(f"{slug} {names}")
    return slug


def _loses_letters(text: str) -> bool:
    """Whether an ASCII slug drops letters: letters left after taking accents off (as
    slugify does, NFKD) that are not ASCII."""
    return any(
        not character.isascii() and unicodedata.category(character).startswith("L")
        for character in unicodedata.normalize("NFKD", text)
    )


def _symbol_names(text: str) -> str:
    """The Unicode names of the symbols in `text` ("FIRE ENGINE"), a flag as its letters
    ("ua"); skin tones, joiners and variation selectors add nothing."""
    words, flag = [], ""
    for character in text:
        code = ord(character)
        if _REGIONAL_A <= code <= _REGIONAL_Z:
            flag += chr(code - _REGIONAL_A + ord("a"))
            if len(flag) == 2:
                words.append(flag)
                flag = ""
        elif unicodedata.category(character) == "So":
            words.append(unicodedata.name(character, ""))
    return " ".join(words).lower()
