"""syntax/vue_script.py: the handlers a component's template can call, and inserting new ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.edits import apply_edits
from wecontact_cli.syntax.vue import split_sfc
from wecontact_cli.syntax.vue_script import analyze_script, plan_handlers

HANDLERS = [
    ("onStart", "onStart(e) {\n  console.log(\"start\", e.detail);\n}"),
    ("onComplete", "onComplete(e) {\n  if (e.detail.errcode !== 0) {\n    console.warn(\"failed\", e.detail.errcode);\n  }\n}"),
]


def info(text: str):
    return analyze_script(text, split_sfc(text))


def plan(text: str, handlers=HANDLERS):
    return plan_handlers(text, split_sfc(text), handlers)


def script(body: str, attrs: str = "") -> str:
    return f"<template>\n  <view />\n</template>\n\n<script{attrs}>\n{body}</script>\n"


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "export default {\n  methods: {\n    a() {},\n    b: () => 1,\n    c: function () {},\n    d: imported,\n"
    "    e: debounce(f, 300),\n    async f() {},\n    n: 1,\n    s: 'x',\n  },\n}\n",
    "import { defineComponent } from 'vue'\nexport default defineComponent({ methods: { a() {}, b() {}, c() {},"
    " d() {}, e() {}, f() {} } })\n",
    "import Vue from 'vue'\nexport default Vue.extend({ methods: { a() {}, b() {}, c() {}, d() {}, e() {}, f() {} } })\n",
    "const options = { methods: { a() {}, b() {}, c() {}, d() {}, e() {}, f() {} } }\nexport default options\n",
])
def test_options_api_methods(body: str) -> None:
    found = info(script(body))
    assert found.names == frozenset("abcdef") and found.style == "options" and found.reason is None


def test_setup_returns_and_other_names() -> None:
    body = ("export default {\n  props: ['plugid', 'title'],\n  data() { return { count: 0 } },\n"
            "  computed: { label() { return '' } },\n  setup() {\n    const onStart = () => {}\n"
            "    function inner() { return 1 }\n    return { onStart }\n  },\n  methods: { onTap() {} },\n}\n")
    found = info(script(body))
    assert found.names == {"onStart", "onTap"}
    assert found.other_names == {"plugid", "title", "count", "label"}


@pytest.mark.parametrize(("body", "key"), [
    ("export default { mixins: [base], methods: { a() {} } }\n", "vuescript.mixins"),
    ("export default { extends: Base, methods: { a() {} } }\n", "vuescript.mixins"),
    ("export default { ...base, methods: { a() {} } }\n", "vuescript.hidden_keys"),
    ("export default { methods: { [name]() {} } }\n", "vuescript.hidden_keys"),
    ("export default { methods: shared }\n", "vuescript.hidden_keys"),
    ("export default { setup() { return render } }\n", "vuescript.setup_return"),
    ("export default make({})\n", "vuescript.not_object"),
    ("const a = 1\n", "vuescript.no_export"),
    ("export default { methods: { a() { }\n", "vuescript.syntax_error"),
])
def test_names_that_cannot_be_known_say_why(body: str, key: str) -> None:
    found = info(script(body))
    assert found.names is None and found.reason is not None and found.reason.key == key


def test_an_empty_mixins_list_hides_nothing() -> None:
    assert info(script("export default { mixins: [], methods: { a() {} } }\n")).names == {"a"}


def test_script_setup_exposes_every_top_level_binding() -> None:
    body = ("import { ref } from 'vue'\nimport type { T } from './t'\nimport Def, { a as b, type C } from './x'\n"
            "import * as ns from './ns'\nconst { d, e: f, ...g } = useX(), [h, , i = 1] = arr\nlet j\n"
            "function k() {}\nclass L {}\nenum M { A }\nif (x) { const hidden = 1 }\n")
    found = info(script(body, ' setup lang="ts"'))
    assert found.names == {"ref", "Def", "b", "ns", "d", "f", "g", "h", "i", "j", "k", "L", "M"}
    assert found.style == "setup" and found.typescript


def test_a_script_beside_script_setup_adds_its_methods() -> None:
    text = "<script>\nexport default { methods: { a() {} } }\n</script>\n<script setup>\nconst b = 1\n</script>\n"
    assert info(text).names == {"a", "b"}


@pytest.mark.parametrize(("text", "key"), [
    ('<script lang="coffee">\nx = 1\n</script>', "vuescript.lang"),
    ('<script src="./page.js"></script>', "vuescript.external"),
])
def test_scripts_that_cannot_be_read(text: str, key: str) -> None:
    found = info(text)
    assert found.names is None and found.reason is not None and found.reason.key == key


def test_class_components() -> None:
    base = "import { Component, Vue } from 'vue-property-decorator'\n@Component\nexport default class P extends BASE {\n"
    found = info(script(base.replace("BASE", "Vue") + "  onTap() {}\n  get label() { return '' }\n}\n", ' lang="ts"'))
    assert found.names == {"onTap"} and found.style == "class"
    found = info(script(base.replace("BASE", "Mixins(A)") + "  onTap() {}\n}\n", ' lang="ts"'))
    assert found.names is None and found.reason is not None and found.reason.key == "vuescript.class_extends"


def test_no_script_means_no_names() -> None:
    found = info("<template><view/></template>\n")
    assert (found.names, found.style, found.syntax_ok) == (frozenset(), "none", True)


# -- inserting ------------------------------------------------------------------------------------


def test_into_existing_methods_in_the_files_style() -> None:
    text = script("export default {\n    methods: {\n        onTap() {\n            uni.navigateTo({ url: '/x' })\n"
                  "        }\n    }\n}\n")
    insertion = plan(text)
    assert insertion.added == ("onStart", "onComplete") and insertion.edit is not None
    assert apply_edits(text, [insertion.edit]) == script(
        "export default {\n    methods: {\n        onTap() {\n            uni.navigateTo({ url: '/x' })\n"
        "        },\n        onStart(e) {\n            console.log('start', e.detail)\n        },\n"
        "        onComplete(e) {\n            if (e.detail.errcode !== 0) {\n"
        "                console.warn('failed', e.detail.errcode)\n            }\n        }\n    }\n}\n")
    assert text[:insertion.edit.start] == apply_edits(text, [insertion.edit])[:insertion.edit.start]


def test_adds_a_methods_key_with_semicolons_double_quotes_and_trailing_commas() -> None:
    text = script('import { defineComponent } from "vue";\nexport default defineComponent({\n  name: "Contact",\n});\n',
                  ' lang="ts"')
    insertion = plan(text, HANDLERS[:1])
    assert insertion.edit is not None
    assert apply_edits(text, [insertion.edit]) == script(
        'import { defineComponent } from "vue";\nexport default defineComponent({\n  name: "Contact",\n'
        '  methods: {\n    onStart(e) {\n      console.log("start", e.detail);\n    },\n  },\n});\n', ' lang="ts"')


def test_appends_function_declarations_to_script_setup_with_tabs_and_crlf() -> None:
    text = script("import { ref } from 'vue'\nconst n = ref(0)\n", " setup").replace("\n", "\r\n")
    text = text.replace("const n", "\tconst n").replace("import", "\timport")
    insertion = plan(text, HANDLERS[1:])
    assert insertion.edit is not None
    after = apply_edits(text, [insertion.edit])
    assert after == text.replace("ref(0)\r\n</script>", "ref(0)\r\n\r\n\tfunction onComplete(e) {\r\n"
                                 "\t\tif (e.detail.errcode !== 0) {\r\n\t\t\tconsole.warn('failed', e.detail.errcode)\r\n"
                                 "\t\t}\r\n\t}\r\n</script>")
    assert info(after).names == {"ref", "n", "onComplete"}


def test_a_file_without_script_gets_one() -> None:
    text = "<template>\n  <view />\n</template>\n\n<style>\n</style>\n"
    insertion = plan(text, HANDLERS[:1])
    assert insertion.edit is not None
    assert apply_edits(text, [insertion.edit]) == (
        "<template>\n  <view />\n</template>\n\n<script>\nexport default {\n  methods: {\n    onStart(e) {\n"
        "      console.log('start', e.detail);\n    }\n  }\n}\n</script>\n\n<style>\n</style>\n")


def test_nothing_to_add_when_the_names_exist() -> None:
    text = script("export default { methods: { onStart() {}, onComplete() {} } }\n")
    assert plan(text) == type(plan(text))(None, ())
    text = script("export default { data() { return { onStart: null } } }\n")
    assert plan(text, HANDLERS[:1]).edit is None  # a data key of that name: adding would clash


@pytest.mark.parametrize(("body", "key"), [
    ("export default { mixins: [m] }\n", "vuescript.mixins"),
    ("export default { methods: { a() { }\n", "vuescript.syntax_error"),
])
def test_refuses_to_edit_what_it_cannot_read(body: str, key: str) -> None:
    insertion = plan(script(body))
    assert insertion.edit is None and insertion.reason is not None and insertion.reason.key == key


def test_refuses_a_class_component() -> None:
    text = script("@Component\nexport default class P extends Vue {\n  onTap() {}\n}\n", ' lang="ts"')
    insertion = plan(text)
    assert insertion.edit is None and insertion.reason is not None and insertion.reason.key == "vuescript.no_place"


STYLES = st.fixed_dictionaries({
    "indent": st.sampled_from(["  ", "    ", "\t"]), "newline": st.sampled_from(["\n", "\r\n"]),
    "semi": st.sampled_from(["", ";"]), "quote": st.sampled_from(["'", '"']), "comma": st.sampled_from(["", ","]),
    "setup": st.booleans(), "methods": st.booleans(), "ts": st.booleans(),
})


@settings(max_examples=80, deadline=None)
@given(STYLES)
def test_every_insertion_parses_back_defines_the_names_and_is_idempotent(style: dict) -> None:
    i, nl, semi, q, comma = style["indent"], style["newline"], style["semi"], style["quote"], style["comma"]
    if style["setup"]:
        body = f"import {{ ref }} from {q}vue{q}{semi}\nconst label = ref({q}联系客服{q}){semi}\n"
    else:
        methods = f"{i}methods: {{\n{i}{i}onTap() {{\n{i}{i}{i}go({q}x{q}){semi}\n{i}{i}}}{comma}\n{i}}}{comma}\n"
        body = (f"export default {{\n{i}data() {{\n{i}{i}return {{ a: 1 }}{semi}\n{i}}}"
                + (f",\n{methods}" if style["methods"] else f"{comma}\n") + f"}}{semi}\n")
    attrs = (" setup" if style["setup"] else "") + (' lang="ts"' if style["ts"] else "")
    text = script(body, attrs).replace("\n", nl)
    insertion = plan(text)
    assert insertion.edit is not None
    after = apply_edits(text, [insertion.edit])
    assert after[:insertion.edit.start] == text[:insertion.edit.start]
    assert after[len(after) - (len(text) - insertion.edit.end):] == text[insertion.edit.end:]
    assert {"onStart", "onComplete"} <= (info(after).names or set())
    assert plan(after).edit is None
    if nl == "\n":
        assert "\r" not in after
    else:
        assert after.count("\n") == after.count("\r\n")
