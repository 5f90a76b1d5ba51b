"""TR109 config-not-static: a Taro config that wecontact cannot read without running it."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.rules._examples import APP_CONFIG, DECLARATION
from wecontact_cli.i18n.message import Message
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project, Unit

_BAD = ("const weapp = process.env.TARO_ENV === 'weapp'\n\nexport default defineAppConfig({\n"
        "  pages: ['pages/index/index'],\n  plugins: weapp ? {\n    contactPlugin: { version: '1.3.0', "
        "provider: 'wx104a1a20c3f81ec2' },\n  } : {},\n})\n")
_GOOD = "export default defineAppConfig({\n  pages: ['pages/index/index'],\n" + DECLARATION + "})\n"
RULE = Rule(
    "TR109", "config-not-static", "info",
    summary=("Part of a Taro config (config/index, app.config, a page's index.config) that cannot be read "
             "without running it: a spread, a computed key, a value chosen by a condition or computed by a call.",
             "Taro 配置（config/index、app.config、页面的 index.config）中不运行就无法读取的部分：展开语法、"
             "计算属性名、由条件选择或由函数调用计算出的值。"),
    why=("Taro executes its config modules at build time; wecontact reads only what is written as literals "
         "and never guesses the rest. What it cannot read it cannot check: a plugin declared there, a "
         "registration, a route. The rules that would need it stay silent, and this notice says why.",
         "Taro 在编译时执行它的配置模块；wecontact 只读取以字面量写出的部分，从不猜测其余部分。读不到的就无法检查："
         "写在那里的插件声明、组件注册、页面路由。需要这些信息的规则会保持沉默，本提示说明原因。"),
    fix=("Write the part as a plain object literal (a condition on process.env.TARO_ENV can wrap the whole "
         "export instead), or check it by hand; silence the notice with a wecontact-disable-next-line comment.",
         "把这部分写成普通的对象字面量（针对 process.env.TARO_ENV 的条件可以改为包住整个导出），或者手动检查；"
         "也可以用 wecontact-disable-next-line 注释关闭此提示。"),
    bad=Example(_BAD, {APP_CONFIG: _BAD}),
    good=Example(_GOOD, {APP_CONFIG: _GOOD}),
    frameworks=("taro",),
    messages={
        "gap": ("cannot read {what} statically: {reason}. wecontact does not guess what Taro's build computes, "
                "so the checks that need it are skipped",
                "无法静态读取 {what}：{reason}。wecontact 不会猜测 Taro 编译时算出的值，需要它的检查都已跳过"),
        "missing": ("there is no app.config.ts or app.config.js in {folder}: Taro cannot build the app, and "
                    "wecontact cannot check its pages", "{folder} 中没有 app.config.ts 或 app.config.js："
                    "Taro 无法编译该应用，wecontact 也无法检查它的页面"),
        "defaults": ("cannot read {what} in {file} statically: wecontact assumes Taro's default ({default})",
                     "无法静态读取 {file} 中的 {what}：wecontact 按 Taro 的默认值（{default}）处理"),
        "whole": ("the config object itself", "配置对象本身"),
        "spread": ("a spread (...) may set any key", "展开语法（...）可能设置任何键"),
        "computed-key": ("a computed key ([...]) may set any key", "计算属性名（[...]）可能设置任何键"),
        "identifier": ("the value is a variable", "值是一个变量"),
        "call": ("the value comes from a function call", "值来自函数调用"),
        "conditional": ("the value is chosen by a condition", "值由条件表达式选择"),
        "template": ("the value is a template string with substitutions", "值是带替换的模板字符串"),
        "other": ("the value is an expression", "值是一个表达式"),
        "no-export": ("the module exports no config object", "该模块没有导出配置对象"),
        "no-default-export": ("the module has no default export", "该模块没有默认导出"),
        "not-literal": ("the export is not an object literal", "导出的不是对象字面量"),
        "modified": ("the object is changed after it is written", "该对象在定义之后被修改"),
    },
)
_REASONS = {
    "spread": RULE.msg("spread"), "computed-key": RULE.msg("computed-key"), "identifier": RULE.msg("identifier"),
    "call": RULE.msg("call"), "conditional": RULE.msg("conditional"), "template": RULE.msg("template"),
    "other": RULE.msg("other"), "no-export": RULE.msg("no-export"), "no-default-export": RULE.msg("no-default-export"),
    "not-literal": RULE.msg("not-literal"), "modified": RULE.msg("modified"),
}
_DEFAULTS = {"sourceRoot": "src", "outputRoot": "dist", "framework": "react", "config/index": "src, dist"}


def finding(gap: object) -> Finding:
    """The notice for one gap (a ``config.Gap``)."""
    span, what, reason = gap.span, gap.what, gap.reason  # type: ignore[attr-defined]
    if reason == "missing":
        message: Message = RULE.msg("missing", folder=span.path.parent.name + "/")
    elif what in _DEFAULTS:
        shown = RULE.msg("whole") if what == "config/index" else what
        message = RULE.msg("defaults", what=shown, file=span.path.name, default=_DEFAULTS[what])
    else:
        shown = RULE.msg("whole") if what == "config" else what
        message = RULE.msg("gap", what=shown, reason=_REASONS.get(reason, _REASONS["other"]))
    return Finding.at(RULE.code, message, span)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """config/index and the app config."""
    for gap in getattr(project, "gaps", ()):
        yield finding(gap)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A page's config module."""
    for gap in getattr(unit, "gaps", ()):
        yield finding(gap)
