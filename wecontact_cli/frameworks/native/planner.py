"""The native framework's planners: init and add-page on app.json and the page's own files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wecontact_cli.errors import Location, WecontactError

if TYPE_CHECKING:
    from pathlib import Path

    from wecontact_cli.edits import TextEdit
    from wecontact_cli.frameworks.native.app import AppJson
    from wecontact_cli.frameworks.native.project import NativeProject
    from wecontact_cli.scaffold.plans import AddPagePlan, AddPageRequest, InitPlan


def app_json(project: NativeProject) -> AppJson:
    """app.json's parse tree, or the error that makes it unusable (nothing can be planned)."""
    if project.app is None:
        problem = next(p for p in project.problems if p.role == "config" and p.kind != "duplicate-key")
        location = (Location(problem.span.path, problem.line, problem.column) if problem.line is not None
                    else Location(problem.span.path))
        raise WecontactError(problem.message, location)  # type: ignore[arg-type]
    return project.app


def plan_init(project: NativeProject, *, alias: str, version: str | None, subpackage: str | None) -> InitPlan:
    """Declare the contact plugin in app.json (or a subpackage entry)."""
    from wecontact_cli.frameworks.native.init import plan_init as plan

    return plan(app_json(project), alias=alias, version=version, subpackage=subpackage)


def plan_add_page(project: NativeProject, request: AddPageRequest) -> AddPagePlan:
    """Wire the button into a page, or create the page."""
    from wecontact_cli.frameworks.native.add_page import plan_add_page as plan

    return plan(app_json(project), request)


def declaration_fix(project: NativeProject, alias: str) -> tuple[Path, TextEdit] | None:
    """WC101's fix: the edit that declares the contact plugin as ``alias`` (None: not safely)."""
    from wecontact_cli.frameworks.native.init import declaration_fix as plan

    return plan(project, alias)
