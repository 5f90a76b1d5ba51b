"""WC205 text-instead-of-index: contactText/buttonText/serviceText given the option's text."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.cell._values import Verdict, judged, value_findings
from wecontact_cli.model import AttrUse, CellUse, Unit

RULE = Rule(
    "WC205", "text-instead-of-index", "error",
    summary=("contactText, buttonText or serviceText is given the option's text instead of its index.",
             "contactText、buttonText 或 serviceText 写的是选项的文案，而不是它的索引值。"),
    why=("The guide types these as numbers and lists texts with index values; custom text is not "
         "supported (不支持自定义文案), so '联系客服' becomes 0 and shows a different text.",
         "指南把这些属性定为 number 类型，并列出了每段文案对应的值；不支持自定义文案，所以 '联系客服' "
         "会变成 0，显示成另一段文案。"),
    fix=("Write the index (--fix does it): contactText 联系客服 -> 2, buttonText 联系客服 -> 4.",
         "改写为索引值（--fix 可以自动修改）：contactText 联系客服 -> 2，buttonText 联系客服 -> 4。"),
    bad=Example('<cell plugid="a1b2c3d4" contactText="联系客服" />'),
    good=Example('<cell plugid="a1b2c3d4" contactText="2" />'),
    fixable=True,
    messages={"text": ("{prop} takes the option's index, not its text: '{text}' is {index}",
                       "{prop} 要填写选项的序号，而不是文案：'{text}' 对应 {index}")},
)


def verdict(prop: str, attr: AttrUse) -> Verdict | None:
    """An indexed-text attribute whose value is one of its option's texts."""
    raw = judged(attr)
    if raw is None or prop not in plugin.INDEXED_TEXT_ATTRIBUTES or plugin.number_text(raw) is not None:
        return None
    index = plugin.ATTRIBUTES_BY_NAME[prop].index_of_label(raw)
    if index is None:
        return None
    return Verdict(RULE.msg("text", prop=prop, text=raw.strip(), index=index), index,
                   msg("fix.write_index", index=index))


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every option text written where its index belongs."""
    return value_findings(RULE.code, verdict, cell, unit)
