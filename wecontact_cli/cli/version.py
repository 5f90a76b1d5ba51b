"""What ``wecontact --version`` prints: one module for the console script's fast path and typer's option."""

from __future__ import annotations

from wecontact_cli import __version__


def version_line() -> str:
    """``wecontact 0.1.0`` and a newline."""
    return f"wecontact {__version__}\n"
