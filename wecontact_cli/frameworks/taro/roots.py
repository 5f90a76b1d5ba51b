"""Where a Taro project keeps its sources and its build output: ``sourceRoot`` and
``outputRoot`` of ``config/index.(ts|js)``, read with a real parser (Taro's defaults, src and
dist, when the file is absent or the values cannot be read statically)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_SOURCE = "src"
DEFAULT_OUTPUT = "dist"
CONFIG_NAMES = ("index.ts", "index.js", "index.mjs", "index.cjs")
MAX_BYTES = 1024 * 1024
WEAPP = {"TARO_ENV": "weapp", "NODE_ENV": "production"}
"""What process.env holds when Taro builds for WeChat (to fold `dist/${process.env.TARO_ENV}`)."""


@dataclass(frozen=True)
class TaroRoots:
    """The project's source and output folders, and whether config/index said so."""

    source: Path
    output: Path
    framework: str | None = None
    read: bool = False
    """False: config/index is absent or not statically readable; Taro's defaults apply."""


def config_file(root: Path) -> Path | None:
    """``config/index.*``, if the project has one."""
    return next((root / "config" / n for n in CONFIG_NAMES if (root / "config" / n).is_file()), None)


def taro_roots(root: Path) -> TaroRoots:
    """``sourceRoot``/``outputRoot``/``framework`` from config/index, else Taro's defaults."""
    path = config_file(root)
    defaults = TaroRoots(root / DEFAULT_SOURCE, root / DEFAULT_OUTPUT)
    if path is None:
        return defaults
    try:
        if path.stat().st_size > MAX_BYTES:
            return defaults
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return defaults
    from wecontact_cli.syntax.jsconfig import read_config

    config = read_config(text, path.name, env=WEAPP).root
    if config is None:
        return defaults

    def string(key: str) -> str | None:
        node = config.get(key)
        return node.value.strip("/ ") if node is not None and node.kind == "string" and node.value.strip("/ ") else None

    return TaroRoots(root / (string("sourceRoot") or DEFAULT_SOURCE), root / (string("outputRoot") or DEFAULT_OUTPUT),
                     string("framework"), True)
