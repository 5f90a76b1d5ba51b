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
          "tags": ["cell"],                // the tags that render the cell here
          "cells": [                       // each element rendering the cell, in document order
            {
              "tag": "cell",
              "line": 38,                  // 1-based line in "file"
              "plugid": "a1b2c3d4",        // as written ("{{contactId}}" when bound); null: absent
              "style_type": "2",           // as written; null: the admin console's default
              "startmessage": "startmessage",        // the bound handler; null: not bound
              "completemessage": "completemessage"   // the bound handler; null: not bound
            }
          ]
        }
      ],
      "lint": {                            // what `wecontact lint` reports for the whole project
        "errors": 0,
        "warnings": 0,
        "info": 0,
        "codes": {                         // code -> details; errors first, then by count
          "WC201": {"name": "plugid-missing", "severity": "error", "count": 1}
        }
      }
    }
"""

from __future__ import annotations

import json
import shlex
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from wecontact_cli import plugin
from wecontact_cli.errors import display_path
from wecontact_cli.jsontext import line_col
from wecontact_cli.lint.model import SEVERITIES, Diagnostic, Severity
from wecontact_cli.messages import Message, msg, render
from wecontact_cli.project import PluginDeclaration, Project

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang
    from wecontact_cli.lint.context import ProjectFacts, UnitContext
    from wecontact_cli.wxml import Element

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


@dataclass(frozen=True)
class UseInfo:
    """A page or component that uses the contact button."""

    kind: Literal["page", "component"]
    route: str
    file: str | None
    scope: str | None
    declared: bool
    tags: list[str]
    cells: list[CellInfo]


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

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the module docstring."""
        return asdict(self)


# --- building the model ------------------------------------------------------------------


def build_report(start: Path | None = None) -> DoctorReport:
    """Read the project containing ``start`` and describe its integration (prints nothing).

    Raises WecontactError (exit 2) when there is no project or app.json is unusable.
    """
    from wecontact_cli.lint.config import load_config
    from wecontact_cli.lint.context import ProjectFacts
    from wecontact_cli.lint.engine import LintOptions, run_lint
    from wecontact_cli.lint.rules import RULES
    from wecontact_cli.project import load_project, locate_project

    paths = locate_project(start)
    project = load_project(paths)
    config = load_config(paths.root, RULES)
    facts = ProjectFacts(paths, config, project, None)
    run = run_lint(LintOptions([paths.root]))
    return DoctorReport(
        project_info(project),
        [declaration_info(project, d) for d in project.contact_declarations()],
        [broken_info(project, d) for d in project.broken_declarations()],
        find_uses(facts),
        summarize(run.result.diagnostics),
    )


def project_info(project: Project) -> ProjectInfo:
    """The project part of the report."""
    return ProjectInfo(str(project.root), _relative(project.app_dir, project.root) or ".",
                       project.compile_type, project.typescript)


def version_status(version: str | None, *, plugin_project: bool = False) -> VersionStatus:
    """How a declared version fares against the platform's forms and the guide's 1.3.0."""
    if version is None:
        return "missing"
    if plugin.version_problem(version, plugin_project=plugin_project):
        return "invalid"
    return "old" if plugin.is_older_than_guide(version) else "ok"


def declaration_info(project: Project, decl: PluginDeclaration) -> DeclarationInfo:
    """One contact declaration, with where it is written."""
    line, _ = line_col(project.app.source.text, decl.key_offset)
    return DeclarationInfo(
        decl.alias, decl.version,
        version_status(decl.version, plugin_project=project.is_plugin_project),
        decl.scope, _relative(project.app.path, project.root) or project.app.path.name, line)


def broken_info(project: Project, decl: PluginDeclaration) -> BrokenDeclarationInfo:
    """One ``plugins`` entry WeChat cannot load, with where it is written."""
    line, _ = line_col(project.app.source.text, decl.key_offset)
    return BrokenDeclarationInfo(
        decl.alias, decl.problem or "", decl.node.type_name, decl.scope,
        _relative(project.app.path, project.root) or project.app.path.name, line)


def find_uses(facts: ProjectFacts) -> list[UseInfo]:
    """Every page and component that renders the cell or registers it in its own .json."""
    from wecontact_cli.lint.context import discover_units, load_unit

    project = facts.project
    assert project is not None
    order = {page.route: i for i, page in enumerate(project.pages)}
    uses = []
    for unit in discover_units(project.app_dir, facts.page_routes):
        use = _use_of(facts, load_unit(facts, unit), unit.relpath in order)
        if use is not None:
            uses.append(use)
    uses.sort(key=lambda u: (u.kind != "page", order.get(u.route, 0), u.route))
    return uses


def _use_of(facts: ProjectFacts, ctx: UnitContext, is_page: bool) -> UseInfo | None:
    from wecontact_cli.lint.context import plugin_url
    from wecontact_cli.wxml import parse_wxml

    scope = ctx.scope_root
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
    cells = [_cell_info(el) for el in elements]
    tags = sorted({c.tag for c in cells} | own)
    wxml = ctx.unit.wxml_path
    return UseInfo(
        "page" if is_page else "component", ctx.unit.relpath,
        _relative(wxml, facts.root) if wxml is not None else None,
        scope, not any(tag in guessed for tag in tags), tags, cells)


def _cell_info(element: Element) -> CellInfo:
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
                    handlers.get("startmessage"), handlers.get("completemessage"))


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


def _sections(report: DoctorReport, target: str) -> list[_Section]:
    """What the text renderers show, shared by the plain and the rich one."""
    def scope_of(scope: str | None) -> Message:
        return msg("doctor.main_package") if scope is None else msg("doctor.subpackage", scope=scope)

    arg = f" {shlex.quote(target)}" if target else ""
    p = report.project
    shown_root = display_path(Path(p.root))
    project = _Section(msg("doctor.project", root=shown_root), [
        _Row(0, msg("doctor.app_folder", folder=p.app_dir)),
        _Row(0, msg("doctor.compile_type", type=p.compile_type)),
        _Row(0, msg("doctor.language", language="TypeScript" if p.typescript else "JavaScript")),
    ])

    rows: list[_Row] = []
    if not report.declarations and not report.broken_declarations:
        rows.append(_Row(0, msg("doctor.not_declared"), "bold red"))
        rows.append(_Row(1, msg("doctor.fix", command=f"wecontact init{arg}"), "cyan"))
    for b in report.broken_declarations:
        reason = (msg("doctor.reason_not_object", type=b.type) if b.problem == "not_object"
                  else msg("doctor.reason_no_provider"))
        rows.append(_Row(0, msg("doctor.broken_entry", alias=b.alias, reason=reason, scope=scope_of(b.scope),
                                where=f"{b.file}:{b.line}"), "bold red"))
        rows.append(_Row(1, msg("doctor.fix_entry", example=plugin.DECLARATION_EXAMPLE), "cyan"))
    for d in report.declarations:
        version = d.version if d.version is not None else msg("doctor.no_version")
        mark = {"ok": ("", "green"), "old": (msg("doctor.mark_old"), "yellow"),
                "invalid": (msg("doctor.mark_invalid"), "red"),
                "missing": (msg("doctor.mark_missing"), "red")}
        note, style = mark[d.version_status]
        rows.append(_Row(0, msg("doctor.declaration", alias=d.alias, version=version, note=note,
                                scope=scope_of(d.scope), where=f"{d.file}:{d.line}"), style))
    if len(report.declarations) > 1:
        rows.append(_Row(1, msg("doctor.declared_twice"), "red"))
    declared = _Section(msg("doctor.plugin_title", provider=plugin.PROVIDER), rows)

    rows = []
    pages = sum(u.kind == "page" for u in report.uses)
    cells = sum(len(u.cells) for u in report.uses)
    if not report.uses:
        rows.append(_Row(0, msg("doctor.no_uses"), "yellow"))
        option = f" -C{arg}" if target else ""
        rows.append(_Row(1, msg("doctor.fix", command=f"wecontact add-page <route> --plugid <ID>{option}"),
                         "cyan"))
    for u in report.uses:
        where = (msg("doctor.use_page", route=u.route) if u.kind == "page"
                 else msg("doctor.use_component", route=u.route))
        if u.scope:
            where = msg("doctor.use_scoped", where=where, scope=scope_of(u.scope))
        rows.append(_Row(0, where, "bold"))
        if not u.declared:
            rows.append(_Row(1, msg("doctor.undeclared_alias"), "red"))
        if not u.cells:
            tags = ", ".join(f"<{tag}>" for tag in u.tags)
            rows.append(_Row(1, msg("doctor.no_cells", tags=tags), "yellow"))
        for c in u.cells:
            rows.append(_Row(1, msg("doctor.cell_at", tag=c.tag, where=f"{u.file}:{c.line}")))
            if c.plugid:
                rows.append(_Row(2, msg("doctor.plugid", value=c.plugid)))
            else:
                missing = msg("doctor.plugid_empty") if c.plugid == "" else msg("doctor.plugid_missing")
                rows.append(_Row(2, msg("doctor.plugid", value=missing), "red"))
            style_type = c.style_type if c.style_type is not None else msg("doctor.console_default")
            rows.append(_Row(2, msg("doctor.style_type", value=style_type)))
            for event, handler in (("startmessage", c.startmessage), ("completemessage", c.completemessage)):
                if handler:
                    rows.append(_Row(2, msg("doctor.bound", event=event, handler=handler)))
                else:
                    rows.append(_Row(2, msg("doctor.not_bound", event=event), "yellow"))
    components = len(report.uses) - pages
    title = msg("doctor.button_title",
                pages=_plural(pages, msg("doctor.n_page", n=pages), msg("doctor.n_pages", n=pages)),
                components=_plural(components, msg("doctor.n_component", n=components),
                                   msg("doctor.n_components", n=components)),
                cells=_plural(cells, msg("doctor.n_cell", n=cells), msg("doctor.n_cells", n=cells)))
    uses = _Section(title, rows)

    lint = report.lint
    rows = []
    if not lint.total:
        rows.append(_Row(0, msg("doctor.no_problems"), "green"))
    else:
        errors, warnings = lint.errors, lint.warnings
        counts = msg("doctor.counts",
                     errors=_plural(errors, msg("doctor.n_error", n=errors), msg("doctor.n_errors", n=errors)),
                     warnings=_plural(warnings, msg("doctor.n_warning", n=warnings),
                                      msg("doctor.n_warnings", n=warnings)),
                     info=lint.info)
        rows.append(_Row(0, counts, "red" if lint.errors else "yellow" if lint.warnings else ""))
        codes = list(lint.codes.items())
        for code, c in codes[:TOP_CODES]:
            style = {"error": "red", "warning": "yellow"}.get(c.severity, "")
            rows.append(_Row(1, msg("doctor.code_count", code=code, name=c.name,
                                    severity=_SEVERITIES[c.severity], count=c.count), style))
        if len(codes) > TOP_CODES:
            more = len(codes) - TOP_CODES
            rows.append(_Row(1, msg("doctor.more_codes",
                                    more=_plural(more, msg("doctor.n_code", n=more), msg("doctor.n_codes", n=more)))))
        rows.append(_Row(0, msg("doctor.see_them", command=f"wecontact lint{arg}"), "cyan"))
    return [project, declared, uses, _Section(msg("doctor.lint_title"), rows)]


def render_plain(report: DoctorReport, target: str = "", lang: "Lang" = "en") -> str:
    """The text report without any styling (``target``: the path as the user gave it)."""
    lines = []
    for section in _sections(report, target):
        lines.append(render(section.title, lang))
        lines.extend("  " * (row.level + 1) + render(row.text, lang) for row in section.rows)
        lines.append("")
    return "\n".join(lines)


def print_rich(report: DoctorReport, stream: TextIO, target: str = "", lang: "Lang" = "en") -> None:
    """The text report as a rich Tree, for a terminal."""
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    tree = Tree(Text("wecontact doctor", style="bold"), guide_style="dim")
    for section in _sections(report, target):
        branch = tree.add(Text(render(section.title, lang), style="bold underline"))
        parents = [branch]
        for row in section.rows:
            del parents[row.level + 1:]
            node = parents[-1].add(Text(render(row.text, lang), style=row.style))
            parents.append(node)
    Console(file=stream, force_terminal=True, highlight=False).print(tree)
