"""What ``wecontact doctor`` does once its command line is read: typer's command (cli/doctor.py)
and the plain command lines that skip typer (cli/plain_args.py) both run ``run``, which imports
no typer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from wecontact_cli.cli.failures import language, reporter, reporting_errors
from wecontact_cli.errors import EXIT_ERROR, WecontactError
from wecontact_cli.i18n.message import msg
from wecontact_cli.records import record


@record(frozen=True)
class DoctorArgs:
    """The values of ``wecontact doctor``'s arguments and options."""

    paths: tuple[Path, ...] = ()
    output_format: str = "text"
    no_color: bool = False
    lang: Optional[str] = None


def run(args: DoctorArgs) -> None:
    """Show the integration on one screen: declaration, pages using the button, lint summary."""
    from wecontact_cli.doctor import build_reports, print_rich, render_json, render_json_many, render_plain

    lang_ = language(args.lang)
    out = reporter(args.no_color, args.lang)
    with reporting_errors(out):
        if args.output_format not in ("text", "json"):
            raise WecontactError(msg("cli.unknown_format_doctor", format=args.output_format))
        reports = build_reports(list(args.paths) or None, lang_)
        if args.output_format == "json":  # one project: its object, as always; several: an array of them
            sys.stdout.write(render_json(reports[0]) if len(reports) == 1 else render_json_many(reports))
        elif out.color:
            for report in reports:
                print_rich(report, sys.stdout, lang_)
        else:
            sys.stdout.write("\n".join(render_plain(report, lang_) for report in reports))
        if any(report.error is not None for report in reports):  # shown in the report; the status says it too
            raise SystemExit(EXIT_ERROR)
