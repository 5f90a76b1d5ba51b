"""Taro config modules (``app.config.ts``, ``index.config.ts``, ``config/index.ts``) as JSON trees.

Taro executes these files at build time; wecontact reads only what is written as literals:
the object of ``export default {...}``, of ``defineAppConfig({...})`` / ``definePageConfig``
/ ``defineConfig``, of a ``const`` exported by name, of ``module.exports = ...``, or the base
object a ``config/index`` function passes to ``merge``. The result is a tree of
``jsontext.JsonNode``s (kind ``unknown`` where a value is not a literal, its ``value`` a
reason code), so code written for app.json reads it unchanged. Writers insert text in the
file's own style and check that the result parses and reads back; where the path to the
target is not literal they raise ``ConfigEditError`` carrying the lines to add by hand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence, Union, cast

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.records import field, record, replace
from wecontact_cli.syntax.jsontext import JsonNode, Member
from wecontact_cli.syntax.jscommon import (
    IDENTIFIER, Layout, Parsed, cooked, first_on_line, grammar_for, import_names, layout_of, line_indent,
    line_start, number_value, pattern_names, string_value, text_of, unwrap, walk,
)

if TYPE_CHECKING:
    from tree_sitter import Node

# Reason codes of an ``unknown`` node (its ``value``) and of an unknown member.
SPREAD, COMPUTED_KEY, IDENT, CALL, CONDITIONAL, TEMPLATE, OTHER = (
    "spread", "computed-key", "identifier", "call", "conditional", "template", "other")

DEFINE_CALLS = frozenset({"defineAppConfig", "definePageConfig", "defineConfig", "defineComponentConfig",
                          # uni-helper: pages.config.ts, manifest.config.ts and a page's definePage({...})
                          "defineUniPages", "defineManifestConfig", "definePage"})
_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function", "function_declaration",
                        "generator_function", "generator_function_declaration", "method_definition"})
_SHAPE_RANK = ["export-default", "module-exports", "define-call", "const", "function"]  # the most telling wins
_MAX_STEPS = 32  # identifier -> const -> call -> ... hops before giving up (cycles, silly chains)

PathItem = Union[str, int]
JsValue = Any  # dict / list / str / int / float / bool / None


@record(frozen=True)
class UnknownMember:
    """An object member whose key cannot be known statically (``...spread``, ``[computed]``)."""

    reason: str  # SPREAD | COMPUTED_KEY
    start: int
    end: int


@record(eq=False)
class JsNode(JsonNode):
    """A ``JsonNode`` read from JS: objects also list members whose keys are not known."""

    unknown: list[UnknownMember] = field(default_factory=list)
    written: bool = True  # False: computed (a resolved constant, an env template): read-only

    @property
    def fully_known(self) -> bool:
        """Whether every key of this object (every index of this array) is known."""
        return not self.unknown and not any(i.kind == "unknown" and i.value == SPREAD for i in self.items)

    def settled(self, key: str) -> bool:
        """Whether ``key``'s value is certain: present or not, no spread/computed key may override it."""
        member = self.member(key)
        after = member.key_start if member is not None else -1
        return all(u.start < after for u in self.unknown)


@record(frozen=True)
class ConfigModule:
    """The config object of a module, or why it cannot be read statically."""

    root: JsNode | None
    shape: str  # how it was found: export-default, define-call, const, module-exports, function
    reason: str  # "" when found; else syntax-error, no-export, no-default-export, modified, not-literal
    detail: str = ""  # for not-literal: the reason code of what the export holds
    offset: int | None = None  # where the reason applies
    syntax_ok: bool = True


class ConfigEditError(Exception):
    """A change that cannot be made safely; ``snippet`` holds the lines to add by hand."""

    def __init__(self, reason: str, path: Sequence[PathItem], at: Sequence[PathItem], snippet: str,
                 offset: int | None = None, detail: str = "") -> None:
        super().__init__(f"{reason} at {list(at)!r}: add by hand: {snippet}")
        # not-found, syntax-error, missing, not-literal, not-object, not-array, not-scalar, unsettled, exists
        self.reason = reason
        self.path = tuple(path)
        self.at = tuple(at)
        self.snippet = snippet
        self.offset = offset
        self.detail = detail


# ---------------------------------------------------------------------------
# Finding the config object


class _Module:
    """A parsed module with an index of identifier uses, built once."""

    def __init__(self, parsed: Parsed, env: Mapping[str, str] | None, call: str | None = None) -> None:
        self.parsed = parsed
        self.env = env
        self.call = call  # read the argument of this top-level call statement instead of the export
        self.uses: dict[str, list[Node]] = {}
        self.origin: dict[int, Node] = {}  # id(JsNode) -> the object/array literal it was read from
        self.value_scopes: list[Node] | None = None  # the scopes around the config object, once found
        for node in walk(parsed.root):
            if node.type in ("identifier", "shorthand_property_identifier"):
                self.uses.setdefault(text_of(node), []).append(node)

    def span(self, node: Node) -> tuple[int, int]:
        """Character span of a node."""
        return self.parsed.span(node)


def read_config(text: str, filename: str, *, env: Mapping[str, str] | None = None,
                call: str | None = None) -> ConfigModule:
    """The config object of a Taro config module; ``env`` gives ``process.env.X`` values to fold;
    ``call``: the argument of that top-level call statement instead (``definePage({...})``)."""
    return _read(_Module(Parsed(text, grammar_for(filename)), env, call))


def _read(module: _Module) -> ConfigModule:
    """``read_config`` on an already parsed module."""
    parsed = module.parsed
    found = _find(module)
    if found.reason == "no-export" and not parsed.ok:
        found = replace(found, reason="syntax-error", offset=_first_error_offset(parsed))
    return replace(found, syntax_ok=parsed.ok)


def _find(module: _Module) -> ConfigModule:
    """The config object, or why it cannot be read (syntax_ok is set by the caller)."""
    found = _export_target(module)
    if isinstance(found, ConfigModule):
        return found
    shape, expr = found
    if _statement_of(expr).has_error:
        return ConfigModule(None, shape, "syntax-error", offset=module.span(expr)[0])
    located = _locate_object(module, expr, shape)
    if isinstance(located, ConfigModule):
        return located
    shape, obj = located
    if obj.has_error:
        return ConfigModule(None, shape, "syntax-error", offset=module.span(obj)[0])
    return ConfigModule(_build(module, obj), shape, "")


def _first_error_offset(parsed: Parsed) -> int:
    """Where the first syntax error is."""
    for node in walk(parsed.root):
        if node.is_error or node.is_missing:
            return parsed.span(node)[0]
    return 0


def _statement_of(node: Node) -> Node:
    """The top-level statement holding ``node``."""
    while node.parent is not None and node.parent.type != "program":
        node = node.parent
    return node


def _export_target(module: _Module) -> tuple[str, Node] | ConfigModule:
    """The expression the module exports by default (the last such statement wins)."""
    if module.call is not None:
        return _call_statement(module, module.call)
    found: tuple[str, Node] | None = None
    named = False
    for stmt in module.parsed.root.named_children:
        if stmt.type == "export_statement":
            value = stmt.child_by_field_name("value")
            declaration = stmt.child_by_field_name("declaration")
            if value is not None and any(c.type == "default" for c in stmt.children):
                found = ("export-default", value)
            elif declaration is not None and any(c.type == "default" for c in stmt.children):
                return ConfigModule(None, "export-default", "not-literal", OTHER, module.span(declaration)[0])
            elif declaration is not None:
                named = True
            default = _default_specifier(stmt)
            if default is not None:
                found = ("export-default", default)
        elif stmt.type == "expression_statement":
            target = _module_exports_value(stmt)
            if target is not None:
                found = ("module-exports", target)
    if found is not None:
        return found
    return ConfigModule(None, "", "no-default-export" if named else "no-export")


def _call_statement(module: _Module, name: str) -> tuple[str, Node] | ConfigModule:
    """The top-level statement ``name(...)`` (the last one wins), as a define call."""
    found = None
    for stmt in module.parsed.root.named_children:
        expr = stmt.named_children[0] if stmt.type == "expression_statement" and stmt.named_children else None
        callee = expr.child_by_field_name("function") if expr is not None and expr.type == "call_expression" else None
        if callee is not None and text_of(callee) == name:
            found = expr
    return ("define-call", found) if found is not None else ConfigModule(None, "", "no-export")


def _default_specifier(stmt: Node) -> Node | None:
    """``x`` in ``export { x as default }``."""
    for clause in stmt.named_children:
        if clause.type != "export_clause":
            continue
        for spec in clause.named_children:
            alias = spec.child_by_field_name("alias")
            if alias is not None and text_of(alias) == "default":
                return spec.child_by_field_name("name")
    return None


def _module_exports_value(stmt: Node) -> Node | None:
    """The right side of ``module.exports = ...``."""
    expr = stmt.named_children[0] if stmt.named_children else None
    if expr is None or expr.type != "assignment_expression":
        return None
    left = expr.child_by_field_name("left")
    if left is None or text_of(left).replace(" ", "") != "module.exports":
        return None
    return expr.child_by_field_name("right")


def _locate_object(module: _Module, expr: Node, shape: str) -> tuple[str, Node] | ConfigModule:
    """Follow calls, constants and config functions from the export to an object literal."""
    seen: set[int] = set()
    node = unwrap(expr)
    for _ in range(_MAX_STEPS):
        if node.id in seen:
            break
        seen.add(node.id)
        if node.type == "object":
            return shape, node
        step = _step(module, node)
        if isinstance(step, ConfigModule):
            return ConfigModule(None, shape, step.reason, step.detail, step.offset)
        shape = max(shape, step[0], key=_SHAPE_RANK.index)
        node = unwrap(step[1])
    return ConfigModule(None, shape, "not-literal", OTHER, module.span(expr)[0])


def _step(module: _Module, node: Node) -> tuple[str, Node] | ConfigModule:
    """One hop towards the object: into a define call, a constant, or a config function."""
    offset = module.span(node)[0]
    if node.type == "call_expression":
        callee = node.child_by_field_name("function")
        args = _arguments(node)
        if callee is not None and text_of(callee) in DEFINE_CALLS and args:
            return "define-call", args[0]
        return ConfigModule(None, "", "not-literal", CALL, offset)
    if node.type == "identifier":
        value = _resolve_const(module, node)
        if isinstance(value, str):
            return ConfigModule(None, "", value, IDENT, offset)
        return "const", value
    if node.type in ("arrow_function", "function_expression", "function"):
        base = _function_base(module, node)
        if base is None:
            return ConfigModule(None, "", "not-literal", OTHER, offset)
        return "function", base
    return ConfigModule(None, "", "not-literal", _reason(node), offset)


def _arguments(call: Node) -> list[Node]:
    """A call's arguments, comments left out."""
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def _function_base(module: _Module, function: Node) -> Node | None:
    """The base config a ``config/index`` function returns, alone or merged with dev/prod."""
    body = function.child_by_field_name("body")
    if body is None:
        return None
    returned = [body] if body.type != "statement_block" else [
        r.named_children[0] for r in walk(body, _FUNCTIONS) if r.type == "return_statement" and r.named_children]
    for value in returned:
        value = unwrap(value)
        candidates = _arguments(value) if value.type == "call_expression" else [value]
        for candidate in candidates:
            candidate = unwrap(candidate)
            if candidate.type == "identifier" and not isinstance(_resolve_const(module, candidate), str):
                return candidate
            if candidate.type == "object" and candidate.named_children:
                return candidate
    return None


# ---------------------------------------------------------------------------
# Constants: `const name = value` declared once and never changed


def _scopes(node: Node) -> list[Node]:
    """The statement blocks and program around ``node``, innermost first."""
    scopes: list[Node] = []
    current: Node | None = node.parent
    while current is not None:
        if current.type in ("statement_block", "program"):
            scopes.append(current)
        current = current.parent
    return scopes


def _declarations(scope: Node, name: str) -> list[Node]:
    """Everything in ``scope``'s own statements that binds ``name``."""
    found: list[Node] = []
    for stmt in scope.named_children:
        inner = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if inner is None:
            continue
        if inner.type in ("lexical_declaration", "variable_declaration"):
            found += [d for d in inner.named_children if d.type == "variable_declarator"
                      and name in pattern_names(d.child_by_field_name("name"))]
        elif inner.type in ("function_declaration", "class_declaration"):
            if name in pattern_names(inner.child_by_field_name("name")):
                found.append(inner)
        elif inner.type == "import_statement" and name in import_names(inner):
            found.append(inner)
    return found


def _resolve_const(module: _Module, ident: Node, scopes: list[Node] | None = None) -> Node | str:
    """The value of the one declaration of ``ident`` in scope, or a reason code."""
    name = text_of(ident)
    for scope in _scopes(ident) if scopes is None else scopes:
        found = _declarations(scope, name)
        if not found:
            continue
        declarator = found[0]
        value = declarator.child_by_field_name("value") if declarator.type == "variable_declarator" else None
        name_node = declarator.child_by_field_name("name")
        if len(found) > 1 or value is None or name_node is None or name_node.type != "identifier":
            return "not-literal"
        # A `const` holding a string or number cannot change; anything else must only be read.
        constant = declarator.parent is not None and text_of(declarator.parent.child_by_field_name("kind")) == "const"
        if not (constant and unwrap(value).type not in ("object", "array")) and \
                not _unchanged(module, name, name_node, scope):
            return "modified"
        return value
    return "not-literal"


def _unchanged(module: _Module, name: str, declared: Node, scope: Node) -> bool:
    """Whether every use of ``name`` inside ``scope`` only reads it (or exports / merges it)."""
    low, high = scope.start_byte, scope.end_byte
    for use in module.uses.get(name, ()):
        if use.id == declared.id or not low <= use.start_byte < high:
            continue
        if not _reads_only(use):
            return False
    return True


def _reads_only(use: Node) -> bool:
    """A use that cannot change the object: exported, returned, merged, or a plain member read."""
    parent = use.parent
    if parent is None or use.type != "identifier":
        return False
    if parent.type in ("export_statement", "export_specifier", "return_statement"):
        return True
    if parent.type == "arguments":
        call = parent.parent
        callee = call.child_by_field_name("function") if call is not None else None
        return text_of(callee) in DEFINE_CALLS | {"merge"}
    if parent.type == "assignment_expression":  # only `module.exports = name`
        statement = parent.parent
        return (statement is not None and statement.type == "expression_statement"
                and _module_exports_value(statement) == use)
    if parent.type in ("member_expression", "subscript_expression"):
        return _plain_member_read(parent)
    return False


def _plain_member_read(member: Node) -> bool:
    """``name.a.b`` whose value is read, not assigned, deleted, called or passed on."""
    top = member
    while top.parent is not None and top.parent.type in ("member_expression", "subscript_expression") \
            and top.parent.child_by_field_name("object") == top:
        top = top.parent
    outer = top.parent
    if outer is None:
        return True
    if outer.type in ("assignment_expression", "augmented_assignment_expression"):
        return outer.child_by_field_name("left") != top
    if outer.type == "unary_expression":
        return text_of(outer.child_by_field_name("operator")) != "delete"
    return outer.type not in ("update_expression", "call_expression", "arguments", "spread_element",
                              "shorthand_property_identifier", "pair", "array", "variable_declarator")


# ---------------------------------------------------------------------------
# Building the JsonNode tree


def _reason(node: Node) -> str:
    """The reason code of a value that is not a literal."""
    if node.type in ("identifier", "shorthand_property_identifier", "undefined"):
        return IDENT
    if node.type in ("call_expression", "new_expression", "await_expression"):
        return CALL
    if node.type == "ternary_expression":
        return CONDITIONAL
    if node.type == "template_string":
        return TEMPLATE
    return OTHER


def _build(module: _Module, obj: Node) -> JsNode:
    """The JsNode tree of an object literal, built with an explicit stack."""
    root = JsNode("object", *module.span(obj))
    module.origin[id(root)] = obj
    module.value_scopes = _scopes(obj)
    pending: list[tuple[Node, JsNode]] = [(obj, root)]
    while pending:
        source, target = pending.pop()
        fill = _fill_object if source.type == "object" else _fill_array
        pending.extend(fill(module, source, target))
    return root


def _fill_object(module: _Module, obj: Node, target: JsNode) -> list[tuple[Node, JsNode]]:
    """Members of ``obj`` into ``target``; returns the containers still to fill."""
    todo: list[tuple[Node, JsNode]] = []
    for child in obj.named_children:
        if child.type == "comment":
            continue
        start, end = module.span(child)
        if child.type == "spread_element":
            target.unknown.append(UnknownMember(SPREAD, start, end))
            continue
        key_node = _key_node(child)
        key = _key(key_node)
        if key is None or key_node is None:
            target.unknown.append(UnknownMember(COMPUTED_KEY, start, end))
            continue
        key_start, key_end = module.span(key_node)
        value = _member_value(module, child, todo)
        target.members.append(Member(key, key_start, key_end, value))
    return todo


def _key_node(member: Node) -> Node | None:
    """The key of a pair, the name of a method, or a shorthand property itself."""
    if member.type == "pair":
        return member.child_by_field_name("key")
    if member.type == "method_definition":
        return member.child_by_field_name("name")
    if member.type == "shorthand_property_identifier":
        return member
    return None


def _key(key: Node | None) -> str | None:
    """A static key as JavaScript names it (``0x10`` is "16"), or None when computed."""
    if key is None:
        return None
    if key.type in ("property_identifier", "shorthand_property_identifier", "private_property_identifier"):
        return text_of(key)
    if key.type == "string":
        return string_value(key)
    if key.type == "number":
        number = number_value(text_of(key))
        if number is None:
            return None
        return str(int(number)) if float(number).is_integer() and abs(number) < 1e21 else repr(number)
    return None


def _member_value(module: _Module, member: Node, todo: list[tuple[Node, JsNode]]) -> JsNode:
    """The value node of an object member."""
    if member.type == "method_definition":
        return JsNode("unknown", *module.span(member), value=OTHER)
    if member.type == "shorthand_property_identifier":
        return _value(module, member, todo)
    value = member.child_by_field_name("value")
    if value is None:
        return JsNode("unknown", *module.span(member), value=OTHER)
    return _value(module, value, todo)


def _fill_array(module: _Module, array: Node, target: JsNode) -> list[tuple[Node, JsNode]]:
    """Items of ``array`` into ``target`` (a hole ``[a,,b]`` is an unknown item)."""
    todo: list[tuple[Node, JsNode]] = []
    expect_item = True
    for child in array.children[1:-1]:
        if child.type == "comment":
            continue
        if child.type == ",":
            if expect_item:
                start, end = module.span(child)
                target.items.append(JsNode("unknown", start, start, value=OTHER))
            expect_item = True
            continue
        expect_item = False
        if child.type == "spread_element":
            target.items.append(JsNode("unknown", *module.span(child), value=SPREAD))
        else:
            target.items.append(_value(module, child, todo))
    return todo


def _value(module: _Module, node: Node, todo: list[tuple[Node, JsNode]]) -> JsNode:
    """A scalar node, or an empty container queued in ``todo`` to be filled."""
    start, end = module.span(node)
    inner = unwrap(node)
    if inner.type in ("object", "array"):
        container = JsNode(inner.type, *module.span(inner))
        module.origin[id(container)] = inner
        todo.append((inner, container))
        return container
    scalar = _literal(inner)
    if scalar is not None:
        return JsNode(scalar[0], *module.span(inner), value=scalar[1])
    if module.env is not None or inner.type in ("identifier", "shorthand_property_identifier"):
        folded = _fold(module, inner, 0)
        if folded is not None:
            return JsNode(folded[0], start, end, value=folded[1], written=False)
    return JsNode("unknown", start, end, value=_reason(inner))


def _literal(node: Node) -> tuple[str, Any] | None:
    """(kind, value) of a literal written in place: strings, numbers, true/false/null."""
    if node.type in ("string", "template_string"):
        value = string_value(node)
        return ("string", value) if value is not None else None
    if node.type == "number":
        number = number_value(text_of(node))
        return ("number", number) if number is not None else None
    if node.type in ("true", "false", "null"):
        return "literal", {"true": True, "false": False, "null": None}[node.type]
    if node.type == "unary_expression" and text_of(node.child_by_field_name("operator")) in ("-", "+"):
        argument = node.child_by_field_name("argument")
        number = number_value(text_of(argument)) if argument is not None and argument.type == "number" else None
        if number is not None:
            return "number", -number if text_of(node.child_by_field_name("operator")) == "-" else number
    return None


def _fold(module: _Module, node: Node, depth: int) -> tuple[str, Any] | None:
    """A value computed from constants and ``process.env`` (depth-bounded, so no deep recursion)."""
    node = unwrap(node)
    if depth > 24:
        return None
    literal = _literal(node)
    if literal is not None:
        return literal
    if node.type in ("identifier", "shorthand_property_identifier"):
        # Inside the config object every value shares the object's scopes (objects open none).
        value = _resolve_const(module, node, module.value_scopes if depth == 0 else None)
        return None if isinstance(value, str) else _fold(module, value, depth + 1)
    if module.env is None:
        return None
    text = _fold_string(module, node, depth)
    if text is not None:
        return "string", text
    if node.type == "ternary_expression":
        test = _fold_test(module, node.child_by_field_name("condition"), depth)
        branch = node.child_by_field_name("consequence" if test else "alternative")
        return _fold(module, branch, depth + 1) if test is not None and branch is not None else None
    return None


def _fold_string(module: _Module, node: Node, depth: int) -> str | None:
    """``process.env.X``, templates and ``+`` concatenations of known strings."""
    env = module.env or {}
    if node.type == "member_expression":
        obj = node.child_by_field_name("object")
        name = text_of(node.child_by_field_name("property"))
        return env.get(name) if obj is not None and text_of(obj).replace(" ", "") == "process.env" else None
    if node.type == "template_string":
        parts: list[str] = []
        for part in node.named_children:
            if part.type == "template_substitution":
                inner = _fold(module, part.named_children[0], depth + 1) if part.named_children else None
                if inner is None or inner[0] != "string":
                    return None
                parts.append(inner[1])
            else:
                parts.append(cooked(part, template=True))
        return "".join(parts)
    if node.type == "binary_expression" and text_of(node.child_by_field_name("operator")) == "+":
        sides = [_fold(module, node.child_by_field_name(s), depth + 1) for s in ("left", "right")]
        if all(s is not None and s[0] == "string" for s in sides):
            return "".join(s[1] for s in sides if s is not None)
    return None


def _fold_test(module: _Module, test: Node | None, depth: int) -> bool | None:
    """``a === b`` / ``!==`` / ``==`` / ``!=`` between two known strings."""
    test = unwrap(test) if test is not None else None
    if test is None or test.type != "binary_expression":
        return None
    operator = text_of(test.child_by_field_name("operator"))
    if operator not in ("===", "==", "!==", "!="):
        return None
    sides = [_fold(module, test.child_by_field_name(s), depth + 1) for s in ("left", "right")]
    if any(s is None for s in sides):
        return None
    same = sides[0] == sides[1]
    return same if operator in ("===", "==") else not same


# ---------------------------------------------------------------------------
# The file's style, and values written in it


@record(frozen=True)
class JsStyle:
    """How a module writes literals, so that inserted code looks like the rest of it."""

    quote: str  # "'" or '"'
    quote_keys: bool  # keys quoted even where an identifier would do
    trailing_comma: bool  # multi-line objects and arrays end with a comma
    brace_space: bool  # `{ a: 1 }` rather than `{a: 1}` on one line
    layout: Layout


def detect_style(parsed: Parsed) -> JsStyle:
    """The quotes, key quoting, trailing commas and layout ``parsed`` already uses."""
    quotes = {"'": 0, '"': 0}
    keys = {True: 0, False: 0}
    trailing = {True: 0, False: 0}
    spaced = {True: 0, False: 0}
    for node in walk(parsed.root):
        if node.type == "string" and node.text:
            first = node.text[:1].decode("ascii", "replace")
            quotes[first] = quotes.get(first, 0) + 1
        elif node.type == "pair":
            key = node.child_by_field_name("key")
            if key is not None and key.type in ("string", "property_identifier") and \
                    IDENTIFIER.fullmatch(string_value(key) if key.type == "string" else text_of(key) or ""):
                keys[key.type == "string"] += 1
        elif node.type in ("object", "array") and node.named_child_count:
            _count_layout(node, trailing, spaced)
    return JsStyle("'" if quotes["'"] >= quotes['"'] else '"', keys[True] > keys[False],
                   trailing[True] > trailing[False], spaced[True] >= spaced[False],
                   layout_of(parsed.text))


def _count_layout(node: Node, trailing: dict[bool, int], spaced: dict[bool, int]) -> None:
    """Tally a container's trailing comma (multi-line) or brace spacing (one-line object)."""
    if node.start_point.row != node.end_point.row:
        entries = [c for c in node.children[1:-1] if c.type != "comment"]
        if entries:
            trailing[entries[-1].type == ","] += 1
    elif node.type == "object" and len(node.children) > 2:
        spaced[node.children[1].start_byte > node.children[0].end_byte] += 1


def js_string(value: str, quote: str) -> str:
    """A JS string literal of ``value`` in ``quote``."""
    out = [quote]
    for char in value:
        if char in ("\\", quote):
            out.append("\\" + char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or char in ("\u2028", "\u2029"):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append(quote)
    return "".join(out)


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def js_key(key: str, style: JsStyle) -> str:
    """An object key as the file writes keys."""
    return key if IDENTIFIER.fullmatch(key) and not style.quote_keys else js_string(key, style.quote)


def js_literal(value: JsValue, style: JsStyle, indent: str = "", multiline: bool = True) -> str:
    """``value`` as JS source; nested lines start with ``indent`` plus the file's unit."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} has no JSON-like literal")
        return repr(value)
    if isinstance(value, str):
        return js_string(value, style.quote)
    if isinstance(value, dict):
        parts = [f"{js_key(str(k), style)}: {js_literal(v, style, indent + style.layout.indent, multiline)}"
                 for k, v in value.items()]
        return _container("{", "}", parts, style, indent, multiline)
    if isinstance(value, (list, tuple)):
        nested = multiline and any(isinstance(v, (dict, list, tuple)) for v in value)
        parts = [js_literal(v, style, indent + style.layout.indent, multiline) for v in value]
        return _container("[", "]", parts, style, indent, nested)
    raise TypeError(f"cannot write {type(value).__name__} as a JS literal")


def _container(open_: str, close: str, parts: list[str], style: JsStyle, indent: str, multiline: bool) -> str:
    """Join serialised entries on one line or one per line."""
    if not parts:
        return open_ + close
    if not multiline:
        pad = " " if style.brace_space and open_ == "{" else ""
        return f"{open_}{pad}{', '.join(parts)}{pad}{close}"
    nl, inner = style.layout.newline, indent + style.layout.indent
    tail = "," if style.trailing_comma else ""
    return f"{open_}{nl}{inner}" + f",{nl}{inner}".join(parts) + f"{tail}{nl}{indent}{close}"


# ---------------------------------------------------------------------------
# Writers


def plan_insert_member(text: str, filename: str, path: Sequence[PathItem], key: str, value: JsValue, *,
                       env: Mapping[str, str] | None = None, call: str | None = None) -> TextEdit:
    """Add ``key: value`` to the object at ``path``, in the file's style (checked to read back)."""
    parsed, style, module, config = _prepare(text, filename, env, call)
    snippet = f"{js_key(key, style)}: {js_literal(value, style)}"
    target = _navigate(config, path, snippet, "object", [*path, key])
    if target.member(key) is not None:
        raise ConfigEditError("exists", [*path, key], [*path, key], snippet, target.member(key).key_start)
    def member(indent: str, multiline: bool) -> str:
        return f"{js_key(key, style)}: {js_literal(value, style, indent, multiline)}"

    edit = _plan_entry(parsed, _container_node(module, target), style, member, multiline_empty=True)
    _verify(text, filename, env, edit, [*path, key], value, call)
    return edit


def plan_append_item(text: str, filename: str, path: Sequence[PathItem], value: JsValue, *,
                     env: Mapping[str, str] | None = None, call: str | None = None) -> TextEdit:
    """Append ``value`` to the array at ``path``, in the file's style (checked to read back)."""
    parsed, style, module, config = _prepare(text, filename, env, call)
    target = _navigate(config, path, js_literal(value, style), "array", [*path, "-"])
    array = _container_node(module, target)
    edit = _plan_entry(parsed, array, style, lambda ind, many: js_literal(value, style, ind, many),
                       multiline_empty=isinstance(value, (dict, list, tuple)))
    _verify(text, filename, env, edit, [*path, -1], value, call)
    return edit


def plan_replace_value(text: str, filename: str, path: Sequence[PathItem], value: JsValue, *,
                       env: Mapping[str, str] | None = None) -> TextEdit:
    """Replace the scalar at ``path`` with ``value`` (a string keeps its own quote character)."""
    _, style, _, config = _prepare(text, filename, env)
    name = path[-1] if path and isinstance(path[-1], str) else None
    snippet = js_literal(value, style) if name is None else f"{js_key(name, style)}: {js_literal(value, style)}"
    target = _navigate(config, path, snippet, "scalar")
    quote = text[target.start] if target.kind == "string" and text[target.start] in "'\"" else style.quote
    written = js_literal(value, replace(style, quote=quote), line_indent(text, target.start))
    edit = TextEdit(target.start, target.end, written)
    _verify(text, filename, env, edit, path, value)
    return edit


def _prepare(text: str, filename: str, env: Mapping[str, str] | None,
             call: str | None = None) -> tuple[Parsed, JsStyle, _Module, ConfigModule]:
    """Parse, read and detect the style once for a writer."""
    parsed = Parsed(text, grammar_for(filename))
    module = _Module(parsed, env, call)
    return parsed, detect_style(parsed), module, _read(module)


def _refuse(reason: str, path: Sequence[PathItem], at: Sequence[PathItem], snippet: str, node: JsonNode | None,
            detail: str = "") -> ConfigEditError:
    """The error for a step that cannot be taken; ``node`` is where the user must look."""
    return ConfigEditError(reason, path, at, snippet, node.start if node is not None else None, detail)


def _navigate(config: ConfigModule, path: Sequence[PathItem], snippet: str, want: str,
              goal: Sequence[PathItem] | None = None) -> JsNode:
    """The node at ``path``, when every step is a written literal that nothing can override."""
    # Errors name ``goal`` (what the caller wants to create, default ``path``) and where it stopped.
    goal = path if goal is None else goal
    if config.root is None:
        raise ConfigEditError("not-found", goal, (), snippet, config.offset, config.reason)
    if not config.syntax_ok:  # the result could not be checked: never edit a broken file
        raise ConfigEditError("syntax-error", goal, (), snippet, None)
    node: JsonNode = config.root
    try:
        for depth in range(len(path)):
            node = _child(node, path, depth, snippet)
        return _check_target(node, path, snippet, want)
    except ConfigEditError as error:
        error.path = tuple(goal)
        raise


def _child(node: JsonNode, path: Sequence[PathItem], depth: int, snippet: str) -> JsonNode:
    """One step down ``path``: a member of an object or an item of an array."""
    step, at = path[depth], path[:depth]
    _check_container(node, "object" if isinstance(step, str) else "array", path, at, snippet)
    if isinstance(step, str):
        member = node.member(step)
        if isinstance(node, JsNode) and not node.settled(step):
            raise _refuse("unsettled", path, at, snippet, node, node.unknown[-1].reason)
        if member is None:
            raise _refuse("missing", path, at, snippet, node)
        return member.value
    if any(i.kind == "unknown" and i.value == SPREAD for i in node.items[: step + 1]):
        raise _refuse("unsettled", path, at, snippet, node, SPREAD)
    if not 0 <= step < len(node.items):
        raise _refuse("missing", path, at, snippet, node)
    return node.items[step]


def _check_container(node: JsonNode, kind: str, path: Sequence[PathItem], at: Sequence[PathItem],
                     snippet: str) -> None:
    """Refuse a node that is not a written literal of ``kind``."""
    if node.kind == "unknown":
        raise _refuse("not-literal", path, at, snippet, node, str(node.value))
    if isinstance(node, JsNode) and not node.written:
        raise _refuse("not-literal", path, at, snippet, node, IDENT)
    if node.kind != kind:
        raise _refuse(f"not-{kind}", path, at, snippet, node, node.kind)


def _check_target(node: JsonNode, path: Sequence[PathItem], snippet: str, want: str) -> JsNode:
    """The final node must be a written literal of the wanted kind, with known keys for objects."""
    if want == "any":
        return cast(JsNode, node)
    if want == "scalar":
        if node.kind in ("object", "array"):
            raise _refuse("not-scalar", path, path, snippet, node, node.kind)
        _check_container(node, node.kind if node.kind != "unknown" else "scalar", path, path, snippet)
    else:
        _check_container(node, want, path, path, snippet)
    found = cast(JsNode, node)  # every node read from a module is a JsNode
    if want == "object" and found.unknown:
        raise _refuse("unsettled", path, path, snippet, found, found.unknown[0].reason)
    return found


def _container_node(module: _Module, target: JsNode) -> Node:
    """The object/array literal a container node was read from."""
    return module.origin[id(target)]


Render = Callable[[str, bool], str]  # (indent of the entry's line, multi-line?) -> entry source


def _plan_entry(parsed: Parsed, cont: Node, style: JsStyle, render: Render, multiline_empty: bool) -> TextEdit:
    """Add one entry (member or item) at the end of an object or array literal."""
    entries = [c for c in cont.named_children if c.type != "comment"]
    if not entries:
        return _plan_first_entry(parsed, cont, style, render, multiline_empty)
    if cont.start_point.row == cont.end_point.row:
        return _plan_inline_entry(parsed, cont, entries, render)
    return _plan_next_line_entry(parsed, cont, entries, style, render)


def _plan_first_entry(parsed: Parsed, cont: Node, style: JsStyle, render: Render, multiline: bool) -> TextEdit:
    """An entry in an empty ``{}`` / ``[]`` (comments inside it stay)."""
    text, nl = parsed.text, style.layout.newline
    open_end, close = parsed.char(cont.children[0].end_byte), parsed.char(cont.children[-1].start_byte)
    base = line_indent(text, parsed.char(cont.start_byte))
    inner = base + style.layout.indent
    multiline = multiline and "\n" in text and not _on_one_line(cont.parent)
    entry = render(inner if multiline else base, multiline) + ("," if multiline and style.trailing_comma else "")
    if not text[open_end:close].strip():
        pad = " " if style.brace_space and cont.type == "object" else ""
        return TextEdit(open_end, close, f"{nl}{inner}{entry}{nl}{base}" if multiline else f"{pad}{entry}{pad}")
    if first_on_line(text, close):
        at = line_start(text, close)
        return TextEdit(at, at, f"{inner}{entry}{nl}")
    return TextEdit(close, close, f"{nl}{inner}{entry}{nl}{base}")


def _on_one_line(node: Node | None) -> bool:
    """Whether the object or array around an empty one is written on one line (keep it so)."""
    while node is not None and node.type not in ("object", "array"):
        node = node.parent
    return node is not None and node.start_point.row == node.end_point.row


def _plan_inline_entry(parsed: Parsed, cont: Node, entries: list[Node], render: Render) -> TextEdit:
    """An entry in a one-line literal, after its last one, with the separator it uses."""
    text = parsed.text
    last_end = parsed.char(entries[-1].end_byte)
    gap = text[parsed.char(entries[-2].end_byte):parsed.char(entries[-1].start_byte)] if len(entries) > 1 else ", "
    gap = gap if re.fullmatch(r", *", gap) else ", "
    entry = render(line_indent(text, parsed.char(cont.start_byte)), False)
    comma = next((c for c in cont.children if c.type == "," and c.start_byte >= entries[-1].end_byte), None)
    if comma is not None:  # `{ a: 1, }` keeps its trailing comma after the new entry
        at = parsed.char(comma.end_byte)
        return TextEdit(at, at, f"{gap[1:]}{entry},")
    return TextEdit(last_end, last_end, gap + entry)


def _plan_next_line_entry(parsed: Parsed, cont: Node, entries: list[Node], style: JsStyle,
                          render: Render) -> TextEdit:
    """An entry on its own line after the last one; same-line comments stay where they are."""
    text, nl = parsed.text, style.layout.newline
    last = entries[-1]
    anchor, comma = _anchor(cont, last)
    anchor_end, close = parsed.char(anchor.end_byte), parsed.char(cont.children[-1].start_byte)
    indents = [line_indent(text, p) for p in (parsed.char(e.start_byte) for e in reversed(entries))
               if first_on_line(text, p)]
    indent = indents[0] if indents else line_indent(text, parsed.char(cont.start_byte)) + style.layout.indent
    entry = render(indent, True)
    end, suffix = anchor_end, ""
    if "\n" not in text[anchor_end:close]:  # `... last }`: the bracket moves to its own line
        end, suffix = close, nl + line_indent(text, parsed.char(cont.start_byte))
    if comma:
        return TextEdit(anchor_end, end, f"{nl}{indent}{entry},{suffix}")
    last_end = parsed.char(last.end_byte)
    return TextEdit(last_end, end, f",{text[last_end:anchor_end]}{nl}{indent}{entry}{suffix}")


def _anchor(cont: Node, last: Node) -> tuple[Node, bool]:
    """Past the last entry, its comma and any comment on the line where it ends; and the comma."""
    after = [c for c in cont.children[:-1] if c.start_byte >= last.end_byte]
    comma = any(c.type == "," for c in after)
    anchor = last
    for child in after:
        if child.type == "," or child.start_point.row == anchor.end_point.row:
            anchor = child
        elif comma and any(c.type == "," for c in after if c.start_byte > child.start_byte):
            continue  # a comment between the entry and its comma on a later line
        else:
            break
    return anchor, comma


def _verify(text: str, filename: str, env: Mapping[str, str] | None, edit: TextEdit,
            path: Sequence[PathItem], value: JsValue, call: str | None = None) -> None:
    """An edit that does not parse or read back is a bug here, never something to write."""
    # ``path`` ends with -1 for an appended item: the array's last one is checked.
    path = list(path)
    result = apply_edits(text, [edit])
    parsed = Parsed(result, grammar_for(filename))
    config = _read(_Module(parsed, env, call))
    try:
        node = _navigate(config, path[:-1], "", "any") if parsed.ok and path[-1:] == [-1] else \
            _navigate(config, path, "", "any") if parsed.ok else None
    except ConfigEditError:
        node = None
    if node is not None and path[-1:] == [-1]:  # appended: the array's last item
        node = node.items[-1] if node.kind == "array" and node.items else None
    expected = list(value) if isinstance(value, tuple) else value
    if node is None or node.to_python() != expected:
        raise ValueError("internal error: the planned edit does not read back; nothing was planned")
