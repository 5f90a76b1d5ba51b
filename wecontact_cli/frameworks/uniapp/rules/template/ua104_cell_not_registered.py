"""UA104 cell-not-registered: a cell passing plugid in a page or component for which the
WeChat build registers no contact cell (a reusable component has no usingComponents of its own)."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.uniapp.rules._examples import pages
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_COMPONENT = "components/contact-card/contact-card.vue"
_VUE = ('<template>\n  <cell plugid="a1b2c3d4" @startmessage="startmessage" @completemessage="completemessage" />\n'
        '</template>\n\n<script>\nexport default {\n  methods: {\n    startmessage(e) {},\n    completemessage(e) {}\n'
        '  }\n}\n</script>\n')
_GLOBAL = pages().replace('"navigationBarTitleText" : "demo"', '"navigationBarTitleText" : "demo",\n'
                          '        "usingComponents" : {\n            "cell" : "plugin://contactPlugin/cell"\n        }')
RULE = Rule(
    "UA104", "cell-not-registered", "error",
    summary=("A cell with a plugid in a reusable component (or a page) for which the WeChat build registers "
             "no contact cell.",
             "在复用组件（或页面）中使用了带 plugid 的 cell，但微信构建中并没有为它注册客服插件的 cell。"),
    why=("uni-app has no per-component usingComponents: only pages.json's globalStyle reaches a reusable "
         "component. Unregistered, <cell> is compiled as a Vue component: Vue 3 folds every attribute into "
         "u-p, so plugid never reaches the plugin; Vue 2 writes a Vue component that nothing registers. The button "
         "is silently missing.",
         "uni-app 的组件没有自己的 usingComponents：只有 pages.json 的 globalStyle 对复用组件有效。没有注册时，"
         "<cell> 会被当作 Vue 组件编译：Vue 3 把所有属性折叠进 u-p，plugid 传不到插件；Vue 2 则写成一个没有任何地方"
         "注册的 Vue 组件。"
         "按钮就这样悄无声息地消失了。"),
    fix=("Register the cell globally in pages.json globalStyle (`wecontact init --global`), or move the "
         "cell into the page and register it there (`wecontact add-page`).",
         "在 pages.json 的 globalStyle 中全局注册 cell（`wecontact init --global`），或者把 cell 移到页面中并在"
         "页面上注册（`wecontact add-page`）。"),
    bad=Example("<!-- components/contact-card/contact-card.vue -->\n" + _VUE, {_COMPONENT: _VUE}),
    good=Example('// pages.json globalStyle\n"usingComponents" : {\n    "cell" : "plugin://contactPlugin/cell"\n}',
                 {_COMPONENT: _VUE, "pages.json": _GLOBAL}),
    note=("An element counts as the contact cell when its tag is registered as the cell somewhere in the "
          "project (or is cell) and it passes plugid; a component of your own named cell without plugid is "
          "left alone. Checked with uni-app's own compilers (Vue 2 and Vue 3).",
          "只有当元素的标签在项目某处被注册为客服插件的 cell（或标签就是 cell）并且传了 plugid 时，才把它当作"
          "客服 cell；不带 plugid、名为 cell 的自有组件不受影响。已用 uni-app 自己的编译器（Vue 2 和 Vue 3）验证。"),
    frameworks=("uni-app",),
    messages={
        "component": ("<{tag}> is not registered for this component: uni-app gives a component no "
                      "usingComponents of its own, so {result}. Register it in pages.json globalStyle "
                      "(wecontact init --global)",
                      "<{tag}> 没有为这个组件注册：uni-app 的组件没有自己的 usingComponents，因此{result}。"
                      "请在 pages.json 的 globalStyle 中注册它（wecontact init --global）"),
        "page": ("<{tag}> is not registered for this page in the WeChat build, so {result}. Register it in "
                 "pages.json, in this page's style[\"mp-weixin\"].usingComponents (wecontact add-page {route})",
                 "微信构建中这个页面没有注册 <{tag}>，因此{result}。请在 pages.json 中这个页面的 "
                 "style[\"mp-weixin\"].usingComponents 里注册它（wecontact add-page {route}）"),
        "vue3": ("Vue 3 folds every attribute into u-p and plugid never reaches the plugin",
                 "Vue 3 会把所有属性折叠进 u-p，plugid 传不到插件"),
        "vue2": ("Vue 2 writes it as a Vue component that nothing registers, so the plugin never renders",
                 "Vue 2 会把它写成一个没有任何地方注册的 Vue 组件，插件永远不会渲染"),
    },
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A cell whose tag the WeChat build does not register where it is rendered."""
    if cell.fact("registered") != "no":
        return
    result = RULE.msg("vue2") if cell.fact("vue") == "2" else RULE.msg("vue3")
    if unit.kind == "page":
        message = RULE.msg("page", tag=cell.tag, result=result, route=unit.relpath)
    else:
        message = RULE.msg("component", tag=cell.tag, result=result)
    yield Finding.at(RULE.code, message, cell.tag_span)
