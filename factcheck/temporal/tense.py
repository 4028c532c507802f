"""Sentence tense: whether a sentence talks about the past or the future.

"May 18" and "Saturday" carry no year or week; news copy resolves them by tense
("decided May 18" is the last one, "will vote May 18" the next). We look only at the
words of the mention's own sentence, and at the verb closest before the mention first,
because reported speech mixes tenses ("said Friday it will ...").
"""

import bisect
import re

_ENDS = (". ", "! ", "? ", ".\n", "!\n", "?\n", "\n")

# Tense words, read token by token: a set lookup per word is several times faster
# than one large case-insensitive regular expression over the sentence.
_FUTURE_WORDS = frozenset(
    [
        "will",
        "won't",
        "shall",
        "'ll",
        "gonna",
        "planning",
        "would",
        "should",
        "could",
        "might",
        "upcoming",
        "next",
        "coming",
        "tomorrow",
        "until",
        "till",
        "starting",
        "beginning",
    ]
)
# Two-word markers: "going to", "plans to", "is due", "as soon" ...
_FUTURE_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "going to", "plans to", "plan to", "scheduled to", "expects to", "expect to",
        "expected to", "is to", "are to", "is due", "are due", "due to", "set to",
        "intends to", "intend to", "as soon",
    )
)  # fmt: skip
# Irregular past forms common in news (regular ones end in -ed); forms that are also
# present tense ("put", "hit", "set") are left out.
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "took",
        "came",
        "went",
        "made",
        "gave",
        "met",
        "began",
        "saw",
        "fell",
        "rose",
        "won",
        "lost",
        "left",
        "sold",
        "bought",
        "paid",
        "held",
        "spent",
        "brought",
        "got",
        "flew",
        "fled",
        "fought",
        "led",
        "became",
        "broke",
        "built",
        "caught",
        "chose",
        "drove",
        "felt",
        "found",
        "grew",
        "heard",
        "kept",
        "knew",
        "meant",
        "sent",
        "spoke",
        "stood",
        "stole",
        "struck",
        "taught",
        "thought",
        "threw",
        "wrote",
        "withdrew",
        "sought",
        "swore",
        "shot",
        "ran",
        "sank",
        "sat",
        "slept",
        "overtook",
        "ago",
        "last",
        "yesterday",
        "earlier",
        "since",
    ]
)
_TOKEN = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?][ \n]|\n")


class Sentences:
    """Sentence boundaries of one text, found once and looked up by bisection."""

    def __init__(self, text: str):
        self.text = text
        self._ends: list[int] | None = None

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end], cut at 300 characters each way."""
        if self._ends is None:
            self._ends = [match.start() + 1 for match in _SENTENCE_END.finditer(self.text)]
        ends = self._ends
        index = bisect.bisect_right(ends, start)
        left = ends[index - 1] if index else 0
        # A boundary sits just after the mark; skip the space or line break that follows.
        if index and left < start and self.text[left : left + 1] in (" ", "\n"):
            left += 1
        following = bisect.bisect_left(ends, end)
        right = ends[following] if following < len(ends) else len(self.text)
        return max(left, start - 300), min(right, end + 300)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], cut at 300 characters each way."""
    return Sentences(text).bounds(start, end)


def _word_tense(words: list[str], index: int) -> str | None:
    """The tense words[index] marks, reading it with the word before it."""
    word = words[index]
    lowered = word.lower()
    if index and (words[index - 1].lower(), lowered) in _FUTURE_PAIRS:
        return "future"
    if lowered in _FUTURE_WORDS or lowered.endswith("'ll") or word == "may":
        return "future"
    if index + 1 < len(words) and (lowered, words[index + 1].lower()) in _FUTURE_PAIRS:
        return "future"  # "expected" in "expected to": the pair decides, not the -ed
    if lowered in _PAST_WORDS or (len(lowered) > 3 and lowered.endswith("ed")):
        return "past"
    return None


def tense_at(text: str, start: int, end: int, sentences: Sentences | None = None) -> str | None:
    """ "past", "future" or None (no clue) for the sentence around text[start:end].

    The tense word nearest the mention (counted in words) wins, on either side: in
    "announced Friday that it will open" Friday goes with "announced", in "said it will
    open Friday" with "will". On a tie the word before the mention wins. The search
    stops at the first tense word each way, so it costs a few set lookups per mention.
    """
    left, right = (sentences or Sentences(text)).bounds(start, end)
    before = _TOKEN.findall(text, left, start)
    after = _TOKEN.findall(text, end, right)
    words = before + after
    nearest_before = nearest_after = None
    for distance, index in enumerate(range(len(before) - 1, -1, -1)):
        if tense := _word_tense(words, index):
            nearest_before = (distance, tense)
            break
    for distance, index in enumerate(range(len(before), len(words))):
        if nearest_before is not None and distance >= nearest_before[0]:
            break
        if tense := _word_tense(words, index):
            nearest_after = (distance, tense)
            break
    nearest = nearest_after or nearest_before
    return nearest[1] if nearest else None
