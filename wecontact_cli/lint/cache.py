"""The lint cache: a unit whose inputs did not change is not linted again (as ruff does).

Keyed so that it can never give a wrong answer. One cache file per *run key*: the tool's
version, the cache format, the configuration as applied (with --select and friends), the
selected rules, the language of the messages and the detected project. In it, one entry per
unit (page or component), valid while

- the unit's *key* is unchanged: the bytes of its files and the facts the project knows of it
  without reading it (``Project.cache_inputs``: its kind, its subpackage), and
- every project fact its result read (``Unit.cache_reads``, each a ``Project.cache_fact``
  fingerprint stored with the entry) still has the fingerprint it had: editing app.json's
  declarations re-lints the units that reach the plugin and no other.

A framework that does not say what a unit reads gets no caching, never a stale result. The
paths asked for (``wecontact lint pages/a``) are not part of any key: entries hold a unit's
whole result, and a run narrows it to its paths, so pre-commit's changing file lists share
one cache.

Files are known by the fingerprint of their bytes. A run that must read a unit's files
reads them once, where the unit is linted, and lints those very bytes; a file whose stat is
unchanged since a run read it (long after its last change, git's racy-clean rule) is not
read again (``Contents``).

The cache is a folder in the project (``.wecontact_cache/``, holding its own ``.gitignore``)
or one the user names. It is read at the start and written whole at the end, through a temp
file and a rename, so concurrent runs never corrupt it (the last one wins). A folder or file
that is missing, corrupt, from another version, a link, unreadable or unwritable is ignored:
never an error, never a result. JSON, not pickle: the folder comes with the project, and
reading it must not run code.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from wecontact_cli import __version__
from wecontact_cli.edits import TextEdit
from wecontact_cli.errors import WecontactError
from wecontact_cli.lint.cache_switch import CACHE_DIR_ENV, NO_CACHE_ENV, env_disabled  # noqa: F401 (the cache's API)
from wecontact_cli.lint.model import Diagnostic, Fix
from wecontact_cli.lint.replay import CACHE_DIR, is_record
from wecontact_cli.model.project import CacheInputs, fingerprint
from wecontact_cli.records import asdict, field, record

FORMAT = 4
"""Bumped whenever what an entry holds changes."""
MAX_BYTES = 64 * 1024 * 1024
"""A cache file larger than this is not read (it is not one wecontact wrote)."""
KEEP = 8
"""Cache files kept per project (one per run key: other --select or configurations)."""
MARK = "# created by wecontact: the lint cache (`wecontact clean` removes it)"
"""The first line of the folder's .gitignore: what makes a folder a wecontact cache."""
GITIGNORE = f"{MARK}\n*\n"
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by wecontact.\n"
                "# For information about cache directory tags, see https://bford.info/cachedir/\n")
OWN_FILES = (".gitignore", "CACHEDIR.TAG")

digest = fingerprint
"""A stable hash of parts (bytes and text as they are, anything else by its repr)."""


def run_key(*parts: object) -> str:
    """What every result of a run depends on, besides the units' own inputs."""
    return digest(__version__, str(FORMAT), *parts)


def stamped_key(inputs: CacheInputs, contents: Contents) -> str | None:
    """A unit's key from its files' stamps alone, reading nothing (None: a file must be read)."""
    parts: list[object] = [inputs.name, *inputs.facts]
    for path in inputs.files:
        content = contents.stamped(path)
        if content is None:
            return None
        parts += [path.as_posix(), content]
    return digest(*parts)


def read_key(inputs: CacheInputs, root: Path, contents: Contents) -> tuple[str, dict[Path, bytes]] | None:
    """A unit's key from its files' bytes (read as lint reads them: nothing through a link out of
    the project), with those bytes, which its lint then reads (once, and exactly what the key
    says). None when a file cannot be read: such a unit is linted every time."""
    parts: list[object] = [inputs.name, *inputs.facts]
    data: dict[Path, bytes] = {}
    for path in inputs.files:
        content = contents.read(path, root)
        if content is None:
            return None
        data[path] = content
        parts += [path.as_posix(), digest(content)]
    return digest(*parts), data


RACY_NS = 3 * 1_000_000_000
"""A file changed this recently may change again within its timestamps' granularity (2 s on
FAT, a kernel tick elsewhere) without its stat changing: its stamp is not kept (git's rule)."""


class Contents:
    """Files' content fingerprints. A file whose stat (size, mtime, ctime, inode, device) is
    what it was when a run read it, long after its last change, is known by the fingerprint
    that run kept, without being read again, as git trusts its index."""

    def __init__(self, stamps: dict[str, Any]):
        self.old = stamps
        self.new: dict[str, list[Any]] = {}
        """The stamps seen or made by this run: what the cache keeps for the next."""

    def stamped(self, path: Path) -> str | None:
        """The fingerprint the last run kept for a file whose stat has not changed, or None."""
        name = os.fspath(path)
        known = self.old.get(name)
        if not isinstance(known, list) or len(known) != 6 or not isinstance(known[5], str):
            return None
        try:
            if known[:5] != _stamp(os.stat(name)):
                return None
        except (OSError, ValueError):
            return None
        self.new[name] = known
        return known[5]

    def read(self, path: Path, root: Path) -> bytes | None:
        """A file's bytes as lint reads them, its stamp kept when it is old enough (None: unreadable)."""
        from wecontact_cli.text.fsguard import read_bytes

        name = os.fspath(path)
        try:
            before = os.stat(name)
            data = read_bytes(path, root)
            after = _stamp(os.stat(name))
        except (WecontactError, OSError, ValueError):
            return None
        newest = max(before.st_mtime_ns, before.st_ctime_ns)
        if _stamp(before) == after and newest < time.time_ns() - RACY_NS:
            self.new[name] = [*after, digest(data)]
        return data

    def fingerprint(self, path: Path, root: Path) -> str | None:
        """The fingerprint of a file's bytes: by its stamp, else read (None: unreadable)."""
        known = self.stamped(path)
        if known is not None:
            return known
        data = self.read(path, root)
        return digest(data) if data is not None else None


def _stamp(info: os.stat_result) -> list[int]:
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


@record
class Entry:
    """A unit's whole result (no path filter): its diagnostics, the text of every file they
    point into, what WC110 needs to know, and its files (relative to the project root)."""

    diagnostics: list[Diagnostic]
    used: list[str] = field(default_factory=list)
    usage_known: bool = True
    files: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)


def _fix_to_json(fix: Fix | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    return {"message": str(fix.message), "path": fix.path.as_posix() if fix.path is not None else None,
            "edits": [[e.start, e.end, e.text] for e in fix.edits]}


def _fix_from_json(data: dict[str, Any] | None) -> Fix | None:
    if data is None:
        return None
    return Fix(str(data["message"]), tuple(TextEdit(int(a), int(b), str(t)) for a, b, t in data["edits"]),
               Path(data["path"]) if data["path"] is not None else None)


def entry_to_json(entry: Entry) -> dict[str, Any]:
    """An entry as plain JSON data."""
    rows = []
    for d in entry.diagnostics:
        row = asdict(d)
        row["fix"] = _fix_to_json(d.fix)
        rows.append(row)
    data: dict[str, Any] = {"files": list(entry.files)}
    # Most units have nothing to report: what is empty is left out (the file is read each run).
    for name, value in (("diagnostics", rows), ("used", sorted(entry.used)), ("sources", dict(entry.sources))):
        if value:
            data[name] = value
    if not entry.usage_known:
        data["usage_known"] = False
    return data


def entry_from_json(data: dict[str, Any]) -> Entry:
    """An entry from JSON data (raises KeyError/TypeError/ValueError when it is not one)."""
    diagnostics = [Diagnostic(**{**row, "fix": _fix_from_json(row["fix"])}) for row in data.get("diagnostics", [])]
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
        raise TypeError("sources")
    return Entry(diagnostics, [str(a) for a in data.get("used", [])], bool(data.get("usage_known", True)),
                 [str(f) for f in data["files"]], {str(k): v for k, v in sources.items()})


Facts = Callable[[str], "str | None"]
"""A project fact's current fingerprint by name (None: unknown)."""


class LintCache:
    """One run's view of the cache: entries read at the start, written back at the end."""

    def __init__(self, folder: Path | None, key: str, project: str = ""):
        self.folder = folder
        self.key = key
        self.project = digest(project)[:12]
        self._old: dict[str, Any] = {}
        self.contents = Contents({})
        """The fingerprints of the files read, with the stamps the last run kept."""
        self._new: dict[str, Any] = {}
        self._changed = False

    @property
    def enabled(self) -> bool:
        """Whether this run reads and writes the cache."""
        return self.folder is not None

    @property
    def file(self) -> Path | None:
        """The cache file of this run key."""
        return self.folder / f"lint-{self.project}-{self.key[:32]}.json" if self.folder is not None else None

    def load(self) -> None:
        """Read the entries of this run key; anything wrong with the file means no entries."""
        path = self.file
        if path is None or self.folder is None or not is_cache_folder(self.folder):
            return
        try:
            if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_BYTES:
                return
            # Bytes, decoded at once: a text-mode read (newline translation) took three times as
            # long as the decoding itself, for a file that holds no raw newline.
            data = json.loads(path.read_bytes().decode("utf-8", errors="surrogatepass"))
        except (OSError, ValueError, UnicodeError, RecursionError):
            return
        if isinstance(data, dict) and data.get("format") == FORMAT and data.get("key") == self.key \
                and isinstance(data.get("units"), dict):
            self._old = data["units"]
            stamps = data.get("files")
            self.contents = Contents(stamps if isinstance(stamps, dict) else {})

    def get(self, unit: str, key: str, facts: Facts) -> Entry | None:
        """The entry of a unit whose key and read facts have not changed (kept for the next
        run), or None."""
        found = self.lookup(unit, key, facts)
        if found is None:
            return None
        self._new[unit] = found[1]
        return found[0]

    def lookup(self, unit: str, key: str, facts: Facts) -> tuple[Entry, dict[str, Any]] | None:
        """The entry of a unit whose key and read facts have not changed, with its record as
        stored (a worker hands it to the parent, which keeps it), or None. Facts are checked
        in the order the unit read them: a later name may exist only because an earlier
        fact had its value."""
        stored = self._old.get(unit)
        if not isinstance(stored, dict) or stored.get("key") != key or not isinstance(stored.get("reads"), dict):
            return None
        for name, value in stored["reads"].items():
            if not isinstance(name, str) or facts(name) != value:
                return None
        try:
            return entry_from_json(stored["entry"]), stored
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def put(self, unit: str, key: str, reads: dict[str, str], entry: Entry) -> None:
        """Remember what linting a unit produced, and the facts it read."""
        if self.enabled:
            self.add({unit: stored_entry(key, reads, entry)})

    def add(self, records: dict[str, Any]) -> None:
        """Take entries as recorded (a worker process made them)."""
        if records:
            self._new.update(records)
            self._changed = True

    @property
    def changed(self) -> bool:
        """Whether saving would write anything new (a unit linted, or one gone)."""
        return self._changed or self._new.keys() != self._old.keys() or self.contents.new != self.contents.old

    def save(self) -> None:
        """Write this run's entries atomically, if anything changed; then drop this project's
        oldest cache files. A folder that cannot be written, or is not a wecontact cache, is
        left alone."""
        folder, path = self.folder, self.file
        if folder is None or path is None or not self.changed or not prepare_folder(folder):
            return
        try:
            payload = json.dumps({"format": FORMAT, "key": self.key, "units": self._new, "files": self.contents.new},
                                 ensure_ascii=False, separators=(",", ":"))
            fd, temp = tempfile.mkstemp(prefix=".lint-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
                    handle.write(payload)
                os.replace(temp, path)
            finally:
                if os.path.exists(temp):
                    os.unlink(temp)
            self._prune(folder, path)
        except (OSError, ValueError):
            return

    def _prune(self, folder: Path, kept: Path) -> None:
        """Keep this project's KEEP most recent cache files (other run keys: other selections)."""
        mine = [p for p in folder.glob(f"lint-{self.project}-*.json") if p != kept and not p.is_symlink()]
        mine.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in mine[KEEP - 1:]:
            old.unlink()


def stored_entry(key: str, reads: dict[str, str], entry: Entry) -> dict[str, Any]:
    """An entry as stored: the unit key, the facts read with their fingerprints, the result."""
    return {"key": key, "reads": reads, "entry": entry_to_json(entry)}


def cache_folder(root: Path, option: Path | None) -> Path:
    """Where the cache lives: ``--cache-dir``, else ``<project>/.wecontact_cache``."""
    return option if option is not None else root / CACHE_DIR


def is_cache_folder(folder: Path) -> bool:
    """A real folder (not a link) whose .gitignore wecontact wrote."""
    try:
        if folder.is_symlink() or not folder.is_dir():
            return False
        ignore = folder / ".gitignore"
        if ignore.is_symlink() or not ignore.is_file():
            return False
        with open(ignore, encoding="utf-8", errors="replace") as handle:
            return handle.readline().rstrip("\r\n") == MARK
    except OSError:
        return False


def prepare_folder(folder: Path) -> bool:
    """Make ``folder`` a cache folder: created with its .gitignore and CACHEDIR.TAG when it does
    not exist or is empty; an existing folder that is not one is never written to."""
    try:
        if is_cache_folder(folder):
            return True
        if folder.is_symlink():
            return False
        if folder.exists():
            if not folder.is_dir() or any(folder.iterdir()):
                return False  # the user's folder (``--cache-dir src``): never ours to fill
        else:
            folder.mkdir(parents=True)
        (folder / "CACHEDIR.TAG").write_text(CACHEDIR_TAG, encoding="utf-8")
        (folder / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
        return True
    except OSError:
        return False


def cache_files(folder: Path) -> Iterator[Path]:
    """The files of a cache folder that wecontact wrote: its cache files, leftover temp files,
    and its own .gitignore and CACHEDIR.TAG (nothing else, and no link)."""
    for path in sorted(folder.iterdir()):
        name = path.name
        ours = (name.startswith("lint-") and name.endswith(".json")) or \
            (name.startswith(".lint-") and name.endswith(".tmp")) or name in OWN_FILES or is_record(name)
        if ours and not path.is_symlink() and path.is_file():
            yield path


@record(frozen=True)
class Cleaned:
    """What ``clean`` did to one cache folder."""

    folder: Path
    removed: int
    """Files removed."""
    kept: tuple[str, ...] = ()
    """Names left in the folder because wecontact did not write them (the folder stays)."""


def clean_folder(folder: Path) -> Cleaned | None:
    """Remove a wecontact cache folder: only the files wecontact wrote, then the folder when
    nothing else is in it. None when ``folder`` is not a cache folder (absent, a link, or a
    folder of the user's): nothing is touched."""
    if not is_cache_folder(folder):
        return None
    files = [p for p in cache_files(folder) if p.name != ".gitignore"]
    removed = 0
    for path in [*files, folder / ".gitignore"]:  # the mark goes last: a failure leaves it a cache
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    kept = tuple(sorted(p.name for p in folder.iterdir()))
    if not kept:
        folder.rmdir()
    return Cleaned(folder, removed, kept)


def unique(folders: Iterable[Path]) -> list[Path]:
    """Folders in order, each once (several projects may share a --cache-dir)."""
    seen: dict[str, Path] = {}
    for folder in folders:
        seen.setdefault(os.path.abspath(folder), folder)
    return list(seen.values())
