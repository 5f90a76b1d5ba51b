"""frameworks/uniapp/spelling.py: frameworks.md's table, row by row, for Vue 3 and Vue 2.

tests/test_uniapp_oracle.py checks the same answers against uni-app's own compilers.
"""

from __future__ import annotations

import pytest

from wecontact_cli.frameworks.uniapp.spelling import Reach, camelize, customize, literal, reach
from wecontact_cli.syntax.vue import parse_template


def answer(spelling: str, vue: int) -> tuple[Reach, ...]:
    element = next(parse_template(f"<cell {spelling}></cell>").iter_elements())
    return reach(element.attributes[0], vue)


def prop(name: str, value=None, *, static: bool = True, bound: bool = False) -> Reach:
    return Reach("property", name, static, value, bound=bound)


def event(name: str, handler: str = "done", **flags: bool) -> Reach:
    return Reach("event", name, value=handler, **flags)


BOTH = [
    ('plugid="abc"', (prop("plugid", "abc"),)),
    ('styleType="2"', (prop("styleType", "2"),)),
    (':styleType="2"', (prop("styleType", 2, bound=True),)),
    ('style-type="2"', (prop("style-type", "2"),)),
    (':style-type="n"', (prop("style-type", static=False, bound=True),)),
    ('styletype="2"', (prop("styletype", "2"),)),
    ('plugId="x"', (prop("plugId", "x"),)),
    ('plug-id="x"', (prop("plug-id", "x"),)),
    ('@completemessage="done"', (event("completemessage"),)),
    ('v-on:completemessage="done"', (event("completemessage"),)),
    ('@completemessage.stop="done"', (event("completemessage", catch=True),)),
    ('@complete-message="done"', (event("completeMessage"),)),
    ('@completeMessage="done"', (event("completeMessage"),)),
    ('@start-message.stop="go"', (event("startMessage", "go", catch=True),)),
    ('@completemessage.capture="done"', (event("completemessage", capture=True),)),
    ('bind:completemessage="done"', (Reach("none", "bind:completemessage", value="done", reason="wxml-event-binding"),)),
    ('v-bind="obj"', (Reach("dropped", "v-bind", reason="v-bind-object"),)),
    (':[name]="1"', (Reach("dropped", ":[name]", reason="dynamic-argument"),)),
    ('v-on="{ a: b }"', (Reach("dropped", "v-on", reason="v-on-object"),)),
    ('isMask', (prop("isMask", True, bound=True),)),
    (':isMask="false"', (prop("isMask", False, bound=True),)),
    (':styleType="2.5"', (prop("styleType", 2.5, bound=True),)),
    (':styleType="0x10"', (prop("styleType", 16, bound=True),)),
    (':styleType="null"', (prop("styleType", None, bound=True),)),
    (':styleType=""', (Reach("dropped", ":styleType", reason="missing-expression"),)),
    (':style-type.camel="1"', (prop("styleType", 1, bound=True),)),
    ('v-model:styleType="m"', None),  # differs: see below
    ('v-if="ok"', (Reach("control", "v-if", reason="v-if"),)),
    ('key="k"', (Reach("control", "key", reason="vue-special"),)),
    ('plugid="a&amp;b"', (prop("plugid", "a&b"),)),
]


@pytest.mark.parametrize("vue", [3, 2])
@pytest.mark.parametrize(("spelling", "expected"), [row for row in BOTH if row[1] is not None])
def test_the_same_in_both_versions(spelling: str, expected: tuple[Reach, ...], vue: int) -> None:
    assert answer(spelling, vue) == expected


@pytest.mark.parametrize(("spelling", "vue3", "vue2"), [
    # Vue 2 folds a string literal into plain text; Vue 3 binds it through page data.
    (":styleType=\"'2'\"", (prop("styleType", "2", bound=True),), (prop("styleType", "2"),)),
    (':styleType="`2`"', (prop("styleType", "2", bound=True),), (prop("styleType", "2"),)),
    # Vue 3 catches on .prevent as well as .stop
    ('@completemessage.prevent="done"', (event("completemessage", catch=True),), (event("completemessage"),)),
    # Vue 2's .native binds the WXML event as written, without camelCase
    ('@complete-message.native="done"', (event("completeMessage"),), (event("complete-message"),)),
    ('@click.native="done"', (event("click"),), (event("tap"),)),
    # .prop camelizes in Vue 2 only; `.x` is a plain attribute in Vue 2
    (':x-y.prop="1"', (prop("x-y", 1, bound=True),), (prop("xY", 1, bound=True),)),
    ('.x-y="1"', (prop("x-y", 1, bound=True),), (prop(".x-y", "1"),)),
    # .sync is an update event in Vue 2
    (':styleType.sync="v"', (prop("styleType", static=False, bound=True),),
     (prop("styleType", static=False, bound=True), Reach("event", "updateStyleType", value="v", reason="sync"))),
    ('v-model:styleType="m"',
     (Reach("property", "styleType", bound=True, reason="model"),
      Reach("event", "updateStyleType", value="m", reason="model")),
     (Reach("property", "value", bound=True, reason="model"), Reach("event", "input", value="m", reason="model"))),
    # a missing handler is a compile error in Vue 3, an empty binding in Vue 2
    ("@completemessage", (Reach("dropped", "@completemessage", reason="missing-expression"),),
     (event("completemessage", ""),)),
    # `{{ }}` in an attribute: Vue 2 refuses it, Vue 3 copies it into WXML
    ('plugid="{{id}}"', (Reach("property", "plugid", bound=True, reason="wxml-interpolation"),),
     (Reach("dropped", "plugid", reason="interpolation-in-attribute"),)),
    # an empty value: Vue 2 writes a bare attribute, which WXML reads as true
    ('plugid=""', (prop("plugid", ""),), (prop("plugid", True),)),
    # a '"' copied into a double-quoted WXML value breaks the page
    ("plugid='a\"b'", (Reach("dropped", "plugid", reason="breaks-wxml"),), (prop("plugid", 'a"b', bound=True),)),
    (":styleType='\"2\"'", (Reach("dropped", ":styleType", reason="breaks-wxml"),), (prop("styleType", "2"),)),
    # custom and once directives
    ('v-once', (Reach("dropped", "v-once", reason="unsupported-directive"),), (Reach("control", "v-once", reason="v-once"),)),
    ('v-focus="1"', (Reach("dropped", "v-focus", reason="custom-directive"),),
     (Reach("dropped", "v-focus", reason="custom-directive"),)),
])
def test_where_the_versions_differ(spelling: str, vue3: tuple[Reach, ...], vue2: tuple[Reach, ...]) -> None:
    assert (answer(spelling, 3), answer(spelling, 2)) == (vue3, vue2)


@pytest.mark.parametrize(("expression", "expected"), [
    ("2", (True, 2)), (" 2 ", (True, 2)), ("-1", (True, -1)), ("+2", (True, 2)), (".5", (True, 0.5)),
    ("1e2", (True, 100.0)), ("0b11", (True, 3)), ("'2'", (True, "2")), ('"a b"', (True, "a b")),
    ("`x`", (True, "x")), ("`${x}`", (False, None)), ("'a\\'b'", (False, None)), ("true", (True, True)),
    ("undefined", (True, None)), ("n", (False, None)), ("1_000", (False, None)), ("2n", (False, None)),
    ("a ? 1 : 2", (False, None)), ("'a' + 'b'", (False, None)),
])
def test_literal(expression: str, expected: tuple[bool, object]) -> None:
    found = literal(expression)
    assert found == expected and type(found[1]) is type(expected[1])


def test_event_and_property_names() -> None:
    assert customize("complete-message") == "completeMessage"
    assert customize("update:style-type") == "updateStyleType"
    assert camelize("a-b-c") == "aBC" and camelize("trailing-") == "trailing-"
