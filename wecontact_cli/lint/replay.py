"""Replaying an unchanged lint run: the same ``wecontact lint`` on the same, unchanged project
prints what the last one printed, having read nothing but stamps.

pre-commit, an editor's save hook and CI retries run one lint command line again and again on
a project that has not changed in between. The lint cache (lint/cache.py) spares re-linting
its pages, but a run still imports the linter, detects the project, reads its configuration
and lists its pages. The replay spares the whole run. After a plain ``wecontact lint``
command line (cli/plain_args.py) that the cache served, the run's output (both streams and
its exit status) is kept in the cache folder with the *stamps* (kind, size, mtime, ctime,
inode, device) of everything its result could depend on:

- the invocation (``invocation``): the tool's version, the Python, the current folder, the
  arguments, every environment variable that any part of lint reads (``ENVIRONMENT``), and
  whether stdout and stderr are terminals;
- every file and folder in each project's tree, save the folders lint never reads
  (``SKIPPED``: Git's, npm's dependencies, caches). A folder's stamp changes when an entry is
  added to it, removed or renamed, a file's when it is written;
- in the folders above each project, the files detection may look at there
  (``frameworks.markers.ancestor_probes``), present or absent.

The next run of the same invocation finds the record by its checksum, in the nearest cache
folder above its first path (never through a link), and compares the stamps. When every one is as it was, it writes the same text and exits with the same status,
importing nothing of the linter; anything else (no record, a corrupt one, one of another
invocation, a single stamp that differs) and the run is an ordinary one, which keeps a new
record. As the cache does, no record is kept when something it stamps changed in the three
seconds before the run began (git's racy-clean rule: a change within one timestamp tick
would go unseen), nor when the tree holds a symbolic link, or a project's path goes through
one (a target's changes do not show in the link's stamp).

This module imports only the standard library's cheapest parts: it runs first.
"""

from __future__ import annotations

import os
import stat as stat_module
import sys
import time

from wecontact_cli.lint.cache_switch import CACHE_DIR_ENV, env_disabled

TYPE_CHECKING = False  # not typing's: see the module's docstring
if TYPE_CHECKING:
    from typing import Any, Iterable

MAGIC = b"wecontact-replay 1\n"
"""A record's first line (bumped whenever the layout changes)."""
PREFIX, SUFFIX = "run-", ".replay"
CACHE_DIR = ".wecontact_cache"
"""The cache's folder in a project (lint/cache.py), where records go too."""
SKIPPED = frozenset({".git", "node_modules", CACHE_DIR})
"""Folders lint never reads, at any depth (tests/test_lint_replay.py checks it on every framework):
stamping them would only make every ``git add`` or ``npm install`` a miss."""
ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "WECONTACT_NO_CACHE",
               "WECONTACT_CACHE_DIR", "WECONTACT_CACHE_STATS", "WECONTACT_DEBUG")
"""Every environment variable lint reads (a test records what ordinary runs of every framework read)."""
RACY_NS = 3 * 1_000_000_000
KEEP = 16
"""Records kept per cache folder (one per invocation: pre-commit's file lists vary)."""
MAX_BYTES = 64 * 1024 * 1024

STARTED_NS = time.time_ns()
"""When this run began (this module is imported first): what the racy rule compares with."""


def invocation(args: list[str]) -> bytes | None:
    """Everything of a lint command line's result that is not in the files it reads (None when
    the current folder is gone: the ordinary run says so)."""
    from wecontact_cli import __version__

    try:
        here = os.getcwd()
    except OSError:
        return None
    environ = [os.environ.get(name, "\x01") for name in ENVIRONMENT]  # \x01: unset, unlike ""
    ttys = [str(int(stream.isatty())) if hasattr(stream, "isatty") else "-" for stream in (sys.stdout, sys.stderr)]
    parts = [__version__, "%d.%d" % sys.version_info[:2], here, str(len(args)), *args, *environ, *ttys]
    return "\0".join(parts).encode("utf-8", "surrogateescape")


def record_name(key: bytes) -> str:
    """The file a record of ``key`` lives in (a checksum: the key itself is compared)."""
    import zlib

    return "%s%08x%s" % (PREFIX, zlib.crc32(key), SUFFIX)


def is_record(name: str) -> bool:
    """Whether a cache folder's file is a record, or a record's leftover temp file."""
    return (name.startswith(PREFIX) and name.endswith(SUFFIX)) or (name.startswith("." + PREFIX) and name.endswith(".tmp"))


def key_of(args: list[str], values: dict[str, Any]) -> bytes | None:
    """The key of a lint command line (its arguments, read into ``values``), or None when
    its run is neither replayed nor recorded."""
    return invocation(args) if eligible(values) else None


def replayed(key: bytes, paths: list[str], values: dict[str, Any]) -> int | None:
    """Print what the last run of this unchanged invocation printed and return its exit
    status; None when there is nothing to replay (the run must lint)."""
    record = _find(key, folders(paths, values.get("cache_dir")))
    if record is None:
        return None
    code, stdout, stderr = record
    output_file = values.get("output_file")
    if output_file is not None:
        try:
            with open(output_file, "w", encoding="utf-8") as out:
                out.write(stdout)
        except (OSError, ValueError):
            return None  # the ordinary run says what is wrong with the file
        stdout = ""
    sys.stderr.write(stderr)
    sys.stdout.write(stdout)
    return code


def eligible(values: dict[str, Any]) -> bool:
    """Whether a run with these options may be replayed or recorded: not one that fixes or
    diffs, nor one without the cache."""
    if values.get("fix") or values.get("diff") or values.get("no_cache"):
        return False
    return not env_disabled(os.environ)


def folders(paths: list[str], cache_dir: str | None) -> Iterable[str]:
    """Where a record may be: the cache folder named, else ``.wecontact_cache`` in the first
    path's folder (or the current one) and each folder above it."""
    given = cache_dir or os.environ.get(CACHE_DIR_ENV)
    if given:
        yield os.path.abspath(given)
        return
    folder = os.path.abspath(paths[0] if paths else ".")
    while True:
        yield os.path.join(folder, CACHE_DIR)
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def _find(key: bytes, candidates: Iterable[str]) -> tuple[int, str, str] | None:
    """The exit status and output of the record of ``key`` whose stamps all hold, or None.
    Only the nearest cache folder is looked in (a record goes into its project's own), and
    neither it nor the record may be a link: a cache leads nowhere else."""
    name = record_name(key)
    for folder in candidates:
        try:
            info = os.lstat(folder)
        except OSError:
            continue  # none here: look above
        if not stat_module.S_ISDIR(info.st_mode):
            return None  # a link (or a file): not a cache to read
        try:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as file:
                data = file.read(MAX_BYTES + 1)
        except OSError:
            return None
        record = _parse(data)
        if record is None or record[0] != key or not _holds(record[4]):
            return None
        return record[1], record[2], record[3]
    return None


def _parse(data: bytes) -> tuple[bytes, int, str, str, bytes] | None:
    """(key, exit status, stdout, stderr, stamps) of a record; None when it is not one."""
    if not data.startswith(MAGIC) or len(data) > MAX_BYTES:
        return None
    header, _, body = data[len(MAGIC):].partition(b"\n")
    try:
        code, *sizes = (int(n) for n in header.split(b" "))
        if len(sizes) != 4 or min(sizes) < 0 or sum(sizes) != len(body):
            return None
        blobs, at = [], 0
        for size in sizes:
            blobs.append(body[at:at + size])
            at += size
        return blobs[0], code, blobs[1].decode("utf-8", "surrogatepass"), blobs[2].decode("utf-8", "surrogatepass"), blobs[3]
    except ValueError:
        return None


def stamp(path: bytes | str, follow: bool) -> bytes:
    """What a path's stat says of its content and identity (``-``: nothing there)."""
    try:
        st = os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        return b"-"
    return b"%o,%d,%d,%d,%d,%d" % (st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def _holds(stamps: bytes) -> bool:
    """Whether every path still has the stamp the record kept (``S``: through links, ``L``: not)."""
    items = stamps.split(b"\0")
    if len(items) % 2:
        return False
    pairs = iter(items)
    for path, kept in zip(pairs, pairs):
        if stamp(path, kept[:1] == b"S") != kept[1:]:
            return False
    return True


class Recorder:
    """Keeps the record of an ordinary run of an eligible invocation, for its next run."""

    def __init__(self, key: bytes):
        self.key = key

    def save(self, run: RunRecord) -> None:
        """Write the record, atomically, into the first project's cache folder (one the cache
        made: lint/cache.py checks), when the run's inputs allow one (see the module's
        docstring); never an error."""
        stamps = _stamps(run)
        if stamps is None:
            return
        out, err = (text.encode("utf-8", "surrogatepass") for text in (run.stdout, run.stderr))
        sizes = b" ".join(b"%d" % len(blob) for blob in (self.key, out, err, stamps))
        data = b"".join((MAGIC, b"%d " % run.code, sizes, b"\n", self.key, out, err, stamps))
        _write(run.folder, record_name(self.key), data)


class RunRecord:
    """What an ordinary run hands to ``Recorder.save``: its result and what it looked at."""

    def __init__(self, *, code: int, stdout: str, stderr: str, roots: list[str], starts: list[str],
                 folder: os.PathLike[str], probes: list[str]):
        self.code, self.stdout, self.stderr = code, stdout, stderr
        self.roots = roots
        """The projects' folders (absolute): their trees are stamped."""
        self.starts = starts
        """The paths the run was given (absolute): each must lie in a stamped tree."""
        self.folder = folder
        """The first project's cache folder, where the record goes."""
        self.probes = probes
        """The files detection may have looked at above the projects (absolute)."""


class _Unfit(Exception):
    """The run's inputs cannot be stamped reliably: no record."""


def _stamps(run: RunRecord) -> bytes | None:
    """The stamps blob of a run (``path\\0Lstamp`` per entry), or None when it must not be kept."""
    if any(os.path.realpath(root) != root for root in run.roots):
        return None  # a link on the way: detection resolved it, its target may move
    pairs: dict[bytes, bytes] = {}
    try:
        cache = os.fsencode(os.path.abspath(run.folder))  # wherever --cache-dir puts it
        for root in run.roots:
            _tree(os.fsencode(root), pairs, cache)
        for path in run.probes:
            name = os.fsencode(path)
            pairs.setdefault(name, b"S" + _fresh(stamp(name, True)))
    except (_Unfit, OSError):
        return None
    if any(os.fsencode(start) not in pairs for start in run.starts):
        return None  # a path in a folder lint skips: its surroundings are not stamped
    return b"\0".join(part for pair in pairs.items() for part in pair)


def _tree(root: bytes, pairs: dict[bytes, bytes], cache: bytes) -> None:
    """Stamp ``root`` and everything below it but SKIPPED folders and the ``cache`` folder
    (raises _Unfit at a link)."""
    pairs[root] = b"L" + _fresh(stamp(root, False))
    skipped = {os.fsencode(name) for name in SKIPPED}
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name in skipped or entry.path == cache:
                    continue  # whatever it is (a worktree's .git file, a linked node_modules)
                if entry.is_symlink():
                    raise _Unfit
                pairs[entry.path] = b"L" + _fresh(stamp(entry.path, False))
                if entry.is_dir():
                    folders.append(entry.path)


def _fresh(kept: bytes) -> bytes:
    """A stamp old enough to trust (raises _Unfit for one changed just before the run)."""
    if kept != b"-":
        fields = kept.split(b",")
        if max(int(fields[2]), int(fields[3])) >= STARTED_NS - RACY_NS:
            raise _Unfit
    return kept


def _write(folder: os.PathLike[str], name: str, data: bytes) -> None:
    """``folder/name`` replaced atomically by ``data``; the folder's oldest records dropped."""
    import tempfile

    try:
        fd, temp = tempfile.mkstemp(prefix=".run-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, os.path.join(folder, name))
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        records = sorted((entry.stat().st_mtime_ns, entry.path) for entry in os.scandir(folder)
                         if is_record(entry.name) and entry.is_file(follow_symlinks=False))
        for _, old in records[:-KEEP]:
            os.unlink(old)
    except OSError:
        return
