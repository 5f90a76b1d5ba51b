"""The ``concise`` format: one ``path:line:col: severity: message (CODE) [*]`` line per diagnostic,
then the same summary as ``full``."""

from __future__ import annotations

from typing import Sequence

from wecontact_cli.lint.model import Diagnostic

from .context import ReportContext
from ._common import headline, summary


def render(diagnostics: Sequence[Diagnostic], ctx: ReportContext) -> str:
    """One line per diagnostic, then the summary lines."""
    lines = [headline(d, ctx) for d in diagnostics] + summary(diagnostics, ctx)
    return "\n".join(lines) + "\n"
