"""Units for the strict JSON parser with spans, its errors, style detection and edits."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.syntax.jsontext import (
    JsonNode,
    JsonStyle,
    JsonSyntaxError,
    detect_style,
    dumps,
    line_col,
    parse,
    plan_insert_member,
    plan_replace_value,
    to_json,
    walk,
)

# ---------------------------------------------------------------------------
# helpers and strategies


def same(a: object, b: object) -> bool:
    """Deep equality that also tells ints from floats and keeps key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def syntax_error(text: str) -> tuple[str, tuple[int, int]]:
    """The message and (line, column) of the JsonSyntaxError that ``text`` raises."""
    with pytest.raises(JsonSyntaxError) as info:
        parse(text)
    return str(info.value.message), line_col(text, info.value.offset)


CHINESE = st.sampled_from(list("联系我企业微信客服小程序插件中文"))
# Characters that str.splitlines() treats as line breaks but JSON leaves raw are kept
# out of the style property test; test_detect_style_ignores_unicode_line_separators
# covers them.
SAFE_CHARS = st.characters(
    blacklist_categories=("Cs",), blacklist_characters="\x85\u2028\u2029"
)
TEXT = st.text(st.one_of(SAFE_CHARS, CHINESE), max_size=8)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(TEXT, children, max_size=4)
    ),
    max_leaves=16,
)
DUMP_OPTIONS = st.sampled_from(
    [
        {},
        {"indent": 2},
        {"indent": 4},
        {"indent": "\t"},
        {"indent": 1, "ensure_ascii": False},
        {"separators": (",", ":")},
        {"separators": (",", ":"), "ensure_ascii": False},
        {"separators": (", ", ": "), "ensure_ascii": False},
        {"indent": 2, "separators": (",", " : ")},
    ]
)


# ---------------------------------------------------------------------------
# parse: kinds, values, spans


def test_kinds_values_and_type_names() -> None:
    text = '{"o": {}, "a": [], "s": "x", "i": 12, "f": 1.5, "t": true, "n": null}'
    root = parse(text)
    assert root.kind == "object"
    kinds = {m.key: m.value.kind for m in root.members}
    assert kinds == {
        "o": "object",
        "a": "array",
        "s": "string",
        "i": "number",
        "f": "number",
        "t": "literal",
        "n": "literal",
    }
    names = {m.key: m.value.type_name for m in root.members}
    assert names["t"] == "boolean" and names["n"] == "null" and names["i"] == "number"
    assert root.get("missing") is None
    assert root.member("missing") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0", 0),
        ("-12", -12),
        ("12345678901234567890", 12345678901234567890),
        ("1.0", 1.0),
        ("1e3", 1000.0),
        ("1E-2", 0.01),
        ("-0.5e+1", -5.0),
        ("true", True),
        ("false", False),
        ("null", None),
    ],
)
def test_scalars_keep_int_and_float_apart(raw: str, expected: object) -> None:
    node = parse(raw)
    assert same(node.value, expected)
    assert (node.start, node.end) == (0, len(raw))


def test_strings_decode_escapes_and_chinese() -> None:
    assert parse('"\\u4e2d\\u6587"').value == "中文"
    assert parse('"\\ud83d\\ude00"').value == "\U0001f600"
    assert parse('"a\\n\\t\\"\\\\\\/b"').value == 'a\n\t"\\/b'
    assert parse('"联系我"').value == "联系我"


def test_spans_cover_exactly_the_source_text_of_each_value() -> None:
    text = '{\n  "名称": "联系我",\n  "list": [1, 2.5, {"k": null}],\n  "e": {}\n}\n'
    root = parse(text)
    assert text[root.start : root.end] == text.rstrip("\n")
    spans = {m.key: text[m.value.start : m.value.end] for m in root.members}
    assert spans == {"名称": '"联系我"', "list": '[1, 2.5, {"k": null}]', "e": "{}"}
    items = root.get("list").items  # type: ignore[union-attr]
    assert [text[i.start : i.end] for i in items] == ["1", "2.5", '{"k": null}']
    inner = items[2].members[0]
    assert text[inner.key_start : inner.key_end] == '"k"'
    assert text[inner.value.start : inner.value.end] == "null"


def test_member_key_start_is_the_opening_quote() -> None:
    text = '{ "a" :1,\n\t"中文键"  :  "v"}'
    root = parse(text)
    first, second = root.members
    assert text[first.key_start] == '"' and text[first.key_start : first.key_end] == '"a"'
    assert text[second.key_start : second.key_end] == '"中文键"'
    assert line_col(text, second.key_start) == (2, 2)


def test_duplicate_keys_last_one_wins() -> None:
    text = '{"a": 1, "b": 0, "a": 2}'
    root = parse(text)
    assert root.get("a").value == 2  # type: ignore[union-attr]
    assert root.member("a").key_start == text.rindex('"a"')  # type: ignore[union-attr]
    assert root.to_python() == json.loads(text) == {"a": 2, "b": 0}


def test_members_are_what_json_parse_keeps_and_duplicates_what_it_drops() -> None:
    """WeChat's JSON.parse keeps the last of repeated keys: every reader iterating members
    sees what WeChat sees, and the shadowed ones stay located for WC003."""
    text = '{"a": 1, "b": {"x": 1, "x": 2}, "a": 2, "a": 3}'
    root = parse(text)
    assert [(m.key, m.value.value) for m in root.members] == [("b", None), ("a", 3)]
    assert [m.value.value for m in root.duplicates] == [1, 2]
    assert [m.key_start for m in root.duplicates] == [1, text.index('"a": 2')]
    assert [m.key for m in root.written_members()] == ["a", "b", "a", "a"]
    inner = root.get("b")
    assert inner is not None and [m.value.value for m in inner.members] == [2]
    assert [m.value.value for m in inner.duplicates] == [1]
    assert [n.value for n in walk(root) if n.kind == "number"] == [2, 3]  # shadowed values are not walked


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(pairs=st.lists(st.tuples(st.sampled_from(["a", "b", "c", "联"]), SCALARS), max_size=8))
def test_repeated_keys_read_as_json_loads_reads_them(pairs: list[tuple[str, object]]) -> None:
    text = "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in pairs) + "}"
    root = parse(text)
    assert root.to_python() == json.loads(text)
    assert len(root.members) + len(root.duplicates) == len(pairs)
    assert len(root.members) == len({k for k, _ in pairs})
    assert [m.key_start for m in root.written_members()] == sorted(m.key_start for m in root.written_members())


def test_insert_after_repeated_keys_goes_after_the_last_member() -> None:
    text = '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}\n'
    root = parse(text)
    edit = plan_insert_member(text, detect_style(text, root), root, "c", 4)
    assert apply_edits(text, [edit]) == '{\n  "a": 1,\n  "b": 2,\n  "a": 3,\n  "c": 4\n}\n'


@pytest.mark.parametrize("raw, expected", [
    ("1" * 5000, float("inf")), ("-" + "9" * 4400, float("-inf")), ("1" * 4000, int("1" * 4000)),
    ("1" * 4500 + ".5", float("inf")), ("0." + "1" * 5000, 0.1111111111111111),
])
def test_numbers_past_pythons_int_limit_are_read_as_javascript_does(raw: str, expected: float) -> None:
    """JSON.parse reads every number as a double; int() refuses more than 4,300 digits."""
    node = parse('{"n": ' + raw + "}").get("n")
    assert node is not None and node.kind == "number" and node.value == expected


def test_to_json_writes_a_lone_surrogate_as_its_escape() -> None:
    """A lone surrogate cannot be encoded as UTF-8; its escape reads back as the same string."""
    value = parse('"a\\ud800b"').value
    assert value == "a\ud800b"
    assert to_json(value) == '"a\\ud800b"'
    assert json.loads(to_json(value)) == value
    assert to_json({"k\udfff": "联系"}) == '{"k\\udfff": "联系"}'
    to_json(value).encode("utf-8")


def test_edits_with_a_lone_surrogate_are_valid_utf8_json() -> None:
    text = '{"plugins": {}}'
    root = parse(text)
    style = detect_style(text, root)
    edit = plan_insert_member(text, style, root.get("plugins"), "a\ud800", {"v": "x\udc00"})  # type: ignore[arg-type]
    new = apply_edits(text, [edit])
    new.encode("utf-8")
    assert json.loads(new) == {"plugins": {"a\ud800": {"v": "x\udc00"}}}


def test_walk_visits_every_node_in_document_order() -> None:
    root = parse('{"a": [1, {"b": 2}], "c": 3}')
    kinds = [(n.kind, n.value) for n in walk(root)]
    assert kinds == [
        ("object", None),
        ("array", None),
        ("number", 1),
        ("object", None),
        ("number", 2),
        ("number", 3),
    ]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(value=JSON_VALUES, options=DUMP_OPTIONS)
def test_to_python_equals_json_loads(value: object, options: dict) -> None:
    text = json.dumps(value, **options)
    assert same(parse(text).to_python(), json.loads(text))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(value=JSON_VALUES, options=DUMP_OPTIONS)
def test_every_span_reparses_to_its_node(value: object, options: dict) -> None:
    text = json.dumps(value, **options)
    for node in walk(parse(text)):
        assert same(json.loads(text[node.start : node.end]), node.to_python())
        for member in node.members:
            assert text[member.key_start] == '"'
            assert json.loads(text[member.key_start : member.key_end]) == member.key


# ---------------------------------------------------------------------------
# errors: wording and exact position


@pytest.mark.parametrize(
    ("text", "fragments", "where"),
    [
        pytest.param(
            '{\n  // comment\n  "a": 1\n}',
            ["comments are not allowed", "WeChat build"],
            (2, 3),
            id="line-comment",
        ),
        pytest.param(
            '{\n  "a": 1 /* c */\n}',
            ["comments are not allowed", "WeChat build"],
            (2, 10),
            id="block-comment",
        ),
        pytest.param(
            '// header\n{"a": 1}',
            ["comments are not allowed"],
            (1, 1),
            id="comment-before-value",
        ),
        pytest.param(
            '{"a": 1, // why\n"b": 2}',
            ["comments are not allowed"],
            (1, 10),
            id="comment-after-comma",
        ),
        pytest.param(
            '{\n  "a": 1,\n}', ["trailing comma before '}'", "remove it"], (2, 9), id="trailing-comma-object"
        ),
        pytest.param("[1, 2, ]", ["trailing comma before ']'"], (1, 6), id="trailing-comma-array"),
        pytest.param(
            '{\r\n  "a": 1,\r\n}', ["trailing comma"], (2, 9), id="trailing-comma-crlf"
        ),
        pytest.param(
            "{\"a\": 'x'}", ["strings must use double quotes, not single"], (1, 7), id="single-quoted-string"
        ),
        pytest.param(
            "{'a': 1}", ["property names must use double quotes, not single"], (1, 2), id="single-quoted-key"
        ),
        pytest.param(
            '{\n  name: "x"\n}', ["property names must be strings in double quotes", '(write "name")'],
            (2, 3), id="unquoted-key",
        ),
        pytest.param(
            '{\n  "a": 1\n  "b": 2\n}', ["expected ',' or '}'", "missing comma"], (3, 3), id="missing-comma"
        ),
        pytest.param(
            "[1 2]", ["expected ',' or ']' after an array item", "missing comma"], (1, 4), id="missing-comma-array"
        ),
        pytest.param('{"a" 1}', ["expected ':' after the property name \"a\""], (1, 6), id="missing-colon"),
        pytest.param('{"a": "abc', ["unterminated string"], (1, 7), id="unterminated-string"),
        pytest.param('{"a": "ab\ncd"}', ["raw line break"], (1, 10), id="raw-newline-in-string"),
        pytest.param('{"a": NaN}', ["'NaN' is not a JSON value"], (1, 7), id="NaN"),
        pytest.param('[1,\n Infinity]', ["'Infinity' is not a JSON value"], (2, 2), id="Infinity"),
        pytest.param('{"a": undefined}', ["'undefined' is not a JSON value"], (1, 7), id="undefined"),
        pytest.param('{"a": -Infinity}', ["expected a value, found '-'"], (1, 7), id="minus-Infinity"),
        pytest.param("", ["the file is empty"], (1, 1), id="empty"),
        pytest.param("  \n  ", ["the file is empty"], (2, 3), id="only-whitespace"),
        pytest.param("{}\n{}", ["unexpected '{' after the end of the JSON value"], (2, 1), id="extra-value"),
        pytest.param('{"a": 1} x', ["unexpected 'x' after the end"], (1, 10), id="extra-word"),
        pytest.param('{"a": }', ["expected a value, found '}'"], (1, 7), id="missing-value"),
        pytest.param('{"a": ', ["unexpected end of file: expected a value"], (1, 7), id="eof-after-colon"),
    ],
)
def test_syntax_errors_say_what_and_where(text: str, fragments: list[str], where: tuple[int, int]) -> None:
    message, position = syntax_error(text)
    for fragment in fragments:
        assert fragment in message
    assert position == where


def test_unclosed_object_names_where_it_was_opened() -> None:
    text = '{\n  "a": {\n    "b": 1\n  }\n'
    message, position = syntax_error(text)
    assert "unexpected end of file" in message
    assert "close the object opened at line 1, column 1" in message
    assert position == (5, 1)


def test_unclosed_inner_array_names_the_array() -> None:
    message, position = syntax_error('{\n  "pages": ["a", "b"\n')
    assert "expected ',' or ']' to close the array opened at line 2, column 12" in message
    assert position == (3, 1)


def test_syntax_error_is_a_value_error_with_offset() -> None:
    with pytest.raises(ValueError) as info:
        parse("[1,]")
    assert isinstance(info.value, JsonSyntaxError)
    assert info.value.offset == 2


def test_deep_nesting_parses_without_recursion() -> None:
    depth = 100_000
    assert depth > sys.getrecursionlimit()
    root = parse("[" * depth + "]" * depth)
    assert root.kind == "array" and (root.start, root.end) == (0, 2 * depth)
    assert sum(1 for _ in walk(root)) == depth


def test_deep_unclosed_nesting_is_a_syntax_error() -> None:
    text = "[" * 100_000
    with pytest.raises(JsonSyntaxError) as info:
        parse(text)
    assert info.value.offset == len(text)
    assert "unexpected end of file" in str(info.value.message)


def test_deep_unclosed_objects_name_the_innermost_opening() -> None:
    depth = 50_000
    text = '{"a":' * depth + "1"
    message, _ = syntax_error(text)
    assert f"opened at line 1, column {5 * (depth - 1) + 1}" in message


# ---------------------------------------------------------------------------
# line_col


def test_line_col_counts_characters_and_crlf_as_one_break() -> None:
    text = "ab\r\n中文x\ny"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, text.index("中")) == (2, 1)
    assert line_col(text, text.index("x")) == (2, 3)
    assert line_col(text, text.index("y")) == (3, 1)
    assert line_col(text, len(text)) == (3, 2)


# ---------------------------------------------------------------------------
# detect_style


def style_of(text: str) -> JsonStyle:
    return detect_style(text, parse(text))


@pytest.mark.parametrize(
    ("indent", "unit"), [(2, "  "), (4, "    "), ("\t", "\t")], ids=["2-spaces", "4-spaces", "tab"]
)
def test_detect_pretty_styles(indent: int | str, unit: str) -> None:
    text = json.dumps({"pages": ["a", "b"], "window": {"title": "x"}}, indent=indent) + "\n"
    style = style_of(text)
    assert style.indent == unit
    assert style.newline == "\n"
    assert style.key_sep == ": "
    assert style.multiline is True


def test_detect_minified() -> None:
    style = style_of('{"a":1,"b":[1,2]}')
    assert (style.key_sep, style.item_sep, style.multiline) == (":", ",", False)


def test_detect_one_line_with_spaces() -> None:
    style = style_of('{"a": 1, "b": 2}')
    assert (style.key_sep, style.item_sep, style.multiline) == (": ", ", ", False)


def test_detect_crlf() -> None:
    text = '{\r\n    "a": 1,\r\n    "b": {\r\n        "c": 2\r\n    }\r\n}\r\n'
    style = style_of(text)
    assert style.newline == "\r\n"
    assert style.indent == "    "
    assert style.multiline is True


def test_detect_lf_when_crlf_appears_only_later() -> None:
    assert style_of('{\n  "a": 1\r\n}').newline == "\n"


def test_detect_one_line_item_separator_inside_pretty_file() -> None:
    text = '{\n  "pages": ["a","b"],\n  "w": 1\n}'
    style = style_of(text)
    assert style.item_sep == ","
    assert style.multiline is True


def test_detect_style_ignores_unicode_line_separators() -> None:
    # JSON keeps U+2028 raw inside strings; str.splitlines() would split there and
    # count the spaces after it as indentation.
    text = '{\n  "a": "\u2028   x",\n  "b": "\u2028   y",\n  "c": 1\n}'
    root = parse(text)
    style = detect_style(text, root)
    assert style.indent == "  "
    result = apply_edits(text, [plan_insert_member(text, style, root, "n", {"x": 1})])
    assert result.endswith('  "c": 1,\n  "n": {\n    "x": 1\n  }\n}')


@pytest.mark.parametrize("text", ["{}", "{}\n", "[]", "{ }\n"])
def test_empty_document_is_laid_out_like_hand_written_app_json(text: str) -> None:
    style = style_of(text)
    assert style.multiline is True
    assert (style.indent, style.key_sep, style.newline) == ("  ", ": ", "\n")


def test_insert_into_empty_root_object() -> None:
    assert insert("{}\n", [], "plugins", {"a": 1}) == '{\n  "plugins": {\n    "a": 1\n  }\n}\n'


# ---------------------------------------------------------------------------
# dumps


def test_dumps_follows_style_and_level() -> None:
    style = JsonStyle("  ", "\r\n", ": ", ", ", True)
    assert dumps({"a": [1, {}], "b": "中"}, style, "  ", True) == (
        '{\r\n    "a": [\r\n      1,\r\n      {}\r\n    ],\r\n    "b": "中"\r\n  }'
    )
    assert dumps({"a": [1, 2]}, style, "", False) == '{"a": [1, 2]}'
    assert dumps([], style, "", True) == "[]"
    assert dumps("x", style, "", True) == '"x"'


# ---------------------------------------------------------------------------
# plan_insert_member / plan_replace_value


STYLES = st.sampled_from(
    [
        {"indent": 2},
        {"indent": 4},
        {"indent": "\t"},
        {"indent": None, "separators": (",", ":")},
        {"indent": None, "separators": (", ", ": ")},
    ]
)


def serialise(value: object, style: dict, newline: str) -> str:
    return json.dumps(value, ensure_ascii=False, **style).replace("\n", newline)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=st.dictionaries(TEXT, JSON_VALUES, min_size=1, max_size=5),
    style=STYLES,
    newline=st.sampled_from(["\n", "\r\n"]),
    key=TEXT,
    value=st.dictionaries(TEXT, JSON_VALUES, max_size=3),
    final_newline=st.booleans(),
)
def test_insert_member_adopts_the_style_exactly(
    document: dict, style: dict, newline: str, key: str, value: dict, final_newline: bool
) -> None:
    assume(key not in document)
    text = serialise(document, style, newline) + (newline if final_newline else "")
    root = parse(text)
    edit = plan_insert_member(text, detect_style(text, root), root, key, value)
    result = apply_edits(text, [edit])

    expected_dict = {**document, key: value}
    assert same(parse(result).to_python(), expected_dict)
    assert list(json.loads(result)) == [*document, key]
    assert result == serialise(expected_dict, style, newline) + (newline if final_newline else "")
    # only an insertion: the original text is a prefix plus a suffix of the result
    assert edit.start == edit.end
    assert result[: edit.start] == text[: edit.start]
    assert result[edit.start + len(edit.text) :] == text[edit.start :]


def insert(text: str, path: list[str], key: str, value: object) -> str:
    root = parse(text)
    node = root
    for name in path:
        found = node.get(name)
        assert found is not None
        node = found
    return apply_edits(text, [plan_insert_member(text, detect_style(text, root), node, key, value)])


def test_insert_into_empty_nested_object_in_pretty_document() -> None:
    text = '{\n    "pages": ["a"],\n    "plugins": {},\n    "x": 1\n}\n'
    result = insert(text, ["plugins"], "contact", {"version": "1.3.0", "provider": "wx"})
    assert result == (
        '{\n    "pages": ["a"],\n    "plugins": {\n        "contact": {\n'
        '            "version": "1.3.0",\n            "provider": "wx"\n'
        '        }\n    },\n    "x": 1\n}\n'
    )


def test_insert_into_empty_object_with_whitespace_inside() -> None:
    text = '{\r\n  "plugins": {  }\r\n}'
    result = insert(text, ["plugins"], "a", 1)
    assert result == '{\r\n  "plugins": {\r\n    "a": 1\r\n  }\r\n}'


def test_insert_into_one_line_object_inside_pretty_document_stays_one_line() -> None:
    text = '{\n  "window": {"title": "x", "color": "red"},\n  "pages": []\n}\n'
    result = insert(text, ["window"], "nav", {"a": [1, 2]})
    assert result == (
        '{\n  "window": {"title": "x", "color": "red", "nav": {"a": [1, 2]}},\n  "pages": []\n}\n'
    )


def test_insert_into_nested_pretty_object_uses_its_indentation() -> None:
    text = '{\n\t"a": {\n\t\t"b": 1\n\t}\n}'
    result = insert(text, ["a"], "c", ["x"])
    assert result == '{\n\t"a": {\n\t\t"b": 1,\n\t\t"c": [\n\t\t\t"x"\n\t\t]\n\t}\n}'


def test_insert_member_keeps_chinese_unescaped() -> None:
    result = insert('{"a": 1}', [], "名称", "联系我")
    assert result == '{"a": 1, "名称": "联系我"}'


def test_insert_member_refuses_non_objects() -> None:
    text = '{"a": [1]}'
    root = parse(text)
    with pytest.raises(TypeError):
        plan_insert_member(text, detect_style(text, root), root.get("a"), "k", 1)  # type: ignore[arg-type]


def test_replace_value_touches_only_the_value_span() -> None:
    text = '{\n  "version": "1.0.0" ,\n  "n": 5\n}'
    root = parse(text)
    node = root.get("version")
    assert node is not None
    edit = plan_replace_value(node, "1.3.0")
    assert edit == TextEdit(node.start, node.end, '"1.3.0"')
    assert apply_edits(text, [edit]) == '{\n  "version": "1.3.0" ,\n  "n": 5\n}'
    number = root.get("n")
    assert number is not None
    replaced = apply_edits(text, [plan_replace_value(number, "联系")])
    assert replaced == '{\n  "version": "1.0.0" ,\n  "n": "联系"\n}'


def test_replace_and_insert_combine_in_one_apply() -> None:
    text = '{"a": 1, "b": {"c": 2}}'
    root = parse(text)
    b = root.get("b")
    assert isinstance(b, JsonNode)
    edits = [
        plan_replace_value(root.get("a"), True),  # type: ignore[arg-type]
        plan_insert_member(text, detect_style(text, root), b, "d", None),
    ]
    assert apply_edits(text, edits) == '{"a": true, "b": {"c": 2, "d": null}}'
