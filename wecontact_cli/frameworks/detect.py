"""Decide a project's framework from its files: native, uni-app, Taro, or something else.

Detection walks up from the path the user gave; in each folder every registered
framework looks at its own markers, in a fixed order (the frameworks that *produce* a
native-looking tree come before native, so a Taro root with ``project.config.json ->
dist/`` is Taro, not native). The nearest folder with a marker decides. A native tree
inside a uni-app or Taro project's output folder is that framework's build output:
linting it is allowed, writing to it never is.

Only small marker files are read here (package.json, manifest.json, project.config.json),
through the guarded reader and each once per detection (``detection.read_marker``); the
native loader reuses the project.config.json that detection parsed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from wecontact_cli.frameworks import markers
from wecontact_cli.frameworks.detection import Detection, PackageJson, read_package_json, reading_once
from wecontact_cli.records import replace

__all__ = ["Detection", "Detector", "PackageJson", "detect", "detect_here", "read_package_json", "register",
           "unregister", "walk_up"]

Detector = Callable[[Path], Detection | None]


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
    _BUILTINS_LOADED = True
    for detector in markers.BUILTIN_DETECTORS:
        register(detector)


def detect_here(folder: Path) -> Detection | None:
    """What ``folder`` itself is, by its markers alone (no walking)."""
    with reading_once():
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
    with reading_once():
        for directory in walk_up(start):
            found = detect_here(directory)
            if found is None:
                continue
            if found.framework == "native":
                owner = _owner_of_output(found)
                if owner is not None:
                    return replace(found, output_of=owner)
            return found
    return None


def _owner_of_output(native: Detection) -> Detection | None:
    """The uni-app or Taro project whose build output the native tree is, if any: its app
    folder lies in that project's output (the project.config.json may sit at the framework
    project's own root, as Taro's does, pointing into dist/)."""
    app = native.source_root
    for folder in (native.root, *native.root.parents):
        found = detect_here(folder)
        if found is None or found.framework == "native":
            continue
        for output in markers.output_roots(found):
            if app == output or output in app.parents:
                return found
        return None  # the nearest framework project does not own this folder
    return None


def walk_up(start: Path) -> Iterator[Path]:
    """``start`` (or its folder, when it is a file) and every parent, as absolute paths."""
    start = start.absolute()
    folder = start if start.is_dir() else start.parent
    yield folder
    yield from folder.parents
