"""UA103 attribute-dropped: an attribute on a cell that uni-app refuses or drops
(``v-bind="obj"``, ``v-on="obj"``, ``:[name]``, a custom directive ...)."""

from __future__ import annotations

from typing import Callable, Iterator

from wecontact_cli.frameworks.uniapp.dialects import DROPPED
from wecontact_cli.frameworks.uniapp.rules._examples import page_files
from wecontact_cli.i18n.message import Message
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_BAD = '<cell v-bind="contact" @startmessage="startmessage" @completemessage="completemessage" />'
_GOOD = ('<cell :plugid="contact.plugid" :styleType="contact.styleType" @startmessage="startmessage" '
         '@completemessage="completemessage" />')
_SCRIPT = ("  data() {\n    return { contact: { plugid: 'a1b2c3d4', styleType: 2 } }\n  },\n"
           "  methods: {\n    startmessage(e) {},\n    completemessage(e) {}\n  }")
RULE = Rule(
    "UA103", "attribute-dropped", "error",
    summary=("An attribute on a cell that uni-app's compiler refuses or drops: v-bind=\"obj\", v-on=\"obj\", "
             ":[name], a custom directive, a binding without a value.",
             "cell 上有 uni-app 编译器拒绝或丢弃的属性：v-bind=\"obj\"、v-on=\"obj\"、:[name]、自定义指令、"
             "没有值的绑定。"),
    why=("uni-app writes every attribute of a plugin component into WXML by its name, which it must "
         "know when it compiles: v-bind=\"obj\" is a compile error in Vue 3 and breaks a Vue 2 build, and "
         "the other forms never reach the plugin, so plugid or the handlers are silently missing.",
         "uni-app 按属性名把插件组件的每个属性写进 WXML，属性名必须在编译时就确定：v-bind=\"obj\" 在 Vue 3 中"
         "是编译错误、会让 Vue 2 构建失败，其他写法则根本传不到插件，plugid 或处理函数就这样悄无声息地丢了。"),
    fix=("Write each attribute by name: :plugid=\"contact.plugid\", @completemessage=\"done\".",
         "逐个按名字写出属性：:plugid=\"contact.plugid\"、@completemessage=\"done\"。"),
    bad=Example(_BAD, page_files(_BAD, _SCRIPT)),
    good=Example(_GOOD, page_files(_GOOD, _SCRIPT)),
    note=("Checked with uni-app's own compilers (Vue 2 and Vue 3).", "已用 uni-app 自己的编译器（Vue 2 和 Vue 3）验证。"),
    frameworks=("uni-app",),
    messages={
        "v-bind-object": ("uni-app cannot pass '{written}' to a plugin component (Vue 3: 'v-bind=\"\" is not "
                          "supported'; Vue 2: the build fails): none of its attributes reaches the plugin",
                          "uni-app 无法把 '{written}' 传给插件组件（Vue 3 报错 'v-bind=\"\" is not supported'；"
                          "Vue 2 构建失败）：其中的属性一个也传不到插件"),
        "v-on-object": ("uni-app cannot bind '{written}' on a plugin component: no handler is attached",
                        "uni-app 无法在插件组件上绑定 '{written}'：不会挂上任何处理函数"),
        "dynamic-argument": ("'{written}' has a dynamic name, which uni-app cannot write into WXML: it never "
                             "reaches the plugin",
                             "'{written}' 的名字是动态的，uni-app 无法把它写进 WXML：它永远传不到插件"),
        "custom-directive": ("uni-app drops the directive '{written}' on a plugin component",
                             "uni-app 会丢弃插件组件上的指令 '{written}'"),
        "unsupported-directive": ("uni-app does not support '{written}' on a plugin component",
                                  "uni-app 不支持在插件组件上使用 '{written}'"),
        "missing-expression": ("'{written}' has no value: uni-app drops it (Vue 3 reports a compile error)",
                               "'{written}' 没有值：uni-app 会丢弃它（Vue 3 会报编译错误）"),
        "breaks-wxml": ("the value of '{written}' holds a '\"', which uni-app copies into a WXML attribute "
                        "quoted with '\"': the page does not compile",
                        "'{written}' 的值中含有 '\"'，uni-app 会把它原样复制到用 '\"' 括起来的 WXML 属性中：页面无法编译"),
    },
)


MESSAGES: dict[str, Callable[[str], Message]] = {
    "v-bind-object": lambda written: RULE.msg("v-bind-object", written=written),
    "v-on-object": lambda written: RULE.msg("v-on-object", written=written),
    "dynamic-argument": lambda written: RULE.msg("dynamic-argument", written=written),
    "custom-directive": lambda written: RULE.msg("custom-directive", written=written),
    "unsupported-directive": lambda written: RULE.msg("unsupported-directive", written=written),
    "missing-expression": lambda written: RULE.msg("missing-expression", written=written),
    "breaks-wxml": lambda written: RULE.msg("breaks-wxml", written=written),
}
"""The message of each reason spelling.reach gives for a dropped attribute."""


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every attribute of the cell that never reaches WeChat."""
    for attr in cell.attrs:
        reason = attr.dialect[len(DROPPED):] if attr.dialect and attr.dialect.startswith(DROPPED) else None
        if reason is not None:
            message = MESSAGES.get(reason, MESSAGES["custom-directive"])(attr.written)
            yield Finding.at(RULE.code, message, attr.name_span)
