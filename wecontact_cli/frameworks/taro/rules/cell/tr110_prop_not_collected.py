"""TR110 prop-not-collected: style-type={2} (or a:b) on the cell in JSX never reaches the plugin."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.frameworks.taro.dialect import NOT_COLLECTED
from wecontact_cli.frameworks.taro.rules._common import rename
from wecontact_cli.frameworks.taro.rules._examples import files
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_BAD = "<cell plugid='a1b2c3d4' style-type={2} onStartmessage={onStart} onCompletemessage={onComplete} />"
_GOOD = "<cell plugid='a1b2c3d4' styleType={2} onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR110", "prop-not-collected", "error",
    summary=("A prop on the cell in JSX whose name is not an identifier: style-type={2}, bubble-color, a:b.",
             "JSX 中 cell 上属性名不是标识符的属性：style-type={2}、bubble-color、a:b。"),
    why=("Taro collects a plugin component's prop names from the object Babel compiles the element to, "
         "keeping identifier keys only. style-type is written there as a quoted key, so Taro never puts "
         "it in the page template and the plugin never receives it (in WXML and in Vue templates the "
         "dash-case form does work). A name with ':' does not even build.",
         "Taro 从 Babel 编译出的属性对象中收集插件组件的属性名，只保留标识符形式的键。style-type 在那里是"
         "带引号的键，所以 Taro 不会把它写进页面模板，插件也永远收不到它（在 WXML 和 Vue 模板中连字符写法"
         "是有效的）。带 ':' 的属性名甚至无法编译。"),
    fix=("Write the property in camelCase, as the guide names it: styleType={2}. --fix renames it.",
         "按指南中的名字用驼峰（camelCase）写法：styleType={2}。--fix 会自动改名。"),
    bad=Example(_BAD, files(_BAD)),
    good=Example(_GOOD, files(_GOOD)),
    note=("Checked against Babel's React JSX transform with Taro's collector (tests/realcheckers/babel-ts): "
          "style-type is not collected, styleType is.",
          "已用 Babel 的 React JSX 转换加上 Taro 的收集逻辑验证（tests/realcheckers/babel-ts）："
          "style-type 不会被收集，styleType 会。"),
    fixable=True,
    frameworks=("taro",),
    messages={
        "dash": ("{written} is never collected by Taro in JSX (only identifier names are): the plugin never "
                 "receives {prop}. Write {prop}",
                 "在 JSX 中 Taro 不会收集 {written}（只收集标识符形式的名字）：插件永远收不到 {prop}。请写成 {prop}"),
        "namespaced": ("{written}: Taro's JSX build rejects a prop name with ':', and the page fails to compile",
                       "{written}：Taro 的 JSX 编译不接受带 ':' 的属性名，页面会编译失败"),
    },
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every prop Taro's JSX collector drops (or Babel rejects)."""
    for attr in cell.attrs:
        if attr.dialect != NOT_COLLECTED:
            continue
        prop = plugin.property_of(attr.written)
        if ":" in attr.written or prop is None:
            yield Finding.at(RULE.code, RULE.msg("namespaced", written=attr.written), attr.name_span)
        else:
            yield Finding.at(RULE.code, RULE.msg("dash", written=attr.written, prop=prop), attr.name_span,
                             rename(attr, prop))
