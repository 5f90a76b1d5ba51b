"""Reporters: turn the sorted list of ``Diagnostic`` records into one output format.

Each format lives in its own module with a pure ``render(diagnostics, ctx) -> str``: no
printing, no file I/O, no checking. ``render`` here dispatches by name and imports the
format's module only when it is asked for, so a run pays only for the format it prints.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

from wecontact_cli.lint.model import Diagnostic, Rule

FORMATS: tuple[str, ...] = ("full", "concise", "json", "github", "sarif", "junit")


@dataclass(frozen=True)
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


def render(fmt: str, diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """The diagnostics in output format ``fmt`` (one of ``FORMATS``), order kept."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{fmt}")
    text: str = module.render(diagnostics, ctx)
    return text


def render_statistics(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """ruff ``--statistics`` style: one row per code, by count (descending) then code.

    Each row is ``COUNT  CODE  [*] name`` with the columns aligned; ``[*]`` marks a code
    with at least one fixable diagnostic (blank when ``ctx.show_fixes`` is off). No
    diagnostics give the empty string.
    """
    counts = Counter(d.code for d in diagnostics)
    if not counts:
        return ""
    names = {d.code: d.name for d in diagnostics}
    fixable = {d.code for d in diagnostics if d.fix is not None and ctx.show_fixes}
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    count_width = max(len(str(n)) for _, n in rows)
    code_width = max(len(code) for code, _ in rows)
    lines = []
    for code, n in rows:
        rule = ctx.rules.get(code)
        name = rule.name if rule else names[code]
        mark = "[*]" if code in fixable else "   "
        lines.append(f"{n:>{count_width}}  {code:<{code_width}}  {mark} {name}")
    return "\n".join(lines) + "\n"
