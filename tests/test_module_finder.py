"""``module_finder`` loads the package's modules as Python's import system does: every module of
the package gets the same file, compiled file, path, spec and code either way; on any package
layout and any state of the compiled files, what it answers is what the path finder answers,
and what it is not sure of it leaves to the import system."""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import json
import os
import py_compile
import subprocess
import sys
import tempfile
from importlib.machinery import PathFinder, SourceFileLoader
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import wecontact_cli
from wecontact_cli.module_finder import PackageFinder, PackageLoader

ROOT = Path(__file__).resolve().parent.parent
_SURVEY = r"""
import importlib, importlib.machinery, json, os, sys
import wecontact_cli
if sys.argv[1] == "standard":
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "PackageFinder"]
root = os.path.dirname(wecontact_cli.__file__)
names = []
for folder, dirs, files in os.walk(root):
    dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("_pattern"))
    package = os.path.relpath(folder, os.path.dirname(root)).replace(os.sep, ".")
    names += [package + "." + f[:-3] if f != "__init__.py" else package for f in sorted(files) if f.endswith(".py")]
seen = {}
for name in names:
    if name.endswith(".__main__"):
        continue  # runs the command line
    module = importlib.import_module(name)
    spec = module.__spec__
    seen[name] = {
        "file": module.__file__, "cached": getattr(module, "__cached__", None), "package": module.__package__,
        "path": list(getattr(module, "__path__", []) or []), "origin": spec.origin, "spec_cached": spec.cached,
        "locations": list(spec.submodule_search_locations or []), "has_location": spec.has_location,
        "parent": spec.parent, "names": sorted(vars(module)),
        "source": isinstance(module.__loader__, importlib.machinery.SourceFileLoader)
                  and module.__loader__.get_source(name) == open(module.__file__, encoding="utf-8").read(),
        "loader": type(module.__loader__).__name__,
        "filenames": sorted({f.__code__.co_filename for f in vars(module).values()
                             if callable(f) and getattr(f, "__module__", None) == name and hasattr(f, "__code__")}),
    }
print(json.dumps(seen))
"""


def _survey(how: str) -> dict[str, dict[str, object]]:
    done = subprocess.run([sys.executable, "-c", _SURVEY, how], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def test_every_module_of_the_package_loads_as_the_import_system_loads_it() -> None:
    fast, standard = _survey("fast"), _survey("standard")
    assert fast.keys() == standard.keys() and len(fast) > 150
    served = [name for name, seen in fast.items() if seen["loader"] == "PackageLoader"]
    assert len(served) > 150  # all but the package itself and the namespace package lint
    for name in fast:
        mine = {k: v for k, v in fast[name].items() if k != "loader"}
        theirs = {k: v for k, v in standard[name].items() if k != "loader"}
        assert mine == theirs, name
        assert mine["source"], name  # and the code of its functions names the same files (above)


def test_it_is_installed_once_and_only_where_compiled_files_are_the_usual_ones(tmp_path: Path) -> None:
    check = ("import sys, wecontact_cli, wecontact_cli.module_finder as m; m.install('wecontact_cli'); "
             "print(sum(type(f).__name__ == 'PackageFinder' for f in sys.meta_path))")

    def finders(*flags: str, **env: str) -> str:
        return subprocess.run([sys.executable, *flags, "-c", check], capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, **env}, check=True).stdout.strip()

    assert finders() == "1"
    assert finders("-O") == "0"  # compiled files named .opt-1.pyc
    assert finders(PYTHONPYCACHEPREFIX=str(tmp_path)) == "0"  # compiled files kept elsewhere


# -- any layout, any compiled file --------------------------------------------------------------

_COUNTER = itertools.count()
_EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]
ENTRIES = st.sampled_from(["module", "package", "namespace", "namespace+module", "package+module",
                           "extension+module", "extension-package", "folder-named-py", "missing"])
COMPILED = st.sampled_from(["current", "none", "stale", "hash", "bad-magic", "truncated", "not-code", "folder"])


def _write_compiled(source: Path, state: str) -> None:
    cached = Path(importlib.util.cache_from_source(str(source)))
    if state == "none":
        return
    if state == "folder":
        cached.mkdir(parents=True)
        return
    invalidation = py_compile.PycInvalidationMode.CHECKED_HASH if state == "hash" else None
    py_compile.compile(str(source), cfile=str(cached), doraise=True,
                       **({"invalidation_mode": invalidation} if invalidation else {}))
    data = cached.read_bytes()
    if state == "stale":  # the source changed since: another size, another value
        source.write_text(source.read_text() + "VALUE = VALUE + '-edited'\n")
    elif state == "bad-magic":
        cached.write_bytes(b"\0\0\0\0" + data[4:])
    elif state == "truncated":
        cached.write_bytes(data[:20])
    elif state == "not-code":
        import marshal

        cached.write_bytes(data[:16] + marshal.dumps(("not", "code")))


def _make(folder: Path, name: str, entry: str, compiled: str) -> None:
    """One entry of a package folder, under ``name``."""
    module_text = f"VALUE = {name!r} + ' module'\ndef where():\n    return 1\n"
    if entry in ("module", "namespace+module", "package+module", "extension+module"):
        (folder / f"{name}.py").write_text(module_text)
        _write_compiled(folder / f"{name}.py", compiled)
    if entry in ("package", "package+module", "extension-package"):
        (folder / name).mkdir()
        (folder / name / "__init__.py").write_text(f"VALUE = {name!r} + ' package'\n")
        _write_compiled(folder / name / "__init__.py", compiled)
    if entry in ("namespace", "namespace+module"):
        (folder / name).mkdir()
    if entry == "extension+module":
        (folder / f"{name}{_EXTENSION}").write_bytes(b"not really an extension")
    if entry == "extension-package":
        (folder / name / f"__init__{_EXTENSION}").write_bytes(b"not really an extension")
    if entry == "folder-named-py":
        (folder / f"{name}.py").mkdir()


def _value(spec: object, name: str) -> tuple[str, str]:
    """What loading the spec's code gives: the module's VALUE and its functions' file, or the
    error that stops it (a damaged compiled file stops the import system too)."""
    try:
        code = spec.loader.get_code(name)  # type: ignore[attr-defined]
    except (ImportError, EOFError, ValueError) as error:
        return "error", type(error).__name__
    namespace: dict[str, object] = {"__name__": name}
    exec(code, namespace)
    where = namespace.get("where")
    return str(namespace["VALUE"]), where.__code__.co_filename if callable(where) else spec.origin  # type: ignore[attr-defined]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(ENTRIES, COMPILED), min_size=1, max_size=5))
def test_on_any_layout_it_answers_as_the_path_finder_or_not_at_all(entries: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        package = f"wcfinder{next(_COUNTER)}"
        folder = Path(temp) / package
        folder.mkdir()
        names = [f"m{i}" for i in range(len(entries))]
        for name, (entry, compiled) in zip(names, entries):
            _make(folder, name, entry, compiled)
        finder = PackageFinder(package)
        for name, (entry, _) in zip(names, entries):
            full = f"{package}.{name}"
            mine = finder.find_spec(full, [str(folder)])
            if mine is None:
                assert entry in ("namespace", "extension+module", "extension-package", "folder-named-py", "missing")
                continue
            theirs = PathFinder.find_spec(full, [str(folder)])
            assert theirs is not None and isinstance(theirs.loader, SourceFileLoader)
            assert isinstance(mine.loader, PackageLoader)
            assert (mine.name, mine.origin, mine.cached, mine.submodule_search_locations, mine.has_location,
                    mine.parent) == (theirs.name, theirs.origin, theirs.cached, theirs.submodule_search_locations,
                                     theirs.has_location, theirs.parent)
            assert _value(mine, full) == _value(theirs, full)


def test_a_project_moved_since_it_was_compiled_gets_its_new_file_names(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    (before / "wcmoved").mkdir(parents=True)
    source = before / "wcmoved" / "mod.py"
    source.write_text("def where():\n    return 1\n")
    py_compile.compile(str(source), cfile=importlib.util.cache_from_source(str(source)), doraise=True)
    before.rename(after)  # the compiled file is still current: the same time and size
    spec = PackageFinder("wcmoved").find_spec("wcmoved.mod", [str(after / "wcmoved")])
    assert spec is not None
    namespace: dict[str, object] = {}
    exec(spec.loader.get_code("wcmoved.mod"), namespace)  # type: ignore[union-attr]
    assert namespace["where"].__code__.co_filename == str(after / "wcmoved" / "mod.py")  # type: ignore[attr-defined]


def test_a_module_made_after_its_folder_was_listed_is_found_once_caches_are_invalidated(tmp_path: Path) -> None:
    folder = tmp_path / "wclater"
    folder.mkdir()
    (folder / "first.py").write_text("VALUE = 1\n")
    finder = PackageFinder("wclater")
    assert finder.find_spec("wclater.first", [str(folder)]) is not None
    (folder / "second.py").write_text("VALUE = 2\n")
    assert finder.find_spec("wclater.second", [str(folder)]) is None  # the import system finds it
    finder.invalidate_caches()
    assert finder.find_spec("wclater.second", [str(folder)]) is not None


def test_it_answers_only_for_its_own_package() -> None:
    finder = next(f for f in sys.meta_path if isinstance(f, PackageFinder))
    here = [os.path.dirname(wecontact_cli.__file__)]
    assert finder.find_spec("json.decoder", here) is None
    assert finder.find_spec("wecontact_cli_other.lint", here) is None
    assert finder.find_spec("wecontact_cli.plugin", None) is None  # no parent path: not a submodule
    assert finder.find_spec("wecontact_cli.plugin", here) is not None
