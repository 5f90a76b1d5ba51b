"""Between the linter's positions and the editor's.

The linter counts in characters (code points) and breaks lines at "\\n" only, as WeChat's
compiler does; LSP counts a line's columns in the client's position encoding (UTF-16 code
units unless client and server agreed on another) and breaks lines at "\\n", "\\r\\n" and
"\\r". Every conversion goes through a character offset into the text, so a Chinese
character (one unit in UTF-16, three in UTF-8) and an astral one such as an emoji (two in
UTF-16) land where the editor shows them.
"""

from __future__ import annotations

from bisect import bisect_right

from lsprotocol import types

from wecontact_cli.syntax.patterns import compile_pattern

_BREAK = compile_pattern(r"\r\n|\r|\n")


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` (utf-8, utf-16 or utf-32) ``text`` takes."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class LineMap:
    """A text's lines as LSP counts them: character offsets to positions and back."""

    __slots__ = ("_ends", "_starts", "encoding", "text")

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self._starts = [0]
        self._ends: list[int] = []
        for match in _BREAK.finditer(text):
            self._ends.append(match.start())
            self._starts.append(match.end())
        self._ends.append(len(text))

    def position(self, offset: int) -> types.Position:
        """The LSP position of a character offset (clamped into the text)."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        offset = min(offset, self._ends[line])  # inside a "\r\n": the end of the line
        return types.Position(line, units(self.text[start:offset], self.encoding))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position (a column past the line's end: its end)."""
        if position.line >= len(self._starts):
            return len(self.text)
        start, end = self._starts[position.line], self._ends[position.line]
        if self.encoding == "utf-32":
            return min(start + position.character, end)
        counted = 0
        for index in range(start, end):
            counted += units(self.text[index], self.encoding)
            if counted > position.character:
                return index
        return end

    def range(self, start: int, end: int) -> types.Range:
        """The LSP range of the characters ``[start, end)``."""
        return types.Range(self.position(start), self.position(max(start, end)))
