"""WC208 style-needs-single-agent: styleType 3 with a multi-agent plugid."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.cell.wc207_ineffective_attribute import knowledge
from wecontact_cli.model import CellUse, Unit

RULE = Rule(
    "WC208", "style-needs-single-agent", "error",
    summary=("styleType 3 (chat bubble) with a multi-agent plugid (多人客服).", "styleType 3（聊天气泡样式）用在了多人客服的 plugid 上。"),
    why=("The chat-bubble layout exists only for single-agent plugids: the plugin shows nothing usable.",
         "聊天气泡样式只适用于单人客服的 plugid：多人客服下，插件显示不出任何可用的内容。"),
    fix=("Use styleType 1 or 2, or a single-agent plugid.", "改用 styleType 1 或 2，或者换成单人客服的 plugid。"),
    bad=Example('<cell plugid="a1b2c3d4" plugType="1" styleType="3" />'),
    good=Example('<cell plugid="a1b2c3d4" plugType="1" styleType="1" />'),
    note=("Fires only when the agent mode is known: plugType, or wecontact.config.json \"plugids\".",
          "只在已知是单人还是多人客服时才会报告：来自 plugType，或 wecontact.config.json 的 \"plugids\"。"),
    messages={"multi": ("styleType 3 (chat bubble) works only for a single-agent plugid (单人客服); this plugid "
                        "is multi-agent ({source})",
                        "styleType 3（聊天气泡）只适用于单人客服的 plugid；这个 plugid 是多人客服（{source}）")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A chat bubble asked of a plugid known to be multi-agent."""
    known = knowledge(cell, ctx)
    if known.style == {plugin.SINGLE_AGENT_ONLY_STYLE} and known.modes == {"multi"}:
        attr = cell.props().get("styleType")
        span = (attr.value_span or attr.name_span) if attr is not None else cell.tag_span
        yield Finding.at(RULE.code, RULE.msg("multi", source=known.mode_source), span)
