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
    from wecontact_cli.model import Project


def planner_of(project: Project) -> ModuleType:
    """The module that plans init and add-page for the project's framework."""
    from wecontact_cli.frameworks.registry import get

    framework = get(project.framework)
    if framework is None or framework.planner is None:
        raise WecontactError(msg("framework.cannot_write", name=project.framework))
    return importlib.import_module(framework.planner)
