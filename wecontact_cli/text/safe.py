"""Text that stays on its line: control characters shown as pictures, never sent raw.

A message quotes values from the user's files and command line (an alias, a JSON key,
an attribute value); a newline or an escape sequence among them would break the
one-line-per-error layout or move a terminal's cursor.
"""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
"""Characters a terminal would act on (or choke on) rather than show."""


def picture(char: str) -> str:
    """A visible stand-in for a control character: its Unicode control picture (␀..␟, ␡)."""
    code = ord(char)
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str) -> str:
    """``text`` safe for a terminal: a message quoting a file cannot move the cursor or
    break the one-line-per-message layout."""
    return CONTROL.sub(lambda m: picture(m.group()), text)
