"""A human-readable dump of a run's errors, grouped by document, for tagger development."""

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


def write_errors(out: TextIO, corpus: str, results: Iterable[DocumentResult]) -> int:
    """Write every missed, spurious and mismatched timex; return how many were written."""
    written = 0
    for result in results:
        lines: list[str] = []
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
                lines += [
                    f"  {'+'.join(wrong):<9} gold {_describe(gold)}",
                    f"            sys  {_describe(system)}",
                    f"            {context(result.document, gold)}",
                ]
        if lines:
            document = result.document
            out.write(f"== {corpus}/{document.name}  DCT {document.creation_value}\n")
            out.write("\n".join(lines) + "\n\n")
            written += sum(line.startswith("  ") and not line.startswith("   ") for line in lines)
    return written
