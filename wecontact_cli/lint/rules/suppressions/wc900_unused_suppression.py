"""WC900 unused-suppression: a wecontact-disable-next-line comment that silences nothing.

The engine applies suppressions (lint/suppressions.py) and reports through this rule; it
has no check of its own.
"""

from __future__ import annotations

from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Span
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE as DIRECTIVE

_STALE = '<!-- wecontact-disable-next-line WC203 -- legacy -->\n<cell plugid="a1b2c3d4" />'
_KEPT = '<!-- wecontact-disable-next-line WC203 -- kept for the old plugin -->\n<cell plugid="a1b2c3d4" plugId="x" />'
RULE = Rule(
    "WC900", "unused-suppression", "warning",
    summary=("A wecontact-disable-next-line comment that suppresses nothing, or names an unknown code.",
             "wecontact-disable-next-line 注释没有屏蔽任何问题，或者写了未知的规则代码。"),
    why=("A stale suppression hides the next real problem on that line; an unknown code suppresses nothing.",
         "过时的屏蔽注释会掩盖它所指那一行日后出现的真正问题；未知的规则代码则什么也屏蔽不了。"),
    fix=("Delete the comment, or correct its codes.", "删除该注释，或改正其中的规则代码。"),
    bad=Example(_STALE, {"miniprogram/pages/index/index.wxml": _STALE + "\n"}),
    good=Example(_KEPT, {"miniprogram/pages/index/index.wxml": _KEPT + "\n"}),
    messages={
        "unknown_code": ("unknown rule code {codes} in {directive}", "{directive} 中的规则代码 {codes} 不存在"),
        "unknown_codes": ("unknown rule codes {codes} in {directive}", "{directive} 中的规则代码 {codes} 不存在"),
        "unused": ("this {directive} suppresses nothing: no {what} on line {line}",
                   "这条 {directive} 没有屏蔽任何问题：第 {line} 行没有{what}"),
        "any_problem": ("any problem", "任何问题"),
    },
)


def unknown_codes(codes: list[str], span: Span) -> Finding:
    """A directive that names codes no rule has."""
    listed = ", ".join(codes)
    message = (RULE.msg("unknown_codes", codes=listed, directive=DIRECTIVE) if len(codes) > 1
               else RULE.msg("unknown_code", codes=listed, directive=DIRECTIVE))
    return Finding.at(RULE.code, message, span)


def silenced_nothing(codes: tuple[str, ...], line: int, span: Span) -> Finding:
    """A directive that silenced nothing on the line it covers."""
    what = ", ".join(codes) or RULE.msg("any_problem")
    return Finding.at(RULE.code, RULE.msg("unused", directive=DIRECTIVE, what=what, line=line), span)
