"""``submodules`` lists a package's modules as ``pkgutil.iter_modules`` does: the real
packages wecontact lists (frameworks, rule families), and generated folders."""

from __future__ import annotations

import pkgutil
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wecontact_cli.frameworks
import wecontact_cli.lint.rules
import wecontact_cli.lint.rules.cell
from wecontact_cli.submodules import submodules


def pkgutil_lists(package: types.ModuleType) -> list[tuple[str, bool]]:
    return [(info.name, info.ispkg) for info in pkgutil.iter_modules(package.__path__)]


@pytest.mark.parametrize("package", [wecontact_cli.frameworks, wecontact_cli.lint.rules, wecontact_cli.lint.rules.cell])
def test_the_packages_wecontact_lists_are_listed_as_pkgutil_lists_them(package: types.ModuleType) -> None:
    assert submodules(package) == pkgutil_lists(package) != []


NAMES = st.sampled_from(["a", "b", "_c", "a.b", "__init__", "x-y", "mod", "pkg", "Z"])
SUFFIXES = st.sampled_from([".py", ".pyc", ".txt", "", ".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".py.bak"])
ENTRIES = st.lists(st.tuples(NAMES, SUFFIXES, st.sampled_from(["file", "folder", "package", "package pyc"])),
                   max_size=10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=ENTRIES, second=ENTRIES)
def test_generated_folders_are_listed_as_pkgutil_lists_them(tmp_path_factory: pytest.TempPathFactory,
                                                            first: list[tuple[str, str, str]],
                                                            second: list[tuple[str, str, str]]) -> None:
    folders = []
    for entries in (first, second):
        folder = tmp_path_factory.mktemp("pkg")
        for name, suffix, kind in entries:
            path = folder / (name + suffix)
            if path.exists():
                continue
            if kind == "file":
                path.write_text("")
            else:
                path.mkdir()
                if kind != "folder":
                    (path / ("__init__.pyc" if kind == "package pyc" else "__init__.py")).write_text("")
        folders.append(str(folder))
    folders.append(str(Path(folders[0]) / "missing"))
    package = types.ModuleType("generated")
    package.__path__ = folders  # type: ignore[attr-defined]
    assert submodules(package) == pkgutil_lists(package)
