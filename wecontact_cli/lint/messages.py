"""Lint diagnostic messages in English and Simplified Chinese.

Rules build a ``Message`` with ``msg(key, **params)``; the engine renders it in the run's
language. ``str(message)`` is the English text, so code that only needs English (add-page's
refusals) keeps working with plain f-strings. A param that is itself a ``Message`` (a
reason, a scope name, a list) is rendered in the same language first.

Parse errors (WC001/WC002) come from jsontext, sources and wxml as free-form English
strings: ``parse_message`` turns the common ones into messages by pattern and leaves any
other one as it is (English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from wecontact_cli.i18n import Lang

MESSAGES: dict[str, tuple[str, str]] = {
    # -- shared fragments ----------------------------------------------------------------
    "list.and": ("{first} and {rest}", "{first}和{rest}"),
    "list.semicolon": ("{first}; {rest}", "{first}；{rest}"),
    "scope.main": ("the main package", "主包"),
    "scope.sub": ("subpackage '{scope}'", "分包 '{scope}'"),
    "a_number": ("a number", "一个数字"),
    # -- WC101-WC110 plugins -------------------------------------------------------------
    "plugins.url_appid": (
        "'{url}' uses the plugin's appid; use its alias from \"plugins\"",
        "'{url}' 用插件的 appid 引用了插件；请改用 \"plugins\" 中声明的别名"),
    "plugins.url_appid_known": (
        "'{url}' uses the plugin's appid; use its alias from \"plugins\" ('{alias}')",
        "'{url}' 用插件的 appid 引用了插件；请改用 \"plugins\" 中声明的别名（'{alias}'）"),
    "plugins.not_declared": (
        "the plugin alias '{alias}' is not declared in {where} \"plugins\"; the component "
        "will not be found at runtime",
        "插件别名 '{alias}' 没有在 {where} 的 \"plugins\" 中声明；运行时会找不到该组件"),
    "plugins.where_app_or_sub": ("app.json or subpackage '{scope}'", "app.json 或分包 '{scope}'"),
    "plugins.url_independent": (
        "independent subpackages (独立分包) cannot use plugins; '{tag}' will not be found here",
        "独立分包不能使用插件；这里会找不到 '{tag}'"),
    "plugins.global_out_of_scope": (
        "global usingComponents uses '{alias}', which is declared only in {scopes}; "
        "pages elsewhere will not find '{tag}'",
        "全局 usingComponents 用到了 '{alias}'，但它只在{scopes}中声明；其他地方的页面会找不到 '{tag}'"),
    "plugins.out_of_scope": (
        "'{alias}' is declared only in {scopes}, which this file ({scope}) cannot use; "
        "add a componentPlaceholder for '{tag}' or declare the plugin in the main package",
        "'{alias}' 只在{scopes}中声明，本文件（{scope}）无法使用；请为 '{tag}' 添加 "
        "componentPlaceholder，或在主包中声明该插件"),
    "plugins.unknown_component": (
        "the contact plugin has no component '{component}'; its only component is '{cell}'",
        "客服插件没有组件 '{component}'；它唯一的组件是 '{cell}'"),
    "plugins.in_page_json": (
        "\"plugins\" in a page or component .json is ignored: the plugin is declared only by "
        "app.json (or a subpackage entry)",
        "页面或组件 .json 中的 \"plugins\" 会被忽略：插件只能在 app.json（或分包配置）中声明"),
    "plugins.independent_decl": (
        "subpackage '{root}' is independent (独立分包) and cannot use plugins; this declaration "
        "has no effect",
        "分包 '{root}' 是独立分包，不能使用插件；这条声明不会生效"),
    "plugins.unused": (
        "the contact plugin is declared as '{alias}' but no usingComponents entry uses "
        "plugin://{alias}/cell",
        "客服插件以 '{alias}' 声明，但没有任何 usingComponents 条目使用 plugin://{alias}/cell"),
    "plugins.declared_twice": (
        "the contact plugin is already declared in {scope} as '{alias}'; WeChat refuses the same "
        "provider twice (provider 相同)",
        "客服插件已经在{scope}中以 '{alias}' 声明过；微信不允许重复声明同一个 provider（provider 相同）"),
    "plugins.version_missing": (
        "plugin '{alias}' needs a \"version\" string such as \"{default}\"",
        "插件 '{alias}' 需要一个 \"version\" 字符串，例如 \"{default}\""),
    "plugins.version_dev": (
        "'dev' is only valid in a plugin project (project.config.json compileType \"plugin\"); "
        "use a released version such as 1.3.0",
        "'dev' 只能在插件项目中使用（project.config.json 的 compileType 为 \"plugin\"）；"
        "请使用已发布的版本，例如 1.3.0"),
    "plugins.version_invalid": (
        "'{version}' is not a plugin version; expected {forms}",
        "'{version}' 不是有效的插件版本；应为 {forms}"),
    "plugins.version_forms": (
        "N.N.N (e.g. 1.3.0), dev-<32 hex digits>, or latest",
        "N.N.N（例如 1.3.0）、dev-<32 位十六进制数字> 或 latest"),
    "plugins.version_old": (
        "version {version} is older than the guide's {default}",
        "版本 {version} 低于指南中的 {default}"),
    # -- WC201-WC211 attributes ----------------------------------------------------------
    "cell.no_plugid": (
        "<{tag}> has no plugid: the contact button renders nothing. Pass the plugin ID from the "
        "WeCom admin console (企业微信管理后台 > 客户联系)",
        "<{tag}> 没有 plugid：联系按钮什么也不会显示。请传入企业微信管理后台 > 客户联系 中的插件 ID"),
    "cell.plugid_placeholder": (
        "plugid is '{value}', a placeholder (the guide's example passes the literal "
        "plugid='plugid'); use the real plugin ID from the WeCom admin console",
        "plugid 为 '{value}'，是占位符（指南示例中直接写的是 plugid='plugid'）；"
        "请使用企业微信管理后台中真实的插件 ID"),
    "cell.plugid_empty": (
        "plugid is empty, a placeholder (the guide's example passes the literal "
        "plugid='plugid'); use the real plugin ID from the WeCom admin console",
        "plugid 为空，是占位符（指南示例中直接写的是 plugid='plugid'）；"
        "请使用企业微信管理后台中真实的插件 ID"),
    "cell.dynamic": (
        "{name}=\"{value}\" is dynamic and cannot be checked statically",
        "{name}=\"{value}\" 是动态值，无法静态检查"),
    "cell.group_attribute": (
        "'{name}' is an attribute of the WeCom group plugin's cell (企业微信群插件, {provider}), "
        "not of the contact plugin's: it has no effect here",
        "'{name}' 是企业微信群插件（{provider}）的 cell 属性，不是客服插件的属性：在这里不会生效"),
    "cell.unknown_attribute": (
        "'{name}' is not an attribute of the contact plugin's cell and has no effect",
        "'{name}' 不是客服插件 cell 的属性，不会生效"),
    "cell.unknown_attribute_suggest": (
        "'{name}' is not an attribute of the contact plugin's cell (attribute names are "
        "case-sensitive); did you mean '{suggestion}'?",
        "'{name}' 不是客服插件 cell 的属性（属性名区分大小写）；是不是想写 '{suggestion}'？"),
    "cell.unknown_event": (
        "the contact plugin never fires '{event}' (its events are startmessage and "
        "completemessage, all lowercase), so this handler never runs",
        "客服插件不会触发 '{event}'（它的事件是 startmessage 和 completemessage，全部小写），"
        "所以这个处理函数永远不会执行"),
    "cell.unknown_event_suggest": (
        "the contact plugin never fires '{event}' (its events are startmessage and "
        "completemessage, all lowercase), so this handler never runs; did you mean '{suggestion}'?",
        "客服插件不会触发 '{event}'（它的事件是 startmessage 和 completemessage，全部小写），"
        "所以这个处理函数永远不会执行；是不是想写 '{suggestion}'？"),
    "cell.bubble_color_hex": (
        "bubbleColor '{raw}' must be 3 or 6 hex digits without '#' (不用带#号), e.g. 4790EE",
        "bubbleColor '{raw}' 必须是 3 位或 6 位十六进制数字，不用带#号，例如 4790EE"),
    "cell.not_one_of": (
        "{prop}={raw!r} is not one of {choices}",
        "{prop}={raw!r} 不是可选值之一：{choices}"),
    "cell.index_not_text": (
        "{prop} takes the option's index, not its text: '{text}' is {index}",
        "{prop} 要填写选项的序号，而不是文案：'{text}' 对应 {index}"),
    "cell.custom_text": (
        "{prop}={raw!r}: custom text is not supported (不支持自定义文案); choose an index: {choices}",
        "{prop}={raw!r}：不支持自定义文案；请选择一个序号：{choices}"),
    "cell.not_a_number_choices": (
        "{prop}={raw!r} is not a number; WeChat turns it into 0. Expected one of {choices}",
        "{prop}={raw!r} 不是数字；微信会把它当作 0。应为以下之一：{choices}"),
    "cell.not_a_number": (
        "{prop}={raw!r} is not a number; WeChat turns it into 0. Expected a number",
        "{prop}={raw!r} 不是数字；微信会把它当作 0。应为一个数字"),
    "cell.duplicate": (
        "'{name}' repeats '{first}' (line {line}); only one value reaches the plugin",
        "'{name}' 与 '{first}'（第 {line} 行）重复；只有一个值会传给插件"),
    "cell.style3_multi_agent": (
        "styleType 3 (chat bubble) works only for a single-agent plugid (单人客服); this plugid "
        "is multi-agent ({source})",
        "styleType 3（聊天气泡）只适用于单人客服的 plugid；这个 plugid 是多人客服（{source}）"),
    "cell.ineffective": ("{prop} has no effect here: {reason}", "{prop} 在这里不会生效：{reason}"),
    # -- WC207 layout reasons (lint/rules/layout.py) -------------------------------------
    "layout.reason": ("{facts}, and the guide says {effective}", "{facts}，而指南说明：{effective}"),
    "layout.no_reader": ("no layout reads it", "没有任何布局会读取它"),
    "layout.style_is": ("styleType is {style} ({source})", "styleType 为 {style}（{source}）"),
    "layout.single_agent": ("the plugid is single-agent ({source})", "该 plugid 是单人客服（{source}）"),
    "layout.multi_agent": ("the plugid is multi-agent ({source})", "该 plugid 是多人客服（{source}）"),
    "layout.block_is": ("blockStyle is {block}", "blockStyle 为 {block}"),
    "layout.is_mask_0": ("isMask is 0", "isMask 为 0"),
    "layout.source_attribute": ("styleType attribute", "styleType 属性"),
    "layout.source_console": (
        "the console's styleType in wecontact.config.json",
        "wecontact.config.json 中记录的管理后台 styleType"),
    "layout.source_agent": ("agent mode in wecontact.config.json", "wecontact.config.json 中的客服模式"),
    # -- WC301 handlers ------------------------------------------------------------------
    "handler.missing": (
        "'{name}' is not defined in {file} ({where}); WeChat ignores the binding silently, "
        "so {event} goes unhandled",
        "'{name}' 没有在 {file}（{where}）中定义；微信会静默忽略这个绑定，{event} 事件将无人处理"),
    "handler.where_component": ("methods of Component({{...}})", "Component({{...}}) 的 methods"),
    "handler.where_page": ("Page({{...}})", "Page({{...}})"),
    # -- WC900 suppressions --------------------------------------------------------------
    "suppress.unknown_code": (
        "unknown rule code {codes} in {directive}", "{directive} 中的规则代码 {codes} 不存在"),
    "suppress.unknown_codes": (
        "unknown rule codes {codes} in {directive}", "{directive} 中的规则代码 {codes} 不存在"),
    "suppress.unused": (
        "this {directive} suppresses nothing: no {what} on line {line}",
        "这条 {directive} 没有屏蔽任何问题：第 {line} 行没有{what}"),
    "suppress.any_problem": ("any problem", "任何问题"),
    # -- WC001 JSON parse errors (jsontext) ----------------------------------------------
    "json.empty": (
        "the file is empty: expected a JSON value such as {{}}",
        "文件是空的：应为一个 JSON 值，例如 {{}}"),
    "json.after_end": (
        "unexpected {found} after the end of the JSON value",
        "JSON 值结束后出现了多余的 {found}"),
    "json.trailing_comma": (
        "trailing comma before '{closer}' is not allowed in JSON; remove it",
        "JSON 不允许在 '{closer}' 前面留末尾逗号；请删除它"),
    "json.eof_unclosed": (
        "unexpected end of file: expected ',' or '{closer}' to close the {kind} opened at "
        "line {line}, column {column}",
        "文件意外结束：第 {line} 行第 {column} 列开始的{kind}缺少 ',' 或结尾的 '{closer}'"),
    "json.missing_comma": (
        "expected ',' or '{closer}' after an {what}, found {found} (a missing comma?)",
        "{what}后面应为 ',' 或 '{closer}'，却是 {found}（漏了逗号？）"),
    "json.object": ("object", "对象"),
    "json.array": ("array", "数组"),
    "json.object_member": ("object member", "对象成员"),
    "json.array_item": ("array item", "数组元素"),
    "json.end_of_file": ("the end of the file", "文件结尾"),
    "json.single_quoted_key": (
        "property names must use double quotes, not single", "属性名必须用双引号，不能用单引号"),
    "json.unquoted_key": (
        "property names must be strings in double quotes (write \"{word}\")",
        "属性名必须是双引号括起来的字符串（写成 \"{word}\"）"),
    "json.expected_key": (
        "expected a property name in double quotes, found {found}",
        "这里应为双引号括起来的属性名，却是 {found}"),
    "json.expected_colon": (
        "expected ':' after the property name \"{key}\", found {found}",
        "属性名 \"{key}\" 后面应为 ':'，却是 {found}"),
    "json.single_quoted_string": (
        "strings must use double quotes, not single", "字符串必须用双引号，不能用单引号"),
    "json.bad_word": ("'{word}' is not a JSON value", "'{word}' 不是合法的 JSON 值"),
    "json.eof_value": ("unexpected end of file: expected a value", "文件意外结束：这里应为一个值"),
    "json.expected_value": ("expected a value, found {found}", "这里应为一个值，却是 {found}"),
    "json.unterminated_string": (
        "unterminated string: the closing '\"' is missing", "字符串没有结束：缺少结尾的 '\"'"),
    "json.control_character": (
        "a raw line break or control character inside a string; write \\n",
        "字符串中有直接换行或控制字符；请写成 \\n"),
    "json.comment": (
        "comments are not allowed in JSON: the WeChat build rejects this file; remove the comment",
        "JSON 中不允许写注释：微信构建会拒绝这个文件；请删除注释"),
    "json.unterminated_comment": ("unterminated /* comment */", "/* 注释 */ 没有结束"),
    # -- WC001/WC002 reading and decoding (sources, lint/context) ------------------------
    "file.utf16": (
        "the file is encoded as UTF-16; WeChat DevTools expects UTF-8. Re-save it as UTF-8",
        "文件是 UTF-16 编码；微信开发者工具要求 UTF-8。请另存为 UTF-8"),
    "file.not_utf8": (
        "the file is not valid UTF-8 (byte 0x{byte}); WeChat expects UTF-8 files. Re-save it as "
        "UTF-8 (it may be GBK-encoded)",
        "文件不是有效的 UTF-8（字节 0x{byte}）；微信要求 UTF-8 文件。请另存为 UTF-8（它可能是 GBK 编码）"),
    "file.binary": ("this is a binary file, not text", "这是二进制文件，不是文本"),
    "file.unreadable": ("cannot read the file: {reason}", "无法读取文件：{reason}"),
    # -- WC002 WXML parse errors (wxml) --------------------------------------------------
    "wxml.text_braces": (
        "'{{{{' in text is not closed with '}}}}'", "文本中的 '{{{{' 没有用 '}}}}' 闭合"),
    "wxml.stray_lt": (
        "'<' does not start a tag or comment (write &lt; for a literal '<')",
        "'<' 后面不是标签或注释（如果要显示 '<' 本身，请写成 &lt;）"),
    "wxml.end_tag_missing": (
        "end tag </{tag}> is missing for <{tag}> opened at {line}:{column}",
        "第 {line} 行第 {column} 列开始的 <{tag}> 缺少结束标签 </{tag}>"),
    "wxml.comment_unclosed": ("comment is not closed with '-->'", "注释没有用 '-->' 闭合"),
    "wxml.end_tag_unclosed": (
        "end tag </{name}> is not closed with '>'", "结束标签 </{name}> 没有用 '>' 闭合"),
    "wxml.end_tag_text": (
        "unexpected text in end tag </{name}>", "结束标签 </{name}> 中有多余的文本"),
    "wxml.end_tag_orphan": (
        "end tag </{name}> has no start tag", "结束标签 </{name}> 没有对应的开始标签"),
    "wxml.end_tag_mismatch": (
        "expected </{tag}> for <{tag}> opened at {line}:{column}, found </{name}>",
        "第 {line} 行第 {column} 列开始的 <{tag}> 应以 </{tag}> 结束，却遇到了 </{name}>"),
    "wxml.start_tag_unclosed": (
        "start tag <{tag}> is not closed with '>'", "开始标签 <{tag}> 没有用 '>' 闭合"),
    "wxml.start_tag_slash": (
        "unexpected '/' in start tag <{tag}>", "开始标签 <{tag}> 中有多余的 '/'"),
    "wxml.value_without_name": (
        "attribute value without an attribute name", "属性值前面缺少属性名"),
    "wxml.attribute_no_value": (
        "attribute {name} has '=' but no value", "属性 {name} 有 '=' 却没有值"),
    "wxml.attribute_unquoted": (
        "value of attribute {name} is not quoted", "属性 {name} 的值没有加引号"),
    "wxml.value_braces": (
        "'{{{{' in the value of {label} is not closed with '}}}}'",
        "{label} 的值中的 '{{{{' 没有用 '}}}}' 闭合"),
    "wxml.value_unclosed": (
        "quoted value of {label} is not closed with {quote}", "{label} 的引号值没有用 {quote} 闭合"),
    "wxml.attribute_label": ("attribute {name}", "属性 {name}"),
    "wxml.attribute": ("attribute", "属性"),
}


@dataclass(frozen=True)
class Message:
    """A diagnostic message not yet rendered: a key of ``MESSAGES`` and its params."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, lang: Lang) -> str:
        """The message in ``lang`` (params that are messages are rendered first)."""
        template = MESSAGES[self.key][0 if lang == "en" else 1]
        values = {name: value.render(lang) if isinstance(value, Message) else value
                  for name, value in self.params}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render("en")


def msg(key: str, /, **params: object) -> Message:
    """A message by key; unknown keys fail at once, not when rendered."""
    if key not in MESSAGES:
        raise KeyError(f"unknown message key {key!r}")
    return Message(key, tuple(params.items()))


def render(message: str | Message, lang: Lang) -> str:
    """A finding's message as text: a plain string stays as it is."""
    return message.render(lang) if isinstance(message, Message) else message


def join_and(parts: list[str | Message]) -> str | Message:
    """Parts joined by "and" (和): "a and b and c"."""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = msg("list.and", first=part, rest=result)
    return result


def join_semicolon(parts: list[str | Message]) -> str | Message:
    """Parts joined by "; " (；)."""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = msg("list.semicolon", first=part, rest=result)
    return result


# -- parse errors: English text -> message ------------------------------------------------

def _found(text: str) -> str | Message:
    return msg("json.end_of_file") if text == "the end of the file" else text


def _kind(text: str) -> Message:
    if text == "object":
        return msg("json.object")
    if text == "array":
        return msg("json.array")
    return msg("json.object_member") if text == "object member" else msg("json.array_item")


def _label(text: str) -> Message:
    return msg("wxml.attribute") if text == "attribute" else msg("wxml.attribute_label", name=text[10:])


_Build = Callable[[re.Match[str]], Message]
_FOUND = r"(?P<found>'.*'|the end of the file)"
PARSE_PATTERNS: tuple[tuple[str, _Build], ...] = (
    # (regex matching the whole English text, how to build the message)
    (r"the file is empty: expected a JSON value such as \{\}", lambda m: msg("json.empty")),
    (rf"unexpected {_FOUND} after the end of the JSON value",
     lambda m: msg("json.after_end", found=_found(m["found"]))),
    (r"trailing comma before '(?P<c>.)' is not allowed in JSON; remove it",
     lambda m: msg("json.trailing_comma", closer=m["c"])),
    (r"unexpected end of file: expected ',' or '(?P<c>.)' to close the "
     r"(?P<kind>object|array) opened at line (?P<line>\d+), column (?P<column>\d+)",
     lambda m: msg("json.eof_unclosed", closer=m["c"], kind=_kind(m["kind"]), line=m["line"],
                   column=m["column"])),
    (rf"expected ',' or '(?P<c>.)' after an (?P<what>object member|array item), "
     rf"found {_FOUND} \(a missing comma\?\)",
     lambda m: msg("json.missing_comma", closer=m["c"], what=_kind(m["what"]), found=_found(m["found"]))),
    (r"property names must use double quotes, not single",
     lambda m: msg("json.single_quoted_key")),
    (r"property names must be strings in double quotes \(write \"(?P<w>.*)\"\)",
     lambda m: msg("json.unquoted_key", word=m["w"])),
    (rf"expected a property name in double quotes, found {_FOUND}",
     lambda m: msg("json.expected_key", found=_found(m["found"]))),
    (rf"expected ':' after the property name \"(?P<key>.*)\", found {_FOUND}",
     lambda m: msg("json.expected_colon", key=m["key"], found=_found(m["found"]))),
    (r"strings must use double quotes, not single",
     lambda m: msg("json.single_quoted_string")),
    (r"'(?P<w>.*)' is not a JSON value", lambda m: msg("json.bad_word", word=m["w"])),
    (r"unexpected end of file: expected a value", lambda m: msg("json.eof_value")),
    (rf"expected a value, found {_FOUND}",
     lambda m: msg("json.expected_value", found=_found(m["found"]))),
    (r"unterminated string: the closing '\"' is missing",
     lambda m: msg("json.unterminated_string")),
    (r"a raw line break or control character inside a string; write \\n",
     lambda m: msg("json.control_character")),
    (r"comments are not allowed in JSON: the WeChat build rejects this file; "
     r"remove the comment", lambda m: msg("json.comment")),
    (r"unterminated /\* comment \*/", lambda m: msg("json.unterminated_comment")),
    (r"the file is encoded as UTF-16; WeChat DevTools expects UTF-8\. Re-save it as UTF-8",
     lambda m: msg("file.utf16")),
    (r"the file is not valid UTF-8 \(byte 0x(?P<b>[0-9a-f]{2})\); WeChat expects "
     r"UTF-8 files\. Re-save it as UTF-8 \(it may be GBK-encoded\)", lambda m: msg("file.not_utf8", byte=m["b"])),
    (r"this is a binary file, not text", lambda m: msg("file.binary")),
    (r"cannot read the file: (?P<r>.*)", lambda m: msg("file.unreadable", reason=m["r"])),
    (r"'\{\{' in text is not closed with '\}\}'", lambda m: msg("wxml.text_braces")),
    (r"'<' does not start a tag or comment \(write &lt; for a literal '<'\)",
     lambda m: msg("wxml.stray_lt")),
    (r"end tag </(?P<t>[^>]*)> is missing for <(?P=t)> opened at (?P<l>\d+):(?P<c>\d+)",
     lambda m: msg("wxml.end_tag_missing", tag=m["t"], line=m["l"], column=m["c"])),
    (r"comment is not closed with '-->'", lambda m: msg("wxml.comment_unclosed")),
    (r"end tag </(?P<n>[^>]*)> is not closed with '>'",
     lambda m: msg("wxml.end_tag_unclosed", name=m["n"])),
    (r"unexpected text in end tag </(?P<n>[^>]*)>",
     lambda m: msg("wxml.end_tag_text", name=m["n"])),
    (r"end tag </(?P<n>[^>]*)> has no start tag",
     lambda m: msg("wxml.end_tag_orphan", name=m["n"])),
    (r"expected </(?P<t>[^>]*)> for <(?P=t)> opened at (?P<l>\d+):(?P<c>\d+), "
     r"found </(?P<n>[^>]*)>",
     lambda m: msg("wxml.end_tag_mismatch", tag=m["t"], line=m["l"], column=m["c"], name=m["n"])),
    (r"start tag <(?P<t>[^>]*)> is not closed with '>'",
     lambda m: msg("wxml.start_tag_unclosed", tag=m["t"])),
    (r"unexpected '/' in start tag <(?P<t>[^>]*)>",
     lambda m: msg("wxml.start_tag_slash", tag=m["t"])),
    (r"attribute value without an attribute name",
     lambda m: msg("wxml.value_without_name")),
    (r"attribute (?P<n>\S+) has '=' but no value",
     lambda m: msg("wxml.attribute_no_value", name=m["n"])),
    (r"value of attribute (?P<n>\S+) is not quoted",
     lambda m: msg("wxml.attribute_unquoted", name=m["n"])),
    (r"'\{\{' in the value of (?P<l>attribute(?: \S+)?) is not closed with '\}\}'",
     lambda m: msg("wxml.value_braces", label=_label(m["l"]))),
    (r"quoted value of (?P<l>attribute(?: \S+)?) is not closed with (?P<q>'\"'|\"'\")",
     lambda m: msg("wxml.value_unclosed", label=_label(m["l"]), quote=m["q"])),
)
_COMPILED = tuple((re.compile(pattern, re.DOTALL), build) for pattern, build in PARSE_PATTERNS)


def parse_message(text: str) -> str | Message:
    """A parse or read error's English text as a message, when it is a known one.

    The message is used only if it renders back to exactly ``text`` in English, so English
    output never changes; anything else stays a plain (English) string.
    """
    for pattern, build in _COMPILED:
        match = pattern.fullmatch(text)
        if match:
            message = build(match)
            return message if str(message) == text else text
    return text
