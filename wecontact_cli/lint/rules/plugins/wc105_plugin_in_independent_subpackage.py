"""WC105 plugin-in-independent-subpackage: independent subpackages cannot use plugins."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.plugins._refs import declaration_of, unit_refs
from wecontact_cli.model import Project, Unit

_INDEPENDENT = ('{"pages": ["pages/index/index"], "subpackages": [{"root": "pkgA", "pages": ["a/index"], '
                '"independent": true, "plugins": {"contactPlugin": {"version": "1.3.0", '
                '"provider": "wx104a1a20c3f81ec2"}}}]}')
RULE = Rule(
    "WC105", "plugin-in-independent-subpackage", "error",
    summary=("The contact plugin is declared in, or used from, an independent subpackage (独立分包).",
             "客服插件在独立分包中声明或使用。"),
    why=("Independent subpackages run without the main package and do not support plugins.",
         "独立分包可以脱离主包单独运行，不支持插件。"),
    fix=("Move the page to a normal subpackage or the main package, or drop \"independent\".",
         "把页面移到普通分包或主包中，或者去掉 \"independent\"。"),
    bad=Example('{"root": "pkgA", "independent": true, "plugins": {"contactPlugin": {...}}}',
                {"miniprogram/app.json": _INDEPENDENT,
                 "miniprogram/pages/index/index.json": "{}\n", "miniprogram/pages/index/index.wxml": "<view />\n"}),
    good=Example('{"root": "pkgA", "plugins": {"contactPlugin": {...}}}', {}),
    note=("Independent subpackages are documented not to support plugins; a newer change is "
          "rumoured but unconfirmed, so the rule follows the documentation.",
          "文档说明独立分包不支持插件；有传言称新版本已有变化，但尚未证实，因此本规则以文档为准。"),
    messages={
        "used": ("independent subpackages (独立分包) cannot use plugins; '{tag}' will not be found here",
                 "独立分包不能使用插件；这里会找不到 '{tag}'"),
        "declared": ("subpackage '{root}' is independent (独立分包) and cannot use plugins; this declaration "
                     "has no effect",
                     "分包 '{root}' 是独立分包，不能使用插件；这条声明不会生效"),
    },
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """A contact declaration in an independent subpackage."""
    for decl in project.contact_declarations():
        sub = project.subpackage(decl.scope) if decl.scope else None
        if sub is not None and sub.independent:
            yield Finding.at(RULE.code, RULE.msg("declared", root=sub.root), decl.key)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A page of an independent subpackage that registers the contact cell."""
    for ref in unit_refs(unit):
        decl = declaration_of(ctx.project, ref)
        if ref.independent and decl is not None and decl.is_contact:
            yield Finding.at(RULE.code, RULE.msg("used", tag=ref.registration.tag), ref.registration.value)
