"""UA105 using-components-dropped: a page (or globalStyle) with both ``usingComponents`` and
``"mp-weixin": {"usingComponents"}``: uni-app's shallow merge drops the first map whole."""

from __future__ import annotations

from typing import Iterable, Iterator

from wecontact_cli.frameworks.uniapp.rules._examples import pages
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project, Registration, Unit

_BOTH = ('"usingComponents" : {\n                    "cell" : "plugin://contactPlugin/cell"\n                },\n'
         '                "mp-weixin" : {\n                    "usingComponents" : {\n'
         '                        "wx-chart" : "/wxcomponents/chart/chart"\n                    }\n                }')
_ONE = ('"mp-weixin" : {\n                    "usingComponents" : {\n'
        '                        "cell" : "plugin://contactPlugin/cell",\n'
        '                        "wx-chart" : "/wxcomponents/chart/chart"\n                    }\n                }')
RULE = Rule(
    "UA105", "using-components-dropped", "error",
    summary=("A page's style (or globalStyle) has both usingComponents and \"mp-weixin\": {\"usingComponents\"}: "
             "the WeChat build keeps only the second map.",
             "页面的 style（或 globalStyle）同时有 usingComponents 和 \"mp-weixin\": {\"usingComponents\"}："
             "微信构建只保留后者。"),
    why=("uni-app merges style[\"mp-weixin\"] over style shallowly: its usingComponents replaces the generic "
         "map whole, so every component registered only in the generic map (often the contact cell) is "
         "unknown on the page, and its tag is compiled as a Vue component.",
         "uni-app 用浅合并把 style[\"mp-weixin\"] 覆盖到 style 上：前者的 usingComponents 会整个替换通用的那份，"
         "只在通用 usingComponents 里注册的组件（常常就是客服插件的 cell）在页面上就不存在了，它的标签会被当作"
         "Vue 组件编译。"),
    fix=("Keep one map: move the entries into style[\"mp-weixin\"].usingComponents (add-page writes there).",
         "只保留一份：把条目移到 style[\"mp-weixin\"].usingComponents 中（add-page 就写在那里）。"),
    bad=Example(_BOTH.replace("\n" + " " * 16, "\n"), {"pages.json": pages(_BOTH)}),
    good=Example(_ONE.replace("\n" + " " * 16, "\n"), {"pages.json": pages(_ONE)}),
    note=("Seen with uni-app's own pages.json resolver. An entry present in both maps with the same value "
          "is not lost and is not reported.",
          "已用 uni-app 自己的 pages.json 解析器验证。两份里都有、而且值相同的条目不会丢失，不报告。"),
    frameworks=("uni-app",),
    messages={"dropped": ("'{tag}' is registered only in this usingComponents, which the WeChat build drops "
                          "because the {where} also has \"mp-weixin\": {{\"usingComponents\"}}; move it there",
                          "'{tag}' 只注册在这份 usingComponents 中，而{where}还有 \"mp-weixin\": {{\"usingComponents\"}}，"
                          "微信构建会丢掉这一份；请把它移过去"),
              "page": ("page's style", "页面的 style"),
              "global": ("globalStyle", "globalStyle")},
)


def _lost(registrations: Iterable[Registration]) -> Iterator[Registration]:
    """Entries of a dropped map that the kept map does not hold as well."""
    regs = list(registrations)
    kept = {(r.tag, r.url) for r in regs if r.effective}
    return (r for r in regs if not r.effective and (r.tag, r.url) not in kept)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """globalStyle's dropped entries."""
    for reg in _lost(project.global_registrations):
        yield Finding.at(RULE.code, RULE.msg("dropped", tag=reg.tag, where=RULE.msg("global")), reg.key)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A page's dropped entries."""
    for reg in _lost(unit.registrations):
        yield Finding.at(RULE.code, RULE.msg("dropped", tag=reg.tag, where=RULE.msg("page")), reg.key)
