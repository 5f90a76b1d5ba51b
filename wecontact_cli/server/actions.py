"""Code actions: each diagnostic's fix (what ``lint --fix`` would apply), "suppress this on
this line" in the framework's own comment syntax, and "fix all safe problems in this file".

A fix is offered only while the text it was computed on is still the text of every file
it edits; otherwise the diagnostics are about to be republished and the fix would land in
the wrong place. Edits carry the open documents' versions, so the editor refuses them too
if the text moved on in between.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Protocol, Sequence

from lsprotocol import types

from wecontact_cli.edits import TextEdit
from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.message import msg
from wecontact_cli.lint.fixes import choose_fixes
from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.lint.rules.suppressions.wc900_unused_suppression import RULE as UNUSED_SUPPRESSION
from wecontact_cli.model import Comment
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
from wecontact_cli.records import record
from wecontact_cli.server.diagnostics import Published
from wecontact_cli.server.positions import LineMap
from wecontact_cli.syntax.patterns import compile_pattern

QUICKFIX = types.CodeActionKind.QuickFix
FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.wecontact"
_CODES = compile_pattern(re.escape(SUPPRESSION_DIRECTIVE) + r"((?:[\s,]+[A-Z]{2}\d{3})+)")


class Suppressor(Protocol):
    """What reported a diagnostic (a unit, or the project for its own checks): the comments
    it reads suppressions from, and the comment that suppresses one of its lines."""

    def comments(self) -> list[Comment]: ...  # noqa: D102

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None: ...  # noqa: D102


@record(frozen=True)
class ActionContext:
    """What planning an action needs besides the published diagnostics."""

    producer: Callable[[Diagnostic], Suppressor | None]
    """What reported a diagnostic of the file, read as it is now (None: not known)."""
    current: Callable[[Path], str | None]
    """A file's text as it is now (the open document's, else the disk's)."""
    linted: Callable[[Path], str | None]
    """The text a fix into another file (app.json) was computed on."""
    version: Callable[[Path], int | None]
    encoding: str
    document_changes: bool
    """The client takes versioned document edits (else plain ``changes``)."""
    lang: Lang
    writable: bool = True
    """False for a framework's build output: its next build would overwrite every edit."""


def code_actions(published: Published, where: types.Range, only: Sequence[str] | None,
                 ctx: ActionContext) -> list[types.CodeAction]:
    """The actions for the diagnostics of ``where`` (and fix-all for the file)."""
    if not ctx.writable:
        return []
    actions: list[types.CodeAction] = []
    for diagnostic, lsp in published.at(where):
        fix = _fix_action(published, diagnostic, lsp, ctx)
        if fix is not None:
            actions.append(fix)
        suppress = _suppress_action(published, diagnostic, lsp, ctx)
        if suppress is not None:
            actions.append(suppress)
    fix_all = _fix_all(published, ctx)
    if fix_all is not None:
        actions += [fix_all]
    return [a for a in actions if not only or any(str(a.kind).startswith(str(kind)) for kind in only)]


def _fix_action(published: Published, diagnostic: Diagnostic, lsp: types.Diagnostic,
                ctx: ActionContext) -> types.CodeAction | None:
    fix = diagnostic.fix
    if fix is None:
        return None
    target = published.root / (fix.path or diagnostic.path)
    edit = _workspace_edit({target: list(fix.edits)}, published, ctx)
    if edit is None:
        return None
    return types.CodeAction(str(fix.message), kind=QUICKFIX, diagnostics=[lsp], is_preferred=True, edit=edit)


def _fix_all(published: Published, ctx: ActionContext) -> types.CodeAction | None:
    diagnostics = [d for d, _ in published.items if d.fix is not None]
    if not diagnostics:
        return None
    chosen = choose_fixes(diagnostics, published.root)
    edit = _workspace_edit(chosen.edits, published, ctx)
    if edit is None:
        return None
    return types.CodeAction(msg("server.fix_all").render(ctx.lang), kind=FIX_ALL, edit=edit,
                            diagnostics=[lsp for d, lsp in published.items if d.fix is not None])


def _suppress_action(published: Published, diagnostic: Diagnostic, lsp: types.Diagnostic,
                     ctx: ActionContext) -> types.CodeAction | None:
    """A ``wecontact-disable-next-line CODE`` above the line (added to one already there), in
    the comment syntax of whoever reported it: a unit's file, or an app-level file."""
    path = published.path
    if not diagnostic.code or diagnostic.code == UNUSED_SUPPRESSION.code:
        return None
    text = ctx.current(path)
    if text is None or text != published.text:
        return None
    unit = ctx.producer(diagnostic)
    if unit is None:
        return None
    edit = _extend_directive(unit, path, text, diagnostic.line, diagnostic.code) or unit.suppression_edit(
        path, diagnostic.line, [diagnostic.code])
    if edit is None:
        return None
    workspace = _workspace_edit({path: [edit]}, published, ctx)
    title = msg("server.suppress", code=diagnostic.code).render(ctx.lang)
    return types.CodeAction(title, kind=QUICKFIX, diagnostics=[lsp], edit=workspace) if workspace else None


def _extend_directive(unit: Suppressor, path: Path, text: str, line: int, code: str) -> TextEdit | None:
    """The edit adding ``code`` to a directive that names codes on the line above."""
    for comment in unit.comments():
        if comment.path != path or comment.end_line != line - 1:
            continue
        found = _CODES.search(text, comment.span.start, comment.span.end)
        if found is not None:
            return TextEdit(found.end(1), found.end(1), f", {code}")
    return None


def _workspace_edit(edits: dict[Path, list[TextEdit]], published: Published,
                    ctx: ActionContext) -> types.WorkspaceEdit | None:
    """The edits as the editor applies them; None when a file moved on since it was linted."""
    changes: dict[Path, list[types.TextEdit]] = {}
    for path, planned in edits.items():
        linted = published.text if path == published.path else ctx.linted(path)
        current = ctx.current(path)
        if linted is None or current != linted:
            return None
        lines = LineMap(current, ctx.encoding)
        changes[path] = [types.TextEdit(lines.range(e.start, e.end), e.text) for e in sorted(planned)]
    return _as_workspace_edit(changes, ctx)


def _as_workspace_edit(changes: dict[Path, list[types.TextEdit]], ctx: ActionContext) -> types.WorkspaceEdit:
    if not ctx.document_changes:
        return types.WorkspaceEdit(changes={path.as_uri(): edits for path, edits in changes.items()})
    return types.WorkspaceEdit(document_changes=[
        types.TextDocumentEdit(types.OptionalVersionedTextDocumentIdentifier(path.as_uri(), ctx.version(path)),
                               list(edits)) for path, edits in changes.items()])

