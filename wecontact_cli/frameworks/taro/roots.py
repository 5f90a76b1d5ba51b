"""Where a Taro project keeps its sources and its build output: ``sourceRoot`` and
``outputRoot`` of ``config/index.(ts|js)``, read with a real parser (Taro's defaults, src and
dist, when the file is absent or the values cannot be read statically)."""

from __future__ import annotations

from pathlib import Path

from wecontact_cli.records import record

DEFAULT_SOURCE = "src"
DEFAULT_OUTPUT = "dist"
CONFIG_NAMES = ("index.ts", "index.js", "index.mjs", "index.cjs")
MAX_BYTES = 1024 * 1024
WEAPP = {"TARO_ENV": "weapp", "NODE_ENV": "production"}
"""What process.env holds when Taro builds for WeChat (to fold `dist/${process.env.TARO_ENV}`)."""


@record(frozen=True)
class TaroRoots:
    """The project's source and output folders, and whether config/index said so."""

    source: Path
    output: Path
    framework: str | None = None
    read: bool = False
    """False: config/index is absent or not statically readable; Taro's defaults apply."""
    path: Path | None = None
    """config/index.*, when the project has one."""
    unknown: tuple[tuple[str, int], ...] = ()
    """Keys config/index sets to something not statically readable, with their offsets (the
    default is used for them, and said so)."""


def config_file(root: Path) -> Path | None:
    """``config/index.*``, if the project has one."""
    return next((root / "config" / n for n in CONFIG_NAMES if (root / "config" / n).is_file()), None)


def taro_roots(root: Path) -> TaroRoots:
    """``sourceRoot``/``outputRoot``/``framework`` from config/index, else Taro's defaults."""
    path = config_file(root)
    if path is None:
        return TaroRoots(root / DEFAULT_SOURCE, root / DEFAULT_OUTPUT)
    defaults = TaroRoots(root / DEFAULT_SOURCE, root / DEFAULT_OUTPUT, path=path)
    try:
        if path.stat().st_size > MAX_BYTES:
            return defaults
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return defaults
    key = (str(path), text)
    if key not in _LAST:  # detection and the loader both ask, one after the other: parse once
        _LAST.clear()
        _LAST[key] = _read(root, path, text, defaults)
    return _LAST[key]


_LAST: dict[tuple[str, str], TaroRoots] = {}
"""The last config/index read, by its path and text: the same text always reads alike."""


def _read(root: Path, path: Path, text: str, defaults: TaroRoots) -> TaroRoots:
    """What config/index's text says (``defaults`` where it says nothing readable)."""
    from wecontact_cli.syntax.jsconfig import read_config

    config = read_config(text, path.name, env=WEAPP).root
    if config is None:
        return defaults

    unknown: list[tuple[str, int]] = []

    def string(key: str) -> str | None:
        node = config.get(key)
        if node is not None and node.kind == "string" and node.value.strip("/ "):
            return node.value.strip("/ ")
        if (node is not None and node.kind == "unknown") or (node is None and not config.settled(key)):
            unknown.append((key, node.start if node is not None else config.start))
        return None

    source, output, framework = string("sourceRoot"), string("outputRoot"), string("framework")
    return TaroRoots(root / (source or DEFAULT_SOURCE), root / (output or DEFAULT_OUTPUT), framework, True, path,
                     tuple(unknown))
