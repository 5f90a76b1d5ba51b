"""Handler names a page script surely defines, read without tree-sitter.

Linting asks only whether a cell's handler is *missing*. A typical page script is one
``Page({...})`` or ``Component({... methods: {...}})`` call holding plain methods, and its
top-level keys need no parse tree (``syntax.js_skim`` reads them). ``surely_defined`` returns names that
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

from wecontact_cli.syntax.js_skim import BRACKETS, OBJECT_CALL, callable_keys, object_methods, pairs, plain_code


def surely_defined(text: str) -> frozenset[str]:
    """Names the first Page()/Component() call surely defines as methods (see above);
    empty when the text is not plain enough to be sure."""
    code = plain_code(text)
    found = _call(code) if code is not None else None
    if found is None:
        return frozenset()
    return object_methods(found[1]) if found[0] == "Component" else callable_keys(found[1])


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
    call = OBJECT_CALL.match(code, at + len(kind))
    return (kind, call[1]) if call is not None else None


def _starts_statement(prefix: str) -> bool:
    """The call starts a line at bracket depth 0, after nothing or the end of a statement
    (the brackets before it pair up, so a statement-ending `)` is not an open call's)."""
    if not prefix:
        return True
    before = prefix.rstrip(" \t\f\v")
    if not before.endswith("\n") or not pairs(BRACKETS.sub("", prefix)):
        return False
    return before.rstrip(" \t\n\r\f\v")[-1:] in ("", ";", ")", "]", "}")
