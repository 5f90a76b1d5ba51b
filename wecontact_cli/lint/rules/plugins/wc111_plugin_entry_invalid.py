"""WC111 plugin-entry-invalid: a "plugins" entry WeChat cannot load."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Declaration, Project

RULE = Rule(
    "WC111", "plugin-entry-invalid", "error",
    summary=("A \"plugins\" entry is not an object with a \"provider\" string, e.g. \"contactPlugin\": \"1.3.0\".",
             "\"plugins\" 中的某个条目不是带有 \"provider\" 字符串的对象，例如 \"contactPlugin\": \"1.3.0\"。"),
    why=("WeChat loads a plugin from its entry's \"provider\" (the plugin's appid) and \"version\"; an "
         "entry that is a bare version string, or has no provider, declares nothing, and the build "
         "fails. wecontact cannot tell which plugin such an entry means, so `wecontact init` refuses "
         "to add a second one beside it.",
         "微信根据条目中的 \"provider\"（插件的 appid）和 \"version\" 加载插件；只写了版本字符串、"
         "或者没有 provider 的条目什么也没有声明，构建会失败。wecontact 无法判断这样的条目指的是哪个插件，"
         "因此 `wecontact init` 不会在它旁边再添加一个声明。"),
    fix=("Write the entry as an object: for the contact plugin "
         f'"contactPlugin": {plugin.DECLARATION_EXAMPLE}.',
         "把条目写成对象：客服插件写作 "
         '"contactPlugin": {"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}。'),
    bad=Example('"plugins": {"contactPlugin": "1.3.0"}',
                {"miniprogram/app.json": '{"pages": ["pages/index/index"], "plugins": {"contactPlugin": "1.3.0"}}'}),
    good=Example(f'"plugins": {{"contactPlugin": {plugin.DECLARATION_EXAMPLE}}}', {}),
)


def problem(decl: Declaration) -> object:
    """What is wrong with an entry WeChat cannot load (shared with init's refusal)."""
    from wecontact_cli.i18n.message import a_type, msg

    if decl.entry_type != "object":
        return msg("plugins.entry_not_object", alias=decl.alias, type=a_type(decl.entry_type),
                   example=plugin.DECLARATION_EXAMPLE)
    return msg("plugins.entry_no_provider", alias=decl.alias, provider=plugin.PROVIDER)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every broken ``plugins`` entry, whatever plugin it was meant to declare."""
    for decl in project.broken_declarations():
        yield Finding.at(RULE.code, problem(decl), decl.entry)  # type: ignore[arg-type]
