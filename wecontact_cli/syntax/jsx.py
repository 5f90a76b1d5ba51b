"""JSX/TSX views: intrinsic elements by tag, their attributes as written, handlers and comments.

Taro collects a third-party component's attributes from the literal props of
``_jsx('cell', {...})``; what matters is therefore what is *written* on ``<cell ...>``:
each attribute's name and value with spans, spreads, and the tags that hide an element
from that collection (``<Cell>``, ``<Tag>`` with ``const Tag = 'cell'``). Handler
expressions are resolved in the file: an identifier against the scopes around it,
``this.x`` against the enclosing class. One walk with an explicit stack does it all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Collection, Iterator, Literal, Sequence, Union

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.records import record
from wecontact_cli.syntax.jscommon import (
    Layout, Parsed, first_on_line, grammar_for, import_names, layout_of, line_indent, line_start,
    number_value, parser_for, pattern_names, reindent, string_value, text_of, unwrap, walk,
)
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.entities import unescape

if TYPE_CHECKING:
    from tree_sitter import Node

Status = Literal["defined", "missing", "unknown"]
_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function", "function_declaration",
                        "generator_function", "generator_function_declaration", "method_definition"})
_BLOCKS = frozenset({"program", "statement_block", "class_static_block"})
_FIELDS = frozenset({"field_definition", "public_field_definition"})
_REACT_BASES = frozenset({"Component", "PureComponent", "React.Component", "React.PureComponent",
                          "Taro.Component", "Taro.PureComponent"})
_GLOBALS = frozenset({"undefined", "NaN", "Infinity", "globalThis", "window", "wx", "console"})
_ENTITY = LazyPattern(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);")
_ELEMENT_TAGS = ("jsx_opening_element", "jsx_self_closing_element")


@record(frozen=True)
class Binding:
    """Where a handler expression leads: defined in this file, missing, or not knowable here."""

    status: Status
    name: str  # the name looked up: `onDone` for `onDone`, `this.onDone` and `this.onDone.bind(this)`
    kind: str = ""  # defined: function, variable, parameter, import, class, method, property...
    #                 unknown: member, this-rebound, inherited, computed, global


@record(frozen=True)
class JsxValue:
    """An attribute's value as written."""

    kind: Literal["string", "expression", "none", "element"]
    start: int  # quotes or braces included; for "none" the (empty) span after the name
    end: int
    expression: str = ""  # for "expression": number, string, template, true, false, null, identifier,
    #                        member, arrow_function, function, call, other
    inner_start: int = -1  # the expression inside the braces
    inner_end: int = -1
    static: bool = False  # whether ``value`` holds the literal value
    value: Any = None  # `styleType={2}` -> 2, `styleType="2"` -> "2", `isMask` -> True
    text: str = ""  # the expression's source
    binding: Binding | None = None  # for identifiers, `this.x`, `x.bind(...)`


@record(frozen=True)
class JsxAttribute:
    """``name=value`` on an element."""

    name: str
    start: int
    end: int
    name_start: int
    name_end: int
    value: JsxValue


@record(frozen=True)
class JsxSpread:
    """``{...props}`` on an element (braces included in the span)."""

    start: int
    end: int
    text: str  # the spread expression


@record(frozen=True)
class JsxElement:
    """An intrinsic element whose tag is one of the wanted names."""

    tag: str
    tag_start: int
    tag_end: int
    start: int
    end: int
    self_closing: bool
    attributes: tuple[Union[JsxAttribute, JsxSpread], ...]  # in written order
    open_end: int = -1  # just after the start tag's `>` (the whole element's end when self-closing)

    def attribute(self, name: str) -> JsxAttribute | None:
        """The last attribute named ``name`` (as React reads duplicates)."""
        found = [a for a in self.attributes if isinstance(a, JsxAttribute) and a.name == name]
        return found[-1] if found else None

    @property
    def spreads(self) -> tuple[JsxSpread, ...]:
        """The ``{...x}`` attributes."""
        return tuple(a for a in self.attributes if isinstance(a, JsxSpread))


@record(frozen=True)
class HiddenTag:
    """An element that stands for a wanted tag but is not written as that intrinsic tag."""

    kind: Literal["component", "variable"]
    tag: str  # as written: `Cell`, `Tag`, `UI.Cell`
    stands_for: str  # the wanted tag it matches: `cell`
    start: int
    end: int
    tag_start: int
    tag_end: int
    source: str = ""  # components: the module the name is imported from ("" when local or unknown)
    declared: bool = False  # components: the name is bound in the file (imported or defined there)


@record(frozen=True)
class JsComment:
    """A comment; ``jsx`` is ``{/* ... */}`` between elements (span includes the braces)."""

    kind: Literal["jsx", "line", "block"]
    text: str  # without `//`, `/*`, `*/`
    start: int
    end: int


@record(frozen=True)
class JsxView:
    """What a view module writes for the wanted tags."""

    syntax_ok: bool
    elements: tuple[JsxElement, ...]
    hidden: tuple[HiddenTag, ...]
    comments: tuple[JsComment, ...]


# ---------------------------------------------------------------------------
# Scopes


@record(frozen=True)
class _Declared:
    kind: str
    value: Node | None = None  # the initialiser of a variable


class _Scopes:
    """Names bound by each scope node, computed once per node. Given the tree's source bytes
    (``data``), a lookup reads only the statements that write the name looked up: a statement
    that declares a name holds it as written, and any other leaves it alone."""

    def __init__(self, data: bytes | None = None) -> None:
        self._cache: dict[int, dict[str, _Declared]] = {}
        self._classes: dict[int, tuple[dict[str, str], bool]] = {}
        self._data = data
        self._named: dict[tuple[int, str], _Declared | None] = {}

    def lookup(self, name: str, ancestors: Sequence[Node]) -> _Declared | None:
        """The innermost declaration of ``name`` visible from below ``ancestors[-1]``."""
        for node in reversed(ancestors):
            declared = self._declared(node, name)
            if declared is not None:
                return declared
        return None

    def _declared(self, node: Node, name: str) -> _Declared | None:
        """What ``node`` binds ``name`` to: from its bindings when known, else from the
        statements that write ``name`` (what every other statement binds is not that name)."""
        cached = self._cache.get(node.id)
        data = self._data
        if cached is not None or data is None:
            return self.bindings(node).get(name)
        key = (node.id, name)
        if key not in self._named:
            written = name.encode("utf-8", "surrogatepass")
            self._named[key] = _bindings(node, lambda n: data.find(written, n.start_byte, n.end_byte) >= 0).get(name)
        return self._named[key]

    def bindings(self, node: Node) -> dict[str, _Declared]:
        """The names ``node`` binds for code inside it."""
        cached = self._cache.get(node.id)
        if cached is None:
            cached = _bindings(node)
            self._cache[node.id] = cached
        return cached

    def members(self, cls: Node) -> tuple[dict[str, str], bool]:
        """Instance members of a class (name -> method or property), and whether some cannot be known."""
        cached = self._classes.get(cls.id)
        if cached is None:
            cached = _class_members(cls)
            self._classes[cls.id] = cached
        return cached


def _bindings(node: Node, writes: Callable[[Node], bool] | None = None) -> dict[str, _Declared]:
    """What a scope node binds: statements of a block, parameters and hoisted vars of a function...
    (``writes``: only the statements it accepts are read, the others being known to bind nothing
    that matters to the caller)."""
    found: dict[str, _Declared] = {}
    node_type = node.type  # read once: each read of a node's type builds a new string
    if node_type in _BLOCKS:
        for stmt in node.named_children:
            if writes is None or writes(stmt):
                _declare_statement(stmt, found)
    if node_type == "program":
        _declare_hoisted(node, found, writes)
    if node_type in _FUNCTIONS:
        _declare_function(node, found, writes)
    elif node_type in ("for_statement", "for_in_statement"):
        for part in node.named_children:
            if part.type in ("lexical_declaration", "variable_declaration"):
                _declare_statement(part, found)
        left = node.child_by_field_name("left")
        if left is not None and node.child_by_field_name("kind") is not None:
            found.update((n, _Declared("variable")) for n in pattern_names(left))
    elif node_type == "catch_clause":
        found.update((n, _Declared("parameter")) for n in pattern_names(node.child_by_field_name("parameter")))
    elif node_type in ("class", "class_declaration"):
        name = node.child_by_field_name("name")
        if name is not None:
            found[text_of(name)] = _Declared("class")
    return found


def _declare_statement(stmt: Node, found: dict[str, _Declared]) -> None:
    """Add what one statement declares."""
    node_type = stmt.type  # read once: each read of a node's type builds a new string
    if node_type in ("export_statement", "ambient_declaration"):
        inner = stmt.child_by_field_name("declaration") or (stmt.named_children[0] if stmt.named_children else None)
        if inner is not None and inner.type != node_type:
            _declare_statement(inner, found)
        return
    if node_type in ("lexical_declaration", "variable_declaration"):
        for declarator in stmt.named_children:
            if declarator.type == "variable_declarator":
                value = declarator.child_by_field_name("value")
                kind = "function" if value is not None and unwrap(value).type in _FUNCTIONS else "variable"
                found.update((n, _Declared(kind, value)) for n in pattern_names(declarator.child_by_field_name("name")))
    elif node_type == "import_statement":
        found.update((n, _Declared("import", stmt)) for n in import_names(stmt))
    else:
        kind = {"function_declaration": "function", "generator_function_declaration": "function",
                "function_signature": "function", "class_declaration": "class",
                "abstract_class_declaration": "class", "enum_declaration": "enum"}.get(node_type)
        name = stmt.child_by_field_name("name")
        if kind is not None and name is not None:
            found[text_of(name)] = _Declared(kind)


def _declare_function(node: Node, found: dict[str, _Declared], writes: Callable[[Node], bool] | None = None) -> None:
    """Parameters, a function expression's own name, and `var`s hoisted from its body (of the
    statements ``writes`` accepts, when given)."""
    params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
    found.update((n, _Declared("parameter")) for n in pattern_names(params))
    name = node.child_by_field_name("name")
    if node.type in ("function_expression", "function", "generator_function") and name is not None:
        found.setdefault(text_of(name), _Declared("function"))
    body = node.child_by_field_name("body")
    if body is not None:
        _declare_hoisted(body, found, writes)


# A `var` is a statement: it hoists out of these, never out of an expression or a function.
_STATEMENT_NESTING = frozenset({
    "program", "statement_block", "if_statement", "else_clause", "for_statement", "for_in_statement",
    "while_statement", "do_statement", "try_statement", "catch_clause", "finally_clause", "switch_statement",
    "switch_body", "switch_case", "switch_default", "labeled_statement", "export_statement"})


def _declare_hoisted(body: Node, found: dict[str, _Declared], writes: Callable[[Node], bool] | None = None) -> None:
    """`var` declarations anywhere in a function body (or the module), nested functions left out
    (only inside what ``writes`` accepts, when given)."""
    stack = [body]
    while stack:
        node = stack.pop()
        if writes is not None and not writes(node):
            continue
        if node.type == "variable_declaration":
            _declare_statement(node, found)
        elif node.type in _STATEMENT_NESTING:
            stack.extend(node.named_children)


def _class_members(cls: Node) -> tuple[dict[str, str], bool]:
    """A class's instance members (methods, fields, `this.x =` in the constructor) and their kind."""
    names: dict[str, str] = {}
    unknowable = False
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        if member.type not in _FIELDS and member.type != "method_definition":
            continue
        if any(c.type == "static" for c in member.children):
            continue
        key = member.child_by_field_name("name") or member.child_by_field_name("property")
        if key is None or key.type == "computed_property_name":
            unknowable = True
            continue
        kind = "method" if member.type == "method_definition" else "property"
        names[text_of(key)] = kind
        if member.type == "method_definition" and text_of(key) == "constructor":
            names.update((n, "property") for n in _constructor_fields(member) if n not in names)
    return names, unknowable


def _constructor_fields(constructor: Node) -> set[str]:
    """``this.x = ...`` assignments and TS parameter properties of a constructor."""
    names: set[str] = set()
    for node in walk(constructor, _FUNCTIONS - {"arrow_function"}):
        if node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            obj = left.child_by_field_name("object") if left is not None and left.type == "member_expression" else None
            if obj is not None and obj.type == "this":
                names.add(text_of(left.child_by_field_name("property")))
        elif node.type in ("required_parameter", "optional_parameter") and any(
                c.type in ("accessibility_modifier", "readonly") for c in node.children):
            names.update(pattern_names(node))
    return names


def _heritage(cls: Node) -> str | None:
    """The class a class extends, as written (type arguments left out), or None."""
    for child in cls.children:
        if child.type == "class_heritage":
            match = re.search(r"\bextends\s+([\w$.]+)", text_of(child))
            return match.group(1) if match else None
    return None


# ---------------------------------------------------------------------------
# Reading a view


# What lookups need from above a node: scopes, and what decides `this` (an object's method).
_SCOPE_LIKE = _BLOCKS | _FUNCTIONS | _FIELDS | frozenset({
    "for_statement", "for_in_statement", "catch_clause", "class", "class_declaration",
    "abstract_class_declaration", "class_body", "object"})


def _scopes_of(node: Node) -> list[Node]:
    """The scope-like nodes around ``node``, outermost first (only these matter to lookups)."""
    found: list[Node] = []
    current = node.parent
    while current is not None:
        if current.type in _SCOPE_LIKE:
            found.append(current)
        current = current.parent
    found.reverse()
    return found


@lru_cache(maxsize=16)
def _query(grammar: str, names: str | None, comments: bool = True) -> Any:
    """Tree-sitter's query for start tags (those whose name matches ``names``, a regex; all when
    None) and comments (unless ``comments`` is False): found in C, not by a walk in Python."""
    from tree_sitter import Query

    elements = ""
    if grammar != "typescript":  # the plain TypeScript grammar has no JSX
        escaped = names.replace("\\", "\\\\") if names is not None else ""  # a query string unescapes once
        match = f' (#match? @element "{escaped}")' if names is not None else ""
        elements = "".join(f"(({kind} name: (_) @element){match}) "
                           for kind in ("jsx_opening_element", "jsx_self_closing_element"))
    return Query(parser_for(grammar).language, elements + ("(comment) @comment" if comments else ""))  # type: ignore[arg-type]


@lru_cache(maxsize=16)
def _spelled(tags: frozenset[str]) -> str:
    """The folded tags as one alternation, each letter optionally followed by ``-`` or ``_``
    (kept: every view of a lint asks with the same few sets of tags)."""
    return "|".join("[-_]?".join(re.escape(c) for c in tag) for tag in sorted({_fold(t) for t in tags if _fold(t)}))


@lru_cache(maxsize=16)
def _names(tags: frozenset[str]) -> str:
    """A regex for the element names that may matter: a wanted tag or a look-alike (``UI.Cell``)."""
    spelled = _spelled(tags)
    if not spelled:
        return "^$"
    return rf"^(?:[A-Za-z_$][\w$]*\.)*(?i:{spelled})$"


@lru_cache(maxsize=16)
def _spelling(spelled: str) -> re.Pattern[str]:
    """One of these spellings, in any case."""
    return compile_pattern(rf"(?i:{spelled})")


def spellings_at(spelled: str, text: str) -> Iterator[tuple[int, str]]:
    """Where a name ``_names`` matches can be: its last part is one of these spellings, found at
    every position, overlapping ones too (start, spelling). A search from just after each one's
    start finds what a zero-width lookahead at every position finds, at half the cost: a pattern
    that starts with a letter is searched for by a quick scan, a lookahead is tried everywhere."""
    search = _spelling(spelled).search
    found = search(text)
    while found is not None:
        yield found.start(), found.group()
        found = search(text, found.start() + 1)


def _fold(tag: str) -> str:
    """A tag compared loosely: `Cell`, `cell`, `WecomContact`, `wecom-contact` fold alike."""
    return tag.replace("-", "").replace("_", "").lower()


def read_view(text: str, filename: str, tags: Collection[str], comments: bool = True, start: int = 0) -> JsxView:
    """The elements with an intrinsic tag in ``tags``, the tags hiding one, and the comments
    (``comments=False``: none, and the tree is searched only where a wanted name is written;
    ``start``: the code begins there, as ``Parsed`` reads it)."""
    from tree_sitter import QueryCursor

    reader = _Reader(Parsed(text, grammar_for(filename), start), frozenset(tags))
    # A variable may hold a wanted tag only in a file that writes it as a string: then every name counts.
    names = None if reader.quoted else _names(reader.tags)
    query = _query(reader.parsed.grammar, names, comments)
    if comments or names is None:
        captures = QueryCursor(query).captures(reader.parsed.root)
    else:
        captures = _captures_where_named(reader.parsed, query, _spelled(reader.tags))
    found = [(n.start_byte, n) for n in captures.get("comment", [])]
    found += [(n.parent.start_byte, n.parent) for n in captures.get("element", []) if n.parent is not None]
    for _, node in sorted(found, key=lambda item: item[0]):  # document order, as a walk would meet them
        if node.type == "comment":
            reader.comment(node, node.parent)
        else:
            reader.element(node, node.parent, _scopes_of(node))
    return JsxView(reader.parsed.ok, tuple(reader.elements), tuple(reader.hidden), tuple(reader.comments))


def _captures_where_named(parsed: Parsed, query: Any, spelled: str) -> dict[str, list[Node]]:
    """The query's element captures, searched only around the places that spell a wanted tag:
    a page of a hundred elements with one cell is not walked whole (each search descends to one
    spot). A matching name ends with such a spelling, so no match lies elsewhere."""
    from tree_sitter import QueryCursor

    if not spelled:
        return {}
    text, found, seen = parsed.text, [], set()
    char, byte = 0, 0  # the last mention's offsets: each piece of text is encoded once
    for at, spelling in spellings_at(spelled, text):
        byte += len(text[char:at].encode("utf-8", "surrogatepass"))
        char = at
        start, end = byte, byte + len(spelling.encode("utf-8", "surrogatepass"))
        cursor = QueryCursor(query)
        cursor.set_byte_range(start, end)
        for node in cursor.captures(parsed.root).get("element", []):
            if node.id not in seen:
                seen.add(node.id)
                found.append(node)
    return {"element": found}


class _Reader:
    """Collects records during the walk."""

    def __init__(self, parsed: Parsed, tags: frozenset[str]) -> None:
        self.parsed = parsed
        self.tags = tags
        self.folded = {_fold(t): t for t in tags}
        # Only a file that writes a wanted tag as a string can hold it in a variable (`const Tag = 'cell'`).
        self.quoted = any(f"{q}{t}{q}" in parsed.text for t in tags for q in "'\"`")
        self.scopes = _Scopes(parsed.data)
        self.elements: list[JsxElement] = []
        self.hidden: list[HiddenTag] = []
        self.comments: list[JsComment] = []
        self._window: tuple[int, int, int] | None = None
        """A start tag's bytes when they are all ASCII: (first byte, its character, end byte)."""

    def span(self, node: Node) -> tuple[int, int]:
        """A node's ``[start, end)`` in characters: inside an ASCII start tag (a cell's, nearly
        always) one byte is one character from the tag's start, converted once."""
        window = self._window
        if window is not None:
            start, end = node.start_byte, node.end_byte
            if window[0] <= start and end <= window[2]:
                return window[1] + start - window[0], window[1] + end - window[0]
        return self.parsed.span(node)

    def comment(self, node: Node, parent: Node | None) -> None:
        """Record a comment; a lone comment in ``{...}`` between JSX children is a JSX comment."""
        raw = text_of(node)
        body = raw[2:] if raw.startswith("//") else raw[2:-2] if raw.endswith("*/") else raw[2:]
        if parent is not None and parent.type == "jsx_expression" and parent.named_child_count == 1:
            self.comments.append(JsComment("jsx", body, *self.parsed.span(parent)))
        else:
            self.comments.append(JsComment("line" if raw.startswith("//") else "block", body, *self.parsed.span(node)))

    def element(self, node: Node, parent: Node | None, scopes: list[Node]) -> None:
        """Record a wanted element, or a tag that hides one."""
        name = node.child_by_field_name("name")
        if name is None:
            return  # a fragment
        tag = text_of(name)
        whole = parent if node.type == "jsx_opening_element" and parent is not None else node
        if name.type == "identifier" and (tag[:1].islower() or "-" in tag):
            if tag in self.tags:
                self.elements.append(self._element(node, whole, name, scopes))
            return
        self._hidden(name, tag, whole, scopes)

    def _element(self, node: Node, whole: Node, name: Node, scopes: list[Node]) -> JsxElement:
        """The record of one wanted element."""
        context = list(scopes)
        start, end = node.start_byte, node.end_byte
        self._window = (start, self.parsed.char(start), end) if self.parsed.data[start:end].isascii() else None
        try:
            return self._record(node, whole, name, context)
        finally:
            self._window = None

    def _record(self, node: Node, whole: Node, name: Node, context: list[Node]) -> JsxElement:
        """The record of one wanted element, its start tag's spans converted by ``span``."""
        attributes: list[Union[JsxAttribute, JsxSpread]] = []
        for attr in node.children_by_field_name("attribute"):
            if attr.type == "jsx_expression":
                spread = attr.named_children[0] if attr.named_children else attr
                attributes.append(JsxSpread(*self.span(attr), text_of(spread)[3:].strip()))
            elif attr.type == "jsx_attribute":
                attributes.append(self._attribute(attr, context))
        return JsxElement(text_of(name), *self.span(name), *self.span(whole),
                          node.type == "jsx_self_closing_element", tuple(attributes), self.span(node)[1])

    def _attribute(self, attr: Node, context: list[Node]) -> JsxAttribute:
        """One ``name=value`` attribute."""
        name = attr.named_children[0]
        value = attr.named_children[1] if attr.named_child_count > 1 else None
        name_start, name_end = self.span(name)
        if value is None:
            parsed_value = JsxValue("none", name_end, name_end, static=True, value=True)
        elif value.type == "string":
            raw = text_of(value)[1:-1]
            decoded = _ENTITY.sub(lambda m: unescape(m.group()), raw) if "&" in raw else raw  # entities only
            parsed_value = JsxValue("string", *self.span(value), static=True, value=decoded)
        elif value.type == "jsx_expression":
            parsed_value = self._expression(value, context)
        else:
            parsed_value = JsxValue("element", *self.span(value))
        return JsxAttribute(text_of(name), *self.span(attr), name_start, name_end, parsed_value)

    def _expression(self, container: Node, context: list[Node]) -> JsxValue:
        """``{expression}``: its type, literal value, and where a handler leads."""
        start, end = self.span(container)
        inner = next((c for c in container.named_children if c.type != "comment"), None)
        if inner is None:
            return JsxValue("expression", start, end, "other")
        kind, static, value = _classify(inner)
        binding = self._binding(unwrap(inner), context)
        return JsxValue("expression", start, end, kind, *self.span(inner), static, value, text_of(inner),
                        binding)

    def _binding(self, node: Node, context: list[Node]) -> Binding | None:
        """Resolve an identifier, ``this.x`` or ``x.bind(...)`` handler."""
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "member_expression" or \
                    text_of(callee.child_by_field_name("property")) != "bind":
                return None
            node = unwrap(callee.child_by_field_name("object") or callee)
        if node.type in ("identifier", "undefined"):
            return self._identifier(text_of(node), context)
        if node.type == "member_expression":
            obj = node.child_by_field_name("object")
            name = text_of(node.child_by_field_name("property"))
            if obj is not None and obj.type == "this":
                return self._this_member(name, context)
            return Binding("unknown", text_of(node), "member")
        return None

    def _identifier(self, name: str, context: list[Node]) -> Binding:
        """Look a name up through the scopes around the expression."""
        declared = self.scopes.lookup(name, context)
        if declared is not None:
            return Binding("defined", name, declared.kind)
        return Binding("unknown", name, "global") if name in _GLOBALS else Binding("missing", name)

    def _this_member(self, name: str, context: list[Node]) -> Binding:
        """``this.name``: a member of the enclosing class, when ``this`` is its instance."""
        for node in reversed(context):
            if node.type == "arrow_function":
                continue
            if node.type in _FIELDS or node.type == "method_definition":
                if any(c.type == "static" for c in node.children):
                    return Binding("unknown", name, "static")
                holder = context[context.index(node) - 1] if context.index(node) else None
                if holder is not None and holder.type == "object":  # `this` is that object
                    return Binding("unknown", name, "this-rebound")
                continue
            if node.type in ("class", "class_declaration", "abstract_class_declaration"):
                return self._class_member(node, name)
            if node.type in _FUNCTIONS:
                own = text_of(node.child_by_field_name("name"))
                # A function component is called without `this`: `this.x` there is always undefined.
                return Binding("missing", name, "no-this") if own[:1].isupper() else \
                    Binding("unknown", name, "this-rebound")
        return Binding("missing", name, "no-this")

    def _class_member(self, cls: Node, name: str) -> Binding:
        """Whether the class defines ``name``, or may inherit it."""
        names, unknowable = self.scopes.members(cls)
        if name in names:
            return Binding("defined", name, names[name])
        base = _heritage(cls)
        if base is not None and base not in _REACT_BASES:
            return Binding("unknown", name, "inherited")
        return Binding("unknown", name, "computed") if unknowable else Binding("missing", name)

    def _hidden(self, name: Node, tag: str, whole: Node, scopes: list[Node]) -> None:
        """A component-cased tag or a variable holding a wanted tag name."""
        last = tag.rsplit(".", 1)[-1]
        first = tag.split(".", 1)[0]
        if not self.quoted and _fold(last) not in self.folded:
            return  # neither a variable holding a wanted tag nor a look-alike: nothing to resolve
        declared = self.scopes.lookup(first, scopes)
        spans = (*self.parsed.span(whole), *self.parsed.span(name))
        if declared is not None and declared.kind == "variable" and declared.value is not None and "." not in tag:
            held = string_value(unwrap(declared.value))
            if held is not None and held in self.tags:
                self.hidden.append(HiddenTag("variable", tag, held, *spans))
            return
        stands_for = self.folded.get(_fold(last))
        if stands_for is not None:
            source = _import_source(declared.value) if declared is not None and declared.kind == "import" else ""
            self.hidden.append(HiddenTag("component", tag, stands_for, *spans, source=source,
                                         declared=declared is not None))


def _import_source(statement: Node | None) -> str:
    """The module an import statement reads."""
    source = statement.child_by_field_name("source") if statement is not None else None
    return (string_value(source) or "") if source is not None else ""


def _classify(node: Node) -> tuple[str, bool, Any]:
    """(expression type, whether the value is static, the value) of a JSX expression."""
    inner = unwrap(node)
    kind = inner.type
    if kind == "number":
        number = number_value(text_of(inner))
        return "number", number is not None, number
    if kind == "unary_expression" and text_of(inner.child_by_field_name("operator")) in ("-", "+"):
        argument = inner.child_by_field_name("argument")
        if argument is not None and argument.type == "number":
            number = number_value(text_of(argument))
            negative = text_of(inner.child_by_field_name("operator")) == "-"
            return "number", number is not None, (-number if negative and number is not None else number)
    if kind in ("string", "template_string"):
        value = string_value(inner)
        return ("string" if kind == "string" else "template"), value is not None, value
    if kind in ("true", "false", "null"):
        return kind, True, {"true": True, "false": False, "null": None}[kind]
    if kind in ("identifier", "undefined", "member_expression", "arrow_function", "call_expression"):
        return {"member_expression": "member", "call_expression": "call", "undefined": "identifier"}.get(kind, kind), \
            False, None
    if kind in ("function_expression", "function"):
        return "function", False, None
    return "other", False, None


# ---------------------------------------------------------------------------
# Planning insertions into an existing view


@record(frozen=True)
class Handler:
    """A handler to add: ``name``, its parameter list as written, and its body statements."""

    name: str
    params: str  # "e" or "e: ITouchEvent": the caller decides the typing
    body: str  # statements, nested lines indented with any consistent unit


class ViewEditError(Exception):
    """An insertion that cannot be planned safely; ``snippet`` is what to paste by hand."""

    def __init__(self, reason: str, snippet: str, offset: int | None = None) -> None:
        super().__init__(f"{reason}: paste by hand: {snippet}")
        self.reason = reason  # syntax-error, no-component, no-root, expression-body, layout
        self.snippet = snippet
        self.offset = offset


@record(frozen=True)
class _Component:
    """The page's component: a function or a class, the JSX root it returns, where handlers go."""

    kind: Literal["function", "class"]
    node: Node
    root: Node | None  # the jsx_element returned (None when it returns something else)
    anchor: Node | None  # the final return statement (function) or the render method (class)


_MAX_HOPS = 16


@record(frozen=True)
class PageComponent:
    """The component a page module exports by default, as far as insertions need it."""

    kind: Literal["function", "class"]  # a class refers to its handlers as `this.name`
    name: str  # "" when anonymous
    start: int
    end: int
    root_tag: str | None  # the tag of the JSX element it returns ("" for a fragment), None if not JSX
    handlers_insertable: bool  # False for an arrow with an expression body, or a one-line return


def page_component(text: str, filename: str) -> PageComponent | None:
    """The page's default-exported component, or None when there is none to see."""
    parsed = Parsed(text, grammar_for(filename))
    found = _page_component(parsed)
    if found is None:
        return None
    root = found.root
    if root is not None and root.type == "jsx_element":
        root = root.child_by_field_name("open_tag")
    tag = text_of(root.child_by_field_name("name")) if root is not None else None
    anchor = found.anchor
    insertable = anchor is not None and first_on_line(text, parsed.char(anchor.start_byte))
    return PageComponent(found.kind, text_of(found.node.child_by_field_name("name")), *parsed.span(found.node),
                         tag, insertable)


def _page_component(parsed: Parsed) -> _Component | None:
    """The component the module exports by default, through wrappers like ``observer(Index)``."""
    node = _default_export(parsed.root)
    for _ in range(_MAX_HOPS):
        if node is None:
            return None
        node = unwrap(node)
        if node.type in ("class", "class_declaration"):
            return _class_component(node)
        if node.type in ("function_declaration", "function_expression", "function", "arrow_function"):
            return _function_component(node)
        if node.type == "identifier":
            node = _top_level(parsed.root, text_of(node))
        elif node.type == "call_expression":
            args = [a for a in _call_arguments(node) if unwrap(a).type in (
                "identifier", "call_expression", "arrow_function", "function_expression", "function", "class")]
            node = args[0] if args else None
        else:
            return None
    return None


def _call_arguments(call: Node) -> list[Node]:
    """A call's arguments, comments left out."""
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def _default_export(program: Node) -> Node | None:
    """What ``export default`` (or ``export { X as default }``) names."""
    found: Node | None = None
    for stmt in program.named_children:
        if stmt.type != "export_statement":
            continue
        if any(c.type == "default" for c in stmt.children):
            found = stmt.child_by_field_name("declaration") or stmt.child_by_field_name("value")
        for clause in stmt.named_children:
            for spec in clause.named_children if clause.type == "export_clause" else []:
                if text_of(spec.child_by_field_name("alias")) == "default":
                    found = spec.child_by_field_name("name")
    return found


def _top_level(program: Node, name: str) -> Node | None:
    """The function, class or initialiser a top-level ``name`` is declared with."""
    for stmt in program.named_children:
        inner = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if inner is None:
            continue
        if inner.type in ("function_declaration", "class_declaration") and \
                text_of(inner.child_by_field_name("name")) == name:
            return inner
        if inner.type in ("lexical_declaration", "variable_declaration"):
            for declarator in inner.named_children:
                if declarator.type == "variable_declarator" and \
                        text_of(declarator.child_by_field_name("name")) == name:
                    return declarator.child_by_field_name("value")
    return None


def _function_component(function: Node) -> _Component:
    """A function component: its last top-level return, or its expression body."""
    body = function.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        root = unwrap(body) if body is not None else None
        return _Component("function", function, root if root is not None and root.type in _ROOTS else None, None)
    returns = [s for s in body.named_children if s.type == "return_statement"]
    return _Component("function", function, _returned_jsx(returns[-1] if returns else None),
                      returns[-1] if returns else None)


def _class_component(cls: Node) -> _Component:
    """A class component: its ``render()`` method and what that returns."""
    body = cls.child_by_field_name("body")
    render = next((m for m in (body.named_children if body is not None else [])
                   if m.type == "method_definition" and text_of(m.child_by_field_name("name")) == "render"), None)
    block = render.child_by_field_name("body") if render is not None else None
    returns = [s for s in block.named_children if s.type == "return_statement"] if block is not None else []
    return _Component("class", cls, _returned_jsx(returns[-1] if returns else None), render)


_ROOTS = ("jsx_element", "jsx_self_closing_element")


def _returned_jsx(statement: Node | None) -> Node | None:
    """The JSX element a return statement returns (parentheses removed)."""
    value = next((c for c in statement.named_children if c.type != "comment"), None) if statement else None
    value = unwrap(value) if value is not None else None
    return value if value is not None and value.type in _ROOTS else None


def plan_element_insertion(text: str, filename: str, element: str, marker: str = "wecontact") -> TextEdit:
    """Put ``element`` at the ``{/* marker */}`` comment, else last in the page's root element."""
    parsed = Parsed(text, grammar_for(filename))
    if not parsed.ok:
        raise ViewEditError("syntax-error", element)
    layout = layout_of(text)
    spot = next((c for c in read_view(text, filename, ()).comments
                 if c.kind == "jsx" and c.text.strip() == marker), None)
    if spot is not None:
        edit = TextEdit(spot.start, spot.end, reindent(element, line_indent(text, spot.start), layout))
    else:
        component = _page_component(parsed)
        if component is None or component.root is None:
            raise ViewEditError("no-root" if component is not None else "no-component", element)
        edit = _last_child(parsed, component.root, element, layout)
    _check_element(parsed, filename, edit, element)
    return edit


def _last_child(parsed: Parsed, root: Node, element: str, layout: Layout) -> TextEdit:
    """An edit adding ``element`` as the last child of ``root``, in the children's indentation."""
    text = parsed.text
    close = root.child_by_field_name("close_tag")
    if close is None:
        raise ViewEditError("no-root", element, parsed.char(root.start_byte))
    start, close_start = parsed.char(root.start_byte), parsed.char(close.start_byte)
    children = [c for c in root.named_children if c.type not in ("jsx_opening_element", "jsx_closing_element",
                                                                 "jsx_text")]
    indents = [line_indent(text, p) for p in (parsed.char(c.start_byte) for c in reversed(children))
               if first_on_line(text, p)]
    indent = indents[0] if indents else line_indent(text, start) + layout.indent
    body = reindent(element, indent, layout)
    if first_on_line(text, close_start):
        at = line_start(text, close_start)
        return TextEdit(at, at, f"{indent}{body}{layout.newline}")
    return TextEdit(close_start, close_start, f"{layout.newline}{indent}{body}{layout.newline}"
                                              f"{line_indent(text, start)}")


def _count_elements(parsed: Parsed) -> int:
    """How many named JSX elements a tree has."""
    return sum(1 for n in walk(parsed.root) if n.type in _ELEMENT_TAGS and n.child_by_field_name("name"))


def _check_element(parsed: Parsed, filename: str, edit: TextEdit, element: str) -> None:
    """The result parses and has exactly the snippet's elements more."""
    snippet = Parsed(f"(<>\n{element}\n</>)", parsed.grammar)
    after = Parsed(apply_edits(parsed.text, [edit]), parsed.grammar)
    if not snippet.ok:
        raise ValueError(f"the element given is not JSX: {element!r}")
    if not after.ok or _count_elements(after) != _count_elements(parsed) + _count_elements(snippet):
        raise ValueError("internal error: the planned insertion does not parse back; nothing was planned")


def semicolons(text: str, filename: str) -> bool:
    """Whether a module ends most of its statements with semicolons."""
    return _semicolons(Parsed(text, grammar_for(filename)))


def _semicolons(parsed: Parsed) -> bool:
    """Whether the module ends its statements with semicolons (most of them)."""
    ends = {True: 0, False: 0}
    for node in walk(parsed.root):
        if node.type in ("lexical_declaration", "expression_statement", "return_statement", "import_statement"):
            ends[node.children[-1].type == ";"] += 1 if node.children else 0
    return ends[True] > ends[False]


def _block(header: str, body: str, indent: str, layout: Layout) -> str:
    """``header {`` + body one level deeper + ``}``, every line at ``indent`` in the file's unit."""
    lines = [ln for ln in body.replace("\r\n", "\n").strip("\n").split("\n")]
    leads = [len(ln) - len(ln.lstrip(" \t")) for ln in lines if ln.strip()]
    base = min(leads) if leads else 0
    steps = [lead - base for lead in leads if lead > base]
    unit = min(steps) if steps else 2
    out = [indent + header + " {"]
    for line in lines:
        stripped = line.lstrip(" \t")
        level, extra = divmod(max(len(line) - len(stripped) - base, 0), unit)
        out.append(indent + layout.indent * (level + 1) + " " * extra + stripped if stripped else "")
    out.append(indent + "}")
    return layout.newline.join(out)


def _handler_source(handler: Handler, style: str, indent: str, layout: Layout, semi: bool) -> str:
    """One handler as a const arrow function, a class arrow field or a class method."""
    if style == "method":
        return _block(f"{handler.name}({handler.params})", handler.body, indent, layout)
    head = f"const {handler.name}" if style == "const" else handler.name
    return _block(f"{head} = ({handler.params}) =>", handler.body, indent, layout) + (";" if semi else "")


def _class_style(cls: Node) -> str:
    """Arrow-function fields when the class already writes handlers so, else methods."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        value = member.child_by_field_name("value") if member.type in _FIELDS else None
        if value is not None and unwrap(value).type == "arrow_function":
            return "field"
    return "method"


def _defined(component: _Component, scopes: _Scopes, program: Node) -> set[str]:
    """Names a new handler must not take: class members, or the function's and module's bindings."""
    if component.kind == "class":
        return set(scopes.members(component.node)[0])
    names = set(scopes.bindings(component.node)) | set(scopes.bindings(program))
    body = component.node.child_by_field_name("body")
    return names | (set(scopes.bindings(body)) if body is not None else set())


def plan_handler_insertion(text: str, filename: str, handlers: Sequence[Handler]) -> TextEdit | None:
    """Add the handlers the page component lacks: const arrows before its return, or class members."""
    parsed = Parsed(text, grammar_for(filename))
    layout, semi = layout_of(text), _semicolons(parsed)
    manual = (layout.newline * 2).join(_handler_source(h, "const", "", layout, semi) for h in handlers)
    component = _page_component(parsed) if parsed.ok else None
    if component is None:
        raise ViewEditError("syntax-error" if not parsed.ok else "no-component", manual)
    wanted = [h for h in handlers if h.name not in _defined(component, _Scopes(), parsed.root)]
    if not wanted:
        return None
    style = "const" if component.kind == "function" else _class_style(component.node)
    anchor = component.anchor
    if anchor is None or not first_on_line(text, parsed.char(anchor.start_byte)):
        raise ViewEditError("expression-body" if anchor is None else "layout", manual)
    at = line_start(text, parsed.char(anchor.start_byte))
    indent = line_indent(text, at)
    blocks = [_handler_source(h, style, indent, layout, semi) for h in wanted]
    before = text[line_start(text, max(at - 1, 0)):at].strip()
    lead = layout.newline if before and not before.endswith("{") else ""
    edit = TextEdit(at, at, lead + (layout.newline * 2).join(blocks) + layout.newline * 2)
    _check_handlers(parsed, edit, [h.name for h in wanted])
    return edit


def _check_handlers(parsed: Parsed, edit: TextEdit, names: list[str]) -> None:
    """The result parses and its page component now defines every name."""
    after = Parsed(apply_edits(parsed.text, [edit]), parsed.grammar)
    component = _page_component(after) if after.ok else None
    if component is None or not set(names) <= _defined(component, _Scopes(), after.root):
        raise ValueError("internal error: the planned handlers do not parse back; nothing was planned")
