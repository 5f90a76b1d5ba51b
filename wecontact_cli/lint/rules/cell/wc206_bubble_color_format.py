"""WC206 bubble-color-format: bubbleColor must be hex digits without '#'."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.cell._values import Verdict, judged, value_findings
from wecontact_cli.model import AttrUse, CellUse, Unit
from wecontact_cli.syntax.patterns import compile_pattern

HEX_COLOUR = compile_pattern(r"[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?")
RULE = Rule(
    "WC206", "bubble-color-format", "error",
    summary=("bubbleColor is not 3 or 6 hex digits without '#'.", "bubbleColor 不是 3 位或 6 位、且不带 '#' 的十六进制数字。"),
    why=("The guide says 不用带#号: the plugin prepends '#' itself, so '#4790EE' or 'red' gives an "
         "invalid colour.",
         "指南写明“不用带#号”：插件会自己在前面加上 '#'，所以 '#4790EE' 或 'red' 得到的是无效的颜色。"),
    fix=("Write the hex digits only (--fix drops a leading '#').", "只写十六进制数字（--fix 会去掉开头的 '#'）。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="2" bubbleColor="#4790EE" />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="2" bubbleColor="4790EE" />'),
    note=("3-digit colours are accepted: the plugin's shipped code reads them.", "也接受 3 位颜色值：插件实际发布的代码能读取它们。"),
    fixable=True,
    messages={"hex": ("bubbleColor '{raw}' must be 3 or 6 hex digits without '#' (不用带#号), e.g. 4790EE",
                      "bubbleColor '{raw}' 必须是 3 位或 6 位十六进制数字，不用带#号，例如 4790EE")},
)


def verdict(prop: str, attr: AttrUse) -> Verdict | None:
    """A bubbleColor that is not bare hex digits (a leading '#' is corrected)."""
    raw = judged(attr)
    if raw is None or prop != "bubbleColor" or HEX_COLOUR.fullmatch(raw):
        return None
    bare = raw.strip().lstrip("#")
    if HEX_COLOUR.fullmatch(bare):
        return Verdict(RULE.msg("hex", raw=raw), bare, msg("fix.write", value=bare))
    return Verdict(RULE.msg("hex", raw=raw))


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A bubbleColor the plugin cannot read."""
    return value_findings(RULE.code, verdict, cell, unit)
