"""A cell in a ``.vue`` template as the neutral model sees it: each Vue attribute as WeChat
receives it (``spelling.reach``), with spans into the ``.vue`` file.

What only a Vue template can get wrong carries a ``dialect`` mark, so that the generic rules
leave the attribute to the uni-app rules:

- ``dead-event``: ``@complete-message``, ``@completeMessage`` (uni-app binds
  ``bindcompleteMessage``, an event the plugin never fires);
- ``wxml-event``: ``bind:completemessage="x"`` written in a Vue template (no handler attached);
- ``wxml-interpolation``: ``plugid="{{id}}"`` (Vue 3 copies it: WeChat binds page data that
  uni-app never sets; Vue 2 drops it);
- ``dropped:<reason>``: an attribute uni-app refuses or drops (``v-bind="obj"``, ``:[name]``,
  a custom directive ...): it never reaches the plugin.
"""

from __future__ import annotations

from pathlib import Path

from wecontact_cli import plugin
from wecontact_cli.frameworks.native.attributes import COMMON_ATTRIBUTES, COMMON_PREFIXES, EVENT_ATTRIBUTE
from wecontact_cli.frameworks.uniapp.dialects import DEAD_EVENT, DROPPED, WXML_EVENT, WXML_INTERPOLATION, squashed
from wecontact_cli.frameworks.uniapp.spelling import Reach, reach
from wecontact_cli.model import AttrUse, CellUse, Registration, Span
from wecontact_cli.model.unit import ValueType
from wecontact_cli.syntax.expression import literal
from wecontact_cli.syntax.vue import Attribute, Element, handler_name
from wecontact_cli.text.entities import unescape

SPREAD_REASONS = frozenset({"v-bind-object", "v-on-object", "dynamic-argument"})
"""Dropped attributes whose names nobody can see statically (the model's ``spreads``)."""

def attr_uses(attribute: Attribute, vue: int, path: Path) -> list[AttrUse]:
    """What WeChat receives from one attribute (v-model and .sync give two records)."""
    name_span = Span(path, attribute.start, attribute.name_end)
    part = (Span(path, attribute.argument_start, attribute.argument_end)
            if attribute.argument_start is not None and attribute.argument_end is not None and not attribute.dynamic
            else name_span)
    return [_use(attribute, r, vue, path, name_span, part) for r in reach(attribute, vue)]


def _use(attribute: Attribute, found: Reach, vue: int, path: Path, name_span: Span, part: Span) -> AttrUse:
    written = attribute.raw_name
    if found.kind == "property":
        return _property(attribute, found, path, name_span, part)
    if found.kind == "event":
        return _event(attribute, found, path, name_span, part)
    if found.kind == "none":
        return _wxml_event(attribute, path, name_span)
    if found.kind == "dropped" and found.reason == "interpolation-in-attribute":  # Vue 2: `x="{{y}}"`
        return _property(attribute, Reach("property", written, reason="wxml-interpolation"), path, name_span, part)
    if found.kind == "dropped":
        return AttrUse(written, name_span, "common", written, name_span, value=attribute.value,
                       value_span=_value_span(attribute, path), dialect=DROPPED + found.reason)
    return AttrUse(written, name_span, "common", written, name_span, value=attribute.value,
                   value_span=_value_span(attribute, path))


def _property(attribute: Attribute, found: Reach, path: Path, name_span: Span, part: Span) -> AttrUse:
    """A property: its value as text, a literal of the binding, or an expression."""
    name = found.name
    prop = plugin.property_of(name)
    role = "property" if prop is not None else (
        "common" if name in COMMON_ATTRIBUTES or name.startswith(COMMON_PREFIXES) else "unknown")
    value, value_type, span = _value(attribute, found, path)
    dialect = WXML_INTERPOLATION if found.reason == "wxml-interpolation" else None
    if dialect is None and attribute.directive is None and attribute.value is not None and "{{" in attribute.value:
        dialect = WXML_INTERPOLATION  # Vue 2 drops it; the same mistake either way
    return AttrUse(attribute.raw_name, name_span, role, name, part, prop, value, value_type, span, dialect=dialect)


def _value(attribute: Attribute, found: Reach, path: Path) -> tuple[str | None, ValueType, Span | None]:
    """(value, its type, the characters a fix replaces)."""
    if attribute.value is None:
        return None, "none", None
    whole = _value_span(attribute, path)
    if attribute.directive is None:  # a plain attribute: text WeChat converts
        return unescape(attribute.value), "text", whole
    expression = unescape(attribute.value)
    found_literal = literal(attribute.value, attribute.value_start or 0)
    if not found.static or found_literal is None or found_literal.type == "null" or expression != attribute.value:
        return expression, "expression", whole
    span = Span(path, found_literal.start, found_literal.end, found_literal.quote or '"')
    if not found.bound:  # Vue 2 writes a bound string literal as plain text: x="a"
        inner = Span(path, found_literal.start + 1, found_literal.end - 1, found_literal.quote or '"')
        return found_literal.text, "text", inner
    return found_literal.text, found_literal.type, span  # type: ignore[return-value]


def _value_span(attribute: Attribute, path: Path) -> Span | None:
    if attribute.value_start is None or attribute.value_end is None:
        return None
    return Span(path, attribute.value_start, attribute.value_end, attribute.quote or '"')


def _event(attribute: Attribute, found: Reach, path: Path, name_span: Span, part: Span) -> AttrUse:
    """``@x.mods="handler"``: the event uni-app binds, as WXML's bind/catch/capture."""
    binding = ("capture-" if found.capture else "") + ("catch" if found.catch else "bind")
    value = attribute.value
    handler = handler_name(unescape(value)) if value else None
    dead = found.name not in plugin.EVENT_NAMES and squashed(found.name) in plugin.EVENT_NAMES
    return AttrUse(attribute.raw_name, name_span, "event", found.name, part, value=value, value_type="expression",
                   value_span=_value_span(attribute, path), binding=binding, handler=handler,
                   dialect=DEAD_EVENT if dead else None)


def _wxml_event(attribute: Attribute, path: Path, name_span: Span) -> AttrUse:
    """``bind:x="h"`` in a Vue template: kept as a plain attribute, no handler attached."""
    match = EVENT_ATTRIBUTE.fullmatch(attribute.raw_name)
    prefix, event = (match[1], match[2]) if match else ("bind", attribute.raw_name)
    part = Span(path, name_span.start + len(prefix), name_span.end)
    return AttrUse(attribute.raw_name, name_span, "event", event, part, value=attribute.value,
                   value_type="expression", value_span=_value_span(attribute, path), binding=prefix.rstrip(":"),
                   dialect=WXML_EVENT)


def cell_use(element: Element, registration: Registration, vue: int, path: Path, line: int,
             facts: tuple[tuple[str, str], ...] = ()) -> CellUse:
    """An element that renders the contact cell, as the model's record."""
    attrs: list[AttrUse] = []
    spreads: list[Span] = []
    for attribute in element.attributes:
        for use in attr_uses(attribute, vue, path):
            attrs.append(use)
            if use.dialect is not None and use.dialect[len(DROPPED):] in SPREAD_REASONS:
                spreads.append(use.name_span)
    return CellUse(element.tag, Span(path, element.tag_start, element.tag_end), Span(path, element.start, element.open_end),
                   registration, tuple(attrs), line, tuple(spreads), facts)


def sets_plugid(element: Element, vue: int) -> bool:
    """Whether an element passes plugid in any spelling (the mark of the contact cell)."""
    return any(r.kind == "property" and plugin.property_of(r.name) == "plugid"
               for a in element.attributes for r in reach(a, vue))
