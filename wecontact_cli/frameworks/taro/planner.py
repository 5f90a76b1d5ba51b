"""The Taro framework's planners: init and add-page on the app config, page configs and views."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from wecontact_cli.edits import TextEdit
    from wecontact_cli.frameworks.taro.project import TaroProject
    from wecontact_cli.scaffold.plans import AddPagePlan, AddPageRequest, InitPlan


def plan_init(project: TaroProject, *, alias: str, version: str | None, subpackage: str | None) -> InitPlan:
    """Declare the contact plugin in the app config (or a subpackage), and its JSX type."""
    from wecontact_cli.frameworks.taro.init import plan_init as plan

    return plan(project, alias=alias, version=version, subpackage=subpackage)


def plan_add_page(project: TaroProject, request: AddPageRequest) -> AddPagePlan:
    """Wire the button into a page, or create the page."""
    from wecontact_cli.frameworks.taro.add_page import plan_add_page as plan

    return plan(project, request)


def declaration_fix(project: TaroProject, alias: str) -> tuple[Path, TextEdit] | None:
    """WC101's fix: the edit that declares the contact plugin as ``alias`` (None: not safely)."""
    from wecontact_cli.frameworks.taro.init import declaration_fix as plan

    return plan(project, alias)
