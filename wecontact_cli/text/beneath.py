"""A file opened beneath the project's folder by the kernel, in one system call.

``fsguard.read_bytes`` proves that a file it opened is inside the project by asking where
the descriptor leads (a ``readlink`` of ``/proc/self/fd/N``, 2.5 to 3 us, about a third of a
read). Linux's ``openat2`` (5.6 and later) proves more in the open itself: resolved from the
project folder's descriptor with ``RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS``, a path that would
leave the folder or cross a link of any kind is refused (``EXDEV``, ``ELOOP``), atomically,
so no rename between a check and the open can matter. A lint reads thousands of files that
way at about half the cost of ``open`` and ``readlink``.

Python has no ``openat2``: it is called through ``_ctypes`` (the C half of ``ctypes``,
whose Python half costs 2 ms to import), with the C long arguments ``syscall`` takes, once a
process has read enough files for the binding (0.6 ms) to pay (``_WORTH``). Where
that cannot work (not Linux on x86-64 or arm64, no ``_ctypes``, a kernel or a seccomp filter
without ``openat2``), ``open_beneath`` answers None once and for all, and so it does for any
path it does not open (a link, a missing file, anything): the caller then reads as it always
has, and reports what that read finds. It never decides a refusal.

The project folder's descriptor is kept for ``_FRESH`` seconds, then checked against the
folder's path again (``wecontact server`` runs for hours; a folder replaced since is opened
anew). Forked workers inherit the descriptors, which name the same folders there.
"""

from __future__ import annotations

import errno
import os
import sys
import time

_SYS_OPENAT2 = {"x86_64": 437, "aarch64": 437}
"""``openat2``'s number where it is used (437 on every architecture, the kernel's numbers
having been unified by then; these two are the ones tested)."""
_RESOLVE = 0x02 | 0x04 | 0x08
"""RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH."""
_UNSERVED = frozenset({errno.EPERM, errno.EINVAL, errno.E2BIG, errno.ENOSYS})
"""A seccomp filter refusing it, a kernel that does not know these flags or the call:
``openat2`` cannot serve this process at all."""
_FRESH = 2.0
"""Seconds a project folder's descriptor is used before its path is checked again."""
_MAX_ROOTS = 16
"""Project folders whose descriptors are kept (a command has one; the server a few)."""

_WORTH = 128
"""Files a process reads the ordinary way before it binds ``openat2``: binding costs about
0.6 ms, and each read then saves about 2.5 us (a one-page lint reads a handful of files)."""
_asked = 0
"""The files asked for before binding."""
_opener: _Openat2 | bool | None = None
"""The bound call (None: not tried yet; False: not to be had here)."""
_roots: dict[str, tuple[int, object, float]] = {}
"""A project folder (as spelled) -> its descriptor, the same as a C long, and when it was
last checked."""


def open_beneath(path: str | os.PathLike[str], root: str | os.PathLike[str], flags: int) -> int | None:
    """A descriptor of ``path`` opened with ``flags`` (for reading) when it lies beneath
    ``root`` through no link at all; None when it does not, or cannot be known this way."""
    opener = _opener
    if opener is None:
        global _asked
        _asked += 1
        if _asked <= _WORTH:
            return None
        opener = _bind()
    if not opener:
        return None
    top = os.fspath(root)
    name = os.fspath(path)
    cut = len(top) + 1
    if top[:1] != os.sep or not name.startswith(top) or name[cut - 1:cut] != os.sep:
        return None  # a relative root would name another folder after a chdir
    known = _roots.get(top)
    folder = known[1] if known is not None and time.monotonic() - known[2] < _FRESH else _root(top, opener)
    if folder is None:
        return None
    sys.audit("open", name, None, flags)  # as os.open raises it: audit hooks see every file opened
    fd = opener.open(folder, os.fsencode(name[cut:]), flags)
    if fd < 0 and opener.errno() in _UNSERVED:
        _turn_off()
    return fd if fd >= 0 else None


def _root(top: str, opener: _Openat2) -> object | None:
    """The project folder's descriptor as a C long (opened following the links of its own
    path, as its real path is taken), checked again when it is older than ``_FRESH`` seconds."""
    now = time.monotonic()
    known = _roots.pop(top, None)
    if known is not None:
        try:
            same = os.path.samestat(os.fstat(known[0]), os.stat(top))
        except OSError:
            same = False
        if same:
            _roots[top] = (known[0], known[1], now)
            return known[1]
        os.close(known[0])
    if len(_roots) >= _MAX_ROOTS:
        forget()
    try:
        fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return None
    folder = opener.folder(fd)
    _roots[top] = (fd, folder, now)
    return folder


def forget() -> None:
    """Close every project folder's descriptor (the next read opens its folder again)."""
    for fd, _, _ in _roots.values():
        try:
            os.close(fd)
        except OSError:
            pass
    _roots.clear()


def _turn_off() -> None:
    global _opener
    _opener = False


def _bind() -> _Openat2 | bool:
    """``openat2`` through libc's ``syscall``, or False where it is not to be had."""
    global _opener
    _opener = False
    number = _SYS_OPENAT2.get(os.uname().machine) if sys.platform == "linux" else None
    if number is None or sys.implementation.name != "cpython":
        return _opener
    try:
        import _ctypes

        class _Long(_ctypes._SimpleCData):  # C long: what syscall(2) reads each argument as
            _type_ = "l"

        class _Syscall(_ctypes.CFuncPtr):
            _flags_ = _ctypes.FUNCFLAG_CDECL | _ctypes.FUNCFLAG_USE_ERRNO
            _restype_ = _Long

        class _Program:  # what ctypes.CDLL(None) holds: the process's symbols, libc's among them
            _handle = _ctypes.dlopen(None)

        _opener = _Openat2(_Syscall(("syscall", _Program)), _Long, number, _ctypes.get_errno)
    except Exception:  # noqa: BLE001 - no _ctypes, no syscall symbol: every file is read as before
        pass
    return _opener


class _Openat2:
    """``syscall(SYS_openat2, folder, name, &how, sizeof how)``, its arguments as C longs."""

    def __init__(self, syscall: object, long: type, number: int, errno: object) -> None:
        self._syscall, self.folder, self.errno = syscall, long, errno
        self._number, self._size = long(number), long(24)
        self._hows: dict[int, bytes] = {}

    def open(self, folder: object, name: bytes, flags: int) -> int:
        """A descriptor, or -1 (``errno`` says why)."""
        how = self._hows.get(flags)
        if how is None:  # struct open_how {u64 flags; u64 mode; u64 resolve;}
            order = sys.byteorder
            how = self._hows[flags] = flags.to_bytes(8, order) + bytes(8) + _RESOLVE.to_bytes(8, order)
        return self._syscall(self._number, folder, name, how, self._size)  # type: ignore[operator,no-any-return]
