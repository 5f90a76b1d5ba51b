"""The typer application: the root command (``--version``, ``--lang``) and its commands.

Imported on first use of ``wecontact_cli.cli.app``, never by ``wecontact --version``. Each
command registers itself when its module is imported; ``load`` imports only the module of
the command a command line names (``wecontact lint`` in a pre-commit hook pays for no other
command's imports), and every one when it names none (``--help``, completion, a typo).
"""

from __future__ import annotations

import importlib
import os
from typing import Optional, Sequence

import typer

from wecontact_cli.cli.common import LANG_OPTION, app, language
from wecontact_cli.cli.help import ROOT_LANG_KEY, text
from wecontact_cli.cli.version import COMPLETION_VARIABLE, version_line
from wecontact_cli.i18n.message import msg

__all__ = ["app", "load", "load_all"]

COMMANDS = {"add-page": "add_page", "clean": "clean", "doctor": "doctor", "init": "init", "lint": "lint",
            "rules": "rules", "rule": "rules", "server": "server"}
"""Command name -> its module under wecontact_cli.cli (listed by --help in this module order)."""
MODULES = tuple(dict.fromkeys(COMMANDS.values()))
ROOT_VALUE_OPTIONS = ("--lang",)
"""The root options that take a value (``--lang zh``): skipped when looking for the command."""


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


def command_named(args: Sequence[str]) -> str | None:
    """The module of the command ``args`` name, or None when they name none for sure."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ROOT_VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return COMMANDS.get(arg)
        elif arg == "--" or not arg.startswith(("--lang=", "--version", "-V")):
            return None  # --help, completion options, anything unusual: every command
    return None


def load(args: Sequence[str]) -> typer.Typer:
    """The app with the command that ``args`` name (every command when they name none)."""
    module = None if COMPLETION_VARIABLE in os.environ else command_named(args)
    if module is None:
        return load_all()
    importlib.import_module(f"wecontact_cli.cli.{module}")
    return app


def load_all() -> typer.Typer:
    """The app with every command, in the order --help lists them."""
    for module in MODULES:
        importlib.import_module(f"wecontact_cli.cli.{module}")
    order = {f"wecontact_cli.cli.{m}": i for i, m in enumerate(MODULES)}
    app.registered_commands.sort(key=lambda c: order.get(getattr(c.callback, "__module__", ""), len(order)))
    return app
