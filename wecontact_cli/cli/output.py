"""Printing for people: rich on a terminal, plain text otherwise (pipes, CI, tests).

rich is imported only when a terminal will show its output, which keeps start-up fast
for CI and pre-commit runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, Union

from wecontact_cli.edits import Changeset
from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import Message, msg, render
from wecontact_cli.text.safe import visible

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang

Text = Union[str, Message]


def use_color(stream: TextIO, no_color: bool = False) -> bool:
    """Colour only for a terminal, and never with --no-color or NO_COLOR set."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


class Reporter:
    """Writes a command's messages; styled with rich only on a terminal."""

    def __init__(self, no_color: bool = False, lang: "Lang" = "en"):
        self.lang: "Lang" = lang
        self.color = use_color(sys.stdout, no_color)
        self.err_color = use_color(sys.stderr, no_color)

    def line(self, text: Text, style: str | None = None) -> None:
        """One line on standard output, in the reporter's language."""
        self._print(sys.stdout, self.color, visible(render(text, self.lang)), style)

    def warning(self, text: Text) -> None:
        """A one-line warning on standard error."""
        self._print(sys.stderr, self.err_color, visible(msg("prefix.warning", text=text).render(self.lang)),
                    "yellow")

    def error(self, error: WecontactError) -> None:
        """An error on standard error: ``file:line:col: error: message``."""
        self._print(sys.stderr, self.err_color, error.render(lang=self.lang), "red")

    def diff(self, changeset: Changeset, base: Path) -> None:
        """The unified diff, coloured on a terminal."""
        text = changeset.diff(base)
        if not self.color:
            sys.stdout.write(text)
            return
        for row in text.splitlines():
            style = ("bold" if row.startswith(("+++", "---")) else "green" if row.startswith("+")
                     else "red" if row.startswith("-") else "cyan" if row.startswith("@@") else None)
            self._print(sys.stdout, True, row.rstrip("\r"), style)

    @staticmethod
    def _print(stream: TextIO, color: bool, text: str, style: str | None) -> None:
        if not color:
            print(text, file=stream)
            return
        from rich.console import Console
        from rich.text import Text

        Console(file=stream, force_terminal=True, highlight=False, soft_wrap=True).print(
            Text(text, style=style or ""))
