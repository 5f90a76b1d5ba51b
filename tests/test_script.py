"""script.py: Page/Component analysis with tree-sitter and method insertion in the file's style."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.syntax.page_script import ModuleInfo, analyze_module, plan_method_insertion

START = "onContactStart(e) {\n  console.log('start', e)\n}"
COMPLETE = (
    "onContactComplete(e) {\n"
    "  const { errcode } = e.detail\n"
    "  if (errcode !== 0) {\n"
    "    wx.showToast({ title: `失败 ${errcode}` })\n"
    "  }\n"
    "}"
)
HANDLERS = [("onContactStart", START), ("onContactComplete", COMPLETE)]
NODE = shutil.which("node")


def methods_of(text: str, typescript: bool = False) -> frozenset[str] | None:
    return analyze_module(text, typescript).methods


def insert(text: str, typescript: bool = False, handlers: list[tuple[str, str]] = HANDLERS) -> str:
    """Plan, apply, and check that the result parses and lists every handler."""
    info = analyze_module(text, typescript)
    edit = plan_method_insertion(text, info, handlers)
    assert isinstance(edit, TextEdit)
    result = apply_edits(text, [edit])
    after = analyze_module(result, typescript)
    assert after.syntax_ok, result
    assert after.methods is not None and {n for n, _ in handlers} <= after.methods
    assert plan_method_insertion(result, after, handlers) is None  # idempotent
    return result


def node_check(tmp_path: Path, text: str, name: str = "page.js") -> None:
    """Node's own parser agrees that the result is valid JavaScript."""
    if NODE is None:
        pytest.skip("node is not on PATH: cannot cross-check the output with `node --check`")
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    done = subprocess.run([NODE, "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# --- handler names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "member",
    [
        "onTap() {}",
        "onTap: function () {}",
        "onTap: function named() {}",
        "onTap: () => {}",
        "onTap: e => e",
        "async onTap() {}",
        "onTap: async () => {}",
        "*onTap() {}",
        "'onTap': function () {}",
        '"onTap"() {}',
        "onTap: imported",
        "onTap: utils.handler",
        "onTap: debounce(function () {}, 300)",
        "onTap: ready ? a : b",
        "onTap: custom || fallback",
        "get onTap() { return () => 1 }",
        "onTap",
    ],
)
def test_page_handler_syntaxes(member: str) -> None:
    info = analyze_module(f"Page({{\n  data: {{}},\n  {member},\n}})\n")
    assert info.kind == "page"
    assert info.syntax_ok
    assert info.methods == frozenset({"onTap"})
    assert info.other_keys == frozenset({"data"})


def test_quoted_keys_with_dashes_and_escapes() -> None:
    info = analyze_module("Page({ 'contact-start': function () {}, \"on\\u0054ap\"() {}, 1: () => {} })")
    assert info.methods == frozenset({"contact-start", "onTap", "1"})


@pytest.mark.parametrize(
    "value", ["1", "'text'", "`tpl`", "true", "null", "undefined", "[]", "{}", "/re/", "-1", "new Map()", "a + b"]
)
def test_values_that_cannot_be_called_are_other_keys(value: str) -> None:
    info = analyze_module(f"Page({{ key: {value}, onLoad() {{}} }})")
    assert info.methods == frozenset({"onLoad"})
    assert info.other_keys == frozenset({"key"})


def test_setter_alone_is_not_a_handler_but_getter_setter_pair_is() -> None:
    info = analyze_module("Page({ set only(v) {}, get both() { return f }, set both(v) {} })")
    assert info.methods == frozenset({"both"})
    assert info.other_keys == frozenset({"only"})


def test_component_methods() -> None:
    text = "Component({\n  properties: { a: String },\n  data: {},\n  lifetimes: { attached() {} },\n  methods: {\n    onTap() {},\n    go: () => {},\n    n: 1,\n  },\n})\n"
    info = analyze_module(text)
    assert info.kind == "component"
    assert info.methods == frozenset({"onTap", "go"})
    assert info.other_keys == frozenset({"n"})
    assert info.insertion is not None and not info.insertion.needs_methods_key
    assert text[info.insertion.object_start : info.insertion.object_end].startswith("{\n    onTap()")


def test_component_without_methods_has_no_handlers() -> None:
    info = analyze_module("Component({\n  data: {},\n  attached() {},\n})\n")
    assert info.kind == "component"
    assert info.methods == frozenset()  # top-level functions of a Component are not handlers
    assert info.insertion is not None and info.insertion.needs_methods_key


def test_component_methods_from_a_constant() -> None:
    assert methods_of("const methods = { a() {} }\nComponent({ methods })") == frozenset({"a"})
    assert methods_of("const m = { a() {} }\nComponent({ methods: m })") == frozenset({"a"})


@pytest.mark.parametrize(
    "text",
    [
        "Component({ behaviors: [shared], methods: { a() {} } })",
        "Component({ behaviors: list, methods: { a() {} } })",
        "Page({ behaviors: [shared], a() {} })",  # Page() takes behaviors too
        "Page({ ...base, a() {} })",
        "Page({ a() {}, [name]: function () {} })",
        "Page({ [`on${x}`]() {} })",
        "Component({ ...base, methods: { a() {} } })",
        "Component({ methods: { ...shared, a() {} } })",
        "Component({ methods: buildMethods() })",
        "Component({ methods() {} })",
        "Page(makeConfig())",
        "Page(Object.assign({}, base, { a() {} }))",
        "Page(config)",  # not declared in this file
        "Page()",
    ],
)
def test_unknowable_handlers_are_none(text: str) -> None:
    info = analyze_module(text)
    assert info.kind in {"page", "component"}
    assert info.methods is None
    assert info.notes  # the reason is recorded
    assert plan_method_insertion(text, info, HANDLERS) is None


def test_empty_behaviors_list_adds_nothing() -> None:
    assert methods_of("Component({ behaviors: [], methods: { a() {} } })") == frozenset({"a"})


def test_page_config_constant_is_resolved() -> None:
    text = "const config = {\n  data: {},\n  onLoad() {\n    console.log(config.data)\n  },\n}\n\nPage(config)\n"
    info = analyze_module(text)
    assert info.methods == frozenset({"onLoad"})
    assert info.insertion is not None
    assert text[info.insertion.object_start] == "{" and text.startswith("const config = {")
    result = insert(text)
    assert result.index("onContactStart") < result.index("Page(config)")


@pytest.mark.parametrize(
    "text",
    [
        "const config = { a() {} }\nconfig.b = function () {}\nPage(config)",
        "const config = { a() {} }\nconfig['b'] = function () {}\nPage(config)",
        "const config = { a() {} }\nObject.assign(config, mixin)\nPage(config)",
        "const config = { methods: {} }\nconfig.methods.b = () => {}\nComponent(config)",
        "let config = { a() {} }\nconfig = other\nPage(config)",
        "const config = { a() {} }\nconst config2 = { ...config }\nPage(config)",
        "Page(config)\nvar config = { a() {} }",  # used before it is declared
        "const config = makeConfig()\nPage(config)",
    ],
)
def test_config_that_may_change_is_not_resolved(text: str) -> None:
    assert methods_of(text) is None


def test_constructors_other_than_page_and_component_are_ignored() -> None:
    info = analyze_module("Behavior({ methods: { a() {} } })\nApp({ onLaunch() {} })")
    assert info.kind is None and info.methods is None and info.insertion is None


def test_page_in_comments_strings_and_functions_is_not_a_call() -> None:
    text = "// Page({ fake() {} })\n/* Component({}) */\nconst s = 'Page({ x() {} })'\nfunction later() { Page({ y() {} }) }\n"
    info = analyze_module(text)
    assert info.kind is None and info.methods is None


def test_page_nested_in_a_top_level_expression_is_found() -> None:
    assert methods_of("module.exports = Page({ a() {} })") == frozenset({"a"})
    assert methods_of("export default Page({ a() {} })") == frozenset({"a"})
    assert methods_of("void Page({ a() {} })") == frozenset({"a"})


def test_first_of_several_calls_is_used_and_noted() -> None:
    info = analyze_module("Page({ a() {} })\nComponent({ methods: { b() {} } })\n")
    assert info.kind == "page"
    assert info.methods == frozenset({"a"})
    assert any("2 Page/Component calls" in note for note in info.notes)


# --- TypeScript --------------------------------------------------------------------------

TS_PAGE = """import { track } from '../../utils/track'

interface IData {
  list: string[]
}

Page<IData, WechatMiniprogram.Page.CustomOption>({
  data: { list: [] } as IData,
  onLoad(query: Record<string, string | undefined>): void {
    track(query)
  },
  onTap: track,
  async refresh(): Promise<void> {},
  onShare: (e: WechatMiniprogram.TouchEvent): void => {},
})
"""


def test_typescript_page() -> None:
    info = analyze_module(TS_PAGE, typescript=True)
    assert info.syntax_ok and info.kind == "page" and info.typescript
    assert info.methods == frozenset({"onLoad", "onTap", "refresh", "onShare"})
    assert info.other_keys == frozenset({"data"})


def test_typescript_component_with_casts() -> None:
    text = (
        "Component({\n"
        "  properties: {},\n"
        "  methods: {\n"
        "    onTap(e: WechatMiniprogram.TouchEvent): void {},\n"
        "  } as Record<string, (...args: any[]) => void>,\n"
        "} as WechatMiniprogram.Component.Options<{}, {}, {}>)\n"
    )
    info = analyze_module(text, typescript=True)
    assert info.syntax_ok and info.kind == "component"
    assert info.methods == frozenset({"onTap"})
    assert info.insertion is not None and text[info.insertion.object_start] == "{"
    result = insert(text, typescript=True)
    assert "} as Record<string" in result and "    onContactStart(e) {\n      console.log" in result


@pytest.mark.parametrize(
    "cast", ["as Opts", "as W.Options", "as W.C.Options", "as W.C.Options<{}, {}>", "as unknown as Opts", "satisfies Opts"]
)
def test_typescript_casts_on_the_argument(cast: str) -> None:
    text = f"Component({{\n  methods: {{\n    a() {{}},\n  }} {cast},\n}} {cast})\n"
    info = analyze_module(text, typescript=True)
    assert info.syntax_ok and info.methods == frozenset({"a"})
    assert f"  }} {cast},\n}} {cast})" in insert(text, typescript=True)


def test_typescript_satisfies_and_angle_casts() -> None:
    assert methods_of("Page({ a() {} } satisfies Opts)", True) == frozenset({"a"})
    assert methods_of("Component(<Opts>{ methods: { a() {} } })", True) == frozenset({"a"})


def test_insert_typed_handlers_into_typescript_page() -> None:
    typed = [("onContactStart", "onContactStart(e: WechatMiniprogram.CustomEvent): void {\n  console.log(e)\n}")]
    result = insert(TS_PAGE, typescript=True, handlers=typed)
    assert "  onShare: (e: WechatMiniprogram.TouchEvent): void => {},\n  onContactStart(e: Wechat" in result


# --- syntax errors -----------------------------------------------------------------------


def test_syntax_error_inside_the_call_gives_no_methods() -> None:
    info = analyze_module("Page({\n  onLoad() {\n    if (x {\n  },\n})\n")
    assert not info.syntax_ok
    assert info.methods is None and info.insertion is None
    assert any(note.startswith("syntax error at") for note in info.notes)


def test_syntax_error_elsewhere_keeps_methods_but_no_insertion() -> None:
    # Documented choice: an error in another top-level statement does not hide the handlers
    # from the linter, but a file that does not parse is never edited.
    text = "Page({\n  onLoad() {},\n})\n\nfunction helper( {\n"
    info = analyze_module(text)
    assert not info.syntax_ok
    assert info.methods == frozenset({"onLoad"})
    assert info.insertion is None
    assert plan_method_insertion(text, info, HANDLERS) is None
    assert "syntax error at 5:1" in info.notes


def test_syntax_error_position_counts_characters() -> None:
    info = analyze_module("\ufeffconst s = '中文'; Page({ a() { ) } })")
    assert info.notes[0] == "syntax error at 1:30"  # the stray `)`


def test_missing_node_is_a_syntax_error() -> None:
    assert not analyze_module("Page({ a() {} }").syntax_ok


def test_no_page_at_all() -> None:
    info = analyze_module("const x = 1\n")
    assert info == ModuleInfo(None, None, True, None)


# --- offsets -----------------------------------------------------------------------------


def test_offsets_are_characters_after_chinese_text() -> None:
    text = "// 联系我：企业微信客服插件\nconst title = '客服'\nPage({\n  data: { t: '你好' },\n  onLoad() {},\n})\n"
    point = analyze_module(text).insertion
    assert point is not None
    assert point.object_start == text.index("{\n  data")
    assert text[point.object_end - 1] == "}" and point.object_end == text.index("\n})") + 2
    assert point.last_member_end == text.index("onLoad() {}") + len("onLoad() {}")


def test_bom_counts_as_one_character() -> None:
    text = "\ufeffPage({ a() {} })"
    point = analyze_module(text).insertion
    assert point is not None
    assert point.object_start == 6 and text[point.object_start] == "{"
    assert point.object_end == len(text) - 1
    result = insert(text)
    assert result.startswith("\ufeffPage({ a() {},\n  onContactStart(e) {")


# --- insertion ---------------------------------------------------------------------------


def test_insert_into_page_with_trailing_comma(tmp_path: Path) -> None:
    text = "Page({\n  data: {},\n  onLoad() {\n  },\n})\n"
    result = insert(text)
    assert result == (
        "Page({\n  data: {},\n  onLoad() {\n  },\n"
        "  onContactStart(e) {\n    console.log('start', e)\n  },\n"
        "  onContactComplete(e) {\n    const { errcode } = e.detail\n    if (errcode !== 0) {\n"
        "      wx.showToast({ title: `失败 ${errcode}` })\n    }\n  },\n"
        "})\n"
    )
    node_check(tmp_path, result)


def test_insert_into_page_without_trailing_comma(tmp_path: Path) -> None:
    text = "Page({\n  data: {},\n  onLoad() {\n  }\n})\n"
    result = insert(text)
    assert "  onLoad() {\n  },\n  onContactStart(e) {\n" in result
    assert result.endswith("    }\n  }\n})\n")  # no trailing comma added where the file has none
    assert ",," not in result
    node_check(tmp_path, result)


def test_trailing_line_comment_stays_on_its_member(tmp_path: Path) -> None:
    text = "Page({\n  onLoad() {} // first load\n})\n"
    result = insert(text)
    assert result.startswith("Page({\n  onLoad() {}, // first load\n  onContactStart(e) {")
    node_check(tmp_path, result)


def test_comment_before_comma_on_a_later_line(tmp_path: Path) -> None:
    text = "Page({\n  onLoad() {}\n  // why\n  ,\n})\n"
    info = analyze_module(text)
    assert info.insertion is not None and info.insertion.trailing_comma
    result = insert(text)
    assert ",," not in result
    node_check(tmp_path, result)


@pytest.mark.parametrize("text", ["Page({})", "Page({})\n", "Page({ })\n", "Page({\n})\n"])
def test_insert_into_empty_page(tmp_path: Path, text: str) -> None:
    result = insert(text)
    assert result.startswith("Page({\n  onContactStart(e) {\n    console.log('start', e)\n  },\n")
    assert "\n  }\n})" in result
    node_check(tmp_path, result)


def test_insert_into_one_line_page(tmp_path: Path) -> None:
    result = insert("Page({ data: {}, onLoad() {} });\n")
    assert result.startswith("Page({ data: {}, onLoad() {},\n  onContactStart(e) {\n")
    assert result.endswith("  }\n});\n")
    node_check(tmp_path, result)


def test_insert_into_component_methods(tmp_path: Path) -> None:
    text = "Component({\n  data: {},\n  methods: {\n    onTap() {}\n  }\n})\n"
    result = insert(text)
    assert "  methods: {\n    onTap() {},\n    onContactStart(e) {\n      console.log('start', e)\n    },\n" in result
    assert result.endswith("      }\n    }\n  }\n})\n")
    node_check(tmp_path, result)


def test_insert_into_component_without_methods_key(tmp_path: Path) -> None:
    text = "Component({\n  properties: {},\n  data: {},\n})\n"
    result = insert(text)
    assert result.startswith(
        "Component({\n  properties: {},\n  data: {},\n  methods: {\n    onContactStart(e) {\n"
    )
    assert result.endswith("      }\n    },\n  },\n})\n")
    after = analyze_module(result)
    assert not after.insertion.needs_methods_key  # type: ignore[union-attr]
    node_check(tmp_path, result)


def test_insert_into_empty_component(tmp_path: Path) -> None:
    result = insert("Component({})\n")
    assert result.startswith("Component({\n  methods: {\n    onContactStart(e) {\n")
    node_check(tmp_path, result)


def test_tab_indented_file(tmp_path: Path) -> None:
    text = "Page({\n\tdata: {},\n\tonLoad() {\n\t\tthis.setData({})\n\t},\n})\n"
    info = analyze_module(text)
    assert info.insertion is not None and info.insertion.indent_unit == "\t"
    result = insert(text)
    assert "\n\tonContactComplete(e) {\n\t\tconst { errcode } = e.detail\n\t\tif (errcode !== 0) {\n\t\t\twx" in result
    assert "  " not in result
    node_check(tmp_path, result)


def test_four_space_file_converts_the_source_unit(tmp_path: Path) -> None:
    text = "Page({\n    data: {},\n    onLoad() {\n        this.setData({})\n    },\n})\n"
    result = insert(text)
    assert "\n    onContactComplete(e) {\n        const { errcode }" in result
    assert "\n            wx.showToast" in result
    node_check(tmp_path, result)


def test_crlf_file_keeps_crlf(tmp_path: Path) -> None:
    text = "Page({\r\n  data: {},\r\n  onLoad() {},\r\n})\r\n"
    info = analyze_module(text)
    assert info.insertion is not None and info.insertion.newline == "\r\n"
    result = insert(text)
    assert "\n" not in result.replace("\r\n", "")
    assert result.endswith("  },\r\n})\r\n")
    node_check(tmp_path, result)


def test_crlf_bom_chinese_component(tmp_path: Path) -> None:
    text = "\ufeff// 组件\r\nComponent({\r\n    data: { s: '中文' },\r\n})\r\n"
    result = insert(text)
    assert result.startswith("\ufeff// 组件\r\nComponent({\r\n    data: { s: '中文' },\r\n    methods: {\r\n        onContact")
    assert "\n" not in result.replace("\r\n", "")
    node_check(tmp_path, result)


def test_multiline_template_literal_lines_are_not_reindented() -> None:
    source = "onContactStart(e) {\n  const s = `line1\nline2`\n  return s\n}"
    result = insert("Component({\n  methods: {\n  },\n})\n", handlers=[("onContactStart", source)])
    assert "      const s = `line1\nline2`\n      return s\n" in result


def test_only_missing_methods_are_inserted() -> None:
    text = "Page({\n  onContactStart() {},\n  onContactComplete: null,\n})\n"
    info = analyze_module(text)
    assert plan_method_insertion(text, info, HANDLERS) is None  # an existing key is never duplicated
    partial = insert("Page({\n  onContactStart() {},\n})\n")
    assert partial.count("onContactStart") == 1 and "onContactComplete(e)" in partial


def test_duplicate_requests_are_inserted_once() -> None:
    result = insert("Page({})\n", handlers=[("onContactStart", START), ("onContactStart", START)])
    assert result.count("onContactStart") == 1


def test_nothing_to_plan() -> None:
    text = "Page({ a() {} })"
    info = analyze_module(text)
    assert plan_method_insertion(text, info, []) is None
    assert plan_method_insertion("x", analyze_module("x"), HANDLERS) is None


def test_a_source_that_is_not_one_method_is_refused() -> None:
    text = "Page({})"
    with pytest.raises(ValueError, match="onContactStart"):
        plan_method_insertion(text, analyze_module(text), [("onContactStart", "onContactStart(e) {")])
    with pytest.raises(ValueError, match="onContactStart"):
        plan_method_insertion(text, analyze_module(text), [("onContactStart", "other() {}")])
    for garbage in ["", "// only a comment", ")"]:
        with pytest.raises(ValueError):
            plan_method_insertion(text, analyze_module(text), [("onContactStart", garbage)])


def test_example_style_page_end_to_end(tmp_path: Path) -> None:
    text = (
        "// pages/contact/contact.js\n"
        "const app = getApp()\n\n"
        "Page({\n"
        "  /** 页面的初始数据 */\n"
        "  data: {\n"
        "    plugid: '',\n"
        "  },\n\n"
        "  onLoad(options) {\n"
        "    console.log('Page({ not a call })', options)\n"
        "  },\n"
        "})\n"
    )
    result = insert(text)
    assert result.count("Page(") == 2  # the string still holds its text; one real call
    node_check(tmp_path, result)


# --- process-level behaviour -------------------------------------------------------------


def test_importing_script_does_not_import_tree_sitter() -> None:
    code = "import sys, wecontact_cli.syntax.page_script; print(any(m.startswith('tree_sitter') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_parsers_are_cached() -> None:
    from wecontact_cli.syntax import page_script as script

    assert script._parser(False) is script._parser(False)
    assert script._parser(True) is script._parser(True)
    assert script._parser(True) is not script._parser(False)


# --- the lifecycle, data and flag add-page edits --------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from wecontact_cli.syntax.page_script import page_parts, plan_members, plan_statements  # noqa: E402

CHECK = ("let inWeCom = false\ntry {\n  inWeCom = 'qy' in wx\n} catch (err) {\n  console.warn(err)\n}\n"
         "this.setData({ hideContact: inWeCom })")


def parts_of(text: str, typescript: bool = False):  # type: ignore[no-untyped-def]
    info, parts = page_parts(text, typescript, flag="hideContact", snippet=CHECK)
    assert parts is not None, info.notes
    return parts


def with_check(text: str, typescript: bool = False) -> str:
    parts = parts_of(text, typescript)
    assert parts.lifecycle.body is not None, parts.lifecycle
    result = apply_edits(text, plan_statements(parts.lifecycle.body, CHECK, typescript))
    after = parts_of(result, typescript)
    assert after.flag_set and after.info.syntax_ok
    return result


@pytest.mark.parametrize("text, expected", [
    ("Page({\n  onLoad() {\n    this.a()\n  }\n})\n",
     "Page({\n  onLoad() {\n    let inWeCom = false\n    try {\n      inWeCom = 'qy' in wx\n    } catch (err) {\n"
     "      console.warn(err)\n    }\n    this.setData({ hideContact: inWeCom })\n\n    this.a()\n  }\n})\n"),
    ("Page({\n  onLoad() {},\n})\n",
     "Page({\n  onLoad() {\n    let inWeCom = false\n    try {\n      inWeCom = 'qy' in wx\n    } catch (err) {\n"
     "      console.warn(err)\n    }\n    this.setData({ hideContact: inWeCom })\n  },\n})\n"),
    ("Page({\n  onLoad() { this.a() },\n})\n",
     "Page({\n  onLoad() {\n    let inWeCom = false\n    try {\n      inWeCom = 'qy' in wx\n    } catch (err) {\n"
     "      console.warn(err)\n    }\n    this.setData({ hideContact: inWeCom })\n\n    this.a()\n  },\n})\n"),
])
def test_statements_go_first_in_the_body_in_the_files_style(text: str, expected: str) -> None:
    assert with_check(text) == expected


def test_directives_and_same_line_comments_stay_first() -> None:
    text = "Page({\r\n    onLoad() { // why\r\n        'use strict';\r\n        go()\r\n    }\r\n})\r\n"
    result = with_check(text)
    assert result.startswith("Page({\r\n    onLoad() { // why\r\n        'use strict';\r\n        let inWeCom = false\r\n")
    assert "\n" not in result.replace("\r\n", "")
    assert result.endswith("        this.setData({ hideContact: inWeCom })\r\n\r\n        go()\r\n    }\r\n})\r\n")


@pytest.mark.parametrize("text, where, problem", [
    ("Page({ onLoad: () => {} })", "onLoad", "arrow"),
    ("Page({ onLoad: helpers.load })", "onLoad", "not_function"),
    ("Page({ *onLoad() {} })", "onLoad", "not_function"),
    ("Page({ get onLoad() { return f } })", "onLoad", "not_function"),
    ("Page({ onLoad: function* () {} })", "onLoad", "not_function"),
    ("Page({ onLoad() { const f = () => inWeCom } })", "onLoad", "name_clash"),
    ("Page({ onLoad({ wx }) {} })", "onLoad", "wx_shadowed"),
    ("Page({ onLoad() { try {} catch (wx) {} } })", "onLoad", "wx_shadowed"),
    ("Component({ lifetimes: make() })", "lifetimes.attached", "unknown"),
    ("Component({ lifetimes: { attached: () => {} }, attached() {} })", "lifetimes.attached", "arrow"),
])
def test_lifecycles_that_cannot_take_the_check(text: str, where: str, problem: str) -> None:
    lifecycle = parts_of(text).lifecycle
    assert (lifecycle.where, lifecycle.problem, lifecycle.body, lifecycle.container) == (where, problem, None, None)


def test_wx_used_but_not_declared_is_fine() -> None:
    assert with_check("Page({ onLoad() { wx.showToast({ title: 'x' }); const o = { wx: 1 } } })")


@pytest.mark.parametrize("text, where, wrap", [
    ("Page({ data: {} })", "onLoad", None),
    ("Component({ methods: {} })", "lifetimes.attached", "lifetimes"),
    ("Component({ lifetimes: { detached() {} } })", "lifetimes.attached", None),
])
def test_missing_lifecycle_names_its_container(text: str, where: str, wrap: str | None) -> None:
    lifecycle = parts_of(text).lifecycle
    assert lifecycle.where == where and lifecycle.body is None and lifecycle.wrap == wrap
    assert lifecycle.container is not None and text[lifecycle.container.object_start] == "{"


@pytest.mark.parametrize("text, flag_set", [
    ("Page({ data: { hideContact: false } })", False),
    ("Page({ data: { hideContact: false }, onShow() { this.setData({ hideContact: true }) } })", True),
    ("Page({ onLoad() { this.setData({ hideContact }) } })", True),
    ("Page({ onLoad() { /* hideContact */ const s = 'hideContact' } })", False),
])
def test_flag_set_outside_data(text: str, flag_set: bool) -> None:
    assert parts_of(text).flag_set is flag_set


@pytest.mark.parametrize("text, typescript, state, keys", [
    ("Page({ data: { a: 1, 'b': 2 } })", False, "literal", {"a", "b"}),
    ("Page({})", False, "absent", set()),
    ("Page({ data: base })", False, "unknown", set()),
    ("Page({ data: { ...base } })", False, "unknown", set()),
    ("Page({ data() { return {} } })", False, "unknown", set()),
    ("Page({ data: { a: 1 } })", True, "literal", {"a"}),
    ("Page<D>({ data: { a: 1 } })", True, "typed", {"a"}),
    ("Page<D>({})", True, "typed", set()),
    ("Page({ data: { a: 1 } as D })", True, "typed", {"a"}),
    ("Page({ data: {} } as Opts)", True, "typed", set()),
    ("const c: Opts = { data: {} }\nPage(c)", True, "typed", set()),
    ("const c = { data: {} } satisfies Opts\nPage(c)", True, "typed", set()),
    ("const c = { data: {} }\nPage(c)", True, "literal", set()),
])
def test_data_object_states(text: str, typescript: bool, state: str, keys: set[str]) -> None:
    data = parts_of(text, typescript).data
    assert (data.state, set(data.keys)) == (state, keys)
    assert (data.point is not None) == (state == "literal")


def test_snippet_names_come_from_its_declarations() -> None:
    text = "Page({ onLoad() { const seen = 1 } })"
    _, parts = page_parts(text, False, flag="f", snippet="const { seen, other: [x] } = probe()\nthis.setData({ f: x })")
    assert parts is not None and (parts.lifecycle.problem, parts.lifecycle.detail) == ("name_clash", "seen")
    with pytest.raises(ValueError):
        page_parts(text, False, flag="f", snippet="let = (")


def test_plan_members_adds_several_members_in_one_edit(tmp_path: Path) -> None:
    text = "Component({\n  properties: {}\n})\n"
    parts = parts_of(text)
    edit = plan_members(text, parts.config, [("data", "data: {\n  a: ''\n}"), ("lifetimes", "lifetimes: {}")], False)
    result = apply_edits(text, [edit])
    assert result == "Component({\n  properties: {},\n  data: {\n    a: ''\n  },\n  lifetimes: {}\n})\n"
    node_check(tmp_path, result)


# A lifecycle function in many shapes: every one takes the check, keeps all its code and parses.
statement = st.sampled_from(["this.a()", "const x = 1", "if (x) {\n  y()\n}", "// note", "await load()",
                             "const s = `multi\nline`", "return"])
@settings(max_examples=60, deadline=None)
@given(body=st.lists(statement, max_size=4), unit=st.sampled_from(["  ", "    ", "\t"]),
       newline=st.sampled_from(["\n", "\r\n"]), shape=st.sampled_from(["method", "function", "async"]),
       one_line=st.booleans(), comment=st.booleans(), typescript=st.booleans())
def test_property_any_lifecycle_takes_the_check(body: list[str], unit: str, newline: str, shape: str,
                                               one_line: bool, comment: bool, typescript: bool) -> None:
    head = {"method": "onLoad() {", "function": "onLoad: function () {", "async": "async onLoad() {"}[shape]
    if "await load()" in body and shape != "async":
        body = [s for s in body if s != "await load()"]
    if one_line:
        inner = "; ".join(s.replace("\n", " ") for s in body if not s.startswith("//") and "`" not in s)
        method = f"{unit}{head}{' // c' if comment else ''}\n{unit * 2}{inner}\n{unit}}}" if comment \
            else f"{unit}{head} {inner} }}"
    else:
        # a template literal's second line is string content: never indented
        lines = [(unit * 2 if n == 0 or "`" not in s else "") + line for s in body
                 for n, line in enumerate(s.split("\n"))]
        method = "\n".join([f"{unit}{head}{' // c' if comment else ''}", *lines, f"{unit}}}"])
    text = f"Page({{\n{unit}data: {{}},\n{method},\n}})\n".replace("\n", newline)
    result = with_check(text, typescript)
    assert re.sub(r"\s", "", CHECK) in re.sub(r"\s", "", result)
    rest = iter(re.sub(r"\s", "", result))
    assert all(char in rest for char in re.sub(r"\s", "", text))  # nothing removed or reordered
    assert ("\n" not in result.replace("\r\n", "")) if newline == "\r\n" else "\r" not in result
    assert "`multi\nline`".replace("\n", newline) in result or "`multi" not in text


# --- deeply nested modules: no recursion anywhere -------------------------------------------

DEEP = {
    "parens-around-the-call": "const p = " + "(" * 600 + "Page({ onLoad() {} })" + ")" * 600 + "\n",
    "blocks-in-onload": "Page({\n  onLoad() {\n" + "if (a) {\n" * 300 + "b()\n" + "}\n" * 300 + "  }\n})\n",
    "parens-in-a-constant": "const config = { onLoad() { return " + "(" * 600 + "1" + ")" * 600 + " } }\nPage(config)\n",
    "syntax-error-deep": "Page({ onLoad() {\n" + "if (a) {\n" * 300 + "b(,\n" + "}\n" * 300 + "} })\n",
}


@pytest.mark.parametrize("text", DEEP.values(), ids=list(DEEP))
def test_deep_nesting_needs_no_recursion(text: str) -> None:
    info = analyze_module(text)
    assert info.kind == "page"
    if "b(," in text:
        assert not info.syntax_ok and info.notes[0].startswith("syntax error at 302:")
        return
    assert info.methods == frozenset({"onLoad"})
    assert "hideContact" in apply_edits(text, plan_statements(parts_of(text).lifecycle.body, CHECK, False))  # type: ignore[arg-type]
    edit = plan_method_insertion(text, info, HANDLERS)
    assert edit is not None and "onContactStart" in apply_edits(text, [edit])
