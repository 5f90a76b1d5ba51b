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

Everything is read through the open documents' overlay, set by the caller. A project that
cannot be opened any more (deleted, no longer a project) reports nothing; one whose
configuration cannot be read reports that error on the file, as ``lint`` would say it.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.message import render
from wecontact_cli.lint.config import CONFIG_FILE
from wecontact_cli.lint.engine import LintOptions, LintSession, Partial, open_session
from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.model import Project, Unit

PROJECT = "<project>"
"""The key of the project-level checks' diagnostics (units are keyed by their ref)."""
ROOT_CONFIGS = frozenset({CONFIG_FILE, "project.config.json", "project.private.config.json", "package.json"})
"""Files at a project's root that decide what the project is or how it is linted."""

Role = Literal["unit", "project", "other"]


@dataclass(frozen=True)
class FileDiagnostics:
    """What one file shows: its diagnostics and the text their positions refer to."""

    path: Path
    diagnostics: tuple[Diagnostic, ...]
    text: str | None
    """None for a file whose text could not be read (its diagnostics carry explicit lines)."""


@dataclass
class _UnitState:
    """A unit's last result: what it read and what it reported."""

    ref: object
    inputs: frozenset[Path]
    part: Partial


@dataclass
class ProjectLint:
    """One project's diagnostics in the editor, re-linted edit by edit."""

    root: Path
    lang: Lang = "en"
    session: LintSession | None = None
    gone: bool = False
    """The project could not be opened on the last pass (nothing is reported)."""
    _units: dict[bytes, _UnitState] = field(default_factory=dict)
    _owners: dict[Path, bytes] = field(default_factory=dict)
    _by_file: dict[Path, dict[object, tuple[tuple[Diagnostic, ...], str | None]]] = field(default_factory=dict)
    _fix_texts: dict[Path, str] = field(default_factory=dict)
    """The text of each file a fix edits besides its diagnostic's own (app.json)."""
    error: WecontactError | None = None
    """Why the project could not be linted on the last pass."""

    @property
    def project(self) -> Project | None:
        """The model of the last pass (None when the project could not be opened)."""
        return self.session.project if self.session is not None else None

    # -- what an edit affects ----------------------------------------------------------------

    def role(self, path: Path) -> Role:
        """Whether ``path`` belongs to a unit, to the whole project, or to neither."""
        if path in self._owners:
            return "unit"
        project = self.project
        if project is None:
            return "project" if path.parent == self.root else "other"
        if path in project.texts or path == project.app_config or path.parent == self.root and path.name in ROOT_CONFIGS:
            return "project"
        if path.parent == project.source_root and path.suffix == ".json":
            return "project"  # app.json, pages.json, manifest.json, ext.json ...
        return "other"

    def unit_of(self, path: Path) -> Unit | None:
        """The unit ``path`` belongs to, loaded afresh (read through the current overlay)."""
        key = self._owners.get(path)
        project = self.project
        if key is None or project is None:
            return None
        return project.load_unit(self._units[key].ref)

    # -- passes ------------------------------------------------------------------------------

    def lint_all(self) -> set[Path]:
        """(Re)load the project and lint every unit; the files whose diagnostics may change."""
        before = set(self._by_file)
        self._units.clear()
        self._owners.clear()
        self._by_file.clear()
        self._fix_texts.clear()
        self.session, self.error = None, None
        try:
            from wecontact_cli.frameworks.registry import open_project

            self.session = open_session(LintOptions(lang=self.lang), open_project(self.root))
        except WecontactError as error:
            self.gone, self.error = not self.root.is_dir(), error
            self._failed(error)
            return before | set(self._by_file)
        self.gone = False
        session = self.session
        project = session.project
        check = session.unit_checker()
        for ref in project.unit_refs():
            self._keep(ref, project.load_unit(ref), check)
        self._project_checks()
        return before | set(self._by_file)

    def lint_file(self, path: Path) -> set[Path]:
        """Re-lint the unit ``path`` belongs to; the files whose diagnostics may change."""
        key = self._owners.get(path)
        if key is None or self.session is None:
            return set()
        state = self._units[key]
        used_before = self._used()
        changed = self._forget(key)
        self._keep(state.ref, self.session.project.load_unit(state.ref), self.session.unit_checker())
        changed |= self._files_of(key)
        if self._used() != used_before:
            changed |= self._project_checks()
        return changed | {path}

    def relist(self) -> set[Path]:
        """Units created or deleted on disk: lint the new ones, forget the gone ones."""
        if self.session is None:
            return self.lint_all()
        project = self.session.project
        refs = {pickle.dumps(ref): ref for ref in project.unit_refs()}
        changed: set[Path] = set()
        used_before = self._used()
        for key in [k for k in self._units if k not in refs]:
            changed |= self._forget(key)
        check = self.session.unit_checker()
        for key, ref in refs.items():
            if key not in self._units:
                self._keep(ref, project.load_unit(ref), check)
                changed |= self._files_of(key)
        if self._used() != used_before:
            changed |= self._project_checks()
        return changed

    # -- results -----------------------------------------------------------------------------

    def files(self) -> set[Path]:
        """Every file with a diagnostic."""
        return set(self._by_file)

    def report(self, path: Path) -> FileDiagnostics:
        """A file's diagnostics, in the order ``lint`` reports them."""
        entries = self._by_file.get(path, {})
        diagnostics = sorted((d for found, _ in entries.values() for d in found), key=lambda d: d.sort_key)
        text = next((t for _, t in entries.values() if t is not None), None)
        return FileDiagnostics(path, tuple(diagnostics), text)

    def linted_text(self, path: Path) -> str | None:
        """The text the diagnostics in ``path``, or a fix into it, were computed on."""
        text = self.report(path).text
        return text if text is not None else self._fix_texts.get(path)

    # -- bookkeeping -------------------------------------------------------------------------

    def _keep(self, ref: object, unit: Unit, check: Callable[[Unit], Partial]) -> None:
        """Lint a loaded unit and remember what it read and reported."""
        part = check(unit)
        key = pickle.dumps(ref)
        shared = self._shared()
        inputs = frozenset(p for p in (*unit.files, unit.view_file(), unit.config_file(), unit.script_file(),
                                       *unit.texts) if p is not None and p not in shared)
        self._units[key] = _UnitState(ref, inputs, part)
        for path in inputs:
            self._owners.setdefault(path, key)
        self._index(key, part)

    def _shared(self) -> set[Path]:
        """Files of the whole project: never one unit's, even when a unit reads them."""
        project = self.project
        if project is None:
            return set()
        return {*project.texts, *([project.app_config] if project.app_config else [])}

    def _forget(self, key: bytes) -> set[Path]:
        """Drop a unit's result; the files it had diagnostics in."""
        state = self._units.pop(key, None)
        if state is None:
            return set()
        for path in state.inputs:
            if self._owners.get(path) == key:
                del self._owners[path]
        return self._unindex(key)

    def _index(self, key: object, part: Partial) -> None:
        by_path: dict[Path, list[Diagnostic]] = {}
        for diagnostic in part.diagnostics:
            by_path.setdefault(self.root / diagnostic.path, []).append(diagnostic)
        for path, found in by_path.items():
            text = part.sources.get(found[0].path)
            self._by_file.setdefault(path, {})[key] = (tuple(found), text)
        for diagnostic in part.diagnostics:
            fix = diagnostic.fix
            if fix is not None and fix.path is not None and fix.path.as_posix() in part.sources:
                self._fix_texts[self.root / fix.path] = part.sources[fix.path.as_posix()]

    def _unindex(self, key: object) -> set[Path]:
        touched = set()
        for path in list(self._by_file):
            entries = self._by_file[path]
            if entries.pop(key, None) is not None:
                touched.add(path)
                if not entries:
                    del self._by_file[path]
        return touched

    def _files_of(self, key: object) -> set[Path]:
        return {path for path, entries in self._by_file.items() if key in entries}

    def _used(self) -> tuple[frozenset[str], bool]:
        """The aliases the units use, and whether every unit's usage is known."""
        used: set[str] = set()
        known = True
        for state in self._units.values():
            used |= state.part.used
            known = known and state.part.usage_known
        return frozenset(used), known

    def _project_checks(self) -> set[Path]:
        """Run the project-level checks again; the files whose diagnostics may change."""
        assert self.session is not None
        touched = self._unindex(PROJECT)
        used, known = self._used()
        part = self.session.check_project(set(used) | self.session.global_aliases() if known else None)
        self._index(PROJECT, part)
        return touched | self._files_of(PROJECT)

    def _failed(self, error: WecontactError) -> None:
        """An error that stops the project from loading, on the file it names (if inside)."""
        where = error.location
        if where is None or self.gone:
            return
        path = Path(where.path).absolute()
        if not path.is_file():
            return  # the project folder itself (an unsupported framework): nothing to underline
        try:
            relative = path.relative_to(self.root).as_posix()
        except ValueError:
            return
        line, column = where.line or 1, where.column or 1
        diagnostic = Diagnostic("", "", "error", render(error.raw_message, self.lang), relative, line, column,
                                line, column + 1)
        self._by_file[path] = {PROJECT: ((diagnostic,), None)}
