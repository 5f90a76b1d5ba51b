"""What ``wecontact doctor`` shows, as data: built from one lint run of each project.

``build_reports`` runs lint once per project, keeping what doctor shows, and returns a
plain data model; it never prints. Two renderers turn the model into output: ``render_json`` (the stable
object below) and the text renderers, ``render_plain`` (no ANSI codes: pipes, CI, tests)
and ``print_rich`` (a rich Tree, for a terminal; rich is imported only there).

JSON schema (``wecontact doctor --output-format json``; UTF-8, indented by 2 spaces, with
a final newline; paths are relative to the project root with POSIX separators unless
said otherwise; keys are never removed, new keys may be added)::

    {
      "project": {
        "root": "/abs/path/shop",          // the project folder (absolute, native separators)
        "app_dir": "miniprogram",          // the miniprogramRoot, relative to root ("." if the same)
        "compile_type": "miniprogram",     // project.config.json compileType
        "typescript": false,               // app.ts or the typescript compiler plugin
        "framework": "native",             // "native" | "uni-app" | "taro"
        "variant": {},                     // e.g. {"vue": "3", "layout": "cli", "language": "ts"}
        "build_output_of": null,           // the sources' folder when this is a framework's build
                                           //   output (relative to root, e.g. "src" or "../../../..")
        "build_output_framework": null     // then the framework that builds it: "uni-app" | "taro"
      },
      "declarations": [                    // every declaration of provider wx104a1a20c3f81ec2;
        {                                  //   [] when the plugin is not declared
          "alias": "contactPlugin",
          "version": "1.3.0",              // null when there is no "version" string
          "version_status": "ok",          // "ok" | "old" (before 1.3.0) | "invalid" | "missing"
          "scope": null,                   // null: the main package, else the subpackage root
          "file": "miniprogram/app.json",
          "line": 17                       // 1-based line of the alias key
        }
      ],
      "broken_declarations": [             // "plugins" entries WeChat cannot load (WC111): any
        {                                  //   of them may be the contact plugin written wrong
          "alias": "contactPlugin",
          "problem": "not_object",         // "not_object" | "no_provider" (no "provider" string)
          "type": "string",                // the entry's JSON type
          "scope": null,
          "file": "miniprogram/app.json",
          "line": 17
        }
      ],
      "uses": [                            // every page and component that uses the button:
        {                                  //   pages in app.json order, then components
          "kind": "page",                  // "page" (a route in app.json) | "component"
          "route": "packageService/pages/help/index",   // relative to app_dir, no extension
          "file": "miniprogram/packageService/pages/help/index.wxml",  // null without a .wxml
          "scope": "packageService",       // the subpackage root, null in the main package
          "declared": true,                // false: its plugin://<alias>/cell names no declared alias
          "tags": ["cell"],                // the tags that render the cell here ([]: unknown, see problems)
          "cells": [                       // each element rendering the cell, in document order
            {
              "tag": "cell",
              "line": 38,                  // 1-based line in "file"
              "plugid": "a1b2c3d4",        // as written ("{{contactId}}" when bound); null: absent
              "style_type": "2",           // as written; null: the admin console's default
              "startmessage": "startmessage",        // the bound handler; null: not bound
              "completemessage": "completemessage",  // the bound handler; null: not bound
              "problems": [                // what lint reports inside the element's start tag
                {"code": "WC202", "name": "plugid-placeholder", "severity": "error",
                 "message": "...", "file": "miniprogram/pages/help/index.wxml", "line": 38,
                 "column": 15,
                 "attribute": "plugid"}    // plugid | styleType | startmessage | completemessage | null
              ]
            }
          ],
          "problems": []                   // the syntax errors (WC001, WC002) of its .json and .wxml:
        }                                  //   a page whose .json is broken is listed with them
      ],
      "lint": {                            // what `wecontact lint` reports for the whole project
        "errors": 0,
        "warnings": 0,
        "info": 0,
        "codes": {                         // code -> details; errors first, then by count
          "WC201": {"name": "plugid-missing", "severity": "error", "count": 1}
        }
      },
      "error": null                        // null, or why the project could be read only in part:
    }                                      //   {code, name, severity, message, file, line, column,
                                           //   attribute: null}; a broken app.json (exit code 2)

Several projects (``wecontact doctor A B``, or a folder holding several projects): a JSON
array of these objects, one per project, in the order the run names them (each says its
``project.root``). One project is always the object itself, never a one-element array.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from wecontact_cli import plugin
from wecontact_cli.errors import display_path
from wecontact_cli.lint.model import SEVERITIES, Diagnostic, Severity
from wecontact_cli.lint.uses import SHOWN_VALUES
from wecontact_cli.model import Declaration, Project
from wecontact_cli.records import asdict, field, record
from wecontact_cli.text.positions import LineIndex

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang
    from wecontact_cli.lint.engine import LintRun
    from wecontact_cli.lint.uses import ShownCell, UnitUse

VersionStatus = Literal["ok", "old", "invalid", "missing"]


@record(frozen=True)
class ProjectInfo:
    """Where the project is and what kind it is."""

    root: str
    app_dir: str
    compile_type: str
    typescript: bool
    framework: str = "native"
    variant: dict[str, str] = field(default_factory=dict)
    """Facts about the flavour: vue version, layout (cli | hbuilderx), taro version ..."""
    build_output_of: str | None = None
    """The sources' folder, when the project is a framework's build output."""
    build_output_framework: str | None = None
    """The framework whose build output it is ("uni-app", "taro"), else None."""


@record(frozen=True)
class DeclarationInfo:
    """One declaration of the contact plugin's provider."""

    alias: str
    version: str | None
    version_status: VersionStatus
    scope: str | None
    file: str
    line: int


@record(frozen=True)
class ProblemInfo:
    """A lint diagnostic that doctor shows where it belongs (paths relative to the root)."""

    code: str
    name: str
    severity: str
    message: str
    file: str
    line: int
    column: int
    attribute: str | None = None
    """The cell property it sits on (plugid, styleType, startmessage, completemessage)."""


@record(frozen=True)
class BrokenDeclarationInfo:
    """A ``plugins`` entry WeChat cannot load: not an object, or without a provider."""

    alias: str
    problem: str
    type: str
    scope: str | None
    file: str
    line: int


@record(frozen=True)
class CellInfo:
    """One element that renders the contact cell."""

    tag: str
    line: int
    plugid: str | None
    style_type: str | None
    startmessage: str | None
    completemessage: str | None
    problems: list[ProblemInfo] = field(default_factory=list)


@record(frozen=True)
class UseInfo:
    """A page or component that uses the contact button (or whose .json cannot be read)."""

    kind: Literal["page", "component"]
    route: str
    file: str | None
    scope: str | None
    declared: bool
    tags: list[str]
    cells: list[CellInfo]
    problems: list[ProblemInfo] = field(default_factory=list)


@record(frozen=True)
class CodeCount:
    """How often one lint code is reported."""

    name: str
    severity: str
    count: int


@record(frozen=True)
class LintSummary:
    """Counts per severity and per code of a whole-project lint run."""

    errors: int = 0
    warnings: int = 0
    info: int = 0
    codes: dict[str, CodeCount] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Every diagnostic."""
        return self.errors + self.warnings + self.info


@record(frozen=True)
class DoctorReport:
    """Everything ``wecontact doctor`` shows."""

    project: ProjectInfo
    declarations: list[DeclarationInfo]
    broken_declarations: list[BrokenDeclarationInfo]
    uses: list[UseInfo]
    lint: LintSummary
    error: ProblemInfo | None = None
    """Why app.json could not be read: declarations and uses are then unknown."""
    root_arg: str = ""
    """The project as a command-line argument from the current folder ("" when it is there)."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the module docstring."""
        data = asdict(self)
        del data["root_arg"]  # a detail of the text output, not of the project
        return data



# --- building the model ------------------------------------------------------------------


def build_reports(starts: list[Path] | None = None, lang: Lang = "en") -> list[DoctorReport]:
    """One report per project: the projects the paths lie in (default: the current folder's),
    or every project below a folder that is in none.

    Broken files do not stop it: a page whose files cannot be parsed is listed with lint's
    error, and a broken app configuration becomes ``error`` while the rest is shown.
    Raises WecontactError (exit 2) when there is no project or its configuration is bad.
    """
    from wecontact_cli.frameworks.discover import group_paths
    from wecontact_cli.frameworks.registry import open_project
    from wecontact_cli.lint.engine import LintOptions, run_lint

    reports = []
    for group in group_paths(starts or [Path.cwd()]):
        project = open_project(found=group.detection)
        options = LintOptions([project.root], lang=lang, collect_uses=True, detection=group.detection)
        reports.append(report_of(run_lint(options, project)))  # the whole project
    return reports


def report_of(run: LintRun) -> DoctorReport:
    """What doctor shows of one lint run (kept with ``collect_uses``)."""
    project, diagnostics = run.project, run.result.diagnostics
    by_file: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        by_file.setdefault(d.path, []).append(d)
    root_arg = display_path(project.root)
    root_arg = "" if root_arg == "." else root_arg
    info, lint = project_info(project), summarize(diagnostics)
    if not project.readable:
        config = _relative(project.app_config, project.root) if project.app_config else ""
        found = by_file.get(config, [])  # a syntax error first, else what lint says there (Taro: TR109)
        error = next((_problem(d) for d in found if d.code in FILE_SYNTAX_CODES), None) or \
            next((_problem(d) for d in found), None)
        return DoctorReport(info, [], [], [], lint, error, root_arg)
    declarations = [declaration_info(project, d) for d in project.contact_declarations()]
    broken = [broken_info(project, d) for d in project.broken_declarations()]
    uses = [use_info(project, use, by_file, run.sources) for use in run.uses]
    order = {route.route: i for i, route in enumerate(project.routes)}
    uses.sort(key=lambda u: (u.kind != "page", order.get(u.route, 0), u.route))
    return DoctorReport(info, declarations, broken, uses, lint, None, root_arg)


FILE_SYNTAX_CODES = frozenset({"WC001", "WC002"})
"""Files the build cannot read (lint's json-syntax and wxml-syntax)."""
_SHOWN_ROWS = (*SHOWN_VALUES, *plugin.EVENT_NAMES)
"""The cell properties the text output has a row for (a problem on one marks that row)."""


def project_info(project: Project) -> ProjectInfo:
    """The project part of the report (known even when its app configuration is broken)."""
    found = project.detection
    owner = found.output_of
    sources = Path(os.path.relpath(owner.source_root, project.root)).as_posix() if owner else None
    return ProjectInfo(str(project.root), _relative(project.source_root, project.root) or ".",
                       getattr(project, "compile_type", "miniprogram"), project.typescript, found.framework,
                       dict(found.variant), sources, owner.framework if owner else None)


def _problem(d: Diagnostic, attribute: str | None = None) -> ProblemInfo:
    return ProblemInfo(d.code, d.name, d.severity, d.message, d.path, d.line, d.column, attribute)


def version_status(version: str | None, *, plugin_project: bool = False) -> VersionStatus:
    """How a declared version fares against the platform's forms and the guide's 1.3.0."""
    if version is None:
        return "missing"
    if plugin.version_problem(version, plugin_project=plugin_project):
        return "invalid"
    return "old" if plugin.is_older_than_guide(version) else "ok"


def _line(project: Project, decl: Declaration) -> int:
    text = project.texts.get(decl.key.path, "")
    return LineIndex(text).position(decl.key.start).line if text else 0


def declaration_info(project: Project, decl: Declaration) -> DeclarationInfo:
    """One contact declaration, with where it is written."""
    return DeclarationInfo(decl.alias, decl.version, version_status(decl.version, plugin_project=project.plugin_project),
                           decl.scope, _relative(decl.key.path, project.root), _line(project, decl))


def broken_info(project: Project, decl: Declaration) -> BrokenDeclarationInfo:
    """One ``plugins`` entry WeChat cannot load, with where it is written."""
    problem = "not_object" if decl.entry_type != "object" else "no_provider"
    return BrokenDeclarationInfo(decl.alias, problem, decl.entry_type, decl.scope,
                                 _relative(decl.key.path, project.root), _line(project, decl))


def use_info(project: Project, use: UnitUse, by_file: dict[str, list[Diagnostic]], texts: dict[str, str]) -> UseInfo:
    """A unit that renders or registers the cell, with lint's problems where they belong."""
    view = _relative(use.view, project.root) if use.view is not None else None
    config = _relative(use.config, project.root) if use.config is not None else None
    broken = [_problem(d) for path in (config, view) if path for d in by_file.get(path, [])
              if d.code in FILE_SYNTAX_CODES]
    kind: Literal["page", "component"] = "page" if use.kind == "page" else "component"
    if any(p.file == config for p in broken):  # its usingComponents are unknown
        return UseInfo(kind, use.relpath, view, use.scope, True, [], [], broken)
    in_view = by_file.get(view, []) if view else []
    index = LineIndex(texts[view]) if view in texts else None
    cells = [cell_info(cell, in_view, index) for cell in use.cells]
    declared = not any(tag in use.undeclared for tag in use.tags)
    return UseInfo(kind, use.relpath, view, use.scope, declared, list(use.tags), cells, broken)


def cell_info(cell: ShownCell, diagnostics: list[Diagnostic], index: LineIndex | None) -> CellInfo:
    """What doctor shows of one cell: plugid, styleType, handlers, and lint's problems on it."""
    problems = _cell_problems(cell, diagnostics, index) if index is not None else []
    return CellInfo(cell.tag, cell.line, cell.plugid, cell.style_type, cell.startmessage, cell.completemessage,
                    problems)


def _cell_problems(cell: ShownCell, diagnostics: list[Diagnostic], index: LineIndex) -> list[ProblemInfo]:
    """Lint's diagnostics inside the cell's start tag, each with the property it sits on."""
    def at(offset: int) -> tuple[int, int]:
        position = index.position(offset)
        return position.line, position.column

    start, end = at(cell.start), at(cell.end)
    problems = []
    for d in diagnostics:
        where = (d.line, d.column)
        if not start <= where < end:
            continue
        name = next((sets for first, last, sets in cell.attributes if at(first) <= where < at(last)), None)
        problems.append(_problem(d, name if name in _SHOWN_ROWS else None))
    return problems


def summarize(diagnostics: list[Diagnostic]) -> LintSummary:
    """Counts per severity and per code (errors first, then the most frequent)."""
    per_severity = {s: 0 for s in SEVERITIES}
    codes: dict[str, tuple[str, Severity, int]] = {}
    for d in diagnostics:
        per_severity[d.severity] += 1
        name, severity, count = codes.get(d.code, (d.name, d.severity, 0))
        if SEVERITIES.index(d.severity) < SEVERITIES.index(severity):
            severity = d.severity  # the most severe, should a code ever have two
        codes[d.code] = (name, severity, count + 1)
    ordered = sorted(codes.items(), key=lambda kv: (SEVERITIES.index(kv[1][1]), -kv[1][2], kv[0]))
    return LintSummary(per_severity["error"], per_severity["warning"], per_severity["info"],
                       {code: CodeCount(*value) for code, value in ordered})


def _relative(path: Path, root: Path) -> str:
    """``path`` from ``root`` in POSIX form ("" for the root itself); a path outside it as it
    is. A path that spells out the root's own text is cut as a string: ``relative_to``
    parses both paths, and doctor asks this twice for every page with a cell."""
    text, base = str(path), str(root)
    prefix = base if base.endswith(os.sep) else base + os.sep
    if text.startswith(prefix):
        return text[len(prefix):].replace(os.sep, "/")
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
    return "" if rel == "." else rel
