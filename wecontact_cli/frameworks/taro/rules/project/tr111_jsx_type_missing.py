"""TR111 jsx-type-missing: TypeScript rejects <cell> in a .tsx view: no JSX.IntrinsicElements entry."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.rules._examples import BASE
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import Unit

_TYPES = "types/global.d.ts"
_WITHOUT = '/// <reference types="@tarojs/taro" />\n'
RULE = Rule(
    "TR111", "jsx-type-missing", "warning",
    summary=("A TypeScript React project renders the cell in a .tsx view, but no declaration adds its tag "
             "to JSX.IntrinsicElements.",
             "TypeScript React 项目在 .tsx 视图中渲染了 cell，但没有任何声明把它的标签加入 JSX.IntrinsicElements。"),
    why=("TypeScript knows only the tags JSX.IntrinsicElements declares: <cell> fails type-checking with "
         "TS2339 (\"Property 'cell' does not exist on type 'JSX.IntrinsicElements'\"), in the editor and "
         "in any tsc step of the build or CI.",
         "TypeScript 只认识 JSX.IntrinsicElements 中声明过的标签：<cell> 会在类型检查时报 TS2339"
         "（\"Property 'cell' does not exist on type 'JSX.IntrinsicElements'\"），编辑器和构建或 CI 中的 tsc "
         "步骤都会报错。"),
    fix=("Run `wecontact init` (it adds the declaration), or add to types/global.d.ts: declare namespace JSX "
         "{ interface IntrinsicElements { cell: any } } (React 19's types: inside declare module 'react').",
         "运行 `wecontact init`（它会加入该声明），或者在 types/global.d.ts 中加入：declare namespace JSX "
         "{ interface IntrinsicElements { cell: any } }（React 19 的类型：写在 declare module 'react' 中）。"),
    bad=Example("// types/global.d.ts\n" + _WITHOUT, {_TYPES: _WITHOUT}),
    good=Example("// types/global.d.ts\n" + BASE[_TYPES], {}),
    note=("Only React projects are checked: Preact and Vue type their templates differently. An index "
          "signature ([tag: string]: any) declares every tag.",
          "只检查 React 项目：Preact 和 Vue 的模板类型声明方式不同。索引签名（[tag: string]: any）会声明所有标签。"),
    frameworks=("taro",),
    messages={"missing": (
        "TypeScript rejects <{tag}> here (TS2339): no declaration file adds '{tag}' to "
        "JSX.IntrinsicElements. Run `wecontact init`, or declare it in types/global.d.ts",
        "TypeScript 会在这里拒绝 <{tag}>（TS2339）：没有任何声明文件把 '{tag}' 加入 JSX.IntrinsicElements。"
        "请运行 `wecontact init`，或在 types/global.d.ts 中声明它")},
)


def check_unit(unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """The first cell of each tag in a .tsx view of a TypeScript React project, when undeclared."""
    project = ctx.project
    view = unit.view_file()
    if view is None or view.suffix != ".tsx" or not getattr(project, "react_types", False):
        return
    from wecontact_cli.frameworks.taro.typings import ANY_TAG

    seen: set[str] = set()
    for cell in unit.cells():
        if cell.tag in seen:
            continue
        seen.add(cell.tag)
        declared = project.intrinsic_tags()  # type: ignore[attr-defined]
        if cell.tag not in declared and ANY_TAG not in declared:
            yield Finding.at(RULE.code, RULE.msg("missing", tag=cell.tag), cell.tag_span)
