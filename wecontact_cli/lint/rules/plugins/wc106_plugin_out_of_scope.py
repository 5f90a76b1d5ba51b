"""WC106 plugin-out-of-scope: a subpackage's plugin used outside that subpackage."""

from __future__ import annotations


from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.i18n.message import scope_name
from wecontact_cli.lint.rules.plugins._refs import PluginRef, declaration_of, per_reference, scopes
from wecontact_cli.model import Project

_SUB_ONLY = ('{"pages": ["pages/index/index"], "subpackages": [{"root": "pkgA", "pages": ["a/index"], '
             '"plugins": {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}}]}')
RULE = Rule(
    "WC106", "plugin-out-of-scope", "error",
    summary=("A plugin declared in one subpackage is used outside it, or from the app's global usingComponents.",
             "在某个分包中声明的插件被用在了该分包之外，或用在了应用的全局 usingComponents 中。"),
    why=("A plugin declared in a subpackage is usable only inside that subpackage; elsewhere the "
         "component is not found at runtime.",
         "在分包中声明的插件只能在该分包内使用；在其他地方，运行时会找不到该组件。"),
    fix=("Declare the plugin in the main package instead, or add a componentPlaceholder for "
         "asynchronous cross-subpackage use (base library >= 2.11.2).",
         "改为在主包中声明插件；如果要跨分包异步引用，可以添加 componentPlaceholder（基础库 >= 2.11.2）。"),
    bad=Example('// pages/index/index.json (main package); contactPlugin declared only in pkgA\n'
                '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}',
                {"miniprogram/app.json": _SUB_ONLY}),
    good=Example('// pages/index/index.json\n{"usingComponents": {"cell": "plugin://contactPlugin/cell"},\n'
                 ' "componentPlaceholder": {"cell": "view"}}',
                 {"miniprogram/app.json": _SUB_ONLY,
                  "miniprogram/pages/index/index.json": '{"usingComponents": {"cell": "plugin://contactPlugin/cell"},'
                                                        ' "componentPlaceholder": {"cell": "view"}}'}),
    messages={
        "global": ("global usingComponents uses '{alias}', which is declared only in {scopes}; "
                   "pages elsewhere will not find '{tag}'",
                   "全局 usingComponents 用到了 '{alias}'，但它只在{scopes}中声明；其他地方的页面会找不到 '{tag}'"),
        "elsewhere": ("'{alias}' is declared only in {scopes}, which this file ({scope}) cannot use; "
                      "add a componentPlaceholder for '{tag}' or declare the plugin in the main package",
                      "'{alias}' 只在{scopes}中声明，本文件（{scope}）无法使用；请为 '{tag}' 添加 "
                      "componentPlaceholder，或在主包中声明该插件"),
    },
)


def _finding(project: Project, ref: PluginRef) -> Finding | None:
    declared = project.declared_anywhere(ref.alias)
    decl = declaration_of(project, ref)
    if not declared or decl is None or (decl.is_contact and ref.independent):
        return None  # undeclared: WC101; an independent subpackage: WC105
    tag = ref.registration.tag
    # The entry's span only where a finding is made: a framework may place it on demand.
    if ref.is_global and all(d.scope is not None for d in declared):
        message = RULE.msg("global", alias=ref.alias, scopes=scopes(declared), tag=tag)
        return Finding.at(RULE.code, message, ref.registration.value)
    visible = project.visible(ref.alias, ref.scope)
    if not ref.is_global and visible is None and tag not in ref.placeholders:
        message = RULE.msg("elsewhere", alias=ref.alias, scopes=scopes(declared), scope=scope_name(ref.scope), tag=tag)
        return Finding.at(RULE.code, message, ref.registration.value)
    return None


check_project, check_unit = per_reference(_finding)
