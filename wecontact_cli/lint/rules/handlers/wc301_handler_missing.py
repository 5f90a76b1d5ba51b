"""WC301 handler-missing: an event bound to a method the page or component does not define."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_CELL = '<cell plugid="a1b2c3d4" bind:completemessage="onDone" />'
RULE = Rule(
    "WC301", "handler-missing", "error",
    summary=("A cell's event is bound to a method that the page's or component's module does not define.",
             "cell 的事件绑定到了页面或组件模块中没有定义的方法。"),
    why=("WeChat ignores a binding to a missing method without any error, so startmessage and "
         "completemessage (and every errcode it reports) go unhandled.",
         "绑定的方法不存在时，微信会直接忽略，不报任何错误，因此 startmessage 和 completemessage"
         "（以及其中报告的每个 errcode）都没有得到处理。"),
    fix=("Define the method: at the top level of Page({...}), or under methods of Component({...}) "
         "(`wecontact add-page` generates both handlers).",
         "定义该方法：写在 Page({...}) 的顶层，或 Component({...}) 的 methods 下"
         "（`wecontact add-page` 会生成这两个处理函数）。"),
    bad=Example(_CELL + '\n// index.js\nPage({ onLoad() {} })',
                {"miniprogram/pages/index/index.wxml": _CELL + "\n",
                 "miniprogram/pages/index/index.js": "Page({ onLoad() {} })\n"}),
    good=Example(_CELL + '\n// index.js\nPage({ onDone(e) {} })',
                 {"miniprogram/pages/index/index.wxml": _CELL + "\n",
                  "miniprogram/pages/index/index.js": "Page({ onDone(e) {} })\n"}),
    note=("Modules that cannot be analysed statically are skipped: no Page()/Component() call, "
          "a spread (...mixin), computed keys, or behaviors that may supply methods.",
          "无法静态分析的模块会被跳过：没有 Page()/Component() 调用、用了展开语法（...mixin）、"
          "用了计算属性名，或者用了可能提供方法的 behaviors。"),
    messages={"missing": ("'{name}' is not defined in {file} ({where}); WeChat ignores the binding silently, "
                          "so {event} goes unhandled",
                          "'{name}' 没有在 {file}（{where}）中定义；微信会静默忽略这个绑定，{event} 事件将无人处理")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every event binding whose handler the unit's script does not define."""
    for attr in cell.events():
        if attr.handler is None or attr.dialect is not None or not unit.handler_missing(attr):
            continue
        file, where = unit.handler_home()
        message = RULE.msg("missing", name=attr.handler, file=file, where=where, event=attr.name)
        yield Finding.at(RULE.code, message, attr.value_span or attr.name_span)
