"""The neutral model of a project: what WeChat will see, whichever framework wrote it.

A framework's loader reads its own files (app.json; manifest.json and pages.json; app.config.ts)
and fills these records; rules, doctor and the scaffolders read only the records. Every
record keeps the ``Span`` where it is written, so a finding points at the user's source and
a fix edits it, never the build output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Literal

from wecontact_cli import plugin

if TYPE_CHECKING:
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.model.unit import Unit

StringSyntax = Literal["json", "js", "text"]
"""How a string is written where it sits: a JSON string, a JS string literal (quote kept
in ``Span.quote``), or bare text inside an attribute's quotes."""


@dataclass(frozen=True)
class Span:
    """Where something is written: a file and the characters ``[start, end)`` of its text."""

    path: Path
    start: int
    end: int
    quote: str = '"'
    """For a string literal: the quote character its file uses there."""


@dataclass(frozen=True)
class Declaration:
    """One entry of a ``plugins`` object: an alias, its provider and version, and its scope."""

    alias: str
    provider: str | None
    version: str | None
    scope: str | None
    """None for the main package, else the subpackage root."""
    key: Span
    """The alias key, as written."""
    entry: Span
    """The entry's value (normally ``{"version": ..., "provider": ...}``)."""
    entry_is_object: bool = True
    version_span: Span | None = None
    effective: bool = True
    """False when WeChat never sees it (uni-app: pages.json's top-level plugins are replaced
    wholesale by manifest.json's)."""
    place: str = ""
    """How the user names where it is written: "app.json", "manifest.json mp-weixin.plugins"."""

    @property
    def is_contact(self) -> bool:
        """Whether this declares the WeCom contact plugin (by provider, never by alias)."""
        return self.provider == plugin.PROVIDER


@dataclass(frozen=True)
class Subpackage:
    """A subpackage: its root, its pages (relative to the root), and whether it is independent."""

    root: str
    pages: tuple[str, ...]
    independent: bool
    name: str | None
    span: Span
    independent_span: Span | None = None

    def contains(self, route: str) -> bool:
        """Whether a page route lies under this subpackage's root."""
        return route.startswith(self.root + "/")


RegistrationScope = Literal["global", "page", "component"]


@dataclass(frozen=True)
class Registration:
    """One ``usingComponents`` entry: a tag mapped to a component URL."""

    tag: str
    url: str
    scope: RegistrationScope
    owner: str | None
    """The unit (route or component path) it belongs to; None for a global entry."""
    key: Span
    value: Span
    syntax: StringSyntax = "json"
    effective: bool = True
    """False when the build drops it (uni-app: a page's generic usingComponents map is
    dropped whole when the page also has an ``mp-weixin`` one)."""


FileRole = Literal["config", "view", "script"]
ProblemKind = Literal["syntax", "type", "duplicate-key"]
"""syntax: the file cannot be read or parsed; type: a value the build does not accept (a
usingComponents path that is a number); duplicate-key: a repeated key the build drops."""


@dataclass(frozen=True)
class FileProblem:
    """What is wrong with a file as the build reads it, before any rule about the plugin."""

    role: FileRole
    kind: ProblemKind
    span: Span
    message: object
    """A ``Message`` (or plain text) saying what is wrong, rendered in the run's language."""
    line: int | None = None
    column: int | None = None
    """An explicit position, for a file whose text could not be decoded (no offsets)."""


@dataclass(frozen=True)
class Route:
    """A page route and the subpackage it belongs to (None: the main package)."""

    route: str
    scope: str | None


@dataclass
class Project:
    """A project as WeChat will see it once built, with where each fact is written."""

    detection: Detection
    app_config: Path | None
    """The file that holds routes and declarations: app.json, pages.json, app.config.ts."""
    declarations: tuple[Declaration, ...] = ()
    subpackages: tuple[Subpackage, ...] = ()
    routes: tuple[Route, ...] = ()
    global_registrations: tuple[Registration, ...] = ()
    misplaced_plugins: tuple[Span, ...] = ()
    """``plugins`` written where WeChat never reads it (a page or component config)."""
    problems: tuple[FileProblem, ...] = ()
    """Project-level files that could not be read (a broken app.json): the rest still loads."""
    plugin_project: bool = False
    """A plugin project (compileType "plugin") may use the version "dev"."""
    typescript: bool = False
    texts: dict[Path, str] = field(default_factory=dict)
    """The text of every project-level file read, for positions and code frames."""

    @property
    def framework(self) -> str:
        """"native", "uni-app" or "taro"."""
        return self.detection.framework

    @property
    def root(self) -> Path:
        """The project folder."""
        return self.detection.root

    @property
    def source_root(self) -> Path:
        """Where the pages live."""
        return self.detection.source_root

    @property
    def readable(self) -> bool:
        """Whether the app-level configuration could be read (else declarations are unknown)."""
        return not any(p.role == "config" and p.kind != "duplicate-key" and p.span.path == self.app_config
                       for p in self.problems)

    def contact_declarations(self) -> list[Declaration]:
        """Every effective declaration of the contact plugin's provider."""
        return [d for d in self.declarations if d.is_contact and d.effective]

    def subpackage(self, root: str) -> Subpackage | None:
        """The subpackage with this root."""
        return next((s for s in self.subpackages if s.root == root), None)

    def scope_of(self, relpath: str) -> Subpackage | None:
        """The subpackage a unit (its path relative to the source root) lies in."""
        return next((s for s in self.subpackages if relpath.startswith(s.root + "/")), None)

    def visible(self, alias: str, scope: str | None) -> Declaration | None:
        """The declaration an alias resolves to from ``scope``: its own, else the main package's."""
        effective = [d for d in self.declarations if d.alias == alias and d.effective]
        own = [d for d in effective if d.scope == scope]
        main = [d for d in effective if d.scope is None]
        return (own or main or [None])[-1]

    def declared_anywhere(self, alias: str) -> list[Declaration]:
        """Every effective declaration with this alias, whatever its scope."""
        return [d for d in self.declarations if d.alias == alias and d.effective]

    def contact_alias_for(self, scope: str | None) -> str | None:
        """The alias under which the contact plugin is usable from ``scope``."""
        return next((d.alias for d in self.contact_declarations() if d.scope in (None, scope)), None)

    def is_contact_url(self, url: str, scope: str | None) -> bool:
        """Whether a usingComponents value names the contact plugin's ``cell``."""
        parsed = plugin.parse_url(url)
        if parsed is None or parsed[1] != plugin.COMPONENT:
            return False
        alias = parsed[0]
        if alias == plugin.PROVIDER:
            return True
        decl = self.visible(alias, scope) or next(iter(self.declared_anywhere(alias)), None)
        return decl is not None and decl.is_contact

    def units(self) -> Iterator[Unit]:
        """Every page and component, in a stable order (read lazily by the framework)."""
        raise NotImplementedError  # pragma: no cover - each framework's project provides it
