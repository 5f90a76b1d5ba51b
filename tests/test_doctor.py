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
    assert list(data) == ["project", "declarations", "broken_declarations", "uses", "lint"]
    assert data["broken_declarations"] == []
    assert data["project"] == {"root": str(example), "app_dir": "miniprogram",
                               "compile_type": "miniprogram", "typescript": False}
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
                   "startmessage": "startmessage", "completemessage": "completemessage"}],
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
    assert page["cells"] == [
        {"tag": "contact", "line": 2, "plugid": None, "style_type": "1",
         "startmessage": "onStart", "completemessage": None},
        {"tag": "contact", "line": 3, "plugid": "{{pid}}", "style_type": None,
         "startmessage": "onStart", "completemessage": "onDone"},
    ]
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


def test_broken_app_json_exits_2(tmp_path: Path) -> None:
    root = tmp_path / "p"
    make_project(root, '{"pages": [}\n')
    result = doctor(root)
    assert result.exit_code == 2 and "app.json" in result.stderr and "Traceback" not in result.stderr
