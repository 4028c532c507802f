"""Evaluation of the date tagger against TimeML-annotated corpora, scored the TempEval-3 way.

Readers (`timeml`, `meantime`) turn a corpus file into a `GoldDocument` (plain text,
creation date, gold timexes with character offsets), and `corpora` finds the corpora under
a path; `scoring` compares a tagger's mentions with the gold ones; `baselines` adapts
dateparser so it is scored the same way; `runs` times and scores taggers over documents;
`report` prints the tables and `errors` the error dump. `factcheck.temporal.bench` is the
command line that drives it all.
"""

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, SystemTimex
from factcheck.temporal.evaluation.scoring import Scores, score_document

__all__ = ["GoldDocument", "GoldTimex", "Scores", "SystemTimex", "score_document"]
