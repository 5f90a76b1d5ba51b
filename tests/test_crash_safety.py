"""A crash at any write step leaves a valid project, and the next run finishes the job.

Each command runs in a real subprocess whose os.replace, os.rename, os.mkdir, os.rmdir,
os.unlink and os.fsync are wrapped to SIGKILL the process at call N, for N = 0, 1, 2 ...
until the command completes without reaching N. After every kill the project must be
valid (every JSON file parses, every route has its page files, lint reports no problem
that neither the old nor the new state has), and running the command again must leave
exactly what an uninterrupted run leaves, with no temp file.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from itertools import count
from pathlib import Path
from typing import Callable

import pytest

from conftest import PROVIDER, make_project, run_cli, snapshot

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

DRIVER = r"""
import os, signal, sys
limit, calls = int(sys.argv[1]), [0]
def wrap(name):
    # A kill, not a power loss: the page cache survives it, so fsync is counted but skipped.
    real = getattr(os, name) if name != "fsync" else (lambda fd: None)
    def step(*args, **kwargs):
        if calls[0] == limit:
            os.kill(os.getpid(), signal.SIGKILL)
        calls[0] += 1
        return real(*args, **kwargs)
    setattr(os, name, step)
for name in ("replace", "rename", "mkdir", "rmdir", "unlink", "fsync"):
    wrap(name)
from wecontact_cli.cli import main
sys.argv = ["wecontact", *sys.argv[2:]]
main()
"""
ENV = {**os.environ, "LC_ALL": "C", "PYTHONDONTWRITEBYTECODE": "1"}  # no .pyc write is a "step"
APP = "miniprogram"
DECLARED = {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}


def base_project(root: Path, *, declared: bool = False) -> Path:
    """A project with one registered page and no contact button."""
    app: dict[str, object] = {"pages": ["pages/index/index"]}
    if declared:
        app["plugins"] = DECLARED
    make_project(root, app)
    page = root / APP / "pages" / "index"
    page.mkdir(parents=True)
    (page / "index.json").write_text("{}\n", encoding="utf-8")
    (page / "index.wxml").write_text("<view>shop</view>\n", encoding="utf-8")
    (page / "index.js").write_text("Page({\n  data: {}\n})\n", encoding="utf-8")
    return root


def fixable_project(root: Path) -> Path:
    """A page that uses the plugin undeclared (WC101, fixed in app.json) and has a fixable
    attribute typo in its .wxml (WC203): --fix edits two files."""
    base_project(root)
    page = root / APP / "pages" / "index"
    (page / "index.json").write_text(
        '{\n  "usingComponents": {"cell": "plugin://contactPlugin/cell"}\n}\n', encoding="utf-8")
    (page / "index.wxml").write_text(
        '<view>shop</view>\n<cell plugid="a1b2c3d4" styletype="1" />\n', encoding="utf-8")
    return root


Scenario = tuple[Callable[[Path], Path], Callable[[Path], list[str]]]
SCENARIOS: dict[str, Scenario] = {
    "init": (base_project, lambda root: ["init", str(root)]),
    "add-page-new-folder": (base_project, lambda root: [
        "add-page", "pages/contact/index", "--plugid", "a1b2c3d4", "-C", str(root)]),
    "add-page-new-in-existing-folder": (base_project, lambda root: [
        "add-page", "pages/index/contact", "--plugid", "a1b2c3d4", "-C", str(root)]),
    "add-page-existing-page": (base_project, lambda root: [
        "add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", str(root)]),
    "add-page-existing-declared": (lambda root: base_project(root, declared=True), lambda root: [
        "add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", str(root)]),
    "lint-fix": (fixable_project, lambda root: ["lint", str(root), "--fix", "-f", "json"]),
}
PARTIAL = {"add-page-new-in-existing-folder"}
"""New files in an existing folder land one by one (the script first). A rerun after a crash
there wires the page it finds: valid and complete, but a plain .json and .wxml instead of
the templates' (only a new folder can appear at once)."""


def problems(root: Path) -> set[tuple[str, str]]:
    """Lint's errors as (code, file)."""
    result = run_cli("lint", root, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    return {(d["code"], d["filename"]) for d in json.loads(result.stdout)
            if d["severity"] == "error"}


def routes(app: dict[str, object]) -> list[str]:
    found = list(app.get("pages", []))  # type: ignore[arg-type]
    for sub in app.get("subpackages", []):  # type: ignore[union-attr]
        found += [f"{sub['root']}/{page}" for page in sub.get("pages", [])]
    return found


def assert_valid(root: Path, allowed: set[tuple[str, str]]) -> None:
    """Every JSON file parses, every route has its files, lint finds nothing new."""
    for path in root.rglob("*.json"):
        if not path.name.endswith(".wecontact-tmp"):
            json.loads(path.read_text(encoding="utf-8"))
    app = json.loads((root / APP / "app.json").read_text(encoding="utf-8"))
    for route in routes(app):
        base = root / APP / route
        for ext in (".json", ".wxml", ".js"):
            assert base.with_name(base.name + ext).is_file(), f"{route} is registered but has no {ext}"
    found = problems(root)
    assert not {p for p in found if p[0] in ("WC001", "WC002")}
    assert found <= allowed, f"new problems: {found - allowed}"


def temp_leftovers(root: Path) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.name.endswith(".wecontact-tmp")]


def run_killed(root: Path, args: list[str], limit: int) -> subprocess.CompletedProcess[bytes]:
    """The command in a fresh interpreter, killed at write step ``limit`` (run from the
    project, as a user would: never from this checkout, whose package would shadow the
    installed one)."""
    return subprocess.run([sys.executable, "-c", DRIVER, str(limit), *args],
                          env=ENV, cwd=root, capture_output=True, timeout=120)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_kill_at_every_write_step_leaves_a_valid_project(tmp_path: Path, name: str) -> None:
    build, args = SCENARIOS[name]
    reference = build(tmp_path / "reference")
    old = problems(reference)
    done = run_cli(*args(reference))
    assert done.exit_code in (0, 1), done.stderr
    expected, new = snapshot(reference), problems(reference)
    assert expected != snapshot(build(tmp_path / "untouched")), "the command must change something"
    for limit in count():
        work = build(tmp_path / f"kill-{limit}")
        killed = run_killed(work, args(work), limit)
        if killed.returncode != -signal.SIGKILL:
            assert killed.returncode == done.exit_code, killed.stderr.decode()
            assert snapshot(work) == expected
            break
        assert_valid(work, old | new)
        again = run_cli(*args(work))
        assert again.exit_code == done.exit_code, again.stderr
        assert temp_leftovers(work) == []
        if name in PARTIAL:
            assert_valid(work, new)
            assert set(snapshot(work)) <= set(expected)
            assert routes(json.loads(expected[f"{APP}/app.json"])) == routes(
                json.loads((work / APP / "app.json").read_text(encoding="utf-8")))
        else:
            assert snapshot(work) == expected, f"killed at step {limit}: the next run did not finish the job"
    assert limit >= 3, "a write is at least three steps: sync the temp file, rename it, sync its folder"
