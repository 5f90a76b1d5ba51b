"""Which attributes a cell's layout reads, from what is known statically (WC207, WC208 share it).

The guide says where each attribute "有效" (has an effect); the plugin's shipped 1.4.x code
is more precise (platform facts), and is what ``plugin.LAYOUT_READS`` records. Unknowns
(styleType from the console, the plugid's agent mode, a dynamic isMask) are enumerated:
an attribute is reported only when *no* possible layout reads it, so the rule never guesses.
"""

from __future__ import annotations

from itertools import product
from typing import Callable, Iterator, Mapping

from wecontact_cli import plugin
from wecontact_cli.i18n.message import Message, join_semicolon, msg
from wecontact_cli.lint.config import PlugidFacts
from wecontact_cli.model import AttrUse
from wecontact_cli.records import record

STYLES = ("1", "2", "3")
MODES = ("single", "multi")
LAYOUT_DEPENDENT = (
    "avatorStyle", "isMask", "contactText", "buttonText", "buttonStyle", "serviceText",
    "paddingStyle", "iconStyle", "blockStyle", "bubbleColor",
)


@record(frozen=True)
class Knowledge:
    """The possible values of what decides the layout, and where each certainty comes from."""

    style: frozenset[str]
    modes: frozenset[str]
    is_mask: frozenset[str]
    block: frozenset[str]
    style_source: str | Message
    mode_source: str | Message

    @classmethod
    def of(cls, static: Callable[[str], str | None], props: Mapping[str, AttrUse],
           facts: PlugidFacts | None) -> Knowledge:
        """What a cell's static attributes and the configuration's plugid facts tell."""
        style, style_source = _known(static("styleType"), STYLES, msg("layout.source_attribute"))
        if not style and facts and facts.style_type:
            style, style_source = frozenset({facts.style_type}), msg("layout.source_console")
        raw_plug_type = static("plugType")
        plug_type = plugin.number_text(raw_plug_type) if raw_plug_type is not None else None
        modes: frozenset[str] = frozenset()
        mode_source: str | Message = ""
        if plug_type in ("0", "1"):
            modes, mode_source = frozenset({MODES[int(plug_type)]}), f"plugType=\"{raw_plug_type}\""
        elif facts and facts.agent:
            modes, mode_source = frozenset({facts.agent}), msg("layout.source_agent")
        return cls(
            style or frozenset(STYLES), modes or frozenset(MODES),
            _possible(static, props, "isMask", ("0", "1")), _possible(static, props, "blockStyle", ("bubble", "button")),
            style_source, mode_source,
        )

    @property
    def style_known(self) -> bool:
        """Whether the styleType is certain."""
        return len(self.style) == 1


def _known(value: str | None, allowed: tuple[str, ...],
           source: Message) -> tuple[frozenset[str], str | Message]:
    number = plugin.number_text(value) if value is not None else None
    return (frozenset({number}), source) if number in allowed else (frozenset(), "")


def _possible(static: Callable[[str], str | None], props: Mapping[str, AttrUse], prop: str,
              allowed: tuple[str, ...]) -> frozenset[str]:
    """The values an attribute may take: its static value, its default, or any (dynamic)."""
    value = static(prop)
    if value is not None:
        spec = plugin.ATTRIBUTES_BY_NAME[prop]
        value = (plugin.number_text(value) if spec.kind == "number" else value.strip()) or ""
        if value in allowed:
            return frozenset({value})
    if prop in props:  # dynamic or invalid: anything is possible
        return frozenset(allowed)
    return frozenset({plugin.ATTRIBUTES_BY_NAME[prop].default or allowed[0]})


def reads(mode: str, style: str, known: Knowledge) -> frozenset[str]:
    """The attributes one layout reads, refined by isMask and blockStyle."""
    base = set(plugin.LAYOUT_READS.get((mode, style), frozenset()))  # type: ignore[arg-type]
    if (mode, style) == ("single", "1") and "1" not in known.is_mask:
        base.discard("contactText")  # guide: 单人客服styleType为1且isMask为1时有效
    if style == "2":
        if "bubble" not in known.block:
            base.discard("bubbleColor")
        if "button" not in known.block:
            base -= {"buttonText", "buttonStyle"}
    return frozenset(base)


def ineffective(known: Knowledge, props: Mapping[str, AttrUse]) -> Iterator[tuple[str, Message]]:
    """(attribute, reason) for every present attribute that no possible layout reads."""
    read: set[str] = set()
    for mode, style in product(sorted(known.modes), sorted(known.style)):
        read |= reads(mode, style, known)
    for prop in LAYOUT_DEPENDENT:
        if prop in props and prop not in read:
            yield prop, _reason(prop, known)


def _reason(prop: str, known: Knowledge) -> Message:
    facts: list[str | Message] = []
    if known.style_known:
        facts.append(msg("layout.style_is", style=next(iter(known.style)), source=known.style_source))
    if len(known.modes) == 1:
        if next(iter(known.modes)) == "single":
            facts.append(msg("layout.single_agent", source=known.mode_source))
        else:
            facts.append(msg("layout.multi_agent", source=known.mode_source))
    if len(known.block) == 1 and "2" in known.style and prop in ("bubbleColor", "buttonText", "buttonStyle"):
        facts.append(msg("layout.block_is", block=next(iter(known.block))))
    if prop == "contactText" and known.is_mask == {"0"} and "1" in known.style:
        facts.append(msg("layout.is_mask_0"))
    spec = plugin.ATTRIBUTES_BY_NAME[prop]
    said = join_semicolon(facts) if facts else msg("layout.no_reader")
    return msg("layout.reason", facts=said, effective=spec.effective)
