"""Finding and loading the package's own modules as Python's import system does, in about half the time.

A lint imports about 150 of the package's modules before its first page is read. Importing
a module whose compiled file is current took about 75 us before its own code ran: Python's
path finder checks its folder's modification time, tries each kind of file it could be, makes
the spec, then its loader works out the compiled file's name again, checks the source and reads
and checks that file, in some 180 calls of Python code (importlib's bootstrap). That was 10 to
12 ms of every run's start, a fifth of a one-page lint.

``PackageFinder``, first in ``sys.meta_path``, answers for the package's submodules from each
folder's listing, read once, with one ``stat`` of the source; its loader reads the compiled
file and checks it as ``SourceFileLoader`` does (the same magic number, the source's
modification time and size), and runs the code. It decides like the path finder it stands in
for: a package's ``__init__.py`` before a module's ``.py``, a folder without one (a namespace)
after it. Whatever it is not sure of goes to the import system as before, by answering None
(another interpreter's compiled files, an extension module, a name its listing lacks: a file
made since) or by leaving the loading to ``SourceFileLoader`` (no compiled file, a stale or
hash-checked one, any error reading it), which then compiles and writes as usual.

It is not put in place when compiled files are named or placed otherwise (``-O``,
``PYTHONPYCACHEPREFIX``) or the interpreter writes none. The modules it loads are the ones the
import system would load, with the same ``__file__``, ``__cached__``, ``__path__`` and spec, and
a ``SourceFileLoader`` (tests/test_module_finder.py compares every module of the package both ways).
"""

from __future__ import annotations

import marshal
import os
import sys
from io import open_code

from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import MAGIC_NUMBER, SourceFileLoader
from _imp import _fix_co_filename, extension_suffixes

TYPE_CHECKING = False  # not typing's: `wecontact --version` imports this module and nothing of typing
if TYPE_CHECKING:
    from typing import Any, Sequence

_PYC_HEADER = 16
"""Bytes before a compiled file's code: magic number, flags, source modification time and size."""
_TIMESTAMP_FLAGS = b"\0\0\0\0"
"""A compiled file checked against its source's modification time and size (not a hash)."""


class PackageLoader(SourceFileLoader):
    """``SourceFileLoader`` that reads a current compiled file itself (see above)."""

    def __init__(self, fullname: str, path: str, cached: str, stat: os.stat_result) -> None:
        super().__init__(fullname, path)
        self._cached = cached
        self._stat = stat

    def get_code(self, fullname: str) -> Any:
        """The module's code from its compiled file when that is current; else as
        ``SourceFileLoader`` gets it (compiling the source, writing the compiled file)."""
        if fullname == self.name:
            try:
                with open_code(self._cached) as file:
                    data = file.read()
            except OSError:
                data = b""
            stat = self._stat
            if (data[:4] == MAGIC_NUMBER and data[4:8] == _TIMESTAMP_FLAGS
                    and int.from_bytes(data[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF
                    and int.from_bytes(data[12:16], "little") == stat.st_size & 0xFFFFFFFF):
                try:
                    code = marshal.loads(memoryview(data)[_PYC_HEADER:])
                except (EOFError, ValueError, TypeError):
                    code = None
                if type(code) is _CODE:
                    _fix_co_filename(code, self.path)  # a project moved since it was compiled
                    return code
        return super().get_code(fullname)


class PackageFinder:
    """Finds the submodules of the package ``prefix`` names (see above)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix + "."
        self._listings: dict[str, frozenset[str]] = {}
        self._extensions = tuple(extension_suffixes())
        self._tag = sys.implementation.cache_tag

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: object = None) -> ModuleSpec | None:
        """The spec the path finder would give a module of the package; None when not sure."""
        if not name.startswith(self.prefix) or path is None or len(path) != 1 or not isinstance(path[0], str):
            return None
        folder = path[0]
        tail = name.rpartition(".")[2]
        names = self._listing(folder)
        if tail in names:  # a folder: a package when it holds an __init__ (else a namespace, after a module)
            inner = os.path.join(folder, tail)
            inside = self._listing(inner)
            if any("__init__" + suffix in inside for suffix in self._extensions):
                return None
            if "__init__.py" in inside:
                return self._spec(name, inner, "__init__", package=True)
        if any(tail + suffix in names for suffix in self._extensions):
            return None
        if tail + ".py" in names:
            return self._spec(name, folder, tail, package=False)
        return None

    def _spec(self, name: str, folder: str, stem: str, *, package: bool) -> ModuleSpec | None:
        source = os.path.join(folder, stem + ".py")
        try:
            stat = os.stat(source)
        except OSError:
            return None  # gone since the folder was listed
        if stat.st_mode & 0o170000 != 0o100000:
            return None  # not a regular file: the path finder passes it by
        cached = os.path.join(folder, "__pycache__", f"{stem}.{self._tag}.pyc")
        spec = ModuleSpec(name, PackageLoader(name, source, cached, stat), origin=source, is_package=package)
        if package:
            spec.submodule_search_locations = [folder]
        spec.has_location = True
        spec.cached = cached
        return spec

    def _listing(self, folder: str) -> frozenset[str]:
        names = self._listings.get(folder)
        if names is None:
            try:
                names = frozenset(os.listdir(folder))
            except OSError:
                names = frozenset()
            self._listings[folder] = names
        return names

    def invalidate_caches(self) -> None:
        """Forget the folders' listings (``importlib.invalidate_caches``)."""
        self._listings.clear()


def install(prefix: str) -> None:
    """Put a ``PackageFinder`` for ``prefix`` first in ``sys.meta_path`` (once), unless
    compiled files are named or placed otherwise than it reads them."""
    if sys.flags.optimize or sys.pycache_prefix is not None or sys.implementation.cache_tag is None:
        return
    if any(isinstance(finder, PackageFinder) and finder.prefix == prefix + "." for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, PackageFinder(prefix))


_CODE = type(install.__code__)
"""What a compiled file must hold (``types.CodeType``, without importing ``types``)."""
