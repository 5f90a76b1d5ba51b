"""What the value rules (WC204-WC206) share: a verdict on one value, and how a corrected
value is written back in the syntax the attribute uses."""

from __future__ import annotations

from typing import Callable, Iterator

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n.message import Message
from wecontact_cli.lint.model import Finding, Fix
from wecontact_cli.model import AttrUse, CellUse, Unit
from wecontact_cli.records import record


@record(frozen=True)
class Verdict:
    """A rule's judgement of one value: its message, and the value that corrects it (if any)."""

    message: Message
    corrected: str | None = None
    fix_title: Message | None = None


def judged(attr: AttrUse) -> str | None:
    """The value to judge: a static value the rules can read (None for a dynamic one, a
    missing one, or a boolean, whose effect on a number is not documented)."""
    if attr.value is None or attr.is_dynamic or attr.value_type in ("none", "boolean"):
        return None
    return attr.value


def value_fix(attr: AttrUse, value: str, title: Message, cell: CellUse | None = None,
              unit: Unit | None = None) -> Fix | None:
    """Write ``value`` in place of the attribute's value, in its own syntax. A number for a
    number property given a string is written as the framework writes a number (``{{2}}``,
    ``:x="2"``, ``x={2}``) when the cell's unit is known, so the fix leaves no WC212."""
    span = attr.value_span
    if span is None:
        return None
    spec = plugin.ATTRIBUTES_BY_NAME.get(attr.prop or "")
    if (unit is not None and cell is not None and spec is not None and spec.kind == "number"
            and attr.value_type == "string" and plugin.number_text(value) == value):
        planned = unit.number_edits(cell, attr, value)
        return Fix(title, planned[0]) if planned is not None else None
    text = f"{span.quote}{value}{span.quote}" if attr.value_type == "string" else value
    return Fix(title, (TextEdit(span.start, span.end, text),))


def value_findings(code: str, verdict: Callable[[str, AttrUse], Verdict | None], cell: CellUse,
                   unit: Unit) -> Iterator[Finding]:
    """A value rule's findings on a cell: its verdict on every property value, with the fix."""
    for attr in cell.attrs:
        if attr.role != "property" or attr.prop is None or attr.dialect is not None or attr.value_span is None:
            continue
        found = verdict(attr.prop, attr)
        if found is None:
            continue
        fix = (value_fix(attr, found.corrected, found.fix_title, cell, unit)
               if found.corrected is not None and found.fix_title is not None else None)
        yield Finding.at(code, found.message, attr.value_span, fix)
