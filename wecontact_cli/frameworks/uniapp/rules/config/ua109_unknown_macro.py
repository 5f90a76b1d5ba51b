"""UA109 unknown-macro: a pages.json region whose condition names a macro uni-app does not
define (a user macro): wecontact does not guess whether the WeChat build compiles it."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.uniapp.rules._examples import pages
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project, Span

_TOP = ('    // #ifdef MP-WEIXIN && SHOP\n    "plugins" : {},\n    // #endif\n')
_TOP_GOOD = ('    // #ifdef MP-WEIXIN\n    "plugins" : {},\n    // #endif\n')
RULE = Rule(
    "UA109", "unknown-macro", "info",
    summary=("A conditional region of pages.json depends on a macro uni-app does not define (a user macro "
             "from package.json uni-app.scripts).",
             "pages.json 中的条件编译区域依赖 uni-app 没有定义的宏（来自 package.json uni-app.scripts 的自定义宏）。"),
    why=("Whether the WeChat build compiles the region depends on which script builds it; wecontact does "
         "not guess, reads both branches, and its findings inside the region may not apply to your build.",
         "微信构建是否编译这个区域，取决于用哪个脚本构建；wecontact 不做猜测，两个分支都会读取，因此它在这个"
         "区域里的检查结果可能不适用于你的构建。"),
    fix=("Nothing to fix; to silence it, write `// wecontact-disable-next-line UA109` above the directive.",
         "无需修复；如需静音，在该指令上方写 `// wecontact-disable-next-line UA109`。"),
    bad=Example("// #ifdef MP-WEIXIN && SHOP\n...\n// #endif", {"pages.json": pages(top=_TOP)}),
    good=Example("// #ifdef MP-WEIXIN\n...\n// #endif", {"pages.json": pages(top=_TOP_GOOD)}),
    frameworks=("uni-app",),
    messages={"unknown": ("whether the WeChat build compiles this region depends on {names}, which uni-app "
                          "does not define (a user macro?): wecontact reads it as compiled",
                          "微信构建是否编译这个区域取决于 {names}，而 uni-app 并没有定义它（自定义宏？）："
                          "wecontact 按会编译来读取")},
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every region of pages.json whose activity for WeChat is unknown."""
    file = getattr(project, "pages_json", None)
    if file is None:
        return
    from wecontact_cli.frameworks.uniapp.config import unknown_macros

    for region in file.unknown_regions():
        names = ", ".join(unknown_macros(region.condition)) or region.condition
        yield Finding.at(RULE.code, RULE.msg("unknown", names=names),
                         Span(file.path, region.condition_start, region.condition_end))
