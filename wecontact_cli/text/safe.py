"""Text that stays on its line: control characters shown as pictures, never sent raw.

A message quotes values from the user's files and command line (an alias, a JSON key,
an attribute value); a newline or an escape sequence among them would break the
one-line-per-error layout or move a terminal's cursor.
"""

from __future__ import annotations

from wecontact_cli.syntax.lazy_pattern import LazyPattern

_CONTROL = LazyPattern("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
"""Characters a terminal would act on (or choke on) rather than show. Every one of them is
unprintable to ``str.isprintable`` (categories Cc, Zl, Zp and Cs), so text that is printable
needs no search, and the pattern is compiled only for text that is not."""


def is_control(char: str) -> bool:
    """Whether a character is one a terminal would act on rather than show."""
    return not char.isprintable() and _CONTROL.match(char) is not None


def picture(char: str) -> str:
    """A visible stand-in for a control character: its Unicode control picture (␀..␟, ␡)."""
    code = ord(char)
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str) -> str:
    """``text`` safe for a terminal: a message quoting a file cannot move the cursor or
    break the one-line-per-message layout."""
    if text.isprintable():
        return text
    return _CONTROL.sub(lambda m: picture(m.group()), text)
