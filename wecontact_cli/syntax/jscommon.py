"""Shared ground for the JS/TS/JSX readers: grammar by extension, offsets, literals, layout.

Tree-sitter reports byte offsets; every record wecontact keeps is in characters, so a parse
comes with a converter that counts characters from the nearest offset it converted before
(never decoding a prefix per node, nor indexing a whole text for a few spans).
Trees are walked with an explicit stack: nesting depth in a user's file never reaches
Python's recursion limit.
"""

from __future__ import annotations

import bisect
import importlib
import sys
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator, Literal

from wecontact_cli.records import record
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern


if TYPE_CHECKING:
    from tree_sitter import Node, Parser

Grammar = Literal["javascript", "typescript", "tsx"]

_GRAMMARS: dict[str, Grammar] = {
    ".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "tsx",
}
IDENTIFIER = compile_pattern(r"[A-Za-z_$][A-Za-z0-9_$]*")
# Reserved words cannot be bindings; as object keys they are fine (ES5+).
RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends "
    "false finally for function if import in instanceof new null return super switch this throw "
    "true try typeof var void while with yield let static implements interface package private "
    "protected public await".split()
)


def grammar_for(filename: str) -> Grammar:
    """The grammar a file's extension calls for (.js/.jsx/.mjs/.cjs read as JavaScript with JSX)."""
    dot = filename.rfind(".")
    return _GRAMMARS.get(filename[dot:].lower() if dot >= 0 else "", "javascript")


@lru_cache(maxsize=3)
def parser_for(grammar: Grammar) -> Parser:
    """One parser per grammar per process (building a Language is the expensive part)."""
    from tree_sitter import Language, Parser

    if grammar == "javascript":
        return Parser(Language(_grammar_binding("tree_sitter_javascript").language()))
    binding = _grammar_binding("tree_sitter_typescript")
    return Parser(Language(binding.language_tsx() if grammar == "tsx" else binding.language_typescript()))


_FAR = 0xFFFFFFFF
"""The last row, column and byte tree-sitter knows: a range up to it runs to the end of the text."""


def _parser_from(grammar: Grammar, data: bytes, byte: int) -> Parser:
    """A parser of ``grammar`` that reads ``data`` from ``byte`` on (a parser of its own: the
    shared one keeps reading whole texts)."""
    from tree_sitter import Parser, Range

    head = data[:byte]
    point = (head.count(b"\n"), byte - head.rfind(b"\n") - 1)
    return Parser(parser_for(grammar).language, included_ranges=[Range(point, (_FAR, _FAR), byte, _FAR)])


def _grammar_binding(package: str) -> Any:
    """A grammar package's compiled ``_binding`` module, loaded without the package's
    ``__init__``: that imports importlib.resources (with tempfile, shutil and random, about
    3 ms in every process that parses) to offer query files wecontact never reads. If the
    binding cannot be found so, the package is imported as usual."""
    if package in sys.modules:
        return sys.modules[package]
    from importlib.machinery import PathFinder

    try:
        found = PathFinder.find_spec(package)
        spec = PathFinder.find_spec(f"{package}._binding", found.submodule_search_locations)  # type: ignore[union-attr]
        binding = spec.loader.create_module(spec)  # type: ignore[union-attr]
        spec.loader.exec_module(binding)  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - any surprise in a package's layout: its own import knows
        return importlib.import_module(package)
    return binding


_CONTINUATION = bytes(range(0x80, 0xC0))
"""The bytes that continue a UTF-8 character: every other byte starts one."""
_STEP = 4096
"""Bytes between two remembered offsets at most: a conversion counts no further than that."""


def _character_start(data: bytes, byte: int) -> int:
    """The offset of the first byte of the character holding ``byte``."""
    while 0x80 <= data[byte] < 0xC0:  # a continuation byte (never the first of valid UTF-8)
        byte -= 1
    return byte


def _next_character(data: bytes, byte: int) -> int:
    """The offset of the first character starting at ``byte`` or after it."""
    while 0x80 <= data[byte] < 0xC0:
        byte += 1
    return byte


class Parsed:
    """A text, its tree and the byte-to-character conversion of the tree's offsets."""

    def __init__(self, text: str, grammar: Grammar, start: int = 0) -> None:
        """``start``: the code begins at that character; what is before it is not parsed (a
        cell's start tag read in place: tree-sitter spent 20 ns on each blank before it)."""
        self.text = text
        self.grammar = grammar
        self.data = text.encode("utf-8", "surrogatepass")
        parser = parser_for(grammar) if start <= 0 else _parser_from(grammar, self.data, len(text[:start].encode(
            "utf-8", "surrogatepass")))
        self.root = parser.parse(self.data).root_node
        self._ascii = len(self.data) == len(text)
        # Byte offsets already converted, in order, and the characters before each: a conversion
        # counts the character-starting bytes from the nearest one below. A view is asked for a
        # few spans near one another, which then cost a count (in C) over the bytes up to them,
        # never an index of the whole text; offsets are remembered at most ``_STEP`` bytes apart,
        # so that offsets asked for backwards cost no more.
        self._bytes = [0]
        self._chars = [0]

    def char(self, byte: int) -> int:
        """The character offset of a byte offset; inside a character, as many bytes past the
        last whole character."""
        if self._ascii or byte <= 0:
            return byte
        data = self.data
        if byte >= len(data):
            return len(self.text) + byte - len(data)
        start = _character_start(data, byte)
        index = bisect.bisect_right(self._bytes, start) - 1
        while start - self._bytes[index] > _STEP:  # remember a character's start every _STEP bytes
            index = self._remember(index, _next_character(data, self._bytes[index] + _STEP))
        index = self._remember(index, start)
        return self._chars[index] + byte - start

    def _remember(self, index: int, byte: int) -> int:
        """Convert ``byte`` (a character's first, after the offset at ``index`` and no further
        than the next one) and keep it; its index among the converted offsets."""
        known = self._bytes[index]
        if byte == known:
            return index
        self._bytes.insert(index + 1, byte)
        self._chars.insert(index + 1, self._chars[index] + len(self.data[known:byte].translate(None, _CONTINUATION)))
        return index + 1

    def span(self, node: Node) -> tuple[int, int]:
        """A node's ``[start, end)`` in characters."""
        return self.char(node.start_byte), self.char(node.end_byte)

    @property
    def ok(self) -> bool:
        """Whether the text parsed without any error or missing token."""
        return not self.root.has_error


def text_of(node: Node | None) -> str:
    """A node's source text ("" for None)."""
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", "surrogatepass")


def walk(node: Node, skip: frozenset[str] = frozenset()) -> Iterator[Node]:
    """``node`` and its descendants in source order, not entering node types in ``skip``."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if current.type not in skip or current is node:
            stack.extend(reversed(current.children))


def import_names(statement: Node) -> set[str]:
    """The local names an ``import`` statement binds."""
    names: set[str] = set()
    for clause in statement.named_children:
        if clause.type != "import_clause":
            continue
        for node in walk(clause):
            if node.type == "import_specifier":
                local = node.child_by_field_name("alias") or node.child_by_field_name("name")
                names.add(text_of(local))
            elif node.type == "identifier" and node.parent is not None and node.parent.type in (
                    "import_clause", "namespace_import"):
                names.add(text_of(node))
    return names


_PATTERN_PARTS = {"assignment_pattern": ("left",), "object_assignment_pattern": ("left",),
                  "pair_pattern": ("value",), "required_parameter": ("pattern",),
                  "optional_parameter": ("pattern",)}


def pattern_names(pattern: Node | None) -> list[str]:
    """The names a binding pattern introduces: destructuring yes, default values and keys no."""
    names: list[str] = []
    stack = [pattern] if pattern is not None else []
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            names.append(text_of(node))
        elif node.type in _PATTERN_PARTS:
            stack.extend(c for c in (node.child_by_field_name(f) for f in _PATTERN_PARTS[node.type]) if c)
        elif node.type in ("object_pattern", "array_pattern", "rest_pattern", "formal_parameters"):
            stack.extend(reversed(node.named_children))
    return names


# Wrappers that change only the static type: `{...} as X`, `<X>{...}`, `(...)`, `x!`.
TYPE_WRAPPERS = {"parenthesized_expression", "as_expression", "satisfies_expression",
                  "non_null_expression", "type_assertion"}


def unwrap(node: Node) -> Node:
    """The expression under type-only wrappers (parentheses, ``as``, ``satisfies``, ``<T>``, ``!``)."""
    while True:
        inner: Node | None
        if node.type in TYPE_WRAPPERS:
            inner = node.named_children[0] if node.type != "type_assertion" else node.named_children[-1]
        elif _is_as_member(node):
            # The TS grammar reads `x as A.B.C` as `(x as A.B).C`; the value is still `x`.
            inner = node.child_by_field_name("object")
        elif node.type == "instantiation_expression" and _is_as_member(node.named_children[0]):
            inner = node.named_children[0]  # and `x as A.B.C<T>` as `((x as A.B).C)<T>`
        else:
            return node
        if inner is None:
            return node
        node = inner


def _is_as(node: Node | None) -> bool:
    return node is not None and node.type in {"as_expression", "satisfies_expression"}


def _is_as_member(node: Node) -> bool:
    return node.type == "member_expression" and _is_as(node.child_by_field_name("object"))


def string_value(node: Node) -> str | None:
    """The value of a string literal, or of a template literal without substitutions."""
    if node.type == "string":
        parts = node.named_children
    elif node.type == "template_string":
        parts = node.named_children
        if any(p.type == "template_substitution" for p in parts):
            return None
    else:
        return None
    return _join_surrogates("".join(cooked(part, node.type == "template_string") for part in parts))


def cooked(part: Node, template: bool) -> str:
    """The value of one piece of a string or template literal (fragment or escape)."""
    raw = text_of(part)
    if part.type == "escape_sequence":
        return unescape_sequence(raw)
    if template:  # a template's raw line ends read as "\n"
        return raw.replace("\r\n", "\n").replace("\r", "\n")
    return raw


def _join_surrogates(value: str) -> str:
    """``\\uD83D\\uDE00`` written as two escapes is one character in JavaScript."""
    if not any("\ud800" <= c <= "\udfff" for c in value):
        return value
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")


_DECIMAL = LazyPattern(r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_LEGACY_OCTAL = LazyPattern(r"0[0-7]+")
_DIGITS = LazyPattern(r"[0-9]+")


def number_value(raw: str) -> int | float | None:
    """The value of a JS number literal (None for a BigInt or anything unexpected)."""
    digits = raw.replace("_", "")
    lower = digits.lower()
    if lower.endswith("n"):
        return None
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if lower.startswith(prefix):
            try:
                return int(digits[2:], base)
            except ValueError:
                return None
    if _LEGACY_OCTAL.fullmatch(digits):
        return int(digits, 8)  # legacy octal, as sloppy-mode JavaScript reads it
    if not _DECIMAL.fullmatch(digits):
        return None
    if _DIGITS.fullmatch(digits):
        return int(digits)
    return float(digits)


def line_start(text: str, pos: int) -> int:
    """The offset where ``pos``'s line starts."""
    return text.rfind("\n", 0, pos) + 1


def line_indent(text: str, pos: int) -> str:
    """Leading whitespace of the line holding ``pos`` (a BOM is not indentation)."""
    start = line_start(text, pos)
    end = start + (1 if text.startswith("\ufeff", start) else 0)
    first = end
    while end < len(text) and text[end] in " \t":
        end += 1
    return text[first:end]


def first_on_line(text: str, pos: int) -> bool:
    """Whether only whitespace precedes ``pos`` on its line."""
    return not text[line_start(text, pos):pos].lstrip("\ufeff").strip(" \t")


@record(frozen=True)
class Layout:
    """How a file is laid out: its indentation unit and line ending."""

    indent: str
    newline: str


def layout_of(text: str) -> Layout:
    """The indentation unit and newline ``text`` already uses."""
    return Layout(indent_unit(text), newline_of(text))


def reindent(source: str, indent: str, layout: Layout) -> str:
    """``source`` re-indented: continuation lines at ``indent`` plus their nesting in the file's unit."""
    # The first line carries no indentation (the caller places it); nesting is measured in the
    # source's own unit. Lines inside a multi-line template literal would be re-indented too:
    # callers pass markup and statements, not such literals.
    lines = source.replace("\r\n", "\n").strip("\n").split("\n")
    levels = [ln[: len(ln) - len(ln.lstrip(" \t"))] for ln in lines[1:] if ln.strip()]
    uses_tabs = any(level.startswith("\t") for level in levels)
    widths = [len(level) for level in levels if level and not uses_tabs]
    unit = 1 if uses_tabs else (min(widths) if widths else 2)
    out = [lines[0].strip(" \t")]
    for line in lines[1:]:
        stripped = line.lstrip(" \t")
        level, extra = divmod(len(line) - len(stripped), unit)
        out.append(indent + layout.indent * level + " " * extra + stripped if stripped else "")
    return layout.newline.join(out)


def unescape_sequence(escape: str) -> str:
    """The character an escape sequence of a string literal stands for (``\\n``, ``\\u{1F600}``)."""
    if escape.startswith("\\u{"):
        return chr(int(escape[3:-1], 16))
    try:
        return escape.encode("ascii").decode("unicode_escape")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return escape[1:]


def indent_unit(text: str) -> str:
    """The file's indentation unit, from the most common step between indented lines."""
    tabs = spaces = 0
    steps: Counter[int] = Counter()
    previous = 0
    for line in text.split("\n"):
        body = line.rstrip("\r")
        if not body.strip():
            continue
        indent = body[: len(body) - len(body.lstrip(" \t"))]
        tabs += indent.startswith("\t")
        spaces += indent.startswith(" ")
        width = len(indent.expandtabs(1))
        if indent.startswith(" ") and width - previous >= 2:  # steps of 1 are JSDoc ` * ` lines
            steps[width - previous] += 1
        previous = width
    if tabs > spaces:
        return "\t"
    return " " * steps.most_common(1)[0][0] if steps else "  "


def newline_of(text: str) -> str:
    """The line ending ``text`` mostly uses: CRLF when at least half its lines end so."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"
