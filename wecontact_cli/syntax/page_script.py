"""JS/TS page modules: find ``Page({...})`` / ``Component({methods})`` and plan insertions.

Everything here reads the code through tree-sitter's JavaScript/TypeScript grammars, never
through regular expressions, so comments, strings and template literals cannot fool it.
When the handlers cannot be known for sure (spread, computed keys, behaviors, a config built
at run time) ``methods`` is None: a linter skips such a module rather than guess.
For add-page it also finds the page's lifecycle function (onLoad, a Component's attached)
and its ``data``, and plans statements and members there in the file's own style. Every walk
of the tree is iterative: a page with hundreds of nested blocks must not exhaust the stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Literal

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.records import record
from wecontact_cli.syntax.jscommon import (TYPE_WRAPPERS, indent_unit, newline_of, parser_for, unescape_sequence,
                                          unwrap)

if TYPE_CHECKING:  # tree-sitter is imported lazily: wecontact's start-up must not pay for it
    from tree_sitter import Node, Parser

_CONSTRUCTORS = frozenset({"Page", "Component"})  # Behavior/App never hold page handlers
_FUNCTIONS = {"function_expression", "function", "arrow_function", "generator_function"}
# Values that can never be called, so a key holding one is not a handler.
_NOT_CALLABLE = {"object", "array", "string", "template_string", "number", "true", "false",
                 "null", "undefined", "regex", "class", "unary_expression", "new_expression",
                 "update_expression"}
# Code inside these runs later (or never), not when the module is loaded.
_DEFERRED = _FUNCTIONS | {"function_declaration", "generator_function_declaration",
                          "method_definition", "class", "class_declaration", "class_body"}


@record(frozen=True)
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


@record(frozen=True)
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


def _parser(typescript: bool) -> Parser:
    """The process's parser for TypeScript or JavaScript (with JSX)."""
    return parser_for("typescript" if typescript else "javascript")


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
    return _analyze(_Source(text), typescript, insertion)[0]


@record(frozen=True)
class _Found:
    """The nodes behind a ModuleInfo whose handlers are known: what add-page edits."""

    root: Node
    call: Node
    config: Node  # the object literal Page()/Component() receives
    target: Node  # the object that holds the handlers (config, or Component's methods)


def _analyze(src: _Source, typescript: bool, insertion: bool) -> tuple[ModuleInfo, _Found | None]:
    """analyze_module, plus the nodes it found (None when the handlers are not known)."""
    root = _parser(typescript).parse(src.data).root_node
    syntax_ok = not root.has_error
    notes: list[str] = []
    if not syntax_ok:
        notes.append(f"syntax error at {src.line_of(_first_error(root))}")
    calls = [(stmt, call) for stmt in root.children for call in _constructor_calls(stmt)]
    if not calls:
        return ModuleInfo(None, None, syntax_ok, None, notes=tuple(notes), typescript=typescript), None
    stmt, call = calls[0]
    kind: Literal["page", "component"] = "page" if _callee(call) == "Page" else "component"
    if len(calls) > 1:
        notes.append(f"{len(calls)} Page/Component calls; analysed the first, at {src.line_of(call)}")
    try:
        if stmt.has_error:  # error recovery may have split or merged members: trust nothing here
            raise _Unknown(f"the {_callee(call)}() call has a syntax error")
        methods, others, target, needs_key, config = _handlers(root, call, kind)
    except _Unknown as why:
        notes.append(str(why))
        return ModuleInfo(kind, None, syntax_ok, None, notes=tuple(notes), typescript=typescript), None
    # Never plan an edit into a file that does not parse: the result could not be checked.
    point = _insertion_point(src, target, needs_key) if syntax_ok and insertion else None
    info = ModuleInfo(kind, methods, syntax_ok, point, others, tuple(notes), typescript)
    return info, _Found(root, call, config, target)


def _text(node: Node) -> str:
    """A node's source text (tree-sitter types it as optional)."""
    return node.text.decode("utf-8", "surrogatepass") if node.text is not None else ""


def _first_error(node: Node) -> Node:
    """The first error or missing node, found by descending into erroneous children (no recursion)."""
    while True:
        for child in node.children:
            if child.is_error or child.is_missing:
                return child
            if child.has_error:
                node = child
                break
        else:
            return node


def _walk(node: Node) -> Iterator[Node]:
    """Every node under ``node`` (itself included) in source order, without recursion."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def _callee(call: Node) -> str | None:
    function = call.child_by_field_name("function")
    function = unwrap(function) if function is not None else None
    return _text(function) if function is not None and function.type == "identifier" else None


def _constructor_calls(node: Node) -> list[Node]:
    """Page()/Component() calls that run when the module loads, in source order."""
    calls: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "call_expression" and _callee(current) in _CONSTRUCTORS:
            calls.append(current)  # a call nested in its own argument is not another page
        elif current.type not in _DEFERRED and current.type != "comment":
            stack.extend(reversed(current.named_children))
    return calls


def _handlers(root: Node, call: Node, kind: str) -> tuple[frozenset[str], frozenset[str], Node, bool, Node]:
    """(callable keys, other keys, object receiving handlers, whether `methods:` must be added, config)."""
    arguments = call.child_by_field_name("arguments")
    args = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
    if not args:
        raise _Unknown(f"{_callee(call)}() has no argument")
    config = _object_value(root, args[0], call)
    members = _members(config)
    behaviors = members.get("behaviors")
    behaviors = unwrap(behaviors) if behaviors is not None else None
    # Page() accepts behaviors too (base library 2.9.2+); an empty list adds nothing.
    if behaviors is not None and not (behaviors.type == "array" and not behaviors.named_children):
        raise _Unknown("behaviors may add methods that cannot be seen here")
    if kind == "page":
        target, needs_key = config, False
    elif "methods" in members:
        target, needs_key = _object_value(root, members["methods"], call), False
    else:
        return frozenset(), frozenset(), config, True, config
    callable_keys: set[str] = set()
    other_keys: set[str] = set()
    for name, value in _members(target).items():
        (callable_keys if _may_be_callable(value) else other_keys).add(name)
    return frozenset(callable_keys), frozenset(other_keys), target, needs_key, config


def _object_value(root: Node, node: Node, call: Node) -> Node:
    """The object literal an expression stands for: itself, or a simple same-file constant."""
    node = unwrap(node)
    if node.type in {"identifier", "shorthand_property_identifier"}:
        node = unwrap(_resolve(root, node, call))
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
    return [n for n in _walk(node) if n.is_named and n.type in {"identifier", "shorthand_property_identifier"}
            and _text(n) == name]


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
        parts.append(unescape_sequence(raw) if part.type == "escape_sequence" else raw)
    return "".join(parts)


def _may_be_callable(value: Node | None) -> bool:
    """Functions, and values that may hold one (an imported name, a call like debounce(fn))."""
    if value is None:
        return False
    if value.type == "method_definition":
        # A setter alone reads as undefined; a getter may return a function.
        return "set" not in {c.type for c in value.children}
    value = unwrap(value)
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
    unit, newline = indent_unit(text), newline_of(text)
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
    members = list(wanted.items())
    if point.needs_methods_key:
        members = [("methods", object_member("methods", members, point.trailing_comma, info.typescript))]
    edit = plan_members(text, point, members, info.typescript)
    _check_result(apply_edits(text, [edit]), info, wanted)
    return edit


def plan_members(text: str, point: InsertionPoint, members: list[tuple[str, str]], typescript: bool) -> TextEdit:
    """Add members (name, level-0 source) after the last member of ``point``'s object, in the file's style.

    Raises ValueError when a source is not one member with that name.
    """
    nl, sep = point.newline, "," + point.newline
    tail = "," if point.trailing_comma else ""  # a file that ends members with commas keeps doing so
    layout = Layout(point.member_indent, point.indent_unit, nl)
    body = sep.join(reindent_member(n, s, layout, typescript) for n, s in members) + tail
    anchor = point.anchor if point.anchor is not None else (point.last_member_end or point.object_start + 1)
    start = anchor if point.last_member_end is None or point.trailing_comma else point.last_member_end
    close = point.object_end - 1
    rest, end, suffix = text[anchor:close], anchor, ""
    if "\n" not in rest and not rest.strip():
        end, suffix = close, nl + point.closing_indent  # move a same-line `}` to its own line
    comma = "" if point.last_member_end is None or point.trailing_comma else ","
    return TextEdit(start, end, comma + text[start:anchor] + nl + body + suffix)


def object_member(name: str, members: list[tuple[str, str]], trailing_comma: bool, typescript: bool) -> str:
    """The level-0 source of ``name: { member, ... }`` (two-space indentation, re-indented on insertion)."""
    nested = Layout("  ", "  ", "\n")
    inner = ",\n".join(reindent_member(n, s, nested, typescript) for n, s in members)
    return f"{name}: {{\n{inner}{',' if trailing_comma else ''}\n}}"


@record(frozen=True)
class Layout:
    """Where re-indented source goes: its first level, the file's indentation unit and newline."""

    indent: str
    unit: str
    newline: str


def reindent_member(name: str, source: str, layout: Layout, typescript: bool) -> str:
    """Member ``source`` at ``layout``, nested levels in its unit; template literal lines verbatim."""
    lines = source.replace("\r\n", "\n").strip("\n").split("\n")
    return _lay_out(lines, _template_lines(name, "\n".join(lines), typescript), layout)


def _lay_out(lines: list[str], verbatim: set[int], layout: Layout) -> str:
    """Lines at ``layout.indent``, each source level turned into one ``layout.unit``."""
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
        out.append(layout.indent + layout.unit * level + " " * extra + stripped if stripped else "")
    return layout.newline.join(out)


def _template_lines(name: str, source: str, typescript: bool) -> set[int]:
    """Source lines that start inside a multi-line template literal; also checks the source."""
    root = _parser(typescript).parse(f"({{\n{source}\n}})".encode("utf-8", "surrogatepass")).root_node
    statement = root.named_children[0] if root.named_children else None
    obj = unwrap(statement.named_children[0]) if statement is not None and statement.named_children else None
    try:
        members = _members(obj) if obj is not None and obj.type == "object" else {}
    except _Unknown:
        members = {}
    if root.has_error or list(members) != [name]:
        raise ValueError(f"the source given for {name!r} is not one member named {name!r}")
    return {row - 1 for row in _template_rows(root)}  # wrapped row r is source line r-1


def _template_rows(root: Node) -> set[int]:
    """Rows that start inside a multi-line template literal (their text is the string's)."""
    return {row for node in _walk(root) if node.type == "template_string"
            for row in range(node.start_point.row + 1, node.end_point.row + 1)}


def _check_result(new_text: str, info: ModuleInfo, wanted: dict[str, str]) -> None:
    """An edit that breaks the module is a bug here, never something to write to a user's file."""
    after = analyze_module(new_text, info.typescript)
    if not after.syntax_ok or after.methods is None or not set(wanted) <= after.methods:
        raise ValueError("internal error: the planned insertion does not parse back; nothing was planned")


# --- add-page: the lifecycle that hides the button, the page's data, the flag ---------------

HookProblem = Literal["arrow", "not_function", "unknown", "name_clash", "wx_shadowed"]
DataState = Literal["literal", "absent", "typed", "unknown"]
_IDENTIFIERS = frozenset({"identifier", "property_identifier", "shorthand_property_identifier"})
# Where an identifier is a new binding, by parent type: the field that holds it (None: any child).
_BINDING_FIELDS: dict[str, str | None] = {
    "variable_declarator": "name", "required_parameter": "pattern", "optional_parameter": "pattern",
    "formal_parameters": None, "array_pattern": None, "rest_pattern": None, "assignment_pattern": "left",
    "pair_pattern": "value", "catch_clause": "parameter", "function_declaration": "name",
    "function_expression": "name", "generator_function_declaration": "name", "class_declaration": "name",
}


@record(frozen=True)
class BodyPoint:
    """Where statements go at the start of a function body: replace ``[start, end)``."""

    start: int
    end: int
    indent: str  # the body's statement indentation
    unit: str
    newline: str
    after: str  # what follows the statements: "" or a line break before code that shared the line
    close: TextEdit | None = None  # a one-line body `{ code }`: its `}` moves to a line of its own too


@record(frozen=True)
class Lifecycle:
    """The function that runs when the page loads (onLoad, or a Component's attached)."""

    where: str  # as the user reads it: onLoad, lifetimes.attached, attached, methods.onLoad
    name: str  # the member's own name: onLoad or attached
    body: BodyPoint | None = None  # the existing function, ready for statements
    container: InsertionPoint | None = None  # the object that receives the function when it is missing
    wrap: str | None = None  # add it inside a new member of this name (`lifetimes: {...}`)
    problem: HookProblem | None = None  # why neither is possible
    detail: str = ""  # the clashing name, for name_clash


@record(frozen=True)
class DataObject:
    """The page's ``data``: a literal that can take a key, absent, or not editable."""

    state: DataState
    keys: frozenset[str] = frozenset()
    point: InsertionPoint | None = None  # the literal itself, when state is "literal"


@record(frozen=True)
class PageParts:
    """Everything add-page edits in a page module whose handlers are known."""

    info: ModuleInfo
    config: InsertionPoint  # the object Page()/Component() receives
    handlers: InsertionPoint  # where handlers go (info.insertion)
    lifecycle: Lifecycle
    data: DataObject
    flag_set: bool  # the flag is already assigned somewhere (outside a key of data)


def page_parts(text: str, typescript: bool, *, flag: str, snippet: str) -> tuple[ModuleInfo, PageParts | None]:
    """The module's analysis and, when it can be edited, its lifecycle, data and flag.

    ``snippet`` is the statements meant for the lifecycle: the names it declares must not clash
    with the function's own. Raises ValueError when the snippet itself does not parse.
    """
    src = _Source(text)
    info, found = _analyze(src, typescript, insertion=True)
    if found is None or info.insertion is None or info.methods is None or info.kind is None:
        return info, None
    declared = _declared_names(snippet, typescript)
    config = _insertion_point(src, found.config, False)
    data, data_node = _data_object(src, found, typescript)
    lifecycle = _lifecycle(src, found, info.kind, config, declared)
    flag_set = _assigns(found.root, flag, data_node)
    return info, PageParts(info, config, info.insertion, lifecycle, data, flag_set)


def _declared_names(snippet: str, typescript: bool) -> frozenset[str]:
    """The names a snippet declares at its top level (`let inWeCom` -> inWeCom)."""
    root = _parser(typescript).parse(snippet.encode("utf-8", "surrogatepass")).root_node
    if root.has_error:
        raise ValueError("the WeCom check snippet does not parse")
    names = set()
    for stmt in root.named_children:
        name = stmt.child_by_field_name("name")
        if stmt.type in {"function_declaration", "class_declaration"} and name is not None:
            names.add(_text(name))
        for declarator in _declarators(stmt):
            pattern = declarator.child_by_field_name("name")
            if pattern is not None:
                names.update(_text(n) for n in _walk(pattern) if _is_binding(n))
    return frozenset(names)


def _is_binding(node: Node) -> bool:
    """Whether an identifier declares a name (a parameter, a variable, a pattern, a function)."""
    if node.type == "shorthand_property_identifier_pattern":
        return True
    parent = node.parent
    if parent is None or parent.type not in _BINDING_FIELDS:
        return False
    field_name = _BINDING_FIELDS[parent.type]
    return field_name is None or parent.child_by_field_name(field_name) == node


def _assigns(root: Node, flag: str, data: Node | None) -> bool:
    """Whether ``flag`` appears in the module other than as a key of the data literal."""
    for node in _walk(root):
        if node.type in _IDENTIFIERS and _text(node) == flag:
            parent = node.parent
            if not (parent is not None and parent.type == "pair" and parent.parent == data
                    and parent.child_by_field_name("key") == node):
                return True
    return False


def _data_object(src: _Source, found: _Found, typescript: bool) -> tuple[DataObject, Node | None]:
    """The page's data literal (and its node), or why a key cannot be added to it."""
    value = _members(found.config).get("data")
    typed = typescript and _typed_config(found)
    if value is None:
        return DataObject("typed" if typed else "absent"), None
    inner = unwrap(value) if value.type != "method_definition" else value
    try:
        keys = frozenset(_members(inner)) if inner.type == "object" else None
    except _Unknown:
        keys = None
    if keys is None:
        return DataObject("unknown"), None
    if typed or inner != value:  # `{...} as IData`: a new key may not fit the declared type
        return DataObject("typed" if typescript else "unknown", keys), inner
    return DataObject("literal", keys, _insertion_point(src, inner, False)), inner


def _typed_config(found: _Found) -> bool:
    """Whether TypeScript types constrain the config: `Page<D>(...)`, `{...} as X`, `const c: X`."""
    if found.call.child_by_field_name("type_arguments") is not None:
        return True
    arguments = found.call.child_by_field_name("arguments")
    first = next((a for a in arguments.named_children if a.type != "comment"), None) if arguments else None
    if first is None or first.type in TYPE_WRAPPERS:
        return True
    declarator = found.config.parent
    if declarator is not None and declarator.type in TYPE_WRAPPERS:
        return True  # const config = {...} as X
    return (first.type == "identifier" and declarator is not None and declarator.type == "variable_declarator"
            and declarator.child_by_field_name("type") is not None)


def _lifecycle(src: _Source, found: _Found, kind: str, config: InsertionPoint,
               declared: frozenset[str]) -> Lifecycle:
    """A Page's onLoad; a Component's lifetimes.attached, attached or methods.onLoad."""
    members = _members(found.config)
    if kind == "page":
        return _hook(src, "onLoad", "onLoad", members.get("onLoad"), config, declared)
    lifetimes_node = None
    if "lifetimes" in members:
        try:
            lifetimes_node = _object_value(found.root, members["lifetimes"], found.call)
            attached = _members(lifetimes_node).get("attached")
        except _Unknown:
            return Lifecycle("lifetimes.attached", "attached", problem="unknown")
        if attached is not None:
            return _hook(src, "lifetimes.attached", "attached", attached, None, declared)
    if "attached" in members:  # used by WeChat only when lifetimes has no attached
        return _hook(src, "attached", "attached", members["attached"], None, declared)
    if found.target != found.config and "onLoad" in _members(found.target):
        return _hook(src, "methods.onLoad", "onLoad", _members(found.target)["onLoad"], None, declared)
    if lifetimes_node is not None:
        return Lifecycle("lifetimes.attached", "attached", container=_insertion_point(src, lifetimes_node, False))
    return Lifecycle("lifetimes.attached", "attached", container=config, wrap="lifetimes")


def _hook(src: _Source, where: str, name: str, value: Node | None, container: InsertionPoint | None,
          declared: frozenset[str]) -> Lifecycle:
    """The lifecycle ``value`` (None: missing, to add to ``container``) and whether it can be edited."""
    if value is None:
        return Lifecycle(where, name, container=container)
    function, problem = _function_of(value)
    if function is None:
        return Lifecycle(where, name, problem=problem)
    for node in _walk(function):
        if node.type in _IDENTIFIERS and _text(node) in declared:
            return Lifecycle(where, name, problem="name_clash", detail=_text(node))
        if node.type in {"identifier", "shorthand_property_identifier_pattern"} and _text(node) == "wx" \
                and _is_binding(node):
            return Lifecycle(where, name, problem="wx_shadowed")
    body = function.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return Lifecycle(where, name, problem="not_function")
    return Lifecycle(where, name, body=_body_point(src, body))


def _function_of(value: Node) -> tuple[Node | None, HookProblem | None]:
    """The function whose body runs with `this` as the page, or why there is none."""
    if value.type == "method_definition":
        accessor = {c.type for c in value.children} & {"get", "set", "*"}
        return (None, "not_function") if accessor else (value, None)
    value = unwrap(value)
    if value.type == "arrow_function":
        return None, "arrow"  # `this` is not the page inside an arrow function
    if value.type in {"function_expression", "function"}:
        return value, None
    return None, "not_function"  # a generator, a name defined elsewhere, a call's result


def _body_point(src: _Source, block: Node) -> BodyPoint:
    """Past the block's `{`, its same-line comments and its directives ('use strict')."""
    text = src.text
    open_brace, close_brace = block.children[0], block.children[-1]
    inner = block.children[1:-1]
    anchor = open_brace
    for child in inner:
        if (child.type == "comment" and child.start_point.row == anchor.end_point.row) or _is_directive(child):
            anchor = child
        else:
            break
    following = next((c for c in inner if c.start_byte >= anchor.end_byte), close_brace)
    brace_indent = _line_indent(text, src.char(open_brace.start_byte))
    unit, newline = indent_unit(text), newline_of(text)
    firsts = [src.char(c.start_byte) for c in inner if _first_on_line(text, src.char(c.start_byte))]
    indent = _line_indent(text, firsts[0]) if firsts else brace_indent + unit
    start = src.char(anchor.end_byte)
    blank = "" if following is close_brace else newline  # a blank line between the check and the code
    if following.start_point.row != anchor.end_point.row:
        return BodyPoint(start, start, indent, unit, newline, blank)
    # Code (or the `}`) shares the line: it moves to a line of its own after the statements.
    after = blank + newline + (brace_indent if following is close_brace else indent)
    close = None
    if following is not close_brace and inner[-1].end_point.row == close_brace.start_point.row:
        close = TextEdit(src.char(inner[-1].end_byte), src.char(close_brace.start_byte), newline + brace_indent)
    return BodyPoint(start, src.char(following.start_byte), indent, unit, newline, after, close)


def _is_directive(node: Node) -> bool:
    return node.type == "expression_statement" and bool(node.named_children) \
        and node.named_children[0].type == "string"


def plan_statements(point: BodyPoint, statements: str, typescript: bool) -> list[TextEdit]:
    """Insert level-0 ``statements`` at ``point``, in the file's indentation and newlines."""
    lines = statements.replace("\r\n", "\n").strip("\n").split("\n")
    root = _parser(typescript).parse("\n".join(lines).encode("utf-8", "surrogatepass")).root_node
    if root.has_error:
        raise ValueError("the statements to insert do not parse")
    body = _lay_out(lines, _template_rows(root), Layout(point.indent, point.unit, point.newline))
    edits = [TextEdit(point.start, point.end, point.newline + body + point.after)]
    return edits + ([point.close] if point.close is not None else [])
