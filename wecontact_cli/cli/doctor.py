"""``wecontact doctor``: the integration on one screen, built from one lint run.

This module declares the command for typer; what it does is cli/doctor_run.py's ``run``, which
a plain command line reaches without typer (cli/plain_args.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from wecontact_cli.cli.common import LANG_OPTION, NO_COLOR_OPTION, app
from wecontact_cli.cli.doctor_run import DoctorArgs, run
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.i18n.message import msg


@app.command(cls=LocalizedCommand, help=text(msg("help.doctor")))
def doctor(
    paths: Optional[list[Path]] = typer.Argument(None, help=text(msg("help.doctor_paths")), show_default=False),
    output_format: str = typer.Option("text", "--output-format", "-f", metavar="text|json",
                                      help=text(msg("help.doctor_format"))),
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Show the integration on one screen: declaration, pages using the button, lint summary."""
    run(DoctorArgs(tuple(paths or ()), output_format, no_color, lang))
