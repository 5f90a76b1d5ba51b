"""A native project as the neutral model: app.json's declarations, subpackages, routes and
global registrations, and its pages and components as units.

The app.json parse tree (``AppJson``) stays on the project for the planners, which edit it
at located spans; rules read only the model's records.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.errors import WecontactError
from wecontact_cli.frameworks.native import app as appjson
from wecontact_cli.frameworks.native.problems import json_problems, read_json
from wecontact_cli.frameworks.native.units import Stem, discover, make_unit, plugin_entries, registrations
from wecontact_cli.model import Declaration, FileProblem, Project, Route, Span, Subpackage
from wecontact_cli.model.project import CacheInputs, fingerprint
from wecontact_cli.records import field, record

if TYPE_CHECKING:
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.frameworks.native.units import NativeUnit

PLACE = "app.json"


@record
class NativeProject(Project):
    """A native mini-program; ``app`` is None when app.json cannot be read as an app.json."""

    paths: appjson.ProjectPaths | None = None
    app: appjson.AppJson | None = field(default=None, repr=False)
    compile_type: str = "miniprogram"
    _page_routes: tuple[tuple[Route, ...], frozenset[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def app_dir(self) -> Path:
        """The miniprogramRoot: where app.json and the pages live."""
        return self.source_root

    @property
    def page_routes(self) -> frozenset[str]:
        """The routes app.json lists, as a set built once (not once per unit: that was
        quadratic in the number of pages)."""
        cached = self._page_routes
        if cached is None or cached[0] is not self.routes:
            cached = self._page_routes = (self.routes, frozenset(r.route for r in self.routes))
        return cached[1]

    def unit_refs(self) -> list[Stem]:
        """Every page and component under the app folder, in a stable order."""
        return list(discover(self.app_dir, self.page_routes))

    def load_unit(self, ref: object) -> NativeUnit:
        """The unit of a stem, its .json read."""
        assert isinstance(ref, Stem)
        return make_unit(self, ref, "page" if ref.relpath in self.page_routes else "component")

    # -- the lint cache (what ``make_unit`` and the rules read) ---------------------------------

    def cache_inputs(self, ref: object) -> CacheInputs:
        """A stem's .json, .wxml and script, its kind (app.json's routes) and its subpackage."""
        assert isinstance(ref, Stem)
        scope = self.scope_of(ref.relpath)
        files = tuple(p for p in (ref.json_path, ref.wxml_path, ref.script_path) if p is not None)
        kind = "page" if ref.relpath in self.page_routes else "component"
        return CacheInputs(ref.relpath, files, (kind, repr((scope.root, scope.independent) if scope else None)))

    def cache_fact(self, name: str) -> str | None:
        """``globals``: the plugin:// entries of app.json's usingComponents (they can make any
        tag of any unit the cell); ``app``: everything read of app.json and project.config.json."""
        if name == "globals":
            return fingerprint(plugin_entries(self.global_registrations))
        if name == "app":
            return fingerprint(self.model_fingerprint(), self.compile_type)
        return None


def load(detection: Detection) -> NativeProject:
    """Read project.config.json and app.json into the model (a broken app.json is a problem,
    not an error: the pages are still checked file by file)."""
    paths = appjson.project_paths(detection)
    compile_type, typescript = appjson.project_kind(paths)
    project = NativeProject(detection, paths.app_json, paths=paths, compile_type=compile_type,
                            typescript=typescript, plugin_project=compile_type == "plugin")
    read = read_json(paths.app_json, paths.root, fast=False)
    if read.text is not None:
        project.texts[paths.app_json] = read.text
    if read.file is None:
        project.problems, project.readable = tuple(read.problems), False
        return project
    try:
        app = appjson.load_app(paths, read.file)
        _fill(project, app)
    except WecontactError as exc:  # valid JSON, but not a usable app.json: the model error
        loc = exc.location
        span = Span(paths.app_json, 0, 1)
        problem = FileProblem("config", "type", span, exc.raw_message, loc.line if loc else None,
                              loc.column if loc else None)
        project.problems, project.readable = (*json_problems(read.file), problem), False
        return project
    project.problems = tuple(read.problems)
    return project


def _fill(project: NativeProject, app: appjson.AppJson) -> None:
    """The model's records from app.json (raises WecontactError where app.json is not usable)."""
    path = app.app.path
    project.app = app
    project.subpackages = tuple(
        Subpackage(s.root, s.pages, s.independent, s.name, Span(path, s.node.start, s.node.end),
                   Span(path, s.independent_node.start, s.independent_node.end) if s.independent_node else None)
        for s in app.subpackages)
    project.declarations = tuple(_declaration(path, d) for d in app.plugins)
    project.routes = tuple(Route(p.route, p.subpackage) for p in app.pages)
    root = app.app.root
    project.global_registrations = tuple(registrations(app.app, root.get("usingComponents"), "global", None))


def _declaration(path: Path, decl: appjson.PluginDeclaration) -> Declaration:
    node = decl.node
    version = node.get("version") if node.kind == "object" else None
    return Declaration(
        decl.alias, decl.provider, decl.version, decl.scope, Span(path, decl.key_offset, decl.key_end),
        Span(path, node.start, node.end), node.type_name,
        Span(path, version.start, version.end) if version is not None else None, place=PLACE)


def route_path(project: NativeProject, route: str) -> Path:
    """A route's files without extension."""
    return project.app_dir / posixpath.normpath(route)
