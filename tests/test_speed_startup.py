"""Start-up: what ``wecontact --version`` and a small ``lint`` import (never how long they take:
speed is measured by benchmarks/run.py)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import run_cli

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


def probe(*args: str) -> tuple[str, int, list[str]]:
    """Run the console script's ``main`` in a fresh interpreter: its output, exit code and modules."""
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True).stdout
    printed, _, state = out.rpartition("\nPROBE ")
    found = json.loads(state)
    return printed, found["code"], found["modules"]


def test_version_answers_before_importing_the_cli_framework() -> None:
    printed, code, modules = probe("--version")
    assert (printed, code) == ("wecontact " + __import__("wecontact_cli").__version__ + "\n", 0)
    heavy = [m for m in modules if m.split(".")[0] in HEAVY]
    commands = [m for m in modules if m.startswith("wecontact_cli.") and m not in (
        "wecontact_cli.cli", "wecontact_cli.cli.streams", "wecontact_cli.cli.version")]
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
