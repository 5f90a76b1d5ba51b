"""`wecontact doctor` through the CLI: the report in text (plain and rich) and JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import PROVIDER, make_project, run_cli, snapshot

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PLAIN = {"FORCE_COLOR": None, "NO_COLOR": None}  # CliRunner's stdout is not a terminal
HELP_ROUTE = "packageService/pages/help/index"


def doctor(*args: str | Path, env: dict[str, Any] | None = None) -> Any:
    return run_cli("doctor", *args, env={**PLAIN, **(env or {})})


def doctor_json(root: Path) -> dict[str, Any]:
    result = doctor(root, "--output-format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def wire_example(example: Path) -> None:
    assert run_cli("init", example).exit_code == 0
    result = run_cli("add-page", HELP_ROUTE, "--plugid", "a1b2c3d4", "--style-type", "2", "-C", example)
    assert result.exit_code == 0, result.stderr


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def mistakes(tmp_path: Path) -> Path:
    """A TypeScript project declaring the plugin in a subpackage, with wiring mistakes."""
    root = tmp_path / "broken"
    make_project(root, {
        "pages": ["pages/index/index"],
        "subpackages": [{
            "root": "pkg", "pages": ["pages/help/index"],
            "plugins": {"kefu": {"version": "v1", "provider": PROVIDER}},
        }],
    })
    app = root / "miniprogram"
    files = {
        "app.ts": "App({})\n",
        "pages/index/index.json": "{}\n",
        "pages/index/index.wxml": "<view>home</view>\n",
        "pages/index/index.ts": "Page({})\n",
        "pkg/pages/help/index.json": '{"usingComponents": {"contact": "plugin://kefu/cell"}}\n',
        "pkg/pages/help/index.wxml": (
            "<view>\n"
            '  <contact styleType="1" bind:startmessage="onStart" />\n'
            '  <contact plugid="{{pid}}" bind:startmessage="onStart" bind:completemessage="onDone" />\n'
            "</view>\n"),
        "pkg/pages/help/index.ts": "Page({ data: { pid: '' }, onDone() {} })\n",
        "pkg/components/card/index.json": '{"component": true, "usingComponents": {"cell": "plugin://kefu/cell"}}\n',
        "pkg/components/card/index.wxml": '<cell plugid="a1b2c3d4" />\n',
        "pkg/components/card/index.ts": "Component({ methods: {} })\n",
    }
    for name, text in files.items():
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_text(text, encoding="utf-8")
    return root


def test_example_before_init_is_not_declared(example: Path) -> None:
    before = snapshot(example)
    result = doctor(example)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "compileType: miniprogram" in out and "language: JavaScript" in out
    assert "app folder: miniprogram" in out
    assert f"Contact plugin ({PROVIDER})" in out
    assert "not declared" in out and f"fix: wecontact init {example}" in out
    assert "no page or component uses the button" in out
    assert "Lint\n  no problems" in out
    data = doctor_json(example)
    assert data["declarations"] == [] and data["uses"] == []
    assert data["lint"] == {"errors": 0, "warnings": 0, "info": 0, "codes": {}}
    assert snapshot(example) == before  # a report: nothing is written


def test_example_after_init_only_reports_the_unused_plugin(example: Path) -> None:
    assert run_cli("init", example).exit_code == 0
    data = doctor_json(example)
    assert [d["alias"] for d in data["declarations"]] == ["contactPlugin"]
    assert data["uses"] == []
    assert data["lint"] == {"errors": 0, "warnings": 0, "info": 1, "codes": {
        "WC110": {"name": "plugin-unused", "severity": "info", "count": 1}}}
    out = doctor(example).stdout
    assert "0 errors, 0 warnings, 1 info" in out
    assert "WC110 plugin-unused (info): 1" in out
    assert f"see them: wecontact lint {example}" in out


def test_example_after_init_and_add_page(example: Path) -> None:
    wire_example(example)
    app_json = example / "miniprogram" / "app.json"
    wxml = example / "miniprogram" / f"{HELP_ROUTE}.wxml"
    result = doctor(example)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    decl_line = line_of(app_json, '"contactPlugin"')
    cell_line = line_of(wxml, "<cell")
    assert f"contactPlugin 1.3.0 in the main package (miniprogram/app.json:{decl_line})" in out
    assert "Contact button (1 page, 0 components, 1 cell)" in out
    assert f"page {HELP_ROUTE} (subpackage packageService)" in out
    assert f"<cell> at miniprogram/{HELP_ROUTE}.wxml:{cell_line}" in out
    for row in ("plugid: a1b2c3d4", "styleType: 2", "startmessage: bound to startmessage",
                "completemessage: bound to completemessage"):
        assert f"      {row}\n" in out
    assert "not bound" not in out and "not declared" not in out
    assert "Lint\n  no problems" in out


def test_json_output_field_by_field(example: Path) -> None:
    wire_example(example)
    data = doctor_json(example)
    assert list(data) == ["project", "declarations", "broken_declarations", "uses", "lint", "error"]
    assert data["error"] is None and data["broken_declarations"] == []
    assert data["project"] == {"root": str(example), "app_dir": "miniprogram",
                               "compile_type": "miniprogram", "typescript": False,
                               "framework": "native", "variant": {}, "build_output_of": None,
                               "build_output_framework": None}
    [decl] = data["declarations"]
    assert decl == {"alias": "contactPlugin", "version": "1.3.0", "version_status": "ok", "scope": None,
                    "file": "miniprogram/app.json",
                    "line": line_of(example / "miniprogram" / "app.json", '"contactPlugin"')}
    [use] = data["uses"]
    wxml = example / "miniprogram" / "packageService" / "pages" / "help" / "index.wxml"
    assert use == {
        "kind": "page", "route": HELP_ROUTE, "file": f"miniprogram/{HELP_ROUTE}.wxml",
        "scope": "packageService", "declared": True, "tags": ["cell"],
        "cells": [{"tag": "cell", "line": line_of(wxml, "<cell"), "plugid": "a1b2c3d4", "style_type": "2",
                   "startmessage": "startmessage", "completemessage": "completemessage", "problems": []}],
        "problems": [],
    }
    assert data["lint"] == {"errors": 0, "warnings": 0, "info": 0, "codes": {}}


def test_project_with_mistakes(tmp_path: Path) -> None:
    root = mistakes(tmp_path)
    lint = run_cli("lint", root, "-f", "json")
    diagnostics = json.loads(lint.stdout)
    result = doctor(root)
    assert result.exit_code == 0, result.stderr  # a report, even with lint errors
    out = result.stdout
    data = doctor_json(root)

    assert data["project"]["typescript"] is True and "language: TypeScript" in out
    [decl] = data["declarations"]
    assert (decl["alias"], decl["version"], decl["version_status"], decl["scope"]) == ("kefu", "v1", "invalid", "pkg")
    assert "kefu v1 [invalid version] in the subpackage pkg" in out

    page, component = data["uses"]
    assert (page["kind"], page["route"], page["scope"], page["tags"]) == ("page", "pkg/pages/help/index", "pkg", ["contact"])
    assert [{k: v for k, v in cell.items() if k != "problems"} for cell in page["cells"]] == [
        {"tag": "contact", "line": 2, "plugid": None, "style_type": "1",
         "startmessage": "onStart", "completemessage": None},
        {"tag": "contact", "line": 3, "plugid": "{{pid}}", "style_type": None,
         "startmessage": "onStart", "completemessage": "onDone"},
    ]
    # each cell carries lint's own diagnostics inside its start tag, on the row they concern
    in_page = [d for d in diagnostics if d["filename"] == "miniprogram/pkg/pages/help/index.wxml"]
    for cell in page["cells"]:
        here = [(d["code"], d["location"]["row"], d["location"]["column"]) for d in in_page
                if d["location"]["row"] == cell["line"]]
        assert [(p["code"], p["line"], p["column"]) for p in cell["problems"]] == here
    first, second = page["cells"]
    assert [(p["code"], p["attribute"]) for p in first["problems"]] == [("WC201", None), ("WC301", "startmessage")]
    assert [(p["code"], p["attribute"]) for p in second["problems"]] == [("WC301", "startmessage")]
    assert "startmessage: bound to onStart  <- WC301 handler-missing (error)" in out
    assert "WC201 plugid-missing (error) at 2:4: <contact> has no plugid" in out
    assert (component["kind"], component["route"], component["file"]) == (
        "component", "pkg/components/card/index", "miniprogram/pkg/components/card/index.wxml")
    assert component["cells"][0]["plugid"] == "a1b2c3d4"
    assert component["cells"][0]["startmessage"] is None and component["cells"][0]["completemessage"] is None
    assert "plugid: missing" in out and "plugid: {{pid}}" in out and "styleType: console default" in out
    assert "completemessage: not bound" in out

    counts = {s: sum(d["severity"] == s for d in diagnostics) for s in ("error", "warning", "info")}
    lint_summary = data["lint"]
    assert (lint_summary["errors"], lint_summary["warnings"], lint_summary["info"]) == (
        counts["error"], counts["warning"], counts["info"])
    assert counts["error"] >= 3
    assert sum(c["count"] for c in lint_summary["codes"].values()) == len(diagnostics)
    for code in ("WC102", "WC201", "WC301"):
        entry = lint_summary["codes"][code]
        assert entry["severity"] == "error"
        assert entry["count"] == sum(d["code"] == code for d in diagnostics)
        assert entry["name"] == next(d["name"] for d in diagnostics if d["code"] == code)
    assert lint_summary["codes"]["WC301"]["count"] == 2
    assert next(iter(lint_summary["codes"])) == "WC301"  # errors first, the most frequent first
    assert f"{counts['error']} errors" in out
    assert "WC301 handler-missing (error): 2" in out
    assert "WC201 plugid-missing (error): 1" in out
    assert f"see them: wecontact lint {root}" in out


def test_a_cell_with_an_undeclared_alias_is_shown_as_such(tmp_path: Path) -> None:
    root = tmp_path / "p"
    make_project(root, {"pages": ["pages/index/index"]})
    page = root / "miniprogram" / "pages" / "index"
    page.mkdir(parents=True)
    (page / "index.json").write_text('{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n')
    (page / "index.wxml").write_text('<cell plugid="a1b2c3d4" />\n')
    (page / "index.js").write_text("Page({})\n")
    data = doctor_json(root)
    assert data["declarations"] == []
    [use] = data["uses"]
    assert use["declared"] is False and use["cells"][0]["plugid"] == "a1b2c3d4"
    assert data["lint"]["codes"]["WC101"]["name"] == "plugin-not-declared"
    assert 'uses an alias that no "plugins" entry declares' in doctor(root).stdout


def test_plain_text_has_no_ansi_codes(example: Path) -> None:
    wire_example(example)
    plain = doctor(example)
    assert plain.exit_code == 0 and not ANSI.search(plain.stdout) and "\x1b" not in plain.stdout
    for env in ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, {"FORCE_COLOR": "1"}):
        args = [example] if "NO_COLOR" in env else [example, "--no-color"]
        result = doctor(*args, env=env)
        assert result.exit_code == 0 and "\x1b" not in result.stdout
        assert result.stdout == plain.stdout


def test_force_color_gives_rich_output(example: Path) -> None:
    wire_example(example)
    result = doctor(example, env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert ANSI.search(result.stdout)
    text = ANSI.sub("", result.stdout)
    assert "wecontact doctor" in text and "├── " in text and "└── " in text
    for fact in ("Contact button (1 page, 0 components, 1 cell)", "plugid: a1b2c3d4", "styleType: 2",
                 "startmessage: bound to startmessage", "no problems"):
        assert fact in text


def test_json_is_never_coloured(example: Path) -> None:
    result = doctor(example, "-f", "json", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0 and "\x1b" not in result.stdout
    assert json.loads(result.stdout)["declarations"] == []


def test_a_path_inside_the_project_finds_it(example: Path) -> None:
    data = doctor_json(example / "miniprogram" / "pages")
    assert data["project"]["root"] == str(example)


def test_no_project_exits_2(tmp_path: Path) -> None:
    for args in ([], ["--output-format", "json"]):
        result = doctor(tmp_path, *args)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "no mini-program project found" in result.stderr
    missing = doctor(tmp_path / "nowhere")
    assert missing.exit_code == 2 and "the path does not exist" in missing.stderr


def test_unknown_output_format_exits_2(example: Path) -> None:
    result = doctor(example, "--output-format", "yaml")
    assert result.exit_code == 2 and "unknown output format 'yaml'" in result.stderr


def test_broken_app_json_shows_the_error_and_what_it_can(tmp_path: Path) -> None:
    root = tmp_path / "p"
    make_project(root, '{"pages": [}\n')
    (root / "miniprogram" / "app.ts").write_text("App({})\n", encoding="utf-8")
    result = doctor(root)
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    out = result.stdout
    assert "the app configuration cannot be read: miniprogram/app.json:1:12: error: " in out and "(WC001)" in out
    assert "language: TypeScript" in out and "compileType: miniprogram" in out
    assert "unknown until app.json can be read" in out and "not declared" not in out
    assert "1 error, 0 warnings, 0 info" in out and "WC001 json-syntax (error): 1" in out
    data = json.loads(doctor(root, "-f", "json").stdout)
    assert data["error"]["code"] == "WC001" and data["error"]["file"] == "miniprogram/app.json"
    assert (data["error"]["line"], data["error"]["column"]) == (1, 12)
    assert data["declarations"] == [] and data["uses"] == [] and data["lint"]["errors"] == 1
    assert data["project"]["typescript"] is True


def page_project(tmp_path: Path, json_text: str, wxml_text: str) -> Path:
    """A project declaring the plugin, with one page that registers the cell."""
    root = tmp_path / "p"
    make_project(root, {"pages": ["pages/index/index"],
                        "plugins": {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}})
    page = root / "miniprogram" / "pages" / "index"
    page.mkdir(parents=True)
    (page / "index.json").write_text(json_text, encoding="utf-8")
    (page / "index.wxml").write_text(wxml_text, encoding="utf-8")
    (page / "index.js").write_text("Page({ startmessage() {}, completemessage() {} })\n", encoding="utf-8")
    return root


GOOD_JSON = '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n'
GOOD_CELL = '<cell plugid="a1b2c3d4" bind:startmessage="startmessage" bind:completemessage="completemessage" />\n'


def test_a_page_with_a_broken_json_is_listed_with_its_error(tmp_path: Path) -> None:
    root = page_project(tmp_path, '{"usingComponents": {\n', GOOD_CELL)
    result = doctor(root)
    assert result.exit_code == 0, result.stderr
    assert ("  page pages/index/index\n    miniprogram/pages/index/index.json:2:1: error: "
            in result.stdout) and "(WC001)" in result.stdout
    [use] = doctor_json(root)["uses"]
    assert (use["route"], use["tags"], use["cells"]) == ("pages/index/index", [], [])
    assert [(p["code"], p["file"], p["line"], p["column"]) for p in use["problems"]] == [
        ("WC001", "miniprogram/pages/index/index.json", 2, 1)]


def test_a_page_with_a_broken_wxml_shows_its_error_and_its_cells(tmp_path: Path) -> None:
    root = page_project(tmp_path, GOOD_JSON, "<view>\n" + GOOD_CELL)
    out = doctor(root).stdout
    assert ("    miniprogram/pages/index/index.wxml:1:1: error: end tag </view> is missing for <view> opened at 1:1"
            " (WC002)\n    <cell> at miniprogram/pages/index/index.wxml:2\n") in out
    [use] = doctor_json(root)["uses"]
    assert [p["code"] for p in use["problems"]] == ["WC002"] and use["cells"][0]["plugid"] == "a1b2c3d4"


def test_a_binary_wxml_is_listed_with_its_error(tmp_path: Path) -> None:
    root = page_project(tmp_path, GOOD_JSON, "")
    (root / "miniprogram/pages/index/index.wxml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    [use] = doctor_json(root)["uses"]
    assert [(p["code"], p["message"]) for p in use["problems"]] == [("WC002", "this is a binary file, not text")]


def test_the_problems_doctor_prints_are_marked_with_lint_codes(tmp_path: Path) -> None:
    wxml = '<cell plugid="xxx" bind:startmessage="nope" bind:completemessage="completemessage" />\n'
    root = page_project(tmp_path, GOOD_JSON, wxml)
    out = doctor(root).stdout
    assert "plugid: xxx  <- WC202 plugid-placeholder (error)" in out
    assert "startmessage: bound to nope  <- WC301 handler-missing (error)" in out
    assert "completemessage: bound to completemessage\n" in out  # nothing wrong there: no mark
    root2 = page_project(tmp_path / "2", GOOD_JSON, wxml.replace('"xxx"', '"plugid"'))
    assert "plugid: plugid  <- WC202 plugid-placeholder (error)" in doctor(root2).stdout
    zh = doctor(root, "--lang", "zh").stdout
    assert "<- WC202 plugid-placeholder（错误）" in zh


def test_marks_follow_the_configuration_as_lint_does(tmp_path: Path) -> None:
    wxml = '<cell plugid="xxx" bind:startmessage="startmessage" bind:completemessage="completemessage" />\n'
    root = page_project(tmp_path, GOOD_JSON, wxml)
    (root / "wecontact.config.json").write_text('{"ignore": ["WC202"]}\n', encoding="utf-8")
    out = doctor(root).stdout
    assert "plugid: xxx\n" in out and "WC202" not in out


def test_values_with_control_characters_stay_on_their_row(tmp_path: Path) -> None:
    wxml = '<cell plugid="a1\nb2" bind:startmessage="startmessage" bind:completemessage="completemessage" />\n'
    root = page_project(tmp_path, GOOD_JSON, wxml)
    out = doctor(root).stdout
    assert "      plugid: a1\u240ab2" in out
    assert doctor_json(root)["uses"][0]["cells"][0]["plugid"] == "a1\nb2"


def lint_counts(stdout: str) -> tuple[int, int, int]:
    import re

    match = re.search(r"Found \d+ problems? \((\d+) errors?, (\d+) warnings?, (\d+) info\)", stdout)
    return (0, 0, 0) if match is None else (int(match[1]), int(match[2]), int(match[3]))


def test_the_suggested_lint_command_reports_what_doctor_counted(example: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shlex

    assert run_cli("init", example, "--version", "1.2.0").exit_code == 0  # WC103 (old) + WC110 (unused)
    page = example / "miniprogram" / "pages" / "index" / "index.wxml"
    page.write_text(page.read_text(encoding="utf-8") + "<view>\n", encoding="utf-8")  # WC002
    monkeypatch.chdir(example.parent)
    for start in (Path("shop"), Path("shop/miniprogram/pages"), example / "miniprogram" / "pages" / "index"):
        result = doctor(start)
        data = doctor_json(start)
        counted = (data["lint"]["errors"], data["lint"]["warnings"], data["lint"]["info"])
        assert counted == (1, 1, 1)
        [line] = [line for line in result.stdout.splitlines() if "see them: " in line]
        command = shlex.split(line.split("see them: ", 1)[1])
        assert command[:2] == ["wecontact", "lint"]
        assert lint_counts(run_cli(*command[1:]).stdout) == counted, (start, command)
    monkeypatch.chdir(example / "miniprogram")
    line = next(line for line in doctor().stdout.splitlines() if "see them: " in line)
    command = shlex.split(line.split("see them: ", 1)[1])
    assert lint_counts(run_cli(*command[1:]).stdout) == (1, 1, 1)


def test_a_cell_shows_the_value_written_last(tmp_path: Path) -> None:
    """Written twice, a property takes its last value at runtime: doctor shows that one, and
    marks the row of the attribute lint's problem sits on."""
    wxml = ('<cell plugid="a1b2c3d4" styleType="1" plugid="e5f6a7b8" styleType="2"'
            ' bind:startmessage="startmessage" bind:completemessage="completemessage" />\n')
    [use] = doctor_json(page_project(tmp_path, GOOD_JSON, wxml))["uses"]
    [cell] = use["cells"]
    assert (cell["plugid"], cell["style_type"]) == ("e5f6a7b8", "2")
    assert {(p["code"], p["attribute"]) for p in cell["problems"]} >= {("WC209", "plugid"), ("WC209", "styleType")}
