"""``wecontact doctor``: the integration on one screen, built from one lint run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from wecontact_cli.cli.common import LANG_OPTION, NO_COLOR_OPTION, app, language, reporter, reporting_errors
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.errors import EXIT_ERROR, WecontactError
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
    from wecontact_cli.doctor import build_reports, print_rich, render_json, render_json_many, render_plain

    lang_ = language(lang)
    out = reporter(no_color, lang)
    with reporting_errors(out):
        if output_format not in ("text", "json"):
            raise WecontactError(msg("cli.unknown_format_doctor", format=output_format))
        reports = build_reports(paths or None, lang_)
        if output_format == "json":  # one project: its object, as always; several: an array of them
            sys.stdout.write(render_json(reports[0]) if len(reports) == 1 else render_json_many(reports))
        elif out.color:
            for report in reports:
                print_rich(report, sys.stdout, lang_)
        else:
            sys.stdout.write("\n".join(render_plain(report, lang_) for report in reports))
        if any(report.error is not None for report in reports):  # shown in the report; the status says it too
            raise typer.Exit(EXIT_ERROR)
