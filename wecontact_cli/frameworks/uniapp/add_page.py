"""Plan ``wecontact add-page`` on a uni-app project.

One Changeset, written in an order where every prefix is a buildable project: the
declaration in manifest.json (when the plugin is declared nowhere), then the ``.vue`` page
(created in the project's own style, or wired: the cell at a ``<!-- wecontact -->`` marker or
at the end of the template's root element, and the handlers added with ``vue_script``),
then pages.json (the route, and ``style["mp-weixin"].usingComponents``).

The cell is wrapped in ``<!-- #ifdef MP-WEIXIN -->`` and hidden inside the WeCom client by a
``contactHidden()`` method its ``v-if`` calls (``uni.getSystemInfoSync().hostName``).
"""

from __future__ import annotations

import re
from pathlib import Path

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, FileChange, TextEdit
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.native.add_page import cell_attributes
from wecontact_cli.frameworks.uniapp.init import declaration_edit, readable, readable_model
from wecontact_cli.frameworks.uniapp.project import UniProject
from wecontact_cli.frameworks.uniapp.registration import choose_tag, registered, style_edit
from wecontact_cli.frameworks.uniapp.units import page_file
from wecontact_cli.frameworks.uniapp.writing import append_item, location, set_member
from wecontact_cli.i18n.message import Message, join_semicolon, msg, scope_name
from wecontact_cli.model import Subpackage
from wecontact_cli.records import field, record
from wecontact_cli.scaffold.options import refuse_like_lint
from wecontact_cli.scaffold.declaring import new_alias, usable_alias
from wecontact_cli.scaffold.routes import source_route
from wecontact_cli.scaffold.plans import AddPagePlan, AddPageRequest
from wecontact_cli.scaffold.templating import Templates
from wecontact_cli.syntax import jsontext
from wecontact_cli.text.source import SourceFile, read_source

MARKER = "wecontact"
START_HANDLER, COMPLETE_HANDLER = plugin.EVENT_NAMES
HIDDEN_CHECK = "contactHidden"
"""The method the cell's v-if calls: true inside the WeCom client."""
TS_EVENT = "e: { detail?: { errcode?: number; name?: string; headurl?: string } }"
TITLE = "联系客服"
_SUFFIXES = (".vue", ".nvue")
_NAME_MAX = 200
_CONDITIONS = ("v-if", "v-else-if", "v-else", "v-show")
_SAMPLE_PAGES = 30


@record(frozen=True)
class ScriptStyle:
    """How the project's pages write their script: Vue version, API style, language."""

    vue: int
    setup: bool
    typescript: bool


@record
class _State:
    """What the planner has decided so far."""

    notes: list[str | Message] = field(default_factory=list)
    manual: list[str] = field(default_factory=list)
    declaration: tuple[SourceFile, TextEdit] | None = None
    declared_alias: str = ""


def validate_route(project: UniProject, page: str) -> tuple[str, Message | None]:
    """The page route (relative to the source root, no extension), and a note when ``page``
    was a file path that had to become the route."""
    return source_route(page, root=project.root, source_root=project.source_root,
                        routes=(r.route for r in project.routes), suffixes=_SUFFIXES, name_max=_NAME_MAX,
                        pages_place="pages.json")


def vue_attributes(request: AddPageRequest) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(the attributes as lint judges them, the same as Vue writes them): --plugid-expr binds."""
    attrs = cell_attributes(request)
    written = [(f":{name}", request.plugid_expr) if name == "plugid" and request.plugid_expr else (name, value)
               for name, value in attrs]
    return attrs, written  # type: ignore[return-value]


def script_style(project: UniProject) -> ScriptStyle:
    """The style most of the project's pages use (Vue 2: the options API; none yet: <script
    setup> for TypeScript, the options API otherwise, as uni-app's own templates do)."""
    typescript = project.detection.get("language") == "ts"
    if project.vue == 2:
        return ScriptStyle(2, False, typescript)
    setup = options = ts = js = 0
    for route in [r.route for r in project.routes][:_SAMPLE_PAGES]:
        path = page_file(project, route)
        if path is None:
            continue
        try:
            head = read_source(path, project.root).text
        except WecontactError:
            continue
        scripts = re.findall(r"<script\b([^>]*)>", head)
        if not scripts:
            continue
        setup += any("setup" in s for s in scripts)
        options += not any("setup" in s for s in scripts)
        uses_ts = any(re.search(r"lang=[\"']ts", s) for s in scripts)
        ts, js = ts + uses_ts, js + (not uses_ts)
    if setup + options == 0:
        return ScriptStyle(3, typescript, typescript)
    return ScriptStyle(3, setup > options, ts > js if ts != js else typescript)


class _Planner:
    def __init__(self, project: UniProject, request: AddPageRequest):
        self.project = project
        self.request = request
        self.config_files()
        self.route, note = validate_route(project, request.page)
        self.attrs, self.written = vue_attributes(request)
        refuse_like_lint(self.attrs, project.root)
        self.templates = Templates(project.root, request.templates)
        self.scope = next((s for s in project.subpackages if s.contains(self.route)), None)
        self.plan = AddPagePlan(Changeset(project.root), self.route, created=False)
        self.state = _State()
        self.style = script_style(project)
        if note is not None:
            self.plan.warnings.append(note)

    def config_files(self) -> None:
        """manifest.json and pages.json, refused when one cannot be read."""
        self.manifest, self.pages = readable(self.project)

    def run(self) -> AddPagePlan:
        alias = self.alias()
        entry = self.project.entries.get(self.route)
        taken = {r.tag: r.url for r in (*self.project.global_registrations,
                                        *(entry.registrations if entry else ())) if r.effective}
        tag, note = choose_tag(taken, self.request.tag, alias)
        if note is not None:
            self.plan.warnings.append(note)
        url = plugin.component_url(alias)
        path = page_file(self.project, self.route)
        vue = self.write_page(path, tag, url) if path is not None else self.create_page(tag, url)
        registration = self.register(tag, url)
        self.add_changes(vue, registration)
        self.plan.manual = "\n\n".join(self.state.manual) or None
        return self.plan

    # -- the declaration --------------------------------------------------------------------

    def alias(self) -> str:
        """The alias the page can use; the plugin is declared in manifest.json when it is nowhere."""
        usable = usable_alias(self.project, self.route, self.scope)
        if usable is not None:
            return usable
        ignored = [d for d in self.project.declarations if d.is_contact]
        if ignored:  # in pages.json's plugins, which manifest.json's replaces: UA106
            raise WecontactError(msg("uniapp.add_page_ignored_declaration", alias=ignored[0].alias),
                                 hint=msg("uniapp.hint_keep_one"))
        alias = new_alias(self.project)
        self.state.declaration = self.declare(alias)
        self.state.declared_alias = alias
        self.state.notes.append(msg("add_page.note_declared", alias=alias, provider=plugin.PROVIDER,
                                    version=plugin.DEFAULT_VERSION))
        return alias

    def declare(self, alias: str) -> tuple[SourceFile, TextEdit]:
        """The declaration in manifest.json's mp-weixin.plugins."""
        file, edit = declaration_edit(self.project, alias, plugin.DEFAULT_VERSION, None)
        return file.source, edit

    # -- the .vue page ----------------------------------------------------------------------

    def render(self, name: str, **context: object) -> str:
        return self.templates.render(f"uniapp/{name}", **context).strip("\n")

    def cell(self, tag: str) -> str:
        """The element, wrapped for MP-WEIXIN, hidden inside WeCom."""
        return self.render("cell.vue.j2", tag=tag, attributes=self.written, hidden_check=HIDDEN_CHECK,
                           start_handler=START_HANDLER, complete_handler=COMPLETE_HANDLER)

    def methods(self, typescript: bool) -> list[tuple[str, str]]:
        """(name, options-API method source) of the two handlers and the WeCom check."""
        context = dict(start_handler=START_HANDLER, complete_handler=COMPLETE_HANDLER, typescript=typescript,
                       event_param=TS_EVENT if typescript else "e", errcodes=plugin.ERRCODES,
                       hidden_check=HIDDEN_CHECK, unsupported_environment=plugin.UNSUPPORTED_ENVIRONMENT)
        names = (START_HANDLER, COMPLETE_HANDLER, HIDDEN_CHECK)
        files = ("start-handler.js.j2", "complete-handler.js.j2", "contact-hidden.js.j2")
        return [(n, self.render(f, **context)) for n, f in zip(names, files)]

    def page_meta(self, tag: str, url: str) -> str:
        """Statements that register the cell from the page itself (uni-helper's definePage)."""
        return ""

    def create_page(self, tag: str, url: str) -> FileChange:
        """A new .vue page in the project's style."""
        self.plan.created = True
        style = self.style
        methods = self.methods(style.typescript)
        members = ",\n\n".join(_indent(source, "    ") for _, source in methods)
        functions = "\n\n".join(_as_function(source) for _, source in methods)
        key = self.request.plugid_expr if self.request.plugid_expr and "." not in self.request.plugid_expr else ""
        text = self.render("page.vue.j2", cell=self.cell(tag), style="setup" if style.setup else "options",
                           page_meta=self.page_meta(tag, url),
                           typescript=style.typescript, members=members, functions=functions, plugid_key=key,
                           hidden_check=HIDDEN_CHECK, vue=style.vue) + "\n"
        path = self.project.source_root / (self.route + ".vue")
        return FileChange(path, None, text.encode("utf-8"), msg("summary.created"))

    def write_page(self, path: Path, tag: str, url: str) -> FileChange | None:
        """The cell and the handlers in an existing .vue page (what cannot be edited is printed)."""
        from wecontact_cli.syntax.vue import parse_template, split_sfc

        source = read_source(path, self.project.root)
        text = source.text
        sfc = split_sfc(text)
        block = sfc.template
        if block is None:
            raise WecontactError(msg("uniapp.no_template"), Location(path))
        template = parse_template(text, block.content_start, block.content_end)
        problems = [*sfc.problems, *template.problems]
        if problems:
            raise WecontactError(msg("add_page.markup_broken", problem=problems[0].message),
                                 source.location(problems[0].start))
        meta = self.page_meta_edits(source, sfc, tag, url)  # refused first: nothing half-planned
        edits, summary = self.element_edits(source, template, tag, block.content_end)
        handler_edit, added = self.handler_edits(text, sfc, path)
        if handler_edit is not None:
            edits.append(handler_edit)
            summary.append(msg("summary.handlers", start=START_HANDLER, complete=COMPLETE_HANDLER))
        if meta:
            edits.extend(meta)
            summary.append(msg("uniapp.summary_page_using", tag=tag, url=url))
        if not edits:
            return None
        return source.change(edits, join_semicolon(summary))

    def element_edits(self, source: SourceFile, template: object, tag: str,
                      block_end: int) -> tuple[list[TextEdit], list[str | Message]]:
        """The cell at the marker or the end of the root element; an existing cell gets the v-if."""
        text = source.text
        elements = [e for e in template.iter_elements() if e.tag == tag]  # type: ignore[attr-defined]
        if elements:
            return self.hide_existing(source, elements, tag)
        marker = next((c for c in template.comments if c.text.strip() == MARKER), None)  # type: ignore[attr-defined]
        if marker is not None:
            indent = _line_indent(text, marker.start)
            cell = _indent(self.cell(tag), indent).lstrip(" \t")
            return [TextEdit(marker.start, marker.end, cell)], [msg("summary.at_marker", tag=tag, marker=MARKER)]
        return [_at_end_of_root(text, template, block_end, self.cell(tag))], [msg("summary.at_end", tag=tag)]

    def page_meta_edits(self, source: SourceFile, sfc: object, tag: str, url: str) -> list[TextEdit]:
        """Edits that register the cell inside the page file (uni-helper's definePage)."""
        return []

    def hide_existing(self, source: SourceFile, elements: list, tag: str) -> tuple[list[TextEdit], list[str | Message]]:
        """A cell wired before: give it the v-if that hides it inside WeCom, or say what to add."""
        edits: list[TextEdit] = []
        for element in elements:
            condition = next((a for a in element.attributes if a.raw_name in _CONDITIONS), None)
            if condition is None:
                edits.append(TextEdit(element.tag_end, element.tag_end, f' v-if="!{HIDDEN_CHECK}()"'))
            elif HIDDEN_CHECK not in (condition.value or ""):
                where = source.location(condition.start)
                place = f"{source.path.relative_to(self.project.root).as_posix()}:{where.line}:{where.column}"
                self.plan.warnings.append(msg("uniapp.warn_cell_condition", tag=tag, attribute=condition.raw_name,
                                              place=place, check=HIDDEN_CHECK))
        return edits, ([msg("uniapp.summary_cell_hidden", tag=tag)] if edits else [])

    def handler_edits(self, text: str, sfc: object, path: Path) -> tuple[TextEdit | None, tuple[str, ...]]:
        """The missing methods, inserted with vue_script; printed when the script cannot be edited."""
        from wecontact_cli.syntax.vue_script import HandlerInsertion, analyze_script, plan_handlers

        info = analyze_script(text, sfc)  # type: ignore[arg-type]
        methods = self.methods(info.typescript)  # a file without a script gets a plain <script>
        try:
            insertion = plan_handlers(text, sfc, methods)  # type: ignore[arg-type]
        except ValueError:  # the result would not parse back: print it rather than write it
            insertion = HandlerInsertion(None, (), msg("vuescript.no_place"))
        if insertion.edit is not None or insertion.reason is None:
            return insertion.edit, insertion.added
        shown = path.relative_to(self.project.root).as_posix()
        self.plan.warnings.append(msg("uniapp.warn_script_by_hand", path=shown, reason=insertion.reason))
        known = info.names or frozenset()
        setup = info.style == "setup"
        blocks = [_as_function(s) if setup else s for n, s in methods if n not in known]
        self.state.manual.append(("\n\n" if setup else ",\n\n").join(blocks))
        return None, ()

    # -- pages.json -------------------------------------------------------------------------

    def register(self, tag: str, url: str) -> tuple[SourceFile, TextEdit] | None:
        """pages.json's edit: the route (main package or its subpackage) with the cell in
        style["mp-weixin"], or the registration added to the page's existing entry."""
        edit = self.pages_json_edit(tag, url)
        return (self.pages.source, edit) if edit is not None else None

    def pages_json_edit(self, tag: str, url: str) -> TextEdit | None:
        entry = self.project.entries.get(self.route)
        pages = self.pages
        if entry is not None and entry.node is not None:
            if registered(entry.registrations, tag, plugin.parse_url(url)[0]):  # type: ignore[index]
                return None
            self.state.notes.append(msg("uniapp.summary_page_using", tag=tag, url=url))
            return style_edit(pages, entry.node, "style", tag, url, self.project.vue)
        item = {"path": self.relative_path(), "style": {"navigationBarTitleText": TITLE,
                                                         "mp-weixin": {"usingComponents": {tag: url}}}}
        self.state.notes.append(msg("add_page.note_registered", route=item["path"],
                                    scope=scope_name(self.scope.root if self.scope else None)))
        if self.scope is None:
            array = pages.root.get("pages")
            if array is None:
                return set_member(pages, pages.root, ["pages"], [item], self.project.vue)
            if array.kind != "array":
                raise WecontactError(msg("uniapp.wrong_type", name="pages", wanted="an array", kind=array.type_name),
                                     location(pages, array.start))
            return append_item(pages, array, item, self.project.vue)
        return self.register_in_subpackage(self.scope, item)

    def relative_path(self) -> str:
        """The route as pages.json writes it: relative to the subpackage's root."""
        return self.route[len(self.scope.root) + 1:] if self.scope is not None else self.route

    def register_in_subpackage(self, scope: Subpackage, item: dict[str, object]) -> TextEdit:
        pages = self.pages
        node = next(n for n in jsontext.walk(pages.root) if n.start == scope.span.start and n.kind == "object")
        array = node.get("pages")
        if array is None:
            return set_member(pages, node, ["pages"], [item], self.project.vue)
        if array.kind != "array":
            raise WecontactError(msg("uniapp.wrong_type", name="pages", wanted="an array", kind=array.type_name),
                                 location(pages, array.start))
        return append_item(pages, array, item, self.project.vue)

    # -- the changeset ----------------------------------------------------------------------

    def add_changes(self, vue: FileChange | None, registration: tuple[SourceFile, TextEdit] | None) -> None:
        """manifest.json, then the .vue page, then pages.json: every prefix builds."""
        changeset = self.plan.changeset
        notes = join_semicolon(self.state.notes) if self.state.notes else ""
        declaration = self.state.declaration
        first: list[Path] = []
        if declaration is not None:
            source, edit = declaration
            summary = msg("summary.declare", alias=self.state.declared_alias, scope=scope_name(None))
            changeset.add(source.change([edit], summary))
            first.append(source.path)
        if vue is not None:
            changeset.add(vue)
            changeset.order(first, [vue.path])
            first.append(vue.path)
        if registration is not None:
            source, edit = registration
            changeset.add(source.change([edit], notes))
            changeset.order(first, [source.path])


class HelperPlanner(_Planner):
    """add-page on a uni-helper project: manifest.config.ts declares, the page's own
    definePage({...}) registers; the generated JSON is never written."""

    def config_files(self) -> None:
        """Only the model must be readable: the JSON files may not exist (they are generated)."""
        readable_model(self.project)
        self.manifest, self.pages = self.project.manifest, self.project.pages_json  # type: ignore[assignment]

    def declare(self, alias: str) -> tuple[SourceFile, TextEdit]:
        """The declaration in manifest.config.ts (manifest.json when that one is hand-written)."""
        from wecontact_cli.frameworks.uniapp.helper import js_set

        helper = self.project.helper
        if helper is None or helper.manifest is None:
            return super().declare(alias)
        value = {"version": plugin.DEFAULT_VERSION, "provider": plugin.PROVIDER}
        return helper.manifest.source, js_set(helper.manifest, [], ["mp-weixin", "plugins", alias], value)

    def page_meta(self, tag: str, url: str) -> str:
        """definePage({...}) registering the cell, for a new page's <script setup>."""
        key = tag if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", tag) else f"'{tag}'"
        return self.render("define-page.js.j2", title=TITLE, tag_key=key, url=url)

    def page_meta_edits(self, source: SourceFile, sfc: object, tag: str, url: str) -> list[TextEdit]:
        """The cell in the page's definePage({...}) style, or the lines to add when there is none."""
        from wecontact_cli.frameworks.uniapp.helper import ModuleFile, define_page, js_set
        from wecontact_cli.frameworks.uniapp.registration import style_target

        found = define_page(source.text, source.path)
        if found is None:
            raise WecontactError(msg("uniapp.helper_no_define_page", snippet=self.page_meta(tag, url)),
                                 Location(source.path))
        config, base, _ = found
        style = config.root.get("style")
        using = style.get("mp-weixin") if style is not None else None
        using = using.get("usingComponents") if using is not None and using.kind == "object" else None
        present = using.get(tag) if using is not None and using.kind == "object" else None
        if present is not None and present.value == url:
            return []
        keys, value = style_target(style, tag, url)
        block = source.text[base:]
        end = block.find("</script>")
        module = ModuleFile(source, config)
        return [js_set(module, [], ["style", *keys], value, call="definePage", base=base,
                       text=block[:end] if end >= 0 else block)]

    def pages_json_edit(self, tag: str, url: str) -> TextEdit | None:
        """Pages under src/pages are found by their file; any other route is refused with the
        entry to add to pages.config.ts."""
        return None

    def register(self, tag: str, url: str) -> tuple[SourceFile, TextEdit] | None:
        from wecontact_cli.frameworks.uniapp.helper import PAGES_DIR

        if self.route.split("/")[0] != PAGES_DIR and self.route not in self.project.entries:
            raise WecontactError(msg("uniapp.helper_route", route=self.route, dir=PAGES_DIR))
        return None


def _as_function(method: str) -> str:
    """An options-API method source as a function declaration of ``<script setup>``."""
    if method.startswith("/**"):
        doc, _, rest = method.partition("\n")
        return doc + "\n" + _as_function(rest)
    return ("async function " + method[6:]) if method.startswith("async ") else "function " + method


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


def _line_indent(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    line = text[start:offset]
    return line[: len(line) - len(line.lstrip(" \t"))]


def _at_end_of_root(text: str, template: object, block_end: int, cell: str) -> TextEdit:
    """The cell before the end tag of the template's last top-level element (inside the root,
    so that Vue 2's single root holds), as deep as that element's first child; without one,
    at the end of the template."""
    from wecontact_cli.syntax.vue import Element

    newline = "\r\n" if "\r\n" in text else "\n"
    roots = [n for n in template.children if isinstance(n, Element)]  # type: ignore[attr-defined]
    root = roots[-1] if roots else None
    if root is None or root.close_start is None:
        at = root.end if root is not None else block_end
        indent = _line_indent(text, root.start) if root is not None else ""
    else:
        at = root.close_start
        child = next((c for c in root.children if isinstance(c, Element)), None)
        indent = _line_indent(text, child.start) if child is not None else _line_indent(text, root.start) + "  "
    block = newline.join(_indent(cell, indent).split("\n"))
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    if not before.strip(" \t") and line_start > 0:  # the end tag on a line of its own
        return TextEdit(line_start, line_start, block + newline)
    return TextEdit(at, at, newline + block + newline + (_line_indent(text, at) if root is not None else ""))


def plan_add_page(project: UniProject, request: AddPageRequest) -> AddPagePlan:
    """Plan wiring the contact button into ``request.page`` (created when missing)."""
    return _Planner(project, request).run()

