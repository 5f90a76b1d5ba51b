"""The console script ends the process as soon as ``main`` is done (no interpreter teardown):
the same output and exit status as ``main``'s SystemExit, whatever the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from wecontact_cli import cli

EXAMPLE = REPO / "examples" / "hand-wired"  # a native project with findings


class Ended(Exception):
    """os._exit, caught: the status the process would have ended with."""


@pytest.mark.parametrize("code, status, stderr", [(None, 0, ""), (0, 0, ""), (1, 1, ""), (2, 2, ""),
                                                   ("cannot go on", 1, "cannot go on\n")])
def test_the_status_is_main_s(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                              code: int | str | None, status: int, stderr: str) -> None:
    def main() -> None:
        raise SystemExit(code)

    def exit_now(value: int) -> None:
        raise Ended(value)

    monkeypatch.setattr(cli, "main", main)
    monkeypatch.setattr(cli.os, "_exit", exit_now)
    with pytest.raises(Ended) as ended:
        cli.run()
    assert ended.value.args == (status,) and capsys.readouterr().err == stderr


def python_m(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wecontact_cli", *args], capture_output=True, text=True,
                          timeout=120, check=False, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})


def in_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The same command line through ``main`` and the interpreter's ordinary exit."""
    script = f"import sys\nfrom wecontact_cli.cli import main\nsys.argv = ['wecontact', *{list(args)!r}]\nmain()\n"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          check=False, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("args", [("--version",), ("lint", str(EXAMPLE), "-f", "json", "--no-cache"),
                                  ("lint", str(EXAMPLE), "--exit-zero", "-f", "concise", "--no-cache"),
                                  ("doctor", str(EXAMPLE)), ("lint", "/nonexistent/project"),
                                  ("lint", "--output-format", "nonsense", str(EXAMPLE), "--no-cache")])
def test_the_console_script_prints_and_ends_as_main_does(args: tuple[str, ...]) -> None:
    fast, ordinary = python_m(*args), in_process(*args)
    assert (fast.returncode, fast.stdout, fast.stderr) == (ordinary.returncode, ordinary.stdout, ordinary.stderr)
    if "json" in args:
        assert json.loads(fast.stdout)  # written whole before the process ended


def test_the_report_file_is_complete(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = python_m("lint", str(EXAMPLE), "-f", "json", "-o", str(report), "--exit-zero", "--no-cache")
    assert done.returncode == 0 and json.loads(report.read_text(encoding="utf-8"))
