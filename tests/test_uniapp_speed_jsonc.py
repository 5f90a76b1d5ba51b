"""``jsontext.parse_lazy`` (the C decoder's reading, containers located on first use: how
uni-app's pages.json is read) gives the very tree ``jsontext.parse`` gives, node for node,
and the very error when the text is not JSON(C): whatever comments, strings, escapes,
repeated keys, trailing commas or mistakes it holds."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.uniapp_project import build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.config import read_jsonc, trailing_commas
from wecontact_cli.syntax.jsontext import JsonNode, JsonSyntaxError, LazyJsonNode, parse, parse_lazy

KEYS = st.sampled_from(["path", "style", "usingComponents", "cell", "a", "a", "中文", 'q"uote', "s/l//ash", "/*x*/"])
PLAIN = st.sampled_from(["plugin://contactPlugin/cell", "https://a.b/c", "/* not a comment */", "// nor this", "",
                         "é", "x"])
ESCAPES = ("tab\there", "\\", '"')
"""Strings written with a backslash: the parser reads a text holding one (only loose texts do)."""
ESCAPED = st.sampled_from([*ESCAPES, "\ud800"])
SCALARS = st.one_of(PLAIN, PLAIN, st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False),
                    st.booleans(), st.none(), ESCAPED)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4).map(lambda items: ("array", items)),
    st.lists(st.tuples(KEYS, inner), max_size=4).map(lambda members: ("object", members))), max_leaves=25)
GAPS = st.sampled_from(["", " ", "\n", "\r\n", "  ", "// c\n", "/* c */", "/* a\nb */", "//\"q\n", "/*\"*/",
                        "// x /* y\n", "\t"])
MISTAKES = st.sampled_from([",", "'", "/", "/*", "\\", '"', "NaN", "Infinity", "-", "}", "]", "{", "x", "1" * 4100,
                            "\x01", "\ufeff"])


@st.composite
def jsonc(draw: st.DrawFn, value: object, loose: bool) -> str:
    """``value`` written as JSON with comments and blanks between tokens (``loose``: maybe
    trailing commas too, which send the text to the parser)."""
    def gap() -> str:
        return draw(GAPS)

    if isinstance(value, tuple):
        kind, children = value
        comma = draw(st.sampled_from(["", "", ","])) if children and loose else ""
        if kind == "object":
            keys = [k if loose else k.replace('"', "") for k, _ in children]
            parts = [gap() + json.dumps(k, ensure_ascii=loose) + gap() + ":" + gap() + draw(jsonc(v, loose))
                     for k, (_, v) in zip(keys, children)]
            return "{" + ",".join(parts) + comma + gap() + "}"
        parts = [gap() + draw(jsonc(v, loose)) for v in children]
        return "[" + ",".join(parts) + comma + gap() + "]"
    if not loose and value in ESCAPES:
        value = "x"
    return json.dumps(value, ensure_ascii=loose and draw(st.booleans()))


OBJECTS = st.lists(st.tuples(KEYS, st.one_of(VALUES, PLAIN, st.booleans(), st.none())), min_size=1, max_size=5,
                   unique_by=lambda member: member[0]).map(lambda members: ("object", members))


@st.composite
def texts(draw: st.DrawFn, values: st.SearchStrategy[object] = VALUES) -> str:
    loose = draw(st.integers(0, 2)) == 0
    text = draw(GAPS) + draw(jsonc(draw(values), loose)) + draw(GAPS)
    if loose and draw(st.booleans()):  # a mistake somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(MISTAKES) + text[at:]
    return text


def _tree(node: JsonNode) -> tuple:
    """Every field of every node, recursively."""
    value = node.value
    if isinstance(value, float) and value != value:
        value = "nan"
    return (node.kind, node.start, node.end, repr(value), node.trailing_comma,
            [(m.key, m.key_start, m.key_end, _tree(m.value)) for m in node.members],
            [(m.key, m.key_start, m.key_end, _tree(m.value)) for m in node.duplicates],
            [_tree(i) for i in node.items])


def _outcome(read: object, text: str, jsonc_: bool) -> tuple:
    try:
        return ("tree", _tree(read(text, jsonc=jsonc_)))  # type: ignore[operator]
    except JsonSyntaxError as exc:
        return ("error", str(exc.message), exc.offset)


@settings(max_examples=500, deadline=None)
@given(texts(), st.booleans())
def test_the_lazy_reading_is_the_parsers(text: str, jsonc_: bool) -> None:
    assert _outcome(parse_lazy, text, jsonc_) == _outcome(parse, text, jsonc_)


@settings(max_examples=500, deadline=None)
@given(texts(OBJECTS), st.data(), st.booleans())
def test_values_got_before_anything_is_located_are_the_parsers(text: str, data: st.DataObject, parent_first: bool
                                                               ) -> None:
    """``get`` on objects nobody has read (their members not located), down a path of keys
    and indexes, answers as the parser does; the node it gives is the one the members hold."""
    readings = lazy_and_parsed(text)
    if readings is None:
        return
    lazy, expected = readings
    parents = []
    while lazy is not None and expected is not None and (expected.members or expected.items):
        if not data.draw(st.integers(0, 4)):
            break
        keys = [m.key for m in expected.members] + ["absent"]
        step = data.draw(st.sampled_from(keys) if expected.kind == "object" else st.integers(0, len(expected.items)))
        parents.append((lazy, step))
        lazy, expected = _step(lazy, step), _step(expected, step)
    if parent_first:
        for parent, step in parents:  # locating a parent's members before the child's position
            _tree(parent)
    assert (None if lazy is None else _tree(lazy)) == (None if expected is None else _tree(expected))
    for parent, step in parents:
        if isinstance(step, str) and parent.kind == "object" and parent.member(step) is not None:
            assert parent.member(step).value is parent.get(step)  # type: ignore[union-attr]


def lazy_and_parsed(text: str) -> tuple[JsonNode | None, JsonNode | None] | None:
    """The lazy reading of a JSONC text and the parser's (None when the parser refuses it)."""
    try:
        full = parse(text, jsonc=True)
    except JsonSyntaxError:
        return None
    return parse_lazy(text, jsonc=True), full


def _step(node: JsonNode, step: object) -> JsonNode | None:
    if isinstance(step, str):
        return node.get(step) if node.kind == "object" else None
    assert isinstance(step, int)
    return node.items[step] if node.kind == "array" and step < len(node.items) else None


def test_pages_json_is_read_lazily_and_reports_as_before(tmp_path: Path) -> None:
    root = build(tmp_path / "p")
    project = open_project(root)
    read = read_jsonc(project.app_config, root, vue=3, conditional=True)  # type: ignore[arg-type]
    assert read.file is not None and isinstance(read.file.root, LazyJsonNode)
    assert trailing_commas(read.file.root) == trailing_commas(parse(read.file.compiled, jsonc=True)) == []


@settings(max_examples=500, deadline=None)
@given(texts(OBJECTS), st.lists(KEYS, min_size=1, max_size=4), st.data())
def test_a_member_found_down_the_text_is_where_the_parser_puts_it(text: str, keys: list[str],
                                                                  data: st.DataObject) -> None:
    """``find_member`` on a lazy tree (nothing placed, or some of it placed first) and on the
    parser's tree gives the member's key and value spans the parser gives."""
    from wecontact_cli.syntax.jsontext import find_member

    readings = lazy_and_parsed(text)
    if readings is None:
        return
    lazy, full = readings
    assert lazy is not None and full is not None
    path = tuple(keys)
    if full.kind == "object" and full.members and data.draw(st.booleans()):  # follow a path that exists
        node, path = full, ()
        while node.kind == "object" and node.members and len(path) < 4:
            member = data.draw(st.sampled_from(node.members))
            path, node = (*path, member.key), member.value
    if data.draw(st.booleans()):
        lazy.members  # noqa: B018 (the root's members placed first)
    assert find_member(lazy, path) == find_member(full, path), (text, path)  # the parser's tree: member by member


def test_a_member_is_found_without_placing_the_members_on_the_way() -> None:
    text = json.dumps({"pages": [{"path": "a", "style": {"t": "x", "mp-weixin": {"usingComponents": {
        "cell": "plugin://contactPlugin/cell"}}}}]}, indent=2)
    from wecontact_cli.syntax.jsontext import find_member, items_of

    root = parse_lazy(text)
    assert isinstance(root, LazyJsonNode)
    entry = items_of(root.get("pages"))[0]  # type: ignore[arg-type]
    found = find_member(entry, ("style", "mp-weixin", "usingComponents", "cell"))
    assert found is not None and text[found[0]:found[1]] == '"cell"'
    assert text[found[2]:found[3]] == '"plugin://contactPlugin/cell"'
    assert isinstance(entry, LazyJsonNode) and entry._members is None
    assert find_member(entry, ("style", "absent")) is None and find_member(entry, ("path", "x")) is None
