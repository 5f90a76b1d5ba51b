"""The ``full`` format (the default): headline, code frame, help, summary.

::

    pages/index/index.wxml:3:5: error: message (WC201) [*]
      |
    2 | <view>
    3 |     <button open-type="contact">联系我们</button>
      |     ^^^^^^^
    4 | </view>
      |
      = help: how to fix it by hand

The frame shows the line before, the line and the line after; the underline covers
``[column, end_column)`` on the first line of the span (to the end of that line when the
span runs on). Tabs are expanded to stops of 4 and East Asian wide characters (CJK)
count two columns, so the carets sit under the right characters in a terminal. Control
characters are shown as their Unicode control pictures (``␛`` for ESC), never sent raw.

A line wider than ``MAX_COLUMNS`` (a minified file) is cut to a window of that many
columns that starts ``LEAD`` columns before the span; ``...`` marks each cut end, and
the neighbouring lines are cut at the same character. So a frame has a bounded size
and the whole report grows linearly with the number of diagnostics, however long the
lines are.
"""

from __future__ import annotations

import unicodedata
from typing import Sequence

from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.text.safe import is_control, picture

from .context import ReportContext
from ._common import BLUE, BOLD, CYAN, SEVERITY_COLOR, headline, help_text, paint, summary

TAB_STOP = 4
MAX_COLUMNS = 120
"""The widest source text a frame line shows, in terminal columns."""
LEAD = 40
"""Columns of context kept before the span's start when a line is cut."""
ELIDED = "..."


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """Every diagnostic with its code frame and help, then the summary."""
    lines: dict[str, list[str]] = {}  # path -> its lines, split once however many diagnostics
    blocks = ["\n".join(_block(d, ctx, lines)) + "\n" for d in diagnostics]
    return "\n".join(blocks + ["\n".join(summary(diagnostics, ctx)) + "\n"])


def _block(d: Diagnostic, ctx: ReportContext, lines: dict[str, list[str]]) -> list[str]:
    """Headline, code frame (when the line is in the given source) and help."""
    source = ctx.sources.get(d.path)
    if source is not None and d.path not in lines:
        lines[d.path] = _source_lines(source)
    frame, width = _frame(d, lines.get(d.path, []), ctx)
    out = [headline(d, ctx), *frame]
    fix = help_text(d.code, ctx)
    if fix.strip():
        prefix = f"{' ' * width} = "
        body = fix.strip().splitlines()
        out.append(f"{prefix}{paint('help', BOLD, CYAN, on=ctx.color)}: {body[0]}")
        out.extend(" " * (len(prefix) + len("help: ")) + rest for rest in body[1:])
    return out


def _frame(d: Diagnostic, rows: list[str], ctx: ReportContext) -> tuple[list[str], int]:
    """The numbered lines around the diagnostic with the underline, and the gutter width."""
    lines = len(rows) - 1 if len(rows) > 1 and rows[-1] == "" else len(rows)
    if d.line == lines + 1:
        lines = len(rows)  # a span at the very end of the file, after its final newline
    if not 1 <= d.line <= lines:
        return [], 1
    row = rows[d.line - 1]
    start = min(max(d.column - 1, 0), len(row))
    end = min(d.end_column - 1, len(row)) if d.end_line == d.line else len(row)
    first, last = _window(row, start)
    shown = [n for n in (d.line - 1, d.line, d.line + 1) if 1 <= n <= lines]
    width = len(str(shown[-1]))
    gutter = paint(" " * width + " |", BOLD, BLUE, on=ctx.color)
    out = [gutter]
    for n in shown:
        stop = last if n == d.line else _fill(rows[n - 1], first)
        text, columns = _display(rows[n - 1], first, stop)
        number = paint(f"{n:>{width}} |", BOLD, BLUE, on=ctx.color)
        out.append(f"{number} {text}".rstrip(" ") if text else number)
        if n == d.line:
            out.append(f"{gutter} {_underline(d, columns, start - first, end - first, ctx)}")
    out.append(gutter)
    return out, width


def _source_lines(source: str) -> list[str]:
    """The file's lines, broken only at ``\\n`` (as diagnostics count them), without ``\\r``;
    after a final newline, the empty line that a span at the very end points to."""
    return [row.removesuffix("\r") for row in source.split("\n")]


def _width(char: str) -> int:
    """Columns a character takes at most (a tab: a whole stop)."""
    return TAB_STOP if char == "\t" else _glyph(char)[1]


def _window(row: str, start: int) -> tuple[int, int]:
    """The characters ``[first, last)`` of ``row`` to show: all of it when it fits, else
    ``MAX_COLUMNS`` columns from ``LEAD`` columns before ``start``."""
    if _fill(row, 0) == len(row):
        return 0, len(row)
    first = _back(row, start, LEAD)
    last = _fill(row, first)
    if last == len(row):  # the line's end is in view: use the room on the left too
        first = _back(row, last, MAX_COLUMNS)
    return first, last


def _fill(row: str, first: int) -> int:
    """The end of the longest run from ``first`` that fits in MAX_COLUMNS columns (and as
    many characters, so that zero-width ones cannot make it unbounded)."""
    last, used = first, 0
    while last < len(row) and last - first < MAX_COLUMNS and used + _width(row[last]) <= MAX_COLUMNS:
        used += _width(row[last])
        last += 1
    return last


def _back(row: str, end: int, budget: int) -> int:
    """The start of the longest run ending at ``end`` that fits in ``budget`` columns."""
    first, used = end, 0
    while first > 0 and end - first < budget and used + _width(row[first - 1]) <= budget:
        first -= 1
        used += _width(row[first])
    return first


def _display(row: str, first: int, last: int) -> tuple[str, list[int]]:
    """Characters ``[first, last)`` of the row as a terminal shows them (``...`` where the
    row is cut), and the display column where each of them starts (one extra entry for
    the end)."""
    out: list[str] = [ELIDED] if first > 0 and row else []
    col = len(out[0]) if out else 0
    starts: list[int] = []
    origin = col
    for char in row[first:last]:
        starts.append(col)
        if char == "\t":
            step = TAB_STOP - (col - origin) % TAB_STOP
            out.append(" " * step)
        else:
            shown, step = _glyph(char)
            out.append(shown)
        col += step
    starts.append(col)
    if last < len(row):
        out.append(ELIDED)
    return "".join(out), starts


def _glyph(char: str) -> tuple[str, int]:
    """What to print for one character, and how many columns it takes."""
    if is_control(char):
        return picture(char), 1
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return char, 0  # combining marks and format characters take no column
    return char, 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _underline(d: Diagnostic, columns: list[int], start: int, end: int, ctx: ReportContext) -> str:
    """Spaces up to the span's first column, then one caret per display column it covers
    (up to the window's end when the span runs past it)."""
    length = len(columns) - 1
    start = min(max(start, 0), length)
    end = min(max(end, start), length)
    carets = max(columns[end] - columns[start], 1)
    carets_text = paint("^" * carets, BOLD, SEVERITY_COLOR[d.severity], on=ctx.color)
    return " " * columns[start] + carets_text
