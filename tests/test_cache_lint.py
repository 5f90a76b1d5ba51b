"""The lint cache through the CLI, on each framework: what turns it on, off and elsewhere,
``wecontact clean``, which units an edit re-lints (counted, never timed), and that a cached
run prints exactly what an uncached one prints."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from base_projects import BASES
from conftest import run_cli, snapshot
from wecontact_cli.lint.cache import CACHE_DIR, FORMAT, MARK

STATS = re.compile(r"^lint (?:cache|缓存)\D*(\d+)\D+(\d+)\D+(\d+)", re.MULTILINE)  # en and zh
CACHE_ENV = ("WECONTACT_NO_CACHE", "WECONTACT_CACHE_DIR", "WECONTACT_CACHE_STATS")


@pytest.fixture(autouse=True)
def _no_cache_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the machine sets, these tests say themselves how the cache is asked for."""
    for name in CACHE_ENV:
        monkeypatch.delenv(name, raising=False)


@dataclass(frozen=True)
class Setup:
    """A framework's base project, with a component that has nothing to do with the plugin,
    and the edits the tests make."""

    framework: str
    component: str
    component_text: str
    app_config: str
    app_edit: tuple[str, str]
    """(old, new) text in the app config: a change that does not touch the plugin."""
    app_breaks: tuple[str, str]
    """(old, new) text in the app config: the plugin's declaration goes."""

    @property
    def files(self) -> dict[str, str]:
        return {**BASES[self.framework].files, self.component: self.component_text}

    @property
    def view(self) -> str:
        return BASES[self.framework].view

    def write(self, root: Path) -> Path:
        BASES[self.framework].write(root, {self.component: self.component_text})
        return root


NATIVE_APP = "miniprogram/app.json"
SETUPS = {
    "native": Setup("native", "miniprogram/components/card/index.wxml", "<view>card</view>\n", NATIVE_APP,
                    ('"pages": [', '"window": {"navigationBarTitleText": "shop"},\n  "pages": ['),
                    ('"contactPlugin": {', '"contactPlug": {')),
    "uni-app": Setup("uni-app", "components/card/card.vue", "<template>\n  <view>card</view>\n</template>\n",
                     "pages.json", ('"navigationBarTitleText" : "demo"', '"navigationBarTitleText" : "shop"'),
                     ('"cell" : "plugin://contactPlugin/cell"', '"cell" : "plugin://otherPlugin/cell"')),
    "taro": Setup("taro", "src/components/card/index.tsx",
                  "import { View } from '@tarojs/components'\n\nexport default function Card() {\n"
                  "  return <View>card</View>\n}\n", "src/app.config.ts",
                  ("pages: ['pages/index/index'],", "pages: ['pages/index/index'],\n  window: { navigationBarTitleText: 'x' },"),
                  ("contactPlugin: { version", "contactPlug: { version")),
}
NATIVE_COMPONENT = {"miniprogram/components/card/index.json": '{\n  "component": true\n}\n',
                    "miniprogram/components/card/index.js": "Component({})\n"}


def project(root: Path, framework: str) -> Path:
    """The framework's base project with an unrelated component beside its page."""
    SETUPS[framework].write(root)
    if framework == "native":
        BASES["native"].write(root, NATIVE_COMPONENT)
    return root


def lint(root: Path, *args: str, env: dict[str, str] | None = None) -> tuple[list[dict[str, Any]], tuple[int, ...]]:
    """``wecontact lint -f json``: the diagnostics, and (units, from the cache, linted) (() when no cache)."""
    result = run_cli("lint", root, "-f", "json", "--exit-zero", *args, env={"WECONTACT_CACHE_STATS": "1", **(env or {})})
    assert result.exit_code == 0, result.output
    found = STATS.search(result.stderr)
    return json.loads(result.stdout), tuple(int(n) for n in found.groups()) if found else ()


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


# -- on, off, elsewhere, clean ------------------------------------------------------------------


def test_on_by_default_in_the_project_with_its_own_gitignore(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    assert lint(root)[1] == (2, 0, 2)
    assert lint(root)[1] == (2, 2, 0)
    ignore = (root / CACHE_DIR / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ignore == [MARK, "*"]
    assert (root / CACHE_DIR / "CACHEDIR.TAG").is_file()


@pytest.mark.parametrize("how", ["flag", "env", "config"])
def test_no_cache_flag_env_and_config_key_turn_it_off(tmp_path: Path, how: str) -> None:
    root = project(tmp_path / "p", "native")
    args, env = (["--no-cache"], {}) if how == "flag" else ([], {"WECONTACT_NO_CACHE": "1"} if how == "env" else {})
    if how == "config":
        (root / "wecontact.config.json").write_text('{\n  "cache": false\n}\n', encoding="utf-8")
    before = snapshot(root)
    for _ in range(2):
        assert lint(root, *args, env=env)[1] == ()
    assert snapshot(root) == before


def test_a_config_cache_key_that_is_not_a_boolean_is_a_clear_error(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    (root / "wecontact.config.json").write_text('{\n  "cache": "no"\n}\n', encoding="utf-8")
    result = run_cli("lint", root)
    assert result.exit_code == 2
    assert "wecontact.config.json:2:12" in result.output and '"cache" must be true or false' in result.output


@pytest.mark.parametrize("how", ["flag", "env"])
def test_cache_dir_flag_and_env_move_it(tmp_path: Path, how: str) -> None:
    root = project(tmp_path / "p", "native")
    elsewhere = tmp_path / "ci-cache"
    args, env = (["--cache-dir", str(elsewhere)], {}) if how == "flag" else ([], {"WECONTACT_CACHE_DIR": str(elsewhere)})
    before = snapshot(root)
    assert lint(root, *args, env=env)[1] == (2, 0, 2)
    assert lint(root, *args, env=env)[1] == (2, 2, 0)
    assert snapshot(root) == before and (elsewhere / ".gitignore").is_file()


def test_a_cache_dir_that_is_a_users_folder_is_never_filled(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep\n", encoding="utf-8")
    for _ in range(2):
        assert lint(root, "--cache-dir", str(mine))[1] == (2, 0, 2)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_clean_removes_the_cache_and_says_so_in_english_and_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "p", "native")
    before = snapshot(root)
    lint(root)
    monkeypatch.chdir(root)
    result = run_cli("clean")
    assert result.exit_code == 0 and "removed the lint cache .wecontact_cache (3 files)" in result.output
    assert snapshot(root) == before
    again = run_cli("clean", "--lang", "zh")
    assert again.exit_code == 0 and "没有可删除的 lint 缓存" in again.output


def test_clean_leaves_a_folder_it_did_not_write_alone(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    lint(root)
    (root / CACHE_DIR / "mine.txt").write_text("keep\n", encoding="utf-8")
    result = run_cli("clean", root)
    assert result.exit_code == 0 and "mine.txt" in result.output
    assert [p.name for p in (root / CACHE_DIR).iterdir()] == ["mine.txt"]
    result = run_cli("clean", root)  # no longer marked as a cache: not touched
    assert result.exit_code == 0 and "not a wecontact cache" in result.output
    assert (root / CACHE_DIR / "mine.txt").is_file()


def test_clean_with_a_cache_dir(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    elsewhere = tmp_path / "ci-cache"
    lint(root, "--cache-dir", str(elsewhere))
    assert run_cli("clean", root, "--cache-dir", elsewhere).exit_code == 0
    assert not elsewhere.exists()


@pytest.mark.parametrize("framework", sorted(SETUPS))
def test_the_cache_is_not_a_project_file_to_lint_or_doctor(tmp_path: Path, framework: str) -> None:
    root = project(tmp_path / "p", framework)
    first = lint(root)[0]
    assert lint(root, "--no-cache")[0] == first
    doctor = run_cli("doctor", root)
    assert CACHE_DIR not in doctor.output


TARO_BUILD = {
    "dist/app.json": '{"pages": ["pages/index/index"], "plugins": {"contactPlugin": '
                     '{"version": "1.3.0", "provider": "wx104a1a20c3f81ec2"}}}\n',
    "dist/pages/index/index.json": '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n',
    "dist/pages/index/index.wxml": '<cell plugid="a1b2c3d4" />\n',
}


def test_build_output_gets_no_cache(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "taro")
    BASES["taro"].write(root, TARO_BUILD)
    before = snapshot(root)
    for _ in range(2):
        result = run_cli("lint", root / "dist", "-f", "json")
        assert result.exit_code == 0 and "build output" in result.stderr
    assert snapshot(root) == before


def test_doctor_and_the_server_and_the_api_never_use_it(tmp_path: Path) -> None:
    from wecontact_cli.frameworks.registry import open_project
    from wecontact_cli.lint.engine import LintOptions, open_session, run_lint

    root = project(tmp_path / "p", "native")
    assert run_cli("doctor", root).exit_code == 0
    assert open_session(LintOptions(lang="en"), open_project(root)).open_cache() is None  # as the server opens it
    run_lint(LintOptions([root]))
    assert not (root / CACHE_DIR).exists()


def test_fix_and_diff_neither_read_nor_write_it(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    edit(root, BASES["native"].view, 'plugid="a1b2c3d4"', 'plugid="a1b2c3d4" bubbleColor="#4790EE"')
    assert run_cli("lint", root, "--diff").exit_code == 1 and not (root / CACHE_DIR).exists()
    assert run_cli("lint", root, "--fix").exit_code == 0 and not (root / CACHE_DIR).exists()
    assert 'bubbleColor="4790EE"' in (root / BASES["native"].view).read_text(encoding="utf-8")


# -- what an edit re-lints, per framework ---------------------------------------------------------


@pytest.mark.parametrize("framework", sorted(SETUPS))
def test_editing_one_file_re_lints_only_its_unit(tmp_path: Path, framework: str) -> None:
    setup = SETUPS[framework]
    root = project(tmp_path / "p", framework)
    assert lint(root)[1] == (2, 0, 2)
    edit(root, setup.view, "\n", "\n\n")
    assert lint(root)[1] == (2, 1, 1)
    edit(root, setup.component, "card", "card!")
    assert lint(root)[1] == (2, 1, 1)
    assert lint(root)[1] == (2, 2, 0)


@pytest.mark.parametrize("framework", sorted(SETUPS))
def test_editing_the_app_config_re_lints_the_units_that_read_it(tmp_path: Path, framework: str) -> None:
    setup = SETUPS[framework]
    root = project(tmp_path / "p", framework)
    lint(root)
    edit(root, setup.app_config, *setup.app_edit)
    assert lint(root)[1] == (2, 1, 1)  # the page, which reaches the plugin; not the component
    edit(root, setup.app_config, *setup.app_breaks)
    cached, stats = lint(root)
    assert stats == (2, 1, 1) and cached == lint(root, "--no-cache")[0] and cached


@pytest.mark.parametrize(("framework", "rel", "old", "new", "linted"), [
    ("uni-app", "manifest.json", '"version" : "1.3.0"', '"version" : "1.2.0"', 1),  # the page reads it
    ("native", "project.config.json", '"compileType": "miniprogram"', '"compileType": "plugin"', 1),
    ("native", "project.config.json", '"compileType": "miniprogram"', '"compileType": "miniprogram",\n  "appid": "wx1"', 0),
    ("taro", "config/index.ts", "projectName: 'taro-base'", "projectName: 'shop'", 0),  # read by no rule
    ("taro", "config/index.ts", "outputRoot: 'dist'", "outputRoot: 'build'", 2),  # another project layout
])
def test_editing_the_other_project_files_re_lints_what_reads_them(tmp_path: Path, framework: str, rel: str, old: str,
                                                                  new: str, linted: int) -> None:
    root = project(tmp_path / "p", framework)
    lint(root)
    edit(root, rel, old, new)
    cached, stats = lint(root)
    assert stats == (2, 2 - linted, linted) and cached == lint(root, "--no-cache")[0]


@pytest.mark.parametrize("framework", sorted(SETUPS))
def test_other_rules_or_language_use_other_entries(tmp_path: Path, framework: str) -> None:
    root = project(tmp_path / "p", framework)
    edit(root, SETUPS[framework].app_config, *SETUPS[framework].app_breaks)
    english = lint(root)[0]
    assert lint(root, "--lang", "zh")[1] == (2, 0, 2)
    assert lint(root, "--ignore", "WC1")[1] == (2, 0, 2)
    assert lint(root)[0] == english and lint(root)[1] == (2, 2, 0)


def test_units_that_are_gone_are_pruned(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    lint(root)
    for rel in ("miniprogram/components/card/index.wxml", *NATIVE_COMPONENT):
        (root / rel).unlink()
    assert lint(root)[1] == (1, 1, 0)
    (file,) = (root / CACHE_DIR).glob("lint-*.json")
    assert list(json.loads(file.read_text(encoding="utf-8"))["units"]) == ["pages/index/index"]


_OPENED: list[str] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _OPENED is not None and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.path.realpath(os.fsdecode(args[0])))


def opened_pages(root: Path, *args: str) -> list[str]:
    """The files of the project's pages and components a lint run opens (in-process)."""
    global _OPENED
    if _OPENED is None and not getattr(opened_pages, "hooked", False):
        sys.addaudithook(_audit)  # cannot be removed: it records only while _OPENED is a list
        opened_pages.hooked = True  # type: ignore[attr-defined]
    _OPENED = []
    try:
        lint(root, *args)
        seen = _OPENED
    finally:
        _OPENED = None
    top = os.path.realpath(root)
    return sorted(os.path.relpath(p, top) for p in seen
                  if p.startswith(top + os.sep) and ("/pages/" in p or "/components/" in p))


@pytest.mark.parametrize("framework", sorted(SETUPS))
def test_a_cold_run_reads_each_file_once_and_a_warm_one_none(tmp_path: Path, framework: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from wecontact_cli.lint import cache as cache_module

    monkeypatch.setattr(cache_module, "RACY_NS", -10**15)  # as if the files were written long ago
    root = project(tmp_path / "p", framework)
    plain, cold = Counter(opened_pages(root, "--no-cache")), Counter(opened_pages(root))
    assert plain and all(count <= max(plain[path], 1) for path, count in cold.items())  # the key and the lint share one read
    warm = opened_pages(root)  # known by their stamps; a Taro project still reads views for its import graph
    assert len(warm) < sum(plain.values()) and (framework != "native" or warm == [])
    edit(root, SETUPS[framework].view, "\n", "\n\n")
    assert SETUPS[framework].view in opened_pages(root)


@pytest.mark.parametrize("framework", sorted(SETUPS))
def test_entries_hold_from_one_process_to_the_next(tmp_path: Path, framework: str) -> None:
    """Keys are the same whatever the interpreter's string hashing (no set order, no address)."""
    root = project(tmp_path / "p", framework)
    stats = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "WECONTACT_CACHE_STATS": "1", "LC_ALL": "C"}
        done = subprocess.run([sys.executable, "-m", "wecontact_cli", "lint", str(root), "--exit-zero"], env=env,
                              capture_output=True, text=True, timeout=120)
        found = STATS.search(done.stderr)
        assert found is not None, done.stderr
        stats.append(tuple(int(n) for n in found.groups()))
    assert stats == [(2, 0, 2), (2, 2, 0)]


# -- a cache that is broken, foreign, locked, shared ----------------------------------------------


def cache_file(root: Path) -> Path:
    (file,) = (root / CACHE_DIR).glob("lint-*.json")
    return file


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe\x00", b"[]", b'{"format": 1, "key": "x", "units": {}}'])
def test_a_corrupt_or_other_version_cache_is_ignored_and_rewritten(tmp_path: Path, content: bytes) -> None:
    root = project(tmp_path / "p", "native")
    edit(root, NATIVE_APP, *SETUPS["native"].app_breaks)
    expected = lint(root)[0]
    cache_file(root).write_bytes(content)
    assert lint(root) == (expected, (2, 0, 2))
    assert json.loads(cache_file(root).read_text(encoding="utf-8"))["format"] == FORMAT
    assert lint(root) == (expected, (2, 2, 0))


def test_a_tampered_entry_with_the_right_keys_but_wrong_shape_is_ignored(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    expected = lint(root)[0]
    data = json.loads(cache_file(root).read_text(encoding="utf-8"))
    for unit in data["units"].values():
        unit["entry"] = {"diagnostics": [{"code": 1}]}
    cache_file(root).write_text(json.dumps(data), encoding="utf-8")
    assert lint(root) == (expected, (2, 0, 2))


def test_a_cache_file_that_cannot_be_read_or_replaced_is_no_error(tmp_path: Path) -> None:
    """What an unreadable, unwritable file is even to root: a folder in its place."""
    root = project(tmp_path / "p", "native")
    expected = lint(root)[0]
    file = cache_file(root)
    file.unlink()
    file.mkdir()
    (file / "x").write_text("x", encoding="utf-8")
    assert lint(root) == (expected, (2, 0, 2))
    assert lint(root) == (expected, (2, 0, 2)) and (file / "x").is_file()


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    (root / CACHE_DIR).write_text("a file, not a folder\n", encoding="utf-8")
    expected = lint(root, "--no-cache")[0]
    assert lint(root) == (expected, (2, 0, 2))
    assert lint(root) == (expected, (2, 0, 2))
    assert (root / CACHE_DIR).read_text(encoding="utf-8") == "a file, not a folder\n"


def _lint_many(root: str, times: int) -> None:
    for _ in range(times):
        lint(Path(root))


def test_two_concurrent_runs_never_corrupt_it(tmp_path: Path) -> None:
    root = project(tmp_path / "p", "native")
    expected = lint(root, "--no-cache")[0]
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    runs = [context.Process(target=_lint_many, args=(str(root), 6)) for _ in range(2)]
    for run in runs:
        run.start()
    for run in runs:
        run.join(120)
    assert [run.exitcode for run in runs] == [0, 0]
    assert json.loads(cache_file(root).read_text(encoding="utf-8"))["format"] == FORMAT
    assert lint(root) == (expected, (2, 2, 0))
    assert not list((root / CACHE_DIR).glob(".lint-*.tmp"))


# -- cached and uncached runs print the same, whatever the edits ----------------------------------


def _edits(framework: str) -> list[tuple[str, Callable[[str], str]]]:
    """Edits of the framework's base project: (path, text -> text)."""
    setup, view = SETUPS[framework], BASES[framework].view
    swap: Callable[[str, str], Callable[[str], str]] = lambda old, new: lambda t: t.replace(old, new, 1)
    return [
        (view, swap("a1b2c3d4", "A1B2C3")),
        (view, swap("A1B2C3", "a1b2c3d4")),
        (view, swap("a1b2c3d4", "a1b2c3d5")),  # the same size, the same second
        (view, swap("a1b2c3d5", "a1b2c3d4")),
        (view, lambda t: t + "\n"),
        (view, swap("cell", "cel")),
        (view, swap("cel ", "cell ")),
        (setup.component, swap("card", "card!")),
        (setup.component, swap("<view>card", "<view><cell plugid='x1'/>card")),
        (setup.app_config, swap(*setup.app_edit)),
        (setup.app_config, swap(*setup.app_breaks)),
        (setup.app_config, swap(setup.app_breaks[1], setup.app_breaks[0])),
        (setup.app_config, lambda t: t[: len(t) // 2]),
        *_framework_edits(framework, swap),
    ]


def _framework_edits(framework: str, swap: Callable[[str, str], Callable[[str], str]]
                     ) -> list[tuple[str, Callable[[str], str]]]:
    """Edits that change what reaches the plugin: a component or the app registering the cell,
    a page starting to render the component."""
    if framework == "native":
        json_path = "miniprogram/components/card/index.json"
        return [(json_path, swap('"component": true', '"component": true,\n  "usingComponents": {"cell": '
                                                      '"plugin://contactPlugin/cell"}')),
                (NATIVE_APP, swap('"pages": [', '"usingComponents": {"cell": "plugin://contactPlugin/cell"},\n'
                                                '  "pages": ['))]
    if framework == "uni-app":
        return [("pages.json", swap('"globalStyle" : {', '"globalStyle" : {\n        "usingComponents" : '
                                                         '{"cell" : "plugin://contactPlugin/cell"},'))]
    view = BASES["taro"].view
    return [(view, lambda t: "import Card from '../../components/card/index'\n" + t),
            (view, swap("<View>", "<View><Card />")),
            ("src/app.config.ts", swap("pages: ['pages/index/index'],",
                                       "pages: ['pages/index/index'],\n  usingComponents: { cell: 'plugin://contactPlugin/cell' },"))]


@pytest.mark.parametrize("framework", sorted(SETUPS))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, 15), st.sampled_from(["", "view", "component"])), min_size=1, max_size=4))
def test_cached_and_uncached_runs_print_the_same(framework: str, steps: list[tuple[int, str]]) -> None:
    """Each step edits a file, then lints the project or one file of it (as pre-commit does)."""
    edits, setup = _edits(framework), SETUPS[framework]
    with tempfile.TemporaryDirectory() as folder:
        root = project(Path(folder) / "p", framework)
        lint(root)
        for step, target in steps:
            rel, change = edits[step % len(edits)]
            path = root / rel
            path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
            where = root / {"": "", "view": setup.view, "component": setup.component}[target]
            plain = run_cli("lint", where, "-f", "json", "--no-cache")
            cached = run_cli("lint", where, "-f", "json")
            assert (cached.exit_code, cached.stdout, cached.stderr) == (plain.exit_code, plain.stdout, plain.stderr)
