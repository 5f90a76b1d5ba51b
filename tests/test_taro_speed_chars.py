"""Byte offsets become characters by counting from the nearest offset converted before (no index
of the whole text): every offset, asked for in any order, converts as the text's own characters
say, with the remembered offsets close together or far apart."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings, strategies as st

from wecontact_cli.syntax import jscommon
from wecontact_cli.syntax.jscommon import Parsed

ALPHABET = ["a", " ", "\n", "é", "ß", "\u07ff", "商", "品", "\u0800", "\uffff", "\u2028", "😀", "\U0010ffff",
            "\ud800", "\udfff", "'", "{"]


def reference(text: str, byte: int) -> int:
    """What a byte offset is in characters, read off the text itself: inside a character, as
    many bytes past the character's start; past the end, as many bytes past the last character."""
    if byte <= 0:
        return byte
    start = 0
    for index, char in enumerate(text):
        width = len(char.encode("utf-8", "surrogatepass"))
        if byte < start + width:
            return index + byte - start
        start += width
    return len(text) + byte - start


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60), st.integers(1, 9),
       st.lists(st.integers(-3, 300), max_size=40))
def test_offsets_in_any_order_convert_as_the_text_says(text: str, step: int, asked: list[int]) -> None:
    with mock.patch.object(jscommon, "_STEP", step):
        parsed = Parsed(text, "javascript")
        size = len(parsed.data)
        offsets = [a % (size + 3) - 1 for a in asked] + list(range(size + 2))[::-1]  # then every one, backwards
        assert [parsed.char(b) for b in offsets] == [reference(text, b) for b in offsets]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=30))
def test_a_tree_node_converts_to_the_characters_it_spans(text: str) -> None:
    source = f"const s = '{text}'; /* {text} */ x"
    parsed = Parsed(source, "javascript")
    for node in jscommon.walk(parsed.root):
        start, end = parsed.span(node)
        assert source[start:end].encode("utf-8", "surrogatepass") == parsed.data[node.start_byte:node.end_byte]


def test_a_long_text_read_backwards_keeps_every_offset_true() -> None:
    text = "商品 cell 列表😀 é\n" * 800
    parsed = Parsed(text, "javascript")
    ends = [m for m in range(len(parsed.data) + 1, -1, -331)]
    assert [parsed.char(b) for b in ends] == [reference(text, b) for b in ends]
    assert len(parsed._bytes) <= len(parsed.data) // jscommon._STEP + len(ends) + 1
