"""A cell written in a Taro view (JSX/TSX or a Vue 3 template) as the neutral model sees it.

Taro's own spellings live here: what each prop becomes on the way to WeChat comes from
``spelling.reach`` (JSX) and ``vue_spelling.reach`` (Vue); a prop that only Taro gets wrong
(``onCompleteMessage``, a string handler, ``completemessage={fn}``, ``style-type={2}``) is
marked with its ``dialect`` for the Taro rules, and the generic rules leave it alone.

Values are JavaScript values here: ``styleType={2}`` is the number 2, ``styleType="2"`` the
string "2" (sent through setData), a bare ``isMask`` is ``true``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wecontact_cli import plugin
from wecontact_cli.frameworks.taro import spelling
from wecontact_cli.frameworks.taro.dialect import (
    EVENT_CASE, EVENT_WITHOUT_ON, NOT_A_FUNCTION, NOT_COLLECTED, STRING_HANDLER, contact_event,
)
from wecontact_cli.model import AttrUse, CellUse, HandlerStatus, Registration, Span
from wecontact_cli.records import record
from wecontact_cli.syntax.expression import literal
from wecontact_cli.syntax.jsx import JsxAttribute, JsxElement, JsxValue

if TYPE_CHECKING:  # Vue's parser and spelling, imported when a Vue view has a cell (units.py does the same)
    from wecontact_cli.syntax import vue

_FUNCTION_KINDS = frozenset({"arrow_function", "function"})
_LITERAL_KINDS = frozenset({"string", "template", "number", "true", "false", "null"})


@record(frozen=True)
class Read:
    """One attribute read: the model's record, and whether its handler exists (events)."""

    attr: AttrUse
    status: HandlerStatus | None = None


# -- JSX ---------------------------------------------------------------------------------------


def jsx_cell(element: JsxElement, registration: Registration, path: Path, text: str,
             line: int) -> tuple[CellUse, list[Read]]:
    """An element rendering the contact cell (``text``: its file's), and each attribute's reading."""
    reads = [jsx_attribute(a, path, text) for a in element.attributes if isinstance(a, JsxAttribute)]
    spreads = tuple(Span(path, s.start, s.end) for s in element.spreads)
    end = element.open_end if element.open_end >= 0 else element.end
    cell = CellUse(element.tag, Span(path, element.tag_start, element.tag_end), Span(path, element.start, end),
                   registration, tuple(r.attr for r in reads), line, spreads, (("syntax", "jsx"),))
    return cell, reads


def _function_like(value: JsxValue) -> bool | None:
    """True for a function (written in place, or a name declared as one), False for a literal,
    None when it cannot be told (a variable, a member, a call)."""
    if value.kind == "string":
        return False
    if value.kind != "expression":
        return None
    if value.expression in _FUNCTION_KINDS:
        return True
    if value.binding is not None and value.binding.status == "defined" and value.binding.kind in ("function", "method"):
        return True
    return False if value.expression in _LITERAL_KINDS else None


def jsx_attribute(attribute: JsxAttribute, path: Path, text: str) -> Read:
    """One JSX prop of a cell, as WeChat receives it."""
    name, value = attribute.name, attribute.value
    name_span = Span(path, attribute.name_start, attribute.name_end)
    found = spelling.reach(name, value_is_function=_function_like(value))
    event = contact_event(name)
    if found.kind == "event" or found.reason == "not-a-function":
        return _jsx_event(attribute, name_span, found, event, text)
    if event is not None:  # completemessage={fn}, bindcompletemessage="done", bind:completemessage
        return Read(_common(attribute, name_span, "unknown", EVENT_WITHOUT_ON, text))
    if found.reason in ("not-collected", "build-error"):
        if plugin.property_of(name) is not None or found.reason == "build-error":
            return Read(_common(attribute, name_span, "unknown", NOT_COLLECTED, text))
        common = name.startswith(("data-", "aria-"))
        return Read(_common(attribute, name_span, "common" if common else "unknown", None, text))
    if found.kind in ("host", "none"):
        return Read(_common(attribute, name_span, "common", None, text))
    prop = plugin.property_of(found.name)
    role = "property" if prop is not None else "unknown"
    shown, value_type, span = jsx_value(value, path, text)
    return Read(AttrUse(name, name_span, role, name, name_span, prop, shown, value_type, span))


def _common(attribute: JsxAttribute, name_span: Span, role: str, dialect: str | None, text: str) -> AttrUse:
    """An attribute that reaches no property (or that a dialect rule reports)."""
    value, value_type, span = jsx_value(attribute.value, name_span.path, text)
    return AttrUse(attribute.name, name_span, role, attribute.name, name_span, None, value,  # type: ignore[arg-type]
                   value_type, span, dialect=dialect)


def _jsx_event(attribute: JsxAttribute, name_span: Span, found: spelling.Reach, event: str | None,
               source: str) -> Read:
    """An ``on*`` prop: the event its template binds, its handler, and Taro's own mistakes."""
    path, value = name_span.path, attribute.value
    dialect = None
    if found.reason == "not-a-function":
        dialect = STRING_HANDLER if value.kind == "string" or value.expression in ("string", "template") \
            else NOT_A_FUNCTION
    elif found.reason == "listener-mismatch" and event is not None:
        dialect = EVENT_CASE
    text, value_type, span = jsx_value(value, path, source)
    binding = value.binding
    handler = binding.name.rsplit(".", 1)[-1] if binding is not None else None
    status: HandlerStatus | None = binding.status if binding is not None else None  # type: ignore[assignment]
    part = Span(path, name_span.start + 2, name_span.end)
    attr = AttrUse(attribute.name, name_span, "event", found.event or (event or ""), part, None, text, value_type,
                   span, "bind", handler if dialect is None else None, dialect)
    return Read(attr, status)


def jsx_value(value: JsxValue, path: Path, text: str) -> tuple[str | None, str, Span | None]:
    """(value, value_type, value_span) of a JSX attribute value, as the model records it."""
    if value.kind == "none":
        return "true", "boolean", None
    if value.kind == "string":
        return str(value.value), "string", Span(path, value.start, value.end, text[value.start:value.start + 1])
    if value.kind != "expression" or value.inner_start < 0:
        return None, "expression", Span(path, value.start, value.end)
    span = Span(path, value.inner_start, value.inner_end)
    if value.static and value.expression == "number":
        return _number_text(value.value), "number", span
    if value.static and value.expression in ("string", "template"):
        return str(value.value), "string", Span(path, value.inner_start, value.inner_end, value.text[:1] or '"')
    if value.static and value.expression in ("true", "false"):
        return value.expression, "boolean", span
    return value.text, "expression", span


def _number_text(number: Any) -> str:
    """A number as JavaScript prints it (2.0 -> "2")."""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


# -- Vue 3 -------------------------------------------------------------------------------------


def vue_cell(element: vue.Element, registration: Registration, path: Path, line: int,
             methods: frozenset[str] | None) -> tuple[CellUse, list[Read]]:
    """An element of a Vue template rendering the contact cell (``methods``: what its script
    defines, None when that cannot be known)."""
    from wecontact_cli.frameworks.taro import vue_spelling

    reads, spreads = [], []
    for attribute in element.attributes:
        found = vue_spelling.reach(attribute)
        if found.reason == "spread":
            spreads.append(Span(path, attribute.start, attribute.end))
            continue
        reads.append(vue_attribute(attribute, found, path, methods))
    cell = CellUse(element.tag, Span(path, element.tag_start, element.tag_end),
                   Span(path, element.start, element.open_end), registration, tuple(r.attr for r in reads), line,
                   tuple(spreads), (("syntax", "vue"),))
    return cell, reads


def vue_attribute(attribute: vue.Attribute, found: spelling.Reach, path: Path,
                  methods: frozenset[str] | None) -> Read:
    """One attribute of a cell in a Vue template, as WeChat receives it."""
    name_span = Span(path, attribute.start, attribute.name_end)
    event = contact_event(attribute.argument or attribute.raw_name if attribute.directive == "on"
                          else attribute.raw_name)
    text, value_type, span = vue_value(attribute, path)
    if found.kind == "event" or attribute.directive == "on":
        dialect = EVENT_CASE if found.reason == "listener-mismatch" and event is not None else None
        part = Span(path, attribute.argument_start, attribute.argument_end) if attribute.argument_start is not None \
            else name_span
        from wecontact_cli.syntax.vue import handler_name

        handler = handler_name(attribute.value or "") if dialect is None else None
        status: HandlerStatus | None = None
        if handler is not None and methods is not None:
            status = "defined" if handler in methods else "missing"
        return Read(AttrUse(attribute.raw_name, name_span, "event", found.event or (event or ""), part, None,
                            text, "expression", span, "bind", handler, dialect), status)
    if event is not None and found.reason == "no-listener":
        return Read(AttrUse(attribute.raw_name, name_span, "unknown", attribute.raw_name, name_span, None, text,
                            value_type, span, dialect=EVENT_WITHOUT_ON))  # type: ignore[arg-type]
    if found.kind != "property":
        return Read(AttrUse(attribute.raw_name, name_span, "common", attribute.raw_name, name_span, None, text,
                            value_type, span))  # type: ignore[arg-type]
    prop = plugin.property_of(found.name)
    part = Span(path, attribute.argument_start, attribute.argument_end) \
        if attribute.directive == "bind" and attribute.argument_start is not None else name_span
    return Read(AttrUse(attribute.raw_name, name_span, "property" if prop else "unknown", found.name, part, prop,
                        text, value_type, span))  # type: ignore[arg-type]


def vue_value(attribute: vue.Attribute, path: Path) -> tuple[str | None, str, Span | None]:
    """(value, value_type, value_span): a plain attribute is a string, a bound one a JS value."""
    if attribute.value is None or attribute.value_start is None or attribute.value_end is None:
        return None, "none", None
    start, end, quote = attribute.value_start, attribute.value_end, attribute.quote
    if attribute.directive is None:  # the span holds the quotes: a fix writes a whole literal
        outer = 1 if quote else 0
        return attribute.value, "string", Span(path, start - outer, end + outer, quote or '"')
    found = literal(attribute.value, start)
    if found is None or found.type == "null":
        return attribute.value, "expression", Span(path, start, end)
    value_type = {"number": "number", "string": "string", "boolean": "boolean"}[found.type]
    return found.text, value_type, Span(path, found.start, found.end, found.quote or '"')
