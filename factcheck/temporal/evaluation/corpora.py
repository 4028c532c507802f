"""Find the corpora under a path: each folder of .tml files, each MEANTIME tree of CAT files.

A folder holding .tml files is one TimeML corpus (TimeBank, AQUAINT). CAT files belong to
the highest folder above them (up to the given path) that holds no TimeML, so MEANTIME's
four topic folders make one corpus. Corpora that share a parent folder (TimeBank and
AQUAINT under tbaq-cleaned) form a group, scored again as a whole.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.temporal.evaluation.documents import GoldDocument
from factcheck.temporal.evaluation.meantime import is_meantime_file, read_meantime
from factcheck.temporal.evaluation.timeml import is_timeml_file, read_timeml


@dataclass(slots=True)
class Corpus:
    name: str
    folder: Path
    format: str  # "TimeML" or "MEANTIME"
    files: list[Path] = field(default_factory=list)
    group: str | None = None

    @property
    def reader(self) -> Callable[[Path], GoldDocument]:
        return read_timeml if self.format == "TimeML" else read_meantime

    def read(self) -> Iterable[GoldDocument]:
        for path in self.files:
            yield self.reader(path)


def discover(paths: Iterable[str | Path]) -> list[Corpus]:
    corpora: dict[Path, Corpus] = {}
    for root in map(Path, paths):
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        timeml = [p for p in files if is_timeml_file(p)]
        timeml_folders = {folder for p in timeml for folder in p.parents}
        for path in timeml:
            _corpus(corpora, path.parent, "TimeML").files.append(path)
        for path in files:
            if not is_meantime_file(path):
                continue
            folder = path.parent
            while folder != root and root in folder.parents and folder.parent not in timeml_folders:
                folder = folder.parent
            _corpus(corpora, folder, "MEANTIME").files.append(path)

    by_parent: dict[Path, list[Corpus]] = defaultdict(list)
    for corpus in corpora.values():
        by_parent[corpus.folder.parent].append(corpus)
    for parent, siblings in by_parent.items():
        if len(siblings) > 1 and len({corpus.format for corpus in siblings}) == 1:
            for corpus in siblings:
                corpus.group = parent.name
    return sorted(corpora.values(), key=lambda corpus: (str(corpus.folder.parent), corpus.name))


def _corpus(corpora: dict[Path, Corpus], folder: Path, format: str) -> Corpus:
    if folder not in corpora:
        corpora[folder] = Corpus(name=folder.name, folder=folder, format=format)
    return corpora[folder]
