"""The modules and packages directly inside a package, as ``pkgutil.iter_modules`` lists them,
without importing ``inspect``: pkgutil imports it (with ``ast``, ``dis`` and ``tokenize``, about
4 ms) on its first listing, and every lint lists the framework packages and the rule families."""

from __future__ import annotations

import os
from importlib.machinery import all_suffixes

TYPE_CHECKING = False  # not typing's
if TYPE_CHECKING:
    from collections.abc import Iterable
    from types import ModuleType


def submodules(package: ModuleType) -> list[tuple[str, bool]]:
    """(name, whether it is a package) of each module in ``package``'s folders, in
    ``pkgutil.iter_modules``'s order and by its rules: a file with an importable suffix is a
    module, a folder holding an ``__init__`` module is a package, a name with a dot is neither,
    and a name found in an earlier folder is not listed again."""
    return modules_in(package.__path__)


def modules_in(folders: Iterable[str]) -> list[tuple[str, bool]]:
    """``submodules`` of a package whose folders are ``folders`` (it need not be imported)."""
    found: dict[str, bool] = {}
    for folder in folders:
        if not os.path.isdir(folder):  # not a folder on disk (a zip file, say): pkgutil knows it
            import pkgutil

            for info in pkgutil.iter_modules([folder]):
                found.setdefault(info.name, info.ispkg)
            continue
        for name in sorted(os.listdir(folder)):
            module, is_package = _module_name(name), False
            if module == "__init__":
                continue
            if module is None:
                if "." in name or not _holds_init(os.path.join(folder, name)):
                    continue
                module, is_package = name, True
            if "." not in module:
                found.setdefault(module, is_package)
    return list(found.items())


def _module_name(file_name: str) -> str | None:
    """The module a file is (``inspect.getmodulename``: the longest importable suffix removed)."""
    for suffix in _SUFFIXES:
        if file_name.endswith(suffix):
            return file_name[:-len(suffix)]
    return None


_SUFFIXES = sorted(all_suffixes(), key=len, reverse=True)


def _holds_init(folder: str) -> bool:
    """Whether a folder is a package: it holds an ``__init__`` module."""
    if not os.path.isdir(folder):
        return False
    try:
        return any(_module_name(name) == "__init__" for name in os.listdir(folder))
    except OSError:
        return False
