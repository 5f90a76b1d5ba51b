"""The lint cache: a unit whose inputs did not change is not linted again (as ruff does).

Keyed so that it can never give a wrong answer. A run's key covers what every result
depends on: the tool's version, the cache format, the configuration file's bytes, the
selected rules and the language of the messages. A unit's key covers its own files' bytes
and the project facts its rules read (declarations, subpackages, global registrations, its
kind and scope). Editing app.json's declarations re-lints the units that can render the
cell; editing one page re-lints that page only.

The cache is a folder in the project (``.wecontact_cache/`` with its own ``.gitignore``),
holding one JSON file per run key. It is written whole, through a temp file and a rename,
so concurrent runs never corrupt it (the last one wins). A cache that is missing, corrupt,
from another version, unreadable or unwritable is ignored: never an error, never a result.
JSON, not pickle: the folder comes with the project, and reading it must not run code.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from wecontact_cli import __version__
from wecontact_cli.lint.model import Diagnostic, Fix
from wecontact_cli.edits import TextEdit

CACHE_DIR = ".wecontact_cache"
FORMAT = 1
"""Bumped whenever what an entry holds changes."""
MAX_BYTES = 64 * 1024 * 1024
"""A cache file larger than this is not read (it is not one wecontact wrote)."""


def digest(*parts: bytes | str) -> str:
    """A stable hash of the parts, each length-prefixed so that no two sequences collide."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def run_key(config_bytes: bytes | None, codes: Iterable[str], lang: str) -> str:
    """What every result of a run depends on, besides the units' own inputs."""
    return digest(__version__, str(FORMAT), config_bytes or b"<no configuration>", ",".join(sorted(codes)), lang)


@dataclass
class Entry:
    """What linting one unit produced: its diagnostics and what WC110 needs to know."""

    diagnostics: list[Diagnostic]
    used: list[str] = field(default_factory=list)
    usage_known: bool = True
    files: int = 0


def _fix_to_json(fix: Fix | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    return {"message": str(fix.message), "path": fix.path.as_posix() if fix.path is not None else None,
            "edits": [[e.start, e.end, e.text] for e in fix.edits]}


def _fix_from_json(data: dict[str, Any] | None) -> Fix | None:
    if data is None:
        return None
    return Fix(data["message"], tuple(TextEdit(int(a), int(b), str(t)) for a, b, t in data["edits"]),
               Path(data["path"]) if data["path"] is not None else None)


def entry_to_json(entry: Entry) -> dict[str, Any]:
    """An entry as plain JSON data."""
    rows = []
    for d in entry.diagnostics:
        row = asdict(d)
        row["fix"] = _fix_to_json(d.fix)
        rows.append(row)
    return {"diagnostics": rows, "used": sorted(entry.used), "usage_known": entry.usage_known, "files": entry.files}


def entry_from_json(data: dict[str, Any]) -> Entry:
    """An entry from JSON data (raises KeyError/TypeError/ValueError when it is not one)."""
    diagnostics = [Diagnostic(**{**row, "fix": _fix_from_json(row["fix"])}) for row in data["diagnostics"]]
    return Entry(diagnostics, list(data["used"]), bool(data["usage_known"]), int(data["files"]))


class LintCache:
    """One run's view of the cache: entries read at the start, written back at the end."""

    def __init__(self, folder: Path | None, key: str):
        self.folder = folder
        self.key = key
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] = {}
        self.hits = 0

    @property
    def enabled(self) -> bool:
        """Whether this run reads and writes the cache."""
        return self.folder is not None

    @property
    def file(self) -> Path | None:
        """The cache file of this run key."""
        return self.folder / f"lint-{self.key[:32]}.json" if self.folder is not None else None

    def load(self) -> None:
        """Read the entries of this run key; anything wrong with the file means no entries."""
        path = self.file
        if path is None:
            return
        try:
            if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_BYTES:
                return
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError, RecursionError):
            return
        if isinstance(data, dict) and data.get("format") == FORMAT and data.get("key") == self.key \
                and isinstance(data.get("units"), dict):
            self._old = data["units"]

    def get(self, unit: str, key: str) -> Entry | None:
        """The entry of a unit whose key has not changed (kept for the next run), or None."""
        stored = self._old.get(unit)
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        try:
            entry = entry_from_json(stored["entry"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        self._new[unit] = stored
        self.hits += 1
        return entry

    def put(self, unit: str, key: str, entry: Entry) -> None:
        """Remember what linting a unit produced."""
        if self.enabled:
            self._new[unit] = {"key": key, "entry": entry_to_json(entry)}

    def merge(self, other: dict[str, Any]) -> None:
        """Take the entries a worker process recorded."""
        self._new.update(other)

    @property
    def recorded(self) -> dict[str, Any]:
        """The entries of this run (what a worker hands back to the parent)."""
        return self._new

    def save(self) -> None:
        """Write this run's entries atomically; a folder that cannot be written is left alone."""
        folder, path = self.folder, self.file
        if folder is None or path is None:
            return
        try:
            folder.mkdir(exist_ok=True)
            if folder.is_symlink() or not folder.is_dir():
                return
            ignore = folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by wecontact: the lint cache\n*\n", encoding="utf-8")
            payload = json.dumps({"format": FORMAT, "key": self.key, "units": self._new},
                                 ensure_ascii=False, separators=(",", ":"))
            fd, temp = tempfile.mkstemp(prefix=".lint-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
                    handle.write(payload)
                os.replace(temp, path)
            finally:
                if os.path.exists(temp):
                    os.unlink(temp)
        except (OSError, ValueError):
            return


def cache_folder(root: Path, option: Path | None, disabled: bool) -> Path | None:
    """Where the cache lives: ``--cache-dir``, else ``<project>/.wecontact_cache``; None when off."""
    if disabled:
        return None
    return option if option is not None else root / CACHE_DIR
