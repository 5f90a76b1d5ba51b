"""Registering the cell in pages.json: a page's ``style["mp-weixin"].usingComponents``, or
``globalStyle``'s for reusable components.

uni-app merges ``style["mp-weixin"]`` over ``style`` shallowly: a new ``mp-weixin``
usingComponents would drop an existing generic map whole. So when the generic map exists
and the ``mp-weixin`` one does not, the new map carries the generic entries too: nothing is
lost, and the documented form holds the cell.
"""

from __future__ import annotations

from typing import Any, Mapping

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.uniapp.config import JsoncFile
from wecontact_cli.frameworks.uniapp.project import UniProject
from wecontact_cli.frameworks.uniapp.writing import location, set_member
from wecontact_cli.i18n.message import Message, a_type, msg
from wecontact_cli.model import Registration
from wecontact_cli.scaffold.plans import InitPlan
from wecontact_cli.syntax.jsontext import JsonNode

WEIXIN = "mp-weixin"


def choose_tag(taken: Mapping[str, str], wanted: str, alias: str) -> tuple[str, Message | None]:
    """``wanted``, or the next free ``contact-<wanted>`` when another component has it."""
    candidates = [wanted, f"contact-{wanted}"] + [f"contact-{wanted}-{i}" for i in range(2, 50)]
    for tag in candidates:
        url = taken.get(tag)
        if url is None or _is_contact(url, alias):
            note = msg("add_page.warn_tag_taken", wanted=wanted, other=taken[wanted], tag=tag) if tag != wanted else None
            return tag, note
    raise WecontactError(msg("add_page.no_free_tag"))


def _is_contact(url: str, alias: str) -> bool:
    parsed = plugin.parse_url(url)
    return parsed is not None and parsed[1] == plugin.COMPONENT and parsed[0] in (alias, plugin.PROVIDER)


def registered(registrations: tuple[Registration, ...], tag: str, alias: str) -> bool:
    """Whether ``tag`` is already the contact cell, effectively, among ``registrations``."""
    return any(r.effective and r.tag == tag and _is_contact(r.url, alias) for r in registrations)


def style_target(style: JsonNode | None, tag: str, url: str) -> tuple[list[str], Any]:
    """Where in a style object (``None``: none yet) the cell goes, and the value written there:
    ``["mp-weixin", "usingComponents", tag]``, or the whole new mp-weixin map carrying the
    generic map's entries (a new mp-weixin map would drop the generic one)."""
    weixin = style.get(WEIXIN) if style is not None else None
    has_weixin_map = weixin is not None and weixin.kind == "object" and weixin.get("usingComponents") is not None
    generic = style.get("usingComponents") if style is not None else None
    if has_weixin_map or generic is None or generic.kind != "object" or not generic.members:
        return [WEIXIN, "usingComponents", tag], url
    carried = {m.key: m.value.value for m in generic.members if m.value.kind == "string"}
    return [WEIXIN, "usingComponents"], {**carried, tag: url}


def style_edit(file: JsoncFile, holder: JsonNode, style_key: str, tag: str, url: str, vue: int) -> TextEdit:
    """The edit that registers ``tag`` in ``holder[style_key]["mp-weixin"].usingComponents``,
    keeping a generic usingComponents map effective by carrying its entries over."""
    style = holder.get(style_key)
    if style is not None and style.kind != "object":
        raise WecontactError(msg("project.not_object", name=style_key, kind=a_type(style.type_name)),
                             location(file, style.start))
    keys, value = style_target(style, tag, url)
    if style is None:
        return set_member(file, holder, [style_key, *keys], value, vue)
    return set_member(file, style, keys, value, vue)


def plan_global(project: UniProject, plan: InitPlan) -> None:
    """Register the cell in globalStyle (after the declaration: a crash in between leaves the
    plugin declared and unused, never used and undeclared)."""
    pages = project.pages_json
    assert pages is not None
    alias = plan.alias
    taken = {r.tag: r.url for r in project.global_registrations if r.effective}
    tag, note = choose_tag(taken, plugin.DEFAULT_TAG, alias)
    plan.global_tag = tag
    if note is not None:
        plan.warnings.append(note)
    if registered(project.global_registrations, tag, alias):
        return
    url = plugin.component_url(alias)
    edit = style_edit(pages, pages.root, "globalStyle", tag, url, project.vue)
    plan.changeset.add(pages.source.change([edit], msg("uniapp.summary_global", tag=tag, url=url)))
    declared = [c.path for c in plan.changeset.changes if c.path != pages.path]
    plan.changeset.order(declared, [pages.path])
