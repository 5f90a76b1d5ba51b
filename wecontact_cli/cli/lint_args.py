"""``wecontact lint``'s plain command lines, read without typer.

A pre-commit hook or a CI step runs ``wecontact lint`` with a few of its options on every
commit: importing typer (and the parts of the standard library it needs) would cost about a
third of such a run. ``parse`` reads the command lines whose meaning is plain (known options,
each spelt in full, ``--name=value`` or ``--name value``, and paths) exactly as typer reads
them, and returns None for anything else, which typer then reads as always: ``--help``, an
unknown or misspelt option, a missing value, a value or a path that starts with ``-``,
``--``, an empty argument, bytes that are not UTF-8, and Windows (where click expands
wildcards in arguments).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

from wecontact_cli.cli.lint_run import LintArgs

__all__ = ["LintArgs", "parse"]

VALUE_OPTIONS = {"--output-format": "output_format", "-f": "output_format", "--output-file": "output_file",
                 "-o": "output_file", "--select": "select", "--extend-select": "extend_select", "--ignore": "ignore",
                 "--cache-dir": "cache_dir", "--lang": "lang"}
"""Options that take a value -> the LintArgs field it sets."""
REPEATABLE = frozenset({"select", "extend_select", "ignore"})
"""Fields whose option may be given several times (each value kept, in order); for any other
option, as in click, the last value given wins."""
PATH_FIELDS = frozenset({"output_file", "cache_dir"})
FLAGS = {"--fix": "fix", "--diff": "diff", "--statistics": "statistics", "--exit-zero": "exit_zero",
         "--no-cache": "no_cache", "--no-color": "no_color"}


def parse(args: Sequence[str]) -> LintArgs | None:
    """The arguments after ``lint`` as typer would read them, or None when typer must read them."""
    if os.name == "nt" or not all(_plain(a) for a in args):
        return None
    values: dict[str, Any] = {}
    paths: list[Path] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if not arg.startswith("-"):
            paths.append(Path(arg))
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in FLAGS and not equals:
            values[FLAGS[name]] = True
            continue
        field = VALUE_OPTIONS.get(name)
        if field is None or (not equals and not rest):
            return None
        value = value if equals else rest.pop(0)
        if not _plain(value) or value.startswith("-"):
            return None  # click would take it as the value; it is more likely a slip: typer decides
        _set(values, field, value)
    return LintArgs(paths=tuple(paths), **values)


def _plain(arg: str) -> bool:
    """Neither empty, nor ``-``/``--``-like where a value or a path is meant, nor undecodable."""
    if not arg or arg in ("-", "--") or (arg.startswith("-") and arg.strip("-") == ""):
        return False
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False  # bytes that are not UTF-8 (surrogate escapes): click has its own ways with them
    return True


def _set(values: dict[str, Any], field: str, value: str) -> None:
    if field in REPEATABLE:
        values[field] = (*values.get(field, ()), value)
    else:
        values[field] = Path(value) if field in PATH_FIELDS else value

