"""TR102 event-prop-without-on: completemessage={fn} or bindcompletemessage: no handler is bound."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.dialect import EVENT_WITHOUT_ON, contact_event
from wecontact_cli.frameworks.taro.rules._common import event_prop, is_vue, rename
from wecontact_cli.frameworks.taro.rules._examples import files
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import AttrUse, CellUse, Unit

_BAD = "<cell plugid='a1b2c3d4' startmessage={onStart} completemessage={onComplete} />"
_GOOD = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR102", "event-prop-without-on", "error",
    summary=("A contact event bound without Taro's on prefix: completemessage={fn} (Taro 1/2), "
             "bindcompletemessage, bind:completemessage (WXML habits).",
             "绑定客服事件时没有用 Taro 的 on 前缀：completemessage={fn}（Taro 1/2 的写法）、"
             "bindcompletemessage、bind:completemessage（WXML 的习惯写法）。"),
    why=("Taro 3 binds a handler only from an on* prop (@ in Vue): completemessage={fn} passes a "
         "function as a plain property, which is never set; bindcompletemessage is written into the "
         "template with no listener behind it; bind:completemessage does not even build in JSX. "
         "Either way the handler never runs.",
         "Taro 3 只会把 on* 属性（Vue 中是 @）当作事件处理函数：completemessage={fn} 是把函数当普通属性传递，"
         "根本不会被设置；bindcompletemessage 会写进模板，但背后没有任何监听；bind:completemessage 在 JSX "
         "中甚至无法编译。无论哪种，处理函数都不会执行。"),
    fix=("Bind onCompletemessage={handler} / onStartmessage={handler} (in Vue: @completemessage=\"handler\"). "
         "--fix renames the prop when its value is a function (or, in Vue, a handler).",
         "绑定 onCompletemessage={handler} / onStartmessage={handler}（Vue 中：@completemessage=\"handler\"）。"
         "当值是函数（Vue 中是处理函数）时，--fix 会自动改名。"),
    bad=Example(_BAD, files(_BAD)),
    good=Example(_GOOD, files(_GOOD)),
    fixable=True,
    frameworks=("taro",),
    messages={
        "unbound": ("{written} binds no handler in Taro: the plugin's {event} never reaches your code. "
                    "Write {fixed}",
                    "{written} 在 Taro 中不会绑定任何处理函数：插件的 {event} 事件到不了你的代码。请写成 {fixed}"),
        "namespaced": ("{written} is WXML's spelling: Taro's JSX build rejects a name with ':' and the page "
                       "fails to compile. Write {fixed}",
                       "{written} 是 WXML 的写法：Taro 的 JSX 编译不接受带 ':' 的属性名，页面会编译失败。请写成 {fixed}"),
    },
)


def _fixable(attr: AttrUse, vue: bool) -> bool:
    """A rename keeps a working value: a function in JSX, a handler expression in Vue."""
    if vue:
        return bool(attr.value and attr.value.strip())
    return attr.value_type == "expression" and attr.value is not None


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every contact event bound by a prop Taro does not turn into a handler."""
    vue = is_vue(cell)
    for attr in cell.attrs:
        event = contact_event(attr.written)
        if attr.dialect != EVENT_WITHOUT_ON or event is None:
            continue
        fixed = event_prop(event, vue)
        if ":" in attr.written and not vue:
            message = RULE.msg("namespaced", written=attr.written, event=event, fixed=fixed)
        else:
            message = RULE.msg("unbound", written=attr.written, event=event, fixed=fixed)
        yield Finding.at(RULE.code, message, attr.name_span, rename(attr, fixed) if _fixable(attr, vue) else None)
