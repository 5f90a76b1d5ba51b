"""Discovery's folder listings, walked ahead by a child process while this one starts up.

A cold ``wecontact lint`` of a 2,000-page project spent about 20 ms in discovery, three
quarters of it listing its 2,012 folders (``os.scandir``), after the imports and setup (30 to
45 ms) during which the second core was idle; with the folders listed ahead, discovery takes
5 to 10 ms (reading the child's answer included).
``start``, called as soon as a plain command line is read (cli/plain_args.py), starts a child
that walks the folder the user named and sends every folder's entries back through a pipe;
``scan`` is how discovery lists a folder (frameworks/listing.py, uni-app's and Taro's units):
the first call reads the child's answer, and a folder the child listed comes from it, any other
from ``os.scandir`` as before. Both give each entry the same ``kind``, by the same function:
the child's answer is what a live listing would have said.

The child is this file run by a fresh, isolated interpreter (``posix_spawn``: vfork and exec),
not a fork of this process: after a fork, every page this process wrote while it imported and
set up was a copy-on-write fault (about 850 more faults on a one-page run, 1,400 on a
2,000-page one, up to 2.5 us each), where spawning costs it 0.3 ms; the interpreter's own
start, about 7 ms, is the idle core's. It imports nothing but ``os`` and ``sys``
(``marshal``, which it answers in, is built in), writes nothing but the pipe, and always ends
with ``os._exit``. It never follows a link, nor goes into a hidden folder or one that every
framework skips (``NEVER_SEARCHED``); it stops after ``MAX_FOLDERS`` folders, and leaves out a
folder it cannot read (discovery's own ``scandir`` meets the error again). So it may list more
than discovery needs, never less than a live listing would give: a folder it did not list is
listed live.

When the child fails, is killed or sends nothing whole, or when there is no core to spare (one
CPU, no ``posix_spawn``, threads running: the editor's server lists live), every folder is
listed live, as without the prefetch. ``stop`` ends the run's prefetch: a child not yet heard
is killed, every child reaped, the listing dropped (the next run in this process lists afresh).
"""

import os
import sys

TYPE_CHECKING = False  # not typing's, nor __future__'s annotations: the child imports nothing (see above)
if TYPE_CHECKING:
    from typing import Iterable, Union

    Entries = tuple[list[str], str]

FILE, OTHER, FOLDER, LINKED_FOLDER = "f", "o", "d", "l"
"""An entry's kind: a plain file; any other entry that is not a folder (a link to a file, a
dangling link, a FIFO...); a folder; a link to a folder."""
NEVER_SEARCHED = frozenset({"node_modules", "__pycache__"})
"""Folders no framework's discovery goes into (nor into hidden ones, nor through links): the
child does not walk them either (their entries in the folder above are listed)."""
MAX_FOLDERS = 5_000
"""The most folders the child lists: about as many as it walks (some 100 a millisecond) before
discovery starts, some 40 ms into a run. A larger tree's rest is listed live, and a run started in
a huge folder (that discovery mostly does not search) waits for no more than this."""

_child: "tuple[int, int, str] | None" = None
"""The walking child not yet heard: its pid, the pipe's reading end, the folder it walks."""
_unreaped: "int | None" = None
"""The child heard, whose exit ``stop`` collects."""
_listed: "dict[str, Entries]" = {}
"""What the child listed, by the folder's path as discovery spells it (absolute)."""


def kind(entry: os.DirEntry[str]) -> str:
    """An entry's kind, as ``os.walk`` tells a folder (a link to one counts) from a file, from
    the type the listing gave (a stat only for a link, or a file system that gives none)."""
    try:
        if entry.is_file(follow_symlinks=False):
            return FILE
    except OSError:
        pass
    if not is_dir(entry):
        return OTHER
    return LINKED_FOLDER if is_link(entry) else FOLDER


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


def scan(folder: str) -> "Entries | None":
    """A folder's entries: their names, in the order listed, and their kinds (one character
    each); None when it cannot be read. From the prefetched walk when it listed the folder,
    else from ``os.scandir``. The lists are shared: read them, never change them."""
    if _child is not None:
        _collect()
    found = _listed.get(folder)
    return found if found is not None else live(folder)


def live(folder: str) -> "Entries | None":
    """A folder's entries read now (``scan``'s answer without the prefetch)."""
    names: list[str] = []
    kinds: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                names.append(entry.name)
                try:  # kind's first test inlined: most entries are plain files (thousands a run)
                    plain = entry.is_file(follow_symlinks=False)
                except OSError:
                    plain = False
                kinds.append(FILE if plain else kind(entry))
    except OSError:
        return None
    return names, "".join(kinds)


def walk(top: str, limit: int = MAX_FOLDERS) -> "dict[str, Entries]":
    """The entries of ``top`` and of the folders below it that discovery may search (at most
    ``limit`` folders), by their path relative to ``top`` (``""``: top itself)."""
    found: dict[str, Entries] = {}
    pending = [""]
    while pending and len(found) < limit:
        rel = pending.pop()
        entries = live(os.path.join(top, rel) if rel else top)
        if entries is None:
            continue
        found[rel] = entries
        names, kinds = entries
        pending.extend(f"{rel}/{name}" if rel else name for name, k in zip(names, kinds)
                       if k == FOLDER and name not in NEVER_SEARCHED and not name.startswith("."))
    return found


def start(paths: "Iterable[Union[str, os.PathLike[str]]]") -> None:
    """Start the child that walks the one folder ``paths`` names (none: the current folder),
    when there is a core to spare; else (a file, several paths, a prefetch already running)
    nothing."""
    global _child
    named = list(paths) or [os.curdir]
    if _child is not None or len(named) != 1 or not forkable() or not hasattr(os, "posix_spawn"):
        return
    if (sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()) != ("utf-8", "surrogateescape"):
        return  # the child reads names in UTF-8 mode: in any other encoding, they would differ
    top = os.fspath(named[0])
    if not sys.executable or not os.path.isdir(top):
        return
    reading, writing = os.pipe()
    try:  # its standard output the pipe; nothing to read, and nowhere to say anything
        pid: "int | None" = os.posix_spawn(sys.executable, _command(top), {}, file_actions=[
            (os.POSIX_SPAWN_DUP2, writing, 1), (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    except OSError:
        pid = None
    finally:
        os.close(writing)
    if pid is None:
        os.close(reading)
        return
    _child = (pid, reading, top)


def _command(top: str) -> list[str]:
    """The child's command line: this file run by this Python, isolated (no environment, no
    site, nothing but the standard library found), in UTF-8 mode (names read as this process
    reads them, whatever the locale)."""
    return [sys.executable, "-I", "-S", "-X", "utf8", __file__, top]


def forkable() -> bool:
    """Whether a helper process pays and may be forked: a second CPU, ``fork``, and no thread
    running (a forked child would inherit locks that threads it does not have may hold).
    ``workers.in_workers`` forks on it; ``start`` asks it too, so that the editor's server,
    which runs threads, lists live."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1 and not threaded()


def threaded() -> bool:
    """Whether this process runs more than one thread (threading unimported: it runs none)."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def _send(pipe: int, walked: "dict[str, Entries]") -> None:
    """Write the walk, marshalled, and close the pipe (the end of the data is the end of the pipe)."""
    import marshal  # built in, and already imported by the interpreter

    data = memoryview(marshal.dumps(walked))
    while data:
        data = data[os.write(pipe, data):]
    os.close(pipe)


def _collect() -> None:
    """Read the child's answer and keep what it listed under the paths discovery spells (an
    answer that is not whole does not load: it is no answer). The child's exit, a moment
    after its last write, is not waited for here: ``stop`` reaps it if it has not ended."""
    import marshal

    global _child, _unreaped
    assert _child is not None
    pid, reading, top = _child
    _child = None
    chunks = []
    try:
        while chunk := os.read(reading, 1 << 20):
            chunks.append(chunk)
    except OSError:
        chunks = []
    finally:
        os.close(reading)
        if not reap(pid, wait=False):
            _unreaped = pid
    try:
        walked = marshal.loads(b"".join(chunks))
    except (EOFError, ValueError, TypeError):
        return
    if isinstance(walked, dict):
        serve(top, walked)


def serve(top: str, walked: "dict[str, Entries]") -> None:
    """Answer ``scan`` from ``walked`` (``walk(top)``'s answer), under the absolute paths
    detection spells (frameworks/detect.py: ``Path.absolute``, which keeps a ``..``)."""
    from pathlib import Path  # loaded long before discovery runs

    global _listed
    here = os.fspath(Path(top).absolute())
    head = os.path.join(here, "")
    _listed = {head + rel if rel else here: entries for rel, entries in walked.items()}


def stop() -> None:
    """End the run's prefetch: kill a child not yet heard, reap every child, drop the listing."""
    global _child, _unreaped, _listed
    if _child is not None:
        pid, reading, _ = _child
        _child = None
        os.close(reading)
        reap(pid, kill=True)
    if _unreaped is not None:
        reap(_unreaped)
        _unreaped = None
    _listed = {}


def reap(pid: int, *, wait: bool = True, kill: bool = False) -> bool:
    """Collect a child's exit, so that none is left a zombie (killed first when ``kill``;
    without ``wait``: only if it has ended); whether it is collected. The prefetch's child
    and the lint's workers (lint/workers.py) are reaped by it."""
    if kill:
        import signal

        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass  # ended already
    try:
        return os.waitpid(pid, 0 if wait else os.WNOHANG)[0] == pid
    except ChildProcessError:
        return True  # collected already


def _main(top: str) -> None:
    """The child: walk ``top``, send the listing on its standard output, and end (always by
    ``os._exit``: no exit handler, nothing flushed)."""
    code = 1
    try:
        _send(1, walk(top))
        code = 0
    finally:
        os._exit(code)


if __name__ == "__main__":
    _main(sys.argv[1])
