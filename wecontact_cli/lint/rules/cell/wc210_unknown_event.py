"""WC210 unknown-event: a binding to an event the plugin never fires."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

NATIVE_EVENTS = frozenset({
    "tap", "longpress", "longtap", "touchstart", "touchmove", "touchend", "touchcancel",
    "touchforcechange", "transitionend", "animationstart", "animationiteration", "animationend",
})
RULE = Rule(
    "WC210", "unknown-event", "error",
    summary=("A binding to an event the plugin never fires (bind:completeMessage, bind:complete).",
             "绑定了插件从不触发的事件（bind:completeMessage、bind:complete）。"),
    why=("The plugin fires only startmessage and completemessage, all lowercase; any other name "
         "binds a handler that never runs, and errors go unnoticed.",
         "插件只触发 startmessage 和 completemessage，且全为小写；绑定其他名称的处理函数永远不会执行，出错了也无人察觉。"),
    fix=("Bind bind:startmessage / bind:completemessage (--fix corrects a letter-case mistake).",
         "绑定 bind:startmessage / bind:completemessage（--fix 可以纠正大小写错误）。"),
    bad=Example('<cell plugid="a1b2c3d4" bind:completeMessage="onComplete" />'),
    good=Example('<cell plugid="a1b2c3d4" bind:completemessage="onComplete" />'),
    note=("Native touch events (tap, longpress, touchstart ...) are not reported.",
          "不会报告原生触摸事件（tap、longpress、touchstart ...）。"),
    fixable=True,
    messages={
        "unknown": ("the contact plugin never fires '{event}' (its events are startmessage and "
                    "completemessage, all lowercase), so this handler never runs",
                    "客服插件不会触发 '{event}'（它的事件是 startmessage 和 completemessage，全部小写），"
                    "所以这个处理函数永远不会执行"),
        "suggest": ("the contact plugin never fires '{event}' (its events are startmessage and "
                    "completemessage, all lowercase), so this handler never runs; did you mean '{suggestion}'?",
                    "客服插件不会触发 '{event}'（它的事件是 startmessage 和 completemessage，全部小写），"
                    "所以这个处理函数永远不会执行；是不是想写 '{suggestion}'？"),
    },
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every event binding the plugin never fires (a letter-case mistake is fixed)."""
    for attr in cell.events():
        event = attr.name
        if attr.dialect is not None or event in plugin.EVENT_NAMES or event in NATIVE_EVENTS:
            continue
        lowered = [e for e in plugin.EVENT_NAMES if e == event.lower()]
        import difflib  # here, not at start-up: only a suggestion or a diff needs it
        close = lowered or difflib.get_close_matches(event.lower(), plugin.EVENT_NAMES, n=1, cutoff=0.6)
        fix = None
        if lowered:
            name = attr.renamed(lowered[0])
            fix = Fix(msg("fix.rename", name=name), (TextEdit(attr.name_span.start, attr.name_span.end, name),))
        message = (RULE.msg("suggest", event=event, suggestion=attr.renamed(close[0])) if close
                   else RULE.msg("unknown", event=event))
        yield Finding.at(RULE.code, message, attr.name_span, fix)
