"""The button's options, checked by the linter's own rules before anything is planned.

add-page refuses exactly what ``wecontact lint`` would report on the cell it writes, with
the same message and code, whatever the framework: the options are the plugin's attributes,
judged by the generic cell rules on a cell built from them.
"""

from __future__ import annotations

import re
from pathlib import Path

from wecontact_cli import plugin
from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import msg
from wecontact_cli.model import AttrUse, CellUse, Project, Registration, Span, Unit

REFUSED_SEVERITIES = ("error", "warning")
NOT_REFUSED = frozenset({"WC211"})
"""'Cannot check a bound value' is no reason to refuse --plugid-expr."""


def option_name(attribute: str) -> str:
    """The command-line option of an attribute: styleType -> --style-type."""
    return "--" + re.sub(r"(?<!^)([A-Z])", r"-\1", attribute).lower()


def option_cell(attrs: list[tuple[str, str]]) -> CellUse:
    """The cell the options describe, as the model records it (each value written as text)."""
    path = Path("<options>")
    records, offset = [], 0
    for name, value in attrs:
        name_span = Span(path, offset, offset + len(name))
        value_span = Span(path, name_span.end + 2, name_span.end + 2 + len(value))
        records.append(AttrUse(name, name_span, "property", name, name_span, plugin.property_of(name) or name,
                               value, "expression" if "{{" in value else "text", value_span))
        offset = value_span.end + 2
    tag = Span(path, 0, 0)
    registration = Registration(plugin.DEFAULT_TAG, plugin.component_url(plugin.DEFAULT_ALIAS), "page", None, tag, tag)
    return CellUse(plugin.DEFAULT_TAG, tag, Span(path, 0, offset), registration, tuple(records), 1)


def refuse_like_lint(attrs: list[tuple[str, str]], root: Path) -> None:
    """Refuse an option lint would report (error or warning), with lint's message and code."""
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.lint.config import load_config
    from wecontact_cli.lint.context import LintContext
    from wecontact_cli.lint.registry import rule_modules, rules_by_code

    cell = option_cell(attrs)
    unit = Unit("page", "<options>", ())
    rules = rules_by_code()
    ctx = LintContext(Project(Detection("native", root, root), None), load_config(root, rules))
    for module in rule_modules():
        if module.check_cell is None:
            continue
        for finding in module.check_cell(cell, unit, ctx):
            if rules[finding.code].severity not in REFUSED_SEVERITIES or finding.code in NOT_REFUSED:
                continue
            attr = next((a for a in cell.attrs if a.name_span.start <= finding.start < a.value_span.end + 1),
                        cell.attrs[0])  # type: ignore[operator]
            raise WecontactError(msg("add_page.refused", option=option_name(attr.name), reason=finding.message,
                                     code=finding.code), hint=msg("add_page.refused_hint", code=finding.code))
