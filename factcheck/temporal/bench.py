"""Benchmark the date tagger on TimeML corpora, TempEval-3 style, against dateparser.

    python -m factcheck.temporal.bench [PATH ...]       (default: ../shared/data/timeml)

Per corpus (and per group of sibling corpora, such as TimeBank + AQUAINT): strict and
relaxed extent P/R/F1, value and type accuracy and F1, and throughput, for our tagger and
for dateparser's `search_dates` on the same documents in the same run, with the ratios.
Figures go to stdout; the progress bar to stderr. See factcheck/temporal/evaluation.
"""

import argparse
import datetime
import sys
import time
from collections.abc import Sequence
from functools import reduce
from operator import add
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from factcheck.temporal.evaluation.baselines import Tagger, dateparser_tag
from factcheck.temporal.evaluation.corpora import Corpus, discover
from factcheck.temporal.evaluation.errors import write_errors
from factcheck.temporal.evaluation.report import report
from factcheck.temporal.evaluation.runs import CorpusRun, run_corpus, warm_up

DEFAULT_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "timeml"


def _selected(corpus: Corpus, names: Sequence[str]) -> bool:
    if not names:
        return True
    labels = [corpus.name.lower(), (corpus.group or "").lower()]
    return any(label and label.startswith(name.lower()) for name in names for label in labels)


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


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
        type=_positive,
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
        type=_positive,
        default=1,
        metavar="N",
        help="tag each document N times and time the fastest run (steadier throughput)",
    )
    parser.add_argument(
        "--no-large-text",
        action="store_true",
        help="skip timing one million-character text in a single call",
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
    texts: list[str] = []
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
        texts.extend(document.text for document in documents)
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
    if not options.no_large_text:
        print(_large_text_line(tagger, texts, repeat=max(options.repeat, 3)), file=out)
    if options.errors:
        with options.errors.open("w", encoding="utf-8") as handle:
            for corpus in runs:
                write_errors(handle, corpus.name, (run.result for run in corpus.ours.documents))
        print(f"* Errors of our tagger written to {options.errors}", file=out)
    return 0


LARGE_TEXT_CHARS = 1_000_000


def _large_text_line(tagger: Tagger, texts: Sequence[str], *, repeat: int) -> str:
    """One long article: the corpora's texts joined and cut to a million characters,
    tagged whole (the fastest of `repeat` runs), so a linear-time claim is a figure."""
    joined = "\n\n".join(texts)
    if not joined:
        return "* Large text: no text to build it from."
    large = (joined * (LARGE_TEXT_CHARS // len(joined) + 1))[:LARGE_TEXT_CHARS]
    anchor = datetime.date(2011, 5, 22)
    try:
        best = min(_seconds(lambda: tagger(large, anchor)) for _ in range(repeat))
    except Exception as error:  # a crashing tagger is reported, like in the corpus runs
        return f"* Large text: the tagger raised {type(error).__name__}: {error}"
    return f"* Large text: {len(large):,} characters in one call, tagged in {best:.2f} s (fastest of {repeat})."


def _seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


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
