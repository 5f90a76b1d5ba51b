"""``wecontact doctor``: the project's contact-plugin integration on one screen.

``build_report`` reads the project (as ``lint`` does) and returns a plain data model;
it never prints. Two renderers turn the model into output: ``render_json`` (the stable
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
        "typescript": false                // app.ts or the typescript compiler plugin
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
"""

from __future__ import annotations

import json
import shlex
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from wecontact_cli import plugin
from wecontact_cli.errors import display_path
from wecontact_cli.syntax.jsontext import line_col
from wecontact_cli.lint.model import SEVERITIES, Diagnostic, Severity
from wecontact_cli.i18n.message import Message, msg, render
from wecontact_cli.frameworks.native.app import PluginDeclaration, AppJson, ProjectPaths
from wecontact_cli.text.safe import visible

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang
    from wecontact_cli.lint.context import ProjectFacts, UnitContext
    from wecontact_cli.syntax.wxml import Element, Position

VersionStatus = Literal["ok", "old", "invalid", "missing"]
TOP_CODES = 5
"""How many lint codes the text output lists."""


@dataclass(frozen=True)
class ProjectInfo:
    """Where the project is and what kind it is."""

    root: str
    app_dir: str
    compile_type: str
    typescript: bool


@dataclass(frozen=True)
class DeclarationInfo:
    """One declaration of the contact plugin's provider."""

    alias: str
    version: str | None
    version_status: VersionStatus
    scope: str | None
    file: str
    line: int


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class BrokenDeclarationInfo:
    """A ``plugins`` entry WeChat cannot load: not an object, or without a provider."""

    alias: str
    problem: str
    type: str
    scope: str | None
    file: str
    line: int


@dataclass(frozen=True)
class CellInfo:
    """One element that renders the contact cell."""

    tag: str
    line: int
    plugid: str | None
    style_type: str | None
    startmessage: str | None
    completemessage: str | None
    problems: list[ProblemInfo] = field(default_factory=list)


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class CodeCount:
    """How often one lint code is reported."""

    name: str
    severity: str
    count: int


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


def build_report(start: Path | None = None, lang: "Lang" = "en") -> DoctorReport:
    """Read the project containing ``start`` and describe its integration (prints nothing).

    Broken files do not stop it: a page whose .json or .wxml cannot be parsed is listed
    with lint's error, and a broken app.json becomes ``error`` while the rest is shown.
    Raises WecontactError (exit 2) when there is no project or its configuration is bad.
    """
    from wecontact_cli.lint.config import load_config
    from wecontact_cli.lint.context import load_facts
    from wecontact_cli.lint.engine import LintOptions, run_lint
    from wecontact_cli.lint.rules import RULES
    from wecontact_cli.frameworks.native.app import locate_project

    paths = locate_project(start)
    facts = load_facts(paths, load_config(paths.root, RULES))
    diagnostics = run_lint(LintOptions([paths.root], lang=lang)).result.diagnostics
    by_file: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        by_file.setdefault(d.path, []).append(d)
    info = project_info(paths)
    root_arg = display_path(paths.root)
    root_arg = "" if root_arg == "." else root_arg
    lint = summarize(diagnostics)
    project = facts.project
    if project is None:
        app_json = _relative(paths.app_json, paths.root)
        error = next((_problem(d) for d in by_file.get(app_json, []) if d.code in _syntax_codes()), None)
        return DoctorReport(info, [], [], [], lint, error, root_arg)
    declarations = [declaration_info(project, d) for d in project.contact_declarations()]
    broken = [broken_info(project, d) for d in project.broken_declarations()]
    return DoctorReport(info, declarations, broken, find_uses(facts, by_file), lint, None, root_arg)


def project_info(paths: ProjectPaths) -> ProjectInfo:
    """The project part of the report (known even when app.json is broken)."""
    from wecontact_cli.frameworks.native.app import project_kind

    compile_type, typescript = project_kind(paths)
    return ProjectInfo(str(paths.root), _relative(paths.app_dir, paths.root) or ".", compile_type, typescript)


def _syntax_codes() -> frozenset[str]:
    """The codes of files that cannot be parsed (WC001, WC002): lint's own rules."""
    from wecontact_cli.lint.rules import syntax

    return frozenset(rule.code for rule in syntax.RULES)


def _problem(d: Diagnostic, attribute: str | None = None) -> ProblemInfo:
    return ProblemInfo(d.code, d.name, d.severity, d.message, d.path, d.line, d.column, attribute)


def version_status(version: str | None, *, plugin_project: bool = False) -> VersionStatus:
    """How a declared version fares against the platform's forms and the guide's 1.3.0."""
    if version is None:
        return "missing"
    if plugin.version_problem(version, plugin_project=plugin_project):
        return "invalid"
    return "old" if plugin.is_older_than_guide(version) else "ok"


def declaration_info(project: AppJson, decl: PluginDeclaration) -> DeclarationInfo:
    """One contact declaration, with where it is written."""
    line, _ = line_col(project.app.source.text, decl.key_offset)
    return DeclarationInfo(
        decl.alias, decl.version,
        version_status(decl.version, plugin_project=project.is_plugin_project),
        decl.scope, _relative(project.app.path, project.root) or project.app.path.name, line)


def broken_info(project: AppJson, decl: PluginDeclaration) -> BrokenDeclarationInfo:
    """One ``plugins`` entry WeChat cannot load, with where it is written."""
    line, _ = line_col(project.app.source.text, decl.key_offset)
    return BrokenDeclarationInfo(
        decl.alias, decl.problem or "", decl.node.type_name, decl.scope,
        _relative(project.app.path, project.root) or project.app.path.name, line)


def find_uses(facts: ProjectFacts, by_file: dict[str, list[Diagnostic]] | None = None) -> list[UseInfo]:
    """Every page and component that renders the cell or registers it in its own .json,
    and every one whose .json cannot be parsed (whether it uses the cell is unknown);
    ``by_file``: lint's diagnostics by path, shown where they belong."""
    from wecontact_cli.lint.context import discover_units, load_unit

    project = facts.project
    assert project is not None
    order = {page.route: i for i, page in enumerate(project.pages)}
    uses = []
    for unit in discover_units(project.app_dir, facts.page_routes):
        use = _use_of(facts, load_unit(facts, unit), unit.relpath in order, by_file or {})
        if use is not None:
            uses.append(use)
    uses.sort(key=lambda u: (u.kind != "page", order.get(u.route, 0), u.route))
    return uses


def _use_of(facts: ProjectFacts, ctx: UnitContext, is_page: bool,
            by_file: dict[str, list[Diagnostic]]) -> UseInfo | None:
    from wecontact_cli.lint.context import plugin_url
    from wecontact_cli.syntax.wxml import parse_wxml

    scope = ctx.scope_root
    kind: Literal["page", "component"] = "page" if is_page else "component"
    wxml = ctx.unit.wxml_path
    wxml_file = _relative(wxml, facts.root) if wxml is not None else None
    json_file = _relative(ctx.unit.json_path, facts.root) if ctx.unit.json_path is not None else None
    syntax = _syntax_codes()
    broken = [_problem(d) for path in (json_file, wxml_file) if path for d in by_file.get(path, [])
              if d.code in syntax]
    if any(p.file == json_file for p in broken):  # its usingComponents are unknown
        return UseInfo(kind, ctx.unit.relpath, wxml_file, scope, True, [], [], broken)
    contact = ctx.contact_tags  # tag -> (ref, from app.json)
    # A plugin://<alias>/cell whose alias nobody declares (WC101) is still meant as the button.
    guessed: dict[str, bool] = {}
    for refs, is_global in ((facts.global_components, True), (ctx.components, False)):
        for ref in refs:
            parsed = plugin_url(ref.value)
            if (parsed is not None and parsed[1] == plugin.COMPONENT and parsed[0] != plugin.PROVIDER
                    and not facts.anywhere(parsed[0])):
                guessed[ref.tag] = is_global
            elif not is_global:
                guessed.pop(ref.tag, None)  # the page's own entry overrides a global one
    for tag in contact:
        guessed.pop(tag, None)
    own = {tag for tag, (_, is_global) in contact.items() if not is_global}
    own |= {tag for tag, is_global in guessed.items() if not is_global}
    wanted = set(contact) | set(guessed)
    doc = ctx.wxml
    if guessed and ctx.wxml_source is not None:
        doc = parse_wxml(ctx.wxml_source.text)  # the fast scan looked for the known tags only
    elements = [el for el in doc.iter_elements() if el.tag in wanted] if doc is not None and wanted else []
    if not elements and not own:
        return None
    in_wxml = by_file.get(wxml_file, []) if wxml_file else []
    cells = [_cell_info(el, in_wxml) for el in elements]
    tags = sorted({c.tag for c in cells} | own)
    return UseInfo(kind, ctx.unit.relpath, wxml_file, scope, not any(tag in guessed for tag in tags), tags,
                   cells, broken)


def _cell_info(element: Element, diagnostics: list[Diagnostic]) -> CellInfo:
    from wecontact_cli.lint.rules.attributes import event_of, property_of

    values: dict[str, str | None] = {}
    handlers: dict[str, str | None] = {}
    for attr in element.attributes:  # the last one wins, as at runtime
        prop = property_of(attr.name)
        if prop in ("plugid", "styleType"):
            values[prop] = attr.value if attr.value is not None else ""
        event = event_of(attr.name)
        if event is not None and event in plugin.EVENT_NAMES:
            handlers[event] = (attr.value or "").strip() or None
    return CellInfo(element.tag, element.start.line, values.get("plugid"), values.get("styleType"),
                    handlers.get("startmessage"), handlers.get("completemessage"),
                    _cell_problems(element, diagnostics))


def _cell_problems(element: Element, diagnostics: list[Diagnostic]) -> list[ProblemInfo]:
    """Lint's diagnostics inside the element's start tag, each with the property it sits on."""
    from wecontact_cli.lint.rules.attributes import event_of, property_of

    def inside(d: Diagnostic, start: Position, end: Position) -> bool:
        return (start.line, start.column) <= (d.line, d.column) < (end.line, end.column)

    problems = []
    for d in diagnostics:
        if not inside(d, element.start, element.open_end):
            continue
        attr = next((a for a in element.attributes if inside(d, a.start, a.end)), None)
        name = (property_of(attr.name) or event_of(attr.name)) if attr is not None else None
        problems.append(_problem(d, name if name in _SHOWN_ROWS else None))
    return problems


_SHOWN_ROWS = ("plugid", "styleType", *plugin.EVENT_NAMES)
"""The cell properties the text output has a row for (a problem on one marks that row)."""


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
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
    return "" if rel == "." else rel


# --- rendering -----------------------------------------------------------------------------


def render_json(report: DoctorReport) -> str:
    """The stable JSON object (see the module docstring)."""
    text = json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate: its JSON escape


@dataclass(frozen=True)
class _Row:
    """One line of the text output: indentation level, text, rich style."""

    level: int
    text: str | Message
    style: str = ""


@dataclass(frozen=True)
class _Section:
    title: str | Message
    rows: list[_Row]


def _plural(n: int, one: Message, many: Message) -> Message:
    return one if n == 1 else many


_SEVERITIES = {"error": msg("doctor.severity_error"), "warning": msg("doctor.severity_warning"),
               "info": msg("doctor.severity_info")}


def _sections(report: DoctorReport) -> list[_Section]:
    """What the text renderers show, shared by the plain and the rich one."""
    arg = f" {shlex.quote(report.root_arg)}" if report.root_arg else ""
    return [_project_section(report), _plugin_section(report, arg), _uses_section(report, arg),
            _lint_section(report, arg)]


def _scope(scope: str | None) -> Message:
    return msg("doctor.main_package") if scope is None else msg("doctor.subpackage", scope=scope)


def _project_section(report: DoctorReport) -> _Section:
    p = report.project
    rows = [
        _Row(0, msg("doctor.app_folder", folder=p.app_dir)),
        _Row(0, msg("doctor.compile_type", type=p.compile_type)),
        _Row(0, msg("doctor.language", language="TypeScript" if p.typescript else "JavaScript")),
    ]
    if report.error is not None:
        rows.append(_Row(0, msg("doctor.app_unreadable", error=_one_line(report.error)), "bold red"))
    return _Section(msg("doctor.project", root=display_path(Path(p.root))), rows)


def _plugin_section(report: DoctorReport, arg: str) -> _Section:
    title = msg("doctor.plugin_title", provider=plugin.PROVIDER)
    if report.error is not None:
        return _Section(title, [_Row(0, msg("doctor.unknown_without_app"), "yellow")])
    rows: list[_Row] = []
    if not report.declarations and not report.broken_declarations:
        rows.append(_Row(0, msg("doctor.not_declared"), "bold red"))
        rows.append(_Row(1, msg("doctor.fix", command=f"wecontact init{arg}"), "cyan"))
    for b in report.broken_declarations:
        reason = (msg("doctor.reason_not_object", type=b.type) if b.problem == "not_object"
                  else msg("doctor.reason_no_provider"))
        rows.append(_Row(0, msg("doctor.broken_entry", alias=b.alias, reason=reason, scope=_scope(b.scope),
                                where=f"{b.file}:{b.line}"), "bold red"))
        rows.append(_Row(1, msg("doctor.fix_entry", example=plugin.DECLARATION_EXAMPLE), "cyan"))
    mark = {"ok": ("", "green"), "old": (msg("doctor.mark_old"), "yellow"),
            "invalid": (msg("doctor.mark_invalid"), "red"), "missing": (msg("doctor.mark_missing"), "red")}
    for d in report.declarations:
        version = d.version if d.version is not None else msg("doctor.no_version")
        note, style = mark[d.version_status]
        rows.append(_Row(0, msg("doctor.declaration", alias=d.alias, version=version, note=note,
                                scope=_scope(d.scope), where=f"{d.file}:{d.line}"), style))
    if len(report.declarations) > 1:
        rows.append(_Row(1, msg("doctor.declared_twice"), "red"))
    return _Section(title, rows)


def _uses_section(report: DoctorReport, arg: str) -> _Section:
    pages = sum(u.kind == "page" for u in report.uses)
    components = len(report.uses) - pages
    cells = sum(len(u.cells) for u in report.uses)
    title = msg("doctor.button_title",
                pages=_plural(pages, msg("doctor.n_page", n=pages), msg("doctor.n_pages", n=pages)),
                components=_plural(components, msg("doctor.n_component", n=components),
                                   msg("doctor.n_components", n=components)),
                cells=_plural(cells, msg("doctor.n_cell", n=cells), msg("doctor.n_cells", n=cells)))
    if report.error is not None:
        return _Section(msg("doctor.button_title_unknown"), [_Row(0, msg("doctor.unknown_without_app"), "yellow")])
    rows: list[_Row] = []
    if not report.uses:
        rows.append(_Row(0, msg("doctor.no_uses"), "yellow"))
        command = f"wecontact add-page <route> --plugid <ID>{' -C' + arg if arg else ''}"
        rows.append(_Row(1, msg("doctor.fix", command=command), "cyan"))
    for use in report.uses:
        rows.extend(_use_rows(use))
    return _Section(title, rows)


def _use_rows(u: UseInfo) -> list[_Row]:
    """A page or component: its broken files, or whether its alias is declared and its cells."""
    where = msg("doctor.use_page", route=u.route) if u.kind == "page" else msg("doctor.use_component", route=u.route)
    if u.scope:
        where = msg("doctor.use_scoped", where=where, scope=_scope(u.scope))
    rows = [_Row(0, where, "bold")]
    rows.extend(_Row(1, _one_line(problem), _STYLES.get(problem.severity, "")) for problem in u.problems)
    if not u.declared:
        rows.append(_Row(1, msg("doctor.undeclared_alias"), "red"))
    if not u.cells and u.tags:
        rows.append(_Row(1, msg("doctor.no_cells", tags=", ".join(f"<{tag}>" for tag in u.tags)), "yellow"))
    for c in u.cells:
        rows.append(_Row(1, msg("doctor.cell_at", tag=c.tag, where=f"{u.file}:{c.line}")))
        rows.extend(_cell_rows(c))
    return rows


def _cell_rows(c: CellInfo) -> list[_Row]:
    """The cell's plugid, styleType and handlers, each marked with lint's problem on it;
    then its other problems."""
    if c.plugid:
        plugid = _Row(2, msg("doctor.plugid", value=c.plugid))
    else:
        missing = msg("doctor.plugid_empty") if c.plugid == "" else msg("doctor.plugid_missing")
        plugid = _Row(2, msg("doctor.plugid", value=missing), "red")
    style_type = c.style_type if c.style_type is not None else msg("doctor.console_default")
    rows = {"plugid": plugid, "styleType": _Row(2, msg("doctor.style_type", value=style_type))}
    for event, handler in (("startmessage", c.startmessage), ("completemessage", c.completemessage)):
        rows[event] = (_Row(2, msg("doctor.bound", event=event, handler=handler)) if handler
                       else _Row(2, msg("doctor.not_bound", event=event), "yellow"))
    others = []
    for problem in c.problems:
        style = _STYLES.get(problem.severity, "")
        row = rows.get(problem.attribute or "")
        if row is None:
            others.append(_Row(2, msg("doctor.cell_problem", code=problem.code, name=problem.name,
                                      severity=_SEVERITIES[problem.severity],
                                      where=f"{problem.line}:{problem.column}", message=problem.message), style))
        else:
            rows[problem.attribute or ""] = _Row(2, msg("doctor.marked", row=row.text, code=problem.code,
                                                        name=problem.name, severity=_SEVERITIES[problem.severity]),
                                                 style if style == "red" or not row.style else row.style)
    return [*rows.values(), *others]


def _one_line(problem: ProblemInfo) -> str:
    """A problem as lint's concise line (the same layout editors parse)."""
    from wecontact_cli.report import ReportContext
    from wecontact_cli.report._common import headline

    d = Diagnostic(problem.code, problem.name, problem.severity, problem.message,  # type: ignore[arg-type]
                   problem.file, problem.line, problem.column, problem.line, problem.column)
    return headline(d, ReportContext({}, {}, "", 0, show_fixes=False))


def _lint_section(report: DoctorReport, arg: str) -> _Section:
    lint = report.lint
    if not lint.total:
        return _Section(msg("doctor.lint_title"), [_Row(0, msg("doctor.no_problems"), "green")])
    errors, warnings = lint.errors, lint.warnings
    counts = msg("doctor.counts",
                 errors=_plural(errors, msg("doctor.n_error", n=errors), msg("doctor.n_errors", n=errors)),
                 warnings=_plural(warnings, msg("doctor.n_warning", n=warnings), msg("doctor.n_warnings", n=warnings)),
                 info=lint.info)
    rows = [_Row(0, counts, "red" if lint.errors else "yellow" if lint.warnings else "")]
    codes = list(lint.codes.items())
    for code, c in codes[:TOP_CODES]:
        rows.append(_Row(1, msg("doctor.code_count", code=code, name=c.name, severity=_SEVERITIES[c.severity],
                                count=c.count), _STYLES.get(c.severity, "")))
    if len(codes) > TOP_CODES:
        more = len(codes) - TOP_CODES
        rows.append(_Row(1, msg("doctor.more_codes",
                                more=_plural(more, msg("doctor.n_code", n=more), msg("doctor.n_codes", n=more)))))
    # the whole project, from where doctor ran: the command reports exactly these counts
    rows.append(_Row(0, msg("doctor.see_them", command=f"wecontact lint{arg}"), "cyan"))
    return _Section(msg("doctor.lint_title"), rows)


_STYLES = {"error": "red", "warning": "yellow"}


def render_plain(report: DoctorReport, lang: "Lang" = "en") -> str:
    """The text report without any styling; every row one line (control characters shown)."""
    lines = []
    for section in _sections(report):
        lines.append(visible(render(section.title, lang)))
        lines.extend("  " * (row.level + 1) + visible(render(row.text, lang)) for row in section.rows)
        lines.append("")
    return "\n".join(lines)


def print_rich(report: DoctorReport, stream: TextIO, lang: "Lang" = "en") -> None:
    """The text report as a rich Tree, for a terminal."""
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    tree = Tree(Text("wecontact doctor", style="bold"), guide_style="dim")
    for section in _sections(report):
        branch = tree.add(Text(visible(render(section.title, lang)), style="bold underline"))
        parents = [branch]
        for row in section.rows:
            del parents[row.level + 1:]
            node = parents[-1].add(Text(visible(render(row.text, lang)), style=row.style))
            parents.append(node)
    Console(file=stream, force_terminal=True, highlight=False).print(tree)
