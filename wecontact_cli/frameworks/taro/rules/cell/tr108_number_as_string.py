"""TR108 number-as-string: styleType="2" passes the string "2" where the plugin declares a number."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.frameworks.taro.rules._common import is_vue
from wecontact_cli.frameworks.taro.rules._examples import files
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.model import AttrUse, CellUse, Unit

_BAD = "<cell plugid='a1b2c3d4' styleType='2' onStartmessage={onStart} onCompletemessage={onComplete} />"
_GOOD = "<cell plugid='a1b2c3d4' styleType={2} onStartmessage={onStart} onCompletemessage={onComplete} />"
RULE = Rule(
    "TR108", "number-as-string", "warning",
    summary=("A string literal given to a numeric property of the cell: styleType=\"2\" (JSX) or "
             "styleType=\"2\" without ':' (Vue).",
             "给 cell 的数字属性传了字符串字面量：styleType=\"2\"（JSX），或 Vue 中不带 ':' 的 styleType=\"2\"。"),
    why=("In a Taro view an attribute is a JavaScript value, sent to the plugin through setData. "
         "styleType=\"2\" sends the string \"2\" where the plugin declares a Number; whether WeChat converts "
         "it, as it does a static WXML attribute, is not documented. A number leaves no doubt.",
         "在 Taro 视图中属性是 JavaScript 值，通过 setData 传给插件。styleType=\"2\" 传的是字符串 \"2\"，"
         "而插件声明的是 Number；微信是否会像处理 WXML 静态属性那样转换它，文档没有说明。写成数字就没有疑问。"),
    fix=("Write a number: styleType={2} in JSX, :styleType=\"2\" in a Vue template. --fix does it when "
         "the string is a number.",
         "写成数字：JSX 中写 styleType={2}，Vue 模板中写 :styleType=\"2\"。字符串内容是数字时 --fix 会自动改写。"),
    bad=Example(_BAD, files(_BAD)),
    good=Example(_GOOD, files(_GOOD)),
    note=("A warning, not an error: the effect of a string on a Number property through setData is "
          "not documented either way. Values are still judged by WC204 once they are numbers.",
          "这是警告而不是错误：通过 setData 给 Number 属性传字符串的效果，文档没有任何说明。改成数字后，"
          "WC204 仍会检查取值是否有效。"),
    fixable=True,
    frameworks=("taro",),
    messages={
        "string": ("{prop} is a number property, but {written} passes the string {value!r}; write {fixed}",
                   "{prop} 是数字属性，但 {written} 传的是字符串 {value!r}；请写成 {fixed}"),
        "not_number": ("{prop} is a number property, but {written} passes the string {value!r}, which is "
                       "not a number",
                       "{prop} 是数字属性，但 {written} 传的是字符串 {value!r}，而且它不是数字"),
        "fix": ("write {fixed}", "改为 {fixed}"),
    },
)


def _number(attr: AttrUse) -> str | None:
    """The number the string holds, written as JavaScript writes it (None: not a number)."""
    value = (attr.value or "").strip()
    return plugin.number_text(value) if value else None


def _fix(attr: AttrUse, number: str, text: str, vue: bool) -> tuple[str, Fix] | None:
    """Write the number as a number in the attribute's own syntax."""
    span = attr.value_span
    if span is None:
        return None
    if vue and attr.written == attr.name:  # a plain attribute: bound, its value becomes a number
        edits: tuple[TextEdit, ...] = (TextEdit(attr.name_span.start, attr.name_span.start, ":"),
                                       TextEdit(span.start, span.end, f'"{number}"'))
        fixed = f':{attr.written}="{number}"'
    elif not vue and text[:span.start].rstrip().endswith("="):  # x="2" in JSX: braces replace the quotes
        edits, fixed = (TextEdit(span.start, span.end, f"{{{number}}}"),), f"{attr.written}={{{number}}}"
    else:  # a string literal inside {...} in JSX, or inside :x="..." in Vue
        edits = (TextEdit(span.start, span.end, number),)
        fixed = f'{attr.written}="{number}"' if vue else f"{attr.written}={{{number}}}"
    return fixed, Fix(RULE.msg("fix", fixed=fixed), edits)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every numeric property given a string literal."""
    text = unit.texts.get(cell.tag_span.path, "")
    vue = is_vue(cell)
    for attr in cell.attrs:
        spec = plugin.ATTRIBUTES_BY_NAME.get(attr.prop or "")
        if attr.role != "property" or attr.dialect is not None or spec is None or spec.kind != "number" \
                or attr.value_type != "string":
            continue
        number = _number(attr)
        planned = _fix(attr, number, text, vue) if number is not None else None
        if planned is None:
            message = RULE.msg("not_number", prop=spec.name, written=attr.written, value=attr.value or "")
            yield Finding.at(RULE.code, message, attr.value_span or attr.name_span)
            continue
        fixed, fix = planned
        message = RULE.msg("string", prop=spec.name, written=attr.written, value=attr.value or "", fixed=fixed)
        yield Finding.at(RULE.code, message, attr.value_span or attr.name_span, fix)
