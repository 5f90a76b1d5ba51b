"""The linter's records: rules describe, rules' checks yield findings, the engine makes diagnostics.

Rules never print and never choose their own severity: the engine stamps code, name and
severity (after the project configuration) onto what a check yields, and reporters turn
the resulting list of plain ``Diagnostic`` records into any output format.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.edits import TextEdit
from wecontact_cli.lint.rule import SEVERITIES, Rule, Severity
from wecontact_cli.records import field, record

if TYPE_CHECKING:
    from wecontact_cli.i18n.message import Message
    from wecontact_cli.model import FileProblem, Span

__all__ = ["SEVERITIES", "Diagnostic", "Finding", "Fix", "LintResult", "Rule", "Severity"]


@record(frozen=True)
class Fix:
    """A safe, mechanical correction: edits on the diagnostic's own file (text offsets)."""

    message: str | Message
    """What the fix does (a ``Message`` until the engine renders it in the run's language)."""
    edits: tuple[TextEdit, ...]
    path: Path | None = None
    """The file the edits apply to, when not the diagnostic's own file (in a Diagnostic:
    relative to the project root)."""


@record(frozen=True)
class Finding:
    """What a check yields: a code, a message and a span ``[start, end)`` in a file's text."""

    code: str
    message: str | Message
    """A ``Message`` (rendered by the engine in the run's language) or plain English text."""
    path: Path
    start: int
    end: int
    fix: Fix | None = None
    line: int | None = None
    column: int | None = None
    """An explicit position, for a file whose text could not be decoded (no offsets)."""

    @classmethod
    def at(cls, code: str, message: str | Message, span: Span, fix: Fix | None = None) -> Finding:
        """A finding at a span of the model."""
        return cls(code, message, span.path, span.start, span.end, fix)

    @classmethod
    def of_problem(cls, code: str, message: str | Message, problem: FileProblem) -> Finding:
        """A finding where a file problem is (its explicit line and column, if it has them)."""
        span = problem.span
        return cls(code, message, span.path, span.start, span.end, None, problem.line, problem.column)


@record(frozen=True)
class Diagnostic:
    """One reported problem, ready for any reporter. Lines and columns are 1-based;
    ``end_column`` is exclusive. ``path`` is relative to the project root, POSIX style."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        """Deterministic order: file, position, code."""
        return (self.path, self.line, self.column, self.code)


@record
class LintResult:
    """Everything a lint run produced, sorted."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files_checked: int = 0

    @property
    def has_errors(self) -> bool:
        """Whether any diagnostic is at error severity (exit code 1)."""
        return any(d.severity == "error" for d in self.diagnostics)

