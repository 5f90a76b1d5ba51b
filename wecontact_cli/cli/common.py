"""What every command shares: the typer app, common options, the language, and turning
every failure into one clear line and exit code 2."""

from __future__ import annotations

import contextlib
import errno
import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

import typer

from wecontact_cli.cli.help import LocalizedGroup, text
from wecontact_cli.cli.streams import OutputFailed
from wecontact_cli.errors import EXIT_ERROR, Location, WecontactError
from wecontact_cli.i18n.message import msg

if TYPE_CHECKING:
    from wecontact_cli.cli.output import Reporter
    from wecontact_cli.i18n import Lang

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


@contextlib.contextmanager
def reporting_errors(reporter: Reporter) -> Iterator[None]:
    """Turn every failure into one clear message and exit code 2, never a traceback."""
    try:
        yield
    except WecontactError as exc:
        reporter.error(exc)
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort, OutputFailed):
        raise  # OutputFailed: standard output is gone; main() ends the run as a Unix tool does
    except OSError as exc:  # the file system refused a path (too long, a loop...): name it
        reporter.error(path_error(exc))
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:  # an internal error: say so plainly, trace on request
        if os.environ.get("WECONTACT_DEBUG"):
            traceback.print_exc()
        reporter.error(WecontactError(
            msg("cli.internal_error", kind=type(exc).__name__, detail=str(exc)),
            hint=msg("cli.internal_error_hint")))
        raise typer.Exit(EXIT_ERROR) from None


def path_error(exc: OSError) -> WecontactError:
    """An OSError on a path the user gave as a one-line error naming that path."""
    where = Location(Path(os.fsdecode(exc.filename))) if exc.filename else None
    if exc.errno == errno.ENAMETOOLONG:
        return WecontactError(msg("path.too_long"), where)
    return WecontactError(msg("path.os_error", reason=exc.strerror or str(exc)), where)


def language(option: Optional[str]) -> Lang:
    """The language of the run: --lang when given, else the locale; a bad value exits 2."""
    from wecontact_cli.i18n import LANGS, detect_lang, resolve_lang

    try:
        return resolve_lang(option, os.environ)
    except ValueError:
        error = WecontactError(msg("cli.unknown_lang", value=option, choices=", ".join(LANGS)))
        typer.echo(error.render(lang=detect_lang(os.environ)), err=True)
        raise typer.Exit(EXIT_ERROR) from None


def reporter(no_color: bool, lang: Optional[str]) -> Reporter:
    """The command's reporter, in the run's language."""
    from wecontact_cli.cli.output import Reporter

    return Reporter(no_color, language(lang))
