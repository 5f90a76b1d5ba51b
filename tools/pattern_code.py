"""Write wecontact_cli/_pattern_code/<implementation>-<version>.marshal: the regex engine's code of
every pattern the package compiles, as this interpreter's ``re`` compiles it (see
wecontact_cli/syntax/patterns.py).

    python tools/pattern_code.py           # write this interpreter's file
    python tools/pattern_code.py --check   # exit 1 if this interpreter's file is not current
    python tools/pattern_code.py --all     # write every supported version's file

Run it with --all after adding or changing a pattern (tests/test_pattern_code.py fails until
then, in each interpreter whose file is out of date: the pattern still works, only it is
compiled at run time again). --all runs this tool with each supported version's interpreter:
this one, .venv's or .venv-3.N's (the environments .ci/run makes; make a missing one with
``python3.N -m venv .venv-3.N && .venv-3.N/bin/pip install -e .``).

The patterns are those the package's modules compile when imported, every ``LazyPattern``
they define, and those a lint and a doctor run of each example project build as they go (a
conditional-compilation directive's core, the cell tags a page is searched for).
"""

from __future__ import annotations

import gc
import importlib
import marshal
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools._generated import check_or_write  # noqa: E402
from wecontact_cli.syntax import patterns  # noqa: E402

SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
"""The minor versions ``--all`` writes (``requires-python`` in pyproject.toml, to the newest tested)."""
_MARSHAL_VERSION = 2
"""Without the back-references of version 3 and later: the same table is always the same bytes."""


def used_patterns() -> list[tuple[Any, int]]:
    """Every (pattern, flags) the package compiles: at import, lazily, and in runs of the examples."""
    recorded: list[tuple[Any, int]] = []
    patterns.record(recorded)
    try:
        for path in sorted((ROOT / "wecontact_cli").rglob("*.py")):
            importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        from wecontact_cli.syntax.lazy_pattern import LazyPattern

        recorded.extend((lazy.pattern, int(lazy._flags)) for lazy in gc.get_objects() if isinstance(lazy, LazyPattern))
        _run_examples()
    finally:
        patterns.record(None)
    return sorted(set(recorded), key=lambda item: (type(item[0]).__name__, item[0], item[1]))


def _run_examples() -> None:
    """Lint (and collect doctor's uses of) each example project, in this process and without
    the cache: what they compile on the way is recorded."""
    from wecontact_cli.lint.engine import LintOptions, run_lint

    for example in sorted((ROOT / "examples").iterdir()):
        if example.is_dir():
            for collect_uses in (False, True):
                run_lint(LintOptions(paths=[example], collect_uses=collect_uses))


def arguments(pattern: Any, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]:
    """What ``re.compile(pattern, flags)`` hands ``_sre.compile`` in this interpreter, its code
    as bytes (each code unit ``_sre.CODESIZE`` bytes, in this machine's order)."""
    import _sre

    seen: list[tuple[Any, ...]] = []

    class Recorder:
        def __getattr__(self, name: str) -> Any:
            return getattr(_sre, name)

        @staticmethod
        def compile(*args: Any) -> Any:
            seen.append(args)
            return _sre.compile(*args)

    compiler = getattr(re, "_compiler", None) or getattr(re, "sre_compile")  # 3.11 and later; 3.10
    saved = compiler._sre
    compiler._sre = Recorder()
    try:
        re.purge()
        re.compile(pattern, flags)
    finally:
        compiler._sre = saved
        re.purge()
    (_, final_flags, code, groups, groupindex, indexgroup), = seen
    import array

    return final_flags, array.array("I", code).tobytes(), groups, dict(groupindex), tuple(indexgroup)


def expected() -> bytes:
    """This interpreter's file as the package's patterns make it now."""
    table = {key: arguments(*key) for key in used_patterns()}
    return marshal.dumps((patterns.engine_key(), table), _MARSHAL_VERSION)


def main(argv: list[str]) -> int:
    if "--all" in argv:
        return _write_all()
    return check_or_write(Path(patterns.code_file()), expected(), ROOT, "python tools/pattern_code.py --all",
                          "--check" in argv)


def _write_all() -> int:
    """Run this tool with each supported version's interpreter (see above)."""
    status = 0
    for version in SUPPORTED:
        python = _python_for(version)
        if python is None:
            print(f"no environment of Python {version} (.venv-{version}): its file left as it is", file=sys.stderr)
            status = 1
            continue
        status |= subprocess.run([str(python), __file__], check=False).returncode
    return status


def _python_for(version: str) -> Path | None:
    """This interpreter, .venv's or .venv-<version>'s, whichever is that version."""
    for python in (Path(sys.executable), ROOT / ".venv" / "bin" / "python",
                   ROOT / f".venv-{version}" / "bin" / "python"):
        if python.exists():
            said = subprocess.run([str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                  capture_output=True, text=True, check=False).stdout.strip()
            if said == version:
                return python
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
