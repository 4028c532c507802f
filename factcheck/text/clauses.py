"""Clauses, and statements made from quotes.

A sentence that carries two or more dates is cut into clauses that each carry one, so
each becomes its own claim with its own place on a timeline; `tidy` turns a quote into
a readable statement. Pure Python, like factcheck.text.sentences, whose segments these
functions take and return.
"""

import bisect
import re

from factcheck.text.sentences import (
    CLOSERS,
    LIST_MARKER_RE,
    SENTENCE,
    TERMINAL,
    Segment,
    trim_span,
)

# Where a long sentence may be cut into clauses: a semicolon, or a comma or dash before a
# word that opens a new clause.
CLAUSE_CUT_RE = re.compile(
    r"""(?:;\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas|after|before|when|shortly\s+after|
    although|though|since|until|then|as)\b))""",
    re.VERBOSE | re.IGNORECASE,
)
MIN_CLAUSE_WORDS = 4


def split_clauses(
    text: str, sentence: Segment, dated_spans: list[tuple[int, int]]
) -> list[Segment]:
    """A sentence that carries two or more dates, cut into clauses that each carry
    at most one of them (clauses without a date join the clause before). Returns
    [sentence] when it cannot be cut cleanly: a clause of fewer than MIN_CLAUSE_WORDS
    words reads worse than the whole sentence."""
    # dated_spans are in text order (the tagger's order); bisect keeps a long article linear.
    first = bisect.bisect_left(dated_spans, (sentence.start,))
    last = bisect.bisect_left(dated_spans, (sentence.end,))
    inside = dated_spans[first:last]
    if len(inside) < 2:
        return [sentence]
    cuts = [
        sentence.start + match.start()
        for match in CLAUSE_CUT_RE.finditer(sentence.text)
        if match.start() > 0
    ]
    pieces, previous = [], sentence.start
    for cut in [*cuts, sentence.end]:
        pieces.append((previous, cut))
        previous = cut
    groups: list[list[int]] = []  # [start, end, dates]
    for piece_start, piece_end in pieces:
        dates = sum(1 for span in inside if piece_start <= span[0] < piece_end)
        if groups and (dates == 0 or groups[-1][2] == 0):
            groups[-1][1] = piece_end
            groups[-1][2] += dates
        else:
            groups.append([piece_start, piece_end, dates])
    if len(groups) < 2:
        return [sentence]
    clauses = []
    for group_start, group_end, _ in groups:
        # Drop the separator (", " "; " " — ") the clause starts or ends with.
        clause_start, clause_end = trim_span(text, group_start, group_end)
        while clause_start < clause_end and text[clause_start] in ",;—–":
            clause_start += 1
        while clause_end > clause_start and text[clause_end - 1] in ",;—–":
            clause_end -= 1
        clause_start, clause_end = trim_span(text, clause_start, clause_end)
        if len(text[clause_start:clause_end].split()) < MIN_CLAUSE_WORDS:
            return [sentence]
        clauses.append(Segment(clause_start, clause_end, text[clause_start:clause_end], SENTENCE))
    return clauses


def tidy(quote: str) -> str:
    """A quote made readable as a statement: one line, no markdown emphasis, the first
    letter capitalised, ending with final punctuation."""
    statement = re.sub(r"\s+", " ", quote).strip()
    statement = re.sub(r"(\*\*|__)(.+?)\1", r"\2", statement)
    if marker := LIST_MARKER_RE.match(statement):
        statement = statement[marker.end() :]
    statement = statement.strip(" ,;:—–-")
    if statement and statement[0].islower():
        statement = statement[0].upper() + statement[1:]
    if statement and statement[-1] not in TERMINAL + CLOSERS:
        statement += "."
    return statement
