"""WC201-WC211: the attributes and events written on the contact ``cell``."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterator, Mapping

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.lint.build_output import GENERATED_ATTRIBUTES, GENERATED_EVENTS
from wecontact_cli.lint.config import PlugidFacts
from wecontact_cli.lint.context import UnitContext
from wecontact_cli.lint.messages import Message, msg
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rules.layout import Knowledge, ineffective
from wecontact_cli.syntax.wxml import Attribute, Element, parse_wxml

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


def binding_key(name: str) -> str:
    """What an attribute reaches, so that two spellings of one thing compare equal:
    the property (style-type -> styleType) or the binding (bindx and bind:x alike)."""
    prop = property_of(name)
    if prop is not None:
        return prop
    match = EVENT_ATTRIBUTE.fullmatch(name)
    if match is None:
        return name
    return match[1].rstrip(":") + ":" + match[2]


NOT_A_PROBLEM = frozenset({"WC211"})
"""Codes that say "cannot check", not "wrong": a fix may reveal them (a renamed attribute
whose value is a {{ }} expression)."""


class CellChecker:
    """The attribute checks of one cell element (also used by add-page to refuse bad options).

    With the file's ``text``, every fix is vetted: it is offered only when the cell it
    leaves behind has no problem the cell did not have (no duplicate attribute, no value
    that becomes invalid or ineffective), so ``lint --fix`` never makes things worse.
    """

    def __init__(self, element: Element, path: Path, plugids: Mapping[str, PlugidFacts],
                 text: str | None = None):
        self.plugids = plugids
        self.element = element
        self.path = path
        self.text = text
        self.props: dict[str, Attribute] = {}
        for attr in self.element.attributes:
            prop = property_of(attr.name)
            if prop is not None:
                self.props[prop] = attr

    def finding(self, code: str, message: Message, span: tuple[int, int], fix: Fix | None = None) -> Finding:
        return Finding(code, message, self.path, span[0], span[1], fix)

    def static(self, prop: str) -> str | None:
        attr = self.props.get(prop)
        if attr is None or attr.value is None or attr.is_dynamic:
            return None
        return attr.value

    def run(self) -> Iterator[Finding]:
        """Every finding on the cell; with the file's text, only fixes that are safe."""
        findings = list(self.checks())
        if self.text is None or not any(f.fix for f in findings):
            return iter(findings)
        return FixVetting(self, findings).vetted()

    def checks(self) -> Iterator[Finding]:
        """Every finding on the cell, each with the fix its rule proposes."""
        yield from self.plugid()
        for attr in self.element.attributes:
            yield from self.attribute(attr)
        yield from self.duplicates()
        yield from self.layout()

    def plugid(self) -> Iterator[Finding]:
        tag_span = (self.element.start.offset + 1, self.element.start.offset + 1 + len(self.element.tag))
        if "plugid" not in self.props and "vcode" not in self.props:
            yield self.finding("WC201", msg("cell.no_plugid", tag=self.element.tag), tag_span)
            return
        attr = self.props.get("plugid")
        if attr is None or attr.is_dynamic:
            return
        value = (attr.value or "").strip()
        if not value or _PLACEHOLDER.fullmatch(value):
            message = msg("cell.plugid_placeholder", value=attr.value) if value else msg("cell.plugid_empty")
            yield self.finding("WC202", message, _value_span(attr) if value else _name_span(attr))

    def attribute(self, attr: Attribute) -> Iterator[Finding]:
        name = attr.name
        if name in GENERATED_ATTRIBUTES:
            return  # written by uni-app's compiler into its build output, not by the user
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
            yield self.finding("WC211", msg("cell.dynamic", name=name, value=attr.value), _value_span(attr))
            return
        if attr.value is not None:
            yield from self.value(prop, attr)

    def unknown(self, attr: Attribute) -> Finding:
        name = attr.name
        if name in plugin.GROUP_PLUGIN_ATTRIBUTES:
            return self.finding("WC203", msg("cell.group_attribute", name=name,
                                             provider=plugin.GROUP_PLUGIN_PROVIDER), _name_span(attr))
        suggestion = suggest_property(name)
        if suggestion is None:
            return self.finding("WC203", msg("cell.unknown_attribute", name=name), _name_span(attr))
        return self.finding("WC203", msg("cell.unknown_attribute_suggest", name=name, suggestion=suggestion),
                            _name_span(attr), self.rename_fix(attr, suggestion))

    def rename_fix(self, attr: Attribute, prop: str) -> Fix:
        """Rename to ``prop``, with the value's own fix when the value is wrong for it
        (avatarStyle="Rect" -> avatorStyle="rect"), so the rename reveals no new problem."""
        edits = [TextEdit(*_name_span(attr), prop)]
        what = f"rename to '{prop}'"
        if attr.value is not None and not attr.is_dynamic:
            for finding in self.value(prop, attr):
                if finding.fix is not None:
                    edits.extend(finding.fix.edits)
                    what += f" and {finding.fix.message}"
        return Fix(what, tuple(edits))

    def event(self, attr: Attribute, event: str) -> Iterator[Finding]:
        if event in plugin.EVENT_NAMES or event in NATIVE_EVENTS or event in GENERATED_EVENTS:
            return
        prefix = attr.name[: len(attr.name) - len(event)]
        lowered = [e for e in plugin.EVENT_NAMES if e == event.lower()]
        close = lowered or difflib.get_close_matches(event.lower(), plugin.EVENT_NAMES, n=1, cutoff=0.6)
        fix = (Fix(f"rename to '{prefix}{lowered[0]}'", (TextEdit(*_name_span(attr), prefix + lowered[0]),))
               if lowered else None)
        message = (msg("cell.unknown_event_suggest", event=event, suggestion=prefix + close[0]) if close
                   else msg("cell.unknown_event", event=event))
        yield self.finding("WC210", message, _name_span(attr), fix)

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
                yield self.finding("WC206", msg("cell.bubble_color_hex", raw=raw), span, fix)
            return
        if spec.kind == "number":
            number = plugin.number_text(raw)
            if number is None:
                yield from self.not_a_number(prop, raw, span)
            elif spec.options and number not in spec.allowed:
                yield self.finding("WC204", msg("cell.not_one_of", prop=prop, raw=raw, choices=_choices(prop)),
                                   span)
            return
        if raw not in spec.allowed:
            folded = [v for v in spec.allowed if v.lower() == raw.strip().lower()]
            fix = Fix(f"write '{folded[0]}'", (TextEdit(*span, folded[0]),)) if folded else None
            yield self.finding("WC204", msg("cell.not_one_of", prop=prop, raw=raw, choices=_choices(prop)),
                               span, fix)

    def not_a_number(self, prop: str, raw: str, span: tuple[int, int]) -> Iterator[Finding]:
        spec = plugin.ATTRIBUTES_BY_NAME[prop]
        if prop in plugin.INDEXED_TEXT_ATTRIBUTES:
            index = spec.index_of_label(raw)
            if index is not None:
                yield self.finding("WC205", msg("cell.index_not_text", prop=prop, text=raw.strip(), index=index),
                                   span,
                                   Fix(f"write {index}", (TextEdit(*span, index),)))
                return
            yield self.finding("WC204", msg("cell.custom_text", prop=prop, raw=raw, choices=_choices(prop)), span)
            return
        message = (msg("cell.not_a_number_choices", prop=prop, raw=raw, choices=_choices(prop)) if spec.options
                   else msg("cell.not_a_number", prop=prop, raw=raw))
        yield self.finding("WC204", message, span)

    def duplicates(self) -> Iterator[Finding]:
        seen: dict[str, Attribute] = {}
        for attr in self.element.attributes:
            key = property_of(attr.name) or attr.name
            first = seen.get(key)
            if first is not None:
                yield self.finding("WC209", msg("cell.duplicate", name=attr.name, first=first.name,
                                                line=first.start.line), _name_span(attr))
            else:
                seen[key] = attr

    def layout(self) -> Iterator[Finding]:
        facts = self.plugids.get(self.static("plugid") or "")
        known = Knowledge.of(self.static, self.props, facts)
        if known.style == {plugin.SINGLE_AGENT_ONLY_STYLE} and known.modes == {"multi"}:
            attr = self.props.get("styleType")
            span = _value_span(attr) if attr else (self.element.start.offset + 1,
                                                   self.element.start.offset + 1 + len(self.element.tag))
            yield self.finding("WC208", msg("cell.style3_multi_agent", source=known.mode_source), span)
            return
        for prop, reason in ineffective(known, self.props):
            yield self.finding("WC207", msg("cell.ineffective", prop=prop, reason=reason),
                               _name_span(self.props[prop]))


class FixVetting:
    """Which of a cell's proposed fixes are safe; the others lose their fix and say why.

    A fix is refused when it renames an attribute onto one the cell already has, when
    another fix of the same pass renames onto the same target, or when the cell it would
    leave has more findings of some code than before (checked by re-running the checks on
    the edited start tag). Fixes are taken in order, each on top of those accepted.
    """

    def __init__(self, checker: CellChecker, findings: list[Finding]):
        self.checker = checker
        self.findings = findings
        self.start = checker.element.start.offset
        self.before = _problems(findings)
        self.accepted: list[TextEdit] = []
        self.renames = {id(f): r for f in findings if (r := self.rename(f)) is not None}

    def vetted(self) -> Iterator[Finding]:
        """The findings, each fix kept or replaced by the reason it is not applied."""
        for finding in self.findings:
            if finding.fix is None:
                yield finding
                continue
            reason = self.collision(finding) or self.new_problem(finding.fix.edits)
            if reason is None:
                self.accepted.extend(finding.fix.edits)
                yield finding
            else:
                yield replace(finding, fix=None,
                              message=msg("cell.fix_refused", message=finding.message, reason=reason))

    def rename(self, finding: Finding) -> tuple[Attribute, str] | None:
        """(attribute, new name) when the finding's fix renames an attribute."""
        for edit in finding.fix.edits if finding.fix is not None else ():
            for attr in self.checker.element.attributes:
                if (edit.start, edit.end) == _name_span(attr):
                    return attr, edit.text
        return None

    def collision(self, finding: Finding) -> Message | None:
        """Why a rename would make a duplicate: an attribute that exists, or another rename."""
        rename = self.renames.get(id(finding))
        if rename is None:
            return None
        attr, new = rename
        target = binding_key(new)
        for other in self.checker.element.attributes:
            if other is not attr and binding_key(other.name) == target:
                return msg("cell.fix_would_repeat", new=new, other=other.name, line=other.start.line)
        for other_attr, other_new in self.renames.values():
            if other_attr is not attr and binding_key(other_new) == target:
                return msg("cell.fix_both_renamed", new=new, other=other_attr.name, line=other_attr.start.line)
        return None

    def new_problem(self, edits: tuple[TextEdit, ...]) -> Message | None:
        """The first problem the edited cell would have that the cell does not have now."""
        text = self.checker.text or ""
        tag = text[self.start:self.checker.element.open_end.offset]
        moved = [TextEdit(e.start - self.start, e.end - self.start, e.text) for e in (*self.accepted, *edits)]
        try:
            edited = apply_edits(tag, moved)
        except ValueError:
            return msg("cell.fix_overlaps")  # two fixes on one span: never guess an order
        element = next(parse_wxml(edited).iter_elements(), None)
        if element is None:
            return msg("cell.fix_overlaps")
        after = list(CellChecker(element, self.checker.path, self.checker.plugids).checks())
        counts = _problems(after)
        for finding in after:
            if counts[finding.code] > self.before[finding.code]:
                return msg("cell.fix_new_problem", problem=finding.message, code=finding.code)
        return None


def _problems(findings: list[Finding]) -> Counter[str]:
    return Counter(f.code for f in findings if f.code not in NOT_A_PROBLEM)


def suggest_property(name: str) -> str | None:
    """The property a misspelt attribute most likely means (None when unsure)."""
    folded = name.replace("-", "").replace("_", "").lower()
    same = [p for p in plugin.ATTRIBUTES_BY_NAME if p.lower() == folded]
    if same:
        return same[0]
    close = difflib.get_close_matches(name, [a.name for a in plugin.ATTRIBUTES if a.documented],
                                      n=2, cutoff=0.8)
    return close[0] if len(close) == 1 else None


def _choices(prop: str) -> str | Message:
    spec = plugin.ATTRIBUTES_BY_NAME[prop]
    if not spec.options:
        return msg("a_number")
    return ", ".join(f"{o.value} ({o.label})" if spec.kind == "number" else o.value for o in spec.options)


def check_unit(ctx: UnitContext) -> Iterator[Finding]:
    """Every contact cell in the unit's WXML."""
    path = ctx.unit.wxml_path
    if path is None:
        return
    for cell in ctx.cells:
        text = ctx.wxml_source.text if ctx.wxml_source is not None else None
        yield from CellChecker(cell.element, path, ctx.facts.config.plugids, text).run()
