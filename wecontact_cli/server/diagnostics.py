"""The linter's diagnostics as LSP diagnostics, and what was published for each file.

A ``Published`` record keeps, for one file, the lint diagnostics beside the LSP ones, the
text their positions refer to and the document version it was: code actions find their
fixes there, and a fix computed on an older text is sent with that older version, which
the editor refuses rather than apply at the wrong place.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.records import record
from wecontact_cli.server.linting import FileDiagnostics
from wecontact_cli.server.positions import LineMap
from wecontact_cli.text.positions import LineIndex

SOURCE = "wecontact"
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


@record(frozen=True)
class Published:
    """What the editor was told about one file."""

    path: Path
    root: Path
    """The project's root: the diagnostics' paths (and their fixes') are relative to it."""
    version: int | None
    text: str | None
    items: tuple[tuple[Diagnostic, types.Diagnostic], ...]

    def at(self, where: types.Range) -> list[tuple[Diagnostic, types.Diagnostic]]:
        """The diagnostics whose range touches ``where``."""
        return [item for item in self.items if _touches(item[1].range, where)]


def _touches(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def publish(report: FileDiagnostics, root: Path, version: int | None, encoding: str,
            editor_text: str | None = None) -> Published:
    """The LSP form of a file's diagnostics, positioned in the client's encoding; a file the
    linter could not decode (binary, not UTF-8) is positioned in ``editor_text``, the text
    the editor holds, when it is open."""
    text = report.text if report.text is not None else editor_text
    lines = LineMap(text, encoding) if text is not None else None
    index = LineIndex(text) if text is not None else None
    items = tuple((d, lsp_diagnostic(d, lines, index)) for d in report.diagnostics)
    return Published(report.path, root, version, text, items)


def lsp_diagnostic(diagnostic: Diagnostic, lines: LineMap | None, index: LineIndex | None) -> types.Diagnostic:
    """One diagnostic, its range converted from the linter's lines and columns."""
    if lines is not None and index is not None:
        start = index.offset(diagnostic.line, diagnostic.column)
        where = lines.range(start, _end_offset(diagnostic, index, len(lines.text)))
    else:  # a file that could not be decoded: the error's own line and column
        where = types.Range(types.Position(max(diagnostic.line - 1, 0), max(diagnostic.column - 1, 0)),
                            types.Position(max(diagnostic.end_line - 1, 0), max(diagnostic.end_column - 1, 0)))
    return types.Diagnostic(where, diagnostic.message, severity=SEVERITIES[diagnostic.severity],
                            code=diagnostic.code or None, source=SOURCE)


def _end_offset(diagnostic: Diagnostic, index: LineIndex, length: int) -> int:
    """Where a diagnostic ends: one past its last character, which may be its line's "\\n" (a
    parse error at the end of a line covers the line break: the range then ends on the next
    line, as ``lint -f json``'s exclusive end column says, rather than collapsing to nothing)."""
    if diagnostic.end_column <= 1:
        return index.offset(diagnostic.end_line, diagnostic.end_column)
    return min(index.offset(diagnostic.end_line, diagnostic.end_column - 1) + 1, length)
