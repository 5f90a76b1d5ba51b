"""uni-app's planners: init and add-page on manifest.json, pages.json and the page's .vue file."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from wecontact_cli.edits import TextEdit
    from wecontact_cli.frameworks.uniapp.project import UniProject
    from wecontact_cli.scaffold.plans import AddPagePlan, AddPageRequest, InitPlan


def plan_init(project: UniProject, *, alias: str, version: str | None, subpackage: str | None,
              register_global: bool = False) -> InitPlan:
    """Declare the contact plugin in manifest.json (or a subpackage of pages.json)."""
    if project.helper is not None:
        from wecontact_cli.frameworks.uniapp.helper import plan_init as plan_helper

        return plan_helper(project, alias=alias, version=version, subpackage=subpackage,
                           register_global=register_global)
    from wecontact_cli.frameworks.uniapp.init import plan_init as plan

    return plan(project, alias=alias, version=version, subpackage=subpackage, register_global=register_global)


def plan_add_page(project: UniProject, request: AddPageRequest) -> AddPagePlan:
    """Register a page with the button in pages.json and write its .vue file, or wire an existing one."""
    if project.helper is not None:
        from wecontact_cli.frameworks.uniapp.add_page import HelperPlanner  # uni-helper: definePage, manifest.config.ts

        return HelperPlanner(project, request).run()
    from wecontact_cli.frameworks.uniapp.add_page import plan_add_page as plan

    return plan(project, request)


def declaration_fix(project: UniProject, alias: str) -> tuple[Path, TextEdit] | None:
    """WC101's fix: the edit that declares the contact plugin as ``alias`` (None: not safely)."""
    from wecontact_cli.frameworks.uniapp.init import declaration_fix as plan

    return plan(project, alias)
