"""One writer at a time per project: an advisory lock on the project folder itself.

``flock`` on a descriptor of the project's root directory leaves no lock file in the
user's project, and the kernel releases it when the process ends, however it ends (a
``kill -9`` never leaves a stale lock). Where flock is unavailable (Windows, some network
file systems) wecontact writes without the lock: the changed-on-disk check still refuses
to replace a file another run changed, only its window is no longer closed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path
from typing import Iterator

from wecontact_cli.errors import Location, WecontactError
from wecontact_cli.i18n.message import msg

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 60.0
"""A writer holds the lock for milliseconds; a minute means the other run is stuck."""
_POLL_SECONDS = 0.02


@contextlib.contextmanager
def project_lock(root: Path) -> Iterator[bool]:
    """Hold the project's write lock; yields whether a lock is really held."""
    fd = _open_directory(root)
    if fd is None:
        yield False
        return
    try:
        yield _acquire(fd, root)
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _open_directory(root: Path) -> int | None:
    if fcntl is None:
        return None
    try:
        return os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None


def _acquire(fd: int, root: Path) -> bool:
    """Wait for the lock (polling, so that a stuck run gives a clear error, not a hang)."""
    assert fcntl is not None
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False  # ENOLCK, EOPNOTSUPP ...: this file system cannot lock
        if time.monotonic() > deadline:
            raise WecontactError(msg("edits.locked", seconds=int(WAIT_SECONDS)), Location(root))
        time.sleep(_POLL_SECONDS)
