"""Sentence tense: whether a sentence talks about the past or the future.

"May 18" and "Saturday" carry no year or week; news copy resolves them by tense
("decided May 18" is the last one, "will vote May 18" the next). We look only at the
words of the mention's own sentence, and at the verb closest before the mention first,
because reported speech mixes tenses ("said Friday it will ...").
"""

import re

_SENTENCE_END = re.compile(r"[.!?]\s|\n")

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|gonna|plans? to|planned|planning|scheduled|"
    r"expects? to|expected to|is to|are to|is due|are due|due to|set to|"
    r"intends? to|would|upcoming|next|coming|tomorrow)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|took|came|went|made|gave|met|began|saw|"
    r"fell|rose|won|lost|left|sold|bought|paid|held|spent|brought|got|ago|last|"
    r"yesterday|earlier|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
# Reporting verbs say when the story was told, not when its events happen:
# "said it will vote May 18" is about the future.
_REPORTING = re.compile(
    r"\b(?:said|told|announced|reported|added|noted|stated|explained|wrote|declared|"
    r"insisted|argued|confirmed|disclosed|indicated|expected|scheduled|planned|"
    r"predicted|forecast|projected|estimated)\b",
    re.IGNORECASE,
)


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
    """ "past", "future" or None (no clue) for the sentence around text[start:end]."""
    left, right = sentence_bounds(text, start, end)
    before, after = text[left:start], text[end:right]
    future_before = [m.end() for m in _FUTURE.finditer(before)]
    past_before = [m.end() for m in _PAST.finditer(before) if not _REPORTING.fullmatch(m[0])]
    # The nearest verb before the mention governs it ("said it will open Monday").
    if future_before or past_before:
        last_future = max(future_before, default=-1)
        last_past = max(past_before, default=-1)
        return "future" if last_future > last_past else "past"
    if _FUTURE.search(after):
        return "future"
    if any(not _REPORTING.fullmatch(m[0]) for m in _PAST.finditer(after)):
        return "past"
    return None
