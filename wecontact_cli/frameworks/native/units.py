"""A native project's pages and components: the files that share a stem, read lazily.

A unit is ``index.json`` + ``index.wxml`` + ``index.js``/``index.ts``. Its .json is read when
the unit is made (its usingComponents decide which tags are the cell), its .wxml when a rule
asks for cells or problems, its script only when a rule asks whether a handler exists, so
``lint --select WC001`` never starts tree-sitter; nor does WC301 on a script that plainly
defines the handler (``script_skim``).
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence

from wecontact_cli import plugin
from wecontact_cli.edits import TextEdit, apply_edits
from wecontact_cli.errors import WecontactError
from wecontact_cli.i18n.message import msg
from wecontact_cli.frameworks.native import app as appjson
from wecontact_cli.frameworks.listing import listing
from wecontact_cli.frameworks.native.attributes import cell_use
from wecontact_cli.frameworks.native.problems import load_problem, read_json
from wecontact_cli.frameworks.native.script_skim import surely_defined
from wecontact_cli.model import AttrUse, CellUse, Comment, FileProblem, HandlerStatus, Registration, Span, Unit
from wecontact_cli.model.unit import SUPPRESSION_DIRECTIVE as DIRECTIVE, UnitKind, directive_above
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jsontext import JsonNode
from wecontact_cli.syntax.wxml import WxmlDocument, parse_wxml, scan
from wecontact_cli.text.source import JsonFile, SourceFile, read_source

if TYPE_CHECKING:
    from wecontact_cli.frameworks.native.project import NativeProject

SKIPPED_DIRS = frozenset({"node_modules", "miniprogram_npm", "__pycache__"})
APP_LEVEL_FILES = frozenset({appjson.APP_NAME, "sitemap.json", "theme.json", "ext.json"})


@record
class Stem:
    """The files of one page or component, found on disk (nothing read yet). Their paths
    are made on first use, in the process that reads them, not while discovery runs alone."""

    folder: str
    relpath: str
    json_name: str | None = None
    wxml_name: str | None = None
    script_name: str | None = None
    plain: bool = False
    """Discovery's listing saw every one of these files as a plain file (read without a stat)."""
    _made: Path | None = field(default=None, repr=False, compare=False)

    @cached_property
    def json_path(self) -> Path | None:
        return self._path(self.json_name)

    @cached_property
    def wxml_path(self) -> Path | None:
        return self._path(self.wxml_name)

    @cached_property
    def script_path(self) -> Path | None:
        return self._path(self.script_name)

    def _path(self, name: str | None) -> Path | None:
        if name is None:
            return None
        # The files share a stem: the first Path parses the folder, the others only swap
        # its suffix (a full parse per file was a tenth of making a unit).
        made = self._made
        stem, _, ext = name.rpartition(".")
        if ext and made is not None and made.suffix and made.stem == stem:
            return made.with_suffix("." + ext)
        self._made = Path(os.path.join(self.folder, name))
        return self._made

    @property
    def files(self) -> tuple[Path, ...]:
        """The .json and .wxml (what lint reports on)."""
        return tuple(p for p in (self.json_path, self.wxml_path) if p is not None)


def discover(app_dir: Path, page_routes: frozenset[str]) -> Iterator[Stem]:
    """Every page/component under the app folder, in a stable order (each folder, then its
    subfolders by name, as ``os.walk`` goes); links are not followed."""
    pending = [(os.fspath(app_dir), ".")]
    while pending:
        folder, rel_dir = pending.pop()
        files, folders, others = listing(folder, SKIPPED_DIRS)
        at_root = rel_dir == "."
        # stem -> [json, wxml, script]: each Stem is made once, with its names, after the loop
        # (this loop runs for every file of the project, alone, before the lint's workers start).
        stems: dict[str, list[str | None]] = {}
        for name in files:
            stem, dot, ext = name.rpartition(".")
            slot = _SLOTS.get(ext) if dot else None
            if slot is None or (slot == 3 and name.endswith(".d.ts")) or (at_root and name in APP_LEVEL_FILES):
                continue
            found = stems.get(stem)
            if found is None:
                found = stems[stem] = [None, None, None]
            if slot < 2:
                found[slot] = name
            elif slot == 3 or found[2] is None:  # a .ts wins over a .js
                found[2] = name
        for stem, (json_name, wxml_name, script_name) in stems.items():
            relpath = stem if at_root else f"{rel_dir}/{stem}"
            # A .json is a page/component config only beside its .wxml; a lone .js is a module.
            if wxml_name is not None or (json_name and relpath in page_routes):
                plain = not others or others.isdisjoint((json_name, wxml_name, script_name))
                yield Stem(folder, relpath, json_name, wxml_name, script_name, plain)
        if folders:
            pending.extend((os.path.join(folder, d), d if at_root else f"{rel_dir}/{d}") for d in reversed(folders))


_SLOTS = {"json": 0, "wxml": 1, "js": 2, "ts": 3}
"""Where a file's extension puts its name in discover's [json, wxml, script] (3: a .ts script)."""


@record
class NativeUnit(Unit):
    """A native page or component; its .wxml and script are read on first use."""

    stem: Stem | None = None
    project: NativeProject | None = field(default=None, repr=False)
    config: JsonFile | None = None
    config_problems: list[FileProblem] = field(default_factory=list)
    _view: WxmlDocument | None = None
    _view_source: SourceFile | None = None
    _view_problems: list[FileProblem] | None = None
    _scanned: bool = False
    _module: Any = None
    _script: str | None = None
    _surely: frozenset[str] | None = None
    _contact: dict[str, Registration] | None = None

    # -- reading ------------------------------------------------------------------------------

    def _read_view(self) -> None:
        """Parse the .wxml once (a fast scan when the markup is provably well formed)."""
        if self._view_problems is not None:
            return
        self._view_problems = []
        path = self.stem.wxml_path if self.stem else None
        if path is None or self.project is None:
            return
        try:
            source = read_source(path, self.project.root, listed_plain=self.stem.plain)
        except WecontactError as exc:
            self._view_problems.append(load_problem("view", path, exc))
            return
        self._view_source = source
        self.texts[path] = source.text
        # The rules read only cells, comments and problems: a fast scan of well-formed markup
        # yields exactly those; anything it cannot vouch for gets the full parser.
        scanned = scan(source.text, self.contact_tags(), comments_with=DIRECTIVE)
        self._scanned = scanned is not None
        self._view = scanned or parse_wxml(source.text)
        for problem in self._view.problems:
            offset = problem.start.offset
            self._view_problems.append(FileProblem("view", "syntax", Span(path, offset, offset + 1),
                                                   problem.message))

    def contact_tags(self) -> dict[str, Registration]:
        """Tag -> the usingComponents entry that makes it the contact cell (own entries win);
        worked out once per unit (the view's scan and the cells both ask)."""
        project = self.project
        if project is None:
            return {}
        if self._contact is None:
            tags = {r.tag: r for r in project.global_registrations}
            tags.update({r.tag: r for r in self.registrations})
            self._contact = {tag: r for tag, r in tags.items() if project.is_contact_url(r.url, self.scope_root)}
        return self._contact

    # -- the model's questions ----------------------------------------------------------------

    def problems(self) -> list[FileProblem]:
        """The .json's problems and the .wxml's (read now if not yet)."""
        self._read_view()
        return [*self.config_problems, *(self._view_problems or [])]

    def cells(self, extra: Mapping[str, Registration] | None = None) -> list[CellUse]:
        """Every element of the .wxml that renders the contact cell, whatever its tag."""
        contact = {**(extra or {}), **self.contact_tags()}
        if not contact:
            return []
        self._read_view()
        view = self._view
        if view is None or self.stem is None or self.stem.wxml_path is None:
            return []
        if extra and self._scanned and self._view_source is not None:
            view = parse_wxml(self._view_source.text)  # the fast scan kept only the contact tags
        path = self.stem.wxml_path
        return [cell_use(el, contact[el.tag], path) for el in view.iter_elements() if el.tag in contact]

    def comments(self) -> list[Comment]:
        """The .wxml's comments that hold a suppression directive."""
        self._read_view()
        if self._view is None or self.stem is None or self.stem.wxml_path is None:
            return []
        path = self.stem.wxml_path
        return [Comment(path, c.text, Span(path, c.start.offset, c.end.offset), c.end.line)
                for c in self._view.iter_comments() if DIRECTIVE in c.text]

    def view_file(self) -> Path | None:
        """The .wxml."""
        return self.stem.wxml_path if self.stem else None

    def config_file(self) -> Path | None:
        """The .json."""
        return self.stem.json_path if self.stem else None

    def handler_status(self, attr: AttrUse) -> HandlerStatus:
        """Whether the page's or component's module defines the method the event names."""
        if attr.handler is None:
            return "unknown"
        methods = self._methods()
        if methods is None:
            return "unknown"
        return "defined" if attr.handler in methods else "missing"

    def handler_home(self) -> tuple[str, object]:
        """The script's name, and Page({...}) or Component's methods as its call says."""
        script = self.stem.script_path if self.stem else None
        self._methods()
        component = self._module is not None and self._module.kind == "component"
        where = msg("handler.where_component") if component else msg("handler.where_page")
        return (script.name if script is not None else ""), where

    def surely_defined(self) -> frozenset[str]:
        """The names ``script_skim`` proves the .js defines (a .ts always gets tree-sitter)."""
        if self._surely is None:
            script = self.stem.script_path if self.stem else None
            text = self._script_text() if script is not None and script.suffix == ".js" else None
            self._surely = surely_defined(text) if text is not None else frozenset()
        return self._surely

    def _script_text(self) -> str | None:
        """The script's text, read once (None when it cannot be read: nothing is known)."""
        script = self.stem.script_path if self.stem else None
        if self._script is None and script is not None and self.project is not None:
            try:
                self._script = read_source(script, self.project.root, listed_plain=self.stem.plain).text
            except WecontactError:
                return None
        return self._script

    def _methods(self) -> frozenset[str] | None:
        script = self.stem.script_path if self.stem else None
        if script is None or self.project is None:
            return None
        if self._module is None:
            text = self._script_text()
            if text is None:
                return None
            from wecontact_cli.syntax.page_script import analyze_module

            self._module = analyze_module(text, typescript=script.suffix == ".ts", insertion=False)
        return self._module.methods

    def script_file(self) -> Path | None:
        """The .js or .ts beside the .wxml."""
        return self.stem.script_path if self.stem else None

    def handlers(self) -> frozenset[str] | None:
        """The methods of the page's Page({...}) or the component's methods."""
        return self._methods()

    def event_attribute(self, event: str) -> str | None:
        """WXML's documented spelling: ``bind:completemessage``."""
        return f"bind:{event}"

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """A ``<!-- wecontact-disable-next-line ... -->`` above the line of the .wxml (the
        .json is strict JSON: it cannot hold a comment)."""
        if self.stem is None or path != self.stem.wxml_path:
            return None
        self._read_view()
        text = self.texts.get(path)
        return directive_above(text, line, "<!-- {} -->", codes) if text is not None else None

    def reread_cell(self, cell: CellUse, edits: Sequence[TextEdit]) -> CellUse | None:
        """The cell as its start tag would read after ``edits``."""
        text = self.texts.get(cell.start_tag.path)
        if text is None:
            return None
        start = cell.start_tag.start
        tag = text[start:cell.start_tag.end]
        moved = [TextEdit(e.start - start, e.end - start, e.text) for e in edits]
        try:
            edited = apply_edits(tag, moved)
        except ValueError:
            return None
        element = next(parse_wxml(edited).iter_elements(), None)
        return cell_use(element, cell.registration, cell.start_tag.path) if element is not None else None

    def cache_reads(self) -> tuple[str, ...]:
        """``globals`` always; ``app`` too when a usingComponents entry of its own or of app.json
        names a plugin: without one no tag is the cell and no plugin rule has a reference to
        judge, so nothing of app.json reaches its result."""
        project = self.project
        globals_ = project.global_registrations if project is not None else ()
        return ("globals", "app") if plugin_entries((*self.registrations, *globals_)) else ("globals",)


def make_unit(project: NativeProject, stem: Stem, kind: UnitKind) -> NativeUnit:
    """A unit with its .json read: registrations, placeholders, misplaced plugins, problems."""
    scope = project.scope_of(stem.relpath)
    unit = NativeUnit(kind, stem.relpath, stem.files, scope, stem=stem, project=project)
    if stem.json_path is None:
        return unit
    read = read_json(stem.json_path, project.root, listed_plain=stem.plain)
    if read.text is not None:
        unit.texts[stem.json_path] = read.text
    unit.config, unit.config_problems = read.file, read.problems
    config = read.file
    if config is None:
        unit.usage_known = False  # an unreadable .json may use the plugin: WC110 cannot tell
        return unit
    root = config.root
    if root.kind == "object":
        owner = "component" if kind == "component" else "page"
        unit.registrations = tuple(registrations(config, root.get("usingComponents"), owner, stem.relpath))
        member = root.member("plugins")
        if member is not None:
            unit.misplaced_plugins = (Span(stem.json_path, member.key_start, member.key_end),)
        placeholder = root.get("componentPlaceholder")
        if placeholder is not None and placeholder.kind == "object":
            unit.placeholders = frozenset(m.key for m in placeholder.members)
    return unit


def registrations(file: JsonFile, node: JsonNode | None, scope: str, owner: str | None) -> Iterator[Registration]:
    """The string entries of a usingComponents object, as the model's records."""
    if node is None or node.kind != "object":
        return
    for member in node.members:
        if member.value.kind == "string":
            yield Registration(member.key, member.value.value, scope, owner,  # type: ignore[arg-type]
                               Span(file.path, member.key_start, member.key_end),
                               Span(file.path, member.value.start, member.value.end))


def plugin_entries(entries: Sequence[Registration]) -> list[tuple[str, str, bool]]:
    """The usingComponents entries that name a plugin (``plugin://alias/name``), as plain data."""
    return [(r.tag, r.url, r.effective) for r in entries if plugin.parse_url(r.url) is not None]
