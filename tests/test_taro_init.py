"""``wecontact init`` on Taro projects: the declaration in the app config's literal object, in
the file's own style, never twice, refused with the line to add where the config is computed;
the JSX declaration of the tag for TypeScript React; the note for Vue 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import run_cli, snapshot
from test_taro_project import DECLARE, PROVIDER, lint, load, taro
from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG
from wecontact_cli.syntax.jsconfig import read_config

UNDECLARED = "export default defineAppConfig({\n  pages: ['pages/index/index'],\n})\n"


def init(root: Path, *args: str) -> tuple[int, str, str]:
    """Run init; its output with paths as seen from the project folder."""
    result = run_cli("init", root, *args)
    shown = str(root) + "/"
    return result.exit_code, result.stdout.replace(shown, ""), result.stderr.replace(shown, "")


def app_text(root: Path) -> str:
    return (root / APP_CONFIG).read_bytes().decode("utf-8")


def declared(root: Path) -> object:
    return read_config(app_text(root), "app.config.ts").root.to_python()  # type: ignore[union-attr]


@pytest.mark.parametrize("before, after", [
    (UNDECLARED, "export default defineAppConfig({\n  pages: ['pages/index/index'],\n  plugins: {\n"
                 "    contactPlugin: {\n      version: '1.3.0',\n      provider: 'wx104a1a20c3f81ec2',\n    },\n  },\n})\n"),
    ('export default {\r\n    "pages": ["pages/index/index"]\r\n};\r\n',
     'export default {\r\n    "pages": ["pages/index/index"],\r\n    "plugins": {\r\n        "contactPlugin": {\r\n'
     '            "version": "1.3.0",\r\n            "provider": "wx104a1a20c3f81ec2"\r\n        }\r\n    }\r\n};\r\n'),
    ("const config = { pages: ['pages/index/index'], plugins: {} }\n\nexport default config\n",
     "const config = { pages: ['pages/index/index'], plugins: { contactPlugin: { version: '1.3.0', provider: "
     "'wx104a1a20c3f81ec2' } } }\n\nexport default config\n"),
])
def test_declares_in_the_files_own_style(tmp_path: Path, before: str, after: str) -> None:
    root = taro(tmp_path, {APP_CONFIG: before})
    code, out, _ = init(root)
    assert code == 0 and out.startswith("src/app.config.ts: declared plugin 'contactPlugin'")
    assert app_text(root) == after
    again = snapshot(root)
    assert init(root)[0] == 0 and snapshot(root) == again  # a second run changes nothing


def test_declares_in_a_subpackage(tmp_path: Path) -> None:
    app = ("export default {\n  pages: ['pages/index/index'],\n  subpackages: [\n    { root: 'pkgA/', pages: ['x/index'] },\n"
           "  ],\n}\n")
    root = taro(tmp_path, {APP_CONFIG: app})
    assert init(root, "--subpackage", "./pkgA")[0] == 0
    assert declared(root)["subpackages"][0]["plugins"] == {  # type: ignore[index]
        "contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
    assert [d.scope for d in load(root).declarations] == ["pkgA"]


@pytest.mark.parametrize("subpackage, message", [
    ("nope", "src/app.config.ts has no subpackage with root 'nope' (subpackages: pkgA, pkgB)"),
    ("pkgB", "subpackage 'pkgB' is independent"),
])
def test_subpackage_refusals(tmp_path: Path, subpackage: str, message: str) -> None:
    app = ("export default { pages: [], subPackages: [{ root: 'pkgA', pages: [] }, "
           "{ root: 'pkgB', pages: [], independent: true }] }\n")
    root = taro(tmp_path, {APP_CONFIG: app})
    before = snapshot(root)
    code, _, err = init(root, "--subpackage", subpackage)
    assert code == 2 and message in err and "Traceback" not in err and snapshot(root) == before


def test_refuses_a_second_declaration_of_the_provider_anywhere(tmp_path: Path) -> None:
    app = ("export default { pages: [], subPackages: [{ root: 'pkgA', pages: [], plugins: { wecom: "
           + DECLARE + " } }] }\n")
    root = taro(tmp_path, {APP_CONFIG: app})
    before = snapshot(root)
    code, _, err = init(root)
    assert code == 2 and "already declared in subpackage 'pkgA' as 'wecom'" in err and snapshot(root) == before
    assert init(root, "--subpackage", "pkgA")[0] == 0 and snapshot(root) == before  # there already: unchanged


def test_updates_the_version_in_place(tmp_path: Path) -> None:
    root = taro(tmp_path, {APP_CONFIG: APP_CONFIG and "export default { pages: [], plugins: { contactPlugin: "
                                                     "{ version: \"1.0.0\", provider: 'wx104a1a20c3f81ec2' } } }\n"})
    assert init(root, "--version", "1.3.0")[0] == 0
    assert app_text(root) == ("export default { pages: [], plugins: { contactPlugin: { version: \"1.3.0\", "
                              "provider: 'wx104a1a20c3f81ec2' } } }\n")


@pytest.mark.parametrize("app, where, line", [
    ("import common from './common'\nexport default { ...common, pages: [] }\n", "src/app.config.ts:2:18",
     "plugins: { contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' } }"),
    ("export default { pages: [], plugins: process.env.TARO_ENV === 'weapp' ? {} : {} }\n",
     "src/app.config.ts:1:38", "plugins: { contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' } }"),
    ("export default makeConfig()\n", "src/app.config.ts:1:16",
     "plugins: { contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' } }"),
])
def test_refuses_what_cannot_be_read_with_the_line_to_add(tmp_path: Path, app: str, where: str, line: str) -> None:
    root = taro(tmp_path, {APP_CONFIG: app})
    before = snapshot(root)
    code, _, err = init(root)
    assert code == 2 and snapshot(root) == before and "Traceback" not in err
    first, hint = err.splitlines()
    assert first.startswith(where + ": error: the app config's plugins cannot be read statically")
    assert hint == f"  hint: declare it by hand where the build will see it: {line}"


def test_a_literal_path_through_a_computed_value_is_refused_with_the_line(tmp_path: Path) -> None:
    app = "export default { pages: [], subPackages: [{ root: 'pkgA', pages: [] }, ...more] }\n"
    root = taro(tmp_path, {APP_CONFIG: app})
    code, _, err = init(root, "--subpackage", "pkgA")
    assert code == 2 and "cannot be read statically" in err


def test_a_broken_app_config_is_a_located_error(tmp_path: Path) -> None:
    root = taro(tmp_path, {APP_CONFIG: "export default {\n  pages: [,\n"})
    code, _, err = init(root)
    assert code == 2 and err.startswith("src/app.config.ts:3:1: error: this file does not parse as TypeScript")


# -- the JSX declaration ----------------------------------------------------------------------


GLOBAL = '/// <reference types="@tarojs/taro" />\n\ndeclare module \'*.png\'\n'


@pytest.mark.parametrize("files, path, expected", [
    ({"types/global.d.ts": GLOBAL}, "types/global.d.ts",
     GLOBAL + "\ndeclare namespace JSX {\n  interface IntrinsicElements {\n    cell: any\n  }\n}\n"),
    ({"types/global.d.ts": "export {}\n\ndeclare global {\n    interface Window { x: 1 }\n}\n"}, "types/global.d.ts",
     "export {}\n\ndeclare global {\n    interface Window { x: 1 }\n}\n\ndeclare global {\n    namespace JSX {\n"
     "        interface IntrinsicElements {\n            cell: any\n        }\n    }\n}\n"),
    ({"types/global.d.ts": "declare namespace JSX {\n  interface IntrinsicElements {\n    'wecom-x': any\n  }\n}\n"},
     "types/global.d.ts",
     "declare namespace JSX {\n  interface IntrinsicElements {\n    'wecom-x': any\n    cell: any\n  }\n}\n"),
    ({"types/global.d.ts": "<absent>"}, "types/wecontact.d.ts",
     "// The contact plugin's element for TypeScript (written by wecontact init).\nexport {}\n\ndeclare global {\n"
     "  namespace JSX {\n    interface IntrinsicElements {\n      cell: any\n    }\n  }\n}\n"),
    ({"types/global.d.ts": GLOBAL, "package.json": '{"dependencies": {"@tarojs/taro": "4.0.9", "react": "^19.0.0"}}'},
     "types/wecontact.d.ts",
     "// The contact plugin's element for TypeScript (written by wecontact init).\nexport {}\n\n"
     "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n      cell: any\n    }\n  }\n}\n"),
])
def test_the_jsx_declaration_goes_where_typescript_reads_it(tmp_path: Path, files: dict[str, str], path: str,
                                                             expected: str) -> None:
    root = taro(tmp_path, {APP_CONFIG: UNDECLARED, **files})
    assert init(root)[0] == 0
    assert (root / path).read_text(encoding="utf-8") == expected
    assert [d["code"] for d in lint(root, "--select", "TR111")] == []
    again = snapshot(root)
    assert init(root)[0] == 0 and snapshot(root) == again


def test_an_already_declared_project_gets_only_the_jsx_declaration(tmp_path: Path) -> None:
    root = taro(tmp_path, {"types/global.d.ts": GLOBAL})
    app = app_text(root)
    code, out, _ = init(root)
    assert code == 0 and app_text(root) == app and "cell: any" in (root / "types/global.d.ts").read_text("utf-8")
    assert out.splitlines()[:2] == [
        "src/app.config.ts: plugin 'contactPlugin' (wx104a1a20c3f81ec2, version 1.3.0) is already declared in the "
        "main package", "types/global.d.ts: wrote JSX.IntrinsicElements declaring cell"]


def test_a_dry_run_says_the_jsx_declaration_it_would_write(tmp_path: Path) -> None:
    root = taro(tmp_path, {"types/global.d.ts": GLOBAL})
    before = snapshot(root)
    code, out, _ = init(root, "--dry-run")
    assert code == 0 and snapshot(root) == before
    assert "types/global.d.ts: would write JSX.IntrinsicElements declaring cell (dry run: nothing written)" in out
    assert "+    cell: any" in out


def test_a_javascript_or_vue_project_gets_no_typescript(tmp_path: Path) -> None:
    root = taro(tmp_path, {APP_CONFIG: UNDECLARED, "tsconfig.json": "<absent>", "types/global.d.ts": "<absent>"})
    assert init(root)[0] == 0 and not (root / "types").exists()


def test_a_vue_project_is_told_how_to_silence_vues_warning(tmp_path: Path) -> None:
    root = taro(tmp_path, {APP_CONFIG: UNDECLARED, "config/index.ts": "export default { framework: 'vue3' }\n"})
    code, out, err = init(root)
    assert code == 0 and 'Vue warns "Failed to resolve component: cell"' in err
    assert "isCustomElement: (tag) => tag === 'cell'" in err and "config/index.ts" in err
    (root / "config/index.ts").write_text("export default { framework: 'vue3', plugins: [['@tarojs/plugin-"
                                          "framework-vue3', { mini: { compilerOptions: { isCustomElement: "
                                          "(t) => t === 'cell' } } }]] }\n", encoding="utf-8")
    assert "Failed to resolve" not in init(root)[2]


def test_wc101_fixes_a_taro_project_by_declaring_in_the_app_config(tmp_path: Path) -> None:
    root = taro(tmp_path, {APP_CONFIG: UNDECLARED})
    assert [d["code"] for d in lint(root, "--select", "WC101")] == ["WC101"]
    assert run_cli("lint", root, "--fix", "--select", "WC101").exit_code == 0
    assert declared(root)["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}  # type: ignore[index]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=st.sampled_from(["'", '"']), semi=st.booleans(), comma=st.booleans(),
       indent=st.sampled_from(["  ", "    ", "\t"]), crlf=st.booleans(), comment=st.booleans(),
       wrap=st.sampled_from(["defineAppConfig({})", "{}", "const", "module.exports"]))
def test_any_literal_app_config_gets_exactly_one_declaration_and_keeps_its_bytes(
        tmp_path_factory: pytest.TempPathFactory, quote: str, semi: bool, comma: bool, indent: str, crlf: bool,
        comment: bool, wrap: str) -> None:
    q, nl, end = quote, "\r\n" if crlf else "\n", ";" if semi else ""
    body = (f"{{{nl}{indent}pages: [{q}pages/index/index{q}]{',' if comma else ''}"
            f"{' // the home page' if comment else ''}{nl}}}")
    text = {"defineAppConfig({})": f"export default defineAppConfig({body}){end}{nl}",
            "{}": f"export default {body}{end}{nl}", "const": f"const config = {body}{end}{nl}export default config{end}{nl}",
            "module.exports": f"module.exports = {body}{end}{nl}"}[wrap]
    root = taro(tmp_path_factory.mktemp("p"), {APP_CONFIG: text})
    assert init(root)[0] == 0
    after = app_text(root)
    assert after.startswith(text.split("]")[0] + "]") and after.count("wx104a1a20c3f81ec2") == 1
    assert ("\r\n" in after) == crlf and after.replace("\r\n", "\n").count("\n") == after.count("\n")
    assert declared(root)["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}  # type: ignore[index]
    assert (comment and "// the home page" in after) or not comment


def test_a_preact_project_gets_no_react_typing(tmp_path: Path) -> None:
    """Preact's JSX types are not React's: wecontact writes and reports nothing it cannot prove there."""
    root = taro(tmp_path, {APP_CONFIG: UNDECLARED, "types/global.d.ts": "<absent>",
                           "config/index.ts": "export default { framework: 'preact' }\n"})
    assert init(root)[0] == 0 and not (root / "types").exists()
    assert lint(root, "--select", "TR111") == []
