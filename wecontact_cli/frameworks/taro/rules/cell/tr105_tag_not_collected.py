"""TR105 tag-not-collected: <Cell> or a tag held in a variable stands for the cell; Taro never sees it."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.rules._examples import VIEW, view
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Unit

_BAD = "<Tag plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage={onComplete} />"
_GOOD = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR105", "tag-not-collected", "error",
    summary=("The cell written under another tag: a tag held in a variable (const Tag = 'cell'), or a "
             "component-cased <Cell> that nothing defines.",
             "cell 用别的标签写出：存在变量里的标签（const Tag = 'cell'），或没有任何定义的大写 <Cell>。"),
    why=("Taro finds a plugin component's attributes by its intrinsic tag, written as registered "
         "(<cell>), at build time. <Tag> with a variable, or <Cell>, is not that tag: Taro writes no "
         "template for it, and <Cell> is a React component that does not exist.",
         "Taro 在编译时按注册的原生标签（<cell>）查找插件组件的属性。用变量表示的 <Tag> 或 <Cell> 都不是这个"
         "标签：Taro 不会为它生成模板，而 <Cell> 是一个并不存在的 React 组件。"),
    fix=("Write the tag exactly as registered in usingComponents: <cell ... />.",
         "按 usingComponents 中注册的样子原样写出标签：<cell ... />。"),
    bad=Example("const Tag = 'cell'\n" + _BAD, {VIEW: view(_BAD, inside="  const Tag = 'cell'\n")}),
    good=Example(_GOOD, {VIEW: view(_GOOD)}),
    frameworks=("taro",),
    messages={
        "variable": ("<{written}> holds '{tag}' in a variable: Taro collects a plugin component's attributes "
                     "only from <{tag}> written as such, so this one never reaches the plugin. Write <{tag}>",
                     "<{written}> 用变量保存了 '{tag}'：Taro 只从原样写出的 <{tag}> 上收集插件组件的属性，"
                     "这个元素到不了插件。请写成 <{tag}>"),
        "component": ("<{written}> is not <{tag}>: nothing in this file defines or imports {written}, and "
                      "Taro renders the plugin's cell only from <{tag}> written as registered. Write <{tag}>",
                      "<{written}> 不是 <{tag}>：本文件中没有定义或导入 {written}，而 Taro 只会把按注册名原样写出的 "
                      "<{tag}> 渲染为插件的 cell。请写成 <{tag}>"),
    },
)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every element that stands for the cell under another tag."""
    hidden = getattr(unit, "hidden", None)
    for found in hidden() if hidden is not None else ():
        if found.kind == "variable":
            message = RULE.msg("variable", written=found.written, tag=found.stands_for)
        else:
            message = RULE.msg("component", written=found.written, tag=found.stands_for)
        yield Finding.at(RULE.code, message, found.span)
