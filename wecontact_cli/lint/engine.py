"""The lint engine: discover -> parse -> checks -> findings -> diagnostics (filtered, sorted).

Checks yield findings with offsets; the engine alone decides what is reported: it
converts offsets to lines and columns, applies inline suppressions, the selection,
per-file ignores and severities from the configuration, and sorts the result.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from wecontact_cli import plugin
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n import Lang
from wecontact_cli.lint.build_output import BuildOutput, build_output_of
from wecontact_cli.lint.config import LintConfig, load_config
from wecontact_cli.lint.context import (
    ComponentRef, ProjectFacts, Unit, components_of, discover_units, load_facts, load_unit, plugin_url,
    read_json,
)
from wecontact_cli.lint.messages import Message, msg, render
from wecontact_cli.lint.model import Diagnostic, Finding, LintResult
from wecontact_cli.lint.rules import PROJECT_CHECKS, RULES, RULES_BY_CODE, UNIT_CHECKS
from wecontact_cli.lint.suppressions import Suppression, parse_suppressions, unused
from wecontact_cli.frameworks.native.app import locate_project
from wecontact_cli.syntax.wxml import LineIndex


@dataclass
class LintOptions:
    """What the command line asks for."""

    paths: list[Path] = field(default_factory=list)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    lang: Lang = "en"
    """The language of diagnostic messages."""


@dataclass
class LintRun:
    """A lint run's result plus what reporters and the fixer need."""

    result: LintResult
    root: Path
    sources: dict[str, str]
    """Text of every file with a diagnostic, by its relative path (for code frames)."""
    build_output: BuildOutput | None = None
    """Set when the project is a framework's build output (never to be fixed)."""

    @property
    def notes(self) -> list[Message]:
        """What the user should know about the run as a whole, said once (on stderr)."""
        return [self.build_output.note()] if self.build_output is not None else []


PARALLEL_MIN_UNITS = 400
"""Below this many pages and components, starting worker processes costs more than it saves."""


def run_lint(options: LintOptions) -> LintRun:
    """Lint the project containing the first path (default: the current directory)."""
    start = options.paths[0] if options.paths else None
    paths = locate_project(start)
    config = load_config(paths.root, RULES)
    _apply_options(config, options)
    enabled = config.enabled_codes(RULES)
    facts = load_facts(paths, config)
    targets = [_inside(paths.root, p) for p in options.paths]
    if paths.root.resolve() in targets:
        targets = []  # the whole project: nothing to filter
    units = list(discover_units(paths.app_dir, facts.page_routes))
    partials = _check_all(_Collector(facts, enabled, targets, options.lang), units)
    collector = _Collector(facts, enabled, targets, options.lang)
    used = referenced_aliases(facts, facts.global_components)
    usage_known = True
    for part in partials:
        collector.diagnostics.extend(part.diagnostics)
        for path, text in part.sources.items():
            collector.sources.setdefault(path, text)
        collector.files += part.files
        used |= part.used
        usage_known = usage_known and part.usage_known
    app_text = {facts.project.app.path: facts.project.app.source.text} if facts.project else {}
    if facts.app_error is not None and facts.app_error.text is not None:
        app_text = {paths.app_json: facts.app_error.text}
    usage = used if usage_known else None
    collector.add([f for check in PROJECT_CHECKS for f in check(facts, usage)], app_text, [], None)
    collector.files += 1
    result = LintResult(sorted(collector.diagnostics, key=lambda d: d.sort_key), collector.files)
    return LintRun(result, paths.root, collector.sources, build_output_of(paths))


@dataclass
class _Partial:
    """What checking some units produced (picklable: it may come from a worker process)."""

    diagnostics: list[Diagnostic]
    sources: dict[str, str]
    files: int
    used: set[str]
    usage_known: bool


_WORKER: _Collector | None = None  # inherited by forked workers: no need to pickle the facts


def _check_all(collector: _Collector, units: list[Unit]) -> list[_Partial]:
    """Check every unit, on both cores when the project is large; same result either way."""
    global _WORKER
    workers = min(os.cpu_count() or 1, 4)
    if len(units) < PARALLEL_MIN_UNITS or workers < 2 or "fork" not in mp.get_all_start_methods():
        return [_check_units(collector, units)]
    size = -(-len(units) // (workers * 4))
    chunks = [units[i:i + size] for i in range(0, len(units), size)]
    _WORKER = collector
    try:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            return list(pool.map(_check_chunk, chunks))
    finally:
        _WORKER = None


def _check_chunk(units: list[Unit]) -> _Partial:
    assert _WORKER is not None
    return _check_units(_WORKER, units)


def _check_units(collector: _Collector, units: list[Unit]) -> _Partial:
    facts = collector.facts
    start = len(collector.diagnostics)
    used: set[str] = set()
    usage_known = True
    files_before = collector.files
    for unit in units:
        files = [p for p in (unit.json_path, unit.wxml_path) if p is not None]
        if all(collector.skipped(p) for p in files):
            # Not reported on, but it may still be what uses the plugin (WC110).
            json_file, error = read_json(unit.json_path, facts.root) if unit.json_path else (None, None)
            used |= referenced_aliases(facts, components_of(json_file))
            usage_known = usage_known and error is None
            continue
        ctx = load_unit(facts, unit)
        used |= referenced_aliases(facts, ctx.components)
        findings = [f for check in UNIT_CHECKS for f in check(ctx)]
        texts = {}
        if ctx.json is not None:
            texts[ctx.json.path] = ctx.json.source.text
        elif ctx.json_error is not None and unit.json_path is not None:
            usage_known = False  # an unreadable .json may use the plugin: WC110 cannot tell
            if ctx.json_error.text is not None:
                texts[unit.json_path] = ctx.json_error.text
        suppressions: list[Suppression] = []
        if ctx.wxml is not None and ctx.wxml_source is not None and unit.wxml_path is not None:
            texts[unit.wxml_path] = ctx.wxml_source.text
            suppressions, problems = parse_suppressions(ctx.wxml, unit.wxml_path, set(RULES_BY_CODE))
            findings.extend(problems)
        collector.add(findings, texts, suppressions, unit.wxml_path)
        collector.files += len(files)
    diagnostics = collector.diagnostics[start:]
    sources = {d.path: collector.sources[d.path] for d in diagnostics if d.path in collector.sources}
    for d in diagnostics:  # a fix may edit another file (app.json): its text goes along
        if d.fix is not None and d.fix.path is not None and d.fix.path.as_posix() in collector.sources:
            sources[d.fix.path.as_posix()] = collector.sources[d.fix.path.as_posix()]
    return _Partial(diagnostics, sources, collector.files - files_before, used, usage_known)


def referenced_aliases(facts: ProjectFacts, refs: list[ComponentRef]) -> set[str]:
    """The plugin aliases some usingComponents entries use (an appid URL uses the contact aliases)."""
    aliases: set[str] = set()
    for ref in refs:
        parsed = plugin_url(ref.value)
        if parsed is None:
            continue
        if parsed[0] == plugin.PROVIDER:
            aliases.update(d.alias for d in facts.declarations if d.is_contact)
        else:
            aliases.add(parsed[0])
    return aliases


def _apply_options(config: LintConfig, options: LintOptions) -> None:
    known = set(RULES_BY_CODE)
    for selector in [*(options.select or []), *options.extend_select, *options.ignore]:
        if selector != "ALL" and not any(code.startswith(selector) for code in known):
            raise WecontactError(msg("engine.unknown_selector", selector=selector),
                                 hint=msg("engine.hint_rules"))
    if options.select is not None:
        config.select = options.select
    config.extend_select = [*config.extend_select, *options.extend_select]
    config.ignore = [*config.ignore, *options.ignore]


def _inside(root: Path, path: Path) -> Path:
    resolved = path.resolve()
    if not resolved.exists():
        raise WecontactError(msg("path.missing"), Location(path))
    try:
        resolved.relative_to(root.resolve())
    except ValueError:
        raise WecontactError(msg("engine.outside", root=str(root)), Location(path)) from None
    return resolved


class _Collector:
    """Turns findings into diagnostics, file by file, keeping what reporters need."""

    def __init__(self, facts: ProjectFacts, enabled: set[str], targets: list[Path], lang: Lang = "en"):
        self.facts = facts
        self.lang = lang
        self.root = facts.root
        self.enabled = enabled
        self.targets = targets
        self.diagnostics: list[Diagnostic] = []
        self.sources: dict[str, str] = {}
        self.files = 0

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def skipped(self, path: Path) -> bool:
        """Outside the paths asked for, or excluded by the configuration."""
        if self.facts.config.exclude and self.facts.config.excluded(self.relative(path)):
            return True
        if not self.targets:
            return False
        resolved = path.resolve()
        return not any(resolved == t or t in resolved.parents for t in self.targets)

    def add(self, findings: Iterable[Finding], texts: dict[Path, str],
            suppressions: list[Suppression], wxml_path: Path | None) -> None:
        indexes: dict[Path, LineIndex] = {}

        def index(path: Path) -> LineIndex | None:  # built only for a file with a finding
            if path not in indexes and path in texts:
                indexes[path] = LineIndex(texts[path])
            return indexes.get(path)

        for finding in findings:
            diagnostic = self.diagnostic(finding, index(finding.path))
            if diagnostic is None:
                continue
            hit = [s for s in suppressions if finding.path == wxml_path and s.covers(diagnostic)]
            for item in hit:
                item.used = True
            if not hit:
                self.keep(diagnostic, texts.get(finding.path))
        if wxml_path is not None and suppressions:
            for finding in unused(suppressions, wxml_path, self.enabled):
                diagnostic = self.diagnostic(finding, index(wxml_path))
                if diagnostic is not None:
                    self.keep(diagnostic, texts.get(wxml_path))

    def diagnostic(self, finding: Finding, index: LineIndex | None) -> Diagnostic | None:
        rel = self.relative(finding.path)
        if finding.code not in self.enabled or self.skipped(finding.path):
            return None
        if any(finding.code.startswith(c) for c in self.facts.config.ignored_in(rel)):
            return None
        if index is not None and finding.line is None:
            start, end = index.position(finding.start), index.position(max(finding.end, finding.start))
            line, column, end_line, end_column = start.line, start.column, end.line, end.column
        else:
            line, column = finding.line or 1, finding.column or 1
            end_line, end_column = line, column + 1
        rule = RULES_BY_CODE[finding.code]
        severity = self.facts.config.severity.get(finding.code, rule.severity)
        fix = finding.fix
        if fix is not None and fix.path is not None:
            fix = replace(fix, path=Path(self.relative(fix.path)))
        return Diagnostic(finding.code, rule.name, severity, render(finding.message, self.lang), rel,
                          line, column, end_line, end_column, fix)

    def keep(self, diagnostic: Diagnostic, text: str | None) -> None:
        self.diagnostics.append(diagnostic)
        if text is not None:
            self.sources.setdefault(diagnostic.path, text)
        project = self.facts.project
        fix = diagnostic.fix
        if fix is not None and fix.path is not None and project is not None:
            # Fixes outside their own file only ever edit app.json (WC101 declares the plugin).
            self.sources.setdefault(fix.path.as_posix(), project.app.source.text)
