"""TR104 spread-props: {...props} (or v-bind="obj") on the cell: Taro never passes those attributes on."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli.frameworks.taro.rules._common import is_vue
from wecontact_cli.frameworks.taro.rules._examples import VIEW, files, view
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import CellUse, Unit

_BAD = "<cell plugid='a1b2c3d4' {...contactProps} onStartmessage={onStart} onCompletemessage={onComplete} />"
_GOOD = "<cell plugid='a1b2c3d4' styleType={2} onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR104", "spread-props", "error",
    summary=("Attributes spread onto the cell: {...props} in JSX, v-bind=\"obj\" in a Vue template.",
             "用展开语法给 cell 传属性：JSX 中的 {...props}，Vue 模板中的 v-bind=\"obj\"。"),
    why=("Taro builds the page template for a plugin component from the attribute names written on the "
         "element, at build time. Names inside a spread object are invisible to it: the template has no "
         "place for them, so none of them (plugid, styleType, the handlers) ever reaches the plugin.",
         "Taro 在编译时根据元素上写出来的属性名为插件组件生成页面模板。展开对象里的属性名它看不到："
         "模板中没有它们的位置，所以其中的任何属性（plugid、styleType、处理函数）都到不了插件。"),
    fix=("Write every attribute on the element itself: plugid={id} styleType={2} onCompletemessage={fn}.",
         "把每个属性直接写在元素上：plugid={id} styleType={2} onCompletemessage={fn}。"),
    bad=Example("const contactProps = { styleType: 2 }\n" + _BAD,
                {VIEW: view(_BAD, inside="  const contactProps = { styleType: 2 }\n")}),
    good=Example(_GOOD, files(_GOOD)),
    frameworks=("taro",),
    messages={
        "jsx": ("{spread} on <{tag}>: Taro collects only the props written on the element, so nothing in this "
                "spread reaches the plugin. Write each prop on <{tag}> itself",
                "<{tag}> 上的 {spread}：Taro 只收集直接写在元素上的属性，展开对象里的任何属性都到不了插件。"
                "请把每个属性直接写在 <{tag}> 上"),
        "vue": ("{spread} on <{tag}>: Taro collects only the attributes written on the element, so nothing in "
                "this object reaches the plugin. Write each attribute on <{tag}> itself",
                "<{tag}> 上的 {spread}：Taro 只收集直接写在元素上的属性，这个对象里的任何属性都到不了插件。"
                "请把每个属性直接写在 <{tag}> 上"),
    },
)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every spread on the cell."""
    text = unit.texts.get(cell.tag_span.path, "")
    for span in cell.spreads:
        spread = text[span.start:span.end] if text else "{...}"
        message = RULE.msg("vue", spread=spread, tag=cell.tag) if is_vue(cell) else \
            RULE.msg("jsx", spread=spread, tag=cell.tag)
        yield Finding.at(RULE.code, message, span)
