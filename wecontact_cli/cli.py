"""The command line: thin typer commands that call the core and report its result."""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

import typer

from wecontact_cli import __version__, plugin
from wecontact_cli.errors import EXIT_ERROR, WecontactError, display_path

if TYPE_CHECKING:
    from wecontact_cli.output import Reporter

app = typer.Typer(
    name="wecontact",
    help="Wire, scaffold and lint WeCom's \"Contact Me\" (联系我) plugin in WeChat mini-programs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"wecontact {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(
        None, "--version", "-V", callback=_version_callback, is_eager=True,
        help="Show the version and exit."),
) -> None:
    """Wire, scaffold and lint WeCom's "Contact Me" (联系我) plugin in WeChat mini-programs."""


@contextlib.contextmanager
def _reporting_errors(reporter: "Reporter") -> Iterator[None]:
    """Turn every failure into one clear message and exit code 2, never a traceback."""
    try:
        yield
    except WecontactError as exc:
        reporter.error(exc)
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:  # an internal error: say so plainly, trace on request
        if os.environ.get("WECONTACT_DEBUG"):
            traceback.print_exc()
        reporter.error(WecontactError(
            f"internal error: {type(exc).__name__}: {exc}",
            hint="this is a bug in wecontact; run again with WECONTACT_DEBUG=1 for a traceback "
                 "and report it"))
        raise typer.Exit(EXIT_ERROR) from None


PATH_ARGUMENT = typer.Argument(
    None, help="The project folder or any path inside it (default: the current directory).",
    show_default=False)


@app.command()
def init(
    path: Optional[Path] = PATH_ARGUMENT,
    alias: str = typer.Option(plugin.DEFAULT_ALIAS, "--alias", help="The alias to declare the plugin under."),
    version: Optional[str] = typer.Option(
        None, "--version", show_default=False,
        help=f"Plugin version: N.N.N, dev-<32 hex> or latest [default: {plugin.DEFAULT_VERSION}]. "
             "Given explicitly, it also updates an existing declaration."),
    subpackage: Optional[str] = typer.Option(
        None, "--subpackage", metavar="ROOT",
        help="Declare the plugin in this subpackage's \"plugins\" instead of the main package."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the plan and its diff; write nothing."),
    diff: bool = typer.Option(False, "--diff", help="Print only the unified diff; write nothing."),
    no_color: bool = typer.Option(False, "--no-color", help="Never colour the output."),
) -> None:
    """Declare the contact plugin (wx104a1a20c3f81ec2) in app.json, or in a subpackage."""
    from wecontact_cli.output import Reporter
    from wecontact_cli.project import find_project
    from wecontact_cli.scaffold import plan_init, scope_name

    reporter = Reporter(no_color)
    with _reporting_errors(reporter):
        project = find_project(path)
        plan = plan_init(project, alias=alias, version=version, subpackage=subpackage)
        for warning in plan.warnings:
            reporter.warning(warning)
        if diff:
            reporter.diff(plan.changeset, project.root)
            return
        where = display_path(project.app.path)
        what = f"plugin '{plan.alias}' ({plugin.PROVIDER}, version {plan.version})"
        scope = scope_name(plan.scope)
        if plan.status == "unchanged":
            reporter.line(f"{where}: {what} is already declared in {scope}; nothing to change")
            return
        verb = {"added": "declared", "updated": "updated"}[plan.status]
        if dry_run:
            future = {"added": "would declare", "updated": "would update"}[plan.status]
            reporter.line(f"{where}: {future} {what} in {scope} (dry run: nothing written)")
            reporter.diff(plan.changeset, project.root)
            return
        plan.changeset.apply()
        reporter.line(f"{where}: {verb} {what} in {scope}", "green")
        if plan.status == "added":
            reporter.line(
                f"next: in a page's .json, add \"usingComponents\": "
                f"{{\"{plugin.DEFAULT_TAG}\": \"plugin://{plan.alias}/{plugin.COMPONENT}\"}}")


def main() -> None:
    """The console script entry point."""
    app(prog_name="wecontact")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
