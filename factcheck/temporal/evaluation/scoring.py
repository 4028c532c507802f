"""TempEval-3 timex scores: strict and relaxed extent, value and type.

As TempEval-3's scorer (UzZaman et al. 2013, evaluate_entities.py) computes them:
- relaxed match: spans overlap by at least one character; strict match: identical spans;
- precision counts each system timex once if it matches any gold timex, recall counts
  each gold timex once if any system timex matches it;
- value (type) accuracy: among the gold timexes with a relaxed match, the share whose
  matched system timex has the same value (type); value F1 = value accuracy x relaxed F1.
Counts add up over documents (micro average), and ratios are taken at the end.

Where several system timexes overlap one gold timex, the one compared for value and type
is the identical span if any, else the one overlapping most, else the first.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, SystemTimex


def _ratio(numerator: int, denominator: int) -> float:
    # TempEval-3's scorer reports 0 where nothing was there to count.
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class Scores:
    gold: int = 0
    system: int = 0
    strict_system_hits: int = 0
    relaxed_system_hits: int = 0
    strict_gold_hits: int = 0
    relaxed_gold_hits: int = 0
    value_correct: int = 0
    type_correct: int = 0

    def __add__(self, other: "Scores") -> "Scores":
        return Scores(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict_system_hits, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict_gold_hits, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed_system_hits, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed_gold_hits, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed_gold_hits)

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed_gold_hits)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1


@dataclass(slots=True)
class DocumentResult:
    """One document's scores, and the alignment behind them for error reports."""

    document: GoldDocument
    scores: Scores
    matches: list[tuple[GoldTimex, SystemTimex]] = field(default_factory=list)
    missed: list[GoldTimex] = field(default_factory=list)
    spurious: list[SystemTimex] = field(default_factory=list)


def overlaps(first: GoldTimex | SystemTimex, second: GoldTimex | SystemTimex) -> bool:
    return first.start < second.end and second.start < first.end


def _same_span(first: GoldTimex | SystemTimex, second: GoldTimex | SystemTimex) -> bool:
    return first.start == second.start and first.end == second.end


def score_document(
    document: GoldDocument,
    system: Iterable[SystemTimex],
    *,
    score_creation_time: bool = True,
) -> DocumentResult:
    """Score one document's system timexes against its gold ones.

    Without `score_creation_time`, a creation-time timex in the text (MEANTIME's dateline)
    is left out, and so is any system timex overlapping it: neither credit nor penalty.
    """
    gold = list(document.timexes)
    candidates = [
        timex
        for timex in system
        if document.scored_until is None or timex.start < document.scored_until
    ]
    if not score_creation_time:
        skipped = [timex for timex in gold if timex.is_creation_time]
        gold = [timex for timex in gold if not timex.is_creation_time]
        candidates = [t for t in candidates if not any(overlaps(t, s) for s in skipped)]

    scores = Scores(gold=len(gold), system=len(candidates))
    result = DocumentResult(document=document, scores=scores)
    for system_timex in candidates:
        overlapping = [g for g in gold if overlaps(system_timex, g)]
        if overlapping:
            scores.relaxed_system_hits += 1
            if any(_same_span(system_timex, g) for g in overlapping):
                scores.strict_system_hits += 1
        else:
            result.spurious.append(system_timex)

    for gold_timex in gold:
        overlapping = [s for s in candidates if overlaps(gold_timex, s)]
        if not overlapping:
            result.missed.append(gold_timex)
            continue
        scores.relaxed_gold_hits += 1
        best = max(
            overlapping,
            key=lambda s: (
                _same_span(gold_timex, s),
                min(gold_timex.end, s.end) - max(gold_timex.start, s.start),
                -s.start,
            ),
        )
        if _same_span(gold_timex, best):
            scores.strict_gold_hits += 1
        scores.value_correct += best.value == gold_timex.value
        scores.type_correct += best.type == gold_timex.type
        result.matches.append((gold_timex, best))
    return result
