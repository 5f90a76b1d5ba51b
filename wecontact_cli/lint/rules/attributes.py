"""WC201-WC211: the attributes and events written on the contact ``cell``."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Iterator, Mapping

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.lint.config import PlugidFacts
from wecontact_cli.lint.context import UnitContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rules.layout import Knowledge, ineffective
from wecontact_cli.wxml import Attribute, Element

EVENT_ATTRIBUTE = re.compile(r"(capture-bind:|capture-catch:|mut-bind:|bind:|catch:|bind|catch)(.+)")
NATIVE_EVENTS = frozenset({
    "tap", "longpress", "longtap", "touchstart", "touchmove", "touchend", "touchcancel",
    "touchforcechange", "transitionend", "animationstart", "animationiteration", "animationend",
})
COMMON_ATTRIBUTES = frozenset({"id", "class", "style", "hidden", "slot"})
COMMON_PREFIXES = ("wx:", "data-", "mark:", "generic:", "model:", "worklet:")
_HEX_COLOUR = re.compile(r"[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?")
_PLACEHOLDER = re.compile(
    r"(plug_?id|plugin_?id|your.*|x{3,}|todo|tbd|placeholder|<.*>|\{.*\}|\$\{.*\}|请.*|.*替换.*|0+|1234+56?)",
    re.IGNORECASE,
)


def property_of(name: str) -> str | None:
    """The plugin property an attribute reaches: exact, or its dash-case form (style-type)."""
    if name in plugin.ATTRIBUTES_BY_NAME:
        return name
    if "-" in name:
        head, *rest = name.split("-")
        camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
        if camel in plugin.ATTRIBUTES_BY_NAME:
            return camel
    return None


def event_of(name: str) -> str | None:
    """The event an attribute binds (``bind:completemessage`` -> completemessage)."""
    match = EVENT_ATTRIBUTE.fullmatch(name)
    return match[2] if match else None


def _name_span(attr: Attribute) -> tuple[int, int]:
    return attr.start.offset, attr.start.offset + len(attr.name)


def _value_span(attr: Attribute) -> tuple[int, int]:
    start = attr.value_start.offset if attr.value_start else attr.start.offset
    return start, start + len(attr.value or "")


class CellChecker:
    """The attribute checks of one cell element (also used by add-page to refuse bad options)."""

    def __init__(self, element: Element, path: Path, plugids: Mapping[str, PlugidFacts]):
        self.plugids = plugids
        self.element = element
        self.path = path
        self.props: dict[str, Attribute] = {}
        for attr in self.element.attributes:
            prop = property_of(attr.name)
            if prop is not None:
                self.props[prop] = attr

    def finding(self, code: str, message: str, span: tuple[int, int], fix: Fix | None = None) -> Finding:
        return Finding(code, message, self.path, span[0], span[1], fix)

    def static(self, prop: str) -> str | None:
        attr = self.props.get(prop)
        if attr is None or attr.value is None or attr.is_dynamic:
            return None
        return attr.value

    def run(self) -> Iterator[Finding]:
        yield from self.plugid()
        for attr in self.element.attributes:
            yield from self.attribute(attr)
        yield from self.duplicates()
        yield from self.layout()

    def plugid(self) -> Iterator[Finding]:
        tag_span = (self.element.start.offset + 1, self.element.start.offset + 1 + len(self.element.tag))
        if "plugid" not in self.props and "vcode" not in self.props:
            yield self.finding("WC201", f"<{self.element.tag}> has no plugid: the contact button renders "
                               "nothing. Pass the plugin ID from the WeCom admin console "
                               "(企业微信管理后台 > 客户联系)", tag_span)
            return
        attr = self.props.get("plugid")
        if attr is None or attr.is_dynamic:
            return
        value = (attr.value or "").strip()
        if not value or _PLACEHOLDER.fullmatch(value):
            shown = f"'{attr.value}'" if value else "empty"
            yield self.finding("WC202", f"plugid is {shown}, a placeholder (the guide's example passes the "
                               "literal plugid='plugid'); use the real plugin ID from the WeCom admin "
                               "console", _value_span(attr) if value else _name_span(attr))

    def attribute(self, attr: Attribute) -> Iterator[Finding]:
        name = attr.name
        event = event_of(name)
        if event is not None:
            yield from self.event(attr, event)
            return
        prop = property_of(name)
        if prop is None:
            if name not in COMMON_ATTRIBUTES and not name.startswith(COMMON_PREFIXES):
                yield self.unknown(attr)
            return
        if attr.is_dynamic:
            yield self.finding("WC211", f"{name}=\"{attr.value}\" is dynamic and cannot be checked "
                               "statically", _value_span(attr))
            return
        if attr.value is not None:
            yield from self.value(prop, attr)

    def unknown(self, attr: Attribute) -> Finding:
        name = attr.name
        if name in plugin.GROUP_PLUGIN_ATTRIBUTES:
            return self.finding("WC203", f"'{name}' is an attribute of the WeCom group plugin's cell "
                                f"(企业微信群插件, {plugin.GROUP_PLUGIN_PROVIDER}), not of the contact "
                                "plugin's: it has no effect here", _name_span(attr))
        suggestion = suggest_property(name)
        if suggestion is None:
            return self.finding("WC203", f"'{name}' is not an attribute of the contact plugin's cell and "
                                "has no effect", _name_span(attr))
        fix = None
        if suggestion not in self.props:
            fix = Fix(f"rename to '{suggestion}'", (TextEdit(*_name_span(attr), suggestion),))
        return self.finding("WC203", f"'{name}' is not an attribute of the contact plugin's cell "
                            f"(attribute names are case-sensitive); did you mean '{suggestion}'?",
                            _name_span(attr), fix)

    def event(self, attr: Attribute, event: str) -> Iterator[Finding]:
        if event in plugin.EVENT_NAMES or event in NATIVE_EVENTS:
            return
        prefix = attr.name[: len(attr.name) - len(event)]
        lowered = [e for e in plugin.EVENT_NAMES if e == event.lower()]
        close = lowered or difflib.get_close_matches(event.lower(), plugin.EVENT_NAMES, n=1, cutoff=0.6)
        hint = f"; did you mean '{prefix}{close[0]}'?" if close else ""
        fix = (Fix(f"rename to '{prefix}{lowered[0]}'", (TextEdit(*_name_span(attr), prefix + lowered[0]),))
               if lowered else None)
        yield self.finding("WC210", f"the contact plugin never fires '{event}' (its events are "
                           f"startmessage and completemessage, all lowercase), so this handler never "
                           f"runs{hint}", _name_span(attr), fix)

    def value(self, prop: str, attr: Attribute) -> Iterator[Finding]:
        spec = plugin.ATTRIBUTES_BY_NAME[prop]
        raw = attr.value or ""
        span = _value_span(attr)
        if prop in ("plugid", "vcode"):
            return
        if prop == "bubbleColor":
            if not _HEX_COLOUR.fullmatch(raw):
                bare = raw.strip().lstrip("#")
                fix = (Fix(f"write '{bare}'", (TextEdit(*span, bare),))
                       if _HEX_COLOUR.fullmatch(bare) else None)
                yield self.finding("WC206", f"bubbleColor '{raw}' must be 3 or 6 hex digits without '#' "
                                   "(不用带#号), e.g. 4790EE", span, fix)
            return
        if spec.kind == "number":
            number = plugin.number_text(raw)
            if number is None:
                yield from self.not_a_number(prop, raw, span)
            elif spec.options and number not in spec.allowed:
                yield self.finding("WC204", f"{prop}={raw!r} is not one of {_choices(prop)}", span)
            return
        if raw not in spec.allowed:
            folded = [v for v in spec.allowed if v.lower() == raw.strip().lower()]
            fix = Fix(f"write '{folded[0]}'", (TextEdit(*span, folded[0]),)) if folded else None
            yield self.finding("WC204", f"{prop}={raw!r} is not one of {_choices(prop)}", span, fix)

    def not_a_number(self, prop: str, raw: str, span: tuple[int, int]) -> Iterator[Finding]:
        spec = plugin.ATTRIBUTES_BY_NAME[prop]
        if prop in plugin.INDEXED_TEXT_ATTRIBUTES:
            index = spec.index_of_label(raw)
            if index is not None:
                yield self.finding("WC205", f"{prop} takes the option's index, not its text: "
                                   f"'{raw.strip()}' is {index}", span,
                                   Fix(f"write {index}", (TextEdit(*span, index),)))
                return
            yield self.finding("WC204", f"{prop}={raw!r}: custom text is not supported (不支持自定义文案); "
                               f"choose an index: {_choices(prop)}", span)
            return
        what = f"one of {_choices(prop)}" if spec.options else "a number"
        yield self.finding("WC204", f"{prop}={raw!r} is not a number; WeChat turns it into 0. "
                           f"Expected {what}", span)

    def duplicates(self) -> Iterator[Finding]:
        seen: dict[str, Attribute] = {}
        for attr in self.element.attributes:
            key = property_of(attr.name) or attr.name
            first = seen.get(key)
            if first is not None:
                yield self.finding("WC209", f"'{attr.name}' repeats '{first.name}' (line {first.start.line}); "
                                   "only one value reaches the plugin", _name_span(attr))
            else:
                seen[key] = attr

    def layout(self) -> Iterator[Finding]:
        facts = self.plugids.get(self.static("plugid") or "")
        known = Knowledge.of(self.static, self.props, facts)
        if known.style == {plugin.SINGLE_AGENT_ONLY_STYLE} and known.modes == {"multi"}:
            attr = self.props.get("styleType")
            span = _value_span(attr) if attr else (self.element.start.offset + 1,
                                                   self.element.start.offset + 1 + len(self.element.tag))
            yield self.finding("WC208", "styleType 3 (chat bubble) works only for a single-agent plugid "
                               f"(单人客服); this plugid is multi-agent ({known.mode_source})", span)
            return
        for prop, reason in ineffective(known, self.props):
            yield self.finding("WC207", f"{prop} has no effect here: {reason}", _name_span(self.props[prop]))


def suggest_property(name: str) -> str | None:
    """The property a misspelt attribute most likely means (None when unsure)."""
    folded = name.replace("-", "").replace("_", "").lower()
    same = [p for p in plugin.ATTRIBUTES_BY_NAME if p.lower() == folded]
    if same:
        return same[0]
    close = difflib.get_close_matches(name, [a.name for a in plugin.ATTRIBUTES if a.documented],
                                      n=2, cutoff=0.8)
    return close[0] if len(close) == 1 else None


def _choices(prop: str) -> str:
    spec = plugin.ATTRIBUTES_BY_NAME[prop]
    if not spec.options:
        return "a number"
    return ", ".join(f"{o.value} ({o.label})" if spec.kind == "number" else o.value for o in spec.options)


def check_unit(ctx: UnitContext) -> Iterator[Finding]:
    """Every contact cell in the unit's WXML."""
    path = ctx.unit.wxml_path
    if path is None:
        return
    for cell in ctx.cells:
        yield from CellChecker(cell.element, path, ctx.facts.config.plugids).run()
