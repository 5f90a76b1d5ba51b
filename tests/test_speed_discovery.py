"""Finding a native project's pages and components: the same units whichever way the app
folder is named (relative, with a trailing slash, absolute, the current folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.frameworks.native.units import discover

NAMES = st.sampled_from(["index", "a", "b.c", "页面", "x y", "app", "sitemap"])  # app.json: not a unit at the root
EXTS = st.sampled_from(["json", "wxml", "js", "ts", "d.ts", "wxss", "txt"])
FOLDERS = st.sampled_from(["", "pages", "pages/a", "pages/a/b", "components/c", ".hidden", "node_modules/x", "sub/pkg"])


def units_of(top: Path) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """The units found from ``top``, their files relative to it."""
    def rel(path: Path | None) -> str | None:
        return None if path is None else os.path.relpath(path, top).replace(os.sep, "/")

    return [(s.relpath, os.path.relpath(s.folder, top).replace(os.sep, "/"), rel(s.json_path), rel(s.wxml_path),
             rel(s.script_path)) for s in discover(top, frozenset({"pages/a/index", "sub/pkg/a"}))]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(FOLDERS, NAMES, EXTS), min_size=1, max_size=12))
def test_every_spelling_of_the_app_folder_finds_the_same_units(tmp_path_factory: pytest.TempPathFactory,
                                                               files: list[tuple[str, str, str]]) -> None:
    root = tmp_path_factory.mktemp("app")
    app = root / "miniprogram"
    for folder, name, ext in files:
        (app / folder).mkdir(parents=True, exist_ok=True)
        (app / folder / f"{name}.{ext}").write_text("{}", encoding="utf-8")
    expected = units_of(app)
    assert expected == units_of(Path(f"{app}{os.sep}"))
    here = os.getcwd()
    try:
        os.chdir(root)
        assert units_of(Path("miniprogram")) == units_of(Path(f"miniprogram{os.sep}")) == expected
        os.chdir(app)
        assert units_of(Path(".")) == expected
    finally:
        os.chdir(here)
    found = {u[0] for u in expected}
    assert all(not r.startswith((".hidden", "node_modules")) for r in found)


def walked(app: Path, routes: frozenset[str]) -> list[tuple[str, Path | None, Path | None, Path | None]]:
    """What discovery found when it went by ``os.walk`` (the reference for the listing)."""
    from wecontact_cli.frameworks.native.units import APP_LEVEL_FILES, SKIPPED_DIRS

    found = []
    for folder, dirs, files in os.walk(app):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        rel_dir = os.path.relpath(folder, app).replace(os.sep, "/")
        stems: dict[str, list] = {}
        for name in sorted(files):
            stem, dot, ext = name.rpartition(".")
            if not dot or ext not in ("json", "wxml", "js", "ts") or name.endswith(".d.ts"):
                continue
            if rel_dir == "." and name in APP_LEVEL_FILES:
                continue
            entry = stems.setdefault(stem, [stem if rel_dir == "." else f"{rel_dir}/{stem}", None, None, None])
            slot = {"json": 1, "wxml": 2}.get(ext, 3)
            if slot < 3 or entry[3] is None or ext == "ts":
                entry[slot] = Path(folder) / name
        found += [tuple(e) for e in stems.values() if e[2] is not None or (e[1] and e[0] in routes)]
    return found


LINKED = st.sampled_from(["", "pages/link", "linked.wxml", "pages/a/dangling.json"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(FOLDERS, NAMES, EXTS), min_size=1, max_size=14), st.lists(LINKED, max_size=3))
def test_discovery_finds_what_os_walk_finds(tmp_path_factory: pytest.TempPathFactory,
                                            files: list[tuple[str, str, str]], links: list[str]) -> None:
    """The scandir listing walks as ``os.walk`` did: same units, same order, same files,
    links to folders not followed, links to files (even dangling ones) listed as files."""
    app = tmp_path_factory.mktemp("app") / "miniprogram"
    app.mkdir()
    for folder, name, ext in files:
        (app / folder).mkdir(parents=True, exist_ok=True)
        (app / folder / f"{name}.{ext}").write_text("{}", encoding="utf-8")
    for link in filter(None, links):
        target = app / link
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() and not target.is_symlink():
            target.symlink_to(app if "." not in link else app / "nowhere.json")
    routes = frozenset({"pages/a/index", "sub/pkg/a", "pages/a/dangling"})
    assert [(s.relpath, s.json_path, s.wxml_path, s.script_path) for s in discover(app, routes)] == walked(app, routes)
