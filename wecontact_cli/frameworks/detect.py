"""Decide a project's framework from its files: native, uni-app, Taro, or something else.

Detection walks up from the path the user gave; in each folder every registered
framework looks at its own markers, in a fixed order (the frameworks that *produce* a
native-looking tree come before native, so a Taro root with ``project.config.json ->
dist/`` is Taro, not native). The nearest folder with a marker decides. A native tree
inside a uni-app or Taro project's output folder is that framework's build output:
linting it is allowed, writing to it never is.

Only small marker files are read here (package.json, manifest.json); nothing is parsed
that a command would not read anyway.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

Detector = Callable[[Path], "Detection | None"]


@dataclass(frozen=True)
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

    def get(self, key: str, default: str = "") -> str:
        """A variant fact, e.g. ``detection.get("vue")``."""
        return next((v for k, v in self.variant if k == key), default)


@dataclass(frozen=True)
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


def read_package_json(folder: Path) -> PackageJson | None:
    """``folder/package.json``'s dependencies; None when there is none or it is unreadable."""
    path = folder / "package.json"
    try:
        if not path.is_file() or path.stat().st_size > 4 * 1024 * 1024:
            return None
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    deps: dict[str, str] = {}
    for key in ("devDependencies", "dependencies"):  # a runtime pin wins over a dev one
        section = data.get(key)
        if isinstance(section, dict):
            deps.update({str(k): str(v) for k, v in section.items()})
    return PackageJson(deps)


_DETECTORS: list[Detector] = []


def register(detector: Detector, *, first: bool = False) -> None:
    """Add a framework's detector (``first``: before the built-in ones)."""
    if detector not in _DETECTORS:
        _DETECTORS.insert(0, detector) if first else _DETECTORS.append(detector)


def unregister(detector: Detector) -> None:
    """Remove a detector (tests that plug in a framework clean up after themselves)."""
    if detector in _DETECTORS:
        _DETECTORS.remove(detector)


def detectors() -> list[Detector]:
    """Every registered detector, built-in ones loaded on first use, in order."""
    if not _BUILTINS_LOADED:
        _load_builtins()
    return list(_DETECTORS)


_BUILTINS_LOADED = False


def _load_builtins() -> None:
    global _BUILTINS_LOADED
    from wecontact_cli.frameworks import markers

    _BUILTINS_LOADED = True
    for detector in markers.BUILTIN_DETECTORS:
        register(detector)


def detect_here(folder: Path) -> Detection | None:
    """What ``folder`` itself is, by its markers alone (no walking)."""
    for detector in detectors():
        found = detector(folder)
        if found is not None:
            return found
    return None


def detect(start: Path) -> Detection | None:
    """The project containing ``start``: the nearest folder, walking up, that has markers.

    A native tree found inside a framework project's output folder comes back with
    ``output_of`` set to that project.
    """
    for directory in walk_up(start):
        found = detect_here(directory)
        if found is None:
            continue
        if found.framework == "native":
            owner = _owner_of_output(found.root)
            if owner is not None:
                return Detection(found.framework, found.root, found.source_root, found.supported,
                                 found.variant, found.evidence, owner)
        return found
    return None


def _owner_of_output(native_root: Path) -> Detection | None:
    """The uni-app or Taro project whose build output ``native_root`` is, if any."""
    from wecontact_cli.frameworks.markers import output_roots

    for ancestor in native_root.parents:
        found = detect_here(ancestor)
        if found is None or found.framework == "native":
            continue
        for output in output_roots(found):
            if native_root == output or output in native_root.parents:
                return found
        return None  # the nearest framework project does not own this folder
    return None


def walk_up(start: Path) -> Iterator[Path]:
    """``start`` (or its folder, when it is a file) and every parent, as absolute paths."""
    start = start.absolute()
    folder = start if start.is_dir() else start.parent
    yield folder
    yield from folder.parents
