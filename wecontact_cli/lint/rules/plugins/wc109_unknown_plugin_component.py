"""WC109 unknown-plugin-component: plugin://<contact alias>/<name> other than cell."""

from __future__ import annotations


from wecontact_cli import plugin
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.plugins._refs import PluginRef, declaration_of, per_reference, replace_url
from wecontact_cli.model import Project

RULE = Rule(
    "WC109", "unknown-plugin-component", "error",
    summary=("plugin://<contact alias>/<name> names a component the contact plugin does not export.",
             "plugin://<contact alias>/<name> 引用了客服插件并未导出的组件。"),
    why=("The contact plugin exports one component, cell; any other name is not found at runtime.",
         "客服插件只导出一个组件 cell；其他名称在运行时都会找不到。"),
    fix=("Use plugin://<alias>/cell (--fix corrects a case mistake such as Cell).",
         "使用 plugin://<alias>/cell（--fix 可以纠正 Cell 这类大小写错误）。"),
    bad=Example('{"usingComponents": {"contact": "plugin://contactPlugin/button"}}',
                {"miniprogram/pages/index/index.json": '{"usingComponents": {"contact": "plugin://contactPlugin/button"}}'}),
    good=Example('{"usingComponents": {"contact": "plugin://contactPlugin/cell"}}', {}),
    fixable=True,
    messages={
        "unknown": ("the contact plugin has no component '{component}'; its only component is '{cell}'",
                    "客服插件没有组件 '{component}'；它唯一的组件是 '{cell}'"),
        "use_cell": ("use 'cell'", "改用 'cell'"),
    },
)


def _finding(project: Project, ref: PluginRef) -> Finding | None:
    decl = declaration_of(project, ref)
    if ref.alias == plugin.PROVIDER or decl is None or not decl.is_contact or ref.component == plugin.COMPONENT:
        return None
    fix = (replace_url(ref, ref.alias, plugin.COMPONENT, RULE.msg("use_cell"))
           if ref.component.lower() == plugin.COMPONENT else None)
    message = RULE.msg("unknown", component=ref.component, cell=plugin.COMPONENT)
    return Finding.at(RULE.code, message, ref.registration.value, fix)


check_project, check_unit = per_reference(_finding)
