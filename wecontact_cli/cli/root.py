"""The typer application: the root command (``--version``, ``--lang``) and every command.

Imported on first use of ``wecontact_cli.cli.app``, never by ``wecontact --version``.
"""

from __future__ import annotations

from typing import Optional

import typer

from wecontact_cli.cli import add_page, doctor, init, lint, rules, server  # noqa: F401  (register the commands)
from wecontact_cli.cli.common import LANG_OPTION, app, language
from wecontact_cli.cli.help import ROOT_LANG_KEY, text
from wecontact_cli.cli.version import version_line
from wecontact_cli.i18n.message import msg

__all__ = ["app"]


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(version_line(), nl=False)
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
