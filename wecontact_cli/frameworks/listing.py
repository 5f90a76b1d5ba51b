"""One folder's listing for discovery: its files and the subfolders worth searching.

Every framework walks its source tree once per lint. ``os.walk`` costs a Python frame, a
``DirEntry`` test and (with pathlib) a Path per entry; on a 2,000-page project that was a
tenth of a run's serial start, before the work is shared between processes.
"""

from __future__ import annotations

import os
from collections.abc import Collection


def listing(folder: str, skipped: Collection[str]) -> tuple[list[str], list[str]]:
    """A folder's files and its subfolders to search (not links, not hidden, not
    ``skipped``), each sorted by name: one ``scandir`` and no ``stat`` of a plain entry.
    An unreadable folder lists nothing, as ``os.walk`` skips it."""
    files: list[str] = []
    folders: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not is_dir(entry):
                    files.append(entry.name)
                elif entry.name not in skipped and not entry.name.startswith(".") and not is_link(entry):
                    folders.append(entry.name)
    except OSError:
        return [], []
    return sorted(files), sorted(folders)


def is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder (or a link to one), as ``os.walk`` decides it."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def is_link(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a link (``os.path.islink``'s answer: False when that cannot be known)."""
    try:
        return entry.is_symlink()
    except OSError:
        return False
