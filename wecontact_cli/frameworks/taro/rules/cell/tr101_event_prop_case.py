"""TR101 event-prop-case: onCompleteMessage (or @complete-message) binds an event the plugin never fires."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.dialect import EVENT_CASE, contact_event
from wecontact_cli.frameworks.taro.rules._common import event_prop, is_vue, rename, template_binding
from wecontact_cli.frameworks.taro.rules._examples import files
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_BAD = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompleteMessage={onComplete} />"
_GOOD = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR101", "event-prop-case", "error",
    summary=("A Taro event prop spelt with a capital inside the event name: onCompleteMessage, "
             "@complete-message, @completeMessage.",
             "Taro 事件属性的事件名中间有大写字母或连字符：onCompleteMessage、@complete-message、@completeMessage。"),
    why=("Taro's page template turns the prop into bind:complete-message, an event the plugin never fires "
         "(it fires completemessage, all lowercase): the handler never runs, and errcodes go unhandled. "
         "Nothing fails at build time.",
         "Taro 的页面模板会把这个属性变成 bind:complete-message，而插件从不触发这个事件（它触发的是全小写的 "
         "completemessage）：处理函数永远不会执行，errcode 也无人处理。编译时不会有任何报错。"),
    fix=("Write the event name in lowercase after on: onCompletemessage / onStartmessage (in Vue: "
         "@completemessage / @startmessage). --fix renames it.",
         "on 后面的事件名写成小写：onCompletemessage / onStartmessage（Vue 中写 @completemessage / "
         "@startmessage）。--fix 会自动改名。"),
    bad=Example(_BAD, files(_BAD)),
    good=Example(_GOOD, files(_GOOD)),
    note=("Checked against Taro 4's own template generator (buildThirdPartyAttr): onCompleteMessage "
          "becomes bind:complete-message, onCompletemessage becomes bindcompletemessage.",
          "已用 Taro 4 自己的模板生成器（buildThirdPartyAttr）验证：onCompleteMessage 生成 "
          "bind:complete-message，onCompletemessage 生成 bindcompletemessage。"),
    fixable=True,
    frameworks=("taro",),
    messages={"dead": (
        "{written} binds '{binding}' in Taro's page template, an event the plugin never fires "
        "(it fires {event}): the handler never runs. Write {fixed}",
        "{written} 在 Taro 的页面模板中绑定的是 '{binding}'，插件从不触发这个事件（它触发的是 {event}）："
        "处理函数永远不会执行。请写成 {fixed}")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every event prop whose spelling makes Taro bind a dashed event name."""
    vue = is_vue(cell)
    for attr in cell.attrs:
        event = contact_event(attr.name)
        if attr.dialect != EVENT_CASE or event is None:
            continue
        fixed = attr.renamed(event) if vue else event_prop(event, vue)
        message = RULE.msg("dead", written=attr.written, binding=template_binding(attr.name), event=event,
                           fixed=fixed)
        yield Finding.at(RULE.code, message, attr.name_span, rename(attr, fixed))
