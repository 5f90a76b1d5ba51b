"""`wecontact init` through the CLI, on app.json files written in many styles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROVIDER, make_project, run_cli, snapshot

DECL = '{\n    "contactPlugin": {\n      "version": "1.3.0",\n      "provider": "wx104a1a20c3f81ec2"\n    }\n  }'

# (name, app.json before, app.json after `wecontact init`): every byte is spelled out.
STYLES = [
    (
        "2-space",
        '{\n  "pages": ["pages/index/index"]\n}\n',
        '{\n  "pages": ["pages/index/index"],\n  "plugins": ' + DECL + "\n}\n",
    ),
    (
        "4-space",
        '{\n    "pages": [\n        "pages/index/index"\n    ]\n}\n',
        '{\n    "pages": [\n        "pages/index/index"\n    ],\n    "plugins": {\n'
        '        "contactPlugin": {\n            "version": "1.3.0",\n'
        '            "provider": "wx104a1a20c3f81ec2"\n        }\n    }\n}\n',
    ),
    (
        "tabs",
        '{\n\t"pages": [\n\t\t"pages/index/index"\n\t]\n}\n',
        '{\n\t"pages": [\n\t\t"pages/index/index"\n\t],\n\t"plugins": {\n\t\t"contactPlugin": {\n'
        '\t\t\t"version": "1.3.0",\n\t\t\t"provider": "wx104a1a20c3f81ec2"\n\t\t}\n\t}\n}\n',
    ),
    (
        "crlf",
        '{\r\n  "pages": ["pages/index/index"]\r\n}\r\n',
        '{\r\n  "pages": ["pages/index/index"],\r\n  "plugins": '
        + DECL.replace("\n", "\r\n") + "\r\n}\r\n",
    ),
    (
        "bom-crlf",
        '\ufeff{\r\n  "pages": ["pages/index/index"]\r\n}\r\n',
        '\ufeff{\r\n  "pages": ["pages/index/index"],\r\n  "plugins": '
        + DECL.replace("\n", "\r\n") + "\r\n}\r\n",
    ),
    (
        "minified",
        '{"pages":["pages/index/index"],"window":{"navigationBarTitleText":"首页"}}',
        '{"pages":["pages/index/index"],"window":{"navigationBarTitleText":"首页"},'
        '"plugins":{"contactPlugin":{"version":"1.3.0","provider":"wx104a1a20c3f81ec2"}}}',
    ),
    (
        "one-line-with-spaces",
        '{"pages": ["pages/index/index"], "style": "v2"}\n',
        '{"pages": ["pages/index/index"], "style": "v2", "plugins": {"contactPlugin": '
        '{"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}}\n',
    ),
    (
        "no-final-newline",
        '{\n  "pages": ["pages/index/index"]\n}',
        '{\n  "pages": ["pages/index/index"],\n  "plugins": ' + DECL + "\n}",
    ),
    (
        "chinese-text",
        '{\n  "pages": ["pages/index/index"],\n  "window": {\n    "navigationBarTitleText": "优选小铺"\n  }\n}\n',
        '{\n  "pages": ["pages/index/index"],\n  "window": {\n    "navigationBarTitleText": "优选小铺"\n'
        '  },\n  "plugins": ' + DECL + "\n}\n",
    ),
    (
        "other-plugin-declared",
        '{\n  "pages": ["a/b"],\n  "plugins": {\n    "groupPlugin": {\n      "version": "1.0.2",\n'
        '      "provider": "wx4d2deeab3aed6e5a"\n    }\n  }\n}\n',
        '{\n  "pages": ["a/b"],\n  "plugins": {\n    "groupPlugin": {\n      "version": "1.0.2",\n'
        '      "provider": "wx4d2deeab3aed6e5a"\n    },\n    "contactPlugin": {\n'
        '      "version": "1.3.0",\n      "provider": "wx104a1a20c3f81ec2"\n    }\n  }\n}\n',
    ),
    (
        "empty-plugins",
        '{\n  "pages": ["a/b"],\n  "plugins": {}\n}\n',
        '{\n  "pages": ["a/b"],\n  "plugins": ' + DECL + "\n}\n",
    ),
    (
        "empty-document",
        "{}\n",
        '{\n  "plugins": ' + DECL + "\n}\n",
    ),
]


@pytest.mark.parametrize("before, after", [s[1:] for s in STYLES], ids=[s[0] for s in STYLES])
def test_init_adopts_the_file_style(tmp_path: Path, before: str, after: str) -> None:
    app_json = make_project(tmp_path, before)
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert app_json.read_bytes() == after.encode("utf-8")
    assert "declared plugin 'contactPlugin'" in result.stdout
    assert json.loads(after.lstrip("\ufeff"))["plugins"]["contactPlugin"]["provider"] == PROVIDER

    again = run_cli("init", tmp_path)
    assert again.exit_code == 0
    assert app_json.read_bytes() == after.encode("utf-8")
    assert "already declared" in again.stdout and "nothing to change" in again.stdout


SUBPACKAGES = {
    "pages": ["pages/index/index"],
    "subPackages": [
        {"root": "pkgA", "pages": ["pages/help/index"]},
        {"root": "pkgB/", "pages": ["pages/x/index"], "independent": True},
    ],
}


def test_init_in_a_subpackage(tmp_path: Path) -> None:
    app_json = make_project(tmp_path, SUBPACKAGES)
    result = run_cli("init", tmp_path, "--subpackage", "./pkgA/")
    assert result.exit_code == 0, result.stderr
    data = json.loads(app_json.read_text(encoding="utf-8"))
    assert "plugins" not in data
    assert data["subPackages"][0] == {
        "root": "pkgA",
        "pages": ["pages/help/index"],
        "plugins": {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}},
    }
    assert "subpackage 'pkgA'" in result.stdout
    assert '      "plugins": {\n        "contactPlugin": {\n          "version"' in app_json.read_text()
    before = app_json.read_bytes()
    assert run_cli("init", tmp_path, "--subpackage", "pkgA").exit_code == 0
    assert app_json.read_bytes() == before


def test_init_in_a_one_line_subpackage_entry_keeps_it_on_one_line(tmp_path: Path) -> None:
    text = '{\n  "pages": ["a/b"],\n  "subpackages": [\n    {"root": "pkgA", "pages": ["c/d"]}\n  ]\n}\n'
    app_json = make_project(tmp_path, text)
    assert run_cli("init", tmp_path, "--subpackage", "pkgA").exit_code == 0
    assert app_json.read_text() == (
        '{\n  "pages": ["a/b"],\n  "subpackages": [\n    {"root": "pkgA", "pages": ["c/d"], '
        '"plugins": {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}}\n  ]\n}\n'
    )


def test_init_on_the_bundled_example(example: Path) -> None:
    result = run_cli("init", example / "miniprogram" / "pages" / "index")
    assert result.exit_code == 0, result.stderr
    app = json.loads((example / "miniprogram" / "app.json").read_text(encoding="utf-8"))
    assert app["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}


@pytest.mark.parametrize("flag", ["--alias", "--version"])
def test_options_are_honoured(tmp_path: Path, flag: str) -> None:
    app_json = make_project(tmp_path, {"pages": ["a/b"]})
    value = {"--alias": "wecomContact", "--version": "1.4.3"}[flag]
    assert run_cli("init", tmp_path, flag, value).exit_code == 0
    plugins = json.loads(app_json.read_text())["plugins"]
    alias = value if flag == "--alias" else "contactPlugin"
    version = value if flag == "--version" else "1.3.0"
    assert plugins == {alias: {"version": version, "provider": PROVIDER}}


@pytest.mark.parametrize("version", ["1.3.0", "0.0.1", "999.999.999", "latest", "dev-" + "0a" * 16])
def test_valid_versions(tmp_path: Path, version: str) -> None:
    app_json = make_project(tmp_path, {"pages": ["a/b"]})
    assert run_cli("init", tmp_path, "--version", version).exit_code == 0
    assert json.loads(app_json.read_text())["plugins"]["contactPlugin"]["version"] == version


def test_an_old_version_is_declared_with_a_warning(tmp_path: Path) -> None:
    make_project(tmp_path, {"pages": ["a/b"]})
    result = run_cli("init", tmp_path, "--version", "1.2.9")
    assert result.exit_code == 0
    assert "older than the guide's 1.3.0" in result.stderr


def test_dev_is_only_for_plugin_projects(tmp_path: Path) -> None:
    app_json = make_project(tmp_path / "mp", {"pages": ["a/b"]})
    result = run_cli("init", tmp_path / "mp", "--version", "dev")
    assert result.exit_code == 2 and "only valid in a plugin project" in result.stderr
    plugin_app = make_project(tmp_path / "pl", {"pages": ["a/b"]},
                              config={"miniprogramRoot": "miniprogram/", "compileType": "plugin"})
    assert run_cli("init", tmp_path / "pl", "--version", "dev").exit_code == 0
    assert json.loads(plugin_app.read_text())["plugins"]["contactPlugin"]["version"] == "dev"
    assert "plugins" not in json.loads(app_json.read_text())


def test_existing_declaration_under_another_alias_is_reported_not_duplicated(tmp_path: Path) -> None:
    app = {"pages": ["a/b"], "plugins": {"wecom": {"version": "1.3.0", "provider": PROVIDER}}}
    app_json = make_project(tmp_path, app)
    before = app_json.read_bytes()
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0
    assert "plugin 'wecom'" in result.stdout and "already declared" in result.stdout
    assert app_json.read_bytes() == before


def test_other_version_changes_only_when_asked(tmp_path: Path) -> None:
    app = {"pages": ["a/b"], "plugins": {"contactPlugin": {"version": "1.4.3", "provider": PROVIDER}}}
    app_json = make_project(tmp_path, app)
    before = app_json.read_bytes()
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0 and app_json.read_bytes() == before
    assert "--version 1.3.0" in result.stderr

    updated = run_cli("init", tmp_path, "--version", "1.4.7")
    assert updated.exit_code == 0 and "updated plugin 'contactPlugin'" in updated.stdout
    assert app_json.read_bytes() == before.replace(b'"1.4.3"', b'"1.4.7"')
    assert run_cli("init", tmp_path, "--version", "1.4.7").exit_code == 0
    assert app_json.read_bytes() == before.replace(b'"1.4.3"', b'"1.4.7"')


def test_dry_run_writes_nothing_and_shows_the_diff(tmp_path: Path) -> None:
    make_project(tmp_path, {"pages": ["a/b"]})
    before = snapshot(tmp_path)
    result = run_cli("init", tmp_path, "--dry-run")
    assert result.exit_code == 0
    assert snapshot(tmp_path) == before
    assert "dry run: nothing written" in result.stdout
    assert "--- a/miniprogram/app.json\n+++ b/miniprogram/app.json\n" in result.stdout
    assert '+  "plugins": {\n' in result.stdout


def test_diff_prints_a_patch_that_applies(tmp_path: Path) -> None:
    app_json = make_project(tmp_path / "p", {"pages": ["a/b"], "window": {"title": "首页"}})
    before = snapshot(tmp_path)
    result = run_cli("init", tmp_path / "p", "--diff")
    assert result.exit_code == 0 and snapshot(tmp_path) == before
    assert result.stdout.startswith("--- a/miniprogram/app.json\n")
    patch = subprocess.run(["patch", "-p1"], cwd=tmp_path / "p", input=result.stdout.encode(),
                           capture_output=True)
    assert patch.returncode == 0, patch.stderr
    patched = app_json.read_bytes()
    app_json.write_bytes(before["p/miniprogram/app.json"])
    assert run_cli("init", tmp_path / "p").exit_code == 0
    assert app_json.read_bytes() == patched


# --- refusals: exit 2, a located message, nothing written ---------------------------------

OTHER_CONTACT = {"version": "2.1.0", "provider": "wx5917c8c26f85c588"}
REFUSALS = [
    ("alias-taken", {"pages": ["a/b"], "plugins": {"contactPlugin": OTHER_CONTACT}}, [],
     "the alias 'contactPlugin' is already used in the main package by wx5917c8c26f85c588", "app.json:6:5: "),
    ("alias-taken-in-subpackage",
     {"pages": ["a/b"], "subpackages": [{"root": "s", "pages": ["x"], "plugins": {"contactPlugin": OTHER_CONTACT}}]},
     [], "already used in subpackage 's'", "app.json:12:9: "),
    ("main-then-subpackage",
     {"pages": ["a/b"], "plugins": {"cp": {"version": "1.3.0", "provider": PROVIDER}},
      "subpackages": [{"root": "s", "pages": ["x"]}]},
     ["--subpackage", "s"], "already declared in the main package as 'cp'", "provider 相同"),
    ("subpackage-then-main",
     {"pages": ["a/b"], "subpackages": [{"root": "s", "pages": ["x"],
                                         "plugins": {"cp": {"version": "1.3.0", "provider": PROVIDER}}}]},
     [], "already declared in subpackage 's'", "--subpackage s"),
    ("two-subpackages",
     {"pages": ["a/b"], "subpackages": [
         {"root": "s", "pages": ["x"], "plugins": {"cp": {"version": "1.3.0", "provider": PROVIDER}}},
         {"root": "t", "pages": ["y"]}]},
     ["--subpackage", "t"], "already declared in subpackage 's'", "usable only inside it"),
    ("declared-twice-already",
     {"pages": ["a/b"], "plugins": {"cp": {"version": "1.3.0", "provider": PROVIDER}},
      "subpackages": [{"root": "s", "pages": ["x"], "plugins": {"cq": {"version": "1.3.0", "provider": PROVIDER}}}]},
     [], "declared more than once", "app.json:6:5), subpackage 's' (miniprogram/app.json:18:9)"),
    ("independent-subpackage", SUBPACKAGES, ["--subpackage", "pkgB"],
     "independent subpackages cannot use plugins", "app.json:17:22: "),
    ("unknown-subpackage", SUBPACKAGES, ["--subpackage", "nope"],
     "no subpackage with root 'nope' (subpackages: pkgA, pkgB)", "app.json:1:1"),
    ("bad-version", {"pages": ["a/b"]}, ["--version", "1.3"], "'1.3' is not a plugin version", "N.N.N"),
    ("bad-version-v", {"pages": ["a/b"]}, ["--version", "v1.3.0"], "is not a plugin version", "latest"),
    ("bad-version-part", {"pages": ["a/b"]}, ["--version", "1.3.1000"], "is not a plugin version", "1.3.0"),
    ("bad-alias", {"pages": ["a/b"]}, ["--alias", "contact/plugin"], "not a usable plugin alias", "contactPlugin"),
    ("plugins-not-object", {"pages": ["a/b"], "plugins": ["x"]}, [], '"plugins" must be an object', "app.json:5:14: "),
]


@pytest.mark.parametrize("app, args, message, detail", [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_refusals_exit_2_and_write_nothing(tmp_path: Path, app: dict, args: list[str], message: str, detail: str) -> None:
    make_project(tmp_path, app)
    before = snapshot(tmp_path)
    result = run_cli("init", tmp_path, *args)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr
    assert detail in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert snapshot(tmp_path) == before


# --- bad input ----------------------------------------------------------------------------

BAD_APP_JSON = [
    ("malformed", b'{\n  "pages": ["a/b"]\n  "window": {}\n}\n',
     "miniprogram/app.json:3:3: error: expected ',' or '}' after an object member"),
    ("comment", b'{\n  // the pages\n  "pages": ["a/b"]\n}\n',
     "miniprogram/app.json:2:3: error: comments are not allowed in JSON"),
    ("trailing-comma", b'{\n  "pages": ["a/b"],\n}\n',
     "miniprogram/app.json:2:19: error: trailing comma before '}'"),
    ("not-utf8", '{\n  "window": {"title": "首页"}\n}\n'.encode("gbk"),
     "miniprogram/app.json:2:24: error: the file is not valid UTF-8 (byte 0xca)"),
    ("utf16", '{"pages": []}'.encode("utf-16"), "miniprogram/app.json:1:1: error: the file is encoded as UTF-16"),
    ("array", b'[\n  "pages/index/index"\n]\n',
     "miniprogram/app.json:1:1: error: app.json must contain a JSON object {...}, but it holds an array"),
    ("empty", b"", "miniprogram/app.json:1:1: error: the file is empty"),
]


@pytest.mark.parametrize("content, expected", [b[1:] for b in BAD_APP_JSON], ids=[b[0] for b in BAD_APP_JSON])
def test_bad_app_json_is_one_clear_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 content: bytes, expected: str) -> None:
    make_project(tmp_path, content)
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    result = run_cli("init")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == expected or result.stderr.startswith(expected), result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert snapshot(tmp_path) == before


def test_no_project_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("init")
    assert result.exit_code == 2
    assert "error: no mini-program project found here or in any parent folder" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_path(tmp_path: Path) -> None:
    result = run_cli("init", tmp_path / "nowhere")
    assert result.exit_code == 2 and "the path does not exist" in result.stderr


def test_miniprogram_root_without_app_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "project.config.json").write_text('{\n  "miniprogramRoot": "src/"\n}\n')
    monkeypatch.chdir(tmp_path)
    result = run_cli("init")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "project.config.json:2:22: error: miniprogramRoot is 'src/', but src/app.json does not exist")


def test_malformed_project_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "project.config.json").write_text("{\n  'miniprogramRoot': 'src/'\n}\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("init")
    assert result.exit_code == 2
    assert result.stderr.startswith("project.config.json:2:3: error: property names must use double quotes")


def test_a_failed_write_leaves_the_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app_json = make_project(tmp_path, {"pages": ["a/b"]})
    before = snapshot(tmp_path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device", str(dst))

    monkeypatch.setattr(os, "replace", broken_replace)
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2
    assert "could not write the change: No space left on device; no file was modified" in result.stderr
    assert snapshot(tmp_path) == before
    assert not list(app_json.parent.glob("*.wecontact-tmp"))


def test_a_concurrent_edit_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If app.json changes between planning and writing, nothing is written."""
    from wecontact_cli import edits

    app_json = make_project(tmp_path, {"pages": ["a/b"]})
    original_apply = edits.Changeset.apply

    def edit_then_apply(self: edits.Changeset) -> None:
        app_json.write_text('{"pages": ["x/y"]}')
        original_apply(self)

    monkeypatch.setattr(edits.Changeset, "apply", edit_then_apply)
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2 and "changed on disk" in result.stderr
    assert app_json.read_text() == '{"pages": ["x/y"]}'


def test_internal_errors_are_reported_without_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wecontact_cli.frameworks.native import init as scaffold

    make_project(tmp_path, {"pages": ["a/b"]})
    monkeypatch.setattr(scaffold, "plan_init", lambda *a, **k: 1 / 0)
    result = run_cli("init", tmp_path)
    assert result.exit_code == 2
    assert "internal error: ZeroDivisionError" in result.stderr and "WECONTACT_DEBUG" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    result = run_cli("init", "--no-such-option")
    assert result.exit_code == 2


def test_console_script_and_module_entry_points(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("wecontact")
    for command in ([str(exe)], [sys.executable, "-m", "wecontact_cli"]):
        version = subprocess.run([*command, "--version"], capture_output=True, text=True)
        assert version.returncode == 0 and version.stdout.startswith("wecontact 0."), version.stderr
    make_project(tmp_path, b"[1, 2]")
    bad = subprocess.run([sys.executable, "-m", "wecontact_cli", "init", str(tmp_path)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1 and "must contain a JSON object" in bad.stderr


@pytest.mark.parametrize("env, args, coloured", [
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "1"}, ["--no-color"], False),
    ({}, [], False),
])
def test_colour_only_where_wanted(tmp_path: Path, env: dict[str, str], args: list[str], coloured: bool) -> None:
    make_project(tmp_path, {"pages": ["a/b"]})
    result = run_cli("init", tmp_path, "--dry-run", *args, env={"NO_COLOR": "", "FORCE_COLOR": "", **env})
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is coloured
    assert "plugins" in result.stdout and "would declare plugin 'contactPlugin'" in result.stdout
