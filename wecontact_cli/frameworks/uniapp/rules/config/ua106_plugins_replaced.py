"""UA106 plugins-replaced: pages.json's top-level ``plugins``, which manifest.json's
``mp-weixin.plugins`` replaces wholesale in the WeChat build."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.uniapp.rules._examples import manifest, pages
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project

_CHART = ('    "plugins" : {\n        "chart" : {\n            "version" : "1.0.0",\n'
          '            "provider" : "wx0123456789abcdef"\n        }\n    },\n')
_BAD_TEXT = '// pages.json\n"plugins" : {\n    "chart" : {"version" : "1.0.0", "provider" : "wx0123456789abcdef"}\n}'
_GOOD_MANIFEST = manifest().replace(
    '"provider" : "wx104a1a20c3f81ec2"\n            }',
    '"provider" : "wx104a1a20c3f81ec2"\n            },\n            "chart" : {\n                "version" : "1.0.0",\n'
    '                "provider" : "wx0123456789abcdef"\n            }')
RULE = Rule(
    "UA106", "plugins-replaced", "warning",
    summary=("pages.json declares plugins at the top level while manifest.json has mp-weixin.plugins: the "
             "WeChat build keeps only manifest.json's.",
             "pages.json 顶层声明了 plugins，而 manifest.json 也有 mp-weixin.plugins：微信构建只保留 manifest.json 的。"),
    why=("uni-app copies pages.json's \"plugins\" into app.json, then replaces app.json's \"plugins\" with "
         "manifest.json's mp-weixin.plugins, wholesale: every plugin declared only in pages.json is gone, "
         "and a second declaration of the contact plugin there is dead text that misleads readers.",
         "uni-app 先把 pages.json 的 \"plugins\" 复制到 app.json，再用 manifest.json 的 mp-weixin.plugins 整个"
         "替换掉它：只在 pages.json 中声明的插件全部丢失，而在那里重复声明的客服插件只是误导人的死代码。"),
    fix=("Declare every plugin in manifest.json mp-weixin.plugins (the documented place) and delete "
         "pages.json's \"plugins\".",
         "把所有插件都声明在 manifest.json 的 mp-weixin.plugins 中（文档规定的位置），并删除 pages.json 的 \"plugins\"。"),
    bad=Example(_BAD_TEXT, {"pages.json": pages(top=_CHART)}),
    good=Example('// manifest.json mp-weixin\n"plugins" : {\n    "contactPlugin" : {...},\n    "chart" : {...}\n}',
                 {"manifest.json": _GOOD_MANIFEST}),
    note=("Seen with uni-app's own resolver. Without mp-weixin.plugins in manifest.json, pages.json's "
          "\"plugins\" does reach app.json (undocumented; older releases ignored it).",
          "已用 uni-app 自己的解析器验证。manifest.json 中没有 mp-weixin.plugins 时，pages.json 的 \"plugins\" "
          "确实会进入 app.json（文档没有写，旧版本会忽略它）。"),
    frameworks=("uni-app",),
    messages={
        "lost": ("the WeChat build replaces pages.json's \"plugins\" with manifest.json's mp-weixin.plugins, so "
                 "'{alias}' ({provider}) is never declared; declare it in manifest.json",
                 "微信构建会用 manifest.json 的 mp-weixin.plugins 替换 pages.json 的 \"plugins\"，因此 '{alias}'"
                 "（{provider}）根本没有被声明；请在 manifest.json 中声明它"),
        "duplicate": ("the contact plugin is also declared in manifest.json mp-weixin.plugins, which replaces "
                      "pages.json's \"plugins\" in the WeChat build: this declaration is ignored; delete it",
                      "客服插件在 manifest.json 的 mp-weixin.plugins 中也有声明，微信构建会用它替换 pages.json 的 "
                      "\"plugins\"：这里的声明会被忽略，请删除"),
    },
)


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Every pages.json plugins entry the manifest's replaces."""
    contact = bool(project.contact_declarations())
    for decl in project.declarations:
        if decl.effective:
            continue
        if decl.is_contact and contact:
            yield Finding.at(RULE.code, RULE.msg("duplicate"), decl.key)
        else:
            yield Finding.at(RULE.code, RULE.msg("lost", alias=decl.alias, provider=decl.provider or "?"), decl.key)

