"""Benchmark the date tagger on TimeML corpora, TempEval-3 style, against dateparser.

    python -m factcheck.temporal.bench [PATH ...]       (default: ../shared/data/timeml)

Per corpus (and per group of sibling corpora, such as TimeBank + AQUAINT): strict and
relaxed extent P/R/F1, value and type accuracy and F1, and throughput, for our tagger and
for dateparser's `search_dates` on the same documents in the same run, with the ratios.
Figures go to stdout; the progress bar to stderr. See factcheck/temporal/evaluation.
"""

import argparse
import contextlib
import datetime
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import add
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from factcheck.temporal.evaluation.baselines import Tagger, as_system_timexes, dateparser_tag
from factcheck.temporal.evaluation.corpora import Corpus, discover
from factcheck.temporal.evaluation.documents import GoldDocument
from factcheck.temporal.evaluation.errors import write_errors
from factcheck.temporal.evaluation.scoring import DocumentResult, Scores, score_document

DEFAULT_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "timeml"
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

    def first(self, count: int) -> "SystemRun":
        return SystemRun(self.system, self.documents[:count])

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
    for _ in range(max(1, repeat)):
        began = time.perf_counter()
        try:
            mentions = tagger(document.text, document.creation_date)
        except Exception:  # a crash on one document is scored as finding nothing there
            mentions, failed = [], True
        seconds = min(seconds, time.perf_counter() - began)
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


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"


def _rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"


HEADER = (
    "Corpus",
    "System",
    "Docs",
    "Gold",
    "Found",
    "Strict P",
    "R",
    "F1",
    "Relaxed P",
    "R",
    "F1",
    "Value acc",
    "F1",
    "Type acc",
    "F1",
    "Seconds",
    "Docs/s",
    "Chars/s",
)


def _row(corpus: str, run: SystemRun, system: str | None = None) -> tuple[str, ...]:
    scores = run.scores
    return (
        corpus,
        system or run.system,
        str(len(run.documents)),
        str(scores.gold),
        str(scores.system),
        _percent(scores.strict_precision),
        _percent(scores.strict_recall),
        _percent(scores.strict_f1),
        _percent(scores.relaxed_precision),
        _percent(scores.relaxed_recall),
        _percent(scores.relaxed_f1),
        _percent(scores.value_accuracy),
        _percent(scores.value_f1),
        _percent(scores.type_accuracy),
        _percent(scores.type_f1),
        f"{run.seconds:.2f}",
        _rate(run.documents_per_second),
        _rate(run.characters_per_second),
    )


def format_table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        # Names align left, figures right.
        return "  ".join(
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def report(
    runs: Sequence[CorpusRun], *, baseline_docs: int | None, out: TextIO, repeat: int = 1
) -> None:
    rows: list[tuple[str, ...]] = []
    ratios: list[tuple[str, ...]] = []
    for corpus in runs:
        rows.append(_row(corpus.name, corpus.ours, OURS))
        if corpus.baseline is None:
            continue
        compared = corpus.ours
        if len(corpus.baseline.documents) < len(corpus.ours.documents):
            # dateparser saw only the first documents: compare like with like.
            compared = corpus.ours.first(len(corpus.baseline.documents))
            rows.append(_row(corpus.name, compared, f"{OURS} (same docs)"))
        rows.append(_row(corpus.name, corpus.baseline, DATEPARSER))
        speed = (
            compared.characters_per_second / corpus.baseline.characters_per_second
            if corpus.baseline.characters_per_second
            else 0.0
        )
        ratios.append(
            (
                corpus.name,
                str(len(compared.documents)),
                f"{speed:,.1f}x",
                _percent(compared.scores.value_f1),
                _percent(corpus.baseline.scores.value_f1),
                f"{100 * (compared.scores.value_f1 - corpus.baseline.scores.value_f1):+.1f}",
                f"{100 * (compared.scores.relaxed_f1 - corpus.baseline.scores.relaxed_f1):+.1f}",
            )
        )
    out.write(format_table(rows, HEADER) + "\n")
    if ratios:
        header = (
            "Corpus",
            "Docs",
            "Speed (ours/dateparser)",
            "Value F1 ours",
            "dateparser",
            "Difference",
            "Relaxed F1 difference",
        )
        out.write("\n" + format_table(ratios, header) + "\n")
    notes = [
        "Scores in percent, TempEval-3 style (micro-averaged over documents); "
        "throughput counts tagging time only, the systems taking turns document by document"
        + (f", each document's fastest of {repeat} runs." if repeat > 1 else "."),
    ]
    if any(corpus.baseline for corpus in runs):
        notes.append(
            "dateparser: search_dates(languages=['en'], RELATIVE_BASE=DCT), spans trimmed of "
            "whitespace and punctuation, every hit a DATE valued YYYY-MM-DD."
        )
    if baseline_docs is not None:
        notes.append(
            f"dateparser ran on the first {baseline_docs} documents of each corpus only; "
            "'ours (same docs)' and the ratios use those same documents."
        )
    for corpus in runs:
        for run in filter(None, (corpus.ours, corpus.baseline)):
            if run.failures:
                notes.append(
                    f"{corpus.name}: {run.system} raised on {run.failures} documents "
                    "(scored as finding nothing)."
                )
    out.write("\n" + "\n".join(f"* {note}" for note in notes) + "\n")


def _selected(corpus: Corpus, names: Sequence[str]) -> bool:
    if not names:
        return True
    labels = [corpus.name.lower(), (corpus.group or "").lower()]
    return any(label and label.startswith(name.lower()) for name in names for label in labels)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.temporal.bench",
        description="Score the date tagger on TimeML/MEANTIME corpora against dateparser.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=f"corpus folders or files (default: {DEFAULT_PATH})",
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument(
        "--baseline-docs",
        type=int,
        metavar="N",
        help="run dateparser on the first N documents of each corpus only (it is slow)",
    )
    parser.add_argument(
        "--errors",
        type=Path,
        metavar="FILE",
        help="write every missed, spurious and mismatched timex of our tagger to FILE",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        default=[],
        metavar="NAME",
        help="only corpora (or groups) whose name starts with NAME; repeatable",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="tag each document N times and time the fastest run (steadier throughput)",
    )
    parser.add_argument(
        "--no-datelines",
        action="store_true",
        help="do not score creation-time timexes found in the text (MEANTIME's datelines)",
    )
    return parser


def _load_tagger() -> Tagger:
    from factcheck.temporal import tag  # the package under test, imported only when run

    return tag


def main(
    argv: Sequence[str] | None = None,
    *,
    tagger: Tagger | None = None,
    baseline: Tagger = dateparser_tag,
    out: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    options = _parser().parse_args(argv)
    paths = [Path(path) for path in options.paths] or [DEFAULT_PATH]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(f"bench: no such path: {', '.join(missing)}", file=sys.stderr)
        return 2
    corpora = [corpus for corpus in discover(paths) if _selected(corpus, options.corpus)]
    if not corpora:
        where = ", ".join(map(str, paths))
        wanted = f" matching {', '.join(options.corpus)}" if options.corpus else ""
        print(
            f"bench: no TimeML (.tml) or MEANTIME (CAT .xml) corpus{wanted} under {where}",
            file=sys.stderr,
        )
        return 1
    if tagger is None:
        try:
            tagger = _load_tagger()
        except ImportError as error:
            print(f"bench: cannot import factcheck.temporal.tag: {error}", file=sys.stderr)
            return 1
    use_baseline = not options.no_baseline
    score_creation_time = not options.no_datelines

    warm_up(tagger)
    if use_baseline:
        warm_up(baseline)
    runs: list[CorpusRun] = []
    for corpus in corpora:
        documents = list(
            tqdm(
                corpus.read(),
                desc=f"{corpus.name} reading",
                unit="doc",
                total=len(corpus.files),
                file=sys.stderr,
                leave=False,
            )
        )
        runs.append(
            run_corpus(
                corpus.name,
                documents,
                tagger,
                baseline if use_baseline else None,
                baseline_docs=options.baseline_docs,
                score_creation_time=score_creation_time,
                repeat=options.repeat,
            )
        )

    ordered = _with_groups(corpora, runs)
    print(_title(paths, options), file=out)
    report(
        ordered,
        baseline_docs=options.baseline_docs if use_baseline else None,
        out=out,
        repeat=options.repeat,
    )
    if options.errors:
        with options.errors.open("w", encoding="utf-8") as handle:
            for corpus in runs:
                write_errors(handle, corpus.name, (run.result for run in corpus.ours.documents))
        print(f"* Errors of our tagger written to {options.errors}", file=out)
    return 0


def _with_groups(corpora: Sequence[Corpus], runs: Sequence[CorpusRun]) -> list[CorpusRun]:
    """Each group's combined run follows its last member."""
    ordered: list[CorpusRun] = []
    for index, (corpus, run) in enumerate(zip(corpora, runs, strict=True)):
        ordered.append(run)
        following = corpora[index + 1].group if index + 1 < len(corpora) else None
        if corpus.group and following != corpus.group:
            members = [r for c, r in zip(corpora, runs, strict=True) if c.group == corpus.group]
            if len(members) > 1:
                combined = reduce(add, members)
                names = " + ".join(member.name for member in members)
                ordered.append(
                    CorpusRun(f"{corpus.group} ({names})", combined.ours, combined.baseline)
                )
    return ordered


def _title(paths: Sequence[Path], options: argparse.Namespace) -> str:
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    datelines = "not scored" if options.no_datelines else "scored as gold timexes"
    return (
        f"Date tagger benchmark, {today}: {', '.join(map(str, paths))}\n"
        f"(MEANTIME scored up to its last annotated sentence; datelines {datelines})\n"
    )


if __name__ == "__main__":
    sys.exit(main())
