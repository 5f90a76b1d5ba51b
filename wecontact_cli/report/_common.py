"""Helpers shared by the reporters: the summary, the fix marker, ANSI styles, positions."""

from __future__ import annotations

from typing import Sequence

from wecontact_cli.syntax import jsontext
from wecontact_cli.lint.model import SEVERITIES, Diagnostic, Severity
from wecontact_cli.text.safe import visible

from .context import ReportContext

RESET = "\x1b[0m"
BOLD = "1"
RED = "31"
YELLOW = "33"
BLUE = "34"
CYAN = "36"
SEVERITY_COLOR: dict[Severity, str] = {"error": RED, "warning": YELLOW, "info": BLUE}


def paint(text: str, *codes: str, on: bool) -> str:
    """``text`` wrapped in ANSI SGR codes when ``on``; unchanged otherwise."""
    if not on or not codes or not text:
        return text
    return f"\x1b[{';'.join(codes)}m{text}{RESET}"


def is_fixable(diagnostic: Diagnostic, ctx: ReportContext) -> bool:
    """Whether the diagnostic is to be shown as fixable (``[*]``)."""
    return ctx.show_fixes and diagnostic.fix is not None


def headline(diagnostic: Diagnostic, ctx: ReportContext) -> str:
    """``path:line:col: severity: message (CODE)``, then `` [*]`` when fixable.

    The gcc/clang layout that editors and CI problem matchers parse; the severity word
    stays English in every language for the same reason. Coloured when ``ctx.color``.
    """
    d, on = diagnostic, ctx.color
    where = f"{paint(visible(d.path), BOLD, on=on)}:{d.line}:{d.column}:"
    severity = paint(f"{d.severity}:", BOLD, SEVERITY_COLOR[d.severity], on=on)
    mark = f" {paint('[*]', CYAN, on=on)}" if is_fixable(d, ctx) else ""
    return f"{where} {severity} {visible(d.message)} ({paint(d.code, BOLD, on=on)}){mark}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def summary(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> list[str]:
    """The closing lines: counts by severity and how many ``--fix`` can correct."""
    on = ctx.color
    if ctx.lang == "zh":
        return _summary_zh(diagnostics, ctx)
    if not diagnostics:
        return [paint("All checks passed!", BOLD, on=on)]
    by_severity = {s: sum(d.severity == s for d in diagnostics) for s in SEVERITIES}
    counts = ", ".join([
        _plural(by_severity["error"], "error"),
        _plural(by_severity["warning"], "warning"),
        _plural(by_severity["info"], "info", "info"),
    ])
    lines = [paint(f"Found {_plural(len(diagnostics), 'problem')} ({counts}).", BOLD, on=on)]
    fixable = sum(is_fixable(d, ctx) for d in diagnostics)
    if fixable:
        lines.append(f"{paint('[*]', CYAN, on=on)} {fixable} fixable with the --fix option.")
    return lines


def _summary_zh(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> list[str]:
    on = ctx.color
    if not diagnostics:
        return [paint("全部检查通过！", BOLD, on=on)]
    by_severity = {s: sum(d.severity == s for d in diagnostics) for s in SEVERITIES}
    lines = [paint(f"发现 {len(diagnostics)} 个问题（{by_severity['error']} 个错误，"
                   f"{by_severity['warning']} 个警告，{by_severity['info']} 个提示）。", BOLD, on=on)]
    fixable = sum(is_fixable(d, ctx) for d in diagnostics)
    if fixable:
        lines.append(f"{paint('[*]', CYAN, on=on)} 其中 {fixable} 个可用 --fix 自动修复。")
    return lines


def help_text(code: str, ctx: ReportContext) -> str:
    """How to fix a rule's problems, in the report's language."""
    rule = ctx.rules.get(code)
    return rule.text("fix", ctx.lang) if rule is not None else ""


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (characters) of an offset, counted as diagnostics are."""
    return jsontext.line_col(text, max(0, min(offset, len(text))))
