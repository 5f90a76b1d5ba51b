"""Tests for the case-preserving WXML parser (wecontact_cli.syntax.wxml)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wecontact_cli.syntax.wxml import (
    is_well_formed,
    scan,
    Attribute,
    Comment,
    Element,
    LineIndex,
    Position,
    Problem,
    Text,
    WxmlDocument,
    parse_wxml,
    position_at,
)


def pos(line: int, column: int, offset: int) -> Position:
    return Position(line, column, offset)


def elements(text: str) -> list[Element]:
    return list(parse_wxml(text).iter_elements())


def problems(text: str) -> list[tuple[str, str]]:
    """(line:col, message) pairs, the shape a reader of lint output sees."""
    return [(str(p.start), str(p.message)) for p in parse_wxml(text).problems]


def clean(text: str) -> WxmlDocument:
    doc = parse_wxml(text)
    assert doc.problems == (), doc.problems
    return doc


# --- basics -----------------------------------------------------------------------


def test_empty_document() -> None:
    doc = parse_wxml("")
    assert doc.children == ()
    assert doc.problems == ()
    assert list(doc.iter_elements()) == []
    assert list(doc.iter_comments()) == []


def test_text_only_document() -> None:
    doc = clean("hello 你好")
    assert doc.children == (Text("hello 你好", pos(1, 1, 0), pos(1, 9, 8)),)


def test_simple_element_structure_and_positions() -> None:
    doc = clean('<view class="box">hi</view>')
    (view,) = doc.children
    assert isinstance(view, Element)
    assert view.tag == "view"
    assert view.self_closing is False
    assert view.start == pos(1, 1, 0)
    assert view.open_end == pos(1, 19, 18)
    assert view.end == pos(1, 28, 27)
    assert view.attributes == (
        Attribute("class", "box", '"', pos(1, 7, 6), pos(1, 14, 13), pos(1, 18, 17)),
    )
    assert view.children == (Text("hi", pos(1, 19, 18), pos(1, 21, 20)),)


def test_nested_children_and_whitespace_text_are_kept() -> None:
    doc = clean("<view>\n  <text>a</text>\n</view>")
    (view,) = doc.children
    assert isinstance(view, Element)
    assert [type(c).__name__ for c in view.children] == ["Text", "Element", "Text"]
    assert view.children[0].text == "\n  "  # type: ignore[union-attr]
    inner = view.children[1]
    assert isinstance(inner, Element) and inner.tag == "text"
    assert inner.start == pos(2, 3, 9)
    assert inner.end == pos(2, 17, 23)


def test_single_and_double_quoted_values() -> None:
    (view,) = elements("<view a=\"1\" b='2'></view>")
    a, b = view.attributes
    assert (a.name, a.value, a.quote) == ("a", "1", '"')
    assert (b.name, b.value, b.quote) == ("b", "2", "'")
    assert b.start == pos(1, 13, 12)
    assert b.value_start == pos(1, 16, 15)
    assert b.end == pos(1, 18, 17)


def test_values_may_hold_angle_brackets_other_quote_and_newlines() -> None:
    src = "<view a=\"x > y < z\" b='say \"hi\"' c=\"line1\nline2\" d=\"it's\"></view>"
    (view,) = clean(src).iter_elements()
    assert [(a.name, a.value) for a in view.attributes] == [
        ("a", "x > y < z"),
        ("b", 'say "hi"'),
        ("c", "line1\nline2"),
        ("d", "it's"),
    ]
    d = view.attributes[3]
    assert d.start == pos(2, 8, 49)
    assert d.value_start == pos(2, 11, 52)


def test_empty_value() -> None:
    (view,) = clean('<view class=""/>').iter_elements()
    attr = view.attributes[0]
    assert attr.value == ""
    assert attr.value_start == pos(1, 14, 13)
    assert attr.end == pos(1, 15, 14)


def test_expressions_in_attributes() -> None:
    src = (
        "<view wx:if=\"{{a > 1}}\" class=\"{{ a ? 'x' : 'y' }}\" "
        "style='{{ b ? \"c\" : \"d\" }}' id=\"static\"></view>"
    )
    (view,) = clean(src).iter_elements()
    values = {a.name: a.value for a in view.attributes}
    assert values == {
        "wx:if": "{{a > 1}}",
        "class": "{{ a ? 'x' : 'y' }}",
        "style": '{{ b ? "c" : "d" }}',
        "id": "static",
    }
    assert [a.is_dynamic for a in view.attributes] == [True, True, True, False]


def test_expression_with_quote_char_after_braces_close() -> None:
    # The value ends at the quote after `}}`, even when `}}` is followed by `>`.
    (view,) = clean('<view class="{{ a > b }}>x"></view>').iter_elements()
    assert view.attributes[0].value == "{{ a > b }}>x"


def test_mixed_static_and_dynamic_value() -> None:
    (image,) = clean('<image src="/img/{{item.id}}.png"/>').iter_elements()
    attr = image.attributes[0]
    assert attr.value == "/img/{{item.id}}.png"
    assert attr.is_dynamic


def test_bare_attribute() -> None:
    (view,) = clean("<view hidden class='a'></view>").iter_elements()
    hidden = view.attributes[0]
    assert hidden == Attribute("hidden", None, "", pos(1, 7, 6), None, pos(1, 13, 12))
    assert hidden.is_dynamic is False


def test_bare_attribute_before_self_close() -> None:
    (view,) = clean("<view hidden/>").iter_elements()
    assert view.self_closing
    assert [(a.name, a.value) for a in view.attributes] == [("hidden", None)]


def test_whitespace_around_equals() -> None:
    (view,) = clean('<view class = "a" id\n=\n\'b\'></view>').iter_elements()
    cls, ident = view.attributes
    assert (cls.name, cls.value, cls.start, cls.value_start) == (
        "class", "a", pos(1, 7, 6), pos(1, 16, 15)
    )
    assert (ident.name, ident.value, ident.value_start) == ("id", "b", pos(3, 2, 24))


def test_names_keep_their_case() -> None:
    (cell,) = clean('<Cell styleType="2" StyleType="3" styletype="4" />').iter_elements()
    assert cell.tag == "Cell"
    assert [a.name for a in cell.attributes] == ["styleType", "StyleType", "styletype"]
    assert cell.get("styleType").value == "2"  # type: ignore[union-attr]
    assert cell.get("StyleType").value == "3"  # type: ignore[union-attr]
    assert cell.get("STYLETYPE") is None


def test_tag_case_matters_for_matching() -> None:
    assert problems("<view></View>") == [
        ("1:1", "end tag </view> is missing for <view> opened at 1:1"),
        ("1:7", "end tag </View> has no start tag"),
    ]


def test_duplicate_attributes_are_kept_in_order() -> None:
    (view,) = clean('<view class="a" id="x" class="b"></view>').iter_elements()
    assert [(a.name, a.value) for a in view.attributes] == [
        ("class", "a"), ("id", "x"), ("class", "b")
    ]
    assert view.get("class").value == "b"  # type: ignore[union-attr]
    assert view.get("class").start == pos(1, 24, 23)  # type: ignore[union-attr]
    assert view.get("missing") is None


@pytest.mark.parametrize(
    "name",
    [
        "bind:completemessage",
        "bindstartmessage",
        "catch:tap",
        "capture-bind:tap",
        "capture-catch:touchstart",
        "mut-bind:tap",
        "wx:for-item",
        "data-user.id",
        "@tap",
        "style-type",
        "a_b",
    ],
)
def test_attribute_names_with_punctuation(name: str) -> None:
    (view,) = clean(f'<view {name}="onTap"></view>').iter_elements()
    assert view.attributes[0].name == name
    assert view.attributes[0].value == "onTap"


def test_self_closing_tags() -> None:
    doc = clean('<cell plugid="x" />\n<import src="a.wxml"/>')
    cell, imp = doc.iter_elements()
    assert (cell.tag, cell.self_closing, cell.children) == ("cell", True, ())
    assert cell.get("plugid").value == "x"  # type: ignore[union-attr]
    assert cell.open_end == cell.end == pos(1, 20, 19)
    assert (imp.tag, imp.self_closing) == ("import", True)
    assert imp.start == pos(2, 1, 20)
    assert imp.end == pos(2, 23, 42)
    assert imp.get("src").value == "a.wxml"  # type: ignore[union-attr]


def test_template_block_and_wx_attributes() -> None:
    src = (
        '<template name="t"><text>{{x}}</text></template>\n'
        '<block wx:for="{{list}}" wx:key="id" wx:for-item="it">\n'
        '  <view wx:if="{{it.on}}">on</view>\n'
        '  <view wx:elif="{{it.off}}">off</view>\n'
        "  <view wx:else>?</view>\n"
        "</block>\n"
        '<template is="t" data="{{...item}}"/>\n'
        '<include src="footer.wxml"/>'
    )
    doc = clean(src)
    tags = [e.tag for e in doc.iter_elements()]
    assert tags == ["template", "text", "block", "view", "view", "view", "template", "include"]
    block = next(e for e in doc.iter_elements() if e.tag == "block")
    assert [a.name for a in block.attributes] == ["wx:for", "wx:key", "wx:for-item"]
    else_view = list(block.iter())[3]
    assert else_view.get("wx:else") is not None
    assert else_view.get("wx:else").value is None  # type: ignore[union-attr]
    assert else_view.start == pos(5, 3, 182)


def test_text_expression_with_angle_brackets_is_not_a_tag() -> None:
    src = "<text>{{ a < b ? 1 : 2 }} and {{ c > d }}</text><view/>"
    doc = clean(src)
    text_el, view = doc.iter_elements()
    assert text_el.children == (
        Text("{{ a < b ? 1 : 2 }} and {{ c > d }}", pos(1, 7, 6), pos(1, 42, 41)),
    )
    assert view.start == pos(1, 49, 48)


def test_text_expression_containing_tag_like_text() -> None:
    doc = clean("<text>{{ '<view>' }}</text>")
    assert [e.tag for e in doc.iter_elements()] == ["text"]


def test_closing_braces_alone_in_text_are_fine() -> None:
    clean("<view>}} a {</view>")


def test_unterminated_expression_in_text_is_reported_once() -> None:
    src = "<view>{{ a </view>\n<text>{{ b</text>"
    assert problems(src) == [("1:7", "'{{' in text is not closed with '}}'")]
    # The parser still recovers the tags after it.
    assert [e.tag for e in elements(src)] == ["view", "text"]


def test_expression_in_text_runs_to_the_next_close_like_wcc() -> None:
    # wcc reads `{{ a }</view><text>{{ b }}` as one expression, then misses </view>.
    src = "<view>{{ a }</view><text>{{ b }}</text>"
    assert problems(src) == [
        ("1:1", "end tag </view> is missing for <view> opened at 1:1"),
        ("1:33", "end tag </text> has no start tag"),
    ]
    (view,) = elements(src)
    assert view.children == (Text("{{ a }</view><text>{{ b }}", pos(1, 7, 6), pos(1, 33, 32)),)


# --- comments ---------------------------------------------------------------------


def test_comments_everywhere_with_positions() -> None:
    src = (
        "<!-- top -->\n"
        "<view>\n"
        "  <!-- wecontact-disable-next-line WC203 -- reason -->\n"
        "  <cell plugid=\"x\"/>\n"
        "</view><!--after-->"
    )
    doc = clean(src)
    comments = list(doc.iter_comments())
    assert [c.text for c in comments] == [
        " top ",
        " wecontact-disable-next-line WC203 -- reason ",
        "after",
    ]
    assert comments[0].start == pos(1, 1, 0)
    assert comments[0].end == pos(1, 13, 12)
    assert comments[1].start == pos(3, 3, 22)
    assert comments[1].end == pos(3, 55, 74)
    assert comments[2].start == pos(5, 8, 103)
    assert isinstance(doc.children[0], Comment)


def test_comment_may_hold_markup_and_braces() -> None:
    doc = clean("<view><!-- </view> <b> {{ --></view>")
    (view,) = doc.iter_elements()
    assert view.children == (Comment(" </view> <b> {{ ", pos(1, 7, 6), pos(1, 30, 29)),)


def test_empty_comment() -> None:
    (comment,) = clean("<!---->").iter_comments()
    assert comment.text == ""
    assert comment.end == pos(1, 8, 7)


def test_unterminated_comment() -> None:
    doc = parse_wxml("<view/>\n<!-- never closed <view>")
    assert [(str(p.start), str(p.message)) for p in doc.problems] == [
        ("2:1", "comment is not closed with '-->'")
    ]
    (comment,) = doc.iter_comments()
    assert comment.text == " never closed <view>"
    assert comment.end == pos(2, 25, 32)
    assert [e.tag for e in doc.iter_elements()] == ["view"]


# --- wxs --------------------------------------------------------------------------


def test_inline_wxs_is_raw_text() -> None:
    body = '\nvar a = 1 < 2 && b > 3;\nvar s = "</view>" + \'<text>\';\nmodule.exports = {a: a};\n'
    src = f'<view><wxs module="m">{body}</wxs><text>{{{{m.a}}}}</text></view>'
    doc = clean(src)
    view, wxs, text = doc.iter_elements()
    assert wxs.tag == "wxs"
    assert wxs.get("module").value == "m"  # type: ignore[union-attr]
    assert wxs.children == (
        Text(body, pos(1, 23, 22), position_at(src, 22 + len(body))),
    )
    assert text.tag == "text"
    assert view.children[-1] is text


def test_wxs_end_tag_with_space_and_lookalike() -> None:
    src = '<wxs module="m">var s = "</wxsy>";</wxs >'
    doc = clean(src)
    (wxs,) = doc.iter_elements()
    assert wxs.children[0].text == 'var s = "</wxsy>";'  # type: ignore[union-attr]
    assert wxs.end == pos(1, 42, 41)


def test_self_closing_wxs_with_src() -> None:
    doc = clean('<wxs src="./util.wxs" module="u"/><view/>')
    assert [(e.tag, e.self_closing) for e in doc.iter_elements()] == [
        ("wxs", True), ("view", True)
    ]


def test_empty_wxs() -> None:
    (wxs,) = clean('<wxs module="m"></wxs>').iter_elements()
    assert wxs.children == ()


def test_unterminated_wxs() -> None:
    src = '<wxs module="m">var a = 1 < 2;'
    doc = parse_wxml(src)
    assert [(str(p.start), str(p.message)) for p in doc.problems] == [
        ("1:1", "end tag </wxs> is missing for <wxs> opened at 1:1")
    ]
    (wxs,) = doc.iter_elements()
    assert wxs.children[0].text == "var a = 1 < 2;"  # type: ignore[union-attr]
    assert wxs.end == pos(1, 31, 30)


def test_uppercase_wxs_is_not_raw() -> None:
    # wcc treats <WXS> as an ordinary tag (it reports "unexpected character" inside).
    assert problems("<WXS>a <1</WXS>") == [
        ("1:8", "'<' does not start a tag or comment (write &lt; for a literal '<')")
    ]


# --- problems ---------------------------------------------------------------------


def test_void_like_tag_without_end_tag() -> None:
    doc = parse_wxml('<image src="a">')
    assert [(str(p.start), str(p.message)) for p in doc.problems] == [
        ("1:1", "end tag </image> is missing for <image> opened at 1:1")
    ]
    (image,) = doc.iter_elements()
    assert image.self_closing is False
    assert image.end == pos(1, 16, 15)


def test_mismatched_end_tag_closes_the_inner_element() -> None:
    src = "<view>\n  <text>\n</view>\n<view/>"
    doc = parse_wxml(src)
    assert [(str(p.start), str(p.message)) for p in doc.problems] == [
        ("3:1", "expected </text> for <text> opened at 2:3, found </view>")
    ]
    outer, inner, after = doc.iter_elements()
    assert (outer.tag, inner.tag, after.tag) == ("view", "text", "view")
    assert inner in outer.children
    assert inner.end == pos(3, 1, 16)
    assert outer.end == pos(3, 8, 23)
    assert after in doc.children


def test_end_tag_far_up_the_stack_closes_everything_between() -> None:
    src = "<view><a><b>x</view>"
    assert problems(src) == [
        ("1:14", "expected </b> for <b> opened at 1:10, found </view>"),
        ("1:14", "expected </a> for <a> opened at 1:7, found </view>"),
    ]
    view, a, b = elements(src)
    assert view.children == (a,)
    assert a.children == (b,)
    assert b.children[0].text == "x"  # type: ignore[union-attr]
    assert view.end.offset == len(src)


def test_image_inside_view_without_end_tag() -> None:
    assert problems('<view><image src="a"></view>') == [
        ("1:22", "expected </image> for <image> opened at 1:7, found </view>")
    ]


def test_end_tag_without_start_is_ignored() -> None:
    src = "</text><view></span></view>"
    assert problems(src) == [
        ("1:1", "end tag </text> has no start tag"),
        ("1:14", "end tag </span> has no start tag"),
    ]
    (view,) = elements(src)
    assert view.end == pos(1, 28, 27)


def test_elements_left_open_at_end_of_input() -> None:
    src = "<view>\n  <text>hi"
    assert problems(src) == [
        ("1:1", "end tag </view> is missing for <view> opened at 1:1"),
        ("2:3", "end tag </text> is missing for <text> opened at 2:3"),
    ]
    view, text = elements(src)
    assert view.end == text.end == pos(2, 11, 17)
    assert text.children == (Text("hi", pos(2, 9, 15), pos(2, 11, 17)),)


def test_unquoted_attribute_value() -> None:
    src = "<view class=a id=b></view>"
    assert problems(src) == [
        ("1:13", "value of attribute class is not quoted"),
        ("1:18", "value of attribute id is not quoted"),
    ]
    (view,) = elements(src)
    cls = view.attributes[0]
    assert (cls.name, cls.value, cls.quote) == ("class", "a", "")
    assert cls.value_start == pos(1, 13, 12)
    assert cls.end == pos(1, 14, 13)
    assert view.children == ()


def test_unquoted_value_before_self_close_and_with_expression() -> None:
    src = "<view class={{a > b}} id=x/>"
    (view,) = elements(src)
    assert [(a.name, a.value) for a in view.attributes] == [("class", "{{a > b}}"), ("id", "x")]
    assert view.self_closing
    assert len(problems(src)) == 2


def test_equals_without_value() -> None:
    src = "<view class= ></view>"
    assert problems(src) == [("1:14", "attribute class has '=' but no value")]
    (view,) = elements(src)
    assert view.attributes[0].value == ""
    assert view.attributes[0].quote == ""


@pytest.mark.parametrize(
    ("src", "where"),
    [
        ("<view>a < b</view>", "1:9"),
        ("<view>1 <2</view>", "1:9"),
        ("a <", "1:3"),
        ("<view></ view>", "1:7"),
        ("<!DOCTYPE html>", "1:1"),
        ("<>", "1:1"),
    ],
)
def test_lone_angle_bracket(src: str, where: str) -> None:
    message = "'<' does not start a tag or comment (write &lt; for a literal '<')"
    assert (where, message) in problems(src)


def test_lone_angle_bracket_stays_in_text() -> None:
    (view,) = elements("<view>a < b</view>")
    assert view.children == (Text("a < b", pos(1, 7, 6), pos(1, 12, 11)),)


def test_unterminated_start_tag_at_end_of_input() -> None:
    src = '<view>\n<cell plugid="x"'
    assert problems(src) == [
        ("1:1", "end tag </view> is missing for <view> opened at 1:1"),
        ("2:1", "start tag <cell> is not closed with '>'"),
    ]
    view, cell = elements(src)
    assert view.children[-1] is cell
    assert cell.attributes[0].value == "x"
    assert cell.end == cell.open_end == pos(2, 17, 23)


def test_start_tag_cut_by_next_tag_recovers() -> None:
    src = '<view class="a"<text>t</text></view>'
    assert problems(src) == [("1:1", "start tag <view> is not closed with '>'")]
    view, text = elements(src)
    assert view.open_end == pos(1, 16, 15)
    assert view.children == (text,)
    assert view.end.offset == len(src)


def test_unterminated_quoted_value() -> None:
    src = "<view class='a\n>b</view>"
    assert problems(src) == [("1:13", "quoted value of attribute class is not closed with \"'\"")]
    (view,) = elements(src)
    assert view.attributes[0].value == "a\n>b</view>"
    assert view.end.offset == len(src)


def test_unterminated_expression_in_attribute() -> None:
    src = '<view class="{{ a " id="b"></view>'
    assert problems(src) == [
        ("1:14", "'{{' in the value of attribute class is not closed with '}}'")
    ]
    (view,) = elements(src)
    assert [(a.name, a.value) for a in view.attributes] == [("class", "{{ a "), ("id", "b")]


def test_same_quote_inside_expression_is_an_unterminated_expression() -> None:
    # wcc: "Bad value"/"unexpected character": the quote ends the value.
    src = '<view class="{{ "a" }}"></view>'
    msgs = problems(src)
    assert msgs[0] == ("1:14", "'{{' in the value of attribute class is not closed with '}}'")
    (view,) = elements(src)
    assert view.attributes[0].value == "{{ "


def test_expression_without_close_at_end_of_input() -> None:
    src = '<view class="{{ a'
    assert problems(src) == [
        ("1:13", "quoted value of attribute class is not closed with '\"'"),
        ("1:14", "'{{' in the value of attribute class is not closed with '}}'"),
    ]


@pytest.mark.parametrize("src", ['<view ="x"></view>', "<view 'x'></view>", '<view = "x"></view>'])
def test_attribute_without_a_name(src: str) -> None:
    assert problems(src) == [("1:7", "attribute value without an attribute name")]
    (view,) = elements(src)
    assert view.attributes == ()
    assert view.end.offset == len(src)


def test_stray_slash_in_start_tag() -> None:
    src = '<view class="a" / ></view>'
    assert problems(src) == [("1:17", "unexpected '/' in start tag <view>")]
    (view,) = elements(src)
    assert view.self_closing is False


def test_junk_in_end_tag() -> None:
    src = "<view></view foo><text/>"
    assert problems(src) == [("1:14", "unexpected text in end tag </view>")]
    view, text = elements(src)
    assert view.end == pos(1, 18, 17)
    assert text.start == pos(1, 18, 17)


def test_unterminated_end_tag() -> None:
    assert problems("<view></view") == [("1:7", "end tag </view> is not closed with '>'")]


def test_problems_are_sorted_by_position() -> None:
    doc = parse_wxml("<a>\n<b class=x>\n</c>")
    offsets = [p.start.offset for p in doc.problems]
    assert offsets == sorted(offsets)
    assert all(isinstance(p, Problem) for p in doc.problems)


# --- positions --------------------------------------------------------------------


def test_positions_on_first_line() -> None:
    (view,) = clean('<view id="x"/>').iter_elements()
    assert view.start == pos(1, 1, 0)
    assert view.attributes[0].start == pos(1, 7, 6)


def test_positions_after_crlf() -> None:
    src = '<view>\r\n  <cell plugid="a"/>\r\n</view>\r\n<text>x</text>'
    doc = clean(src)
    view, cell, text = doc.iter_elements()
    assert cell.start == pos(2, 3, 10)
    assert cell.attributes[0].start == pos(2, 9, 16)
    assert cell.attributes[0].value_start == pos(2, 17, 24)
    assert view.end == pos(3, 8, 37)
    assert text.start == pos(4, 1, 39)


def test_lone_cr_is_not_a_line_break() -> None:
    # wcc counts only "\n" (a CRLF is one break): `<view>\r<text>` stays on line 1.
    view, text = elements("<view>\r<text/></view>")
    assert text.start == pos(1, 8, 7)
    assert view.end == pos(1, 22, 21)


def test_positions_after_chinese_text() -> None:
    src = "<text>联系客服</text><cell plugid=\"企业微信\" styleType='2'/>"
    doc = clean(src)
    text, cell = doc.iter_elements()
    assert text.end == pos(1, 18, 17)
    assert cell.start == pos(1, 18, 17)
    plugid, style = cell.attributes
    assert plugid.value == "企业微信"
    assert plugid.value_start == pos(1, 32, 31)
    assert style.start == pos(1, 38, 37)


def test_bom_is_an_ordinary_character() -> None:
    src = "\ufeff<view/>"
    doc = clean(src)
    assert doc.children[0] == Text("\ufeff", pos(1, 1, 0), pos(1, 2, 1))
    (view,) = doc.iter_elements()
    assert view.start == pos(1, 2, 1)


def test_position_at_helper() -> None:
    text = "ab\r\n中c\nd"
    assert position_at(text, 0) == pos(1, 1, 0)
    assert position_at(text, 2) == pos(1, 3, 2)  # the "\r"
    assert position_at(text, 4) == pos(2, 1, 4)
    assert position_at(text, 5) == pos(2, 2, 5)
    assert position_at(text, 7) == pos(3, 1, 7)
    assert position_at(text, 8) == pos(3, 2, 8)  # end of text
    assert position_at(text, 99) == pos(3, 2, 8)  # clamped
    assert position_at(text, -3) == pos(1, 1, 0)
    assert position_at("", 0) == pos(1, 1, 0)
    assert LineIndex(text).position(4) == pos(2, 1, 4)
    assert str(pos(2, 5, 9)) == "2:5"


def test_position_at_switches_text() -> None:
    assert position_at("a\nb", 2) == pos(2, 1, 2)
    assert position_at("ab", 2) == pos(1, 3, 2)


# --- iteration --------------------------------------------------------------------


def test_iter_in_document_order() -> None:
    src = "<a><b><c/></b><d/></a><e><!--x--><f/></e>"
    doc = clean(src)
    assert [e.tag for e in doc.iter_elements()] == list("abcdef")
    a = doc.children[0]
    assert isinstance(a, Element)
    assert [e.tag for e in a.iter()] == list("abcd")
    assert [c.text for c in doc.iter_comments()] == ["x"]


def test_records_are_frozen() -> None:
    from wecontact_cli.records import FrozenInstanceError

    (view,) = elements("<view/>")
    with pytest.raises(FrozenInstanceError):
        view.tag = "text"  # type: ignore[misc]


def test_repr_is_short() -> None:
    view = elements('<view class="a"><text/></view>')[0]
    assert repr(view) == "<Element view [class] at 1:1 (1 children)>"
    assert "1 nodes" in repr(parse_wxml("<view/>"))


# --- robustness -------------------------------------------------------------------


def test_deep_nesting_does_not_recurse() -> None:
    depth = 100_000
    src = "<view>" * depth + "</view>" * depth
    doc = parse_wxml(src)
    assert doc.problems == ()
    views = list(doc.iter_elements())
    assert len(views) == depth
    root = doc.children[0]
    assert isinstance(root, Element)
    assert sum(1 for _ in root.iter()) == depth
    assert views[-1].start.offset == 6 * (depth - 1)
    assert root.end.offset == len(src)
    repr(root)


def test_deep_nesting_left_open_and_mismatched() -> None:
    depth = 100_000
    doc = parse_wxml("<view>" * depth)
    assert len(doc.problems) == depth
    doc = parse_wxml("<view>" * depth + "</text>" * depth)
    assert len(doc.problems) == 2 * depth
    assert sum(1 for _ in doc.iter_elements()) == depth


def test_one_megabyte_document() -> None:
    block = (
        "<view class=\"row {{ on ? 'a' : 'b' }}\" wx:for=\"{{list}}\">\n"
        "  <!-- 联系我 -->\n"
        "  <cell plugid=\"abc\" styleType=\"2\" bind:completemessage=\"onDone\"/>\n"
        "  <text>{{ item.count < 10 ? item.count : '9+' }} 条</text>\n"
        "</view>\n"
    )
    src = block * (1_000_000 // len(block) + 1)
    assert len(src) > 1_000_000
    doc = parse_wxml(src)
    assert doc.problems == ()
    count = src.count("<view")
    assert sum(1 for e in doc.iter_elements() if e.tag == "view") == count
    last = list(doc.iter_elements())[-1]
    assert last.tag == "text"
    assert last.start.line == 5 * count - 1  # line 4 of the last 5-line block


def _check_invariants(text: str, doc: WxmlDocument) -> None:
    """Every recorded position agrees with position_at and with the text it names."""
    n = len(text)

    def ok(p: Position) -> None:
        assert 0 <= p.offset <= n
        assert p == position_at(text, p.offset)

    for problem in doc.problems:
        ok(problem.start)
        assert problem.message
    stack = list(doc.children)
    while stack:
        node = stack.pop()
        ok(node.start)
        ok(node.end)
        assert node.start.offset <= node.end.offset
        if isinstance(node, Text):
            assert text[node.start.offset:node.end.offset] == node.text
        elif isinstance(node, Comment):
            assert text.startswith("<!--" + node.text, node.start.offset)
        else:
            ok(node.open_end)
            assert node.start.offset <= node.open_end.offset <= node.end.offset
            assert text.startswith("<" + node.tag, node.start.offset)
            for attr in node.attributes:
                ok(attr.start)
                ok(attr.end)
                assert attr.name
                assert text.startswith(attr.name, attr.start.offset)
                if attr.value is not None:
                    assert attr.value_start is not None
                    ok(attr.value_start)
                    assert text.startswith(attr.value, attr.value_start.offset)
            stack.extend(node.children)


def _check_order(doc: WxmlDocument) -> None:
    """Problems come sorted; siblings do not overlap; children lie inside their parent."""
    offsets = [p.start.offset for p in doc.problems]
    assert offsets == sorted(offsets)
    pending: list[tuple[tuple[object, ...], int, int]] = [(doc.children, 0, -1)]
    while pending:
        nodes, low, high = pending.pop()
        for node in nodes:
            assert low <= node.start.offset
            assert high == -1 or node.end.offset <= high
            low = node.end.offset
            if isinstance(node, Element):
                pending.append((node.children, node.open_end.offset, node.end.offset))


def _shape(elements: Iterable[Element]) -> list[tuple[object, ...]]:
    """What the fast scan promises of an element: all but its children."""
    return [(e.tag, e.attributes, e.start, e.end, e.open_end, e.self_closing) for e in elements]


def _check_scan_agrees(text: str, doc: WxmlDocument) -> None:
    """Where the fast scan answers, it finds what the parser finds, and no problem."""
    fast = scan(text, {e.tag for e in doc.iter_elements()})
    assert is_well_formed(text) == (fast is not None)
    if fast is None:
        return
    assert doc.problems == ()
    assert _shape(doc.iter_elements()) == _shape(fast.iter_elements())
    assert [(c.text, c.start, c.end) for c in doc.iter_comments()] == [
        (c.text, c.start, c.end) for c in fast.iter_comments()]


WXML_FRAGMENTS = st.sampled_from(
    [
        "<", "</", ">", "/>", "/", "=", '"', "'", "{{", "}}", "<!--", "-->", " ", "\n",
        "\r\n", "\t", "<wxs>", "</wxs>", '<wxs module="m">', "view", "text", "cell",
        "wxs", "a", "1", "<view", "</view>", "<text>", "</text>", 'class="', "wx:if=",
        "bind:tap", "中", "\ufeff", "&lt;", "<!", "?", "-", "<view/>", "{{ a < b }}",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _check_invariants(text, parse_wxml(text))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WXML_FRAGMENTS, max_size=60).map("".join))
def test_never_raises_on_wxml_like_fragments(text: str) -> None:
    _check_invariants(text, parse_wxml(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["view", "text", "cell", "block"]),
            st.sampled_from(['a="1"', "b='{{ x > 1 }}'", "hidden", 'c = "x\ny"']),
        ),
        max_size=20,
    )
)
def test_well_formed_documents_parse_cleanly(parts: list[tuple[str, str]]) -> None:
    # Nest every generated element inside the previous one, then close them all.
    src = "".join(f"<{tag} {attr}>t" for tag, attr in parts)
    src += "".join(f"</{tag}>" for tag, _ in reversed(parts))
    doc = clean(src)
    assert [e.tag for e in doc.iter_elements()] == [tag for tag, _ in parts]
    _check_invariants(src, doc)


# -- the fast well-formedness scan -----------------------------------------------------------

@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WXML_FRAGMENTS, max_size=60).map("".join))
def test_fast_scan_never_calls_broken_markup_well_formed(text: str) -> None:
    """The fast path may say "don't know" (False) freely, but never True for a problem."""
    if is_well_formed(text):
        assert parse_wxml(text).problems == ()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["view", "text", "cell", "block"]),
                          st.sampled_from(['a="1"', "b='{{ x > 1 }}'", "hidden", 'c = "x\ny"', ""])),
                max_size=20))
def test_fast_scan_accepts_well_formed_documents(parts: list[tuple[str, str]]) -> None:
    src = "<!-- c -->" + "".join(f"<{tag} {attr}>{{{{ a < b }}}}" for tag, attr in parts)
    src += "".join(f"</{tag}>" for tag, _ in reversed(parts))
    src += '<wxs module="m">var a = b < c && "</view>"</wxs>'
    assert parse_wxml(src).problems == ()
    assert is_well_formed(src)


@pytest.mark.parametrize("text", [
    "<view>", "</view>", "<view></text>", "<view class=a></view>", '<view class="{{a"></view>',
    "<!-- open", "{{ open", "a < b", "<view / >", '<view ="x"></view>', "<wxs>var a = 1",
])
def test_fast_scan_rejects_what_the_parser_reports(text: str) -> None:
    assert parse_wxml(text).problems != ()
    assert not is_well_formed(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["view", "text", "cell", "block"]),
                          st.sampled_from(['a="1"', "b='{{ x > 1 }}'", "hidden", 'c = "x\ny"', "",
                                           'plugid="p" bind:completemessage="done"']),
                          st.sampled_from(["", "/", "<!-- c -->", "文字\r\n"])),
                max_size=20))
def test_fast_scan_finds_the_same_elements_and_comments_as_the_parser(
        parts: list[tuple[str, str, str]]) -> None:
    src = "".join(f"<{tag} {attr}/>{tail}" if tail == "/" else f"<{tag} {attr}>{tail}"
                  for tag, attr, tail in parts)
    src += "".join(f"</{tag}>" for tag, _, tail in reversed(parts) if tail != "/")
    full = parse_wxml(src)
    fast = scan(src, {"cell"})
    assert full.problems == () and fast is not None
    assert _shape(e for e in full.iter_elements() if e.tag == "cell") == _shape(fast.iter_elements())
    assert [(c.text, c.start, c.end) for c in full.iter_comments()] == [
        (c.text, c.start, c.end) for c in fast.iter_comments()]


# -- inputs that vary freely and inputs built to hang a backtracking scanner -------------------

# Random bytes as an editor would show them (UTF-8 with replacement characters, or Latin-1),
# random text, and either mixed with markup fragments so that tags really occur.
DECODED_BYTES = st.one_of(
    st.binary(max_size=400).map(lambda data: data.decode("utf-8", errors="replace")),
    st.binary(max_size=400).map(lambda data: data.decode("latin-1")),
    st.text(max_size=200),
)
MIXED_INPUT = st.one_of(DECODED_BYTES, st.lists(st.one_of(WXML_FRAGMENTS, DECODED_BYTES),
                                                max_size=40).map("".join))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED_INPUT)
def test_arbitrary_input_keeps_every_promise_of_the_parser(text: str) -> None:
    doc = parse_wxml(text)
    _check_invariants(text, doc)
    _check_order(doc)
    _check_scan_agrees(text, doc)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WXML_FRAGMENTS, max_size=60).map("".join))
def test_fast_scan_agrees_with_the_parser_on_wxml_like_fragments(text: str) -> None:
    doc = parse_wxml(text)
    _check_order(doc)
    _check_scan_agrees(text, doc)


# Each is broken markup of about 100,000 characters. A regex that backtracks
# exponentially over one run (e.g. an attribute list that can split a name two ways) or a
# scanner that looks to the end of the text at every tag (quadratic) never finishes these;
# a linear one takes milliseconds. No time is measured: such a test simply hangs.
LONG = 100_000
ADVERSARIAL = {
    "attribute names, no '>'": "<view" + " a" * (LONG // 2),
    "one long attribute name, no '>'": "<view " + "a" * LONG,
    "long tag name, no '>'": "<" + "v" * LONG,
    "long end tag name, no '>'": "<v></" + "v" * LONG,
    "quoted attributes, no '>'": "<view" + ' a="x"' * (LONG // 6),
    "spaced attributes cut by '<'": "<view" + " a = 'x'" * (LONG // 8) + "<",
    "unclosed quote": '<view a="' + "x" * LONG,
    "unclosed quotes of both kinds": "<view a=\"" + "<a b='" * (LONG // 6),
    "thousands of '=' after a name": "<view a" + "=" * LONG + ">",
    "thousands of '=' without a name": "<view " + "=" * LONG,
    "only spaces, no '>'": "<view" + " \t\n" * (LONG // 3),
    "spaces then a stray '/'": "<view" + " " * LONG + "/",
    "unclosed expressions in text": "{{" * LONG,
    "unclosed expressions in a value": '<view a="{{' + "{{ b" * (LONG // 4) + '">',
    "unclosed comments": "<!--" * (LONG // 4),
    "start tags never closed": "<view>" * (LONG // 6),
    "start tags each cut by the next": '<view a="1"' * (LONG // 11),
    "end tags without start tags": "</view>" * (LONG // 7),
    "wxs end tag look-alikes": "<wxs>" + "</wxsa" * (LONG // 6),
    "stray '<' everywhere": "<" * LONG,
    "junk in an end tag": "<v></v " + "x " * (LONG // 2),
    "unquoted values": "<view" + " a=b" * (LONG // 4) + ">",
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_markup_is_parsed_and_scanned_to_the_end(text: str) -> None:
    doc = parse_wxml(text)
    assert doc.problems
    _check_invariants(text, doc)
    _check_order(doc)
    assert scan(text, {"view", "v", "a", "wxs"}) is None
    assert not is_well_formed(text)


WELL_FORMED_AND_LONG = {
    "thousands of attributes": "<view" + ' a="x"' * (LONG // 6) + "><cell" + " b" * (LONG // 2) + "/></view>",
    "long value of '=' and quotes": "<cell plugid='" + '="' * (LONG // 2) + "'/>",
    "long tag names": "<" + "v" * LONG + "></" + "v" * LONG + ">",
    "long runs of space": "<cell" + " " * LONG + "a" + " " * LONG + "=" + " " * LONG + "'x'" + " " * LONG + "/>",
    "many expressions in a value": '<cell a="' + "{{ x > 1 }}" * (LONG // 11) + '"/>',
}


@pytest.mark.parametrize("text", list(WELL_FORMED_AND_LONG.values()), ids=list(WELL_FORMED_AND_LONG))
def test_long_well_formed_markup_is_scanned_like_the_parser_parses_it(text: str) -> None:
    doc = clean(text)
    assert is_well_formed(text)
    _check_scan_agrees(text, doc)
