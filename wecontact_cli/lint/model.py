"""The linter's records: rules describe, rules' checks yield findings, the engine makes diagnostics.

Rules never print and never choose their own severity: the engine stamps code, name and
severity (after the project configuration) onto what a check yields, and reporters turn
the resulting list of plain ``Diagnostic`` records into any output format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from wecontact_cli.edits import TextEdit

if TYPE_CHECKING:
    from wecontact_cli.lint.messages import Message

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Fix:
    """A safe, mechanical correction: edits on the diagnostic's own file (text offsets)."""

    message: str
    edits: tuple[TextEdit, ...]
    path: Path | None = None
    """The file the edits apply to, when not the diagnostic's own file (in a Diagnostic:
    relative to the project root)."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Rule:
    """A rule's identity and documentation (what ``wecontact rule CODE`` shows)."""

    code: str
    name: str
    severity: Severity
    summary: str
    """One line: what is wrong."""
    why: str
    """Why it matters (what fails at runtime)."""
    fix: str
    """How to fix it by hand; say when ``--fix`` can do it."""
    bad: str
    good: str
    enabled_by_default: bool = True
    fixable: bool = False
    note: str = ""
    """Where the rule's facts come from when not (only) the guide, and what it leaves alone."""


@dataclass
class LintResult:
    """Everything a lint run produced, sorted."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files_checked: int = 0

    @property
    def has_errors(self) -> bool:
        """Whether any diagnostic is at error severity (exit code 1)."""
        return any(d.severity == "error" for d in self.diagnostics)

