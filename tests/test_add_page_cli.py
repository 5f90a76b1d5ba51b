"""`wecontact add-page` through the CLI: existing pages, new pages, refusals, templates."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import PROVIDER, REPO, run_cli, snapshot
from test_rule_cases import build
from wecontact_cli.syntax.page_script import analyze_module

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
    assert "inWeCom = 'qy' in wx ||" in js and ".environment === 'wxwork'" in js
    assert "this.setData({ hideContact: inWeCom })" in js
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
        '<cell wx:if="{{!hideContact}}" plugid="a1b2c3d4" styleType="2" bind:startmessage="startmessage" '
        'bind:completemessage="completemessage" />')
    js = (example / APP / "packageService/pages/help/index.js").read_text(encoding="utf-8")
    assert {"startmessage", "completemessage", "onLoad"} <= analyze_module(js).methods  # type: ignore[operator]
    # The page's own onLoad now starts with the WeCom check, and keeps its own line after it.
    assert ("  onLoad(options) {\n    // The 联系我 plugin does not run inside the WeCom" in js
            and "    this.setData({ hideContact: inWeCom })\n\n    this.setData({ from: options.from || '' })" in js)
    assert "WeCom check in onLoad" in result.stdout
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
        '<view>首页</view>\n<cell wx:if="{{!hideContact}}" plugid="a1b2c3d4" bind:startmessage="startmessage" '
        'bind:completemessage="completemessage" />\n')
    js = (tmp_path / APP / "pages/index/index.js").read_text()
    assert js.startswith("Page({\n  onLoad() {\n    // The 联系我 plugin") and js.count("onLoad(") == 1
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


def test_existing_onload_gets_the_wecom_check_and_keeps_its_code(tmp_path: Path) -> None:
    js = "Page({\n  onLoad() { this.init() },\n  init() {}\n})\n"
    build(tmp_path, {f"{APP}/pages/index/index.js": js, f"{APP}/pages/index/index.wxml": "<view />\n"})
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    text = (tmp_path / APP / "pages/index/index.js").read_text()
    assert text.count("onLoad(") == 1
    assert "    this.setData({ hideContact: inWeCom })\n\n    this.init()\n  },\n  init() {}," in text
    assert '<cell wx:if="{{!hideContact}}"' in (tmp_path / APP / "pages/index/index.wxml").read_text()
    lint_clean(tmp_path)


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
    probe = "import wecontact_cli.scaffold.templating as t; print(t.builtin_templates())"
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout.strip() == str(package / "templates"), out.stderr


# --- the WeCom check in every page add-page touches (issue 9) ------------------------------

def is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def script_of(root: Path, ext: str = ".js") -> str:
    return (root / APP / f"pages/index/index{ext}").read_text(encoding="utf-8")


def wire(root: Path, script: str, ext: str = ".js", *args: str):  # type: ignore[no-untyped-def]
    other = ".ts" if ext == ".js" else ".js"
    build(root, {f"{APP}/pages/index/index{ext}": script, f"{APP}/pages/index/index{other}": "<absent>",
                 f"{APP}/pages/index/index.wxml": "<view />\n"})
    return add(root, "pages/index/index", *(args or ("--plugid", "a1b2c3d4")))


@pytest.mark.parametrize("script, ext, where", [
    ("Page({\n  async onLoad(query) {\n    await this.load(query)\n  },\n  load() {}\n})\n", ".js", "onLoad"),
    ("Page({\n  onLoad: function (query) {\n    this.q = query\n  }\n})\n", ".js", "onLoad"),
    ("Page({\n\tonLoad() { // first\n\t\t'use strict'\n\t\tthis.a = 1\n\t},\n})\n", ".js", "onLoad"),
    ("Page<{ n: number }, {}>({\n  data: { n: 1 },\n  onLoad(): void {}\n})\n", ".ts", "onLoad"),
    ("Component({\n  lifetimes: {\n    attached() {\n      this.x = 1\n    }\n  },\n  methods: {}\n})\n",
     ".js", "lifetimes.attached"),
    ("Component({\n  attached() {},\n  methods: { a() {} }\n})\n", ".js", "attached"),
    ("Component({\n  methods: {\n    onLoad(q) { this.q = q }\n  }\n})\n", ".js", "methods.onLoad"),
    ("Component({\n  lifetimes: { ready() {} }\n})\n", ".js", "lifetimes.attached"),
    ("Component({\n  data: {},\n})\n", ".ts", "lifetimes.attached"),
], ids=["async-method", "function-expression", "tabs-comment-directive", "typed-page", "lifetimes-attached",
        "attached", "component-onload", "lifetimes-without-attached", "component-without-lifecycle"])
def test_existing_lifecycle_gets_the_check_through_the_syntax_tree(tmp_path: Path, script: str, ext: str,
                                                                   where: str) -> None:
    result = wire(tmp_path, script, ext)
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    assert f"WeCom check in {where}" in result.stdout
    text = script_of(tmp_path, ext)
    info = analyze_module(text, typescript=ext == ".ts")
    assert info.syntax_ok and {"startmessage", "completemessage"} <= info.methods  # type: ignore[operator]
    assert text.count("this.setData({ hideContact: inWeCom })") == 1
    # every character the page had is still there, in order: code was inserted, nothing removed
    assert is_subsequence(re.sub(r"\s+", "", script), re.sub(r"\s+", "", text))
    assert '<cell wx:if="{{!hideContact}}"' in (tmp_path / APP / "pages/index/index.wxml").read_text()
    lint_clean(tmp_path)
    before = snapshot(tmp_path)
    assert add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4").exit_code == 0
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("script, where, reason", [
    ("Page({\n  onLoad: () => { console.log('x') }\n})\n", "onLoad", "it is an arrow function"),
    ("Page({\n  onLoad: shared.onLoad\n})\n", "onLoad", "it is not a function written here"),
    ("Page({\n  onLoad(inWeCom) { this.n = inWeCom }\n})\n", "onLoad", "it already uses the name inWeCom"),
    ("Page({\n  onLoad() { const wx = mock(); wx.x() }\n})\n", "onLoad", "it declares its own `wx`"),
    ("Component({\n  lifetimes: shared,\n  methods: {}\n})\n", "lifetimes.attached",
     "lifetimes is not an object literal"),
], ids=["arrow", "reference", "name-clash", "wx-shadowed", "lifetimes-unknown"])
def test_a_lifecycle_that_cannot_be_edited_safely_gets_the_exact_lines_to_add(
        tmp_path: Path, script: str, where: str, reason: str) -> None:
    result = wire(tmp_path, script)
    assert result.exit_code == 0
    assert f"miniprogram/pages/index/index.js: {where} cannot be edited safely ({reason}" in result.stderr
    assert "so the button is not hidden inside the WeCom client" in result.stderr
    assert result.stderr.rstrip().endswith("this.setData({ hideContact: inWeCom })"), result.stderr
    assert "let inWeCom = false\ntry {\n  inWeCom = 'qy' in wx ||" in result.stderr
    text = script_of(tmp_path)
    assert "inWeCom = 'qy'" not in text and {"startmessage", "completemessage"} <= analyze_module(text).methods  # type: ignore[operator]
    assert '<cell wx:if="{{!hideContact}}"' in (tmp_path / APP / "pages/index/index.wxml").read_text()


def test_unparseable_script_prints_the_handlers_and_onload(tmp_path: Path) -> None:
    js = "const page = require('./factory')\npage.create()\n"
    result = wire(tmp_path, js)
    assert result.exit_code == 0 and script_of(tmp_path) == js
    manual = result.stderr[result.stderr.index("startmessage() {"):]
    assert "completemessage(e) {" in manual and "\n\nonLoad() {\n  // The 联系我 plugin" in manual


def test_a_page_that_already_hides_the_button_is_not_given_a_second_check(tmp_path: Path) -> None:
    js = ("Page({\n  data: { hideContact: false },\n  onShow() {\n"
          "    this.setData({ hideContact: !!wx.qy })\n  }\n})\n")
    result = wire(tmp_path, js)
    assert result.exit_code == 0 and result.stderr == ""
    text = script_of(tmp_path)
    assert "inWeCom" not in text and "onLoad" not in text and "completemessage(e)" in text


def test_an_existing_cell_is_hidden_too_or_the_user_is_told(tmp_path: Path) -> None:
    using = '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}'
    wxml = ('<cell plugid="a" bind:startmessage="startmessage" bind:completemessage="completemessage" />\n'
            '<cell wx:if="{{ready}}" plugid="b" bind:startmessage="startmessage" '
            'bind:completemessage="completemessage" />\n')
    build(tmp_path, {f"{APP}/pages/index/index.json": using, f"{APP}/pages/index/index.wxml": wxml,
                     f"{APP}/pages/index/index.js": "Page({\n  onLoad() {}\n})\n"})
    result = add(tmp_path, "pages/index/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0
    after = (tmp_path / APP / "pages/index/index.wxml").read_text()
    assert after == wxml.replace('<cell plugid="a"', '<cell wx:if="{{!hideContact}}" plugid="a"', 1)
    assert ("miniprogram/pages/index/index.wxml:2:7: <cell> has its own wx:if; add !hideContact to it"
            in result.stderr)
    assert "this.setData({ hideContact: inWeCom })" in script_of(tmp_path)


# --- --tag ----------------------------------------------------------------------------------

@pytest.mark.parametrize("tag", ["view", "text", "button", "image", "block", "template", "wxs", "slot", "import",
                                 "include", "input", "form", "scroll-view", "swiper-item", "web-view",
                                 "rich-text", "page-meta", "navigation-bar", "open-data", "map", "canvas"])
def test_tag_refuses_builtin_component_and_wxml_names(example: Path, tag: str) -> None:
    before = snapshot(example)
    result = add(example, "pages/contact/index", "--plugid", "a1b2c3d4", "--tag", tag)
    assert result.exit_code == 2
    assert f"--tag '{tag}' is a WeChat built-in component or a WXML tag" in result.stderr
    assert snapshot(example) == before


@pytest.mark.parametrize("tag", ["Cell", "1cell", "-cell", "_cell", "contact.cell", "contact cell", "cell!", "联系"])
def test_tag_refuses_names_that_are_not_custom_component_tags(example: Path, tag: str) -> None:
    result = add(example, "pages/contact/index", "--plugid", "a1b2c3d4", "--tag", tag)
    assert result.exit_code == 2
    assert (f"--tag '{tag}' is not a usable tag: lowercase letters, digits, '-' and '_', starting with a letter"
            in result.stderr)


@pytest.mark.parametrize("tag", ["contact-cell", "kf", "cell_2", "wecom-contact"])
def test_tag_accepts_custom_component_names(example: Path, tag: str) -> None:
    assert add(example, "pages/contact/index", "--plugid", "a1b2c3d4", "--tag", tag).exit_code == 0
    assert f"<{tag} wx:if=" in (example / APP / "pages/contact/index.wxml").read_text()


# --- --plugid-expr --------------------------------------------------------------------------

@pytest.mark.parametrize("expr", ["hideContact", "hideContact.id"])
def test_plugid_expr_refuses_the_name_add_page_uses(example: Path, expr: str) -> None:
    before = snapshot(example)
    result = add(example, "pages/contact/index", "--plugid-expr", expr)
    assert result.exit_code == 2
    assert f"--plugid-expr '{expr}': 'hideContact' is the data key add-page sets" in result.stderr
    assert snapshot(example) == before


@pytest.mark.parametrize("script, ext, expected", [
    ("Page({\n  data: {\n    n: 1\n  },\n  onLoad() {}\n})\n", ".js",
     "  data: {\n    n: 1,\n    // TODO: set the plugin ID configured in the WeCom admin console (企业微信管理后台).\n"
     "    contactId: ''\n  },"),
    ("Page({\n  onLoad() {}\n})\n", ".js",
     "  data: {\n    // TODO: set the plugin ID configured in the WeCom admin console (企业微信管理后台).\n"
     "    contactId: ''\n  }"),
    ("Component({\n  data: {},\n  methods: {}\n})\n", ".js", "  data: {\n    // TODO"),
    ("Page({\n  data: { n: 1 },\n})\n", ".ts", "  data: { n: 1,\n    // TODO"),
], ids=["data-literal", "no-data", "component", "typescript-untyped"])
def test_plugid_expr_adds_the_key_to_an_existing_pages_data(tmp_path: Path, script: str, ext: str,
                                                            expected: str) -> None:
    result = wire(tmp_path, script, ext, "--plugid-expr", "contactId")
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    text = script_of(tmp_path, ext)
    assert expected in text, text
    assert "data.contactId for plugid" in result.stdout
    assert 'plugid="{{contactId}}"' in (tmp_path / APP / "pages/index/index.wxml").read_text()
    before = snapshot(tmp_path)
    assert add(tmp_path, "pages/index/index", "--plugid-expr", "contactId").exit_code == 0
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("script, ext, reason", [
    ("Page<{ n: number }, {}>({\n  data: { n: 1 },\n})\n", ".ts", "its data has a TypeScript type"),
    ("Page({\n  data: { n: 1 } as Data,\n})\n", ".ts", "its data has a TypeScript type"),
    ("Page({\n  data: initial,\n})\n", ".js", "its data is not an object literal"),
    ("module.exports = make()\n", ".js", "its script cannot be edited safely"),
], ids=["typed-page", "cast-data", "data-reference", "no-page"])
def test_plugid_expr_says_when_the_page_must_provide_the_key(tmp_path: Path, script: str, ext: str,
                                                             reason: str) -> None:
    result = wire(tmp_path, script, ext, "--plugid-expr", "contactId")
    assert result.exit_code == 0
    assert (f"miniprogram/pages/index/index.{ext[1:]}: add 'contactId' to the page's data yourself ({reason}"
            in result.stderr), result.stderr
    assert "contactId:" not in script_of(tmp_path, ext)


def test_plugid_expr_path_is_never_added_as_a_key(example: Path, tmp_path: Path) -> None:
    result = add(example, "pages/contact/index", "--plugid-expr", "contact.id")
    assert result.exit_code == 0
    assert ("--plugid-expr 'contact.id' is a path into the page's data: the page must provide contact.id"
            in result.stderr)
    js = (example / APP / "pages/contact/index.js").read_text()
    assert js.split("data: {")[1].split("}")[0].split() == ["hideContact:", "false"]
    existing = wire(tmp_path / "existing", "Page({\n  data: {},\n})\n", ".js", "--plugid-expr", "contact.id")
    assert existing.exit_code == 0 and "the page must provide contact.id" in existing.stderr
    assert script_of(tmp_path / "existing").startswith("Page({\n  data: {},\n  onLoad() {")


# --- a route given as a file path -----------------------------------------------------------

@pytest.mark.parametrize("page", ["miniprogram/pages/contact/index", "./miniprogram/pages/contact/index.js",
                                  "miniprogram\\pages\\contact\\index.wxml", "pages/contact/index.json",
                                  "./pages/contact/index"])
def test_a_file_path_is_corrected_to_the_route(example: Path, page: str) -> None:
    result = add(example, page, "--plugid", "a1b2c3d4")
    assert result.exit_code == 0, result.stderr
    if page != "./pages/contact/index":
        assert f"'{page}' is a file path; using the page route 'pages/contact/index'" in result.stderr
    assert (example / APP / "pages/contact/index.wxml").is_file()
    assert not (example / APP / "miniprogram").exists()
    app = json.loads((example / APP / "app.json").read_text(encoding="utf-8"))
    assert app["pages"][-1] == "pages/contact/index"


def test_a_folder_named_like_the_root_inside_it_is_a_real_route(tmp_path: Path) -> None:
    build(tmp_path, {f"{APP}/miniprogram/help/index.wxml": "<view />\n",
                     f"{APP}/miniprogram/help/index.js": "Page({})\n"})
    result = add(tmp_path, "miniprogram/help/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0 and "is a file path" not in result.stderr
    assert "<cell" in (tmp_path / APP / "miniprogram/help/index.wxml").read_text()


def test_a_project_whose_root_is_the_mini_program_keeps_the_route(tmp_path: Path) -> None:
    build(tmp_path, {"project.config.json": "{}\n", "app.json": '{"pages": ["pages/index/index"]}\n',
                     f"{APP}/app.json": "<absent>"})
    result = add(tmp_path, "miniprogram/pages/x/index", "--plugid", "a1b2c3d4")
    assert result.exit_code == 0 and "is a file path" not in result.stderr
    assert (tmp_path / "miniprogram/pages/x/index.wxml").is_file()


def test_an_absolute_path_inside_the_root_is_refused_with_its_route(example: Path) -> None:
    before = snapshot(example)
    page = example / APP / "pages" / "contact" / "index.js"
    result = add(example, str(page), "--plugid", "a1b2c3d4")
    assert result.exit_code == 2
    assert "is an absolute path; give the page route as in app.json: pages/contact/index" in result.stderr
    assert snapshot(example) == before


# --- deeply nested page scripts -------------------------------------------------------------

DEEP_BLOCKS = "if (this.a) {\n" * 250 + "this.b()\n" + "}\n" * 250
DEEP_PARENS = "(" * 500 + "1" + ")" * 500
DEEP_SCRIPTS = {
    "blocks-in-onload": "Page({\n  onLoad() {\n" + DEEP_BLOCKS + "  }\n})\n",
    "parens-around-page": "const page = " + "(" * 500 + "Page({ onLoad() {} })" + ")" * 500 + "\n",
    "parens-in-a-config-constant": "const config = {\n  onLoad() {\n    return " + DEEP_PARENS
                                   + "\n  }\n}\nPage(config)\n",
    "blocks-in-a-config-constant": "const config = {\n  onLoad() {\n" + DEEP_BLOCKS + "  }\n}\nPage(config)\n",
    "syntax-error-deep-inside": "Page({\n  onLoad() {\n" + DEEP_BLOCKS.replace("this.b()", "this.b(,") + "  }\n})\n",
}


@pytest.mark.parametrize("script", DEEP_SCRIPTS.values(), ids=list(DEEP_SCRIPTS))
def test_deeply_nested_scripts_are_linted_and_wired(tmp_path: Path, script: str) -> None:
    build(tmp_path, {f"{APP}/pages/index/index.js": script})
    lint = run_cli("lint", tmp_path, "-f", "json", "--select", "WC301")
    assert lint.exit_code in (0, 1), lint.stderr
    findings = json.loads(lint.stdout)
    broken = "syntax-error" in script or "this.b(," in script
    # Every module above defines no handler: WC301 reports both bindings (a broken one is skipped).
    assert sorted(f["message"].split("'")[1] for f in findings) == ([] if broken else
                                                                     ["completemessage", "startmessage"])
    result = run_cli("add-page", "pages/index/index", "--plugid", "a1b2c3d4", "--project", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert "RecursionError" not in result.stderr and "internal error" not in result.stderr
    after = script_of(tmp_path)
    if not broken:
        assert {"startmessage", "completemessage"} <= analyze_module(after).methods  # type: ignore[operator]
        assert "this.setData({ hideContact: inWeCom })" in after or "cannot be edited safely" in result.stderr
        assert run_cli("lint", tmp_path, "-f", "json", "--select", "WC301").stdout.strip() == "[]"
