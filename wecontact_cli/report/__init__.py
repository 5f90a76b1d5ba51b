"""Reporters: turn the sorted list of ``Diagnostic`` records into one output format.

Each format lives in its own module with a pure ``render(diagnostics, ctx) -> str``: no
printing, no file I/O, no checking. ``render`` here dispatches by name and imports the
format's module only when it is asked for, so a run pays only for the format it prints.
"""

from __future__ import annotations

import importlib
from collections import Counter
from typing import Sequence

from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.report.context import ReportContext, StatisticsRow

__all__ = ["FORMATS", "ReportContext", "StatisticsRow", "render", "render_statistics", "statistics"]

FORMATS: tuple[str, ...] = ("full", "concise", "json", "github", "sarif", "junit")


def render(fmt: str, diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """The diagnostics in output format ``fmt`` (one of ``FORMATS``), order kept."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{fmt}")
    text: str = module.render(diagnostics, ctx)
    return text


def render_statistics(diagnostics: Sequence[Diagnostic], ctx: ReportContext, *, as_json: bool = False) -> str:
    """ruff ``--statistics`` style: one row per code, by count (descending) then code.

    As text, each row is ``COUNT  CODE  [*] name`` with the columns aligned; ``[*]`` marks a
    code with at least one fixable diagnostic (blank when ``ctx.show_fixes`` is off), and no
    diagnostics give the empty string. ``as_json``: the same rows as a JSON array (UTF-8,
    2-space indent, final newline; ``[]`` when clean)::

        [{"code": "WC203", "name": "unknown-attribute", "count": 2, "fixable": true}]
    """
    rows = statistics(diagnostics, ctx)
    if as_json:
        from .json import render_statistics as statistics_json

        return statistics_json(rows)
    if not rows:
        return ""
    count_width = max(len(str(row.count)) for row in rows)
    code_width = max(len(row.code) for row in rows)
    lines = [f"{row.count:>{count_width}}  {row.code:<{code_width}}  {'[*]' if row.fixable else '   '} {row.name}"
             for row in rows]
    return "\n".join(lines) + "\n"


def statistics(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> list[StatisticsRow]:
    """One row per code, by count (descending) then code."""
    counts = Counter(d.code for d in diagnostics)
    names = {d.code: d.name for d in diagnostics}
    fixable = {d.code for d in diagnostics if d.fix is not None and ctx.show_fixes}
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [StatisticsRow(code, ctx.rules[code].name if code in ctx.rules else names[code], n, code in fixable)
            for code, n in rows]
