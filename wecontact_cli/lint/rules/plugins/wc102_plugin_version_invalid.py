"""WC102 plugin-version-invalid: the contact plugin's version is not one WeChat resolves."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project

RULE = Rule(
    "WC102", "plugin-version-invalid", "error",
    summary=("The contact plugin's version is not N.N.N, dev-<32 hex> or latest (dev only in a plugin project).",
             "客服插件的 version 不是 N.N.N、dev-<32 hex> 或 latest（dev 版本只能在插件项目中使用）。"),
    why=("WeChat cannot resolve the plugin and the build fails (插件版本不存在).",
         "微信无法解析出对应的插件，构建失败（插件版本不存在）。"),
    fix=("Use a released version such as \"1.3.0\" (the guide's).",
         "使用已发布的版本，例如指南中的 \"1.3.0\"。"),
    bad=Example('"contactPlugin": {"version": "v1.3", "provider": "wx104a1a20c3f81ec2"}',
                {"miniprogram/app.json": '{"pages": ["pages/index/index"], "plugins": {"contactPlugin": '
                                         '{"version": "v1.3", "provider": "wx104a1a20c3f81ec2"}}}'}),
    good=Example('"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}', {}),
    messages={"missing": ("plugin '{alias}' needs a \"version\" string such as \"{default}\"",
                          "插件 '{alias}' 需要一个 \"version\" 字符串，例如 \"{default}\"")},
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every contact declaration's version."""
    for decl in project.contact_declarations():
        if decl.version is None:
            span = decl.version_span or decl.key
            yield Finding.at(RULE.code, RULE.msg("missing", alias=decl.alias, default=plugin.DEFAULT_VERSION), span)
            continue
        problem = plugin.version_problem(decl.version, plugin_project=project.plugin_project)
        if problem is not None and decl.version_span is not None:
            yield Finding.at(RULE.code, problem, decl.version_span)
