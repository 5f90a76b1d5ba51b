"""The frameworks wecontact serves, and opening the project a path belongs to.

A framework is registered once with what the rest of wecontact needs of it: its detector,
how it loads a project into the neutral model, where its planners and dialect rules live.
``open_project`` is the one place that turns a path into a project: it detects the
framework, refuses what is not supported with a clear message, and loads the model.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from wecontact_cli.errors import Location, WecontactError, display_path
from wecontact_cli.frameworks import detect as detection
from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.records import record, replace

if TYPE_CHECKING:
    from wecontact_cli.frameworks.detect import Detection
    from wecontact_cli.model import Project


@record(frozen=True)
class Framework:
    """What wecontact needs of a framework; modules are named, and imported only when used."""

    name: str
    detector: Callable[[Path], Detection | None]
    loader: str
    """``module:function`` that turns a Detection into a Project."""
    planner: str | None = None
    """Module with ``plan_init`` and ``plan_add_page`` (None: it cannot write yet)."""
    rules: str | None = None
    """Package of its dialect rules."""

    def load(self, found: Detection) -> Project:
        """The project's model."""
        module, _, function = self.loader.partition(":")
        return getattr(importlib.import_module(module), function)(found)


_FRAMEWORKS: dict[str, Framework] = {}


def register(framework: Framework, *, first: bool = False) -> None:
    """Make a framework known (``first``: its detector runs before the built-in ones)."""
    _FRAMEWORKS[framework.name] = framework
    detection.detectors()  # the built-in detectors first, in their order (native last)
    detection.register(framework.detector, first=first)


def unregister(name: str) -> None:
    """Forget a framework (tests that plug one in clean up after themselves)."""
    framework = _FRAMEWORKS.pop(name, None)
    if framework is not None:
        detection.unregister(framework.detector)


def get(name: str) -> Framework | None:
    """The registered framework of that name."""
    _builtins()
    return _FRAMEWORKS.get(name)


def rule_packages() -> tuple[str, ...]:
    """The packages of the registered frameworks' dialect rules, in registration order."""
    _builtins()
    return tuple(f.rules for f in _FRAMEWORKS.values() if f.rules is not None)


_LOADED = False


def _builtins() -> None:
    """Register every framework package that defines ``FRAMEWORK`` (frameworks/<name>/)."""
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    from wecontact_cli import frameworks
    from wecontact_cli.submodules import submodules

    for name, is_package in submodules(frameworks):
        if is_package:
            module = importlib.import_module(f"{frameworks.__name__}.{name}")
            if hasattr(module, "FRAMEWORK") and module.FRAMEWORK.name not in _FRAMEWORKS:
                register(module.FRAMEWORK)


def open_project(start: Path | None = None, *, writing: bool = False, found: Detection | None = None) -> Project:
    """The project containing ``start`` (default: the current folder), as the neutral model;
    ``found``: the project as already detected (its marker files are not read again).

    Raises WecontactError (exit 2) when there is no project, when its framework is not
    supported, and, for a command that writes, when it is a framework's build output.
    """
    if found is None:
        start = (start or Path.cwd()).absolute()
        found = detection.detect(start) if start.exists() or start.is_symlink() else None
        if found is None:
            raise no_project(start)
    framework = get(found.framework) if found.supported else None
    if framework is None and found.supported:
        output = _native_output_at(found)  # a framework wecontact cannot read yet: lint what it built
        if output is not None:
            found, framework = output, get("native")
    if framework is None:
        raise WecontactError(msg("framework.unsupported", name=display_name(found), evidence=found.evidence),
                             Location(found.root), hint=_unsupported_hint(found))
    if writing and found.output_of is not None:
        raise WecontactError(build_output_refusal(found))
    return framework.load(found)


def no_project(start: Path) -> WecontactError:
    """Why a path names no project: it does not exist, or no project holds it."""
    start = start.absolute()
    if not start.exists() and not start.is_symlink():
        return WecontactError(msg("path.missing"), Location(start))
    return WecontactError(msg("project.not_found", config="project.config.json", app="app.json"),
                          Location(start), hint=msg("project.hint_run_inside"))


def _native_output_at(found: Detection) -> Detection | None:
    """The native tree at the root of a project whose framework wecontact cannot read yet, when it
    points into that framework's build output (a project.config.json with miniprogramRoot set to
    its dist/). A framework that registers itself (Taro does) is linted through its sources."""
    from wecontact_cli.frameworks.markers import detect_native, output_roots

    native = detect_native(found.root)
    if native is None:
        return None
    inside = [out for out in output_roots(found) if native.source_root == out or out in native.source_root.parents]
    if not inside:
        return None
    return replace(native, output_of=found)


def _unsupported_hint(found: Detection) -> Message:
    if found.framework.startswith("Taro "):
        return msg("framework.hint_taro_legacy")
    if found.framework in ("uni-app", "taro"):
        return msg("framework.hint_not_yet", name=display_name(found))
    return msg("framework.hint_other")


def _shown(path: Path) -> str:
    """A folder as the user reaches it from here, with a trailing slash."""
    return display_path(path).rstrip("/") + "/"


def build_output_note(found: Detection) -> Message | None:
    """What lint says once about a framework's build output (None for a source project)."""
    owner = found.output_of
    if owner is None:
        return None
    return msg("build_output.note", framework=display_name(owner), output=_shown(found.source_root),
               sources=_shown(owner.source_root))


def build_output_refusal(found: Detection) -> Message:
    """Why nothing is written into build output."""
    owner = found.output_of
    assert owner is not None
    return msg("build_output.no_fix", framework=display_name(owner), output=_shown(found.source_root),
               sources=_shown(owner.source_root))


def display_name(found: Detection) -> str:
    """A framework as its users write its name."""
    return framework_name(found.framework)


def framework_name(name: str) -> str:
    """A framework's registered name as its users write it ("taro" -> "Taro")."""
    return {"taro": "Taro"}.get(name, name)
