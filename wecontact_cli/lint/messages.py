"""Lint diagnostic messages in English and Simplified Chinese.

The catalogue and the ``Message`` machinery live in ``wecontact_cli.i18n.message`` (shared with
every command's output and errors) and are re-exported here. Rules build a ``Message`` with
``msg(key, **params)``; the engine renders it in the run's language.

Parse errors (WC001/WC002) come from jsontext, sources and wxml as free-form English
strings: ``parse_message`` turns the common ones into messages by pattern and leaves any
other one as it is (English).
"""

from __future__ import annotations

import re
from typing import Callable

from wecontact_cli.i18n import Lang  # noqa: F401
from wecontact_cli.i18n.message import (  # noqa: F401  (re-exported)
    MESSAGES, Message, join_and, join_semicolon, msg, render)


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


def parse_message(text: str | Message) -> str | Message:
    """A parse or read error's English text as a message, when it is a known one.

    The message is used only if it renders back to exactly ``text`` in English, so English
    output never changes; anything else stays a plain (English) string.
    """
    if isinstance(text, Message):
        return text  # already a message (a read error from sources)
    for pattern, build in _COMPILED:
        match = pattern.fullmatch(text)
        if match:
            message = build(match)
            return message if str(message) == text else text
    return text
