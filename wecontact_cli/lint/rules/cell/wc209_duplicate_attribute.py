"""WC209 duplicate-attribute: one property (or binding) set twice on a cell."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import AttrUse, CellUse, Unit

RULE = Rule(
    "WC209", "duplicate-attribute", "error",
    summary=("The same attribute (or the same property under two spellings: styleType, style-type) twice on a cell.",
             "同一个 cell 上同一个属性出现了两次（或同一个属性用两种写法各写了一次：styleType、style-type）。"),
    why=("Only one value reaches the plugin; which one is not what a reader expects. wcc does not report it.",
         "只有一个值会传给插件，而传的是哪一个，往往出乎读代码的人的意料。wcc 不会报告这个问题。"),
    fix=("Keep one.", "只保留一个。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="1" style-type="2" />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="2" />'),
    messages={"duplicate": ("'{name}' repeats '{first}' (line {line}); only one value reaches the plugin",
                            "'{name}' 与 '{first}'（第 {line} 行）重复；只有一个值会传给插件")},
)


def key(attr: AttrUse) -> tuple[str, str]:
    """What an attribute sets: its property or binding, else its name as written."""
    return attr.key if attr.role in ("property", "event") else ("attribute", attr.written)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every attribute that sets what an earlier one on the cell already sets."""
    seen: dict[tuple[str, str], AttrUse] = {}
    for attr in cell.attrs:
        first = seen.setdefault(key(attr), attr)
        if first is not attr:
            message = RULE.msg("duplicate", name=attr.written, first=first.written, line=ctx.line(first.name_span, unit))
            yield Finding.at(RULE.code, message, attr.name_span)
