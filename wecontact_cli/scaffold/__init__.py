"""init and add-page: plan a Changeset through the project's framework; nothing is written here.

The commands ask the framework's planner (frameworks/<name>/planner.py) for a plan; what a
plan is (``plans``), how the button's options are checked (``options``) and how templates
render (``templating``) are shared by every framework.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import msg

if TYPE_CHECKING:
    from pathlib import Path

    from wecontact_cli.edits import TextEdit
    from wecontact_cli.model import Project


def planner_of(project: Project) -> ModuleType:
    """The module that plans init and add-page for the project's framework."""
    from wecontact_cli.frameworks.registry import get

    framework = get(project.framework)
    if framework is None or framework.planner is None:
        raise WecontactError(msg("framework.cannot_write", name=project.framework))
    return importlib.import_module(framework.planner)


def declaration_fix(project: Project, alias: str) -> tuple[Path, TextEdit] | None:
    """The edit that declares the contact plugin as ``alias`` where the project's framework
    declares plugins (None when it cannot be done safely, or the framework cannot write)."""
    try:
        planner = planner_of(project)
    except WecontactError:
        return None
    fix = getattr(planner, "declaration_fix", None)
    return fix(project, alias) if fix is not None else None
