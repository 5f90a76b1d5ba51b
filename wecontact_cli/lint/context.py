"""What a rule's checks receive besides the model: the configuration and the run's facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wecontact_cli.records import record
from wecontact_cli.text.positions import line_col

if TYPE_CHECKING:
    from wecontact_cli.lint.config import LintConfig
    from wecontact_cli.model import Project, Span, Unit


@record
class LintContext:
    """One project's run: its model, its configuration, and what the units told."""

    project: Project
    config: LintConfig
    used_aliases: set[str] | None = None
    """The plugin aliases any usingComponents entry uses (after the units; None: unknown,
    some config could not be read)."""

    def line(self, span: Span, unit: Unit | None = None) -> int:
        """The 1-based line a span starts on (0 when the file's text is not known)."""
        text = (unit.texts.get(span.path) if unit is not None else None) or self.project.texts.get(span.path)
        return line_col(text, span.start)[0] if text is not None and span.start >= 0 else 0
