"""WC107 plugins-in-page-json: "plugins" written where WeChat never reads it."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Unit

RULE = Rule(
    "WC107", "plugins-in-page-json", "warning",
    summary=("A page or component .json has a \"plugins\" key.", "页面或组件的 .json 中有 \"plugins\" 键。"),
    why=("\"plugins\" is read only from app.json and subpackage entries; in a page .json it is "
         "ignored, so the plugin is in fact not declared.",
         "\"plugins\" 只从 app.json 和分包配置中读取；写在页面 .json 中会被忽略，插件实际上并没有声明。"),
    fix=("Move the declaration to app.json (`wecontact init`) and delete the key.",
         "把声明移到 app.json（`wecontact init`），并删除该键。"),
    bad=Example('{"plugins": {"contactPlugin": {...}}, "usingComponents": {...}}',
                {"miniprogram/pages/index/index.json":
                 '{"plugins": {}, "usingComponents": {"cell": "plugin://contactPlugin/cell"}}'}),
    good=Example('{"usingComponents": {...}}', {}),
    messages={"misplaced": (
        "\"plugins\" in a page or component .json is ignored: the plugin is declared only by "
        "app.json (or a subpackage entry)",
        "页面或组件 .json 中的 \"plugins\" 会被忽略：插件只能在 app.json（或分包配置）中声明")},
)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A "plugins" key in the unit's own config."""
    for span in unit.misplaced_plugins:
        yield Finding.at(RULE.code, RULE.msg("misplaced"), span)
