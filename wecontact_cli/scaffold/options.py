"""The button's options, checked by the linter's own rules before anything is planned.

add-page refuses exactly what ``wecontact lint`` would report on the cell it writes, with
the same message and code, whatever the framework: the options are the plugin's attributes,
judged by the generic cell rules on a cell built from them.
"""

from __future__ import annotations

import re
from pathlib import Path

from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import msg

REFUSED_SEVERITIES = ("error", "warning")
NOT_REFUSED = frozenset({"WC211"})
"""'Cannot check a bound value' is no reason to refuse --plugid-expr."""


def option_name(attribute: str) -> str:
    """The command-line option of an attribute: styleType -> --style-type."""
    return "--" + re.sub(r"(?<!^)([A-Z])", r"-\1", attribute).lower()


def refuse_like_lint(attrs: list[tuple[str, str]], root: Path) -> None:
    """Refuse an option lint would report (error or warning), with lint's message and code."""
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.frameworks.native.attributes import cell_use
    from wecontact_cli.lint.config import load_config
    from wecontact_cli.lint.context import LintContext
    from wecontact_cli.lint.registry import rule_modules, rules, rules_by_code
    from wecontact_cli.model import Project, Registration, Span, Unit
    from wecontact_cli.syntax.wxml import parse_wxml

    text = "<cell " + " ".join(f'{n}="{v}"' for n, v in attrs) + " />"
    path = Path("cell.wxml")
    element = next(parse_wxml(text).iter_elements())
    span = Span(path, 0, 0)
    cell = cell_use(element, Registration("cell", "plugin://contactPlugin/cell", "page", None, span, span), path)
    project = Project(Detection("native", root, root), None)
    unit = Unit("page", "cell", (path,), texts={path: text})
    ctx = LintContext(project, load_config(root, rules()))
    severity = rules_by_code()
    for module in rule_modules():
        if module.check_cell is None:
            continue
        for finding in module.check_cell(cell, unit, ctx):
            if severity[finding.code].severity not in REFUSED_SEVERITIES or finding.code in NOT_REFUSED:
                continue
            name = next((a.name for a in element.attributes
                         if a.start.offset <= finding.start < a.end.offset), element.attributes[0].name)
            raise WecontactError(msg("add_page.refused", option=option_name(name), reason=finding.message,
                                     code=finding.code), hint=msg("add_page.refused_hint", code=finding.code))
