"""Plan ``wecontact add-page``: wire the contact button into a page, or create the page.

Everything is planned into one Changeset before anything is written: the plugin
declaration and route in app.json, the page's usingComponents, the ``<cell>`` element
and the two handlers. The options are checked by the linter's own cell checks first,
so add-page refuses exactly what lint would report, with the same message.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, FileChange, TextEdit
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.jsontext import plan_append_item, plan_insert_member
from wecontact_cli.lint.context import plugin_url
from wecontact_cli.lint.messages import parse_message
from wecontact_cli.messages import Message, join_semicolon, msg
from wecontact_cli.project import Project
from wecontact_cli.scaffold import spare_alias, check_alias_free, declaration_edit, scope_name
from wecontact_cli.sources import load_json, read_source
from wecontact_cli.templating import Templates

MARKER = "wecontact"
HIDE_FLAG = "hideContact"
"""The page data the generated onLoad sets and the cell's wx:if reads."""
START_HANDLER, COMPLETE_HANDLER = plugin.EVENT_NAMES
_ROUTE_PART = re.compile(r"[A-Za-z0-9_\-\u4e00-\u9fff]+")
_PLUGID = re.compile(r"[A-Za-z0-9_.:\-]+")
_EXPR = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*")
_TAG = re.compile(r"[a-z][a-z0-9_-]*")
TS_EVENT = "e: { detail?: { errcode?: number; name?: string; headurl?: string } }"


@dataclass(frozen=True)
class AddPageRequest:
    """What the user asked for; ``attributes`` maps a property (styleType) to its value."""

    page: str
    plugid: str | None = None
    plugid_expr: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    tag: str = plugin.DEFAULT_TAG
    templates: Path | None = None


@dataclass
class AddPagePlan:
    """The changes, and what to tell the user."""

    changeset: Changeset
    route: str
    created: bool
    notes: list[str | Message] = field(default_factory=list)
    warnings: list[str | Message] = field(default_factory=list)
    manual: str | None = None
    """Handlers to add by hand when the page's script could not be edited safely."""


def validate_route(project: Project, page: str) -> str:
    """A page route inside the project: no '..', no absolute path, no link leading out."""
    raw = page.strip().replace("\\", "/")
    if raw.startswith("/") or os.path.isabs(page) or re.match(r"[A-Za-z]:", raw):
        raise WecontactError(msg("add_page.absolute", page=page))
    route = raw.removeprefix("./")
    for suffix in (".wxml", ".json", ".js", ".ts", ".wxss"):
        if route.endswith(suffix):
            raise WecontactError(msg("add_page.names_file", page=page, route=route[: -len(suffix)]))
    parts = route.split("/")
    if any(p in ("", ".", "..") or not _ROUTE_PART.fullmatch(p) for p in parts) or len(parts) < 2:
        raise WecontactError(msg("add_page.bad_route", page=page))
    real_app = project.app_dir.resolve()
    real_page = (project.app_dir / route).parent.resolve()
    if real_page != real_app and real_app not in real_page.parents:
        raise WecontactError(msg("add_page.outside", page=page, target=str(real_page)),
                             Location(project.app_dir / route))
    return route


def cell_attributes(request: AddPageRequest) -> list[tuple[str, str]]:
    """The cell's attributes in the guide's order, after validating every value."""
    if (request.plugid is None) == (request.plugid_expr is None):
        raise WecontactError(msg("add_page.one_plugid"))
    if not _TAG.fullmatch(request.tag):
        raise WecontactError(msg("add_page.bad_tag", tag=request.tag))
    if request.plugid_expr is not None:
        if not _EXPR.fullmatch(request.plugid_expr):
            raise WecontactError(msg("add_page.bad_expr", expr=request.plugid_expr))
        plugid = "{{" + request.plugid_expr + "}}"
    else:
        plugid = request.plugid or ""
        if plugid.strip() and not _PLUGID.fullmatch(plugid):
            raise WecontactError(msg("add_page.bad_plugid", plugid=plugid))
    attrs = [("plugid", plugid)]
    order = [a.name for a in plugin.UI_ATTRIBUTES]
    attrs += sorted(request.attributes.items(), key=lambda item: order.index(item[0]))
    for name, value in attrs:
        if '"' in value or "\n" in value or (name != "plugid" and ("{{" in value or "}}" in value)):
            raise WecontactError(msg("add_page.bad_value", name=name))
    return attrs


def check_like_lint(attrs: list[tuple[str, str]], project: Project) -> None:
    """Refuse what `wecontact lint` would report on the cell, with the linter's message."""
    from wecontact_cli.lint.config import load_config
    from wecontact_cli.lint.rules import RULES, RULES_BY_CODE
    from wecontact_cli.lint.rules.attributes import CellChecker
    from wecontact_cli.wxml import parse_wxml

    config = load_config(project.root, RULES)
    text = "<cell " + " ".join(f'{n}="{v}"' for n, v in attrs) + " />"
    element = next(parse_wxml(text).iter_elements())
    for finding in CellChecker(element, Path("cell.wxml"), config.plugids).run():
        if RULES_BY_CODE[finding.code].severity in ("error", "warning") and finding.code != "WC211":
            name = element.attributes[0].name
            for attr in element.attributes:
                if attr.start.offset <= finding.start < attr.end.offset:
                    name = attr.name
            option = "--" + re.sub(r"(?<!^)([A-Z])", r"-\1", name).lower()
            raise WecontactError(msg("add_page.refused", option=option, reason=finding.message,
                                     code=finding.code),
                                 hint=msg("add_page.refused_hint", code=finding.code))


class _Planner:
    def __init__(self, project: Project, request: AddPageRequest):
        self.project = project
        self.request = request
        self.route = validate_route(project, request.page)
        self.attrs = cell_attributes(request)
        check_like_lint(self.attrs, project)
        self.templates = Templates(project.root, request.templates)
        self.scope = next((s for s in project.subpackages if s.contains(self.route)), None)
        self.app_edits: list[TextEdit] = []
        self.declaration: TextEdit | None = None
        self.plan = AddPagePlan(Changeset(project.root), self.route, created=False)
        self.base = project.app_dir / self.route

    def run(self) -> AddPagePlan:
        alias = self.alias()
        files = {ext: self.base.with_name(self.base.name + ext) for ext in (".json", ".wxml", ".js", ".ts")}
        exists = any(p.exists() for p in files.values())
        tag = self.choose_tag(files[".json"], alias)
        url = f"plugin://{alias}/{plugin.COMPONENT}"
        if not exists:
            self.create_page(tag, url)
        else:
            hide = self.wire_script(files[".ts"] if files[".ts"].exists() else files[".js"])
            self.wire_json(files[".json"], tag, url)
            self.wire_wxml(files[".wxml"], tag, hide)
        self.order_page_writes(files)
        self.register_route()
        if self.app_edits:
            self.add_app_change()
        self.plan.changeset.changes.sort(key=lambda change: change.path.as_posix())
        return self.plan

    def order_page_writes(self, files: dict[str, Path]) -> None:
        """The script first, the .wxml last: a crash between two writes never leaves a button
        without its handlers, and a rerun completes the page from any such state (it can
        create a missing .json or .wxml, not a missing script)."""
        changeset = self.plan.changeset
        wxss = self.base.with_name(self.base.name + ".wxss")
        changeset.order([files[".js"], files[".ts"]], [wxss, files[".json"], files[".wxml"]])
        changeset.order([wxss, files[".json"]], [files[".wxml"]])

    def add_app_change(self) -> None:
        """app.json's edits, ordered for a crash between two writes: a route lands after the
        page's files, a declaration before the page entry that uses it (both: written twice)."""
        changeset, app = self.plan.changeset, self.project.app
        pages = [change.path for change in changeset.changes]
        registers = len(self.app_edits) > (self.declaration is not None)
        declared = app.source.change([self.declaration]).after if self.declaration and registers else None
        changeset.add(app.source.change(self.app_edits, join_semicolon(self.plan.notes)), interim=declared)
        if registers:
            changeset.order(pages, [app.path])
        else:
            changeset.order([app.path], pages)

    def alias(self) -> str:
        scope_root = self.scope.root if self.scope else None
        if self.scope is not None and self.scope.independent:
            raise WecontactError(msg("add_page.independent", route=self.route, root=self.scope.root))
        contact = self.project.contact_declarations()
        usable = [d for d in contact if d.scope in (None, scope_root)]
        if usable:
            return usable[0].alias
        if contact:
            raise WecontactError(
                msg("add_page.out_of_scope", scope=scope_name(contact[0].scope), route=self.route,
                    own=scope_name(scope_root)),
                self.project.app.location(contact[0].key_offset))
        # Declared in the main package: usable from this page and from every normal
        # subpackage, so a later page elsewhere never meets a scope conflict.
        alias = plugin.DEFAULT_ALIAS
        try:
            check_alias_free(self.project, alias, None)
        except WecontactError:
            alias = spare_alias(self.project)
        self.declaration = declaration_edit(self.project, alias, plugin.DEFAULT_VERSION, None)
        self.app_edits.append(self.declaration)
        self.plan.notes.append(msg("add_page.note_declared", alias=alias, provider=plugin.PROVIDER,
                                   version=plugin.DEFAULT_VERSION))
        return alias

    def choose_tag(self, json_path: Path, alias: str) -> str:
        own = {}
        if json_path.exists():
            page_json = load_json(json_path, self.project.root)
            node = page_json.root.get("usingComponents") if page_json.root.kind == "object" else None
            if node is not None and node.kind == "object":
                own = {m.key: m.value.value for m in node.members}
        taken = {**self.project.global_components, **own}
        wanted = self.request.tag
        candidates = [wanted, f"contact-{wanted}"] + [f"contact-{wanted}-{i}" for i in range(2, 50)]
        for tag in candidates:
            value = taken.get(tag)
            if value is None or _is_contact(value, alias):
                if tag != wanted:
                    self.plan.warnings.append(msg("add_page.warn_tag_taken", wanted=wanted,
                                                  other=taken[wanted], tag=tag))
                return tag
        raise WecontactError(msg("add_page.no_free_tag"))

    def create_page(self, tag: str, url: str) -> None:
        self.plan.created = True
        render = self.templates.render
        cell = self.cell(tag, hide=True)
        script_ext = ".ts" if self.project.typescript else ".js"
        typescript = script_ext == ".ts"
        sources = [self.onload(typescript), *self.handlers(typescript)]
        methods = ",\n\n".join(_indent(m, "  ") for m in sources)
        expr = self.request.plugid_expr
        data_key = expr if expr and "." not in expr else None
        contents = {
            ".json": render("page.json.j2", tag=tag, component_url=url),
            ".wxml": render("page.wxml.j2", cell=cell),
            ".wxss": render("page.wxss.j2"),
            script_ext: render("page-script.j2", methods=methods, plugid_expr=bool(data_key),
                               plugid_expr_key=data_key or ""),
        }
        for ext, text in contents.items():
            path = self.base.with_name(self.base.name + ext)
            self.plan.changeset.add(FileChange(path, None, text.encode("utf-8"), msg("summary.created")))

    def cell(self, tag: str, hide: bool) -> str:
        return self.templates.render(
            "cell.wxml.j2", tag=tag, attributes=self.attrs, hide_in_wecom=hide,
            start_handler=START_HANDLER, complete_handler=COMPLETE_HANDLER).strip()

    def onload(self, typescript: bool) -> str:
        return self.templates.render("onload.js.j2", typescript=typescript,
                                     unsupported_environment=plugin.UNSUPPORTED_ENVIRONMENT).strip("\n")

    def handlers(self, typescript: bool) -> list[str]:
        context = dict(start_handler=START_HANDLER, complete_handler=COMPLETE_HANDLER,
                       event_param=TS_EVENT if typescript else "e", errcodes=plugin.ERRCODES)
        return [self.templates.render(name, **context).strip("\n")
                for name in ("start-handler.js.j2", "complete-handler.js.j2")]

    def wire_json(self, path: Path, tag: str, url: str) -> None:
        if not path.exists():
            text = json.dumps({"usingComponents": {tag: url}}, indent=2, ensure_ascii=False) + "\n"
            self.plan.changeset.add(FileChange(path, None, text.encode("utf-8"), msg("summary.created")))
            return
        page_json = load_json(path, self.project.root)
        root = page_json.root
        if root.kind != "object":
            raise WecontactError(msg("add_page.json_not_object"), page_json.location(root))
        using = root.get("usingComponents")
        if using is not None and using.get(tag) is not None:
            return  # already wired (choose_tag reuses only a contact entry)
        if using is None:
            edit = plan_insert_member(page_json.source.text, page_json.style, root, "usingComponents", {tag: url})
        elif using.kind != "object":
            raise WecontactError(msg("add_page.using_not_object"), page_json.location(using))
        else:
            edit = plan_insert_member(page_json.source.text, page_json.style, using, tag, url)
        self.plan.changeset.add(page_json.source.change([edit], msg("summary.using", tag=tag, url=url)))

    def wire_wxml(self, path: Path, tag: str, hide: bool) -> None:
        from wecontact_cli.wxml import parse_wxml

        if not path.exists():
            text = self.cell(tag, hide=hide) + "\n"
            self.plan.changeset.add(FileChange(path, None, text.encode("utf-8"), msg("summary.created")))
            return
        source = read_source(path, self.project.root)
        doc = parse_wxml(source.text)
        if doc.problems:
            problem = doc.problems[0]
            raise WecontactError(msg("add_page.markup_broken", problem=parse_message(problem.message)),
                                 source.location(problem.start.offset))
        if any(el.tag == tag for el in doc.iter_elements()):
            return
        cell = self.cell(tag, hide=hide)
        marker = next((c for c in doc.iter_comments() if c.text.strip() == MARKER), None)
        newline = "\r\n" if "\r\n" in source.text else "\n"
        if marker is not None:
            edit = TextEdit(marker.start.offset, marker.end.offset, cell)
            summary = msg("summary.at_marker", tag=tag, marker=MARKER)
        else:
            end = len(source.text)
            lead = "" if not source.text or source.text.endswith("\n") else newline
            edit = TextEdit(end, end, lead + cell + newline)
            summary = msg("summary.at_end", tag=tag)
        self.plan.changeset.add(source.change([edit], summary))

    def wire_script(self, path: Path) -> bool:
        """Insert the handlers; True when the page hides the button in WeCom (an onLoad that does
        so was added now, or by an earlier run)."""
        from wecontact_cli.script import analyze_module, plan_method_insertion

        typescript = path.suffix == ".ts"
        methods = list(zip((START_HANDLER, COMPLETE_HANDLER), self.handlers(typescript)))
        if not path.exists():
            self.plan.manual = ",\n\n".join(source for _, source in methods)
            self.plan.warnings.append(msg("add_page.warn_no_script", name=path.name))
            return False
        source = read_source(path, self.project.root)
        info = analyze_module(source.text, typescript=typescript)
        known = (info.methods or frozenset()) | (info.other_keys or frozenset())
        hide = info.kind == "page" and info.methods is not None and "onLoad" not in known
        hidden = HIDE_FLAG in source.text  # an onLoad from an earlier run (perhaps interrupted)
        if hide:
            methods.insert(0, ("onLoad", self.onload(typescript)))
        edit = None
        if info.insertion is not None and info.methods is not None:
            try:
                edit = plan_method_insertion(source.text, info, methods)
            except ValueError:  # the parser would not confirm the result: do not write it
                info = replace(info, insertion=None)
        if info.insertion is None or info.methods is None:
            missing = [h for name, h in methods if name not in known and name != "onLoad"]
            if missing:
                self.plan.manual = ",\n\n".join(missing)
                self.plan.warnings.append(msg("add_page.warn_not_editable", path=_rel(self.project, path)))
            return False
        if not hide and not hidden and START_HANDLER not in known:
            self.plan.warnings.append(msg("add_page.warn_own_onload", path=_rel(self.project, path)))
        if edit is not None:
            summary = (msg("summary.handlers_onload", start=START_HANDLER, complete=COMPLETE_HANDLER) if hide
                       else msg("summary.handlers", start=START_HANDLER, complete=COMPLETE_HANDLER))
            self.plan.changeset.add(source.change([edit], summary))
        return hide or hidden

    def register_route(self) -> None:
        if self.route in {p.route for p in self.project.pages}:
            return
        app = self.project.app
        owner, route = (app.root, self.route) if self.scope is None else (
            self.scope.node, self.route[len(self.scope.root) + 1:])
        pages = owner.get("pages")
        if pages is None:
            edit = plan_insert_member(app.source.text, app.style, owner, "pages", [route])
        else:
            edit = plan_append_item(app.source.text, app.style, pages, route)
        self.app_edits.append(edit)
        self.plan.notes.append(msg("add_page.note_registered", route=route,
                                   scope=scope_name(self.scope.root if self.scope else None)))


def _is_contact(value: str, alias: str) -> bool:
    parsed = plugin_url(value)
    return parsed is not None and parsed[1] == plugin.COMPONENT and parsed[0] in (alias, plugin.PROVIDER)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


def _rel(project: Project, path: Path) -> str:
    return path.relative_to(project.root).as_posix()


def plan_add_page(project: Project, request: AddPageRequest) -> AddPagePlan:
    """Plan wiring the contact button into ``request.page`` (created when missing)."""
    return _Planner(project, request).run()

