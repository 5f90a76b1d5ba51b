"""Plain JavaScript read without tree-sitter: the lexing the handler skims share.

A linter asking whether a handler is *missing* needs no parse tree for the usual page or
component: its comments, strings and templates, found by one regular expression in C, are set
apart (``plain_code``), and the brackets left are code's, so an object literal's members
split at its own commas. The readers here answer only what is certain: ``plain_code`` gives
up (None) on any character whose reading depends on context (a ``/`` that may start a regular
expression, a ``<``, a backslash, ``#`` or ``@`` in code, a ``${}`` holding brackets, ``-->``,
a line separator), and a member counts only in the forms tree-sitter types as callable
whatever is inside their brackets. native's ``script_skim`` (``Page``/``Component`` calls) and
uni-app's (Vue options and ``<script setup>``) build on them; tree-sitter's analysis stays the
only one that reports a handler missing.
"""

from __future__ import annotations

from wecontact_cli.syntax.lazy_pattern import LazyPattern


DEPTH = 16  # bracket nesting these readers follow; deeper code is left to tree-sitter
WS = r"[ \t\n\r\f\v]"
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
_SPECIAL = LazyPattern(f"{_LINE_COMMENT}|{_BLOCK_COMMENT}|{_STRING}|{_TEMPLATE}")
_UNSURE = LazyPattern(r"""['"`/<\\#@\u2028\u2029]""")
_NOT_BRACKET = r"[^(){}\[\]]"


def _balanced(depth: int) -> str:
    """Code whose brackets nest at most ``depth`` deep (their types are checked apart)."""
    group = rf"[({{\[]{_balanced(depth - 1)}[)}}\]]" if depth else "(?!)"
    return rf"{_NOT_BRACKET}*(?:{group}{_NOT_BRACKET}*)*"


_GROUP = rf"[({{\[]{_balanced(DEPTH - 1)}[)}}\]]"
OBJECT_CALL = LazyPattern(rf"\({WS}*\{{({_balanced(DEPTH - 1)})\}}{WS}*\)")
_SEGMENTS = LazyPattern(rf"([^(){{}}\[\],]*(?:{_GROUP}[^(){{}}\[\],]*)*)(?:,|\Z)")
# Each bracket pair and its content becomes the empty pair, one bracket type per pattern:
# a constant replacement stays in C (a template calls Python once per match).
FLATTEN = tuple((LazyPattern(rf"\{open_}{_balanced(DEPTH - 1)}\{close}"), open_ + close)
                for open_, close in ("()", "{}", "[]"))
BRACKETS = LazyPattern(rf"{_NOT_BRACKET}+")
IDENT = r"[A-Za-z_$][A-Za-z0-9_$]*"
WORD_END = r"(?![A-Za-z0-9_$])"
_ASYNC = rf"(?:async{WORD_END}{WS}*)?"
# Members and values with every bracket's content left out: `onLoad(){}`, `data:{}`.
_METHOD = LazyPattern(rf"{WS}*{_ASYNC}({IDENT}){WS}*\(\){WS}*\{{\}}{WS}*")
_PAIR = LazyPattern(rf"{WS}*({IDENT}){WS}*:([\s\S]*)")
_SHORTHAND = LazyPattern(rf"{WS}*({IDENT}){WS}*")
_CALLABLE = LazyPattern(
    rf"{WS}*(?:(?P<function>{_ASYNC}function{WORD_END}{WS}*(?:\*{WS}*)?(?:{IDENT}{WS}*)?\(\){WS}*\{{\}})"
    rf"|(?P<arrow>{_ASYNC}(?:\(\)|{IDENT}){WS}*=>{WS}*\{{\}})"
    rf"|(?P<name>{IDENT})(?:{WS}*\.{WS}*{IDENT})*(?:{WS}*\(\))?){WS}*")
_OBJECT = LazyPattern(rf"{WS}*\{{\}}{WS}*")
_EMPTY = LazyPattern(rf"{WS}*")
RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends "
    "false finally for function if import in instanceof new null return super switch this throw "
    "true try typeof var void while with yield let static implements interface package private "
    "protected public await async get set of undefined arguments eval".split())


def plain_code(text: str) -> str | None:
    """The code of a script with each comment, string and template made one space; None when
    a character left could change how the rest reads (see above: then nothing is sure)."""
    code = _SPECIAL.sub(" ", text)
    return None if "-->" in code or _UNSURE.search(code) else code


def object_methods(body: str) -> frozenset[str]:
    """The names surely callable under ``methods`` of an object literal whose content (in
    ``plain_code``) is ``body``: what a Component's or a Vue component's options define."""
    members = _members(body)
    return _callable_members(_members(_methods_body(body, members)) if members is not None else None)


def flatten(code: str) -> str:
    """The code with each bracket pair's content left out (pairs nested deeper than
    ``DEPTH`` stay)."""
    for pattern, pair in FLATTEN:  # a pair inside another is left out either way
        code = pattern.sub(pair, code)
    return code


def callable_keys(body: str) -> frozenset[str]:
    """The keys surely callable in an object literal whose content (in ``plain_code``) is
    ``body``: what a Page's options define."""
    return _callable_members(_members(body))


def _callable_members(members: list[tuple[str, str]] | None) -> frozenset[str]:
    """The keys whose value is surely callable, from ``_members``."""
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


def pairs(brackets: str) -> bool:
    """Whether brackets pair up by type (innermost pairs removed, level by level)."""
    for _ in range(DEPTH * 4):
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
    for flat in flatten(body).split(","):  # the commas left are the object's own
        method = _METHOD.fullmatch(flat)
        if method is not None:
            members.append((method[1], ""))
            continue
        pair = _PAIR.fullmatch(flat)
        shorthand = _SHORTHAND.fullmatch(flat) if pair is None else None
        if pair is not None:
            members.append((pair[1], pair[2]))
        elif shorthand is not None and shorthand[1] not in RESERVED:
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
    return found is not None and (found["name"] is None or found["name"] not in RESERVED)

