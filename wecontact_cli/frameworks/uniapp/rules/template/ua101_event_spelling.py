"""UA101 vue-event-spelling: ``@complete-message`` / ``@completeMessage``, which uni-app binds
as an event the plugin never fires."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.frameworks.uniapp.dialects import DEAD_EVENT, squashed, wxml_binding
from wecontact_cli.frameworks.uniapp.rules._examples import page_files
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_BAD = '<cell plugid="a1b2c3d4" @start-message="startmessage" @completeMessage="completemessage" />'
_GOOD = '<cell plugid="a1b2c3d4" @startmessage="startmessage" @completemessage="completemessage" />'
RULE = Rule(
    "UA101", "vue-event-spelling", "error",
    summary=("A cell's event written in dash-case or camelCase in a Vue template (@complete-message, "
             "@completeMessage): uni-app binds an event the plugin never fires.",
             "Vue 模板中 cell 的事件名写成了短横线（dash-case）或驼峰（camelCase）形式（@complete-message、@completeMessage）："
             "uni-app 绑定的是插件从不触发的事件。"),
    why=("uni-app turns @complete-message and @completeMessage into bindcompleteMessage for WeChat; the "
         "plugin fires completemessage, all lowercase, so the handler never runs and no errcode is ever "
         "handled. Vue's usual advice to write events in dash-case is wrong here.",
         "uni-app 会把 @complete-message 和 @completeMessage 编译成 bindcompleteMessage；插件触发的是全小写的 "
         "completemessage，所以处理函数永远不会执行，任何 errcode 都得不到处理。Vue 通常建议事件名用短横线"
         "写法，在这里恰恰是错的。"),
    fix=("Write the event all lowercase: @startmessage, @completemessage (--fix does it).",
         "事件名全部小写：@startmessage、@completemessage（--fix 可以自动修正）。"),
    bad=Example(_BAD, page_files(_BAD)),
    good=Example(_GOOD, page_files(_GOOD)),
    note=("Checked with uni-app's own compilers (Vue 2 and Vue 3). Other unknown events are WC210's.",
          "已用 uni-app 自己的编译器（Vue 2 和 Vue 3）验证。其他未知事件由 WC210 报告。"),
    fixable=True,
    frameworks=("uni-app",),
    messages={"dead": ("uni-app binds '{written}' as '{reached}', an event the contact plugin never fires "
                       "(it fires {event}, all lowercase), so this handler never runs",
                       "uni-app 会把 '{written}' 绑定为 '{reached}'，客服插件从不触发这个事件（它触发的是全小写的 "
                       "{event}），所以这个处理函数永远不会执行")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every event whose spelling uni-app turns into a dead binding (fixed to lowercase)."""
    for attr in cell.events():
        if attr.dialect != DEAD_EVENT:
            continue
        event = next(e for e in plugin.EVENT_NAMES if e == squashed(attr.name))
        name = attr.renamed(event)
        fix = Fix(msg("fix.rename", name=name), (TextEdit(attr.name_span.start, attr.name_span.end, name),))
        message = RULE.msg("dead", written=attr.written, reached=wxml_binding(attr.binding, attr.name), event=event)
        yield Finding.at(RULE.code, message, attr.name_span, fix)
