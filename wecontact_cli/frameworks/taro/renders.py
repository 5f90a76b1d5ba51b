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
    """Module -> the modules importing it, the project's page views, and unresolved local imports."""

    importers: dict[Path, set[Path]] = field(default_factory=dict)
    pages: dict[Path, str] = field(default_factory=dict)
    """A page's view -> its route."""
    unresolved: bool = False
    """Some import looks local (an alias) but leads nowhere wecontact can see."""

    @classmethod
    def build(cls, project: TaroProject) -> ImportGraph:
        """Read every module under the source root once and link its imports."""
        from wecontact_cli.frameworks.taro.units import discover

        graph = cls()
        aliases = _aliases(project.root)
        for ref in discover(project):
            if ref.kind == "page" and ref.view is not None:
                graph.pages[ref.view] = ref.relpath
        for module in _modules(project.source_root):
            try:
                text = read_source(module, project.root).text
            except WecontactError:
                continue
            for match in _SPECIFIER.finditer(text):
                target = _resolve(match.group(2), module, project.root, aliases)
                if target is None:
                    graph.unresolved = graph.unresolved or match.group(2).startswith(_LOCAL_LOOKING) or \
                        any(match.group(2).startswith(prefix) for prefix, _ in aliases)
                elif target != module:
                    graph.importers.setdefault(target, set()).add(module)
        return graph

    def renderers(self, module: Path) -> tuple[tuple[str, ...], bool]:
        """The routes of the pages that import ``module`` (through any chain), and whether the
        answer is complete (no unresolved local import could lead to it)."""
        seen, todo, routes = {module}, [module], set()
        while todo:
            current = todo.pop()
            if current in self.pages and current != module:
                routes.add(self.pages[current])
                continue  # a page is where the registration must be: stop there
            for importer in self.importers.get(current, ()):
                if importer not in seen:
                    seen.add(importer)
                    todo.append(importer)
        order = list(self.pages.values())
        return tuple(sorted(routes, key=order.index)), not self.unresolved


def _modules(source: Path) -> list[Path]:
    """Every script and view module under the source root (node_modules and dot folders left out)."""
    found = []
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d != "node_modules" and not d.startswith("."))
        found += [Path(folder) / n for n in sorted(files) if n.endswith(MODULE_SUFFIXES) and not n.endswith(".d.ts")]
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
                found.append((pattern[:-1], base / targets[0][:-2]))
        return found
    return []


def _resolve(specifier: str, module: Path, root: Path, aliases: list[tuple[str, Path]]) -> Path | None:
    """The module file an import specifier names, when it is inside the project."""
    if specifier.startswith("."):
        base = Path(posixpath.normpath((module.parent / specifier).as_posix()))
    else:
        prefix = next(((p, folder) for p, folder in aliases if specifier.startswith(p)), None)
        if prefix is None:
            return None
        base = prefix[1] / specifier[len(prefix[0]):]
    candidates = [base, *(base.with_name(base.name + s) for s in MODULE_SUFFIXES),
                  *(base / ("index" + s) for s in MODULE_SUFFIXES)]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        return None
    try:
        found.relative_to(root)
    except ValueError:
        return None
    return found
