"""A uni-app project's pages and components: every ``.vue`` (and ``.nvue``) file under the
source root, read lazily.

A page is a file whose path (without extension) is a route of pages.json; its registrations
come from its pages.json entry. Any other file is a component: uni-app has no per-component
JSON, so only globalStyle's registrations reach it. The file is read when a rule asks for
cells, comments or problems; it is scanned only when it can hold a cell (its text names a
contact tag) or a suppression, with ``vue.scan_sfc``'s fast path, and fully parsed only when
that cannot vouch for it; the script only when a rule asks about a handler.

A template's own syntax is reported (WC002) only in files that can hold a cell: uni-app's
compiler stops the build on a broken template anyway, and wecontact's part is the button.

Skipped folders: dependencies and build output (node_modules, unpackage, dist), ``static``
(copied as is), ``wxcomponents`` (native components, WXML not Vue), and ``uni_modules``:
vendored plugins from DCloud's market that the project does not own, except the pages
pages.json routes into.
"""

from __future__ import annotations

import os
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Sequence

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.prefetch import FILE, FOLDER, LINKED_FOLDER, scan
from wecontact_cli.frameworks.uniapp.attributes import cell_use, sets_plugid
from wecontact_cli.frameworks.uniapp.config import other_platforms
from wecontact_cli.i18n.message import msg
from wecontact_cli.model import AttrUse, CellUse, Comment, FileProblem, HandlerStatus, Registration, Span, Unit
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE
from wecontact_cli.records import field, record
from wecontact_cli.text.positions import LineIndex
from wecontact_cli.text.source import read_text

if TYPE_CHECKING:
    from wecontact_cli.frameworks.uniapp.project import UniProject
    from wecontact_cli.syntax.conditional import Conditional, Platform
    from wecontact_cli.syntax.vue import Element, ScannedSfc, Sfc, Template
    from wecontact_cli.syntax.vue_script import ScriptInfo

SKIPPED_DIRS = frozenset({"node_modules", "unpackage", "dist", "static", "wxcomponents", "uni_modules",
                          "__pycache__"})
EXTENSIONS = (".vue", ".nvue")
APP_FILES = frozenset({"App.vue", "App.nvue"})
_COUNTED_LINES = 4
"""A file's first few line numbers are counted; building its line index costs more (a cell
or two and a suppression is what a .vue file usually has)."""


@record(frozen=True, eq=False)
class VueFile:
    """A .vue file found on disk (nothing read yet): where it is and its path without extension."""

    location: str | Path
    """As discovery found it: a string, whose Path is made on first use (in the worker that
    reads the file: 2,000 Paths made before the workers start cost a 2,000-page run 4 ms)."""
    relpath: str
    plain: bool = False
    """Discovery's listing saw a plain file there (read without a stat: ``fsguard.read_bytes``)."""

    @cached_property
    def path(self) -> Path:
        """The file's path."""
        return self.location if isinstance(self.location, Path) else Path(self.location)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VueFile) and (os.fspath(self.location), self.relpath) == (
            os.fspath(other.location), other.relpath)

    def __hash__(self) -> int:
        return hash((os.fspath(self.location), self.relpath))


def discover(project: UniProject) -> list[VueFile]:
    """Every .vue/.nvue page and component under the source root (links are not followed),
    plus the pages pages.json routes into a skipped folder.

    A folder's entries come from ``prefetch.scan`` (most often listed ahead by a child
    process), read in one loop: no ``stat`` of an entry, no Path, and no call or list per
    folder (a 2,000-page project has a folder per page, all walked before the workers
    start). A file's path is its folder's and its name joined by ``os.sep`` (what
    ``os.path.join`` gives for a folder that does not end with one, at a tenth of its cost).
    The folders' order does not matter: a file's relpath is its own, and x.vue wins over
    x.nvue either way."""
    found: dict[str, VueFile] = {}
    pending = [(os.fspath(project.source_root), "")]  # a folder, and its path under the source root
    while pending:
        folder, rel_dir = pending.pop()
        entries = scan(folder)
        if entries is None:  # unreadable: os.walk skips it too
            continue
        head = os.path.join(folder, "")
        prefix = f"{rel_dir}/" if rel_dir else ""
        for name, kind in zip(*entries):
            if kind == FOLDER:
                if name not in SKIPPED_DIRS and not name.startswith("."):
                    pending.append((head + name, prefix + name))
            elif kind != LINKED_FOLDER and name.endswith(EXTENSIONS) and (rel_dir or name not in APP_FILES):
                stem, _, ext = name.rpartition(".")
                rel = prefix + stem
                if ext == "vue" or rel not in found:  # uni-app prefers x.vue to x.nvue for mp-weixin
                    found[rel] = VueFile(head + name, rel, kind == FILE)
    for route in (r.route for r in project.routes if r.route not in found):
        path = page_file(project, route)
        if path is not None:
            found[route] = VueFile(path, route)
    return [found[k] for k in sorted(found)]


def page_file(project: UniProject, route: str) -> Path | None:
    """The .vue (else .nvue) file of a route, if it exists inside the source root."""
    for ext in EXTENSIONS:
        path = project.source_root / (route + ext)
        if path.is_file():
            return path
    return None


@record
class UniUnit(Unit):
    """A page or component of a uni-app project; its .vue file is read on first use."""

    vue_file: VueFile | None = None
    project: UniProject | None = field(default=None, repr=False)
    _text: str | None = None
    _read: bool = False
    _problems: list[FileProblem] = field(default_factory=list)
    _sfc: Sfc | None = None
    _template: Template | None = None
    _scan: tuple[frozenset[str], ScannedSfc | None] | None = None
    _needs: tuple[frozenset[str], bool] | None = None
    _candidates: frozenset[str] | None = None
    _conditional: Conditional | None = None
    _script: ScriptInfo | None = None
    _surely: frozenset[str] | None = None
    _index: LineIndex | None = None
    _lines_asked: int = 0
    _problems_read: bool = False

    @property
    def vue(self) -> int:
        """The project's Vue major version."""
        return self.project.vue if self.project is not None else 3

    # -- reading ------------------------------------------------------------------------------

    def text(self) -> str | None:
        """The .vue file's text (None when it cannot be read: a problem says why)."""
        if not self._read and self.vue_file is not None and self.project is not None:
            self._read = True
            path = self.vue_file.path
            try:  # read from discovery's string (a Path's string and a SourceFile made for the text alone cost more)
                self._text = read_text(os.fspath(self.vue_file.location), self.project.root,
                                       listed_plain=self.vue_file.plain)
                self.texts[path] = self._text
            except WecontactError as exc:
                from wecontact_cli.frameworks.native.problems import load_problem  # a file that cannot be read

                self._problems.append(load_problem("view", path, exc))
        return self._text

    def template(self) -> Template | None:
        """The parsed ``<template>`` (its problems become the unit's)."""
        if self._template is None and self.text() is not None and self.vue_file is not None:
            from wecontact_cli.syntax.vue import parse_template, split_sfc

            text = self._text or ""
            self._sfc = split_sfc(text)
            block = self._sfc.template
            start, end = (block.content_start, block.content_end) if block is not None else (0, 0)
            self._template = parse_template(text, start, end)
            path = self.vue_file.path
            for problem in (*self._sfc.problems, *self._template.problems):
                self._problems.append(FileProblem("view", "syntax", Span(path, problem.start, problem.end),
                                                  problem.message))
        return self._template

    def scanned(self, tags: frozenset[str]) -> ScannedSfc | None:
        """The fast path's reading, looking for ``tags`` (None: the full parser must run)."""
        if self._scan is None or self._scan[0] != tags:
            from wecontact_cli.syntax.vue import scan_sfc

            self._scan = (tags, scan_sfc(self.text() or "", tags, SUPPRESSION_DIRECTIVE))
        return self._scan[1]

    def candidates(self, extra: Mapping[str, Registration] | None = None) -> frozenset[str]:
        """Every tag that can be the contact cell here (registered, or passing plugid)."""
        if not extra and self._candidates is not None:
            return self._candidates
        elsewhere = _contact_tags_anywhere(self.project) if self.project is not None else {}
        found = frozenset({*(extra or {}), *self.contact_tags(), *elsewhere})
        if not extra:
            self._candidates = found
        return found

    def needs_reading(self, tags: frozenset[str]) -> bool:
        """Whether the file can hold a cell or a suppression (else nothing in it is parsed)."""
        if self._needs is None or self._needs[0] != tags:
            text = self.text()
            self._needs = (tags, text is not None and (
                SUPPRESSION_DIRECTIVE in text or any(f"<{tag}" in text for tag in tags)))
        return self._needs[1]

    def elements(self, tags: frozenset[str]) -> list[Element]:
        """The template's elements that may be cells, from the fast path when it vouches."""
        found = self.scanned(tags)
        if found is not None:
            return [e for e in found.elements if e.tag in tags]
        template = self.template()
        return [e for e in template.iter_elements() if e.tag in tags] if template is not None else []

    def conditional(self) -> Conditional:
        """The file's conditional regions for the WeChat build (``<!-- #ifdef -->`` and ``//``)."""
        if self._conditional is None:
            from wecontact_cli.syntax.conditional import analyze

            self._conditional = analyze(self.text() or "", _weixin_build(self.vue), ("html", "js"))
        return self._conditional

    def line(self, offset: int) -> int:
        """The 1-based line of an offset in the .vue file."""
        if self._index is not None:
            return self._index.position(offset).line
        text = self.text() or ""
        self._lines_asked += 1
        if self._lines_asked > _COUNTED_LINES:  # many questions: an index answers each in O(log n)
            self._index = LineIndex(text)
            return self._index.position(offset).line
        return text.count("\n", 0, min(max(offset, 0), len(text))) + 1  # what LineIndex answers

    # -- the model's questions ----------------------------------------------------------------

    def contact_tags(self) -> dict[str, Registration]:
        """Tag -> the effective registration that makes it the contact cell here."""
        project = self.project
        if project is None:
            return {}
        tags = {r.tag: r for r in project.global_registrations if r.effective}
        tags.update({r.tag: r for r in self.registrations if r.effective})
        return {tag: r for tag, r in tags.items() if project.is_contact_url(r.url, self.scope_root)}

    def problems(self) -> list[FileProblem]:
        """The .vue file's read problems, and its template's when it can hold a cell."""
        if not self._problems_read:  # three rules ask: the file is looked at once
            tags = self.candidates()
            if self.needs_reading(tags) and self.scanned(tags) is None:
                self.template()
            self._problems_read = True
        return list(self._problems)

    def cells(self, extra: Mapping[str, Registration] | None = None) -> list[CellUse]:
        """Every element the WeChat build compiles that renders the contact cell; an element
        that passes plugid to a contact tag that is not registered here is one too (fact
        ``registered=no``: the build turns it into a Vue component, rule UA104)."""
        tags = self.candidates(extra)
        if self.vue_file is None or not self.needs_reading(tags):
            return []
        contact = {**(extra or {}), **self.contact_tags()}
        elsewhere = _contact_tags_anywhere(self.project) if self.project is not None else {}
        # A tag registered here as anything else (another component, a plugin alias nothing
        # declares: WC101's) is not an unregistered cell.
        other = {r.tag for r in (*self.registrations, *(self.project.global_registrations if self.project else ()))
                 if r.effective} - set(contact)
        cells = []
        for element in self.elements(tags):
            registration = contact.get(element.tag)
            registered = registration is not None
            if registration is None and element.tag in elsewhere and element.tag not in other \
                    and sets_plugid(element, self.vue):
                registration = elsewhere[element.tag]
            if registration is None or self.conditional().compiled(element.start) is False:
                continue
            cells.append(cell_use(element, registration, self.vue, self.vue_file.path, self.line(element.start),
                                  self.facts(element, registered)))
        return cells

    def facts(self, element: Element, registered: bool) -> tuple[tuple[str, str], ...]:
        """What the uni-app rules read about a cell: registered here, wrapped for MP-WEIXIN,
        and whether the project builds other platforms."""
        wrapped = self.conditional().only_for_weixin(element.start)
        multi = (self.project is not None and self.project.multi_platform) or any(
            other_platforms(r.condition) for r in self.conditional().regions)
        return (("registered", "yes" if registered else "no"), ("unit", self.kind),
                ("wrapped", {True: "yes", False: "no", None: "unknown"}[wrapped]),
                ("multi-platform", "yes" if multi else "no"), ("vue", str(self.vue)))

    def comments(self) -> list[Comment]:
        """The template's suppression comments, and those of this page's pages.json entry."""
        own = self.project.entry_comments(self.project.entries[self.relpath]) if (
            self.project is not None and self.kind == "page" and self.relpath in self.project.entries) else []
        text = self.text()
        if text is None or SUPPRESSION_DIRECTIVE not in text or self.vue_file is None:
            return own
        path = self.vue_file.path
        scanned = self.scanned(self.candidates())
        if scanned is not None:
            written = list(scanned.comments)
        else:
            template = self.template()
            written = [*(self._sfc.comments if self._sfc is not None else ()),
                       *(template.comments if template is not None else ())]
        found = [Comment(path, c.text, Span(path, c.start, c.end), self.line(c.end))
                 for c in written if SUPPRESSION_DIRECTIVE in c.text]
        return [*own, *found]

    def view_file(self) -> Path | None:
        """The .vue file."""
        return self.vue_file.path if self.vue_file is not None else None

    def config_file(self) -> Path | None:
        """pages.json, for a page."""
        return self.project.app_config if self.project is not None and self.kind == "page" else None

    def script(self) -> ScriptInfo | None:
        """What the template can call (None when the file cannot be read)."""
        if self._script is None and self.text() is not None:
            from wecontact_cli.syntax.vue_script import analyze_script

            self._script = analyze_script(self._text or "", self._script_sfc())
        return self._script

    def _script_sfc(self) -> Sfc:
        """The file's blocks, from what has already read them (the parser's, the fast path's)."""
        from wecontact_cli.syntax.vue import split_sfc

        text = self._text or ""
        scanned = self._scan[1] if self._scan is not None else None
        return self._sfc or (scanned.sfc if scanned is not None else split_sfc(text))

    def handler_status(self, attr: AttrUse) -> HandlerStatus:
        """Whether the component's script defines the method an event names."""
        info = self.script() if attr.handler is not None else None
        if info is None or info.names is None:
            return "unknown"
        return "defined" if attr.handler in info.names else "missing"

    def surely_defined(self) -> frozenset[str]:
        """The names ``script_skim`` proves the script blocks define."""
        if self._surely is None:
            from wecontact_cli.frameworks.uniapp.script_skim import surely_defined

            text = self.text()
            self._surely = surely_defined(text, self._script_sfc()) if text is not None else frozenset()
        return self._surely

    def handler_home(self) -> tuple[str, object]:
        """The .vue file's name, and where its handlers live (methods, <script setup>)."""
        info = self.script()
        style = info.style if info is not None else "none"
        where = {"setup": msg("uniapp.where_setup"), "none": msg("uniapp.where_no_script")}.get(
            style, msg("uniapp.where_methods"))
        return (self.vue_file.path.name if self.vue_file is not None else ""), where

    # -- what an editor asks (``wecontact server``) -------------------------------------------

    def handlers(self) -> frozenset[str] | None:
        """What the template can call: ``methods`` (options API) or ``<script setup>``'s bindings."""
        info = self.script()
        return info.names if info is not None else None

    def event_attribute(self, event: str) -> str | None:
        """Vue's ``@completemessage``, when uni-app binds that very event from it (its spelling
        rules: an event written in another case or with dashes binds another event)."""
        from wecontact_cli.frameworks.uniapp.spelling import customize

        return f"@{event}" if customize(event) == event else None

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """``<!-- ... -->`` in the .vue file (its template, or between its blocks); ``// ...`` in
        the page's pages.json entry (JSON with comments), where lint reads them."""
        from wecontact_cli.frameworks.comments import LINE, vue_directive
        from wecontact_cli.model.unit import directive_above

        project = self.project
        if self.vue_file is not None and path == self.vue_file.path:
            text = self.text()
            return vue_directive(text, line, codes) if text is not None else None
        entry = project.entries.get(self.relpath) if project is not None and self.kind == "page" else None
        file = project.pages_json if project is not None else None
        if entry is None or entry.node is None or file is None or path != file.path:
            return None
        if not file.line(entry.node.start) <= line <= file.line(entry.node.end):
            return None  # a line outside the entry: its comment would not be this page's
        return directive_above(file.text, line, LINE, codes)

    def reread_cell(self, cell: CellUse, edits: Sequence[TextEdit]) -> CellUse | None:
        """The cell as its start tag would read after ``edits``."""
        from wecontact_cli.syntax.vue import parse_template, scan_start_tag

        text = self.texts.get(cell.start_tag.path)
        if text is None:
            return None
        start = cell.start_tag.start
        moved = [TextEdit(e.start - start, e.end - start, e.text) for e in edits]
        try:
            edited = apply_edits(text[start:cell.start_tag.end], moved)
        except ValueError:
            return None
        element = scan_start_tag(edited) or next(parse_template(edited).iter_elements(), None)
        if element is None:
            return None
        return cell_use(element, cell.registration, self.vue, cell.start_tag.path, cell.line, cell.facts)

    def cache_reads(self) -> tuple[str, ...]:
        """A page reads ``tags`` and ``app`` (its pages.json entry is its configuration). A
        component reads ``app`` only when its text names a tag that may be the cell anywhere, or
        a suppression: otherwise nothing in it is parsed and its result is its own file's."""
        if self.kind == "page" or self.project is None:
            return ("tags", "app")
        text = self.text()
        tags = cache_tags(self.project)
        touches = text is not None and (SUPPRESSION_DIRECTIVE in text or any(f"<{tag}" in text for tag in tags))
        return ("tags", "app") if touches else ("tags",)


def _contact_tags_anywhere(project: UniProject) -> dict[str, Registration]:
    """Tags registered as the contact cell anywhere in the project (and ``cell`` itself)."""
    cached = project.__dict__.get("_tags_anywhere")
    if cached is None:
        cached = {}
        for entry in project.entries.values():
            for reg in entry.registrations:
                if project.is_contact_url(reg.url, entry.scope):
                    cached.setdefault(reg.tag, reg)
        if plugin.DEFAULT_TAG not in cached:
            span = Span(project.app_config or project.root, 0, 0)
            url = plugin.component_url(project.contact_alias_for(None) or plugin.DEFAULT_ALIAS)
            cached[plugin.DEFAULT_TAG] = Registration(plugin.DEFAULT_TAG, url, "component", None, span, span,
                                                      effective=False)
        project.__dict__["_tags_anywhere"] = cached
    return cached


@lru_cache(maxsize=4)
def _weixin_build(vue: int) -> Platform:
    """The WeChat build's macros for a Vue version, built once (not once per .vue file)."""
    from wecontact_cli.syntax.conditional import weixin

    return weixin(vue)


def make_unit(project: UniProject, ref: VueFile) -> UniUnit:
    """The unit of a .vue file: a page (with its pages.json registrations) or a component."""
    entry = project.entries.get(ref.relpath)
    kind = "page" if entry is not None else "component"
    unit = UniUnit(kind, ref.relpath, (ref.path,), project.scope_of(ref.relpath), vue_file=ref, project=project)
    if entry is not None:
        unit.registrations = entry.registrations
        if project.helper is not None:  # uni-helper: the page's definePage({style}) is merged over its entry
            unit.registrations = (*unit.registrations, *project.helper.page_registrations(unit))
    return unit


def cache_tags(project: UniProject) -> frozenset[str]:
    """Every tag that may be the cell in some component (``UniUnit.candidates`` of any of
    them): registered as the cell anywhere, or a plugin:// entry of globalStyle."""
    globals_ = {r.tag for r in project.global_registrations if r.effective and plugin.parse_url(r.url) is not None}
    return frozenset({*_contact_tags_anywhere(project), *globals_})
