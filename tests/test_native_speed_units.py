"""Native units make their file paths cheaply: the same Path objects as a full parse."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, strategies as st

from wecontact_cli.frameworks.native.units import Stem

NAME = st.text(st.sampled_from("ab.-_ 页"), max_size=6)


@given(st.sampled_from(["/p/miniprogram/pages/a", "rel/dir", "/", "/p/x.y"]), NAME,
       st.lists(st.sampled_from(["json", "wxml", "js", "ts", ""]), min_size=3, max_size=3),
       st.permutations(["json_path", "wxml_path", "script_path"]), st.lists(st.booleans(), min_size=3, max_size=3))
def test_stem_paths_are_the_files_paths(folder: str, stem: str, exts: list[str], order: list[str],
                                        present: list[bool]) -> None:
    names = [f"{stem}.{ext}" if ext else stem for ext in exts]
    names = [name if keep and name and name not in (".", "..") else None for name, keep in zip(names, present)]
    found = Stem(folder, "x", *names)
    want = dict(zip(["json_path", "wxml_path", "script_path"],
                    [None if n is None else Path(os.path.join(folder, n)) for n in names]))
    for attribute in order:  # whichever is asked first parses the folder
        got = getattr(found, attribute)
        assert got == want[attribute] and str(got) == str(want[attribute])


def test_app_pages_make_their_paths_when_asked(tmp_path: Path) -> None:
    from tests.conftest import make_project
    from wecontact_cli.frameworks.native.app import AppJson
    from wecontact_cli.frameworks.registry import open_project

    make_project(tmp_path, {"pages": ["pages/a/index"], "subpackages": [{"root": "pkg/", "pages": ["b/index"]}]})
    project = open_project(tmp_path)
    app = project.app
    assert isinstance(app, AppJson)
    app_dir = tmp_path / "miniprogram"
    assert [(p.route, p.subpackage, p.base, p.json_path) for p in app.pages] == [
        ("pages/a/index", None, app_dir / "pages/a/index", app_dir / "pages/a/index.json"),
        ("pkg/b/index", "pkg", app_dir / "pkg/b/index", app_dir / "pkg/b/index.json")]
