"""A file discovery's listing saw as plain is read without a ``stat`` first and without
following a link; whatever the name has become since (a link inside or outside the project,
a FIFO, a folder, nothing), the read gives exactly what an ordinary guarded read gives.
And every framework's lint reads its pages' files that way (native: .json and .wxml; uni-app:
.vue; Taro: views, config modules and the import graph's modules): the same findings either way."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

import pytest

from conftest import run_cli
from wecontact_cli.errors import WecontactError
from wecontact_cli.text import fsguard


def outcome(path: Path, root: Path, listed_plain: bool) -> tuple[str, str]:
    try:
        return "read", fsguard.read_bytes(path, root, listed_plain=listed_plain).decode()
    except WecontactError as exc:
        return "refused", exc.render(lang="en")


def make(kind: str, root: Path, outside: Path) -> Path:
    target = root / "pages" / "index.wxml"
    target.parent.mkdir(parents=True)
    (root / "pages" / "other.wxml").write_text("<text>other</text>")
    (outside / "secret.wxml").write_text("<text>secret</text>")
    if kind == "plain":
        target.write_text("<view>plain</view>")
    elif kind == "link inside":
        target.symlink_to(root / "pages" / "other.wxml")
    elif kind == "link outside":
        target.symlink_to(outside / "secret.wxml")
    elif kind == "dangling link":
        target.symlink_to(root / "pages" / "gone.wxml")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "folder link outside":
        (root / "pages" / "sub").symlink_to(outside)
        return root / "pages" / "sub" / "secret.wxml"
    elif kind == "empty":
        target.write_bytes(b"")
    return target


@pytest.mark.parametrize("kind", ["plain", "link inside", "link outside", "dangling link", "fifo", "folder",
                                  "folder link outside", "missing", "empty"])
def test_a_listed_plain_read_answers_as_a_guarded_read(kind: str, tmp_path: Path) -> None:
    root, outside = tmp_path / "project", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    path = make(kind, root, outside)
    expected = outcome(path, root, listed_plain=False)
    assert outcome(path, root, listed_plain=True) == expected
    assert expected[0] == ("read" if kind in ("plain", "link inside", "empty") else "refused")


def test_a_page_with_a_file_that_is_not_plain_is_read_as_any_path(tmp_path: Path) -> None:
    from wecontact_cli.frameworks.native.units import discover

    (tmp_path / "pages" / "a").mkdir(parents=True)
    (tmp_path / "pages" / "b").mkdir(parents=True)
    for page in ("a", "b"):
        (tmp_path / "pages" / page / "index.json").write_text("{}")
    (tmp_path / "pages" / "a" / "index.wxml").write_text("<view/>")
    (tmp_path / "pages" / "b" / "index.wxml").symlink_to(tmp_path / "pages" / "a" / "index.wxml")
    plain = {stem.relpath: stem.plain for stem in discover(tmp_path, frozenset())}
    assert plain == {"pages/a/index": True, "pages/b/index": False}


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def native_project(tmp_path: Path) -> Path:
    project = tmp_path / "app"
    (project / "pages" / "a").mkdir(parents=True)
    (project / "app.json").write_text('{"pages": ["pages/a/index"], "plugins": {}}')
    (project / "pages" / "a" / "index.json").write_text('{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}')
    (project / "pages" / "a" / "index.wxml").write_text('<cell plugid="x" styleType="9" />')
    (project / "pages" / "a" / "index.js").write_text("Page({})")
    return project


def taro_example(tmp_path: Path) -> Path:
    """The Taro example, which lints clean, with a mistake in its component (found through the graph)."""
    project = shutil.copytree(EXAMPLES / "taro-shop", tmp_path / "taro-shop")
    bar = project / "src" / "components" / "ContactBar" / "index.tsx"
    bar.write_text(bar.read_text().replace("styleType={2}", "styleType={9}"))
    return project


@pytest.mark.parametrize(("make_project", "listed"), [
    (native_project, {"index.wxml", "index.json"}),
    (lambda tmp_path: shutil.copytree(EXAMPLES / "uniapp-shop", tmp_path / "uniapp-shop"), {"index.vue"}),
    (taro_example, {"index.tsx", "index.config.ts", "app.ts"}),  # app.ts: read by the import graph only
], ids=["native", "uni-app", "taro"])
def test_every_framework_reads_its_listed_files_as_listed_plain(make_project: Callable[[Path], Path],
                                                                listed: set[str], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The files discovery listed (native: page .json and .wxml; uni-app: .vue; Taro: views,
    configs and the import graph's modules) are read without a stat, and the findings are
    those of ordinary guarded reads."""
    from wecontact_cli.text import source

    project = make_project(tmp_path)
    seen: set[tuple[str, bool]] = set()
    original = fsguard.read_bytes

    def recording(path: Path, root: Path, *, listed_plain: bool = False) -> bytes:
        seen.add((Path(path).name, listed_plain))
        return original(path, root, listed_plain=listed_plain)

    monkeypatch.setattr(source.fsguard, "read_bytes", recording)
    found = run_cli("lint", project, "-f", "json", "--no-cache")
    assert {(name, True) for name in listed} <= seen, sorted(seen)
    monkeypatch.setattr(source.fsguard, "read_bytes", lambda path, root, *, listed_plain=False: original(path, root))
    assert run_cli("lint", project, "-f", "json", "--no-cache").stdout == found.stdout != "[]\n"


def test_a_vue_file_that_is_a_link_is_read_as_any_path(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from wecontact_cli.frameworks.uniapp.units import discover

    (tmp_path / "a.vue").write_text("<template><view/></template>")
    (tmp_path / "b.vue").symlink_to(tmp_path / "a.vue")
    found = discover(SimpleNamespace(source_root=tmp_path, routes=()))  # type: ignore[arg-type]
    assert [(ref.relpath, ref.plain) for ref in found] == [("a", True), ("b", False)]


def test_a_taro_module_that_is_a_link_is_not_listed_plain(tmp_path: Path) -> None:
    from wecontact_cli.frameworks.taro.units import SourceListing

    listing = SourceListing(frozenset({"/s/a.tsx", "/s/b.tsx"}), False, frozenset({"/s/b.tsx"}))
    assert [listing.plain(name) for name in ("/s/a.tsx", "/s/b.tsx", "/s/c.tsx", None)] == [True, False, False, False]
