"""The lint replay (lint/replay.py): the same plain ``wecontact lint`` on an unchanged project
prints what the last run printed, importing nothing of the linter; any change to what the
run could have read, or to how it was asked, means an ordinary run with an ordinary result.

Runs are whole processes (``probe_full``: the console script's ``main``), with the racy-clean
window shrunk to nothing by a prelude, as if every file had been written long ago (the
window itself has its own test, without the prelude)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, run_cli
from test_speed_startup import PROBE, probe_full

from wecontact_cli.frameworks.markers import ancestor_probes
from wecontact_cli.lint import replay

OLD_FILES = "import wecontact_cli.lint.replay as _r\n_r.RACY_NS = -10**15\n"
"""A prelude: every stamp counts as old enough to trust (the projects were just copied)."""
EXAMPLES = {"native": "hand-wired", "uni-app": "uniapp-shop", "taro": "taro-shop"}
LINTER = ("wecontact_cli.lint.engine", "wecontact_cli.cli.lint_run", "wecontact_cli.frameworks.detect")
"""Modules every ordinary lint imports, and a replay none of."""
ENV = {"LC_ALL": "C", "WECONTACT_NO_CACHE": "", "WECONTACT_CACHE_DIR": ""}


def lint(project: Path, *args: str, env: dict[str, str] | None = None, prelude: str = OLD_FILES,
         cwd: Path | None = None) -> tuple[str, int, str, bool]:
    """``wecontact lint ARGS`` in ``cwd`` (default: the project): stdout, status, stderr, and
    whether it was a replay."""
    printed, code, modules, errors = probe_full("lint", *args, prelude=prelude, cwd=cwd or project,
                                                env={**ENV, **(env or {})})
    replayed = not any(m in modules for m in LINTER)
    return printed, code, errors, replayed


def uncached(project: Path, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> tuple[str, int, str]:
    """The same command line without any cache: what a replay must print."""
    printed, code, errors, _ = lint(project, *args, cwd=cwd, env={**(env or {}), "WECONTACT_NO_CACHE": "1"})
    return printed, code, errors


def copy_example(tmp_path: Path, framework: str) -> Path:
    project = tmp_path / framework
    shutil.copytree(REPO / "examples" / EXAMPLES[framework], project)
    return project


def records(project: Path) -> list[str]:
    folder = project / replay.CACHE_DIR
    return sorted(p.name for p in folder.iterdir() if replay.is_record(p.name)) if folder.is_dir() else []


def broken_copy(tmp_path: Path, framework: str) -> Path:
    """An example with an error planted (so that a run exits 1), per framework."""
    project = copy_example(tmp_path, framework)
    view = next(p for p in sorted(project.rglob("*")) if p.suffix in (".wxml", ".vue", ".tsx")
                and (b'styleType="2"' in p.read_bytes() or b"styleType={2}" in p.read_bytes()))
    view.write_bytes(view.read_bytes().replace(b'styleType="2"', b'styleType="7"').replace(b"styleType={2}", b"styleType={7}"))
    return project


@pytest.mark.parametrize("framework", EXAMPLES)
@pytest.mark.parametrize("args", [("-f", "json"), ("-f", "concise"), ("--statistics",), ("-f", "sarif", "--exit-zero")])
def test_an_unchanged_project_is_replayed_as_it_was_linted(tmp_path: Path, framework: str, args: tuple[str, ...]) -> None:
    project = broken_copy(tmp_path, framework)
    first = lint(project, *args)
    assert not first[3] and len(records(project)) == 1
    second = lint(project, *args)
    assert second[3], "the second run of an unchanged project lints again"
    assert second[:3] == first[:3] == uncached(project, *args)
    assert second[1] == (0 if "--exit-zero" in args else 1)


def test_a_replay_says_how_the_cache_served_it(tmp_path: Path) -> None:
    """WECONTACT_CACHE_STATS: a replay's line says every page came from the cache."""
    project = copy_example(tmp_path, "native")
    stats = {"WECONTACT_CACHE_STATS": "1"}
    first, second = lint(project, env=stats), lint(project, env=stats)
    assert second[3] and first[0] == second[0]
    units = first[2].split("lint cache: ")[1].split(" units")[0]
    assert f"lint cache: {units} units, {units} from the cache, 0 linted" in second[2]


def test_a_report_file_is_written_again(tmp_path: Path) -> None:
    project = copy_example(tmp_path, "uni-app")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    lint(project, "-f", "json", "-o", str(report))
    expected = report.read_text(encoding="utf-8")
    report.unlink()
    printed, code, _, replayed = lint(project, "-f", "json", "-o", str(report))
    assert replayed and printed == "" and report.read_text(encoding="utf-8") == expected and json.loads(expected)


def test_a_report_file_that_cannot_be_written_is_reported_by_an_ordinary_run(tmp_path: Path) -> None:
    project = copy_example(tmp_path, "native")
    report = tmp_path / "report.txt"
    lint(project, "-o", str(report))
    report.unlink()
    report.mkdir()  # a folder where the file goes
    printed, code, errors, replayed = lint(project, "-o", str(report))
    assert (code, replayed) == (2, False) and "report.txt" in errors and "Traceback" not in errors


CHANGES = {
    "a page's bytes, same size": lambda p: _rewrite(p, lambda b: b.replace(b"plugid", b"plugId", 1)),
    "a page touched, same bytes": lambda p: _rewrite(p, lambda b: b),
    "a new file beside a page": lambda p: (_view(p).parent / "note.txt").write_text("x"),
    "a page removed": lambda p: _view(p).unlink(),
    "a page renamed": lambda p: _view(p).rename(_view(p).with_name("renamed" + _view(p).suffix)),
    "a configuration file added": lambda p: (p / "wecontact.config.json").write_text('{"ignore": ["WC2"]}'),
    "a marker file above the project": lambda p: (p.parent / "package.json").write_text("{}"),
    "a mode changed": lambda p: _view(p).chmod(0o600),
}


def _view(project: Path) -> Path:
    return next(p for p in sorted(project.rglob("*")) if p.suffix in (".wxml", ".vue", ".tsx") and b"<cell" in p.read_bytes())


def _rewrite(project: Path, change) -> None:  # type: ignore[no-untyped-def]
    view = _view(project)
    data = view.read_bytes()
    view.write_bytes(change(data))
    os.utime(view, ns=(view.stat().st_atime_ns, view.stat().st_mtime_ns + 1_000_000))


@pytest.mark.parametrize("framework", EXAMPLES)
@pytest.mark.parametrize("change", CHANGES)
def test_any_change_to_what_lint_reads_means_an_ordinary_run(tmp_path: Path, framework: str, change: str) -> None:
    project = copy_example(tmp_path / "up", framework)
    lint(project, "-f", "json")
    assert lint(project, "-f", "json")[3]
    CHANGES[change](project)
    printed, code, errors, replayed = lint(project, "-f", "json")
    assert not replayed and (printed, code, errors) == uncached(project, "-f", "json")


@pytest.mark.parametrize("how", ["language", "colour", "arguments", "folder", "format"])
def test_any_change_to_how_lint_is_asked_means_an_ordinary_run(tmp_path: Path, how: str) -> None:
    project = copy_example(tmp_path, "native")
    pages = project / "miniprogram" / "pages"
    lint(project, "-f", "concise")
    assert lint(project, "-f", "concise")[3]
    args, env, cwd = ["-f", "concise"], {}, project
    if how == "language":
        env = {"LC_ALL": "zh_CN.UTF-8"}
    elif how == "colour":
        env = {"FORCE_COLOR": "1"}
    elif how == "arguments":
        args = ["-f", "concise", str(pages)]
    elif how == "folder":
        cwd = pages
    else:
        args = ["-f", "full"]
    printed, code, errors, replayed = lint(project, *args, env=env, cwd=cwd)
    assert not replayed and (printed, code, errors) == uncached(project, *args, cwd=cwd, env=env)


@pytest.mark.parametrize("args", [("--no-cache",), ("--fix",), ("--diff",)])
def test_runs_that_fix_diff_or_skip_the_cache_neither_replay_nor_record(tmp_path: Path, args: tuple[str, ...]) -> None:
    project = copy_example(tmp_path, "native")
    lint(project, *args)
    lint(project, *args)
    assert not lint(project, *args)[3] and records(project) == []


def test_a_project_just_changed_is_not_recorded(tmp_path: Path) -> None:
    """Without the prelude: files written within the racy window (just now) are not trusted."""
    project = copy_example(tmp_path, "native")
    lint(project, prelude="")
    assert records(project) == [] and not lint(project, prelude="")[3]


def test_a_tree_with_a_link_is_not_recorded(tmp_path: Path) -> None:
    project = copy_example(tmp_path, "native")
    (project / "miniprogram" / "shortcut").symlink_to(project / "miniprogram" / "pages")
    lint(project)
    assert records(project) == [] and not lint(project)[3]


def test_a_monorepo_root_is_not_recorded(tmp_path: Path) -> None:
    """A folder above the projects: which projects it holds is a search, not stamped."""
    copy_example(tmp_path / "repo", "native")
    copy_example(tmp_path / "repo", "uni-app")
    lint(tmp_path / "repo")
    assert not lint(tmp_path / "repo")[3]
    assert not (tmp_path / "repo" / replay.CACHE_DIR).exists()
    assert all(records(tmp_path / "repo" / f) == [] for f in ("native", "uni-app"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other key", "other format"])
def test_a_damaged_record_means_an_ordinary_run(tmp_path: Path, damage: str) -> None:
    project = broken_copy(tmp_path, "taro")
    expected = lint(project, "-f", "json")[:3]
    (record,) = [project / replay.CACHE_DIR / name for name in records(project)]
    data = record.read_bytes()
    record.write_bytes({"garbage": b"\x00\xff" * 50, "truncated": data[: len(data) // 2],
                        "other key": data.replace(b"\0-f\0", b"\0-g\0", 1),
                        "other format": data.replace(replay.MAGIC, b"wecontact-replay 0\n")}[damage])
    printed, code, errors, replayed = lint(project, "-f", "json")
    assert not replayed and (printed, code, errors) == expected


def test_records_are_kept_per_command_line_and_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_example(tmp_path, "native")
    for select in ("WC1", "WC2", "WC3"):
        lint(project, "--select", select)
    assert len(records(project)) == 3
    assert lint(project, "--select", "WC1")[3] and lint(project, "--select", "WC3")[3]
    folder = project / replay.CACHE_DIR
    for n in range(replay.KEEP + 3):  # old records beyond KEEP go on the next write
        (folder / f"{replay.PREFIX}{n:08x}{replay.SUFFIX}").write_bytes(b"x")
        os.utime(folder / f"{replay.PREFIX}{n:08x}{replay.SUFFIX}", ns=(1, 1))
    lint(project, "--ignore", "WC1")
    assert len(records(project)) == replay.KEEP and lint(project, "--ignore", "WC1")[3]
    result = run_cli("clean", str(project))
    assert result.exit_code == 0 and not folder.exists()


def test_the_cache_folder_named_holds_the_records(tmp_path: Path) -> None:
    project = copy_example(tmp_path, "uni-app")
    elsewhere = tmp_path / "cache"
    lint(project, "--cache-dir", str(elsewhere))
    assert lint(project, "--cache-dir", str(elsewhere))[3] and records(project) == []
    assert [p.name for p in elsewhere.iterdir() if replay.is_record(p.name)]


# What the replay does not stamp, lint must never read ------------------------------------------

WATCH = """
import os, sys, pathlib
_seen = []
def _hook(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _seen.append(os.fsdecode(args[0]))
sys.addaudithook(_hook)
_stat, _lstat = os.stat, os.lstat
def _logged(real):
    def stat(path, *a, **k):
        if isinstance(path, (str, bytes, os.PathLike)):
            _seen.append(os.fsdecode(path))
        return real(path, *a, **k)
    return stat
os.stat, os.lstat = _logged(_stat), _logged(_lstat)
if hasattr(pathlib, "_NormalAccessor"):  # Python 3.10: pathlib kept its own reference
    pathlib._NormalAccessor.stat = staticmethod(os.stat)
    pathlib._NormalAccessor.lstat = staticmethod(os.lstat)
import atexit
atexit.register(lambda: open(os.environ["SEEN_FILE"], "w").write("\\n".join(_seen)))
"""


def seen_by_lint(project: Path, tmp_path: Path, *args: str, cache: bool = False) -> list[str]:
    """Every path a lint of ``project`` (uncached, ordinary, unless ``cache``) stats, opens or lists."""
    seen = tmp_path / "seen.txt"
    lint(project, *args, env={"SEEN_FILE": str(seen), "WECONTACT_NO_CACHE": "" if cache else "1"},
         prelude=WATCH + OLD_FILES)
    return seen.read_text().splitlines()


def plant_skipped_folders(project: Path, framework: str) -> None:
    """Folders the replay skips, each with files lint would read if it looked there."""
    for folder in ("node_modules/@vant/weapp/button", "miniprogram_npm/@vant/weapp/button", ".git/refs",
                   "src/.wecontact_cache", "miniprogram/node_modules/x"):
        (project / folder).mkdir(parents=True, exist_ok=True)
        for name in ("index.json", "index.wxml", "index.vue", "index.tsx", "package.json", "pages.json"):
            (project / folder / name).write_text('{"component": true, "usingComponents": {}}')
    if framework == "native":  # a page that uses an npm component, as Vant users write it
        config = next((project / "miniprogram" / "pages").rglob("*.json"))
        data = json.loads(config.read_text(encoding="utf-8"))
        data.setdefault("usingComponents", {})["van-button"] = "@vant/weapp/button/index"
        config.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("framework", EXAMPLES)
def test_lint_never_reads_the_folders_the_replay_skips(tmp_path: Path, framework: str) -> None:
    project = copy_example(tmp_path, framework)
    plant_skipped_folders(project, framework)
    seen = seen_by_lint(project, tmp_path, "-f", "json")
    inside = [Path(p) for p in seen if Path(p).is_absolute() and project in Path(p).parents]
    assert inside, "the watch saw nothing: it is broken"
    assert [p for p in inside if set(p.relative_to(project).parts) & replay.SKIPPED] == []


def native_in_output(tmp_path: Path, framework: str) -> Path:
    """A native tree inside a framework project's build output: detection reads the folders
    above it (the case that makes ancestor_probes necessary)."""
    owner = copy_example(tmp_path / "owner", framework)
    output = {"uni-app": owner / "dist" / "build" / "mp-weixin", "taro": owner / "dist",
              "native": owner / "sub" / "app"}[framework]
    output.mkdir(parents=True)
    (output / "app.json").write_text('{"pages": ["pages/a/a"]}')
    (output / "pages" / "a").mkdir(parents=True)
    (output / "pages" / "a" / "a.json").write_text("{}")
    (output / "pages" / "a" / "a.wxml").write_text("<view/>")
    if framework == "taro":
        (output / "project.config.json").write_text('{"miniprogramRoot": "./"}')
    return output


def test_an_app_folder_named_by_a_config_above_is_not_recorded(tmp_path: Path) -> None:
    """Detection resolves the miniprogramRoot a project.config.json above names: not stamped."""
    project = native_in_output(tmp_path, "native")
    lint(project)
    assert records(project) == [] and not lint(project)[3]


@pytest.mark.parametrize("framework", ["uni-app", "taro"])
def test_detection_above_a_project_looks_only_at_the_probed_files(tmp_path: Path, framework: str) -> None:
    project = native_in_output(tmp_path, framework)
    seen = seen_by_lint(project, tmp_path, "-f", "json", "--exit-zero")
    probes = {os.path.join(above, name) for above in project.parents for name in ancestor_probes()}
    above = {p for p in seen if os.path.isabs(p) and project not in Path(p).parents and Path(p) != project
             and Path(p).parent != tmp_path and "site-packages" not in p and not p.startswith(sys.prefix) and not p.startswith(sys.base_prefix)
             and not p.startswith(str(REPO)) and not p.startswith("/proc/self/")}  # the reader's own descriptors
    ancestors = {str(a) for a in project.parents}
    assert above - ancestors - probes == set()
    assert above & probes, "the watch saw no probe above the project: it is broken"


def test_every_environment_variable_lint_reads_is_in_the_key(tmp_path: Path) -> None:
    """The environment as a recording mapping through ordinary runs of every framework."""
    recorder = """
import os
class _Env(type(os.environ)):
    pass
_read = set()
for _name in ("get", "__getitem__", "__contains__"):
    def _wrap(real):
        def method(self, key, *a):
            _read.add(key)
            return real(self, key, *a)
        return method
    setattr(_Env, _name, _wrap(getattr(type(os.environ), _name)))
os.environ.__class__ = _Env
import atexit
atexit.register(lambda: open(os.environ["READ_FILE"], "w").write("\\n".join(sorted(map(str, _read)))))
"""
    read: set[str] = set()
    for framework in EXAMPLES:
        project = copy_example(tmp_path, framework)
        out = tmp_path / f"{framework}.env"
        for args in (("-f", "json"), ("-f", "full", "--statistics"), ("-f", "github")):
            lint(project, *args, env={"READ_FILE": str(out)}, prelude=recorder + OLD_FILES)
            read |= set(out.read_text().splitlines())
    outside_lint = {"READ_FILE", "_WECONTACT_COMPLETE"}  # the test's own; the completion switch (typer's path)
    assert read - set(replay.ENVIRONMENT) - outside_lint == set()
    assert "WECONTACT_CACHE_STATS" in read, "the recording saw nothing: it is broken"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(CHANGES)), min_size=1, max_size=3), st.sampled_from(sorted(EXAMPLES)))
def test_replayed_or_not_a_run_prints_what_an_uncached_run_prints(tmp_path: Path, changes: list[str], framework: str) -> None:
    """Random edit sequences, a run after each: the output never differs from an uncached run's."""
    base = tmp_path / f"p{len(list(tmp_path.iterdir()))}"
    project = copy_example(base, framework)
    lint(project, "-f", "json")
    for change in changes:
        try:
            CHANGES[change](project)
        except (StopIteration, FileNotFoundError):
            continue  # the change needs a file an earlier one removed
        run = lint(project, "-f", "json")
        assert run[:3] == uncached(project, "-f", "json")
        again = lint(project, "-f", "json")
        assert again[3] and again[:3] == run[:3]


def test_a_cache_folder_named_inside_the_project_is_not_stamped(tmp_path: Path) -> None:
    """--cache-dir .cache/wecontact: the cache rewrites its file on each run; the record must
    not take that for a change to the project."""
    project = copy_example(tmp_path, "taro")
    lint(project, "--cache-dir", ".cache/wecontact")
    assert lint(project, "--cache-dir", ".cache/wecontact")[3]


def test_a_linked_node_modules_or_a_worktree_git_file_still_records(tmp_path: Path) -> None:
    """Skipped names are skipped whatever they are: pnpm links node_modules, a git worktree
    has a .git file; neither is read by lint, neither keeps the run from being replayed."""
    project = copy_example(tmp_path, "uni-app")
    store = tmp_path / "store"
    store.mkdir()
    (project / "node_modules").symlink_to(store)
    (project / ".git").write_text("gitdir: /elsewhere\n")
    lint(project)
    assert lint(project)[3]


def test_a_current_folder_that_is_gone_is_one_clear_error(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    done = subprocess.run([sys.executable, "-c", f"import os; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r})\n"
                           + OLD_FILES + PROBE, "lint", "-f", "json"], capture_output=True, text=True,
                          env={**os.environ, **ENV})
    assert done.stdout.rpartition("\nPROBE ")[2] and json.loads(done.stdout.rpartition("\nPROBE ")[2])["code"] == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("what", ["record", "folder"])
def test_a_linked_record_or_cache_folder_is_never_read(tmp_path: Path, what: str) -> None:
    """A record (or the cache folder) that is a link leads outside the project: not followed."""
    project = copy_example(tmp_path, "native")
    lint(project)
    folder = project / replay.CACHE_DIR
    (record,) = [folder / name for name in records(project)]
    if what == "record":
        moved = tmp_path / "elsewhere.replay"
        record.rename(moved)
        record.symlink_to(moved)
    else:
        folder.rename(tmp_path / "cache")
        folder.symlink_to(tmp_path / "cache")
    seen = seen_by_lint(project, tmp_path, cache=True)
    assert any(p.startswith(str(folder)) for p in seen), "the watch saw no look for a record: it is broken"
    assert not any(p.startswith(str(tmp_path / "elsewhere")) or p.startswith(str(tmp_path / "cache")) for p in seen)


def test_a_record_is_looked_for_in_the_nearest_cache_folder_only(tmp_path: Path) -> None:
    """A cache folder above the project (another project's) is not read, even holding a
    record of this very command line."""
    outer = tmp_path / "outer"
    project = copy_example(outer, "uni-app")
    lint(project)
    (record,) = [project / replay.CACHE_DIR / name for name in records(project)]
    (outer / replay.CACHE_DIR).mkdir()
    record.rename(outer / replay.CACHE_DIR / record.name)
    seen = seen_by_lint(project, tmp_path, cache=True)
    assert str(record) in seen and str(outer / replay.CACHE_DIR / record.name) not in seen
