"""A WXML element as the neutral model sees it: every attribute as WeChat receives it.

WXML's own spellings live here and nowhere else: ``bind:x``/``bindx``/``catch:x``... for
events, ``wx:``/``data-``/``mark:`` for attributes any component accepts, ``{{ }}`` for
data binding, and the attributes uni-app's compiler writes into its build output.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli import plugin
from wecontact_cli.model import AttrUse, CellUse, Registration, Span
from wecontact_cli.syntax.expression import mustache_literal
from wecontact_cli.syntax.lazy_pattern import LazyPattern

if TYPE_CHECKING:  # annotations only: uni-app's runs read these constants without the WXML parser
    from wecontact_cli.syntax.wxml import Attribute, Element

EVENT_ATTRIBUTE = LazyPattern(r"(capture-bind:|capture-catch:|mut-bind:|bind:|catch:|bind|catch)(.+)")
COMMON_ATTRIBUTES = frozenset({"id", "class", "style", "hidden", "slot"})
COMMON_PREFIXES = ("wx:", "data-", "mark:", "generic:", "model:", "worklet:")
# What uni-app's compilers (Vue 2: uni-template-compiler; Vue 3: uni-mp-compiler) write on a
# component for WeChat, checked by compiling a <cell> with both: never the user's mistake.
GENERATED_ATTRIBUTES = frozenset({"vue-id", "data-event-opts", "data-com-type", "u-t", "u-i", "u-p"})
GENERATED_EVENTS = frozenset({"__l"})
"""bind:__l="__l": Vue 2's component link event."""
GENERATED_HANDLERS = frozenset({"__e", "__l"})
"""Vue 2 routes every event through __e (data-event-opts names the real handler)."""


def event_of(name: str) -> str | None:
    """The event a WXML attribute binds (``bind:completemessage`` -> completemessage)."""
    match = EVENT_ATTRIBUTE.fullmatch(name)
    return match[2] if match else None


def attr_use(attr: Attribute, path: Path) -> AttrUse:
    """One WXML attribute of a cell, as WeChat receives it."""
    name, start = attr.name, attr.start.offset
    name_span = Span(path, start, start + len(name))
    event = EVENT_ATTRIBUTE.fullmatch(name)
    if name in GENERATED_ATTRIBUTES or (event is not None and event[2] in GENERATED_EVENTS):
        return AttrUse(name, name_span, "common", name, name_span)
    if event is not None:
        prefix = event[1]
        value = (attr.value or "").strip()
        handler = value if value and "{{" not in value and value not in GENERATED_HANDLERS else None
        return AttrUse(name, name_span, "event", event[2], Span(path, start + len(prefix), name_span.end),
                       value=attr.value, value_type=_type(attr), value_span=_value_span(attr, path),
                       binding=prefix.rstrip(":"), handler=handler)
    prop = plugin.property_of(name)
    role = "property" if prop is not None else (
        "common" if name in COMMON_ATTRIBUTES or name.startswith(COMMON_PREFIXES) else "unknown")
    bound = mustache_literal(attr.value) if attr.value is not None else None
    if role != "common" and bound is not None and bound.type != "null" and attr.value_start is not None:
        at = attr.value_start.offset  # a bound literal ({{'2'}}): judged, and fixed, as that literal
        return AttrUse(name, name_span, role, name, name_span, prop, bound.text, bound.type,
                       Span(path, at + bound.start, at + bound.end, bound.quote or '"'))
    return AttrUse(name, name_span, role, name, name_span, prop, attr.value, _type(attr),
                   _value_span(attr, path))


def _type(attr: Attribute) -> str:
    if attr.value is None:
        return "none"
    return "expression" if attr.is_dynamic else "text"


def _value_span(attr: Attribute, path: Path) -> Span | None:
    if attr.value is None:
        return None
    start = attr.value_start.offset if attr.value_start else attr.start.offset
    return Span(path, start, start + len(attr.value), attr.quote or '"')


def cell_use(element: Element, registration: Registration, path: Path) -> CellUse:
    """An element rendering the contact cell, as the model's record."""
    start = element.start.offset
    return CellUse(element.tag, Span(path, start + 1, start + 1 + len(element.tag)),
                   Span(path, start, element.open_end.offset), registration,
                   tuple(attr_use(a, path) for a in element.attributes), element.start.line)
