"""Positions between the linter (characters, lines broken at \\n) and LSP (UTF-16 code
units unless negotiated, lines broken at \\r\\n, \\r and \\n), and the suppression comment's
layout: checked against independent computations on texts with Chinese and astral text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wecontact_cli.model.unit import directive_above
from wecontact_cli.server.positions import LineMap, units
from wecontact_cli.text.positions import LineIndex

TEXTS = st.lists(st.sampled_from(["a", " ", "<", "\n", "\r\n", "\r", "你", "好", "😀", "𠮷", "é", "\t"]), max_size=40).map("".join)
ENCODINGS = {"utf-8": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}
WIDTH = {"utf-8": 1, "utf-16": 2, "utf-32": 4}


def expected(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """Line and column in ``encoding``'s code units, as an editor counts them."""
    before = text[:offset]
    if before.endswith("\r") and text[offset:offset + 1] == "\n":
        before = before[:-1]  # between \r and \n: still the end of that line
    lines = re.split(r"\r\n|\r|\n", before)
    return len(lines) - 1, len(lines[-1].encode(ENCODINGS[encoding])) // WIDTH[encoding]


@given(TEXTS, st.sampled_from(sorted(ENCODINGS)))
def test_offsets_become_the_positions_an_editor_counts_and_back(text: str, encoding: str) -> None:
    lines = LineMap(text, encoding)
    for offset in range(len(text) + 1):
        position = lines.position(offset)
        assert (position.line, position.character) == expected(text, offset, encoding)
        inside_crlf = text[offset - 1:offset + 1] == "\r\n"
        assert lines.offset(position) == (offset - 1 if inside_crlf else offset)


@given(TEXTS)
def test_a_column_past_the_end_of_a_line_is_its_end(text: str) -> None:
    from lsprotocol import types

    lines = LineMap(text)
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text)):
        end = lines.offset(types.Position(number, 10_000))
        assert lines.position(end) == types.Position(number, units(line, "utf-16"))


@given(TEXTS)
def test_the_linter_lines_and_columns_invert(text: str) -> None:
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        position = index.position(offset)
        assert index.offset(position.line, position.column) == offset


def test_an_astral_character_is_two_utf16_units_and_four_utf8_bytes() -> None:
    assert [units("😀", e) for e in ("utf-16", "utf-8", "utf-32")] == [2, 4, 1]
    assert [units("你", e) for e in ("utf-16", "utf-8", "utf-32")] == [1, 3, 1]


@pytest.mark.parametrize("text, line, inserted", [
    ("<view>\n  <cell />\n</view>\n", 2, "  <!-- wecontact-disable-next-line WC206 -->\n"),
    ("<view>\r\n\t\t<cell />\r\n</view>", 2, "\t\t<!-- wecontact-disable-next-line WC206 -->\r\n"),
    ("<cell />", 1, "<!-- wecontact-disable-next-line WC206 -->\n"),
    ("<view>\r\n<cell />", 2, "<!-- wecontact-disable-next-line WC206 -->\r\n"),
])
def test_the_suppression_comment_takes_the_line_indentation_and_ending(text: str, line: int, inserted: str) -> None:
    edit = directive_above(text, line, "<!-- {} -->", ["WC206"])
    assert edit is not None
    lines = text.split("\n")
    assert edit.start == edit.end == sum(len(x) + 1 for x in lines[:line - 1])
    assert edit.text == inserted


def test_no_suppression_comment_for_a_line_that_is_not_there() -> None:
    assert directive_above("<cell />\n", 3, "<!-- {} -->", ["WC206"]) is None
    assert directive_above("<cell />\n", 0, "<!-- {} -->", ["WC206"]) is None
    edit = directive_above("a\n", 1, "{{/* {} */}}", ["WC203", "WC206"])
    assert edit is not None and edit.text == "{/* wecontact-disable-next-line WC203, WC206 */}\n"


@given(TEXTS, st.data())
def test_a_diagnostic_covers_the_characters_lint_json_names_its_line_break_too(text: str, data: st.DataObject) -> None:
    from wecontact_cli.lint.model import Diagnostic
    from wecontact_cli.server.diagnostics import lsp_diagnostic

    lines = text.split("\n")
    row = data.draw(st.integers(1, len(lines)))
    column = data.draw(st.integers(1, len(lines[row - 1]) + 1))  # up to the line's "\n", as a parse error at its end
    found = lsp_diagnostic(Diagnostic("WC002", "syntax", "error", "m", "a.tsx", row, column, row, column + 1),
                           LineMap(text), LineIndex(text))
    start = sum(len(line) + 1 for line in lines[:row - 1]) + column - 1
    end = min(start + 1, len(text))  # one character: the "\n" itself when the column is past the text
    assert (found.range.start.line, found.range.start.character) == expected(text, start, "utf-16")
    assert (found.range.end.line, found.range.end.character) == expected(text, end, "utf-16")
