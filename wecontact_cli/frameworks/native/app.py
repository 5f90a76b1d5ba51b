"""A native project's configuration files and the model of its app.json.

project.config.json -> ``miniprogramRoot`` -> app.json, or an app.json alone. This module is
the one home for reading project.config.json: detection calls ``read_configs`` and hands the
result to the loader (``Detection.markers``), which checks it with ``project_paths``. The
model keeps the parse tree of app.json so that planners can edit it at located spans.
"""

from __future__ import annotations

import posixpath
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Literal, Union

from wecontact_cli import plugin
from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.frameworks.roots import normalize_root
from wecontact_cli.i18n.message import a_type, msg
from wecontact_cli.records import record
from wecontact_cli.syntax.jsontext import JsonNode, items_of
from wecontact_cli.text.source import JsonFile, load_json

if TYPE_CHECKING:
    from wecontact_cli.frameworks.detection import Detection

CONFIG_NAME = "project.config.json"
PRIVATE_CONFIG_NAME = "project.private.config.json"
APP_NAME = "app.json"
SUBPACKAGE_KEYS = ("subpackages", "subPackages")


EntryProblem = Literal["not_object", "no_provider"]


@record(frozen=True)
class PluginDeclaration:
    """One entry of a ``plugins`` object, in app.json or in a subpackage entry."""

    alias: str
    provider: str | None
    version: str | None
    scope: str | None
    """None for the main package, else the subpackage root."""
    node: JsonNode
    key_offset: int
    key_end: int

    @property
    def is_contact(self) -> bool:
        """Whether this declares the WeCom contact plugin (by provider, never by alias)."""
        return self.provider == plugin.PROVIDER

    @property
    def problem(self) -> EntryProblem | None:
        """Why WeChat cannot load this entry (not an object, no "provider" string), or None."""
        if self.node.kind != "object":
            return "not_object"
        return "no_provider" if self.provider is None else None


@record(frozen=True)
class Subpackage:
    """An entry of ``subpackages``/``subPackages``."""

    root: str
    pages: tuple[str, ...]
    independent: bool
    name: str | None
    node: JsonNode
    independent_node: JsonNode | None

    def contains(self, route: str) -> bool:
        """Whether a page route lies under this subpackage's root."""
        return route.startswith(self.root + "/")


@record(frozen=True)
class Page:
    """A page route and the subpackage it belongs to (None: the main package)."""

    route: str
    subpackage: str | None
    app_dir: Path

    @property
    def base(self) -> Path:
        """The page's files without extension: base.json, base.wxml, base.js ... (made when
        asked: loading a 2,000-page app.json must not build 2,000 paths no lint reads)."""
        return self.app_dir / self.route

    @property
    def json_path(self) -> Path:
        """The page's .json file."""
        return self.base.with_name(self.base.name + ".json")


@record(frozen=True)
class AppJson:
    """A native project's app.json with its parse tree: declarations, subpackages, pages."""

    root: Path
    """The project folder (where project.config.json is, else app.json's folder)."""
    app_dir: Path
    """The miniprogramRoot: where app.json and the pages live."""
    config: JsonFile | None
    app: JsonFile
    compile_type: str
    typescript: bool

    @cached_property
    def subpackages(self) -> tuple[Subpackage, ...]:
        """Every subpackage, from either spelling of the key."""
        return tuple(_subpackages(self.app))

    @cached_property
    def plugins(self) -> tuple[PluginDeclaration, ...]:
        """Every plugin declaration of app.json and its subpackages."""
        found = list(_declarations(self.app, self.app.root, None))
        for sub in self.subpackages:
            found.extend(_declarations(self.app, sub.node, sub.root))
        return tuple(found)

    @cached_property
    def pages(self) -> tuple[Page, ...]:
        """Every page: the main package's, then each subpackage's."""
        app_dir = self.app_dir
        pages = [Page(r, None, app_dir) for r in _strings(self.app, self.app.root, "pages")]
        for sub in self.subpackages:
            for route in sub.pages:
                pages.append(Page(posixpath.join(sub.root, route), sub.root, app_dir))
        return tuple(pages)

    @cached_property
    def global_components(self) -> dict[str, str]:
        """app.json's global ``usingComponents``: tag -> path (a value that is not a string
        is an error at its location)."""
        return components(self.app)

    @property
    def is_plugin_project(self) -> bool:
        """A plugin project (compileType "plugin") may use version "dev"."""
        return self.compile_type == "plugin"

    def subpackage(self, root: str) -> Subpackage | None:
        """The subpackage with this root (``pkgA``, ``pkgA/`` and ``./pkgA`` alike)."""
        wanted = normalize_root(root)
        return next((s for s in self.subpackages if s.root == wanted), None)

    def contact_declarations(self) -> list[PluginDeclaration]:
        """Every declaration of the contact plugin's provider."""
        return [d for d in self.plugins if d.is_contact]

    def broken_declarations(self) -> list[PluginDeclaration]:
        """Every ``plugins`` entry WeChat cannot load: any of them may be the contact plugin."""
        return [d for d in self.plugins if d.problem is not None]

    def page_components(self, page: Page) -> dict[str, str]:
        """A page's own ``usingComponents`` (empty when the page has no .json)."""
        if not page.json_path.exists():
            return {}
        return components(load_json(page.json_path, self.root))


@record(frozen=True)
class ProjectPaths:
    """Where a project is, before its app.json is read."""

    root: Path
    app_dir: Path
    configs: tuple[JsonFile, ...]
    """project.private.config.json (if any) then project.config.json; empty without one."""

    @property
    def app_json(self) -> Path:
        """The app.json file."""
        return self.app_dir / APP_NAME


Reading = Union[JsonFile, WecontactError]
"""A config file parsed, or why it could not be (raised when the project is loaded)."""


@record(frozen=True)
class ConfigFiles:
    """A folder's project.config.json and project.private.config.json, each read once."""

    folder: Path
    shared: Reading
    private: Reading | None = None
    """None when there is no project.private.config.json."""

    def miniprogram_root(self) -> Path:
        """Where detection looks for app.json: the first ``miniprogramRoot`` string (the
        private file first), else the folder; an unreadable file is the loader's to report."""
        for config in (self.private, self.shared):
            if not isinstance(config, JsonFile) or config.root.kind != "object":
                continue
            node = config.root.get("miniprogramRoot")
            if node is not None and node.kind == "string" and node.value.strip():
                return self.folder / node.value.strip().strip("/")
        return self.folder


def read_configs(folder: Path) -> ConfigFiles:
    """Read and parse ``folder``'s project.config.json (and the private one, if any)."""
    private = folder / PRIVATE_CONFIG_NAME
    return ConfigFiles(folder, _read(folder / CONFIG_NAME, folder), _read(private, folder) if private.is_file() else None)


def _read(path: Path, root: Path) -> Reading:
    try:
        return load_json(path, root)
    except WecontactError as exc:
        return exc


def project_paths(found: Detection) -> ProjectPaths:
    """Where the detected project's app.json is, its config files checked (raises where they
    are broken or ``miniprogramRoot`` is wrong)."""
    root = found.root
    configs = found.markers if isinstance(found.markers, ConfigFiles) else None
    if configs is None and (root / CONFIG_NAME).is_file():
        configs = read_configs(root)  # a detection made without its detector
    if configs is None:
        return ProjectPaths(root, found.source_root, ())
    return _from_config(configs)


def _from_config(files: ConfigFiles) -> ProjectPaths:
    """The checked paths of a project whose config files ``files`` are (raises the first
    problem: a file that cannot be read, a wrong ``miniprogramRoot``, no app.json)."""
    directory = files.folder
    for reading in (files.shared, files.private):
        if isinstance(reading, WecontactError):
            raise reading
    # The private file overrides fields of the shared one, as DevTools does.
    configs = [c for c in (files.private, files.shared) if isinstance(c, JsonFile)]
    for config in configs:
        _require_object(config, config.root, config.path.name)
    source, root_node = _setting(configs, "miniprogramRoot")
    app_dir = directory
    if source is not None and root_node is not None:
        if root_node.kind != "string":
            raise WecontactError(
                msg("project.root_not_string", type=root_node.type_name),
                source.location(root_node))
        relative = normalize_root(root_node.value)
        if relative == ".." or relative.startswith("../") or Path(root_node.value).is_absolute():
            raise WecontactError(
                msg("project.root_outside", root=root_node.value),
                source.location(root_node))
        app_dir = directory / relative
    # A link is left to the reader, which says where it leads (out of the project, nowhere).
    if not (app_dir / APP_NAME).is_file() and not (app_dir / APP_NAME).is_symlink():
        missing = (app_dir / APP_NAME).relative_to(directory).as_posix()
        if source is None or root_node is None:
            raise WecontactError(
                msg("project.no_app_beside", missing=missing, config=CONFIG_NAME),
                Location(configs[-1].path))
        raise WecontactError(
            msg("project.root_no_app", root=root_node.value, missing=missing),
            source.location(root_node),
            hint=msg("project.hint_fix_root"),
        )
    return ProjectPaths(directory, app_dir, tuple(configs))


def _setting(configs: tuple[JsonFile, ...] | list[JsonFile], key: str) -> tuple[JsonFile | None, JsonNode | None]:
    """The first config (private before shared) that sets ``key``, with the value."""
    for config in configs:
        node = config.root.get(key)
        if node is not None:
            return config, node
    return None, None


def load_app(paths: ProjectPaths, app: JsonFile) -> AppJson:
    """app.json's model from its parsed file; raises where app.json is not usable (not an
    object, subpackages or pages of the wrong type, "plugins" not an object)."""
    _require_object(app, app.root, APP_NAME)
    compile_type, typescript = project_kind(paths)
    config = paths.configs[-1] if paths.configs else None
    project = AppJson(paths.root, paths.app_dir, config, app, compile_type, typescript)
    project.pages, project.plugins  # noqa: B018 - read now, so that an error surfaces here
    return project


def project_kind(paths: ProjectPaths) -> tuple[str, bool]:
    """compileType (default miniprogram) and whether the project uses TypeScript: known
    from project.config.json and app.ts even when app.json cannot be read."""
    _, node = _setting(paths.configs, "compileType")
    compile_type = node.value if node is not None and node.kind == "string" else "miniprogram"
    typescript = (paths.app_dir / "app.ts").is_file()
    _, setting = _setting(paths.configs, "setting")
    plugins = setting.get("useCompilerPlugins") if setting and setting.kind == "object" else None
    if plugins is not None and plugins.kind == "array":
        typescript = typescript or any(_is_typescript_plugin(i) for i in plugins.items)
    return compile_type, typescript


def _is_typescript_plugin(item: JsonNode) -> bool:
    """``"typescript"`` or ``{"type": "typescript", ...}`` in useCompilerPlugins."""
    if item.kind == "object":
        item = item.get("type") or item
    return item.value == "typescript"


def _require_object(file: JsonFile, node: JsonNode, name: str) -> None:
    if node.kind != "object":
        raise WecontactError(
            msg("project.not_object", name=name, kind=a_type(node.type_name)),
            file.location(node))


def _strings(file: JsonFile, obj: JsonNode, key: str) -> list[str]:
    node = obj.get(key)
    if node is None:
        return []
    items = items_of(node) if node.kind == "array" else ()  # placed only if a rule points at one
    if node.kind != "array" or any(i.kind != "string" for i in items):
        raise WecontactError(msg("project.not_strings", key=key), file.location(node))
    return [normalize_root(i.value) for i in items]


def _subpackages(app: JsonFile) -> Iterator[Subpackage]:
    for key in SUBPACKAGE_KEYS:
        node = app.root.get(key)
        if node is None:
            continue
        if node.kind != "array":
            raise WecontactError(msg("project.not_subpackages", key=key), app.location(node))
        for entry in node.items:
            if entry.kind != "object":
                raise WecontactError(
                    msg("project.entry_not_object", key=key),
                    app.location(entry))
            root = entry.get("root")
            if root is None or root.kind != "string" or not normalize_root(root.value):
                raise WecontactError(
                    msg("project.no_root"),
                    app.location(root or entry))
            independent = entry.get("independent")
            name = entry.get("name")
            yield Subpackage(
                normalize_root(root.value),
                tuple(_strings(app, entry, "pages")),
                bool(independent is not None and independent.value is True),
                name.value if name is not None and name.kind == "string" else None,
                entry,
                independent,
            )


def _declarations(app: JsonFile, owner: JsonNode, scope: str | None) -> Iterator[PluginDeclaration]:
    plugins = owner.get("plugins")
    if plugins is None:
        return
    if plugins.kind != "object":
        raise WecontactError(
            msg("project.plugins_not_object"),
            app.location(plugins))
    for member in plugins.members:
        entry = member.value
        provider = entry.get("provider") if entry.kind == "object" else None
        version = entry.get("version") if entry.kind == "object" else None
        yield PluginDeclaration(
            member.key,
            provider.value if provider is not None and provider.kind == "string" else None,
            version.value if version is not None and version.kind == "string" else None,
            scope,
            entry,
            member.key_start,
            member.key_end,
        )


def components(file: JsonFile) -> dict[str, str]:
    """A .json file's ``usingComponents``: tag -> path, as WeChat reads it (the last of a
    repeated tag). A value that is not a string is an error at its location."""
    node = file.root.get("usingComponents") if file.root.kind == "object" else None
    if node is None or node.kind != "object":
        return {}
    for member in node.members:
        if member.value.kind != "string":
            raise WecontactError(
                msg("project.component_not_string", tag=member.key, type=a_type(member.value.type_name)),
                file.location(member.value))
    return {m.key: m.value.value for m in node.members}
