"""One project's diagnostics in the editor, kept per unit so that an edit re-lints only
what it can affect.

The first pass lints every unit, as ``wecontact lint`` does, and remembers each unit's
diagnostics and the files it read. Then:

- an edit to a unit's file (a page's .json, .wxml, script) re-lints that unit, and the
  project-level checks when the plugin aliases it uses changed (WC110);
- an edit to an app-level file (app.json, pages.json, the project's configuration,
  ``wecontact.config.json``) re-loads the project and re-lints everything: a declaration
  removed from app.json underlines every page that uses the cell;
- a file created or deleted re-lists the units and lints the new ones.

A whole pass builds its results apart and replaces the old ones when it is done, so
hover, completion and code actions keep working meanwhile. Everything is read through the
open documents' overlay, set by the caller. A project that cannot be opened any more
(deleted, no longer a project) reports nothing; one whose configuration cannot be read
reports that error on the file, as ``lint`` would say it.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Callable, Literal

from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.message import render
from wecontact_cli.lint.config import CONFIG_FILE
from wecontact_cli.lint.engine import LintOptions, LintSession, Partial, open_session
from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.lint.workers import in_workers
from wecontact_cli.model import Project, Unit
from wecontact_cli.records import field, record
from wecontact_cli.text.source import read_source

PROJECT = b"<project>"
"""The key of the project-level checks' diagnostics (units are keyed by their pickled ref)."""
ROOT_CONFIGS = frozenset({CONFIG_FILE, "project.config.json", "project.private.config.json", "package.json"})
"""Files at a project's root that decide what the project is or how it is linted."""

Role = Literal["unit", "project", "other"]
Found = tuple[tuple[Diagnostic, ...], "str | None"]
"""Some diagnostics of one file, and the text their positions refer to."""


@record(frozen=True)
class FileDiagnostics:
    """What one file shows: its diagnostics and the text their positions refer to."""

    path: Path
    diagnostics: tuple[Diagnostic, ...]
    text: str | None
    """None for a file whose text could not be read (its diagnostics carry explicit lines)."""


@record
class _UnitState:
    """A unit's last result: what it read and what it reported."""

    ref: object
    inputs: frozenset[str]
    """The files it read (as strings: thousands of them cross from the worker processes)."""
    part: Partial


def checked(unit: Unit, check: Callable[[Unit], Partial], shared: set[str]) -> tuple[frozenset[str], Partial]:
    """Lint a loaded unit: the files it read (an edit to one re-lints it), and its diagnostics."""
    part = check(unit)
    read = (*unit.files, unit.view_file(), unit.config_file(), unit.script_file(), *unit.texts)
    return frozenset(os.fspath(p) for p in read if p is not None) - shared, part


@record
class _Results:
    """One pass's results, updated edit by edit: per unit, and per file."""

    root: Path
    session: LintSession | None = None
    units: dict[bytes, _UnitState] = field(default_factory=dict)
    owners: dict[str, bytes] = field(default_factory=dict)
    by_file: dict[Path, dict[bytes, Found]] = field(default_factory=dict)
    fix_texts: dict[Path, str] = field(default_factory=dict)
    """The text of each file a fix edits besides its diagnostic's own (app.json)."""

    def keep(self, ref: object, unit: Unit, check: Callable[[Unit], Partial]) -> bytes:
        """Lint a loaded unit and remember what it read and reported; its key."""
        return self.store(ref, *checked(unit, check, self.shared()))

    def store(self, ref: object, inputs: frozenset[str], part: Partial) -> bytes:
        """Remember a unit's result; its key."""
        key = pickle.dumps(ref)
        self.units[key] = _UnitState(ref, inputs, part)
        for path in inputs:
            self.owners.setdefault(path, key)
        self.index(key, part)
        return key

    def shared(self) -> set[str]:
        """Files of the whole project: never one unit's, even when a unit reads them."""
        project = self.session.project if self.session is not None else None
        if project is None:
            return set()
        return {os.fspath(p) for p in (*project.texts, *([project.app_config] if project.app_config else []))}

    def replace(self, key: bytes, ref: object, inputs: frozenset[str], part: Partial) -> set[Path]:
        """Put a unit's new result in place of its last one; the files the last one had
        diagnostics in. Requests answered meanwhile (hover, completion: another thread) always
        find the unit of its files: the new result is linted before, and its owners never go."""
        old = self.units.get(key)
        touched = self.unindex(key)
        self.units[key] = _UnitState(ref, inputs, part)
        for path in inputs:
            self.owners.setdefault(path, key)
        for path in (old.inputs - inputs) if old is not None else ():
            if self.owners.get(path) == key:
                del self.owners[path]
        self.index(key, part)
        return touched

    def forget(self, key: bytes) -> set[Path]:
        """Drop a unit's result; the files it had diagnostics in."""
        state = self.units.pop(key, None)
        if state is None:
            return set()
        for path in state.inputs:
            if self.owners.get(path) == key:
                del self.owners[path]
        return self.unindex(key)

    def index(self, key: bytes, part: Partial) -> None:
        """File the diagnostics of ``part`` under ``key``."""
        by_path: dict[Path, list[Diagnostic]] = {}
        for diagnostic in part.diagnostics:
            by_path.setdefault(self.root / diagnostic.path, []).append(diagnostic)
            fix = diagnostic.fix
            if fix is not None and fix.path is not None and fix.path.as_posix() in part.sources:
                self.fix_texts[self.root / fix.path] = part.sources[fix.path.as_posix()]
        for path, found in by_path.items():
            self.by_file.setdefault(path, {})[key] = (tuple(found), part.sources.get(found[0].path))

    def unindex(self, key: bytes) -> set[Path]:
        """Remove the diagnostics filed under ``key``; the files they were in."""
        touched = set()
        for path in [p for p, entries in self.by_file.items() if key in entries]:
            entries = self.by_file[path]
            del entries[key]
            touched.add(path)
            if not entries:
                del self.by_file[path]
        return touched

    def files_of(self, key: bytes) -> set[Path]:
        """The files with diagnostics filed under ``key``."""
        return {path for path, entries in self.by_file.items() if key in entries}

    def used(self) -> tuple[frozenset[str], bool]:
        """The aliases the units use, and whether every unit's usage is known."""
        used: set[str] = set()
        known = True
        for state in self.units.values():
            used |= state.part.used
            known = known and state.part.usage_known
        return frozenset(used), known

    def project_checks(self) -> set[Path]:
        """Run the project-level checks again; the files whose diagnostics may change."""
        assert self.session is not None
        touched = self.unindex(PROJECT)
        used, known = self.used()
        self.index(PROJECT, self.session.check_project(set(used) | self.session.global_aliases() if known else None))
        return touched | self.files_of(PROJECT)


@record
class ProjectLint:
    """One project's diagnostics in the editor, re-linted edit by edit."""

    root: Path
    lang: Lang = "en"
    gone: bool = False
    """The project could not be opened on the last pass because it is not there any more."""
    error: WecontactError | None = None
    """Why the project could not be linted on the last pass."""
    _results: _Results | None = None

    @property
    def session(self) -> LintSession | None:
        """The last pass's configuration and rules (None: no pass has loaded the project)."""
        return self._results.session if self._results is not None else None

    @property
    def project(self) -> Project | None:
        """The model of the last pass (None when the project could not be opened)."""
        session = self.session
        return session.project if session is not None else None

    # -- what an edit affects ----------------------------------------------------------------

    def units_independent(self) -> bool | None:
        """Whether an edit to a unit's file affects only that unit (None: not loaded); when not,
        a save lints the whole project again (a Taro page's config registers its components' cell)."""
        model = self.project
        return model.units_independent if model is not None else None

    def role(self, path: Path) -> Role:
        """Whether ``path`` belongs to a unit, to the whole project, or to neither."""
        results = self._results
        if results is not None and os.fspath(path) in results.owners:
            return "unit"
        project = self.project
        if path.parent == self.root and path.name in ROOT_CONFIGS:
            return "project"
        if project is None:
            return "other"
        if path in project.inputs():
            return "project"
        if path.parent == project.source_root and path.suffix == ".json":
            return "project"  # app.json, pages.json, manifest.json, ext.json ...
        return "other"

    def unit_of(self, path: Path) -> Unit | None:
        """The unit ``path`` belongs to, loaded afresh (read through the current overlay)."""
        results = self._results
        key = results.owners.get(os.fspath(path)) if results is not None else None
        state = results.units.get(key) if results is not None and key is not None else None
        if state is None or results is None or results.session is None:
            return None
        return results.session.project.load_unit(state.ref)

    def producer(self, path: Path, diagnostic: Diagnostic) -> Unit | Project | None:
        """Who reported ``diagnostic`` in ``path``: its unit (loaded afresh), or the project for
        the project-level checks; that one's comments and comment syntax can suppress it."""
        results = self._results
        if results is None or results.session is None:
            return None
        # a copy (one C call, atomic under the GIL): the lint thread may re-file this path meanwhile
        key = next((k for k, (found, _) in results.by_file.get(path, {}).copy().items() if diagnostic in found), None)
        if key == PROJECT:
            return results.session.project
        state = results.units.get(key) if key is not None else None
        return results.session.project.load_unit(state.ref) if state is not None else None

    # -- passes ------------------------------------------------------------------------------

    def lint_all(self) -> set[Path]:
        """(Re)load the project and lint every unit; the files whose diagnostics may change."""
        before = set(self._results.by_file) if self._results is not None else set()
        results = _Results(self.root)
        try:
            from wecontact_cli.frameworks.registry import open_project

            results.session = open_session(LintOptions(lang=self.lang), open_project(self.root))
        except WecontactError as error:
            self.gone, self.error = not self.root.is_dir(), error
            self._results = self._failed(error)
            return before | set(self._results.by_file)
        self.gone, self.error = False, None
        session, shared = results.session, results.shared()

        refs = list(session.project.unit_refs())

        def work(items: list[int]) -> list[tuple[int, frozenset[str], Partial]]:
            check = session.unit_checker()  # a worker sends back indexes, not refs: less to pickle
            return [(i, *checked(session.project.load_unit(refs[i]), check, shared)) for i in items]

        for chunk in in_workers(work, list(range(len(refs)))):  # both cores for a large project
            for i, inputs, part in chunk:
                results.store(refs[i], inputs, part)
        results.project_checks()
        self._results = results
        return before | set(results.by_file)

    def lint_file(self, path: Path) -> set[Path]:
        """Re-lint the unit ``path`` belongs to; the files whose diagnostics may change."""
        results = self._results
        key = results.owners.get(os.fspath(path)) if results is not None else None
        if results is None or key is None or results.session is None:
            return set()
        state = results.units[key]
        used_before = results.used()
        inputs, part = checked(results.session.project.load_unit(state.ref), results.session.unit_checker(),
                               results.shared())
        changed = results.replace(key, state.ref, inputs, part)
        changed |= results.files_of(key)
        if results.used() != used_before:
            changed |= results.project_checks()
        return changed | {path}

    def relist(self) -> set[Path]:
        """Units created or deleted on disk: lint the new ones, forget the gone ones."""
        results = self._results
        if results is None or results.session is None:
            return self.lint_all()
        project = results.session.project
        refs = {pickle.dumps(ref): ref for ref in project.unit_refs()}
        changed: set[Path] = set()
        used_before = results.used()
        for key in [k for k in results.units if k not in refs]:
            changed |= results.forget(key)
        check = results.session.unit_checker()
        for key, ref in refs.items():
            if key not in results.units:
                changed |= results.files_of(results.keep(ref, project.load_unit(ref), check))
        if results.used() != used_before:
            changed |= results.project_checks()
        return changed

    # -- results -----------------------------------------------------------------------------

    def files(self) -> set[Path]:
        """Every file with a diagnostic."""
        return set(self._results.by_file) if self._results is not None else set()

    def report(self, path: Path) -> FileDiagnostics:
        """A file's diagnostics, in the order ``lint`` reports them."""
        # a copy (atomic under the GIL): hover and code actions read it while the lint thread files
        entries = self._results.by_file.get(path, {}).copy() if self._results is not None else {}
        diagnostics = sorted((d for found, _ in entries.values() for d in found), key=lambda d: d.sort_key)
        text = next((t for _, t in entries.values() if t is not None), None)
        return FileDiagnostics(path, tuple(diagnostics), text)

    def linted_text(self, path: Path) -> str | None:
        """The text the diagnostics in ``path``, or a fix into it, were computed on."""
        text = self.report(path).text
        if text is None and self._results is not None:
            return self._results.fix_texts.get(path)
        return text

    def _failed(self, error: WecontactError) -> _Results:
        """Results holding only the error that stops the project from loading, on the file
        it names (nothing for the project folder itself, or a project that is gone)."""
        results = _Results(self.root)
        where = error.location
        path = Path(where.path).absolute() if where is not None else None
        if path is None or self.gone or not path.is_file() or self.root not in path.parents:
            return results
        line, column = where.line or 1, where.column or 1  # type: ignore[union-attr]
        diagnostic = Diagnostic("", "", "error", render(error.raw_message, self.lang),
                                path.relative_to(self.root).as_posix(), line, column, line, column + 1)
        try:
            text: str | None = read_source(path, self.root).text  # for the editor's columns
        except WecontactError:
            text = None  # undecodable: the error's line and column stand as they are
        results.by_file[path] = {PROJECT: ((diagnostic,), text)}
        return results
