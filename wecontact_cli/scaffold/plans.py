"""What init and add-page plan, whatever the framework: the changes and what to tell the user."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset
from wecontact_cli.i18n.message import Message
from wecontact_cli.records import field, record


@record
class InitPlan:
    """What ``init`` will do: the changes, and what to tell the user."""

    changeset: Changeset
    status: Literal["added", "updated", "unchanged"]
    alias: str
    version: str
    scope: str | None
    where: Path
    """The file that declares (or would declare) the plugin."""
    warnings: list[str | Message] = field(default_factory=list)
    global_tag: str | None = None
    """With --global: the tag the cell is registered under for every page and component."""


@record(frozen=True)
class AddPageRequest:
    """What the user asked for; ``attributes`` maps a property (styleType) to its value."""

    page: str
    plugid: str | None = None
    plugid_expr: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    tag: str = plugin.DEFAULT_TAG
    templates: Path | None = None


@record
class AddPagePlan:
    """The changes, and what to tell the user."""

    changeset: Changeset
    route: str
    created: bool
    notes: list[str | Message] = field(default_factory=list)
    warnings: list[str | Message] = field(default_factory=list)
    manual: str | None = None
    """Code to add by hand (handlers, the WeCom check) where the page's script could not be edited safely."""
