"""``wecontact init``: declare the contact plugin where the project's framework declares plugins."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from wecontact_cli import plugin
from wecontact_cli.cli.common import (
    DIFF_OPTION, DRY_RUN_OPTION, LANG_OPTION, NO_COLOR_OPTION, PATH_ARGUMENT, app, reporter, reporting_errors,
)
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.errors import WecontactError, display_path
from wecontact_cli.i18n.message import msg, scope_name

if TYPE_CHECKING:
    from wecontact_cli.cli.output import Reporter
    from wecontact_cli.model import Project
    from wecontact_cli.scaffold.plans import InitPlan


@app.command(cls=LocalizedCommand, help=text(msg("help.init")))
def init(
    path: Optional[Path] = PATH_ARGUMENT,
    alias: str = typer.Option(plugin.DEFAULT_ALIAS, "--alias", help=text(msg("help.init_alias"))),
    version: Optional[str] = typer.Option(
        None, "--version", show_default=False,
        help=text(msg("help.init_version", default=plugin.DEFAULT_VERSION))),
    subpackage: Optional[str] = typer.Option(
        None, "--subpackage", metavar="ROOT", help=text(msg("help.init_subpackage"))),
    register_global: bool = typer.Option(False, "--global", help=text(msg("help.init_global"))),
    dry_run: bool = DRY_RUN_OPTION,
    diff: bool = DIFF_OPTION,
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Declare the contact plugin (wx104a1a20c3f81ec2) in app.json, or in a subpackage."""
    from wecontact_cli.frameworks.registry import display_name, open_project
    from wecontact_cli.scaffold import planner_of

    out = reporter(no_color, lang)
    with reporting_errors(out):
        project = open_project(path, writing=True)
        planner = planner_of(project)
        options = {"register_global": True} if register_global else {}
        if register_global and "register_global" not in inspect.signature(planner.plan_init).parameters:
            raise WecontactError(msg("init.global_unsupported", name=display_name(project.detection)))
        plan = planner.plan_init(project, alias=alias, version=version, subpackage=subpackage, **options)
        for warning in plan.warnings:
            out.warning(warning)
        if diff:
            out.diff(plan.changeset, project.root)
            return
        where = display_path(plan.where)
        what = msg("init.what", alias=plan.alias, provider=plugin.PROVIDER, version=plan.version)
        scope = scope_name(plan.scope)
        if plan.status == "unchanged" and not plan.changeset.pending:
            out.line(msg("init.unchanged", where=where, what=what, scope=scope))
            _global_line(out, plan, project, "unchanged")
            return
        added = plan.status == "added"
        if plan.status == "unchanged":
            out.line(msg("init.already", where=where, what=what, scope=scope))
        if dry_run:
            if plan.status != "unchanged":
                out.line(msg("init.would_declare", where=where, what=what, scope=scope) if added
                         else msg("init.would_update", where=where, what=what, scope=scope))
            _global_line(out, plan, project, "dry-run")
            _other_lines(out, plan, "dry-run")
            out.diff(plan.changeset, project.root)
            return
        plan.changeset.apply()
        if plan.status != "unchanged":
            out.line(msg("init.declared", where=where, what=what, scope=scope) if added
                     else msg("init.updated", where=where, what=what, scope=scope), "green")
        _global_line(out, plan, project, "done")
        _other_lines(out, plan, "done")
        if added and plan.global_tag is None:
            using = f"{{\"{plugin.DEFAULT_TAG}\": \"{plugin.component_url(plan.alias)}\"}}"
            out.line(msg("init.next", using=using))


def _other_lines(out: Reporter, plan: InitPlan, state: str) -> None:
    """What init writes besides the declaration and --global's registration (Taro's JSX typing)."""
    if plan.global_tag is not None:
        return
    for change in plan.changeset.pending:
        if change.path != plan.where:
            where = display_path(change.path)
            if state == "dry-run":
                out.line(msg("init.also_would", where=where, what=change.summary))
            else:
                out.line(msg("init.also_done", where=where, what=change.summary), "green")


def _global_line(out: Reporter, plan: InitPlan, project: Project, state: str) -> None:
    """What --global did (``state``: done, dry-run or unchanged): the cell registered for every
    page and component, or already registered."""
    if plan.global_tag is None:
        return
    change = next((c for c in plan.changeset.pending if c.path != plan.where or plan.status == "unchanged"), None)
    url = plugin.component_url(plan.alias)
    if change is None:
        out.line(msg("init.already_global", where=display_path(project.app_config or plan.where), tag=plan.global_tag))
    elif state == "dry-run":
        out.line(msg("init.would_register_global", where=display_path(change.path), tag=plan.global_tag, url=url))
    else:
        out.line(msg("init.registered_global", where=display_path(change.path), tag=plan.global_tag, url=url), "green")
