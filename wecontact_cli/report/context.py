"""What a reporter may know besides the diagnostics: the records every format module shares.

They live apart from the package's ``__init__`` so that format modules never import the
package that imports them (no import cycle)."""

from __future__ import annotations

from typing import Mapping

from wecontact_cli.lint.model import Rule
from wecontact_cli.records import record


@record(frozen=True)
class ReportContext:
    """What a reporter may know besides the diagnostics themselves."""

    rules: Mapping[str, Rule]
    """Rule code -> Rule: names, documentation and help text."""
    sources: Mapping[str, str]
    """``Diagnostic.path`` -> the file's text (without BOM): code frames and fix positions."""
    tool_version: str
    files_checked: int
    color: bool = False
    """ANSI colours (``full`` and ``concise`` only)."""
    show_fixes: bool = True
    """Mark fixable diagnostics with ``[*]`` and count them in the summary."""
    lang: str = "en"
    """Language of the summary and help lines (``full``/``concise``): "en" or "zh"."""


@record(frozen=True)
class StatisticsRow:
    """How often one rule is reported, and whether ``--fix`` corrects any of them."""

    code: str
    name: str
    count: int
    fixable: bool
