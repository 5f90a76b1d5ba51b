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
SCALARS = st.one_of(
    st.sampled_from(["plugin://contactPlugin/cell", "https://a.b/c", "/* not a comment */", "// nor this", "",
                     "tab\there", "\\", '"', "é", "\ud800"]),
    st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False), st.booleans(), st.none(),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4).map(lambda items: ("array", items)),
    st.lists(st.tuples(KEYS, inner), max_size=4).map(lambda members: ("object", members))), max_leaves=25)
GAPS = st.sampled_from(["", " ", "\n", "\r\n", "  ", "// c\n", "/* c */", "/* a\nb */", "//\"q\n", "/*\"*/",
                        "// x /* y\n", "\t"])
MISTAKES = st.sampled_from([",", "'", "/", "/*", "\\", '"', "NaN", "Infinity", "-", "}", "]", "{", "x", "1" * 4100,
                            "\x01", "\ufeff"])


@st.composite
def jsonc(draw: st.DrawFn, value: object) -> str:
    """``value`` written as JSON with comments, blanks and (maybe) trailing commas between tokens."""
    gap = lambda: draw(GAPS)  # noqa: E731
    if isinstance(value, tuple):
        kind, children = value
        comma = draw(st.sampled_from(["", "", ","])) if children else ""
        if kind == "object":
            parts = [gap() + json.dumps(k) + gap() + ":" + gap() + draw(jsonc(v)) for k, v in children]
            return "{" + ",".join(parts) + comma + gap() + "}"
        parts = [gap() + draw(jsonc(v)) for v in children]
        return "[" + ",".join(parts) + comma + gap() + "]"
    return json.dumps(value, ensure_ascii=draw(st.booleans()))


@st.composite
def texts(draw: st.DrawFn) -> str:
    text = draw(GAPS) + draw(jsonc(draw(VALUES))) + draw(GAPS)
    if draw(st.integers(0, 3)) == 0:  # a mistake somewhere
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


@settings(max_examples=200, deadline=None)
@given(texts(), st.lists(KEYS, max_size=3))
def test_a_lazy_objects_answers_match_the_parsers_before_it_is_read(text: str, keys: list[str]) -> None:
    """``get`` on an object nobody has read yet (its members not located) answers as the parser's."""
    try:
        full = parse(text, jsonc=True)
    except JsonSyntaxError:
        return
    lazy = parse_lazy(text, jsonc=True)
    for key in keys:
        found, expected = (lazy.get(key) if lazy.kind == "object" else None), (
            full.get(key) if full.kind == "object" else None)
        assert (None if found is None else _tree(found)) == (None if expected is None else _tree(expected))


def test_pages_json_is_read_lazily_and_reports_as_before(tmp_path: Path) -> None:
    root = build(tmp_path / "p")
    project = open_project(root)
    read = read_jsonc(project.app_config, root, vue=3, conditional=True)  # type: ignore[arg-type]
    assert read.file is not None and isinstance(read.file.root, LazyJsonNode)
    assert trailing_commas(read.file.root) == trailing_commas(parse(read.file.compiled, jsonc=True)) == []
