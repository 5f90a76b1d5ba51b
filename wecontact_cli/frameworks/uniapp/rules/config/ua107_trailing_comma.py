"""UA107 trailing-comma-vue2: a trailing comma in manifest.json or pages.json of a Vue 2
project, whose build reads them with JSON.parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from wecontact_cli.edits import TextEdit
from wecontact_cli.frameworks.uniapp.rules._examples import manifest
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Project, Span
from wecontact_cli.syntax.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from wecontact_cli.frameworks.uniapp.config import JsoncFile

_COMMENTS = LazyPattern(r"//[^\n\r]*|/\*.*?\*/", re.DOTALL)
_BAD = manifest(vue="2").replace('"provider" : "wx104a1a20c3f81ec2"\n', '"provider" : "wx104a1a20c3f81ec2",\n')
RULE = Rule(
    "UA107", "trailing-comma-vue2", "error",
    summary=("A trailing comma in manifest.json or pages.json of a Vue 2 uni-app project.",
             "Vue 2 的 uni-app 项目中，manifest.json 或 pages.json 里有末尾多余的逗号。"),
    why=("uni-app's Vue 2 build reads both files with JSON.parse after removing comments: a trailing "
         "comma fails the whole build (\"manifest.json 解析失败\"). Vue 3 and HBuilderX's editor accept it, "
         "so it goes unnoticed until someone builds for Vue 2.",
         "uni-app 的 Vue 2 构建在去掉注释后用 JSON.parse 读取这两个文件：末尾多余的逗号会让整个构建失败"
         "（\"manifest.json 解析失败\"）。Vue 3 和 HBuilderX 的编辑器都接受它，所以直到有人用 Vue 2 构建时才会发现。"),
    fix=("Delete the comma (--fix does, unless conditional compilation needs it in another platform's build).",
         "删除这个逗号（--fix 会删除，除非其他平台的条件编译需要它）。"),
    bad=Example('"provider" : "wx104a1a20c3f81ec2",\n}', {"manifest.json": _BAD}),
    good=Example('"provider" : "wx104a1a20c3f81ec2"\n}', {"manifest.json": manifest(vue="2")}),
    note=("Read in uni-app's Vue 2 sources (uni-cli-shared lib/json.js) and checked with its parser. In "
          "pages.json, a comma that only the WeChat build sees as trailing (the entries after it are in "
          "another platform's #ifdef) is reported without a fix.",
          "来自 uni-app Vue 2 的源码（uni-cli-shared lib/json.js），并用它的解析器验证。pages.json 中只有在微信"
          "构建里才成为末尾逗号的（后面的条目在其他平台的 #ifdef 中），只报告，不自动修复。"),
    fixable=True,
    frameworks=("uni-app",),
    messages={
        "comma": ("a trailing comma: uni-app's Vue 2 build reads {file} with JSON.parse, which rejects it, so "
                  "the build fails", "末尾多余的逗号：uni-app 的 Vue 2 构建用 JSON.parse 读取 {file}，会因此报错，构建失败"),
        "conditional": ("the WeChat build of {file} sees a trailing comma here (what follows is in another "
                        "platform's #ifdef), which uni-app's Vue 2 build rejects; put the comma inside that region",
                        "{file} 的微信构建在这里会看到一个末尾逗号（后面的内容在其他平台的 #ifdef 中），uni-app 的 "
                        "Vue 2 构建会报错；请把逗号移到那个条件编译区域里"),
        "delete": ("delete the trailing comma", "删除末尾逗号"),
    },
)


def _findings(file: JsoncFile) -> Iterator[Finding]:
    from wecontact_cli.frameworks.uniapp.config import trailing_commas

    for comma in trailing_commas(file.root):
        span = Span(file.path, comma, comma + 1)
        closer = file.compiled.find("}" if _closes_object(file.compiled, comma) else "]", comma)
        if _COMMENTS.sub("", file.text[comma + 1:closer]).strip():
            yield Finding.at(RULE.code, RULE.msg("conditional", file=file.path.name), span)
            continue
        fix = Fix(RULE.msg("delete"), (TextEdit(comma, comma + 1, ""),), file.path)
        yield Finding.at(RULE.code, RULE.msg("comma", file=file.path.name), span, fix)


def _closes_object(compiled: str, comma: int) -> bool:
    """Whether the next closer after a trailing comma is an object's (in the compiled text)."""
    rest = _COMMENTS.sub(lambda m: " " * len(m.group()), compiled[comma + 1:]).lstrip()
    return rest.startswith("}")


def check_project(project: Project, ctx: LintContext) -> Iterator[Finding]:
    """Both files of a Vue 2 project."""
    if getattr(project, "vue", 3) != 2:
        return
    for file in (getattr(project, "manifest", None), getattr(project, "pages_json", None)):
        if file is not None:
            yield from _findings(file)
