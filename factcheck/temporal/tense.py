"""Sentence tense: whether a sentence talks about the past or the future.

"May 18" and "Saturday" carry no year or week; news copy resolves them by tense
("decided May 18" is the last one, "will vote May 18" the next). We look only at the
words of the mention's own sentence, and at the verb closest before the mention first,
because reported speech mixes tenses ("said Friday it will ...").
"""

import re

_SENTENCE_END = re.compile(r"[.!?]\s|\n")

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
    """The sentence holding text[start:end], looking at most 300 characters each way."""
    window_start = max(0, start - 300)
    left = window_start
    for match in _SENTENCE_END.finditer(text, window_start, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    right = right_match.start() + 1 if right_match else min(len(text), end + 300)
    return left, right


def tense_at(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None (no clue) for the sentence around text[start:end].

    The tense word nearest the mention wins, on either side: in "announced Friday that
    it will open" Friday goes with "announced", in "said it will open Friday" with
    "will". On a tie the word before the mention wins.
    """
    left, right = sentence_bounds(text, start, end)
    nearest_before = None
    for match in _TENSE_WORD.finditer(text, left, start):
        nearest_before = match  # the last one before the mention is the nearest
    nearest_after = _TENSE_WORD.search(text, end, right)
    if nearest_before is None and nearest_after is None:
        return None
    if nearest_after is None or (
        nearest_before is not None and start - nearest_before.end() <= nearest_after.start() - end
    ):
        return nearest_before.lastgroup
    return nearest_after.lastgroup
