"""JS/TS page modules: find ``Page({...})`` / ``Component({methods})`` and plan method insertions.

Everything here reads the code through tree-sitter's JavaScript/TypeScript grammars, never
through regular expressions, so comments, strings and template literals cannot fool it.
When the handlers cannot be known for sure (spread, computed keys, behaviors, a config built
at run time) ``methods`` is None: a linter skips such a module rather than guess.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from wecontact_cli.edits import TextEdit, apply_edits

if TYPE_CHECKING:  # tree-sitter is imported lazily: wecontact's start-up must not pay for it
    from tree_sitter import Node, Parser

_CONSTRUCTORS = frozenset({"Page", "Component"})  # Behavior/App never hold page handlers
# Wrappers that change only the static type: `{...} as X`, `<X>{...}`, `(...)`, `x!`.
_TYPE_WRAPPERS = {"parenthesized_expression", "as_expression", "satisfies_expression",
                  "non_null_expression", "type_assertion"}
_FUNCTIONS = {"function_expression", "function", "arrow_function", "generator_function"}
# Values that can never be called, so a key holding one is not a handler.
_NOT_CALLABLE = {"object", "array", "string", "template_string", "number", "true", "false",
                 "null", "undefined", "regex", "class", "unary_expression", "new_expression",
                 "update_expression"}
# Code inside these runs later (or never), not when the module is loaded.
_DEFERRED = _FUNCTIONS | {"function_declaration", "generator_function_declaration",
                          "method_definition", "class", "class_declaration", "class_body"}


@dataclass(frozen=True)
class InsertionPoint:
    """Where new members go in the object that receives handlers, and the file's style."""

    object_start: int  # character offsets of the receiving object literal, `{` .. past `}`
    object_end: int
    needs_methods_key: bool  # Component without `methods`: the object is Component's argument
    last_member_end: int | None
    trailing_comma: bool
    member_indent: str
    indent_unit: str
    newline: str
    anchor: int | None = None  # past the last member, its comma and same-line comments
    closing_indent: str = ""  # indentation of the line holding the object's `{`


@dataclass(frozen=True)
class ModuleInfo:
    """What a page/component module defines, as far as it can be known statically."""

    kind: Literal["page", "component"] | None
    methods: frozenset[str] | None  # keys that are (or may be) callable handlers
    syntax_ok: bool
    insertion: InsertionPoint | None
    other_keys: frozenset[str] | None = None  # keys whose values can never be called
    notes: tuple[str, ...] = ()
    typescript: bool = False


class _Unknown(Exception):
    """The handlers cannot be known statically; the message says why."""


@lru_cache(maxsize=2)
def _parser(typescript: bool) -> Parser:
    """One parser per grammar per process: building a Language is the expensive part."""
    from tree_sitter import Language, Parser

    if typescript:
        import tree_sitter_typescript

        return Parser(Language(tree_sitter_typescript.language_typescript()))
    import tree_sitter_javascript

    return Parser(Language(tree_sitter_javascript.language()))


class _Source:
    """The text, its UTF-8 bytes and the conversion from tree-sitter's byte offsets to characters."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")
        self._ascii = len(self.data) == len(text)

    def char(self, byte: int) -> int:
        """The character offset of a byte offset (a BOM counts as one character)."""
        if self._ascii:
            return byte
        return len(self.data[:byte].decode("utf-8", "surrogatepass"))

    def line_of(self, node: Node) -> str:
        """``line:col`` (1-based, in characters) of a node's start, for notes."""
        row, col = node.start_point
        line_start = self.data.rfind(b"\n", 0, node.start_byte) + 1
        prefix = self.data[line_start:line_start + col].decode("utf-8", "replace").lstrip("\ufeff")
        return f"{row + 1}:{len(prefix) + 1}"  # editors do not show a BOM as a column


def analyze_module(text: str, typescript: bool = False, *, insertion: bool = True) -> ModuleInfo:
    """Find the module's Page/Component call, its handler names and where new handlers can go.

    ``insertion=False`` skips the insertion point (and its indentation scan): the linter only
    needs the names.
    """
    src = _Source(text)
    root = _parser(typescript).parse(src.data).root_node
    syntax_ok = not root.has_error
    notes: list[str] = []
    if not syntax_ok:
        notes.append(f"syntax error at {src.line_of(_first_error(root))}")
    calls = [(stmt, call) for stmt in root.children for call in _constructor_calls(stmt)]
    if not calls:
        return ModuleInfo(None, None, syntax_ok, None, notes=tuple(notes), typescript=typescript)
    stmt, call = calls[0]
    kind: Literal["page", "component"] = "page" if _callee(call) == "Page" else "component"
    if len(calls) > 1:
        notes.append(f"{len(calls)} Page/Component calls; analysed the first, at {src.line_of(call)}")
    try:
        if stmt.has_error:  # error recovery may have split or merged members: trust nothing here
            raise _Unknown(f"the {_callee(call)}() call has a syntax error")
        methods, others, target, needs_key = _handlers(root, call, kind)
    except _Unknown as why:
        notes.append(str(why))
        return ModuleInfo(kind, None, syntax_ok, None, notes=tuple(notes), typescript=typescript)
    # Never plan an edit into a file that does not parse: the result could not be checked.
    point = _insertion_point(src, target, needs_key) if syntax_ok and insertion else None
    return ModuleInfo(kind, methods, syntax_ok, point, others, tuple(notes), typescript)


def _text(node: Node) -> str:
    """A node's source text (tree-sitter types it as optional)."""
    return node.text.decode("utf-8", "surrogatepass") if node.text is not None else ""


def _first_error(node: Node) -> Node:
    for child in node.children:
        if child.is_error or child.is_missing:
            return child
        if child.has_error:
            return _first_error(child)
    return node


def _callee(call: Node) -> str | None:
    function = call.child_by_field_name("function")
    function = _unwrap(function) if function is not None else None
    return _text(function) if function is not None and function.type == "identifier" else None


def _constructor_calls(node: Node) -> list[Node]:
    """Page()/Component() calls that run when the module loads, in source order."""
    if node.type == "call_expression" and _callee(node) in _CONSTRUCTORS:
        return [node]  # a call nested in its own argument is not another page
    if node.type in _DEFERRED or node.type == "comment":
        return []
    return [call for child in node.named_children for call in _constructor_calls(child)]


def _unwrap(node: Node) -> Node:
    """The expression under type-only wrappers (`as`, `satisfies`, `<T>`, `!`, parentheses)."""
    while True:
        inner: Node | None
        if node.type in _TYPE_WRAPPERS:
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


def _handlers(root: Node, call: Node, kind: str) -> tuple[frozenset[str], frozenset[str], Node, bool]:
    """(callable keys, other keys, object receiving handlers, whether `methods:` must be added)."""
    arguments = call.child_by_field_name("arguments")
    args = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
    if not args:
        raise _Unknown(f"{_callee(call)}() has no argument")
    config = _object_value(root, args[0], call)
    members = _members(config)
    behaviors = members.get("behaviors")
    behaviors = _unwrap(behaviors) if behaviors is not None else None
    # Page() accepts behaviors too (base library 2.9.2+); an empty list adds nothing.
    if behaviors is not None and not (behaviors.type == "array" and not behaviors.named_children):
        raise _Unknown("behaviors may add methods that cannot be seen here")
    if kind == "page":
        target, needs_key = config, False
    elif "methods" in members:
        target, needs_key = _object_value(root, members["methods"], call), False
    else:
        return frozenset(), frozenset(), config, True
    callable_keys: set[str] = set()
    other_keys: set[str] = set()
    for name, value in _members(target).items():
        (callable_keys if _may_be_callable(value) else other_keys).add(name)
    return frozenset(callable_keys), frozenset(other_keys), target, needs_key


def _object_value(root: Node, node: Node, call: Node) -> Node:
    """The object literal an expression stands for: itself, or a simple same-file constant."""
    node = _unwrap(node)
    if node.type in {"identifier", "shorthand_property_identifier"}:
        node = _unwrap(_resolve(root, node, call))
    if node.type != "object":
        raise _Unknown(f"`{_text(node)[:40]}` is not an object literal")
    return node


def _resolve(root: Node, ident: Node, call: Node) -> Node:
    """The value of `const name = {...}` declared once at top level and never modified."""
    name = _text(ident)
    found = [d for stmt in root.named_children for d in _declarators(stmt)
             if _text(d.child_by_field_name("name") or d) == name]
    value = found[0].child_by_field_name("value") if len(found) == 1 else None
    if value is None or found[0].has_error or found[0].end_byte > call.start_byte:
        raise _Unknown(f"`{name}` is not a simple object declared before the call")
    declared = found[0].child_by_field_name("name")
    if any(not _is_plain_read(use) for use in _uses(root, name) if use not in (declared, ident)):
        raise _Unknown(f"`{name}` is used elsewhere in a way that may change it")
    return value


def _declarators(stmt: Node) -> list[Node]:
    if stmt.type == "export_statement":
        inner = stmt.child_by_field_name("declaration")
        return _declarators(inner) if inner is not None else []
    if stmt.type in {"lexical_declaration", "variable_declaration"}:
        return [d for d in stmt.named_children if d.type == "variable_declarator"]
    return []


def _uses(node: Node, name: str) -> list[Node]:
    if node.type in {"identifier", "shorthand_property_identifier"} and _text(node) == name:
        return [node]
    return [use for child in node.named_children for use in _uses(child, name)]


def _is_plain_read(use: Node) -> bool:
    """`name.prop` that cannot change which keys the object (or its `methods`) has."""
    parent = use.parent
    if use.type != "identifier" or parent is None or parent.type != "member_expression":
        return False  # passed on whole, spread, reassigned, `name[k]`: anything may happen
    if parent.child_by_field_name("object") != use:
        return False
    if _text(parent.child_by_field_name("property") or parent) == "methods":
        return False  # config.methods.x = ..., Object.assign(config.methods, ...)
    outer = parent.parent
    if outer is None:
        return True
    if outer.type in {"update_expression", "unary_expression"}:
        operator = outer.child_by_field_name("operator")
        return outer.type == "unary_expression" and (operator is None or operator.type != "delete")
    if outer.type in {"assignment_expression", "augmented_assignment_expression"}:
        return outer.child_by_field_name("left") != parent
    return True


def _members(obj: Node) -> dict[str, Node]:
    """Key -> value node (a method is its own value); raises when a key is not static."""
    members: dict[str, Node] = {}
    getters: set[str] = set()
    for member in obj.named_children:
        if member.type == "comment":
            continue
        if member.type == "shorthand_property_identifier":
            members[_text(member)] = member
            continue
        if member.type not in {"pair", "method_definition"}:
            raise _Unknown(f"`{_text(member)[:40]}` hides which keys the object has")
        key = member.child_by_field_name("key" if member.type == "pair" else "name")
        name = _key_name(key)
        accessor = {c.type for c in member.children} & {"get", "set"}
        if accessor == {"set"} and name in getters:
            continue  # a setter next to its getter does not change what reading the key gives
        if accessor == {"get"}:
            getters.add(name)
        value = member if member.type == "method_definition" else member.child_by_field_name("value")
        if value is None:
            raise _Unknown(f"`{_text(member)[:40]}` has no value")
        members[name] = value
    return members


def _key_name(key: Node | None) -> str:
    if key is None or key.type not in {"property_identifier", "string", "number"}:
        raise _Unknown("a computed key hides which keys the object has")
    if key.type != "string":
        return _text(key)
    parts = []
    for part in key.named_children:
        raw = _text(part)
        parts.append(_unescape(raw) if part.type == "escape_sequence" else raw)
    return "".join(parts)


def _unescape(escape: str) -> str:
    if escape.startswith("\\u{"):
        return chr(int(escape[3:-1], 16))
    try:
        return escape.encode("ascii").decode("unicode_escape")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return escape[1:]


def _may_be_callable(value: Node | None) -> bool:
    """Functions, and values that may hold one (an imported name, a call like debounce(fn))."""
    if value is None:
        return False
    if value.type == "method_definition":
        # A setter alone reads as undefined; a getter may return a function.
        return "set" not in {c.type for c in value.children}
    value = _unwrap(value)
    if value.type == "binary_expression":
        operator = value.child_by_field_name("operator")
        return operator is not None and operator.type in {"||", "&&", "??"}
    return value.type not in _NOT_CALLABLE


def _insertion_point(src: _Source, obj: Node, needs_key: bool) -> InsertionPoint:
    """Where to add members to ``obj``, with the indentation and newline the file uses."""
    text = src.text
    members = [m for m in obj.named_children if m.type != "comment"]
    start, end = src.char(obj.start_byte), src.char(obj.end_byte)
    closing_indent = _line_indent(text, start)
    unit, newline = _indent_unit(text), _newline(text)
    last_end: int | None = None
    comma = False
    anchor_node = obj.children[0]  # the `{`
    if members:
        last = members[-1]
        last_end = src.char(last.end_byte)
        anchor_node = last
        after = [c for c in obj.children if c.start_byte >= last.end_byte and c.type != "}"]
        comma = any(c.type == "," for c in after)
        for child in after:
            if child.type == "," or child.start_point.row == anchor_node.end_point.row:
                anchor_node = child  # the comma, or a comment on the line where the member ends
            elif comma and any(c.type == "," for c in after if c.start_byte > child.start_byte):
                continue  # a comment between the member and its comma on a later line
            else:
                break
    else:
        for child in obj.children[1:-1]:  # comments on the `{` line stay with the `{`
            if child.start_point.row == anchor_node.end_point.row:
                anchor_node = child
    indents = [_line_indent(text, p) for p in (src.char(m.start_byte) for m in reversed(members)) if _first_on_line(text, p)]
    member_indent = indents[0] if indents else closing_indent + unit
    return InsertionPoint(start, end, needs_key, last_end, comma, member_indent, unit, newline,
                          src.char(anchor_node.end_byte), closing_indent)


def _line_prefix(text: str, pos: int) -> str:
    """The text between the start of ``pos``'s line and ``pos`` (a BOM is not part of it)."""
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos]
    return prefix.lstrip("\ufeff") if line_start == 0 else prefix


def _line_indent(text: str, pos: int) -> str:
    """Leading whitespace of the line holding ``pos``."""
    prefix = _line_prefix(text, pos)
    return prefix[: len(prefix) - len(prefix.lstrip(" \t"))]


def _first_on_line(text: str, pos: int) -> bool:
    return not _line_prefix(text, pos).strip(" \t")


def _indent_unit(text: str) -> str:
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


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def plan_method_insertion(text: str, info: ModuleInfo, methods: list[tuple[str, str]]) -> TextEdit | None:
    """Insert methods (name, source) that do not already exist into the insertion object, in the file's style."""
    point = info.insertion
    if point is None or info.methods is None or not methods:
        return None
    known = info.methods | (info.other_keys or frozenset())
    wanted: dict[str, str] = {}
    for name, source in methods:
        if name not in known and name not in wanted:
            wanted[name] = source
    if not wanted:
        return None
    nl, sep = point.newline, "," + point.newline
    tail = "," if point.trailing_comma else ""  # a file that ends members with commas keeps doing so
    if point.needs_methods_key:
        inner = sep.join(_reindent(n, s, point.member_indent + point.indent_unit, point, info.typescript)
                         for n, s in wanted.items())
        body = f"{point.member_indent}methods: {{{nl}{inner}{tail}{nl}{point.member_indent}}}{tail}"
    else:
        body = sep.join(_reindent(n, s, point.member_indent, point, info.typescript) for n, s in wanted.items()) + tail
    anchor = point.anchor if point.anchor is not None else (point.last_member_end or point.object_start + 1)
    start = anchor if point.last_member_end is None or point.trailing_comma else point.last_member_end
    close = point.object_end - 1
    rest, end, suffix = text[anchor:close], anchor, ""
    if "\n" not in rest and not rest.strip():
        end, suffix = close, nl + point.closing_indent  # move a same-line `}` to its own line
    comma = "" if point.last_member_end is None or point.trailing_comma else ","
    edit = TextEdit(start, end, comma + text[start:anchor] + nl + body + suffix)
    _check_result(apply_edits(text, [edit]), info, wanted)
    return edit


def _reindent(name: str, source: str, indent: str, point: InsertionPoint, typescript: bool) -> str:
    """``source`` at ``indent``, nested levels in the file's unit; template literal lines verbatim."""
    lines = source.replace("\r\n", "\n").strip("\n").split("\n")
    verbatim = _template_lines(name, "\n".join(lines), typescript)
    levels = [ln[: len(ln) - len(ln.lstrip(" \t"))] for ln in lines[1:] if ln.strip()]
    uses_tabs = any(i.startswith("\t") for i in levels)
    widths = [len(i) for i in levels if i and not uses_tabs]
    src_unit = 1 if uses_tabs else (min(widths) if widths else 2)
    out = []
    for number, line in enumerate(lines):
        if number in verbatim:
            out.append(line)
            continue
        stripped = line.lstrip(" \t")
        level, extra = divmod(len(line) - len(stripped), src_unit)
        out.append(indent + point.indent_unit * level + " " * extra + stripped if stripped else "")
    return point.newline.join(out)


def _template_lines(name: str, source: str, typescript: bool) -> set[int]:
    """Source lines that start inside a multi-line template literal; also checks the source."""
    root = _parser(typescript).parse(f"({{\n{source}\n}})".encode("utf-8", "surrogatepass")).root_node
    statement = root.named_children[0] if root.named_children else None
    obj = _unwrap(statement.named_children[0]) if statement is not None and statement.named_children else None
    try:
        members = _members(obj) if obj is not None and obj.type == "object" else {}
    except _Unknown:
        members = {}
    if root.has_error or list(members) != [name]:
        raise ValueError(f"the source given for {name!r} is not one method definition named {name!r}")
    lines: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "template_string":
            lines.update(range(node.start_point.row, node.end_point.row))  # wrapped row r = line r-1
        stack.extend(node.children)
    return lines


def _check_result(new_text: str, info: ModuleInfo, wanted: dict[str, str]) -> None:
    """An edit that breaks the module is a bug here, never something to write to a user's file."""
    after = analyze_module(new_text, info.typescript)
    if not after.syntax_ok or after.methods is None or not set(wanted) <= after.methods:
        raise ValueError("internal error: the planned insertion does not parse back; nothing was planned")
