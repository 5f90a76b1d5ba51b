"""Which pages render a component: the project's import graph, followed back to the pages.

Taro 3 components have no config: a cell inside a component needs the registration of every
page that renders it. A page renders what it imports, directly or through other modules, so the
graph follows relative imports and the aliases ``tsconfig.json``/``jsconfig.json`` map (``@/*``).
An import that looks local but cannot be resolved (an alias configured elsewhere) makes the
answer incomplete: the rules then say what they cannot prove.

Import specifiers are read with a pattern over each module's text (``import ... from 'x'``,
``import 'x'``, ``export ... from 'x'``, ``require('x')``, ``import('x')``); a commented-out
import counts too, which can only add a page to check, never hide one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.errors import WecontactError
from wecontact_cli.records import field, record
from wecontact_cli.syntax.patterns import compile_pattern
from wecontact_cli.text.source import read_source, read_text

if TYPE_CHECKING:
    from wecontact_cli.frameworks.taro.project import TaroProject

MODULE_SUFFIXES = (".tsx", ".ts", ".jsx", ".js", ".vue", ".mjs", ".cjs")
# Each keyword starts with a literal letter and checks the word boundary just after it (the
# lookbehind ``(?<!\wf)`` is ``\bfrom``): the regex engine then jumps between those letters
# instead of trying three boundaries at every character (3x faster over a page of Chinese text).
_SPECIFIER = compile_pattern(
    r"""(?:f(?<!\wf)rom\s*|i(?<!\wi)mport\s*\(?\s*|r(?<!\wr)equire\s*\(\s*)(['"])([^'"\n]+)\1""")
_LOCAL_LOOKING = ("@/", "~/", "#/", "/")


@record
class ImportGraph:
    """Module -> the modules importing it, the project's page views, and unresolved local imports
    (paths as strings: thousands of them are joined and looked up)."""

    importers: dict[str, set[str]] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    """A page's view -> its route."""
    unresolved: bool = False
    """Some import looks local (an alias) but leads nowhere wecontact can see."""

    @classmethod
    def build(cls, project: TaroProject) -> ImportGraph:
        """Read every script and view module under the source root once and link its imports."""
        from wecontact_cli.frameworks.taro.units import VIEW_SUFFIXES, route_path

        graph = cls()
        modules = _listed_modules(project)
        linker = _Linker(modules, [(prefix, str(folder)) for prefix, folder in _aliases(project.root)])
        source = str(project.source_root)
        for route in dict.fromkeys(r.route for r in project.routes):
            base = route_path(source, route)
            view = next((base + s for s in VIEW_SUFFIXES if base + s in linker.modules), None)
            if view is not None:
                graph.pages[view] = route
        listing = project.listing
        for module in modules:
            if ".config." in os.path.basename(module):
                continue  # config modules render nothing
            plain = listing is not None and listing.plain(module)
            try:
                found = specifiers(read_text(module, project.root, listed_plain=plain))
            except WecontactError:
                continue
            for specifier in found:
                target = linker.resolve(specifier, module)
                if target is None:
                    graph.unresolved = graph.unresolved or linker.local_looking(specifier)
                elif target != module:
                    graph.importers.setdefault(target, set()).add(module)
        return graph

    def renderers(self, module: Path) -> tuple[tuple[str, ...], bool]:
        """The routes of the pages that import ``module`` (through any chain), and whether the
        answer is complete (no unresolved local import could lead to it)."""
        start = str(module)
        seen, todo, routes = {start}, [start], set()
        while todo:
            current = todo.pop()
            if current in self.pages and current != start:
                routes.add(self.pages[current])
                continue  # a page is where the registration must be: stop there
            for importer in self.importers.get(current, ()):
                if importer not in seen:
                    seen.add(importer)
                    todo.append(importer)
        order = {route: i for i, route in enumerate(self.pages.values())}
        return tuple(sorted(routes, key=order.__getitem__)), not self.unresolved


_KEYWORDS = ("from", "import", "require")
"""What every match of ``_SPECIFIER`` starts with."""


def specifiers(text: str) -> tuple[str, ...]:
    """The import specifiers a module's text names, in order: ``_SPECIFIER``'s matches, tried
    only where one of its keywords is written (``str.find`` skips to them far faster than the
    pattern's scan stops at every f, i and r), each after the end of the match before it."""
    starts = []
    for keyword in _KEYWORDS:
        at = text.find(keyword)
        while at >= 0:
            starts.append(at)
            at = text.find(keyword, at + len(keyword))  # no keyword overlaps itself
    found, end, match = [], 0, _SPECIFIER.match
    for at in sorted(starts):
        if at >= end:
            hit = match(text, at)  # the lookbehinds see the text before ``at``, as a scan would
            if hit is not None:
                found.append(hit.group(2))
                end = hit.end()
    return tuple(found)


def _listed_modules(project: TaroProject) -> list[str]:
    """The modules under the source root: from the files the last discovery of units listed when
    it left out nothing the graph keeps (a __pycache__ or the build output), else walked anew."""
    listing = project.listing
    if listing is None or listing.pruned:
        return _modules(project.source_root)
    return sorted(f for f in listing.files if f.endswith(MODULE_SUFFIXES) and not f.endswith(".d.ts"))


def _modules(source: Path) -> list[str]:
    """Every script and view module under the source root (node_modules and dot folders left out)."""
    found = []
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d != "node_modules" and not d.startswith("."))
        found += [os.path.join(folder, n) for n in sorted(files)
                  if n.endswith(MODULE_SUFFIXES) and not n.endswith(".d.ts")]
    return found


def _aliases(root: Path) -> list[tuple[str, Path]]:
    """``paths`` of tsconfig.json / jsconfig.json as (prefix, folder): ``@/*`` -> src/."""
    from wecontact_cli.syntax import jsontext

    for name in ("tsconfig.json", "jsconfig.json"):
        try:
            data = jsontext.parse(read_source(root / name, root).text, jsonc=True).to_python()
        except (WecontactError, ValueError):
            continue
        options = data.get("compilerOptions") if isinstance(data, dict) else None
        if not isinstance(options, dict) or not isinstance(options.get("paths"), dict):
            return []
        base = root / str(options.get("baseUrl") or ".")
        found = []
        for pattern, targets in options["paths"].items():
            if isinstance(pattern, str) and pattern.endswith("/*") and isinstance(targets, list) and targets and \
                    isinstance(targets[0], str) and targets[0].endswith("/*"):
                found.append((pattern[:-1], Path(os.path.normpath(base / targets[0][:-2]))))
        return found
    return []


def _sibling(module: str, specifier: str) -> str | None:
    """What ``os.path.normpath(os.path.join(os.path.dirname(module), specifier))`` gives for
    ``./name`` beside a module whose folder is already normal (every page imports its own
    ``./index.scss``), without normalising anything; None for any other specifier or folder."""
    if os.sep != "/" or not specifier.startswith("./"):
        return None
    name = specifier[2:]
    folder = module.rpartition("/")[0]
    if not name or name[0] in "./" or "/." in name or "//" in name or name[-1] == "/" or \
            not folder or "/." in folder or "//" in folder or folder[-1] == "/":
        return None
    return folder + "/" + name


class _Linker:
    """Import specifiers -> the project's modules they name. Each module path without its suffix
    maps to the module an import of that path finds first (``MODULE_SUFFIXES`` order): one lookup
    instead of fourteen joins; a specifier that is not relative names the same module from any
    importer, so it is resolved once (thousands of pages import the same packages)."""

    def __init__(self, modules: list[str], aliases: list[tuple[str, str]]) -> None:
        self.modules = set(modules)
        self.aliases = aliases
        self.stems: dict[str, str] = {}
        for suffix in MODULE_SUFFIXES:
            for module in modules:
                if module.endswith(suffix):
                    self.stems.setdefault(module[:-len(suffix)], module)
        self.bare: dict[str, str | None] = {}
        self.looks_local: dict[str, bool] = {}

    def resolve(self, specifier: str, module: str) -> str | None:
        """The module of the project ``specifier`` names in ``module`` (None: a package, or nothing found)."""
        if specifier.startswith("."):
            return self._find(_sibling(module, specifier) or
                              os.path.normpath(os.path.join(os.path.dirname(module), specifier)))
        if specifier not in self.bare:
            prefix = next(((p, folder) for p, folder in self.aliases if specifier.startswith(p)), None)
            self.bare[specifier] = None if prefix is None else \
                self._find(os.path.normpath(os.path.join(prefix[1], specifier[len(prefix[0]):])))
        return self.bare[specifier]

    def local_looking(self, specifier: str) -> bool:
        """Whether an unresolved specifier looks like a module of the project (an alias); asked
        once per specifier (every page imports the same packages)."""
        found = self.looks_local.get(specifier)
        if found is None:
            found = specifier.startswith(_LOCAL_LOOKING) or any(specifier.startswith(p) for p, _ in self.aliases)
            self.looks_local[specifier] = found
        return found

    def _find(self, base: str) -> str | None:
        """What an import of ``base`` finds: the file itself, ``base`` plus a suffix, or its index."""
        if base in self.modules:
            return base
        found = self.stems.get(base)
        return found if found is not None else self.stems.get(os.path.join(base, "index"))
