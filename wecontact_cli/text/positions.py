"""Positions in a text: 1-based lines and columns (in characters) of character offsets.

Only "\n" breaks a line, as in wcc and JSON.parse's error positions: a CRLF is one break
and a lone CR is not.
"""

from __future__ import annotations

from bisect import bisect_right

from wecontact_cli.records import record
from wecontact_cli.syntax.lazy_pattern import LazyPattern


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of an offset; CRLF counts as one break."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def offset_of_line(text: str, line: int) -> int | None:
    """The offset where ``line`` (1-based) begins; None when the text has no such line."""
    if line < 1:
        return None
    start = 0
    for _ in range(line - 1):
        found = text.find("\n", start)
        if found < 0:
            return None
        start = found + 1
    return start


_LINE_BREAK = LazyPattern("\n")
"""What breaks a line, as wcc counts lines (a CRLF is one break, a lone CR none)."""


@record(frozen=True, slots=True)
class Position:
    """A place in the text: 1-based line and column (in characters), 0-based offset."""

    line: int
    column: int
    offset: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class LineIndex:
    """Maps offsets to positions in O(log lines) using precomputed line starts."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        # Only "\n" breaks a line, as in wcc: a CRLF is one break, a lone CR is not.
        self._starts = [0]
        self._starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        self._length = len(text)

    def position(self, offset: int) -> Position:
        """Return the position of `offset`, clamped into 0..len(text)."""
        return self.exact(min(max(offset, 0), self._length))

    def exact(self, offset: int) -> Position:
        """Return the position of an offset already known to be in range (the hot path)."""
        starts = self._starts
        line = bisect_right(starts, offset)
        return Position(line, offset - starts[line - 1] + 1, offset)


    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column (the inverse of ``position``), clamped
        into that line (its "\n" at most) and into the text."""
        starts = self._starts
        line = min(max(line, 1), len(starts))
        end = starts[line] - 1 if line < len(starts) else self._length
        return min(max(starts[line - 1] + column - 1, starts[line - 1]), end)


# One cached index (it keeps the last text alive): callers tend to ask many positions
# of the same text in a row, and rebuilding the line starts each time would be O(n).
_last_index: tuple[str, LineIndex] | None = None


def position_at(text: str, offset: int) -> Position:
    """Return the position of `offset` in `text` (clamped into range)."""
    global _last_index
    cached = _last_index
    if cached is None or cached[0] is not text:
        cached = (text, LineIndex(text))
        _last_index = cached
    return cached[1].position(offset)
