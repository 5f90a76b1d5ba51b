"""Where wecontact may touch the disk: regular files inside the project, read with a bound.

Every file wecontact reads goes through ``read_bytes`` and every file it writes goes
through ``write_target`` (both called by ``sources`` and ``edits``), so no command can
follow a link out of the project, block on a FIFO or read a device into memory.
"""

from __future__ import annotations

import errno
import functools
import math
import os
import stat
from pathlib import Path

from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.text.beneath import open_beneath
from wecontact_cli.text.overlay import overlaid

MAX_BYTES = 10 * 1024 * 1024
"""Mini-program source files are small; a larger one is not something to parse."""

_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
"""O_NONBLOCK: opening a FIFO never waits for a writer; O_NOCTTY: a terminal never becomes ours."""
_CHUNK = 1024 * 1024
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_A_LINK = frozenset({errno.ELOOP, errno.EMLINK})
"""What ``open`` with O_NOFOLLOW says of a link (Linux and macOS: ELOOP; FreeBSD: EMLINK)."""


def real_path(path: Path, root: Path) -> Path:
    """``path`` with every link resolved; refused when it resolves outside ``root``."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    if not _within(real, real_root):
        raise _outside(path, root, real_root)
    return Path(real)


def _outside(path: Path, root: Path, real_root: str) -> WecontactError:
    """The refusal of a path outside the project, naming the link that leads out."""
    link = _escaping_link(Path(os.path.abspath(path)), Path(os.path.abspath(root)), real_root)
    if link is None:
        return WecontactError(msg("file.outside_project", root=real_root), Location(path))
    target = os.path.realpath(link)
    if link == Path(os.path.abspath(path)):
        return WecontactError(msg("file.link_outside", target=target), Location(path))
    shown = link.relative_to(os.path.abspath(root)).as_posix()
    return WecontactError(msg("file.folder_link_outside", link=shown, target=target), Location(path))


def _within(real: str, real_root: str) -> bool:
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def _escaping_link(path: Path, root: Path, real_root: str) -> Path | None:
    """The first link on the way from ``root`` to ``path`` that resolves outside the project."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return None
    current = root
    for part in parts:
        current = current / part
        if os.path.islink(current) and not _within(os.path.realpath(current), real_root):
            return current
    return None


def read_bytes(path: Path, root: Path, *, listed_plain: bool = False) -> bytes:
    """A regular file's bytes, at most MAX_BYTES; anything else is a WecontactError naming it.

    ``listed_plain``: discovery's listing of the folder (``scandir``'s entry type) said this
    name is a plain file, not a link: it is opened without a ``stat`` first, and without
    following a link (a name that has become one since is read as any other path); where
    Linux's ``openat2`` serves, the kernel opens it beneath the project (text/beneath.py),
    which makes asking where the descriptor leads needless.

    Under an ``overlay.overlay`` (the editor's unsaved documents), a file it names reads as
    its text: still only inside the project, and still bounded."""
    edited = overlaid(path)
    if edited is not None:
        real_path(path, root)  # a link out of the project is refused, saved or not
        _require_size(len(edited), path)
        return edited
    # Six system calls a file (five when the listing vouched for it, four when the kernel
    # opened it beneath the project), the fewest that keep every promise: lint reads
    # thousands of files, so the checks that pass are inlined and the refusals are built elsewhere.
    beneath = open_beneath(path, root, _READ_FLAGS) if listed_plain else None
    try:
        if beneath is not None:
            fd = beneath  # inside the project through no link: the kernel saw to it (text/beneath.py)
        elif listed_plain:
            # As with the stat below, a device swapped in between the check and the open
            # would be opened (without blocking, never as a terminal) and refused unread.
            fd = os.open(path, _READ_FLAGS | _NO_FOLLOW)
        else:
            info = os.stat(path)
            if not _IS_REGULAR(info.st_mode):
                _require_regular(info, path, root)  # a device is refused before it is opened
            fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        if listed_plain and exc.errno in _A_LINK:
            return read_bytes(path, root)  # a link since the listing: followed, or refused, as always
        raise _read_error(exc, path, root) from None
    try:
        info = os.fstat(fd)  # what was opened, not what the name pointed to a moment ago
        if beneath is None:
            real_root, inside = _real_root(os.path.abspath(root))
            real = _opened_path(fd, path)
            if not (real.startswith(inside) or real == real_root):
                raise _outside(path, root, real_root)
        if not _IS_REGULAR(info.st_mode):
            _require_regular(info, path, root)
        _require_size(info.st_size, path)
        data = _read_whole(fd, info.st_size)
    except OSError as exc:
        raise _read_error(exc, path, root) from None
    finally:
        os.close(fd)
    _require_size(len(data), path)
    return data


_IS_REGULAR = stat.S_ISREG


def _opened_path(fd: int, path: Path) -> str:
    """Where an open file really is: one readlink on Linux, else every link resolved."""
    descriptors = _descriptors()
    try:
        if descriptors is not None:
            return os.readlink(str(fd), dir_fd=descriptors)
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return os.path.realpath(path)


_DESCRIPTORS: int | None = None
"""This process's open ``/proc/self/fd`` folder (-1: there is none); None until first asked."""


def _descriptors() -> int | None:
    """This process's ``/proc/self/fd`` folder, opened once: a readlink of a descriptor's name in
    it costs 2.4 us, against 3.7 us for the whole path (its three lookups; lint reads thousands
    of files). A forked child opens its own (``/proc/self`` named the parent when the folder
    was opened: its descriptors are not the child's). None where there is none (not Linux)."""
    global _DESCRIPTORS
    if _DESCRIPTORS is None:
        try:
            _DESCRIPTORS = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
        except (OSError, AttributeError):  # no /proc, or no O_DIRECTORY (Windows)
            _DESCRIPTORS = -1
    return _DESCRIPTORS if _DESCRIPTORS >= 0 else None


def _forget_descriptors() -> None:
    """In a forked child: close the parent's folder (this process's copy of it); the child's
    own is opened when first asked for."""
    global _DESCRIPTORS
    if _DESCRIPTORS is not None and _DESCRIPTORS >= 0:
        try:
            os.close(_DESCRIPTORS)
        except OSError:
            pass
    _DESCRIPTORS = None


if hasattr(os, "register_at_fork"):  # every os.fork (lint's workers) runs it in the child
    os.register_at_fork(after_in_child=_forget_descriptors)


@functools.lru_cache(maxsize=64)
def _real_root(root: str) -> tuple[str, str]:
    """The project root with links resolved, and the prefix of every path inside it.
    Resolved once per project and run: lint reads thousands of files of one root."""
    real_root = os.path.realpath(root)
    return real_root, real_root.rstrip(os.sep) + os.sep


def _read_whole(fd: int, size: int) -> bytes:
    """The file's bytes, at most MAX_BYTES + 1 (the size beyond the limit is refused).
    ``size`` is what fstat said: one read of one byte more finds the end at once, unless
    the file grew meanwhile (then the rest is read in chunks)."""
    first = os.read(fd, min(size, MAX_BYTES) + 1)
    if len(first) <= size:
        return first
    chunks = [first]
    total = len(first)
    while total <= MAX_BYTES:
        chunk = os.read(fd, min(_CHUNK, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _require_regular(info: os.stat_result, path: Path, root: Path) -> None:
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return
    real_path(path, root)  # a link out of the project is refused as such, whatever it points to
    if stat.S_ISDIR(mode):
        raise WecontactError(msg("file.directory"), Location(path))
    raise WecontactError(msg("file.unreadable", reason=_kind(mode)), Location(path))


def _kind(mode: int) -> Message:
    if stat.S_ISFIFO(mode):
        return msg("file.reason_fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg("file.reason_device")
    return msg("file.reason_special")


def _require_size(size: int, path: Path) -> None:
    if size > MAX_BYTES:
        raise WecontactError(msg("file.too_large", size=math.ceil(size / (1024 * 1024))), Location(path))


def _read_error(exc: OSError, path: Path, root: Path) -> WecontactError:
    try:
        real_path(path, root)  # a dangling link or a loop out of the project: refused as such
    except WecontactError as outside:
        return outside
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            reason = msg("file.reason_dangling", target=os.path.realpath(path))
            return WecontactError(msg("file.unreadable", reason=reason), Location(path))
        return WecontactError(msg("file.missing"), Location(path))
    if exc.errno == errno.ELOOP:
        return WecontactError(msg("file.unreadable", reason=msg("file.reason_loop")), Location(path))
    if exc.errno == errno.EISDIR:
        return WecontactError(msg("file.directory"), Location(path))
    return WecontactError(msg("file.unreadable", reason=exc.strerror or str(exc)), Location(path))


def write_target(path: Path, root: Path) -> Path:
    """Where writing ``path`` lands (through a link inside the project); refused outside it."""
    real = real_path(path, root)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real  # a new file (or a link inside the project to a file still to create)
    except OSError as exc:
        raise _read_error(exc, path, root) from None
    _require_regular(info, path, root)
    return real
