"""WC104 plugin-declared-twice: one provider declared in two places."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.i18n.message import scope_name
from wecontact_cli.model import Project

_TWICE = ('{"pages": ["pages/index/index"], "plugins": {"contactPlugin": {"version": "1.3.0", '
          '"provider": "wx104a1a20c3f81ec2"}}, "subpackages": [{"root": "pkgA", "pages": ["a/index"], '
          '"plugins": {"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}}]}')
RULE = Rule(
    "WC104", "plugin-declared-twice", "error",
    summary=("The contact plugin's provider is declared in the main package and a subpackage, or in two subpackages.",
             "客服插件的 provider 在主包和某个分包中都有声明，或在两个分包中都有声明。"),
    why=("WeChat DevTools refuses the build: the same provider may be declared only once (provider 相同).",
         "微信开发者工具会拒绝构建：同一个 provider 只能声明一次（provider 相同）。"),
    fix=("Keep one declaration: in the main package if several packages use the plugin.",
         "只保留一处声明：如果有多个包用到该插件，就声明在主包中。"),
    bad=Example('"plugins": {"contactPlugin": {...}},\n"subpackages": [{"root": "pkgA", "plugins": {"contactPlugin": {...}}}]',
                {"miniprogram/app.json": _TWICE}),
    good=Example('"plugins": {"contactPlugin": {...}},\n"subpackages": [{"root": "pkgA"}]', {}),
    messages={"twice": (
        "the contact plugin is already declared in {scope} as '{alias}'; WeChat refuses the same "
        "provider twice (provider 相同)",
        "客服插件已经在{scope}中以 '{alias}' 声明过；微信不允许重复声明同一个 provider（provider 相同）")},
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every declaration of the provider after the first."""
    contact = project.contact_declarations()
    for decl in contact[1:]:
        first = contact[0]
        yield Finding.at(RULE.code, RULE.msg("twice", scope=scope_name(first.scope), alias=first.alias), decl.key)
