"""TR103 string-handler: onCompletemessage="done" names a handler as a string; it never runs."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.dialect import NOT_A_FUNCTION, STRING_HANDLER
from wecontact_cli.frameworks.taro.rules._examples import files
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_BAD = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage='onComplete' />"
_GOOD = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR103", "string-handler", "error",
    summary=("A Taro event prop given a string (or another literal) instead of a function: "
             "onCompletemessage=\"onComplete\".",
             "Taro 事件属性的值是字符串（或其他字面量），而不是函数：onCompletemessage=\"onComplete\"。"),
    why=("In WXML a handler is named by a string; in Taro it is a function. Taro's runtime calls the "
         "value of onCompletemessage when the event arrives: a string is not callable, so nothing "
         "handles the event (seen in a real project).",
         "在 WXML 中处理函数用字符串命名；在 Taro 中它必须是函数。事件到达时 Taro 的运行时会调用 "
         "onCompletemessage 的值：字符串不能调用，所以没有任何代码处理该事件（真实项目中出现过）。"),
    fix=("Pass the function itself: onCompletemessage={onComplete} (this.onComplete in a class component).",
         "传入函数本身：onCompletemessage={onComplete}（类组件中写 this.onComplete）。"),
    bad=Example(_BAD, files(_BAD)),
    good=Example(_GOOD, files(_GOOD)),
    frameworks=("taro",),
    messages={
        "string": ("{written}={value!r} is a string, not a function: Taro never calls it, so {event} "
                   "goes unhandled. Pass the function: {written}={{{value}}}",
                   "{written}={value!r} 是字符串，不是函数：Taro 永远不会调用它，{event} 事件无人处理。"
                   "请传入函数：{written}={{{value}}}"),
        "literal": ("{written}={{{value}}} is not a function: Taro never calls it, so {event} goes unhandled",
                    "{written}={{{value}}} 不是函数：Taro 永远不会调用它，{event} 事件无人处理"),
    },
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every event prop whose value is a literal."""
    for attr in cell.attrs:
        if attr.dialect == STRING_HANDLER:
            message = RULE.msg("string", written=attr.written, value=attr.value or "", event=attr.name)
        elif attr.dialect == NOT_A_FUNCTION:
            message = RULE.msg("literal", written=attr.written, value=attr.value or "", event=attr.name)
        else:
            continue
        yield Finding.at(RULE.code, message, attr.value_span or attr.name_span)
