"""uni-helper projects: pages.json and manifest.json are generated (``@uni-helper/vite-plugin-
uni-pages`` / ``-uni-manifest``) from ``pages.config.ts``, ``manifest.config.ts`` and each page's
``definePage({...})``, so wecontact reads and edits those sources, never the generated JSON.

Only object literals are read and written (syntax/jsconfig.py): a spread, a call or a
condition makes a value unknown, and a writer that meets one refuses with the exact lines to
add. Pages are the .vue files under ``src/pages`` (the plugin's default ``dir``, outside
``components`` folders) plus the ``pages`` of pages.config.ts; a page's ``definePage`` style
is merged over its pages.config.ts entry.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Sequence

from wecontact_cli import plugin
from wecontact_cli.edits import Changeset, TextEdit
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.uniapp.config import read_jsonc
from wecontact_cli.frameworks.uniapp.project import (
    PageEntry, UniProject, fill, style_registrations,
)
from wecontact_cli.i18n.message import join_comma, msg, scope_name
from wecontact_cli.model import FileProblem, Registration, Route, Span, StringSyntax
from wecontact_cli.records import field, record
from wecontact_cli.syntax import jsontext
from wecontact_cli.text.source import SourceFile, read_source

if TYPE_CHECKING:
    from wecontact_cli.frameworks.uniapp.units import UniUnit
    from wecontact_cli.scaffold.plans import InitPlan
    from wecontact_cli.syntax.jsconfig import ConfigModule

EXTENSIONS = (".ts", ".mts", ".js", ".mjs")
PAGES_DIR = "pages"
MANIFEST_PLACE = "manifest.config.ts mp-weixin.plugins"
PAGES_PLACE = "pages.config.ts plugins"
SUBPACKAGE_PLACE = "pages.config.ts subPackages"
DEFINE_PAGE = "definePage"


@record
class ModuleFile:
    """A config module read as a tree of literals (``root`` None: it cannot be read)."""

    source: SourceFile
    config: ConfigModule
    syntax: ClassVar[StringSyntax] = "js"

    @property
    def path(self) -> Path:
        """The module's path."""
        return self.source.path

    @property
    def root(self) -> jsontext.JsonNode:
        """The config object."""
        assert self.config.root is not None
        return self.config.root

    def span(self, node: jsontext.JsonNode) -> Span:
        """A node's span, with the quote of a string literal."""
        text = self.source.text
        quote = text[node.start] if node.kind == "string" and text[node.start:node.start + 1] in ("'", '"', "`") else "'"
        return Span(self.path, node.start, node.end, quote)

    def names_other_platforms(self) -> bool:
        """A module has no conditional compilation regions."""
        return False


@record
class _Empty:
    """A generated file without a config module: an empty object (nothing declared there)."""

    path: Path
    root: jsontext.JsonNode = field(default_factory=lambda: jsontext.JsonNode("object", 0, 0))
    syntax: ClassVar[StringSyntax] = "json"

    def span(self, node: jsontext.JsonNode) -> Span:
        return Span(self.path, node.start, node.end)

    def names_other_platforms(self) -> bool:
        return False


@record
class HelperSources:
    """pages.config.ts and manifest.config.ts (None: that JSON file is written by hand)."""

    manifest: ModuleFile | None
    pages: ModuleFile | None
    file_pages: frozenset[str] = field(default_factory=frozenset)
    """Routes found as files under src/pages."""

    def page_registrations(self, unit: UniUnit) -> tuple[Registration, ...]:
        """The usingComponents a page's definePage({style}) gives it (positions in the .vue file)."""
        text = unit.text()
        if text is None or unit.vue_file is None:
            return ()
        found = define_page(text, unit.vue_file.path)
        if found is None:
            return ()
        config, base, _ = found
        _shift(config.root, base)
        meta = _PageMeta(unit.vue_file.path, config.root, text)
        return tuple(style_registrations(meta, config.root.get("style"), "page", unit.relpath))


def config_path(root: Path, name: str) -> Path | None:
    """``root/<name>.ts`` (or .mts, .js, .mjs), if it exists."""
    return next((root / (name + ext) for ext in EXTENSIONS if (root / (name + ext)).is_file()), None)


def read_module(path: Path, root: Path) -> tuple[ModuleFile | None, list[FileProblem]]:
    """A config module, or the problem that keeps it from being read statically."""
    from wecontact_cli.frameworks.native.problems import load_problem
    from wecontact_cli.syntax.jsconfig import read_config

    try:
        source = read_source(path, root)
    except WecontactError as exc:
        return None, [load_problem("config", path, exc)]
    config = read_config(source.text, path.name)
    if config.root is None:
        at = config.offset or 0
        line, column = jsontext.line_col(source.text, at)
        problem = FileProblem("config", "syntax", Span(path, at, at + 1),
                              msg("uniapp.helper_unreadable", file=path.name, reason=config.reason), line, column)
        return ModuleFile(source, config), [problem]
    return ModuleFile(source, config), []


def fill_from_sources(project: UniProject) -> None:
    """The model from pages.config.ts and manifest.config.ts (or the JSON files that are not
    generated), plus the pages found under src/pages."""
    root, source = project.root, project.source_root
    problems: list[FileProblem] = []
    files: list[Any] = []
    modules: list[ModuleFile | None] = []
    generated = project.detection.get("generated-json").split()
    for name in ("manifest", "pages"):
        path = config_path(root, f"{name}.config")
        if path is None and f"{name}.json" in generated:  # generated from defaults and files only
            modules.append(None)
            files.append(_Empty(source / f"{name}.json"))
            continue
        if path is not None:
            module, found = read_module(path, root)
            problems += found
            modules.append(module if module is not None and module.config.root is not None else None)
            files.append(modules[-1])
            if module is not None:
                project.texts[path] = module.source.text
            continue
        modules.append(None)
        read = read_jsonc(source / f"{name}.json", root, vue=project.vue, conditional=name == "pages")
        problems += read.problems
        files.append(read.file)
        if read.text is not None:
            project.texts[source / f"{name}.json"] = read.text
        setattr(project, "manifest" if name == "manifest" else "pages_json", read.file)
    pages_path = config_path(root, "pages.config")
    project.app_config = pages_path or source / "pages.json"
    project.helper = HelperSources(modules[0], modules[1])
    if modules[0] is not None:
        project.plugins_place = MANIFEST_PLACE
    if any(f is None for f in files) or any(f.root.kind != "object" for f in files):
        project.problems, project.readable = tuple(problems), False
    else:
        places = (MANIFEST_PLACE if modules[0] else None, PAGES_PLACE if modules[1] else None,
                  SUBPACKAGE_PLACE if modules[1] else None)
        problems += fill(project, files[0], files[1], places)
        project.problems = tuple(problems)
    _add_file_pages(project)


def _add_file_pages(project: UniProject) -> None:
    """Every .vue under src/pages (outside components folders) is a page."""
    base = project.source_root / PAGES_DIR
    found: set[str] = set()
    for folder, dirs, names in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d != "components" and not d.startswith("."))
        for name in sorted(names):
            if name.endswith(".vue"):
                found.add((Path(folder) / name[:-4]).relative_to(project.source_root).as_posix())
    routes = list(project.routes)
    for route in sorted(found - set(project.entries)):
        scope = project.scope_of(route)
        project.entries[route] = PageEntry(route, scope.root if scope else None, None)
        routes.append(Route(route, scope.root if scope else None))
    project.routes = tuple(routes)
    assert project.helper is not None
    project.helper.file_pages = frozenset(found)


# -- a page's definePage({...}) ----------------------------------------------------------------

@record
class _PageMeta:
    """definePage's object read from a .vue file, its offsets moved into the whole file."""

    path: Path
    root: jsontext.JsonNode
    text: str
    syntax: ClassVar[StringSyntax] = "js"

    def span(self, node: jsontext.JsonNode) -> Span:
        quote = self.text[node.start] if node.kind == "string" and self.text[node.start:node.start + 1] in "'\"`" else "'"
        return Span(self.path, node.start, node.end, quote)

    def names_other_platforms(self) -> bool:
        return False


def define_page(text: str, path: Path) -> tuple[Any, int, str] | None:
    """(definePage's ConfigModule, the script's offset in the .vue, the script's file name),
    or None when the page has no ``<script setup>`` calling it."""
    from wecontact_cli.syntax.jsconfig import read_config
    from wecontact_cli.syntax.vue import split_sfc

    if DEFINE_PAGE not in text:
        return None
    block = split_sfc(text).script_setup
    if block is None:
        return None
    name = "page.ts" if block.lang in ("ts", "tsx") else "page.js"
    code = text[block.content_start:block.content_end]
    config = read_config(code, name, call=DEFINE_PAGE)
    return (config, block.content_start, name) if config.root is not None else None


def _shift(root: jsontext.JsonNode, base: int) -> None:
    """Move every offset of a tree read from a script block into the whole .vue file."""
    for node in jsontext.walk(root):
        node.start, node.end = node.start + base, node.end + base
        for member in node.written_members():
            member.key_start, member.key_end = member.key_start + base, member.key_end + base


# -- writing ----------------------------------------------------------------------------------

def js_set(file: ModuleFile, path: Sequence[str | int], keys: Sequence[str], value: Any,
           call: str | None = None, base: int = 0, text: str | None = None) -> TextEdit:
    """Set ``value`` at ``path + keys`` of a module's object literal, creating the missing
    objects of ``keys``; refused, with the lines to add, where the way is not a literal."""
    from wecontact_cli.syntax.jsconfig import ConfigEditError, plan_insert_member, read_config

    code = text if text is not None else file.source.text
    name = file.path.name if text is None else ("page.ts" if file.path.suffix != ".js" else "page.js")
    config = read_config(code, name, call=call)
    node = config.root
    for step in path:
        node = (node.get(step) if isinstance(step, str) else node.items[step]) if node is not None else None
    done = list(path)
    for depth, key in enumerate(keys[:-1]):
        child = node.get(key) if node is not None and node.kind == "object" else None
        if child is None or child.kind != "object":
            break
        node, done = child, [*done, key]
    rest = list(keys[len(done) - len(path):])
    value = _nest(rest[1:], value)
    try:
        edit = plan_insert_member(code, name, done, rest[0], value, call=call)
    except ConfigEditError as exc:
        location = Location(file.path, *jsontext.line_col(file.source.text, base + (exc.offset or 0)))
        raise WecontactError(msg("uniapp.helper_by_hand", file=file.path.name, snippet=exc.snippet),
                             location) from None
    return TextEdit(edit.start + base, edit.end + base, edit.text)


def _nest(keys: Sequence[str], value: Any) -> Any:
    for key in reversed(keys):
        value = {key: value}
    return value


def plan_init(project: UniProject, *, alias: str, version: str | None, subpackage: str | None,
              register_global: bool = False) -> InitPlan:
    """init on a uni-helper project: manifest.config.ts (or pages.config.ts for a subpackage)."""
    from wecontact_cli.frameworks.native.init import validate_alias
    from wecontact_cli.frameworks.uniapp.init import readable_model, target_scope
    from wecontact_cli.scaffold.declaring import check_alias_free, refuse_broken
    from wecontact_cli.scaffold.plans import InitPlan

    helper = project.helper
    assert helper is not None
    validate_alias(alias)
    wanted = version or plugin.DEFAULT_VERSION
    problem = plugin.version_problem(wanted, plugin_project=False)
    if problem:
        raise WecontactError(problem)
    readable_model(project)
    scope = target_scope(project, subpackage)
    module = helper.manifest if scope is None else helper.pages
    if module is None or (register_global and helper.pages is None):
        from wecontact_cli.frameworks.uniapp.init import plan_init as plan_json

        return plan_json(project, alias=alias, version=version, subpackage=subpackage, register_global=register_global)
    if register_global and scope is not None:
        raise WecontactError(msg("uniapp.global_needs_main", root=scope))
    existing = [d for d in project.declarations if d.is_contact]
    target = MANIFEST_PLACE if scope is None else SUBPACKAGE_PLACE
    where, prefix = _declaration_path(project, scope)
    if len(existing) > 1 or (existing and (existing[0].place != target or existing[0].scope != scope)):
        raise _already(project, existing, scope)
    if existing:
        plan = _existing(project.root, module, existing[0], where, prefix, version)
    else:
        refuse_broken(project)
        check_alias_free(project, alias, scope)
        edit = js_set(module, where, [*prefix, "plugins", alias], {"version": wanted, "provider": plugin.PROVIDER})
        plan = InitPlan(Changeset(project.root), "added", alias, wanted, scope, module.path)
        plan.changeset.add(module.source.change([edit], msg("summary.declare", alias=alias, scope=scope_name(scope))))
    if register_global:
        _register_global(project, plan)
    return plan


def _existing(root: Path, module: ModuleFile, decl: Any, where: list[str | int], prefix: list[str],
              version: str | None) -> InitPlan:
    """Declared where this init would declare it: unchanged, or the version replaced."""
    from wecontact_cli.scaffold.plans import InitPlan
    from wecontact_cli.syntax.jsconfig import ConfigEditError, plan_replace_value

    plan = InitPlan(Changeset(root), "unchanged", decl.alias, decl.version or "", decl.scope,
                    module.path)
    if version is None or version == decl.version:
        if decl.version is not None and version is None and decl.version != plugin.DEFAULT_VERSION:
            plan.warnings.append(msg("init.warn_not_guide_version", version=decl.version,
                                     default=plugin.DEFAULT_VERSION))
        return plan
    path = [*where, *prefix, "plugins", decl.alias, "version"]
    try:
        edit = (plan_replace_value(module.source.text, module.path.name, path, version) if decl.version_span
                else js_set(module, where, [*prefix, "plugins", decl.alias, "version"], version))
    except ConfigEditError as exc:
        raise WecontactError(msg("uniapp.helper_by_hand", file=module.path.name, snippet=exc.snippet),
                             Location(module.path)) from None
    plan.changeset.add(module.source.change([edit], msg("summary.version", old=decl.version, new=version)))
    plan.status, plan.version = "updated", version
    return plan


def _declaration_path(project: UniProject, scope: str | None) -> tuple[list[str | int], list[str]]:
    """Where ``plugins`` goes: (the path that exists, the keys to create on the way): manifest's
    mp-weixin, or the subpackage entry of pages.config.ts."""
    if scope is None:
        return [], ["mp-weixin"]
    helper = project.helper
    assert helper is not None and helper.pages is not None
    subs = helper.pages.root.get(project.subpackage_key)
    index = next(i for i, item in enumerate(subs.items if subs is not None else ())
                 if item.kind == "object" and _root_of(item) == scope)
    return [project.subpackage_key, index], []


def _root_of(item: jsontext.JsonNode) -> str | None:
    from wecontact_cli.frameworks.roots import normalize_root

    root = item.get("root")
    return normalize_root(root.value) if root is not None and root.kind == "string" else None


def _already(project: UniProject, existing: list[Any], scope: str | None) -> WecontactError:
    """A declaration exists somewhere: init never adds a second one (an update is done by hand)."""
    decl = existing[0]
    places = join_comma([msg("init.place", scope=d.place, where=Location(d.key.path).render(project.root))
                         for d in existing])
    return WecontactError(msg("uniapp.helper_declared", places=places, scope=scope_name(scope)),
                          Location(decl.key.path, *jsontext.line_col(project.texts.get(decl.key.path, ""),
                                                                    decl.key.start)))


def _register_global(project: UniProject, plan: InitPlan) -> None:
    """globalStyle of pages.config.ts (after manifest.config.ts's declaration)."""
    from wecontact_cli.frameworks.uniapp.registration import choose_tag, registered, style_target

    helper = project.helper
    assert helper is not None and helper.pages is not None
    taken = {r.tag: r.url for r in project.global_registrations if r.effective}
    tag, note = choose_tag(taken, plugin.DEFAULT_TAG, plan.alias)
    plan.global_tag = tag
    if note is not None:
        plan.warnings.append(note)
    if registered(project.global_registrations, tag, plan.alias):
        return
    url = plugin.component_url(plan.alias)
    keys, value = style_target(helper.pages.root.get("globalStyle"), tag, url)
    edit = js_set(helper.pages, [], ["globalStyle", *keys], value)
    plan.changeset.add(helper.pages.source.change([edit], msg("uniapp.summary_global", tag=tag, url=url)))
    plan.changeset.order([c.path for c in plan.changeset.changes if c.path != helper.pages.path], [helper.pages.path])

