"""The projects a command's paths name: the project each path lies in, or every project
below a folder that is not one itself (a monorepo's root).

The search below skips dependencies and build output (node_modules, miniprogram_npm, dist,
unpackage), hidden folders, and whatever the repository's .gitignore files ignore. A
project's own folders are not searched for further projects, and symbolic links are not
followed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from wecontact_cli.frameworks.detect import Detection, detect, detect_here
from wecontact_cli.frameworks.detection import reading_once
from wecontact_cli.records import record

if TYPE_CHECKING:
    from wecontact_cli import gitignore

SKIPPED = frozenset({"node_modules", "miniprogram_npm", "dist", "unpackage", "__pycache__"})
MAX_DEPTH = 8
"""Projects deeper than this below the starting folder are not looked for."""


@record(frozen=True)
class ProjectGroup:
    """One project of a run and the paths given that lie in it."""

    detection: Detection
    paths: tuple[Path, ...]
    """The paths as given (its root when the project was found below a folder)."""


def group_paths(starts: Sequence[Path]) -> list[ProjectGroup]:
    """One group per project, in the order the paths name them: each path with the project it
    lies in; a folder that is in no project, with every project below it.

    Raises WecontactError (exit 2) for a path that does not exist or holds no project.
    """
    from wecontact_cli.frameworks.registry import no_project

    groups: dict[Path, tuple[Detection, list[Path]]] = {}
    with reading_once():
        for start in starts:
            found = detect(start) if start.exists() or start.is_symlink() else None
            below = [] if found is not None or not start.is_dir() else find_projects(start)
            if found is None and not below:
                raise no_project(start)
            for project, path in ([(found, start)] if found is not None else [(p, p.root) for p in below]):
                groups.setdefault(project.root, (project, []))[1].append(path)
    return [ProjectGroup(project, tuple(paths)) for project, paths in groups.values()]


def find_projects(top: Path) -> list[Detection]:
    """Every project below ``top``, in path order (empty when there is none)."""
    from wecontact_cli import gitignore  # only a folder holding no project is searched

    top = top.absolute()
    found: list[Detection] = []
    ignores = [f for f in (gitignore.load(d) for d in (*reversed(top.parents), top)) if f is not None]
    with reading_once():
        _search(top, ignores, found, 0)
    return sorted(found, key=lambda d: d.root.as_posix())


def _is_build_output(project: Detection) -> bool:
    """A native tree inside a framework project's output folder (a custom outputRoot)."""
    if project.framework != "native":
        return False
    resolved = detect(project.root)
    return resolved is not None and resolved.output_of is not None


def _search(folder: Path, ignores: list[gitignore.IgnoreFile], found: list[Detection], depth: int) -> None:
    from wecontact_cli import gitignore

    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False) or entry.name in SKIPPED or entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if gitignore.ignored(path, True, ignores):
            continue
        here = detect_here(path)
        if here is not None:
            if not _is_build_output(here):
                found.append(here)
            continue
        if depth + 1 < MAX_DEPTH:
            own = gitignore.load(path)
            _search(path, ignores + [own] if own else ignores, found, depth + 1)
