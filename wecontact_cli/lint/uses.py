"""What a lint run keeps of the units that use the cell, for doctor (``LintOptions.collect_uses``).

Doctor lists every page and component that renders or registers the cell, and each cell with
its plugid, styleType, handlers and the problems lint found in its start tag. These records
come back from the lint's worker processes pickled (lint/workers.py). A ``CellUse`` is some
forty records (its spans, attributes and registration): a 2,000-page uni-app run's 500 cells
were 490 KB pickled, 10 ms to pickle in the worker and 14 ms to unpickle in the parent (half
of it making their paths again), most of doctor's cost over lint's. A ``ShownCell`` is one
record of strings and numbers holding what doctor reads of a cell, and no more.
"""

from __future__ import annotations

from pathlib import Path

from wecontact_cli import plugin
from wecontact_cli.model import CellUse, FileProblem
from wecontact_cli.records import record

SHOWN_VALUES = ("plugid", "styleType")
"""The properties whose values a ``ShownCell`` keeps (the last one written wins, as at runtime)."""


@record(frozen=True)
class ShownCell:
    """One element that renders the cell, as doctor shows it."""

    tag: str
    line: int
    start: int
    end: int
    """Where its start tag begins and ends in the view (offsets)."""
    plugid: str | None
    """As written ("" when empty); None: not written."""
    style_type: str | None
    startmessage: str | None
    """The handler bound to the event; None: none."""
    completemessage: str | None
    attributes: tuple[tuple[int, int, str | None], ...]
    """Each attribute's extent (from its name to the end of its value) and the property or
    event it sets (None: neither)."""


def shown(cell: CellUse) -> ShownCell:
    """What doctor shows of ``cell``."""
    values: dict[str, str | None] = {}
    handlers: dict[str, str | None] = {}
    attributes = []
    for attr in cell.attrs:  # the last one wins, as at runtime
        if attr.role == "property" and attr.prop in SHOWN_VALUES:
            values[attr.prop] = attr.value if attr.value is not None else ""
        if attr.role == "event" and attr.name in plugin.EVENT_NAMES and attr.dialect is None:  # bind: in Vue binds nothing
            handlers[attr.name] = (attr.value or "").strip() or None
        end = attr.value_span.end + 1 if attr.value_span is not None else attr.name_span.end  # its closing quote
        sets = (attr.prop or attr.name) if attr.role in ("property", "event") else None
        attributes.append((attr.name_span.start, end, sets))
    return ShownCell(cell.tag, cell.line, cell.start_tag.start, cell.start_tag.end, values.get("plugid"),
                     values.get("styleType"), handlers.get("startmessage"), handlers.get("completemessage"),
                     tuple(attributes))


@record(frozen=True)
class UnitUse:
    """A unit that renders or registers the cell, as doctor shows it (from the same run)."""

    kind: str
    relpath: str
    view: Path | None
    config: Path | None
    scope: str | None
    tags: tuple[str, ...]
    own_tags: tuple[str, ...]
    undeclared: tuple[str, ...]
    """Tags registered as plugin://<alias>/cell with an alias nothing declares."""
    cells: tuple[ShownCell, ...]
    problems: tuple[FileProblem, ...]
