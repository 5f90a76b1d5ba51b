"""WC203 unknown-attribute: an attribute the contact plugin's cell does not have."""

from __future__ import annotations

from typing import Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.lint.rule import Example, Rule
from wecontact_cli.lint.rules.cell import wc204_invalid_value, wc205_text_instead_of_index, wc206_bubble_color_format
from wecontact_cli.lint.rules.cell._values import value_fix
from wecontact_cli.model import AttrUse, CellUse, Unit

RULE = Rule(
    "WC203", "unknown-attribute", "warning",
    summary=("An attribute the contact plugin's cell does not have (names are case-sensitive).",
             "客服插件的 cell 没有这个属性（属性名区分大小写）。"),
    why=("WeChat passes only declared properties; a misspelt one (avatarStyle, plugId, styletype) "
         "is dropped silently. url, contactTextBlod and iconUrl belong to the WeCom *group* plugin.",
         "微信只传递组件声明过的属性；拼错的属性（avatarStyle、plugId、styletype）会被悄悄丢弃。"
         "url、contactTextBlod 和 iconUrl 是企业微信*群*插件的属性。"),
    fix=("Use the guide's spelling (avatorStyle, plugid, styleType); --fix renames when the intended "
         "attribute is unambiguous.",
         "使用指南中的拼写（avatorStyle、plugid、styleType）；能确定本来想写哪个属性时，--fix 会自动改名。"),
    bad=Example('<cell plugId="a1b2c3d4" avatarStyle="rect" />'),
    good=Example('<cell plugid="a1b2c3d4" avatorStyle="rect" />'),
    note=("Attributes valid on every component (id, class, style, hidden, slot, wx:*, data-*, "
          "mark:*, generic:*) and dash-case forms (style-type reaches styleType) are allowed. "
          "plugType, vcode, reqType and buttonSize come from the plugin's shipped code, not the guide.",
          "所有组件通用的属性（id、class、style、hidden、slot、wx:*、data-*、mark:*、generic:*）"
          "和连字符写法（style-type 对应 styleType）都允许使用。plugType、vcode、reqType 和 buttonSize "
          "来自插件实际发布的代码，而不是指南。"),
    fixable=True,
    messages={
        "group": ("'{name}' is an attribute of the WeCom group plugin's cell (企业微信群插件, {provider}), "
                  "not of the contact plugin's: it has no effect here",
                  "'{name}' 是企业微信群插件（{provider}）的 cell 属性，不是客服插件的属性：在这里不会生效"),
        "unknown": ("'{name}' is not an attribute of the contact plugin's cell and has no effect",
                    "'{name}' 不是客服插件 cell 的属性，不会生效"),
        "suggest": ("'{name}' is not an attribute of the contact plugin's cell (attribute names are "
                    "case-sensitive); did you mean '{suggestion}'?",
                    "'{name}' 不是客服插件 cell 的属性（属性名区分大小写）；是不是想写 '{suggestion}'？"),
    },
)
_VALUE_RULES = (wc204_invalid_value, wc205_text_instead_of_index, wc206_bubble_color_format)


def suggest_property(name: str) -> str | None:
    """The property a misspelt attribute most likely means (None when unsure)."""
    folded = name.replace("-", "").replace("_", "").lower()
    same = [p for p in plugin.ATTRIBUTES_BY_NAME if p.lower() == folded]
    if same:
        return same[0]
    import difflib  # here, not at start-up: only a suggestion or a diff needs it
    close = difflib.get_close_matches(name, [a.name for a in plugin.ATTRIBUTES if a.documented], n=2, cutoff=0.8)
    return close[0] if len(close) == 1 else None


def rename_fix(attr: AttrUse, prop: str, cell: CellUse, unit: Unit) -> Fix:
    """Rename to ``prop``, with the value's own fix when the value is wrong for it
    (avatarStyle="Rect" -> avatorStyle="rect"), or a number written as the framework writes
    numbers (stletype='2' -> styleType={2} in Taro), so the rename reveals no new problem."""
    renamed = attr.renamed(prop)
    edits: list[TextEdit] = []
    title: Message = msg("fix.rename", name=prop)
    for rule in _VALUE_RULES:
        found = rule.verdict(prop, attr)
        fix = value_fix(attr, found.corrected, found.fix_title) if found and found.corrected and found.fix_title else None
        if fix is not None:
            edits.extend(fix.edits)
            title = msg("fix.and", first=title, second=fix.message)
    number = plugin.number_text(attr.value or "") if attr.value_type == "string" else None
    if not edits and plugin.ATTRIBUTES_BY_NAME[prop].kind == "number" and number == (attr.value or "").strip():
        planned = unit.number_edits(cell, attr, number)
        for edit in planned[0] if planned is not None else ():
            if edit.start == edit.end == attr.name_span.start:  # a prefix to the name (Vue's ':')
                renamed = edit.text + renamed
            else:
                edits.append(edit)
    return Fix(title, (TextEdit(attr.name_span.start, attr.name_span.end, renamed), *edits))


def check_cell(cell: CellUse, unit: Unit, ctx: LintContext) -> Iterator[Finding]:
    """Every attribute that reaches the cell as a property it does not have."""
    for attr in cell.attrs:
        if attr.role != "unknown" or attr.dialect is not None:
            continue
        name = attr.name
        if name in plugin.GROUP_PLUGIN_ATTRIBUTES:
            yield Finding.at(RULE.code, RULE.msg("group", name=name, provider=plugin.GROUP_PLUGIN_PROVIDER),
                             attr.name_span)
            continue
        suggestion = suggest_property(name)
        if suggestion is None:
            yield Finding.at(RULE.code, RULE.msg("unknown", name=name), attr.name_span)
        else:
            yield Finding.at(RULE.code, RULE.msg("suggest", name=name, suggestion=suggestion), attr.name_span,
                             rename_fix(attr, suggestion, cell, unit))
