"""--fix and --diff for lint: the diagnostics' fixes become one Changeset per pass."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from wecontact_cli.edits import Changeset, TextEdit
from wecontact_cli.errors import WecontactError, display_path
from wecontact_cli.frameworks.registry import build_output_refusal
from wecontact_cli.lint.engine import LintOptions, LintRun, run_lint
from wecontact_cli.errors import Location
from wecontact_cli.i18n.message import join_and, msg
from wecontact_cli.records import record
from wecontact_cli.text.source import SourceFile, read_source

if TYPE_CHECKING:
    from wecontact_cli.lint.model import Diagnostic

MAX_PASSES = 10
"""A fix can reveal another (e.g. a renamed attribute then has an invalid value)."""


def plan_fixes(run: LintRun) -> tuple[Changeset, int]:
    """The changes that apply every non-conflicting fix, and how many diagnostics they fix.

    Build output is refused: the next build would overwrite the fixes.
    """
    if run.project.detection.output_of is not None:
        raise WecontactError(build_output_refusal(run.project.detection))
    chosen = choose_fixes(run.result.diagnostics, run.root)
    changeset = Changeset(run.root)
    for path, edits in chosen.edits.items():
        if edits:
            changeset.add(_linted_source(run, path).change(sorted(edits), "lint fixes"))
    declarations = chosen.declarations
    changeset.order(declarations, [p for p in chosen.edits if p not in declarations])  # declaration first
    return changeset, chosen.fixed


@record
class ChosenFixes:
    """The edits of one pass of fixes, by file; which files declare; how many diagnostics they fix."""

    edits: dict[Path, list[TextEdit]]
    declarations: set[Path]
    fixed: int


def choose_fixes(diagnostics: Iterable[Diagnostic], root: Path) -> ChosenFixes:
    """Every fix that does not overlap one chosen before it (the next pass gets the others):
    what ``lint --fix`` applies in one pass, and an editor's "fix all"."""
    chosen: dict[Path, list[TextEdit]] = {}
    declarations: set[Path] = set()
    fixed = 0
    for diagnostic in diagnostics:
        fix = diagnostic.fix
        if fix is None:
            continue
        target = root / (fix.path or diagnostic.path)
        if fix.path is not None:
            declarations.add(target)  # another file's fix: it declares what this file uses
        edits = chosen.setdefault(target, [])
        if all(edit in edits for edit in fix.edits):
            fixed += 1  # the same fix, wanted by two diagnostics (e.g. one declaration)
            continue
        if any(_overlaps(new, old) for new in fix.edits for old in edits):
            continue  # the next pass gets it, on the updated text
        edits.extend(fix.edits)
        fixed += 1
    return ChosenFixes(chosen, declarations, fixed)


def _linted_source(run: LintRun, path: Path) -> SourceFile:
    """The file as lint read it: the fixes' offsets are valid for that text only."""
    source = read_source(path, run.root)
    linted = run.sources.get(path.relative_to(run.root).as_posix())
    if linted is not None and linted != source.text:
        raise WecontactError(msg("edits.changed_on_disk"), Location(path))
    return source


def _overlaps(a: TextEdit, b: TextEdit) -> bool:
    if a.start == a.end == b.start == b.end:
        return True  # two insertions at one point: order would be a guess
    return a.start < b.end and b.start < a.end


@record
class FixOutcome:
    """The final lint run after fixing, and how many problems were fixed."""

    run: LintRun
    fixed: int


def fix_until_stable(options: LintOptions) -> FixOutcome:
    """Apply fixes and re-lint until nothing more can be fixed (at most MAX_PASSES).

    Each pass is atomic on its own. When a pass fails after earlier ones were written,
    the error names those files: they keep their fixes, and "no file was modified" (true
    of the failing pass) must not read as true of the whole run.
    """
    run = run_lint(options)
    fixed = 0
    written: list[Path] = []
    for number in range(1, MAX_PASSES + 1):
        try:
            changeset, count = plan_fixes(run)
            if not changeset.pending:
                break
            _apply(changeset, written)
            run = run_lint(options)
        except WecontactError as exc:
            raise _after_earlier_passes(exc, number, written) from None
        fixed += count
    return FixOutcome(run, fixed)


def _apply(changeset: Changeset, written: list[Path]) -> None:
    """Apply one pass and remember the files it wrote (each file once, in order)."""
    paths = [change.path for change in changeset.pending]
    changeset.apply()
    written.extend(path for path in paths if path not in written)


def _after_earlier_passes(exc: WecontactError, number: int, written: list[Path]) -> WecontactError:
    """The error of a failing pass, completed with the files earlier passes already wrote."""
    if not written:
        return exc  # nothing was written yet: the error's own words are the whole truth
    files = join_and([display_path(path) for path in written])
    return WecontactError(msg("fixes.later_pass_failed", error=exc.raw_message, number=number, files=files),
                          exc.location, exc.raw_hint)
