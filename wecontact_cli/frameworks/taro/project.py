"""A Taro 3/4 project as the neutral model: the app config's declarations, subpackages, routes
and global registrations, and its pages and components as units.

The app config (``<sourceRoot>/app.config.ts``) is a module Taro runs at build time; only its
literal object is read (``config.py``). Where the declarations cannot be read statically the
project is not ``readable``: rules about declarations stay silent, and TR109 says why.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from wecontact_cli import plugin
from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.taro import config as cfg
from wecontact_cli.frameworks.taro.roots import TaroRoots, taro_roots
from wecontact_cli.model import Comment, Declaration, Project, Registration, Route, Span, Subpackage
from wecontact_cli.model.project import CacheInputs, fingerprint
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jsconfig import JsNode
from wecontact_cli.syntax.jsontext import JsonNode
from wecontact_cli.text.source import read_source

if TYPE_CHECKING:
    from wecontact_cli.edits import TextEdit
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.frameworks.taro.renders import ImportGraph
    from wecontact_cli.frameworks.taro.units import SourceListing, TaroRef, TaroUnit

SUBPACKAGE_KEYS = ("subPackages", "subpackages")
"""Taro reads both spellings of the subpackage list."""


@record
class TaroProject(Project):
    """A Taro project; ``app`` is the app config as read (its root None when unreadable)."""

    roots: TaroRoots | None = None
    app: cfg.ConfigRead | None = field(default=None, repr=False)
    gaps: list[cfg.Gap] = field(default_factory=list)
    """What cannot be read statically at the project level (config/index, the app config)."""
    subpackage_nodes: dict[str, JsonNode] = field(default_factory=dict, repr=False)
    subpackage_key: str = "subPackages"
    _graph: ImportGraph | None = field(default=None, repr=False)
    listing: SourceListing | None = field(default=None, repr=False)
    """The files under the source root, as the last ``unit_refs()`` found them."""
    _pages: dict[str, tuple[Registration, ...]] = field(default_factory=dict, repr=False)
    _intrinsic: frozenset[str] | None = field(default=None, repr=False)
    units_independent: bool = False
    """A component's cells are registered by the pages that render it (their configs, the imports)."""

    @property
    def framework_kind(self) -> str:
        """Taro's ``framework``: react, preact, vue3, vue, solid."""
        return self.detection.get("framework", "react")

    @property
    def react_types(self) -> bool:
        """Whether views are type-checked against React's JSX types (Preact's differ: not written)."""
        return self.typescript and self.framework_kind == "react"

    @property
    def vue(self) -> bool:
        """Whether views are Vue single-file components."""
        return self.framework_kind in ("vue3", "vue")

    def unit_refs(self) -> list[TaroRef]:
        """Every view module under the source root that is no page's, then every page in route order."""
        from wecontact_cli.frameworks.taro.units import discover

        return discover(self)

    def load_unit(self, ref: object) -> TaroUnit:
        """The unit a ref names, its config read (its view read when a rule asks)."""
        from wecontact_cli.frameworks.taro.units import TaroRef, make_unit

        assert isinstance(ref, TaroRef)
        return make_unit(self, ref)

    def comments(self) -> list[Comment]:
        """Suppression comments in the app config (``// wecontact-disable-next-line ...``)."""
        return cfg.directive_comments(self.app)

    def inputs(self) -> frozenset[Path]:
        """The app config and config/index (its sourceRoot and framework decide the project)."""
        found = super().inputs()
        return found | {self.roots.path} if self.roots is not None and self.roots.path is not None else found

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """``// wecontact-disable-next-line ...`` above a line of the app config module."""
        from wecontact_cli.frameworks.comments import js_directive

        app = self.app
        if app is None or app.text is None or path != app.path:
            return None
        return js_directive(app.text, path.name, line, codes)

    def route_base(self, route: str) -> Path:
        """A route's files without extension."""
        return self.source_root / posixpath.normpath(route)

    def graph(self) -> ImportGraph:
        """Which module imports which (read on first use: only a component with a cell asks)."""
        if self._graph is None:
            from wecontact_cli.frameworks.taro.renders import ImportGraph

            self._graph = ImportGraph.build(self)
        return self._graph

    def page_registrations(self, route: str) -> tuple[Registration, ...]:
        """A page's own usingComponents entries (its config read once)."""
        if route not in self._pages:
            from wecontact_cli.frameworks.taro.units import page_config

            read, found = page_config(self, route)
            self._pages[route] = tuple(found)
        return self._pages[route]

    def intrinsic_tags(self) -> frozenset[str]:
        """Tags the project's declaration files add to ``JSX.IntrinsicElements`` ("*": any tag)."""
        if self._intrinsic is None:
            from wecontact_cli.frameworks.taro.typings import declared_tags

            self._intrinsic = declared_tags(self)
        return self._intrinsic

    # -- the lint cache (what ``make_unit`` and the rules read) ---------------------------------

    def cache_inputs(self, ref: object) -> CacheInputs:
        """A page's config module and view (a component's view), its kind and its subpackage."""
        from wecontact_cli.frameworks.taro.units import TaroRef

        assert isinstance(ref, TaroRef)
        scope = self.scope_of(ref.relpath)
        files = tuple(p for p in (ref.config, ref.view) if p is not None)
        name = f"{ref.kind}:{ref.relpath}:{ref.view.name if ref.view is not None else ''}"
        return CacheInputs(name, files, (ref.kind, repr((scope.root, scope.independent) if scope else None)))

    def cache_fact(self, name: str) -> str | None:
        """``gtags``: the app config's usingComponents tags; ``app``: everything read of the app
        config and config/index; ``intrinsic``: the tags the .d.ts files declare;
        ``renderers:<view>``: the pages that import a component; ``page:<route>``: a page's
        usingComponents (what a component rendered by that page reads of it)."""
        kind, _, arg = name.partition(":")
        if kind == "gtags":
            return fingerprint(sorted({r.tag for r in self.global_registrations}))
        if kind == "app":
            return fingerprint(self.model_fingerprint(), self.roots, self.gaps, self.subpackage_key)
        if kind == "intrinsic":
            return fingerprint(sorted(self.intrinsic_tags()))
        if kind == "renderers":
            return fingerprint(self.graph().renderers(Path(arg)))
        if kind == "page":
            return fingerprint(self.page_registrations(arg))
        return None


def app_config_path(source_root: Path) -> Path | None:
    """``app.config.ts`` or ``app.config.js`` in the source root."""
    return cfg.config_module(source_root / "app")


def load(detection: Detection) -> TaroProject:
    """Read config/index and the app config into the model (a broken or unreadable app config is
    a problem or a gap, not an error: the pages are still checked file by file)."""
    roots = taro_roots(detection.root)
    path = app_config_path(detection.source_root)
    project = TaroProject(detection, path, typescript=detection.get("language") == "ts", roots=roots)
    _root_gaps(project, roots)
    if path is None:
        missing = detection.source_root / "app.config.ts"
        project.gaps.append(cfg.Gap(Span(missing, 0, 1), "app.config", "missing"))
        project.readable = False
        return project
    read = cfg.read_module(path, detection.root)
    project.app = read
    if read.text is not None:
        project.texts[path] = read.text
    project.problems = tuple(read.problems)
    if read.root is None or read.root.kind != "object":
        project.gaps.extend(read.gaps)
        project.readable = False
        return project
    _fill(project, read, read.root)
    project.gaps.extend(read.gaps)
    return project


def _root_gaps(project: TaroProject, roots: TaroRoots) -> None:
    """config/index: unreadable, or a sourceRoot/outputRoot that is not a literal (defaults used)."""
    if roots.path is None or (roots.read and not roots.unknown):
        return
    try:
        project.texts[roots.path] = read_source(roots.path, project.root).text  # for the notices' positions
    except WecontactError:
        pass
    if not roots.read:
        project.gaps.append(cfg.Gap(Span(roots.path, 0, 1), "config/index", "not-literal"))
    for key, offset in roots.unknown:
        project.gaps.append(cfg.Gap(Span(roots.path, offset, offset + 1), key, "not-literal"))


def _fill(project: TaroProject, read: cfg.ConfigRead, root: JsNode) -> None:
    """The model's records from the app config's object."""
    key = next((k for k in SUBPACKAGE_KEYS if root.member(k) is not None), SUBPACKAGE_KEYS[0])
    project.subpackage_key = key
    declarations, known = _declarations(read, root.get("plugins"), None)
    subpackages: list[Subpackage] = []
    routes = [Route(route, None) for route, _ in cfg.strings(read, root.get("pages"), "pages")]
    node = root.get(key)
    if node is not None:
        read.gap(node, key)
        known = known and cfg.known(node)
    for item in node.items if node is not None and node.kind == "array" else []:
        sub = _subpackage(read, item)
        if sub is None:
            known = known and item.kind != "unknown"
            continue
        subpackages.append(sub)
        project.subpackage_nodes[sub.root] = item
        routes += [Route(f"{sub.root}/{page}", sub.root) for page in sub.pages]
        found, ok = _declarations(read, item.get("plugins"), sub.root)
        declarations += found
        known = known and ok and (not isinstance(item, JsNode) or item.settled("plugins"))
    project.declarations = tuple(declarations)
    project.subpackages = tuple(subpackages)
    project.routes = tuple(routes)
    project.global_registrations = tuple(cfg.registrations(read, root.get("usingComponents"), "global", None))
    read.gap(root, "config")  # a spread or computed key at the top may set any of them
    if not (known and root.settled("plugins") and root.settled(key)):
        project.readable = False  # a declaration may hide where wecontact cannot read


def _subpackage(read: cfg.ConfigRead, item: JsonNode) -> Subpackage | None:
    """One ``subPackages`` entry with a literal root."""
    if item.kind != "object":
        return None
    root_node = item.get("root")
    if root_node is None or root_node.kind != "string":
        if root_node is not None:
            read.gap(root_node, "subPackages")
        return None
    root = posixpath.normpath(root_node.value.strip().replace("\\", "/")).strip("/")
    pages = tuple(p for p, _ in cfg.strings(read, item.get("pages"), "pages"))
    independent = item.get("independent")
    name = item.get("name")
    return Subpackage(root, pages, bool(independent is not None and independent.value is True),
                      name.value if name is not None and name.kind == "string" else None, read.span(item),
                      read.span(independent) if independent is not None else None)


def _declarations(read: cfg.ConfigRead, node: JsonNode | None, scope: str | None) -> tuple[list[Declaration], bool]:
    """The entries of a ``plugins`` object, and whether every one could be read."""
    if node is None:
        return [], True
    read.gap(node, "plugins")
    if node.kind != "object":
        return [], node.kind != "unknown"
    found, known = [], cfg.known(node)
    for member in node.members:
        entry = member.value
        if entry.kind == "unknown":
            read.gap(entry, "plugins")
            known = False
            continue
        provider = entry.get("provider") if entry.kind == "object" else None
        version = entry.get("version") if entry.kind == "object" else None
        if entry.kind == "object" and (not cfg.known(entry) or _unknown(provider) or _unknown(version)):
            read.gap(entry, "plugins")
            known = False
            continue
        found.append(Declaration(
            member.key, provider.value if provider is not None and provider.kind == "string" else None,
            version.value if version is not None and version.kind == "string" else None, scope,
            read.span(start=member.key_start, end=member.key_end), read.span(entry), entry.type_name,
            read.span(version) if version is not None else None, place=read.path.name))
    return found, known


def _unknown(node: JsonNode | None) -> bool:
    return node is not None and node.kind == "unknown"


def default_tag() -> str:
    """The tag the guide uses for the cell."""
    return plugin.DEFAULT_TAG
