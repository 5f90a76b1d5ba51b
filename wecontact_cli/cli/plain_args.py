"""The plain command lines of ``wecontact lint`` and ``wecontact doctor``, read without typer.

A pre-commit hook or a CI step runs ``wecontact lint`` (or ``doctor``) with a few of its
options on every commit: importing typer (and the parts of the standard library it needs)
would cost about a fifth of a small run. ``parse`` reads the command lines whose meaning is
plain (known options, each spelt in full, ``--name=value`` or ``--name value``, and paths)
exactly as typer reads them, and returns None for anything else, which typer then reads as
always: ``--help``, an unknown or misspelt option, a missing value, a value or a path that
starts with ``-``, ``--``, an empty argument, bytes that are not UTF-8, and Windows (where
click expands wildcards in arguments).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # not typing's: a replayed lint (cli/replay.py) imports neither typing nor pathlib
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Callable, Mapping, Sequence


class Grammar:
    """A command's options as typer declares them, by the field each one sets (a plain class:
    dataclasses would import inspect, a tenth of a replayed run)."""

    def __init__(self, values: Mapping[str, str], flags: Mapping[str, str], repeatable: frozenset[str] = frozenset(),
                 paths: frozenset[str] = frozenset()):
        self.values = values
        """Options that take a value -> their field."""
        self.flags = flags
        """Options that take none (True when given) -> their field."""
        self.repeatable = repeatable
        """Fields whose option may be given several times (each value kept, in order); for any
        other option, as in click, the last value given wins."""
        self.paths = paths
        """Fields typer hands over as a Path."""


LINT = Grammar(
    values={"--output-format": "output_format", "-f": "output_format", "--output-file": "output_file",
            "-o": "output_file", "--select": "select", "--extend-select": "extend_select", "--ignore": "ignore",
            "--cache-dir": "cache_dir", "--lang": "lang"},
    flags={"--fix": "fix", "--diff": "diff", "--statistics": "statistics", "--exit-zero": "exit_zero",
           "--no-cache": "no_cache", "--no-color": "no_color"},
    repeatable=frozenset({"select", "extend_select", "ignore"}), paths=frozenset({"output_file", "cache_dir"}))
DOCTOR = Grammar(values={"--output-format": "output_format", "-f": "output_format", "--lang": "lang"},
                 flags={"--no-color": "no_color"})


def parse(args: Sequence[str], grammar: Grammar) -> tuple[tuple[Path, ...], dict[str, Any]] | None:
    """The arguments after the command's name as typer would read them (the paths, and the
    options' values by field), or None when typer must read them."""
    found = read(args, grammar)
    return _typed(*found, grammar) if found is not None else None


def _typed(paths: list[str], values: dict[str, Any], grammar: Grammar) -> tuple[tuple[Path, ...], dict[str, Any]]:
    """``read``'s result with typer's conversions: each path, and each path value, a Path."""
    from pathlib import Path

    return tuple(Path(p) for p in paths), {k: Path(v) if k in grammar.paths else v for k, v in values.items()}


def read(args: Sequence[str], grammar: Grammar) -> tuple[list[str], dict[str, Any]] | None:
    """``parse`` before typer's conversions: the paths and path values as the strings given."""
    if os.name == "nt" or not all(_plain(a) for a in args):
        return None
    values: dict[str, Any] = {}
    paths: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if not arg.startswith("-"):
            paths.append(arg)
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in grammar.flags and not equals:
            values[grammar.flags[name]] = True
            continue
        field = grammar.values.get(name)
        if field is None or (not equals and not rest):
            return None
        value = value if equals else rest.pop(0)
        if not _plain(value) or value.startswith("-"):
            return None  # click would take it as the value; it is more likely a slip: typer decides
        if field in grammar.repeatable:
            values[field] = (*values.get(field, ()), value)
        else:
            values[field] = value
    return paths, values


def _plain(arg: str) -> bool:
    """Neither empty, nor ``-``/``--``-like where a value or a path is meant, nor undecodable."""
    if not arg or (arg.startswith("-") and arg.strip("-") == ""):
        return False
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False  # bytes that are not UTF-8 (surrogate escapes): click has its own ways with them
    return True


def plain_command(args: Sequence[str]) -> Callable[[], None] | None:
    """``wecontact lint ...`` or ``wecontact doctor ...`` ready to run without typer, or None
    when typer must read the command line."""
    command = args[0] if args else None
    if command == "lint" and (lint := read(args[1:], LINT)) is not None:
        return lambda: _lint(list(args[1:]), *lint)
    if command == "doctor" and (doctor := read(args[1:], DOCTOR)) is not None:
        return lambda: _doctor(*doctor)
    return None


def _lint(args: list[str], paths: list[str], values: dict[str, Any]) -> None:
    """Replay the last run of this command line when nothing it read has changed (lint/replay.py);
    else lint, keeping the run for the next time."""
    from wecontact_cli.lint import replay

    key = replay.key_of(args, values)
    code = replay.replayed(key, paths, values) if key is not None else None
    if code is not None:
        raise SystemExit(code)
    from wecontact_cli.frameworks import prefetch

    if not (values.get("fix") or values.get("diff")):  # rare runs that write: they list live
        prefetch.start(paths)  # before lint_run's imports (some 15 ms): the child walks meanwhile
    try:
        from wecontact_cli.cli.lint_run import LintArgs, run

        typed_paths, typed_values = _typed(paths, values, LINT)
        run(LintArgs(typed_paths, **typed_values), replay.Recorder(key) if key is not None else None)
    finally:
        prefetch.stop()


def _doctor(paths: list[str], values: dict[str, Any]) -> None:
    """Report on the projects the paths name, their folders listed ahead (as ``_lint``'s)."""
    from wecontact_cli.frameworks import prefetch

    prefetch.start(paths)
    try:
        from wecontact_cli.cli.doctor_run import DoctorArgs, run

        typed_paths, typed_values = _typed(paths, values, DOCTOR)
        run(DoctorArgs(typed_paths, **typed_values))
    finally:
        prefetch.stop()
