"""The benchmark's projects: each generator plants the mistakes its summary promises, so that
benchmarks/run.py times a linter that reports exactly them (it checks the same before timing)."""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli


@pytest.mark.parametrize("generator", ["generate.py", "generate_uniapp.py", "generate_taro.py"])
@pytest.mark.parametrize("pages", [1, 100])
def test_lint_finds_what_the_generator_planted(tmp_path: Path, generator: str, pages: int) -> None:
    project, summary = tmp_path / "project", tmp_path / "summary.json"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / generator), str(project), "--pages", str(pages),
                    "--summary", str(summary)], check=True, capture_output=True)
    expected = json.loads(summary.read_text(encoding="utf-8"))["expected_codes"]
    result = run_cli("lint", project, "-f", "json", "--exit-zero")
    found = collections.Counter(d["code"] for d in json.loads(result.stdout))
    assert result.exit_code == 0 and dict(found) == expected
    assert pages == 1 or sum(found.values()) >= 3  # the planted mistakes, not only project-level notes
