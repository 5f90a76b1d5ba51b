"""Completion inside the contact cell's start tag: the plugin's attribute names, the event
bindings in the framework's own spelling, enumerated values with the guide's labels, and
the handlers the unit's script defines."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from wecontact_cli import plugin
from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.rules.cell._values import value_fix
from wecontact_cli.model import AttrUse, Span, Unit
from wecontact_cli.server.guide import attribute_markdown, event_markdown
from wecontact_cli.server.locate import InCell, in_cell
from wecontact_cli.server.positions import LineMap

OFFERED = (plugin.ATTRIBUTES_BY_NAME["plugid"], *plugin.UI_ATTRIBUTES)
"""The guide's attributes (the group plugin's ``url``/``iconUrl`` are not the cell's)."""


def completions(unit: Unit, path: Path, lines: LineMap, offset: int, lang: Lang,
                markup: types.MarkupKind | None = types.MarkupKind.Markdown) -> list[types.CompletionItem]:
    """What may be typed at ``offset`` (nothing outside a contact cell's start tag);
    documentation in ``markup`` (None: a plain string, for a client that names no format)."""
    found = in_cell(unit.cells(), path, lines.text, offset)
    if found is None:
        return []
    if found.part == "value":
        items = _values(found, unit, lines, lang)
    elif found.part in ("name", "space"):
        items = _names(found, unit, lines, offset, lang)
    else:
        items = []
    for item in items:
        if isinstance(item.documentation, types.MarkupContent):
            text = item.documentation.value
            item.documentation = types.MarkupContent(markup, text) if markup is not None else text
    return items


def _markdown(text: str) -> types.MarkupContent:
    return types.MarkupContent(types.MarkupKind.Markdown, text)


def _edit(lines: LineMap, span: Span | None, offset: int, text: str) -> types.TextEdit:
    """Replace what is typed so far (the span), or insert at the cursor."""
    start, end = (span.start, span.end) if span is not None else (offset, offset)
    return types.TextEdit(lines.range(start, end), text)


def _names(found: InCell, unit: Unit, lines: LineMap, offset: int, lang: Lang) -> list[types.CompletionItem]:
    """Attribute names and event bindings the cell does not have yet."""
    typing = found.attr if found.part == "name" else None
    others = [a for a in found.cell.attrs if a is not typing]
    present = {a.prop for a in others if a.role == "property"}
    bound = {a.name for a in others if a.role == "event"}
    span = typing.name_span if typing is not None else None
    # A property replaces the name part typed so far, so that Vue's `:sty` becomes `:styleType`.
    part = typing.part if typing is not None and typing.role != "event" else span
    items = [types.CompletionItem(
        a.name, kind=types.CompletionItemKind.Property, detail=msg("server.attribute").render(lang),
        documentation=_markdown(attribute_markdown(a, a.name, None, lang)), sort_text=f"0{i:02}",
        text_edit=_edit(lines, part, offset, a.name)) for i, a in enumerate(OFFERED) if a.name not in present]
    for event in plugin.EVENTS:
        written = unit.event_attribute(event.name)
        if written is None or event.name in bound:
            continue
        items.append(types.CompletionItem(
            written, kind=types.CompletionItemKind.Event, detail=msg("server.event").render(lang),
            documentation=_markdown(event_markdown(event, written, lang)), sort_text=f"1{event.name}",
            text_edit=_edit(lines, span, offset, written)))
    return items


def _values(found: InCell, unit: Unit, lines: LineMap, lang: Lang) -> list[types.CompletionItem]:
    """The allowed values of a property, or the handlers an event may call."""
    attr = found.attr
    assert attr is not None
    if attr.role == "event":
        if attr.value_type == "string":
            return []  # a string is no handler in JSX (TR103): nothing to complete inside it
        names = sorted(unit.handlers() or ())
        script = unit.script_file() or unit.view_file()
        detail = msg("server.handler", script=script.name if script else "").render(lang)
        return [types.CompletionItem(name, kind=types.CompletionItemKind.Method, detail=detail,
                                     text_edit=_edit(lines, attr.value_span, 0, name)) for name in names]
    attribute = plugin.ATTRIBUTES_BY_NAME.get(attr.prop or "") if attr.role == "property" else None
    if attribute is None or attr.is_dynamic:
        return []
    return [types.CompletionItem(
        option.value, kind=types.CompletionItemKind.EnumMember, detail=option.label,
        documentation=_markdown(attribute_markdown(attribute, attr.written, option.value, lang, explain=True)),
        sort_text=f"{i:02}", filter_text=option.value, text_edit=_value_edit(lines, attr, option.value))
        for i, option in enumerate(attribute.options)]


def _value_edit(lines: LineMap, attr: AttrUse, value: str) -> types.TextEdit | None:
    """``value`` in place of the attribute's, written as the lint fixes write one (a JS string
    literal keeps its quotes: JSX's `blockStyle="button"`, Vue's `:blockStyle="'button'"`)."""
    fix = value_fix(attr, value, msg("server.attribute"))
    if fix is None:
        return None
    edit = fix.edits[0]
    return types.TextEdit(lines.range(edit.start, edit.end), edit.text)
