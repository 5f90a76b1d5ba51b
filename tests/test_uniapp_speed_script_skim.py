"""uni-app's WC301 reads a component's handler names without tree-sitter when it can be sure.

``frameworks/uniapp/script_skim.surely_defined`` must never name a method that
``vue_script.analyze_script`` does not list (when it lists any): then WC301's answer is the
same by either path. Proved here on generated and mutated components (options API, through
``defineComponent``, and ``<script setup>``), on every .vue file of the examples and tests,
and through the CLI, where a plain page is linted without starting tree-sitter at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import mutated, run_cli
from tests.uniapp_project import CELL, build
from wecontact_cli.frameworks.uniapp.rules._examples import vue_page
from wecontact_cli.frameworks.uniapp.script_skim import surely_defined
from wecontact_cli.syntax import vue_script
from wecontact_cli.syntax.vue import split_sfc
from wecontact_cli.syntax.vue_script import analyze_script

ROOT = Path(__file__).resolve().parent.parent

PREFIXES = [
    "", "// a comment\n", "/* a\n   b */\n", "import { ref } from 'vue'\n", "import x from 'y';\n\n",
    "import 'style.css'\n", "const f = () => 1\n", "const f = () =>\n", "if (ok)\n", "if (ok) {}\nelse\n",
    "do\n", "for (;;)\n", "while (x)\n", "for await (const a of b)\n", "label:\n", "x = new\n", "foo.\n",
    "declare ", "export ", "export default ", "onLoad(() => {})\n", "onLoad(() => { go() })\n", "a[0]\n",
    "let a = [1, 2]\n", "foo(\n", "'use strict'\n", "x = 1 // c\n", "return\n", "async\n", "x = async\n",
    "-->\n", "x++\n", "`${a}`\n", "function f() {}\n", "class A {}\n", "const enum E { A }\n", "namespace N {}\n",
    "export default {}\n", "export default { methods: { other() {} } }\n", "{\n", "}\n", "(\n", ")\n",
]
MEMBERS = [
    "onTap() {}", "onTap: function () {}", "onTap: function named() {}", "onTap: () => {}", "onTap: e => e",
    "async onTap() {}", "onTap: async () => {}", "*onTap() {}", "'onTap': function () {}", "onTap: imported",
    "onTap: utils.handler", "onTap: debounce(function () {}, 300)", "onTap: ready ? a : b",
    "get onTap() { return () => 1 }", "set onTap(v) {}", "onTap", "onTap: function () {} + 1", "onTap: true",
    "onTap: null", "onTap: 'text'", "onTap: `tpl ${a}`", "onTap: /re/", "onTap: 1", "onTap: [f]",
    "onTap: { a() {} }", "...base", "[name]: function () {}", "onTap(...args: unknown[]) {}",
    "onTap(): void {}", "methods: { onTap() {} }", "methods: shared",
    "onTap() { if (a < b) { return } }", "onTap() { return `a ${'}'} b` }", "onTap() { x = a ? '(' : ')' }",
]
OPTIONS = [
    "data() {\n    return { a: 1, list: [{ id: 0 }] }\n  }", "props: ['a']", "components: { Foo }",
    "computed: { b() { return 1 } }", "mixins: [shared]", "extends: Base", "setup() { return {} }",
    "setup() { return { onTap } }", "name: 'x'", "onLoad(options) { this.id = options.id }",
]
DECLARATIONS = [
    "function onTap() {}", "async function onTap(e) {\n  await go(e)\n}", "function* onTap() {}",
    "function onTap(...args: unknown[]) {\n  console.log('onTap', args)\n}", "function onTap(): void {}",
    "function onTap(): void\n{}", "function onTap(): void;", "function onTap(e: Event): void", "const onTap = () => {}",
    "const onTap: Handler = (e) => go(e)", "let onTap = null", "var onTap", "const onTap = 1, other = 2",
    "const other = 1, onTap = 2", "const { onTap } = useHandlers()", "const [onTap] = list",
    "declare const onTap: () => void", "export function onTap() {}", "class onTap {}", "onTap()",
    "const x = { onTap() {} }", "const onTap = ref('all')", "if (a) function onTap() {}",
    "if (a) { function onTap() {} }", "function wrap() { function onTap() {} }",
]
LANGS = ["", ' lang="ts"', ' lang="js"', ' lang="coffee"', ' src="./x.js"']


def options_script(prefix: str, wrapper: str, options: list[str], members: list[str], comma: bool) -> str:
    """An options-API script: ``export default {...}`` or ``defineComponent({...})``."""
    body = ",\n    ".join(members) + ("," if comma and members else "")
    opened, closed = {"object": ("{", "}"), "define": ("defineComponent({", "})"),
                      "extend": ("Vue.extend({", "})"), "other": ("wrap({", "})")}[wrapper]
    listed = "".join(f"  {o},\n" for o in options)
    return f"{prefix}export default {opened}\n{listed}  methods: {{\n    {body}\n  }}\n{closed}\n"


def setup_script(prefix: str, declarations: list[str], tail: str) -> str:
    """A ``<script setup>`` body of top-level declarations."""
    return prefix + "\n\n".join(declarations) + tail


def vue_file(scripts: list[tuple[str, str]]) -> str:
    """A .vue file: a template with the cell, then each (open tag attributes, code) script."""
    blocks = "".join(f"\n<script{attrs}>\n{code}\n</script>\n" for attrs, code in scripts)
    return f"<template>\n  <view>{CELL}</view>\n</template>\n{blocks}\n<style>\n.a {{}}\n</style>\n"


def assert_sure(text: str) -> frozenset[str]:
    """The contract: every name surely_defined gives is among the analysis's names (when the
    analysis knows them; when it does not, no handler is missing either)."""
    sfc = split_sfc(text)
    sure = surely_defined(text, sfc)
    names = analyze_script(text, sfc).names
    assert names is None or sure <= names, (text, sure, names)
    return sure


options_scripts = st.builds(options_script, st.sampled_from(PREFIXES),
                            st.sampled_from(["object", "define", "extend", "other"]),
                            st.lists(st.sampled_from(OPTIONS), max_size=3), st.lists(st.sampled_from(MEMBERS), max_size=5),
                            st.booleans())
setup_scripts = st.builds(setup_script, st.sampled_from(PREFIXES), st.lists(st.sampled_from(DECLARATIONS), max_size=5),
                          st.sampled_from(["", "\n", ";\n", "\nonTap()\n", "\n}\n"]))
files = st.one_of(
    st.builds(lambda lang, code: vue_file([(lang, code)]), st.sampled_from(LANGS), options_scripts),
    st.builds(lambda lang, code: vue_file([(" setup" + lang, code)]), st.sampled_from(LANGS), setup_scripts),
    st.builds(lambda setup, options: vue_file([(' setup lang="ts"', setup), ("", options)]), setup_scripts,
              options_scripts),
)
TRICKY = list("{}()[],;:'\"`/\\*<>#@$=\n ") + ["//", "/*", "*/", "${", "=>", "-->", "export default ", "const ",
                                                "function ", "else ", "if (a)", "declare ", "</script>", "\u2028"]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files)
def test_generated_components_never_name_a_method_the_analysis_does_not_list(text: str) -> None:
    assert_sure(text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files, st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 8), st.sampled_from(TRICKY)), max_size=4))
def test_mutated_components_never_name_a_method_the_analysis_does_not_list(
        text: str, edits: list[tuple[int, int, str]]) -> None:
    assert_sure(mutated(text, edits))


@pytest.mark.parametrize("member", MEMBERS)
def test_each_method_form_alone(member: str) -> None:
    for wrapper in ("object", "define"):
        assert_sure(vue_file([("", options_script("", wrapper, [], ["onLoad() {}", member, "onDone() {}"], False))]))


@pytest.mark.parametrize("declaration", DECLARATIONS)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_each_declaration_after_each_prefix(prefix: str, declaration: str) -> None:
    for lang in ("", ' lang="ts"'):
        assert_sure(vue_file([(" setup" + lang, setup_script(prefix, ["const a = 1", declaration], "\n"))]))


def test_the_shapes_generated_projects_use_are_read() -> None:
    options = options_script("import { x } from '../../utils'\n\n", "object", [OPTIONS[0]],
                             ["onTap(...args) {\n      console.log('onTap', args)\n    }", "startmessage: go",
                              "completemessage: debounce(() => {}, 300)"], False)
    assert assert_sure(vue_file([("", options)])) == {"onTap", "startmessage", "completemessage"}
    define = options_script("", "define", [], ["startmessage() {}"], True)
    assert assert_sure(vue_file([(' lang="ts"', define)])) == {"startmessage"}
    setup = setup_script("import { ref } from 'vue'\n\nconst tab = ref('all')\nonLoad(() => {})\n",
                         [DECLARATIONS[3], "async function go() {}", "const done = () => {}"], "\n")
    assert assert_sure(vue_file([(' setup lang="ts"', setup)])) == {"tab", "onTap", "go", "done"}


@pytest.mark.parametrize("code", [
    "if (a)\nfunction onTap() {}",  # the body of an if, not a top-level binding
    "if (a) {}\nelse\nconst onTap = 1",
    "declare function onTap(): void",
    "function onTap(): void\n{}",  # could read as an overload signature and a block
    "x = async\nfunction onTap() {}",
    "function wrap() {\n  function onTap() {}\n}",
])
def test_doubtful_setup_scripts_name_nothing(code: str) -> None:
    assert "onTap" not in surely_defined(*_split(vue_file([(" setup", code)])))


@pytest.mark.parametrize("code", [
    "if (a) export default { methods: { onTap() {} } }\nexport default {}",
    "export default { methods: { onTap() {} }, methods: {} }",  # methods twice
    "export default { onTap() {} }",  # not under methods
    "export default wrap({ methods: { onTap() {} } })",  # not a call vue_script unwraps
    "const a = /x/\nexport default { methods: { onTap() {} } }",  # a slash: a regular expression could follow
    "x = {\nexport default { methods: { onTap() {} } }",  # not at the top level
])
def test_doubtful_options_scripts_name_nothing(code: str) -> None:
    assert "onTap" not in surely_defined(*_split(vue_file([("", code)])))


def _split(text: str) -> tuple[str, object]:
    return text, split_sfc(text)


def test_every_vue_file_of_the_examples_and_tests() -> None:
    found = [p for folder in ("examples", "tests") for ext in ("*.vue", "*.nvue") for p in (ROOT / folder).rglob(ext)
             if "node_modules" not in p.parts]
    assert found
    proved = 0
    for path in found:
        proved += len(assert_sure(path.read_text(encoding="utf-8", errors="replace")))
    assert proved  # the examples' handlers are read by the skim, not only checked against it


@pytest.mark.parametrize("code", [
    "'" * 100_000, '"' + "\\" * 100_000, "/*" * 50_000, "`${" * 30_000, "(" * 100_000, "{" * 100_000,
    "export default {" + "a: (" * 30_000, "export default {methods: {" + "a() {}, " * 20_000 + "}}",
    "const a = 1\n" * 20_000, "function a() {}\n" * 10_000, "a" * 100_000 + " b\nconst c = 1",
    " " * 100_000 + "const c = 1", "x()" + " " * 100_000 + "\nconst c = 1", "export " * 30_000 + "default {}",
    "export default " * 20_000, "const " * 30_000, ";" * 100_000 + "\nexport default {}",
])
def test_pathological_scripts_end(code: str) -> None:
    for attrs in ("", " setup"):
        text = f"<script{attrs}>\n{code}\n</script>\n"
        surely_defined(text, split_sfc(text))  # a backtracking pattern would hang here


def _wc301(root: Path) -> list[str]:
    result = run_cli("lint", root, "-f", "json", "--select", "WC301", "--no-cache")
    return [d["message"] for d in json.loads(result.stdout) if d["code"] == "WC301"]


def _script_page(root: Path, attrs: str, code: str) -> Path:
    page = vue_page(CELL)
    start = page.index("<script")
    return build(root, {"pages/index/index.vue": page[:start] + f"<script{attrs}>\n{code}\n</script>\n"})


@pytest.mark.parametrize("attrs,code", [
    ("", "export default {\n  methods: {\n    startmessage(e) {},\n    completemessage: function (e) {},\n  },\n}"),
    (' setup lang="ts"', "import { ref } from 'vue'\nconst a = ref(1)\n\nfunction startmessage(e: unknown) {}\n"
                         "const completemessage = (e: unknown) => {}\n"),
])
def test_lint_of_a_plain_page_never_starts_tree_sitter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       attrs: str, code: str) -> None:
    root = _script_page(tmp_path, attrs, code)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tree-sitter parsed a script the skim reads")

    monkeypatch.setattr(vue_script, "_parser", refuse)
    assert _wc301(root) == []


def test_lint_still_reports_a_missing_handler(tmp_path: Path) -> None:
    root = _script_page(tmp_path, " setup", "function startmessage(e) {}\nconst completemessage = 1\nconst other = 2")
    assert _wc301(root) == []
    root = _script_page(tmp_path, " setup", "function startmessage(e) {}\n")
    messages = _wc301(root)
    assert len(messages) == 1 and "'completemessage'" in messages[0]


def test_lint_of_a_broken_script_reports_nothing(tmp_path: Path) -> None:
    root = _script_page(tmp_path, "", "export default {\n  methods: {\n    startmessage(e) { const = },\n  },\n}")
    assert _wc301(root) == []
