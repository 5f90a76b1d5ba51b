"""Turning every failure of a command into one clear line and an exit status, and the run's
language and reporter: what every command shares, without importing typer.

``wecontact lint`` and ``doctor`` run without typer when their command line is a plain one
(cli/plain_args.py), so nothing here imports it: an exit is ``SystemExit``, which typer lets
through unchanged when it runs the command (its own ``Exit`` ends a run with the same status).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from wecontact_cli.cli.streams import OutputFailed
from wecontact_cli.errors import EXIT_ERROR, Location, WecontactError
from wecontact_cli.i18n.message import msg

if TYPE_CHECKING:
    from wecontact_cli.cli.output import Reporter
    from wecontact_cli.i18n import Lang


def _passed_through() -> tuple[type[BaseException], ...]:
    """The exceptions that end a run on purpose: typer's Exit and Abort when typer runs the
    command (it is loaded then), and a failed standard stream (main() ends the run)."""
    typer = sys.modules.get("typer")
    return (OutputFailed, typer.Exit, typer.Abort) if typer is not None else (OutputFailed,)


@contextlib.contextmanager
def reporting_errors(reporter: Reporter) -> Iterator[None]:
    """Turn every failure into one clear message and exit code 2, never a traceback."""
    try:
        yield
    except WecontactError as exc:
        reporter.error(exc)
        raise SystemExit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        if isinstance(exc, _passed_through()):
            raise
        if isinstance(exc, OSError):  # the file system refused a path (too long, a loop...): name it
            reporter.error(path_error(exc))
            raise SystemExit(EXIT_ERROR) from None
        _internal_error(reporter, exc)


def _internal_error(reporter: Reporter, exc: Exception) -> None:
    """An internal error: say so plainly, trace on request (WECONTACT_DEBUG)."""
    if os.environ.get("WECONTACT_DEBUG"):
        import traceback

        traceback.print_exc()
    reporter.error(WecontactError(
        msg("cli.internal_error", kind=type(exc).__name__, detail=str(exc)),
        hint=msg("cli.internal_error_hint")))
    raise SystemExit(EXIT_ERROR) from None


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
        sys.stderr.write(error.render(lang=detect_lang(os.environ)) + "\n")
        sys.stderr.flush()
        raise SystemExit(EXIT_ERROR) from None


def reporter(no_color: bool, lang: Optional[str]) -> Reporter:
    """The command's reporter, in the run's language."""
    from wecontact_cli.cli.output import Reporter

    return Reporter(no_color, language(lang))
