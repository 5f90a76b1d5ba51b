"""Hover: the guide's documentation of the cell's attribute or value under the cursor, and
the rule's documentation of a code in a suppression comment or of a diagnostic there."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from wecontact_cli import plugin
from wecontact_cli.i18n import Lang
from wecontact_cli.lint.docs import rule_markdown
from wecontact_cli.lint.registry import rules_by_code
from wecontact_cli.model import Comment, Unit
from wecontact_cli.server.guide import attribute_markdown, event_markdown, event_named
from wecontact_cli.server.locate import InCell, code_in_comment, in_cell

SEPARATOR = "\n\n---\n\n"


def hover_markdown(unit: Unit | None, comments: Iterable[Comment], path: Path, text: str, offset: int,
                   codes: Iterable[str], lang: Lang) -> str | None:
    """What to show at ``offset`` of ``path`` (None: nothing): ``unit`` is the file's (None for
    an app-level file), ``comments`` the suppressions read in it, ``codes`` the rule codes of
    the diagnostics under the cursor."""
    parts = []
    wanted = list(dict.fromkeys(codes))
    if unit is not None:
        found = in_cell(unit.cells(), path, text, offset)
        doc = cell_markdown(found, lang) if found is not None else None
        if doc:
            parts.append(doc)
    code = code_in_comment(comments, path, text, offset)
    if code is not None and code not in wanted:
        wanted.insert(0, code)
    known = rules_by_code()
    parts += [rule_markdown(known[code], lang) for code in wanted if code in known]
    return SEPARATOR.join(part.rstrip("\n") for part in parts) + "\n" if parts else None


def cell_markdown(found: InCell, lang: Lang) -> str | None:
    """The documentation of the attribute (or its value) the cursor is on."""
    attr = found.attr
    if attr is None or found.part not in ("name", "value"):
        return None
    if attr.role == "event":
        event = event_named(attr.name)
        return event_markdown(event, attr.written, lang) if event is not None else None
    attribute = plugin.ATTRIBUTES_BY_NAME.get(attr.prop or "")
    if attr.role != "property" or attribute is None:
        return None
    value = attr.value if not attr.is_dynamic else None
    return attribute_markdown(attribute, attr.written, value, lang, explain=found.part == "value")
