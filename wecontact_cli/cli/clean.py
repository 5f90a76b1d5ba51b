"""``wecontact clean``: remove the lint cache, and nothing else.

Only a folder that is a wecontact cache (its .gitignore written by wecontact) is touched, and
in it only the files wecontact wrote; a link is never followed. Nothing to remove is no error.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from wecontact_cli.cli.common import LANG_OPTION, NO_COLOR_OPTION, app, reporter, reporting_errors
from wecontact_cli.cli.help import LocalizedCommand, text
from wecontact_cli.cli.lint import CACHE_DIR_OPTION, chosen_cache_dir
from wecontact_cli.i18n.message import Message, msg


@app.command(cls=LocalizedCommand, help=text(msg("cache.help_clean")))
def clean(
    paths: Optional[list[Path]] = typer.Argument(None, help=text(msg("cache.help_clean_paths")), show_default=False),
    cache_dir: Optional[Path] = CACHE_DIR_OPTION,
    no_color: bool = NO_COLOR_OPTION,
    lang: Optional[str] = LANG_OPTION,
) -> None:
    """Remove the lint cache of the project (only files wecontact wrote); exit 0 when there is none."""
    from wecontact_cli.lint.cache import unique

    out = reporter(no_color, lang)
    with reporting_errors(out):
        for folder in unique(_folders(paths, chosen_cache_dir(cache_dir))):
            out.line(_clean_one(folder))


def _folders(paths: Optional[list[Path]], chosen: Optional[Path]) -> list[Path]:
    """The cache folder the user named, else each project's own."""
    from wecontact_cli.frameworks.discover import group_paths
    from wecontact_cli.lint.cache import CACHE_DIR

    if chosen is not None:
        return [chosen]
    return [group.detection.root / CACHE_DIR for group in group_paths(paths or [Path.cwd()])]


def _clean_one(folder: Path) -> Message:
    """Remove one cache folder; what was done, in words."""
    from wecontact_cli.lint.cache import clean_folder

    shown = _shown(folder)
    if folder.is_symlink():
        return msg("cache.link", folder=shown)
    if not folder.exists():
        return msg("cache.nothing", folder=shown)
    cleaned = clean_folder(folder)
    if cleaned is None:
        return msg("cache.not_ours", folder=shown)
    if cleaned.kept:
        return msg("cache.removed_kept", folder=shown, count=cleaned.removed, names=", ".join(cleaned.kept))
    return msg("cache.removed", folder=shown, count=cleaned.removed)


def _shown(folder: Path) -> str:
    """The folder as the user reaches it from here (relative when below the current folder)."""
    try:
        return Path(os.path.abspath(folder)).relative_to(Path.cwd().absolute()).as_posix() or "."
    except ValueError:
        return Path(os.path.abspath(folder)).as_posix()
