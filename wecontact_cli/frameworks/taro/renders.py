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
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wecontact_cli.errors import WecontactError
from wecontact_cli.text.source import read_source

if TYPE_CHECKING:
    from wecontact_cli.frameworks.taro.project import TaroProject

MODULE_SUFFIXES = (".tsx", ".ts", ".jsx", ".js", ".vue", ".mjs", ".cjs")
_SPECIFIER = re.compile(
    r"""(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1""")
_LOCAL_LOOKING = ("@/", "~/", "#/", "/")


@dataclass
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
        from wecontact_cli.frameworks.taro.units import VIEW_SUFFIXES

        graph = cls()
        modules = _modules(project.source_root)
        known = set(modules)
        source = str(project.source_root)
        for route in dict.fromkeys(r.route for r in project.routes):
            base = os.path.join(source, posixpath.normpath(route))
            view = next((base + s for s in VIEW_SUFFIXES if base + s in known), None)
            if view is not None:
                graph.pages[view] = route
        aliases = [(prefix, str(folder)) for prefix, folder in _aliases(project.root)]
        for module in modules:
            if ".config." in os.path.basename(module):
                continue  # config modules render nothing
            try:
                text = read_source(Path(module), project.root).text
            except WecontactError:
                continue
            for match in _SPECIFIER.finditer(text):
                specifier = match.group(2)
                target = _resolve(specifier, module, known, aliases)
                if target is None:
                    graph.unresolved = graph.unresolved or specifier.startswith(_LOCAL_LOOKING) or \
                        any(specifier.startswith(prefix) for prefix, _ in aliases)
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


def _resolve(specifier: str, module: str, known: set[str], aliases: list[tuple[str, str]]) -> str | None:
    """The module of the project an import specifier names (None: a package, or nothing found)."""
    if specifier.startswith("."):
        base = os.path.normpath(os.path.join(os.path.dirname(module), specifier))
    else:
        prefix = next(((p, folder) for p, folder in aliases if specifier.startswith(p)), None)
        if prefix is None:
            return None
        base = os.path.normpath(os.path.join(prefix[1], specifier[len(prefix[0]):]))
    for candidate in (base, *(base + s for s in MODULE_SUFFIXES),
                      *(os.path.join(base, "index" + s) for s in MODULE_SUFFIXES)):
        if candidate in known:
            return candidate
    return None
