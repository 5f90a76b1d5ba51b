"""The neutral model of a project: what WeChat will see, whichever framework wrote it.

A framework's loader reads its own files (app.json; manifest.json and pages.json; app.config.ts)
and fills these records; rules, doctor and the scaffolders read only the records. Every
record keeps the ``Span`` where it is written, so a finding points at the user's source and
a fix edits it, never the build output.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Literal, Sequence

from wecontact_cli import plugin
from wecontact_cli.records import field, record

if TYPE_CHECKING:
    from wecontact_cli.edits import TextEdit
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.model.unit import Comment, Unit

StringSyntax = Literal["json", "js", "text"]
"""How a string is written where it sits: a JSON string, a JS string literal (quote kept
in ``Span.quote``), or bare text inside an attribute's quotes."""


@record(frozen=True)
class Span:
    """Where something is written: a file and the characters ``[start, end)`` of its text."""

    path: Path
    start: int
    end: int
    quote: str = '"'
    """For a string literal: the quote character its file uses there."""


@record(frozen=True)
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
    entry_type: str = "object"
    """The entry's JSON type: object, string, number, array, boolean, null."""
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

    @property
    def broken(self) -> bool:
        """Whether WeChat cannot load it: not an object, or no provider string."""
        return self.entry_type != "object" or self.provider is None


@record(frozen=True)
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


@record(frozen=True)
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


@record(frozen=True)
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


@record(frozen=True)
class Route:
    """A page route and the subpackage it belongs to (None: the main package)."""

    route: str
    scope: str | None


@record(frozen=True)
class CacheInputs:
    """What a unit's lint result depends on that the project knows without reading the unit:
    a name unique in the project, the files whose bytes the unit reads, and small facts about
    it (its kind, its subpackage). What else of the project its result reads, the unit names
    once linted (``Unit.cache_reads``)."""

    name: str
    files: tuple[Path, ...]
    facts: tuple[str, ...] = ()


def fingerprint(*parts: object) -> str:
    """A stable hash of the parts (bytes and text as they are, anything else by its repr),
    each length-prefixed so that no two sequences of parts collide; 128 bits (32 hex digits)
    are far beyond any chance collision, and keep the lint cache small to read."""
    import hashlib  # here: only the lint cache fingerprints, and OpenSSL's start-up is a cold run's 2 ms

    hasher = hashlib.sha256()
    for part in parts:
        if isinstance(part, str):
            data = part.encode("utf-8", "surrogatepass")
        elif isinstance(part, bytes):
            data = part
        else:
            data = repr(part).encode("utf-8", "surrogatepass")
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()[:32]


@record
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
    readable: bool = True
    """False when the app-level configuration cannot be read: declarations, routes and
    global registrations are then unknown (and rules about them stay silent)."""
    plugin_project: bool = False
    """A plugin project (compileType "plugin") may use the version "dev"."""
    typescript: bool = False
    plugins_place: str = "app.json"
    """Where the framework declares plugins, as messages name it ("manifest.json mp-weixin.plugins")."""
    texts: dict[Path, str] = field(default_factory=dict)
    """The text of every project-level file read, for positions and code frames."""
    units_independent: bool = True
    """Whether a unit's diagnostics depend only on its own files and the project-level files
    (False for Taro: a component's cells are registered by the pages that render it)."""

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

    def contact_declarations(self) -> list[Declaration]:
        """Every effective declaration of the contact plugin's provider."""
        return [d for d in self.declarations if d.is_contact and d.effective]

    def subpackage(self, root: str) -> Subpackage | None:
        """The subpackage with this root."""
        return next((s for s in self.subpackages if s.root == root), None)

    def scope_of(self, relpath: str) -> Subpackage | None:
        """The subpackage a unit (its path relative to the source root) lies in."""
        for prefix, subpackage in _prefixes(self.subpackages):
            if relpath.startswith(prefix):
                return subpackage
        return None

    def visible(self, alias: str, scope: str | None) -> Declaration | None:
        """The declaration an alias resolves to from ``scope``: its own, else the main package's."""
        answers = _answers(self.declarations).visible
        key = (alias, scope)
        if key not in answers:
            effective = self.declared_anywhere(alias)
            own = [d for d in effective if d.scope == scope]
            main = [d for d in effective if d.scope is None]
            answers[key] = (own or main or [None])[-1]
        return answers[key]

    def declared_anywhere(self, alias: str) -> list[Declaration]:
        """Every effective declaration with this alias, whatever its scope."""
        answers = _answers(self.declarations).anywhere
        found = answers.get(alias)
        if found is None:
            found = answers[alias] = tuple(d for d in self.declarations if d.alias == alias and d.effective)
        return list(found)

    def contact_alias_for(self, scope: str | None) -> str | None:
        """The alias under which the contact plugin is usable from ``scope``."""
        return next((d.alias for d in self.contact_declarations() if d.scope in (None, scope)), None)

    def is_contact_url(self, url: str, scope: str | None) -> bool:
        """Whether a usingComponents value names the contact plugin's ``cell``."""
        answers = _answers(self.declarations).contact
        key = (url, scope)
        found = answers.get(key)
        if found is None:
            parsed = plugin.parse_url(url)
            if parsed is None or parsed[1] != plugin.COMPONENT:
                found = False
            elif parsed[0] == plugin.PROVIDER:
                found = True
            else:
                decl = self.visible(parsed[0], scope) or next(iter(self.declared_anywhere(parsed[0])), None)
                found = decl is not None and decl.is_contact
            answers[key] = found
        return found

    def contact_registrations(self, registrations: Iterable[Registration], scope: str | None) -> dict[str, Registration]:
        """Tag -> the entry among ``registrations`` that makes it the contact cell in ``scope``."""
        return {r.tag: r for r in registrations if self.is_contact_url(r.url, scope)}

    def broken_declarations(self) -> list[Declaration]:
        """``plugins`` entries WeChat cannot load: not an object, or without a provider."""
        return [d for d in self.declarations if d.effective and d.broken]

    def unit_refs(self) -> list[object]:
        """What identifies each page and component, in a stable order: small records that a
        worker process receives instead of the units (each framework finds its own)."""
        return []

    def load_unit(self, ref: object) -> Unit:
        """The unit a ref names, with its config read (its view and script read lazily)."""
        raise NotImplementedError  # pragma: no cover - a framework with unit_refs provides it

    def units(self) -> Iterator[Unit]:
        """Every page and component, in a stable order."""
        return (self.load_unit(ref) for ref in self.unit_refs())

    def comments(self) -> list[Comment]:
        """Suppression comments of the app-level files (JSON with comments may hold them)."""
        return []

    def inputs(self) -> frozenset[Path]:
        """The project-level files the model is read from: an edit to one changes the project."""
        return frozenset(p for p in (*self.texts, self.app_config) if p is not None)

    def suppression_edit(self, path: Path, line: int, codes: Sequence[str]) -> TextEdit | None:
        """The edit that silences ``codes`` on ``line`` (1-based) of an app-level file, in the
        syntax of ``comments()`` (None: the file holds none, as strict JSON cannot)."""
        return None

    # -- the lint cache: what a unit's result depends on ---------------------------------------

    def cache_inputs(self, ref: object) -> CacheInputs | None:
        """The files and facts a unit's result depends on, found from its ref without loading
        it; None (what a framework that does not say gets): never cached, always linted."""
        return None

    def cache_fact(self, name: str) -> str | None:
        """The fingerprint of a project fact a unit's result reads (a name of
        ``Unit.cache_reads``); None for a name the framework does not know: linted again."""
        return None

    def model_fingerprint(self) -> str:
        """Every app-level text read and every record made of them: what a unit that touches
        the plugin may read of the project (frameworks add what they keep besides)."""
        texts = sorted((path.as_posix(), text) for path, text in self.texts.items())
        return fingerprint(texts, self.app_config, self.declarations, self.subpackages, self.routes,
                           self.global_registrations, self.misplaced_plugins, self.problems, self.readable,
                           self.plugin_project, self.typescript, self.plugins_place)


def string_literal(value: str, syntax: StringSyntax, quote: str = '"') -> str:
    """``value`` written as a string where ``syntax`` says: JSON, a JS literal with ``quote``,
    or bare text inside an attribute's quotes."""
    if syntax == "json":
        from wecontact_cli.syntax.jsontext import to_json

        return to_json(value)
    if syntax == "js":
        escaped = value.replace("\\", "\\\\").replace(quote, "\\" + quote)
        return f"{quote}{escaped}{quote}"
    return value


class _Answers:
    """What one tuple of declarations answers (``Project.visible``, ``declared_anywhere`` and
    ``is_contact_url``), worked out once: every unit of a lint asks about the same few aliases
    and URLs, six to ten times each."""

    def __init__(self, declarations: tuple[Declaration, ...]) -> None:
        self.visible: dict[tuple[str, str | None], Declaration | None] = {}
        self.anywhere: dict[str, tuple[Declaration, ...]] = {}
        self.contact: dict[tuple[str, str | None], bool] = {}


class _FromLast:
    """What ``make`` derives from the tuple it was asked about last (by identity: a project's
    declarations and subpackages are frozen records in a tuple replaced whole, never changed)."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        self._make = make
        self._last: tuple[Any, Any] | None = None

    def __call__(self, source: Any) -> Any:
        last = self._last
        if last is None or last[0] is not source:
            last = self._last = (source, self._make(source))
        return last[1]


_answers = _FromLast(_Answers)
_prefixes = _FromLast(lambda subpackages: tuple((s.root + "/", s) for s in subpackages))
"""Each subpackage with its root and a slash: ``scope_of`` tells every unit of a lint."""
