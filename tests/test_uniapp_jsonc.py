"""Edits in JSON with comments (uni-app's manifest.json and pages.json): every comment stays
where it was, the file's spacing is kept, no trailing comma is added, and an edit never
lands where uni-app's conditional compilation hides it from the WeChat build."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.edits import apply_edits
from wecontact_cli.syntax import jsontext
from wecontact_cli.syntax.conditional import analyze, blank_inactive, weixin


def _node(text: str, path: list[str]) -> tuple[jsontext.JsonNode, jsontext.JsonStyle]:
    """The node at ``path`` as the WeChat build parses the text (inactive regions blanked)."""
    root = jsontext.parse(blank_inactive(text, analyze(text, weixin(3))), jsonc=True)
    node = root
    for key in path:
        node = node.get(key)  # type: ignore[assignment]
    return node, jsontext.detect_style(text, root)


def insert(text: str, path: list[str], key: str, value: object) -> str:
    node, style = _node(text, path)
    return apply_edits(text, [jsontext.plan_insert_member(text, style, node, key, value, jsonc=True)])


def append(text: str, path: list[str], value: object) -> str:
    node, style = _node(text, path)
    return apply_edits(text, [jsontext.plan_append_item(text, style, node, value, jsonc=True)])


def weixin_value(text: str) -> object:
    return jsontext.parse(blank_inactive(text, analyze(text, weixin(3))), jsonc=True).to_python()


HBUILDERX = (
    '{\n    "name" : "shop",\n    "vueVersion" : "3", // Vue 3\n    "mp-weixin" : {\n'
    '        "appid" : "wx0123456789abcdef" // the WeChat appid\n    }\n}\n')


def test_a_same_line_comment_stays_with_its_member_and_the_colon_keeps_its_spaces() -> None:
    after = insert(HBUILDERX, ["mp-weixin"], "plugins", {"contactPlugin": {"version": "1.3.0"}})
    assert after == (
        '{\n    "name" : "shop",\n    "vueVersion" : "3", // Vue 3\n    "mp-weixin" : {\n'
        '        "appid" : "wx0123456789abcdef", // the WeChat appid\n        "plugins" : {\n'
        '            "contactPlugin" : {\n                "version" : "1.3.0"\n            }\n        }\n'
        '    }\n}\n')


def test_a_trailing_comma_is_used_as_the_separator_and_none_is_added() -> None:
    after = insert('{\n  "a": 1, // one\n}\n', [], "b", 2)
    assert after == '{\n  "a": 1, // one\n  "b": 2\n}\n'
    assert jsontext.parse(after, jsonc=True).trailing_comma == -1
    assert insert('{\n  "a": 1,\n}\n', [], "b", 2) == '{\n  "a": 1,\n  "b": 2\n}\n'  # the comma moves with "b"


def test_a_member_goes_before_a_region_the_wechat_build_leaves_out() -> None:
    text = '{\n  "a": 1, // one\n  // #ifdef H5\n  "h5": true\n  // #endif\n}\n'
    after = insert(text, [], "b", 2)
    assert after == '{\n  "a": 1, // one\n  "b": 2,\n  // #ifdef H5\n  "h5": true\n  // #endif\n}\n'
    assert weixin_value(after) == {"a": 1, "b": 2}
    h5 = jsontext.parse(blank_inactive(after, analyze(after, _h5())), jsonc=True).to_python()
    assert h5 == {"a": 1, "b": 2, "h5": True}


def _h5():  # type: ignore[no-untyped-def]
    from wecontact_cli.syntax.conditional import platform

    return platform("h5", 3)


def test_an_item_goes_before_a_hidden_page_and_the_first_page_stays_first() -> None:
    text = ('{\n  "pages": [\n    {"path": "pages/index/index"}, // home\n    // #ifdef H5\n'
            '    {"path": "pages/web/web"}\n    // #endif\n  ]\n}\n')
    after = append(text, ["pages"], {"path": "pages/contact/contact"})
    assert weixin_value(after)["pages"] == [{"path": "pages/index/index"}, {"path": "pages/contact/contact"}]
    assert "// home\n" in after and after.count("// home") == 1


def test_an_object_holding_only_comments_keeps_them() -> None:
    assert insert('{\n  "o": { // none yet\n  }\n}\n', ["o"], "c", 3) == '{\n  "o": { // none yet\n    "c": 3\n  }\n}\n'
    assert insert('{"o": {/* none */}}', ["o"], "c", 3) == '{"o": {/* none */\n  "c": 3\n}}'


def test_an_object_whose_members_are_all_hidden_is_refused() -> None:
    with pytest.raises(ValueError):
        insert('{\n  "o": {\n    // #ifdef H5\n    "b": 2\n    // #endif\n  }\n}\n', ["o"], "c", 3)


def test_strict_json_is_edited_as_before() -> None:
    text = '{\n  "a": 1\n}\n'
    root = jsontext.parse(text)
    style = jsontext.detect_style(text, root)
    assert (jsontext.plan_insert_member(text, style, root, "b", 2, jsonc=True)
            == jsontext.plan_insert_member(text, style, root, "b", 2))


def test_the_parser_records_a_trailing_comma() -> None:
    text = '{"a": [1, 2, ], "b": {"c": 1 , } , }'
    root = jsontext.parse(text, jsonc=True)
    assert root.trailing_comma == text.rindex(",")
    assert root.get("a").trailing_comma == text.index(", ]")  # type: ignore[union-attr]
    assert root.get("b").trailing_comma == text.index(", }")  # type: ignore[union-attr]
    assert jsontext.parse('{"a": [1, 2]}', jsonc=True).trailing_comma == -1


_COMMENT = st.sampled_from(["", " // note", " /* note */", " // 注释 with, comma", " // see #1"])
_KEY = st.from_regex(r"[a-z]{1,6}", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_KEY, st.integers(-9, 99), _COMMENT), min_size=1, max_size=5, unique_by=lambda m: m[0]),
       st.booleans(), st.sampled_from(["  ", "    ", "\t"]), st.sampled_from([": ", " : "]))
def test_every_comment_survives_and_the_value_reads_back(members: list[tuple[str, int, str]], trailing: bool,
                                                          indent: str, sep: str) -> None:
    lines = []
    for i, (key, value, comment) in enumerate(members):
        comma = "," if i < len(members) - 1 or trailing else ""
        lines.append(f'{indent}"{key}"{sep}{value}{comma}{comment}')
    text = "{\n" + "\n".join(lines) + "\n}\n"
    after = insert(text, [], "zzzzzzz", {"x": 1})
    expected = {k: v for k, v, _ in members}
    assert jsontext.parse(after, jsonc=True).to_python() == {**expected, "zzzzzzz": {"x": 1}}
    assert re.findall(r"//[^\n]*|/\*.*?\*/", after) == re.findall(r"//[^\n]*|/\*.*?\*/", text)
    for line in text.splitlines():  # every original line is still there, whole or with a comma added
        assert line in after or line.replace(members[-1][2], "," + members[-1][2]) in after
    assert after.count(",") == text.count(",") + (0 if trailing else 1)
    assert f'"zzzzzzz"{sep}' in after
