"""The folder listings a child process walks ahead (frameworks/prefetch.py): discovery finds
exactly what it finds listing live, whatever the tree holds (hidden and skipped folders, links
inside and out, FIFOs, unreadable folders); the child lists nothing outside the folder named,
is always reaped, and whatever goes wrong with it, the run lists live."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wecontact_cli.frameworks import prefetch
from wecontact_cli.frameworks.listing import listing
from wecontact_cli.frameworks.native import units as native
from wecontact_cli.frameworks.taro import units as taro
from wecontact_cli.frameworks.uniapp import units as uniapp

SEGMENTS = st.sampled_from(["pages", "a", "a b", "页面", ".hidden", "node_modules", "__pycache__", "miniprogram_npm",
                            "dist", "static", "uni_modules", "wxcomponents", "src", "x.vue"])
FOLDERS = st.lists(SEGMENTS, min_size=0, max_size=3).map("/".join)
FILES = st.sampled_from(["index.wxml", "index.json", "index.js", "index.ts", "t.d.ts", "p.vue", "p.nvue", "c.tsx",
                         "index.config.ts", "app.json", "App.vue", "readme.txt", ".env"])
LINKS = st.sampled_from(["inside-folder", "inside-file", "outside-folder", "outside-file", "dangling", "to-self"])
TREES = st.tuples(st.lists(st.tuples(FOLDERS, FILES), max_size=14), st.lists(st.tuples(FOLDERS, LINKS), max_size=4),
                  st.lists(FOLDERS, max_size=2), st.lists(FOLDERS, max_size=2))
"""(files, links, FIFOs, unreadable folders), each in a folder below the root."""


@pytest.fixture(autouse=True)
def no_prefetch_left() -> Iterator[None]:
    """Every test ends with no child and no listing (as every run does)."""
    yield
    prefetch.stop()


def build(base: Path, tree: tuple[list[tuple[str, str]], list[tuple[str, str]], list[str], list[str]]) -> Path:
    """The generated tree at ``base/root`` (``base/outside`` is what links may lead out to)."""
    files, links, fifos, _ = tree
    root, outside = base / "root", base / "outside"
    (outside / "pages").mkdir(parents=True)
    (outside / "pages" / "index.wxml").write_text("<view/>", encoding="utf-8")
    (outside / "p.vue").write_text("<template/>", encoding="utf-8")
    root.mkdir()
    for folder, name in files:
        (root / folder).mkdir(parents=True, exist_ok=True)
        if not (root / folder / name).exists():
            (root / folder / name).write_text("{}", encoding="utf-8")
    targets = {"inside-folder": root, "inside-file": root / "inside.txt", "outside-folder": outside / "pages",
               "outside-file": outside / "p.vue", "dangling": root / "missing", "to-self": Path(".")}
    (root / "inside.txt").write_text("", encoding="utf-8")
    for i, (folder, kind) in enumerate(links):
        (root / folder).mkdir(parents=True, exist_ok=True)
        os.symlink(targets[kind], root / folder / (f"link{i}.vue" if i % 2 else f"link{i}"))
    for i, folder in enumerate(fifos):
        (root / folder).mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / folder / f"fifo{i}.js")
    return root


@contextlib.contextmanager
def unreadable(root: Path, folders: list[str]) -> Iterator[None]:
    """``os.scandir`` fails on these folders (as on a folder without read permission, which
    root, running the tests in a container, could still read)."""
    refused = {os.path.join(root, f) if f else str(root) for f in folders}
    scandir = os.scandir

    def refusing(path: str) -> object:
        if os.path.abspath(path) in refused:
            raise PermissionError(13, "Permission denied", path)
        return scandir(path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "scandir", refusing)
        yield


def every_folder(root: Path) -> list[str]:
    """Every folder below ``root``, through links and into hidden folders too (discovery asks
    for fewer): the served listing must answer each as a live one does."""
    found = [str(root)]
    for folder, dirs, _ in os.walk(root):
        found += [os.path.join(folder, d) for d in dirs]
    return found


def discovered(root: Path) -> tuple[object, ...]:
    """What every framework's discovery finds under ``root`` (as its source or app folder)."""
    stems = [(s.folder, s.relpath, s.json_name, s.wxml_name, s.script_name)
             for s in native.discover(root, frozenset({"pages/index", "a/index"}))]
    vue = [(os.fspath(f.location), f.relpath, f.plain)
           for f in uniapp.discover(SimpleNamespace(source_root=root, routes=()))]
    project = SimpleNamespace(source_root=root, roots=SimpleNamespace(output=root / "dist"), listing=None)
    files = taro._files(project)
    listings = [listing(f, native.SKIPPED_DIRS) for f in every_folder(root)]
    return stems, vue, files, project.listing, listings


@settings(max_examples=80, deadline=None)
@given(TREES)
def test_discovery_finds_the_same_with_the_walked_listing(tmp_path_factory: pytest.TempPathFactory,
                                                          tree: tuple) -> None:  # type: ignore[type-arg]
    root = build(tmp_path_factory.mktemp("prefetch"), tree)
    with unreadable(root, tree[3]):
        live = discovered(root)
        scans = [prefetch.live(f) for f in every_folder(root)]
        walked = prefetch.walk(str(root))
        prefetch.serve(str(root), walked)
        assert [prefetch.scan(f) for f in every_folder(root)] == scans
        assert discovered(root) == live
    real = os.path.realpath(root)
    for rel in filter(None, walked):  # never through a link, never out of the folder named, never hidden or skipped
        assert os.path.realpath(os.path.join(root, rel)) == os.path.join(real, rel)
        assert not any(part.startswith(".") or part in prefetch.NEVER_SEARCHED for part in rel.split("/"))
    assert not {os.path.join(root, f) if f else str(root) for f in tree[3]} & set(prefetch._listed)


def test_a_relative_folder_is_served_under_the_paths_detection_spells(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "p" / "pages").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "p")
    for named in (".", "pages/..", "./", str(tmp_path / "p")):
        prefetch.serve(named, prefetch.walk(named))
        spelt = os.fspath(Path(named).absolute())
        assert prefetch._listed == {spelt: prefetch.live(spelt), os.path.join(spelt, "pages"):
                                    prefetch.live(os.path.join(spelt, "pages"))}


def test_the_walk_stops_at_its_bound(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"f{i}" / "g").mkdir(parents=True)
    assert len(prefetch.walk(str(tmp_path), limit=4)) == 4
    assert len(prefetch.walk(str(tmp_path))) == 11


def small_tree(tmp_path: Path) -> Path:
    """A page, node_modules, and a folder whose name is not UTF-8 (the child reads it as this process does)."""
    (tmp_path / "pages" / "index").mkdir(parents=True)
    (tmp_path / os.fsdecode(b"bad\xff") / "sub").mkdir(parents=True)
    (tmp_path / "pages" / "index" / "index.wxml").write_text("<view/>", encoding="utf-8")
    (tmp_path / "node_modules" / "x").mkdir(parents=True)
    return tmp_path


def reaped(pid: int) -> bool:
    """Whether the child is gone, reaped (a zombie would still be waitable)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def count_live(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders listed live from now on, in this process."""
    asked: list[str] = []
    live = prefetch.live
    monkeypatch.setattr(prefetch, "live", lambda folder: asked.append(folder) or live(folder))
    return asked


def test_the_child_is_heard_then_reaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_tree(tmp_path)
    expected = [prefetch.live(f) for f in every_folder(root)]
    prefetch.start([root])
    assert prefetch._child is not None
    pid = prefetch._child[0]
    asked = count_live(monkeypatch)
    assert [prefetch.scan(f) for f in every_folder(root)] == expected
    assert set(asked) == {str(root / "node_modules"), str(root / "node_modules" / "x")}  # the child skips them
    assert prefetch._child is None
    prefetch.stop()  # reaps the child, if it had not ended when heard
    assert reaped(pid)


CHILDREN = {
    "fails": "import sys; sys.exit(3)",
    "sends half": "import marshal, os; data = marshal.dumps({'': (['a'], 'f')}); os.write(1, data[:len(data) // 2])",
    "sends nothing": "pass",
    "is killed": "import time; time.sleep(600)",
}
"""Children that send nothing whole (their Python code)."""


@pytest.mark.parametrize("how", list(CHILDREN))
def test_a_child_that_sends_nothing_whole_leaves_the_listing_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  how: str) -> None:
    root = small_tree(tmp_path)
    expected = [prefetch.live(f) for f in every_folder(root)]
    monkeypatch.setattr(prefetch, "_command", lambda top: [sys.executable, "-c", CHILDREN[how]])
    prefetch.start([str(root)])
    assert prefetch._child is not None
    pid = prefetch._child[0]
    if how == "is killed":
        os.kill(pid, signal.SIGKILL)
    asked = count_live(monkeypatch)
    assert [prefetch.scan(f) for f in every_folder(root)] == expected
    assert len(asked) == len(expected) and prefetch._listed == {}
    prefetch.stop()
    assert reaped(pid)


def test_a_child_that_cannot_start_leaves_the_listing_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = small_tree(tmp_path)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))
    prefetch.start([str(root)])
    assert prefetch._child is None
    assert prefetch.scan(str(root)) == prefetch.live(str(root))


def test_stop_kills_and_reaps_a_child_not_heard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetch, "_command", lambda top: [sys.executable, "-c", CHILDREN["is killed"]])
    prefetch.start([str(small_tree(tmp_path))])
    assert prefetch._child is not None
    pid = prefetch._child[0]
    prefetch.stop()
    assert prefetch._child is None and reaped(pid)


def test_stop_drops_the_listing(tmp_path: Path) -> None:
    root = small_tree(tmp_path)
    prefetch.start([root])
    prefetch.scan(str(root))
    assert prefetch._listed
    prefetch.stop()
    assert prefetch._listed == {}


def test_the_child_sends_the_walk_and_imports_nothing_else(tmp_path: Path) -> None:
    """The child's command line, run: on its standard output the walk, marshalled; imported,
    nothing an isolated interpreter importing ``os`` and ``sys`` would not import."""
    import marshal
    import subprocess

    def imported(command: list[str]) -> tuple[bytes, set[str]]:
        done = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True, check=True)
        return done.stdout, {line.rpartition("|")[2].strip() for line in done.stderr.decode().splitlines()[1:]}

    root = small_tree(tmp_path)
    sent, modules = imported(prefetch._command(str(root)))
    assert marshal.loads(sent) == prefetch.walk(str(root))
    assert modules <= imported([sys.executable, "-I", "-S", "-c", "import os, sys"])[1]


@contextlib.contextmanager
def a_thread_running() -> Iterator[None]:
    done = threading.Event()
    thread = threading.Thread(target=done.wait)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


@pytest.mark.parametrize("case", ["one cpu", "no fork", "no spawn", "a thread", "several paths", "a file", "missing",
                                  "another encoding"])
def test_no_child_when_it_cannot_or_need_not_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    root = small_tree(tmp_path)
    paths: list[str | Path] = [root]
    if case == "one cpu":
        monkeypatch.setattr(os, "cpu_count", lambda: 1)
    elif case == "no fork":
        monkeypatch.delattr(os, "fork")
    elif case == "no spawn":
        monkeypatch.delattr(os, "posix_spawn")
    elif case == "another encoding":
        monkeypatch.setattr(sys, "getfilesystemencoding", lambda: "latin-1")
    elif case == "several paths":
        paths = [root / "pages", root / "node_modules"]
    elif case == "a file":
        paths = [root / "pages" / "index" / "index.wxml"]
    elif case == "missing":
        paths = [root / "missing"]
    with a_thread_running() if case == "a thread" else contextlib.nullcontext():
        prefetch.start(paths)
    assert prefetch._child is None
    assert prefetch.scan(str(root)) == prefetch.live(str(root))


def test_no_path_walks_the_current_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No path: the current folder is walked (a second start while one runs starts nothing)."""
    monkeypatch.chdir(small_tree(tmp_path))
    prefetch.start([])
    assert prefetch._child is not None and prefetch._child[2] == os.curdir
    first = prefetch._child
    prefetch.start([])
    assert prefetch._child is first


REPORTING = """
from wecontact_cli.frameworks import prefetch
_stop = prefetch.stop
def _reporting_stop():
    import os, sys
    served = len(prefetch._listed)
    _stop()
    try:
        os.waitpid(-1, os.WNOHANG)
        left = "a child left"
    except ChildProcessError:
        left = "no child left"
    sys.stderr.write("\\nPREFETCH %d folders served, %s\\n" % (served, left))
prefetch.stop = _reporting_stop
"""
"""A probe's prelude: the prefetch as in a run, saying (on stderr) how many folders it served and
whether any child process is left unreaped once it is stopped."""
LIVE = """
from wecontact_cli.frameworks import prefetch
prefetch.start = lambda paths: None
"""
"""A probe's prelude: every folder listed live, as before the prefetch."""


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 40-page project of each framework (the benchmark's generators), with pages where
    discovery does not look: a hidden folder, node_modules, a link to a folder outside."""
    import subprocess
    import sys

    base = tmp_path_factory.mktemp("prefetch-cli")
    outside = base / "outside"
    outside.mkdir()
    found = {}
    for framework, generator, pages in (("native", "generate.py", "miniprogram/pages"),
                                        ("uni-app", "generate_uniapp.py", "src/pages"),
                                        ("taro", "generate_taro.py", "src/pages")):
        project = base / framework
        subprocess.run([sys.executable, str(Path(__file__).parents[1] / "benchmarks" / generator), str(project),
                        "--pages", "40"], check=True, capture_output=True)
        source = project / pages
        some = sorted(p for p in source.iterdir() if p.is_dir())[0]
        for hidden in (".hidden", "node_modules"):
            (source / hidden).mkdir()
            os.symlink(some, source / hidden / "copy") if hidden == ".hidden" else None
        (outside / framework).mkdir()
        for p in some.iterdir():
            (outside / framework / p.name).write_bytes(p.read_bytes())
        os.symlink(outside / framework, source / "linked")
        found[framework] = project
    return found


@pytest.mark.parametrize("framework", ["native", "uni-app", "taro"])
@pytest.mark.parametrize("command, args, where", [
    ("lint", ["-f", "json", "--exit-zero"], "root"), ("lint", ["-f", "concise"], "cwd"),
    ("lint", ["-f", "full", "--statistics"], "source"), ("doctor", ["-f", "json"], "root")])
def test_a_run_prints_the_same_with_the_prefetch(projects: dict[str, Path], framework: str, command: str,
                                                 args: list[str], where: str) -> None:
    """Both streams and the exit status, with the listing walked ahead and listed live; the
    prefetch served the folders, and left no child behind."""
    from test_speed_startup import probe_full

    project = projects[framework]
    paths = {"root": [str(project)], "cwd": [], "source": [str(project / "src" if framework != "native"
                                                                    else project / "miniprogram")]}[where]
    env = {"WECONTACT_NO_CACHE": "1", "LC_ALL": "C"}
    ahead = probe_full(command, *paths, *args, prelude=REPORTING, cwd=project, env=env)
    live = probe_full(command, *paths, *args, prelude=LIVE, cwd=project, env=env)
    stderr, _, report = ahead[3].rpartition("\nPREFETCH ")
    assert (ahead[0], ahead[1], stderr) == (live[0], live[1], live[3])
    served = int(report.split()[0])
    assert served > 40 and report.endswith("no child left\n")


def test_a_replayed_run_starts_no_child(tmp_path: Path) -> None:
    """With the cache on, a run the replay answers walks nothing; the runs before it did."""
    import subprocess
    import sys

    from test_lint_replay import OLD_FILES
    from test_speed_startup import probe_full

    project = tmp_path / "one"
    subprocess.run([sys.executable, str(Path(__file__).parents[1] / "benchmarks" / "generate.py"), str(project),
                    "--pages", "1"], check=True, capture_output=True)
    env = {"WECONTACT_NO_CACHE": "", "LC_ALL": "C"}
    prelude = OLD_FILES + REPORTING + "prefetch.start = lambda paths, start=prefetch.start: print('START') or start(paths)\n"
    first, _, third = (probe_full("lint", str(project), "-f", "json", "--exit-zero", prelude=prelude, env=env)
                       for _ in range(3))
    assert first[0].startswith("START") and "PREFETCH" in first[3]
    assert not third[0].startswith("START") and "PREFETCH" not in third[3]
    assert first[0][len("START\n"):] == third[0]
