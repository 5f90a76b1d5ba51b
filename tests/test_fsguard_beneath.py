"""``beneath.open_beneath``: a file opened by the kernel beneath the project folder, through no
link, or nothing (then ``fsguard.read_bytes`` reads as it always has). Whatever the path holds
(links inside or out, ``..``, a missing file, a folder replaced), a guarded read answers the
same with it and without it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from wecontact_cli.errors import WecontactError
from wecontact_cli.text import beneath, fsguard

FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC
LINUX_WITH_OPENAT2 = sys.platform == "linux" and os.uname().machine in ("x86_64", "aarch64") and \
    tuple(int(part) for part in os.uname().release.split(".")[:2] if part.isdigit()) >= (5, 6)


@pytest.fixture(autouse=True)
def fresh_roots(monkeypatch: pytest.MonkeyPatch) -> None:
    beneath.forget()
    monkeypatch.setattr(beneath, "_WORTH", 0)  # bound at the first read (see the test of the threshold)


def tree(tmp_path: Path) -> tuple[Path, Path]:
    """A project with a page, a link to it, a link out, a folder link out, and a secret outside."""
    root, outside = tmp_path / "project", tmp_path / "outside"
    (root / "pages" / "a").mkdir(parents=True)
    outside.mkdir()
    (root / "pages" / "a" / "index.wxml").write_text("<view>a</view>")
    (outside / "secret.wxml").write_text("<view>secret</view>")
    (root / "pages" / "b.wxml").symlink_to(root / "pages" / "a" / "index.wxml")
    (root / "pages" / "out.wxml").symlink_to(outside / "secret.wxml")
    (root / "pages" / "linked").symlink_to(root / "pages" / "a")
    (root / "pages" / "away").symlink_to(outside)
    return root, outside


def opened(path: Path, root: Path) -> bytes | None:
    fd = beneath.open_beneath(path, root, FLAGS)
    if fd is None:
        return None
    try:
        return os.read(fd, 1 << 16)
    finally:
        os.close(fd)


@pytest.mark.skipif(not LINUX_WITH_OPENAT2, reason="openat2 is Linux's (5.6+); elsewhere every read is read as before")
def test_the_kernel_opens_a_plain_file_beneath_the_project_and_nothing_else(tmp_path: Path) -> None:
    root, outside = tree(tmp_path)
    assert opened(root / "pages" / "a" / "index.wxml", root) == b"<view>a</view>"
    assert opened(root / "pages" / "a" / ".." / "a" / "index.wxml", root) == b"<view>a</view>"
    for path in (root / "pages" / "b.wxml",  # a link inside: left to the ordinary read, which follows it
                 root / "pages" / "out.wxml",  # a link out
                 root / "pages" / "linked" / "index.wxml",  # a folder link inside
                 root / "pages" / "away" / "secret.wxml",  # a folder link out
                 root / ".." / "outside" / "secret.wxml",  # out by ..
                 outside / "secret.wxml",  # not under the root at all
                 Path(os.path.relpath(root / "pages" / "a" / "index.wxml")),  # a relative path
                 root / "pages" / "missing.wxml"):
        assert opened(path, root) is None, path
    relative = Path(os.path.relpath(root))
    assert opened(relative / "pages" / "a" / "index.wxml", relative) is None  # the folder, as spelled, would move with a chdir


@pytest.mark.skipif(not LINUX_WITH_OPENAT2, reason="openat2 is Linux's (5.6+)")
def test_where_openat2_serves_a_listed_read_never_asks_where_the_descriptor_leads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, _ = tree(tmp_path)
    asked: list[int] = []
    original = fsguard._opened_path
    monkeypatch.setattr(fsguard, "_opened_path", lambda fd, path: asked.append(fd) or original(fd, path))
    assert fsguard.read_bytes(root / "pages" / "a" / "index.wxml", root, listed_plain=True) == b"<view>a</view>"
    assert asked == []
    assert fsguard.read_bytes(root / "pages" / "b.wxml", root, listed_plain=True) == b"<view>a</view>"
    assert asked  # a link: read the ordinary way


class Refusing:
    """An opener whose every call fails with ``errno``."""

    def __init__(self, errno: int) -> None:
        self.calls: list[bytes] = []
        self.errno = lambda: errno

    def folder(self, fd: int) -> int:
        return fd

    def open(self, folder: object, name: bytes, flags: int) -> int:
        self.calls.append(name)
        return -1


@pytest.mark.parametrize("errno", [1, 7, 22, 38])
def test_a_kernel_or_a_filter_without_openat2_turns_it_off_for_the_process(
        errno: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """EPERM (seccomp), E2BIG and EINVAL (an older open_how), ENOSYS: never asked again."""
    root, _ = tree(tmp_path)
    opener = Refusing(errno)
    monkeypatch.setattr(beneath, "_opener", opener)
    path = root / "pages" / "a" / "index.wxml"
    assert beneath.open_beneath(path, root, FLAGS) is None
    assert beneath._opener is False
    assert beneath.open_beneath(path, root, FLAGS) is None and len(opener.calls) == 1
    assert fsguard.read_bytes(path, root, listed_plain=True) == b"<view>a</view>"


def test_an_error_about_one_path_leaves_it_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ELOOP, EXDEV, ENOENT, EACCES...: that path is read the ordinary way; the next is asked again."""
    root, _ = tree(tmp_path)
    opener = Refusing(18)  # EXDEV
    monkeypatch.setattr(beneath, "_opener", opener)
    assert beneath.open_beneath(root / "pages" / "out.wxml", root, FLAGS) is None
    assert beneath.open_beneath(root / "pages" / "b.wxml", root, FLAGS) is None
    assert beneath._opener is opener and len(opener.calls) == 2


def test_where_it_is_not_to_be_had_every_read_is_read_as_before(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    root, _ = tree(tmp_path)
    monkeypatch.setattr(beneath, "_opener", False)
    assert beneath.open_beneath(root / "pages" / "a" / "index.wxml", root, FLAGS) is None
    assert fsguard.read_bytes(root / "pages" / "a" / "index.wxml", root, listed_plain=True) == b"<view>a</view>"
    with pytest.raises(WecontactError, match="outside the project"):
        fsguard.read_bytes(root / "pages" / "out.wxml", root, listed_plain=True)


@pytest.mark.skipif(not LINUX_WITH_OPENAT2, reason="openat2 is Linux's (5.6+)")
def test_a_project_folder_replaced_is_opened_anew_once_its_descriptor_is_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``wecontact server`` runs for hours: a descriptor older than ``_FRESH`` seconds is checked
    against the folder's path, and a folder moved away (its descriptor still open) is not read."""
    root, _ = tree(tmp_path)
    page = root / "pages" / "a" / "index.wxml"
    assert opened(page, root) == b"<view>a</view>"
    root.rename(tmp_path / "moved")
    (root / "pages" / "a").mkdir(parents=True)
    page.write_text("<view>new</view>")
    assert opened(page, root) == b"<view>a</view>"  # still fresh: the folder it opened a moment ago
    clock = beneath.time.monotonic() + beneath._FRESH + 1
    monkeypatch.setattr(beneath.time, "monotonic", lambda: clock)
    assert opened(page, root) == b"<view>new</view>"
    assert len(beneath._roots) == 1


def test_descriptors_are_kept_for_a_few_project_folders_only(tmp_path: Path) -> None:
    for n in range(beneath._MAX_ROOTS + 3):
        (tmp_path / str(n)).mkdir()
        (tmp_path / str(n) / "a.json").write_text("{}")
        beneath.open_beneath(tmp_path / str(n) / "a.json", tmp_path / str(n), FLAGS)
        assert len(beneath._roots) <= beneath._MAX_ROOTS


NAMES = st.sampled_from(["a", "b.wxml", "..", ".", "linked", "away", "out.wxml", "pages", "index.wxml"])


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(NAMES, min_size=1, max_size=5))
def test_a_listed_read_answers_as_a_guarded_read_whatever_the_path(tmp_path_factory: pytest.TempPathFactory,
                                                                    parts: list[str]) -> None:
    """Any path under the project (through links inside or out, ``..`` and ``.``): the kernel's
    open gives the bytes a guarded read gives, or the same refusal."""
    beneath.forget()
    root, _ = tree(tmp_path_factory.mktemp("beneath"))
    path = root.joinpath("pages", *parts)

    def outcome(listed_plain: bool) -> tuple[str, str]:
        try:
            return "read", fsguard.read_bytes(path, root, listed_plain=listed_plain).decode()
        except WecontactError as exc:
            return "refused", exc.render(lang="en")

    assert outcome(True) == outcome(False)


@pytest.mark.skipif(not LINUX_WITH_OPENAT2, reason="openat2 is Linux's (5.6+)")
def test_audit_hooks_see_the_kernel_open_as_they_see_os_open(tmp_path: Path) -> None:
    """``os.open`` raises the ``open`` audit event; the call through ``syscall`` raises it too
    (audit hooks watch what a process opens)."""
    root, _ = tree(tmp_path)
    page = root / "pages" / "a" / "index.wxml"
    seen: list[tuple[object, ...]] = []
    hook_on = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if hook_on[0] and event == "open":
            seen.append(args)

    sys.addaudithook(hook)  # cannot be removed: it records only while hook_on says so
    try:
        assert opened(page, root) == b"<view>a</view>"
    finally:
        hook_on[0] = False
    assert (str(page), None, FLAGS) in seen


def test_a_process_binds_openat2_only_once_it_has_read_enough_files(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Binding costs more than a one-page lint's reads would save: the first ``_WORTH`` files
    are read the ordinary way (and give the same bytes)."""
    root, _ = tree(tmp_path)
    page = root / "pages" / "a" / "index.wxml"
    monkeypatch.setattr(beneath, "_WORTH", 3)
    monkeypatch.setattr(beneath, "_asked", 0)
    monkeypatch.setattr(beneath, "_opener", None)
    assert [beneath.open_beneath(page, root, FLAGS) for _ in range(3)] == [None] * 3
    assert beneath._opener is None
    assert fsguard.read_bytes(page, root, listed_plain=True) == b"<view>a</view>"  # the fourth: bound now
    assert beneath._opener is not None
    if LINUX_WITH_OPENAT2:
        assert opened(page, root) == b"<view>a</view>"
