"""WC110 plugin-unused: declared, but no registration uses it."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project

RULE = Rule(
    "WC110", "plugin-unused", "info",
    summary=("The contact plugin is declared but no usingComponents entry uses it.",
             "已声明客服插件，但没有任何 usingComponents 条目用到它。"),
    why=("An unused plugin still has to be added in the admin console and is loaded for nothing.",
         "未使用的插件仍然需要在小程序管理后台添加，而且会被白白加载。"),
    fix=("Wire it into a page (`wecontact add-page`), or remove the declaration.",
         "把它接入某个页面（`wecontact add-page`），或者删除该声明。"),
    bad=Example('"plugins": {"contactPlugin": {...}}  // and no plugin://contactPlugin/cell anywhere',
                {"miniprogram/pages/index/index.json": "{}\n", "miniprogram/pages/index/index.wxml": "<view />\n"}),
    good=Example('"usingComponents": {"cell": "plugin://contactPlugin/cell"}  // in a page .json', {}),
    messages={"unused": (
        "the contact plugin is declared as '{alias}' but no usingComponents entry uses "
        "plugin://{alias}/cell",
        "客服插件以 '{alias}' 声明，但没有任何 usingComponents 条目使用 plugin://{alias}/cell")},
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every contact declaration whose alias no registration uses (silent when usage is unknown)."""
    if ctx.used_aliases is None:
        return
    for decl in project.contact_declarations():
        if decl.alias not in ctx.used_aliases:
            yield Finding.at(RULE.code, RULE.msg("unused", alias=decl.alias), decl.key)
