"""What ``wecontact lint`` does once its command line is read: typer's command (cli/lint.py) and
the plain command lines that skip typer (cli/plain_args.py) both run ``run``. Nothing here
imports typer: a finished run with findings exits through ``SystemExit``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from wecontact_cli import __version__
from wecontact_cli.cli.failures import language, reporter, reporting_errors
from wecontact_cli.errors import EXIT_FINDINGS, Location, WecontactError
from wecontact_cli.i18n.message import msg
from wecontact_cli.records import record, replace

if TYPE_CHECKING:
    from wecontact_cli.cli.output import Reporter
    from wecontact_cli.i18n import Lang
    from wecontact_cli.lint.engine import CacheStats, LintOptions, LintRun
    from wecontact_cli.lint.model import Diagnostic
    from wecontact_cli.lint.replay import Recorder

OUTPUT_FORMATS = ("full", "concise", "json", "github", "sarif", "junit")


@record(frozen=True)
class LintArgs:
    """The values of ``wecontact lint``'s arguments and options (None or empty: not given)."""

    paths: tuple[Path, ...] = ()
    output_format: Optional[str] = None
    output_file: Optional[Path] = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fix: bool = False
    diff: bool = False
    statistics: bool = False
    exit_zero: bool = False
    no_cache: bool = False
    cache_dir: Optional[Path] = None
    no_color: bool = False
    lang: Optional[str] = None


def codes(values: Optional[list[str]] | tuple[str, ...]) -> list[str]:
    """--select wc1,WC203 --select WC3 -> ["WC1", "WC203", "WC3"] (codes in any case)."""
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


def run(args: LintArgs, recorder: Optional[Recorder] = None) -> None:
    """Lint, report, exit 1 on errors (unless --exit-zero), 2 on a failure; with a
    ``recorder`` (a plain command line), keep the run for the replay (lint/replay.py)."""
    from wecontact_cli.lint.cache_switch import env_disabled
    from wecontact_cli.lint.engine import LintOptions

    lang_ = language(args.lang)
    out = reporter(args.no_color, args.lang)
    with reporting_errors(out):
        fmt = args.output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "full")
        if fmt not in OUTPUT_FORMATS:
            raise WecontactError(msg("cli.unknown_format", format=fmt, choices=", ".join(OUTPUT_FORMATS)))
        options = LintOptions(list(args.paths), codes(args.select) if args.select else None,
                              codes(args.extend_select), codes(args.ignore), lang_,
                              cache=not (args.no_cache or env_disabled(os.environ)),
                              cache_dir=chosen_cache_dir(args.cache_dir))
        groups = project_groups(options)
        if args.diff:
            _diff(out, groups, args.exit_zero)
        runs, fixed = _lint(groups, args.fix)
        stats = _cache_stats(runs, lang_)
        notes, report = _report(out, runs, fmt, args.output_file, args.statistics, lang_)
        if fixed:
            fixed_message = msg("cli.fixed_one", count=fixed) if fixed == 1 else msg("cli.fixed_many", count=fixed)
            sys.stderr.write(fixed_message.render(lang_) + "\n")
        code = EXIT_FINDINGS if any(run.result.has_errors for run in runs) and not args.exit_zero else 0
        if recorder is not None:
            replayed_stderr = (_replayed_stats(runs, lang_) if stats else "") + notes
            _record(recorder, args, runs, code, report, replayed_stderr)
        if code:
            raise SystemExit(code)


def chosen_cache_dir(option: Optional[Path]) -> Optional[Path]:
    """--cache-dir, else WECONTACT_CACHE_DIR, else None (the project's .wecontact_cache), made
    absolute here: several projects, or a --fix run, all mean the folder the user named."""
    from wecontact_cli.lint.cache_switch import CACHE_DIR_ENV

    given = option if option is not None else (Path(os.environ[CACHE_DIR_ENV]) if os.environ.get(CACHE_DIR_ENV) else None)
    return given.absolute() if given is not None else None


def _cache_stats(runs: list[LintRun], lang: Lang) -> bool:
    """With WECONTACT_CACHE_STATS set, how the cache served each project (one line on stderr);
    whether it was set."""
    if not os.environ.get("WECONTACT_CACHE_STATS"):
        return False
    for run in runs:
        if run.cache is not None:
            sys.stderr.write(_stats_line(run.cache, lang))
    return True


def _stats_line(stats: CacheStats, lang: Lang) -> str:
    """``lint cache: N units, C from the cache, L linted``, in the run's language."""
    return msg("cache.stats", units=stats.units, cached=stats.cached, linted=stats.linted).render(lang) + "\n"


def _replayed_stats(runs: list[LintRun], lang: Lang) -> str:
    """The stats lines of a replay of these runs: every unit served, none linted."""
    from wecontact_cli.lint.engine import CacheStats

    return "".join(_stats_line(CacheStats(run.cache.units, run.cache.units, 0), lang)
                   for run in runs if run.cache is not None)


def _record(recorder: Recorder, args: LintArgs, runs: list[LintRun], code: int, stdout: str, stderr: str) -> None:
    """Keep the run for the replay (its status, the report, and what a replay writes on
    stderr), when every project's cache served it (lint/replay.py says what else must hold)."""
    from wecontact_cli.frameworks.markers import NATIVE_CONFIG, ancestor_probes
    from wecontact_cli.lint.cache import cache_folder, is_cache_folder
    from wecontact_cli.lint.replay import RunRecord

    if args.fix or not runs or any(run.cache is None for run in runs):
        return
    folder = cache_folder(runs[0].root, chosen_cache_dir(args.cache_dir))
    if not is_cache_folder(folder) or any((above / NATIVE_CONFIG).exists() for run in runs for above in run.root.parents):
        return  # an app folder a project.config.json above names: detection resolved that path, not stamped
    names = ancestor_probes()
    probes = [os.path.join(above, name) for run in runs for above in run.root.parents for name in names]
    starts = [os.path.abspath(path) for path in args.paths or [Path.cwd()]]
    recorder.save(RunRecord(code=code, stdout=stdout, stderr=stderr,
                            roots=[str(run.root) for run in runs], starts=starts, folder=folder, probes=probes))


def project_groups(options: LintOptions) -> list[LintOptions]:
    """One set of options per project: the paths grouped by the project they lie in; with no
    path, the current folder's project, or every project below it (a monorepo's root)."""
    from wecontact_cli.frameworks.discover import group_paths

    return [replace(options, paths=list(group.paths), detection=group.detection)
            for group in group_paths(options.paths or [Path.cwd()])]


def _diff(out: Reporter, groups: list[LintOptions], exit_zero: bool) -> None:
    """Print every project's fixes as one patch; as ruff, exit 1 when it would change something."""
    from wecontact_cli.lint.engine import run_lint
    from wecontact_cli.lint.fixes import plan_fixes

    pending = False
    for options in groups:
        run = run_lint(replace(options, cache=False))  # --diff writes nothing, not even the cache
        changeset, _ = plan_fixes(run)
        out.diff(changeset, Path.cwd() if len(groups) > 1 else run.root)
        pending = pending or bool(changeset.pending)
    raise SystemExit(EXIT_FINDINGS if pending and not exit_zero else 0)


def _lint(groups: list[LintOptions], fix: bool) -> tuple[list[LintRun], int]:
    from wecontact_cli.lint.engine import run_lint

    runs, fixed = [], 0
    for options in groups:
        if fix:
            from wecontact_cli.lint.fixes import fix_until_stable

            # A fixing run lints files as it rewrites them: it reads nothing the cache kept.
            outcome = fix_until_stable(replace(options, cache=False))
            runs.append(outcome.run)
            fixed += outcome.fixed
        else:
            runs.append(run_lint(options))
    return runs, fixed


def _report(out: Reporter, runs: list[LintRun], fmt: str, output_file: Optional[Path], statistics: bool,
            lang: Lang) -> tuple[str, str]:
    """Write the notes (stderr) and the report (stdout or the file); return both texts."""
    from wecontact_cli.lint.registry import rule_modules
    from wecontact_cli.report import ReportContext, render, render_statistics

    diagnostics: list[Diagnostic] = []
    sources: dict[str, str] = {}
    notes = "".join(note.render(lang) + "\n" for run in runs for note in run.notes)
    sys.stderr.write(notes)
    for run in runs:
        moved, texts = relative_to_cwd(run, several=len(runs) > 1)
        diagnostics.extend(moved)
        sources.update(texts)
    diagnostics.sort(key=lambda d: d.sort_key)
    to_file = output_file is not None
    files = sum(run.result.files_checked for run in runs)
    frameworks = {run.project.framework for run in runs}  # a native run lists no uni-app rule
    known = {m.rule.code: m.rule for f in frameworks for m in rule_modules(f) if m.rule.runs_on(f)}
    ctx = ReportContext(dict(sorted(known.items())), sources, __version__, files,
                        color=out.color and not to_file and fmt in ("full", "concise"), lang=lang)
    report = render_statistics(diagnostics, ctx, as_json=fmt == "json") if statistics else render(fmt, diagnostics, ctx)
    if output_file is None:
        sys.stdout.write(report)
        return notes, report
    try:
        output_file.write_text(report, encoding="utf-8")
    except OSError as exc:
        raise WecontactError(msg("cli.cannot_write_report", reason=exc.strerror), Location(output_file)) from None
    return notes, report


def relative_to_cwd(run: LintRun, *, several: bool = False) -> tuple[list[Diagnostic], dict[str, str]]:
    """Report paths as the user (or GitHub, from the repository root) reaches them.

    Diagnostics are relative to the project root; when that root lies below the current
    folder (``wecontact lint examples/shop``), the paths gain that prefix. A project
    elsewhere keeps paths relative to its root, unless the run has ``several`` projects:
    then they go through ``..`` (``../crm/app.json``), so that no two projects' paths meet.
    """
    root, here = run.root.resolve(), Path.cwd().resolve()
    try:
        prefix = root.relative_to(here).as_posix()
    except ValueError:
        prefix = Path(os.path.relpath(root, here)).as_posix() if several else "."
    if prefix == ".":
        return run.result.diagnostics, run.sources

    def moved(path: str) -> str:
        return f"{prefix}/{path}"

    diagnostics = [
        replace(d, path=moved(d.path), fix=replace(d.fix, path=Path(moved(d.fix.path.as_posix())))
                if d.fix is not None and d.fix.path is not None else d.fix)
        for d in run.result.diagnostics]
    return diagnostics, {moved(path): text for path, text in run.sources.items()}
