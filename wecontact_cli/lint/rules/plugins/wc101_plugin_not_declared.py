"""WC101 plugin-not-declared: plugin://<alias>/... names an alias nothing declares."""

from __future__ import annotations


from wecontact_cli import plugin
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.plugins._refs import PluginRef, per_reference
from wecontact_cli.model import Project
from wecontact_cli.scaffold import declaration_fix

_DECL = f'"plugins": {{\n  "contactPlugin": {{"version": "1.3.0", "provider": "{plugin.PROVIDER}"}}\n}}'
_APP_WITHOUT = '{\n  "pages": ["pages/index/index"]\n}\n'
RULE = Rule(
    "WC101", "plugin-not-declared", "error",
    summary=("A usingComponents entry plugin://<alias>/... names an alias that no plugins entry declares.",
             "usingComponents 中的 plugin://<alias>/... 用了一个没有任何 plugins 配置声明过的别名。"),
    why=("The page fails to load: \"Component is not found in path plugin://...\". The alias must be "
         "declared under \"plugins\" in the app configuration (app.json; manifest.json's \"mp-weixin\" in "
         "uni-app; app.config in Taro) or in the page's subpackage.",
         "页面加载失败：\"Component is not found in path plugin://...\"。该别名必须在应用配置（app.json；"
         "uni-app 中为 manifest.json 的 \"mp-weixin\"；Taro 中为 app.config）或页面所在分包的 \"plugins\" 中声明。"),
    fix=("Declare the plugin: `wecontact init` (or --alias <alias>). For plugin://<alias>/cell with no "
         "contact plugin declared anywhere, --fix adds the declaration where your framework keeps it.",
         "声明插件：运行 `wecontact init`（或加上 --alias <alias>）。如果引用的是 plugin://<alias>/cell，"
         "且项目中任何地方都没有声明客服插件，--fix 会把声明添加到所用框架存放它的位置。"),
    bad=Example('// app.json has no "plugins"\n{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
                {"miniprogram/app.json": _APP_WITHOUT}),
    good=Example('// app.json\n{' + _DECL + '}', {}),  # the base project declares it so
    fixable=True,
    messages={
        "not_declared": (
            "the plugin alias '{alias}' is not declared in {where} \"plugins\"; the component "
            "will not be found at runtime",
            "插件别名 '{alias}' 没有在 {where} 的 \"plugins\" 中声明；运行时会找不到该组件"),
        "where_app_or_sub": ("{place} or subpackage '{scope}'", "{place} 或分包 '{scope}'"),
        "declare": ("declare the contact plugin as '{alias}' in {place}",
                    "在 {place} 中以 '{alias}' 声明客服插件"),
    },
)


def _finding(project: Project, ref: PluginRef) -> Finding | None:
    if ref.alias == plugin.PROVIDER or project.declared_anywhere(ref.alias) or not project.readable:
        return None
    place = project.plugins_place
    where = place if ref.scope is None else RULE.msg("where_app_or_sub", place=place, scope=ref.scope)
    message = RULE.msg("not_declared", alias=ref.alias, where=where)
    return Finding.at(RULE.code, message, ref.registration.value, _declare(project, ref))


def _declare(project: Project, ref: PluginRef) -> Fix | None:
    """Declare the contact plugin: only for ``cell`` when no declaration could be it."""
    if ref.component != plugin.COMPONENT or project.contact_declarations():
        return None
    if project.broken_declarations():
        return None  # one of them may be the contact plugin written wrong (WC111): no guessing
    planned = declaration_fix(project, ref.alias)
    if planned is None:
        return None
    path, edit = planned
    return Fix(RULE.msg("declare", alias=ref.alias, place=project.plugins_place), (edit,), path)


check_project, check_unit = per_reference(_finding)
