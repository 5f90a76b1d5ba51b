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
from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, FileChange, TextEdit
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jsontext import plan_append_item, plan_insert_member
from wecontact_cli.i18n.message import Message, join_semicolon, msg
from wecontact_cli.frameworks.native.app import AppJson, components
from wecontact_cli.frameworks.native.init import (
    spare_alias, check_alias_free, declaration_edit, refuse_broken_entries, scope_name)
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.source import SourceFile, load_json, read_source
from wecontact_cli.scaffold.options import refuse_like_lint
from wecontact_cli.scaffold.plans import AddPagePlan, AddPageRequest
from wecontact_cli.scaffold.templating import Templates

if TYPE_CHECKING:  # script.py imports tree-sitter lazily; only its records are needed here
    from wecontact_cli.syntax.page_script import InsertionPoint, Lifecycle, ModuleInfo, PageParts
    from wecontact_cli.syntax.wxml import Element

MARKER = "wecontact"
START_HANDLER, COMPLETE_HANDLER = plugin.EVENT_NAMES
_ROUTE_PART = compile_pattern(r"[A-Za-z0-9_\-\u4e00-\u9fff]+")
_PLUGID = compile_pattern(r"[A-Za-z0-9_.:\-]+")
_EXPR = compile_pattern(r"[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*")
_TAG = compile_pattern(r"[a-z][a-z0-9_-]*")
_NAME_MAX, _NAME_ROOM = 255, 40
"""File systems allow 255 bytes per name; the page's files and their temporary twins
(``.index.wxss.XXXXXXXX.wecontact-tmp``) need room for extension and affixes."""
TS_EVENT = "e: { detail?: { errcode?: number; name?: string; headurl?: string } }"
HIDE_FLAG = "hideContact"
"""The data key the WeCom check sets and the cell's wx:if reads (templates spell it too)."""
_SUFFIXES = (".wxml", ".json", ".js", ".ts", ".wxss")
# Names a custom component's tag may not take: WXML's own tags and WeChat's built-in components
# (developers.weixin.qq.com/miniprogram/dev/component/, Skyline's included; cross-checked with
# miniprogram-simulate's and Taro's weapp lists). A custom component of such a name never renders.
BUILTIN_TAGS = frozenset({
    "block", "import", "include", "slot", "template", "wxs",
    "cover-image", "cover-view", "draggable-sheet", "grid-builder", "grid-view", "list-builder",
    "list-view", "match-media", "movable-area", "movable-view", "nested-scroll-body",
    "nested-scroll-header", "open-container", "page-container", "root-portal", "scroll-view",
    "share-element", "snapshot", "span", "sticky-header", "sticky-section", "swiper", "swiper-item",
    "view", "icon", "progress", "rich-text", "selection", "text", "button", "checkbox",
    "checkbox-group", "editor", "form", "input", "keyboard-accessory", "label", "picker",
    "picker-view", "picker-view-column", "radio", "radio-group", "slider", "switch", "textarea",
    "functional-page-navigator", "navigator", "audio", "camera", "channel-live", "channel-video",
    "image", "live-player", "live-pusher", "video", "voip-room", "map", "canvas", "ad", "ad-custom",
    "official-account", "open-data", "open-data-item", "open-data-list", "store-home",
    "store-product", "inline-payment-panel", "web-view", "navigation-bar", "page-meta",
    "contact-button", "double-tap-gesture-handler", "force-press-gesture-handler",
    "horizontal-drag-gesture-handler", "long-press-gesture-handler", "pan-gesture-handler",
    "scale-gesture-handler", "tap-gesture-handler", "vertical-drag-gesture-handler",
})


def validate_route(project: AppJson, page: str) -> tuple[str, Message | None]:
    """A page route inside the project (no '..', no absolute path, no link leading out), and a note
    when ``page`` was a file path inside the mini-program root that had to become the route."""
    raw = page.strip().replace("\\", "/")
    if raw.startswith("/") or os.path.isabs(page) or re.match(r"[A-Za-z]:", raw):
        raise WecontactError(_absolute(project, page))
    given = raw
    while given.startswith("./"):
        given = given[2:]
    route = _route_of_file_path(project, given)
    parts = route.split("/")
    if any(p in ("", ".", "..") or not _ROUTE_PART.fullmatch(p) for p in parts) or len(parts) < 2:
        raise WecontactError(msg("add_page.bad_route", page=page))
    if any(len(p.encode("utf-8")) > _NAME_MAX - _NAME_ROOM for p in parts):
        raise WecontactError(msg("path.too_long"), Location(project.app_dir / route))
    # os.path.realpath, not Path.resolve(): before Python 3.13 a link loop makes resolve() raise.
    real_app = Path(os.path.realpath(project.app_dir))
    real_page = Path(os.path.realpath((project.app_dir / route).parent))
    if real_page != real_app and real_app not in real_page.parents:
        raise WecontactError(msg("add_page.outside", page=page, target=str(real_page)),
                             Location(project.app_dir / route))
    return route, (msg("add_page.warn_route", page=page, route=route) if route != given else None)


def _route_of_file_path(project: AppJson, given: str) -> str:
    """``given`` without a file extension and without the mini-program root's folder
    (``miniprogram/pages/x/index.js`` -> ``pages/x/index``), unless that folder is a real
    part of a page's route."""
    route = next((given[: -len(s)] for s in _SUFFIXES if given.endswith(s)), given)
    prefix = _app_prefix(project)
    if prefix and route.startswith(prefix) and not _is_page(project, route):
        route = route[len(prefix):]
    return route


def _app_prefix(project: AppJson) -> str:
    """The mini-program root as a path relative to the project (``miniprogram/``), or ""."""
    try:
        relative = Path(os.path.realpath(project.app_dir)).relative_to(os.path.realpath(project.root)).as_posix()
    except ValueError:
        return ""
    return "" if relative in ("", ".") else relative + "/"


def _is_page(project: AppJson, route: str) -> bool:
    """Whether ``route`` is registered in app.json or has files of its own."""
    if route in {p.route for p in project.pages}:
        return True
    base = project.app_dir / route
    return any(base.with_name(base.name + ext).is_file() for ext in (".json", ".wxml", ".js", ".ts"))


def _absolute(project: AppJson, page: str) -> Message:
    """The refusal of an absolute path; it names the route when the path is inside the root."""
    try:
        inside = Path(os.path.realpath(page)).relative_to(os.path.realpath(project.app_dir)).as_posix()
    except (ValueError, OSError):
        return msg("add_page.absolute", page=page)
    route = next((inside[: -len(s)] for s in _SUFFIXES if inside.endswith(s)), inside)
    return msg("add_page.absolute_route", page=page, route=route)


def cell_attributes(request: AddPageRequest) -> list[tuple[str, str]]:
    """The cell's attributes in the guide's order, after validating every value."""
    if (request.plugid is None) == (request.plugid_expr is None):
        raise WecontactError(msg("add_page.one_plugid"))
    if not _TAG.fullmatch(request.tag):
        raise WecontactError(msg("add_page.bad_tag", tag=request.tag))
    if request.tag in BUILTIN_TAGS:
        raise WecontactError(msg("add_page.builtin_tag", tag=request.tag))
    if request.plugid_expr is not None:
        if not _EXPR.fullmatch(request.plugid_expr):
            raise WecontactError(msg("add_page.bad_expr", expr=request.plugid_expr))
        if request.plugid_expr.split(".")[0] == HIDE_FLAG:
            raise WecontactError(msg("add_page.reserved_expr", expr=request.plugid_expr, name=HIDE_FLAG))
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


class _Planner:
    def __init__(self, project: AppJson, request: AddPageRequest):
        self.project = project
        self.request = request
        self.route, route_note = validate_route(project, request.page)
        self.attrs = cell_attributes(request)
        refuse_like_lint(self.attrs, project.root)
        self.templates = Templates(project.root, request.templates)
        self.scope = next((s for s in project.subpackages if s.contains(self.route)), None)
        self.app_edits: list[TextEdit] = []
        self.declaration: TextEdit | None = None
        self.plan = AddPagePlan(Changeset(project.root), self.route, created=False)
        self.base = project.app_dir / self.route
        self.manual: list[str] = []
        if route_note is not None:
            self.plan.warnings.append(route_note)
        expr = request.plugid_expr
        self.data_key = expr if expr and "." not in expr else None
        if expr and "." in expr:  # a path into data that the page builds itself
            self.plan.warnings.append(msg("add_page.warn_expr_path", expr=expr))

    def run(self) -> AddPagePlan:
        alias = self.alias()
        files = {ext: self.base.with_name(self.base.name + ext) for ext in (".json", ".wxml", ".js", ".ts")}
        exists = any(p.exists() for p in files.values())
        tag = self.choose_tag(files[".json"], alias)
        url = f"plugin://{alias}/{plugin.COMPONENT}"
        if not exists:
            self.create_page(tag, url)
        else:
            _ScriptWiring(self, files[".ts"] if files[".ts"].exists() else files[".js"]).wire()
            self.wire_json(files[".json"], tag, url)
            self.wire_wxml(files[".wxml"], tag)
        self.order_page_writes(files)
        self.register_route()
        if self.app_edits:
            self.add_app_change()
        self.plan.changeset.changes.sort(key=lambda change: change.path.as_posix())
        self.plan.manual = "\n\n".join(self.manual) or None
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
        refuse_broken_entries(self.project)
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
        own = components(load_json(json_path, self.project.root)) if json_path.exists() else {}
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
        script_ext = ".ts" if self.project.typescript else ".js"
        typescript = script_ext == ".ts"
        sources = [self.lifecycle_method("onLoad", typescript), *self.handlers(typescript)]
        methods = ",\n\n".join(_indent(m, "  ") for m in sources)
        data = _indent(self.plugid_data(self.data_key), "    ") if self.data_key else ""
        contents = {
            ".json": render("page.json.j2", tag=tag, component_url=url),
            ".wxml": render("page.wxml.j2", cell=self.cell(tag)),
            ".wxss": render("page.wxss.j2"),
            # plugid_expr(_key): what project templates written for earlier versions read
            script_ext: render("page-script.j2", methods=methods, plugid_data=data,
                               plugid_expr=bool(self.data_key), plugid_expr_key=self.data_key or ""),
        }
        for ext, text in contents.items():
            path = self.base.with_name(self.base.name + ext)
            self.plan.changeset.add(FileChange(path, None, text.encode("utf-8"), msg("summary.created")))

    def cell(self, tag: str) -> str:
        """The element; it always reads the flag: unset (undefined), the button shows."""
        return self.templates.render(
            "cell.wxml.j2", tag=tag, attributes=self.attrs, hide_in_wecom=True,
            start_handler=START_HANDLER, complete_handler=COMPLETE_HANDLER).strip()

    def wecom_check(self, typescript: bool) -> str:
        """The statements that set the flag inside the WeCom client (level-0 indentation)."""
        return self.templates.render("wecom-check.js.j2", typescript=typescript,
                                     unsupported_environment=plugin.UNSUPPORTED_ENVIRONMENT).strip("\n")

    def lifecycle_method(self, name: str, typescript: bool) -> str:
        """``onLoad() {...}`` (or ``attached``) holding the WeCom check."""
        return self.templates.render("onload.js.j2", lifecycle=name, statements=self.wecom_check(typescript),
                                     typescript=typescript,
                                     unsupported_environment=plugin.UNSUPPORTED_ENVIRONMENT).strip("\n")

    def plugid_data(self, key: str) -> str:
        """The data member that --plugid-expr binds plugid to."""
        return self.templates.render("plugid-data.js.j2", key=key).strip("\n")

    def handlers(self, typescript: bool) -> list[str]:
        context = dict(start_handler=START_HANDLER, complete_handler=COMPLETE_HANDLER, typescript=typescript,
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

    def wire_wxml(self, path: Path, tag: str) -> None:
        from wecontact_cli.syntax.wxml import parse_wxml

        if not path.exists():
            text = self.cell(tag) + "\n"
            self.plan.changeset.add(FileChange(path, None, text.encode("utf-8"), msg("summary.created")))
            return
        source = read_source(path, self.project.root)
        doc = parse_wxml(source.text)
        if doc.problems:
            problem = doc.problems[0]
            raise WecontactError(msg("add_page.markup_broken", problem=problem.message),
                                 source.location(problem.start.offset))
        cells = [el for el in doc.iter_elements() if el.tag == tag]
        if cells:
            self.hide_existing_cells(source, cells, tag)
            return
        cell = self.cell(tag)
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

    def hide_existing_cells(self, source: SourceFile, cells: list[Element], tag: str) -> None:
        """A cell wired before: give it the wx:if that hides it inside WeCom, or say what to add."""
        edits = []
        for cell in cells:
            condition = next((a for a in cell.attributes if a.name in _CONDITIONS), None)
            if condition is None:
                at = cell.start.offset + 1 + len(cell.tag)
                edits.append(TextEdit(at, at, f' wx:if="{{{{!{HIDE_FLAG}}}}}"'))
            elif HIDE_FLAG not in (condition.value or ""):
                where = source.location(condition.start.offset)
                self.plan.warnings.append(msg("add_page.warn_cell_condition", tag=tag, attribute=condition.name,
                                              place=f"{_rel(self.project, source.path)}:{where.line}:{where.column}"))
        if edits:
            self.plan.changeset.add(source.change(edits, msg("summary.cell_hidden", tag=tag)))

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


_CONDITIONS = ("wx:if", "wx:elif", "wx:else", "hidden")
_HOOK_REASONS = {
    "arrow": msg("add_page.hook_arrow"), "not_function": msg("add_page.hook_not_function"),
    "unknown": msg("add_page.hook_unknown"), "wx_shadowed": msg("add_page.hook_wx_shadowed"),
}


@record
class _ScriptPlan:
    """The edits planned for a page's script, and what to tell the user once they hold."""

    members: dict[int, tuple["InsertionPoint", list[tuple[str, str]]]] = field(default_factory=dict)
    edits: list[TextEdit] = field(default_factory=list)
    summary: list[str | Message] = field(default_factory=list)
    warnings: list[str | Message] = field(default_factory=list)
    manual: list[str] = field(default_factory=list)
    hides: bool = False  # the flag is set once the edits are applied
    data_key: str | None = None  # the data key the edits add

    def add_member(self, point: "InsertionPoint", name: str, source: str) -> None:
        """One more member for the object at ``point`` (members of one object form one edit)."""
        self.members.setdefault(point.object_start, (point, []))[1].append((name, source))


class _ScriptWiring:
    """Handlers, the WeCom check and the --plugid-expr data key in an existing page's script."""

    def __init__(self, planner: _Planner, path: Path):
        self.planner = planner
        self.project = planner.project
        self.path = path
        self.shown = _rel(planner.project, path)

    def wire(self) -> None:
        """Edit the script; whatever cannot be edited safely is printed for the user to add."""
        from wecontact_cli.syntax.page_script import analyze_module, page_parts

        path = self.path
        typescript = path.suffix == ".ts"
        if not path.exists():
            self.by_hand(None, typescript, msg("add_page.warn_no_script", name=path.name),
                         msg("add_page.data_no_script"))
            return
        source = read_source(path, self.planner.project.root)
        check = self.planner.wecom_check(typescript)
        try:
            info, parts = page_parts(source.text, typescript, flag=HIDE_FLAG, snippet=check)
            if parts is not None:
                self.commit(source, self.plan(source.text, parts, typescript))
                return
        except ValueError:  # the parser would not confirm the result (or a template's snippet): do not write it
            info = analyze_module(source.text, typescript)
        self.by_hand(info, typescript, msg("add_page.warn_not_editable", path=self.shown),
                     msg("add_page.data_not_editable"))

    def by_hand(self, info: "ModuleInfo | None", typescript: bool, warning: Message, data_reason: Message) -> None:
        """Print the missing handlers and the lifecycle method: the script cannot be edited."""
        known = (info.methods or frozenset()) | (info.other_keys or frozenset()) if info else frozenset()
        named = zip((START_HANDLER, COMPLETE_HANDLER), self.planner.handlers(typescript))
        blocks = [source for name, source in named if name not in known]
        lifecycle = "attached" if info is not None and info.kind == "component" else "onLoad"
        blocks.append(self.planner.lifecycle_method(lifecycle, typescript))
        self.planner.plan.warnings.append(warning)
        self.planner.manual.append(",\n\n".join(blocks))
        self.data_by_hand(data_reason)

    def data_by_hand(self, reason: Message, plan: _ScriptPlan | None = None) -> None:
        """Tell the user to add the --plugid-expr key to the page's data."""
        key = self.planner.data_key
        if key is not None:
            warning = msg("add_page.warn_data_by_hand", path=self.shown, key=key,
                          reason=reason)
            (plan.warnings if plan is not None else self.planner.plan.warnings).append(warning)

    def plan(self, text: str, parts: "PageParts", typescript: bool) -> _ScriptPlan:
        """The edits: data key, lifecycle, handlers; checked by parsing the result."""
        from wecontact_cli.edits import apply_edits
        from wecontact_cli.syntax.page_script import page_parts, plan_members

        plan = _ScriptPlan()
        self.plan_data(parts, plan)
        self.plan_hiding(parts, typescript, plan)
        self.plan_handlers(parts, typescript, plan)
        plan.edits += [plan_members(text, point, members, typescript) for point, members in plan.members.values()]
        if plan.edits:
            _, after = page_parts(apply_edits(text, plan.edits), typescript, flag=HIDE_FLAG,
                                  snippet=self.planner.wecom_check(typescript))
            handlers = {START_HANDLER, COMPLETE_HANDLER}
            if (after is None or not after.info.syntax_ok or not handlers <= (after.info.methods or set())
                    or (plan.hides and not after.flag_set)
                    or (plan.data_key is not None and plan.data_key not in after.data.keys)):
                raise ValueError("the planned script edits do not parse back")
        return plan

    def plan_data(self, parts: "PageParts", plan: _ScriptPlan) -> None:
        """The --plugid-expr key in the page's data literal, or a data literal holding it."""
        from wecontact_cli.syntax.page_script import object_member

        key = self.planner.data_key
        if key is None or key in parts.data.keys:
            return
        source = self.planner.plugid_data(key)
        if parts.data.state == "literal" and parts.data.point is not None:
            plan.add_member(parts.data.point, key, source)
        elif parts.data.state == "absent":
            plan.add_member(parts.config, "data", object_member("data", [(key, source)], parts.config.trailing_comma,
                                                                 parts.info.typescript))
        else:
            typed = parts.data.state == "typed"
            self.data_by_hand(msg("add_page.data_typed") if typed else msg("add_page.data_unknown"), plan)
            return
        plan.data_key = key
        plan.summary.append(msg("summary.data_key", key=key))

    def plan_hiding(self, parts: "PageParts", typescript: bool, plan: _ScriptPlan) -> None:
        """The WeCom check at the start of the lifecycle, or the lifecycle itself when missing."""
        from wecontact_cli.syntax.page_script import object_member, plan_statements

        lifecycle = parts.lifecycle
        if parts.flag_set:
            return
        check = self.planner.wecom_check(typescript)
        if lifecycle.body is not None:
            plan.edits += plan_statements(lifecycle.body, check, typescript)
        elif lifecycle.container is not None:
            method = self.planner.lifecycle_method(lifecycle.name, typescript)
            if lifecycle.wrap is not None:
                method = object_member(lifecycle.wrap, [(lifecycle.name, method)],
                                       lifecycle.container.trailing_comma, typescript)
            plan.add_member(lifecycle.container, lifecycle.wrap or lifecycle.name, method)
        else:
            plan.warnings.append(msg("add_page.warn_hide_by_hand", path=self.shown,
                                     where=lifecycle.where, reason=_hook_reason(lifecycle)))
            plan.manual.append(check)
            return
        plan.hides = True
        plan.summary.append(msg("summary.wecom_check", where=lifecycle.where))

    def plan_handlers(self, parts: "PageParts", typescript: bool, plan: _ScriptPlan) -> None:
        """The two handlers the page does not define yet."""
        from wecontact_cli.syntax.page_script import object_member

        known = (parts.info.methods or frozenset()) | (parts.info.other_keys or frozenset())
        named = zip((START_HANDLER, COMPLETE_HANDLER), self.planner.handlers(typescript))
        missing = [(name, source) for name, source in named if name not in known]
        if not missing:
            return
        point = parts.handlers
        if point.needs_methods_key:
            plan.add_member(point, "methods", object_member("methods", missing, point.trailing_comma, typescript))
        else:
            for name, source in missing:
                plan.add_member(point, name, source)
        plan.summary.append(msg("summary.handlers", start=START_HANDLER, complete=COMPLETE_HANDLER))

    def commit(self, source: SourceFile, plan: _ScriptPlan) -> None:
        """Add the planned change and pass on its warnings and by-hand code."""
        self.planner.plan.warnings += plan.warnings
        self.planner.manual += plan.manual
        if plan.edits:
            self.planner.plan.changeset.add(source.change(plan.edits, join_semicolon(plan.summary)))


def _hook_reason(lifecycle: "Lifecycle") -> Message:
    if lifecycle.problem == "name_clash":
        return msg("add_page.hook_name_clash", name=lifecycle.detail)
    return _HOOK_REASONS.get(lifecycle.problem or "unknown", msg("add_page.hook_unknown"))


def _is_contact(value: str, alias: str) -> bool:
    parsed = plugin.parse_url(value)
    return parsed is not None and parsed[1] == plugin.COMPONENT and parsed[0] in (alias, plugin.PROVIDER)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


def _rel(project: AppJson, path: Path) -> str:
    return path.relative_to(project.root).as_posix()


def plan_add_page(project: AppJson, request: AddPageRequest) -> AddPagePlan:
    """Plan wiring the contact button into ``request.page`` (created when missing)."""
    return _Planner(project, request).run()

