"""UA102 wxml-syntax-in-vue: WXML's own syntax written on a cell in a Vue template
(``bind:completemessage="done"``, ``plugid="{{id}}"``), which uni-app does not translate."""

from __future__ import annotations

import re
from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.frameworks.uniapp.dialects import WXML_EVENT, WXML_INTERPOLATION, squashed
from wecontact_cli.frameworks.uniapp.rules._examples import page_files
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import AttrUse, CellUse, Unit
from wecontact_cli.syntax.lazy_pattern import LazyPattern

_BAD = ('<cell plugid="a1b2c3d4" bind:startmessage="startmessage" '
        'bind:completemessage="completemessage" />')
_GOOD = '<cell plugid="a1b2c3d4" @startmessage="startmessage" @completemessage="completemessage" />'
_MODIFIERS = {"bind": "", "catch": ".stop", "capture-bind": ".capture", "capture-catch": ".stop.capture"}
_MUSTACHE = LazyPattern(r"\{\{(.*)\}\}", re.DOTALL)
RULE = Rule(
    "UA102", "wxml-syntax-in-vue", "error",
    summary=("WXML syntax on a cell in a Vue template: bind:completemessage=\"done\" or plugid=\"{{id}}\".",
             "Vue 模板中的 cell 使用了 WXML 语法：bind:completemessage=\"done\" 或 plugid=\"{{id}}\"。"),
    why=("uni-app compiles the template as Vue: bind:completemessage is not a Vue binding, so no handler "
         "is attached and the plugin's result is never handled; {{ }} inside an attribute is not Vue "
         "either (Vue 3 copies it, binding page data uni-app never sets; Vue 2 drops the attribute).",
         "uni-app 按 Vue 编译模板：bind:completemessage 不是 Vue 的绑定，不会挂上任何处理函数，插件的结果"
         "永远得不到处理；属性里的 {{ }} 也不是 Vue 语法（Vue 3 会原样复制，绑定到 uni-app 从不设置的页面"
         "数据；Vue 2 会直接丢掉这个属性）。"),
    fix=("Write Vue: @completemessage=\"done\" (catch: is @x.stop), :plugid=\"id\" (--fix rewrites both).",
         "改用 Vue 写法：@completemessage=\"done\"（catch: 对应 @x.stop）、:plugid=\"id\"（--fix 可以自动改写）。"),
    bad=Example(_BAD, page_files(_BAD)),
    good=Example(_GOOD, page_files(_GOOD)),
    note=("Checked with uni-app's own compilers (Vue 2 and Vue 3).", "已用 uni-app 自己的编译器（Vue 2 和 Vue 3）验证。"),
    fixable=True,
    frameworks=("uni-app",),
    messages={
        "event": ("'{written}' is WXML, not Vue: uni-app attaches no handler, so {event} is never handled; "
                  "write '{vue}'",
                  "'{written}' 是 WXML 写法而不是 Vue 写法：uni-app 不会挂上处理函数，{event} 永远得不到处理；"
                  "请写成 '{vue}'"),
        "mut_bind": ("'{written}' is WXML, not Vue: uni-app attaches no handler, so {event} is never handled; "
                     "bind it with @{event}",
                     "'{written}' 是 WXML 写法而不是 Vue 写法：uni-app 不会挂上处理函数，{event} 永远得不到处理；"
                     "请用 @{event} 绑定"),
        "interpolation": ("{{{{ }}}} in '{written}' is WXML, not Vue: the value never reaches the plugin as "
                          "written; bind it with ':{name}'",
                          "'{written}' 中的 {{{{ }}}} 是 WXML 写法而不是 Vue 写法：这个值不会按所写的传给插件；"
                          "请用 ':{name}' 绑定"),
        "fix_bind": ("write it as Vue: {vue}", "改为 Vue 写法：{vue}"),
    },
)


def _vue_event(attr: AttrUse) -> str | None:
    """The Vue spelling of a WXML event binding (the plugin's real event for a near-miss)."""
    modifiers = _MODIFIERS.get(attr.binding)
    if modifiers is None:
        return None
    event = next((e for e in plugin.EVENT_NAMES if e == squashed(attr.name)), attr.name)
    return f"@{event}{modifiers}"


def _event_finding(attr: AttrUse) -> Finding:
    vue = _vue_event(attr)
    if vue is None:
        return Finding.at(RULE.code, RULE.msg("mut_bind", written=attr.written, event=attr.name), attr.name_span)
    fix = None
    if attr.value is not None and "{{" not in attr.value:
        fix = Fix(msg("fix.rename", name=vue), (TextEdit(attr.name_span.start, attr.name_span.end, vue),))
    message = RULE.msg("event", written=attr.written, event=attr.name, vue=f'{vue}="{attr.value or ""}"')
    return Finding.at(RULE.code, message, attr.name_span, fix)


def _interpolation_finding(attr: AttrUse) -> Finding:
    match = _MUSTACHE.fullmatch(attr.value or "")
    fix = None
    if match is not None and "{{" not in match[1] and match[1].strip() and attr.value_span is not None:
        expression = match[1].strip()
        quote = attr.value_span.quote
        if quote and quote not in expression:
            fix = Fix(RULE.msg("fix_bind", vue=f":{attr.written}={quote}{expression}{quote}"), (
                TextEdit(attr.name_span.start, attr.name_span.end, ":" + attr.written),
                TextEdit(attr.value_span.start, attr.value_span.end, expression)))
    message = RULE.msg("interpolation", written=f"{attr.written}=\"{attr.value}\"", name=attr.written)
    return Finding.at(RULE.code, message, attr.value_span or attr.name_span, fix)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every WXML event binding and {{ }} value on the cell."""
    for attr in cell.attrs:
        if attr.dialect == WXML_EVENT:
            yield _event_finding(attr)
        elif attr.dialect == WXML_INTERPOLATION:
            yield _interpolation_finding(attr)
