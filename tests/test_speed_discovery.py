"""Finding a native project's pages and components: the same units whichever way the app
folder is named (relative, with a trailing slash, absolute, the current folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.frameworks.native.units import discover

NAMES = st.sampled_from(["index", "a", "b.c", "页面", "x y"])
EXTS = st.sampled_from(["json", "wxml", "js", "ts", "d.ts", "wxss", "txt"])
FOLDERS = st.sampled_from(["", "pages", "pages/a", "pages/a/b", "components/c", ".hidden", "node_modules/x", "sub/pkg"])


def units_of(top: Path) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """The units found from ``top``, their files relative to it."""
    def rel(path: Path | None) -> str | None:
        return None if path is None else os.path.relpath(path, top).replace(os.sep, "/")

    return [(s.relpath, os.path.relpath(s.base, top).replace(os.sep, "/"), rel(s.json_path), rel(s.wxml_path),
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
