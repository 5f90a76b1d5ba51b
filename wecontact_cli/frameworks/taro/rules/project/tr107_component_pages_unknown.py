"""TR107 component-pages-unknown: a cell in a component no page is known to render (cannot prove)."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.rules._examples import VIEW
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Unit

_COMPONENT = "src/components/contact/index.tsx"
_CELL = "export default function Contact() {\n  return <cell plugid='a1b2c3d4' />\n}\n"
_PAGE = ("import { View } from '@tarojs/components'\nimport Contact from '../../components/contact'\n\n"
         "export default function Index() {\n  return <View><Contact /></View>\n}\n")
RULE = Rule(
    "TR107", "component-pages-unknown", "info",
    summary=("A component renders the cell, no app-level usingComponents registers it, and no page is "
             "known to render the component: whether every page registers the cell cannot be proved.",
             "组件渲染了 cell，app 级 usingComponents 没有注册它，也找不到渲染该组件的页面：无法证明每个页面都注册了 cell。"),
    why=("A component's <cell> works only on pages that register the tag. wecontact follows relative "
         "imports and tsconfig paths from the pages; this component is reached by none of them (an alias "
         "configured elsewhere, a dynamic import, or it is unused), so TR106 cannot check its pages.",
         "组件中的 <cell> 只在注册了该标签的页面上有效。wecontact 会从页面出发沿相对导入和 tsconfig 的 paths 查找；"
         "这个组件没有被其中任何一个页面引用到（在别处配置的别名、动态导入，或者它没有被使用），所以 TR106 无法检查它所在的页面。"),
    fix=("Register the cell once in app.config.ts usingComponents (valid when the plugin is declared in the "
         "main package), or check by hand that every page rendering the component registers it.",
         "在 app.config.ts 的 usingComponents 中统一注册 cell（插件声明在主包时有效），或者手动确认每个渲染该组件的页面都注册了它。"),
    bad=Example("// components/contact/index.tsx, imported by no page\n" + _CELL,
                {_COMPONENT: _CELL}),
    good=Example("// pages/index/index.tsx imports it, and its index.config.ts registers the cell\n" + _PAGE,
                 {_COMPONENT: _CELL, VIEW: _PAGE}),
    frameworks=("taro",),
    messages={"unknown": (
        "<{tag}> in this component needs the registration of every page that renders it, and no page "
        "is known to render it: wecontact cannot prove they register <{tag}>. Register it in the app "
        "config's usingComponents, or check those pages by hand",
        "组件中的 <{tag}> 需要渲染它的每个页面都注册，而找不到渲染它的页面：wecontact 无法证明这些页面注册了 <{tag}>。"
        "请在 app 配置的 usingComponents 中注册它，或手动检查这些页面")},
)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every cell in a component whose rendering pages cannot be found."""
    found = getattr(unit, "unregistered", None)
    for item in found() if found is not None else ():
        if not item.known:
            yield Finding.at(RULE.code, RULE.msg("unknown", tag=item.tag), item.span)
