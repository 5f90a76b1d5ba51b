"""A native-looking tree that a framework generated: uni-app's or Taro's build output.

People lint build output on purpose (it is what WeChat runs). Then what the framework's
compiler adds is not the user's mistake, and every problem must be fixed in the sources,
which the next build copies over this tree. This module knows both: the names uni-app's
compiler injects (never reported), and where a build output's sources are (said once).

Only marker files are read: package.json, and uni-app's manifest.json/pages.json beside
the output folder (frameworks.md section 0).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from wecontact_cli.i18n.message import Message, msg
from wecontact_cli.frameworks.native.app import ProjectPaths

# What uni-app's compilers (Vue 2: uni-template-compiler; Vue 3: uni-mp-compiler) write on
# a component for WeChat, checked by compiling a <cell> with both.
GENERATED_ATTRIBUTES = frozenset({"vue-id", "data-event-opts", "data-com-type", "u-t", "u-i", "u-p"})
GENERATED_EVENTS = frozenset({"__l"})
"""bind:__l="__l": Vue 2's component link event."""
GENERATED_HANDLERS = frozenset({"__e", "__l"})
"""Vue 2 routes every event through __e (data-event-opts names the real handler)."""

UNI_PACKAGES = ("@dcloudio/vite-plugin-uni", "@dcloudio/vue-cli-plugin-uni", "@dcloudio/uni-app")
TARO_PACKAGES = ("@tarojs/taro", "@tarojs/cli", "@tarojs/runtime")
_MODES = ("dev", "build")


@dataclass(frozen=True)
class BuildOutput:
    """A tree some framework built: which one, and the folder its sources are in."""

    framework: str
    output: Path
    sources: Path

    def note(self) -> Message:
        """What lint says once about it."""
        return msg("build_output.note", framework=self.framework, output=_shown(self.output),
                   sources=_shown(self.sources))

    def refusal(self) -> Message:
        """Why --fix and --diff plan nothing here."""
        return msg("build_output.no_fix", framework=self.framework, output=_shown(self.output),
                   sources=_shown(self.sources))


def build_output_of(paths: ProjectPaths) -> BuildOutput | None:
    """The framework build this project's app folder is, if recognisably one."""
    return _uniapp_output(paths.app_dir) or _taro_output(paths)


def _uniapp_output(app_dir: Path) -> BuildOutput | None:
    """``<project>/unpackage/dist/<mode>/mp-weixin`` (HBuilderX) or ``<project>/dist/<mode>/mp-weixin`` (CLI)."""
    folder = app_dir.absolute()
    if folder.name != "mp-weixin" or folder.parent.name not in _MODES or folder.parent.parent.name != "dist":
        return None
    dist = folder.parent.parent
    base = dist.parent.parent if dist.parent.name == "unpackage" else dist.parent
    if (base / "manifest.json").is_file() and (base / "pages.json").is_file():
        return BuildOutput("uni-app", folder, base)
    if _depends_on(base, UNI_PACKAGES):
        return BuildOutput("uni-app", folder, base / "src")
    return None


def _taro_output(paths: ProjectPaths) -> BuildOutput | None:
    """A Taro project whose project.config.json points miniprogramRoot into its outputRoot."""
    root = paths.root.absolute()
    if not _depends_on(root, TARO_PACKAGES):
        return None
    output = root / _taro_setting(root, "outputRoot", "dist")
    app_dir = paths.app_dir.absolute()
    if app_dir != output and output not in app_dir.parents:
        return None
    return BuildOutput("Taro", app_dir, root / _taro_setting(root, "sourceRoot", "src"))


def _taro_setting(root: Path, key: str, default: str) -> str:
    """``sourceRoot``/``outputRoot`` as a plain string literal in config/index, else the default."""
    for name in ("index.ts", "index.js"):
        try:
            text = (root / "config" / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = re.search(rf"\b{key}\s*:\s*['\"]([^'\"/][^'\"]*)['\"]", text)
        if found:
            return found[1].strip("/")
    return default


def _depends_on(folder: Path, packages: tuple[str, ...]) -> bool:
    """Whether ``folder/package.json`` names one of ``packages`` as a dependency."""
    try:
        data = json.loads((folder / "package.json").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict):
        return False
    for key in ("dependencies", "devDependencies"):
        section = data.get(key)
        if isinstance(section, dict) and any(name in section for name in packages):
            return True
    return False


def _shown(path: Path) -> str:
    """A folder as the user reaches it from here, with a trailing slash."""
    from wecontact_cli.errors import display_path

    return display_path(path).rstrip("/") + "/"
