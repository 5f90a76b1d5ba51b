"""WC201 plugid-missing: a cell without plugid (and without vcode)."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

RULE = Rule(
    "WC201", "plugid-missing", "error",
    summary=("A contact cell has no plugid (and no vcode).", "客服插件的 cell 没有 plugid（也没有 vcode）。"),
    why=("plugid is the guide's only required attribute: without it the plugin cannot find its "
         "configuration and renders nothing, silently.",
         "plugid 是指南中唯一的必填属性：没有它，插件找不到自己的配置，什么也不渲染，而且没有任何提示。"),
    fix=("Pass the plugin ID configured in the WeCom admin console (企业微信管理后台 > 客户联系 > 联系我).",
         "传入在企业微信管理后台配置的插件ID（企业微信管理后台 > 客户联系 > 联系我）。"),
    bad=Example('<cell styleType="1" />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="1" />'),
    messages={"missing": (
        "<{tag}> has no plugid: the contact button renders nothing. Pass the plugin ID from the "
        "WeCom admin console (企业微信管理后台 > 客户联系)",
        "<{tag}> 没有 plugid：联系按钮什么也不会显示。请传入企业微信管理后台 > 客户联系 中的插件 ID")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A cell that sets neither plugid nor vcode."""
    props = cell.props()
    if "plugid" not in props and "vcode" not in props:
        yield Finding.at(RULE.code, RULE.msg("missing", tag=cell.tag), cell.tag_span)
