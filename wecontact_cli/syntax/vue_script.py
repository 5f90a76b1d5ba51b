"""A ``.vue`` component's script: the names its template can call, and where new handlers go.

Read with tree-sitter (script.py's parsers), never with patterns. Options API components
(``export default {...}``, ``defineComponent({...})``, ``Vue.extend({...})``) expose their
``methods`` (and what ``setup()`` returns as an object literal); ``<script setup>`` exposes every
top-level binding. Mixins, ``extends``, spreads and computed keys make the answer "cannot be
known" with a reason. Insertions are planned in the file's own indentation, quotes, semicolons
and line breaks, only into a script that parses, and are checked by parsing the result back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.records import record
from wecontact_cli.syntax.jscommon import indent_unit, newline_of, unwrap
from wecontact_cli.syntax.page_script import (
    Layout, reindent_member, InsertionPoint, object_member, plan_members, _insertion_point, _line_indent, _may_be_callable,
    _members, _parser, _Source, _text, _Unknown,
)
from wecontact_cli.syntax.vue import Block, Sfc

if TYPE_CHECKING:
    from tree_sitter import Node

_CONSTRUCTORS = frozenset({"defineComponent", "Vue.extend", "_defineComponent", "defineNuxtComponent"})
_SCRIPT_LANGS = {None: False, "": False, "js": False, "javascript": False, "ts": True, "typescript": True,
                 "tsx": True}
_OTHER_OPTIONS = ("data", "props", "computed", "inject")
_STATEMENTS = frozenset({"expression_statement", "lexical_declaration", "variable_declaration", "return_statement",
                         "throw_statement", "break_statement", "continue_statement", "do_statement"})
_ASI_HAZARDS = tuple("([`+-/")


@record(frozen=True)
class ScriptInfo:
    """What a component's template can call, as far as it can be known statically."""

    names: frozenset[str] | None  # callable from the template; None: cannot be known (see reason)
    reason: Message | None
    other_names: frozenset[str] | None  # data/props/computed/inject keys (None: not all known)
    style: Literal["options", "setup", "class", "none"]  # where the handlers live ("none": no script)
    syntax_ok: bool
    typescript: bool


@record(frozen=True)
class HandlerInsertion:
    """The edit that adds missing handlers (offsets in the whole .vue text), or why there is none."""

    edit: TextEdit | None  # None: nothing to add, or refused (reason)
    added: tuple[str, ...]
    reason: Message | None = None


@record(frozen=True)
class _Code:
    """One script block parsed: its text, tree and where it sits in the .vue file."""

    block: Block
    text: str
    root: Node
    typescript: bool


def analyze_script(text: str, sfc: Sfc) -> ScriptInfo:
    """The handler names a component's template can call (``sfc`` from ``split_sfc(text)``)."""
    blocks = [b for b in (sfc.script_setup, sfc.script) if b is not None]
    if not blocks:
        return ScriptInfo(frozenset(), None, frozenset(), "none", True, False)
    names: set[str] = set()
    others: set[str] | None = set()
    typescript = any(_SCRIPT_LANGS.get(b.lang, False) for b in blocks)
    style: Literal["options", "setup", "class", "none"] = "setup" if sfc.script_setup is not None else "options"
    for block in blocks:
        code = _parse(text, block)
        if isinstance(code, Message):
            return ScriptInfo(None, code, None, style, False, typescript)
        target = None if block.setup else _default_export(code.root)
        if style == "options" and target is not None and target.type in ("class", "class_declaration"):
            style = "class"
        found = _setup_bindings(code.root) if block.setup else _options_names(code, target)
        if isinstance(found, Message):
            return ScriptInfo(None, found, None, style, True, typescript)
        names |= found[0]
        others = None if others is None or found[1] is None else others | found[1]
    return ScriptInfo(frozenset(names), None, None if others is None else frozenset(others), style, True,
                      typescript)


def plan_handlers(text: str, sfc: Sfc, handlers: list[tuple[str, str]]) -> HandlerInsertion:
    """Add handlers given as method sources (``name(e) {...}``) that the component lacks.

    They go at the end of ``<script setup>`` as function declarations, else into the options
    object's ``methods`` (added when absent); a file without a script gets a ``<script>`` block.
    """
    info = analyze_script(text, sfc)
    if info.names is None:
        return HandlerInsertion(None, (), info.reason)
    known = info.names | (info.other_names or frozenset())
    wanted = {n: s for n, s in reversed(handlers) if n not in known}
    wanted = dict(reversed(list(wanted.items())))
    if not wanted:
        return HandlerInsertion(None, ())
    if info.style == "none":
        edit = _new_script_block(text, sfc, wanted)
    elif info.style == "setup" and sfc.script_setup is not None:
        edit = _append_to_setup(text, sfc.script_setup, wanted)
    elif info.style == "options" and sfc.script is not None:
        edit = _into_methods(text, sfc.script, wanted)
    else:
        return HandlerInsertion(None, (), msg("vuescript.no_place"))
    if isinstance(edit, Message):
        return HandlerInsertion(None, (), edit)
    _check(apply_edits(text, [edit]), wanted)
    return HandlerInsertion(edit, tuple(wanted))


# -- reading ----------------------------------------------------------------------------------


def _parse(text: str, block: Block) -> _Code | Message:
    """The block's code, or why it cannot be read (another language, an external file, a syntax error)."""
    if block.get("src") is not None:
        return msg("vuescript.external", src=block.get("src") or "")
    if block.lang not in _SCRIPT_LANGS:
        return msg("vuescript.lang", lang=block.lang or "")
    typescript = _SCRIPT_LANGS[block.lang]
    code = text[block.content_start:block.content_end]
    root = _parser(typescript).parse(code.encode("utf-8", "surrogatepass")).root_node
    if root.has_error:
        line = text.count("\n", 0, block.content_start) + _first_error_row(root) + 1
        return msg("vuescript.syntax_error", line=line)
    return _Code(block, code, root, typescript)


def _first_error_row(root: Node) -> int:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            return node.start_point.row
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_error or c.is_missing]))
    return root.start_point.row


def _setup_bindings(root: Node) -> tuple[frozenset[str], frozenset[str]]:
    """Every top-level binding of ``<script setup>``: the template sees them all."""
    names: set[str] = set()
    for statement in root.named_children:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type == "import_statement":
            names.update(_imported(statement))
        elif statement.type in ("function_declaration", "generator_function_declaration", "class_declaration",
                                "abstract_class_declaration", "enum_declaration"):
            name = statement.child_by_field_name("name")
            if name is not None:
                names.add(_text(name))
        elif statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                if declarator.type == "variable_declarator":
                    names.update(_pattern_names(declarator.child_by_field_name("name")))
    return frozenset(names), frozenset()


def _imported(statement: Node) -> set[str]:
    """The value names an import binds (type-only imports bind none)."""
    if any(c.type == "type" for c in statement.children):
        return set()
    names: set[str] = set()
    for clause in (c for c in statement.named_children if c.type == "import_clause"):
        stack = list(clause.named_children)
        while stack:
            node = stack.pop()
            if node.type == "identifier":
                names.add(_text(node))
            elif node.type == "import_specifier" and not any(c.type == "type" for c in node.children):
                alias = node.child_by_field_name("alias") or node.child_by_field_name("name")
                if alias is not None:
                    names.add(_text(alias))
            elif node.type in ("named_imports", "namespace_import"):
                stack.extend(node.named_children)
    return names


def _pattern_names(pattern: Node | None) -> set[str]:
    """The names a declarator binds, destructuring included."""
    names: set[str] = set()
    stack = [pattern] if pattern is not None else []
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            names.add(_text(node))
        elif node.type == "pair_pattern":
            stack.extend(n for n in (node.child_by_field_name("value"),) if n is not None)
        elif node.type in ("assignment_pattern", "object_assignment_pattern"):
            stack.extend(n for n in (node.child_by_field_name("left"),) if n is not None)
        elif node.type in ("object_pattern", "array_pattern", "rest_pattern"):
            stack.extend(node.named_children)
    return names


def _options_names(code: _Code, target: Node | None) -> tuple[frozenset[str], frozenset[str] | None] | Message:
    """``methods`` keys (and what ``setup()`` returns) of the default-exported options object."""
    if target is None:
        return msg("vuescript.no_export")
    if target.type in ("class", "class_declaration"):
        return _class_methods(target)
    options = _options_object(code.root, target)
    if options is None:
        return msg("vuescript.not_object")
    try:
        members = _members(options)
        for key in ("mixins", "extends"):
            value = members.get(key)
            if value is not None and not (key == "mixins" and unwrap(value).type == "array"
                                          and not unwrap(value).named_children):
                return msg("vuescript.mixins", option=key)
        names = set(_callable_keys(members.get("methods")))
        if "setup" in members:
            returned = _setup_returns(members["setup"])
            if returned is None:
                return msg("vuescript.setup_return")
            names |= returned
        return frozenset(names), _other_names(members)
    except _Unknown:
        return msg("vuescript.hidden_keys")


def _default_export(root: Node) -> Node | None:
    for statement in root.named_children:
        if statement.type == "export_statement" and any(c.type == "default" for c in statement.children):
            return statement.child_by_field_name("value") or statement.child_by_field_name("declaration")
    return None


def _options_object(root: Node, node: Node) -> Node | None:
    """The object literal behind ``export default``: itself, a known wrapper call, or a const."""
    node = unwrap(node)
    if node.type == "call_expression":
        function = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        args = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        if function is None or _text(function) not in _CONSTRUCTORS or not args:
            return None
        node = unwrap(args[0])
    if node.type == "identifier":
        node = _constant(root, _text(node))
    return node if node is not None and node.type == "object" else None


def _constant(root: Node, name: str) -> Node | None:
    """The object literal of ``const name = {...}`` at top level, if the name is used nowhere else."""
    values = [d.child_by_field_name("value") for s in root.named_children if s.type == "lexical_declaration"
              and _text(s.children[0]) == "const" for d in s.named_children
              if d.type == "variable_declarator" and _text(d.child_by_field_name("name") or d) == name]
    if len(values) != 1 or values[0] is None or _uses(root, name) != 2:  # the declaration and the export
        return None
    return unwrap(values[0])


def _uses(root: Node, name: str) -> int:
    count, stack = 0, [root]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier") and _text(node) == name:
            count += 1
        stack.extend(node.children)
    return count


def _callable_keys(methods: Node | None) -> list[str]:
    if methods is None:
        return []
    obj = unwrap(methods)
    if obj.type != "object":
        raise _Unknown("methods")
    return [name for name, value in _members(obj).items() if _may_be_callable(value)]


def _other_names(members: dict[str, Node]) -> frozenset[str] | None:
    """Keys of data()'s returned object, props, computed and inject (None: not all literal)."""
    names: set[str] = set()
    for key in _OTHER_OPTIONS:
        value = members.get(key)
        if value is None:
            continue
        found = _setup_returns(value) if key == "data" and _is_function(value) else _keys_of(value)
        if found is None:
            return None
        names |= found
    return frozenset(names)


def _keys_of(value: Node) -> set[str] | None:
    """An object's keys, or an array's string items (``props: ['a']``)."""
    value = unwrap(value)
    if value.type == "object":
        return set(_members(value))
    if value.type == "array":
        items = [i for i in value.named_children if i.type != "comment"]
        if all(i.type == "string" for i in items):
            return {_text(i)[1:-1] for i in items}
    return None


def _is_function(value: Node) -> bool:
    return value.type == "method_definition" or unwrap(value).type in (
        "function_expression", "function", "arrow_function")


def _setup_returns(value: Node) -> set[str] | None:
    """Keys of the object literal a function returns (every return), None when not that simple."""
    function = value if value.type == "method_definition" else unwrap(value)
    body = function.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":  # `() => ({...})`
        returned = unwrap(body)
        return set(_members(returned)) if returned.type == "object" else None
    keys: set[str] = set()
    stack = list(body.named_children)
    found = False
    while stack:
        node = stack.pop()
        if node.type in ("function_declaration", "function_expression", "arrow_function", "method_definition",
                         "class_declaration", "class", "generator_function_declaration"):
            continue  # a nested function's return is not setup's
        if node.type == "return_statement":
            returned = next((c for c in node.named_children if c.type != "comment"), None)
            if returned is None or unwrap(returned).type != "object":
                return None
            keys |= set(_members(unwrap(returned)))
            found = True
            continue
        stack.extend(node.named_children)
    return keys if found else None


def _class_methods(target: Node) -> tuple[frozenset[str], frozenset[str]] | Message:
    """A class component (vue-property-decorator): its methods, if it extends Vue itself."""
    heritage = next((c for c in target.named_children if c.type == "class_heritage"), None)
    base = _text(heritage).split(None, 1)[-1].strip() if heritage is not None else ""
    if base not in ("Vue", ""):
        return msg("vuescript.class_extends", base=base[:40])
    body = target.child_by_field_name("body")
    names = set()
    for member in body.named_children if body is not None else []:
        name = member.child_by_field_name("name") if member.type == "method_definition" else None
        if name is not None and "get" not in {c.type for c in member.children}:
            names.add(_text(name))
    return frozenset(names), frozenset()


# -- writing ----------------------------------------------------------------------------------


@record(frozen=True)
class _Style:
    """How the script writes code: indentation, line break, quotes, semicolons."""

    indent: str  # of top-level statements
    unit: str
    newline: str
    quote: str  # "'" or '"'
    semicolons: bool | None  # None: the script shows no preference


def _style_of(code: _Code) -> _Style:
    quotes = {"'": 0, '"': 0}
    ends = {True: 0, False: 0}
    stack = [code.root]
    while stack:
        node = stack.pop()
        if node.type == "string" and node.children and _text(node.children[0]) in quotes:
            quotes[_text(node.children[0])] += 1
        elif node.type in _STATEMENTS or node.type == "import_statement":
            ends[bool(node.children) and node.children[-1].type == ";"] += 1
        stack.extend(node.named_children)
    first = next((s for s in code.root.named_children if s.type != "comment"), None)
    src = _Source(code.text)
    indent = _line_indent(code.text, src.char(first.start_byte)) if first is not None else ""
    semicolons = None if ends[True] == ends[False] else ends[True] > ends[False]
    return _Style(indent, indent_unit(code.text), newline_of(code.text), '"' if quotes['"'] > quotes["'"] else "'",
                  semicolons)


def _restyle(source: str, style: _Style, typescript: bool) -> str:
    """A method's source with the file's quotes and, when it uses none, without semicolons."""
    wrapped = f"({{\n{source}\n}})"
    src = _Source(wrapped)
    root = _parser(typescript).parse(src.data).root_node
    edits: list[TextEdit] = []
    other = '"' if style.quote == "'" else "'"
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "string" and _text(node).startswith(other) and style.quote not in _text(node):
            start, end = src.char(node.start_byte), src.char(node.end_byte)
            edits += [TextEdit(start, start + 1, style.quote), TextEdit(end - 1, end, style.quote)]
        elif (style.semicolons is False and node.type in _STATEMENTS and node.children[-1].type == ";"
              and node.parent is not None and not node.parent.type.startswith("for")):
            after = wrapped[src.char(node.end_byte):].lstrip()
            if not after.startswith(_ASI_HAZARDS):
                end = src.char(node.end_byte)
                edits.append(TextEdit(end - 1, end, ""))
        stack.extend(node.children)
    return apply_edits(wrapped, edits)[3:-3]


def _append_to_setup(text: str, block: Block, wanted: dict[str, str]) -> TextEdit | Message:
    """Function declarations after the last statement of ``<script setup>``."""
    code = _parse(text, block)
    if isinstance(code, Message):
        return code
    style = _style_of(code)
    content = code.text
    last = len(content.rstrip())
    functions = [_declaration(n, _restyle(s, style, code.typescript), style, code.typescript)
                 for n, s in wanted.items()]
    nl = style.newline
    gap = nl + nl if last else ""
    body = (nl + nl).join(functions)
    tail = content[last:]
    closing = tail if "\n" in tail else nl  # keep the block's closing line break
    start = block.content_start + last
    return TextEdit(start, block.content_end, gap + body + closing)


def _declaration(name: str, method: str, style: _Style, typescript: bool) -> str:
    """``name(e) {...}`` as ``function name(e) {...}`` at the script's indentation."""
    lines = reindent_member(name, method, Layout(style.indent, style.unit, style.newline), typescript)
    head = lines[len(style.indent):]
    keyword = "async function " + head[6:] if head.startswith("async ") else "function " + head
    return style.indent + keyword


def _into_methods(text: str, block: Block, wanted: dict[str, str]) -> TextEdit | Message:
    """Members of the options object's ``methods`` (added when absent), as script.py inserts them."""
    code = _parse(text, block)
    if isinstance(code, Message):
        return code
    target = _default_export(code.root)
    options = _options_object(code.root, target) if target is not None else None
    if options is None:
        return msg("vuescript.no_place")
    members = _members(options)
    methods = unwrap(members["methods"]) if "methods" in members else None
    src = _Source(code.text)
    point = _insertion_point(src, methods if methods is not None else options, methods is None)
    style = _style_of(code)
    sources = {n: _restyle(s, style, code.typescript) for n, s in wanted.items()}
    edit = _member_edit(code.text, point, sources, code.typescript)
    return TextEdit(edit.start + block.content_start, edit.end + block.content_start, edit.text)


def _member_edit(text: str, point: InsertionPoint, sources: dict[str, str], typescript: bool) -> TextEdit:
    """The members (and a ``methods:`` key when there is none) added in the script's own style."""
    members = list(sources.items())
    if point.needs_methods_key:
        members = [("methods", object_member("methods", members, point.trailing_comma, typescript))]
    return plan_members(text, point, members, typescript)


def _new_script_block(text: str, sfc: Sfc, wanted: dict[str, str]) -> TextEdit:
    """A ``<script>`` block with ``export default { methods }`` after the template (or at the end)."""
    nl = newline_of(text)
    unit = indent_unit(text[sfc.template.content_start:sfc.template.content_end]) if sfc.template else "  "
    style = _Style("", unit, nl, "'", None)
    members = ("," + nl).join(reindent_member(n, _restyle(s, style, False), Layout(unit * 2, unit, nl), False)
                              for n, s in wanted.items())
    block = f"<script>{nl}export default {{{nl}{unit}methods: {{{nl}{members}{nl}{unit}}}{nl}}}{nl}</script>"
    if sfc.template is not None:
        return TextEdit(sfc.template.end, sfc.template.end, nl + nl + block)
    lead = nl if text and not text.endswith("\n") else ""
    return TextEdit(len(text), len(text), lead + block + nl)


def _check(new_text: str, wanted: dict[str, str]) -> None:
    """An edit that breaks the component is a bug here, never something to write to a user's file."""
    from wecontact_cli.syntax.vue import split_sfc

    after = analyze_script(new_text, split_sfc(new_text))
    if not after.syntax_ok or after.names is None or not set(wanted) <= after.names:
        raise ValueError("internal error: the planned insertion does not parse back; nothing was planned")
