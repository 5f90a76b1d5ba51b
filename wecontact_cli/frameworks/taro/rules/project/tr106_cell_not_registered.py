"""TR106 cell-not-registered: the cell is rendered on a page that does not register its tag."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.rules._examples import PAGE_CONFIG
from wecontact_cli.i18n.message import join_comma
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Unit

_NO_USING = "export default definePageConfig({\n  navigationBarTitleText: '联系客服',\n})\n"
RULE = Rule(
    "TR106", "cell-not-registered", "error",
    summary=("A page renders the cell (itself or through a component) but neither its index.config nor "
             "app.config registers the tag in usingComponents.",
             "页面（直接或通过组件）渲染了 cell，但它的 index.config 和 app.config 都没有在 usingComponents "
             "中注册这个标签。"),
    why=("WeChat renders a plugin component only where usingComponents maps its tag to "
         "plugin://<alias>/cell. Taro 3 components have no config of their own, so every page that "
         "renders the cell, directly or through a component, needs the entry (or app.config's global "
         "usingComponents). A class's config = {...}, Taro 1/2's place for it, is ignored by Taro 3.",
         "微信只在 usingComponents 把标签映射到 plugin://<alias>/cell 的地方渲染插件组件。Taro 3 的组件"
         "没有自己的配置，所以每个直接或通过组件渲染 cell 的页面都需要这个条目（或者 app.config 中全局的 "
         "usingComponents）。Taro 1/2 写在类的 config = {...} 中的配置，Taro 3 会忽略。"),
    fix=("Add usingComponents: { cell: 'plugin://contactPlugin/cell' } to the page's index.config.ts "
         "(`wecontact add-page <route>` does it), or to app.config.ts for every page.",
         "在页面的 index.config.ts 中加入 usingComponents: { cell: 'plugin://contactPlugin/cell' }"
         "（`wecontact add-page <route>` 会自动完成），或者加到 app.config.ts 中对所有页面生效。"),
    bad=Example("// index.config.ts\n" + _NO_USING, {PAGE_CONFIG: _NO_USING}),
    good=Example("// index.config.ts\nexport default definePageConfig({\n  usingComponents: "
                 "{ cell: 'plugin://contactPlugin/cell' },\n})\n", {}),
    frameworks=("taro",),
    messages={
        "page": ("<{tag}> is rendered here, but neither {config} nor the app config registers it: WeChat "
                 "does not render the contact button. Add usingComponents: {{ {tag}: '{url}' }} to {config}",
                 "这里渲染了 <{tag}>，但 {config} 和 app 配置都没有注册它：微信不会渲染联系按钮。请在 {config} 中"
                 "加入 usingComponents: {{ {tag}: '{url}' }}"),
        "class_config": ("<{tag}> is registered in a class's config = {{...}}, which Taro 3 ignores: WeChat "
                         "does not render the contact button. Move usingComponents: {{ {tag}: '{url}' }} to {config}",
                         "<{tag}> 注册在类的 config = {{...}} 中，Taro 3 会忽略它：微信不会渲染联系按钮。请把 "
                         "usingComponents: {{ {tag}: '{url}' }} 移到 {config}"),
        "component": ("<{tag}> in this component needs the page's registration, and {pages} render it without "
                      "registering <{tag}>: the contact button does not appear there. Add usingComponents: "
                      "{{ {tag}: '{url}' }} to each page's index.config, or to the app config",
                      "组件中的 <{tag}> 需要页面来注册，而 {pages} 渲染了它却没有注册 <{tag}>：这些页面上不会出现"
                      "联系按钮。请在每个页面的 index.config 中加入 usingComponents: {{ {tag}: '{url}' }}，"
                      "或者加到 app 配置中"),
        "page_of": ("page '{route}'", "页面 '{route}'"),
        "index_config": ("its index.config.ts", "它的 index.config.ts"),
    },
)


def url(ctx: LintContext, scope: str | None) -> str:
    """The component URL to register: the contact alias visible from ``scope``."""
    from wecontact_cli import plugin

    return plugin.component_url(ctx.project.contact_alias_for(scope) or plugin.DEFAULT_ALIAS)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every element meant as the cell that a page rendering it does not register."""
    found = getattr(unit, "unregistered", None)
    for item in found() if found is not None else ():
        if not item.known or not item.pages:
            continue
        target = url(ctx, unit.scope_root)
        config = unit.config_file()
        where = config.name if config is not None else RULE.msg("index_config")
        if unit.kind == "page":
            message = RULE.msg("class_config", tag=item.tag, config=where, url=target) if item.class_config \
                else RULE.msg("page", tag=item.tag, config=where, url=target)
        else:
            pages = join_comma([RULE.msg("page_of", route=route) for route in item.pages])
            message = RULE.msg("component", tag=item.tag, pages=pages, url=target)
        yield Finding.at(RULE.code, message, item.span)
