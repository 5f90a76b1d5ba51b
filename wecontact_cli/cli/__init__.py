"""The command line: one thin typer module per command, each calling the core and reporting.

``main`` is the console script: the app, with standard streams that fail cleanly (a closed
pipe ends quietly with 141, an unwritable output is one line and 2). It answers
``wecontact --version`` before importing typer or any command: pre-commit hooks and editors
ask for it often, and the answer needs nothing else. A plain ``wecontact lint`` or ``doctor``
command line runs without typer too (cli/plain_args.py says which). Any other command line imports the
app (cli/root.py) with the one command it names; ``app`` has every command.
"""

from __future__ import annotations

import os
import sys

from wecontact_cli.cli.version import COMPLETION_VARIABLE, version_line

TYPE_CHECKING = False  # not typing's: `wecontact --version` runs without importing typing
if TYPE_CHECKING:
    from typing import Callable

__all__ = ["app", "main", "run"]

VERSION_ONLY = (["--version"], ["-V"])
"""Command lines answered without typer (any other spelling goes through typer: same output)."""


def __getattr__(name: str) -> object:
    """``app``: the typer application with every command, imported on first use."""
    if name == "app":
        from wecontact_cli.cli.root import load_all

        return load_all()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _plain_command(args: list[str]) -> Callable[[], None] | None:
    """A ``wecontact lint`` or ``doctor`` command line that runs without typer (see
    cli/plain_args.py), ready to run; None when typer must read it."""
    if args[:1] not in (["lint"], ["doctor"]) or COMPLETION_VARIABLE in os.environ:
        return None
    from wecontact_cli.cli.plain_args import plain_command

    return plain_command(args)


def main() -> None:
    """The console script entry point."""
    from wecontact_cli.cli.streams import OutputFailed, flush_streams, guard_streams

    guard_streams()
    try:
        try:
            if sys.argv[1:] in VERSION_ONLY:
                sys.stdout.write(version_line())
                code: int | str | None = 0
            elif (plain := _plain_command(sys.argv[1:])) is not None:
                plain()
                code = 0
            else:
                from wecontact_cli.cli.root import load

                load(sys.argv[1:])(prog_name="wecontact")
                code = 0
        except SystemExit as exc:
            code = exc.code
        flush_streams()  # what is still buffered fails here, not at interpreter exit
    except OutputFailed as failed:
        from wecontact_cli.i18n import lang_from_args

        code = failed.exit_status(lang_from_args(sys.argv[1:], os.environ))
    sys.exit(code)


YOUNG_OBJECTS = 20_000
"""New objects between two collections of the youngest generation, in the one command that
collects (``wecontact server``, see ``run``)."""


def run() -> None:
    """The console script (and ``python -m wecontact_cli``): ``main``, then the process ends
    at once with its status. Tearing the interpreter down (freeing every module and object
    one by one) took 5-40 ms after a large project's lint had written everything, up to a tenth
    of a pre-commit run; nothing is left to do by then: the streams are flushed, files
    closed, workers reaped. ``main`` itself raises SystemExit, for callers in Python.

    The collector of reference cycles does not run: a command is short, and almost everything
    it makes (modules, classes, the project's model, a page's records) lives until it ends.
    With Python's threshold its 82 collections were about 5% of a large lint's CPU; once per
    ``YOUNG_OBJECTS`` new objects, one or two were left, 4 to 5 ms of a large lint's start,
    finding nothing. What cycles a lint leaves stay until it ends:
    up to 37,000 objects at 8,000 pages, whose peak memory did not change. ``wecontact
    server``, which runs for hours, collects (``cli/server.py``)."""
    import gc

    gc.disable()
    gc.set_threshold(YOUNG_OBJECTS)  # for the server, which enables collection
    try:
        main()
        status: int | str | None = 0
    except SystemExit as exc:
        status = exc.code
    if isinstance(status, str):  # as sys.exit prints a message and ends with 1
        sys.stderr.write(status + "\n")
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # main reported a failing stream already
    os._exit(status or 0)
