"""``wecontact lint`` and ``doctor`` without typer: a plain command line means what typer reads
in it, and runs the same command (same output, same exit status) importing no typer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli
from test_speed_startup import probe_full

from wecontact_cli.cli.doctor_run import DoctorArgs
from wecontact_cli.cli.lint_run import LintArgs
from wecontact_cli.cli.plain_args import DOCTOR, LINT, parse

TYPER_ONLY = """
import wecontact_cli.cli as cli
cli._plain_command = lambda args: None  # every command line through typer, as before
"""

TOKENS = ["--output-format", "-f", "--output-file", "-o", "--select", "--extend-select", "--ignore", "--cache-dir",
          "--lang", "--fix", "--diff", "--statistics", "--exit-zero", "--no-cache", "--no-color", "json", "concise",
          "WC1", "wc203,WC3", "en", "zh", "out.txt", "pages/a", "sub dir", "-", "--", "", "-fjson", "--select=WC2",
          "--lang=zh", "--fix=1", "--help", "-h", "--bogus", "--selec", "-x", "页面", "--output-format=", "..",
          "--cache-dir=c", "-o=x", "\udcff"]


def typer_reads(args: list[str], command: str = "lint") -> LintArgs | DoctorArgs | None:
    """What typer's command hands to ``run`` for ``args`` (None: it refuses them)."""
    from wecontact_cli.cli import doctor, lint

    seen: list[LintArgs | DoctorArgs] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lint if command == "lint" else doctor, "run", seen.append)
        result = run_cli(command, *args)
    assert (result.exit_code == 0) == bool(seen), result.output
    return seen[0] if seen else None


def plain_reads(args: list[str], command: str = "lint") -> LintArgs | DoctorArgs | None:
    """What the plain path hands to ``run`` for ``args`` (None: it leaves them to typer)."""
    found = parse(args, LINT if command == "lint" else DOCTOR)
    if found is None:
        return None
    return LintArgs(found[0], **found[1]) if command == "lint" else DoctorArgs(found[0], **found[1])


@pytest.mark.parametrize("args", [
    [], ["."], ["a", "b", "-f", "json"], ["--output-format=concise", "-o", "out.txt", "--exit-zero"],
    ["--select", "WC1", "--select=wc203,WC3", "--ignore", "WC9", "--extend-select", "WC2", "pages/a"],
    ["-f", "json", "-f", "concise", "--lang", "zh", "--lang=en"], ["--fix", "--diff", "--statistics", "--fix"],
    ["--no-cache", "--cache-dir", "c", "--no-color", "页面"], ["-f", "bogus-format", "--lang", "fr"]])
def test_a_plain_command_line_reads_as_typer_reads_it(args: list[str]) -> None:
    assert plain_reads(args) == typer_reads(args)


@pytest.mark.parametrize("args", [
    ["--help"], ["-h"], ["--bogus"], ["-fjson"], ["-f"], ["--fix=1"], ["--"], ["-"], [""], ["-f", "-o"],
    ["--select", "--fix"], ["--selec", "WC1"], ["-o=x"], ["\udcff"], ["--output-format="], ["-x"]])
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert plain_reads(args) is None and plain_reads(args, "doctor") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=8))
def test_whatever_is_read_without_typer_is_what_typer_reads(args: list[str]) -> None:
    for command in ("lint", "doctor"):
        parsed = plain_reads(args, command)
        if parsed is not None:
            assert parsed == typer_reads(args, command)


@pytest.mark.parametrize("args", [[], ["a", "b"], ["-f", "json", "--no-color"], ["--output-format=text", "--lang", "zh"],
                                  ["-f", "bogus", "--lang=fr", "x"]])
def test_a_plain_doctor_command_line_reads_as_typer_reads_it(args: list[str]) -> None:
    assert plain_reads(args, "doctor") == typer_reads(args, "doctor") is not None


def typer_probe(*args: str, cwd: Path, env: dict[str, str]) -> tuple[str, int, list[str], str]:
    """``probe_full`` with every command line read by typer, as before the plain path."""
    return probe_full(*args, prelude=TYPER_ONLY, cwd=cwd, env=env)


@pytest.fixture(scope="module")
def one_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("plain") / "one"
    subprocess.run([sys.executable, str(Path(__file__).parents[1] / "benchmarks" / "generate.py"), str(project),
                    "--pages", "1"], check=True, capture_output=True)
    return project


def test_a_plain_lint_imports_no_typer(one_page: Path) -> None:
    """The pre-commit command line: no typer, no click, no other command, no root app, no
    difflib (only a suggestion for an unknown name, or a --diff, needs it), and neither
    dataclasses nor inspect (records.py and submodules.py do their jobs without them)."""
    printed, code, modules, _ = probe_full("lint", str(one_page), "-f", "json", "--exit-zero", "--no-cache")
    assert code == 0 and json.loads(printed)  # it did lint (the generator plants findings)
    assert {m.split(".")[0] for m in modules} & {"typer", "click", "rich", "jinja2", "json5", "tree_sitter",
                                                 "difflib", "dataclasses", "inspect"} == set()
    commands = {m for m in modules if m.startswith("wecontact_cli.cli.")}
    assert commands == {f"wecontact_cli.cli.{m}" for m in ("failures", "lint_run", "output", "plain_args", "streams",
                                                           "version")}


@pytest.mark.parametrize("command, args", [("lint", args) for args in (
    ["-f", "json"], ["-f", "concise", "--exit-zero"], ["--select", "WC1", "-f", "concise"], ["--statistics"],
    ["-f", "bogus"], ["--lang", "fr"], ["--lang", "zh", "-f", "full", "--no-color"], ["--ignore", "XX9"],
    ["miniprogram/pages", "-f", "json"], ["missing/path"], ["--diff"], ["-f", "sarif", "--select=WC2"])] + [
    ("doctor", args) for args in ([], ["-f", "json"], ["--lang", "zh"], ["-f", "bogus"], ["missing/path"],
                                  ["--no-color"])])
def test_a_plain_command_prints_what_typer_prints(one_page: Path, command: str, args: list[str]) -> None:
    """lint and doctor: same output on both streams, same exit status, whichever reads the command line."""
    env = {"WECONTACT_NO_CACHE": "1", "LC_ALL": "C"}
    fast = probe_full(command, *args, cwd=one_page, env=env)
    slow = typer_probe(command, *args, cwd=one_page, env=env)
    assert "typer" not in fast[2] and "typer" in slow[2]
    assert (fast[0], fast[1], fast[3]) == (slow[0], slow[1], slow[3])


def test_a_lint_without_its_cache_imports_no_cache(one_page: Path) -> None:
    """WECONTACT_NO_CACHE (the benchmark's cold runs, CI without a cache) and --no-cache: the
    cache's module is not imported; with the cache on, it is (and the run says so)."""
    off = probe_full("lint", str(one_page), "-f", "json", "--exit-zero", env={"WECONTACT_NO_CACHE": "1"})
    flag = probe_full("lint", str(one_page), "-f", "json", "--exit-zero", "--no-cache")
    on = probe_full("lint", str(one_page), "-f", "json", "--exit-zero", env={"WECONTACT_CACHE_STATS": "1", "WECONTACT_NO_CACHE": ""})
    assert not {"wecontact_cli.lint.cache", "hashlib"} & {*off[2], *flag[2]}  # fingerprints are the cache's
    assert not {"tempfile", "shutil"} & {*off[2], *flag[2]}  # a lint plans edits, writes none
    assert "wecontact_cli.lint.cache" in on[2] and "lint cache:" in on[3]
    assert off[0] == flag[0] == on[0] and off[1] == flag[1] == on[1] == 0


@pytest.mark.parametrize("command, grammar", [("lint", LINT), ("doctor", DOCTOR)])
def test_the_plain_grammar_knows_exactly_the_commands_options(command: str, grammar: object) -> None:
    """An option added to (or dropped from) the typer command must be added to (or dropped
    from) its plain grammar too: the two read the same command lines."""
    import typer.main

    from wecontact_cli.cli import app

    params = typer.main.get_command(app).commands[command].params  # type: ignore[attr-defined]
    declared = {name for p in params if p.param_type_name == "option" for name in (*p.opts, *p.secondary_opts)}
    known = set(grammar.values) | set(grammar.flags)  # type: ignore[attr-defined]
    assert known == declared - {"--help"}
