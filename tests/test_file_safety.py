"""Reading and writing files safely: one reader, nothing outside the project, read-only files.

Every command (init, add-page on a new and an existing page, lint and lint --fix) is run
against file links, folder links and dangling links that lead out of the project, and
against links that stay inside it; and against FIFOs, devices, loops, directories and huge
files where a page file should be.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PROVIDER, make_project, run_cli, snapshot
from wecontact_cli.text import fsguard
from wecontact_cli.errors import WecontactError
from wecontact_cli.text.source import read_source, read_text

APP = "miniprogram"
PAGE = f"{APP}/pages/index"
DECLARED = {"contactPlugin": {"version": "1.3.0", "provider": PROVIDER}}
OUTSIDE = "outside the project"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and special files")


def project(tmp_path: Path, *, declared: bool = False, **files: str) -> Path:
    """tmp_path/project with one registered page (json, wxml, js); ``files`` override."""
    root = tmp_path / "project"
    app: dict[str, object] = {"pages": ["pages/index/index"]}
    if declared:
        app["plugins"] = DECLARED
    make_project(root, app)
    defaults = {f"{PAGE}/index.json": "{}\n", f"{PAGE}/index.wxml": "<view>shop</view>\n",
                f"{PAGE}/index.js": "Page({\n  data: {}\n})\n"}
    for rel, text in {**defaults, **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def outside_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "elsewhere" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def relink(path: Path, target: Path | str) -> None:
    """Replace ``path`` by a symbolic link to ``target``."""
    if path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target)


def add_page(root: Path, route: str = "pages/index/index"):  # type: ignore[no-untyped-def]
    return run_cli("add-page", route, "--plugid", "a1b2c3d4", "-C", root)


def lint_json(root: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("lint", root, "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def one_line_error(result, where: Path, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 2 and one line that starts with the file (the link, not its target)."""
    assert result.exit_code == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{where}: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def run_isolated(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess with a time and memory limit: a reader that blocks on a FIFO
    or swallows /dev/zero fails the test instead of hanging the suite."""
    def limits() -> None:
        import resource  # POSIX only, like the tests that use this

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([sys.executable, "-m", "wecontact_cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60, preexec_fn=limits, env={**os.environ, "LC_ALL": "C"})


# -- links out of the project: refused by every command, nothing read or written there --------


@posix_only
@pytest.mark.parametrize("ext", [".wxml", ".js", ".json"])
def test_add_page_refuses_a_page_file_linked_outside(tmp_path: Path, ext: str) -> None:
    root = project(tmp_path)
    target = outside_file(tmp_path, "index" + ext, (root / PAGE / ("index" + ext)).read_text())
    relink(root / PAGE / ("index" + ext), target)
    before, outside = snapshot(root), target.read_bytes()
    result = add_page(root)
    one_line_error(result, root / f"{PAGE}/index{ext}", f"symbolic link to {target}", OUTSIDE)
    assert target.read_bytes() == outside
    assert snapshot(root) == before


@posix_only
def test_add_page_never_creates_a_file_at_a_dangling_link_outside(tmp_path: Path) -> None:
    root = project(tmp_path)
    folder = root / APP / "pages" / "contact"
    folder.mkdir()
    nowhere = tmp_path / "elsewhere" / "deep" / "index.wxml"
    (folder / "index.wxml").symlink_to(nowhere)
    result = add_page(root, "pages/contact/index")
    one_line_error(result, root / f"{APP}/pages/contact/index.wxml", f"symbolic link to {nowhere}", OUTSIDE)
    assert not (tmp_path / "elsewhere").exists()
    assert json.loads((root / APP / "app.json").read_text())["pages"] == ["pages/index/index"]


@posix_only
def test_a_page_folder_linked_outside_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / APP / "pages" / "ext").symlink_to(outside, target_is_directory=True)
    result = add_page(root, "pages/ext/index")
    assert result.exit_code == 2 and "outside the project" in result.stderr
    assert list(outside.iterdir()) == []


@posix_only
@pytest.mark.parametrize("command", [["init"], ["lint", "--fix"], ["add-page-new"], ["add-page"]])
def test_a_mini_program_folder_linked_outside_is_refused(tmp_path: Path, command: list[str]) -> None:
    real = project(tmp_path / "real")
    root = tmp_path / "project"
    root.mkdir()
    (root / "project.config.json").write_bytes((real / "project.config.json").read_bytes())
    (root / APP).symlink_to(real / APP, target_is_directory=True)
    before = snapshot(real)
    if command[0] == "init":
        result = run_cli("init", root)
    elif command[0] == "lint":
        result = run_cli("lint", root, "--fix", "-f", "json")
        assert {d["code"] for d in json.loads(result.stdout)} == {"WC001", "WC002"}
        assert "miniprogram is a symbolic link to" in result.stdout
    else:
        result = add_page(root, "pages/contact/index" if command[0] == "add-page-new" else "pages/index/index")
    if command[0] != "lint":
        one_line_error(result, root / f"{APP}/app.json", f"miniprogram is a symbolic link to {real / APP}", OUTSIDE)
    assert snapshot(real) == before


@posix_only
def test_init_refuses_an_app_json_linked_outside(tmp_path: Path) -> None:
    root = project(tmp_path)
    target = outside_file(tmp_path, "app.json", (root / APP / "app.json").read_text())
    relink(root / APP / "app.json", target)
    result = run_cli("init", root)
    one_line_error(result, root / f"{APP}/app.json", f"symbolic link to {target}", OUTSIDE)
    assert "plugins" not in target.read_text()


@posix_only
def test_lint_fix_never_writes_through_a_link_outside(tmp_path: Path) -> None:
    root = project(tmp_path, declared=True)
    appid_url = '{"usingComponents": {"cell": "plugin://%s/cell"}}\n' % PROVIDER  # WC108: fixable
    target = outside_file(tmp_path, "index.json", appid_url)
    relink(root / PAGE / "index.json", target)
    diagnostics = lint_json(root, "--fix")
    assert [(d["code"], d["filename"]) for d in diagnostics] == [("WC001", f"{PAGE}/index.json")]
    assert f"symbolic link to {target}" in str(diagnostics[0]["message"])
    assert target.read_text() == appid_url


@posix_only
def test_init_and_lint_fix_never_create_the_target_of_a_dangling_link_outside(tmp_path: Path) -> None:
    root = project(tmp_path, **{f"{PAGE}/index.wxml": '<cell plugid="a1b2c3d4" styletype="1" />\n'})
    nowhere = tmp_path / "elsewhere" / "index.json"
    relink(root / PAGE / "index.json", nowhere)
    diagnostics = lint_json(root, "--fix")
    assert [(d["code"], d["filename"]) for d in diagnostics] == [("WC001", f"{PAGE}/index.json")]
    assert f"symbolic link to {nowhere}" in str(diagnostics[0]["message"])
    relink(root / APP / "app.json", tmp_path / "elsewhere" / "app.json")
    one_line_error(run_cli("init", root), root / f"{APP}/app.json",
                   f"symbolic link to {tmp_path / 'elsewhere' / 'app.json'}", OUTSIDE)
    assert not (tmp_path / "elsewhere").exists()


@posix_only
def test_lint_fix_writes_through_a_page_file_linked_inside_the_project(tmp_path: Path) -> None:
    root = project(tmp_path, declared=True,
                   **{f"{PAGE}/index.json": '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n',
                      "shared/index.wxml": '<cell plugid="a1b2c3d4" styletype="1" />\n'})
    relink(root / PAGE / "index.wxml", Path("../../../shared/index.wxml"))
    assert lint_json(root, "--fix") == []
    assert os.readlink(root / PAGE / "index.wxml") == "../../../shared/index.wxml"
    assert (root / "shared" / "index.wxml").read_text() == '<cell plugid="a1b2c3d4" styleType="1" />\n'


@posix_only
def test_lint_reports_a_device_link_outside_without_reading_it(tmp_path: Path) -> None:
    root = project(tmp_path)
    relink(root / PAGE / "index.wxml", "/dev/zero")
    result = run_isolated(["lint", str(root), "-f", "json"], tmp_path)
    assert result.returncode == 1, result.stderr
    [diagnostic] = json.loads(result.stdout)
    assert diagnostic["code"] == "WC002" and "symbolic link to /dev/zero" in diagnostic["message"]


# -- links inside the project: read and written through, the link kept --------------------------


@posix_only
def test_add_page_writes_through_links_inside_the_project(tmp_path: Path) -> None:
    root = project(tmp_path)
    shared = root / "shared"
    shared.mkdir()
    (shared / "index.wxml").write_text("<view>shop</view>\n")
    relink(root / PAGE / "index.wxml", Path("../../../shared/index.wxml"))
    (root / APP / "pages" / "linked").symlink_to(Path("index"), target_is_directory=True)
    result = add_page(root, "pages/linked/index")
    assert result.exit_code == 0, result.stderr
    assert os.readlink(root / PAGE / "index.wxml") == "../../../shared/index.wxml"
    assert "<cell " in (shared / "index.wxml").read_text()
    assert "startmessage" in (root / PAGE / "index.js").read_text()
    assert (root / APP / "pages" / "linked").is_symlink()


@posix_only
def test_add_page_creates_the_target_of_a_dangling_link_inside_the_project(tmp_path: Path) -> None:
    root = project(tmp_path, declared=True)
    (root / "shared").mkdir()
    relink(root / PAGE / "index.wxml", Path("../../../shared/new.wxml"))
    result = add_page(root)
    assert result.exit_code == 0, result.stderr
    assert (root / PAGE / "index.wxml").is_symlink()
    assert "<cell " in (root / "shared" / "new.wxml").read_text()


@posix_only
def test_init_and_lint_fix_write_through_links_inside_the_project(tmp_path: Path) -> None:
    root = project(tmp_path, **{f"{PAGE}/index.json": '{"usingComponents": {"cell": "plugin://contactPlugin/cell"}}\n'})
    (root / "shared").mkdir()
    (root / APP / "app.json").rename(root / "shared" / "app.json")
    (root / APP / "app.json").symlink_to(Path("../shared/app.json"))
    diagnostics = lint_json(root, "--fix")  # WC101's fix declares the plugin in app.json
    assert diagnostics == []
    assert (root / APP / "app.json").is_symlink()
    assert json.loads((root / "shared" / "app.json").read_text())["plugins"] == DECLARED
    assert run_cli("init", root, "--version", "1.3.1").exit_code == 0
    assert (root / APP / "app.json").is_symlink()
    assert "1.3.1" in (root / "shared" / "app.json").read_text()


# -- what is not a regular file, or too large to be a source file ------------------------------


@posix_only
def test_a_fifo_page_file_is_refused_without_blocking(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / PAGE / "index.wxml").unlink()
    os.mkfifo(root / PAGE / "index.wxml")
    lint = run_isolated(["lint", str(root), "-f", "json"], tmp_path)
    [diagnostic] = json.loads(lint.stdout)
    assert diagnostic["code"] == "WC002" and "named pipe (FIFO)" in diagnostic["message"]
    added = run_isolated(["add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", str(root)], tmp_path)
    assert added.returncode == 2
    assert added.stderr.strip() == (f"project/{PAGE}/index.wxml: error: cannot read the file: it is a named pipe "
                                    "(FIFO), not a regular file")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_a_device_inside_the_project_is_refused_without_reading_it(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / PAGE / "index.json").unlink()
    os.mknod(root / PAGE / "index.json", stat.S_IFCHR | 0o644, os.makedev(1, 5))  # /dev/zero
    lint = run_isolated(["lint", str(root), "-f", "json"], tmp_path)
    [diagnostic] = json.loads(lint.stdout)
    assert diagnostic["code"] == "WC001" and "it is a device" in diagnostic["message"]
    added = run_isolated(["add-page", "pages/index/index", "--plugid", "a1b2c3d4", "-C", str(root)], tmp_path)
    assert added.returncode == 2 and "it is a device, not a regular file" in added.stderr


def test_the_reader_refuses_a_device_and_a_directory() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(WecontactError, match="it is a device"):
        read_source(Path("/dev/zero"), Path("/dev"))
    with pytest.raises(WecontactError, match="found a directory"):
        read_source(Path("/dev"), Path("/"))


@posix_only
def test_a_symlink_loop_at_a_page_file_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    relink(root / PAGE / "index.wxml", "index.wxml")
    before = snapshot(root)
    one_line_error(add_page(root), root / f"{PAGE}/index.wxml", "symbolic link loop")
    assert snapshot(root) == before
    [diagnostic] = lint_json(root)
    assert diagnostic["code"] == "WC002" and "symbolic link loop" in str(diagnostic["message"])


def test_a_directory_where_a_page_file_should_be_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / PAGE / "index.wxml").unlink()
    (root / PAGE / "index.wxml").mkdir()
    one_line_error(add_page(root), root / f"{PAGE}/index.wxml", "expected a file but found a directory")


def test_a_file_over_the_cap_is_refused_and_never_read_whole(tmp_path: Path) -> None:
    root = project(tmp_path)
    huge = b"<view>" + b" " * fsguard.MAX_BYTES + b"</view>\n"
    (root / PAGE / "index.wxml").write_bytes(huge)
    one_line_error(add_page(root), root / f"{PAGE}/index.wxml", "MiB, too large")
    [diagnostic] = lint_json(root)
    assert diagnostic["code"] == "WC002" and "too large" in str(diagnostic["message"])


def test_a_file_at_the_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.wxml"
    path.write_bytes(b"a" * fsguard.MAX_BYTES)
    assert len(read_source(path, tmp_path).raw) == fsguard.MAX_BYTES


@settings(max_examples=60, deadline=None)
@given(size=st.integers(0, 64), hint=st.integers(0, 64), cap=st.integers(1, 48))
def test_the_reader_reads_to_the_end_whatever_size_fstat_gave(tmp_path_factory: pytest.TempPathFactory,
                                                               size: int, hint: int, cap: int) -> None:
    """One read of the size fstat gave plus a byte finds the end; a file that grew since
    (a smaller hint) is still read to its end, and never past the cap plus one byte."""
    path = tmp_path_factory.mktemp("read") / "page.wxml"
    data = bytes(range(size))
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    original = fsguard.MAX_BYTES
    fsguard.MAX_BYTES = cap
    try:
        read = fsguard._read_whole(fd, min(hint, cap))
    finally:
        fsguard.MAX_BYTES = original
        os.close(fd)
    assert read == data[:cap + 1]


def test_add_page_refuses_a_binary_page_file(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / PAGE / "index.wxml").write_bytes(b"<view>\x00\x01</view>\n")
    one_line_error(add_page(root), root / f"{PAGE}/index.wxml:1:1", "this is a binary file, not text")


def test_the_reader_keeps_the_bom_and_locates_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes("\ufeff{}".encode())
    source = read_source(path, tmp_path)
    assert source.bom and source.text == "{}" and source.raw.startswith(b"\xef\xbb\xbf")
    path.write_bytes(b'{\n  "a": "\xc1"}')
    with pytest.raises(WecontactError, match=r"not valid UTF-8 \(byte 0xc1\)") as info:
        read_source(path, tmp_path)
    assert info.value.location is not None and (info.value.location.line, info.value.location.column) == (2, 9)
    path.write_bytes("{}".encode("utf-16"))
    with pytest.raises(WecontactError, match="UTF-16"):
        read_source(path, tmp_path)


@pytest.mark.parametrize("content", ["plain", "bom", "binary", "utf-16", "not utf-8", "link outside", "missing"])
def test_reading_a_text_to_search_gives_what_read_source_gives(tmp_path: Path, content: str) -> None:
    """``read_text`` (a path as a string, no record) reads and refuses as ``read_source`` does."""
    root, outside = tmp_path / "project", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    path = root / "index.tsx"
    written = {"plain": "import A from './a'\n".encode(), "bom": "\ufeffimport '@/b'".encode(),
               "binary": b"abc\x00def", "utf-16": "x".encode("utf-16"), "not utf-8": b"ok\n\xff"}
    if content in written:
        path.write_bytes(written[content])
    elif content == "link outside":
        (outside / "secret.tsx").write_text("import S from './s'")
        path.symlink_to(outside / "secret.tsx")

    def outcome(read: Callable[[], str]) -> tuple[str, str]:
        try:
            return "read", read()
        except WecontactError as exc:
            return "refused", exc.render(lang="en")

    for listed_plain in (False, True):
        expected = outcome(lambda: read_source(path, root, listed_plain=listed_plain).text)
        assert outcome(lambda: read_text(str(path), root, listed_plain=listed_plain)) == expected
    assert expected[0] == ("read" if content in ("plain", "bom") else "refused")


def test_the_reader_refuses_a_path_outside_the_root(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b.json").write_text("{}")
    with pytest.raises(WecontactError, match="outside the project"):
        read_source(tmp_path / "b.json", tmp_path / "a")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a forked child")
def test_a_forked_child_checks_where_its_own_descriptors_lead(tmp_path: Path) -> None:
    """The reader asks where an opened file really is through this process's descriptor
    folder: a forked child (lint's workers) must not ask the parent's, where the same number
    may be a file inside the project while the child's leads out of it."""
    root, outside = tmp_path / "project", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "inside.json").write_text("{}")
    (outside / "secret.json").write_text('{"secret": 1}')
    (root / "sub").symlink_to(outside)
    assert fsguard.read_bytes(root / "inside.json", root) == b"{}"  # the parent's folder is open
    held = os.open(root / "inside.json", os.O_RDONLY)  # this number is a file inside, in the parent
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            os.close(held)  # the child's next file takes the number
            fsguard.read_bytes(root / "sub" / "secret.json", root)
            code = 1  # read: the parent's descriptor was asked
        except WecontactError as exc:
            code = 0 if "outside the project" in exc.render(lang="en") else 2
        finally:
            os._exit(code)
    status = os.waitpid(pid, 0)[1] >> 8
    os.close(held)  # only now: in this process it was the file inside all along
    assert status == 0, status


# -- read-only files and modes ------------------------------------------------------------------

@posix_only
def test_a_read_only_app_json_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    root = project(tmp_path)
    app = root / APP / "app.json"
    app.chmod(0o444)
    before = snapshot(root)
    one_line_error(run_cli("init", root), root / f"{APP}/app.json", "is read-only: nothing written")
    one_line_error(add_page(root, "pages/contact/index"), root / f"{APP}/app.json", "is read-only: nothing written")
    assert snapshot(root) == before
    assert stat.S_IMODE(app.stat().st_mode) == 0o444


@posix_only
def test_a_read_only_page_file_is_refused_and_nothing_else_is_written(tmp_path: Path) -> None:
    root = project(tmp_path, declared=True)
    (root / PAGE / "index.wxml").chmod(0o444)
    before = snapshot(root)
    one_line_error(add_page(root), root / f"{PAGE}/index.wxml", "is read-only: nothing written")
    assert snapshot(root) == before


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    root = project(tmp_path)
    for path in (root / APP / "app.json", root / PAGE / "index.wxml", root / PAGE / "index.js"):
        path.chmod(mode)
    assert add_page(root).exit_code == 0
    for path in (root / APP / "app.json", root / PAGE / "index.wxml", root / PAGE / "index.js"):
        assert stat.S_IMODE(path.stat().st_mode) == mode, path


def test_a_link_loop_in_the_route_is_refused_cleanly(tmp_path: Path) -> None:
    """Before Python 3.13 Path.resolve() raises on a loop: the route check must not."""
    from conftest import make_project, run_cli

    make_project(tmp_path, {"pages": ["pages/index/index"]})
    loop = tmp_path / "miniprogram" / "pages" / "loop"
    loop.parent.mkdir(parents=True, exist_ok=True)
    loop.symlink_to(loop)
    result = run_cli("add-page", "pages/loop/index", "--plugid", "a1b2c3d4", "-C", tmp_path)
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") <= 2
