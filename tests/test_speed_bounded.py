"""The work of a lint is bounded by the project, never by itself (no timing: benchmarks/run.py
times it): each file is read once, each script or view is parsed by tree-sitter at most once,
doctor reads what lint reads, and the work per page does not grow with the number of pages."""

from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from wecontact_cli.cli.lint import project_groups
from wecontact_cli.lint.engine import LintOptions, run_lint
from wecontact_cli.text import fsguard

GENERATORS = {"native": "generate.py", "uniapp": "generate_uniapp.py", "taro": "generate_taro.py"}


def generate(folder: Path, framework: str, pages: int) -> Path:
    """The benchmark's project of ``pages`` pages (seed 2)."""
    root = folder / f"{framework}-{pages}"
    if not root.exists():
        subprocess.run([sys.executable, str(REPO / "benchmarks" / GENERATORS[framework]), str(root),
                        "--pages", str(pages), "--seed", "2"], check=True, capture_output=True)
    return root


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bounded")


class _CountingParser:
    """A tree-sitter parser that counts what it parses."""

    def __init__(self, parser: Any, parsed: list[int]):
        self._parser, self._parsed = parser, parsed

    def parse(self, data: bytes, *args: Any) -> Any:
        self._parsed.append(len(data))
        return self._parser.parse(data, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._parser, name)


def count_work(monkeypatch: pytest.MonkeyPatch, root: Path, collect_uses: bool = False) -> dict[str, Any]:
    """Lint (or doctor's run) of ``root`` in this process: the files it read, how often each,
    and the tree-sitter parses it made."""
    from wecontact_cli.frameworks.taro import roots
    from wecontact_cli.syntax import conditional, jscommon, page_script, vue_script

    roots._LAST.clear()  # a count starts as a process does: no config/index read yet
    reads: collections.Counter[Path] = collections.Counter()
    parsed: list[int] = []
    original = fsguard.read_bytes

    def counting_read(path: Path, base: Path, **options: bool) -> bytes:
        reads[Path(path)] += 1
        return original(path, base, **options)

    monkeypatch.setattr(fsguard, "read_bytes", counting_read)
    for module, name in ((jscommon, "parser_for"), (page_script, "_parser"), (vue_script, "_parser"),
                         (conditional, "_parser")):
        if hasattr(module, name):
            real = getattr(module, name)
            monkeypatch.setattr(module, name, lambda *a, _real=real: _CountingParser(_real(*a), parsed))
    options = project_groups(LintOptions([root], collect_uses=collect_uses))[0]  # as the command line does
    run = run_lint(options)
    monkeypatch.undo()
    return {"reads": reads, "parsed": parsed, "run": run}


@pytest.mark.parametrize("framework", sorted(GENERATORS))
def test_each_file_is_read_once_and_parsed_at_most_once(projects: Path, framework: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    root = generate(projects, framework, 60)
    work = count_work(monkeypatch, root)
    assert work["run"].result.diagnostics  # the planted mistakes were found
    reads, parsed = work["reads"], work["parsed"]
    # Taro's import graph reads every module once more (a component's pages are those importing it);
    # an app-level file may be read twice (uni-app's manifest.json: by detection, then the loader).
    graph = 2 if framework == "taro" else 1
    units = {p: n for p, n in reads.items() if p.parent not in (root, root / "src", root / "miniprogram")}
    assert len(units) > 60 and max(units.values()) <= graph, [p for p, n in units.items() if n > graph][:3]
    assert max(reads.values()) <= 2
    assert all(p.resolve().is_relative_to(root.resolve()) for p in reads)  # nothing outside is read
    scripts = [p for p in reads if p.suffix in (".js", ".ts", ".jsx", ".tsx", ".vue")]
    assert len(parsed) <= len(scripts)  # at most one tree-sitter parse per script or view read
    assert sum(parsed) <= sum(p.stat().st_size for p in scripts) + 64 * len(parsed)


@pytest.mark.parametrize("framework", sorted(GENERATORS))
def test_doctor_reads_and_parses_what_lint_does(projects: Path, framework: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """doctor is lint's run keeping the units that use the cell: no second pass over the files."""
    root = generate(projects, framework, 60)
    lint = count_work(monkeypatch, root)
    doctor = count_work(monkeypatch, root, collect_uses=True)
    assert doctor["run"].uses  # doctor found the pages that use the cell
    assert doctor["reads"] == lint["reads"]
    assert len(doctor["parsed"]) == len(lint["parsed"])


@pytest.mark.parametrize("framework", sorted(GENERATORS))
def test_work_per_page_does_not_grow_with_the_project(projects: Path, framework: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the pages: at most four times the reads and parses (plus the app's own files)."""
    small = count_work(monkeypatch, generate(projects, framework, 50))
    large = count_work(monkeypatch, generate(projects, framework, 200))
    assert sum(large["reads"].values()) <= 4 * sum(small["reads"].values()) + 10
    assert len(large["parsed"]) <= 4.4 * len(small["parsed"]) + 10

