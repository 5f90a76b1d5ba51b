"""Handler names a page script surely defines, read without tree-sitter.

Linting asks only whether a cell's handler is *missing*. A typical page script is one
``Page({...})`` or ``Component({... methods: {...}})`` call holding plain methods, and its
top-level keys need no parse tree: its brackets, strings, templates and comments, found
by one regular expression in C, give the members. ``surely_defined`` returns names that
``analyze_module`` lists as methods whenever it lists any; when its ``methods`` is None
nothing is missing either, so a name returned here is never missing.

It is strict, and answers the empty set (the caller then asks tree-sitter) for any text it
cannot read exactly as JavaScript does: a ``/`` that is not a comment (it could start a
regular expression), a ``<`` (JSX), a backslash, ``#`` or ``@`` in code, a ``${}`` holding
brackets, ``-->`` (an HTML-like comment), a line separator, an accessor, a spread, a
computed or escaped key, or a call it cannot prove to be the module's first. Why a name it
returns is sure:
- Every character is read as JavaScript reads it (comments, strings and templates set
  apart, in one left-to-right pass), so the brackets left are code's. Those before the
  call pair up by type; inside the call a pair of another type is a syntax error there.
- No ``Page`` or ``Component`` comes before the call, which starts a line at bracket depth
  0 after nothing but comments, or after ``;``, ``)``, ``}`` or ``]`` (where a
  statement ends): it is the first call made when the module loads, not in an arrow's body
  or a class heritage, nor after ``new`` or a ``.``.
- Its one argument is an object literal whose members, split at its own commas, each read
  as one plain form; a value counts only in the forms tree-sitter types as callable
  whatever is inside their brackets: a function or a block-bodied arrow that is the whole
  value, a name, a member chain, one call. A syntax error anywhere in the call makes
  tree-sitter's methods None, which is not "missing" either.
"""

from __future__ import annotations

import re
from typing import Any


class _Lazy:
    """A pattern compiled on first use: importing this module (before the lint's workers
    start) must not pay for patterns a run may never need."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        """Compile, then keep the pattern's methods on the instance (later calls skip this)."""
        compiled = re.compile(self.pattern)
        for method in ("sub", "search", "match", "fullmatch", "findall"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_DEPTH = 16  # bracket nesting read inside the call; deeper scripts go to tree-sitter
_WS = r"[ \t\n\r\f\v]"
# A line comment runs to the end of its line (no pattern can end it early).
_LINE_COMMENT = r"//[^\n\r]*(?![^\n\r])"
_BLOCK_COMMENT = r"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/"
_STRING = r"""'[^'\\\n\r]*(?:\\[\s\S][^'\\\n\r]*)*'|"[^"\\\n\r]*(?:\\[\s\S][^"\\\n\r]*)*\""""
# A `${}` may hold code and strings but no bracket, template or slash: its `}` closes it.
_EXPRESSION = rf"""[^{{}}`'"/\\]*(?:(?:{_STRING})[^{{}}`'"/\\]*)*"""
_TEMPLATE = rf"`[^`\\$]*(?:(?:\\[\s\S]|\$(?!\{{)|\$\{{{_EXPRESSION}\}})[^`\\$]*)*`"
# Comments, strings and templates become one space each: what is left is code, read
# left to right as JavaScript reads it. A character left over that could start one of
# them, or whose reading depends on context, sends the text to tree-sitter.
_SPECIAL = _Lazy(f"{_LINE_COMMENT}|{_BLOCK_COMMENT}|{_STRING}|{_TEMPLATE}")
_UNSURE = _Lazy(r"""['"`/<\\#@\u2028\u2029]""")
_NOT_BRACKET = r"[^(){}\[\]]"


def _balanced(depth: int) -> str:
    """Code whose brackets nest at most ``depth`` deep (their types are checked apart)."""
    group = rf"[({{\[]{_balanced(depth - 1)}[)}}\]]" if depth else "(?!)"
    return rf"{_NOT_BRACKET}*(?:{group}{_NOT_BRACKET}*)*"


_GROUP = rf"[({{\[]{_balanced(_DEPTH - 1)}[)}}\]]"
_CALL = _Lazy(rf"\({_WS}*\{{({_balanced(_DEPTH - 1)})\}}{_WS}*\)")
_SEGMENTS = _Lazy(rf"([^(){{}}\[\],]*(?:{_GROUP}[^(){{}}\[\],]*)*)(?:,|\Z)")
# Each bracket pair and its content becomes the empty pair, one bracket type per pattern:
# a constant replacement stays in C (a template calls Python once per match).
_FLATTEN = tuple((_Lazy(rf"\{open_}{_balanced(_DEPTH - 1)}\{close}"), open_ + close)
                 for open_, close in ("()", "{}", "[]"))
_BRACKETS = _Lazy(rf"{_NOT_BRACKET}+")
_IDENT = r"[A-Za-z_$][A-Za-z0-9_$]*"
_WORD_END = r"(?![A-Za-z0-9_$])"
_ASYNC = rf"(?:async{_WORD_END}{_WS}*)?"
# Members and values with every bracket's content left out: `onLoad(){}`, `data:{}`.
_METHOD = _Lazy(rf"{_WS}*{_ASYNC}({_IDENT}){_WS}*\(\){_WS}*\{{\}}{_WS}*")
_PAIR = _Lazy(rf"{_WS}*({_IDENT}){_WS}*:([\s\S]*)")
_SHORTHAND = _Lazy(rf"{_WS}*({_IDENT}){_WS}*")
_CALLABLE = _Lazy(
    rf"{_WS}*(?:(?P<function>{_ASYNC}function{_WORD_END}{_WS}*(?:\*{_WS}*)?(?:{_IDENT}{_WS}*)?\(\){_WS}*\{{\}})"
    rf"|(?P<arrow>{_ASYNC}(?:\(\)|{_IDENT}){_WS}*=>{_WS}*\{{\}})"
    rf"|(?P<name>{_IDENT})(?:{_WS}*\.{_WS}*{_IDENT})*(?:{_WS}*\(\))?){_WS}*")
_OBJECT = _Lazy(rf"{_WS}*\{{\}}{_WS}*")
_EMPTY = _Lazy(rf"{_WS}*")
_RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends "
    "false finally for function if import in instanceof new null return super switch this throw "
    "true try typeof var void while with yield let static implements interface package private "
    "protected public await async get set of undefined arguments eval".split())


def surely_defined(text: str) -> frozenset[str]:
    """Names the first Page()/Component() call surely defines as methods (see above);
    empty when the text is not plain enough to be sure."""
    code = _SPECIAL.sub(" ", text)
    if "-->" in code or _UNSURE.search(code):
        return frozenset()
    found = _call(code)
    members = _members(found[1]) if found is not None else None
    if members is not None and found is not None and found[0] == "Component":
        members = _members(_methods_body(found[1], members))
    if not members:
        return frozenset()
    # A repeated key: the last one counts. An empty key: nothing (after a trailing comma).
    sure = {name: _surely_callable(value) for name, value in members if name}
    return frozenset(name for name, callable_ in sure.items() if callable_)


def _methods_body(body: str, members: list[tuple[str, str]]) -> str | None:
    """The content of a Component's ``methods: {...}`` (None unless there is exactly one,
    an object literal)."""
    methods = [index for index, (name, _) in enumerate(members) if name == "methods"]
    if len(methods) != 1 or not _OBJECT.fullmatch(members[methods[0]][1]):
        return None
    segment = _SEGMENTS.findall(body)[methods[0]]  # the same split, at the object's own commas
    return segment[segment.find("{") + 1:segment.rfind("}")]


def _call(code: str) -> tuple[str, str] | None:
    """The first Page/Component call's kind and its object's content, when the call is
    provably the first one the module makes when it loads."""
    page, component = code.find("Page"), code.find("Component")
    at = min(page, component) if page >= 0 and component >= 0 else max(page, component)
    if at < 0:
        return None
    kind = "Page" if at == page else "Component"
    prefix = code[:at]
    if "extends" in prefix or not _starts_statement(prefix):
        return None
    call = _CALL.match(code, at + len(kind))
    return (kind, call[1]) if call is not None else None


def _starts_statement(prefix: str) -> bool:
    """The call starts a line at bracket depth 0, after nothing or the end of a statement
    (the brackets before it pair up, so a statement-ending `)` is not an open call's)."""
    if not prefix:
        return True
    before = prefix.rstrip(" \t\f\v")
    if not before.endswith("\n") or not _pairs(_BRACKETS.sub("", prefix)):
        return False
    return before.rstrip(" \t\n\r\f\v")[-1:] in ("", ";", ")", "]", "}")


def _pairs(brackets: str) -> bool:
    """Whether brackets pair up by type (innermost pairs removed, level by level)."""
    for _ in range(_DEPTH * 4):
        if not brackets:
            return True
        shorter = brackets.replace("()", "").replace("[]", "").replace("{}", "")
        if len(shorter) == len(brackets):
            return False
        brackets = shorter
    return False  # nested too deep to be worth it


def _members(body: str | None) -> list[tuple[str, str]] | None:
    """(key, value with bracket contents left out) of each member of an object literal's
    content (a method's value is empty, so is the key of nothing between two commas); None
    when a member is not a plain form."""
    if body is None:
        return None
    members: list[tuple[str, str]] = []
    for pattern, pair in _FLATTEN:  # a pair inside another is left out either way
        body = pattern.sub(pair, body)
    for flat in body.split(","):  # the commas left are the object's own
        method = _METHOD.fullmatch(flat)
        if method is not None:
            members.append((method[1], ""))
            continue
        pair = _PAIR.fullmatch(flat)
        shorthand = _SHORTHAND.fullmatch(flat) if pair is None else None
        if pair is not None:
            members.append((pair[1], pair[2]))
        elif shorthand is not None and shorthand[1] not in _RESERVED:
            members.append((shorthand[1], shorthand[1]))
        elif _EMPTY.fullmatch(flat):  # after a trailing comma (or a syntax error)
            members.append(("", ""))
        else:
            return None
    return members


def _surely_callable(value: str) -> bool:
    """A member's value (brackets' contents left out) that tree-sitter types as callable
    whatever is inside: a function or block-bodied arrow, a name, a member chain, a call.
    A method's value is empty (a method is callable unless it is a setter, not read here)."""
    if not value:
        return True
    found = _CALLABLE.fullmatch(value)
    return found is not None and (found["name"] is None or found["name"] not in _RESERVED)
