"""Every regular expression of the package is compiled here: from code compiled ahead, else by ``re``.

``re.compile`` parses a pattern and builds its code in Python: from 20 us for a short pattern to
1 ms for js_skim's bracket-nesting ones. A cold 2,000-page uni-app lint compiled about 60 in the
parent (10 ms) and 17 more in its worker (9 ms, after the fork); a one-page lint about 45 (4 to
6 ms). Most are the same every run.

``tools/pattern_code.py`` compiles the package's patterns with each interpreter and writes what
``re`` hands the regex engine (``_sre.compile``'s arguments) to ``wecontact_cli/_pattern_code``,
one file per CPython minor version. ``compile_pattern`` makes a pattern found there from that
code, in microseconds; a pattern not there (a new one, a name only a user's project spells) is
compiled by ``re``, as before. The file is used only when its key matches the running engine
exactly: the implementation and minor version, the engine's ``MAGIC`` (which changes whenever
its code does), its code unit, limits and byte order. ``_sre.compile`` is private, but 3.10 to
3.13 call it with the same arguments, and the engine checks the code it is given (code it
refuses, like anything unexpected in the file, means ``re.compile``). tests/test_pattern_code.py
checks, in each Python CI runs, that every pattern made from the file equals ``re.compile``'s (a
compiled pattern's equality compares its code) and that the file is current.
"""

from __future__ import annotations

import re
import sys
from typing import Any, AnyStr

FOLDER = "_pattern_code"
"""The package's folder of pattern code files."""

_table: dict[tuple[Any, int], tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]] | None = None
"""The pattern code of this interpreter by (pattern, flags); None until first asked."""
_recording: list[tuple[Any, int]] | None = None
"""Where ``record`` collects every pattern compiled (the tool's run), or None."""


def compile_pattern(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, made from the code compiled ahead when there is some.
    Unlike ``re.compile`` it keeps no cache: compile a pattern once (at a module's top level,
    as a ``LazyPattern``, or behind a cache), not at each call."""
    flags = int(flags)
    if _recording is not None:
        _recording.append((pattern, flags))
    table = _table if _table is not None else _load()
    entry = table.get((pattern, flags))
    if entry is not None:
        import _sre

        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, final_flags, memoryview(code).cast("I").tolist(), groups, dict(groupindex),
                                indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # data the engine refuses ("invalid SRE code")
            pass
    return re.compile(pattern, flags)


def engine_key() -> tuple[Any, ...]:
    """What pattern code is valid for: the interpreter and its regex engine."""
    import _sre

    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT,
            _sre.MAXGROUPS, sys.byteorder)


def code_file() -> str:
    """This interpreter's pattern code file (it may not exist)."""
    import os

    name = f"{sys.implementation.name}-{sys.version_info[0]}{sys.version_info[1]}.marshal"
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), FOLDER, name)


def _load() -> dict[tuple[Any, int], Any]:
    """This interpreter's pattern code, read once: empty when there is no file for it, when
    the file is not readable marshal data, or when it was written for another engine."""
    global _table
    import marshal

    table: dict[tuple[Any, int], Any] = {}
    try:
        with open(code_file(), "rb") as file:
            key, patterns = marshal.loads(file.read())
        if key == engine_key() and isinstance(patterns, dict):
            table = patterns
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no code ahead: every pattern compiles as re compiles it
    _table = table
    return table


def record(into: list[tuple[Any, int]] | None) -> None:
    """Collect every (pattern, flags) compiled from now on into ``into`` (None: stop)."""
    global _recording
    _recording = into


def forget() -> None:
    """Read the code file again at the next compile (the tests change it)."""
    global _table
    _table = None
