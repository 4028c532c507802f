"""Sentence tense: whether a sentence talks about the past or the future.

"May 18" and "Saturday" carry no year or week; news copy resolves them by tense
("decided May 18" is the last one, "will vote May 18" the next). We look only at the
words of the mention's own sentence, and at the verb closest before the mention first,
because reported speech mixes tenses ("said Friday it will ...").
"""

import re

_ENDS = (". ", "! ", "? ", ".\n", "!\n", "?\n", "\n")

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|gonna|plans? to|planning|scheduled to|"
    r"expects? to|expected to|is to|are to|is due|are due|due to|set to|intends? to|"
    r"would|should|could|might|(?-i:may)|upcoming|next|coming|tomorrow|until|till|starting|"
    r"beginning|as soon as)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|took|came|went|made|gave|met|began|saw|"
    r"fell|rose|won|lost|left|sold|bought|paid|held|spent|brought|got|ago|last|"
    r"yesterday|earlier|since|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)


# One pass finds both kinds; the group name is the tense.
_TENSE_WORD = re.compile(f"(?P<future>{_FUTURE.pattern})|(?P<past>{_PAST.pattern})", re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], looking at most 300 characters each way.

    A sentence ends at ". ", "! ", "? " or a line break; str.find and str.rfind do the
    looking, at C speed.
    """
    floor, ceiling = max(0, start - 300), min(len(text), end + 300)
    left = floor
    for mark in _ENDS:
        found = text.rfind(mark, floor, start)
        if found >= 0:
            left = max(left, found + len(mark))
    right = ceiling
    for mark in _ENDS:
        found = text.find(mark, end, ceiling)
        if found >= 0:
            right = min(right, found + 1)
    return left, right


def tense_words(text: str, left: int, right: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of every tense word in text[left:right]."""
    return [(m.start(), m.end(), m.lastgroup) for m in _TENSE_WORD.finditer(text, left, right)]


def tense_at(text: str, start: int, end: int, cache: dict | None = None) -> str | None:
    """ "past", "future" or None (no clue) for the sentence around text[start:end].

    The tense word nearest the mention wins, on either side: in "announced Friday that
    it will open" Friday goes with "announced", in "said it will open Friday" with
    "will". On a tie the word before the mention wins. `cache` keeps each sentence's
    tense words between calls (a sentence often holds several dates).
    """
    bounds = sentence_bounds(text, start, end)
    if cache is None:
        words = tense_words(text, *bounds)
    elif (words := cache.get(bounds)) is None:
        words = cache[bounds] = tense_words(text, *bounds)
    before = after = None
    for word in words:
        if word[1] <= start:
            before = word  # the last one before the mention is the nearest
        elif word[0] >= end:
            after = word
            break
    if before is None and after is None:
        return None
    if after is None or (before is not None and start - before[1] <= after[0] - end):
        return before[2]
    return after[2]
