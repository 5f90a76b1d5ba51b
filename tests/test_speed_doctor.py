"""doctor's run reads no unit's cells more often than lint's: its note of the unit and the
checks share them (reading them twice was most of what doctor cost over lint), with the
same diagnostics."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import REPO

from wecontact_cli.frameworks.native.units import NativeUnit
from wecontact_cli.frameworks.taro.units import TaroUnit
from wecontact_cli.frameworks.uniapp.units import UniUnit
from wecontact_cli.lint.engine import LintOptions, run_lint
from wecontact_cli.records import fields

GENERATORS = {"native": "generate.py", "uniapp": "generate_uniapp.py", "taro": "generate_taro.py"}


def counted_run(root: Path, collect_uses: bool) -> tuple[Counter[str], object]:
    """A lint run of ``root`` (doctor's when ``collect_uses``): how often each unit's cells
    were read, and what the run reported."""
    calls: Counter[str] = Counter()
    with pytest.MonkeyPatch.context() as patch:
        for cls in (NativeUnit, UniUnit, TaroUnit):
            original = cls.cells

            def cells(self, extra=None, _original=original):  # type: ignore[no-untyped-def]
                calls[self.relpath] += 1
                return _original(self, extra)

            patch.setattr(cls, "cells", cells)
        run = run_lint(LintOptions([root], collect_uses=collect_uses))
    return calls, (run.result.diagnostics, [(u.relpath, u.tags, u.cells) for u in run.uses])


@pytest.mark.parametrize("framework", sorted(GENERATORS))
def test_doctor_reads_cells_no_more_often_than_lint(tmp_path: Path, framework: str) -> None:
    root = tmp_path / framework
    subprocess.run([sys.executable, str(REPO / "benchmarks" / GENERATORS[framework]), str(root), "--pages", "24"],
                   check=True, capture_output=True)
    lint_calls, lint_result = counted_run(root, collect_uses=False)
    doctor_calls, doctor_result = counted_run(root, collect_uses=True)
    assert doctor_calls and doctor_calls == lint_calls
    assert doctor_result[0] == lint_result[0] and doctor_result[1]  # same diagnostics; cells shown


def plain_data(value: object) -> bool:
    """Strings, numbers and None, or tuples of them: what pickles as fast as anything can."""
    return value is None or isinstance(value, (str, int)) or (
        isinstance(value, tuple) and all(plain_data(item) for item in value))


@pytest.mark.parametrize("framework", sorted(GENERATORS))
def test_doctor_keeps_each_cell_as_strings_and_numbers(tmp_path: Path, framework: str) -> None:
    """Each cell doctor keeps comes back from a worker pickled: a few strings and numbers, not
    the forty records of the cell's model (spans, paths, attributes), which made pickling and
    unpickling them most of what doctor cost over lint."""
    root = tmp_path / framework
    subprocess.run([sys.executable, str(REPO / "benchmarks" / GENERATORS[framework]), str(root), "--pages", "24"],
                   check=True, capture_output=True)
    run = run_lint(LintOptions([root], collect_uses=True))
    cells = [(use, cell) for use in run.uses for cell in use.cells]
    assert cells
    for use, cell in cells:
        assert all(plain_data(getattr(cell, f.name)) for f in fields(cell)), cell
        text = use.view.read_text(encoding="utf-8")
        assert text[cell.start:cell.end].lstrip("<").startswith(cell.tag) and text[cell.end - 1] == ">"
        for first, last, _ in cell.attributes:  # each attribute's extent lies inside the start tag
            assert cell.start < first < last < cell.end and not text[first].isspace()
