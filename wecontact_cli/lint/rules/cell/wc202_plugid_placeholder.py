"""WC202 plugid-placeholder: the guide's literal 'plugid', an empty value, or a placeholder."""

from __future__ import annotations

import re
from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit
from wecontact_cli.syntax.patterns import compile_pattern

PLACEHOLDER = compile_pattern(
    r"(plug_?id|plugin_?id|your.*|x{3,}|todo|tbd|placeholder|<.*>|\{.*\}|\$\{.*\}|请.*|.*替换.*|0+|1234+56?)",
    re.IGNORECASE,
)
RULE = Rule(
    "WC202", "plugid-placeholder", "error",
    summary=("plugid is empty, the guide's literal 'plugid', or an obvious placeholder (xxx, your-plugid, <id>).",
             "plugid 为空、是指南中的字面值 'plugid'，或是明显的占位符（xxx、your-plugid、<id>）。"),
    why=("The guide's own example passes plugid='plugid'; copied as is, the button never works.",
         "指南自己的示例传的就是 plugid='plugid'；原样照抄的话，按钮永远无法使用。"),
    fix=("Use the real plugin ID from the WeCom admin console, or bind one: plugid=\"{{plugid}}\".",
         "使用企业微信管理后台中真实的插件ID，或者绑定一个变量：plugid=\"{{plugid}}\"。"),
    bad=Example("<cell plugid='plugid' />"),
    good=Example('<cell plugid="a1b2c3d4" />'),
    messages={
        "placeholder": ("plugid is '{value}', a placeholder (the guide's example passes the literal "
                        "plugid='plugid'); use the real plugin ID from the WeCom admin console",
                        "plugid 为 '{value}'，是占位符（指南示例中直接写的是 plugid='plugid'）；"
                        "请使用企业微信管理后台中真实的插件 ID"),
        "empty": ("plugid is empty, a placeholder (the guide's example passes the literal "
                  "plugid='plugid'); use the real plugin ID from the WeCom admin console",
                  "plugid 为空，是占位符（指南示例中直接写的是 plugid='plugid'）；"
                  "请使用企业微信管理后台中真实的插件 ID"),
    },
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A static plugid that cannot be a real plugin ID."""
    attr = cell.props().get("plugid")
    if attr is None or attr.is_dynamic or attr.dialect is not None:
        return
    value = (attr.value or "").strip()
    if value and not PLACEHOLDER.fullmatch(value):
        return
    if value:
        yield Finding.at(RULE.code, RULE.msg("placeholder", value=attr.value), attr.value_span or attr.name_span)
    else:
        yield Finding.at(RULE.code, RULE.msg("empty"), attr.name_span)
