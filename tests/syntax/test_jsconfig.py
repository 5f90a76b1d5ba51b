"""syntax/jsconfig.py: Taro config modules read as JsonNode trees and edited in their own style."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PROVIDER
from wecontact_cli.frameworks.native import app as project
from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.syntax.jsontext import JsonNode, walk
from wecontact_cli.text.source import JsonFile, SourceFile
from wecontact_cli.syntax.jsconfig import (
    ConfigEditError, ConfigModule, JsNode, UnknownMember, detect_style, js_literal, plan_append_item,
    plan_insert_member, plan_replace_value, read_config,
)
from wecontact_cli.syntax.jscommon import Parsed

PLUGINS = {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
WEAPP = {"TARO_ENV": "weapp"}


def root_of(text: str, name: str = "app.config.ts", **kwargs: Any) -> JsNode:
    config = read_config(text, name, **kwargs)
    assert config.reason == "" and config.root is not None, config
    return config.root


def spans_ok(text: str, config: ConfigModule) -> None:
    """Every span lies inside the text, ends after it starts, and keys sit before values."""
    if config.root is None:
        return
    for node in walk(config.root):
        assert 0 <= node.start <= node.end <= len(text)
        for member in node.members:
            assert 0 <= member.key_start < member.key_end <= member.value.start or member.value.kind == "unknown"
        for unknown in getattr(node, "unknown", []):
            assert node.start < unknown.start < unknown.end < node.end


# ---- finding the config object --------------------------------------------------------------

SHAPES = [
    ("export-default", "export default {\n  pages: ['a'],\n}\n"),
    ("define-call", "export default defineAppConfig({\n  pages: ['a'],\n})\n"),
    ("define-call", "export default definePageConfig(({\n  pages: ['a'],\n} as const))\n"),
    ("export-default", "export default {\n  pages: ['a'],\n} satisfies AppConfig\n"),
    ("const", "const config = {\n  pages: ['a'],\n}\nexport default config\n"),
    ("const", "const config: Config = defineAppConfig({\n  pages: ['a'],\n})\n\nexport default config;\n"),
    ("const", "export const config = {\n  pages: ['a'],\n}\nexport default config\n"),
    ("const", "const config = {\n  pages: ['a'],\n}\nexport { config as default }\n"),
    ("module-exports", "module.exports = {\n  pages: ['a'],\n}\n"),
    ("const", "const config = {\n  pages: ['a'],\n}\nmodule.exports = config\n"),
    ("const", "const config = {\n  pages: ['a'],\n}\nif (config.window) log()\nexport default defineAppConfig(config)\n"),
]


@pytest.mark.parametrize(("shape", "text"), SHAPES)
def test_the_config_object_is_found_in_each_shape(shape: str, text: str) -> None:
    config = read_config(text, "app.config.ts")
    assert (config.shape, config.reason, config.syntax_ok) == (shape, "", True)
    assert config.root is not None
    assert (config.root.start, config.root.end) == (text.index("{\n"), text.index("}") + 1)
    pages = config.root.get("pages")
    assert pages is not None and pages.to_python() == ["a"]
    assert (pages.start, pages.end) == (text.index("["), text.index("]") + 1)
    assert config.root.members[0].key_start == text.index("pages")


@pytest.mark.parametrize(("text", "reason", "detail", "at"), [
    ("const config = { a: 1 }\nconfig.b = 2\nexport default config\n", "modified", "identifier", "config\n"),
    ("const config = { a: 1 }\nObject.assign(config, x)\nexport default config\n", "modified", "identifier", "config\n"),
    ("const config = { a: 1 }\ndelete config.a\nexport default config\n", "modified", "identifier", "config\n"),
    ("const config = { pages: [] }\nconfig.pages.push('x')\nexport default config\n", "modified", "identifier",
     "config\n"),
    ("let config = { a: 1 }\nconfig = {}\nexport default config\n", "modified", "identifier", "config\n"),
    ("export default getConfig()\n", "not-literal", "call", "getConfig"),
    ("export default process.env.X ? { a: 1 } : { a: 2 }\n", "not-literal", "conditional", "process"),
    ("export default function config() { return {} }\n", "not-literal", "other", "function"),
    ("export default config\n", "not-literal", "identifier", "config"),
    ("import config from './c'\nexport default config\n", "not-literal", "identifier", "config\n"),
])
def test_an_object_that_cannot_be_read_statically_says_why(text: str, reason: str, detail: str, at: str) -> None:
    config = read_config(text, "app.config.ts")
    assert (config.root, config.reason, config.detail) == (None, reason, detail)
    assert config.offset == text.rindex(at)


@pytest.mark.parametrize(("text", "reason"), [
    ("export const config = { a: 1 }\n", "no-default-export"),  # Taro reads the default export only
    ("const config = { a: 1 }\n", "no-export"),
    ("", "no-export"),
    ("export default {\n  pages: ['a',\n", "syntax-error"),
    ("export default { a: 1 }\nconst = 2\n", ""),  # the config itself is intact
])
def test_missing_exports_and_broken_files(text: str, reason: str) -> None:
    config = read_config(text, "app.config.js")
    assert config.reason == reason
    assert config.syntax_ok == ("const =" not in text and "'a',\n" not in text)


def test_a_config_function_reads_its_base_object() -> None:
    """config/index: Taro 3's merge function and Taro 4's defineConfig(async (merge) => ...)."""
    taro3 = ("const config = {\n  sourceRoot: 'src',\n  outputRoot: 'dist',\n  framework: 'react',\n}\n\n"
             "module.exports = function (merge) {\n  if (process.env.NODE_ENV === 'development') {\n"
             "    return merge({}, config, require('./dev'))\n  }\n  return merge({}, config, require('./prod'))\n}\n")
    taro4 = ("import { defineConfig, type UserConfigExport } from '@tarojs/cli'\n\n"
             "export default defineConfig<'webpack5'>(async (merge, { command, mode }) => {\n"
             "  const baseConfig: UserConfigExport<'webpack5'> = {\n    sourceRoot: 'src',\n"
             "    outputRoot: 'dist',\n    framework: 'vue3',\n  }\n"
             "  if (process.env.NODE_ENV === 'development') {\n    return merge({}, baseConfig, devConfig)\n  }\n"
             "  return merge({}, baseConfig, prodConfig)\n})\n")
    direct = "const baseConfig = { sourceRoot: 'src', outputRoot: 'dist' }\nexport default defineConfig(baseConfig)\n"
    arrow = "export default defineConfig(() => ({ sourceRoot: 'app', outputRoot: 'build' }))\n"
    for text, framework in ((taro3, "react"), (taro4, "vue3"), (direct, None), (arrow, None)):
        config = read_config(text, "config/index.ts")
        assert config.root is not None, (text, config)
        values = config.root.to_python()
        assert values["outputRoot"] in ("dist", "build") and values.get("framework") == framework
    assert read_config(taro4, "index.ts").shape == "function"
    assert read_config(taro3, "index.js").root.start == taro3.index("{")  # type: ignore[union-attr]


def test_process_env_is_folded_only_when_given() -> None:
    text = ("const out = process.env.TYPE === 'weapp' ? 'dist-weapp' : 'dist-other'\n"
            "export default defineConfig({\n  outputRoot: `dist/${process.env.TARO_ENV}`,\n"
            "  other: 'dist/' + process.env.TARO_ENV,\n  out,\n  cond: process.env.TARO_ENV === 'h5' ? 'a' : 'b',\n"
            "  unknown: `x${process.env.NOPE}`,\n})\n")
    plain = root_of(text, "index.ts")
    assert plain.to_python() == {"outputRoot": "template", "other": "other", "out": "identifier",
                                 "cond": "conditional", "unknown": "template"}
    folded = root_of(text, "index.ts", env={"TARO_ENV": "weapp", "TYPE": "weapp"})
    assert folded.to_python() == {"outputRoot": "dist/weapp", "other": "dist/weapp", "out": "dist-weapp",
                                  "cond": "b", "unknown": "template"}
    out = folded.get("outputRoot")
    assert isinstance(out, JsNode) and not out.written  # computed: a writer never edits it
    assert (out.start, out.end) == (text.index("`dist"), text.index("`,") + 1)


def test_a_scalar_constant_is_read_through_its_name() -> None:
    text = "const ROOT = 'src'\nexport default { sourceRoot: ROOT, name: NAME }\n"
    root = root_of(text, "index.js")
    assert root.to_python() == {"sourceRoot": "src", "name": "identifier"}
    source = root.get("sourceRoot")
    assert source is not None and (source.start, source.end) == (text.index("ROOT,"), text.index("ROOT,") + 4)


# ---- the tree: keys, values, unknowns, spans -------------------------------------------------

def test_keys_values_and_their_spans() -> None:
    text = ("export default {\n  plain: 'a\\u0041\\x41\\n',\n  'quoted-key': \"b\",\n  0x10: 1_000,\n  1.5: -2.5e1,\n"
            "  tpl: `line\\tend`,\n  yes: true,\n  no: false,\n  nothing: null,\n  oct: 0o17,\n  legacy: 017,\n"
            "  big: 10n,\n  neg: +3,\n}\n")
    root = root_of(text)
    assert root.to_python() == {"plain": "aAA\n", "quoted-key": "b", "16": 1000, "1.5": -25.0, "tpl": "line\tend",
                                "yes": True, "no": False, "nothing": None, "oct": 15, "legacy": 15,
                                "big": "other", "neg": 3}
    quoted = root.member("quoted-key")
    assert quoted is not None
    assert (quoted.key_start, quoted.key_end) == (text.index("'quoted-key'"), text.index("'quoted-key'") + 12)
    assert (quoted.value.start, quoted.value.end) == (text.index('"b"'), text.index('"b"') + 3)
    hexa = root.member("16")
    assert hexa is not None and text[hexa.key_start:hexa.key_end] == "0x10"
    assert [n.type_name for n in (root.get("yes"), root.get("nothing"))] == ["boolean", "null"]  # type: ignore[union-attr]


@pytest.mark.parametrize(("value", "reason"), [
    ("someName", "identifier"), ("undefined", "identifier"), ("make()", "call"), ("await load()", "call"),
    ("new Date()", "call"), ("a ? 'x' : 'y'", "conditional"), ("`a${b}`", "template"), ("1 + 2", "other"),
    ("() => 1", "other"), ("/re/", "other"), ("process.env.X", "other"),
])
def test_values_that_are_not_literals_carry_a_reason(value: str, reason: str) -> None:
    text = f"export default {{\n  key: {value},\n}}\n"
    node = root_of(text).get("key")
    assert node is not None and (node.kind, node.value) == ("unknown", reason)
    assert (node.start, node.end) == (text.index(value), text.index(value) + len(value))


def test_spreads_and_computed_keys_mark_the_object_not_fully_known() -> None:
    text = "export default {\n  a: 1,\n  ...base,\n  b: 2,\n  [key]: 3,\n  c() { return 1 },\n  get d() { return 2 },\n}\n"
    root = root_of(text)
    assert root.unknown == [UnknownMember("spread", text.index("...base"), text.index("...base") + 7),
                            UnknownMember("computed-key", text.index("[key]"), text.index("[key]: 3") + 8)]
    assert not root.fully_known
    assert [m.key for m in root.members] == ["a", "b", "c", "d"]
    assert root.to_python() == {"a": 1, "b": 2, "c": "other", "d": "other"}
    # `a` may be overridden by the spread; `b` may equal the computed key; neither is settled.
    assert not root.settled("a") and not root.settled("b") and not root.settled("missing")
    assert root_of("export default { ...base, a: 1 }").settled("a")
    assert root_of("export default { a: 1 }").settled("zzz")


def test_arrays_keep_indices_with_holes_and_spreads() -> None:
    text = "export default { pages: ['a', , 'b', ...more] }\n"
    pages = root_of(text).get("pages")
    assert isinstance(pages, JsNode)
    assert [(i.kind, i.value) for i in pages.items] == [("string", "a"), ("unknown", "other"), ("string", "b"),
                                                        ("unknown", "spread")]
    assert not pages.fully_known
    assert (pages.items[3].start, pages.items[3].end) == (text.index("...more"), text.index("...more") + 7)


def test_character_offsets_with_chinese_text_and_emoji() -> None:
    text = "// 配置 🎉\nexport default {\n  navigationBarTitleText: '联系客服😀',\n  pages: ['页面'],\n}\n"
    root = root_of(text)
    title = root.get("navigationBarTitleText")
    assert title is not None and text[title.start:title.end] == "'联系客服😀'"
    pages = root.get("pages")
    assert pages is not None and text[pages.start:pages.end] == "['页面']"


def test_a_bom_is_one_character() -> None:
    text = "\ufeffexport default { a: 'é' }\n"
    node = root_of(text).get("a")
    assert node is not None and text[node.start:node.end] == "'é'"


def test_declarations_read_by_the_app_json_code_unchanged(tmp_path: Path) -> None:
    """project.py's readers take the tree of app.config.ts as they take app.json's."""
    text = (f"export default defineAppConfig({{\n  pages: ['pages/index/index'],\n"
            f"  plugins: {{\n    contactPlugin: {{ version: '1.3.0', provider: '{PROVIDER}' }},\n  }},\n"
            f"  subPackages: [{{ root: 'pkg', pages: ['a/index'], plugins: {{ other: {{ provider: 'wx1' }} }} }}],\n}})\n")
    root = root_of(text)
    file = JsonFile(SourceFile(tmp_path / "app.config.ts", text.encode(), text, False), root)
    (declaration,) = project._declarations(file, root, None)
    assert (declaration.alias, declaration.provider, declaration.version, declaration.is_contact) == (
        "contactPlugin", PROVIDER, "1.3.0", True)
    assert declaration.key_offset == text.index("contactPlugin")
    (sub,) = project._subpackages(file)
    assert (sub.root, sub.pages) == ("pkg", ("a/index",))
    assert [d.alias for d in project._declarations(file, sub.node, sub.root)] == ["other"]


# ---- style ----------------------------------------------------------------------------------

def test_the_style_is_the_files() -> None:
    style = detect_style(Parsed('export default {\r\n    "a": ["x", "y",],\r\n    "b": {"c": 1},\r\n}\r\n',
                                "typescript"))
    assert (style.quote, style.quote_keys, style.trailing_comma, style.brace_space) == ('"', True, True, False)
    assert (style.layout.indent, style.layout.newline) == ("    ", "\r\n")
    plain = detect_style(Parsed("export default {\n\ta: 'x',\n\tb: { c: 1 }\n}\n", "typescript"))
    assert (plain.quote, plain.quote_keys, plain.trailing_comma, plain.brace_space) == ("'", False, False, True)
    assert plain.layout.indent == "\t"


def test_values_are_written_as_js_literals() -> None:
    style = detect_style(Parsed("export default { a: 'x' }", "typescript"))
    written = js_literal({"a-b": ["x", 1, 2.5, True, None], "q": "it's \\ \u2028\n"}, style)
    assert written == ("{\n  'a-b': ['x', 1, 2.5, true, null],\n  q: 'it\\'s \\\\ \\u2028\\n'\n}")
    with pytest.raises(ValueError):
        js_literal(float("nan"), style)
    with pytest.raises(TypeError):
        js_literal(object(), style)


# ---- edits ----------------------------------------------------------------------------------

def apply(text: str, edit: TextEdit) -> str:
    result = apply_edits(text, [edit])
    deleted = text[edit.start:edit.end]
    assert not deleted.strip() or deleted in edit.text  # nothing of the user's is lost
    return result


def test_insert_into_the_root_keeps_comments_on_their_lines() -> None:
    text = ("export default defineAppConfig({\n  pages: [\n    'pages/index/index', // home\n  ],\n"
            "  window: {\n    navigationBarTitleText: 'Hi' // title\n  }\n})\n")
    edit = plan_insert_member(text, "app.config.ts", [], "plugins", PLUGINS)
    assert apply(text, edit) == (
        "export default defineAppConfig({\n  pages: [\n    'pages/index/index', // home\n  ],\n"
        "  window: {\n    navigationBarTitleText: 'Hi' // title\n  },\n  plugins: {\n    contactPlugin: {\n"
        f"      version: '1.3.0',\n      provider: '{PROVIDER}'\n    }}\n  }}\n}})\n")


def test_insert_follows_quotes_key_quoting_trailing_commas_and_crlf() -> None:
    text = 'module.exports = {\r\n    "pages": ["a",],\r\n    "window": {},\r\n};\r\n'
    result = apply(text, plan_insert_member(text, "app.config.js", [], "plugins", PLUGINS))
    assert result == ('module.exports = {\r\n    "pages": ["a",],\r\n    "window": {},\r\n    "plugins": {\r\n'
                      '        "contactPlugin": {\r\n            "version": "1.3.0",\r\n'
                      f'            "provider": "{PROVIDER}",\r\n        }},\r\n    }},\r\n}};\r\n')


@pytest.mark.parametrize(("text", "path", "key", "value", "expected"), [
    ("export default { a: 1 }", [], "b", "x", "export default { a: 1, b: 'x' }"),
    ("export default {a: 1,}", [], "b", 2, "export default {a: 1, b: 2,}"),
    ("export default {\n  a: 1 }\n", [], "b", 2, "export default {\n  a: 1,\n  b: 2\n}\n"),
    ("export default {\n  u: {},\n}\n", ["u"], "cell", "p", "export default {\n  u: {\n    cell: 'p',\n  },\n}\n"),
    ("export default {\n  u: { },\n}\n", ["u"], "cell", "p", "export default {\n  u: {\n    cell: 'p',\n  },\n}\n"),
    ("export default {\n  u: { // none\n  },\n}\n", ["u"], "c", 1,
     "export default {\n  u: { // none\n    c: 1,\n  },\n}\n"),
    ("export default {\n  u: {\n    a: 1,\n    // later\n  },\n}\n", ["u"], "b", 2,
     "export default {\n  u: {\n    a: 1,\n    b: 2,\n    // later\n  },\n}\n"),
    ("export default {\n  a: 1 /* one */\n  , b: 2\n}\n", [], "c", 3,
     "export default {\n  a: 1 /* one */\n  , b: 2,\n  c: 3\n}\n"),
    ("export default {\n  s: [{ root: 'x', pages: [] }],\n}\n", ["s", 0], "k", True,
     "export default {\n  s: [{ root: 'x', pages: [], k: true }],\n}\n"),
    ("export default {}", [], "a-b", 1, "export default { 'a-b': 1 }"),
])
def test_insert_member_layouts(text: str, path: list[Any], key: str, value: Any, expected: str) -> None:
    assert apply(text, plan_insert_member(text, "a.config.ts", path, key, value)) == expected


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("export default { pages: ['a'] }", "b", "export default { pages: ['a', 'b'] }"),
    ("export default { pages: ['a','c'] }", "b", "export default { pages: ['a','c','b'] }"),
    ("export default {\n  pages: [\n    'a',\n  ],\n}\n", "b", "export default {\n  pages: [\n    'a',\n    'b',\n  ],\n}\n"),
    ("export default {\n  pages: [\n    'a' // first\n  ],\n}\n", "b",
     "export default {\n  pages: [\n    'a', // first\n    'b'\n  ],\n}\n"),
    ("export default {\n  pages: [],\n}\n", "b", "export default {\n  pages: ['b'],\n}\n"),
    ("export default {\n  pages: [...base],\n}\n", "b", "export default {\n  pages: [...base, 'b'],\n}\n"),
])
def test_append_item_layouts(text: str, value: str, expected: str) -> None:
    assert apply(text, plan_append_item(text, "app.config.ts", ["pages"], value)) == expected


def test_append_a_subpackage_object_on_its_own_lines() -> None:
    text = "export default {\n  subPackages: [],\n}\n"
    result = apply(text, plan_append_item(text, "app.config.ts", ["subPackages"], {"root": "p", "pages": ["a"]}))
    assert result == ("export default {\n  subPackages: [\n    {\n      root: 'p',\n      pages: ['a'],\n    },\n  ],\n}\n")


def test_replace_keeps_the_strings_own_quote() -> None:
    text = 'export default {\n  title: "old", n: 1,\n}\n'
    new_title = apply_edits(text, [plan_replace_value(text, "a.ts", ["title"], "new")])
    assert new_title == 'export default {\n  title: "new", n: 1,\n}\n'
    assert apply_edits(text, [plan_replace_value(text, "a.ts", ["n"], 2)]) == 'export default {\n  title: "old", n: 2,\n}\n'


@pytest.mark.parametrize(("text", "path", "reason", "at", "detail", "where"), [
    ("export default { ...base, pages: [] }", [], "unsettled", (), "spread", "{"),
    ("export default { plugins: shared }", ["plugins"], "not-literal", ("plugins",), "identifier", "shared"),
    ("export default { plugins: make() }", ["plugins"], "not-literal", ("plugins",), "call", "make"),
    ("export default { plugins: [] }", ["plugins"], "not-object", ("plugins",), "array", "["),
    ("export default { pages: [] }", ["plugins"], "missing", (), "", "{"),
    ("export default { s: [...x, {}] }", ["s", 1], "unsettled", ("s",), "spread", "["),
    ("export default { s: [] }", ["s", 0], "missing", ("s",), "", "["),
    ("export default { p: {}, ...o }", ["p"], "unsettled", (), "spread", "{"),
    ("export default { p: { [k]: 1 } }", ["p"], "unsettled", ("p",), "computed-key", "{ ["),
    ("const R = {}\nexport default { p: `a${b}` }", ["p"], "not-literal", ("p",), "template", "`"),
    ("export default getConfig()", [], "not-found", (), "not-literal", None),
    ("export default { a: 1", [], "not-found", (), "syntax-error", None),
])
def test_refusals_carry_the_lines_to_add(text: str, path: list[Any], reason: str, at: tuple[Any, ...],
                                         detail: str, where: str | None) -> None:
    with pytest.raises(ConfigEditError) as caught:
        plan_insert_member(text, "app.config.ts", path, "plugins", PLUGINS)
    error = caught.value
    assert (error.reason, error.at, error.detail, error.path) == (reason, at, detail, (*path, "plugins"))
    assert error.snippet == ("plugins: {\n  contactPlugin: {\n    version: '1.3.0',\n"
                             f"    provider: '{PROVIDER}'\n  }}\n}}")
    if where is not None:
        assert error.offset == text.index(where, text.index("{") if where != "{" else 0)


def test_refusals_for_existing_keys_computed_values_and_broken_files() -> None:
    with pytest.raises(ConfigEditError) as caught:
        plan_insert_member("export default { plugins: {} }", "a.ts", [], "plugins", {})
    assert caught.value.reason == "exists" and caught.value.offset == 17
    env_text = "export default { outputRoot: `dist/${process.env.TARO_ENV}` }"
    with pytest.raises(ConfigEditError) as caught:
        plan_replace_value(env_text, "index.ts", ["outputRoot"], "out", env=WEAPP)
    assert (caught.value.reason, caught.value.snippet) == ("not-literal", "outputRoot: 'out'")
    with pytest.raises(ConfigEditError) as caught:
        plan_append_item("export default { pages: [] }\nconst = 1\n", "a.ts", ["pages"], "x")
    assert caught.value.reason == "syntax-error" and caught.value.snippet == "'x'"
    with pytest.raises(ConfigEditError) as caught:
        plan_replace_value("export default { w: {} }", "a.ts", ["w"], 1)
    assert caught.value.reason == "not-scalar"


def test_an_edit_is_idempotent_through_its_reader() -> None:
    """Planning twice: the second time the key exists, which the caller sees before writing."""
    text = "export default { pages: ['a'] }\n"
    once = apply(text, plan_insert_member(text, "a.ts", [], "plugins", PLUGINS))
    assert root_of(once).get("plugins") is not None
    with pytest.raises(ConfigEditError):
        plan_insert_member(once, "a.ts", [], "plugins", PLUGINS)


# ---- properties ------------------------------------------------------------------------------

JS_PIECES = st.sampled_from(["export", "default", "const", "config", "=", "{", "}", "[", "]", "(", ")", ",", ":",
                             "...", "a", "'s'", '"t"', "`u${v}`", "1", "0x1", "//c\n", "/*d*/", "\n", " ",
                             "defineAppConfig", "module.exports", "merge", "=>", "return", "function", "as const",
                             "?", "联系", "😀", "\ufeff", "\\", "'"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=200), st.lists(JS_PIECES, max_size=40).map("".join)),
       name=st.sampled_from(["a.ts", "a.js", "a.tsx"]), env=st.sampled_from([None, WEAPP]))
def test_reading_never_raises_and_spans_stay_in_range(text: str, name: str, env: Any) -> None:
    config = read_config(text, name, env=env)
    spans_ok(text, config)


VALUES = st.recursive(
    st.one_of(st.booleans(), st.none(), st.integers(-1000, 10**6), st.text("ab '\"\\\n中😀", max_size=6)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text("abc-_1", min_size=1, max_size=4), inner, max_size=3)),
    max_leaves=8)


def render(value: Any, quote: str, quote_keys: bool, comma: bool, indent: str, nl: str, level: str = "") -> str:
    """An independent writer for generated configs (not the one under test)."""
    inner = level + indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f"{key_text(k, quote, quote_keys)}: {render(v, quote, quote_keys, comma, indent, nl, inner)}"
                 for k, v in value.items()]
        return "{" + nl + inner + ("," + nl + inner).join(parts) + ("," if comma else "") + nl + level + "}"
    if isinstance(value, list):
        return "[" + ", ".join(render(v, quote, quote_keys, comma, indent, nl, level) for v in value) + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n")
        return quote + escaped + quote
    return {True: "true", False: "false", None: "null"}.get(value, str(value))  # type: ignore[arg-type]


def key_text(key: str, quote: str, quote_keys: bool) -> str:
    plain = key.replace("-", "").isalnum() and "-" not in key and not key[0].isdigit()
    return key if plain and not quote_keys else quote + key + quote


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])
@given(config=st.dictionaries(st.sampled_from(["pages", "window", "tabBar", "x-y", "n1"]), VALUES, max_size=4),
       quote=st.sampled_from(["'", '"']), quote_keys=st.booleans(), comma=st.booleans(),
       indent=st.sampled_from(["  ", "    ", "\t"]), nl=st.sampled_from(["\n", "\r\n"]),
       wrapper=st.sampled_from(["export default {}\n", "export default defineAppConfig({})\n",
                                "const config = {}\n\nmodule.exports = config\n"]),
       name=st.sampled_from(["app.config.ts", "app.config.js"]))
def test_inserting_reads_back_and_keeps_every_other_byte(config: dict[str, Any], quote: str, quote_keys: bool,
                                                         comma: bool, indent: str, nl: str, wrapper: str,
                                                         name: str) -> None:
    body = render(config, quote, quote_keys, comma, indent, nl)
    text = wrapper.replace("{}", body, 1).replace("\n", nl)
    edit = plan_insert_member(text, name, [], "plugins", PLUGINS)
    result = apply(text, edit)
    assert result[:edit.start] == text[:edit.start] and result[len(result) - (len(text) - edit.end):] == text[edit.end:]
    after = root_of(result, name).to_python()
    assert after == {**root_of(text, name).to_python(), "plugins": PLUGINS}
    if quote in body:  # the file writes strings: the new ones use its quote
        assert f"{quote}1.3.0{quote}" in edit.text
    assert ("\r\n" in edit.text) == (nl == "\r\n") and edit.text.count("\n") == edit.text.count(nl)
    if config:
        assert edit.text.rstrip(nl + "}").endswith(",") == comma
