"""Native WC301 reads a page's handler names without tree-sitter when it can be sure.

``script_skim.surely_defined`` must never name a method that tree-sitter's analysis does not
list (when it lists any): then WC301's answer is the same by either path. Proved here on
generated and mutated scripts, on every script of the examples and tests, and through the
CLI, where a plain page is linted without starting tree-sitter at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import make_project, mutated, run_cli
from wecontact_cli.frameworks.native.script_skim import surely_defined
from wecontact_cli.syntax import page_script
from wecontact_cli.syntax.page_script import analyze_module

ROOT = Path(__file__).resolve().parent.parent

PREFIXES = [
    "", "// pages/index/index.js\n", "/* a\n   b */\n", "const app = getApp()\n\n", "const app = getApp();\n",
    "import { x } from '../../utils'\n", "import x from 'y';\n", "const f = () => 1\n", "const f = () =>\n",
    "class A extends B {}\n", "class A extends (B)\n", "if (ok)\n", "x = new\n", "foo.\n", "Page({})\n",
    "Component({})\n", "const fmt = (n) => { return n }\n", "let a = [1, 2]\n", "foo(\n", "'use strict'\n",
    "const s = 'Page('\n", "// Page( in a comment\n", "x = 1 // c\n", "return\n", "async\n", "-->\n",
]
MEMBERS = [
    "onTap() {}", "onTap: function () {}", "onTap: function named() {}", "onTap: () => {}", "onTap: e => e",
    "async onTap() {}", "onTap: async () => {}", "*onTap() {}", "'onTap': function () {}", '"onTap"() {}',
    "onTap: imported", "onTap: utils.handler", "onTap: debounce(function () {}, 300)", "onTap: ready ? a : b",
    "onTap: custom || fallback", "get onTap() { return () => 1 }", "set onTap(v) {}", "onTap",
    "onTap: function () {} + 1", "onTap: () => {} ? 1 : 2", "onTap: void (x)", "onTap: typeof (x)",
    "onTap: true", "onTap: undefined", "onTap: null", "onTap: this", "onTap: this.go", "onTap: new Map()",
    "onTap: 'text'", "onTap: `tpl ${a}`", "onTap: /re/", "onTap: a / b", "onTap: 1", "onTap: -1", "onTap: [f]",
    "onTap: { a() {} }", "onTap: (f)", "onTap: a\n  (b)", "onTap: f`x`", "onTap: a?.b", "onTap: <div/>",
    "data: { a: 1, b: [1, 2, { c: 'x' }] }", "onLoad(options) { this.setData({ a: `${options.id}` }) }",
    "behaviors: []", "behaviors: [shared]", "...base", "[name]: function () {}", "1: () => {}",
    "'on\\u0054ap'() {}", "methods: { onTap() {}, go: () => {} }", "methods: { onTap: 1 }", "methods: shared",
    "methods() {}", "async\n  onTap() {}", "onTap /* c */ () {}", "// c\n  onTap() {}", "onTap: function*() {}",
    "onTap: async function () { await x }", "async: 1", "get() {}", "async() {}", "static: 2",
    "onTap() { if (a < b) { return } }", "onTap() { const s = 'it\\'s'; return s }",
    "onTap() { return `a ${'}'} b` }", "onTap() { return `${ {a: 1}.a }` }", "onTap() { x = a ? '(' : ')' }",
]
TAILS = ["", "\n", ";\n", "\nmodule.exports = {}\n", "\n(function () {})()\n", "\n}\n", "\nPage({ onTap: 1 })\n"]
TRICKY = list("{}()[],;:'\"`/\\*<>#@$=\n ") + ["//", "/*", "*/", "${", "=>", "-->", "Page(", "get ", "...", "\u2028"]


def script(prefix: str, kind: str, members: list[str], tail: str, comma: bool) -> str:
    """A page script of the shapes real projects write."""
    body = ",\n  ".join(members) + ("," if comma and members else "")
    if kind == "Component":
        return f"{prefix}Component({{\n  data: {{}},\n  methods: {{\n  {body}\n  }}\n}}){tail}"
    return f"{prefix}Page({{\n  data: {{}},\n  {body}\n}}){tail}"


def assert_sure(text: str) -> frozenset[str]:
    """The contract: every name surely_defined gives is among tree-sitter's methods (when
    tree-sitter knows them; when it does not, no handler is missing either)."""
    sure = surely_defined(text)
    methods = analyze_module(text, insertion=False).methods
    assert methods is None or sure <= methods, (text, sure, methods)
    return sure


scripts = st.builds(script, st.sampled_from(PREFIXES), st.sampled_from(["Page", "Component"]),
                    st.lists(st.sampled_from(MEMBERS), max_size=6), st.sampled_from(TAILS), st.booleans())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scripts)
def test_generated_scripts_never_name_a_method_tree_sitter_does_not_list(text: str) -> None:
    assert_sure(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scripts, st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 8), st.sampled_from(TRICKY)), max_size=4))
def test_mutated_scripts_never_name_a_method_tree_sitter_does_not_list(
        text: str, edits: list[tuple[int, int, str]]) -> None:
    assert_sure(mutated(text, edits))


@pytest.mark.parametrize("member", MEMBERS)
def test_each_member_form_alone(member: str) -> None:
    for kind in ("Page", "Component"):
        assert_sure(script("", kind, ["onLoad() {}", member, "onDone() {}"], "\n", False))


def test_plain_pages_are_read_without_tree_sitter() -> None:
    page = script("// pages/a/index.js\nconst app = getApp()\n\n", "Page",
                  ["onLoad(options) { this.setData({ id: options.id }) }", "onTap: function (e) {}",
                   "onGo: () => { wx.navigateTo({ url: `/pages/b?id=${this.data.id}` }) }", "onUse: utils.handler"],
                  "\n", True)
    assert assert_sure(page) == {"onLoad", "onTap", "onGo", "onUse"}
    component = script("", "Component", ["startmessage(e) {}", "completemessage: async function (e) {}"], "\n", False)
    assert assert_sure(component) == {"startmessage", "completemessage"}


@pytest.mark.parametrize("text", [
    "Page({ onTap() {}, onTap: 1 })",  # the last key counts
    "Page({ a: function () {} + 1 })",  # a binary expression, not a function
    "Page({ a: void (x), b: typeof (y) })",  # operators that look like calls
    "Page({ a() {} // })\n, b)",  # a comment hides the brackets
    "const f = () =>\nPage({ a() {} })\nPage({})",  # the first call is in an arrow's body
    "x = 1 / 2\nPage({ a() {} })",  # a slash: a regular expression could follow
    "Page({ a() { return <div>'</div> } })",  # JSX
    "Component({ methods: { a() {} }, methods: {} })",  # methods twice
    "Component({ a() {} })",  # a Component's own functions are not handlers
])
def test_doubtful_scripts_name_nothing_wrong(text: str) -> None:
    assert "a" not in assert_sure(text) or text.startswith("Page({ a() {} //")


def test_every_script_of_the_examples_and_tests() -> None:
    found = [p for folder in ("examples", "tests") for p in (ROOT / folder).rglob("*.js")
             if "node_modules" not in p.parts]
    assert found
    for path in found:
        assert_sure(path.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.parametrize("text", [
    "'" * 100_000, '"' + "\\" * 100_000, "/*" * 50_000, "`${" * 30_000, "(" * 100_000, "{" * 100_000,
    "Page({" + "a: (" * 30_000, "Page({" + "a() {}, " * 20_000 + "})", "// x\n" * 30_000 + "Page({a(){}})",
    "Page({ a: " + "b." * 50_000 + "c })", "Page({ a: " + "`${'x'}`" * 20_000 + " })",
    ";" * 100_000 + "\nPage({})", "x()" + " /* */" * 30_000 + "\nPage({})",
])
def test_pathological_texts_end(text: str) -> None:
    surely_defined(text)  # a backtracking pattern would hang here


def _page(root: Path, script_text: str) -> Path:
    make_project(root, {"pages": ["pages/index/index"], "plugins": {
        "contactPlugin": {"version": "1.0.0", "provider": "wx104a1a20c3f81ec2"}}})
    page = root / "miniprogram/pages/index"
    page.mkdir(parents=True)
    (page / "index.json").write_text('{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n', encoding="utf-8")
    (page / "index.wxml").write_text(
        '<cell plugid="a1b2c3d4" bind:startmessage="onStart" bind:completemessage="onDone" />\n', encoding="utf-8")
    (page / "index.js").write_text(script_text, encoding="utf-8")
    return root


def _wc301(root: Path) -> list[str]:
    result = run_cli("lint", root, "-f", "json", "--select", "WC301", "--no-cache")
    return [d["message"] for d in json.loads(result.stdout) if d["code"] == "WC301"]


def test_lint_of_a_plain_page_never_starts_tree_sitter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _page(tmp_path, "// index.js\nconst app = getApp()\n\nPage({\n  onStart(e) {},\n  onDone: function (e) {},\n})\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tree-sitter parsed a page the skim reads")

    monkeypatch.setattr(page_script, "_parser", refuse)
    assert _wc301(root) == []


def test_lint_still_reports_a_missing_handler(tmp_path: Path) -> None:
    root = _page(tmp_path, "Page({\n  onStart(e) {},\n  onDone: 1,\n})\n")
    messages = _wc301(root)
    assert len(messages) == 1 and "'onDone'" in messages[0]


def test_lint_of_a_broken_call_reports_nothing(tmp_path: Path) -> None:
    root = _page(tmp_path, "Page({\n  onStart(e) { const = },\n})\n")
    assert _wc301(root) == []
