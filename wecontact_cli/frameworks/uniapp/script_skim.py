"""Handler names a ``.vue`` component's script surely defines, read without tree-sitter.

Linting asks only whether a cell's handler is *missing*, and ``vue_script.analyze_script``
says so only when every script block parses without an error and the name is not among the
ones it lists. A name returned here is one it lists whenever all blocks parse (a syntax
error anywhere makes its answer "cannot be known", never "missing"), so the caller may skip
tree-sitter for it. The text of each block is lexed by ``syntax.js_skim.plain_code``
(comments, strings and templates set apart in C; anything that reads otherwise in
JavaScript, including any ``<``, gives up), so the brackets left are code's, and a pair of
brackets of different types is a syntax error. Two shapes are read, each only when it is
provably a statement of the module's top level:
- the options object: the first ``export default {...}`` (or ``defineComponent({...})``,
  one of the calls vue_script unwraps), whose ``methods`` are read as native reads a
  Component's (``js_skim.object_methods``);
- ``<script setup>``'s bindings: ``function name() {}`` (with a body on the same line as its
  parameters, so never a TypeScript overload signature) and ``const``/``let``/``var name``.
A declaration is at the top level when, with every bracket's content left out, it follows
nothing, a ``;``, a ``}`` or a ``]``, a call's ``)`` (not that of ``if``, ``for``,
``while`` or ``with``, whose body it would be), or a word that ends a statement by the
automatic semicolon (not a keyword such as ``else``, ``do``, ``export`` or ``declare``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wecontact_cli.syntax.js_skim import (
    BRACKETS, FLATTEN, IDENT, RESERVED, WORD_END, WS, flatten, object_methods, pairs, plain_code,
)
from wecontact_cli.syntax.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from wecontact_cli.syntax.vue import Sfc

_CONSTRUCTORS = r"(?:defineComponent|_defineComponent|defineNuxtComponent|Vue\.extend)"
_EXPORT_DEFAULT = LazyPattern(rf"(?<![A-Za-z0-9_$.])export{WS}+default{WORD_END}")
_CONSTRUCTOR = LazyPattern(rf"{WS}*(?:({_CONSTRUCTORS}){WS}*)?")
_PARENS, _BRACES = FLATTEN[0][0], FLATTEN[1][0]  # a bracket pair and its content (already compiled)
_SPACES = " \t\n\r\f\v"  # JavaScript's (str.strip's own would take more)
# In code whose brackets are all empty: a declaration, a function only with its body.
_RETURN_TYPE = rf"(?:[ \t]*:[ \t]*{IDENT}(?:\.{IDENT})*(?:\[\])*)?"
_DECLARATION = LazyPattern(
    rf"(?<![A-Za-z0-9_$.])(?:(?:async[ \t]+)?function{WS}*(?:\*{WS}*)?(?P<function>{IDENT}){WS}*\(\)"
    rf"{_RETURN_TYPE}[ \t]*\{{\}}|(?:const|let|var)[ \t]+(?P<variable>{IDENT}){WORD_END})")
_IDENT_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$"
_LOOK_BEHIND = 256
# Words after which a declaration is not a statement of its own at the top level.
_NOT_ENDING = RESERVED | frozenset({"declare", "abstract", "namespace", "module", "global", "type",
                                     "readonly", "override", "accessor", "interface", "async"})
_CONTROL = frozenset({"if", "for", "while", "with", "await"})


def surely_defined(text: str, sfc: Sfc) -> frozenset[str]:
    """Names the component's script blocks surely define (see above); empty when none is
    plain enough to be sure."""
    names: set[str] = set()
    for block in (sfc.script_setup, sfc.script):
        if block is None:
            continue
        code = plain_code(text[block.content_start:block.content_end])
        if code is not None:
            names |= _setup_bindings(code) if block.setup else _options_methods(code)
    return frozenset(names)


def _setup_bindings(code: str) -> set[str]:
    """Names declared by top-level functions and variables of ``<script setup>``."""
    flat = flatten(code)
    if BRACKETS.sub("", flat).replace("()", "").replace("{}", "").replace("[]", ""):
        return set()  # brackets that do not pair, or nest too deep
    names = set()
    for found in _DECLARATION.finditer(flat):
        name = found["function"] or found["variable"]
        if name not in RESERVED and _starts_statement(flat, found.start()):
            names.add(name)
    return names


def _options_methods(code: str) -> frozenset[str]:
    """The methods of the options object the first ``export default`` gives."""
    found = _EXPORT_DEFAULT.search(code)
    if found is None:
        return frozenset()
    prefix = code[:found.start()]
    if not pairs(BRACKETS.sub("", prefix)):
        return frozenset()
    flat = flatten(prefix)
    if not _starts_statement(flat, len(flat)):
        return frozenset()
    constructor = _CONSTRUCTOR.match(code, found.end())
    if constructor[1] is None:
        options = _BRACES.match(code, constructor.end())
    else:  # the call's one argument is the object
        call = _PARENS.match(code, constructor.end())
        argument = call[0][1:-1] if call is not None else ""
        options = _BRACES.match(argument, len(argument) - len(argument.lstrip(_SPACES)))
        if options is not None and argument[options.end():].strip(_SPACES):
            options = None
    return object_methods(options[0][1:-1]) if options is not None else frozenset()


def _starts_statement(flat: str, at: int) -> bool:
    """Whether code at ``at`` (in code with brackets emptied, at depth 0) starts a top-level
    statement that no statement before it takes as its body. Only the code just before is
    read (a long run of spaces or a long word there gives up)."""
    start = max(0, at - _LOOK_BEHIND)
    before = flat[start:at].rstrip()
    last = before[-1:]
    if last in ("", ";", "}", "]"):
        return bool(before) or start == 0
    if last == ")":
        if not before.endswith("()"):
            return False
        before = before[:-2].rstrip()
        stem = before.rstrip(_IDENT_CHARS)
        word = before[len(stem):]
        return (bool(stem) or start == 0) and word not in _CONTROL
    stem = before.rstrip(_IDENT_CHARS)
    word = before[len(stem):]
    return bool(word) and (bool(stem) or start == 0) and word not in _NOT_ENDING
