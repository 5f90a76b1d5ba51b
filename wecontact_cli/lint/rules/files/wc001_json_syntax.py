"""WC001 json-syntax: a .json file the build reads is not strict JSON, or holds a wrong type."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import FileProblem, Project, Unit

RULE = Rule(
    "WC001", "json-syntax", "error",
    summary=("A native .json file (app.json, a page's or component's .json) is not strict JSON, "
             "or holds a value of a type WeChat does not accept.",
             "原生 .json 文件（app.json、页面或组件的 .json）不是严格的 JSON，或者其中某个值的类型微信不接受。"),
    why=("WeChat DevTools refuses to build a project whose app.json or page .json does not parse; "
         "comments and trailing commas, fine in many editors, are build errors here. A value of "
         "the wrong type (a usingComponents path that is a number, \"pages\" that is not a list "
         "of strings) fails the build too.",
         "app.json 或页面 .json 解析失败时，微信开发者工具会拒绝构建项目；注释和末尾多余的逗号"
         "在很多编辑器里没有问题，在这里却是构建错误。类型错误的值（usingComponents 中写成数字的"
         "组件路径、不是字符串数组的 \"pages\"）同样会导致构建失败。"),
    fix=("Make the file strict JSON: double-quoted keys and strings, no comments, no trailing commas; "
         "give every value the type the message names.",
         "把文件改成严格的 JSON：键和字符串都用双引号，不写注释，不留末尾逗号；并按提示给每个值使用正确的类型。"),
    bad=Example('{\n  // contact page\n  "usingComponents": {"cell": "plugin://contactPlugin/cell",}\n}\n',
                {"miniprogram/pages/index/index.json":
                 '{\n  // contact page\n  "usingComponents": {"cell": "plugin://contactPlugin/cell",}\n}\n'}),
    good=Example('{\n  "usingComponents": {"cell": "plugin://contactPlugin/cell"}\n}\n',
                 {"miniprogram/pages/index/index.json":
                  '{\n  "usingComponents": {"cell": "plugin://contactPlugin/cell"}\n}\n'}),
)


def findings(problems: list[FileProblem] | tuple[FileProblem, ...]) -> Iterator[Finding]:
    """A config file's syntax and type problems."""
    for problem in problems:
        if problem.role == "config" and problem.kind in ("syntax", "type"):
            yield Finding.of_problem(RULE.code, problem.message, problem)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """The app-level config (app.json)."""
    yield from findings(project.problems)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A page's or component's config."""
    yield from findings(unit.problems())
