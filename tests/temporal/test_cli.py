"""python -m factcheck.temporal: JSON lines out, one clear error line and exit 2 on bad input."""

import json
import os
import subprocess
import sys

from factcheck.temporal.__main__ import main


def test_it_prints_one_json_object_per_mention(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Troops were killed last September.", encoding="utf-8")
    assert main(["--anchor", "2011-05-22", str(article)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {
        "start": 19, "end": 33, "text": "last September", "type": "DATE", "value": "2010-09",
        "mod": None, "earliest": "2010-09-01", "latest": "2010-09-30", "precision": "month",
    }  # fmt: skip


def test_it_reads_stdin_without_a_file():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.temporal", "--anchor", "2011-05-22"],
        input="Last year was hard.", capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(result.stdout)["value"] == "2010"


def test_it_reads_bytes_that_are_no_utf8_on_stdin_as_replacement_characters():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.temporal", "--anchor", "2011-05-22"],
        input=b"On May 3, 2011 \xff we met.", capture_output=True, check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert json.loads(result.stdout)["value"] == "2011-05-03"


def test_it_writes_utf8_whatever_the_output_encoding():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.temporal", "--anchor", "2011-05-22"],
        input="Pubs were full on St Patrick\u2019s Day.".encode(), capture_output=True, check=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )  # fmt: skip
    assert json.loads(result.stdout.decode("utf-8"))["text"] == "St Patrick\u2019s Day"


def test_it_rejects_a_bad_anchor_with_one_line_and_exit_2(capsys):
    assert main(["--anchor", "22/05/2011"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_it_rejects_an_unreadable_file_with_one_line_and_exit_2(tmp_path, capsys):
    assert main(["--anchor", "2011-05-22", str(tmp_path / "missing.txt")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
