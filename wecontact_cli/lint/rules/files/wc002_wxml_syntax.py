"""WC002 wxml-syntax: a view the build cannot parse."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Unit

RULE = Rule(
    "WC002", "wxml-syntax", "error",
    summary=("A .wxml file cannot be parsed: unclosed or mismatched tags, unquoted attributes, stray '<'.",
             ".wxml 文件无法解析：标签未闭合或不匹配、属性值没有加引号、多余的 '<'。"),
    why=("wcc, WeChat's WXML compiler, stops at the first such error and the page does not build; "
         "a cell inside broken markup cannot be checked either.",
         "微信的 WXML 编译器 wcc 遇到第一个此类错误就会停止，页面无法构建；写在损坏标记中的 cell 也无法检查。"),
    fix=("Close every tag (or self-close it: <cell ... />) and quote every attribute value.",
         "闭合每一个标签（或写成自闭合：<cell ... />），并给每个属性值加上引号。"),
    bad=Example('<view>\n  <cell plugid="a1b2c3d4">\n</view>\n',
                {"miniprogram/pages/index/index.wxml": '<view>\n  <cell plugid="a1b2c3d4">\n</view>\n'}),
    good=Example('<view>\n  <cell plugid="a1b2c3d4" />\n</view>\n',
                 {"miniprogram/pages/index/index.wxml": '<view>\n  <cell plugid="a1b2c3d4" />\n</view>\n'}),
)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """The view's syntax problems, and a view that cannot be read at all."""
    for problem in unit.problems():
        if problem.role == "view" and problem.kind == "syntax":
            yield Finding.of_problem(RULE.code, problem.message, problem)
