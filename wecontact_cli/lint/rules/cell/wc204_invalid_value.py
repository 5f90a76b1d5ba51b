"""WC204 invalid-value: a static value outside the attribute's allowed set, or not a number."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.cell._values import Verdict, judged, value_findings
from wecontact_cli.model import AttrUse, CellUse, Unit

RULE = Rule(
    "WC204", "invalid-value", "error",
    summary=("A static value outside the attribute's allowed set, or not a number where a number is required.",
             "静态值不在该属性允许的取值范围内，或者要求数字的地方写的不是数字。"),
    why=("WeChat converts the text to the property's type: 'abc' becomes 0 and an unknown option "
         "falls back to a default, so the button silently looks different from what was written.",
         "微信会把文本转换成属性声明的类型：'abc' 变成 0，未知的选项回退到默认值，于是按钮和代码里写的"
         "不一样，却没有任何提示。"),
    fix=("Use one of the values the guide lists (see `wecontact rule WC204` examples).",
         "使用指南列出的取值之一（参见 `wecontact rule WC204` 中的示例）。"),
    bad=Example('<cell plugid="a1b2c3d4" styleType="4" buttonStyle="dark" />'),
    good=Example('<cell plugid="a1b2c3d4" styleType="2" buttonStyle="light" />'),
    note=("Numbers are compared as WeChat converts them: ' 2' and '2.0' are 2. --fix corrects "
          "only a letter-case mistake in a string option (Rect -> rect).",
          "数字按微信的转换方式比较：' 2' 和 '2.0' 都是 2。--fix 只纠正字符串选项中的大小写错误（Rect -> rect）。"),
    fixable=True,
    messages={
        "not_one_of": ("{prop}={raw!r} is not one of {choices}", "{prop}={raw!r} 不是可选值之一：{choices}"),
        "custom_text": ("{prop}={raw!r}: custom text is not supported (不支持自定义文案); choose an index: {choices}",
                        "{prop}={raw!r}：不支持自定义文案；请选择一个序号：{choices}"),
        "not_a_number_choices": ("{prop}={raw!r} is not a number; WeChat turns it into 0. Expected one of {choices}",
                                 "{prop}={raw!r} 不是数字；微信会把它当作 0。应为以下之一：{choices}"),
        "not_a_number": ("{prop}={raw!r} is not a number; WeChat turns it into 0. Expected a number",
                         "{prop}={raw!r} 不是数字；微信会把它当作 0。应为一个数字"),
    },
)


def choices(prop: str) -> str | Message:
    """The allowed values of an attribute, with the guide's labels for indexed ones."""
    spec = plugin.ATTRIBUTES_BY_NAME[prop]
    if not spec.options:
        return msg("a_number")
    return ", ".join(f"{o.value} ({o.label})" if spec.kind == "number" else o.value for o in spec.options)


def verdict(prop: str, attr: AttrUse) -> Verdict | None:
    """What is wrong with the value, unless it is WC205's text or WC206's colour."""
    raw = judged(attr)
    spec = plugin.ATTRIBUTES_BY_NAME[prop]
    if raw is None or prop in ("plugid", "vcode", "bubbleColor"):
        return None
    if spec.kind == "number":
        if attr.value_type == "string":
            return None  # a string through data binding: its effect is not documented
        number = plugin.number_text(raw)
        if number is not None:
            return (Verdict(RULE.msg("not_one_of", prop=prop, raw=raw, choices=choices(prop)))
                    if spec.options and number not in spec.allowed else None)
        if prop in plugin.INDEXED_TEXT_ATTRIBUTES:
            if spec.index_of_label(raw) is not None:
                return None  # WC205
            return Verdict(RULE.msg("custom_text", prop=prop, raw=raw, choices=choices(prop)))
        if spec.options:
            return Verdict(RULE.msg("not_a_number_choices", prop=prop, raw=raw, choices=choices(prop)))
        return Verdict(RULE.msg("not_a_number", prop=prop, raw=raw))
    if raw in spec.allowed:
        return None
    folded = [v for v in spec.allowed if v.lower() == raw.strip().lower()]
    title = msg("fix.write", value=folded[0]) if folded else None
    return Verdict(RULE.msg("not_one_of", prop=prop, raw=raw, choices=choices(prop)),
                   folded[0] if folded else None, title)


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every static property value outside what the guide allows."""
    return value_findings(RULE.code, verdict, cell, unit)
