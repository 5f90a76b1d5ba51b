"""Errors that stop a command: one clear line with a location, exit code 2."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Union

from wecontact_cli.records import record

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang
    from wecontact_cli.i18n.message import Message

    Text = Union[str, Message]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


@record(frozen=True)
class Location:
    """A place in a file: 1-based line and column (None when the whole file is meant)."""

    path: Path
    line: int | None = None
    column: int | None = None

    def render(self, base: Path | None = None) -> str:
        """``path:line:col`` with the path relative to ``base`` where possible."""
        text = display_path(self.path, base)
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


class WecontactError(Exception):
    """A problem the user can fix; reported as ``location: error: message`` and exit 2."""

    def __init__(self, message: "Text", location: Location | None = None, hint: "Text | None" = None):
        super().__init__(str(message))
        self.message = str(message)
        """The English text (``text(lang)`` renders it in another language)."""
        self.location = location
        self.hint = str(hint) if hint is not None else None
        self.raw_message = message
        self.raw_hint = hint

    def render(self, base: Path | None = None, lang: "Lang" = "en") -> str:
        """The one-line error, plus the hint on a second line when there is one.

        Control characters of quoted values (a newline in an alias, a JSON key) are shown
        as pictures, so the error and the hint stay one line each.
        """
        from wecontact_cli.i18n.message import msg
        from wecontact_cli.text.safe import visible

        prefix = f"{self.location.render(base)}: " if self.location else ""
        text = visible(prefix + msg("prefix.error", text=self.raw_message).render(lang))
        if self.raw_hint:
            text += "\n  " + visible(msg("prefix.hint", text=self.raw_hint).render(lang))
        return text

    def text(self, lang: "Lang" = "en") -> str:
        """The message alone, in ``lang``."""
        from wecontact_cli.i18n.message import render

        return render(self.raw_message, lang)


def display_path(path: Path, base: Path | None = None) -> str:
    """A path as the user wants to read it: relative to ``base`` (default cwd) if inside."""
    base = base or Path.cwd()
    # As written first: a path through a link is shown where it is, not where it points.
    for resolved in (False, True):
        try:
            shown = path.resolve() if resolved else Path(os.path.abspath(path))
            return shown.relative_to(base.resolve() if resolved else os.path.abspath(base)).as_posix()
        except (ValueError, OSError, RuntimeError):  # RuntimeError: a link loop (Python < 3.13)
            continue
    return str(path)
