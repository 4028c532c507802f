"""Timed runs of a tagger (and a baseline) over a corpus's documents, scored as they go."""

import contextlib
import datetime
import gc
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import add

from tqdm import tqdm

from factcheck.temporal.evaluation.baselines import Tagger, as_system_timexes
from factcheck.temporal.evaluation.documents import GoldDocument
from factcheck.temporal.evaluation.scoring import DocumentResult, Scores, score_document

OURS = "ours"
DATEPARSER = "dateparser"


@dataclass(slots=True)
class DocumentRun:
    result: DocumentResult
    seconds: float
    characters: int
    failed: bool = False


@dataclass(slots=True)
class SystemRun:
    """One system's runs over one corpus's documents, in corpus order."""

    system: str
    documents: list[DocumentRun] = field(default_factory=list)

    def __add__(self, other: "SystemRun") -> "SystemRun":
        return SystemRun(self.system, self.documents + other.documents)

    @property
    def scores(self) -> Scores:
        return reduce(add, (run.result.scores for run in self.documents), Scores())

    @property
    def seconds(self) -> float:
        return sum(run.seconds for run in self.documents)

    @property
    def characters(self) -> int:
        return sum(run.characters for run in self.documents)

    @property
    def failures(self) -> int:
        return sum(run.failed for run in self.documents)

    @property
    def documents_per_second(self) -> float:
        return len(self.documents) / self.seconds if self.seconds else 0.0

    @property
    def characters_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class CorpusRun:
    name: str
    ours: SystemRun
    baseline: SystemRun | None = None

    def __add__(self, other: "CorpusRun") -> "CorpusRun":
        baseline = None
        if self.baseline is not None and other.baseline is not None:
            baseline = self.baseline + other.baseline
        return CorpusRun(self.name, self.ours + other.ours, baseline)

    @property
    def ours_on_baseline_documents(self) -> SystemRun:
        """Our runs on just the documents the baseline saw (it may see only the first N of
        each corpus, so in a combined run they are not simply the first ones)."""
        if self.baseline is None:
            return self.ours
        seen = {id(run.result.document) for run in self.baseline.documents}
        return SystemRun(
            self.ours.system,
            [run for run in self.ours.documents if id(run.result.document) in seen],
        )


def warm_up(tagger: Tagger) -> None:
    """One untimed call: dateparser loads its language data on first use, and any tagger
    may build caches; throughput should measure the steady state."""
    with contextlib.suppress(Exception):  # the documents will show it
        tagger("It happened on May 18, 2011.", datetime.date(2011, 5, 22))


def run_document(
    tagger: Tagger, document: GoldDocument, *, score_creation_time: bool, repeat: int = 1
) -> DocumentRun:
    """Tag one document (the fastest of `repeat` runs counts) and score it."""
    failed = False
    seconds = float("inf")
    mentions: Sequence[object] = []
    # As timeit does: the collector stays off while a tagger runs, so neither system pays
    # for garbage the other left behind; it runs between documents, untimed.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(max(1, repeat)):
            began = time.perf_counter()
            try:
                mentions = tagger(document.text, document.creation_date)
            except Exception:  # a crash on one document is scored as finding nothing there
                mentions, failed = [], True
            seconds = min(seconds, time.perf_counter() - began)
    finally:
        if collecting:
            gc.enable()
    result = score_document(
        document,
        as_system_timexes(document.text, mentions),
        score_creation_time=score_creation_time,
    )
    return DocumentRun(result, seconds, len(document.text), failed)


def run_corpus(
    name: str,
    documents: Sequence[GoldDocument],
    tagger: Tagger,
    baseline: Tagger | None,
    *,
    baseline_docs: int | None = None,
    score_creation_time: bool = True,
    repeat: int = 1,
) -> CorpusRun:
    """Run our tagger and the baseline document by document, one right after the other,
    so that whatever else loads the machine slows both alike and the ratio holds."""
    run = CorpusRun(name, SystemRun(OURS), SystemRun(DATEPARSER) if baseline else None)
    limit = len(documents) if baseline_docs is None else baseline_docs
    for index, document in enumerate(
        tqdm(documents, desc=name, unit="doc", file=sys.stderr, leave=False)
    ):
        options = {"score_creation_time": score_creation_time, "repeat": repeat}
        run.ours.documents.append(run_document(tagger, document, **options))
        if baseline is not None and run.baseline is not None and index < limit:
            run.baseline.documents.append(run_document(baseline, document, **options))
    return run
