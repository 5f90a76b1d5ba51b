"""Putting planned content on the disk: staged in temp files, renamed in order, rolled back.

``edits.Changeset.apply`` decides what to write and in which order; this module does the
writing. Every step is staged (written and synced) beside its target before the first
rename, so a failure or a crash while staging changes no file. The renames then run in
the planned order, each made durable before the next, so a crash (kill -9, power loss)
leaves a prefix of them. A new folder (a new page's) is built whole under a temp name and
appears with one rename. Temp files a crashed run left are removed by the next run that
writes to their folder.
"""

from __future__ import annotations

# tempfile and shutil are imported where a write uses them: a lint run imports this module
# (its edits are planned, not written) and would pay for both on every start.
import errno
import os
import stat
import time
from pathlib import Path

from wecontact_cli.records import record
from wecontact_cli.text import fsguard
from wecontact_cli.errors import Location, WecontactError, display_path
from wecontact_cli.i18n.message import msg

TEMP_SUFFIX = ".wecontact-tmp"
STALE_SECONDS = 600
"""Without the write lock another run's temp file may be in use: only older ones are stale."""


@record(frozen=True)
class Step:
    """One rename: ``path`` gets ``content``; ``previous`` is what it holds before (None: absent)."""

    path: Path
    content: bytes
    previous: bytes | None


@record(frozen=True)
class Batch:
    """What one rename installs: a single step, or every file of a ``folder`` still to create."""

    folder: Path | None
    steps: tuple[Step, ...]


def preflight(path: Path, before: bytes | None, root: Path) -> Path:
    """Where a change to ``path`` lands, after refusing what must not be written."""
    target = fsguard.write_target(path, root)
    current = fsguard.read_bytes(path, root) if os.path.exists(target) else None
    if current != before:
        raise WecontactError(msg("edits.changed_on_disk"), Location(path))
    if before is not None and _read_only(target):
        raise WecontactError(msg("edits.read_only"), Location(path))
    return target


def _read_only(target: Path) -> bool:
    # os.access alone says yes to root, who can write anything: the mode bits say what the
    # user meant (chmod 444), and a rename would silently replace such a file.
    return not os.stat(target).st_mode & 0o222 or not os.access(target, os.W_OK)


def new_folder(target: Path) -> Path | None:
    """The outermost folder that must be created for ``target`` (None: its folder exists)."""
    folder = None
    parent = target.parent
    while not parent.exists():
        folder, parent = parent, parent.parent
    return folder


def existing_folder(target: Path) -> Path:
    """The nearest existing folder of ``target``: where its temp file goes."""
    return (new_folder(target) or target).parent


def remove_stale_temps(folders: set[Path], locked: bool) -> None:
    """Temp files and folders a crashed run left in the folders this run writes to."""
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
                _remove_stale(entry, locked)


def _remove_stale(entry: os.DirEntry[str], locked: bool) -> None:
    try:
        if not locked and time.time() - entry.stat(follow_symlinks=False).st_mtime < STALE_SECONDS:
            return
        if entry.is_dir(follow_symlinks=False):
            import shutil

            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)
    except OSError:
        pass  # left for a later run; hidden and harmless meanwhile


def write(batches: list[Batch], targets: dict[Path, Path], root: Path) -> None:
    """Stage every batch, then install them in order; on failure, undo what was installed."""
    ops = [_FolderOp(b, targets) if b.folder is not None else _FileOp(b.steps[0], targets[b.steps[0].path])
           for b in batches]
    try:
        for op in ops:
            op.stage()
        for op in ops:
            op.install()
    except BaseException as exc:
        stuck = _roll_back(ops, root)
        if isinstance(exc, OSError):
            where = Path(exc.filename) if exc.filename else batches[0].steps[0].path
            outcome = (msg("edits.nothing_modified") if not stuck else
                       msg("edits.not_restored", paths=", ".join(display_path(p) for p in stuck)))
            raise WecontactError(msg("edits.cannot_write", reason=exc.strerror or str(exc), outcome=outcome),
                                 Location(where)) from None
        raise


def _roll_back(ops: list[_FileOp | _FolderOp], root: Path) -> list[Path]:
    """Best effort, newest first; returns the files that could not be put back."""
    for op in ops:
        op.discard()
    stuck = [path for op in reversed(ops) for path in op.undo(root)]
    created = [d for op in ops for d in op.created_dirs]
    for directory in sorted(created, key=lambda d: len(d.parts), reverse=True):  # deepest first
        try:
            os.rmdir(directory)
        except OSError:
            pass
    return stuck


class _FileOp:
    """One file replaced or created through a temp file beside it."""

    def __init__(self, step: Step, target: Path):
        self.step, self.target = step, target
        self.temp: Path | None = None
        self.created_dirs: list[Path] = []
        self.done = False

    def stage(self) -> None:
        """Create missing folders and write the temp file."""
        self.created_dirs = _make_dirs(self.target.parent)
        self.temp = _stage_file(self.target, self.step.content)

    def install(self) -> None:
        """Rename the temp file over the target, durably."""
        assert self.temp is not None
        if self.step.previous is None and os.path.lexists(self.target):
            raise FileExistsError(errno.EEXIST, "the file appeared while wecontact was working", str(self.target))
        os.replace(self.temp, self.target)
        self.done = True
        _fsync_dir(self.target.parent)  # durable before the next rename: a power loss keeps a prefix

    def discard(self) -> None:
        """Remove the temp file if it was not installed."""
        if self.temp is not None and not self.done:
            _unlink_quietly(self.temp)

    def undo(self, root: Path) -> list[Path]:
        """Put back the previous content; a file someone changed since is left alone."""
        if not self.done:
            return []
        try:
            if fsguard.read_bytes(self.target, root) != self.step.content:
                return [self.target]
            if self.step.previous is None:
                os.unlink(self.target)
                return []
            restore = _stage_file(self.target, self.step.previous)
            try:
                os.replace(restore, self.target)
            finally:
                _unlink_quietly(restore)
        except (OSError, WecontactError):
            return [self.target]
        return []


class _FolderOp:
    """A new folder with its files: built under a temp name, then renamed into place at once."""

    def __init__(self, batch: Batch, targets: dict[Path, Path]):
        assert batch.folder is not None
        self.folder = batch.folder
        self.files = [(targets[s.path], s.content) for s in batch.steps]
        self.temp: Path | None = None
        self.created_dirs: list[Path] = []
        self.done = False

    def stage(self) -> None:
        """Write every file inside a temp folder beside the new one."""
        import tempfile

        self.temp = Path(tempfile.mkdtemp(prefix=f".{self.folder.name}.", suffix=TEMP_SUFFIX,
                                          dir=self.folder.parent))
        os.chmod(self.temp, 0o777 & ~_umask())  # mkdtemp makes it private: a folder gets the usual mode
        folders = {self.temp}
        for target, content in self.files:
            inside = self.temp / target.relative_to(self.folder)
            folders.update(_make_dirs(inside.parent))
            _write_new(inside, content)
        for folder in sorted(folders, key=lambda d: len(d.parts), reverse=True):
            _fsync_dir(folder)

    def install(self) -> None:
        """Rename the temp folder to the new folder, durably."""
        assert self.temp is not None
        if os.path.lexists(self.folder):
            raise FileExistsError(errno.EEXIST, "the folder appeared while wecontact was working", str(self.folder))
        os.rename(self.temp, self.folder)
        self.done = True
        _fsync_dir(self.folder.parent)

    def discard(self) -> None:
        """Remove the temp folder if it was not installed."""
        if self.temp is not None and not self.done:
            import shutil

            shutil.rmtree(self.temp, ignore_errors=True)

    def undo(self, root: Path) -> list[Path]:
        """Remove the new folder, unless someone changed a file in it since."""
        if not self.done:
            return []
        import shutil
        import tempfile

        try:
            if any(fsguard.read_bytes(target, root) != content for target, content in self.files):
                return [self.folder]
            away = Path(tempfile.mkdtemp(prefix=f".{self.folder.name}.", suffix=TEMP_SUFFIX,
                                         dir=self.folder.parent))
            os.rename(self.folder, away / self.folder.name)  # gone at once, then deleted
            shutil.rmtree(away, ignore_errors=True)
        except (OSError, WecontactError):
            return [self.folder]
        return []


def _make_dirs(directory: Path) -> list[Path]:
    """Create ``directory`` and its missing parents (each made durable); returns them."""
    missing: list[Path] = []
    while not directory.exists():
        missing.append(directory)
        directory = directory.parent
    for item in reversed(missing):
        os.mkdir(item)
        _fsync_dir(item.parent)
    return missing


def _stage_file(target: Path, content: bytes) -> Path:
    """A synced temp file beside ``target`` holding ``content``, with the target's mode."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_metadata(target, temp)
    except BaseException:
        _unlink_quietly(temp)
        raise
    return temp


def _write_new(path: Path, content: bytes) -> None:
    """A new file (inside a temp folder) with the umask's mode, synced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def _copy_metadata(target: Path, temp: Path) -> None:
    """The replaced file's mode (and owner, when allowed); a new file gets the umask's mode."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        os.chmod(temp, 0o666 & ~_umask())
        return
    os.chmod(temp, stat.S_IMODE(info.st_mode))
    mine = os.stat(temp)
    if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (mine.st_uid, mine.st_gid):
        try:
            os.chown(temp, info.st_uid, info.st_gid)  # e.g. run with sudo: the file stays the user's
        except OSError:
            pass


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the data itself is synced
    finally:
        os.close(fd)
