"""WC212 number-not-a-number: a number property given no value, a boolean, or a string
through data binding, whose effect the guide does not document (every framework)."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import AttrUse, CellUse, Unit

RULE = Rule(
    "WC212", "number-not-a-number", "warning",
    summary=("A number attribute given no value, a boolean, or a string through data binding "
             "(isMask with no value, styleType=\"{{'2'}}\", :styleType=\"'2'\").",
             "数字类型的属性没有给值、给了布尔值，或者通过数据绑定给了字符串（没有值的 isMask、"
             "styleType=\"{{'2'}}\"、:styleType=\"'2'\"）。"),
    why=("The guide types these attributes as numbers. A plain attribute text (styleType=\"2\") is "
         "converted to a number by WeChat, but a bound string, a boolean or a missing value reaches the "
         "plugin as something else, and what the plugin does with it is not documented.",
         "指南把这些属性定义为数字。普通的属性文本（styleType=\"2\"）会由微信转换成数字，但通过绑定传入的字符串、"
         "布尔值或缺少的值会以别的类型到达插件，插件会怎样处理没有文档说明。"),
    fix=("Write the number: styleType=\"2\" (or :styleType=\"2\", styleType={2}); --fix rewrites a bound "
         "string that holds a number.",
         "直接写数字：styleType=\"2\"（或 :styleType=\"2\"、styleType={2}）；绑定的字符串是数字时，--fix 会自动改写。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="{{\'1\'}}" isMask />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="1" isMask="1" />'),
    note=("A warning at most: WeChat may well convert these values, but nobody has documented it. Every "
          "framework's syntax is judged alike: WXML's {{ }}, Vue's :x, JSX's x={...}.",
          "最多是警告：微信也许会转换这些值，但没有任何文档说明。各框架的写法一视同仁：WXML 的 {{ }}、Vue 的 :x、"
          "JSX 的 x={...}。"),
    fixable=True,
    messages={
        "none": ("{name} has no value, but the plugin expects a number; what it receives instead is not "
                 "documented: write {prop}=\"1\" or {prop}=\"0\"",
                 "{name} 没有值，而插件需要的是数字；插件实际收到的是什么没有文档说明：请写成 {prop}=\"1\" 或 {prop}=\"0\""),
        "boolean": ("{name} is given the boolean {value}, but the plugin expects a number; the effect is not "
                    "documented: write a number",
                    "{name} 被赋予布尔值 {value}，而插件需要的是数字；效果没有文档说明：请写一个数字"),
        "string": ("{name} is given the string '{value}' through data binding, but the plugin expects a number; "
                   "the effect is not documented: write the number itself",
                   "{name} 通过数据绑定被赋予了字符串 '{value}'，而插件需要的是数字；效果没有文档说明：请直接写数字"),
    },
)


def _finding(attr: AttrUse, prop: str) -> Finding | None:
    if attr.value_type == "none":
        return Finding.at(RULE.code, RULE.msg("none", name=attr.written, prop=prop), attr.name_span)
    if attr.value_type == "boolean":
        return Finding.at(RULE.code, RULE.msg("boolean", name=attr.written, value=attr.value),
                          attr.value_span or attr.name_span)
    if attr.value_type != "string" or attr.value is None:
        return None
    number = plugin.number_text(attr.value) if attr.value.strip() else None
    span = attr.value_span
    fix = (Fix(msg("fix.write", value=number), (TextEdit(span.start, span.end, number),))
           if number is not None and span is not None and number == attr.value.strip() else None)
    return Finding.at(RULE.code, RULE.msg("string", name=attr.written, value=attr.value), span or attr.name_span, fix)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every number property whose value is not a number or a text WeChat converts."""
    for attr in cell.attrs:
        if attr.role != "property" or attr.prop is None or attr.dialect is not None:
            continue
        if plugin.ATTRIBUTES_BY_NAME[attr.prop].kind == "number":
            found = _finding(attr, attr.prop)
            if found is not None:
                yield found
