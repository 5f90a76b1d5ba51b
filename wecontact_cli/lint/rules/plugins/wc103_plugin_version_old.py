"""WC103 plugin-version-old: a release older than the guide's 1.3.0."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project

RULE = Rule(
    "WC103", "plugin-version-old", "warning",
    summary=("The contact plugin's version is older than the guide's 1.3.0.", "客服插件的版本低于指南中的 1.3.0。"),
    why=("The guide documents 1.3.0; older releases may lack the attributes it describes.",
         "指南针对的是 1.3.0 版本；更早的版本可能缺少指南介绍的属性。"),
    fix=("Update the version to 1.3.0 or later (`wecontact init --version 1.3.0`).",
         "把版本升级到 1.3.0 或更高（`wecontact init --version 1.3.0`）。"),
    bad=Example('"contactPlugin": {"version": "1.2.0", "provider": "wx104a1a20c3f81ec2"}',
                {"miniprogram/app.json": '{"pages": ["pages/index/index"], "plugins": {"contactPlugin": '
                                         '{"version": "1.2.0", "provider": "wx104a1a20c3f81ec2"}}}'}),
    good=Example('"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}', {}),
    messages={"old": ("version {version} is older than the guide's {default}", "版本 {version} 低于指南中的 {default}")},
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every contact declaration at a release older than the guide's."""
    for decl in project.contact_declarations():
        version = decl.version
        if version is None or decl.version_span is None:
            continue
        if plugin.version_problem(version, plugin_project=project.plugin_project) is None \
                and plugin.is_older_than_guide(version):
            message = RULE.msg("old", version=version, default=plugin.DEFAULT_VERSION)
            yield Finding.at(RULE.code, message, decl.version_span)
