"""The bundled uni-app example (examples/uniapp-shop: CLI, Vue 3, TypeScript, a subpackage, a
reusable component): what lint finds there is what the README says, --fix leaves only what
needs a person, and add-page wires the marked page into a build uni-app's resolver accepts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import npmcache
from conftest import REPO, run_cli, snapshot
from test_uniapp_oracle import CHECKERS, uni3  # noqa: F401 - the fixture that installs uni-app's Vue 3 tools

EXAMPLE = REPO / "examples" / "uniapp-shop"
README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_findings() -> list[tuple[str, str, str, bool]]:
    """(where, code, severity, fixable) of the README's uni-app findings table."""
    table = README.split("<!-- uniapp-findings:begin", 1)[1].split("<!-- uniapp-findings:end", 1)[0]
    rows = []
    for line in table.splitlines()[3:]:
        where, code, severity = (cell.strip() for cell in line.strip("|").split("|")[:3])
        rows.append((where.strip("`"), code.split()[0], severity, code.endswith("[*]")))
    return rows


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    target = tmp_path / "uniapp-shop"
    shutil.copytree(EXAMPLE, target)
    return target


def test_lint_finds_what_the_readme_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLE)
    result = run_cli("lint", "-f", "json")
    assert result.exit_code == 1
    found = [(f"{d['filename'].removeprefix('src/')}:{d['location']['row']}:{d['location']['column']}", d["code"],
              d["severity"], d["fix"] is not None) for d in json.loads(result.stdout)]
    assert found == readme_findings()


def test_fix_leaves_what_needs_a_person(shop: Path) -> None:
    assert run_cli("lint", shop, "--fix").exit_code == 1
    left = json.loads(run_cli("lint", shop, "-f", "json").stdout)
    assert sorted(d["code"] for d in left) == ["UA104", "UA108", "UA108"]
    help_page = (shop / "src/packageService/pages/help/index.vue").read_text(encoding="utf-8")
    assert ':styleType="1" buttonText="4"' in help_page
    assert '@startmessage="onStart" @completemessage="onComplete"' in help_page


def test_add_page_wires_the_marked_page_and_uni_app_resolves_it(shop: Path, uni3: Path) -> None:
    before = snapshot(EXAMPLE)
    dry = run_cli("add-page", "pages/mine/mine", "--plugid", "a1b2c3d4", "-C", EXAMPLE, "--dry-run")
    assert dry.exit_code == 0 and [line for line in dry.stderr.splitlines() if line.startswith("warning")] == []
    assert snapshot(EXAMPLE) == before
    assert run_cli("add-page", "pages/mine/mine", "--plugid", "a1b2c3d4", "-C", shop).exit_code == 0
    assert run_cli("init", shop, "--global").exit_code == 0
    left = sorted(d["code"] for d in json.loads(run_cli("lint", shop, "-f", "json").stdout))
    assert "UA104" not in left  # the component's cell is registered globally now
    proc = npmcache.run_node(CHECKERS / "uni-vue3" / "resolve-json.js", str(shop / "src"), prefix=uni3)
    assert proc.returncode == 0, proc.stderr
    resolved = json.loads(proc.stdout)
    assert resolved["app"]["plugins"]["contactPlugin"]["provider"] == "wx104a1a20c3f81ec2"
    assert resolved["app"]["usingComponents"] == {"cell": "plugin://contactPlugin/cell"}
    assert resolved["pages"]["pages/mine/mine"]["usingComponents"] == {"cell": "plugin://contactPlugin/cell"}
    assert resolved["pages"]["packageService/pages/help/index"]["usingComponents"] == {
        "cell": "plugin://contactPlugin/cell"}
