"""syntax/vue.py: .vue blocks and templates as Vue reads them, with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax.vue import (
    Attribute, Comment, Element, Text, handler_name, parse_template, split_sfc)

PAGE = """<!-- contact page -->
<template>
  <view class="page">
    <template v-if="ready"><cell plugid="abc" /></template>
  </view>
</template>

<script setup lang="ts">
const a = 1 < 2 && "</template>"
</script>
<style scoped>.page > view { color: red }</style>
<i18n>{"zh": "<b>联系</b>"}</i18n>
"""


def only(text: str) -> Element:
    """The single top-level element of a template."""
    elements = [n for n in parse_template(text).children if isinstance(n, Element)]
    assert len(elements) == 1
    return elements[0]


def attr(spelling: str) -> Attribute:
    """The one attribute of `<x SPELLING>` (offsets are into that text: the name starts at 3)."""
    attributes = only(f"<x {spelling}></x>").attributes
    assert len(attributes) == 1
    return attributes[0]


# -- split_sfc --------------------------------------------------------------------------------


def test_blocks_their_attributes_and_content_spans() -> None:
    sfc = split_sfc(PAGE)
    assert [b.tag for b in sfc.blocks] == ["template", "script", "style", "i18n"]
    template, script, style, i18n = sfc.blocks
    assert (template.start, template.content_start) == (PAGE.index("<template>"), PAGE.index("<template>") + 10)
    # the nested <template> does not end the block: its end tag is the last one
    assert template.content_end == PAGE.rindex("</template>\n\n<script")
    assert template.end == template.content_end + len("</template>")
    # a script's text is raw: "</template>" and "<" in it are not markup
    assert PAGE[script.content_start:script.content_end] == '\nconst a = 1 < 2 && "</template>"\n'
    assert (script.lang, script.setup, script.closed) == ("ts", True, True)
    assert PAGE[style.content_start:style.content_end] == ".page > view { color: red }"
    assert style.get("scoped") == "" and style.lang is None
    assert PAGE[i18n.content_start:i18n.content_end] == '{"zh": "<b>联系</b>"}'
    assert sfc.template is template and sfc.script_setup is script and sfc.script is None
    assert sfc.comments == (Comment(" contact page ", 0, 21),)
    assert sfc.problems == ()


def test_template_with_another_language_is_raw_text() -> None:
    text = '<template lang="pug">\ndiv\n  <b\n</template>\n<script>x</script>'
    template, script = split_sfc(text).blocks
    assert text[template.content_start:template.content_end] == "\ndiv\n  <b\n"
    assert text[script.content_start:script.content_end] == "x"


def test_unclosed_and_duplicate_blocks_are_problems_with_offsets() -> None:
    text = "<template><view/></template>\n<template></template>\n<script>\nlet a\n"
    sfc = split_sfc(text)
    second = text.index("<template>", 5)
    assert [(str(p.message), p.start, p.end) for p in sfc.problems] == [
        ("a second <template> block: Vue reads only one per .vue file; merge them", second, second + 9),
        (f"end tag </script> is missing for <script> opened at 3:1", text.index("<script>"),
         text.index("<script>") + 1),
    ]
    script = sfc.script
    assert script is not None and not script.closed and script.content_end == len(text)


def test_a_script_and_a_script_setup_may_live_side_by_side() -> None:
    sfc = split_sfc("<script>export default {}</script><script setup>const a = 1</script>")
    assert sfc.script is not None and sfc.script_setup is not None and sfc.problems == ()


# -- templates --------------------------------------------------------------------------------


def test_offsets_are_into_the_whole_file() -> None:
    template = split_sfc(PAGE).template
    assert template is not None
    parsed = parse_template(PAGE, template.content_start, template.content_end)
    view = next(parsed.iter_elements())
    assert PAGE[view.tag_start:view.tag_end] == "view" and PAGE[view.start:view.open_end] == '<view class="page">'
    assert view.close_start == PAGE.index("</view>") and PAGE[view.end - 7:view.end] == "</view>"
    cell = next(e for e in parsed.iter_elements() if e.tag == "cell")
    plugid = cell.get("plugid")
    assert plugid is not None and PAGE[plugid.start:plugid.end] == 'plugid="abc"'
    assert PAGE[plugid.value_start:plugid.value_end] == "abc" and cell.self_closing and cell.close_start is None
    assert [e.tag for e in parsed.iter_elements()] == ["view", "template", "cell"]


def test_void_elements_need_no_end_tag_and_their_end_tags_are_ignored() -> None:
    text = '<view><input v-model="a"><img src="x.png"></input><br/><text>t</text></view>'
    parsed = parse_template(text)
    view = next(parsed.iter_elements())
    assert [c.tag for c in view.children if isinstance(c, Element)] == ["input", "img", "br", "text"]
    assert parsed.problems == ()


def test_interpolation_may_hold_angle_brackets() -> None:
    text = "<view>{{ a < b }}<text>{{ c }}</text></view>"
    parsed = parse_template(text)
    view = next(parsed.iter_elements())
    assert parsed.problems == () and view.children[0] == Text("{{ a < b }}", 6, 17)


def test_unquoted_values_and_stray_less_than_are_html_text() -> None:
    text = "<view a=1 b=x/y>1 < 2</view>"
    view = only(text)
    a, b = view.attributes
    assert (a.value, a.quote, a.value_start, a.value_end) == ("1", "", 8, 9)
    assert (b.value, text[b.start:b.end]) == ("x/y", "b=x/y")
    assert parse_template(text).problems == ()


def test_end_tags_close_their_start_tags_in_any_case() -> None:
    parsed = parse_template("<View><Text>a</text></VIEW>")
    assert parsed.problems == () and [e.tag for e in parsed.iter_elements()] == ["View", "Text"]


def test_attribute_values_end_at_their_quote_even_inside_braces() -> None:
    text = """<view title="{{ "a" }}" x='y'></view>"""
    view = only(text)
    assert view.attributes[0].value == "{{ " and view.get("x") is not None
    assert parse_template(text).problems  # Vue's compiler refuses the rest too


def test_comments_are_kept_with_positions_for_suppressions_and_markers() -> None:
    text = "<view>\n  <!-- wecontact-disable-next-line WC203 -->\n  <cell />\n  <!-- wecontact -->\n</view>"
    parsed = parse_template(text)
    first = text.index("<!--")
    second = text.index("<!--", first + 1)
    assert parsed.comments == (
        Comment(" wecontact-disable-next-line WC203 ", first, first + 42),
        Comment(" wecontact ", second, second + 18),
    )


def test_broken_markup_is_reported_never_raised() -> None:
    text = '<view><text a="b></view>'
    parsed = parse_template(text)
    assert parsed.problems and all(0 <= p.start < p.end <= len(text) for p in parsed.problems)


def test_duplicate_attributes_are_problems() -> None:
    text = '<cell plugid="a" plugid="b" :x="1" v-bind:x="2" />'
    problems = parse_template(text).problems
    assert [(p.message.key, p.start, p.end) for p in problems] == [  # type: ignore[union-attr]
        ("vue.duplicate_attribute", 17, 23)]


# -- attributes as Vue reads them -------------------------------------------------------------


@pytest.mark.parametrize(("spelling", "directive", "argument", "modifiers", "dynamic"), [
    ('plugid="abc"', None, None, (), False),
    ('isMask', None, None, (), False),
    ('bind:completemessage="x"', None, None, (), False),
    (':styleType="2"', "bind", "styleType", (), False),
    ('v-bind:style-type="2"', "bind", "style-type", (), False),
    ('v-bind="obj"', "bind", None, (), False),
    ('.x-y.camel="1"', "bind", "x-y", ("prop", "camel"), False),
    (':[name]="v"', "bind", "name", (), True),
    (':[a.b].camel="v"', "bind", "a.b", ("camel",), True),
    ('@complete-message.stop="done"', "on", "complete-message", ("stop",), False),
    ('v-on:completemessage.stop.prevent="done"', "on", "completemessage", ("stop", "prevent"), False),
    ('@update:styleType="done"', "on", "update:styleType", (), False),
    ('#item.name="{ item }"', "slot", "item.name", (), False),
    ('v-slot:default', "slot", "default", (), False),
    ('v-if="ok"', "if", None, (), False),
    ('v-for="i in list"', "for", None, (), False),
    ('v-model:styleType.trim="m"', "model", "styleType", ("trim",), False),
    ('v-my-dir:arg.mod="1"', "my-dir", "arg", ("mod",), False),
    ('V-IF="ok"', None, None, (), False),
])
def test_names_are_decomposed_as_vue_reads_them(spelling: str, directive: str | None, argument: str | None,
                                                  modifiers: tuple[str, ...], dynamic: bool) -> None:
    found = attr(spelling)
    assert (found.directive, found.argument, found.modifiers, found.dynamic) == (directive, argument, modifiers,
                                                                                 dynamic)


def test_argument_and_value_spans() -> None:
    text = '<x @complete-message.stop="done"></x>'
    found = only(text).attributes[0]
    assert text[found.argument_start:found.argument_end] == "complete-message"
    assert (text[found.start:found.name_end], text[found.value_start:found.value_end], found.quote) == (
        "@complete-message.stop", "done", '"')
    text = "<x :[key]='v'></x>"
    found = only(text).attributes[0]
    assert text[found.argument_start:found.argument_end] == "key" and found.quote == "'"


def test_valueless_attributes_have_no_value() -> None:
    found = attr("isMask")
    assert (found.value, found.value_start, found.value_end, found.quote) == (None, None, None, "")
    assert (found.start, found.end, found.name_end) == (3, 9, 9)


def test_v_pre_keeps_every_attribute_plain_inside() -> None:
    view = only('<view v-pre :a="1"><text @tap="x">{{ raw }}</text></view>')
    text = next(e for e in view.iter() if e.tag == "text")
    assert [a.directive for a in view.attributes] == ["pre", None] and text.attributes[0].directive is None


def test_directive_problems() -> None:
    text = '<x v-="1" :[a="2"></x>'
    assert [p.message.key for p in parse_template(text).problems] == [  # type: ignore[union-attr]
        "vue.directive_without_name", "vue.dynamic_argument_unclosed"]


@pytest.mark.parametrize(("expression", "name"), [
    ("done", "done"), (" done ", "done"), ("done($event)", "done"), ("done($event, 'a)')", "done"),
    ("$emit('x')", "$emit"), ("done;", "done"), ("a.b", None), ("a(b) + c(d)", None), ("() => done()", None),
    ("count++", None), ("1", None), ("", None), ("done(", None),
])
def test_handler_name(expression: str, name: str | None) -> None:
    assert handler_name(expression) == name


# -- properties -------------------------------------------------------------------------------

MARKUP = st.text(alphabet=st.sampled_from(list("<>/=\"' \n!-{}:@#.[]vabtemplatscriptx")), max_size=200)


def _check_nodes(nodes: tuple, low: int, high: int) -> None:
    stack = [(n, low, high) for n in nodes]
    previous_end = low
    while stack:
        node, lo, hi = stack.pop(0)
        assert lo <= node.start <= node.end <= hi
        if isinstance(node, Element):
            assert node.start < node.tag_start <= node.tag_end <= node.open_end <= node.end
            for a in node.attributes:
                assert node.start < a.start <= a.name_end <= a.end <= node.open_end
                if a.value_start is not None and a.value_end is not None:
                    assert a.name_end <= a.value_start <= a.value_end <= a.end
                if a.argument_start is not None and a.argument_end is not None:
                    assert a.start <= a.argument_start <= a.argument_end <= a.name_end
            stack.extend((c, node.open_end, node.end) for c in node.children)
    assert previous_end <= high


@settings(max_examples=300, deadline=None)
@given(MARKUP, st.integers(0, 20), st.integers(0, 20))
def test_parse_template_never_raises_and_spans_stay_in_range(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    parsed = parse_template(text, start, end)
    _check_nodes(parsed.children, start, end)
    for problem in parsed.problems:
        assert start <= problem.start <= problem.end <= len(text)
    assert [p.start for p in parsed.problems] == sorted(p.start for p in parsed.problems)
    for comment in parsed.comments:
        assert text[comment.start:comment.start + 4] == "<!--"


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_split_sfc_never_raises_and_blocks_are_ordered(text: str) -> None:
    sfc = split_sfc(text)
    previous = 0
    for block in sfc.blocks:
        assert previous <= block.start < block.content_start <= block.content_end <= block.end <= len(text)
        previous = block.end
    for problem in sfc.problems:
        assert 0 <= problem.start <= problem.end <= len(text)


def test_deep_nesting_does_not_recurse() -> None:
    depth = 20000
    text = "<view>" * depth + "</view>" * depth
    parsed = parse_template(text)
    assert parsed.problems == () and sum(1 for _ in parsed.iter_elements()) == depth
