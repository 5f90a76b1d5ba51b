"""WC211 dynamic-value: a value computed at runtime, which lint cannot check (off by default)."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

RULE = Rule(
    "WC211", "dynamic-value", "info",
    summary=("A {{ }} value that cannot be checked statically.", "使用 {{ }} 的值，无法静态检查。"),
    why=("Bound values are decided at runtime; wecontact cannot tell whether they are valid.",
         "绑定的值要到运行时才确定；wecontact 无法判断它们是否有效。"),
    fix=("Nothing to fix; enable this rule (--select WC211) to list what lint could not check.",
         "无需修复；启用本规则（--select WC211）可以列出 lint 无法检查的内容。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="{{style}}" />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="2" />'),
    enabled_by_default=False,
    messages={"dynamic": ("{name}=\"{value}\" is dynamic and cannot be checked statically",
                          "{name}=\"{value}\" 是动态值，无法静态检查")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every property whose value is computed at runtime."""
    for attr in cell.attrs:
        if attr.role == "property" and attr.is_dynamic and attr.dialect is None:
            yield Finding.at(RULE.code, RULE.msg("dynamic", name=attr.written, value=attr.value),
                             attr.value_span or attr.name_span)
