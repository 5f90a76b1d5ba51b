"""The lint engine: model -> checks of the selected rules -> findings -> diagnostics.

Checks yield findings with offsets; the engine alone decides what is reported: it converts
offsets to lines and columns, applies inline suppressions, the selection, per-file ignores
and severities from the configuration, vets fixes, and sorts the result. It runs only the
checks of selected rules, and the model reads a file only when a check asks for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from wecontact_cli import plugin
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.registry import build_output_note
from wecontact_cli.i18n import Lang
from wecontact_cli.i18n.message import Message, msg, render
from wecontact_cli.lint.config import LintConfig, load_config
from wecontact_cli.lint.context import LintContext
from wecontact_cli.lint.model import Diagnostic, Finding, LintResult
from wecontact_cli.lint.registry import RuleModule, rule_defaults, rule_modules
from wecontact_cli.lint.suppressions import Suppression, parse_suppressions, unused
from wecontact_cli.lint.uses import UnitUse, shown
from wecontact_cli.lint.vetting import vet
from wecontact_cli.lint.workers import in_workers
from wecontact_cli.model import CellUse, Project, Registration, Unit
from wecontact_cli.records import field, record, replace
from wecontact_cli.text.positions import LineIndex

if TYPE_CHECKING:
    from wecontact_cli.frameworks.detection import Detection
    from wecontact_cli.lint.cache import Entry as LintEntry
    from wecontact_cli.lint.cache import LintCache


@record
class LintOptions:
    """What the command line asks for."""

    paths: list[Path] = field(default_factory=list)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    lang: Lang = "en"
    """The language of diagnostic messages."""
    collect_uses: bool = False
    """Also keep what doctor shows: every unit that uses the cell, with its cells."""
    detection: Detection | None = None
    """The project the paths lie in, as detected for the run (None: detect it from the first path)."""
    cache: bool = False
    """Read and write the lint cache (``wecontact lint`` does unless told not to; the server,
    doctor and the API do not)."""
    cache_dir: Path | None = None
    """Where the cache lives (None: ``.wecontact_cache`` in the project root)."""


@record
class LintRun:
    """A lint run's result plus what reporters, the fixer and doctor need."""

    result: LintResult
    project: Project
    sources: dict[str, str]
    """Text of every file with a diagnostic, by its path relative to the project root."""
    uses: list[UnitUse] = field(default_factory=list)
    cache: CacheStats | None = None
    """How the cache served the run (None: no cache)."""

    @property
    def root(self) -> Path:
        """The project folder: diagnostics' paths are relative to it."""
        return self.project.root

    @property
    def notes(self) -> list[Message]:
        """What the user should know about the run as a whole, said once (on stderr)."""
        note = build_output_note(self.project.detection)
        return [note] if note is not None else []


@record(frozen=True)
class CacheStats:
    """How many units the run had, how many came from the cache, how many were linted."""

    units: int
    cached: int
    linted: int


def run_lint(options: LintOptions, project: Project | None = None) -> LintRun:
    """Lint ``project`` (default: the project containing the first path, or the current folder)."""
    session = open_session(options, project)
    project = session.project
    refs = list(project.unit_refs())
    cache = session.open_cache()
    if cache is None:
        partials, stats = _check_all(session.collector(), refs), None
    else:
        partials, stats = _check_cached(session, cache, refs)
    collector = session.collector()
    used = session.global_aliases()
    usage_known = True
    for part in partials:
        collector.merge(part)
        used |= part.used
        usage_known = usage_known and part.usage_known
    collector.merge(session.check_project(used if usage_known else None))
    result = LintResult(sorted(collector.diagnostics, key=lambda d: d.sort_key), collector.files)
    if cache is not None:
        cache.save()  # once, at the end: atomic, whatever the workers did
    return LintRun(result, project, collector.sources, sorted(collector.uses, key=lambda u: u.relpath), stats)


@record
class LintSession:
    """One project's configuration and selected checks, ready to check units one at a time:
    ``run_lint`` checks them all, ``wecontact server`` again those an edit affects."""

    project: Project
    options: LintOptions
    ctx: LintContext
    enabled: set[str]
    modules: tuple[RuleModule, ...]
    targets: list[Path]

    def collector(self) -> _Collector:
        """A fresh collector of this session's diagnostics."""
        return _Collector(self.ctx, self.enabled, self.modules, self.targets, self.options)

    def check_units(self, units: Iterable[Unit]) -> Partial:
        """The diagnostics of units already loaded (the server keeps each unit's files)."""
        return self.collector().check_loaded(units)

    def unit_checker(self) -> Callable[[Unit], Partial]:
        """Check loaded units one at a time with one collector (a pass over every unit)."""
        collector = self.collector()
        return lambda unit: collector.check_loaded([unit])

    def check_project(self, used: set[str] | None) -> Partial:
        """The project-level checks, once the units told which aliases they use (None: unknown)."""
        collector = self.collector()
        self.ctx.used_aliases = used
        project = self.project
        findings = [f for m in self.modules if m.check_project for f in m.check_project(project, self.ctx)]
        suppressions, malformed = parse_suppressions(project.comments(), collector.known)  # pages.json's, app config's
        collector.add([*findings, *malformed], project.texts, suppressions)
        return Partial(collector.diagnostics, collector.sources, 1, set(), True, [])

    def global_aliases(self) -> set[str]:
        """The plugin aliases the app-level usingComponents entries use."""
        return _aliases(self.project, self.project.global_registrations)

    def open_cache(self) -> LintCache | None:
        """This run's lint cache, read; None when the run does not use one (doctor's runs,
        which show every unit's cells, do not: the cache keeps diagnostics only)."""
        options, project = self.options, self.project
        if not options.cache or options.collect_uses or not self.ctx.config.cache:
            return None
        if project.detection.output_of is not None:
            return None  # build output: rebuilt each time, and never written into
        from wecontact_cli.lint.cache import LintCache, cache_folder, run_key

        folder = cache_folder(project.root, options.cache_dir)
        key = run_key(self.ctx.config.cache_key(), sorted(self.enabled), sorted(rule_defaults(project.framework)),
                      options.lang, project.detection, project.framework)
        cache = LintCache(folder, key, str(project.root))
        cache.load()
        return cache


def open_session(options: LintOptions, project: Project | None = None) -> LintSession:
    """The configuration and the selected rules of ``project`` (default: the project
    containing the first path, or the current folder)."""
    if project is None:
        from wecontact_cli.frameworks.registry import open_project

        project = open_project(options.paths[0] if options.paths else None, found=options.detection)
    defaults = rule_defaults(project.framework)
    config = load_config(project.root, defaults)
    _apply_options(config, options, defaults)
    enabled = config.enabled_codes(defaults)
    modules = tuple(m for m in rule_modules(project.framework)
                    if m.rule.code in enabled and m.rule.runs_on(project.framework))
    targets = [_inside(project.root, p) for p in options.paths]
    if _resolved(project.root) in targets:
        targets = []  # the whole project: nothing to filter
    return LintSession(project, options, LintContext(project, config), enabled, modules, targets)


@record
class Partial:
    """What checking some units produced (picklable: it may come from a worker process)."""

    diagnostics: list[Diagnostic]
    sources: dict[str, str]
    files: int
    used: set[str]
    usage_known: bool
    uses: list[UnitUse]


def _check_all(collector: _Collector, refs: list[object]) -> list[Partial]:
    """Check every unit, on both cores when the project is large; same result either way."""
    return in_workers(collector.check_units, refs)


def _check_cached(session: LintSession, cache: LintCache, refs: list[object]) -> tuple[list[Partial], CacheStats]:
    """Every unit, from the cache when its key and the facts it read are unchanged, else
    linted whole (in workers when there are many) and recorded; in the refs' order. Here
    only stamps are looked at: a unit whose files must be read is read where it is linted."""
    facts = _Facts(session.project)
    cached = _CachedUnits(session, facts, cache)
    found: dict[int, Partial] = {}
    todo: list[tuple[int, object]] = []
    for index, ref in enumerate(refs):
        name, key = cached.stamped_key(ref)
        entry = cache.get(name, key, facts) if name is not None and key is not None else None
        if entry is not None:
            found[index] = cached.narrowed(entry)
        else:
            todo.append((index, ref))
    linted = 0
    for checked, stamps in in_workers(cached.check, todo):
        cache.contents.new.update(stamps)
        for item in checked:
            found[item.index] = item.partial
            linted += item.linted
            if item.name is not None and item.stored is not None:
                cache.add({item.name: item.stored})
    return [found[i] for i in range(len(refs))], CacheStats(len(refs), len(refs) - linted, linted)


@record(frozen=True)
class _Checked:
    """One unit of a cached run's work list: its result, and its record for the cache."""

    index: int
    partial: Partial
    name: str | None
    stored: dict[str, Any] | None
    """What the cache keeps for it (None: not cacheable)."""
    linted: bool
    """False when its files, once read, matched an entry after all (a touched file)."""


class _Facts:
    """The project facts' fingerprints, each worked out once per run (and per worker)."""

    def __init__(self, project: Project):
        self.project = project
        self.known: dict[str, str | None] = {}

    def __call__(self, name: str) -> str | None:
        if name not in self.known:
            try:
                self.known[name] = self.project.cache_fact(name)
            except (WecontactError, OSError, ValueError):
                self.known[name] = None  # a fact that cannot be worked out matches nothing
        return self.known[name]


class _CachedUnits:
    """Keys, whole results and their narrowing to the paths asked for, for the cached run."""

    def __init__(self, session: LintSession, facts: _Facts, cache: LintCache):
        self.session = session
        self.project = session.project
        self.facts = facts
        self.cache = cache
        self.whole = _Collector(session.ctx, session.enabled, session.modules, [], session.options)
        self.narrow = session.collector()

    def stamped_key(self, ref: object) -> tuple[str | None, str | None]:
        """The unit's name and its key from its files' stamps (a None key: read them)."""
        from wecontact_cli.lint.cache import stamped_key

        inputs = self.project.cache_inputs(ref)
        if inputs is None:
            return None, None
        return inputs.name, stamped_key(inputs, self.cache.contents)

    def check(self, items: list[tuple[int, object]]) -> tuple[list[_Checked], dict[str, Any]]:
        """Read units, take those whose entry still holds, lint the others whole over the very
        bytes their key was made of; with the stamps made of the files read."""
        from wecontact_cli.lint.cache import Contents, read_key
        from wecontact_cli.text.overlay import overlay

        contents = Contents(self.cache.contents.old)
        done = []
        for index, ref in items:
            inputs = self.project.cache_inputs(ref)
            read = read_key(inputs, self.project.root, contents) if inputs is not None else None
            if inputs is None or read is None:
                done.append(self.lint(index, ref, None, None))
                continue
            key, data = read
            found = self.cache.lookup(inputs.name, key, self.facts)
            if found is not None:
                done.append(_Checked(index, self.narrowed(found[0]), inputs.name, found[1], False))
                continue
            with overlay(data):
                done.append(self.lint(index, ref, inputs.name, key))
        return done, contents.new

    def lint(self, index: int, ref: object, name: str | None, key: str | None) -> _Checked:
        """Lint a unit whole, narrowed to the paths asked for; its record when it has a key."""
        unit = self.project.load_unit(ref)
        if self.narrow.targets and unit.files and all(self.narrow.skipped(p) for p in unit.files):
            return _Checked(index, self.narrow.check_loaded([unit]), None, None, True)  # only what it uses
        whole = self.whole.check_loaded([unit])
        # Excluded by the configuration, it was not checked: it has no files to count.
        entry = _entry(whole, [self.whole.relative(p) for p in unit.files] if whole.files else [])
        stored = self.record(unit, key, entry) if name is not None and key is not None else None
        return _Checked(index, self.narrowed(entry), name, stored, True)

    def record(self, unit: Unit, key: str, entry: LintEntry) -> dict[str, Any] | None:
        """The cache entry of a unit just linted (None when it cannot say what it read)."""
        from wecontact_cli.lint.cache import stored_entry

        reads = unit.cache_reads()
        if reads is None:
            return None
        values: dict[str, str] = {}
        for name in reads:
            value = self.facts(name)
            if value is None:
                return None
            values[name] = value
        return stored_entry(key, values, entry)

    def narrowed(self, entry: LintEntry) -> Partial:
        """A unit's whole result narrowed to the paths asked for, as an uncached run makes it."""
        collector, root = self.narrow, self.project.root
        if not collector.targets:
            return Partial(entry.diagnostics, entry.sources, len(entry.files), set(entry.used), entry.usage_known, [])
        if entry.files and all(collector.skipped(root / f) for f in entry.files):
            return Partial([], {}, 0, set(entry.used), entry.usage_known, [])
        kept = [d for d in entry.diagnostics if not collector.skipped(root / d.path)]
        paths = {d.path for d in kept} | {d.fix.path.as_posix() for d in kept if d.fix is not None and d.fix.path}
        sources = {p: t for p, t in entry.sources.items() if p in paths}
        return Partial(kept, sources, len(entry.files), set(entry.used), entry.usage_known, [])


def _entry(whole: Partial, files: list[str]) -> LintEntry:
    from wecontact_cli.lint.cache import Entry

    return Entry(whole.diagnostics, sorted(whole.used), whole.usage_known, files, whole.sources)


def _aliases(project: Project, registrations: Iterable[Registration]) -> set[str]:
    """The plugin aliases some usingComponents entries use (an appid URL uses the contact aliases)."""
    aliases: set[str] = set()
    for registration in registrations:
        parsed = plugin.parse_url(registration.url)
        if parsed is None:
            continue
        if parsed[0] == plugin.PROVIDER:
            aliases.update(d.alias for d in project.contact_declarations())
        else:
            aliases.add(parsed[0])
    return aliases


def _apply_options(config: LintConfig, options: LintOptions, known: Iterable[str]) -> None:
    selectors = [s.upper() for s in (*(options.select or []), *options.extend_select, *options.ignore)]
    for selector in selectors:
        if selector != "ALL" and not any(code.startswith(selector) for code in known):
            raise WecontactError(msg("engine.unknown_selector", selector=selector), hint=msg("engine.hint_rules"))
    if options.select is not None:
        config.select = [s.upper() for s in options.select]
    config.extend_select = [*config.extend_select, *(s.upper() for s in options.extend_select)]
    config.ignore = [*config.ignore, *(s.upper() for s in options.ignore)]


def _resolved(path: Path) -> Path:
    """``path`` with links resolved; a link loop (which Python below 3.13 raises on) is kept as it is."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _inside(root: Path, path: Path) -> Path:
    resolved = _resolved(path)
    if not resolved.exists():
        raise WecontactError(msg("path.missing"), Location(path))
    try:
        resolved.relative_to(_resolved(root))
    except ValueError:
        raise WecontactError(msg("engine.outside", root=str(root)), Location(path)) from None
    return resolved


class _Collector:
    """Runs the checks unit by unit and turns findings into diagnostics, keeping what
    reporters (file texts), the fixer and doctor need."""

    def __init__(self, ctx: LintContext, enabled: set[str], modules: tuple[RuleModule, ...],
                 targets: list[Path], options: LintOptions):
        self.ctx = ctx
        self.root = ctx.project.root
        self.enabled = enabled
        self.targets = targets
        self.lang = options.lang
        self.collect_uses = options.collect_uses
        self.unit_checks = [m.check_unit for m in modules if m.check_unit is not None]
        self.cell_checks = [m.check_cell for m in modules if m.check_cell is not None]
        framework = ctx.project.framework
        every = rule_modules(framework)
        self.all_cell_checks = [m.check_cell for m in every if m.check_cell is not None and m.rule.runs_on(framework)]
        self.rules = {m.rule.code: m.rule for m in every}
        self.known = set(rule_defaults(framework))
        self.diagnostics: list[Diagnostic] = []
        self.sources: dict[str, str] = {}
        self.uses: list[UnitUse] = []
        self.files = 0

    # -- units -----------------------------------------------------------------------------

    def check_units(self, refs: list[object]) -> Partial:
        """Check the units of ``refs``; what they produced, as one picklable record."""
        project = self.ctx.project
        return self.check_loaded(project.load_unit(ref) for ref in refs)

    def check_loaded(self, units: Iterable[Unit]) -> Partial:
        """Check units (loaded one by one as the iterable yields them); what they produced."""
        start, files_before, uses_before = len(self.diagnostics), self.files, len(self.uses)
        used: set[str] = set()
        usage_known = True
        project = self.ctx.project
        for unit in units:
            used |= _aliases(project, unit.registrations)
            usage_known = usage_known and unit.usage_known
            cells = self.note_use(unit) if self.collect_uses else None
            if unit.files and all(self.skipped(p) for p in unit.files):
                continue  # not reported on; read only for what it uses (WC110)
            self.check_unit(unit, cells)
            self.files += len(unit.files)
        diagnostics = self.diagnostics[start:]
        paths = {d.path for d in diagnostics} | {d.fix.path.as_posix() for d in diagnostics
                                                  if d.fix is not None and d.fix.path is not None}
        sources = {p: self.sources[p] for p in paths if p in self.sources}
        return Partial(diagnostics, sources, self.files - files_before, used, usage_known, self.uses[uses_before:])

    def check_unit(self, unit: Unit, cells: list[CellUse] | None = None) -> None:
        """Every selected check on one unit and its cells, then suppressions (``cells``: the
        unit's cells when doctor's note of the unit already read them)."""
        ctx = self.ctx
        findings = [f for check in self.unit_checks for f in check(unit, ctx)]
        if self.cell_checks:
            for cell in unit.cells() if cells is None else cells:
                found = [f for check in self.cell_checks for f in check(cell, unit, ctx)]
                baseline = found if self.cell_checks == self.all_cell_checks else None
                findings.extend(vet(cell, found, unit, ctx, self.all_cell_checks, baseline))
        suppressions, problems = parse_suppressions(unit.comments(), self.known)
        findings.extend(problems)
        self.add(findings, unit.texts, suppressions)

    def note_use(self, unit: Unit) -> list[CellUse] | None:
        """Keep the unit for doctor when it renders or registers the cell, or cannot be read.
        Its cells, when they are what ``unit.cells()`` gives (no undeclared alias's tags among
        them): the checks then reuse them, rather than read the view's cells a second time
        (that second pass was most of what doctor cost over lint)."""
        project = self.ctx.project
        contact = {r.tag for r in (*project.global_registrations, *unit.registrations)
                   if project.is_contact_url(r.url, unit.scope_root)}
        own = {r.tag for r in unit.registrations if r.tag in contact}
        undeclared = {r.tag: r for r in (*project.global_registrations, *unit.registrations)
                      if _undeclared_cell(project, r)}
        for tag in contact:
            undeclared.pop(tag, None)
        cells = unit.cells(undeclared)
        own_cells = None if undeclared else cells
        broken = tuple(p for p in unit.problems() if p.kind == "syntax")
        own_undeclared = {r.tag for r in unit.registrations if r.tag in undeclared}
        if not cells and not own and not own_undeclared and not broken:
            return own_cells
        view, config = unit.view_file(), unit.config_file()
        self.uses.append(UnitUse(unit.kind, unit.relpath, view, config, unit.scope_root,
                                 tuple(sorted({c.tag for c in cells} | own | own_undeclared)),
                                 tuple(sorted(own | own_undeclared)), tuple(sorted(undeclared)),
                                 tuple(shown(cell) for cell in cells), broken))
        return own_cells

    # -- findings -> diagnostics -----------------------------------------------------------

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def skipped(self, path: Path) -> bool:
        """Outside the paths asked for, or excluded by the configuration."""
        config = self.ctx.config
        if config.exclude and config.excluded(self.relative(path)):
            return True
        if not self.targets:
            return False
        resolved = _resolved(path)
        return not any(resolved == t or t in resolved.parents for t in self.targets)

    def merge(self, part: Partial) -> None:
        """Take what a (worker's) partial produced."""
        self.diagnostics.extend(part.diagnostics)
        for path, text in part.sources.items():
            self.sources.setdefault(path, text)
        self.files += part.files
        self.uses.extend(part.uses)

    def add(self, findings: Iterable[Finding], texts: dict[Path, str], suppressions: list[Suppression]) -> None:
        """Findings as diagnostics: positioned, filtered, suppressed."""
        indexes: dict[Path, LineIndex] = {}
        known = {**self.ctx.project.texts, **texts}

        def index(path: Path) -> LineIndex | None:  # built only for a file with a finding
            if path not in indexes and path in known:
                indexes[path] = LineIndex(known[path])
            return indexes.get(path)

        kept: list[Diagnostic] = []
        for finding in findings:
            diagnostic = self.diagnostic(finding, index(finding.path))
            if diagnostic is None:
                continue
            hit = [s for s in suppressions if s.covers(finding.path, diagnostic)]
            for item in hit:
                item.used = True
            if not hit:
                kept.append(diagnostic)
        for finding in unused(suppressions, self.enabled):
            diagnostic = self.diagnostic(finding, index(finding.path))
            if diagnostic is not None:
                kept.append(diagnostic)
        if kept:
            self.keep(kept, known)

    def diagnostic(self, finding: Finding, index: LineIndex | None) -> Diagnostic | None:
        rel = self.relative(finding.path)
        config = self.ctx.config
        if finding.code not in self.enabled or self.skipped(finding.path):
            return None
        if any(finding.code.startswith(c) for c in config.ignored_in(rel)):
            return None
        if index is not None and finding.line is None:
            start, end = index.position(finding.start), index.position(max(finding.end, finding.start))
            line, column, end_line, end_column = start.line, start.column, end.line, end.column
        else:
            line, column = finding.line or 1, finding.column or 1
            end_line, end_column = line, column + 1
        rule = self.rules[finding.code]
        severity = config.severity.get(finding.code, rule.severity)
        fix = finding.fix
        if fix is not None:
            fix = replace(fix, message=render(fix.message, self.lang),
                          path=Path(self.relative(fix.path)) if fix.path is not None else None)
        return Diagnostic(finding.code, rule.name, severity, render(finding.message, self.lang), rel,
                          line, column, end_line, end_column, fix)

    def keep(self, diagnostics: list[Diagnostic], texts: dict[Path, str]) -> None:
        """Keep diagnostics, with the text of each file they (or their fixes) point into."""
        self.diagnostics.extend(diagnostics)
        by_relative = {self.relative(p): t for p, t in texts.items()}
        for d in diagnostics:
            for path in (d.path, d.fix.path.as_posix() if d.fix and d.fix.path else None):
                if path is not None and path in by_relative:
                    self.sources.setdefault(path, by_relative[path])


def _undeclared_cell(project: Project, registration: Registration) -> bool:
    """plugin://<alias>/cell with an alias nothing declares: still meant as the button."""
    parsed = plugin.parse_url(registration.url)
    return (parsed is not None and parsed[1] == plugin.COMPONENT and parsed[0] != plugin.PROVIDER
            and not project.declared_anywhere(parsed[0]))
