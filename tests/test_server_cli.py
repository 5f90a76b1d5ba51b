"""`wecontact server` on the command line: without the `server` extra it says exactly what
to install (exit 2); the CLI's start-up and `lint` never import the LSP libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import EXAMPLE, run_cli

LSP_MODULES = ("pygls", "pygls.lsp.server", "lsprotocol", "lsprotocol.types")


def test_without_the_extra_it_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LSP_MODULES:
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError, as when not installed
    result = run_cli("server")
    assert result.exit_code == 2
    assert result.stdout == ""
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "needs pygls and lsprotocol" in line
    assert "-m pip install 'pygls>=2.1,<3' 'lsprotocol>=2025.0.0,<2026'" in line and sys.executable in line


def test_without_the_extra_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LSP_MODULES:
        monkeypatch.setitem(sys.modules, name, None)
    result = run_cli("server", "--lang", "zh")
    assert result.exit_code == 2 and "需要 pygls 和 lsprotocol" in result.stderr


def test_the_cli_and_lint_never_import_the_lsp_libraries() -> None:
    script = ("import sys\n"
              "from wecontact_cli.cli import main\n"
              f"sys.argv = ['wecontact', 'lint', {str(EXAMPLE)!r}, '--exit-zero', '-f', 'json']\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol'))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.stderr.strip().endswith("[]"), done.stderr


def test_an_editor_closing_the_pipe_at_once_ends_the_server_quietly() -> None:
    done = subprocess.run([sys.executable, "-m", "wecontact_cli", "server", "--stdio"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout == "" and "Traceback" not in done.stderr


def test_the_server_collects_garbage_cycles_that_a_command_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    """``cli.run`` turns the cycle collector off for a command; the server, which runs for hours, turns it on."""
    import gc

    from wecontact_cli.server import protocol

    seen: list[bool] = []
    monkeypatch.setattr(protocol, "serve", lambda lang=None: seen.append(gc.isenabled()))
    gc.disable()
    try:
        assert run_cli("server").exit_code == 0
    finally:
        gc.enable()
    assert seen == [True]
