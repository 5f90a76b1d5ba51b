"""WC003 duplicate-key: an object repeats a key; WeChat's JSON.parse keeps only the last."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import FileProblem, Project, Unit

_BAD = ('{\n  "usingComponents": {\n    "cell": "plugin://contactPlugin/cell",\n'
        '    "cell": "/components/cell/cell"\n  }\n}\n')
_GOOD = ('{\n  "usingComponents": {\n    "cell": "plugin://contactPlugin/cell",\n'
         '    "card": "/components/cell/cell"\n  }\n}\n')
RULE = Rule(
    "WC003", "duplicate-key", "warning",
    summary=("An object in app.json or a page's .json repeats a key: WeChat reads only the last one.",
             "app.json 或页面 .json 的同一个对象中出现了重复的键：微信只读取最后一个。"),
    why=("WeChat reads these files with JSON.parse, which keeps the last of repeated keys and drops "
         "the others without a word. The one people read first is often not the one the build "
         "uses: a second \"plugins\" or a repeated alias or usingComponents tag silently replaces "
         "the declaration or component that looks right.",
         "微信用 JSON.parse 读取这些文件，遇到重复的键时只保留最后一个，其余的被悄悄丢弃。"
         "人们先看到的往往不是构建实际使用的那个：第二个 \"plugins\"、重复的插件别名或 "
         "usingComponents 标签，会悄悄替换掉看起来正确的声明或组件。"),
    fix=("Keep one member per key: merge the two, or delete the one WeChat ignores (the message "
         "gives the line of the value it reads).",
         "每个键只保留一个：把两处合并，或者删掉微信忽略的那一个（提示信息给出了微信实际读取的值所在的行）。"),
    bad=Example(_BAD, {"miniprogram/pages/index/index.json": _BAD}),
    good=Example(_GOOD, {"miniprogram/pages/index/index.json": _GOOD}),
)


def findings(problems: list[FileProblem] | tuple[FileProblem, ...]) -> Iterator[Finding]:
    """Every repeated key a config file holds."""
    for problem in problems:
        if problem.kind == "duplicate-key":
            yield Finding.of_problem(RULE.code, problem.message, problem)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """The app-level config."""
    yield from findings(project.problems)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A page's or component's config."""
    yield from findings(unit.problems())
