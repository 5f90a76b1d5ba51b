"""``wecontact add-page`` on a Taro project: declare when needed, register the route, write or
wire the page's ``index.config`` and view.

Everything is planned into one Changeset before anything is written, in an order where a crash
between two writes leaves a project that builds: the declaration first, then the page's style
and config, then its view, the route last. A new page follows the project's pages (``style.py``);
an existing JSX view gets the element and handlers through ``syntax.jsx``'s planners and the
WeCom check after its imports, each result re-read; what cannot be edited safely (a Vue view, an
unusual component) is printed for the user to paste.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, FileChange
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.native.add_page import TS_EVENT, cell_attributes
from wecontact_cli.frameworks.taro import config as cfg
from wecontact_cli.frameworks.taro.init import app_draft, declare, node_at, require_declarations_known
from wecontact_cli.frameworks.taro.project import TaroProject
from wecontact_cli.frameworks.taro.style import of_file, page_style
from wecontact_cli.frameworks.taro.units import page_view
from wecontact_cli.frameworks.taro.writing import Draft, add_taro_default, append_item, insert_after_imports, \
    insert_member, taro_binding
from wecontact_cli.i18n.message import Message, join_semicolon, msg, scope_name
from wecontact_cli.records import field, record
from wecontact_cli.scaffold.options import refuse_like_lint
from wecontact_cli.scaffold.declaring import new_alias, usable_alias
from wecontact_cli.scaffold.routes import source_route
from wecontact_cli.scaffold.plans import AddPagePlan, AddPageRequest
from wecontact_cli.scaffold.templating import Templates
from wecontact_cli.syntax import jsconfig
from wecontact_cli.text.source import read_source

if TYPE_CHECKING:
    from wecontact_cli.model import Subpackage

START_HANDLER, COMPLETE_HANDLER = "handleContactStart", "handleContactComplete"
GUARD = "IN_WECOM"
"""The module-level constant a JSX view hides the button with (Vue: ``inWeCom``)."""
VUE_GUARD = "inWeCom"
TITLE = "联系客服"
_SUFFIXES = (".config.ts", ".config.js", ".tsx", ".jsx", ".js", ".vue", ".ts")
_NAME_ROOM = 215
"""Bytes a route's folder or file name may take: 255, less room for ``.index.config.ts`` and the
writer's temporary twins."""


def validate_route(project: TaroProject, page: str) -> tuple[str, Message | None]:
    """The page route (relative to the source root, no extension), and a note when ``page``
    was a file path that had to become the route."""
    return source_route(page, root=project.root, source_root=project.source_root,
                        routes=(r.route for r in project.routes), suffixes=_SUFFIXES, name_max=_NAME_ROOM,
                        pages_place=msg("taro.pages_place"))


def component_name(route: str) -> str:
    """A function component's name from the route: pages/contact-us/index -> ContactUs."""
    folder = route.split("/")[-2] if route.split("/")[-1] == "index" else route.split("/")[-1]
    name = "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_]", folder) if part)
    return name if re.fullmatch(r"[A-Z][A-Za-z0-9]*", name) and name not in ("Taro", "View", "Text") \
        else "ContactPage"


@record
class _Files:
    """The page's files: those that exist, and where new ones go."""

    view: Path | None
    config: Path | None
    new_view: Path
    new_config: Path
    style: Path | None


class _Planner:
    """One add-page run on a Taro project."""

    def __init__(self, project: TaroProject, request: AddPageRequest) -> None:
        self.project = project
        self.request = request
        self.route, note = validate_route(project, request.page)
        self.attrs = cell_attributes(request)
        refuse_like_lint(self.attrs, project.root)
        self.templates = Templates(project.root, request.templates)
        self.style = page_style(project)
        self.scope: Subpackage | None = project.scope_of(self.route)
        self.plan = AddPagePlan(Changeset(project.root), self.route, created=False)
        self.manual: list[str] = []
        self.app = app_draft(project)
        self.interim: str | None = None
        self.page_changes: list[Path] = []
        if note is not None:
            self.plan.warnings.append(note)
        expr = request.plugid_expr
        if expr is not None and "." in expr:
            self.plan.warnings.append(msg("taro.warn_expr_path", expr=expr))

    # -- the run ------------------------------------------------------------------------------

    def run(self) -> AddPagePlan:
        """Plan every change."""
        require_declarations_known(self.project)
        alias = self.alias()
        files = self.files()
        tag = self.choose_tag(alias)
        url = plugin.component_url(alias)
        if files.view is None and files.config is None:
            self.plan.created = True
        self.wire_config(files, tag, url)
        self.wire_view(files, tag)
        self.wire_typing(files, tag)
        routed = self.register_route()
        self.add_app_change(routed)
        self.plan.changeset.order([p for p in self.page_changes if p != files.new_view and p != files.view],
                                  [p for p in (files.view, files.new_view) if p is not None])
        self.plan.changeset.changes.sort(key=lambda change: change.path.as_posix())
        self.plan.manual = "\n\n".join(self.manual) or None
        return self.plan

    def files(self) -> _Files:
        base = self.project.route_base(self.route)
        config = cfg.config_module(base)
        style = base.with_name(base.name + self.style.style_suffix) if self.style.style_suffix else None
        return _Files(page_view(base), config, base.with_name(base.name + self.style.view_suffix),
                      base.with_name(base.name + ".config" + self.style.config_suffix), style)

    def alias(self) -> str:
        """The alias the page can use; the contact plugin declared in the main package when nowhere."""
        usable = usable_alias(self.project, self.route, self.scope)
        if usable is not None:
            return usable
        alias = new_alias(self.project)
        declare(self.project, self.app, alias, plugin.DEFAULT_VERSION, None)
        self.interim = self.app.text
        self.plan.notes.append(msg("add_page.note_declared", alias=alias, provider=plugin.PROVIDER,
                                   version=plugin.DEFAULT_VERSION))
        return alias

    def choose_tag(self, alias: str) -> str:
        """The requested tag, unless the page or the app registers it for something else."""
        project = self.project
        own = project.page_registrations(self.route) if self.route in {r.route for r in project.routes} else \
            _page_only(project, self.route)
        taken = {r.tag: r.url for r in (*project.global_registrations, *own)}
        wanted = self.request.tag
        for tag in [wanted, f"contact-{wanted}", *(f"contact-{wanted}-{i}" for i in range(2, 50))]:
            url = taken.get(tag)
            if url is None or _is_contact(url, alias):
                if tag != wanted:
                    self.plan.warnings.append(msg("add_page.warn_tag_taken", wanted=wanted, other=taken[wanted],
                                                  tag=tag))
                return tag
        raise WecontactError(msg("add_page.no_free_tag"))

    # -- the page config ----------------------------------------------------------------------

    def wire_config(self, files: _Files, tag: str, url: str) -> None:
        """usingComponents in the page's config (the config created when it has none)."""
        if files.config is None:
            style = self.js_style()
            config = jsconfig.js_literal({"navigationBarTitleText": TITLE, "usingComponents": {tag: url}}, style)
            text = self.templates.render("taro/page.config.j2", define=self.style.define_call, config=config,
                                         semi=self.semi)
            self.create(files.new_config, self.newlines(text))
            return
        draft = Draft.of(read_source(files.config, self.project.root))
        read = cfg.read_module(files.config, self.project.root)
        using = read.root.get("usingComponents") if read.root is not None and read.root.kind == "object" else None
        if using is not None and using.kind == "object" and using.get(tag) is not None:
            return  # registered already (choose_tag reuses only a contact entry)
        if using is not None:
            insert_member(draft, ["usingComponents"], tag, url)
        else:
            insert_member(draft, [], "usingComponents", {tag: url})
        self.edit(draft, msg("summary.using", tag=tag, url=url))

    # -- the view -----------------------------------------------------------------------------

    def wire_view(self, files: _Files, tag: str) -> None:
        """The view created, or the element, handlers and WeCom check added to it."""
        if files.view is None:
            self.create_view(files, tag)
            if files.style is not None and not files.style.exists():
                self.create(files.style, self.newlines(self.templates.render("taro/page.style.j2")))
            return
        if files.view.suffix == ".vue":
            self.by_hand_vue(files.view, tag)
            return
        _ViewWiring(self, files.view, tag).wire()

    def wire_typing(self, files: _Files, tag: str) -> None:
        """In a TypeScript React project, the tag in JSX.IntrinsicElements (tsc rejects <cell> else)."""
        from wecontact_cli.frameworks.taro.typings_plan import plan_intrinsic

        view = files.view or files.new_view
        if view.suffix != ".tsx" or not self.project.react_types:
            return
        for change in plan_intrinsic(self.project, tag, self.templates):
            self.plan.changeset.add(change)
            self.page_changes.append(change.path)

    def create_view(self, files: _Files, tag: str) -> None:
        """A new view in the project's style: a function component, or a Vue 3 single-file component."""
        vue = self.style.view_suffix == ".vue"
        typescript = self.style.typescript
        context = dict(guard=self.guard(typescript, vue), guard_name=VUE_GUARD if vue else GUARD,
                       handlers=self.handlers(typescript, vue, "function" if vue else "const"),
                       cell=self.cell(tag, vue, START_HANDLER, COMPLETE_HANDLER), plugid_data=self.plugid_data(),
                       style_suffix=self.style.style_suffix or "", typescript=typescript, semi=self.semi,
                       jq=self.style.jsx_quote, component=component_name(self.route))
        name = "taro/page.vue.j2" if vue else "taro/page.jsx.j2"
        text = self.newlines(self.templates.render(name, **context))
        _require_parses(files.new_view, text, name)
        self.create(files.new_view, text)

    def by_hand_vue(self, view: Path, tag: str) -> None:
        """An existing Vue view: what to paste, printed (wecontact does not edit .vue views)."""
        if _renders(view, tag, self.project):
            return
        typescript = _vue_typescript(view, self.project)
        self.plan.warnings.append(msg("taro.warn_vue_by_hand", path=_rel(self.project, view)))
        self.manual.append(self.cell(tag, True, START_HANDLER, COMPLETE_HANDLER))
        self.manual.append("\n\n".join(filter(None, [self.guard(typescript, True), self.plugid_data(),
                                                     self.handlers(typescript, True, "function")])))

    # -- what templates render ----------------------------------------------------------------

    @property
    def semi(self) -> str:
        """The statement terminator the project writes."""
        return ";" if self.style.semicolons else ""

    def js_style(self) -> jsconfig.JsStyle:
        """Literals in the style of the app config (quotes, trailing commas, indentation)."""
        parsed = jsconfig.Parsed(self.app.text, jsconfig.grammar_for(self.app.path.name))
        return jsconfig.detect_style(parsed)

    def newlines(self, text: str) -> str:
        """A rendered file in the project's indentation unit and line endings."""
        from wecontact_cli.syntax.jscommon import reindent

        layout = self.style.layout
        if layout.indent != "  ":
            text = reindent("\n" + text, "", layout).lstrip("\r\n") + layout.newline
        return text.replace("\r\n", "\n").replace("\n", layout.newline)

    def cell(self, tag: str, vue: bool, start: str, complete: str) -> str:
        """The element, with the button's options in the syntax of the view."""
        if vue:
            attributes = [_vue_attribute(name, value) for name, value in self.attrs]
            return self.templates.render("taro/cell.vue.j2", tag=tag, attributes=attributes, guard=VUE_GUARD,
                                         start_handler=start, complete_handler=complete).strip("\n")
        attributes = [(name, _jsx_value(name, value, self.style.jsx_quote)) for name, value in self.attrs]
        return self.templates.render("taro/cell.jsx.j2", tag=tag, attributes=attributes, guard=GUARD,
                                     start_ref=start, complete_ref=complete).strip("\n")

    def bodies(self) -> tuple[str, str]:
        """The bodies of the two handlers (statements at level 0)."""
        start = self.templates.render("taro/start-handler.j2", semi=self.semi).strip("\n")
        complete = self.templates.render("taro/complete-handler.j2", errcodes=plugin.ERRCODES,
                                         semi=self.semi).strip("\n")
        return start, complete

    def handlers(self, typescript: bool, vue: bool, form: str) -> str:
        """Both handlers as const arrow functions (JSX) or function declarations (Vue)."""
        start, complete = self.bodies()
        event = TS_EVENT if typescript else "e"
        pairs = [(START_HANDLER, "", start), (COMPLETE_HANDLER, event, complete)]
        if form == "function":
            return "\n\n".join(f"function {n}({p}) {{\n{_indent(b)}\n}}" for n, p, b in pairs)
        return "\n\n".join(f"const {n} = ({p}) => {{\n{_indent(b)}\n}}{self.semi}" for n, p, b in pairs)

    def guard(self, typescript: bool, vue: bool, declare_wx: bool = True) -> str:
        """The WeCom check: module-level statements setting the guard constant."""
        return self.templates.render(
            "taro/wecom-guard.j2", guard=VUE_GUARD if vue else GUARD, typescript=typescript, declare_wx=declare_wx,
            semi=self.semi, unsupported_environment=plugin.UNSUPPORTED_ENVIRONMENT).strip("\n")

    def plugid_data(self) -> str:
        """The constant --plugid-expr binds (a plain name only), for a new view."""
        expr = self.request.plugid_expr
        if expr is None or "." in expr:
            return ""
        return self.templates.render("taro/plugid-data.j2", key=expr, semi=self.semi).strip("\n")

    # -- the app config and the changeset -----------------------------------------------------

    def register_route(self) -> bool:
        """The route in the app config's pages (or the subpackage's); whether it was added."""
        if self.route in {r.route for r in self.project.routes}:
            return False
        if self.scope is None:
            owner: list[Any] = []
            route = self.route
        else:
            from wecontact_cli.frameworks.taro.init import declaration_path

            owner, route = declaration_path(self.project, self.scope.root), self.route[len(self.scope.root) + 1:]
        node = node_at(self.project, owner)
        if node is not None and node.get("pages") is not None:
            append_item(self.app, [*owner, "pages"], route)
        else:
            insert_member(self.app, owner, "pages", [route])
        self.plan.notes.append(msg("add_page.note_registered", route=route,
                                   scope=scope_name(self.scope.root if self.scope else None)))
        return True

    def add_app_change(self, routed: bool) -> None:
        """The app config's change, ordered for a crash between writes: a declaration before the
        page that uses it, a route after the page's files (both: the file is written twice)."""
        if not self.app.changed:
            return
        changeset, path = self.plan.changeset, self.app.path
        interim = None
        if self.interim is not None and routed:
            interim = (("\ufeff" if self.app.source.bom else "") + self.interim).encode("utf-8")
        changeset.add(self.app.change(join_semicolon(list(self.plan.notes))), interim=interim)
        if routed:
            changeset.order(self.page_changes, [path])
        else:
            changeset.order([path], self.page_changes)

    def create(self, path: Path, text: str) -> None:
        """A new file of the page."""
        self.plan.changeset.add(FileChange(path, None, text.encode("utf-8"), msg("summary.created")))
        self.page_changes.append(path)

    def edit(self, draft: Draft, summary: str | Message) -> None:
        """An edited file of the page."""
        if draft.changed:
            self.plan.changeset.add(draft.change(summary))
            self.page_changes.append(draft.path)


@record
class _ViewWiring:
    """The element, handlers and WeCom check in an existing JSX view."""

    planner: _Planner
    path: Path
    tag: str
    summary: list[str | Message] = field(default_factory=list)

    def wire(self) -> None:
        """Edit the view; what cannot be edited safely is printed for the user to add."""
        from wecontact_cli.syntax import jsx

        project, name = self.planner.project, self.path.name
        draft = Draft.of(read_source(self.path, project.root))
        if _renders(self.path, self.tag, project):
            return
        typescript = self.path.suffix in (".tsx", ".ts")
        component = jsx.page_component(draft.text, name)
        page_style = self.planner.style
        self.planner.style = of_file(page_style, draft.text, name)  # the code added looks like this file's
        try:
            if component is None:
                raise jsx.ViewEditError("no-component", "")
            self.edit(draft, component.kind == "class", typescript)
        except (jsx.ViewEditError, ValueError):
            self.by_hand(typescript, component is not None and component.kind == "class")
            return
        finally:
            self.planner.style = page_style
        self.planner.edit(draft, join_semicolon(self.summary))

    def edit(self, draft: Draft, in_class: bool, typescript: bool) -> None:
        """Element, handlers, WeCom check and Taro's import, each planned on the text so far."""
        from wecontact_cli.syntax import jsx

        planner, name = self.planner, self.path.name
        refs = (f"this.{START_HANDLER}", f"this.{COMPLETE_HANDLER}") if in_class else (START_HANDLER, COMPLETE_HANDLER)
        draft.apply([jsx.plan_element_insertion(draft.text, name, planner.cell(self.tag, False, *refs))])
        self.summary.append(msg("taro.summary_element", tag=self.tag))
        start, complete = planner.bodies()
        handlers = [jsx.Handler(START_HANDLER, "", start),
                    jsx.Handler(COMPLETE_HANDLER, TS_EVENT if typescript else "e", complete)]
        edit = jsx.plan_handler_insertion(draft.text, name, handlers)
        if edit is not None:
            draft.apply([edit])
            self.summary.append(msg("summary.handlers", start=START_HANDLER, complete=COMPLETE_HANDLER))
        binding = taro_binding(draft.text, name)
        if binding is None:
            raise ValueError("Taro is bound to something else here")
        statements = []
        if not _bound(draft.text, name, GUARD):
            declare_wx = "declare const wx" not in draft.text and "declare var wx" not in draft.text
            statements.append(planner.guard(typescript, False, declare_wx))
            self.summary.append(msg("taro.summary_guard", guard=GUARD))
        if planner.plugid_data() and self.plugid_missing(draft.text):
            statements.append(planner.plugid_data())
            self.summary.append(msg("taro.summary_plugid", key=planner.request.plugid_expr))
        if statements:
            draft.text = insert_after_imports(draft.text, name, "\n\n".join(statements))
        draft.text = add_taro_default(draft.text, name, planner.style.quote, planner.style.semicolons)
        self.check(draft.text)

    def plugid_missing(self, text: str) -> bool:
        """Whether the name --plugid-expr binds plugid to is defined nowhere the element can see."""
        from wecontact_cli.syntax.jsx import read_view

        for element in read_view(text, self.path.name, {self.tag}).elements:
            plugid = element.attribute("plugid")
            if plugid is not None and plugid.value.binding is not None and plugid.value.binding.status == "missing":
                return True
        return False

    def check(self, text: str) -> None:
        """The edited view parses, renders the tag once more, and its handlers resolve."""
        from wecontact_cli.syntax.jsx import read_view

        view = read_view(text, self.path.name, {self.tag})
        bindings = [a.value.binding for e in view.elements for a in e.attributes
                    if getattr(a, "name", "") in ("onStartmessage", "onCompletemessage")]
        if not view.syntax_ok or not bindings or any(b is None or b.status != "defined" for b in bindings):
            raise ValueError("internal error: the planned view does not read back; nothing was planned")

    def by_hand(self, typescript: bool, in_class: bool) -> None:
        """What to paste: the WeCom check after the imports, the handlers, the element."""
        planner = self.planner
        refs = (f"this.{START_HANDLER}", f"this.{COMPLETE_HANDLER}") if in_class else (START_HANDLER, COMPLETE_HANDLER)
        planner.plan.warnings.append(msg("taro.warn_view_by_hand", path=_rel(planner.project, self.path)))
        planner.manual.append("\n\n".join([planner.guard(typescript, False),
                                           planner.handlers(typescript, False, "const"),
                                           planner.cell(self.tag, False, *refs)]))


# -- small helpers ------------------------------------------------------------------------------


def _indent(text: str, prefix: str = "  ") -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


def _is_contact(url: str, alias: str) -> bool:
    parsed = plugin.parse_url(url)
    return parsed is not None and parsed[1] == plugin.COMPONENT and parsed[0] in (alias, plugin.PROVIDER)


def _jsx_value(name: str, value: str, quote: str) -> str:
    """An option as a JSX value: a number in braces, plugid bound by --plugid-expr, else a string."""
    if value.startswith("{{") and value.endswith("}}"):
        return "{" + value[2:-2] + "}"
    spec = plugin.ATTRIBUTES_BY_NAME.get(name)
    if spec is not None and spec.kind == "number" and plugin.number_text(value) is not None:
        return "{" + plugin.number_text(value) + "}"  # type: ignore[operator]
    return f"{quote}{value}{quote}"


def _vue_attribute(name: str, value: str) -> tuple[str, str]:
    """An option as a Vue attribute: bound (``:``) for a number or an expression."""
    if value.startswith("{{") and value.endswith("}}"):
        return f":{name}", value[2:-2]
    spec = plugin.ATTRIBUTES_BY_NAME.get(name)
    if spec is not None and spec.kind == "number" and plugin.number_text(value) is not None:
        return f":{name}", plugin.number_text(value) or value
    return name, value


def _page_only(project: TaroProject, route: str) -> list[Any]:
    """A not-yet-routed page's own registrations (its config may exist already)."""
    from wecontact_cli.frameworks.taro.units import page_config

    return page_config(project, route)[1]


def _renders(view: Path, tag: str, project: TaroProject) -> bool:
    """Whether the view already renders an element of ``tag``."""
    text = read_source(view, project.root).text
    if view.suffix == ".vue":
        from wecontact_cli.syntax.vue import parse_template, split_sfc

        block = split_sfc(text).template
        return block is not None and any(e.tag == tag for e in parse_template(
            text, block.content_start, block.content_end).iter_elements())
    from wecontact_cli.syntax.jsx import read_view

    return bool(read_view(text, view.name, {tag}).elements)


def _bound(text: str, filename: str, name: str) -> bool:
    """Whether the module binds ``name`` at its top level."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for
    from wecontact_cli.syntax.jsx import _Scopes

    return name in _Scopes().bindings(Parsed(text, grammar_for(filename)).root)


def _vue_typescript(view: Path, project: TaroProject) -> bool:
    from wecontact_cli.syntax.vue import split_sfc

    sfc = split_sfc(read_source(view, project.root).text)
    return any((b.lang or "") in ("ts", "tsx") for b in (sfc.script_setup, sfc.script) if b is not None)


def _require_parses(path: Path, text: str, template: str) -> None:
    """A new view from a (possibly project-supplied) template must parse, or nothing is written."""
    from wecontact_cli.syntax.jscommon import Parsed, grammar_for

    if path.suffix == ".vue":
        from wecontact_cli.syntax.vue import split_sfc

        ok = not split_sfc(text).problems
    else:
        ok = Parsed(text, grammar_for(path.name)).ok
    if not ok:
        raise WecontactError(msg("taro.template_broken", name=template, path=path.name))


def _rel(project: TaroProject, path: Path) -> str:
    return path.relative_to(project.root).as_posix()


def plan_add_page(project: TaroProject, request: AddPageRequest) -> AddPagePlan:
    """Plan wiring the contact button into ``request.page`` of a Taro project (created when missing)."""
    return _Planner(project, request).run()
