"""What the seam's speed fixes must keep true, without timing anything (benchmarks/ times):
work per page does not grow with the number of pages, and a small project's lint never
loads the process pool."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from test_seam_reading import probe
from wecontact_cli.frameworks.native.project import NativeProject
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.lint.engine import LintOptions, run_lint


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A benchmark project of 120 pages (30 use the cell)."""
    root = tmp_path_factory.mktemp("bench") / "p120"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), str(root), "--pages", "120",
                    "--seed", "1"], check=True, capture_output=True)
    return root


class CountingRoutes(tuple):  # type: ignore[type-arg]
    """app.json's routes, counting how often something walks through all of them."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountingRoutes.walks += 1
        return super().__iter__()


def test_the_routes_are_walked_a_fixed_number_of_times_not_once_per_page(generated: Path) -> None:
    """Each unit built a set of every route to learn whether it is a page: quadratic."""
    project = open_project(generated)
    assert isinstance(project, NativeProject) and len(project.routes) > 100
    project.routes = CountingRoutes(project.routes)
    CountingRoutes.walks = 0
    run = run_lint(LintOptions([generated]), project)
    assert run.result.diagnostics  # the planted mistakes were found
    assert CountingRoutes.walks <= 5, CountingRoutes.walks


def test_each_registration_is_judged_once_per_unit(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Which tags are the contact cell was worked out twice per unit (view scan, then cells)."""
    calls: list[str] = []
    original = NativeProject.is_contact_url

    def counting(self: NativeProject, url: str, scope: str | None) -> bool:
        calls.append(url)
        return original(self, url, scope)

    monkeypatch.setattr(NativeProject, "is_contact_url", counting)
    project = open_project(generated)
    units = list(project.units())
    calls.clear()
    run_lint(LintOptions([generated]), project)
    registrations = sum(len(u.registrations) + len(project.global_registrations) for u in units)
    assert len(calls) <= registrations


def test_a_small_project_never_loads_the_process_pool(tmp_path: Path) -> None:
    """multiprocessing and concurrent.futures cost start-up time: only 400+ units use them."""
    from test_rule_cases import build

    root = tmp_path / "shop"
    build(root, {})
    result = probe(tmp_path, "cli", "lint", root, "-f", "json")
    assert result["code"] == 0, result["stderr"]
    assert not [m for m in result["modules"] if m.split(".")[0] in ("multiprocessing", "concurrent")]

