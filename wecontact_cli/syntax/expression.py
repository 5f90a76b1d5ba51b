"""Literal expressions: the JavaScript literals a binding can hold, judged as static values.

``styleType="{{4}}"`` in WXML, ``:styleType="4"`` in Vue and ``styleType={4}`` in JSX all
pass the number 4: a bound literal is as static as a plain value, and the rules judge it.
Only a whole expression that is one literal counts (``{{4 + 1}}`` is computed at runtime).
"""

from __future__ import annotations

import re
from typing import Literal as Kind, Union

from wecontact_cli.records import record
from wecontact_cli.syntax.lazy_pattern import LazyPattern

Value = Union[str, int, float, bool, None]
LiteralType = Kind["number", "string", "boolean", "null"]
_NUMBER = LazyPattern(r"[+-]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|"
                     r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_MUSTACHE = LazyPattern(r"\{\{(.*)\}\}", re.DOTALL)


@record(frozen=True)
class Literal:
    """A literal found in an expression: its type, value and where it is written."""

    type: LiteralType
    value: Value
    start: int
    """Offset of the literal (quotes included) within the text that was given."""
    end: int
    quote: str = ""
    """For a string: its quote character."""

    @property
    def text(self) -> str:
        """The value as WeChat's attribute text would carry it (numbers as JavaScript prints them)."""
        if self.type == "boolean":
            return "true" if self.value else "false"
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        return "" if self.value is None else str(self.value)


def literal(expression: str, offset: int = 0) -> Literal | None:
    """The literal ``expression`` is (surrounding white space allowed), else None."""
    stripped = expression.strip()
    if not stripped:
        return None
    start = offset + expression.index(stripped[0])
    end = start + len(stripped)
    if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "'\"`":
        body = stripped[1:-1]
        if stripped[0] in body or "\\" in body or (stripped[0] == "`" and "${" in body):
            return None  # escapes and substitutions: not worth guessing
        return Literal("string", body, start, end, stripped[0])
    if stripped in ("true", "false"):
        return Literal("boolean", stripped == "true", start, end)
    if stripped in ("null", "undefined"):
        return Literal("null", None, start, end)
    if _NUMBER.fullmatch(stripped):
        return Literal("number", number(stripped), start, end)
    return None


def number(text: str) -> int | float:
    """The value of a JavaScript numeric literal (signed, hex/octal/binary or decimal)."""
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    prefix = body[:2].lower()
    if prefix in ("0x", "0o", "0b"):
        return sign * int(body, {"0x": 16, "0o": 8, "0b": 2}[prefix])
    value = float(body)
    return sign * int(value) if value.is_integer() and not any(c in body for c in ".eE") else sign * value


def mustache_literal(value: str) -> Literal | None:
    """The literal of a WXML value that is exactly one ``{{ literal }}``, offsets in ``value``."""
    match = _MUSTACHE.fullmatch(value)
    if match is None or "{{" in match[1] or "}}" in match[1]:
        return None
    return literal(match[1], match.start(1))
