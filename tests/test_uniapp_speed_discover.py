"""Finding a uni-app project's .vue files with one ``scandir`` per folder finds exactly what
``os.walk`` (the reading it replaced) finds: the same pages and components, the same paths,
whatever the tree holds (skipped and hidden folders, .nvue twins, links, App.vue)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.uniapp_project import build
from wecontact_cli.frameworks.registry import open_project
from wecontact_cli.frameworks.uniapp.units import APP_FILES, EXTENSIONS, SKIPPED_DIRS, VueFile, discover, page_file

FOLDERS = st.sampled_from(["pages", "components", "sub", "node_modules", "static", ".hidden", "uni_modules",
                           "a b", "pages/x", "unpackage", "dist", "wxcomponents", "中文"])
NAMES = st.sampled_from(["index.vue", "index.nvue", "App.vue", "App.nvue", "a.vue", "b.txt", "c.nvue", "x.vue.bak",
                         ".vue", "d.VUE", "noext"])


def _walked(project: object) -> list[VueFile]:
    """The os.walk reading that ``discover`` replaced, kept as the reference."""
    source = project.source_root  # type: ignore[attr-defined]
    found: dict[str, VueFile] = {}
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        base = Path(folder)
        rel_dir = base.relative_to(source).as_posix()
        for name in sorted(files):
            stem, dot, ext = name.rpartition(".")
            if not dot or "." + ext not in EXTENSIONS or (rel_dir == "." and name in APP_FILES):
                continue
            rel = stem if rel_dir == "." else f"{rel_dir}/{stem}"
            if rel not in found or ext == "vue":
                found[rel] = VueFile(base / name, rel)
    for route in (r.route for r in project.routes if r.route not in found):  # type: ignore[attr-defined]
        path = page_file(project, route)  # type: ignore[arg-type]
        if path is not None:
            found[route] = VueFile(path, route)
    return [found[k] for k in sorted(found)]


@st.composite
def trees(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str]]]:
    """Files under random folders (nested up to three deep), and links between folders."""
    files = []
    for _ in range(draw(st.integers(0, 12))):
        depth = draw(st.integers(0, 3))
        folders = [draw(FOLDERS) for _ in range(depth)]
        files.append("/".join([*folders, draw(NAMES)]))
    links = draw(st.lists(st.tuples(st.sampled_from(["linked", "pages/linked"]), FOLDERS), max_size=2))
    return files, links


@settings(max_examples=60, deadline=None)
@given(trees())
def test_discovery_finds_what_os_walk_finds(tree: tuple[list[str], list[tuple[str, str]]]) -> None:
    files, links = tree
    with tempfile.TemporaryDirectory() as tmp:
        root = build(Path(tmp) / "p")
        for rel in files:
            path = root / rel
            if path.parent.is_file() or path.is_dir():
                continue  # a name already taken by a file (or a folder)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("<template><view /></template>\n", encoding="utf-8")
        for link, target in links:
            at = root / link
            if not at.exists() and not at.is_symlink() and (root / target).is_dir():
                at.parent.mkdir(parents=True, exist_ok=True)
                at.symlink_to(root / target, target_is_directory=True)
        project = open_project(root)
        assert discover(project) == _walked(project)  # type: ignore[arg-type]

