"""A human-readable dump of a run's errors, grouped by document, for tagger development."""

from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from factcheck.temporal.evaluation.documents import GoldDocument, GoldTimex, SystemTimex
from factcheck.temporal.evaluation.scoring import DocumentResult

CONTEXT = 60


def context(document: GoldDocument, timex: GoldTimex | SystemTimex) -> str:
    """The timex in [[brackets]] with CONTEXT characters either side, on one line."""
    text = document.text
    before = text[max(0, timex.start - CONTEXT) : timex.start]
    after = text[timex.end : timex.end + CONTEXT]
    snippet = f"{before}[[{text[timex.start : timex.end]}]]{after}"
    return " ".join(snippet.split())


def _describe(timex: GoldTimex | SystemTimex) -> str:
    mod = f" mod={timex.mod}" if timex.mod else ""
    return f"{timex.text!r} {timex.type} {timex.value}{mod} @{timex.start}-{timex.end}"


def write_errors(out: TextIO, corpus: str, results: Iterable[DocumentResult]) -> Counter[str]:
    """Write every missed, spurious and mismatched timex; return the count of each kind.

    A mismatch counts once per attribute that differs (VALUE, TYPE, SPAN). The corpus's
    section ends with a line of these counts.
    """
    kinds: Counter[str] = Counter()
    for result in results:
        lines: list[str] = []
        kinds["MISSED"] += len(result.missed)
        kinds["SPURIOUS"] += len(result.spurious)
        for gold in result.missed:
            lines += [
                f"  MISSED    gold {_describe(gold)}",
                f"            {context(result.document, gold)}",
            ]
        for system in result.spurious:
            lines += [
                f"  SPURIOUS  sys  {_describe(system)}",
                f"            {context(result.document, system)}",
            ]
        for gold, system in result.matches:
            wrong = [
                label
                for label, expected, got in (
                    ("VALUE", gold.value, system.value),
                    ("TYPE", gold.type, system.type),
                )
                if expected != got
            ]
            if gold.start != system.start or gold.end != system.end:
                wrong.append("SPAN")
            if wrong:
                kinds.update(wrong)
                lines += [
                    f"  {'+'.join(wrong):<9} gold {_describe(gold)}",
                    f"            sys  {_describe(system)}",
                    f"            {context(result.document, gold)}",
                ]
        if lines:
            document = result.document
            out.write(f"== {corpus}/{document.name}  DCT {document.creation_value}\n")
            out.write("\n".join(lines) + "\n\n")
    summary = ", ".join(f"{count} {kind.lower()}" for kind, count in sorted(kinds.items()))
    out.write(f"-- {corpus}: {summary or 'no errors'}\n\n")
    return kinds
