"""The common config module read without a parser: ``export default definePageConfig({...})``
holding only plain literals, as nearly every page config (and most app configs) is written.

Tree-sitter and the tree walk of ``syntax.jsconfig`` cost most of a cold lint's time spent on
config modules; a module written in the narrow shape below gets the very tree ``read_config``
builds from one regular-expression pass. Anything outside that shape (an escape in a string, a
template, an identifier, a spread, a hex number, a comment inside a string's line, a Unicode
space ...) returns None and the module is read by ``read_config``: this reader only ever says
"certainly this tree", never "maybe". tests/test_taro_speed_config.py checks it against
``read_config`` on generated modules.

The shape: comments and blanks; ``export default`` followed by an object, or by one of the
define calls with the object as its only argument; an optional ``;``; comments and blanks.
Objects hold ``key: value`` pairs (an ASCII identifier that is no reserved word, or a quoted
key), values are quoted strings without escapes, decimal numbers (a ``-`` sign written
against them), true, false, null, objects and arrays; trailing commas are allowed.
"""

from __future__ import annotations


from wecontact_cli.syntax.jscommon import RESERVED, number_value
from wecontact_cli.syntax.jsconfig import DEFINE_CALLS, JsNode
from wecontact_cli.syntax.jsontext import Member
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.syntax.patterns import compile_pattern

_TOKEN = compile_pattern(
    r"""[ \t\n\r]*(?:"""                                       # blanks before a token: skipped with it
    r"""//[^\n\r\u2028\u2029\x00]*|/\*(?:[^*\x00]|\*(?!/))*\*/"""      # comments: skipped
    r"""|(?P<string>'[^'\\\n\r\u2028\u2029\x00]*'|"[^"\\\n\r\u2028\u2029\x00]*")"""
    r"""|(?P<number>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)(?![\w$.])"""
    r"""|(?P<word>[A-Za-z_$][A-Za-z0-9_$]*)(?![\w$])"""
    r"""|(?P<punct>[{}\[\]:,();])|\Z)""")
"""A token and the blanks before it in one match (half the matches of blanks as tokens of their
own); ``\\Z``: blanks at the end. No alternative starts with a blank, so a failed match gives
back at most its blanks once: linear."""
_KEYWORD_LIKE = RESERVED | frozenset({"get", "set", "async", "of", "as", "from", "type", "declare", "readonly",
                                      "abstract", "override", "accessor", "satisfies", "keyof", "infer",
                                      "is", "asserts", "unique", "global", "module", "namespace", "require",
                                      "constructor", "__proto__", "undefined", "arguments", "eval"})
"""Words kept out of keys: the reader only ever accepts what is beyond doubt a plain key."""
_LITERALS = {"true": True, "false": False, "null": None}
_LINE_BREAK = compile_pattern(r"[\n\r\u2028\u2029]")
_MAX_DEPTH = 64
_MAX_DIGITS = 300


_BLANKS = r"[ \t\r\n]*"
_STRING = r"""(?:'[^'\\\r\n\u2028\u2029\x00]*'|"[^"\\\r\n\u2028\u2029\x00]*")"""  # tree-sitter stops at a NUL
_KEY = rf"(?:[A-Za-z_$][A-Za-z0-9_$]*|{_STRING})"  # any word is a key, a reserved one too (ES5)
_PAIR = rf"{_KEY}{_BLANKS}:{_BLANKS}(?:{_STRING}|true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?){_BLANKS}"
_FLAT_MODULE = (  # each pair ends with a comma or before the object's end; the call's ( needs its )
    rf"{_BLANKS}export[ \t]+default[ \t]+(definePageConfig{_BLANKS}\({_BLANKS})?"
    rf"\{{{_BLANKS}(?:{_PAIR}(?:,{_BLANKS}|(?=\}})))*\}}(?(1){_BLANKS}\)){_BLANKS};?{_BLANKS}")
"""The commonest page config: ``export default definePageConfig({ key: value, ... })`` with keys
and values of the plain shape on one level, and no comment. Each part of the pattern is followed
by a character it cannot hold: it never backtracks far (linear in the text)."""


_FLAT_MODULE_PATTERN = LazyPattern(_FLAT_MODULE)  # only a page config's read needs it


def flat_and_valid(text: str) -> bool:
    """Whether ``text`` is certainly a module that parses, being of the narrowest plain shape: one
    pattern match proves what a tree-sitter parse would, at a tenth of its cost
    (tests/test_taro_speed_config_proof.py checks that it never accepts what the parser rejects)."""
    return _FLAT_MODULE_PATTERN.fullmatch(text) is not None


class _NotPlain(Exception):
    """The module is not in the plain shape: read it with the parser."""


def read_plain(text: str) -> JsNode | None:
    """The config object's tree, as ``jsconfig.read_config`` builds it, when ``text`` is in the
    plain shape; None otherwise (then nothing is known: ask ``read_config``)."""
    if "export" not in text:
        return None
    try:
        tokens = _Tokens(text)
        return tokens.module()
    except _NotPlain:
        return None


class _Tokens:
    """The module's tokens (blanks and comments left out), read front to back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items = _tokens(text)
        self.index = 0

    def next(self) -> tuple[str, str, int, int]:
        """The next token: its kind, its text, its start and end."""
        if self.index >= len(self.items):
            raise _NotPlain
        self.index += 1
        return self.items[self.index - 1]

    def peek(self) -> str:
        """The next token's text ("" at the end)."""
        return self.items[self.index][1] if self.index < len(self.items) else ""

    def expect(self, word: str) -> tuple[str, str, int, int]:
        """The next token, which must be ``word``."""
        token = self.next()
        if token[1] != word or token[0] == "string":
            raise _NotPlain
        return token

    def module(self) -> JsNode:
        """``export default <object>`` or ``export default define...(<object>)``, then ``;``, then nothing."""
        export, default = self.expect("export"), self.expect("default")
        if _LINE_BREAK.search(self.text, export[3], default[2]):
            raise _NotPlain  # tree-sitter's grammar rejects `export` and `default` on two lines
        call = self.peek() in DEFINE_CALLS
        if call:
            self.next()
            self.expect("(")
        root = self.value(0)
        if root.kind != "object":
            raise _NotPlain
        if call:
            self.expect(")")
        if self.peek() == ";":
            self.next()
        if self.index != len(self.items):
            raise _NotPlain
        return root

    def value(self, depth: int) -> JsNode:
        """A literal value, an object or an array."""
        kind, raw, start, end = self.next()
        if kind == "string":
            return JsNode("string", start, end, value=raw[1:-1])
        if kind == "number":
            if len(raw) > _MAX_DIGITS:
                raise _NotPlain  # the parser's path decides what such a number is
            number = number_value(raw.lstrip("-"))
            if number is None:
                raise _NotPlain
            return JsNode("number", start, end, value=-number if raw.startswith("-") else number)
        if kind == "word" and raw in _LITERALS:
            return JsNode("literal", start, end, value=_LITERALS[raw])
        if depth >= _MAX_DEPTH:
            raise _NotPlain
        if raw == "{":
            return self.object(start, depth)
        if raw == "[":
            return self.array(start, depth)
        raise _NotPlain

    def object(self, start: int, depth: int) -> JsNode:
        """``{ key: value, ... }`` (its ``{`` read)."""
        node = JsNode("object", start)
        while self.peek() != "}":
            kind, raw, key_start, key_end = self.next()
            if kind == "string":
                key = raw[1:-1]
            elif kind == "word" and raw not in _KEYWORD_LIKE:
                key = raw
            else:
                raise _NotPlain
            self.expect(":")
            node.members.append(Member(key, key_start, key_end, self.value(depth + 1)))
            if self.peek() != "}":
                self.expect(",")
        node.end = self.next()[3]
        return node

    def array(self, start: int, depth: int) -> JsNode:
        """``[ value, ... ]`` (its ``[`` read; no holes)."""
        node = JsNode("array", start)
        items, tokens = node.items, self.items
        while self.peek() != "]":
            after = _strings(tokens, self.index, items)  # the commonest items (routes), in one loop
            if after != self.index:
                self.index = after
                continue
            items.append(self.value(depth + 1))
            if self.peek() != "]":
                self.expect(",")
        node.end = self.next()[3]
        return node


def _strings(tokens: list[tuple[str, str, int, int]], index: int, items: list[JsNode]) -> int:
    """Read each string followed by a comma at ``tokens[index]`` on into ``items``, as ``value()``
    and ``array()`` read them (a 2,000-page app config's routes, without a method call per
    token); the index after the last such comma (``index``: none there). A string without a
    comma after it is left to the caller, which reads what may follow it."""
    count = len(tokens) - 1
    while index < count:
        kind, raw, start, end = tokens[index]
        comma = tokens[index + 1]
        if kind != "string" or comma[0] != "punct" or comma[1] != ",":
            break
        items.append(JsNode("string", start, end, value=raw[1:-1]))
        index += 2
    return index


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    """Every token of ``text`` as (kind, text, start, end); anything else raises ``_NotPlain``."""
    position, size = 0, len(text)
    match = _TOKEN.match
    found_all: list[tuple[str, str, int, int]] = []
    keep = found_all.append
    while position < size:
        found = match(text, position)
        if found is None:
            raise _NotPlain
        kind = found.lastgroup
        if kind is not None:
            start, end = found.span(kind)
            keep((kind, text[start:end], start, end))
        position = found.end()
    return found_all
