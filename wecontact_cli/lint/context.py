"""What the rules read: project facts (app.json, declarations) and one unit at a time.

A *unit* is a page or custom component: the files that share a stem (``index.json``,
``index.wxml``, ``index.js``/``index.ts``). Units are checked one by one and dropped, so
memory stays flat however large the project is.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator

from wecontact_cli import plugin
from wecontact_cli.errors import WecontactError
from wecontact_cli.syntax.jsontext import JsonNode, JsonSyntaxError, Member, line_col, parse
from wecontact_cli.lint.config import LintConfig
from wecontact_cli.lint.suppressions import DIRECTIVE
from wecontact_cli.frameworks.native.app import (
    APP_NAME, AppJson, PluginDeclaration, ProjectPaths, Subpackage, load_project,
)
from wecontact_cli.i18n.message import Message
from wecontact_cli.text.source import JsonFile, SourceFile, read_source
from wecontact_cli.syntax.wxml import Element, WxmlDocument, parse_wxml, scan

SKIPPED_DIRS = frozenset({"node_modules", "miniprogram_npm", "__pycache__"})
SCRIPT_SUFFIXES = (".ts", ".js")
_PLUGIN_URL = re.compile(r"plugin://([^/]*)/(.*)")


def plugin_url(value: str) -> tuple[str, str] | None:
    """``plugin://alias/component`` -> (alias, component)."""
    match = _PLUGIN_URL.fullmatch(value)
    return (match[1], match[2]) if match else None


@dataclass(frozen=True)
class ComponentRef:
    """One ``usingComponents`` entry, with where it is written."""

    tag: str
    value: str
    key_start: int
    value_node: JsonNode


@dataclass
class LoadError:
    """A file that could not be read or parsed: message and offset (or None)."""

    message: str | Message
    offset: int | None
    line: int | None = None
    column: int | None = None
    text: str | None = None
    """The file's text when it could be decoded (for code frames)."""


def read_text(path: Path, root: Path) -> tuple[SourceFile | None, LoadError | None]:
    """A file's text, or why it cannot be read (never raises): ``sources.read_source``'s
    refusals (links out of the project, FIFOs, devices, huge or binary files) as a LoadError."""
    try:
        return read_source(path, root), None
    except WecontactError as exc:
        loc = exc.location
        return None, LoadError(exc.raw_message, None, loc.line if loc else None, loc.column if loc else None)


def read_json(path: Path, root: Path, *, native: bool = True) -> tuple[JsonFile | None, LoadError | None]:
    """A parsed JSON file, or why not (strict JSON for native files)."""
    source, error = read_text(path, root)
    if source is None:
        return None, error
    if native:
        # The standard library's C parser first: most page .json files hold nothing a rule
        # points at, and for those no spans are needed. The span parser runs for the rest,
        # and for every file json.loads rejects (it explains the error precisely) or that
        # repeats a key (WC003 points at the key that JSON.parse drops).
        try:
            data = json.loads(source.text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
        except (ValueError, RecursionError):
            pass
        else:
            if isinstance(data, dict) and not _locatable(data):
                return JsonFile(source, _unlocated(data)), None
    try:
        return JsonFile(source, parse(source.text, jsonc=not native)), None
    except JsonSyntaxError as exc:
        line, column = line_col(source.text, exc.offset)
        return None, LoadError(exc.message, exc.offset, line, column, source.text)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object without repeated keys; a repeated key sends the file to the span parser."""
    data = dict(pairs)
    if len(data) != len(pairs):
        raise ValueError("duplicate key")
    return data


def _locatable(data: dict[str, Any]) -> bool:
    """Whether a page .json holds something a rule may point at (then spans are needed)."""
    using = data.get("usingComponents")
    return "plugins" in data or (isinstance(using, dict) and any(
        not isinstance(v, str) or v.startswith("plugin://") for v in using.values()))


def _unlocated(data: Any, depth: int = 2) -> JsonNode:
    """Nodes for a value no rule will locate (offsets are -1): the top two levels of the
    model (usingComponents, componentPlaceholder ...), without spans and without recursion
    into deeper data, which no rule reads."""
    if isinstance(data, dict):
        node = JsonNode("object", -1, -1)
        if depth:
            node.members = [Member(k, -1, -1, _unlocated(v, depth - 1)) for k, v in data.items()]
        return node
    if isinstance(data, list):
        return JsonNode("array", -1, -1)
    kind = "string" if isinstance(data, str) else "literal" if data is None or isinstance(data, bool) else "number"
    return JsonNode(kind, -1, -1, data)


def components_of(file: JsonFile | None) -> list[ComponentRef]:
    """The ``usingComponents`` entries of a page, component or app.json."""
    if file is None or file.root.kind != "object":
        return []
    node = file.root.get("usingComponents")
    if node is None or node.kind != "object":
        return []
    return [ComponentRef(m.key, m.value.value, m.key_start, m.value)
            for m in node.members if m.value.kind == "string"]


@dataclass
class ProjectFacts:
    """Project-wide facts every unit check needs."""

    paths: ProjectPaths
    config: LintConfig
    project: AppJson | None
    app_error: LoadError | None

    @property
    def root(self) -> Path:
        """The project root, for relative paths in diagnostics."""
        return self.paths.root

    @cached_property
    def subpackages(self) -> tuple[Subpackage, ...]:
        """Every subpackage (none when app.json is broken)."""
        return self.project.subpackages if self.project else ()

    @cached_property
    def declarations(self) -> tuple[PluginDeclaration, ...]:
        """Every plugin declaration."""
        return self.project.plugins if self.project else ()

    @cached_property
    def global_components(self) -> list[ComponentRef]:
        """app.json's ``usingComponents``."""
        return components_of(self.project.app) if self.project else []

    @cached_property
    def page_routes(self) -> frozenset[str]:
        """Every page route declared in app.json."""
        return frozenset(p.route for p in self.project.pages) if self.project else frozenset()

    def scope_of(self, relpath: str) -> Subpackage | None:
        """The subpackage a file (relative to the app folder) lies in."""
        return next((s for s in self.subpackages if relpath.startswith(s.root + "/")), None)

    def visible(self, alias: str, scope: str | None) -> PluginDeclaration | None:
        """The declaration an alias resolves to from ``scope``: its own, else the main package's."""
        own = [d for d in self.declarations if d.alias == alias and d.scope == scope]
        main = [d for d in self.declarations if d.alias == alias and d.scope is None]
        return (own or main or [None])[-1]

    def anywhere(self, alias: str) -> list[PluginDeclaration]:
        """Every declaration with this alias, whatever its scope."""
        return [d for d in self.declarations if d.alias == alias]

    def contact_alias_for(self, scope: str | None) -> str | None:
        """The alias under which the contact plugin is usable from ``scope``."""
        for decl in self.declarations:
            if decl.is_contact and decl.scope in (None, scope):
                return decl.alias
        return None

    def is_contact_url(self, value: str, scope: str | None) -> bool:
        """Whether a usingComponents value names the contact plugin's ``cell``."""
        parsed = plugin_url(value)
        if parsed is None or parsed[1] != plugin.COMPONENT:
            return False
        alias = parsed[0]
        if alias == plugin.PROVIDER:
            return True
        decl = self.visible(alias, scope) or next(iter(self.anywhere(alias)), None)
        return decl is not None and decl.is_contact


@dataclass
class Unit:
    """A page or component: the files sharing one stem."""

    base: Path
    relpath: str
    """Relative to the app folder, POSIX, without extension."""
    json_path: Path | None = None
    wxml_path: Path | None = None
    script_path: Path | None = None


@dataclass
class CellUse:
    """An element that renders the contact plugin's ``cell``."""

    element: Element
    ref: ComponentRef
    from_global: bool


@dataclass
class UnitContext:
    """Everything the unit checks read about one unit; parsed lazily, once."""

    facts: ProjectFacts
    unit: Unit
    scope: Subpackage | None
    json: JsonFile | None = None
    json_error: LoadError | None = None
    wxml_source: SourceFile | None = None
    wxml: WxmlDocument | None = None
    wxml_error: LoadError | None = None
    components: list[ComponentRef] = field(default_factory=list)

    @property
    def scope_root(self) -> str | None:
        """The unit's subpackage root, None in the main package."""
        return self.scope.root if self.scope else None

    @cached_property
    def placeholders(self) -> frozenset[str]:
        """Tags that have a ``componentPlaceholder`` (async cross-subpackage use)."""
        node = self.json.root.get("componentPlaceholder") if self.json and self.json.root.kind == "object" else None
        return frozenset(m.key for m in node.members) if node is not None and node.kind == "object" else frozenset()

    @cached_property
    def contact_tags(self) -> dict[str, tuple[ComponentRef, bool]]:
        """Tag -> (usingComponents entry, from app.json) for every tag that renders the cell."""
        tags: dict[str, tuple[ComponentRef, bool]] = {}
        for ref in self.facts.global_components:
            tags[ref.tag] = (ref, True)
        for ref in self.components:
            tags[ref.tag] = (ref, False)
        return {tag: found for tag, found in tags.items()
                if self.facts.is_contact_url(found[0].value, self.scope_root)}

    @cached_property
    def cells(self) -> list[CellUse]:
        """Every element of the WXML that renders the contact cell, whatever its tag."""
        contact = self.contact_tags
        if self.wxml is None or not contact:
            return []
        return [CellUse(el, *contact[el.tag]) for el in self.wxml.iter_elements() if el.tag in contact]


def load_unit(facts: ProjectFacts, unit: Unit) -> UnitContext:
    """Read and parse a unit's .json and .wxml (never raises)."""
    scope = facts.scope_of(unit.relpath)
    ctx = UnitContext(facts, unit, scope)
    if unit.json_path is not None:
        ctx.json, ctx.json_error = read_json(unit.json_path, facts.root)
        ctx.components = components_of(ctx.json)
    if unit.wxml_path is not None:
        ctx.wxml_source, ctx.wxml_error = read_text(unit.wxml_path, facts.root)
        if ctx.wxml_source is not None:
            text = ctx.wxml_source.text
            # The rules read only cells, comments and problems: a fast scan of well-formed
            # markup yields exactly those; anything it cannot vouch for gets the full parser.
            # Only suppression comments matter to the rules.
            ctx.wxml = scan(text, ctx.contact_tags, comments_with=DIRECTIVE) or parse_wxml(text)
    return ctx


def load_facts(paths: ProjectPaths, config: LintConfig) -> ProjectFacts:
    """Project-wide facts; a broken app.json is kept as an error for WC001."""
    try:
        project = load_project(paths)
    except WecontactError as exc:
        parsed, error = read_json(paths.app_json, paths.root)
        if error is None:  # valid JSON but not a usable app.json: report the model error
            loc = exc.location
            error = LoadError(exc.message, None, loc.line if loc else None, loc.column if loc else None,
                              parsed.source.text if parsed else None)
        return ProjectFacts(paths, config, None, error)
    return ProjectFacts(paths, config, project, None)


def discover_units(app_dir: Path, page_routes: frozenset[str] = frozenset()) -> Iterator[Unit]:
    """Every page/component under the app folder, in a stable order; links are not followed."""
    for folder, dirs, files in os.walk(app_dir):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        stems: dict[str, Unit] = {}
        base_dir = Path(folder)
        rel_dir = base_dir.relative_to(app_dir).as_posix()
        for name in sorted(files):
            stem, dot, ext = name.rpartition(".")
            if not dot or ext not in ("json", "wxml", "js", "ts") or name.endswith(".d.ts"):
                continue
            if rel_dir == "." and name in (APP_NAME, "sitemap.json", "theme.json", "ext.json"):
                continue
            unit = stems.get(stem)
            if unit is None:
                rel = stem if rel_dir == "." else f"{rel_dir}/{stem}"
                unit = stems[stem] = Unit(base_dir / stem, rel)
            path = base_dir / name
            if ext == "json":
                unit.json_path = path
            elif ext == "wxml":
                unit.wxml_path = path
            elif unit.script_path is None or ext == "ts":
                unit.script_path = path
        for unit in stems.values():
            # A .json is a page/component config only beside its .wxml; a lone .js is a module.
            if unit.wxml_path is not None or (unit.json_path and unit.relpath in page_routes):
                yield unit
