"""What the Taro rules share: which syntax a cell is written in, and renaming one of its props."""

from __future__ import annotations

from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.model import Fix
from wecontact_cli.model import AttrUse, CellUse


def is_vue(cell: CellUse) -> bool:
    """Whether the cell is written in a Vue template (else JSX)."""
    return cell.fact("syntax") == "vue"


def event_prop(event: str, vue: bool) -> str:
    """How Taro wants an event bound: ``onCompletemessage`` in JSX, ``@completemessage`` in Vue."""
    return f"@{event}" if vue else "on" + event[:1].upper() + event[1:]


def template_binding(event: str) -> str:
    """The attribute Taro's page template binds for an event name: bind:a-b, or bindab."""
    return f"bind:{event}" if "-" in event else f"bind{event}"


def rename(attr: AttrUse, name: str) -> Fix:
    """A fix that writes ``name`` in place of the attribute's whole name."""
    return Fix(msg("fix.rename", name=name), (TextEdit(attr.name_span.start, attr.name_span.end, name),))
