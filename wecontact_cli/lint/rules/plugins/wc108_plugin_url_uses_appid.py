"""WC108 plugin-url-uses-appid: plugin://wx104a1a20c3f81ec2/... instead of the alias."""

from __future__ import annotations


from wecontact_cli import plugin
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.plugins._refs import PluginRef, per_reference, replace_url
from wecontact_cli.model import Project

RULE = Rule(
    "WC108", "plugin-url-uses-appid", "warning",
    summary=("plugin://wx104a1a20c3f81ec2/... names the plugin by appid instead of its alias.",
             "plugin://wx104a1a20c3f81ec2/... 用 appid 而不是别名来引用插件。"),
    why=("Only compiled output uses the appid form; in source the alias from \"plugins\" is the "
         "documented reference.",
         "只有编译产物才使用 appid 形式；在源码中，文档规定的引用方式是 \"plugins\" 中的别名。"),
    fix=("Use the alias (--fix does it when the alias is known).", "改用别名（已知别名时，--fix 可以自动修改）。"),
    bad=Example('{"usingComponents": {"cell": "plugin://wx104a1a20c3f81ec2/cell"}}',
                {"miniprogram/pages/index/index.json": '{"usingComponents": {"cell": "plugin://wx104a1a20c3f81ec2/cell"}}'}),
    good=Example('{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}', {}),
    fixable=True,
    messages={
        "appid": ("'{url}' uses the plugin's appid; use its alias from \"plugins\"",
                  "'{url}' 用插件的 appid 引用了插件；请改用 \"plugins\" 中声明的别名"),
        "appid_known": ("'{url}' uses the plugin's appid; use its alias from \"plugins\" ('{alias}')",
                        "'{url}' 用插件的 appid 引用了插件；请改用 \"plugins\" 中声明的别名（'{alias}'）"),
        "use_alias": ("use the alias '{alias}'", "改用别名 '{alias}'"),
    },
)


def _finding(project: Project, ref: PluginRef) -> Finding | None:
    if ref.alias != plugin.PROVIDER or not project.readable:
        return None
    url = ref.registration.url
    known = project.contact_alias_for(ref.scope)
    if known is None:
        return Finding.at(RULE.code, RULE.msg("appid", url=url), ref.registration.value)
    fix = replace_url(ref, known, ref.component, RULE.msg("use_alias", alias=known))
    return Finding.at(RULE.code, RULE.msg("appid_known", url=url, alias=known), ref.registration.value, fix)


check_project, check_unit = per_reference(_finding)
