"""UA108 cell-not-wrapped: a cell outside ``<!-- #ifdef MP-WEIXIN -->`` in a project that
builds other platforms too."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.uniapp.rules._examples import page_files
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_CELL = '<cell plugid="a1b2c3d4" @startmessage="startmessage" @completemessage="completemessage" />'
_H5 = '<!-- #ifdef H5 -->\n<button>call us</button>\n<!-- #endif -->\n'
RULE = Rule(
    "UA108", "cell-not-wrapped", "info",
    summary=("A cell not wrapped for MP-WEIXIN (#ifdef MP-WEIXIN) in a project that builds other platforms.",
             "在还会编译到其他平台的项目中，cell 没有用 #ifdef MP-WEIXIN 包起来。"),
    why=("The contact plugin exists only in WeChat mini-programs: an H5 or App build renders an unknown "
         "<cell> element (or warns about it), and the handlers never run there.",
         "客服插件只存在于微信小程序中：H5 或 App 构建会渲染一个未知的 <cell> 元素（或者给出警告），处理函数"
         "在那里也永远不会执行。"),
    fix=("Wrap it: <!-- #ifdef MP-WEIXIN --> <cell ... /> <!-- #endif --> (add-page writes it so).",
         "用条件编译包起来：<!-- #ifdef MP-WEIXIN --> <cell ... /> <!-- #endif -->（add-page 生成的代码就是这样）。"),
    bad=Example(_H5 + _CELL, page_files(_H5 + _CELL)),
    good=Example(_H5 + "<!-- #ifdef MP-WEIXIN -->\n" + _CELL + "\n<!-- #endif -->",
                 page_files(_H5 + "<!-- #ifdef MP-WEIXIN -->\n" + _CELL + "\n<!-- #endif -->")),
    note=("A project counts as building other platforms when pages.json or the cell's own .vue file has a "
          "conditional region naming another platform (H5, APP-PLUS, MP-ALIPAY ...): uni-app's templates "
          "list every platform in manifest.json and package.json whether it is built or not.",
          "当 pages.json 或 cell 所在的 .vue 文件中有针对其他平台（H5、APP-PLUS、MP-ALIPAY ...）的条件编译区域时，"
          "才认为项目会编译到其他平台：uni-app 的模板在 manifest.json 和 package.json 里列出了所有平台，"
          "不论是否真的会编译。"),
    frameworks=("uni-app",),
    messages={"unwrapped": ("<{tag}> is compiled for every platform, but the contact plugin exists only in "
                            "WeChat: wrap it in <!-- #ifdef MP-WEIXIN --> ... <!-- #endif -->",
                            "<{tag}> 会被编译到所有平台，但客服插件只存在于微信中：请用 <!-- #ifdef MP-WEIXIN --> "
                            "... <!-- #endif --> 包起来")},
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """A cell that other platforms' builds compile, in a multi-platform project."""
    if cell.fact("multi-platform") == "yes" and cell.fact("wrapped") == "no":
        yield Finding.at(RULE.code, RULE.msg("unwrapped", tag=cell.tag), cell.tag_span)
