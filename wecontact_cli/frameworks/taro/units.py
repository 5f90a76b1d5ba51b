"""A Taro project's pages and components: config modules read at once, views when a rule asks.

A page is a route's view (``index.tsx``/``.jsx``/``.js``, or ``index.vue`` for Vue 3) plus its
``index.config.(ts|js)``; a component is any other view module under the source root (Taro 3
components have no config). A view is parsed only when it mentions a tag that may be the
contact cell (``lint --select WC001`` parses none); the tags registered for the cell come from
the page's config and the app config, and for a component from every page that renders it.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Literal, Mapping, Sequence

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.prefetch import FILE, LINKED_FOLDER, OTHER, scan
from wecontact_cli.frameworks.taro import attributes as attrs
from wecontact_cli.frameworks.taro import config as cfg
from wecontact_cli.frameworks.taro import spelling
from wecontact_cli.i18n.message import msg
from wecontact_cli.model import AttrUse, CellUse, Comment, FileProblem, HandlerStatus, Registration, Span, Unit
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE as DIRECTIVE, UnitKind
from wecontact_cli.records import field, record
from wecontact_cli.syntax.lazy_pattern import LazyPattern
from wecontact_cli.text.positions import line_col
from wecontact_cli.text.source import read_source

if TYPE_CHECKING:
    from wecontact_cli.frameworks.taro.project import TaroProject
    from wecontact_cli.syntax.jsx import JsxElement
    from wecontact_cli.syntax.vue import Element as VueElement

VIEW_SUFFIXES = (".tsx", ".jsx", ".js", ".vue", ".ts")
"""A page's view, in the order looked for (``index.ts`` only holds a view without JSX)."""
COMPONENT_SUFFIXES = frozenset({".tsx", ".jsx", ".js", ".vue"})
_COMPONENT_ENDINGS = tuple(COMPONENT_SUFFIXES)
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__"})
_CLASS_CONFIG = LazyPattern(r"\bconfig\s*(?::\s*[\w.<>\[\]| ]+)?=\s*\{")
"""``config = {...}`` on a class or a component (Taro 1/2's place for usingComponents)."""


@record(frozen=True)
class TaroRef:
    """A page or component, found on disk (nothing read yet). Its files are named by strings;
    their paths are made on first use, in the process that reads them, not while discovery runs
    alone (a Path per file was a fifth of discovery)."""

    kind: UnitKind
    relpath: str
    view_name: str | None
    """The view module's full path, as listed."""
    config_name: str | None
    """The page config module's full path, as listed."""

    @property
    def view(self) -> Path | None:
        """The view module."""
        return self.paths()[1]

    @property
    def config(self) -> Path | None:
        """The page's config module."""
        return self.paths()[0]

    def paths(self) -> tuple[Path | None, Path | None]:
        """The config module's path and the view's, made once (kept beside the fields)."""
        made = self.__dict__.get("_paths")
        if made is None:
            made = self.__dict__["_paths"] = _paths(self.config_name, self.view_name)
        return made

    def __getstate__(self) -> dict[str, Any]:
        """Its fields only: the paths made on use are left out, so that a ref pickles (and keys the
        server's units) the same before and after it is loaded."""
        return {"kind": self.kind, "relpath": self.relpath, "view_name": self.view_name,
                "config_name": self.config_name}


@record(frozen=True)
class Unregistered:
    """An element meant as the contact cell that is not registered where it is rendered."""

    tag: str
    span: Span
    """The tag name as written."""
    pages: tuple[str, ...]
    """The pages that render it without registering it (the page itself, for a page)."""
    known: bool
    """False for a component no page is known to render: it cannot be proved either way."""
    class_config: bool = False
    """The view registers it in a class ``config``, which Taro 3 ignores."""


@record(frozen=True)
class Hidden:
    """An element that stands for the cell but is not written as its tag (Taro never collects it)."""

    written: str
    stands_for: str
    span: Span
    kind: Literal["component", "variable"]


def _paths(config: str | None, view: str | None) -> tuple[Path | None, Path | None]:
    """``Path`` of each name; the view beside the config module is that path with another name
    (half the cost of parsing the folder again: thousands of pages, in 3.11's pathlib)."""
    config_path = Path(config) if config is not None else None
    if view is None:
        return config_path, None
    folder, sep, name = view.rpartition(os.sep)
    if config_path is not None and sep and config is not None and config.rpartition(os.sep)[0] == folder:
        return config_path, config_path.with_name(name)
    return config_path, Path(view)


def discover(project: TaroProject) -> list[TaroRef]:
    """Every view module under the source root that is no page's, then every page in route order.
    Components come first: the first one scanned builds the import graph (it reads every view),
    and that is best done while the other processes lint pages, not at the end while they wait."""
    files = _files(project)
    pages: list[TaroRef] = []
    seen: set[str] = set()
    source = str(project.source_root)
    for route in dict.fromkeys(r.route for r in project.routes):
        base = route_path(source, route)
        view = _first(base, VIEW_SUFFIXES, files)
        config = _first(base + ".config", cfg.CONFIG_SUFFIXES, files)
        pages.append(TaroRef("page", route, view, config))
        if view is not None:
            seen.add(view)
    components: list[TaroRef] = []
    # Pages' views, .scss, .config.ts ... are left out at once (2,000 pages: one component).
    for path in sorted(f for f in files if f.endswith(_COMPONENT_ENDINGS) and f not in seen):
        name = os.path.basename(path)
        if os.path.splitext(name)[1] not in COMPONENT_SUFFIXES or ".config." in name:
            continue
        if os.path.dirname(path) == source and name.startswith("app."):
            continue  # the app's entry renders no page content
        rel = os.path.relpath(path, source).replace(os.sep, "/")
        components.append(TaroRef("component", rel.rsplit(".", 1)[0], path, None))
    return components + pages


def route_path(source: str, route: str) -> str:
    """A route's path under the source root without a suffix, as ``os.path.join(source,
    posixpath.normpath(route))`` spells it; a route already normal (the usual one) is joined
    as it is (a normpath a route, thousands of them a run, was a tenth of discovery)."""
    if _normal(route):
        return os.path.join(source, "") + route
    return os.path.join(source, posixpath.normpath(route))


def _normal(route: str) -> bool:
    """Whether ``posixpath.normpath`` leaves a relative route as it is: no dot (no ``.`` or
    ``..`` part), no doubled, leading or trailing slash, not empty."""
    return bool(route) and "." not in route and "//" not in route and route[0] != "/" and route[-1] != "/"


def _first(base: str, suffixes: Sequence[str], files: frozenset[str]) -> str | None:
    """``base`` plus the first of ``suffixes`` that names a listed file."""
    for suffix in suffixes:
        if base + suffix in files:
            return base + suffix
    return None


@record(frozen=True)
class SourceListing:
    """Every file under the source root as the last discovery walked it, and whether that walk
    left out a folder other than dependencies and dot folders (a __pycache__, the build output)."""

    files: frozenset[str]
    pruned: bool
    irregular: frozenset[str] = frozenset()
    """The files listed that are not plain files (links, FIFOs...): only these need a stat to tell."""

    def plain(self, name: str | None) -> bool:
        """Whether the walk listed ``name`` as a plain file (read without a stat: ``fsguard.read_bytes``)."""
        return name in self.files and name not in self.irregular


def _files(project: TaroProject) -> frozenset[str]:
    """Every file under the source root (dependencies, dot folders and the build output left out);
    kept on the project, so that the import graph need not walk the tree again. The walk finds
    what ``os.walk`` finds (a link to a folder is not entered), from the entries' own types
    instead of a stat per folder."""
    output = str(project.roots.output) if project.roots is not None else None
    found: set[str] = set()
    irregular: set[str] = set()
    pruned = False
    stack = [str(project.source_root)]
    while stack:
        folder = stack.pop()
        entries = scan(folder)
        if entries is None:
            continue  # as os.walk: an unreadable folder is skipped
        head = os.path.join(folder, "")  # head + name: os.path.join's path, at a tenth of its cost
        for name, kind in zip(*entries):  # inlined: thousands of entries
            if kind == FILE:  # a plain file's type comes with the listing: no stat later
                found.add(head + name)
            elif kind == OTHER:
                found.add(path := head + name)
                irregular.add(path)
            elif kind == LINKED_FOLDER or name.startswith(".") or name == "node_modules":
                continue
            elif name in SKIPPED_DIRS or (path := head + name) == output:
                pruned = True
            else:
                stack.append(path)
    project.listing = SourceListing(frozenset(found), pruned, frozenset(irregular))
    return project.listing.files



def page_view(base: Path) -> Path | None:
    """A route's view file, if it has one."""
    return next((p for p in (base.with_name(base.name + s) for s in VIEW_SUFFIXES) if p.is_file()), None)


def page_config(project: TaroProject, route: str, ref: TaroRef | None = None) -> tuple[cfg.ConfigRead | None,
                                                                                     list[Registration]]:
    """A page's config module read, and its usingComponents entries (``ref``: the page as
    discovered, whose listed config module saves looking for it again)."""
    listed = ref is not None and _listed_config(ref, project.listing)
    path = ref.config if listed else cfg.config_module(project.route_base(route))
    if path is None:
        return None, []
    plain = listed and project.listing is not None and project.listing.plain(ref.config_name)
    read = cfg.read_module(path, project.root, fast=True, listed_plain=plain)
    if read.root is None or read.root.kind != "object":
        return read, []
    return read, cfg.registrations(read, read.root.get("usingComponents"), "page", route)


def _listed_config(ref: TaroRef, listing: SourceListing | None = None) -> bool:
    """Whether the config module discovery listed is the one ``cfg.config_module`` would find: a
    file (the .ts beside a .js would have been listed first, being in the same folder), of a route
    that does not normalise to the source root itself (that route's module is named after it).
    A plain file the last ``listing`` holds is one without a stat (a link or a FIFO is tested)."""
    if ref.config is None or (not _normal(ref.relpath) and posixpath.normpath(ref.relpath) == "."):
        return False
    if listing is not None and listing.plain(ref.config_name):
        return True
    return ref.config.is_file()


def make_unit(project: TaroProject, ref: TaroRef) -> TaroUnit:
    """A unit with its config read: registrations, misplaced plugins, problems, gaps."""
    scope = project.scope_of(ref.relpath)
    files = tuple(p for p in (ref.config, ref.view) if p is not None)
    unit = TaroUnit(ref.kind, ref.relpath, files, scope, project=project, ref=ref)
    if ref.kind != "page" or ref.config is None:
        return unit
    read, found = page_config(project, ref.relpath, ref)
    if read is None:
        return unit
    unit.config_read = read
    if read.text is not None:
        unit.texts[read.path] = read.text
    unit.registrations = tuple(found)
    root = read.root
    if root is None or root.kind != "object":
        unit.usage_known = False  # an unreadable config may register the plugin: WC110 cannot tell
    else:
        member = root.member("plugins")
        if member is not None:
            unit.misplaced_plugins = (read.span(start=member.key_start, end=member.key_end),)
        read.gap(root, "config")
        unit.usage_known = root.settled("usingComponents") and cfg.known(root.get("usingComponents"))
    unit.gaps = list(read.gaps)
    unit.config_problems = list(read.problems)
    return unit


@record
class TaroUnit(Unit):
    """A Taro page or component; its view is read on first use."""

    project: TaroProject | None = field(default=None, repr=False)
    ref: TaroRef | None = None
    config_read: cfg.ConfigRead | None = field(default=None, repr=False)
    config_problems: list[FileProblem] = field(default_factory=list)
    gaps: list[cfg.Gap] = field(default_factory=list)
    _scanned: bool = False
    _text: str | None = None
    _view_problems: list[FileProblem] = field(default_factory=list)
    _cells: list[CellUse] = field(default_factory=list)
    _status: dict[int, HandlerStatus] = field(default_factory=dict)
    _unregistered: list[Unregistered] = field(default_factory=list)
    _hidden: list[Hidden] = field(default_factory=list)
    _comments: list[Comment] = field(default_factory=list)
    _methods: Any = None

    # -- what makes a tag the cell here -------------------------------------------------------

    def rendering_pages(self) -> tuple[tuple[str, ...], bool]:
        """The pages that render this unit (itself for a page), and whether that is complete."""
        if self.kind == "page" or self.ref is None or self.ref.view is None or self.project is None:
            return (self.relpath,), True
        return self.project.graph().renderers(self.ref.view)

    def contact_tags(self) -> dict[str, Registration]:
        """Tag -> the usingComponents entry that makes it the contact cell here (own entries win)."""
        project = self.project
        if project is None:
            return {}
        tags = project.contact_registrations(project.global_registrations, None)
        if self.kind == "page":
            tags.update(project.contact_registrations(self.registrations, self.scope_root))
            return tags
        for route in self.rendering_pages()[0]:
            scope = project.scope_of(route)
            for tag, found in project.contact_registrations(project.page_registrations(route),
                                                 scope.root if scope else None).items():
                tags.setdefault(tag, found)
        return tags

    def _taken(self) -> set[str]:
        """Tags this page or the app registers for something else (never the cell here)."""
        project = self.project
        if project is None:
            return set()
        own = self.registrations if self.kind == "page" else ()
        return {r.tag for r in (*project.global_registrations, *own)
                if not project.is_contact_url(r.url, self.scope_root)}

    def _missing(self, tag: str) -> tuple[tuple[str, ...], bool]:
        """The rendering pages that do not register ``tag`` for the cell, and whether all are known."""
        project = self.project
        assert project is not None
        if tag in project.contact_registrations(project.global_registrations, None):
            return (), True
        if self.kind == "page":
            return (() if tag in self.contact_tags() else (self.relpath,)), True
        pages, complete = self.rendering_pages()
        missing = []
        for route in pages:
            scope = project.scope_of(route)
            if tag not in project.contact_registrations(project.page_registrations(route), scope.root if scope else None):
                missing.append(route)
        return tuple(missing), complete and bool(pages)

    # -- reading the view ---------------------------------------------------------------------

    def _scan(self) -> None:
        """Read and parse the view once, when it mentions a tag that may be the cell."""
        if self._scanned:
            return
        self._scanned = True
        project, path = self.project, self.ref.view if self.ref is not None else None
        if project is None or path is None:
            return
        plain = project.listing is not None and project.listing.plain(self.ref.view_name)
        try:
            source = read_source(path, project.root, listed_plain=plain)
        except WecontactError as exc:
            from wecontact_cli.frameworks.native.problems import load_problem

            self._view_problems.append(load_problem("view", path, exc))
            return
        text = source.text
        self._text = text
        self.texts[path] = text
        contact = self.contact_tags()
        candidates = (set(contact) | {plugin.DEFAULT_TAG}) - (self._taken() - set(contact))
        if DIRECTIVE not in text and not mentions(text, candidates, source.raw[3:] if source.bom else source.raw):
            return
        if path.suffix == ".vue":
            self._scan_vue(path, text, contact, candidates)
        else:
            self._scan_jsx(path, text, contact, candidates)

    def _scan_jsx(self, path: Path, text: str, contact: dict[str, Registration], candidates: set[str]) -> None:
        from wecontact_cli.syntax.jsx import read_view

        view = read_view(text, path.name, candidates, comments=DIRECTIVE in text)  # only directives are kept
        if not view.syntax_ok:
            self._view_problems.append(cfg.syntax_problem("view", path, text))
        for comment in view.comments:
            if DIRECTIVE in comment.text:
                self._comments.append(_comment(path, text, comment.text, comment.start, comment.end))
        if not view.syntax_ok:
            return
        for element in view.elements:
            line = line_col(text, element.start)[0]
            if element.tag in contact:
                cell, reads = attrs.jsx_cell(element, contact[element.tag], path, text, line)
                self._keep(cell, reads)
            self._unregistered_element(element.tag, Span(path, element.tag_start, element.tag_end),
                                       _has_plugid(element))
        for hidden in view.hidden:
            if hidden.kind == "variable" or not hidden.declared:
                self._hidden.append(Hidden(hidden.tag, hidden.stands_for, Span(path, hidden.tag_start, hidden.tag_end),
                                           hidden.kind))

    def _scan_vue(self, path: Path, text: str, contact: dict[str, Registration], candidates: set[str]) -> None:
        from wecontact_cli.syntax.vue import parse_template, split_sfc

        sfc = split_sfc(text)
        block = sfc.template
        template = parse_template(text, block.content_start, block.content_end) if block is not None else None
        problems = [*sfc.problems, *(template.problems if template is not None else ())]
        for problem in problems[:1]:
            line, column = line_col(text, problem.start)
            self._view_problems.append(FileProblem("view", "syntax", Span(path, problem.start, problem.end + 1),
                                                   problem.message, line, column))
        if template is None:
            return
        for comment in (*sfc.comments, *template.comments):
            if DIRECTIVE in comment.text:
                self._comments.append(_comment(path, text, comment.text, comment.start, comment.end))
        folded = {_fold(t): t for t in candidates}
        for element in template.iter_elements():
            line = line_col(text, element.start)[0]
            span = Span(path, element.tag_start, element.tag_end)
            if element.tag in contact:
                cell, reads = attrs.vue_cell(element, contact[element.tag], path, line, self._vue_methods(text))
                self._keep(cell, reads)
            if element.tag in candidates:
                self._unregistered_element(element.tag, span, _vue_has_plugid(element))
            elif _fold(element.tag) in folded:
                self._hidden.append(Hidden(element.tag, folded[_fold(element.tag)], span, "component"))

    def _vue_methods(self, text: str) -> frozenset[str] | None:
        """What the component's script defines for its template (None: cannot be known)."""
        if self._methods is None:
            from wecontact_cli.syntax.vue import split_sfc
            from wecontact_cli.syntax.vue_script import analyze_script

            info = analyze_script(text, split_sfc(text))
            self._methods = (info.names,)
        return self._methods[0]

    def _keep(self, cell: CellUse, reads: list[attrs.Read]) -> None:
        self._cells.append(cell)
        for read in reads:
            if read.status is not None:
                self._status[read.attr.name_span.start] = read.status

    def _unregistered_element(self, tag: str, span: Span, plugid: bool) -> None:
        """An element of a candidate tag that is not registered for the cell where it renders."""
        project = self.project
        assert project is not None
        if tag == plugin.DEFAULT_TAG and not plugid and not project.contact_declarations():
            return  # a <cell> that may be anything else: no evidence it is the contact plugin's
        pages, known = self._missing(tag)
        if not pages and known:
            return
        class_config = self._text is not None and "usingComponents" in self._text and \
            bool(_CLASS_CONFIG.search(self._text))
        self._unregistered.append(Unregistered(tag, span, pages, known, class_config))

    # -- the model's questions ----------------------------------------------------------------

    def problems(self) -> list[FileProblem]:
        """The config's problems and the view's (read now if not yet)."""
        self._scan()
        return [*self.config_problems, *self._view_problems]

    def cells(self, extra: Mapping[str, Registration] | None = None) -> list[CellUse]:
        """Every element of the view that renders the contact cell; with ``extra``, also those of
        its tags (doctor shows cells registered under an alias nothing declares)."""
        self._scan()
        found = list(self._cells)
        wanted = {tag: r for tag, r in (extra or {}).items() if tag not in self.contact_tags()}
        if wanted and self._text is not None and self.ref is not None and self.ref.view is not None:
            found += self._extra_cells(self.ref.view, self._text, wanted)
        return found

    def _extra_cells(self, path: Path, text: str, wanted: dict[str, Registration]) -> list[CellUse]:
        """The elements of ``wanted`` tags, read for doctor only (no rule runs on them)."""
        if path.suffix == ".vue":
            from wecontact_cli.syntax.vue import parse_template, split_sfc

            block = split_sfc(text).template
            elements = parse_template(text, block.content_start, block.content_end).iter_elements() \
                if block is not None else iter(())
            return [attrs.vue_cell(e, wanted[e.tag], path, line_col(text, e.start)[0], None)[0]
                    for e in elements if e.tag in wanted]
        from wecontact_cli.syntax.jsx import read_view

        return [attrs.jsx_cell(e, wanted[e.tag], path, text, line_col(text, e.start)[0])[0]
                for e in read_view(text, path.name, set(wanted)).elements]

    def unregistered(self) -> list[Unregistered]:
        """Elements meant as the cell that some page rendering them does not register."""
        self._scan()
        return list(self._unregistered)

    def hidden(self) -> list[Hidden]:
        """Elements standing for the cell under another name (``<Cell>``, ``<Tag>``)."""
        self._scan()
        return list(self._hidden)

    def comments(self) -> list[Comment]:
        """Suppression comments in the view and in the config module."""
        self._scan()
        return [*self._comments, *self._config_comments()]

    def _config_comments(self) -> list[Comment]:
        return cfg.directive_comments(self.config_read)

    def view_file(self) -> Path | None:
        """The view module (.tsx, .jsx, .js or .vue)."""
        return self.ref.view if self.ref is not None else None

    def config_file(self) -> Path | None:
        """The page's config module."""
        return self.ref.config if self.ref is not None else None

    def handler_status(self, attr: AttrUse) -> HandlerStatus:
        """Whether the function an event prop refers to is defined where the element can see it."""
        if attr.handler is None:
            return "unknown"
        return self._status.get(attr.name_span.start, "unknown")

    def handler_home(self) -> tuple[str, object]:
        """The view's name, and where its handlers live."""
        view = self.view_file()
        vue = view is not None and view.suffix == ".vue"
        return (view.name if view is not None else ""), msg("taro.handler_vue") if vue else msg("taro.handler_jsx")

    def number_edits(self, cell: CellUse, attr: AttrUse, number: str) -> tuple[tuple[TextEdit, ...], str] | None:
        """A number in the prop's own syntax: ``styleType={2}`` in JSX (braces replace the
        quotes), ``:styleType="2"`` in a Vue template (a plain attribute passes a string)."""
        span = attr.value_span
        if span is None:
            return None
        vue = cell.fact("syntax") == "vue"
        text = self.texts.get(span.path, "")
        if vue and attr.written == attr.name:  # a plain attribute: bound, its value becomes a number
            return ((TextEdit(attr.name_span.start, attr.name_span.start, ":"),
                     TextEdit(span.start, span.end, f'"{number}"')), f':{attr.written}="{number}"')
        if not vue and text[:span.start].rstrip().endswith("="):  # x="2" in JSX
            return (TextEdit(span.start, span.end, f"{{{number}}}"),), f"{attr.written}={{{number}}}"
        # a string literal inside {...} in JSX, or inside :x="..." in Vue
        return (TextEdit(span.start, span.end, number),), (f'{attr.written}="{number}"' if vue
                                                          else f"{attr.written}={{{number}}}")

    # -- what an editor asks (``wecontact server``) -------------------------------------------

    def handlers(self) -> frozenset[str] | None:
        """What an event prop can name: the Vue script's methods or ``<script setup>`` bindings;
        in JSX, the functions in scope where the cells are (``this.x`` in a class component)."""
        self._scan()
        view, text = self.view_file(), self._text
        if view is None or text is None:
            return None
        if view.suffix == ".vue":
            return self._vue_methods(text)
        from wecontact_cli.frameworks.taro.handlers import visible_handlers

        return visible_handlers(text, view.name, [c.start_tag.start for c in self._cells])

    def event_attribute(self, event: str) -> str | None:
        """``onCompletemessage`` in JSX, ``@completemessage`` in a Vue template: the prop whose
        listener Taro's runtime registers for that very event (its spelling rules say which)."""
        prop = "on" + event[:1].upper() + event[1:]  # React's and Vue's handler key of the event
        found = spelling.reach(prop, value_is_function=True)
        if found.kind != "event" or found.event != event or found.reason:
            return None
        view = self.view_file()
        return f"@{event}" if view is not None and view.suffix == ".vue" else prop

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """In the view: ``<!-- ... -->`` in a Vue template, ``{/* ... */}`` among JSX children,
        ``// ...`` in code (between a JSX element's attributes too); ``// ...`` in the page config."""
        from wecontact_cli.frameworks.comments import js_directive, vue_directive

        self._scan()
        if path == self.view_file() and self._text is not None:
            if path.suffix == ".vue":
                return vue_directive(self._text, line, codes)
            return js_directive(self._text, path.name, line, codes)
        read = self.config_read
        if read is not None and read.text is not None and path == read.path:
            return js_directive(read.text, path.name, line, codes)
        return None

    def reread_cell(self, cell: CellUse, edits: Sequence[TextEdit]) -> CellUse | None:
        """The cell as its start tag would read after ``edits``."""
        text = self.texts.get(cell.start_tag.path)
        if text is None:
            return None
        start = cell.start_tag.start
        tag = text[start:cell.start_tag.end]
        try:
            edited = apply_edits(tag, [TextEdit(e.start - start, e.end - start, e.text) for e in edits])
        except ValueError:
            return None
        closed = edited.rstrip().endswith("/>")
        # Blanks before the tag keep its offsets (its line is the cell's); they are not read.
        source = " " * start + (edited if closed else f"{edited}</{cell.tag}>")
        if cell.fact("syntax") == "vue":
            return _reread_vue(source, start, cell, self._vue_methods(text))
        return _reread_jsx(source, start, cell)

    def cache_reads(self) -> tuple[str, ...] | None:
        """``gtags`` always; for a component, ``renderers:<view>`` and each rendering page's
        ``page:<route>`` (their tags may be the cell in it); then ``app`` (and ``intrinsic`` for a
        React .tsx view) only when its view names one of those tags or ``cell`` (folded as the
        scan folds them), holds a suppression, or its config names a plugin: otherwise the scan
        stops before parsing and its result is its own files'."""
        project, ref = self.project, self.ref
        if project is None or ref is None:
            return None
        reads = ["gtags"]
        tags = {plugin.DEFAULT_TAG, *(r.tag for r in project.global_registrations)}
        touches = any(plugin.parse_url(r.url) is not None for r in self.registrations)
        if self.kind == "page":
            tags.update(r.tag for r in self.registrations)
        elif ref.view is not None:
            pages = self.rendering_pages()[0]
            reads += [f"renderers:{ref.view}", *(f"page:{route}" for route in pages)]
            tags.update(r.tag for route in pages for r in project.page_registrations(route))
        text = self._text if self._scanned else _view_text(project, ref.view)
        if text is not None:
            touches = touches or DIRECTIVE in text or mentions(text, tags)  # the scan's own test
        if touches:
            reads.append("app")
            if ref.view is not None and ref.view.suffix == ".tsx" and project.react_types:
                reads.append("intrinsic")
        return tuple(reads)


def _reread_jsx(source: str, start: int, cell: CellUse) -> CellUse | None:
    from wecontact_cli.syntax.jsx import read_view

    view = read_view(source, cell.start_tag.path.name, {cell.tag}, comments=False, start=start)  # its element only
    if not view.syntax_ok or len(view.elements) != 1:
        return None
    return attrs.jsx_cell(view.elements[0], cell.registration, cell.start_tag.path, source, cell.line)[0]


def _reread_vue(source: str, start: int, cell: CellUse, methods: frozenset[str] | None) -> CellUse | None:
    from wecontact_cli.syntax.vue import parse_template

    template = parse_template(source, start)
    elements = list(template.iter_elements())
    if template.problems or len(elements) != 1:
        return None
    return attrs.vue_cell(elements[0], cell.registration, cell.start_tag.path, cell.line, methods)[0]


def _fold(tag: str) -> str:
    return tag.replace("-", "").replace("_", "").lower()


_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
"""``bytes.lower`` as a translation table (which can drop characters in the same pass)."""
LOWERS_TO_ASCII = ("\u0130", "\u212a")
"""The only characters beyond ASCII whose lower case holds an ASCII one: İ (i and a combining
dot) and the Kelvin sign (k). tests/test_taro_speed_fold.py checks every character."""


def mentions(text: str, tags: Iterable[str], data: bytes | None = None) -> bool:
    """Whether ``text`` in lower case without ``-`` and ``_`` holds one of ``tags`` folded
    (``data``: the text's UTF-8 bytes, when the caller has them: the file as read, BOM left out).
    For ASCII tags, a text without the two characters above is folded as UTF-8 bytes: the same
    ASCII letters in the same runs (anything else becomes bytes of 0x80 and up there, characters
    beyond ASCII in the text), in one pass that lowers and drops at once, at a sixth of the
    cost of folding the text itself."""
    wanted = {_fold(tag) for tag in tags}
    if all(tag.isascii() for tag in wanted) and not any(char in text for char in LOWERS_TO_ASCII):
        if data is None:
            data = text.encode("utf-8", "surrogatepass")
        folded = data.translate(_ASCII_LOWER, b"-_")
        return any(tag.encode() in folded for tag in wanted)
    folded = fold_text(text)
    return any(tag in folded for tag in wanted)


def fold_text(text: str) -> str:
    """A view's text as ``mentions`` searches it: lower case first, then without ``-`` and ``_``
    (a capital sigma before a dash lowers to a final sigma, which dropping the dash first would
    not give): every test of whether a view names a tag folds it so."""
    return text.lower().replace("-", "").replace("_", "")


def _has_plugid(element: JsxElement) -> bool:
    return element.attribute("plugid") is not None


def _vue_has_plugid(element: VueElement) -> bool:
    return any(a.raw_name in ("plugid", ":plugid", "v-bind:plugid") for a in element.attributes)


def _comment(path: Path, text: str, body: str, start: int, end: int) -> Comment:
    """A comment of a Taro file as the model's record (a directive covers the line after it)."""
    return Comment(path, body, Span(path, start, end), line_col(text, end)[0])


def _view_text(project: TaroProject, view: Path | None) -> str | None:
    """A view's text, as the scan reads it (None when it cannot be read)."""
    if view is None:
        return None
    try:
        return read_source(view, project.root).text
    except WecontactError:
        return None
