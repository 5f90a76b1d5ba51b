"""Several projects in one run, through the CLI: ``lint A B``, ``lint`` at a monorepo's
root (the projects below it, without dependencies, build output and ignored folders),
``--fix``, ``--diff`` and every output format across projects, and ``doctor`` the same.
Output paths stay relative to the current folder."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run_cli, snapshot

HAND_WIRED = REPO / "examples" / "hand-wired"
SKIPPED = ("node_modules/lib", "miniprogram_npm/widget", "apps/web/dist/mp", "apps/uni/unpackage/old", "legacy/v1",
           ".cache/copy")
PROJECTS = ("apps/crm", "apps/shop")


@pytest.fixture
def monorepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root holding two projects with findings and fixes, and copies of one in
    every place that is not a project of the repository; the current folder."""
    root = tmp_path / "repo"
    for place in (*PROJECTS, *SKIPPED):
        shutil.copytree(HAND_WIRED, root / place)
    (root / ".gitignore").write_text("/legacy/\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def findings(*args: str | Path) -> list[dict[str, Any]]:
    """``lint ARGS -f json``'s diagnostics (exit 1: the example has errors)."""
    result = run_cli("lint", *args, "-f", "json")
    assert result.exit_code == 1, result.stderr
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


def where(diagnostics: list[dict[str, Any]]) -> list[tuple[str, int, int, str]]:
    return sorted((d["filename"], d["location"]["row"], d["location"]["column"], d["code"]) for d in diagnostics)


def alone(project: str) -> list[tuple[str, int, int, str]]:
    """What linting one project on its own reports, with paths from the current folder."""
    return where(findings(project))


def test_lint_a_b_lints_two_projects(monorepo: Path) -> None:
    both = where(findings("apps/shop", "apps/crm"))
    assert both == sorted(alone("apps/shop") + alone("apps/crm"))
    assert {f.split("/miniprogram/")[0] for f, *_ in both} == set(PROJECTS)


def test_lint_at_a_monorepo_root_finds_the_projects_below(monorepo: Path) -> None:
    """node_modules, miniprogram_npm, dist, unpackage, hidden and .gitignore'd folders are skipped."""
    found = where(findings())
    assert found == where(findings("apps/shop", "apps/crm"))
    assert {f.split("/miniprogram/")[0] for f, *_ in found} == set(PROJECTS)


def test_paths_of_a_project_beside_the_current_folder_go_through_dotdot(monorepo: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """From inside one project, another project's paths must not look like this one's."""
    monkeypatch.chdir(monorepo / "apps" / "shop")
    names = {f for f, *_ in where(findings(".", "../crm"))}
    assert names == {f"{prefix}miniprogram/{rest}" for prefix in ("", "../crm/")
                     for rest in ("app.json", "pages/contact/index.json", "pages/contact/index.wxml")}


def test_fix_fixes_every_project_as_fixing_each_does(monorepo: Path, tmp_path: Path) -> None:
    result = run_cli("lint", "--fix", "-f", "json")
    assert result.exit_code == 1 and "Fixed 8 problems." in result.stderr
    single = tmp_path / "single"
    shutil.copytree(HAND_WIRED, single)
    assert run_cli("lint", single, "--fix", "-f", "json").exit_code == 1
    for project in PROJECTS:
        assert snapshot(monorepo / project) == snapshot(single)
    for place in SKIPPED:
        assert snapshot(monorepo / place) == snapshot(HAND_WIRED)
    assert "Fixed" not in run_cli("lint", "--fix", "-f", "json").stderr  # nothing left to fix


def test_diff_shows_every_projects_fixes_from_the_current_folder(monorepo: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(monorepo)
    result = run_cli("lint", "--diff")
    assert result.exit_code == 1 and snapshot(monorepo) == before
    files = ("miniprogram/pages/contact/index.json", "miniprogram/pages/contact/index.wxml")
    assert re.findall(r"^\+\+\+ b/(\S+)$", result.stdout, re.M) == [f"{p}/{f}" for p in PROJECTS for f in files]
    monkeypatch.chdir(monorepo / "apps" / "shop")
    beside = run_cli("lint", ".", "../crm", "--diff")
    assert re.findall(r"^--- a/(\S+)$", beside.stdout, re.M) == [*files, *(f"../crm/{f}" for f in files)]


def _count(fmt: str, text: str) -> int:
    """How many diagnostics one output format reports."""
    if fmt == "json":
        return len(json.loads(text))
    if fmt == "sarif":
        return len(json.loads(text)["runs"][0]["results"])
    if fmt == "junit":
        return len(ET.fromstring(text).findall(".//testcase"))
    if fmt == "github":
        return len(re.findall(r"^::(?:error|warning|notice) ", text, re.M))
    return int(re.search(r"Found (\d+) problems", text)[1])  # type: ignore[index]


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "github", "sarif", "junit"])
def test_every_output_format_reports_every_project(monorepo: Path, fmt: str) -> None:
    one = run_cli("lint", "apps/shop", "-f", fmt, "--no-color")
    every = run_cli("lint", "-f", fmt, "--no-color")
    assert every.exit_code == one.exit_code == 1, every.stderr
    assert _count(fmt, every.stdout) == 2 * _count(fmt, one.stdout) > 0
    for project in PROJECTS:
        assert f"{project}/miniprogram/pages/contact/index.wxml" in every.stdout


def test_statistics_count_every_project(monorepo: Path) -> None:
    rows = json.loads(run_cli("lint", "--statistics", "-f", "json").stdout)
    single = json.loads(run_cli("lint", "apps/shop", "--statistics", "-f", "json").stdout)
    assert [(r["code"], r["count"]) for r in rows] == [(r["code"], 2 * r["count"]) for r in single]


def test_doctor_reports_each_project(monorepo: Path) -> None:
    """JSON: one project keeps its object; several are an array of those objects."""
    single = run_cli("doctor", "apps/shop", "-f", "json")
    assert single.exit_code == 0, single.stderr
    shop = json.loads(single.stdout)
    assert isinstance(shop, dict) and shop["project"]["root"] == str(monorepo / "apps" / "shop")
    for args in ((), ("apps/shop", "apps/crm")):
        result = run_cli("doctor", *args, "-f", "json")
        assert result.exit_code == 0, result.stderr
        reports = json.loads(result.stdout)
        assert isinstance(reports, list)
        roots = sorted(r["project"]["root"] for r in reports)
        assert roots == [str(monorepo / p) for p in PROJECTS]
        assert [r for r in reports if r["project"]["root"] == shop["project"]["root"]] == [shop]


def test_doctor_text_has_one_report_per_project(monorepo: Path) -> None:
    result = run_cli("doctor", env={"FORCE_COLOR": None, "NO_COLOR": None})
    assert result.exit_code == 0, result.stderr
    assert re.findall(r"^Project: (\S+)$", result.stdout, re.M) == list(PROJECTS)
    assert re.findall(r"see them: (wecontact lint \S+)$", result.stdout, re.M) == [
        f"wecontact lint {p}" for p in PROJECTS]
    assert "\n\nProject: apps/shop\n" in result.stdout  # a blank line between the reports


def test_a_path_in_no_project_is_an_error_naming_it(monorepo: Path) -> None:
    (monorepo / "docs").mkdir()
    for command in ("lint", "doctor"):
        result = run_cli(command, "apps/shop", "docs")
        assert result.exit_code == 2
        assert result.stderr.startswith("docs: error: no mini-program project found"), result.stderr
