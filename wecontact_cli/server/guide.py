"""The guide's documentation of the cell's attributes and events, as an editor shows it.

Everything comes from ``plugin.py`` (the plugin's contract as data): the type, the allowed
values with the guide's labels, the default, and where the guide says the attribute has an
effect. Headings are in the user's language; the guide's own words stay as the guide
wrote them.
"""

from __future__ import annotations

from wecontact_cli import plugin
from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.message import msg


def attribute_markdown(attribute: plugin.Attribute, written: str, value: str | None, lang: Lang, *,
                       explain: bool = False) -> str:
    """An attribute's documentation, ``value`` in bold among the allowed values; with
    ``explain``, first what that value means."""
    parts = []
    if value is not None and explain:
        label = attribute.label_of(_as_received(attribute, value))
        parts.append(msg("server.value_is", value=value, label=label).render(lang) if label is not None
                     else msg("server.value_unknown", value=value).render(lang) if attribute.options else "")
    heading = f"**{written}** · {msg('server.attribute').render(lang)} `{attribute.name}`"
    facts = [msg("server.type", type=attribute.kind).render(lang)]
    if attribute.required:
        facts.append(msg("server.required").render(lang))
    facts.append(msg("server.default", value=f"`{attribute.default}`").render(lang) if attribute.default is not None
                 else msg("server.no_default").render(lang))
    facts.append(msg("server.effect", where=attribute.effective).render(lang))
    parts += [heading, attribute.description, "\n".join(f"- {fact}" for fact in facts)]
    values = values_markdown(attribute, _as_received(attribute, value) if value is not None else None, lang)
    if values:
        parts.append(values)
    if not attribute.documented:
        parts.append(f"*{msg('server.undocumented').render(lang)}*")
    return "\n\n".join(p for p in parts if p) + "\n"


def _as_received(attribute: plugin.Attribute, value: str) -> str:
    """A value as the cell receives it: a Number property's ' 2' and '2.0' are 2."""
    if attribute.kind != "number":
        return value
    return plugin.number_text(value) or value


def values_markdown(attribute: plugin.Attribute, current: str | None, lang: Lang) -> str:
    """The allowed values with their labels, the current one in bold."""
    if attribute.free_number:
        return f"{msg('server.values').render(lang)} {msg('server.any_number').render(lang)}"
    if not attribute.options:
        return ""
    rows = [f"- **`{o.value}`** {o.label}" if o.value == current else f"- `{o.value}` {o.label}"
            for o in attribute.options]
    return msg("server.values").render(lang) + "\n" + "\n".join(rows)


def event_markdown(event: plugin.Event, written: str, lang: Lang) -> str:
    """An event's documentation: what fires it and what its detail holds."""
    parts = [f"**{written}** · {msg('server.event').render(lang)} `{event.name}`", event.description]
    if event.detail:
        parts.append(msg("server.event_detail", fields=", ".join(f"`{f}`" for f in event.detail)).render(lang))
    return "\n\n".join(parts) + "\n"


def event_named(name: str) -> plugin.Event | None:
    """The plugin's event of that name."""
    return next((e for e in plugin.EVENTS if e.name == name), None)
