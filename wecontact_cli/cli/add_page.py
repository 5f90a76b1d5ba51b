"""``wecontact add-page``: wire the button into a page, or create the page.

The button's options (``--style-type`` ...) are generated from plugin.py's attributes, so a
new attribute in the contract is a new option with nothing written twice.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from wecontact_cli import plugin
from wecontact_cli.cli.common import (
    DIFF_OPTION, DRY_RUN_OPTION, LANG_OPTION, NO_COLOR_OPTION, app, reporter, reporting_errors,
)
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.errors import display_path
from wecontact_cli.i18n.message import Message, msg

if TYPE_CHECKING:
    from wecontact_cli.cli.output import Reporter
    from wecontact_cli.model import Project
    from wecontact_cli.scaffold.plans import AddPagePlan

BUTTON_PANEL = text(msg("help.button_panel"))
_HINTS: dict[str, Message] = {  # where a short phrase says it better than the list of values
    "styleType": msg("help.values_style_type"),
    "paddingStyle": msg("help.values_number"),
    "bubbleColor": msg("help.values_bubble_color"),
}


def parameter_name(attribute: str) -> str:
    """The Python parameter of an attribute's option: styleType -> style_type."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", attribute).lower()


def _values(attribute: plugin.Attribute) -> str | Message:
    if attribute.name in _HINTS:
        return _HINTS[attribute.name]
    if attribute.kind == "number":
        return ", ".join(f"{o.value} {o.label}" for o in attribute.options)
    return " | ".join(attribute.allowed)


def button_parameters() -> list[inspect.Parameter]:
    """One ``--<attribute>`` option per attribute of the guide's section 二."""
    return [inspect.Parameter(
        parameter_name(a.name), inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str],
        default=typer.Option(None, "--" + parameter_name(a.name).replace("_", "-"), show_default=False,
                             help=text(msg("help.ui_option", attribute=a.name, values=_values(a))),
                             rich_help_panel=BUTTON_PANEL))
        for a in plugin.UI_ATTRIBUTES]


def add_page(
    page: str = typer.Argument(..., help=text(msg("help.add_page_page"))),
    plugid: Optional[str] = typer.Option(None, "--plugid", metavar="ID", help=text(msg("help.add_page_plugid"))),
    plugid_expr: Optional[str] = typer.Option(None, "--plugid-expr", metavar="NAME",
                                              help=text(msg("help.add_page_plugid_expr"))),
    tag: str = typer.Option(plugin.DEFAULT_TAG, "--tag", help=text(msg("help.add_page_tag"))),
    project_path: Optional[Path] = typer.Option(None, "--project", "-C", metavar="PATH",
                                                help=text(msg("help.add_page_project"))),
    templates: Optional[Path] = typer.Option(None, "--templates", metavar="DIR",
                                             help=text(msg("help.add_page_templates"))),
    dry_run: bool = DRY_RUN_OPTION,
    diff: bool = DIFF_OPTION,
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
    **button: Optional[str],
) -> None:
    """Wire the contact button into a page (usingComponents, <cell>, handlers), or create the page."""
    from wecontact_cli.frameworks.registry import open_project
    from wecontact_cli.scaffold import planner_of
    from wecontact_cli.scaffold.plans import AddPageRequest

    out = reporter(no_color, lang)
    attributes = {a.name: button[parameter_name(a.name)] for a in plugin.UI_ATTRIBUTES
                  if button.get(parameter_name(a.name)) is not None}
    with reporting_errors(out):
        project = open_project(project_path, writing=True)
        request = AddPageRequest(page, plugid, plugid_expr, attributes, tag, templates)  # type: ignore[arg-type]
        plan = planner_of(project).plan_add_page(project, request)
        for warning in plan.warnings:
            out.warning(warning)
        if diff:
            out.diff(plan.changeset, project.root)
        else:
            _report(out, project, plan, dry_run)
        if plan.manual:
            sys.stderr.write(plan.manual + "\n")


def _report(out: Reporter, project: Project, plan: AddPagePlan, dry_run: bool) -> None:
    pending = plan.changeset.pending
    if not pending:
        out.line(msg("add_page.unchanged", route=plan.route))
        return
    if dry_run:
        out.line(msg("add_page.would_change", route=plan.route, count=len(pending)))
        out.diff(plan.changeset, project.root)
        return
    plan.changeset.apply()
    out.line(msg("add_page.created", route=plan.route) if plan.created else msg("add_page.wired", route=plan.route),
             "green")
    for change in pending:
        out.line(msg("add_page.change", path=display_path(change.path), summary=change.summary))
    if plan.created and not plan.manual:
        out.line(msg("add_page.hides"))


def _with_button_options(function: Any) -> Any:
    """``function`` with the generated button options in its signature (typer reads it)."""
    signature = inspect.signature(function)
    fixed = [p for p in signature.parameters.values() if p.kind != inspect.Parameter.VAR_KEYWORD]
    function.__signature__ = signature.replace(parameters=[*fixed, *button_parameters()])
    return function


app.command("add-page", cls=LocalizedCommand, help=text(msg("help.add_page")))(_with_button_options(add_page))
