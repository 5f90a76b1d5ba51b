"""Opening a uni-app project: manifest.json and pages.json, or a uni-helper project's
TypeScript sources of them, read into the model (the framework's loader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wecontact_cli.frameworks.uniapp.config import MANIFEST_PLACE, read_jsonc
from wecontact_cli.frameworks.uniapp.project import MANIFEST, PAGES, UniProject, fill, type_problem

if TYPE_CHECKING:
    from wecontact_cli.frameworks.detect import Detection


def load(detection: Detection) -> UniProject:
    """Read manifest.json and pages.json into the model (a broken file is a problem, not an
    error: the .vue files are still checked one by one)."""
    vue = 2 if detection.get("vue") == "2" else 3
    source = detection.source_root
    project = UniProject(detection, source / PAGES, vue=vue, typescript=detection.get("language") == "ts",
                         plugins_place=MANIFEST_PLACE)
    if detection.get("generated") == "uni-helper":
        from wecontact_cli.frameworks.uniapp.helper import fill_from_sources  # its projects only

        fill_from_sources(project)
        return project
    manifest = read_jsonc(source / MANIFEST, detection.root, vue=vue, conditional=False)
    pages = read_jsonc(source / PAGES, detection.root, vue=vue, conditional=True)
    for name, read in ((MANIFEST, manifest), (PAGES, pages)):
        if read.text is not None:
            project.texts[source / name] = read.text
    project.manifest, project.pages_json = manifest.file, pages.file
    problems = [*manifest.problems, *pages.problems]
    if manifest.file is None or pages.file is None or pages.file.root.kind != "object":
        if pages.file is not None and pages.file.root.kind != "object":
            problems.append(type_problem(pages.file, pages.file.root, "pages.json", "object"))
        project.problems, project.readable = tuple(problems), False
        return project
    problems += fill(project, manifest.file, pages.file)
    project.problems = tuple(problems)
    return project
