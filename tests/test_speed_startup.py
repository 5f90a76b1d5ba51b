"""Start-up: what ``wecontact --version`` and a small ``lint`` import (never how long they take:
speed is measured by benchmarks/run.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli

PROBE = """
import sys
from wecontact_cli.cli import main
sys.argv = ["wecontact", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
import json
print("\\nPROBE", json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

HEAVY = ("typer", "click", "rich", "jinja2", "tree_sitter", "json5", "typing")


def probe(*args: str, every_command: bool = False) -> tuple[str, int, list[str]]:
    """Run the console script's ``main`` in a fresh interpreter: its output, exit code and modules
    (``every_command``: with every command loaded first, as ``wecontact_cli.cli.app`` has them)."""
    prelude = "from wecontact_cli.cli import app\n" if every_command else ""
    return probe_full(*args, prelude=prelude)[:3]


def probe_full(*args: str, prelude: str = "", cwd: Path | None = None,
               env: dict[str, str] | None = None) -> tuple[str, int, list[str], str]:
    """``probe`` with code run first (``prelude``), a folder and environment variables: its
    standard output, exit code, modules and standard error."""
    done = subprocess.run([sys.executable, "-c", prelude + PROBE, *args], capture_output=True, text=True, check=True,
                          cwd=cwd, env={**os.environ, **(env or {})})
    printed, _, state = done.stdout.rpartition("\nPROBE ")
    found = json.loads(state)
    return printed, found["code"], found["modules"], done.stderr


def test_version_answers_before_importing_the_cli_framework() -> None:
    printed, code, modules = probe("--version")
    assert (printed, code) == ("wecontact " + __import__("wecontact_cli").__version__ + "\n", 0)
    heavy = [m for m in modules if m.split(".")[0] in HEAVY]
    commands = [m for m in modules if m.startswith("wecontact_cli.") and m not in (
        "wecontact_cli.module_finder", "wecontact_cli.cli", "wecontact_cli.cli.streams", "wecontact_cli.cli.version")]
    assert heavy == [] and commands == []


def test_the_fast_path_prints_what_typer_prints() -> None:
    """Every spelling typer accepts gives the same bytes, through the fast path or typer."""
    fast = [probe(flag)[:2] for flag in ("--version", "-V")]
    typer_path = [probe(*args)[:2] for args in (("--lang", "zh", "--version"), ("-V", "--lang", "en"),
                                               ("--version", "lint"))]
    assert len({*fast, *typer_path}) == 1
    result = run_cli("--version")
    assert (result.stdout, result.exit_code) == fast[0]


def test_other_command_lines_still_go_through_typer() -> None:
    """``--version`` with anything else is typer's to parse (here: an unknown option)."""
    printed, code, modules = probe("--version", "--bogus")
    assert code == 2 and "typer" in modules


def one_page_project(tmp_path, generator: str = "generate.py"):  # type: ignore[no-untyped-def]
    """The benchmark's one-page project (a page that renders the cell, app.json, config)."""
    project = tmp_path / "one"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / generator), str(project), "--pages", "1"],
                   check=True, capture_output=True)
    return project


def test_lint_imports_its_own_command_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A ``wecontact lint`` that typer reads (``-fjson``: not a plain command line, see
    test_speed_plain_args.py) imports no other command, no rich, jinja2, json5 or tree-sitter
    (a native page with a cell and no handler to look up), and no pool."""
    project = one_page_project(tmp_path)
    printed, code, modules = probe("lint", str(project), "-fjson", "--exit-zero")
    assert code == 0 and json.loads(printed) and "typer" in modules  # it did lint (the generator plants findings)
    commands = {m for m in modules if m.startswith("wecontact_cli.cli.")}
    assert commands == {f"wecontact_cli.cli.{m}" for m in ("common", "failures", "help", "lint", "lint_run", "plain_args",
                                                           "output", "root", "streams", "version")}
    heavy = {m.split(".")[0] for m in modules} & {"rich", "jinja2", "json5", "tree_sitter", "multiprocessing",
                                                   "concurrent"}
    assert heavy == set()


@pytest.mark.parametrize("args", [["lint", "--help"], ["--lang", "zh", "lint", "--help"], ["--lang=zh", "rule", "--help"],
                                  ["--help"], [], ["lnit"], ["-V", "doctor", "--help"]])
def test_loading_one_command_prints_what_loading_all_prints(args: list[str]) -> None:
    """Help, usage errors and typos read the same whether main loaded one command or all."""
    one, every = probe(*args), probe(*args, every_command=True)
    assert one[:2] == every[:2] and "wecontact_cli.cli.server" in every[2]


def test_app_lists_every_command_in_order_whatever_loaded_first() -> None:
    code = ("import sys\nfrom wecontact_cli.cli import root\nroot.load(['lint'])\nroot.load(['server'])\n"
            "from wecontact_cli.cli import app\n"
            "print([c.name or c.callback.__name__ for c in app.registered_commands])")
    late = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    code = "from wecontact_cli.cli import app\nprint([c.name or c.callback.__name__ for c in app.registered_commands])"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert late == first and "'add-page'" in first and "'server'" in first


@pytest.mark.parametrize(("args", "module"), [
    (["lint", "x"], "lint"), (["--lang", "zh", "doctor"], "doctor"), (["--lang=en", "rule", "WC1"], "rules"),
    (["-V", "init"], "init"), (["add-page", "--help"], "add_page"),
    (["--help", "lint"], None), (["--install-completion"], None), ([], None), (["lnit"], None),
    (["--lang"], None), (["--", "lint"], None)])
def test_the_command_a_line_names(args: list[str], module: str | None) -> None:
    from wecontact_cli.cli.root import command_named

    assert command_named(args) == module


def test_a_react_taro_lint_imports_no_vue_parser(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The benchmark's one-page Taro project is React (TSX): Vue's template parser and its
    spelling rules (with the WXML parser they use) are imported only for a Vue view."""
    project = one_page_project(tmp_path, "generate_taro.py")
    printed, code, modules = probe("lint", str(project), "-f", "json", "--exit-zero", "--no-cache")
    assert code == 0 and json.loads(printed)  # it did lint (the generator plants findings)
    assert {"wecontact_cli.syntax.vue", "wecontact_cli.frameworks.taro.vue_spelling",
            "wecontact_cli.syntax.wxml"} & set(modules) == set()


def test_a_command_runs_without_the_cycle_collector() -> None:
    """``cli.run``: no collection of reference cycles while a command runs (the ones left at
    the start of a large lint cost 4 to 5 ms and found nothing); the threshold is set for the
    server, which turns collection back on."""
    script = ("import gc, sys\n"
              "import wecontact_cli.cli as cli\n"
              "cli.main = lambda: sys.stdout.write(f'{gc.isenabled()} {gc.get_threshold()[0]}')\n"
              "cli.run()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout == f"False {__import__('wecontact_cli.cli').cli.YOUNG_OBJECTS}"
