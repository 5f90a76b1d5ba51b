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
from wecontact_cli.errors import EXIT_ERROR, EXIT_FINDINGS, Location, WecontactError, display_path

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


def _codes(values: Optional[list[str]]) -> list[str]:
    """--select WC1,WC203 --select WC3 -> ["WC1", "WC203", "WC3"]."""
    return [c.strip() for v in values or [] for c in v.split(",") if c.strip()]


OUTPUT_FORMATS = ("full", "concise", "json", "github", "sarif", "junit")


@app.command()
def lint(
    paths: Optional[list[Path]] = typer.Argument(
        None, help="Files or folders to report on (default: the whole project). The whole "
                   "project is always read, so cross-file rules still work.", show_default=False),
    output_format: Optional[str] = typer.Option(
        None, "--output-format", "-f", metavar="|".join(OUTPUT_FORMATS), show_default=False,
        help="Output format [default: github under GitHub Actions, else full]."),
    output_file: Optional[Path] = typer.Option(None, "--output-file", "-o", help="Write the report to FILE."),
    select: Optional[list[str]] = typer.Option(None, "--select", help="Only these rule codes or prefixes (comma-separated)."),
    extend_select: Optional[list[str]] = typer.Option(None, "--extend-select", help="Also enable these codes or prefixes."),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="Skip these rule codes or prefixes."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes, then report what remains."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff; write nothing."),
    statistics: bool = typer.Option(False, "--statistics", help="Show counts per rule instead of each problem."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when errors are found."),
    no_color: bool = typer.Option(False, "--no-color", help="Never colour the output."),
) -> None:
    """Check the plugin's wiring and the cell's attributes; exit 1 on errors."""
    from wecontact_cli.output import Reporter

    reporter = Reporter(no_color)
    with _reporting_errors(reporter):
        _run_lint(reporter, paths or [], output_format, output_file, _codes(select) if select else None,
                  _codes(extend_select), _codes(ignore), fix, diff, statistics, exit_zero)


def _run_lint(reporter: "Reporter", paths: list[Path], output_format: Optional[str],
              output_file: Optional[Path], select: Optional[list[str]], extend_select: list[str],
              ignore: list[str], fix: bool, diff: bool, statistics: bool, exit_zero: bool) -> None:
    from wecontact_cli.lint.engine import LintOptions, run_lint
    from wecontact_cli.lint.fixes import fix_until_stable, plan_fixes
    from wecontact_cli.lint.rules import RULES_BY_CODE
    from wecontact_cli.report import ReportContext, render, render_statistics

    fmt = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "full")
    if fmt not in OUTPUT_FORMATS:
        raise WecontactError(f"unknown output format '{fmt}'; choose one of: {', '.join(OUTPUT_FORMATS)}")
    options = LintOptions(paths, select, extend_select, ignore)
    fixed = 0
    if diff:
        run = run_lint(options)
        changeset, _ = plan_fixes(run)
        reporter.diff(changeset, run.root)
        raise typer.Exit(0)
    if fix:
        outcome = fix_until_stable(options)
        run, fixed = outcome.run, outcome.fixed
    else:
        run = run_lint(options)
    diagnostics = run.result.diagnostics
    to_file = output_file is not None
    ctx = ReportContext(RULES_BY_CODE, run.sources, __version__, run.result.files_checked,
                        color=reporter.color and not to_file and fmt in ("full", "concise"))
    text = render_statistics(diagnostics, ctx) if statistics else render(fmt, diagnostics, ctx)
    if to_file:
        try:
            output_file.write_text(text, encoding="utf-8")  # type: ignore[union-attr]
        except OSError as exc:
            raise WecontactError(f"cannot write the report: {exc.strerror}", Location(output_file)) from None
    else:
        sys.stdout.write(text)
    if fixed:
        sys.stderr.write(f"Fixed {fixed} problem{'s' if fixed != 1 else ''}.\n")
    if run.result.has_errors and not exit_zero:
        raise typer.Exit(EXIT_FINDINGS)


@app.command("rules")
def rules_command(
    output_format: str = typer.Option("text", "--output-format", "-f", metavar="text|json|markdown",
                                      help="How to list the rules."),
) -> None:
    """List every lint rule: code, name, default severity, [*] fixable."""
    from wecontact_cli.lint import docs

    renderers = {"text": docs.rules_text, "json": docs.rules_json, "markdown": docs.rules_markdown}
    if output_format not in renderers:
        typer.echo(f"error: unknown output format '{output_format}'; choose text, json or markdown", err=True)
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(renderers[output_format]())


@app.command("rule")
def rule_command(code: str = typer.Argument(..., help="A rule code (WC203) or name (unknown-attribute).")) -> None:
    """Explain one rule, with a bad and a good example."""
    import difflib

    from wecontact_cli.lint.docs import rule_text
    from wecontact_cli.lint.rules import RULES

    wanted = code.strip()
    found = [r for r in RULES if wanted.upper() == r.code or wanted.lower() == r.name]
    if not found:
        names = [r.code for r in RULES] + [r.name for r in RULES]
        close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.5)
        hint = f" (did you mean {close[0]}?)" if close else "; `wecontact rules` lists them"
        typer.echo(f"error: no rule '{code}'{hint}", err=True)
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(rule_text(found[0]))


def main() -> None:
    """The console script entry point."""
    app(prog_name="wecontact")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
