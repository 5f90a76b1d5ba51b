"""Where a ``wecontact-disable-next-line`` comment can be written above a line, in the syntax of
the place it lands in: the editor's "suppress on this line" (``wecontact server``).

A comment goes on a line of its own above the line it silences (``model.unit.directive_above``
does the layout). What it is written as depends on where that line starts, because each
framework's loader reads suppressions only where they are comments: ``<!-- -->`` in a Vue
file's template or between its blocks, ``{/* */}`` among JSX children, ``//`` in JavaScript
(between a JSX element's attributes too: Babel and TypeScript read comments there). A line
that starts where no comment can go (inside a start tag of a template, a string, a script
block of a .vue file) gets none: the editor then offers no suppression rather than a broken
file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from wecontact_cli.model.unit import directive_above
from wecontact_cli.text.positions import offset_of_line

if TYPE_CHECKING:
    from tree_sitter import Node

    from wecontact_cli.edits import TextEdit

HTML = "<!-- {} -->"
JSX = "{{/* {} */}}"
LINE = "// {}"
_INSIDE_TOKEN = frozenset({"string", "template_string", "comment", "regex", "string_fragment"})
_TAGS = frozenset({"jsx_opening_element", "jsx_self_closing_element", "jsx_closing_element"})
_CHILDREN = frozenset({"jsx_element", "jsx_fragment"})


def first_nonblank(text: str, line: int) -> int | None:
    """The offset of the first character of ``line`` (1-based, lines broken at "\\n") that is
    not a blank; None when the text has no such line."""
    start = offset_of_line(text, line)
    if start is None:
        return None
    while start < len(text) and text[start] in " \t":
        start += 1
    return start


def vue_directive(text: str, line: int, codes: Sequence[str]) -> TextEdit | None:
    """An HTML comment above ``line`` of a .vue file: in its template (not inside a start
    tag or a comment) or between its blocks; None inside a script or style block."""
    from wecontact_cli.syntax.vue import parse_template, split_sfc

    offset = first_nonblank(text, line)
    if offset is None:
        return None
    for block in split_sfc(text).blocks:
        if not block.start < offset < block.end:
            continue
        if block.tag != "template" or not block.content_start <= offset <= block.content_end:
            return None
        template = parse_template(text, block.content_start, block.content_end)
        if any(e.start < offset < e.open_end for e in template.iter_elements()) or any(
                c.start < offset < c.end for c in template.comments):
            return None
    return directive_above(text, line, HTML, codes)


def js_directive(text: str, filename: str, line: int, codes: Sequence[str]) -> TextEdit | None:
    """A comment above ``line`` of a JavaScript/TypeScript module (JSX or not): ``{/* */}``
    among JSX children, ``//`` anywhere else code may go; None inside a string, a template
    literal or a comment."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for

    offset = first_nonblank(text, line)
    if offset is None:
        return None
    parsed = Parsed(text, grammar_for(filename))
    at = len(text[:offset].encode("utf-8", "surrogatepass"))
    node: Node | None = parsed.root.descendant_for_byte_range(at, at)
    while node is not None and node.parent is not None and node.parent.start_byte == at:
        node = node.parent  # the outermost node starting here: the line's statement or element
    container = node.parent if node is not None and node.start_byte == at else node
    ancestors = []
    while container is not None:
        ancestors.append(container)
        container = container.parent
    if any(a.type in _INSIDE_TOKEN and a.start_byte < at for a in ancestors):
        return None
    first = next((a for a in ancestors if a.type in _CHILDREN | _TAGS or a.type == "jsx_expression"), None)
    return directive_above(text, line, JSX if first is not None and first.type in _CHILDREN else LINE, codes)
