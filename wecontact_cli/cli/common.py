"""What every typer command shares: the app and the common options (the language, the
reporter and the handling of failures come from cli/failures.py, which needs no typer)."""

from __future__ import annotations

import typer

from wecontact_cli.cli.failures import language, path_error, reporter, reporting_errors
from wecontact_cli.cli.help import LocalizedGroup, text
from wecontact_cli.i18n.message import msg

__all__ = ["DIFF_OPTION", "DRY_RUN_OPTION", "LANG_OPTION", "NO_COLOR_OPTION", "PATH_ARGUMENT", "app", "language",
           "path_error", "reporter", "reporting_errors"]

app = typer.Typer(
    name="wecontact",
    cls=LocalizedGroup,
    help=text(msg("help.root")),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LANG_OPTION = typer.Option(None, "--lang", metavar="en|zh", show_default=False, help=text(msg("help.lang")))
DRY_RUN_OPTION = typer.Option(False, "--dry-run", help=text(msg("help.dry_run")))
DIFF_OPTION = typer.Option(False, "--diff", help=text(msg("help.diff")))
NO_COLOR_OPTION = typer.Option(False, "--no-color", help=text(msg("help.no_color")))
PATH_ARGUMENT = typer.Argument(None, help=text(msg("help.path")), show_default=False)
