"""``wecontact init``: declare the contact plugin where the project's framework declares plugins."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from wecontact_cli import plugin
from wecontact_cli.cli.common import (
    DIFF_OPTION, DRY_RUN_OPTION, LANG_OPTION, NO_COLOR_OPTION, PATH_ARGUMENT, app, reporter, reporting_errors,
)
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.errors import display_path
from wecontact_cli.i18n.message import msg, scope_name


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
    from wecontact_cli.frameworks.registry import open_project
    from wecontact_cli.scaffold import planner_of

    out = reporter(no_color, lang)
    with reporting_errors(out):
        project = open_project(path, writing=True)
        plan = planner_of(project).plan_init(project, alias=alias, version=version, subpackage=subpackage)
        for warning in plan.warnings:
            out.warning(warning)
        if diff:
            out.diff(plan.changeset, project.root)
            return
        where = display_path(plan.where)
        what = msg("init.what", alias=plan.alias, provider=plugin.PROVIDER, version=plan.version)
        scope = scope_name(plan.scope)
        if plan.status == "unchanged":
            out.line(msg("init.unchanged", where=where, what=what, scope=scope))
            return
        added = plan.status == "added"
        if dry_run:
            out.line(msg("init.would_declare", where=where, what=what, scope=scope) if added
                     else msg("init.would_update", where=where, what=what, scope=scope))
            out.diff(plan.changeset, project.root)
            return
        plan.changeset.apply()
        out.line(msg("init.declared", where=where, what=what, scope=scope) if added
                 else msg("init.updated", where=where, what=what, scope=scope), "green")
        if added:
            using = f"{{\"{plugin.DEFAULT_TAG}\": \"{plugin.component_url(plan.alias)}\"}}"
            out.line(msg("init.next", using=using))
