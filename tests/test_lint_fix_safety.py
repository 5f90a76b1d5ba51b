"""`lint --fix` never makes things worse: no fix that collides or adds a problem, and a
failing later pass says which files earlier passes already wrote."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli, snapshot
from test_rule_cases import build

WXML = "miniprogram/pages/index/index.wxml"
JSON = "miniprogram/pages/index/index.json"


def lint_json(root: Path, *args: str, lang: str = "en") -> list[dict]:
    result = run_cli("lint", root, "-f", "json", "--lang", lang, *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def cell_project(root: Path, *cells: str) -> Path:
    body = "".join(f"  {cell}\n" for cell in cells)
    build(root, {WXML: f"<view>\n{body}</view>\n"})
    return root


# -- 1. a fix whose result would collide is not offered, and the diagnostic says why ------------


def test_two_spellings_renamed_onto_one_name_are_both_left_alone(tmp_path: Path) -> None:
    root = cell_project(tmp_path, '<cell plugid="a1b2c3d4" StyleType="1" style_type="2" />')
    before = snapshot(root)
    result = run_cli("lint", root, "--fix", "-f", "json")
    assert result.exit_code == 0, result.stdout  # warnings only, as before: no WC209 error
    assert snapshot(root) == before
    found = json.loads(result.stdout)
    assert [(d["code"], d["fix"]) for d in found] == [("WC203", None), ("WC203", None)]
    assert "not fixed by --fix: style_type (line 2) would also become styleType" in found[0]["message"]
    assert "not fixed by --fix: StyleType (line 2) would also become styleType" in found[1]["message"]


def test_an_event_is_not_renamed_onto_an_existing_binding(tmp_path: Path) -> None:
    root = cell_project(tmp_path, '<cell plugid="a1b2c3d4" bind:completeMessage="completemessage" '
                                  'bind:completemessage="completemessage" />')
    before = snapshot(root)
    result = run_cli("lint", root, "--fix", "-f", "json")
    assert result.exit_code == 1 and snapshot(root) == before  # WC210 was an error before, too
    [found] = json.loads(result.stdout)
    assert found["code"] == "WC210" and found["fix"] is None
    assert found["message"].endswith(
        "(not fixed by --fix: renaming it to bind:completemessage would repeat bind:completemessage "
        "(line 2); keep one of the two by hand)")


def test_the_reason_is_given_in_chinese_too(tmp_path: Path) -> None:
    root = cell_project(tmp_path, '<cell plugid="a1b2c3d4" StyleType="1" style_type="2" />',
                        '<cell plugid="a1b2c3d4" avatarStyle="square" />')
    messages = [d["message"] for d in lint_json(root, lang="zh")]
    assert "（--fix 未修复：第 2 行的 style_type 也会被改成 styleType；请手动保留其中一个）" in messages[0]
    assert "（--fix 未修复：修复后会出现新问题：avatorStyle='square'" in messages[2]
    assert messages[2].endswith("（WC204）；请手动一并修改）")


def test_a_rename_carries_the_fix_of_the_value_it_reveals(tmp_path: Path) -> None:
    root = cell_project(tmp_path, '<cell plugid="a1b2c3d4" avatarStyle="Rect" />')
    [found] = lint_json(root)
    assert found["fix"]["message"] == "rename to 'avatorStyle' and write 'rect'"
    assert run_cli("lint", root, "--fix").exit_code == 0
    assert '<cell plugid="a1b2c3d4" avatorStyle="rect" />' in (root / WXML).read_text(encoding="utf-8")


# -- 2. a later pass that fails names the files earlier passes wrote --------------------------


def test_a_failing_later_pass_names_the_files_earlier_passes_wrote(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pass 1 names the plugin by its alias in app.json and the page's .json (WC108); only
    # then is .../Cell seen as WC109 (pass 2), and only then is <cell> the contact cell,
    # whose plugId (WC203) pass 3 fixes: its write fails.
    app = ('{\n  "pages": ["pages/index/index"],\n  "plugins": {"contactPlugin": {"version": "1.3.0", '
           '"provider": "wx104a1a20c3f81ec2"}},\n  "usingComponents": {"kf": "plugin://wx104a1a20c3f81ec2/cell"}\n}\n')
    build(tmp_path, {
        "miniprogram/app.json": app,
        WXML: '<view>\n  <cell plugId="a1b2c3d4" />\n</view>\n',
        JSON: '{"usingComponents": {"cell": "plugin://wx104a1a20c3f81ec2/Cell"}}',
    })

    def failing_replace(src: str, dst: str) -> None:
        if str(dst).endswith(".wxml"):
            raise OSError(13, "Permission denied", str(dst))
        os.rename(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    result = run_cli("lint", tmp_path, "--fix")
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert message.startswith(f"{tmp_path / WXML}: error: could not write the change: Permission denied; "
                              "no file was modified (during fix pass 3; --fix had already written ")
    written = message.split("had already written ", 1)[1].split(", which keep", 1)[0]
    assert written == f"{tmp_path / 'miniprogram/app.json'} and {tmp_path / JSON}"
    # ... and that is the truth: the earlier passes' fixes are on disk, pass 3's is not.
    assert (tmp_path / JSON).read_text() == '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}'
    assert '"kf": "plugin://contactPlugin/cell"' in (tmp_path / "miniprogram/app.json").read_text()
    assert 'plugId="a1b2c3d4"' in (tmp_path / WXML).read_text()


def test_a_failing_first_pass_still_says_nothing_was_modified(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cell_project(tmp_path, '<cell plugId="a1b2c3d4" />')
    before = snapshot(tmp_path)

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", failing_replace)
    result = run_cli("lint", tmp_path, "--fix", "--lang", "zh")
    assert result.exit_code == 2 and "没有修改任何文件" in result.stderr and "轮修复" not in result.stderr
    assert snapshot(tmp_path) == before


# -- property: whatever the spellings, --fix adds no problem and is idempotent ----------------

NAMES = ["StyleType", "style_type", "styletype", "style-type", "styleType", "avatarStyle", "avatorStyle",
         "avator-style", "plugId", "plug_id", "plugid", "bubblecolor", "bubbleColor", "bubble-color",
         "blockstyle", "blockStyle", "block-style", "bind:completeMessage", "bind:completemessage",
         "bindcompleteMessage", "bindcompletemessage", "bind:startMessage", "bindstartmessage",
         "catch:startMessage", "contacttext", "contactText", "buttonstyle", "buttonStyle", "isMask", "ismask",
         "plugType", "plugtype"]
VALUES = ["1", "2", "3", "0", "Rect", "rect", "square", "#fff", "fff", "Button", "button", "bubble",
          "Light", "联系客服", "立即联系", "{{x}}", "completemessage", "startmessage", "a1b2c3d4"]
ATTRIBUTE = st.tuples(st.sampled_from(NAMES), st.sampled_from(VALUES))
CELLS = st.lists(st.lists(ATTRIBUTE, min_size=1, max_size=5), min_size=1, max_size=3)


def problems(root: Path) -> set[str]:
    """Every code lint reports with every rule on (WC211 says "cannot check", not "wrong")."""
    return {d["code"] for d in lint_json(root, "--select", "ALL", "--ignore", "WC211")}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=CELLS)
def test_fix_adds_no_problem_and_a_second_fix_changes_nothing(cells: list[list[tuple[str, str]]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = cell_project(Path(folder), *(
            "<cell " + " ".join(f'{name}="{value}"' for name, value in attrs) + " />" for attrs in cells))
        before = problems(root)
        first = run_cli("lint", root, "--fix", "--select", "ALL")
        assert first.exit_code in (0, 1), first.stderr
        assert problems(root) <= before, (root / WXML).read_text(encoding="utf-8")
        fixed = snapshot(root)
        assert run_cli("lint", root, "--fix", "--select", "ALL").exit_code in (0, 1)
        assert snapshot(root) == fixed


def vetted_both_ways(cells: list[list[tuple[str, str]]]) -> tuple[str, str]:
    """lint's JSON output with every check selected: as the engine runs it (handing vetting
    the findings it has as the cell's baseline), then with vetting running every check itself."""
    from wecontact_cli.lint import engine, vetting

    with tempfile.TemporaryDirectory() as folder:
        root = cell_project(Path(folder), *(
            "<cell " + " ".join(f'{name}="{value}"' for name, value in attrs) + " />" for attrs in cells))
        handed = run_cli("lint", root, "-f", "json", "--select", "ALL").stdout
        original = vetting.vet
        engine.vet = lambda cell, findings, unit, ctx, checks, baseline=None: original(cell, findings, unit, ctx, checks)
        try:
            return handed, run_cli("lint", root, "-f", "json", "--select", "ALL").stdout
        finally:
            engine.vet = original


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=CELLS)
def test_the_baseline_the_engine_hands_vetting_is_what_vetting_would_find(cells: list[list[tuple[str, str]]]) -> None:
    handed, recomputed = vetted_both_ways(cells)
    assert handed == recomputed


def test_a_cell_whose_fixes_collide_is_vetted_alike_both_ways() -> None:
    handed, recomputed = vetted_both_ways([[("StyleType", "2"), ("style-type", "3"), ("plugId", "a1")]])
    assert handed == recomputed and '"fix": {' in handed and "not fixed" in handed
