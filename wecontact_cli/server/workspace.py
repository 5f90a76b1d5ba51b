"""The projects of the editor's workspace: one folder may be a project, sit inside one, or
hold many (a monorepo's root); a file opened from elsewhere brings its own project."""

from __future__ import annotations

from pathlib import Path

from wecontact_cli.frameworks.detect import detect
from wecontact_cli.frameworks.discover import find_projects
from wecontact_cli.i18n import Lang
from wecontact_cli.server.linting import ProjectLint


class Projects:
    """Every project served, by root; a path belongs to the deepest root above it."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._projects: dict[Path, ProjectLint] = {}

    def add_folder(self, folder: Path) -> list[ProjectLint]:
        """The projects a workspace folder brings that were not served yet."""
        found = detect(folder) if folder.exists() else None
        roots = [found.root] if found is not None else [d.root for d in find_projects(folder)]
        return [self._add(root) for root in roots if root.absolute() not in self._projects]

    def remove_folder(self, folder: Path) -> list[ProjectLint]:
        """Stop serving the projects inside a folder the workspace no longer holds."""
        gone = [root for root in self._projects if root == folder or folder in root.parents]
        return [self._projects.pop(root) for root in gone]

    def owner(self, path: Path) -> ProjectLint | None:
        """The served project ``path`` lies in (the deepest, for nested projects)."""
        roots = [root for root in self._projects if root in path.parents]
        return self._projects[max(roots, key=lambda r: len(r.parts))] if roots else None

    def adopt(self, path: Path) -> ProjectLint | None:
        """The project of a file: a served one, else the one found above it (served from now on)."""
        served = self.owner(path)
        if served is not None:
            return served
        found = detect(path.parent) if path.parent.is_dir() else None
        return self._add(found.root) if found is not None else None

    def forget(self, project: ProjectLint) -> None:
        """Stop serving a project that is gone."""
        self._projects.pop(project.root, None)

    def all(self) -> list[ProjectLint]:
        """Every served project, in path order."""
        return [self._projects[root] for root in sorted(self._projects)]

    def _add(self, root: Path) -> ProjectLint:
        root = root.absolute()
        project = self._projects.get(root)
        if project is None:
            project = self._projects[root] = ProjectLint(root, self.lang)
        return project
