"""`python -m timeline.bench` end to end on a tiny timeline: seeds its own database,
serves it with gunicorn, measures, prints the figures and the ratios."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    not (Path(sys.executable).with_name("gunicorn").exists() or shutil.which("gunicorn")),
    reason="gunicorn is not installed",
)
def test_the_bench_runs_and_prints_the_ratios():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline.bench",
            "--events",
            "30",
            "--articles",
            "6",
            "--requests",
            "40",
            "--cold",
            "4",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    for label in ("trivial", "cached", "cold", "cached / trivial req/s:", "cold p50:"):
        assert label in result.stdout
    workdir = re.search(r" in (\S+bench-web-\S+) ", result.stdout).group(1)
    assert not Path(workdir).exists(), "the throwaway database was left behind"
