"""syntax/jsx.py: elements by tag, attributes as written, handler resolution, comments, insertions."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.syntax.jscommon import Parsed
from wecontact_cli.syntax.jsx import (
    Binding, Handler, JsComment, JsxAttribute, JsxElement, JsxSpread, JsxView, ViewEditError, page_component,
    plan_element_insertion, plan_handler_insertion, read_view,
)

CELL = frozenset({"cell"})


def view(text: str, name: str = "index.tsx", tags: frozenset[str] = CELL) -> JsxView:
    return read_view(text, name, tags)


def only_cell(text: str, name: str = "index.tsx") -> JsxElement:
    (element,) = view(text, name).elements
    return element


def attr(element: JsxElement, name: str) -> JsxAttribute:
    found = element.attribute(name)
    assert found is not None, name
    return found


def at(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    index = text.index(needle, start)
    return index, index + len(needle)


def binding_of(text: str, prop: str = "onCompletemessage", name: str = "index.tsx") -> Binding | None:
    return attr(only_cell(text, name), prop).value.binding


# ---- elements and attributes ----------------------------------------------------------------

VIEW = """import { View } from '@tarojs/components'

export default function Index () {
  return (
    <View>
      <cell plugid="a&amp;b" styleType={2} style-type="2" isMask onCompletemessage={onDone} {...rest}
        contactText={`hi`} n={-1.5} z={null} t={true} f={false} m={this.x} a={(e) => e} fn={function () {}}
        c={make()} o={x ? 1 : 2} s={'s'} e={/* empty */} />
      <view plugid="not me" />
    </View>
  )
}
"""


def test_each_attribute_as_written_with_exact_spans() -> None:
    cell = only_cell(VIEW, "index.jsx")
    assert (cell.tag, cell.self_closing) == ("cell", True)
    assert (cell.tag_start, cell.tag_end) == at(VIEW, "cell")
    assert (cell.start, cell.end) == (VIEW.index("<cell"), VIEW.index("/>", VIEW.index("<cell")) + 2)
    plugid = attr(cell, "plugid")
    assert (plugid.start, plugid.end) == at(VIEW, 'plugid="a&amp;b"')
    assert (plugid.name_start, plugid.name_end) == at(VIEW, "plugid")
    assert (plugid.value.kind, plugid.value.static, plugid.value.value) == ("string", True, "a&b")
    assert (plugid.value.start, plugid.value.end) == at(VIEW, '"a&amp;b"')
    number = attr(cell, "styleType").value
    assert (number.kind, number.expression, number.value) == ("expression", "number", 2)
    assert (number.start, number.end, number.inner_start, number.inner_end) == (*at(VIEW, "{2}"), *at(VIEW, "2}")[:1],
                                                                                  at(VIEW, "2}")[0] + 1)
    assert attr(cell, "style-type").value.value == "2"  # the string "2", not the number
    flag = attr(cell, "isMask").value
    assert (flag.kind, flag.static, flag.value, flag.start, flag.end) == ("none", True, True, *[at(VIEW, "isMask")[1]] * 2)


@pytest.mark.parametrize(("name", "expression", "static", "value"), [
    ("contactText", "template", True, "hi"), ("n", "number", True, -1.5), ("z", "null", True, None),
    ("t", "true", True, True), ("f", "false", True, False), ("m", "member", False, None),
    ("a", "arrow_function", False, None), ("fn", "function", False, None), ("c", "call", False, None),
    ("o", "other", False, None), ("s", "string", True, "s"), ("e", "other", False, None),
    ("onCompletemessage", "identifier", False, None),
])
def test_expression_types_and_static_values(name: str, expression: str, static: bool, value: Any) -> None:
    found = attr(only_cell(VIEW, "index.jsx"), name).value
    assert (found.kind, found.expression, found.static, found.value) == ("expression", expression, static, value)
    if name != "e":
        assert VIEW[found.inner_start:found.inner_end] == found.text


def test_spreads_keep_their_place_among_attributes() -> None:
    cell = only_cell(VIEW, "index.jsx")
    names = [a.name if isinstance(a, JsxAttribute) else "..." for a in cell.attributes]
    assert names[:6] == ["plugid", "styleType", "style-type", "isMask", "onCompletemessage", "..."]
    (spread,) = cell.spreads
    assert (spread.start, spread.end, spread.text) == (*at(VIEW, "{...rest}"), "rest")


def test_an_element_with_children_spans_to_its_closing_tag() -> None:
    text = "const a = (\n  <cell plugid='x'>\n    <text>hi</text>\n  </cell>\n)\n"
    cell = only_cell(text, "a.jsx")
    assert not cell.self_closing and (cell.start, cell.end) == (text.index("<cell"), text.index("</cell>") + 7)
    assert attr(cell, "plugid").value.value == "x"


def test_only_the_wanted_intrinsic_tags_and_dashed_ones() -> None:
    text = "const a = <>\n  <wecom-contact plugid='x' />\n  <cell />\n  <view />\n</>\n"
    found = view(text, "a.jsx", frozenset({"wecom-contact"}))
    assert [e.tag for e in found.elements] == ["wecom-contact"]
    assert found.elements[0].tag_start == text.index("wecom-contact")


def test_duplicate_attributes_the_last_wins() -> None:
    cell = only_cell("const a = <cell plugid='a' plugid='b' />", "a.jsx")
    assert attr(cell, "plugid").value.value == "b" and len(cell.attributes) == 2


def test_namespaced_attribute_and_element_value() -> None:
    cell = only_cell("const a = <cell a:b='1' slot=<view /> />", "a.jsx")
    assert attr(cell, "a:b").value.value == "1"
    assert attr(cell, "slot").value.kind == "element"


def test_offsets_are_characters_with_chinese_and_emoji() -> None:
    text = "// 联系 😀\nconst a = <cell contactText='联系客服😀' n={1} />\n"
    cell = only_cell(text, "a.jsx")
    value = attr(cell, "contactText").value
    assert text[value.start:value.end] == "'联系客服😀'" and value.value == "联系客服😀"
    assert text[cell.start:cell.end] == "<cell contactText='联系客服😀' n={1} />"


def test_grammar_by_extension() -> None:
    generic = "const id = <T,>(x: T) => x\nconst a = <cell n={id<number>(1)} />\n"
    assert view(generic, "a.tsx").syntax_ok and len(view(generic, "a.tsx").elements) == 1
    assert not view(generic, "a.jsx").syntax_ok  # types are not JavaScript
    assert view("const a = <cell />\n", "a.js").elements  # .js files may hold JSX
    assert not view("const a = <cell />\n", "a.ts").elements  # in .ts `<cell>` is not JSX


# ---- tags that hide the element ------------------------------------------------------------

def test_component_cased_tags_and_variables_that_stand_for_cell() -> None:
    text = ("import { Cell } from '@nutui/nutui-react-taro'\nimport * as UI from './ui'\n"
            "const Tag = 'cell'\nconst Other = 'view'\nfunction Local() { return null }\n"
            "const a = <>\n  <Cell title='x' />\n  <UI.Cell />\n  <Tag plugid='p' />\n  <Other />\n  <Local />\n"
            "  <WecomContact />\n</>\n")
    found = view(text, "a.jsx", frozenset({"cell", "wecom-contact"}))
    assert found.elements == ()
    summary = [(h.kind, h.tag, h.stands_for, h.source) for h in found.hidden]
    assert summary == [("component", "Cell", "cell", "@nutui/nutui-react-taro"), ("component", "UI.Cell", "cell", "./ui"),
                       ("variable", "Tag", "cell", ""), ("component", "WecomContact", "wecom-contact", "")]
    tag = found.hidden[2]
    assert (tag.start, tag.end) == at(text, "<Tag plugid='p' />")
    assert (tag.tag_start, tag.tag_end) == (text.index("<Tag") + 1, text.index("<Tag") + 4)


# ---- handler resolution ---------------------------------------------------------------------

@pytest.mark.parametrize(("setup", "handler", "status", "kind"), [
    ("function onDone() {}", "onDone", "defined", "function"),
    ("const onDone = () => {}", "onDone", "defined", "function"),
    ("const onDone = debounce(() => {})", "onDone", "defined", "variable"),
    ("let onDone", "onDone", "defined", "variable"),
    ("const { a, b: [onDone], ...rest } = props", "onDone", "defined", "variable"),
    ("const { a = onDone } = props", "onDone", "missing", ""),  # a default value is not a binding
    ("import onDone from './h'", "onDone", "defined", "import"),
    ("import { done as onDone } from './h'", "onDone", "defined", "import"),
    ("import { onDone } from './h'", "onDone", "defined", "import"),
    ("import * as onDone from './h'", "onDone", "defined", "import"),
    ("class onDone {}", "onDone", "defined", "class"),
    ("if (x) { var onDone = 1 }", "onDone", "defined", "variable"),
    ("if (x) { const onDone = 1 }", "onDone", "missing", ""),  # block-scoped elsewhere
    ("", "onDone", "missing", ""),
    ("", "undefined", "unknown", "global"),
    ("", "props.onDone", "unknown", "member"),
    ("import * as H from './h'", "H.onDone", "unknown", "member"),
])
def test_identifiers_resolve_through_the_scopes(setup: str, handler: str, status: str, kind: str) -> None:
    text = f"{setup}\nexport default function Index(props) {{\n  return <cell onCompletemessage={{{handler}}} />\n}}\n"
    assert binding_of(text, name="a.jsx") == Binding(status, handler, kind)


def test_parameters_catch_loops_and_shadowing() -> None:
    text = ("export default function Index({ onDone, other: [onStart] }: Props, ...more: any[]) {\n"
            "  try {} catch ({ message }) { return <cell onCompletemessage={message} /> }\n"
            "  for (const onLoop of list) { return <cell onCompletemessage={onLoop} /> }\n"
            "  const inner = (onDone: number) => <cell onCompletemessage={onDone} onStartmessage={onStart} x={more} />\n"
            "  return <cell onCompletemessage={onDone} />\n}\n")
    bindings = [attr(c, "onCompletemessage").value.binding for c in view(text).elements]
    assert bindings == [Binding("defined", "message", "parameter"), Binding("defined", "onLoop", "variable"),
                        Binding("defined", "onDone", "parameter"), Binding("defined", "onDone", "parameter")]
    third = view(text).elements[2]
    assert attr(third, "onStartmessage").value.binding == Binding("defined", "onStart", "parameter")
    assert attr(third, "x").value.binding == Binding("defined", "more", "parameter")


def test_a_function_expression_sees_its_own_name() -> None:
    text = "const f = function onDone() { return <cell onCompletemessage={onDone} /> }\n"
    assert binding_of(text, name="a.jsx") == Binding("defined", "onDone", "function")


CLASS = """import { Component } from 'react'

export default class Index extends Component<Props> {
  static helper() {}
  onField = (e) => {};
  [dynamic]() {}
  constructor(props, private injected: Service) {
    super(props)
    this.assigned = () => {}
  }
  onMethod(e) {}
  render() {
    const later = function () { return <cell onCompletemessage={this.onMethod} /> }
    const arrow = () => <cell onCompletemessage={this.onField} />
    return (
      <View>
        <cell onCompletemessage={this.onMethod} onStartmessage={this.onField} a={this.assigned}
          b={this.injected} c={this.nope} d={this.helper} e={this.onMethod.bind(this)} f={this.props.onDone} />
      </View>
    )
  }
}
"""


def test_this_members_of_the_enclosing_class() -> None:
    assert view(CLASS).syntax_ok
    later, arrow, main = view(CLASS).elements
    assert attr(later, "onCompletemessage").value.binding == Binding("unknown", "onMethod", "this-rebound")
    assert attr(arrow, "onCompletemessage").value.binding == Binding("defined", "onField", "property")
    expected = {"onCompletemessage": Binding("defined", "onMethod", "method"),
                "onStartmessage": Binding("defined", "onField", "property"),
                "a": Binding("defined", "assigned", "property"), "b": Binding("defined", "injected", "property"),
                "c": Binding("unknown", "nope", "computed"),  # `[dynamic]()` might be it
                "d": Binding("unknown", "helper", "computed"),  # static: not on the instance
                "e": Binding("defined", "onMethod", "method"),
                "f": Binding("unknown", "this.props.onDone", "member")}
    assert {name: attr(main, name).value.binding for name in expected} == expected
    assert attr(main, "e").value.expression == "call"


@pytest.mark.parametrize(("heritage", "status", "kind"), [
    ("extends Component", "missing", ""), ("extends React.PureComponent<P, S>", "missing", ""),
    ("extends Taro.Component", "missing", ""), ("", "missing", ""), ("extends BasePage", "unknown", "inherited"),
])
def test_a_missing_member_depends_on_what_the_class_extends(heritage: str, status: str, kind: str) -> None:
    text = f"class Index {heritage} {{\n  render() {{ return <cell onCompletemessage={{this.onDone}} /> }}\n}}\n"
    assert binding_of(text) == Binding(status, "onDone", kind)


@pytest.mark.parametrize(("text", "expected"), [
    ("export default function Index() { return <cell onCompletemessage={this.onDone} /> }",
     Binding("missing", "onDone", "no-this")),
    ("const Index = () => <cell onCompletemessage={this.onDone} />", Binding("missing", "onDone", "no-this")),
    ("function helper() { return <cell onCompletemessage={this.onDone} /> }",
     Binding("unknown", "onDone", "this-rebound")),
    ("const page = { render() { return <cell onCompletemessage={this.onDone} /> } }",
     Binding("unknown", "onDone", "this-rebound")),
    ("class A { static render() { return <cell onCompletemessage={this.onDone} /> } }",
     Binding("unknown", "onDone", "static")),
])
def test_this_outside_an_instance(text: str, expected: Binding) -> None:
    assert binding_of(text) == expected


# ---- comments -------------------------------------------------------------------------------

def test_jsx_line_and_block_comments() -> None:
    text = ("// top\nconst a = (\n  <View>\n    {/* wecontact-disable-next-line WC203 */}\n    <cell />\n"
            "    {/* wecontact */}\n    {/* a */ /* b */}\n  </View> /* after */\n)\n")
    comments = view(text, "a.jsx").comments
    assert comments[:3] == (JsComment("line", " top", *at(text, "// top")),
                            JsComment("jsx", " wecontact-disable-next-line WC203 ",
                                      *at(text, "{/* wecontact-disable-next-line WC203 */}")),
                            JsComment("jsx", " wecontact ", *at(text, "{/* wecontact */}")))
    assert [c.kind for c in comments[3:]] == ["block", "block", "block"]  # two in one container: plain comments
    assert comments[-1] == JsComment("block", " after ", *at(text, "/* after */"))


# ---- never raises ---------------------------------------------------------------------------

JSX_PIECES = st.sampled_from(["<", ">", "/>", "</", "cell", "Cell", "View", "{", "}", "...", "=", "'a'", '"b"',
                              "onX", "this", ".", "(", ")", "=>", "const", "class", "function", "return", "//",
                              "/*", "*/", "\n", " ", "联系", "😀", "&amp;", "`t${", ",", "import", "from"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=200), st.lists(JSX_PIECES, max_size=50).map("".join)),
       name=st.sampled_from(["a.jsx", "a.tsx", "a.js", "a.ts"]))
def test_reading_never_raises_and_spans_stay_in_range(text: str, name: str) -> None:
    found = read_view(text, name, {"cell"})
    for element in found.elements:
        assert 0 <= element.start <= element.tag_start < element.tag_end <= element.end <= len(text)
        for item in element.attributes:
            assert element.start < item.start <= item.end <= element.end
            if isinstance(item, JsxAttribute):
                assert item.start <= item.value.start <= item.value.end <= item.end
    for spot in (*found.hidden, *found.comments):
        assert 0 <= spot.start <= spot.end <= len(text)


NAMES = st.sampled_from(["plugid", "styleType", "style-type", "isMask", "onCompletemessage", "contactText"])
VALUES = st.one_of(st.text("ab2 中", max_size=4).map(lambda s: ("string", s)),
                   st.integers(-99, 99).map(lambda n: ("number", n)), st.just(("none", True)),
                   st.booleans().map(lambda b: ("bool", b)), st.just(("spread", None)))


def write_attribute(name: str, kind: str, value: Any) -> str:
    if kind == "string":
        return f'{name}="{value}"'
    if kind == "number":
        return f"{name}={{{value}}}"
    if kind == "bool":
        return f"{name}={{{str(value).lower()}}}"
    return "{...props}" if kind == "spread" else name


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(NAMES, VALUES), max_size=6), multiline=st.booleans())
def test_generated_attributes_read_back_in_order(items: list[tuple[str, tuple[str, Any]]], multiline: bool) -> None:
    sep = "\n    " if multiline else " "
    written = [write_attribute(name, *value) for name, value in items]
    text = f"export default function I(props) {{\n  return <cell{sep}{sep.join(written)} />\n}}\n"
    cell = only_cell(text, "a.jsx")
    assert len(cell.attributes) == len(items)
    for (name, (kind, value)), item, source in zip(items, cell.attributes, written):
        assert text[item.start:item.end] == source
        if kind == "spread":
            assert isinstance(item, JsxSpread) and item.text == "props"
        else:
            assert isinstance(item, JsxAttribute) and item.name == name and item.value.static
            assert item.value.value == value and type(item.value.value) is type(value)


# ---- the page component and insertions -----------------------------------------------------

ELEMENT = '<cell\n  plugid="abc"\n  onStartmessage={onContactStart}\n  onCompletemessage={onContactComplete}\n/>'
HANDLERS = [Handler("onContactStart", "e", "console.log('start', e)"),
            Handler("onContactComplete", "e: any",
                    "const { errcode } = e.detail\nif (errcode !== 0) {\n    Taro.showToast({ title: `${errcode}` })\n}")]


def insert(text: str, name: str, edit: TextEdit | None) -> str:
    assert edit is not None
    result = apply_edits(text, [edit])
    assert Parsed(result, "tsx" if name.endswith("x") else "javascript").ok
    return result


@pytest.mark.parametrize(("text", "kind", "name", "root", "insertable"), [
    ("export default function Index() {\n  return <View />\n}\n", "function", "Index", "View", True),
    ("const Index = () => <View />\nexport default Index\n", "function", "", "View", False),
    ("function Index() {\n  return <><View /></>\n}\nexport default connect(a)(observer(Index))\n", "function",
     "Index", "", True),
    ("class Index extends Component {\n  render() {\n    return (<View />)\n  }\n}\nexport { Index as default }\n",
     "class", "Index", "View", True),
    ("export default memo(function Index() { return null })\n", "function", "Index", None, False),
    ("export default class extends Component {\n  render() {\n    return <Page />\n  }\n}\n", "class", "", "Page", True),
])
def test_the_page_component(text: str, kind: str, name: str, root: str | None, insertable: bool) -> None:
    found = page_component(text, "index.tsx")
    assert found is not None
    assert (found.kind, found.name, found.root_tag, found.handlers_insertable) == (kind, name, root, insertable)
    assert text[found.start:found.start + 5] in ("funct", "class", "() =>")


def test_no_page_component() -> None:
    assert page_component("export const a = 1\n", "a.jsx") is None
    assert page_component("export default 42\n", "a.jsx") is None


def test_the_element_replaces_the_marker_at_its_indentation() -> None:
    text = "export default function Index() {\n  return (\n    <View>\n      {/* wecontact */}\n    </View>\n  )\n}\n"
    edit = plan_element_insertion(text, "index.jsx", ELEMENT)
    assert (edit.start, edit.end) == at(text, "{/* wecontact */}")
    assert insert(text, "index.jsx", edit) == (
        "export default function Index() {\n  return (\n    <View>\n      <cell\n        plugid=\"abc\"\n"
        "        onStartmessage={onContactStart}\n        onCompletemessage={onContactComplete}\n      />\n"
        "    </View>\n  )\n}\n")


def test_the_element_goes_last_in_the_returned_root() -> None:
    text = ("import { View } from '@tarojs/components'\r\n\r\nexport default function Index () {\r\n"
            "    return (\r\n        <View className='index'>\r\n            <Text>Hello</Text>\r\n"
            "        </View>\r\n    )\r\n}\r\n")
    result = insert(text, "index.jsx", plan_element_insertion(text, "index.jsx", "<cell plugid='x' />"))
    assert result == text.replace("</Text>\r\n", "</Text>\r\n            <cell plugid='x' />\r\n")


def test_the_element_in_a_class_render_with_a_one_line_root() -> None:
    text = "class Index extends Component {\n\trender() {\n\t\treturn <View><Text>hi</Text></View>\n\t}\n}\nexport default Index\n"
    result = insert(text, "index.jsx", plan_element_insertion(text, "index.jsx", "<cell />"))
    assert result == text.replace("</Text></View>", "</Text>\n\t\t\t<cell />\n\t\t</View>")


@pytest.mark.parametrize(("text", "reason"), [
    ("export default function Index() {\n  return <View />\n}\n", "no-root"),  # self-closing: no children
    ("export default function Index() {\n  return cond ? <A /> : <B />\n}\n", "no-root"),
    ("export const x = 1\n", "no-component"),
    ("export default function Index() {\n  return <View>\n}\n", "syntax-error"),
])
def test_element_refusals_carry_the_element(text: str, reason: str) -> None:
    with pytest.raises(ViewEditError) as caught:
        plan_element_insertion(text, "index.jsx", ELEMENT)
    assert (caught.value.reason, caught.value.snippet) == (reason, ELEMENT)


def test_a_bad_element_is_the_callers_bug() -> None:
    with pytest.raises(ValueError):
        plan_element_insertion("export default () => <View>\n</View>\n", "a.jsx", "<cell")


def test_handlers_go_before_the_return_of_a_function_component() -> None:
    text = "export default function Index () {\n  const [n] = useState(0)\n  return (\n    <View />\n  )\n}\n"
    result = insert(text, "index.tsx", plan_handler_insertion(text, "index.tsx", HANDLERS))
    assert result == (
        "export default function Index () {\n  const [n] = useState(0)\n\n"
        "  const onContactStart = (e) => {\n    console.log('start', e)\n  }\n\n"
        "  const onContactComplete = (e: any) => {\n    const { errcode } = e.detail\n    if (errcode !== 0) {\n"
        "      Taro.showToast({ title: `${errcode}` })\n    }\n  }\n\n  return (\n    <View />\n  )\n}\n")
    assert plan_handler_insertion(result, "index.tsx", HANDLERS) is None  # a second run changes nothing


def test_handlers_follow_semicolons_tabs_and_crlf() -> None:
    text = "const Index = () => {\r\n\treturn <View />;\r\n};\r\nexport default Index;\r\n"
    result = insert(text, "index.jsx", plan_handler_insertion(text, "index.jsx", HANDLERS[:1]))
    assert result == ("const Index = () => {\r\n\tconst onContactStart = (e) => {\r\n\t\tconsole.log('start', e)\r\n"
                      "\t};\r\n\r\n\treturn <View />;\r\n};\r\nexport default Index;\r\n")


def test_class_handlers_follow_the_class_style() -> None:
    fields = "class Index extends Component {\n  onX = () => {}\n\n  render() {\n    return <View />\n  }\n}\nexport default Index\n"
    result = insert(fields, "index.jsx", plan_handler_insertion(fields, "index.jsx", HANDLERS[:1]))
    assert "  onX = () => {}\n\n  onContactStart = (e) => {\n    console.log('start', e)\n  }\n\n  render()" in result
    methods = "class Index extends Component {\n  onX() {}\n  render() {\n    return <View />\n  }\n}\nexport default Index\n"
    result = insert(methods, "index.jsx", plan_handler_insertion(methods, "index.jsx", HANDLERS[:1]))
    assert "  onX() {}\n\n  onContactStart(e) {\n    console.log('start', e)\n  }\n\n  render()" in result
    existing = methods.replace("onX()", "onContactStart()")
    assert plan_handler_insertion(existing, "index.jsx", HANDLERS[:1]) is None


def test_only_missing_handlers_are_added() -> None:
    text = "import { onContactStart } from './h'\nexport default function I() {\n  return <View />\n}\n"
    edit = plan_handler_insertion(text, "a.tsx", HANDLERS)
    assert edit is not None and "onContactStart" not in edit.text and "onContactComplete" in edit.text


@pytest.mark.parametrize(("text", "reason"), [
    ("export default () => <View />\n", "expression-body"),
    ("export default function I() { return <View /> }\n", "layout"),
    ("export default 1\n", "no-component"),
    ("export default function I() {\n  return <View\n}\n", "syntax-error"),
])
def test_handler_refusals_carry_the_code_to_paste(text: str, reason: str) -> None:
    with pytest.raises(ViewEditError) as caught:
        plan_handler_insertion(text, "a.jsx", HANDLERS[:1])
    assert caught.value.reason == reason
    assert caught.value.snippet == "const onContactStart = (e) => {\n  console.log('start', e)\n}"


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(indent=st.sampled_from(["  ", "    ", "\t"]), nl=st.sampled_from(["\n", "\r\n"]), semi=st.booleans(),
       prelude=st.lists(st.sampled_from(["const [a] = useState(0)", "// note", "useLoad(() => {})", ""]), max_size=3),
       marker=st.booleans())
def test_insertions_into_generated_views_keep_other_bytes(indent: str, nl: str, semi: bool, prelude: list[str],
                                                           marker: bool) -> None:
    end = ";" if semi else ""
    body = "".join(f"{indent}{line}{end if line and not line.startswith('//') else ''}{nl}" for line in prelude)
    inner = f"{indent * 3}{{/* wecontact */}}{nl}" if marker else f"{indent * 3}<Text>hi</Text>{nl}"
    text = (f"export default function Index() {{{nl}{body}{indent}return ({nl}{indent * 2}<View>{nl}{inner}"
            f"{indent * 2}</View>{nl}{indent}){end}{nl}}}{nl}")
    for plan, arg in ((plan_element_insertion, ELEMENT), (plan_handler_insertion, HANDLERS)):
        edit = plan(text, "index.tsx", arg)  # type: ignore[operator]
        assert edit is not None
        result = insert(text, "index.tsx", edit)
        assert result[:edit.start] == text[:edit.start] and result.endswith(text[edit.end:])
        assert edit.text.count("\n") == edit.text.count(nl) and (not marker or plan is plan_handler_insertion
                                                                  or text[edit.start:edit.end] == "{/* wecontact */}")
        text = result
    cell = only_cell(text)
    for name in ("onStartmessage", "onCompletemessage"):
        assert attr(cell, name).value.binding is not None
        assert attr(cell, name).value.binding.status == "defined"  # type: ignore[union-attr]
