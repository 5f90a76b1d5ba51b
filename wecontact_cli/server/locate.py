"""What the cursor is on, in the neutral model: a cell's tag, an attribute's name or value,
the space between attributes, or a rule code in a suppression comment.

It works on ``CellUse``/``AttrUse`` spans and ``Comment`` records only, so WXML, Vue
templates and JSX are served alike; a half-typed start tag (``<cell plugid="x" sty``) is
read as the framework's parser recovered it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Literal

from wecontact_cli.model import AttrUse, CellUse, Comment
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
from wecontact_cli.records import record
from wecontact_cli.syntax.patterns import compile_pattern

Part = Literal["tag", "name", "value", "space"]
_CODE = compile_pattern(r"\b[A-Z]{2}\d{3}\b")
_QUOTES = frozenset({"'", '"', "`"})


@record(frozen=True)
class InCell:
    """The cursor inside a cell's start tag: on which part, and of which attribute."""

    cell: CellUse
    part: Part
    attr: AttrUse | None = None


def in_cell(cells: Iterable[CellUse], path: Path, text: str, offset: int) -> InCell | None:
    """The part of a cell's start tag at ``offset`` (None: not inside a cell's start tag)."""
    for cell in cells:
        if cell.start_tag.path == path and _inside_start_tag(cell, text, offset):
            return _part(cell, text, offset)
    return None


def _inside_start_tag(cell: CellUse, text: str, offset: int) -> bool:
    """Between the ``<`` and the closing ``>`` or ``/>`` (up to the end of a tag not closed yet)."""
    start, end = cell.start_tag.start, cell.start_tag.end
    closed = text[max(end - 1, 0):end] == ">"
    if closed:
        end -= 2 if text[max(end - 2, 0):end] == "/>" else 1
    return start < offset <= end


def _part(cell: CellUse, text: str, offset: int) -> InCell:
    for attr in cell.attrs:
        value = attr.value_span
        if value is not None and value.start <= offset <= value.end - _closing(text, value.start, value.end):
            return InCell(cell, "value", attr)
        if attr.name_span.start <= offset <= attr.name_span.end:
            return InCell(cell, "name", attr)
    if cell.tag_span.start <= offset <= cell.tag_span.end:
        return InCell(cell, "tag")
    return InCell(cell, "space")


def _closing(text: str, start: int, end: int) -> int:
    """1 when a value's span ends with its own closing quote (a JS string literal, in JSX or a
    Vue binding): the cursor after that quote is past the value."""
    first, last = text[start:start + 1], text[end - 1:end]
    return 1 if end - start >= 2 and first in _QUOTES and last == first else 0


def code_in_comment(comments: Iterable[Comment], path: Path, text: str, offset: int) -> str | None:
    """The rule code under the cursor in a ``wecontact-disable-next-line`` comment."""
    for comment in comments:
        span = comment.span
        if span.path != path or not span.start <= offset <= span.end or SUPPRESSION_DIRECTIVE not in comment.text:
            continue
        for match in _CODE.finditer(text, span.start, span.end):
            if match.start() <= offset <= match.end():
                return match.group()
    return None
