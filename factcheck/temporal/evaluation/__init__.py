"""Evaluation of the date tagger against TimeML-annotated corpora, scored the TempEval-3 way.

Readers turn a corpus file into a `GoldDocument` (plain text, creation date, gold timexes
with character offsets); `scoring` compares a tagger's mentions with them; `baselines`
adapts dateparser so it can be scored the same way. `factcheck.temporal.bench` drives it all.
"""

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, SystemTimex
from factcheck.temporal.evaluation.scoring import Scores, score_document

__all__ = ["GoldDocument", "GoldTimex", "Scores", "SystemTimex", "score_document"]
