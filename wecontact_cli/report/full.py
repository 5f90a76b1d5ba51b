"""The ``full`` format (the default): ruff-like headline, code frame, help, summary.

::

    pages/index/index.wxml:3:5: WC201 [*] message
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
"""

from __future__ import annotations

import unicodedata
from typing import Sequence

from wecontact_cli.lint.model import Diagnostic

from . import ReportContext
from ._common import BLUE, BOLD, CONTROL, CYAN, SEVERITY_COLOR, headline, help_text, paint, picture, summary

TAB_STOP = 4


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """Every diagnostic with its code frame and help, then the summary."""
    blocks = ["\n".join(_block(d, ctx)) + "\n" for d in diagnostics]
    return "\n".join(blocks + ["\n".join(summary(diagnostics, ctx)) + "\n"])


def _block(d: Diagnostic, ctx: ReportContext) -> list[str]:
    """Headline, code frame (when the line is in the given source) and help."""
    frame, width = _frame(d, ctx)
    lines = [headline(d, ctx), *frame]
    fix = help_text(d.code, ctx)
    if fix.strip():
        prefix = f"{' ' * width} = "
        body = fix.strip().splitlines()
        lines.append(f"{prefix}{paint('help', BOLD, CYAN, on=ctx.color)}: {body[0]}")
        lines.extend(" " * (len(prefix) + len("help: ")) + rest for rest in body[1:])
    return lines


def _frame(d: Diagnostic, ctx: ReportContext) -> tuple[list[str], int]:
    """The numbered lines around the diagnostic with the underline, and the gutter width."""
    source = ctx.sources.get(d.path)
    rows = _source_lines(source) if source is not None else []
    if source is not None and source.endswith("\n") and d.line == len(rows) + 1:
        rows.append("")  # a span at the very end of the file, after its final newline
    if not 1 <= d.line <= len(rows):
        return [], 1
    shown = [n for n in (d.line - 1, d.line, d.line + 1) if 1 <= n <= len(rows)]
    width = len(str(shown[-1]))
    gutter = paint(" " * width + " |", BOLD, BLUE, on=ctx.color)
    lines = [gutter]
    for n in shown:
        text, columns = _display(rows[n - 1])
        number = paint(f"{n:>{width}} |", BOLD, BLUE, on=ctx.color)
        lines.append(f"{number} {text}".rstrip(" ") if text else number)
        if n == d.line:
            lines.append(f"{gutter} {_underline(d, columns, ctx)}")
    lines.append(gutter)
    return lines, width


def _source_lines(source: str) -> list[str]:
    """The file's lines, broken only at ``\\n`` (as diagnostics count them), without ``\\r``."""
    rows = source.split("\n")
    if len(rows) > 1 and rows[-1] == "":
        rows.pop()  # a final newline ends the last line; it does not start another
    return [row.removesuffix("\r") for row in rows]


def _display(row: str) -> tuple[str, list[int]]:
    """The row as a terminal shows it, and the display column where each character starts
    (one extra entry for the end of the row)."""
    out: list[str] = []
    starts: list[int] = []
    col = 0
    for char in row:
        starts.append(col)
        if char == "\t":
            step = TAB_STOP - col % TAB_STOP
            out.append(" " * step)
        else:
            shown, step = _glyph(char)
            out.append(shown)
        col += step
    starts.append(col)
    return "".join(out), starts


def _glyph(char: str) -> tuple[str, int]:
    """What to print for one character, and how many columns it takes."""
    if CONTROL.match(char):
        return picture(char), 1
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return char, 0  # combining marks and format characters take no column
    return char, 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _underline(d: Diagnostic, columns: list[int], ctx: ReportContext) -> str:
    """Spaces up to the span's first column, then one caret per display column it covers."""
    length = len(columns) - 1
    start = min(max(d.column - 1, 0), length)
    end = min(d.end_column - 1, length) if d.end_line == d.line else length
    end = max(end, start)
    carets = max(columns[end] - columns[start], 1)
    carets_text = paint("^" * carets, BOLD, SEVERITY_COLOR[d.severity], on=ctx.color)
    return " " * columns[start] + carets_text
