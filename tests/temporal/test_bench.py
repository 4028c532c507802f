import datetime
import gc
import re
import shutil
from pathlib import Path

import pytest

from factcheck.temporal import bench
from factcheck.temporal.evaluation import report
from factcheck.temporal.evaluation.documents import SystemTimex

CORPORA = Path(__file__).parent / "fixtures" / "corpora"


def fake_tag(text: str, anchor: datetime.date) -> list[SystemTimex]:
    """Finds "Saturday" (the day before the anchor) and "last year"; nothing else."""
    mentions = []
    for phrase, value in (
        ("Saturday", str(anchor - datetime.timedelta(days=1))),
        ("last year", str(anchor.year - 1)),
    ):
        start = text.find(phrase)
        if start >= 0:
            mentions.append(SystemTimex(start, start + len(phrase), phrase, "DATE", value))
    return mentions


def fake_baseline(text: str, anchor: datetime.date) -> list[SystemTimex]:
    start = text.find("Saturday")
    return [SystemTimex(start, start + 8, "Saturday", "DATE", "2011-05-21")] if start >= 0 else []


def run(capsys, *arguments: str, **injected) -> tuple[int, str, str]:
    injected.setdefault("tagger", fake_tag)
    injected.setdefault("baseline", fake_baseline)
    status = bench.main(list(arguments), **injected)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _row(out: str, corpus: str, system: str) -> list[str]:
    """The cells of a table row: columns are at least two spaces apart."""
    for line in out.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) > 2 and cells[0] == corpus and cells[1] == system:
            return cells
    raise AssertionError(f"no row for {corpus} / {system} in:\n{out}")


def test_it_prints_a_table_per_corpus_with_the_group_line_and_exits_0(capsys):
    status, out, _ = run(capsys, str(CORPORA))
    assert status == 0
    for corpus in ("TimeBank", "AQUAINT", "tiny-meantime", "tiny-tbaq (AQUAINT + TimeBank)"):
        assert corpus in out
    assert "Strict P" in out and "Relaxed P" in out and "Value acc" in out and "Chars/s" in out
    assert "Speed (ours/dateparser)" in out


def test_the_figures_are_computed_from_the_tagger_output(capsys):
    _, out, _ = run(capsys, str(CORPORA / "tiny-tbaq"), "--no-baseline")
    # TimeBank: 3 gold timexes; the fake finds "Saturday" with the right value.
    docs, gold, found, strict_p, strict_r = _row(out, "TimeBank", "ours")[2:7]
    assert (docs, gold, found) == ("1", "3", "1")
    assert (strict_p, strict_r) == ("100.0", "33.3")
    # AQUAINT: "last year" = 1997 from the DCT 1998-01-01T10:30:00.
    assert _row(out, "AQUAINT", "ours")[2:5] == ["1", "2", "1"]
    assert _row(out, "AQUAINT", "ours")[11] == "100.0"  # value accuracy
    assert _row(out, "tiny-tbaq (AQUAINT + TimeBank)", "ours")[2:5] == ["2", "5", "2"]


def test_no_baseline_leaves_dateparser_out(capsys):
    status, out, _ = run(capsys, str(CORPORA), "--no-baseline")
    assert status == 0
    assert "dateparser" not in out


def test_a_limited_baseline_says_so_and_compares_on_the_same_documents(capsys, tmp_path):
    corpus = tmp_path / "TimeBank"
    corpus.mkdir()
    source = CORPORA / "tiny-tbaq" / "TimeBank" / "wsj_0001.tml"
    for name in ("a.tml", "b.tml"):
        shutil.copy(source, corpus / name)
    status, out, _ = run(capsys, str(tmp_path), "--baseline-docs", "1")
    assert status == 0
    assert "first 1 documents" in out
    assert _row(out, "TimeBank", "ours (same docs)")[2] == "1"  # "ours (same docs)": one document
    assert _row(out, "TimeBank", "dateparser")[2] == "1"


def test_a_limited_baseline_in_a_group_compares_each_member_on_its_own_first_documents(
    capsys, tmp_path
):
    for folder, source in (
        ("TimeBank", CORPORA / "tiny-tbaq" / "TimeBank" / "wsj_0001.tml"),
        ("AQUAINT", CORPORA / "tiny-tbaq" / "AQUAINT" / "APW19980101.0001.tml"),
    ):
        (tmp_path / "tbaq" / folder).mkdir(parents=True)
        for name in ("a.tml", "b.tml"):
            shutil.copy(source, tmp_path / "tbaq" / folder / name)
    status, out, _ = run(capsys, str(tmp_path), "--baseline-docs", "1")
    assert status == 0
    group = "tbaq (AQUAINT + TimeBank)"
    same_docs = _row(out, group, "ours (same docs)")
    dateparser = _row(out, group, "dateparser")
    assert same_docs[2:4] == dateparser[2:4] == ["2", "5"]  # one of each: 2 + 3 gold timexes


def test_repeat_times_the_fastest_of_several_runs_and_says_so(capsys):
    calls = []

    def counting_tag(text, anchor):
        calls.append(text)
        return fake_tag(text, anchor)

    status, out, _ = run(
        capsys,
        str(CORPORA / "tiny-tbaq" / "TimeBank"),
        "--no-baseline",
        "--repeat",
        "3",
        "--no-large-text",
        tagger=counting_tag,
    )
    assert status == 0
    assert len(calls) == 1 + 3  # the untimed warm-up, then three timed runs of the one document
    assert "fastest of 3 runs" in out


def test_the_garbage_collector_is_off_while_a_tagger_runs_and_back_on_after(capsys):
    seen = []

    def watching_tag(text, anchor):
        seen.append(gc.isenabled())
        return fake_tag(text, anchor)

    def raising_baseline(text, anchor):
        seen.append(gc.isenabled())
        raise RuntimeError("boom")

    assert gc.isenabled()
    status, _, _ = run(
        capsys,
        str(CORPORA / "tiny-tbaq" / "TimeBank"),
        "--no-large-text",
        tagger=watching_tag,
        baseline=raising_baseline,
    )
    assert status == 0
    # The untimed warm-ups run with the collector on; every timed run with it off.
    assert seen == [True, True, False, False]
    assert gc.isenabled()


def test_the_corpus_option_restricts_to_matching_corpora_and_groups(capsys):
    _, out, _ = run(capsys, str(CORPORA), "--no-baseline", "--corpus", "tiny-tbaq")
    assert "TimeBank" in out and "AQUAINT" in out
    assert "tiny-meantime" not in out


def test_the_errors_file_lists_missed_and_spurious_timexes_with_context_and_dct(capsys, tmp_path):
    errors = tmp_path / "errors.txt"
    status, out, _ = run(
        capsys, str(CORPORA / "tiny-tbaq"), "--no-baseline", "--errors", str(errors)
    )
    assert status == 0
    dump = errors.read_text()
    assert "== TimeBank/wsj_0001  DCT 2011-05-22" in dump
    assert "MISSED" in dump and "'last September'" in dump
    assert "[[last September]]" in dump
    assert "-- TimeBank: 2 missed, 0 spurious" in dump
    assert str(errors) in out


def test_a_tagger_that_raises_is_scored_as_finding_nothing_and_reported(capsys):
    def broken(text, anchor):
        raise RuntimeError("boom")

    status, out, _ = run(capsys, str(CORPORA / "tiny-tbaq"), "--no-baseline", tagger=broken)
    assert status == 0
    assert "raised on 1 documents" in out


def test_an_empty_folder_exits_non_zero_with_one_clear_line(capsys, tmp_path):
    status, out, err = run(capsys, str(tmp_path))
    assert status != 0
    assert out == ""
    assert err.strip().splitlines() == [
        f"bench: no TimeML (.tml) or MEANTIME (CAT .xml) corpus under {tmp_path}"
    ]


def test_a_baseline_limit_below_one_is_refused(capsys):
    with pytest.raises(SystemExit):
        bench.main([str(CORPORA), "--baseline-docs", "0"], tagger=fake_tag)
    assert "must be at least 1" in capsys.readouterr().err


def test_a_missing_path_exits_non_zero(capsys, tmp_path):
    status, _, err = run(capsys, str(tmp_path / "nowhere"))
    assert status != 0
    assert "no such path" in err


def test_the_module_runs_as_a_command(tmp_path):
    # A smoke test of `python -m`: the empty folder fails fast without importing the tagger.
    import subprocess
    import sys

    completed = subprocess.run(
        [sys.executable, "-m", "factcheck.temporal.bench", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert completed.returncode == 1
    assert "no TimeML" in completed.stderr


@pytest.mark.parametrize("value", [0.0, 12.5])
def test_rates_are_readable(value):
    assert report._rate(value) in {"0.00", "12.50"}


def test_it_times_one_million_character_text_in_one_call(tmp_path, capsys):
    from factcheck.temporal import bench

    seen = []

    def recording_tagger(text, anchor):
        seen.append(len(text))
        return []

    line = bench._large_text_line(recording_tagger, ["short text"], repeat=2)
    assert seen == [1_000_000, 1_000_000]
    assert line.startswith("* Large text: 1,000,000 characters in one call, tagged in ")
    assert line.endswith("(fastest of 2).")


def test_a_tagger_that_raises_on_the_large_text_is_reported_not_fatal():
    from factcheck.temporal import bench

    def failing_tagger(text, anchor):
        raise RuntimeError("boom")

    line = bench._large_text_line(failing_tagger, ["text"], repeat=1)
    assert line == "* Large text: the tagger raised RuntimeError: boom"
