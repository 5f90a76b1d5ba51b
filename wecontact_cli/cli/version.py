"""What ``wecontact --version`` prints: one module for the console script's fast path and typer's option;
with the variable that tells the console script to leave a command line to typer."""

from __future__ import annotations

from wecontact_cli import __version__


def version_line() -> str:
    """``wecontact 0.1.0`` and a newline."""
    return f"wecontact {__version__}\n"


COMPLETION_VARIABLE = "_WECONTACT_COMPLETE"
"""Set when the shell asks typer for completions: they list every command (typer reads them all)."""
