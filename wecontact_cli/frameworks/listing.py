"""One folder's listing for discovery: its files and the subfolders worth searching.

Every framework walks its source tree once per lint. ``os.walk`` costs a Python frame, a
``DirEntry`` test and (with pathlib) a Path per entry; on a 2,000-page project that was a
tenth of a run's serial start, before the work is shared between processes. The entries come
from ``prefetch.scan``: most often listed ahead by a child process, else by ``scandir``.
"""

from __future__ import annotations

from collections.abc import Collection

from wecontact_cli.frameworks.prefetch import FILE, FOLDER, LINKED_FOLDER, scan


def listing(folder: str, skipped: Collection[str]) -> tuple[list[str], list[str], set[str]]:
    """A folder's files and its subfolders to search (not links, not hidden, not
    ``skipped``), each sorted by name, and the files that are not plain (links, FIFOs,
    devices: usually none; the others may be read without a ``stat``, see
    ``fsguard.read_bytes``). No ``stat`` of a plain entry.
    An unreadable folder lists nothing, as ``os.walk`` skips it."""
    entries = scan(folder)
    if entries is None:
        return [], [], set()
    files: list[str] = []
    folders: list[str] = []
    others: set[str] = set()
    for name, kind in zip(*entries):
        if kind == FOLDER:
            if name not in skipped and not name.startswith("."):
                folders.append(name)
        elif kind != LINKED_FOLDER:
            files.append(name)
            if kind != FILE:
                others.add(name)
    return sorted(files), sorted(folders), others
