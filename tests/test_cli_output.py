"""What the CLI prints holds up as a Unix tool's output does: a reader that goes away, a full
disk, a stream that cannot encode Chinese, and values with control characters.

Real processes (``python -m wecontact_cli``) on real pipes and devices: these are properties
of the interpreter's streams, which the in-process runner replaces.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROVIDER, make_project, run_cli
from test_rule_cases import build

BROKEN = {  # 2,000 problems: far more output than a pipe buffers
    "miniprogram/pages/index/index.wxml": '<cell plugid="xxx" contactText="联系客服" />\n' + "<view>" * 2000 + "\n",
}
NOISE = ("Traceback", "Exception ignored", "BrokenPipeError", "internal error")


def environment(unbuffered: bool = False, **extra: str) -> dict[str, str]:
    """The test's environment with an English locale, buffered or unbuffered streams."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "PYTHONIOENCODING")}
    env.update(LC_ALL="C", **({"PYTHONUNBUFFERED": "1"} if unbuffered else {}), **extra)
    env.pop("GITHUB_ACTIONS", None)
    env.pop("FORCE_COLOR", None)
    return env


def wecontact(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "wecontact_cli", *map(str, args)]


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = tmp_path / "broken"
    build(root, BROKEN)
    return root


def commands(root: Path) -> dict[str, list[str]]:
    return {
        "lint": wecontact("lint", root),
        "lint-concise": wecontact("lint", root, "-f", "concise"),
        "add-page-dry-run": wecontact("add-page", "pages/new/index", "--plugid", "a1b2c3d4", "-C", root,
                                      "--dry-run"),
        "rules": wecontact("rules"),
        "rule": wecontact("rule", "WC203"),
        "doctor": wecontact("doctor", root),
        "help": wecontact("lint", "--help"),
        "version": wecontact("--version"),
    }


# -- a reader that goes away --------------------------------------------------------------------


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("name", ["lint", "lint-concise", "add-page-dry-run", "rules", "rule", "doctor",
                                  "help", "version"])
def test_a_closed_pipe_ends_the_command_quietly_with_141(broken: Path, name: str, unbuffered: bool) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte is written
    try:
        result = subprocess.run(commands(broken)[name], stdout=write, stderr=subprocess.PIPE, text=True,
                                env=environment(unbuffered), timeout=120)
    finally:
        os.close(write)
    assert result.returncode == 141, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("name", ["lint", "lint-concise"])
def test_head_reading_one_line_ends_the_command_quietly(broken: Path, name: str) -> None:
    process = subprocess.Popen(commands(broken)[name], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=environment())
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 141
    assert first.startswith(b"miniprogram/pages/index/index.wxml:") and stderr == ""


def test_a_shell_pipeline_into_head(broken: Path) -> None:
    script = f"{' '.join(map(repr, commands(broken)['lint']))} | head -n 1; echo \"status=${{PIPESTATUS[0]}}\""
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=environment(),
                            timeout=120)
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1] == "status=141"
    assert not any(noise in result.stderr for noise in NOISE), result.stderr


# -- a full disk ----------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("lint", "en", "error: cannot write to standard output: No space left on device"),
    ("rules", "en", "error: cannot write to standard output: No space left on device"),
    ("doctor", "zh", "错误: 无法写入标准输出：No space left on device"),
])
def test_an_unwritable_output_is_one_line_and_exit_2(broken: Path, name: str, lang: str, expected: str,
                                                     unbuffered: bool) -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = subprocess.run([*commands(broken)[name], "--lang", lang], stdout=full, stderr=subprocess.PIPE,
                                text=True, env=environment(unbuffered), timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [expected]


# -- a stream that cannot encode Chinese ----------------------------------------------------------


@pytest.mark.parametrize("args", [("lint", "--lang", "zh"), ("lint", "-f", "concise"), ("doctor", "--lang", "zh"),
                                  ("rules", "--lang", "zh"), ("rule", "WC205", "--lang", "zh"),
                                  ("lint", "--help", "--lang", "zh")])
def test_chinese_on_a_cp1252_stream_is_escaped(broken: Path, args: tuple[str, ...]) -> None:
    command = [*wecontact(*args), *([broken] if args[0] in ("lint", "doctor") and "--help" not in args else [])]
    result = subprocess.run(command, capture_output=True, env=environment(PYTHONIOENCODING="cp1252"),
                            timeout=120)
    stdout, stderr = result.stdout.decode("cp1252"), result.stderr.decode("cp1252")
    assert result.returncode in (0, 1), stderr
    assert "\\u" in stdout and not any(noise in stderr for noise in NOISE)


def test_an_error_in_chinese_on_a_cp1252_stream_is_escaped(tmp_path: Path) -> None:
    result = subprocess.run(wecontact("init", tmp_path, "--lang", "zh"), capture_output=True,
                            env=environment(PYTHONIOENCODING="cp1252"), timeout=60)
    stderr = result.stderr.decode("cp1252")
    assert result.returncode == 2 and "\\u" in stderr and "Traceback" not in stderr


def test_the_escapes_spell_the_same_report(broken: Path) -> None:
    utf8 = subprocess.run(wecontact("lint", broken, "--lang", "zh", "-f", "concise"), capture_output=True,
                          env=environment(PYTHONIOENCODING="utf-8"), timeout=120)
    narrow = subprocess.run(wecontact("lint", broken, "--lang", "zh", "-f", "concise"), capture_output=True,
                            env=environment(PYTHONIOENCODING="cp1252"), timeout=120)
    assert narrow.stdout.decode("cp1252").encode("latin-1").decode("unicode_escape") == utf8.stdout.decode("utf-8")


# -- control characters in quoted values --------------------------------------------------------------


def test_a_newline_in_an_option_value_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    make_project(tmp_path, {"pages": []})
    result = run_cli("init", tmp_path, "--alias", "contact\nPlugin\x1b[2J")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("error: 'contact\u240aPlugin\u241b[2J' is not a usable plugin alias")
    lang = run_cli("lint", tmp_path, "--lang", "z\nh")
    assert lang.exit_code == 2 and lang.stderr.splitlines() == [
        "error: unknown language 'z\u240ah' for --lang: use one of en, zh"]


def test_a_newline_in_a_json_key_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    build(tmp_path, {"wecontact.config.json": '{"sel\\nect": ["WC2"]}\n'})
    result = run_cli("lint", tmp_path)
    assert result.exit_code == 2
    error, hint = result.stderr.splitlines()
    assert error.endswith('wecontact.config.json:1:2: error: unknown configuration key "sel\u240aect"')
    assert hint == '  hint: did you mean "select"?'


def test_a_newline_in_a_warning_and_in_output_lines_stays_on_one_line(tmp_path: Path) -> None:
    make_project(tmp_path, {"pages": [], "plugins": {"kefu\nold": {"provider": PROVIDER}}})
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("warning: ")] == result.stderr.splitlines()
    assert "kefu\u240aold" in result.stderr and "kefu\u240aold" in result.stdout
    assert all("kefu" not in line or "\u240a" in line for line in result.stdout.splitlines())


def test_json_output_keeps_values_exact(tmp_path: Path) -> None:
    make_project(tmp_path, {"pages": [], "plugins": {"kefu\nold": {"provider": PROVIDER}}})
    data = json.loads(run_cli("doctor", tmp_path, "-f", "json").stdout)
    assert data["declarations"][0]["alias"] == "kefu\nold"  # escaping is for terminals only
