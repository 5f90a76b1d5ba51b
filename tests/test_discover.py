"""Finding the projects of a monorepo, and .gitignore patterns as git reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wecontact_cli import gitignore
from wecontact_cli.frameworks.discover import find_projects


def native(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "project.config.json").write_text('{"miniprogramRoot": "miniprogram/"}', encoding="utf-8")
    (root / "miniprogram").mkdir()
    (root / "miniprogram" / "app.json").write_text('{"pages": []}', encoding="utf-8")


def test_finds_projects_below_and_skips_dependencies_output_and_ignored(tmp_path: Path) -> None:
    native(tmp_path / "apps" / "shop")
    native(tmp_path / "apps" / "crm")
    uni = tmp_path / "apps" / "uni"
    uni.mkdir(parents=True)
    (uni / "manifest.json").write_text("{}", encoding="utf-8")
    (uni / "pages.json").write_text('{"pages": []}', encoding="utf-8")
    native(uni / "unpackage" / "dist" / "dev" / "mp-weixin")          # build output
    native(tmp_path / "node_modules" / "some-lib")                     # a dependency
    native(tmp_path / "apps" / "shop" / "nested")                       # inside a project
    native(tmp_path / "legacy" / "old")                                 # ignored below
    native(tmp_path / ".cache" / "x")                                   # hidden
    (tmp_path / ".gitignore").write_text("/legacy/\n", encoding="utf-8")
    roots = [p.root.relative_to(tmp_path).as_posix() for p in find_projects(tmp_path)]
    assert roots == ["apps/crm", "apps/shop", "apps/uni"]


def test_nested_gitignore_and_negation(tmp_path: Path) -> None:
    native(tmp_path / "a" / "keep")
    native(tmp_path / "a" / "drop")
    (tmp_path / "a" / ".gitignore").write_text("*\n!keep/\n!.gitignore\n", encoding="utf-8")
    assert [p.root.name for p in find_projects(tmp_path)] == ["keep"]


def test_symbolic_links_are_not_followed(tmp_path: Path) -> None:
    native(tmp_path / "real")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    assert [p.root.name for p in find_projects(tmp_path)] == ["real"]


@pytest.mark.parametrize("line, path, is_dir, expected", [
    ("dist", "dist", True, True),
    ("dist", "a/b/dist", True, True),
    ("/dist", "a/dist", True, False),
    ("dist/", "dist", False, False),
    ("*.log", "x/y.log", False, True),
    ("a/*.js", "a/b.js", False, True),
    ("a/*.js", "a/c/b.js", False, False),
    ("a/**/b", "a/x/y/b", False, True),
    ("a/**/b", "a/b", False, True),
    ("**/tmp", "x/tmp", True, True),
    ("abc/**", "abc/x/y", False, True),
    ("f[ab]o", "fbo", False, True),
    ("f[!ab]o", "fbo", False, False),
    ("\\#x", "#x", False, True),
    ("# comment", "# comment", False, None),
])
def test_patterns(tmp_path: Path, line: str, path: str, is_dir: bool, expected: bool | None) -> None:
    pattern = gitignore.compile_line(line)
    if expected is None:
        assert pattern is None
        return
    ignore = gitignore.IgnoreFile(tmp_path, (pattern,))  # type: ignore[arg-type]
    assert gitignore.ignored(tmp_path / path, is_dir, [ignore]) is expected
