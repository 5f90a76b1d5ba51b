"""doctor's renderers: the stable JSON object, plain text, and a rich tree for a terminal."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wecontact_cli import plugin
from wecontact_cli.doctor.report import CellInfo, DoctorReport, ProblemInfo, ProjectInfo, UseInfo
from wecontact_cli.errors import display_path
from wecontact_cli.frameworks.registry import framework_name
from wecontact_cli.lint.model import Diagnostic
from wecontact_cli.i18n.message import Message, join_comma, msg, render
from wecontact_cli.records import record
from wecontact_cli.text.safe import visible

if TYPE_CHECKING:
    from wecontact_cli.i18n import Lang

TOP_CODES = 5
"""How many lint codes the text output lists."""

def render_json(report: DoctorReport) -> str:
    """The stable JSON object (see ``doctor.report``'s docstring)."""
    return _json(report.to_dict())


def render_json_many(reports: list[DoctorReport]) -> str:
    """Several projects: a JSON array of their objects, in the order the run found them."""
    return _json([report.to_dict() for report in reports])


def _json(data: object) -> str:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate: its JSON escape


@record(frozen=True)
class _Row:
    """One line of the text output: indentation level, text, rich style."""

    level: int
    text: str | Message
    style: str = ""


@record(frozen=True)
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
    rows = [_Row(0, msg("doctor.framework", name=framework_title(p)))]
    if p.build_output_of is not None:
        sources = display_path(Path(p.root) / p.build_output_of).rstrip("/") + "/"
        rows.append(_Row(0, msg("doctor.build_output", framework=framework_name(p.build_output_framework or ""),
                                sources=sources), "yellow"))
    if p.framework == "native":
        rows.append(_Row(0, msg("doctor.app_folder", folder=p.app_dir)))
        rows.append(_Row(0, msg("doctor.compile_type", type=p.compile_type)))
    else:
        rows.append(_Row(0, msg("doctor.source_folder", folder=p.app_dir)))
    rows.append(_Row(0, msg("doctor.language", language="TypeScript" if p.typescript else "JavaScript")))
    if report.error is not None:
        rows.append(_Row(0, msg("doctor.app_unreadable", error=_one_line(report.error)), "bold red"))
    return _Section(msg("doctor.project", root=display_path(Path(p.root))), rows)


_VARIANT_WORDS = {"cli": "CLI", "hbuilderx": "HBuilderX", "ts": "TypeScript", "js": "JavaScript",
                  "react": "React", "preact": "Preact", "solid": "Solid", "vue3": "Vue 3", "vue": "Vue 2"}
"""How a variant fact's value reads (uni-app's layout, Taro's framework, the language)."""
_UNSHOWN_FACTS = ("taro", "output")
"""Facts said elsewhere: Taro's major version is in its name, the output folder is no flavour."""


def framework_title(project: ProjectInfo) -> str | Message:
    """The framework and its flavour: "native", "uni-app (Vue 3, CLI, TypeScript)", "Taro 4 (React, ...)"."""
    if project.framework == "native":
        name: str | Message = msg("doctor.native")
    else:
        name = f"{framework_name(project.framework)} {project.variant.get('taro', '')}".strip()
    details: list[str | Message] = [f"Vue {value}" if key == "vue" else _VARIANT_WORDS.get(value, value)
                                    for key, value in project.variant.items() if key not in _UNSHOWN_FACTS]
    return msg("doctor.framework_variant", name=name, details=join_comma(details)) if details else name


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
