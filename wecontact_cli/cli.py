"""The command line: thin typer commands that call the core and report its result."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

import typer

from wecontact_cli import __version__, plugin
from wecontact_cli.errors import EXIT_ERROR, EXIT_FINDINGS, Location, WecontactError, display_path
from wecontact_cli.helptext import ROOT_LANG_KEY, LocalizedCommand, LocalizedGroup, text
from wecontact_cli.i18n.message import msg
from wecontact_cli.streams import OutputFailed

if TYPE_CHECKING:
    from wecontact_cli.addpage import AddPagePlan
    from wecontact_cli.i18n import Lang
    from wecontact_cli.lint.engine import LintRun
    from wecontact_cli.lint.model import Diagnostic
    from wecontact_cli.i18n.message import Message
    from wecontact_cli.output import Reporter
    from wecontact_cli.frameworks.native.app import AppJson

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


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"wecontact {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Optional[bool] = typer.Option(
        None, "--version", "-V", callback=_version_callback, is_eager=True,
        help=text(msg("help.version"))),
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Wire, scaffold and lint WeCom's "Contact Me" (联系我) plugin in WeChat mini-programs."""
    if lang is not None:
        _lang(lang)  # a bad value is an error here, before the command runs
        ctx.meta[ROOT_LANG_KEY] = lang


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
    except (typer.Exit, typer.Abort, OutputFailed):
        raise  # OutputFailed: standard output is gone; main() ends the run as a Unix tool does
    except OSError as exc:  # the file system refused a path (too long, a loop...): name it
        reporter.error(_path_error(exc))
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:  # an internal error: say so plainly, trace on request
        if os.environ.get("WECONTACT_DEBUG"):
            traceback.print_exc()
        reporter.error(WecontactError(
            msg("cli.internal_error", kind=type(exc).__name__, detail=str(exc)),
            hint=msg("cli.internal_error_hint")))
        raise typer.Exit(EXIT_ERROR) from None


def _path_error(exc: OSError) -> WecontactError:
    """An OSError on a path the user gave as a one-line error naming that path."""
    where = Location(Path(os.fsdecode(exc.filename))) if exc.filename else None
    if exc.errno == errno.ENAMETOOLONG:
        return WecontactError(msg("path.too_long"), where)
    return WecontactError(msg("path.os_error", reason=exc.strerror or str(exc)), where)


DRY_RUN_OPTION = typer.Option(False, "--dry-run", help=text(msg("help.dry_run")))
DIFF_OPTION = typer.Option(False, "--diff", help=text(msg("help.diff")))
NO_COLOR_OPTION = typer.Option(False, "--no-color", help=text(msg("help.no_color")))


PATH_ARGUMENT = typer.Argument(None, help=text(msg("help.path")), show_default=False)


@app.command(cls=LocalizedCommand, help=text(msg("help.init")))
def init(
    path: Optional[Path] = PATH_ARGUMENT,
    alias: str = typer.Option(plugin.DEFAULT_ALIAS, "--alias", help=text(msg("help.init_alias"))),
    version: Optional[str] = typer.Option(
        None, "--version", show_default=False,
        help=text(msg("help.init_version", default=plugin.DEFAULT_VERSION))),
    subpackage: Optional[str] = typer.Option(
        None, "--subpackage", metavar="ROOT", help=text(msg("help.init_subpackage"))),
    dry_run: bool = DRY_RUN_OPTION,
    diff: bool = DIFF_OPTION,
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Declare the contact plugin (wx104a1a20c3f81ec2) in app.json, or in a subpackage."""
    from wecontact_cli.output import Reporter
    from wecontact_cli.frameworks.native.app import find_project
    from wecontact_cli.scaffold import plan_init, scope_name

    reporter = Reporter(no_color, _lang(lang))
    with _reporting_errors(reporter):
        project = find_project(path)
        plan = plan_init(project, alias=alias, version=version, subpackage=subpackage)
        for warning in plan.warnings:
            reporter.warning(warning)
        if diff:
            reporter.diff(plan.changeset, project.root)
            return
        where = display_path(project.app.path)
        what = msg("init.what", alias=plan.alias, provider=plugin.PROVIDER, version=plan.version)
        scope = scope_name(plan.scope)
        if plan.status == "unchanged":
            reporter.line(msg("init.unchanged", where=where, what=what, scope=scope))
            return
        added = plan.status == "added"
        if dry_run:
            reporter.line(msg("init.would_declare", where=where, what=what, scope=scope) if added
                          else msg("init.would_update", where=where, what=what, scope=scope))
            reporter.diff(plan.changeset, project.root)
            return
        plan.changeset.apply()
        reporter.line(msg("init.declared", where=where, what=what, scope=scope) if added
                      else msg("init.updated", where=where, what=what, scope=scope), "green")
        if plan.status == "added":
            using = f"{{\"{plugin.DEFAULT_TAG}\": \"plugin://{plan.alias}/{plugin.COMPONENT}\"}}"
            reporter.line(msg("init.next", using=using))


UI_OPTIONS = {  # CLI option -> the guide's attribute
    "style_type": "styleType", "avator_style": "avatorStyle", "is_mask": "isMask",
    "contact_text": "contactText", "button_text": "buttonText", "button_style": "buttonStyle",
    "service_text": "serviceText", "padding_style": "paddingStyle", "icon_style": "iconStyle",
    "block_style": "blockStyle", "bubble_color": "bubbleColor",
}


BUTTON_PANEL = text(msg("help.button_panel"))


def _ui(name: str, values: "str | Message") -> typer.models.OptionInfo:
    """A button attribute's option; ``values``: what it takes (data, or a message to translate)."""
    return typer.Option(None, "--" + name.replace("_", "-"), show_default=False,
                        help=text(msg("help.ui_option", attribute=UI_OPTIONS[name], values=values)),
                        rich_help_panel=BUTTON_PANEL)


@app.command("add-page", cls=LocalizedCommand, help=text(msg("help.add_page")))
def add_page(
    page: str = typer.Argument(..., help=text(msg("help.add_page_page"))),
    plugid: Optional[str] = typer.Option(None, "--plugid", metavar="ID", help=text(msg("help.add_page_plugid"))),
    plugid_expr: Optional[str] = typer.Option(None, "--plugid-expr", metavar="NAME",
                                              help=text(msg("help.add_page_plugid_expr"))),
    style_type: Optional[str] = _ui("style_type", msg("help.values_style_type")),
    avator_style: Optional[str] = _ui("avator_style", "rect | circle"),
    is_mask: Optional[str] = _ui("is_mask", "0 | 1"),
    contact_text: Optional[str] = _ui("contact_text", "0 咨询服务, 1 在线咨询, 2 联系客服"),
    button_text: Optional[str] = _ui("button_text", "0 联系我, 1 立即联系, 2 咨询服务, 3 在线咨询, 4 联系客服"),
    button_style: Optional[str] = _ui("button_style", "primary | light"),
    service_text: Optional[str] = _ui("service_text", "0-3"),
    padding_style: Optional[str] = _ui("padding_style", msg("help.values_number")),
    icon_style: Optional[str] = _ui("icon_style", "avator | primary | light"),
    block_style: Optional[str] = _ui("block_style", "bubble | button"),
    bubble_color: Optional[str] = _ui("bubble_color", msg("help.values_bubble_color")),
    tag: str = typer.Option(plugin.DEFAULT_TAG, "--tag", help=text(msg("help.add_page_tag"))),
    project_path: Optional[Path] = typer.Option(None, "--project", "-C", metavar="PATH",
                                                help=text(msg("help.add_page_project"))),
    templates: Optional[Path] = typer.Option(None, "--templates", metavar="DIR",
                                             help=text(msg("help.add_page_templates"))),
    dry_run: bool = DRY_RUN_OPTION,
    diff: bool = DIFF_OPTION,
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Wire the contact button into a page (usingComponents, <cell>, handlers), or create the page."""
    from wecontact_cli.addpage import AddPageRequest, plan_add_page
    from wecontact_cli.output import Reporter
    from wecontact_cli.frameworks.native.app import find_project

    reporter = Reporter(no_color, _lang(lang))
    values = dict(style_type=style_type, avator_style=avator_style, is_mask=is_mask,
                  contact_text=contact_text, button_text=button_text, button_style=button_style,
                  service_text=service_text, padding_style=padding_style, icon_style=icon_style,
                  block_style=block_style, bubble_color=bubble_color)
    attributes = {UI_OPTIONS[k]: v for k, v in values.items() if v is not None}
    with _reporting_errors(reporter):
        project = find_project(project_path)
        request = AddPageRequest(page, plugid, plugid_expr, attributes, tag, templates)
        plan = plan_add_page(project, request)
        for warning in plan.warnings:
            reporter.warning(warning)
        if diff:
            reporter.diff(plan.changeset, project.root)
        else:
            _report_add_page(reporter, project, plan, dry_run)
        if plan.manual:
            sys.stderr.write(plan.manual + "\n")


def _report_add_page(reporter: "Reporter", project: "AppJson", plan: "AddPagePlan", dry_run: bool) -> None:
    pending = plan.changeset.pending
    if not pending:
        reporter.line(msg("add_page.unchanged", route=plan.route))
        return
    if dry_run:
        reporter.line(msg("add_page.would_change", route=plan.route, count=len(pending)))
        reporter.diff(plan.changeset, project.root)
        return
    plan.changeset.apply()
    reporter.line(msg("add_page.created", route=plan.route) if plan.created
                  else msg("add_page.wired", route=plan.route), "green")
    for change in pending:
        reporter.line(msg("add_page.change", path=display_path(change.path), summary=change.summary))
    if plan.created and not plan.manual:
        reporter.line(msg("add_page.hides"))


def _codes(values: Optional[list[str]]) -> list[str]:
    """--select wc1,WC203 --select WC3 -> ["WC1", "WC203", "WC3"] (codes in any case)."""
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


OUTPUT_FORMATS = ("full", "concise", "json", "github", "sarif", "junit")


@app.command(cls=LocalizedCommand, help=text(msg("help.lint")))
def lint(
    paths: Optional[list[Path]] = typer.Argument(
        None, help=text(msg("help.lint_paths")), show_default=False),
    output_format: Optional[str] = typer.Option(
        None, "--output-format", "-f", metavar="|".join(OUTPUT_FORMATS), show_default=False,
        help=text(msg("help.lint_format"))),
    output_file: Optional[Path] = typer.Option(None, "--output-file", "-o", help=text(msg("help.lint_output_file"))),
    select: Optional[list[str]] = typer.Option(None, "--select", help=text(msg("help.lint_select"))),
    extend_select: Optional[list[str]] = typer.Option(None, "--extend-select", help=text(msg("help.lint_extend_select"))),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help=text(msg("help.lint_ignore"))),
    fix: bool = typer.Option(False, "--fix", help=text(msg("help.lint_fix"))),
    diff: bool = typer.Option(False, "--diff", help=text(msg("help.lint_diff"))),
    statistics: bool = typer.Option(False, "--statistics", help=text(msg("help.lint_statistics"))),
    exit_zero: bool = typer.Option(False, "--exit-zero", help=text(msg("help.lint_exit_zero"))),
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Check the plugin's wiring and the cell's attributes; exit 1 on errors."""
    from wecontact_cli.output import Reporter

    language = _lang(lang)
    reporter = Reporter(no_color, language)
    with _reporting_errors(reporter):
        _run_lint(reporter, paths or [], output_format, output_file, _codes(select) if select else None,
                  _codes(extend_select), _codes(ignore), fix, diff, statistics, exit_zero, language)


def _run_lint(reporter: "Reporter", paths: list[Path], output_format: Optional[str],
              output_file: Optional[Path], select: Optional[list[str]], extend_select: list[str],
              ignore: list[str], fix: bool, diff: bool, statistics: bool, exit_zero: bool,
              lang: "Lang" = "en") -> None:
    from wecontact_cli.lint.engine import LintOptions, run_lint
    from wecontact_cli.lint.fixes import fix_until_stable, plan_fixes
    from wecontact_cli.lint.rules import RULES_BY_CODE
    from wecontact_cli.report import ReportContext, render, render_statistics

    fmt = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "full")
    if fmt not in OUTPUT_FORMATS:
        raise WecontactError(msg("cli.unknown_format", format=fmt, choices=", ".join(OUTPUT_FORMATS)))
    options = LintOptions(paths, select, extend_select, ignore, lang)
    fixed = 0
    if diff:  # as ruff: exit 1 when the fixes would change something, so CI can fail on it
        run = run_lint(options)
        changeset, _ = plan_fixes(run)
        reporter.diff(changeset, run.root)
        raise typer.Exit(EXIT_FINDINGS if changeset.pending and not exit_zero else 0)
    if fix:
        outcome = fix_until_stable(options)
        run, fixed = outcome.run, outcome.fixed
    else:
        run = run_lint(options)
    for note in run.notes:
        sys.stderr.write(note.render(lang) + "\n")
    diagnostics, sources = _relative_to_cwd(run)
    to_file = output_file is not None
    ctx = ReportContext(RULES_BY_CODE, sources, __version__, run.result.files_checked,
                        color=reporter.color and not to_file and fmt in ("full", "concise"), lang=lang)
    if statistics:
        text = render_statistics(diagnostics, ctx, as_json=fmt == "json")
    else:
        text = render(fmt, diagnostics, ctx)
    if to_file:
        try:
            output_file.write_text(text, encoding="utf-8")  # type: ignore[union-attr]
        except OSError as exc:
            raise WecontactError(msg("cli.cannot_write_report", reason=exc.strerror),
                                 Location(output_file)) from None
    else:
        sys.stdout.write(text)
    if fixed:
        fixed_message = msg("cli.fixed_one", count=fixed) if fixed == 1 else msg("cli.fixed_many", count=fixed)
        sys.stderr.write(fixed_message.render(lang) + "\n")
    if run.result.has_errors and not exit_zero:
        raise typer.Exit(EXIT_FINDINGS)


def _relative_to_cwd(run: "LintRun") -> tuple[list["Diagnostic"], dict[str, str]]:
    """Report paths as the user (or GitHub, from the repository root) reaches them.

    Diagnostics are relative to the project root; when that root lies below the current
    folder (``wecontact lint examples/shop``), the paths gain that prefix.
    """
    from dataclasses import replace

    try:
        prefix = run.root.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        prefix = "."
    if prefix == ".":
        return run.result.diagnostics, run.sources

    def moved(path: str) -> str:
        return f"{prefix}/{path}"

    diagnostics = [
        replace(d, path=moved(d.path), fix=replace(d.fix, path=Path(moved(d.fix.path.as_posix())))
                if d.fix is not None and d.fix.path is not None else d.fix)
        for d in run.result.diagnostics]
    return diagnostics, {moved(path): text for path, text in run.sources.items()}


@app.command(cls=LocalizedCommand, help=text(msg("help.doctor")))
def doctor(
    path: Optional[Path] = PATH_ARGUMENT,
    output_format: str = typer.Option("text", "--output-format", "-f", metavar="text|json",
                                      help=text(msg("help.doctor_format"))),
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Show the integration on one screen: declaration, pages using the button, lint summary."""
    from wecontact_cli.doctor import build_report, print_rich, render_json, render_plain
    from wecontact_cli.output import Reporter

    language = _lang(lang)
    reporter = Reporter(no_color, language)
    with _reporting_errors(reporter):
        if output_format not in ("text", "json"):
            raise WecontactError(msg("cli.unknown_format_doctor", format=output_format))
        report = build_report(path, language)
        if output_format == "json":
            sys.stdout.write(render_json(report))
        elif reporter.color:
            print_rich(report, sys.stdout, language)
        else:
            sys.stdout.write(render_plain(report, language))
        if report.error is not None:  # shown in the report; the exit status says it too
            raise typer.Exit(EXIT_ERROR)


def _lang(option: Optional[str]) -> "Lang":
    """The language of the run: --lang when given, else the locale; a bad value exits 2."""
    from wecontact_cli.i18n import LANGS, detect_lang, resolve_lang

    try:
        return resolve_lang(option, os.environ)
    except ValueError:
        error = WecontactError(msg("cli.unknown_lang", value=option, choices=", ".join(LANGS)))
        typer.echo(error.render(lang=detect_lang(os.environ)), err=True)
        raise typer.Exit(EXIT_ERROR) from None


@app.command("rules", cls=LocalizedCommand, help=text(msg("help.rules")))
def rules_command(
    output_format: str = typer.Option("text", "--output-format", "-f", metavar="text|json|markdown",
                                      help=text(msg("help.rules_format"))),
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """List every lint rule: code, name, default severity, [*] fixable."""
    from wecontact_cli.lint import docs

    renderers = {"text": docs.rules_text, "json": docs.rules_json}
    if output_format == "markdown":  # the README's table: English, whatever the locale
        sys.stdout.write(docs.rules_markdown())
        return
    language = _lang(lang)
    if output_format not in renderers:
        typer.echo(WecontactError(msg("cli.unknown_format_rules", format=output_format)).render(lang=language),
                   err=True)
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(renderers[output_format](language))


@app.command("rule", cls=LocalizedCommand, help=text(msg("help.rule")))
def rule_command(code: str = typer.Argument(..., help=text(msg("help.rule_code"))),
                 lang: Optional[str] = LANG_OPTION) -> None:
    """Explain one rule, with a bad and a good example (in English or Chinese)."""
    import difflib

    from wecontact_cli.lint.docs import rule_text
    from wecontact_cli.lint.rules import RULES

    language = _lang(lang)
    wanted = code.strip()
    found = [r for r in RULES if wanted.upper() == r.code or wanted.lower() == r.name]
    if not found:
        names = [r.code for r in RULES] + [r.name for r in RULES]
        close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.5)
        message = (msg("cli.no_rule_close", code=code, close=close[0]) if close
                   else msg("cli.no_rule", code=code))
        typer.echo(WecontactError(message).render(lang=language), err=True)
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(rule_text(found[0], language))


def main() -> None:
    """The console script entry point: the app, with standard streams that fail cleanly
    (a closed pipe ends quietly with 141, an unwritable output is one line and 2)."""
    from wecontact_cli.i18n import lang_from_args
    from wecontact_cli.streams import flush_streams, guard_streams

    guard_streams()
    try:
        try:
            app(prog_name="wecontact")
            code: int | str | None = 0
        except SystemExit as exc:
            code = exc.code
        flush_streams()  # what is still buffered fails here, not at interpreter exit
    except OutputFailed as failed:
        code = failed.exit_status(lang_from_args(sys.argv[1:], os.environ))
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
