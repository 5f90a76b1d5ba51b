"""Hostile and odd inputs through the CLI: a clear one-line error (exit 2) or handled behaviour,
never a traceback or "internal error"; and JSON read the way WeChat's JSON.parse reads it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import PROVIDER, make_project, run_cli, snapshot
from test_rule_cases import build

OPEN_DATA = "wx5917c8c26f85c588"
HUGE = "1" * 5000  # past Python's 4,300-digit int-from-string limit
INTERNAL = "internal error"


def lint_json(root: Path, *args: str) -> list[dict[str, Any]]:
    result = run_cli("lint", root, "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def codes(diagnostics: list[dict[str, Any]]) -> list[tuple[str, str, int, int]]:
    return sorted((d["code"], d["filename"].split("/")[-1], d["location"]["row"], d["location"]["column"])
                  for d in diagnostics)


def app_json(root: Path) -> Path:
    return root / "miniprogram" / "app.json"


def page(root: Path, ext: str = "json") -> Path:
    return root / "miniprogram" / "pages" / "index" / f"index.{ext}"


# -- 1. integers past Python's int limit ----------------------------------------------------


def test_a_huge_integer_in_app_json_is_read_as_json_parse_reads_it(tmp_path: Path) -> None:
    build(tmp_path, {"miniprogram/app.json": '{"pages": ["pages/index/index"], "x": %s, "plugins": '
                                             '{"contactPlugin": {"version": "1.3.0", "provider": "%s"}}}'
                                             % (HUGE, PROVIDER)})
    assert lint_json(tmp_path) == []
    init = run_cli("init", tmp_path)
    assert init.exit_code == 0 and "already declared" in init.stdout, init.stderr
    doctor = run_cli("doctor", tmp_path, "-f", "json")
    assert doctor.exit_code == 0, doctor.stderr
    assert [d["alias"] for d in json.loads(doctor.stdout)["declarations"]] == ["contactPlugin"]
    assert run_cli("doctor", tmp_path).exit_code == 0


def test_init_declares_beside_a_huge_integer(tmp_path: Path) -> None:
    make_project(tmp_path, '{"pages": [], "big": -%s}\n' % HUGE)
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0, result.stderr
    text = app_json(tmp_path).read_text(encoding="utf-8")
    assert text.startswith('{"pages": [], "big": -%s, "plugins"' % HUGE)


@pytest.mark.parametrize("page_json", [
    '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}, "n": %s}' % HUGE,  # spans needed
    '{"navigationBarTitleText": "a", "n": [%s, 1.%se5]}' % (HUGE, HUGE),  # the fast path's json.loads
])
def test_a_huge_integer_in_a_page_json_is_no_error(tmp_path: Path, page_json: str) -> None:
    build(tmp_path, {"miniprogram/pages/index/index.json": page_json})
    assert lint_json(tmp_path, "--ignore", "WC110") == []


def test_a_huge_integer_in_the_configuration_is_a_located_error(tmp_path: Path) -> None:
    build(tmp_path, {"wecontact.config.json": '{\n  "plugids": {"a1b2c3d4": {"styleType": %s}}\n}\n' % HUGE})
    result = run_cli("lint", tmp_path, "-f", "json")
    assert result.exit_code == 2 and INTERNAL not in result.stderr
    assert result.stderr.endswith("wecontact.config.json:2:41: error: styleType must be 1, 2 or 3\n"), result.stderr


# -- 2. a lone surrogate in an alias or a version --------------------------------------------


SURROGATE_APP = ('{\n  "pages": ["pages/index/index"],\n  "plugins": {\n'
                 '    "a\\ud800": {"version": "1.3\\udfff", "provider": "%s"}\n  }\n}\n' % PROVIDER)
SURROGATE_PAGE = '{"usingComponents": {"cell": "plugin://a\\ud800/cell"}}\n'


@pytest.fixture
def surrogates(tmp_path: Path) -> Path:
    build(tmp_path, {"miniprogram/app.json": SURROGATE_APP, "miniprogram/pages/index/index.json": SURROGATE_PAGE})
    return tmp_path


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "github", "sarif", "junit"])
def test_lint_reports_a_lone_surrogate_in_every_format(surrogates: Path, fmt: str) -> None:
    result = run_cli("lint", surrogates, "-f", fmt, "--no-color")
    assert result.exit_code == 1, result.stderr
    escaped = "1.3\\\\udfff" if fmt in ("json", "sarif") else "1.3\\udfff"  # JSON doubles the backslash
    assert escaped in result.stdout  # the value as the file writes it
    result.stdout.encode("utf-8")


def test_lint_json_keeps_the_lone_surrogate_as_a_json_escape(surrogates: Path) -> None:
    [diagnostic] = lint_json(surrogates)
    assert diagnostic["code"] == "WC102" and "'1.3\\udfff' is not a plugin version" in diagnostic["message"]


def test_lint_fix_writes_a_lone_surrogate_alias_as_its_escape(surrogates: Path) -> None:
    page(surrogates).write_text('{"usingComponents": {"cell": "plugin://%s/cell"}}\n' % PROVIDER, encoding="utf-8")
    [wc108] = [d for d in lint_json(surrogates) if d["code"] == "WC108"]
    assert wc108["fix"]["edits"][0]["content"] == '"plugin://a\\ud800/cell"'
    assert run_cli("lint", surrogates, "--fix", "-f", "json").exit_code == 1
    assert page(surrogates).read_bytes() == b'{"usingComponents": {"cell": "plugin://a\\ud800/cell"}}\n'


@pytest.mark.parametrize("args", [[], ["--dry-run"], ["--diff"], ["--lang", "zh"]])
def test_init_with_a_lone_surrogate_alias_and_version(surrogates: Path, args: list[str]) -> None:
    before = snapshot(surrogates)
    result = run_cli("init", surrogates, *args)
    assert result.exit_code == 0, result.stderr
    assert INTERNAL not in result.stderr and "1.3\\udfff" in result.stderr  # the invalid-version warning
    if "--diff" not in args:
        assert "a\\ud800" in result.stdout
    assert snapshot(surrogates) == before


def test_init_updates_a_lone_surrogate_version(surrogates: Path) -> None:
    result = run_cli("init", surrogates, "--version", "1.3.0")
    assert result.exit_code == 0, result.stderr
    assert json.loads(app_json(surrogates).read_bytes())["plugins"] == {
        "a\ud800": {"version": "1.3.0", "provider": PROVIDER}}


def test_doctor_shows_a_lone_surrogate_in_text_and_json(surrogates: Path) -> None:
    text = run_cli("doctor", surrogates)
    assert text.exit_code == 0 and "a\\ud800 1.3\\udfff [invalid version]" in text.stdout, text.stderr
    result = run_cli("doctor", surrogates, "-f", "json")
    assert result.exit_code == 0, result.stderr
    [decl] = json.loads(result.stdout)["declarations"]
    assert (decl["alias"], decl["version"], decl["version_status"]) == ("a\ud800", "1.3\udfff", "invalid")


def test_add_page_wires_a_lone_surrogate_alias_as_json_parse_reads_it(surrogates: Path) -> None:
    page(surrogates).write_text("{}\n", encoding="utf-8")
    result = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", surrogates)
    assert result.exit_code == 0, result.stderr
    assert json.loads(page(surrogates).read_bytes()) == {"usingComponents": {"cell": "plugin://a\ud800/cell"}}
    created = run_cli("add-page", "pages/other/index", "--plugid", "a1b2c3d4", "-C", surrogates)
    assert created.exit_code == 0, created.stderr


# -- 3. a usingComponents value that is not a string -----------------------------------------


VALUES = ["1", "{}", "null", "[]"]


@pytest.mark.parametrize("value", VALUES)
def test_lint_reports_a_component_that_is_not_a_string(tmp_path: Path, value: str) -> None:
    build(tmp_path, {
        "miniprogram/app.json": ('{"pages": ["pages/index/index"], "usingComponents": {"x": %s}, "plugins": '
                                 '{"contactPlugin": {"version": "1.3.0", "provider": "%s"}}}\n' % (value, PROVIDER)),
        "miniprogram/pages/index/index.json": '{"usingComponents": {"cell": %s}}\n' % value,
    })
    found = lint_json(tmp_path, "--select", "WC0")
    assert codes(found) == [("WC001", "app.json", 1, 59), ("WC001", "index.json", 1, 30)]
    assert all(" not a string: WeChat expects a component path" in d["message"] for d in found)
    doctor = run_cli("doctor", tmp_path, "-f", "json")
    assert doctor.exit_code == 0, doctor.stderr
    assert json.loads(doctor.stdout)["lint"]["codes"]["WC001"]["count"] == 2
    assert run_cli("doctor", tmp_path).exit_code == 0


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("where", ["page", "app"])
def test_add_page_refuses_a_component_that_is_not_a_string(tmp_path: Path, value: str, where: str) -> None:
    build(tmp_path, {})
    target = page(tmp_path) if where == "page" else app_json(tmp_path)
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('"usingComponents": {', '"usingComponents": {\n    "bad": %s,' % value, 1)
                      if where == "page" else text.replace('"pages"', '"usingComponents": {"bad": %s},\n  "pages"'
                                                           % value, 1), encoding="utf-8")
    before = snapshot(tmp_path)
    result = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", tmp_path)
    assert result.exit_code == 2, result.stdout
    location = "index.json:3:12" if where == "page" else "app.json:2:30"
    assert f"{location}: error: usingComponents \"bad\" is " in result.stderr, result.stderr
    assert snapshot(tmp_path) == before


# -- 4. paths too long for the file system ----------------------------------------------------


LONG = "a" * 300


@pytest.mark.parametrize("args", [
    ["add-page", f"pages/{LONG}/index", "--plugid", "a1b2c3d4"],
    ["add-page", f"pages/x/{'b' * 240}", "--plugid", "a1b2c3d4"],
    ["add-page", "pages/" + "/".join(["abcdefgh"] * 600), "--plugid", "a1b2c3d4"],
])
def test_add_page_refuses_a_route_too_long_for_the_file_system(tmp_path: Path, args: list[str]) -> None:
    build(tmp_path, {})
    before = snapshot(tmp_path)
    result = run_cli(*args, "-C", tmp_path)
    assert result.exit_code == 2, result.stdout
    assert "error: the path is too long for the file system" in result.stderr and INTERNAL not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ["lint", "init", "doctor"])
@pytest.mark.parametrize("tail", [LONG, "/".join(["abcdefgh"] * 600)])
def test_a_path_too_long_for_the_file_system_is_a_clear_error(tmp_path: Path, command: str, tail: str) -> None:
    build(tmp_path, {})
    before = snapshot(tmp_path)
    result = run_cli(command, tmp_path / "miniprogram" / tail)
    assert result.exit_code == 2, result.stdout
    assert ": error: the path is too long for the file system" in result.stderr, result.stderr
    assert snapshot(tmp_path) == before


# -- 7. repeated keys: the last one, as WeChat's JSON.parse ----------------------------------


def declaration(provider: str) -> str:
    return '{"version": "1.3.0", "provider": "%s"}' % provider


def test_init_sees_the_plugin_wechat_sees_when_an_alias_is_repeated(tmp_path: Path) -> None:
    """The contact entry is shadowed by another plugin's: WeChat has no contact plugin."""
    make_project(tmp_path, '{\n  "plugins": {\n    "contactPlugin": %s,\n    "contactPlugin": %s\n  }\n}\n'
                 % (declaration(PROVIDER), declaration(OPEN_DATA)))
    before = snapshot(tmp_path)
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2, result.stdout
    assert "app.json:4:5: error: the alias 'contactPlugin' is already used in the main package by " \
           f"{OPEN_DATA}" in result.stderr
    assert "--alias wecomContact" in result.stderr
    assert snapshot(tmp_path) == before
    result = run_cli("init", tmp_path, "--alias", "wecomContact")
    assert result.exit_code == 0 and "declared plugin 'wecomContact'" in result.stdout, result.stderr
    assert json.loads(app_json(tmp_path).read_bytes())["plugins"]["wecomContact"]["provider"] == PROVIDER


def test_init_sees_a_declaration_that_shadows_another_plugin(tmp_path: Path) -> None:
    make_project(tmp_path, '{"plugins": {"contactPlugin": %s, "contactPlugin": %s}}\n'
                 % (declaration(OPEN_DATA), declaration(PROVIDER)))
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0 and "already declared" in result.stdout, result.stderr


def test_init_declares_in_the_plugins_object_wechat_reads(tmp_path: Path) -> None:
    make_project(tmp_path, '{\n  "plugins": {"x": %s},\n  "plugins": {}\n}\n' % declaration(PROVIDER))
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0 and "declared plugin 'contactPlugin'" in result.stdout, result.stderr
    assert json.loads(app_json(tmp_path).read_bytes())["plugins"] == {"contactPlugin": json.loads(declaration(PROVIDER))}
    assert run_cli("init", tmp_path).stdout.count("already declared") == 1


def test_lint_checks_only_the_usingcomponents_entry_wechat_reads(tmp_path: Path) -> None:
    build(tmp_path, {"miniprogram/pages/index/index.json":
                     '{"usingComponents": {\n  "cell": "plugin://nope/cell",\n  "cell": "plugin://contactPlugin/cell"\n}}\n'})
    found = lint_json(tmp_path)
    assert codes(found) == [("WC003", "index.json", 2, 3)]
    assert found[0]["message"] == 'duplicate key "cell": WeChat reads only the last one (line 3) and ignores this one'


def test_lint_checks_the_cell_when_the_contact_entry_is_last(tmp_path: Path) -> None:
    build(tmp_path, {
        "miniprogram/pages/index/index.json":
            '{"usingComponents": {"cell": "/components/cell/cell", "cell": "plugin://contactPlugin/cell"}}\n',
        "miniprogram/pages/index/index.wxml": "<cell />\n",
    })
    assert [d["code"] for d in lint_json(tmp_path)] == ["WC003", "WC201"]  # the cell is the contact cell


# -- 9. a plugins entry that is not an object ------------------------------------------------


BARE = '{\n  "pages": ["pages/index/index"],\n  "plugins": {\n    "contactPlugin": "1.3.0"\n  }\n}\n'


@pytest.mark.parametrize("args", [[], ["--dry-run"], ["--diff"], ["--alias", "wecomContact"]])
def test_init_explains_a_plugin_entry_that_is_not_an_object(tmp_path: Path, args: list[str]) -> None:
    make_project(tmp_path, BARE)
    before = snapshot(tmp_path)
    result = run_cli("init", tmp_path, *args)
    assert result.exit_code == 2, result.stdout
    assert "declared" not in result.stdout
    assert ("app.json:4:22: error: plugin 'contactPlugin' is a string, not an object with \"version\" and "
            "\"provider\": WeChat cannot load it; for the contact plugin write "
            f'{{"version": "1.3.0", "provider": "{PROVIDER}"}}') in result.stderr
    assert "hint: fix this entry by hand first" in result.stderr
    assert snapshot(tmp_path) == before


def test_init_explains_an_entry_without_provider(tmp_path: Path) -> None:
    make_project(tmp_path, '{"plugins": {"kefu": {"version": "1.3.0"}}}')
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2
    assert "app.json:1:22: error: plugin 'kefu' has no \"provider\" string" in result.stderr


def test_doctor_shows_a_broken_declaration_as_such(tmp_path: Path) -> None:
    make_project(tmp_path, BARE)
    text = run_cli("doctor", tmp_path).stdout
    assert "not declared" not in text
    assert "contactPlugin: a broken plugins entry (string, not an object) in the main package " \
           "(miniprogram/app.json:4)" in text
    assert f'fix: for the contact plugin write {{"version": "1.3.0", "provider": "{PROVIDER}"}}' in text
    assert "WC111 plugin-entry-invalid (error): 1" in text
    data = json.loads(run_cli("doctor", tmp_path, "-f", "json").stdout)
    assert data["declarations"] == []
    assert data["broken_declarations"] == [{"alias": "contactPlugin", "problem": "not_object", "type": "string",
                                            "scope": None, "file": "miniprogram/app.json", "line": 4}]


def test_add_page_does_not_declare_beside_a_broken_entry(tmp_path: Path) -> None:
    make_project(tmp_path, BARE)
    before = snapshot(tmp_path)
    result = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", tmp_path)
    assert result.exit_code == 2 and "app.json:4:22: error: plugin 'contactPlugin' is a string" in result.stderr
    assert snapshot(tmp_path) == before


def test_lint_offers_no_declaration_fix_beside_a_broken_entry(tmp_path: Path) -> None:
    build(tmp_path, {"miniprogram/app.json": BARE.replace("contactPlugin", "kefu")})
    found = lint_json(tmp_path, "--select", "WC1")
    assert sorted((d["code"], d["fix"] is None) for d in found) == [("WC101", True), ("WC111", True)]
