"""The command line: one thin typer module per command, each calling the core and reporting.

``main`` is the console script: the app, with standard streams that fail cleanly (a closed
pipe ends quietly with 141, an unwritable output is one line and 2).
"""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from wecontact_cli import __version__
from wecontact_cli.cli import add_page, clean, doctor, init, lint, rules, server  # noqa: F401  (register the commands)
from wecontact_cli.cli.common import LANG_OPTION, app, language
from wecontact_cli.cli.help import ROOT_LANG_KEY, text
from wecontact_cli.cli.streams import OutputFailed
from wecontact_cli.i18n.message import msg

__all__ = ["app", "main"]


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"wecontact {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Optional[bool] = typer.Option(
        None, "--version", "-V", callback=_version_callback, is_eager=True, help=text(msg("help.version"))),
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Wire, scaffold and lint WeCom's "Contact Me" (联系我) plugin in WeChat mini-programs."""
    if lang is not None:
        language(lang)  # a bad value is an error here, before the command runs
        ctx.meta[ROOT_LANG_KEY] = lang


def main() -> None:
    """The console script entry point."""
    from wecontact_cli.cli.streams import flush_streams, guard_streams
    from wecontact_cli.i18n import lang_from_args

    guard_streams()
    try:
        try:
            app(prog_name="wecontact")
            code: int | str | None = 0
        except SystemExit as exc:
            code = exc.code
        flush_streams()  # what is still buffered fails here, not at interpreter exit
    except OutputFailed as failed:
        code = failed.exit_status(lang_from_args(sys.argv[1:], os.environ))
    sys.exit(code)
