"""Writers running at once never lose an update: each succeeds, or refuses and writes nothing.

Every round starts 2-4 real processes (add-page with different routes, init, lint --fix)
on one project and releases them at the same instant. Each must exit 0 or exit 2 with the
changed-on-disk error, and the project must then hold exactly the successful runs' changes.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PROVIDER, make_project

APP = "miniprogram"
REFUSED = "changed on disk since it was read: nothing written"
DRIVER = r"""
import os, sys, time
ready, go = sys.argv[1], sys.argv[2]
real_fsync = os.fsync
def slow_fsync(fd):  # a slow disk: every window between reading and renaming is wide open
    time.sleep(0.02)
    real_fsync(fd)
os.fsync = slow_fsync
from wecontact_cli.cli import main  # imported first: the race is between the commands themselves
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.001)
sys.argv = ["wecontact", *sys.argv[3:]]
main()
"""
ENV = {**os.environ, "LC_ALL": "C", "PYTHONDONTWRITEBYTECODE": "1"}
ROUNDS = 20


def build(root: Path) -> Path:
    """A declared project with a page, and a second page whose .wxml has a fixable typo."""
    make_project(root, {"pages": ["pages/index/index", "pages/fixme/index"],
                        "plugins": {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}})
    for name, wxml in (("index", "<view>shop</view>\n"),
                       ("fixme", '<cell plugid="a1b2c3d4" styletype="1" />\n')):
        page = root / APP / "pages" / name
        page.mkdir(parents=True)
        (page / "index.json").write_text('{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n')
        (page / "index.wxml").write_text(wxml)
        (page / "index.js").write_text("Page({})\n")
    return root


def commands(root: Path) -> dict[str, list[str]]:
    return {
        **{f"add-page {i}": ["add-page", f"pages/r{i}/index", "--plugid", "a1b2c3d4", "-C", str(root)]
           for i in range(3)},
        "init": ["init", str(root), "--version", "1.3.1"],
        "lint --fix": ["lint", str(root), "--fix", "-f", "json"],
    }


def run_together(root: Path, chosen: list[str]) -> dict[str, subprocess.CompletedProcess[str]]:
    """Start the commands, wait until each is ready, then release them all at once."""
    gate = root.parent / f"{root.name}-gate"
    gate.mkdir()
    procs = {}
    for index, name in enumerate(chosen):
        args = [sys.executable, "-c", DRIVER, str(gate / f"ready{index}"), str(gate / "go"), *commands(root)[name]]
        procs[name] = subprocess.Popen(args, env=ENV, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       text=True)
    deadline = time.monotonic() + 60
    while len(list(gate.glob("ready*"))) < len(chosen) and time.monotonic() < deadline:
        time.sleep(0.005)
    (gate / "go").touch()
    results = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        results[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return results


def assert_exactly(root: Path, succeeded: set[str]) -> None:
    """The project holds the successful runs' changes, and nothing of the refused ones."""
    app = json.loads((root / APP / "app.json").read_text(encoding="utf-8"))
    added = {f"pages/r{i}/index" for i in range(3) if f"add-page {i}" in succeeded}
    assert set(app["pages"]) == {"pages/index/index", "pages/fixme/index"} | added
    assert len(app["pages"]) == 2 + len(added)
    for i in range(3):
        assert (root / APP / "pages" / f"r{i}").exists() == (f"add-page {i}" in succeeded)
    version = app["plugins"]["contactPlugin"]["version"]
    assert version == ("1.3.1" if "init" in succeeded else "1.3.0")
    fixed = (root / APP / "pages" / "fixme" / "index.wxml").read_text()
    assert ('styleType="1"' in fixed) == ("lint --fix" in succeeded)
    assert [p for p in root.rglob("*") if p.name.endswith(".wecontact-tmp")] == []


@pytest.mark.skipif(sys.platform == "win32", reason="the write lock needs flock")
def test_concurrent_writers_never_lose_an_update(tmp_path: Path) -> None:
    pool = list(commands(tmp_path))
    refusals = 0
    for round_ in range(ROUNDS):
        rng = random.Random(round_)
        chosen = rng.sample(pool, 2 + round_ % 3)
        root = build(tmp_path / f"round{round_}")
        results = run_together(root, chosen)
        succeeded = set()
        for name, result in results.items():
            if result.returncode == 0:
                succeeded.add(name)
                continue
            assert result.returncode == 2, (name, result.stderr)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and REFUSED in lines[0], (name, result.stderr)
            refusals += 1
        assert succeeded, f"round {round_}: one run at least goes through"
        assert_exactly(root, succeeded)
    assert refusals > 0, "runs that edit one file at once: some must have been refused"
