"""``wecontact server``: the linter in the editor (Language Server Protocol over stdio).

pygls and lsprotocol come with the optional ``server`` extra; they are imported only when
this command runs, and their absence is one clear line and exit 2.
"""

from __future__ import annotations

import importlib
import shlex
import sys
from typing import Optional

import typer

from wecontact_cli.cli.common import LANG_OPTION, app, language, reporter, reporting_errors
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import msg

REQUIREMENTS = ("pygls>=2.1,<3", "lsprotocol>=2025.0.0,<2026")
"""What the ``server`` extra installs (pyproject.toml says the same)."""


def require_extra() -> None:
    """Refuse clearly when the ``server`` extra is not installed."""
    try:
        for module in ("lsprotocol.types", "pygls.lsp.server"):
            importlib.import_module(module)
    except ImportError:
        python = shlex.quote(sys.executable)
        requirements = " ".join(shlex.quote(r) for r in REQUIREMENTS)
        raise WecontactError(msg("server.missing_extra", python=python, requirements=requirements)) from None


@app.command("server", cls=LocalizedCommand, help=text(msg("help.server")))
def server(
    stdio: bool = typer.Option(True, "--stdio", help=text(msg("help.server_stdio"))),
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Serve diagnostics, fixes, hover and completion to an editor over stdio."""
    import gc

    gc.enable()  # a server runs for hours: its garbage cycles are collected (``cli.run`` turned that off)
    out = reporter(True, lang)
    with reporting_errors(out):
        require_extra()
        from wecontact_cli.server.protocol import serve

        serve(language(lang) if lang is not None else None)
