"""Planned changes to files: edits are data, shown as diffs, applied atomically in one place.

Nothing else in wecontact writes a file. A command plans a ``Changeset`` first; showing
it (``--dry-run``, ``--diff``) and applying it are separate steps, so an error found while
planning leaves every file as it was.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from wecontact_cli.errors import Location, WecontactError, display_path
from wecontact_cli.messages import Message, msg


@dataclass(frozen=True, order=True)
class TextEdit:
    """Replace the characters ``[start, end)`` of a text with ``text`` (an insertion if equal)."""

    start: int
    end: int
    text: str


def apply_edits(text: str, edits: list[TextEdit] | tuple[TextEdit, ...]) -> str:
    """The text with all edits applied; they must not overlap."""
    result: list[str] = []
    cursor = 0
    for edit in sorted(edits):
        if edit.start < cursor or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"overlapping or out-of-range edit {edit}")
        result.append(text[cursor : edit.start])
        result.append(edit.text)
        cursor = edit.end
    result.append(text[cursor:])
    return "".join(result)


@dataclass(frozen=True)
class FileChange:
    """The whole new content of one file; ``before`` is None for a file to create."""

    path: Path
    before: bytes | None
    after: bytes
    summary: "str | Message" = ""

    @property
    def changed(self) -> bool:
        """Whether applying this change would alter the file system."""
        return self.before != self.after

    def diff(self, base: Path) -> str:
        """A unified diff, git style (``a/`` and ``b/`` paths relative to ``base``)."""
        if not self.changed:
            return ""
        name = display_path(self.path, base)
        old = _lines(self.before or b"")
        new = _lines(self.after)
        fromfile = "/dev/null" if self.before is None else f"a/{name}"
        out = []
        for line in difflib.unified_diff(old, new, fromfile, f"b/{name}", lineterm="\n"):
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


def _lines(data: bytes) -> list[str]:
    # Only "\n" ends a line in a patch; splitlines() would also break at U+2028, \x0c ...
    text = data.decode("utf-8", errors="replace")
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


@dataclass
class Changeset:
    """Every file change a command plans, plus what it wants to tell the user."""

    changes: list[FileChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, change: FileChange) -> None:
        """Plan a change; one change per file (a planner gathers its edits first)."""
        if any(c.path == change.path for c in self.changes):
            raise ValueError(f"{change.path} is already part of this changeset")
        self.changes.append(change)

    @property
    def pending(self) -> list[FileChange]:
        """The changes that would alter a file."""
        return [c for c in self.changes if c.changed]

    def diff(self, base: Path) -> str:
        """The unified diff of every pending change."""
        return "".join(c.diff(base) for c in self.pending)

    def apply(self) -> None:
        """Write every pending change, or nothing: temp files first, then atomic renames."""
        pending = self.pending
        for change in pending:
            _check_unchanged(change)
        staged: list[tuple[Path, Path, FileChange]] = []
        created_dirs: list[Path] = []
        done: list[tuple[Path, FileChange]] = []
        try:
            for change in pending:
                target = _write_target(change.path)
                created_dirs.extend(_make_parents(target.parent))
                staged.append((_stage(target, change), target, change))
            for temp, target, change in staged:
                if change.before is None and os.path.lexists(target):
                    raise FileExistsError(f"{target} appeared while wecontact was working")
                os.replace(temp, target)
                done.append((target, change))
            for directory in {t.parent for _, t, _ in staged}:
                _fsync_dir(directory)
        except BaseException as exc:
            stuck = _roll_back(staged, done, created_dirs)
            if isinstance(exc, OSError):
                where = Path(exc.filename) if exc.filename else pending[0].path
                outcome = (msg("edits.nothing_modified") if not stuck else
                           msg("edits.not_restored", paths=", ".join(display_path(p) for p in stuck)))
                raise WecontactError(
                    msg("edits.cannot_write", reason=exc.strerror or str(exc), outcome=outcome),
                    Location(where),
                ) from None
            raise


def _check_unchanged(change: FileChange) -> None:
    try:
        current: bytes | None = change.path.read_bytes()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise WecontactError(msg("file.unreadable", reason=exc.strerror), Location(change.path)) from None
    if current != change.before:
        raise WecontactError(
            msg("edits.changed_on_disk"),
            Location(change.path),
        )


def _write_target(path: Path) -> Path:
    """Write through a symbolic link to its target, keeping the link itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _make_parents(directory: Path) -> list[Path]:
    missing: list[Path] = []
    while not directory.exists():
        missing.append(directory)
        directory = directory.parent
    for item in reversed(missing):
        item.mkdir()
    return missing


def _stage(target: Path, change: FileChange) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".wecontact-tmp", dir=target.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(change.after)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _mode_for(target, change))
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _mode_for(target: Path, change: FileChange) -> int:
    if change.before is not None:
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


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


def _roll_back(
    staged: list[tuple[Path, Path, FileChange]],
    done: list[tuple[Path, FileChange]],
    created_dirs: list[Path],
) -> list[Path]:
    """Best effort: put back what was replaced, remove what was created; returns what stuck."""
    stuck: list[Path] = []
    for temp, _, _ in staged:
        temp.unlink(missing_ok=True)
    for target, change in reversed(done):
        try:
            if change.before is None:
                target.unlink(missing_ok=True)
            else:
                restore = _stage(target, FileChange(target, change.after, change.before))
                try:
                    os.replace(restore, target)
                finally:
                    restore.unlink(missing_ok=True)
        except OSError:
            stuck.append(target)
    # Deepest first: two new files may share a new parent folder.
    for directory in sorted(created_dirs, key=lambda d: len(d.parts), reverse=True):
        try:
            directory.rmdir()
        except OSError:
            pass
    return stuck
