"""WC207 ineffective-attribute: an attribute no possible layout of the cell reads."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.cell._layout import Knowledge, ineffective
from wecontact_cli.model import CellUse, Unit

RULE = Rule(
    "WC207", "ineffective-attribute", "warning",
    summary=("The attribute has no effect given what is known statically (styleType, blockStyle, isMask, agent mode).",
             "根据静态可知的信息（styleType、blockStyle、isMask、单人/多人客服），该属性不会生效。"),
    why=("Each UI attribute works only in some layouts (the guide's 有效 column); elsewhere it is "
         "ignored and the page does not look as written.",
         "每个界面属性只在部分布局下有效（即指南中“……时有效”的说明）；在其他布局下会被忽略，页面效果和代码里写的不一致。"),
    fix=("Remove the attribute, or change styleType/blockStyle so that it applies.",
         "删除该属性，或修改 styleType/blockStyle，让它生效。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="1" bubbleColor="4790EE" />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="2" bubbleColor="4790EE" />'),
    note=("Uses the plugin's shipped 1.4.x code where it is more precise than the guide "
          "(e.g. styleType 2 reads bubbleColor only with blockStyle bubble, buttonText/buttonStyle "
          "only with blockStyle button). Unknowns are enumerated: an attribute is reported only if "
          "no possible layout reads it. The agent mode and console styleType come from plugType or "
          "wecontact.config.json \"plugids\".",
          "插件实际发布的 1.4.x 代码比指南更精确时，以代码为准（例如 styleType 为 2 时，只有 blockStyle "
          "为 bubble 才读取 bubbleColor，只有 blockStyle 为 button 才读取 buttonText/buttonStyle）。"
          "未知的情况会逐一枚举：只有所有可能的布局都不读取某个属性时才会报告。单人/多人客服和后台配置的 "
          "styleType 来自 plugType 或 wecontact.config.json 的 \"plugids\"。"),
    messages={"ineffective": ("{prop} has no effect here: {reason}", "{prop} 在这里不会生效：{reason}")},
)


def knowledge(cell: CellUse, ctx: LintContext) -> Knowledge:
    """What decides the cell's layout, from its attributes and the configuration's plugid
    facts. The last cell's answer is kept: WC207 and WC208 ask about each cell one after the
    other (about 6 us each time), and a frozen cell's answer cannot change."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is cell and last[1] is ctx:
        return last[2]
    facts = ctx.config.plugids.get(cell.static("plugid") or "")
    known = Knowledge.of(cell.static, cell.props(), facts)
    _LAST = (cell, ctx, known)
    return known


_LAST: tuple[CellUse, LintContext, Knowledge] | None = None
"""The cell ``knowledge`` answered last, in which lint, and its answer."""


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every layout attribute no possible layout reads (silent when styleType 3 meets multi agent: WC208)."""
    known = knowledge(cell, ctx)
    if known.style == {plugin.SINGLE_AGENT_ONLY_STYLE} and known.modes == {"multi"}:
        return
    props = cell.props()
    for prop, reason in ineffective(known, props):
        yield Finding.at(RULE.code, RULE.msg("ineffective", prop=prop, reason=reason), props[prop].name_span)
