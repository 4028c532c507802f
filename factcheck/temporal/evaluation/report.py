"""The benchmark's tables: scores and throughput per corpus and system, then the ratios."""

from collections.abc import Sequence
from typing import TextIO

from factcheck.temporal.evaluation.runs import DATEPARSER, OURS, CorpusRun, SystemRun


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
        compared = corpus.ours_on_baseline_documents
        if len(compared.documents) < len(corpus.ours.documents):
            # dateparser saw only the first documents: compare like with like.
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
