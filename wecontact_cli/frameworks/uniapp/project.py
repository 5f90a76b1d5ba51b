"""A uni-app project as the neutral model: what its WeChat build's app.json and page .json
files will hold, with every record pointing at manifest.json or pages.json as written.

- Declarations: manifest.json ``mp-weixin.plugins`` (the documented place), pages.json's
  top-level ``plugins`` (copied to app.json, but replaced wholesale when manifest.json has
  ``mp-weixin.plugins``: then ``effective=False``), and ``subPackages[i].plugins``.
- Subpackages: ``subPackages``, else ``subpackages`` (uni-app reads the first that exists).
- Registrations: each page's ``style`` after uni-app's shallow merge with
  ``style["mp-weixin"]``: when the latter has ``usingComponents``, the generic map is dropped
  whole (its entries are ``effective=False``); ``globalStyle`` the same, for app.json.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Protocol, Sequence

from wecontact_cli.frameworks.roots import normalize_root
from wecontact_cli.frameworks.uniapp.config import MANIFEST_PLACE, PAGES_PLACE, SUBPACKAGE_PLACE, JsoncFile
from wecontact_cli.frameworks.uniapp.located import WEIXIN, decoded_registrations
from wecontact_cli.i18n.message import a_type, msg
from wecontact_cli.model.project import CacheInputs, fingerprint
from wecontact_cli.model import (
    Comment, Declaration, FileProblem, Project, Registration, Route, Span, StringSyntax, Subpackage,
)
from wecontact_cli.records import field, record
from wecontact_cli.syntax.jsontext import JsonNode, LazyJsonNode, Member, items_of

if TYPE_CHECKING:
    from wecontact_cli.edits import TextEdit
    from wecontact_cli.frameworks.uniapp.helper import HelperSources
    from wecontact_cli.frameworks.uniapp.units import UniUnit, VueFile

MANIFEST, PAGES = "manifest.json", "pages.json"


class ConfigSource(Protocol):
    """A file the app configuration is read from: pages.json / manifest.json (JSON with
    comments), or uni-helper's pages.config.ts / manifest.config.ts (object literals)."""

    syntax: StringSyntax

    @property
    def path(self) -> Path: ...  # noqa: D102

    @property
    def root(self) -> JsonNode: ...  # noqa: D102

    def span(self, node: JsonNode) -> Span: ...  # noqa: D102

    def names_other_platforms(self) -> bool: ...  # noqa: D102


@record(frozen=True)
class PageEntry:
    """A page of pages.json: its route, its subpackage, its entry and style as written (no
    entry: a uni-helper page found by its file)."""

    route: str
    scope: str | None
    node: JsonNode | None
    registrations: tuple[Registration, ...] = ()


@record
class UniProject(Project):
    """A uni-app project (HBuilderX or CLI, Vue 2 or 3), read from manifest.json and pages.json."""

    vue: int = 3
    manifest: JsoncFile | None = field(default=None, repr=False)
    pages_json: JsoncFile | None = field(default=None, repr=False)
    entries: dict[str, PageEntry] = field(default_factory=dict, repr=False)
    subpackage_key: str = "subPackages"
    multi_platform: bool = False
    """pages.json names another platform in a conditional region (the project builds it)."""
    helper: HelperSources | None = field(default=None, repr=False)
    """uni-helper projects: pages.config.ts and manifest.config.ts, the sources of the generated JSON."""

    def unit_refs(self) -> list[VueFile]:
        """Every .vue/.nvue page and component under the source root, in a stable order."""
        from wecontact_cli.frameworks.uniapp.units import discover

        return discover(self)

    def load_unit(self, ref: object) -> UniUnit:
        """The unit of a .vue file (its registrations come from pages.json)."""
        from wecontact_cli.frameworks.uniapp.units import VueFile, make_unit

        assert isinstance(ref, VueFile)
        return make_unit(self, ref)

    def comments(self) -> list[Comment]:
        """Suppression comments of manifest.json and pages.json that no page entry owns."""
        owned = {id(c) for entry in self.entries.values() for c in self.entry_comments(entry)}
        return [c for c in self._json_comments() if id(c) not in owned]

    def entry_comments(self, entry: PageEntry) -> list[Comment]:
        """pages.json's suppression comments that cover a line of this page's entry."""
        file = self.pages_json
        if file is None or entry.node is None or not self._json_comments():
            return []
        first, last = file.line(entry.node.start), file.line(entry.node.end)
        return [c for c in self._json_comments() if c.path == file.path and first <= c.end_line + 1 <= last]

    def _json_comments(self) -> list[Comment]:
        cached = self.__dict__.get("_comments")
        if cached is None:
            cached = [c for f in (self.manifest, self.pages_json) if f is not None for c in f.directive_comments()]
            self.__dict__["_comments"] = cached
        return cached

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """``// wecontact-disable-next-line ...`` above a line of manifest.json or pages.json (JSON
        with comments); not inside a page's entry, whose comments are that page's."""
        from wecontact_cli.frameworks.comments import LINE
        from wecontact_cli.model.unit import directive_above

        file = next((f for f in (self.manifest, self.pages_json) if f is not None and f.path == path), None)
        if file is None:
            return None
        if file is self.pages_json and any(
                e.node is not None and file.line(e.node.start) <= line <= file.line(e.node.end)
                for e in self.entries.values()):
            return None
        return directive_above(file.text, line, LINE, codes)

    # -- the lint cache (what ``make_unit`` and the rules read) ---------------------------------

    def cache_inputs(self, ref: object) -> CacheInputs:
        """A .vue file, its kind (a route of pages.json or not) and its subpackage."""
        from wecontact_cli.frameworks.uniapp.units import VueFile

        assert isinstance(ref, VueFile)
        scope = self.scope_of(ref.relpath)
        kind = "page" if ref.relpath in self.entries else "component"
        return CacheInputs(ref.relpath, (ref.path,), (kind, repr((scope.root, scope.independent) if scope else None)))

    def cache_fact(self, name: str) -> str | None:
        """``tags``: every tag that may be the cell in a component; ``app``: everything read of
        manifest.json and pages.json (or uni-helper's sources of them)."""
        if name == "tags":
            from wecontact_cli.frameworks.uniapp.units import cache_tags

            return fingerprint(sorted(cache_tags(self)))
        if name == "app":
            return fingerprint(self.model_fingerprint(), self.vue, self.subpackage_key, self.multi_platform)
        return None


def fill(project: UniProject, manifest: ConfigSource, pages: ConfigSource,
         places: tuple[str | None, str | None, str | None] = (None, None, None)) -> list[FileProblem]:
    """The model's records from the two files; what the build cannot read becomes problems.
    ``places`` names the files (uni-helper's .config.ts) where they are not the JSON ones."""
    problems: list[FileProblem] = []
    root = pages.root
    manifest_place, pages_place, subpackage_place = (
        given or default for given, default in zip(places, (MANIFEST_PLACE, PAGES_PLACE, SUBPACKAGE_PLACE)))
    project.multi_platform = pages.names_other_platforms()
    weixin = _object(manifest.root.get(WEIXIN)) if manifest.root.kind == "object" else None
    manifest_plugins = _object(weixin.get("plugins")) if weixin is not None else None
    declarations = list(_declarations(manifest, manifest_plugins, None, manifest_place))
    top = root.get("plugins")
    declarations += _declarations(pages, _object(top), None, pages_place, effective=manifest_plugins is None)
    subpackages: list[tuple[Subpackage, JsonNode]] = []
    routes = []
    key, node = _subpackages_node(root)
    project.subpackage_key = key
    for item in node.items if node is not None and node.kind == "array" else ():
        sub = _subpackage(pages, item)
        if sub is None:
            continue
        subpackages.append((sub, item))
        declarations += _declarations(pages, _object(item.get("plugins")), sub.root, subpackage_place)
    project.declarations, project.subpackages = tuple(declarations), tuple(sub for sub, _ in subpackages)
    for entry in _entries(pages, root, subpackages, problems):
        project.entries[entry.route] = entry
        routes.append(Route(entry.route, entry.scope))
    project.routes = tuple(routes)
    project.global_registrations = tuple(style_registrations(pages, root.get("globalStyle"), "global", None))
    return problems


def _object(node: JsonNode | None) -> JsonNode | None:
    return node if node is not None and node.kind == "object" else None


def _subpackages_node(root: JsonNode) -> tuple[str, JsonNode | None]:
    """``subPackages || subpackages``, as uni-app reads them (the first that is set wins)."""
    for key in ("subPackages", "subpackages"):
        node = root.get(key)
        if node is not None and not (node.kind == "literal" and not node.value):
            return key, node
    return "subPackages", None


def _declarations(file: ConfigSource, plugins: JsonNode | None, scope: str | None, place: str,
                  effective: bool = True) -> Iterator[Declaration]:
    """The entries of one ``plugins`` object."""
    if plugins is None:
        return
    for member in plugins.members:
        node = member.value
        if node.kind == "unknown":
            continue  # a value written as code (uni-helper): what it holds cannot be known
        provider = version = None
        version_node = None
        if node.kind == "object":
            p, version_node = node.get("provider"), node.get("version")
            provider = p.value if p is not None and p.kind == "string" else None
            version = version_node.value if version_node is not None and version_node.kind == "string" else None
        yield Declaration(member.key, provider, version, scope, Span(file.path, member.key_start, member.key_end),
                          file.span(node), node.type_name, file.span(version_node) if version_node else None,
                          effective=effective, place=place)


def _subpackage(file: ConfigSource, item: JsonNode) -> Subpackage | None:
    """One subpackage entry (an entry without a string root is not one)."""
    if item.kind != "object":
        return None
    root = item.get("root")
    if root is None or root.kind != "string" or not root.value.strip():
        return None
    independent = item.get("independent")
    pages = item.get("pages")
    entries = items_of(pages) if pages is not None and pages.kind == "array" else ()
    paths = tuple(path for path in map(_page_path, entries) if path is not None)
    name = item.get("name")
    return Subpackage(normalize_root(root.value), paths, independent is not None and independent.value is True,
                      name.value if name is not None and name.kind == "string" else None, file.span(item),
                      file.span(independent) if independent is not None else None)


def _page_path(item: JsonNode) -> str | None:
    """An entry's ``path`` when it is a string (from the decoded value, for an entry the C
    decoder read: nothing located, no node made)."""
    data = item.data if isinstance(item, LazyJsonNode) else None
    if isinstance(data, dict):
        path = data.get("path")
        return path if isinstance(path, str) else None
    node = item.get("path") if item.kind == "object" else None
    return node.value if node is not None and node.kind == "string" else None


def _entries(file: ConfigSource, root: JsonNode, subpackages: list[tuple[Subpackage, JsonNode]],
             problems: list[FileProblem]) -> Iterator[PageEntry]:
    """Every page of ``pages`` and of each subpackage (with its entry), with its registrations."""
    pages = root.get("pages")
    if pages is not None and pages.kind != "array":
        problems.append(type_problem(file, pages, "pages", "array"))
    lists: list[tuple[str | None, JsonNode | None]] = [(None, pages)]
    lists += [(sub.root, item.get("pages")) for sub, item in subpackages]
    for scope, array in lists:
        for item in items_of(array) if array is not None and array.kind == "array" else ():
            decoded = _decoded_entry(file, item, scope)
            if decoded is not None:
                yield decoded
                continue
            path = item.get("path") if item.kind == "object" else None
            if path is None or path.kind != "string":
                problems.append(type_problem(file, path, "path", "string") if path is not None else
                                FileProblem("config", "type", file.span(item), msg("uniapp.page_without_path")))
                continue
            route = page_route(scope, path.value)
            regs = tuple(style_registrations(file, item.get("style"), "page", route))
            yield PageEntry(route, scope, item, regs)


def _decoded_entry(file: ConfigSource, item: JsonNode, scope: str | None) -> PageEntry | None:
    """An entry the C decoder read, with a string path: its route and registrations from its
    value, nothing located (a registration's spans are placed when read). None: the entry
    needs its nodes (read otherwise, or a path that is no string)."""
    data = item.data if isinstance(item, LazyJsonNode) else None
    if not isinstance(data, dict) or not isinstance(data.get("path"), str):
        return None
    route = page_route(scope, data["path"])
    style = data.get("style")
    if not isinstance(style, dict) or ("usingComponents" not in style and WEIXIN not in style):
        return PageEntry(route, scope, item)
    return PageEntry(route, scope, item, tuple(decoded_registrations(file, item, style, route)))


def page_route(scope: str | None, path: str) -> str:
    """A page's route: ``scope/path`` normalised, without leading or trailing slashes. A
    path without a dot or a doubled slash is normal already (a large pages.json's usual case)."""
    joined = f"{scope}/{path}" if scope else path
    if joined and "." not in joined and "//" not in joined:
        return joined.strip("/")
    return posixpath.normpath(joined).strip("/")


def style_registrations(file: ConfigSource, style: JsonNode | None, scope: str, owner: str | None) -> Iterator[Registration]:
    """usingComponents of a style object after uni-app's shallow merge with its mp-weixin part:
    when both have one, the generic map is dropped whole (``effective=False``)."""
    if style is None or style.kind != "object":
        return
    weixin = _object(style.get(WEIXIN))
    replaced = weixin is not None and weixin.member("usingComponents") is not None
    yield from _using(file, style.get("usingComponents"), scope, owner, effective=not replaced)
    if weixin is not None:
        yield from _using(file, weixin.get("usingComponents"), scope, owner)


def _using(file: ConfigSource, node: JsonNode | None, scope: str, owner: str | None, effective: bool = True
           ) -> Iterator[Registration]:
    if node is None or node.kind != "object":
        return
    for member in node.members:
        if member.value.kind == "string":
            yield Registration(member.key, member.value.value, scope, owner,  # type: ignore[arg-type]
                               Span(file.path, member.key_start, member.key_end), file.span(member.value),
                               file.syntax, effective=effective)


def type_problem(file: ConfigSource, node: JsonNode, name: str, wanted: str) -> FileProblem:
    """A value uni-app's build does not accept (pages that is not an array, a page without a path)."""
    return FileProblem("config", "type", file.span(node),
                       msg("uniapp.wrong_type", name=name, wanted=a_type(wanted), kind=a_type(node.type_name)))


def member_of(node: JsonNode | None, key: str) -> Member | None:
    """The member ``key`` of an object node (None for anything else)."""
    return node.member(key) if node is not None and node.kind == "object" else None
