"""What detection finds, and how detectors read the marker files that decide it.

``Detection`` is what a folder is (its framework, where its project and sources live, and
why). Detectors read marker files (package.json, manifest.json, project.config.json) through
``read_marker``: the one guarded reader (``text.source``: regular files only, nothing
through a link out of the folder, a size bound), each file at most once while a
``reading_once`` block is open, however many detectors ask about the same folder.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from wecontact_cli.errors import WecontactError
from wecontact_cli.records import field, record

T = TypeVar("T")


@record(frozen=True)
class Detection:
    """What a folder is: its framework, where its project and sources live, and why."""

    framework: str
    """"native", "uni-app", "taro", or the name of an unsupported framework."""
    root: Path
    """The project folder (where the markers are)."""
    source_root: Path
    """Where the pages live: miniprogramRoot, uni-app's src/ or the root, Taro's sourceRoot."""
    supported: bool = True
    variant: tuple[tuple[str, str], ...] = ()
    """Facts about the flavour, e.g. (("vue", "3"), ("layout", "cli"), ("language", "ts"))."""
    evidence: str = ""
    """The marker that decided, for messages ("package.json has @tarojs/taro 4.0.9")."""
    output_of: Detection | None = None
    """When this native tree is a framework's build output: that framework's project."""
    markers: Any = field(default=None, compare=False, repr=False)
    """What the detector read to decide (native: the parsed project.config.json files),
    handed to the framework's loader so that no marker file is read twice."""

    def get(self, key: str, default: str = "") -> str:
        """A variant fact, e.g. ``detection.get("vue")``."""
        return next((v for k, v in self.variant if k == key), default)


@record(frozen=True)
class PackageJson:
    """The dependencies a package.json names (both kinds), with their version ranges."""

    dependencies: dict[str, str] = field(default_factory=dict)

    def has(self, *names: str) -> str | None:
        """The first of ``names`` that is a dependency, or None."""
        return next((n for n in names if n in self.dependencies), None)

    def major(self, name: str) -> int | None:
        """The major version a range such as ``^3.6.8`` or ``~4.0`` pins, if it says."""
        digits = ""
        for char in self.dependencies.get(name, "").lstrip("^~>=v <"):
            if not char.isdigit():
                break
            digits += char
        return int(digits) if digits else None


_READ: dict[tuple[Path, str], Any] | None = None
"""While a ``reading_once`` block is open: what each marker reading returned."""


@contextlib.contextmanager
def reading_once() -> Iterator[None]:
    """Within this block each marker file is read once, whichever detector asks (nested
    blocks share the outermost one; the memory ends with it, so nothing is ever stale)."""
    global _READ
    if _READ is not None:
        yield
        return
    _READ = {}
    try:
        yield
    finally:
        _READ = None


def read_marker(path: Path, how: Callable[[Path], T]) -> T:
    """``how(path)``, remembered inside a ``reading_once`` block (keyed by path and reading)."""
    if _READ is None:
        return how(path)
    key = (path, getattr(how, "__qualname__", repr(how)))
    if key not in _READ:
        _READ[key] = how(path)
    result: T = _READ[key]
    return result


def marker_text(path: Path) -> str | None:
    """A marker file's text through the guarded reader, bounded by its own folder; None when
    it is absent or cannot be read (a link out, a FIFO, a huge or binary file ...)."""
    from wecontact_cli.text.source import read_source

    if not path.is_file():
        return None
    try:
        return read_source(path, path.parent).text
    except (WecontactError, OSError):
        return None


def _package_json(path: Path) -> PackageJson | None:
    text = marker_text(path)
    if text is None:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    deps: dict[str, str] = {}
    for key in ("devDependencies", "dependencies"):  # a runtime pin wins over a dev one
        section = data.get(key)
        if isinstance(section, dict):
            deps.update({str(k): str(v) for k, v in section.items()})
    return PackageJson(deps)


def read_package_json(folder: Path) -> PackageJson | None:
    """``folder/package.json``'s dependencies; None when there is none or it is unreadable."""
    return read_marker(folder / "package.json", _package_json)
