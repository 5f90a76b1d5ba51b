"""`wecontact add-page` through the CLI: existing pages, new pages, refusals, templates."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import PROVIDER, REPO, run_cli, snapshot
from test_rule_cases import build
from wecontact_cli.script import analyze_module

APP = "miniprogram"


def add(root: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli("add-page", *args, "--project", root)


def lint_clean(root: Path) -> None:
    result = run_cli("lint", root, "-f", "concise")
    assert result.exit_code == 0 and result.stdout == "All checks passed!\n", result.stdout


def test_new_page_in_the_main_package(example: Path) -> None:
    result = add(example, "pages/contact/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0, result.stderr
    page = example / APP / "pages/contact/index"
    for ext in (".json", ".wxml", ".wxss", ".js"):
        assert page.with_suffix(ext).is_file()
    app = json.loads((example / APP / "app.json").read_text(encoding="utf-8"))
    assert app["pages"][-1] == "pages/contact/index"
    assert app["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
    assert json.loads(page.with_suffix(".json").read_text())["usingComponents"] == {
        "cell": "plugin://contactPlugin/cell"}
    wxml = page.with_suffix(".wxml").read_text(encoding="utf-8")
    assert ('<cell wx:if="{{!hideContact}}" plugid="a1b2c3d4" bind:startmessage="startmessage" '
            'bind:completemessage="completemessage" />') in wxml
    js = page.with_suffix(".js").read_text(encoding="utf-8")
    assert "this.setData({ hideContact: environment === 'wxwork' })" in js
    for code in (0, -3002, -3004, -3005, -3006, -3007, -3008, -3010):
        assert f"case {code}:" in js
    info = analyze_module(js)
    assert info.syntax_ok and {"onLoad", "startmessage", "completemessage"} <= info.methods
    lint_clean(example)


def test_new_page_in_a_subpackage_is_registered_there(example: Path) -> None:
    result = add(example, "packageService/pages/contact/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0, result.stderr
    app = json.loads((example / APP / "app.json").read_text(encoding="utf-8"))
    sub = app["subPackages"][0]
    assert sub["pages"][-1] == "pages/contact/index"
    assert "pages/contact/index" not in app["pages"] and "packageService/pages/contact/index" not in app["pages"]
    # Declared in the main package: usable from this subpackage and every other normal one.
    assert app["plugins"] == {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
    assert "plugins" not in sub
    lint_clean(example)


def test_existing_page_with_marker(example: Path) -> None:
    wxml_path = example / APP / "packageService/pages/help/index.wxml"
    before = wxml_path.read_text(encoding="utf-8")
    result = add(example, "packageService/pages/help/index", "--plugid", "a1b2c3d4", "--style-type", "2")
    assert result.exit_code == 0, result.stderr
    after = wxml_path.read_text(encoding="utf-8")
    assert "<!-- wecontact -->" not in after
    assert after == before.replace(
        "<!-- wecontact -->",
        '<cell plugid="a1b2c3d4" styleType="2" bind:startmessage="startmessage" '
        'bind:completemessage="completemessage" />')
    js = (example / APP / "packageService/pages/help/index.js").read_text(encoding="utf-8")
    assert {"startmessage", "completemessage", "onLoad"} <= analyze_module(js).methods  # type: ignore[operator]
    lint_clean(example)


def test_idempotent_second_run_changes_no_byte(example: Path) -> None:
    args = ("packageService/pages/help/index", "--plugid", "a1b2c3d4")
    assert add(example, *args).exit_code == 0
    assert add(example, "pages/contact/index", "--plugid", "a1b2c3d4").exit_code == 0
    before = snapshot(example)
    again = add(example, *args)
    assert again.exit_code == 0 and "already wired; nothing to change" in again.stdout
    assert add(example, "pages/contact/index", "--plugid", "a1b2c3d4").exit_code == 0
    assert snapshot(example) == before


def test_existing_page_without_marker_appends(tmp_path: Path) -> None:
    build(tmp_path, {f"{APP}/pages/index/index.wxml": "<view>首页</view>",
                     f"{APP}/pages/index/index.json": "{}\n",
                     f"{APP}/pages/index/index.js": "Page({\n  onLoad() {}\n})\n"})
    assert add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4").exit_code == 0
    assert (tmp_path / APP / "pages/index/index.wxml").read_text() == (
        '<view>首页</view>\n<cell plugid="a1b2c3d4" bind:startmessage="startmessage" '
        'bind:completemessage="completemessage" />\n')
    assert json.loads((tmp_path / APP / "pages/index/index.json").read_text()) == {
        "usingComponents": {"cell": "plugin://contactPlugin/cell"}}
    lint_clean(tmp_path)


def test_typescript_page(tmp_path: Path) -> None:
    ts = "interface Data { n: number }\n\nPage<Data, {}>({\n  data: { n: 1 },\n  onLoad() {}\n})\n"
    build(tmp_path, {f"{APP}/pages/index/index.js": "<absent>", f"{APP}/pages/index/index.ts": ts,
                     f"{APP}/pages/index/index.wxml": "<view />\n"})
    assert add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4").exit_code == 0
    text = (tmp_path / APP / "pages/index/index.ts").read_text()
    info = analyze_module(text, typescript=True)
    assert info.syntax_ok and {"startmessage", "completemessage"} <= info.methods  # type: ignore[operator]
    assert "e: { detail?: { errcode?: number" in text
    lint_clean(tmp_path)


def test_new_page_in_a_typescript_project_is_ts(tmp_path: Path) -> None:
    build(tmp_path, {"project.config.json": json.dumps({
        "miniprogramRoot": "miniprogram/", "setting": {"useCompilerPlugins": ["typescript"]}})})
    assert add(tmp_path, "pages/contact/index", "--plugid", "a1b2c3d4").exit_code == 0
    page = tmp_path / APP / "pages/contact/index"
    assert page.with_suffix(".ts").is_file() and not page.with_suffix(".js").exists()
    assert analyze_module(page.with_suffix(".ts").read_text(), typescript=True).syntax_ok


def test_component_based_page_gets_methods(tmp_path: Path) -> None:
    js = "Component({\n  data: {},\n  methods: {\n    onTap() {}\n  }\n})\n"
    build(tmp_path, {f"{APP}/pages/index/index.js": js, f"{APP}/pages/index/index.wxml": "<view />\n"})
    assert add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4").exit_code == 0
    info = analyze_module((tmp_path / APP / "pages/index/index.js").read_text())
    assert info.kind == "component" and {"onTap", "startmessage", "completemessage"} <= info.methods  # type: ignore[operator]
    lint_clean(tmp_path)


def test_existing_handlers_are_left_alone(tmp_path: Path) -> None:
    js = "Page({\n  startmessage(e) { console.log('mine') }\n})\n"
    build(tmp_path, {f"{APP}/pages/index/index.js": js, f"{APP}/pages/index/index.wxml": "<view />\n"})
    assert add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4").exit_code == 0
    text = (tmp_path / APP / "pages/index/index.js").read_text()
    assert text.count("startmessage(") == 1 and "console.log('mine')" in text and "completemessage(e)" in text


def test_unparseable_script_gets_a_snippet_not_an_edit(tmp_path: Path) -> None:
    js = "const page = require('./factory')\npage.create()\n"
    build(tmp_path, {f"{APP}/pages/index/index.js": js, f"{APP}/pages/index/index.wxml": "<view />\n"})
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0
    assert "no Page({...}) or Component({...}) that can be edited safely" in result.stderr
    assert "completemessage(e) {" in result.stderr
    assert (tmp_path / APP / "pages/index/index.js").read_text() == js


def test_tag_collision_picks_the_next_free_name(tmp_path: Path) -> None:
    build(tmp_path, {f"{APP}/pages/index/index.json": '{"usingComponents": {"cell": "/components/cell/index"}}',
                     f"{APP}/pages/index/index.wxml": "<cell />\n"})
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0
    assert "the tag 'cell' is already used by '/components/cell/index'" in result.stderr
    assert json.loads((tmp_path / APP / "pages/index/index.json").read_text())["usingComponents"] == {
        "cell": "/components/cell/index", "contact-cell": "plugin://contactPlugin/cell"}
    assert "<contact-cell wx:if=\"{{!hideContact}}\" plugid=" in (tmp_path / APP / "pages/index/index.wxml").read_text()


def test_existing_page_without_onload_hides_the_button_in_wecom(tmp_path: Path) -> None:
    build(tmp_path, {f"{APP}/pages/index/index.js": "Page({\n  data: {}\n})\n",
                     f"{APP}/pages/index/index.wxml": "<view />\n"})
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0 and "not hidden inside the WeCom client" not in result.stderr
    assert '<cell wx:if="{{!hideContact}}" plugid="a1b2c3d4"' in (tmp_path / APP / "pages/index/index.wxml").read_text()
    js = (tmp_path / APP / "pages/index/index.js").read_text()
    assert {"onLoad", "startmessage", "completemessage"} <= analyze_module(js).methods  # type: ignore[operator]
    assert "environment === 'wxwork'" in js
    lint_clean(tmp_path)


def test_existing_onload_is_not_touched_and_the_user_is_told(tmp_path: Path) -> None:
    js = "Page({\n  onLoad() { this.init() },\n  init() {}\n})\n"
    build(tmp_path, {f"{APP}/pages/index/index.js": js, f"{APP}/pages/index/index.wxml": "<view />\n"})
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0
    assert "the button is not hidden inside the WeCom client" in result.stderr
    text = (tmp_path / APP / "pages/index/index.js").read_text()
    assert text.count("onLoad(") == 1 and "this.init()" in text
    assert "wx:if" not in (tmp_path / APP / "pages/index/index.wxml").read_text()


def test_plugid_expr_binds_page_data(example: Path) -> None:
    assert add(example, "pages/contact/index", "--plugid-expr", "contactId").exit_code == 0
    page = example / APP / "pages/contact/index"
    assert 'plugid="{{contactId}}"' in page.with_suffix(".wxml").read_text()
    assert "contactId: ''" in page.with_suffix(".js").read_text()
    lint_clean(example)


def test_many_attributes_in_the_guides_order(example: Path) -> None:
    result = add(example, "pages/contact/index", "--plugid", "a1b2c3d4", "--bubble-color", "4790EE",
                 "--block-style", "bubble", "--style-type", "2")
    assert result.exit_code == 0, result.stderr
    assert ('plugid="a1b2c3d4" styleType="2" blockStyle="bubble" bubbleColor="4790EE"'
            in (example / APP / "pages/contact/index.wxml").read_text())


def test_dry_run_and_diff_write_nothing(example: Path) -> None:
    before = snapshot(example)
    dry = add(example, "packageService/pages/help/index", "--plugid", "a1b2c3d4", "--dry-run")
    assert dry.exit_code == 0 and "dry run: nothing written" in dry.stdout
    assert "+++ b/miniprogram/packageService/pages/help/index.js" in dry.stdout
    diff = add(example, "pages/contact/index", "--plugid", "a1b2c3d4", "--diff")
    assert diff.exit_code == 0 and diff.stdout.startswith("--- a/miniprogram/app.json")
    assert "--- /dev/null\n+++ b/miniprogram/pages/contact/index.wxml" in diff.stdout
    assert snapshot(example) == before


REFUSALS = [
    (["--plugid", "a1b2c3d4", "--style-type", "1", "--bubble-color", "4790EE"],
     "--bubble-color: bubbleColor has no effect here: styleType is 1 (styleType attribute)"),
    (["--plugid", "a1b2c3d4", "--style-type", "2", "--bubble-color", "#4790EE"],
     "--bubble-color: bubbleColor '#4790EE' must be 3 or 6 hex digits without '#' (不用带#号), e.g. 4790EE (WC206)"),
    (["--plugid", "a1b2c3d4", "--contact-text", "联系客服"],
     "--contact-text: contactText takes the option's index, not its text: '联系客服' is 2 (WC205)"),
    (["--plugid", "a1b2c3d4", "--style-type", "4"], "--style-type: styleType='4' is not one of 1"),
    (["--plugid", "plugid"], "--plugid: plugid is 'plugid', a placeholder"),
    (["--plugid", ""], "--plugid: plugid is empty"),
    (["--plugid", 'a" bind:tap="x'], "has characters a plugin ID never has"),
    (["--plugid", "{{evil}}"], "has characters a plugin ID never has"),
    (["--plugid-expr", "a}}<view>"], "must be a data name"),
    ([], "give exactly one of --plugid ID"),
    (["--plugid", "a1b2c3d4", "--plugid-expr", "x"], "give exactly one of --plugid ID"),
    (["--plugid", "a1b2c3d4", "--tag", "Cell"], "is not a usable tag"),
    (["--plugid", "a1b2c3d4", "--button-style", 'light" hidden="'], "may not contain quotes"),
]


@pytest.mark.parametrize("args, message", REFUSALS, ids=[m[:30] for _, m in REFUSALS])
def test_refusals_exit_2_and_write_nothing(example: Path, args: list[str], message: str) -> None:
    before = snapshot(example)
    result = add(example, "pages/contact/index", *args)
    assert result.exit_code == 2
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(example) == before


@pytest.mark.parametrize("page, message", [
    ("../../x/index", "is not a page route inside the project"),
    ("pages/../../../x", "is not a page route inside the project"),
    ("/etc/passwd", "is an absolute path"),
    ("pages/contact/index.wxml", "names a file"),
    ("index", "is not a page route inside the project"),
])
def test_pages_outside_the_project_are_refused(example: Path, page: str, message: str) -> None:
    before = snapshot(example)
    result = add(example, page, "--plugid", "a1b2c3d4")
    assert result.exit_code == 2 and message in result.stderr
    assert snapshot(example) == before


def test_symlink_out_of_the_project_is_refused(example: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (example / APP / "pages" / "escape").symlink_to(outside, target_is_directory=True)
    result = add(example, "pages/escape/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 2 and "leads outside the project" in result.stderr
    assert list(outside.iterdir()) == []


def test_independent_subpackage_and_out_of_scope_declarations(tmp_path: Path) -> None:
    app = {"pages": ["pages/index/index"],
           "subpackages": [{"root": "ind", "pages": ["p/index"], "independent": True},
                           {"root": "sub", "pages": ["p/index"],
                            "plugins": {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}}]}
    build(tmp_path, {f"{APP}/app.json": json.dumps(app, indent=2)})
    before = snapshot(tmp_path)
    ind = add(tmp_path, "ind/p/contact", "--plugid", "a1b2c3d4")
    assert ind.exit_code == 2 and "independent subpackage 'ind'" in ind.stderr
    main = add(tmp_path, "pages/contact/index", "--plugid", "a1b2c3d4")
    assert main.exit_code == 2 and "declared only in subpackage 'sub'" in main.stderr
    assert snapshot(tmp_path) == before


def test_broken_page_json_is_a_located_error(tmp_path: Path) -> None:
    build(tmp_path, {f"{APP}/pages/index/index.json": '{\n  "usingComponents": {},\n}\n'})
    before = snapshot(tmp_path)
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 2
    assert "index.json:2:24: error: trailing comma" in result.stderr
    assert snapshot(tmp_path) == before


# --- templates ----------------------------------------------------------------------------

def test_project_templates_override_the_builtin_ones(example: Path) -> None:
    folder = example / ".wecontact" / "templates"
    folder.mkdir(parents=True)
    (folder / "page.wxss.j2").write_text(".mine { color: red; }\n")
    assert add(example, "pages/contact/index", "--plugid", "a1b2c3d4").exit_code == 0
    assert (example / APP / "pages/contact/index.wxss").read_text() == ".mine { color: red; }\n"


def test_templates_option_and_undefined_variables_fail_loudly(example: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "page.wxss.j2").write_text("{{ no_such_variable }}\n")
    before = snapshot(example)
    result = add(example, "pages/contact/index", "--plugid", "a1b2c3d4", "--templates", folder)
    assert result.exit_code == 2
    assert "template 'page.wxss.j2' uses an undefined variable: 'no_such_variable' is undefined" in result.stderr
    assert snapshot(example) == before


def test_the_wheel_ships_the_templates(tmp_path: Path) -> None:
    """Build the wheel as a user's pip would and find every template inside it."""
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("wecontact-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for template in sorted(p.name for p in (REPO / "templates").glob("*.j2")):
        assert f"wecontact_cli/templates/{template}" in names


def test_builtin_templates_are_found_from_a_copy_without_the_checkout(tmp_path: Path) -> None:
    """An installed package finds templates inside itself (the wheel layout)."""
    package = tmp_path / "wecontact_cli"
    shutil.copytree(REPO / "wecontact_cli", package)
    shutil.copytree(REPO / "templates", package / "templates")
    probe = "import wecontact_cli.templating as t; print(t.builtin_templates())"
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout.strip() == str(package / "templates"), out.stderr
