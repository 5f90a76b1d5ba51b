"""WC212 number-not-a-number: a number property given no value, a boolean, or a string that
holds a number where WeChat does not convert it: through data binding, or as a JavaScript value
in Taro (every framework). A string that is no number is left to WC204/WC205, which say what
to write instead."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import AttrUse, CellUse, Unit

RULE = Rule(
    "WC212", "number-not-a-number", "warning",
    summary=("A number attribute given no value, a boolean, or a number written as a string that WeChat "
             "does not convert (isMask with no value, styleType=\"{{'2'}}\", :styleType=\"'2'\", "
             "styleType='2' in Taro).",
             "数字类型的属性没有给值、给了布尔值，或者把数字写成了微信不会转换的字符串（没有值的 isMask、"
             "styleType=\"{{'2'}}\"、:styleType=\"'2'\"、Taro 中的 styleType='2'）。"),
    why=("The guide types these attributes as numbers. A plain attribute text in WXML (styleType=\"2\") is "
         "converted to a number by WeChat, but a bound string, a boolean or a missing value reaches the "
         "plugin as something else, and what the plugin does with it is not documented. In Taro every prop "
         "is sent through setData, so styleType='2' in JSX (or styleType=\"2\" without ':' in a Taro Vue "
         "template) is a string too.",
         "指南把这些属性定义为数字。WXML 中普通的属性文本（styleType=\"2\"）会由微信转换成数字，但通过绑定传入的"
         "字符串、布尔值或缺少的值会以别的类型到达插件，插件会怎样处理没有文档说明。Taro 的每个属性都经由 setData "
         "传递，所以 JSX 中的 styleType='2'（或 Taro Vue 模板中不带 ':' 的 styleType=\"2\"）同样是字符串。"),
    fix=("Write the number in your framework's syntax: styleType=\"2\" in WXML and uni-app templates, "
         ":styleType=\"2\" in a Taro Vue template, styleType={2} in JSX; --fix does it.",
         "用所在框架的写法直接写数字：WXML 和 uni-app 模板中写 styleType=\"2\"，Taro Vue 模板中写 "
         ":styleType=\"2\"，JSX 中写 styleType={2}；--fix 会自动改写。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="{{\'1\'}}" isMask />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="1" isMask="1" />'),
    note=("A warning at most: WeChat may well convert these values, but nobody has documented it. Every "
          "framework's syntax is judged alike: WXML's {{ }}, Vue's :x, JSX's x={...} and Taro's props. A string "
          "that is not a number is judged by WC204 and WC205.",
          "最多是警告：微信也许会转换这些值，但没有任何文档说明。各框架的写法一视同仁：WXML 的 {{ }}、Vue 的 :x、"
          "JSX 的 x={...} 以及 Taro 的属性。不是数字的字符串由 WC204 和 WC205 检查。"),
    fixable=True,
    messages={
        "none": ("{name} has no value, but the plugin expects a number; what it receives instead is not "
                 "documented: give it the number 1 or 0, written as your framework writes a number",
                 "{name} 没有值，而插件需要的是数字；插件实际收到的是什么没有文档说明：请按所在框架写数字的方式给它 1 或 0"),
        "boolean": ("{name} is given the boolean {value}, but the plugin expects a number; the effect is not "
                    "documented: write a number",
                    "{name} 被赋予布尔值 {value}，而插件需要的是数字；效果没有文档说明：请写一个数字"),
        "string": ("{name} passes the string '{value}', but the plugin expects a number and WeChat converts only "
                   "plain WXML attribute text; the effect is not documented: write {fixed}",
                   "{name} 传的是字符串 '{value}'，而插件需要的是数字，微信只会转换 WXML 中普通的属性文本；"
                   "效果没有文档说明：请写成 {fixed}"),
    },
)


def _finding(attr: AttrUse, cell: CellUse, unit: Unit) -> Finding | None:
    if attr.value_type == "none":
        return Finding.at(RULE.code, RULE.msg("none", name=attr.written), attr.name_span)
    if attr.value_type == "boolean":
        return Finding.at(RULE.code, RULE.msg("boolean", name=attr.written, value=attr.value),
                          attr.value_span or attr.name_span)
    if attr.value_type != "string" or attr.value is None or not attr.value.strip():
        return None
    number = plugin.number_text(attr.value)
    if number is None:
        return None  # not a number at all: WC204/WC205 say what to write
    planned = unit.number_edits(cell, attr, number) if number == attr.value.strip() else None
    fixed = planned[1] if planned is not None else number
    fix = Fix(msg("fix.write", value=fixed), planned[0]) if planned is not None else None
    message = RULE.msg("string", name=attr.written, value=attr.value, fixed=fixed)
    return Finding.at(RULE.code, message, attr.value_span or attr.name_span, fix)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every number property whose value is not a number or a text WeChat converts."""
    for attr in cell.attrs:
        if attr.role != "property" or attr.prop is None or attr.dialect is not None:
            continue
        if plugin.ATTRIBUTES_BY_NAME[attr.prop].kind == "number":
            found = _finding(attr, cell, unit)
            if found is not None:
                yield found
