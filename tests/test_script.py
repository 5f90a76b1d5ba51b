"""script.py: Page/Component analysis with tree-sitter and method insertion in the file's style."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.script import ModuleInfo, analyze_module, plan_method_insertion

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
    code = "import sys, wecontact_cli.script; print(any(m.startswith('tree_sitter') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_parsers_are_cached() -> None:
    from wecontact_cli import script

    assert script._parser(False) is script._parser(False)
    assert script._parser(True) is script._parser(True)
    assert script._parser(True) is not script._parser(False)
