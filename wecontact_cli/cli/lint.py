"""``wecontact lint``: check one project, several, or every project below a folder.

This module declares the command for typer; what it does is cli/lint_run.py's ``run``, which
a plain command line reaches without typer (cli/plain_args.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from wecontact_cli.cli.common import LANG_OPTION, NO_COLOR_OPTION, app
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.cli.lint_run import (
    OUTPUT_FORMATS, LintArgs, chosen_cache_dir, codes, project_groups, relative_to_cwd, run)
from wecontact_cli.i18n.message import msg

__all__ = ["CACHE_DIR_OPTION", "OUTPUT_FORMATS", "chosen_cache_dir", "codes", "lint", "project_groups",
           "relative_to_cwd"]

CACHE_DIR_OPTION = typer.Option(None, "--cache-dir", metavar="DIR", show_default=False,
                                help=text(msg("cache.help_cache_dir")))


@app.command(cls=LocalizedCommand, help=text(msg("help.lint")))
def lint(
    paths: Optional[list[Path]] = typer.Argument(None, help=text(msg("help.lint_paths")), show_default=False),
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
    no_cache: bool = typer.Option(False, "--no-cache", help=text(msg("cache.help_no_cache"))),
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Check the plugin's wiring and the cell's attributes; exit 1 on errors."""
    run(LintArgs(tuple(paths or ()), output_format, output_file, tuple(select or ()), tuple(extend_select or ()),
                 tuple(ignore or ()), fix, diff, statistics, exit_zero, no_cache, cache_dir, no_color, lang))
